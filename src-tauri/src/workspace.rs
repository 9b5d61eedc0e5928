//! Which workspace the app opens: the workspace file named by `PLANSIGHT_WORKSPACE`, or
//! `workspace.plansight` in the platform's data directory.

use plansight_session::{Failure, FailureKind};
use std::path::{Path, PathBuf};

/// The workspace file: `PLANSIGHT_WORKSPACE`, else `<data_dir>/workspace.plansight`.
pub fn location(data_dir: Option<PathBuf>) -> Result<PathBuf, Failure> {
    if let Some(p) = std::env::var_os("PLANSIGHT_WORKSPACE") {
        return Ok(PathBuf::from(p));
    }
    let dir = data_dir.ok_or_else(|| {
        Failure::new(
            FailureKind::Workspace,
            "The platform has no data directory for Plansight.",
        )
        .fix("set PLANSIGHT_WORKSPACE to a workspace file")
    })?;
    std::fs::create_dir_all(&dir).map_err(|e| {
        Failure::new(
            FailureKind::Workspace,
            format!("{}: cannot be created ({e}).", dir.display()),
        )
        .fix("set PLANSIGHT_WORKSPACE to a workspace file elsewhere")
    })?;
    Ok(dir.join("workspace.plansight"))
}

/// Where exports of a workspace go: `<workspace>.exports/` beside the file.
pub fn exports_dir(workspace: &Path) -> PathBuf {
    let mut name = workspace.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".exports");
    workspace.with_file_name(name)
}
