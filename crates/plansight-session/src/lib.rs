//! What the desktop app holds open: a workspace, its inputs, the columnar frame and the
//! calculation, and everything the screens do with them: deal edits (audited, undoable),
//! the simulator, saved scenarios, charts and imports. `src-tauri` only forwards its
//! commands here, so all of it is tested without a window.
//!
//! Errors are sentences for the user (what is wrong, what to do), since the UI shows
//! them as they are.

mod assistant;
pub mod authoring;
mod charts;
mod deals;
mod designer;
mod error;
pub mod forecast;
pub mod health;
mod import_guess;
pub mod imports;
pub mod model;
pub mod optimise;
mod review;
mod sample;
mod simulator;
pub mod statements;
pub mod workspaces;

pub use assistant::{answer, reworded, worded, Asked};
pub use charts::ChartKind;
pub use error::{Failure, FailureKind};
pub use simulator::scenario_toml;

use plansight_engine::{calculate_frame, LineFrame};
use plansight_plan::{Calculation, CreditLine, Inputs, Seller};
use plansight_store::{StoreError, Workspace};
use plansight_view::{DocumentView, HistoryEntry, Overview, SellerDetail};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// One seller's lines and roster entry, kept while the simulator works on that seller.
struct Slice {
    seller: String,
    lines: Vec<CreditLine>,
    roster: Option<Vec<Seller>>,
}

/// An open workspace and its current calculation.
pub struct Session {
    /// Behind a mutex so the session can be shared by the app's readers (a SQLite
    /// connection is not shareable between threads itself); held only while the
    /// workspace file is read or written.
    ws: Mutex<Workspace>,
    /// The workspace file.
    path: PathBuf,
    inputs: Inputs,
    frame: LineFrame,
    calc: Calculation,
    slice: Option<Slice>,
    /// The plan designer's last proposed calculation, by the change that made it: the
    /// preview's table and its chart ask for the same one.
    preview: Option<(String, Calculation)>,
    /// The workspace's data version when it was last read: another process's change
    /// moves it (see [`Session::reload_if_changed`]).
    seen: i64,
    /// The data-health checker over the current lines, built when first asked for; a
    /// deal edit re-checks only what the edited line touches.
    health: Option<plansight_health::Checker>,
}

impl Session {
    /// Opens the workspace at `path` and computes it; a file without a plan (a first
    /// start) is seeded with the bundled sample workspace, as one entry of its history.
    pub fn open(path: &Path) -> Result<Session, Failure> {
        if path.exists() {
            let first = |i: &Inputs| {
                let frame = LineFrame::new(i);
                let calc = calculate_frame(i, &frame);
                (frame, calc)
            };
            match Workspace::load_then(path, None, first) {
                Ok((ws, inputs, (frame, calc))) => {
                    let seen = ws.data_version()?;
                    return Ok(Session {
                        path: ws.path().to_path_buf(),
                        ws: Mutex::new(ws),
                        inputs,
                        frame,
                        calc: calc?,
                        slice: None,
                        preview: None,
                        seen,
                        health: None,
                    });
                }
                Err(StoreError::Empty { .. }) => {}
                Err(e) => return Err(e.into()),
            }
        }
        let mut ws = Workspace::open(path)?;
        if ws.plan_versions()?.is_empty() {
            sample::seed(&mut ws)?;
        }
        Session::over(ws)
    }

    /// Opens the workspace at `path` as it is: a missing file is an error (never created),
    /// and so is a workspace without a plan (never seeded with the sample). The CLI's
    /// commands over a workspace and the app's *Open…* use this.
    pub fn open_existing(path: &Path) -> Result<Session, Failure> {
        let ws = Workspace::open_existing(path)?;
        Session::over(ws)
    }

    /// Reads and computes `ws` as it is now.
    fn over(ws: Workspace) -> Result<Session, Failure> {
        let seen = ws.data_version()?;
        let inputs = ws.inputs(None)?;
        let frame = LineFrame::new(&inputs);
        let calc = calculate_frame(&inputs, &frame)?;
        Ok(Session {
            path: ws.path().to_path_buf(),
            ws: Mutex::new(ws),
            inputs,
            frame,
            calc,
            slice: None,
            preview: None,
            seen,
            health: None,
        })
    }

    /// Re-reads the workspace after a change and recomputes it.
    fn refresh(&mut self) -> Result<(), Failure> {
        let (seen, inputs) = {
            let ws = self.ws();
            (ws.data_version()?, ws.inputs(None)?)
        };
        (self.seen, self.inputs) = (seen, inputs);
        self.frame = LineFrame::new(&self.inputs);
        self.calc = calculate_frame(&self.inputs, &self.frame)?;
        self.slice = None;
        self.preview = None;
        self.health = None;
        Ok(())
    }

    /// [`Session::refresh`] after the session's own line edits: the health checker, if
    /// built, re-checks only what the edited lines touch.
    fn refresh_edited(&mut self, edits: &[(Option<CreditLine>, Option<CreditLine>)]) -> Result<(), Failure> {
        let kept = self.health.take();
        self.refresh()?;
        if let Some(mut c) = kept {
            c.edit(edits, Some(self.calc.clone()));
            self.health = Some(c);
        }
        Ok(())
    }

    /// Reads the workspace again when another process (the CLI, a second window)
    /// changed it since it was last read, so no screen shows stale figures and no change
    /// is made over them; true when it did.
    pub fn reload_if_changed(&mut self) -> Result<bool, Failure> {
        let now = self.ws().data_version()?;
        if now == self.seen {
            return Ok(false);
        }
        self.refresh()?;
        Ok(true)
    }

    /// The inputs of the current calculation.
    pub fn inputs(&self) -> &Inputs {
        &self.inputs
    }

    /// The current calculation.
    pub fn calculation(&self) -> &Calculation {
        &self.calc
    }

    /// The workspace file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The workspace, alone (a panic elsewhere while it was held leaves the connection
    /// usable: SQLite rolled back any open transaction).
    fn ws(&self) -> MutexGuard<'_, Workspace> {
        self.ws.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The first screen: plan and team.
    pub fn overview(&self) -> Overview {
        plansight_view::overview(&self.inputs, &self.calc)
    }

    /// One seller's attainment and payouts.
    pub fn seller_detail(&self, id: &str) -> Result<SellerDetail, Failure> {
        plansight_view::seller_detail(&self.inputs, &self.calc, id).ok_or_else(|| no_seller(id))
    }

    /// The plan document in effect, if the workspace has one.
    pub fn document(&self) -> Result<Option<DocumentView>, Failure> {
        Ok(self
            .ws()
            .document()?
            .map(|text| plansight_view::document_view(&self.inputs.plan, &text)))
    }

    /// Undoes the newest change; says what was undone (`None`: nothing left to undo).
    pub fn undo(&mut self) -> Result<Option<String>, Failure> {
        let done = self.ws().undo()?;
        self.refresh()?;
        Ok(done.map(|c| format!("Undone: {}", c.summary)))
    }

    /// Redoes the oldest undone change; says what was redone.
    pub fn redo(&mut self) -> Result<Option<String>, Failure> {
        let done = self.ws().redo()?;
        self.refresh()?;
        Ok(done.map(|c| format!("Redone: {}", c.summary)))
    }

    /// The newest changes, newest first.
    pub fn history(&self, limit: usize) -> Result<Vec<HistoryEntry>, Failure> {
        Ok(self
            .ws()
            .history(limit)?
            .into_iter()
            .map(|c| HistoryEntry {
                id: c.id as i32,
                at: c.at,
                who: c.who,
                action: c.action,
                summary: c.summary,
                state: c.state,
            })
            .collect())
    }
}

fn no_seller(id: &str) -> Failure {
    Failure::not_found(format!("There is no seller \"{id}\" in this workspace.")).at(id)
}
