//! Why a workspace could not be opened, read or written, in words the user can act on;
//! and the one place a SQLite error becomes one of them.

use crate::SCHEMA_VERSION;
use plansight_plan::Problems;
use rusqlite::ErrorCode;
use std::path::{Path, PathBuf};

/// Why a workspace could not be opened, read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file is not a workspace, or is damaged; `message` says which and to restore a backup.
    #[error("{path}: {message}")]
    Damaged {
        /// The workspace file.
        path: PathBuf,
        /// What is wrong and what to do.
        message: String,
    },
    /// The file's schema is newer than this build reads.
    #[error("{path}: the workspace was written by a newer Plansight (schema {found}, this build reads up to {SCHEMA_VERSION}); update Plansight")]
    TooNew {
        /// The workspace file.
        path: PathBuf,
        /// The schema version found in the file.
        found: i64,
    },
    /// The workspace holds no plan yet.
    #[error("{path}: the workspace holds no plan yet; import one first (plansight workspace import --plan FILE)")]
    Empty {
        /// The workspace file.
        path: PathBuf,
    },
    /// There is no file where the workspace should be.
    #[error("{path}: no workspace here; create one with plansight workspace init --workspace {path}")]
    Missing {
        /// Where the workspace was looked for.
        path: PathBuf,
    },
    /// The disk (or the size limit) is full; the change was rolled back.
    #[error("{path}: the disk is full (or the workspace reached its size limit); nothing was written. Free some space and try again")]
    Full {
        /// The workspace file.
        path: PathBuf,
    },
    /// Another Plansight (the app, the CLI, another window) was writing to the workspace
    /// for longer than a write waits ([`crate::BUSY_WAIT`]); nothing was written.
    #[error("{path}: the workspace is busy: another Plansight is writing to it; nothing was written, try again when it finishes")]
    Busy {
        /// The workspace file.
        path: PathBuf,
    },
    /// The input files have problems (each with its file, line and column); nothing was written.
    #[error("{0}")]
    Input(Problems),
    /// A request the workspace cannot carry out as asked (`message` says why and what to do).
    #[error("{path}: {message}")]
    Refused {
        /// The file the request was about.
        path: PathBuf,
        /// Why, and what to do.
        message: String,
    },
    /// Any other SQLite error: a fault of Plansight or of the machine.
    #[error("{path}: {source}")]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// A file next to the workspace (a backup, an export) could not be written.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
}

/// A stored value this build cannot read, or a database error while reading.
#[derive(Debug)]
pub enum ReadError {
    /// A stored value that does not read as its type; names the row ("credit line \"D-1\"").
    Unreadable(String),
    /// SQLite's error.
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for ReadError {
    fn from(e: rusqlite::Error) -> Self {
        ReadError::Sqlite(e)
    }
}

/// A SQLite error on the workspace at `path`, as the error a user reads.
pub(crate) fn sql_error(path: &Path, source: rusqlite::Error) -> StoreError {
    match source.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => StoreError::Full {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => StoreError::Busy {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => StoreError::Damaged {
            path: path.to_path_buf(),
            message: format!(
                "the workspace file is damaged ({source}); restore it from a backup (plansight workspace restore)"
            ),
        },
        _ => StoreError::Sqlite {
            path: path.to_path_buf(),
            source,
        },
    }
}
