//! The audit log: every change to the workspace's data, with who, when, what, and each
//! row before and after, so that any change can be undone and redone, across restarts.
//!
//! A change is recorded in the same transaction as the writes it describes. Undo
//! writes the rows' "before" images back (newest change first), redo their "after"
//! images; a new change after an undo discards what could have been redone.

use rusqlite::{params, Connection, Transaction};
use serde_json::{Map, Value};

/// A table whose rows the audit log can restore: its columns and its key.
#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub key: &'static [&'static str],
}

pub const CREDIT_LINE: Table = Table {
    name: "credit_line",
    columns: &["row", "id", "seller", "amount", "close_date", "stage", "deal_type", "product", "split", "probability", "term_months", "cancel_date", "account", "name", "source"],
    key: &["id", "seller"],
};
pub const SELLER: Table = Table {
    name: "seller",
    columns: &["id", "name", "manager", "territory", "role", "start_date", "end_date", "target_incentive", "quotas"],
    key: &["id"],
};
pub const PLAN_VERSION: Table = Table { name: "plan_version", columns: &["version", "effective", "source", "file", "document", "created"], key: &["version"] };
pub const SCENARIO: Table = Table { name: "scenario", columns: &["name", "notes", "source", "saved"], key: &["name"] };

const TABLES: [&Table; 4] = [&CREDIT_LINE, &SELLER, &PLAN_VERSION, &SCENARIO];

/// A row image: column name to SQLite value (text, integer or null).
pub type Row = Map<String, Value>;

/// One row's change: `None` before means inserted, `None` after means deleted.
#[derive(Debug, Clone)]
pub struct RowChange {
    pub table: &'static Table,
    pub before: Option<Row>,
    pub after: Option<Row>,
}

/// One entry of the history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    pub id: i64,
    pub at: String,
    pub who: String,
    pub action: String,
    pub summary: String,
    /// `done`, `undone`, or `discarded` (undone, then replaced by a newer change).
    pub state: String,
    pub undone_at: Option<String>,
    /// Rows the change wrote.
    pub rows: i64,
}

/// Writes `rows` to their tables and records them as one change. Call inside the
/// transaction that must hold both.
pub fn apply_and_record(tx: &Transaction, who: &str, action: &str, summary: &str, rows: &[RowChange]) -> rusqlite::Result<i64> {
    // Whatever was undone can no longer be redone once something new happens.
    tx.execute("UPDATE change SET state = 'discarded' WHERE state = 'undone'", [])?;
    tx.execute("INSERT INTO change (at, who, action, summary) VALUES (?1, ?2, ?3, ?4)", params![crate::now(), who, action, summary])?;
    let id = tx.last_insert_rowid();
    let mut log = tx.prepare_cached("INSERT INTO change_row (change_id, seq, tbl, before, after) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for (seq, r) in rows.iter().enumerate() {
        write(tx, r.table, r.before.as_ref(), r.after.as_ref())?;
        let text = |row: &Option<Row>| row.as_ref().map(|m| serde_json::to_string(m).expect("row images serialise"));
        log.execute(params![id, seq as i64, r.table.name, text(&r.before), text(&r.after)])?;
    }
    Ok(id)
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
        let cond: Vec<String> = t.key.iter().enumerate().map(|(i, k)| format!("{k} = ?{}", i + 1)).collect();
        let sql = format!("DELETE FROM {} WHERE {}", t.name, cond.join(" AND "));
        conn.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(t.key.iter().map(|k| sql_value(old.get(*k)))))?;
    }
    if let Some(new) = to {
        let values: Vec<String> = (1..=t.columns.len()).map(|i| format!("?{i}")).collect();
        let sql = format!("INSERT INTO {} ({}) VALUES ({})", t.name, t.columns.join(", "), values.join(", "));
        conn.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(t.columns.iter().map(|c| sql_value(new.get(*c)))))?;
    }
    Ok(())
}

fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().copied().find(|t| t.name == name)
}

/// Undoes the newest change that is done; returns it, or `None` when nothing is left.
pub fn undo(tx: &Transaction) -> rusqlite::Result<Option<Change>> {
    let Some(id) = tx.query_row("SELECT max(id) FROM change WHERE state = 'done'", [], |r| r.get::<_, Option<i64>>(0))? else { return Ok(None) };
    replay(tx, id, true)?;
    tx.execute("UPDATE change SET state = 'undone', undone_at = ?2 WHERE id = ?1", params![id, crate::now()])?;
    get(tx, id).map(Some)
}

/// Redoes the oldest undone change; returns it, or `None` when there is none.
pub fn redo(tx: &Transaction) -> rusqlite::Result<Option<Change>> {
    let Some(id) = tx.query_row("SELECT min(id) FROM change WHERE state = 'undone'", [], |r| r.get::<_, Option<i64>>(0))? else { return Ok(None) };
    replay(tx, id, false)?;
    tx.execute("UPDATE change SET state = 'done', undone_at = NULL WHERE id = ?1", params![id])?;
    get(tx, id).map(Some)
}

/// Writes the rows of change `id` back (`undo`: after -> before, in reverse order) or
/// again (before -> after, in order).
fn replay(tx: &Transaction, id: i64, undo: bool) -> rusqlite::Result<()> {
    let order = if undo { "DESC" } else { "ASC" };
    let mut stmt = tx.prepare(&format!("SELECT tbl, before, after FROM change_row WHERE change_id = ?1 ORDER BY seq {order}"))?;
    let rows = stmt.query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, Option<String>>(2)?)))?;
    let parse = |s: Option<String>| -> rusqlite::Result<Option<Row>> {
        s.map(|s| match serde_json::from_str::<Value>(&s) {
            Ok(Value::Object(m)) => Ok(m),
            _ => Err(rusqlite::Error::InvalidColumnType(0, "row image".into(), rusqlite::types::Type::Text)),
        })
        .transpose()
    };
    for r in rows {
        let (name, before, after) = r?;
        let t = table(&name).ok_or_else(|| rusqlite::Error::InvalidColumnName(name.clone()))?;
        let (before, after) = (parse(before)?, parse(after)?);
        if undo {
            write(tx, t, after.as_ref(), before.as_ref())?;
        } else {
            write(tx, t, before.as_ref(), after.as_ref())?;
        }
    }
    Ok(())
}

/// A change with the number of rows it wrote, as [`change_of`] reads it.
const CHANGE: &str = "SELECT id, at, who, action, summary, state, undone_at, (SELECT count(*) FROM change_row WHERE change_id = change.id) FROM change";

fn get(conn: &Connection, id: i64) -> rusqlite::Result<Change> {
    conn.query_row(&format!("{CHANGE} WHERE id = ?1"), [id], change_of)
}

fn change_of(r: &rusqlite::Row) -> rusqlite::Result<Change> {
    Ok(Change { id: r.get(0)?, at: r.get(1)?, who: r.get(2)?, action: r.get(3)?, summary: r.get(4)?, state: r.get(5)?, undone_at: r.get(6)?, rows: r.get(7)? })
}

/// The newest `limit` changes, newest first.
pub fn history(conn: &Connection, limit: usize) -> rusqlite::Result<Vec<Change>> {
    let mut stmt = conn.prepare(&format!("{CHANGE} ORDER BY id DESC LIMIT ?1"))?;
    let out = stmt.query_map([limit as i64], change_of)?.collect();
    out
}
