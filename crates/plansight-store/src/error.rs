//! Why a workspace could not be opened, read or written, in words the user can act on;
//! and the one place a SQLite error becomes one of them.

use crate::SCHEMA_VERSION;
use plansight_plan::Problems;
use rusqlite::ErrorCode;
use std::path::{Path, PathBuf};

/// Why a workspace could not be opened, read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {message}")]
    Damaged { path: PathBuf, message: String },
    #[error("{path}: the workspace was written by a newer Plansight (schema {found}, this build reads up to {SCHEMA_VERSION}); update Plansight")]
    TooNew { path: PathBuf, found: i64 },
    #[error("{path}: the workspace holds no plan yet; import one first (plansight workspace import --plan FILE)")]
    Empty { path: PathBuf },
    #[error("{path}: no workspace here; create one with plansight workspace init --workspace {path}")]
    Missing { path: PathBuf },
    #[error("{path}: the disk is full (or the workspace reached its size limit); nothing was written. Free some space and try again")]
    Full { path: PathBuf },
    #[error("{0}")]
    Input(Problems),
    #[error("{path}: {message}")]
    Refused { path: PathBuf, message: String },
    #[error("{path}: {source}")]
    Sqlite { path: PathBuf, source: rusqlite::Error },
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

/// A stored value this build cannot read, or a database error while reading.
#[derive(Debug)]
pub enum ReadError {
    Unreadable(String),
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
