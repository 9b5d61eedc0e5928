//! Undo, redo and the history: the audit log ([`crate::audit`]) as the workspace's
//! methods.

use crate::audit::{self, Change};
use crate::{StoreError, Workspace};

impl Workspace {
    /// Undoes the newest change; `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Result<Option<Change>, StoreError> {
        self.write(|tx| audit::undo(tx).map_err(self.sql()))
    }

    /// Redoes the oldest undone change; `None` when there is nothing to redo.
    pub fn redo(&mut self) -> Result<Option<Change>, StoreError> {
        self.write(|tx| audit::redo(tx).map_err(self.sql()))
    }

    /// The newest `limit` changes, newest first.
    pub fn history(&self, limit: usize) -> Result<Vec<Change>, StoreError> {
        audit::history(&self.conn, limit).map_err(self.sql())
    }
}
