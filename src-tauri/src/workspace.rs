//! Which workspace the app opens: the workspace file named by `PLANSIGHT_WORKSPACE`, or
//! `workspace.plansight` in the platform's data directory.

use std::path::{Path, PathBuf};

/// The workspace file: `PLANSIGHT_WORKSPACE`, else `<data_dir>/workspace.plansight`.
pub fn location(data_dir: Option<PathBuf>) -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("PLANSIGHT_WORKSPACE") {
        return Ok(PathBuf::from(p));
    }
    let dir = data_dir
        .ok_or("The platform has no data directory for Plansight; set PLANSIGHT_WORKSPACE to a workspace file.")?;
    std::fs::create_dir_all(&dir).map_err(|e| {
        format!(
            "{}: cannot be created ({e}); set PLANSIGHT_WORKSPACE to a workspace file elsewhere.",
            dir.display()
        )
    })?;
    Ok(dir.join("workspace.plansight"))
}

/// Where exports of a workspace go: `<workspace>.exports/` beside the file.
pub fn exports_dir(workspace: &Path) -> PathBuf {
    let mut name = workspace.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".exports");
    workspace.with_file_name(name)
}
