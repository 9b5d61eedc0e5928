//! The Plansight workspace: one SQLite file (bundled SQLite) holding effective-dated
//! plan versions with their plan documents, the roster, the credit lines, saved
//! scenarios, remembered import mappings, the assistant's conversation, and an audit
//! log of every change that undo and redo replay.
//!
//! Opening checks the file (`PRAGMA integrity_check`) and its schema version, and
//! migrates older schemas forward after a backup; [`Workspace::load`] runs that check
//! alongside the first read. Every import, scenario save, undo and
//! redo is one transaction, so a bad input, a full disk or a killed process leaves the
//! workspace as it was. Inputs are validated by the same parsers as the CLI before
//! anything is written.

pub mod audit;
pub mod backup;
pub mod export;
pub mod lines;
pub mod plans;
pub mod saved;
pub mod schema;

use audit::{Change, RowChange};
use chrono::NaiveDate;
use plans::PlanVersion;
use plansight_plan::{parse_deals, parse_sellers, CreditLine, Inputs, Plan, Problems, Scenario, Seller};
use rusqlite::{Connection, ErrorCode, OpenFlags};
use saved::SavedScenario;
use std::path::{Path, PathBuf};

pub use schema::SCHEMA_VERSION;

/// Why a workspace could not be opened, read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {message}")]
    Damaged { path: PathBuf, message: String },
    #[error("{path}: the workspace was written by a newer Plansight (schema {found}, this build reads up to {SCHEMA_VERSION}); update Plansight")]
    TooNew { path: PathBuf, found: i64 },
    #[error("{path}: the workspace holds no plan yet; import one first (plansight workspace import --plan FILE)")]
    Empty { path: PathBuf },
    #[error("{path}: no workspace here; create one with plansight workspace init --workspace {path}")]
    Missing { path: PathBuf },
    #[error("{path}: the disk is full (or the workspace reached its size limit); nothing was written. Free some space and try again")]
    Full { path: PathBuf },
    #[error("{0}")]
    Input(Problems),
    #[error("{path}: {message}")]
    Refused { path: PathBuf, message: String },
    #[error("{path}: {source}")]
    Sqlite { path: PathBuf, source: rusqlite::Error },
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

/// A stored value this build cannot read, or a database error while reading.
#[derive(Debug)]
pub enum ReadError {
    Unreadable(String),
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for ReadError {
    fn from(e: rusqlite::Error) -> Self {
        ReadError::Sqlite(e)
    }
}

/// Now, in UTC, as `YYYY-MM-DDTHH:MM:SS.mmmZ` (for the audit log and saved items).
pub(crate) fn now() -> String {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    chrono::DateTime::from_timestamp(d.as_secs() as i64, d.subsec_nanos())
        .map(|t| t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
        .unwrap_or_default()
}

/// An open workspace file.
pub struct Workspace {
    conn: Connection,
    path: PathBuf,
    who: String,
}

/// The files of one whole import (a new workspace's plan, data and roster), as read by
/// the caller.
pub struct ImportFiles<'a> {
    pub plan_file: &'a str,
    pub plan: &'a str,
    pub document: Option<&'a str>,
    pub deals_file: &'a str,
    pub deals: &'a [u8],
    pub sellers: Option<(&'a str, &'a [u8])>,
}

/// What an import would do (preview) or did.
#[derive(Debug, Default)]
pub struct Report {
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
    pub unchanged: usize,
    /// A few examples: (added/changed/removed, which, what changed).
    pub examples: Vec<(String, String, String)>,
    /// The first lines read, for a preview.
    pub first: Vec<CreditLine>,
    /// The change recorded in the audit log (none for a preview or no change).
    pub change: Option<i64>,
}

impl Report {
    fn of(d: &lines::Diff) -> Report {
        Report {
            added: d.added,
            changed: d.changed,
            removed: d.removed,
            unchanged: d.unchanged,
            examples: d.examples.clone(),
            ..Default::default()
        }
    }
    /// "12 added, 3 changed, 1 removed, 1480 unchanged".
    pub fn counts(&self) -> String {
        format!(
            "{} added, {} changed, {} removed, {} unchanged",
            self.added, self.changed, self.removed, self.unchanged
        )
    }
}

/// The state of a workspace file, for `plansight workspace check`.
#[derive(Debug, serde::Serialize)]
pub struct Health {
    pub schema: i64,
    pub integrity: String,
    pub plan_versions: i64,
    pub sellers: i64,
    pub credit_lines: i64,
    pub scenarios: i64,
    pub changes: i64,
}

impl Workspace {
    /// Opens the workspace at `path`, creating it if there is no file: checks its
    /// integrity and migrates an older schema forward (after an automatic backup).
    pub fn open(path: &Path) -> Result<Workspace, StoreError> {
        let path = path.to_path_buf();
        let conn = Connection::open(&path).map_err(|source| StoreError::Sqlite {
            path: path.clone(),
            source,
        })?;
        let mut ws = Workspace {
            conn,
            path,
            who: default_who(),
        };
        ws.check_integrity()?;
        ws.conn.pragma_update(None, "journal_mode", "WAL").map_err(ws.sql())?;
        ws.conn.pragma_update(None, "foreign_keys", "ON").map_err(ws.sql())?;
        ws.migrate()?;
        Ok(ws)
    }

    /// Opens an existing workspace; a missing file is an error that says how to create one.
    pub fn open_existing(path: &Path) -> Result<Workspace, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        Workspace::open(path)
    }

    /// Opens an existing workspace and reads everything a calculation needs, as
    /// [`Workspace::open_existing`] then [`Workspace::inputs`] would, but faster: the
    /// integrity check runs on its own read-only connection while the data is read, and
    /// a damaged file is still refused before anything it held is returned.
    pub fn load(path: &Path, as_of: Option<NaiveDate>) -> Result<(Workspace, Inputs), StoreError> {
        Workspace::load_then(path, as_of, |_| ()).map(|(ws, inputs, ())| (ws, inputs))
    }

    /// [`Workspace::load`], then `first` over the inputs (the first calculation) while
    /// the integrity check is still running; `first`'s result is returned only once the
    /// check has passed. This is what opening a large workspace waits for.
    pub fn load_then<T>(
        path: &Path,
        as_of: Option<NaiveDate>,
        first: impl FnOnce(&Inputs) -> T,
    ) -> Result<(Workspace, Inputs, T), StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Sqlite {
            path: path.to_path_buf(),
            source,
        })?;
        let unreadable = |e: rusqlite::Error| StoreError::Damaged {
            path: path.to_path_buf(),
            message: format!(
                "is not a readable Plansight workspace ({e}); restore it from a backup or choose another file"
            ),
        };
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(unreadable)?;
        if version != SCHEMA_VERSION {
            // New, older or newer files take the careful path: check, back up, migrate.
            drop(conn);
            let ws = Workspace::open(path)?;
            let inputs = ws.inputs(as_of)?;
            let result = first(&inputs);
            return Ok((ws, inputs, result));
        }
        let ws = Workspace {
            conn,
            path: path.to_path_buf(),
            who: default_who(),
        };
        ws.conn.pragma_update(None, "journal_mode", "WAL").map_err(unreadable)?;
        ws.conn.pragma_update(None, "foreign_keys", "ON").map_err(ws.sql())?;
        let checker = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(ws.sql())?;
        let (checked, read) = std::thread::scope(|s| {
            let check = s.spawn(move || check_integrity(&checker, path));
            // Memory-mapped pages save the read a copy of every page (a third of its
            // time on a million lines). Only for this read: an I/O error on a mapped
            // file is a signal rather than an error, which the rest of the work avoids.
            let mapped = ws.conn.pragma_update(None, "mmap_size", MAPPED_READ);
            let read = ws.inputs(as_of);
            if mapped.is_ok() {
                ws.conn.pragma_update(None, "mmap_size", 0).map_err(ws.sql())?;
            }
            let read = read.map(|inputs| {
                let result = first(&inputs);
                (inputs, result)
            });
            Ok::<_, StoreError>((check.join().expect("the integrity check does not panic"), read))
        })?;
        checked?;
        let (inputs, result) = read?;
        Ok((ws, inputs, result))
    }

    /// Names who makes the following changes in the audit log (default: the OS user).
    pub fn set_who(&mut self, who: &str) {
        self.who = who.to_string();
    }

    /// Caps the file's size, as a full disk would (SQLite `max_page_count`).
    pub fn set_size_limit(&self, bytes: u64) -> Result<(), StoreError> {
        let page: i64 = self
            .conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .map_err(self.sql())?;
        self.conn
            .query_row(
                &format!("PRAGMA max_page_count = {}", (bytes as i64 / page).max(1)),
                [],
                |_| Ok(()),
            )
            .map_err(self.sql())
    }

    /// The file this workspace lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn sql(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |source| sql_error(&self.path, source)
    }

    fn read(&self) -> impl Fn(ReadError) -> StoreError + '_ {
        move |e| match e {
            ReadError::Sqlite(source) => sql_error(&self.path, source),
            ReadError::Unreadable(what) => StoreError::Damaged {
                path: self.path.clone(),
                message: format!("{what} holds a value this build cannot read; restore the workspace from a backup"),
            },
        }
    }

    fn check_integrity(&self) -> Result<(), StoreError> {
        check_integrity(&self.conn, &self.path)
    }

    /// The schema version of the file (0 for a new file).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(self.sql())
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let found = self.schema_version()?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: self.path.clone(),
                found,
            });
        }
        if found == SCHEMA_VERSION {
            return Ok(());
        }
        if found > 0 {
            backup::rolling(&self.conn, &self.path, &format!("before-migration-v{found}")).map_err(|source| {
                StoreError::Io {
                    path: self.path.clone(),
                    source,
                }
            })?;
        }
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| sql_error(&path, e))?;
        let done = if found == 0 {
            schema::create(&tx)
        } else {
            schema::migrate(&tx, found)
        };
        done.and_then(|_| tx.commit()).map_err(|e| sql_error(&path, e))
    }

    /// Writes `rows` and records them as one audited change, in one transaction:
    /// nothing is written unless all of it is.
    fn change(&mut self, action: &str, summary: &str, rows: &[RowChange]) -> Result<Option<i64>, StoreError> {
        if rows.is_empty() {
            return Ok(None);
        }
        let who = self.who.clone();
        self.in_transaction(|tx| audit::apply_and_record(tx, &who, action, summary, rows))
            .map(Some)
    }

    fn has_data(&self) -> Result<bool, StoreError> {
        self.conn
            .query_row("SELECT EXISTS (SELECT 1 FROM change)", [], |r| r.get(0))
            .map_err(self.sql())
    }

    fn backup_before(&self, why: &str) -> Result<(), StoreError> {
        if self.has_data()? {
            backup::rolling(&self.conn, &self.path, why).map_err(|source| StoreError::Io {
                path: self.path.clone(),
                source,
            })?;
        }
        Ok(())
    }

    /// The plan version in effect on `as_of` (default: the newest).
    pub fn plan_version(&self, as_of: Option<NaiveDate>) -> Result<PlanVersion, StoreError> {
        let date = as_of.map(|d| d.to_string());
        plans::in_effect(&self.conn, date.as_deref())
            .map_err(self.sql())?
            .ok_or_else(|| StoreError::Empty {
                path: self.path.clone(),
            })
    }

    /// Every plan version, oldest first.
    pub fn plan_versions(&self) -> Result<Vec<PlanVersion>, StoreError> {
        plans::all(&self.conn).map_err(self.sql())
    }

    fn plan(&self, as_of: Option<NaiveDate>) -> Result<Plan, StoreError> {
        let v = self.plan_version(as_of)?;
        Plan::parse(&v.file, &v.source).map_err(StoreError::Input)
    }

    /// The next plan version (not yet written) of this plan source.
    fn new_version(
        &self,
        file: &str,
        source: &str,
        document: Option<&str>,
        effective: NaiveDate,
    ) -> Result<PlanVersion, StoreError> {
        Ok(PlanVersion {
            version: plans::next_version(&self.conn).map_err(self.sql())?,
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
        self.backup_before("before-import")?;
        let v = self.new_version(file, source, document, effective.unwrap_or(plan.start))?;
        let version = v.version;
        let rows = [RowChange {
            table: &audit::PLAN_VERSION,
            before: None,
            after: Some(plans::version_row(&v)),
        }];
        self.change(
            "import plan",
            &format!(
                "plan {} version {version} from {file}, effective {}",
                plan.id, v.effective
            ),
            &rows,
        )?;
        Ok(version)
    }

    /// What importing these deals (already in Plansight's columns) would change; the
    /// problems of every bad row instead, when there are any.
    pub fn preview_deals(&self, file: &str, bytes: &[u8], source: &str) -> Result<Report, StoreError> {
        let (report, _) = self.diff_deals(file, bytes, source)?;
        Ok(report)
    }

    fn diff_deals(&self, file: &str, bytes: &[u8], source: &str) -> Result<(Report, lines::Diff), StoreError> {
        let plan = self.plan(None)?;
        let new = parse_deals(file, bytes, Some(&plan.currency)).map_err(StoreError::Input)?;
        let stored = lines::read_lines(&self.conn).map_err(self.read())?;
        let diff = lines::diff_lines(&stored, &new, source);
        let mut report = Report::of(&diff);
        report.first = new.into_iter().take(10).collect();
        Ok((report, diff))
    }

    /// Imports deals as the lines of `source` (a file name): lines of the same deal and
    /// seller are updated, new ones added, and this source's lines missing from the file
    /// removed. One transaction, one audited change.
    pub fn import_deals(&mut self, file: &str, bytes: &[u8], source: &str) -> Result<Report, StoreError> {
        let (mut report, diff) = self.diff_deals(file, bytes, source)?;
        if !diff.rows.is_empty() {
            self.backup_before("before-import")?;
        }
        report.change = self.change(
            "import deals",
            &format!("deals from {source}: {}", report.counts()),
            &diff.rows,
        )?;
        Ok(report)
    }

    /// Edits credit lines by hand, as one audited change: each edit replaces the stored
    /// line `before` (matched by deal and seller) with `after`; no `before` adds a line
    /// (as the lines of `source`), no `after` removes one. The lines must already be
    /// valid (the app reads them through the deals parser).
    pub fn edit_lines(
        &mut self,
        action: &str,
        summary: &str,
        edits: &[(Option<CreditLine>, Option<CreditLine>)],
        source: &str,
    ) -> Result<i64, StoreError> {
        let path = self.path.clone();
        let refused = |message: String| StoreError::Refused {
            path: path.clone(),
            message,
        };
        let mut next: i64 = self
            .conn
            .query_row("SELECT coalesce(max(row), 0) + 1 FROM credit_line", [], |r| r.get(0))
            .map_err(self.sql())?;
        let mut rows = Vec::with_capacity(edits.len());
        for (before, after) in edits {
            let stored = match before {
                Some(b) => Some(
                    self.conn
                        .query_row("SELECT row, source FROM credit_line WHERE id = ?1 AND seller = ?2", [&b.id, &b.seller], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?)))
                        .map_err(|_| refused(format!("deal {} of {} is not in the workspace (it may have been changed meanwhile); reload and try again", b.id, b.seller)))?,
                ),
                None => None,
            };
            if let Some(a) = after {
                let moved = before
                    .as_ref()
                    .is_none_or(|b| (b.id.as_str(), b.seller.as_str()) != (a.id.as_str(), a.seller.as_str()));
                let taken: bool = self
                    .conn
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
                Some((row, src)) => (*row, src.clone()),
                None => {
                    next += 1;
                    (next - 1, Some(source.to_string()))
                }
            };
            rows.push(RowChange {
                table: &audit::CREDIT_LINE,
                before: before
                    .as_ref()
                    .map(|b| lines::line_row(row, b, stored.as_ref().and_then(|s| s.1.as_deref()))),
                after: after.as_ref().map(|a| lines::line_row(row, a, line_source.as_deref())),
            });
        }
        self.change(action, summary, &rows)?
            .ok_or_else(|| refused("nothing to change".into()))
    }

    /// What importing this roster would change, or its problems.
    pub fn preview_sellers(&self, file: &str, bytes: &[u8]) -> Result<Report, StoreError> {
        Ok(self.diff_sellers(file, bytes)?.0)
    }

    fn diff_sellers(&self, file: &str, bytes: &[u8]) -> Result<(Report, lines::Diff), StoreError> {
        let plan = self.plan(None)?;
        let new = parse_sellers(file, bytes, &plan).map_err(StoreError::Input)?;
        let stored = lines::read_roster(&self.conn).map_err(self.read())?;
        let diff = lines::diff_roster(&stored, &new);
        Ok((Report::of(&diff), diff))
    }

    /// Replaces the roster with this one (by seller id), as one audited change named
    /// after `source` (the export's file name).
    pub fn import_sellers(&mut self, file: &str, bytes: &[u8], source: &str) -> Result<Report, StoreError> {
        let (mut report, diff) = self.diff_sellers(file, bytes)?;
        if !diff.rows.is_empty() {
            self.backup_before("before-import")?;
        }
        report.change = self.change(
            "import sellers",
            &format!("roster from {source}: {}", report.counts()),
            &diff.rows,
        )?;
        Ok(report)
    }

    /// A whole import in one transaction: a plan version, and the deals and roster
    /// (validated against that plan). On any problem nothing is written and every
    /// problem is returned. Returns (sellers, credit lines) read.
    pub fn import(&mut self, files: &ImportFiles) -> Result<(usize, usize), StoreError> {
        let plan = Plan::parse(files.plan_file, files.plan).map_err(StoreError::Input)?;
        let mut problems = Problems::default();
        let new_lines = parse_deals(files.deals_file, files.deals, Some(&plan.currency))
            .map_err(|p| problems.extend(p))
            .ok();
        let roster = match files.sellers {
            Some((name, bytes)) => parse_sellers(name, bytes, &plan)
                .map(Some)
                .map_err(|p| problems.extend(p))
                .ok(),
            None => Some(None),
        };
        let (Some(new_lines), Some(roster)) = (new_lines, roster) else {
            return Err(StoreError::Input(problems));
        };
        self.backup_before("before-import")?;
        let v = self.new_version(files.plan_file, files.plan, files.document, plan.start)?;
        let version = v.version;
        let stored = lines::read_lines(&self.conn).map_err(self.read())?;
        let old_roster = lines::read_roster(&self.conn).map_err(self.read())?;
        let mut rows = vec![RowChange {
            table: &audit::PLAN_VERSION,
            before: None,
            after: Some(plans::version_row(&v)),
        }];
        let deals = lines::diff_lines(&stored, &new_lines, files.deals_file);
        let sellers = lines::diff_roster(&old_roster, roster.as_deref().unwrap_or(&[]));
        let summary = format!(
            "plan {} version {version}; deals from {}: {}; roster: {} added",
            plan.id,
            files.deals_file,
            Report::of(&deals).counts(),
            sellers.added
        );
        rows.extend(deals.rows);
        rows.extend(sellers.rows);
        self.change("import", &summary, &rows)?;
        Ok((roster.map_or(0, |r| r.len()), new_lines.len()))
    }

    /// Saves (or replaces) a scenario under its name, after checking it reads.
    pub fn save_scenario(&mut self, file: &str, source: &str, notes: Option<&str>) -> Result<String, StoreError> {
        let sc = Scenario::parse(file, source).map_err(StoreError::Input)?;
        if sc.name.trim().is_empty() {
            return Err(StoreError::Refused {
                path: self.path.clone(),
                message: format!("{file}: the scenario has no name; add name = \"...\" to save it"),
            });
        }
        let before = saved::scenario(&self.conn, &sc.name).map_err(self.sql())?;
        let after = SavedScenario {
            name: sc.name.clone(),
            notes: notes.map(str::to_string),
            source: source.to_string(),
            saved: now(),
        };
        let rows = [RowChange {
            table: &audit::SCENARIO,
            before: before.as_ref().map(saved::scenario_row),
            after: Some(saved::scenario_row(&after)),
        }];
        let verb = if before.is_some() { "replaced" } else { "saved" };
        self.change("save scenario", &format!("scenario \"{}\" {verb}", sc.name), &rows)?;
        Ok(sc.name)
    }

    /// Deletes a saved scenario.
    pub fn delete_scenario(&mut self, name: &str) -> Result<(), StoreError> {
        let Some(before) = saved::scenario(&self.conn, name).map_err(self.sql())? else {
            return Err(StoreError::Refused {
                path: self.path.clone(),
                message: format!("no saved scenario is named \"{name}\""),
            });
        };
        let rows = [RowChange {
            table: &audit::SCENARIO,
            before: Some(saved::scenario_row(&before)),
            after: None,
        }];
        self.change("delete scenario", &format!("scenario \"{name}\" deleted"), &rows)?;
        Ok(())
    }

    /// The saved scenario of this name.
    pub fn scenario(&self, name: &str) -> Result<Option<SavedScenario>, StoreError> {
        saved::scenario(&self.conn, name).map_err(self.sql())
    }

    /// Every saved scenario, by name.
    pub fn scenarios(&self) -> Result<Vec<SavedScenario>, StoreError> {
        saved::scenarios(&self.conn).map_err(self.sql())
    }

    /// The mapping remembered for this source file and kind (`deals` or `sellers`).
    pub fn mapping(&self, source: &str, kind: &str) -> Result<Option<String>, StoreError> {
        saved::mapping(&self.conn, source, kind).map_err(self.sql())
    }

    /// Remembers the mapping used for a source file.
    pub fn remember_mapping(&self, source: &str, kind: &str, spec: &str) -> Result<(), StoreError> {
        saved::remember_mapping(&self.conn, source, kind, spec).map_err(self.sql())
    }

    /// Appends a turn to the assistant's conversation.
    pub fn add_turn(&self, seller: Option<&str>, role: &str, text: &str) -> Result<(), StoreError> {
        saved::add_turn(&self.conn, seller, role, text).map_err(self.sql())
    }

    /// The newest `limit` turns of the conversation, oldest first.
    pub fn conversation(&self, limit: usize) -> Result<Vec<saved::Turn>, StoreError> {
        saved::conversation(&self.conn, limit).map_err(self.sql())
    }

    /// Undoes the newest change; `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Result<Option<Change>, StoreError> {
        self.in_transaction(audit::undo)
    }

    /// Redoes the oldest undone change; `None` when there is nothing to redo.
    pub fn redo(&mut self) -> Result<Option<Change>, StoreError> {
        self.in_transaction(audit::redo)
    }

    fn in_transaction<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| sql_error(&path, e))?;
        let out = f(&tx).map_err(|e| sql_error(&path, e))?;
        tx.commit().map_err(|e| sql_error(&path, e))?;
        Ok(out)
    }

    /// The newest `limit` changes, newest first.
    pub fn history(&self, limit: usize) -> Result<Vec<Change>, StoreError> {
        audit::history(&self.conn, limit).map_err(self.sql())
    }

    /// Writes a consistent copy of the workspace to `to` (SQLite's online backup).
    pub fn backup_to(&self, to: &Path) -> Result<(), StoreError> {
        backup::copy(&self.conn, to).map_err(|e| sql_error(to, e))
    }

    /// Replaces the workspace with the backup at `from`, after checking the backup and
    /// taking an automatic backup of the current state.
    pub fn restore_from(&mut self, from: &Path) -> Result<(), StoreError> {
        if !from.exists() {
            return Err(StoreError::Refused {
                path: from.to_path_buf(),
                message: "no such backup file".into(),
            });
        }
        let check = Workspace {
            conn: Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY)
                .map_err(|e| sql_error(from, e))?,
            path: from.to_path_buf(),
            who: String::new(),
        };
        check.check_integrity()?;
        let found = check.schema_version()?;
        if found == 0 || found > SCHEMA_VERSION {
            return Err(StoreError::Refused {
                path: from.to_path_buf(),
                message: format!("is not a backup this build can restore (schema {found})"),
            });
        }
        drop(check);
        backup::rolling(&self.conn, &self.path, "before-restore").map_err(|source| StoreError::Io {
            path: self.path.clone(),
            source,
        })?;
        backup::restore(&mut self.conn, from).map_err(self.sql())?;
        self.migrate()
    }

    /// Integrity, schema and counts.
    pub fn check(&self) -> Result<Health, StoreError> {
        self.check_integrity()?;
        let count = |t: &str| -> Result<i64, StoreError> {
            self.conn
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                .map_err(self.sql())
        };
        Ok(Health {
            schema: self.schema_version()?,
            integrity: "ok".into(),
            plan_versions: count("plan_version")?,
            sellers: count("seller")?,
            credit_lines: count("credit_line")?,
            scenarios: count("scenario")?,
            changes: count("change")?,
        })
    }

    /// Writes the workspace out as the CLI's files: the plan in effect (and its
    /// document), deals.csv, sellers.csv (when there is a roster) and every saved
    /// scenario under `scenarios/`. Returns the files written.
    pub fn export(&self, dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
        let v = self.plan_version(None)?;
        let io = |source| StoreError::Io {
            path: dir.to_path_buf(),
            source,
        };
        let plan_name = Path::new(&v.file)
            .file_name()
            .map_or("plan.toml".into(), |n| n.to_string_lossy().into_owned());
        let mut out = vec![export::write(dir, &plan_name, v.source.as_bytes()).map_err(io)?];
        if let Some(doc) = &v.document {
            let name = Plan::parse(&v.file, &v.source)
                .ok()
                .and_then(|p| p.document)
                .unwrap_or_else(|| "plan.md".into());
            out.push(export::write(dir, &name, doc.as_bytes()).map_err(io)?);
        }
        let lines: Vec<CreditLine> = lines::read_credit_lines(&self.conn).map_err(self.read())?;
        out.push(export::write(dir, "deals.csv", &export::deals_csv(&lines)).map_err(io)?);
        let roster = self.roster()?;
        if !roster.is_empty() {
            out.push(export::write(dir, "sellers.csv", &export::sellers_csv(&roster)).map_err(io)?);
        }
        for sc in self.scenarios()? {
            out.push(
                export::write(
                    dir,
                    &format!("scenarios/{}", export::scenario_file(&sc.name)),
                    sc.source.as_bytes(),
                )
                .map_err(io)?,
            );
        }
        Ok(out)
    }

    /// The plan document of the plan in effect, if any.
    pub fn document(&self) -> Result<Option<String>, StoreError> {
        Ok(self.plan_version(None)?.document)
    }

    /// The roster (empty when none was imported).
    pub fn roster(&self) -> Result<Vec<Seller>, StoreError> {
        lines::read_roster(&self.conn).map_err(self.read())
    }

    /// Everything a calculation reads, with the plan version in effect on `as_of`.
    pub fn inputs(&self, as_of: Option<NaiveDate>) -> Result<Inputs, StoreError> {
        let plan = self.plan(as_of)?;
        let lines = lines::read_credit_lines(&self.conn).map_err(self.read())?;
        let roster = self.roster()?;
        let roster = if roster.is_empty() { None } else { Some(roster) };
        Ok(Inputs {
            plan,
            lines,
            roster,
            as_of,
        })
    }
}

/// The most of a workspace file that a first read maps into memory (4 GB).
const MAPPED_READ: i64 = 1 << 32;

/// `PRAGMA integrity_check` of the file behind `conn`, as the error a user reads.
fn check_integrity(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let damaged = |message: String| StoreError::Damaged {
        path: path.to_path_buf(),
        message,
    };
    // A file that is not SQLite at all fails on the first read.
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| {
            damaged(format!(
                "is not a readable Plansight workspace ({e}); restore it from a backup or choose another file"
            ))
        })?;
    if check != "ok" {
        return Err(damaged(format!(
            "the workspace file is damaged ({check}); restore it from a backup (plansight workspace restore)"
        )));
    }
    Ok(())
}

fn sql_error(path: &Path, source: rusqlite::Error) -> StoreError {
    match source.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => StoreError::Full {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => StoreError::Damaged {
            path: path.to_path_buf(),
            message: format!(
                "the workspace file is damaged ({source}); restore it from a backup (plansight workspace restore)"
            ),
        },
        _ => StoreError::Sqlite {
            path: path.to_path_buf(),
            source,
        },
    }
}

fn default_who() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "unknown".into())
}
