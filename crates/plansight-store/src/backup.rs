//! Backups with SQLite's online backup API: on request, and automatically (rolling)
//! before migrations and imports, next to the workspace in `<file>.backups/`.

use rusqlite::backup::Backup;
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How many automatic backups are kept per workspace.
pub const KEEP: usize = 5;

/// Copies the open database `conn` to `to` (replacing it), page by page while it stays usable.
pub fn copy(conn: &Connection, to: &Path) -> rusqlite::Result<()> {
    let mut dst = Connection::open(to)?;
    Backup::new(conn, &mut dst)?.run_to_completion(1024, Duration::ZERO, None)?;
    Ok(())
}

/// Copies the database at `from` into the open `conn`, replacing its content.
pub fn restore(conn: &mut Connection, from: &Path) -> rusqlite::Result<()> {
    let src = Connection::open_with_flags(from, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    Backup::new(&src, conn)?.run_to_completion(1024, Duration::ZERO, None)?;
    Ok(())
}

/// The folder of automatic backups of the workspace at `path`.
pub fn folder(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".backups");
    path.with_file_name(name)
}

/// Takes an automatic backup named after `why`, keeping the newest [`KEEP`].
pub fn rolling(conn: &Connection, path: &Path, why: &str) -> std::io::Result<PathBuf> {
    let dir = folder(path);
    std::fs::create_dir_all(&dir)?;
    let stamp: String = crate::now()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect();
    let file = dir.join(format!("{stamp}-{why}.sqlite"));
    copy(conn, &file).map_err(std::io::Error::other)?;
    let mut all: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sqlite"))
        .collect();
    all.sort();
    for old in all.iter().take(all.len().saturating_sub(KEEP)) {
        std::fs::remove_file(old)?;
    }
    Ok(file)
}
