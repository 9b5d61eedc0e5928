//! The Plansight workspace: one SQLite file (bundled SQLite) holding effective-dated
//! plan versions with their plan documents, the roster, the credit lines, saved
//! scenarios, remembered import mappings, the assistant's conversation, and an audit
//! log of every change that undo and redo replay.
//!
//! Opening checks the file (`PRAGMA integrity_check`) and its schema version, and
//! migrates older schemas forward after a backup; [`Workspace::load`] runs that check
//! alongside the first read. Every import, scenario save, undo and
//! redo is one transaction, so a bad input, a full disk or a killed process leaves the
//! workspace as it was. Inputs are validated by the same parsers as the CLI before
//! anything is written. Two writers on one file take turns: each write transaction
//! holds the write lock from its start and works out its change inside it (see
//! `write.rs`); [`Workspace::data_version`] tells a reader that another one wrote.
//!
//! [`Workspace`]'s methods live with their concern, one `impl Workspace` per file:
//! opening and checking in `open.rs`, imports in `imports.rs`, hand edits in
//! `edits.rs`, plan versions in [`plans`], scenarios, mappings and the conversation in
//! [`saved`], undo, redo and the history in `history.rs`, backup and restore in
//! [`backup`], export in [`export`], and the one way every change is written in
//! `write.rs`.

pub mod audit;
pub mod backup;
mod edits;
mod error;
pub mod export;
pub mod history;
mod image;
mod imports;
pub mod lines;
mod open;
pub mod plans;
pub mod prices;
pub mod saved;
pub mod schema;
mod write;

use rusqlite::Connection;
use std::path::{Path, PathBuf};

pub use error::{ReadError, StoreError};
pub use imports::{ImportFiles, Report};
pub use open::Health;
pub use schema::SCHEMA_VERSION;
pub use write::BUSY_WAIT;

use error::sql_error;

/// Now, in UTC, as `YYYY-MM-DDTHH:MM:SS.mmmZ` (for the audit log and saved items).
pub(crate) fn now() -> String {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    chrono::DateTime::from_timestamp(d.as_secs() as i64, d.subsec_nanos())
        .map(|t| t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
        .unwrap_or_default()
}

/// An open workspace file.
pub struct Workspace {
    conn: Connection,
    path: PathBuf,
    who: String,
}

impl Workspace {
    /// Names who makes the following changes in the audit log (default: the OS user).
    pub fn set_who(&mut self, who: &str) {
        self.who = who.to_string();
    }

    /// Caps the file's size, as a full disk would (SQLite `max_page_count`).
    pub fn set_size_limit(&self, bytes: u64) -> Result<(), StoreError> {
        let page: i64 = self
            .conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .map_err(self.sql())?;
        self.conn
            .query_row(
                &format!("PRAGMA max_page_count = {}", (bytes as i64 / page).max(1)),
                [],
                |_| Ok(()),
            )
            .map_err(self.sql())
    }

    /// The file this workspace lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A SQLite error on this workspace, as the error a user reads.
    fn sql(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |source| sql_error(&self.path, source)
    }

    /// A failed read of this workspace, as the error a user reads.
    fn read(&self) -> impl Fn(ReadError) -> StoreError + '_ {
        move |e| match e {
            ReadError::Sqlite(source) => sql_error(&self.path, source),
            ReadError::Unreadable(what) => StoreError::Damaged {
                path: self.path.clone(),
                message: format!("{what} holds a value this build cannot read; restore the workspace from a backup"),
            },
        }
    }
}
