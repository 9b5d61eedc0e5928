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

/// A credit line's close date changed by a change in the history (a re-import or an
/// edit), as the data-health checks read it: deals moved across a period's end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMove {
    /// The deal.
    pub deal: String,
    /// The seller of the line.
    pub seller: String,
    /// The close date before the change.
    pub from: chrono::NaiveDate,
    /// The close date after it.
    pub to: chrono::NaiveDate,
    /// When the change was made.
    pub at: String,
    /// Who made it.
    pub who: String,
}

impl Workspace {
    /// Every close date changed by a change that stands (not undone), oldest first.
    pub fn date_moves(&self) -> Result<Vec<DateMove>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT c.at, c.who, r.before, r.after FROM change_row r JOIN change c ON c.id = r.change_id \
                 WHERE r.tbl = 'credit_line' AND c.state = 'done' AND r.before IS NOT NULL AND r.after IS NOT NULL \
                 ORDER BY c.id, r.seq",
            )
            .map_err(self.sql())?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .map_err(self.sql())?;
        let mut out = Vec::new();
        for row in rows {
            let (at, who, before, after) = row.map_err(self.sql())?;
            let read = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap_or_default();
            let (b, a) = (read(&before), read(&after));
            let date = |v: &serde_json::Value| {
                v["close_date"]
                    .as_str()
                    .and_then(|d| d.parse::<chrono::NaiveDate>().ok())
            };
            let (Some(from), Some(to)) = (date(&b), date(&a)) else {
                continue;
            };
            let (Some(deal), Some(seller)) = (a["id"].as_str(), a["seller"].as_str()) else {
                continue;
            };
            if from != to {
                out.push(DateMove {
                    deal: deal.to_string(),
                    seller: seller.to_string(),
                    from,
                    to,
                    at,
                    who,
                });
            }
        }
        Ok(out)
    }
}
