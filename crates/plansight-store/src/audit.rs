//! The audit log: every change to the workspace's data, with who, when, what, and each
//! row before and after, so that any change can be undone and redone, across restarts.
//!
//! A change is recorded in the same transaction as the writes it describes. Undo
//! writes the rows' "before" images back (newest change first), redo their "after"
//! images; a new change after an undo discards what could have been redone.
//!
//! An inserted row's "after" image is logged as its key only (with [`LIVE`]): the full
//! row is the live one for as long as the change is done, because only the newest done
//! change can be undone. Undo copies the live row into the log before deleting it, so
//! that redo has the full image. A million-line first import so logs a few bytes per
//! line instead of a second copy of every line, which halves the file.

use rusqlite::{params, Connection, Transaction};
use serde_json::{Map, Value};

/// A table whose rows the audit log can restore: its columns and its key.
#[derive(Debug)]
pub struct Table {
    /// The table's name.
    pub name: &'static str,
    /// Every column a row image holds.
    pub columns: &'static [&'static str],
    /// The columns that identify a row.
    pub key: &'static [&'static str],
}

/// Credit lines, by deal and seller.
pub const CREDIT_LINE: Table = Table {
    name: "credit_line",
    columns: &[
        "row",
        "id",
        "seller",
        "amount",
        "close_date",
        "stage",
        "deal_type",
        "product",
        "split",
        "probability",
        "term_months",
        "cancel_date",
        "account",
        "name",
        "source",
        "hold",
    ],
    key: &["id", "seller"],
};
/// The roster, by seller id.
pub const SELLER: Table = Table {
    name: "seller",
    columns: &[
        "id",
        "name",
        "manager",
        "territory",
        "role",
        "start_date",
        "end_date",
        "target_incentive",
        "quotas",
    ],
    key: &["id"],
};
/// Plan versions, by number.
pub const PLAN_VERSION: Table = Table {
    name: "plan_version",
    columns: &["version", "effective", "source", "file", "document", "created"],
    key: &["version"],
};
/// Saved scenarios, by name.
pub const SCENARIO: Table = Table {
    name: "scenario",
    columns: &["name", "notes", "source", "saved"],
    key: &["name"],
};

/// The price list, by product.
pub const PRICE: Table = Table {
    name: "price",
    columns: &["product", "price", "family"],
    key: &["product"],
};

const TABLES: [&Table; 5] = [&CREDIT_LINE, &SELLER, &PLAN_VERSION, &SCENARIO, &PRICE];

/// A row image: column name to SQLite value (text, integer or null).
pub type Row = Map<String, Value>;

/// Marks a logged image that holds only the key of a row that is live in its table.
pub const LIVE: &str = "$live";

/// One row's change: `None` before means inserted, `None` after means deleted.
#[derive(Debug, Clone)]
pub struct RowChange {
    /// The row's table.
    pub table: &'static Table,
    /// The row as it was (`None`: it is inserted).
    pub before: Option<Row>,
    /// The row as it becomes (`None`: it is deleted).
    pub after: Option<Row>,
}

/// One entry of the history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    /// The change's number, in the order changes were made.
    pub id: i64,
    /// When it was made (UTC).
    pub at: String,
    /// Who made it.
    pub who: String,
    /// What kind of change ("import deals", "save scenario", ...).
    pub action: String,
    /// What it did, in words.
    pub summary: String,
    /// `done`, `undone`, or `discarded` (undone, then replaced by a newer change).
    pub state: String,
    /// When it was undone, while it is.
    pub undone_at: Option<String>,
    /// Rows the change wrote.
    pub rows: i64,
}

/// Writes `rows` to their tables and records them as one change. Call inside the
/// transaction that must hold both.
pub fn apply_and_record(
    tx: &Transaction,
    who: &str,
    action: &str,
    summary: &str,
    rows: &[RowChange],
) -> rusqlite::Result<i64> {
    // Whatever was undone can no longer be redone once something new happens.
    tx.execute(
        "DELETE FROM undone_line WHERE change_id IN (SELECT id FROM change WHERE state = 'undone')",
        [],
    )?;
    tx.execute("UPDATE change SET state = 'discarded' WHERE state = 'undone'", [])?;
    tx.execute(
        "INSERT INTO change (at, who, action, summary) VALUES (?1, ?2, ?3, ?4)",
        params![crate::now(), who, action, summary],
    )?;
    let id = tx.last_insert_rowid();
    let mut log =
        tx.prepare_cached("INSERT INTO change_row (change_id, seq, tbl, before, after) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for (seq, r) in rows.iter().enumerate() {
        write(tx, r.table, r.before.as_ref(), r.after.as_ref())?;
        let text = |row: &Row| serde_json::to_string(row).expect("row images serialise");
        let after = match (&r.before, &r.after) {
            (None, Some(new)) => Some(text(&key_image(r.table, new))),
            (_, after) => after.as_ref().map(text),
        };
        log.execute(params![
            id,
            seq as i64,
            r.table.name,
            r.before.as_ref().map(text),
            after
        ])?;
    }
    Ok(id)
}

/// Marks a logged image that stands for the credit lines of a range of rows, inserted
/// by the change: `{"$rows": [first, last]}`.
pub const ROWS: &str = "$rows";

/// Logs the credit lines of rows `first..=last`, inserted by change `id`, as one entry
/// after its `rows` row changes. Call in the transaction that inserted them.
pub fn record_inserted_lines(tx: &Transaction, id: i64, rows: usize, first: i64, last: i64) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO change_row (change_id, seq, tbl, before, after) VALUES (?1, ?2, ?3, NULL, ?4)",
        params![
            id,
            rows as i64,
            CREDIT_LINE.name,
            serde_json::json!({ ROWS: [first, last] }).to_string()
        ],
    )?;
    Ok(())
}

/// Undoes (moves aside) or redoes (moves back) the credit lines a change inserted as
/// one range of rows.
fn replay_range(tx: &Transaction, id: i64, range: &Value, undo: bool) -> rusqlite::Result<()> {
    let bound = |i: usize| range.get(i).and_then(Value::as_i64);
    let (Some(first), Some(last)) = (bound(0), bound(1)) else {
        return Err(rusqlite::Error::InvalidColumnType(
            3,
            "range of rows".into(),
            rusqlite::types::Type::Text,
        ));
    };
    let cols = CREDIT_LINE.columns.join(", ");
    crate::image::bulk(tx, || move_range(tx, id, first, last, &cols, undo))
}

/// Moves the rows `first..=last` of change `id` out of the table (`undo`) or back in.
fn move_range(tx: &Transaction, id: i64, first: i64, last: i64, cols: &str, undo: bool) -> rusqlite::Result<()> {
    if undo {
        tx.execute(
            &format!("INSERT INTO undone_line (change_id, {cols}) SELECT ?1, {cols} FROM credit_line WHERE row BETWEEN ?2 AND ?3"),
            params![id, first, last],
        )?;
        tx.execute(
            "DELETE FROM credit_line WHERE row BETWEEN ?1 AND ?2",
            params![first, last],
        )?;
    } else {
        tx.execute(
            &format!(
                "INSERT INTO credit_line ({cols}) SELECT {cols} FROM undone_line WHERE change_id = ?1 ORDER BY row"
            ),
            params![id],
        )?;
        tx.execute("DELETE FROM undone_line WHERE change_id = ?1", params![id])?;
    }
    Ok(())
}

/// The key of `row`, marked as standing for the live row.
fn key_image(t: &Table, row: &Row) -> Row {
    let mut key: Row = t
        .key
        .iter()
        .map(|k| (k.to_string(), row.get(*k).cloned().unwrap_or(Value::Null)))
        .collect();
    key.insert(LIVE.into(), Value::Bool(true));
    key
}

/// The full image of the live row with `key`'s key, as stored now.
fn live_image(conn: &Connection, t: &Table, key: &Row) -> rusqlite::Result<Row> {
    use rusqlite::types::ValueRef;
    let cond: Vec<String> = t
        .key
        .iter()
        .enumerate()
        .map(|(i, k)| format!("{k} = ?{}", i + 1))
        .collect();
    let sql = format!(
        "SELECT {} FROM {} WHERE {}",
        t.columns.join(", "),
        t.name,
        cond.join(" AND ")
    );
    conn.prepare_cached(&sql)?.query_row(
        rusqlite::params_from_iter(t.key.iter().map(|k| sql_value(key.get(*k)))),
        |r| {
            let mut row = Row::new();
            for (i, c) in t.columns.iter().enumerate() {
                let v = match r.get_ref(i)? {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(n) => Value::from(n),
                    ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
                    ValueRef::Real(_) | ValueRef::Blob(_) => {
                        return Err(rusqlite::Error::InvalidColumnType(
                            i,
                            c.to_string(),
                            r.get_ref(i)?.data_type(),
                        ))
                    }
                };
                row.insert(c.to_string(), v);
            }
            Ok(row)
        },
    )
}

/// A row image's value as SQLite sees it.
fn sql_value(v: Option<&Value>) -> rusqlite::types::Value {
    use rusqlite::types::Value as Sql;
    match v {
        None | Some(Value::Null) => Sql::Null,
        Some(Value::Bool(b)) => Sql::Integer(*b as i64),
        Some(Value::Number(n)) => n.as_i64().map_or_else(|| Sql::Text(n.to_string()), Sql::Integer),
        Some(Value::String(s)) => Sql::Text(s.clone()),
        Some(other) => Sql::Text(other.to_string()),
    }
}

/// Replaces the row `from` (by its key) with `to`: insert, update or delete. Values are
/// bound as typed parameters (no JSON parsing in SQL: imports write a million rows).
fn write(conn: &Connection, t: &Table, from: Option<&Row>, to: Option<&Row>) -> rusqlite::Result<()> {
    if let Some(old) = from {
        let cond: Vec<String> = t
            .key
            .iter()
            .enumerate()
            .map(|(i, k)| format!("{k} = ?{}", i + 1))
            .collect();
        let sql = format!("DELETE FROM {} WHERE {}", t.name, cond.join(" AND "));
        conn.prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(t.key.iter().map(|k| sql_value(old.get(*k)))))?;
    }
    if let Some(new) = to {
        let values: Vec<String> = (1..=t.columns.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            t.name,
            t.columns.join(", "),
            values.join(", ")
        );
        conn.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(
            t.columns.iter().map(|c| sql_value(new.get(*c))),
        ))?;
    }
    Ok(())
}

fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().copied().find(|t| t.name == name)
}

/// Undoes the newest change that is done; returns it, or `None` when nothing is left.
pub fn undo(tx: &Transaction) -> rusqlite::Result<Option<Change>> {
    let Some(id) = tx.query_row("SELECT max(id) FROM change WHERE state = 'done'", [], |r| {
        r.get::<_, Option<i64>>(0)
    })?
    else {
        return Ok(None);
    };
    replay(tx, id, true)?;
    tx.execute(
        "UPDATE change SET state = 'undone', undone_at = ?2 WHERE id = ?1",
        params![id, crate::now()],
    )?;
    get(tx, id).map(Some)
}

/// Redoes the oldest undone change; returns it, or `None` when there is none.
pub fn redo(tx: &Transaction) -> rusqlite::Result<Option<Change>> {
    let Some(id) = tx.query_row("SELECT min(id) FROM change WHERE state = 'undone'", [], |r| {
        r.get::<_, Option<i64>>(0)
    })?
    else {
        return Ok(None);
    };
    replay(tx, id, false)?;
    tx.execute(
        "UPDATE change SET state = 'done', undone_at = NULL WHERE id = ?1",
        params![id],
    )?;
    get(tx, id).map(Some)
}

/// Writes the rows of change `id` back (`undo`: after -> before, in reverse order) or
/// again (before -> after, in order).
fn replay(tx: &Transaction, id: i64, undo: bool) -> rusqlite::Result<()> {
    let order = if undo { "DESC" } else { "ASC" };
    let mut stmt = tx.prepare(&format!(
        "SELECT seq, tbl, before, after FROM change_row WHERE change_id = ?1 ORDER BY seq {order}"
    ))?;
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<String>>(3)?,
        ))
    })?;
    let mut keep = tx.prepare_cached("UPDATE change_row SET after = ?3 WHERE change_id = ?1 AND seq = ?2")?;
    let parse = |s: Option<String>| -> rusqlite::Result<Option<Row>> {
        s.map(|s| match serde_json::from_str::<Value>(&s) {
            Ok(Value::Object(m)) => Ok(m),
            _ => Err(rusqlite::Error::InvalidColumnType(
                0,
                "row image".into(),
                rusqlite::types::Type::Text,
            )),
        })
        .transpose()
    };
    for r in rows {
        let (seq, name, before, after) = r?;
        let t = table(&name).ok_or_else(|| rusqlite::Error::InvalidColumnName(name.clone()))?;
        let (before, mut after) = (parse(before)?, parse(after)?);
        if let Some(range) = after.as_ref().and_then(|a| a.get(ROWS)) {
            replay_range(tx, id, range, undo)?;
            continue;
        }
        if let Some(key) = after.as_ref().filter(|a| a.contains_key(LIVE)) {
            // Only the newest done change is undone, so the live row is its "after".
            if !undo {
                return Err(rusqlite::Error::InvalidColumnType(
                    3,
                    "row image of a change that is not undone".into(),
                    rusqlite::types::Type::Text,
                ));
            }
            let full = live_image(tx, t, key)?;
            keep.execute(params![
                id,
                seq,
                serde_json::to_string(&full).expect("row images serialise")
            ])?;
            after = Some(full);
        }
        if undo {
            write(tx, t, after.as_ref(), before.as_ref())?;
        } else {
            write(tx, t, before.as_ref(), after.as_ref())?;
        }
    }
    Ok(())
}

/// A change with the number of rows it wrote, as [`change_of`] reads it.
/// A range of inserted lines counts as its number of rows.
const CHANGE: &str = "SELECT id, at, who, action, summary, state, undone_at, (SELECT coalesce(sum(CASE WHEN after LIKE '{\"$rows\"%' THEN json_extract(after, '$.\"$rows\"[1]') - json_extract(after, '$.\"$rows\"[0]') + 1 ELSE 1 END), 0) FROM change_row WHERE change_id = change.id) FROM change";

fn get(conn: &Connection, id: i64) -> rusqlite::Result<Change> {
    conn.query_row(&format!("{CHANGE} WHERE id = ?1"), [id], change_of)
}

fn change_of(r: &rusqlite::Row) -> rusqlite::Result<Change> {
    Ok(Change {
        id: r.get(0)?,
        at: r.get(1)?,
        who: r.get(2)?,
        action: r.get(3)?,
        summary: r.get(4)?,
        state: r.get(5)?,
        undone_at: r.get(6)?,
        rows: r.get(7)?,
    })
}

/// The newest `limit` changes, newest first.
pub fn history(conn: &Connection, limit: usize) -> rusqlite::Result<Vec<Change>> {
    let mut stmt = conn.prepare(&format!("{CHANGE} ORDER BY id DESC LIMIT ?1"))?;
    let out = stmt.query_map([limit as i64], change_of)?.collect();
    out
}
