//! The one way a change reaches the workspace: one write transaction, recorded in the
//! audit log, so that nothing is written unless all of it is; and how a reader notices
//! that someone else wrote.
//!
//! Two writers may open the same file at once (the app and the CLI, two windows). Each
//! write transaction takes SQLite's write lock as it begins (`BEGIN IMMEDIATE`), waiting
//! up to [`BUSY_WAIT`] for another writer to finish, and works out what it changes
//! (which rows to add, change or remove, and their row numbers) only once it holds the
//! lock, from what is stored then. A change computed before the lock could be stale by
//! the time it is written: a row number another writer took meanwhile, a line it
//! changed. A writer that waits too long gets [`StoreError::Busy`]. Readers never wait
//! (the file is in WAL mode: a read sees the last commit before it began).

use crate::audit::{self, RowChange};
use crate::{StoreError, Workspace};
use rusqlite::{Transaction, TransactionBehavior};
use std::time::Duration;

/// How long a write waits for another writer (another Plansight on the same file) to
/// finish before it gives up with [`StoreError::Busy`].
pub const BUSY_WAIT: Duration = Duration::from_secs(30);

impl Workspace {
    /// A number that changes when another connection (another Plansight process, another
    /// window, a second [`Workspace`] on the same file) commits a change to the file; this
    /// workspace's own writes leave it as it is (SQLite's `PRAGMA data_version`). Cheap: a
    /// reader compares it with the number it saw when it last read, and reads again when
    /// it differs, instead of showing figures another process has since changed.
    pub fn data_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .map_err(self.sql())
    }

    /// How long a write waits for another writer before it gives up as busy (default
    /// [`BUSY_WAIT`]).
    pub fn set_busy_timeout(&self, wait: Duration) -> Result<(), StoreError> {
        self.conn.busy_timeout(wait).map_err(self.sql())
    }

    /// Runs `f` in one write transaction that holds the write lock from its start
    /// (waiting for another writer, up to the busy timeout), committed when `f`
    /// succeeds and rolled back otherwise. `f` reads what it changes through the
    /// workspace's connection inside the transaction, so it sees the latest commit and
    /// no other writer can change it before this one commits.
    pub(crate) fn write<T>(&self, f: impl FnOnce(&Transaction) -> Result<T, StoreError>) -> Result<T, StoreError> {
        // Unchecked: `&self` rather than `&mut self`, so that `f` can read through the
        // workspace's own methods. Nothing in this crate nests a transaction in `f`.
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate).map_err(self.sql())?;
        let out = f(&tx)?;
        tx.commit().map_err(self.sql())?;
        Ok(out)
    }

    /// Writes `rows` and records them as one audited change, inside the write
    /// transaction `tx`; nothing (`None`) when there are no rows.
    pub(crate) fn record(
        &self,
        tx: &Transaction,
        action: &str,
        summary: &str,
        rows: &[RowChange],
    ) -> Result<Option<i64>, StoreError> {
        if rows.is_empty() {
            return Ok(None);
        }
        audit::apply_and_record(tx, &self.who, action, summary, rows)
            .map(Some)
            .map_err(self.sql())
    }
}
