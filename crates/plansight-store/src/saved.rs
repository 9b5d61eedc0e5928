//! What the workspace keeps besides the plan and the data: saved scenarios, remembered
//! import mappings, and the assistant's conversation.

use crate::audit::Row;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Value};

/// A saved what-if scenario (its TOML source, as written by the user or the app).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SavedScenario {
    pub name: String,
    pub notes: Option<String>,
    pub source: String,
    pub saved: String,
}

/// The stored image of a scenario.
pub fn scenario_row(s: &SavedScenario) -> Row {
    let Value::Object(m) = json!({"name": s.name, "notes": s.notes, "source": s.source, "saved": s.saved}) else {
        unreachable!("json! of an object")
    };
    m
}

fn of(r: &rusqlite::Row) -> rusqlite::Result<SavedScenario> {
    Ok(SavedScenario {
        name: r.get(0)?,
        notes: r.get(1)?,
        source: r.get(2)?,
        saved: r.get(3)?,
    })
}

/// The saved scenario of this name.
pub fn scenario(conn: &Connection, name: &str) -> rusqlite::Result<Option<SavedScenario>> {
    conn.query_row(
        "SELECT name, notes, source, saved FROM scenario WHERE name = ?1",
        [name],
        of,
    )
    .optional()
}

/// Every saved scenario, by name.
pub fn scenarios(conn: &Connection) -> rusqlite::Result<Vec<SavedScenario>> {
    let mut stmt = conn.prepare("SELECT name, notes, source, saved FROM scenario ORDER BY name")?;
    let out = stmt.query_map([], of)?.collect();
    out
}

/// The mapping remembered for a source file name and kind (`deals`, `sellers`).
pub fn mapping(conn: &Connection, source: &str, kind: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT spec FROM mapping WHERE source = ?1 AND kind = ?2",
        [source, kind],
        |r| r.get(0),
    )
    .optional()
}

/// Remembers a mapping (a preference, not data: it is not in the audit log).
pub fn remember_mapping(conn: &Connection, source: &str, kind: &str, spec: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO mapping (source, kind, spec, saved) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (source, kind) DO UPDATE SET spec = excluded.spec, saved = excluded.saved",
        params![source, kind, spec, crate::now()],
    )?;
    Ok(())
}

/// One turn of the assistant's conversation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Turn {
    pub at: String,
    pub seller: Option<String>,
    /// `user` or `assistant`.
    pub role: String,
    pub text: String,
}

/// Appends a turn to the conversation.
pub fn add_turn(conn: &Connection, seller: Option<&str>, role: &str, text: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO conversation (at, seller, role, text) VALUES (?1, ?2, ?3, ?4)",
        params![crate::now(), seller, role, text],
    )?;
    Ok(())
}

/// The newest `limit` turns, oldest first.
pub fn conversation(conn: &Connection, limit: usize) -> rusqlite::Result<Vec<Turn>> {
    let mut stmt = conn.prepare(
        "SELECT at, seller, role, text FROM (SELECT * FROM conversation ORDER BY id DESC LIMIT ?1) ORDER BY id",
    )?;
    let out = stmt
        .query_map([limit as i64], |r| {
            Ok(Turn {
                at: r.get(0)?,
                seller: r.get(1)?,
                role: r.get(2)?,
                text: r.get(3)?,
            })
        })?
        .collect();
    out
}
