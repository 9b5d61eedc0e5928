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
        let mut out = Vec::new();
        for (at, who, b, a) in self.line_changes()? {
            let (Some(from), Some(to)) = (close_date(&b), close_date(&a)) else {
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

    /// Open lines that a later import or edit closed, with the close date they were
    /// expected on while open: what the forecast learns how far deals slip from.
    pub fn closings(&self) -> Result<Vec<Closing>, StoreError> {
        let mut out = Vec::new();
        for (_, _, b, a) in self.line_changes()? {
            let stage = |v: &serde_json::Value| v["stage"].as_str().map(str::to_owned);
            if stage(&b).as_deref() != Some("open") || stage(&a).as_deref().is_none_or(|s| s == "open") {
                continue;
            }
            if let (Some(expected), Some(closed)) = (close_date(&b), close_date(&a)) {
                out.push(Closing {
                    won: stage(&a).as_deref() != Some("lost"),
                    expected,
                    closed,
                });
            }
        }
        Ok(out)
    }

    /// Every done change of a credit line that had a row before and after: (when, who,
    /// before, after), oldest first.
    fn line_changes(&self) -> Result<Vec<(String, String, serde_json::Value, serde_json::Value)>, StoreError> {
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
        let read = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap_or_default();
        let mut out = Vec::new();
        for row in rows {
            let (at, who, before, after) = row.map_err(self.sql())?;
            out.push((at, who, read(&before), read(&after)));
        }
        Ok(out)
    }
}

/// An open line closed by a later change: when it was expected and when it closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closing {
    /// Won (or cancelled) rather than lost.
    pub won: bool,
    /// The close date it had while open.
    pub expected: chrono::NaiveDate,
    /// The close date it closed on.
    pub closed: chrono::NaiveDate,
}

/// The close date of a credit line's row as the history stores it.
fn close_date(row: &serde_json::Value) -> Option<chrono::NaiveDate> {
    row["close_date"].as_str().and_then(|d| d.parse().ok())
}
