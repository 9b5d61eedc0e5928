//! Plan versions: every imported plan is kept, effective from a date (by default the
//! plan's start); a calculation uses the newest version in effect on its as-of date.

use crate::audit::{self, Row, RowChange};
use crate::{now, StoreError, Workspace};
use chrono::NaiveDate;
use plansight_plan::Plan;
use rusqlite::{Connection, OptionalExtension};
use serde_json::{json, Value};

/// One stored plan version.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PlanVersion {
    /// The version number (1, 2, ...), in import order.
    pub version: i64,
    /// `YYYY-MM-DD`: in effect from this date.
    pub effective: String,
    /// The plan's file name when it was imported.
    pub file: String,
    /// The plan's TOML.
    pub source: String,
    /// The plan document (Markdown), if any.
    pub document: Option<String>,
    /// When the version was imported (UTC).
    pub created: String,
}

/// The default effective date of a plan: its start (read from the TOML; a source that
/// no longer parses is effective from the beginning of time, so it stays visible).
pub fn effective_of(file: &str, source: &str) -> String {
    plansight_plan::Plan::parse(file, source)
        .map(|p| p.start.to_string())
        .unwrap_or_else(|_| "0001-01-01".into())
}

/// The stored image of a plan version.
pub fn version_row(v: &PlanVersion) -> Row {
    let Value::Object(m) = json!({
        "version": v.version, "effective": v.effective, "source": v.source, "file": v.file, "document": v.document, "created": v.created,
    }) else {
        unreachable!("json! of an object")
    };
    m
}

const COLUMNS: &str = "version, effective, source, file, document, created";

fn of(r: &rusqlite::Row) -> rusqlite::Result<PlanVersion> {
    Ok(PlanVersion {
        version: r.get(0)?,
        effective: r.get(1)?,
        source: r.get(2)?,
        file: r.get(3)?,
        document: r.get(4)?,
        created: r.get(5)?,
    })
}

/// The version in effect on `date` (`None`: the newest), falling back to the earliest
/// version when none is in effect yet.
pub fn in_effect(conn: &Connection, date: Option<&str>) -> rusqlite::Result<Option<PlanVersion>> {
    let newest = format!("SELECT {COLUMNS} FROM plan_version ORDER BY effective DESC, version DESC LIMIT 1");
    let found = match date {
        None => conn.query_row(&newest, [], of).optional()?,
        Some(d) => conn
            .query_row(&format!("SELECT {COLUMNS} FROM plan_version WHERE effective <= ?1 ORDER BY effective DESC, version DESC LIMIT 1"), [d], of)
            .optional()?,
    };
    match found {
        Some(v) => Ok(Some(v)),
        None => conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM plan_version ORDER BY effective ASC, version ASC LIMIT 1"),
                [],
                of,
            )
            .optional(),
    }
}

/// Every version, oldest first.
pub fn all(conn: &Connection) -> rusqlite::Result<Vec<PlanVersion>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM plan_version ORDER BY version"))?;
    let out = stmt.query_map([], of)?.collect();
    out
}

/// The number the next version gets.
pub fn next_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT coalesce(max(version), 0) + 1 FROM plan_version", [], |r| {
        r.get(0)
    })
}

impl Workspace {
    /// The plan version in effect on `as_of` (default: the newest).
    pub fn plan_version(&self, as_of: Option<NaiveDate>) -> Result<PlanVersion, StoreError> {
        let date = as_of.map(|d| d.to_string());
        in_effect(&self.conn, date.as_deref())
            .map_err(self.sql())?
            .ok_or_else(|| StoreError::Empty {
                path: self.path.clone(),
            })
    }

    /// Every plan version, oldest first.
    pub fn plan_versions(&self) -> Result<Vec<PlanVersion>, StoreError> {
        all(&self.conn).map_err(self.sql())
    }

    /// The plan in effect on `as_of` (default: the newest), parsed.
    pub(crate) fn plan(&self, as_of: Option<NaiveDate>) -> Result<Plan, StoreError> {
        let v = self.plan_version(as_of)?;
        Plan::parse(&v.file, &v.source).map_err(StoreError::Input)
    }

    /// The next plan version (not yet written) of this plan source (inside a write:
    /// under the write lock, so that no one else takes its number).
    pub(crate) fn new_version(
        &self,
        file: &str,
        source: &str,
        document: Option<&str>,
        effective: NaiveDate,
    ) -> Result<PlanVersion, StoreError> {
        Ok(PlanVersion {
            version: next_version(&self.conn).map_err(self.sql())?,
            effective: effective.to_string(),
            file: file.to_string(),
            source: source.to_string(),
            document: document.map(str::to_string),
            created: now(),
        })
    }

    /// Validates a plan (and its document) and stores it as a new version, in effect
    /// from `effective` (default: the plan's start).
    pub fn import_plan(
        &mut self,
        file: &str,
        source: &str,
        document: Option<&str>,
        effective: Option<NaiveDate>,
    ) -> Result<i64, StoreError> {
        let plan = Plan::parse(file, source).map_err(StoreError::Input)?;
        // The version number is taken once the write lock is held.
        self.write(|tx| {
            self.backup_before("before-import")?;
            let v = self.new_version(file, source, document, effective.unwrap_or(plan.start))?;
            let rows = [RowChange {
                table: &audit::PLAN_VERSION,
                before: None,
                after: Some(version_row(&v)),
            }];
            let summary = format!(
                "plan {} version {} from {file}, effective {}",
                plan.id, v.version, v.effective
            );
            self.record(tx, "import plan", &summary, &rows)?;
            Ok(v.version)
        })
    }

    /// The plan document of the plan in effect, if any.
    pub fn document(&self) -> Result<Option<String>, StoreError> {
        Ok(self.plan_version(None)?.document)
    }
}
