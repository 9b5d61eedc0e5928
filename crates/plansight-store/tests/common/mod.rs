//! Helpers shared by the store's tests: the sample data and a fresh workspace path.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A file of `sample-data/`, as bytes.
pub fn sample(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../sample-data")
            .join(name),
    )
    .unwrap()
}

/// A workspace path in an empty folder of its own.
pub fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plansight-store-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("workspace.plansight")
}
