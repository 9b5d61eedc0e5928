//! Backups with SQLite's online backup API: on request, and automatically (rolling)
//! before migrations and imports, next to the workspace in `<file>.backups/`.

use crate::error::sql_error;
use crate::{StoreError, Workspace, SCHEMA_VERSION};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};
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

/// Copies the database at `from` into the open `conn`, replacing its content, under
/// the write lock of `conn`'s file. While another connection writes to that file, the
/// copy waits as long as `conn`'s busy timeout, then fails as busy (`SQLITE_BUSY`).
pub fn restore(conn: &mut Connection, from: &Path) -> rusqlite::Result<()> {
    let src = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let copy = Backup::new(&src, conn)?;
    loop {
        match copy.step(1024)? {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            // Busy or locked: the step has already waited for the lock (the busy timeout).
            _ => {
                return Err(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                    None,
                ))
            }
        }
    }
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

impl Workspace {
    /// Writes a consistent copy of the workspace to `to` (SQLite's online backup).
    pub fn backup_to(&self, to: &Path) -> Result<(), StoreError> {
        copy(&self.conn, to).map_err(|e| sql_error(to, e))
    }

    /// Replaces the workspace with the backup at `from`, after checking the backup and
    /// taking an automatic backup of the current state.
    pub fn restore_from(&mut self, from: &Path) -> Result<(), StoreError> {
        if !from.exists() {
            return Err(StoreError::Refused {
                path: from.to_path_buf(),
                message: "no such backup file".into(),
            });
        }
        let check = Workspace {
            conn: Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY)
                .map_err(|e| sql_error(from, e))?,
            path: from.to_path_buf(),
            who: String::new(),
        };
        check.check_integrity()?;
        let found = check.schema_version()?;
        if found == 0 || found > SCHEMA_VERSION {
            return Err(StoreError::Refused {
                path: from.to_path_buf(),
                message: format!("is not a backup this build can restore (schema {found})"),
            });
        }
        drop(check);
        rolling(&self.conn, &self.path, "before-restore").map_err(|source| StoreError::Io {
            path: self.path.clone(),
            source,
        })?;
        restore(&mut self.conn, from).map_err(self.sql())?;
        self.migrate()
    }

    /// Whether anything was ever written (a backup of an empty workspace is not kept).
    fn has_data(&self) -> Result<bool, StoreError> {
        self.conn
            .query_row("SELECT EXISTS (SELECT 1 FROM change)", [], |r| r.get(0))
            .map_err(self.sql())
    }

    /// Takes an automatic backup named after `why`, when there is anything to back up.
    /// Called inside a write transaction, before it writes: the copy is of the file as
    /// last committed, which no one else can change while the write lock is held. It is
    /// read through a connection of its own, since SQLite copies nothing from a
    /// connection in the middle of a write.
    pub(crate) fn backup_before(&self, why: &str) -> Result<(), StoreError> {
        if self.has_data()? {
            let committed =
                Connection::open_with_flags(&self.path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(self.sql())?;
            rolling(&committed, &self.path, why).map_err(|source| StoreError::Io {
                path: self.path.clone(),
                source,
            })?;
        }
        Ok(())
    }
}
