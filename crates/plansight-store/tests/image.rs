//! The workspace's image of its credit lines is always the table's lines: kept by a
//! first import and by the first read after a change, dropped by any change to a line
//! (whoever writes it), read past when damaged, and reported by the check.

mod common;

use common::{sample, temp};
use plansight_store::lines::read_columns;
use plansight_store::{StoreError, Workspace};
use rusqlite::Connection;
use std::path::Path;

/// Whether the file holds an image, and whether it is the table's lines.
fn image_state(path: &Path) -> Option<bool> {
    let conn = Connection::open(path).unwrap();
    // Bulk changes set the triggers aside inside their transaction: they are always back.
    let triggers: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'credit_line'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(triggers, 3);
    let image: Option<Vec<u8>> = conn.query_row("SELECT image FROM line_image", [], |r| r.get(0)).ok();
    let table = read_columns(&conn).unwrap();
    image.map(|i| i == table.to_image())
}

fn workspace_with_deals(name: &str) -> (std::path::PathBuf, Workspace) {
    let path = temp(name);
    let mut ws = Workspace::open(&path).unwrap();
    let plan = String::from_utf8(sample("ae-fy26.toml")).unwrap();
    ws.import_plan("ae-fy26.toml", &plan, None, None).unwrap();
    ws.import_sellers("sellers.csv", &sample("sellers.csv"), "sellers.csv")
        .unwrap();
    ws.import_deals("deals.csv", &sample("deals.csv"), "deals.csv").unwrap();
    (path, ws)
}

#[test]
fn a_first_import_keeps_the_image_of_exactly_its_lines() {
    let (path, ws) = workspace_with_deals("image-import");
    assert_eq!(image_state(&path), Some(true));
    let rows = ws.inputs(None).unwrap().lines;
    assert_eq!(ws.line_columns().unwrap().to_lines(), rows);
}

#[test]
fn any_change_to_a_line_drops_the_image_and_the_next_read_keeps_it_again() {
    let (path, mut ws) = workspace_with_deals("image-changes");
    let rows = ws.inputs(None).unwrap().lines;
    let mut held = rows[3].clone();
    held.hold = Some("looks like a duplicate".into());
    ws.edit_lines(
        "hold",
        "hold one line",
        &[(Some(rows[3].clone()), Some(held))],
        "deals.csv",
    )
    .unwrap();
    assert_eq!(image_state(&path), None, "an edit drops the image");
    let (_, _, cols) = Workspace::load_columns(&path, None).unwrap();
    assert_eq!(cols.hold(3), Some("looks like a duplicate"));
    assert_eq!(
        image_state(&path),
        Some(true),
        "the read keeps the image of what it read"
    );

    ws.undo().unwrap();
    assert_eq!(image_state(&path), None, "an undo drops the image");
    assert_eq!(ws.line_columns().unwrap().to_lines(), rows);
    assert_eq!(image_state(&path), Some(true));
    // Undoing and redoing the import moves every line as one range of rows.
    ws.undo().unwrap();
    assert_eq!(image_state(&path), None);
    assert!(ws.line_columns().unwrap().is_empty());
    ws.redo().unwrap();
    assert_eq!(image_state(&path), None);
    assert_eq!(ws.line_columns().unwrap().to_lines(), rows);
    assert_eq!(image_state(&path), Some(true));

    // Another writer (an older build, a script) that knows nothing of the image.
    Connection::open(&path)
        .unwrap()
        .execute("UPDATE credit_line SET amount = amount + 1 WHERE row = 1", [])
        .unwrap();
    assert_eq!(image_state(&path), None, "any writer's change drops the image");
    let (_, _, cols) = Workspace::load_columns(&path, None).unwrap();
    assert_eq!(cols.amount[0], rows[0].amount.0 + 1);
    Connection::open(&path)
        .unwrap()
        .execute("DELETE FROM credit_line WHERE row = 2", [])
        .unwrap();
    assert_eq!(ws.line_columns().unwrap().len(), rows.len() - 1);
    assert_eq!(image_state(&path), Some(true));
}

#[test]
fn a_damaged_image_is_read_past_and_reported_by_the_check() {
    let (path, ws) = workspace_with_deals("image-damaged");
    let rows = ws.inputs(None).unwrap().lines;
    // One byte changed, then a value that is not bytes at all.
    for damage in [
        "UPDATE line_image SET image = CAST(substr(image, 1, 100) || X'00' || substr(image, 102) AS BLOB)",
        "UPDATE line_image SET image = 'text'",
    ] {
        Connection::open(&path).unwrap().execute(damage, []).unwrap();
        assert!(matches!(
            ws.check(),
            Err(StoreError::Damaged { message, .. }) if message.contains("copy of the credit lines kept for fast reading is damaged")
        ));
        // A calculation reads the table instead, and keeps a sound image again.
        let (_, _, cols) = Workspace::load_columns(&path, None).unwrap();
        assert_eq!(cols.to_lines(), rows);
        assert_eq!(image_state(&path), Some(true));
        assert!(ws.check().is_ok());
    }
}
