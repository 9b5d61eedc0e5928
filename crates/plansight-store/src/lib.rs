//! The Plansight workspace: one SQLite file (bundled SQLite) holding the plan, its plan
//! document, the roster and the credit lines.
//!
//! Opening checks the file (`PRAGMA integrity_check`) and its schema version; every
//! import is one transaction, so a bad input or a crash leaves the workspace as it was.
//! Inputs are validated by the same parsers as the CLI before anything is written.

use chrono::NaiveDate;
use plansight_plan::{parse_deals, parse_sellers, CreditLine, Inputs, Plan, Problems, Seller, Stage};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::path::{Path, PathBuf};

/// The schema this build writes and reads.
pub const SCHEMA_VERSION: i64 = 1;

const SCHEMA_V1: &str = "
CREATE TABLE plan (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    source      TEXT NOT NULL,
    file        TEXT NOT NULL,
    document    TEXT
);
CREATE TABLE seller (
    id                TEXT PRIMARY KEY,
    name              TEXT,
    manager           TEXT,
    territory         TEXT,
    role              TEXT,
    start_date        TEXT,
    end_date          TEXT,
    target_incentive  INTEGER,
    quotas            TEXT NOT NULL
);
CREATE TABLE credit_line (
    row          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL,
    seller       TEXT NOT NULL,
    amount       INTEGER NOT NULL,
    close_date   TEXT,
    stage        TEXT NOT NULL,
    deal_type    TEXT,
    product      TEXT,
    split        INTEGER NOT NULL,
    probability  INTEGER,
    term_months  INTEGER,
    cancel_date  TEXT,
    account      TEXT,
    name         TEXT,
    UNIQUE (id, seller)
);
";

/// Why a workspace could not be opened, read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {message}")]
    Damaged { path: PathBuf, message: String },
    #[error("{path}: the workspace was written by a newer Plansight (schema {found}, this build reads up to {SCHEMA_VERSION}); update Plansight")]
    TooNew { path: PathBuf, found: i64 },
    #[error("{path}: the workspace holds no plan yet; import one first")]
    Empty { path: PathBuf },
    #[error("{0}")]
    Input(Problems),
    #[error("{path}: {source}")]
    Sqlite { path: PathBuf, source: rusqlite::Error },
}

/// An open workspace file.
pub struct Workspace {
    conn: Connection,
    path: PathBuf,
}

/// The files of one import: plan TOML (with its file name), optional plan document,
/// deals CSV and optional sellers CSV, as bytes read by the caller.
pub struct ImportFiles<'a> {
    pub plan_file: &'a str,
    pub plan: &'a str,
    pub document: Option<&'a str>,
    pub deals_file: &'a str,
    pub deals: &'a [u8],
    pub sellers: Option<(&'a str, &'a [u8])>,
}

impl Workspace {
    /// Opens (creating if needed) the workspace at `path`, checking its integrity and
    /// bringing its schema up to date.
    pub fn open(path: &Path) -> Result<Workspace, StoreError> {
        let path = path.to_path_buf();
        let sql = |source| StoreError::Sqlite { path: path.clone(), source };
        let conn = Connection::open(&path).map_err(sql)?;
        let damaged = |message: String| StoreError::Damaged { path: path.clone(), message };
        // A file that is not SQLite at all fails on the first read.
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|e| damaged(format!("is not a readable Plansight workspace ({e}); restore it from a backup or choose another file")))?;
        if check != "ok" {
            return Err(damaged(format!("the workspace file is damaged ({check}); restore it from a backup")));
        }
        conn.pragma_update(None, "journal_mode", "WAL").map_err(sql)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(sql)?;
        let mut ws = Workspace { conn, path };
        ws.migrate()?;
        Ok(ws)
    }

    /// The file this workspace lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn sql(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |source| StoreError::Sqlite { path: self.path.clone(), source }
    }

    /// The schema version of the file (0 for a new file).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(self.sql())
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let found = self.schema_version()?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::TooNew { path: self.path.clone(), found });
        }
        if found == 0 {
            let path = self.path.clone();
            let tx = self.conn.transaction().map_err(|source| StoreError::Sqlite { path: path.clone(), source })?;
            tx.execute_batch(SCHEMA_V1).and_then(|_| tx.pragma_update(None, "user_version", SCHEMA_VERSION)).and_then(|_| tx.commit()).map_err(|source| StoreError::Sqlite { path, source })?;
        }
        Ok(())
    }

    /// Validates the files with the CLI's parsers, then replaces the workspace's plan,
    /// roster and credit lines with them in one transaction. On any problem nothing is
    /// written and every problem is returned.
    pub fn import(&mut self, files: &ImportFiles) -> Result<(usize, usize), StoreError> {
        let plan = Plan::parse(files.plan_file, files.plan).map_err(StoreError::Input)?;
        let mut problems = Problems::default();
        let lines = parse_deals(files.deals_file, files.deals, Some(&plan.currency)).map_err(|p| problems.extend(p)).ok();
        let roster = match files.sellers {
            Some((name, bytes)) => parse_sellers(name, bytes, &plan).map(Some).map_err(|p| problems.extend(p)).ok(),
            None => Some(None),
        };
        let (Some(lines), Some(roster)) = (lines, roster) else { return Err(StoreError::Input(problems)) };
        let path = self.path.clone();
        let sql = |source| StoreError::Sqlite { path: path.clone(), source };
        let tx = self.conn.transaction().map_err(sql)?;
        write_all(&tx, files, &lines, roster.as_deref()).map_err(sql)?;
        tx.commit().map_err(sql)?;
        Ok((roster.map_or(0, |r| r.len()), lines.len()))
    }

    /// The plan document stored with the plan, if any.
    pub fn document(&self) -> Result<Option<String>, StoreError> {
        Ok(self.conn.query_row("SELECT document FROM plan WHERE id = 1", [], |r| r.get(0)).optional().map_err(self.sql())?.flatten())
    }

    /// Everything a calculation reads.
    pub fn inputs(&self, as_of: Option<NaiveDate>) -> Result<Inputs, StoreError> {
        let sql = self.sql();
        let stored: Option<(String, String)> = self.conn.query_row("SELECT source, file FROM plan WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?))).optional().map_err(&sql)?;
        let Some((source, file)) = stored else { return Err(StoreError::Empty { path: self.path.clone() }) };
        let plan = Plan::parse(&file, &source).map_err(StoreError::Input)?;
        let damaged = |what: &str, id: &str| StoreError::Damaged { path: self.path.clone(), message: format!("{what} \"{id}\" holds a value this build cannot read; restore the workspace from a backup") };

        let mut stmt = self.conn.prepare("SELECT id, seller, amount, close_date, stage, deal_type, product, split, probability, term_months, cancel_date, account, name FROM credit_line ORDER BY row").map_err(&sql)?;
        let mut rows = stmt.query([]).map_err(&sql)?;
        let mut lines = Vec::new();
        while let Some(r) = rows.next().map_err(&sql)? {
            let id: String = r.get(0).map_err(&sql)?;
            let stage: String = r.get(4).map_err(&sql)?;
            let date = |i: usize| stored_date(r.get(i).map_err(&sql)?, || damaged("credit line", &id));
            lines.push(CreditLine {
                seller: r.get(1).map_err(&sql)?,
                amount: r.get(2).map_err(&sql)?,
                close_date: date(3)?,
                stage: Stage::parse(&stage).ok_or_else(|| damaged("credit line", &id))?,
                deal_type: r.get(5).map_err(&sql)?,
                product: r.get(6).map_err(&sql)?,
                split: r.get(7).map_err(&sql)?,
                probability: r.get(8).map_err(&sql)?,
                term_months: r.get(9).map_err(&sql)?,
                cancel_date: date(10)?,
                account: r.get(11).map_err(&sql)?,
                name: r.get(12).map_err(&sql)?,
                id,
            });
        }

        let mut stmt = self.conn.prepare("SELECT id, name, manager, territory, role, start_date, end_date, target_incentive, quotas FROM seller ORDER BY id").map_err(&sql)?;
        let mut rows = stmt.query([]).map_err(&sql)?;
        let mut roster = Vec::new();
        while let Some(r) = rows.next().map_err(&sql)? {
            let id: String = r.get(0).map_err(&sql)?;
            let date = |i: usize| stored_date(r.get(i).map_err(&sql)?, || damaged("seller", &id));
            let quotas: String = r.get(8).map_err(&sql)?;
            let quotas: Vec<(String, i64)> = serde_json::from_str(&quotas).map_err(|_| damaged("seller", &id))?;
            roster.push(Seller {
                name: r.get(1).map_err(&sql)?,
                manager: r.get(2).map_err(&sql)?,
                territory: r.get(3).map_err(&sql)?,
                role: r.get(4).map_err(&sql)?,
                start_date: date(5)?,
                end_date: date(6)?,
                target_incentive: r.get(7).map_err(&sql)?,
                quotas,
                id,
            });
        }
        let roster = if roster.is_empty() { None } else { Some(roster) };
        Ok(Inputs { plan, lines, roster, as_of })
    }
}

/// A stored `YYYY-MM-DD` column; `bad` explains a value this build cannot read.
fn stored_date(text: Option<String>, bad: impl Fn() -> StoreError) -> Result<Option<NaiveDate>, StoreError> {
    text.map(|t| t.parse().map_err(|_| bad())).transpose()
}

fn write_all(tx: &Transaction, files: &ImportFiles, lines: &[CreditLine], roster: Option<&[Seller]>) -> rusqlite::Result<()> {
    tx.execute_batch("DELETE FROM credit_line; DELETE FROM seller; DELETE FROM plan;")?;
    tx.execute("INSERT INTO plan (id, source, file, document) VALUES (1, ?1, ?2, ?3)", params![files.plan, files.plan_file, files.document])?;
    let text = |d: Option<NaiveDate>| d.map(|d| d.to_string());
    let mut insert = tx.prepare("INSERT INTO credit_line (id, seller, amount, close_date, stage, deal_type, product, split, probability, term_months, cancel_date, account, name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")?;
    for l in lines {
        insert.execute(params![l.id, l.seller, l.amount, text(l.close_date), l.stage.as_str(), l.deal_type, l.product, l.split, l.probability, l.term_months, text(l.cancel_date), l.account, l.name])?;
    }
    let mut insert = tx.prepare("INSERT INTO seller (id, name, manager, territory, role, start_date, end_date, target_incentive, quotas) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")?;
    for s in roster.unwrap_or(&[]) {
        let quotas = serde_json::to_string(&s.quotas).expect("pairs of text and integers serialise");
        insert.execute(params![s.id, s.name, s.manager, s.territory, s.role, text(s.start_date), text(s.end_date), s.target_incentive, quotas])?;
    }
    Ok(())
}
