//! What the workspace keeps besides the plan and the data: saved scenarios, remembered
//! import mappings, and the assistant's conversation.

use crate::audit::{self, Row, RowChange};
use crate::{now, StoreError, Workspace};
use plansight_plan::Scenario;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Value};

/// A saved what-if scenario (its TOML source, as written by the user or the app).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SavedScenario {
    /// The scenario's name (its key).
    pub name: String,
    /// The user's notes, if any.
    pub notes: Option<String>,
    /// The scenario's TOML.
    pub source: String,
    /// When it was saved (UTC).
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
    /// When (UTC).
    pub at: String,
    /// The seller chosen at the time, if any.
    pub seller: Option<String>,
    /// `user` or `assistant`.
    pub role: String,
    /// What was said.
    pub text: String,
}

/// Appends a turn to the conversation.
pub fn add_turn(conn: &Connection, seller: Option<&str>, role: &str, text: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO conversation (at, seller, role, text) VALUES (?1, ?2, ?3, ?4)",
        params![now(), seller, role, text],
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

impl Workspace {
    /// Saves (or replaces) a scenario under its name, after checking it reads.
    pub fn save_scenario(&mut self, file: &str, source: &str, notes: Option<&str>) -> Result<String, StoreError> {
        let sc = Scenario::parse(file, source).map_err(StoreError::Input)?;
        if sc.name.trim().is_empty() {
            return Err(StoreError::Refused {
                path: self.path.clone(),
                message: format!("{file}: the scenario has no name; add name = \"...\" to save it"),
            });
        }
        let after = SavedScenario {
            name: sc.name.clone(),
            notes: notes.map(str::to_string),
            source: source.to_string(),
            saved: now(),
        };
        // What it replaces is read once the write lock is held.
        self.write(|tx| {
            let before = scenario(tx, &sc.name).map_err(self.sql())?;
            let rows = [RowChange {
                table: &audit::SCENARIO,
                before: before.as_ref().map(scenario_row),
                after: Some(scenario_row(&after)),
            }];
            let verb = if before.is_some() { "replaced" } else { "saved" };
            self.record(tx, "save scenario", &format!("scenario \"{}\" {verb}", sc.name), &rows)
        })?;
        Ok(sc.name)
    }

    /// Deletes a saved scenario.
    pub fn delete_scenario(&mut self, name: &str) -> Result<(), StoreError> {
        self.write(|tx| {
            let Some(before) = scenario(tx, name).map_err(self.sql())? else {
                return Err(StoreError::Refused {
                    path: self.path.clone(),
                    message: format!("no saved scenario is named \"{name}\""),
                });
            };
            let rows = [RowChange {
                table: &audit::SCENARIO,
                before: Some(scenario_row(&before)),
                after: None,
            }];
            self.record(tx, "delete scenario", &format!("scenario \"{name}\" deleted"), &rows)
        })?;
        Ok(())
    }

    /// The saved scenario of this name.
    pub fn scenario(&self, name: &str) -> Result<Option<SavedScenario>, StoreError> {
        scenario(&self.conn, name).map_err(self.sql())
    }

    /// Every saved scenario, by name.
    pub fn scenarios(&self) -> Result<Vec<SavedScenario>, StoreError> {
        scenarios(&self.conn).map_err(self.sql())
    }

    /// The mapping remembered for this source file and kind (`deals` or `sellers`).
    pub fn mapping(&self, source: &str, kind: &str) -> Result<Option<String>, StoreError> {
        mapping(&self.conn, source, kind).map_err(self.sql())
    }

    /// Remembers the mapping used for a source file.
    pub fn remember_mapping(&self, source: &str, kind: &str, spec: &str) -> Result<(), StoreError> {
        remember_mapping(&self.conn, source, kind, spec).map_err(self.sql())
    }

    /// Appends a turn to the assistant's conversation.
    pub fn add_turn(&self, seller: Option<&str>, role: &str, text: &str) -> Result<(), StoreError> {
        add_turn(&self.conn, seller, role, text).map_err(self.sql())
    }

    /// The newest `limit` turns of the conversation, oldest first.
    pub fn conversation(&self, limit: usize) -> Result<Vec<Turn>, StoreError> {
        conversation(&self.conn, limit).map_err(self.sql())
    }
}
