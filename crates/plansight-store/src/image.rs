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
        if keep(&tx, &cols).is_ok() {
            // Another writer's change since this read began refuses the commit: the
            // image is then not kept, and these columns are still those of the read.
            let _ = tx.commit();
        }
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
