//! The one way a change reaches the workspace: in one transaction, recorded in the
//! audit log, so that nothing is written unless all of it is.

use crate::audit::{self, RowChange};
use crate::error::sql_error;
use crate::{StoreError, Workspace};

impl Workspace {
    /// Writes `rows` and records them as one audited change, in one transaction:
    /// nothing is written unless all of it is.
    pub(crate) fn change(
        &mut self,
        action: &str,
        summary: &str,
        rows: &[RowChange],
    ) -> Result<Option<i64>, StoreError> {
        if rows.is_empty() {
            return Ok(None);
        }
        let who = self.who.clone();
        self.in_transaction(|tx| audit::apply_and_record(tx, &who, action, summary, rows))
            .map(Some)
    }

    /// Runs `f` in one transaction, committed when it succeeds.
    pub(crate) fn in_transaction<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| sql_error(&path, e))?;
        let out = f(&tx).map_err(|e| sql_error(&path, e))?;
        tx.commit().map_err(|e| sql_error(&path, e))?;
        Ok(out)
    }
}
