//! The workspace's image of its credit lines in columns
//! ([`plansight_plan::DealColumns::to_image`]), kept beside the `credit_line` table so
//! that a calculation reads one value instead of a million rows.
//!
//! Triggers on the table drop the image whenever a line is inserted, updated or deleted
//! (by this build, an older one or any other writer), so an image present is the table's
//! own lines. The next read that finds none reads the table and keeps the image of
//! exactly what it read, in the same transaction.

use crate::lines::read_columns;
use crate::{StoreError, Workspace};
use plansight_plan::DealColumns;
use rusqlite::{Connection, OptionalExtension};
use std::time::Duration;

/// The triggers that drop the image on any change to a line (schema 6).
pub(crate) const TRIGGERS: &str = "
CREATE TRIGGER IF NOT EXISTS line_image_after_insert AFTER INSERT ON credit_line BEGIN DELETE FROM line_image; END;
CREATE TRIGGER IF NOT EXISTS line_image_after_update AFTER UPDATE ON credit_line BEGIN DELETE FROM line_image; END;
CREATE TRIGGER IF NOT EXISTS line_image_after_delete AFTER DELETE ON credit_line BEGIN DELETE FROM line_image; END;
";

const DROP_TRIGGERS: &str = "
DROP TRIGGER line_image_after_insert;
DROP TRIGGER line_image_after_update;
DROP TRIGGER line_image_after_delete;
";

/// Runs `change`, a change of many lines inside a write transaction, with the triggers
/// set aside: run once per row they cost more than a second per million rows. The image
/// is dropped once instead, and the triggers are back before the transaction ends (other
/// writers wait for it, so none changes a line meanwhile without them).
pub(crate) fn bulk<R>(conn: &Connection, change: impl FnOnce() -> rusqlite::Result<R>) -> rusqlite::Result<R> {
    conn.execute_batch(DROP_TRIGGERS)?;
    let result = change();
    // A failed change may have rolled the whole transaction back (a full disk does),
    // dropping nothing: the triggers are then there already, and its error is the one
    // to report.
    let restored = conn.execute_batch(&format!("DELETE FROM line_image; {TRIGGERS}"));
    let value = result?;
    restored?;
    Ok(value)
}

/// Keeps `cols` (the table's lines, in row order) as the image.
pub(crate) fn keep(conn: &Connection, cols: &DealColumns) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO line_image (id, image) VALUES (1, ?1)",
        [cols.to_image()],
    )
    .map(drop)
}

/// The image, read straight from SQLite's buffer: `None` when there is none, and an
/// error message when it is damaged.
fn stored(conn: &Connection) -> rusqlite::Result<Option<Result<DealColumns, String>>> {
    conn.query_row("SELECT image FROM line_image WHERE id = 1", [], |r| {
        Ok(match r.get_ref(0)?.as_blob() {
            Ok(image) => DealColumns::from_image(image),
            Err(_) => Err("it is not a block of bytes".into()),
        })
    })
    .optional()
}

impl Workspace {
    /// Every credit line in columns: from the image when there is a sound one, from the
    /// table otherwise (the image is then kept for the next read, where the file can be
    /// written; it is only a copy, so a read that cannot write it still succeeds).
    pub fn line_columns(&self) -> Result<DealColumns, StoreError> {
        let tx = self.conn.unchecked_transaction().map_err(self.sql())?;
        if let Some(Ok(cols)) = stored(&tx).map_err(self.sql())? {
            return Ok(cols);
        }
        let cols = read_columns(&tx).map_err(self.read())?;
        // Keeping the image is worth no wait: while another writer holds the file, or
        // once it has changed it since this read began, the image is not kept (these
        // columns are still those of the read), and a later read keeps it.
        let wait: i64 = tx
            .query_row("PRAGMA busy_timeout", [], |r| r.get(0))
            .map_err(self.sql())?;
        tx.busy_timeout(Duration::ZERO).map_err(self.sql())?;
        if keep(&tx, &cols).is_ok() {
            let _ = tx.commit();
        }
        self.conn
            .busy_timeout(Duration::from_millis(wait.max(0) as u64))
            .map_err(self.sql())?;
        Ok(cols)
    }

    /// Whether the image, if there is one, is the table's lines (for `workspace check`).
    pub(crate) fn check_image(&self) -> Result<(), StoreError> {
        let Some(image) = stored(&self.conn).map_err(self.sql())? else {
            return Ok(());
        };
        let damaged = |what: String| {
            StoreError::Damaged {
            path: self.path.clone(),
            message: format!(
                "the copy of the credit lines kept for fast reading {what}; restore it from a backup (plansight workspace restore)"
            ),
        }
        };
        let cols = image.map_err(|why| damaged(format!("is damaged ({why})")))?;
        let table = read_columns(&self.conn).map_err(self.read())?;
        if cols.to_image() != table.to_image() {
            return Err(damaged("differs from the lines".into()));
        }
        Ok(())
    }
}
