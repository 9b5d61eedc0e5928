//! Credit lines edited by hand (the app's deal editor): one audited change per edit.

use crate::audit::{self, RowChange};
use crate::{lines, StoreError, Workspace};
use plansight_plan::CreditLine;

impl Workspace {
    /// Edits credit lines by hand, as one audited change: each edit replaces the stored
    /// line `before` (matched by deal and seller) with `after`; no `before` adds a line
    /// (as the lines of `source`), no `after` removes one. The lines must already be
    /// valid (the app reads them through the deals parser). A `before` that is no longer
    /// stored as it is given (another Plansight changed or removed it since it was read)
    /// is refused, and nothing is written.
    pub fn edit_lines(
        &mut self,
        action: &str,
        summary: &str,
        edits: &[(Option<CreditLine>, Option<CreditLine>)],
        source: &str,
    ) -> Result<i64, StoreError> {
        let refused = |message: String| StoreError::Refused {
            path: self.path.clone(),
            message,
        };
        // Row numbers and the lines edited are read once the write lock is held.
        self.write(|tx| {
            let mut next: i64 = tx
                .query_row("SELECT coalesce(max(row), 0) + 1 FROM credit_line", [], |r| r.get(0))
                .map_err(self.sql())?;
            let mut rows = Vec::with_capacity(edits.len());
            for (before, after) in edits {
                let stored = match before {
                    Some(b) => match lines::read_line(tx, &b.id, &b.seller).map_err(self.read())? {
                        Some(s) if s.line == *b => Some(s),
                        _ => {
                            return Err(refused(format!(
                                "deal {} of {} is not in the workspace as shown (it may have been changed meanwhile); reload and try again",
                                b.id, b.seller
                            )))
                        }
                    },
                    None => None,
                };
                if let Some(a) = after {
                    let moved = before
                        .as_ref()
                        .is_none_or(|b| (b.id.as_str(), b.seller.as_str()) != (a.id.as_str(), a.seller.as_str()));
                    let taken: bool = tx
                        .query_row(
                            "SELECT count(*) > 0 FROM credit_line WHERE id = ?1 AND seller = ?2",
                            [&a.id, &a.seller],
                            |r| r.get(0),
                        )
                        .map_err(self.sql())?;
                    if moved && taken {
                        return Err(refused(format!(
                            "{} already has a credit line for deal {}; edit that line instead",
                            a.seller, a.id
                        )));
                    }
                }
                let (row, line_source) = match &stored {
                    Some(s) => (s.row, s.source.clone()),
                    None => {
                        next += 1;
                        (next - 1, Some(source.to_string()))
                    }
                };
                rows.push(RowChange {
                    table: &audit::CREDIT_LINE,
                    before: stored.as_ref().map(|s| lines::line_row(s.row, &s.line, s.source.as_deref())),
                    after: after.as_ref().map(|a| lines::line_row(row, a, line_source.as_deref())),
                });
            }
            self.record(tx, action, summary, &rows)?
                .ok_or_else(|| refused("nothing to change".into()))
        })
    }
}
