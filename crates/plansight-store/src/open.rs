//! Opening a workspace: the integrity check, the schema version and its migrations, and
//! the first read ([`Workspace::load`]); and [`Workspace::check`], the same check on
//! demand with what the file holds.

use crate::error::sql_error;
use crate::{backup, schema, StoreError, Workspace, BUSY_WAIT, SCHEMA_VERSION};
use chrono::NaiveDate;
use plansight_plan::Inputs;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

/// The state of a workspace file, for `plansight workspace check`.
#[derive(Debug, serde::Serialize)]
pub struct Health {
    /// The schema version.
    pub schema: i64,
    /// `ok` (a damaged file is an error instead).
    pub integrity: String,
    /// How many plan versions are stored.
    pub plan_versions: i64,
    /// How many sellers the roster holds.
    pub sellers: i64,
    /// How many credit lines are stored.
    pub credit_lines: i64,
    /// How many scenarios are saved.
    pub scenarios: i64,
    /// How many changes the history holds.
    pub changes: i64,
}

impl Workspace {
    /// Opens the workspace at `path`, creating it if there is no file: checks its
    /// integrity and migrates an older schema forward (after an automatic backup).
    ///
    /// Several Plansights opening one new file at once may find it busy in ways SQLite
    /// does not wait for (switching to WAL, or a read turning into the first write while
    /// another opener writes): the open is then tried again, for up to [`BUSY_WAIT`].
    /// Every step of it is idempotent.
    pub fn open(path: &Path) -> Result<Workspace, StoreError> {
        let started = std::time::Instant::now();
        loop {
            match Workspace::open_once(path) {
                Err(StoreError::Busy { .. }) if started.elapsed() < BUSY_WAIT => {
                    std::thread::sleep(std::time::Duration::from_millis(20))
                }
                done => return done,
            }
        }
    }

    fn open_once(path: &Path) -> Result<Workspace, StoreError> {
        let path = path.to_path_buf();
        let conn = connect(&path, OpenFlags::default())?;
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
        let read = |ws: &Workspace| {
            ws.inputs(as_of).map(|inputs| {
                let result = first(&inputs);
                (inputs, result)
            })
        };
        Workspace::open_reading(path, read).map(|(ws, (inputs, result))| (ws, inputs, result))
    }

    /// [`Workspace::load`] with the credit lines in columns (the inputs' `lines` are
    /// empty), for a whole-team calculation.
    pub fn load_columns(
        path: &Path,
        as_of: Option<NaiveDate>,
    ) -> Result<(Workspace, Inputs, plansight_plan::DealColumns), StoreError> {
        Workspace::open_reading(path, |ws| ws.input_columns(as_of)).map(|(ws, (inputs, cols))| (ws, inputs, cols))
    }

    /// Opens the workspace and runs `read` on it while the integrity check runs on a
    /// second connection; `read`'s result is returned only once the check has passed.
    fn open_reading<R>(
        path: &Path,
        read: impl FnOnce(&Workspace) -> Result<R, StoreError>,
    ) -> Result<(Workspace, R), StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let conn = connect(path, OpenFlags::default())?;
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
            let result = read(&ws)?;
            return Ok((ws, result));
        }
        let ws = Workspace {
            conn,
            path: path.to_path_buf(),
            who: default_who(),
        };
        ws.conn.pragma_update(None, "journal_mode", "WAL").map_err(unreadable)?;
        ws.conn.pragma_update(None, "foreign_keys", "ON").map_err(ws.sql())?;
        let checker = connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let (checked, read) = std::thread::scope(|s| {
            // The quick check (every page and b-tree, not each index against its table)
            // takes a third of the full one, which `plansight workspace check` runs.
            let check = s.spawn(move || check_integrity(&checker, path, "quick_check"));
            // Memory-mapped pages save the read a copy of every page (a third of its
            // time on a million lines). Only for this read: an I/O error on a mapped
            // file is a signal rather than an error, which the rest of the work avoids.
            let mapped = ws.conn.pragma_update(None, "mmap_size", MAPPED_READ);
            let read = read(&ws);
            if mapped.is_ok() {
                ws.conn.pragma_update(None, "mmap_size", 0).map_err(ws.sql())?;
            }
            Ok::<_, StoreError>((check.join().expect("the integrity check does not panic"), read))
        })?;
        checked?;
        Ok((ws, read?))
    }

    /// The schema version of the file (0 for a new file).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(self.sql())
    }

    /// Integrity, schema and counts.
    pub fn check(&self) -> Result<Health, StoreError> {
        self.check_integrity()?;
        self.check_image()?;
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

    pub(crate) fn check_integrity(&self) -> Result<(), StoreError> {
        check_integrity(&self.conn, &self.path, "integrity_check")
    }

    /// Brings the file's schema to [`SCHEMA_VERSION`]: creates it in a new file, or
    /// migrates an older one forward after an automatic backup. The version is read
    /// again once the write lock is held: another Plansight opening the file at the same
    /// time may have migrated it meanwhile.
    pub(crate) fn migrate(&mut self) -> Result<(), StoreError> {
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
        self.write(|tx| {
            let found: i64 = tx
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .map_err(self.sql())?;
            match found {
                0 => schema::create(tx),
                SCHEMA_VERSION => Ok(()),
                newer if newer > SCHEMA_VERSION => {
                    return Err(StoreError::TooNew {
                        path: self.path.clone(),
                        found: newer,
                    })
                }
                older => schema::migrate(tx, older),
            }
            .map_err(self.sql())
        })
    }
}

/// The most of a workspace file that a first read maps into memory (4 GB).
const MAPPED_READ: i64 = 1 << 32;

/// `PRAGMA integrity_check` of the file behind `conn`, as the error a user reads.
/// Runs `pragma` (`integrity_check`, or the faster `quick_check`).
fn check_integrity(conn: &Connection, path: &Path, pragma: &str) -> Result<(), StoreError> {
    let damaged = |message: String| StoreError::Damaged {
        path: path.to_path_buf(),
        message,
    };
    // A file that is not SQLite at all fails on the first read.
    let check: String = conn
        .query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
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

/// A connection to the workspace file that waits up to [`BUSY_WAIT`] for another
/// writer.
fn connect(path: &Path, flags: OpenFlags) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(path, flags).map_err(|e| sql_error(path, e))?;
    conn.busy_timeout(BUSY_WAIT).map_err(|e| sql_error(path, e))?;
    Ok(conn)
}

/// Who changes the workspace when no one is named: the OS user.
fn default_who() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "unknown".into())
}
