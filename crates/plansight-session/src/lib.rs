//! What the desktop app holds open: a workspace, its inputs, the columnar frame and the
//! calculation, and everything the screens do with them: deal edits (audited, undoable),
//! the simulator, saved scenarios, charts and imports. `src-tauri` only forwards its
//! commands here, so all of it is tested without a window.
//!
//! Errors are sentences for the user (what is wrong, what to do), since the UI shows
//! them as they are.

mod charts;
mod deals;
mod imports;
pub mod model;
mod review;
mod sample;
mod simulator;

pub use charts::ChartKind;
pub use simulator::scenario_toml;

use plansight_engine::{calculate_frame, LineFrame};
use plansight_plan::{Calculation, CreditLine, Inputs, Seller};
use plansight_store::{StoreError, Workspace};
use plansight_view::{AnswerFigure, AssistantAnswer, HistoryEntry, Overview, SellerDetail};
use std::path::Path;

/// An error in words, for the UI to show.
pub type Failure = String;

fn words(e: impl std::fmt::Display) -> Failure {
    e.to_string()
}

/// One seller's lines and roster entry, kept while the simulator works on that seller.
struct Slice {
    seller: String,
    lines: Vec<CreditLine>,
    roster: Option<Vec<Seller>>,
}

/// An open workspace and its current calculation.
pub struct Session {
    ws: Workspace,
    inputs: Inputs,
    frame: LineFrame,
    calc: Calculation,
    slice: Option<Slice>,
    /// The plan designer's last proposed calculation, by the change that made it: the
    /// preview's table and its chart ask for the same one.
    preview: Option<(String, Calculation)>,
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
                    return Ok(Session {
                        ws,
                        inputs,
                        frame,
                        calc: calc.map_err(words)?,
                        slice: None,
                        preview: None,
                    })
                }
                Err(StoreError::Empty { .. }) => {}
                Err(e) => return Err(words(e)),
            }
        }
        let mut ws = Workspace::open(path).map_err(words)?;
        if ws.plan_versions().map_err(words)?.is_empty() {
            sample::seed(&mut ws)?;
        }
        Session::over(ws)
    }

    /// Reads and computes `ws` as it is now.
    fn over(ws: Workspace) -> Result<Session, Failure> {
        let inputs = ws.inputs(None).map_err(words)?;
        let frame = LineFrame::new(&inputs);
        let calc = calculate_frame(&inputs, &frame).map_err(words)?;
        Ok(Session {
            ws,
            inputs,
            frame,
            calc,
            slice: None,
            preview: None,
        })
    }

    /// Re-reads the workspace after a change and recomputes it.
    fn refresh(&mut self) -> Result<(), Failure> {
        self.inputs = self.ws.inputs(None).map_err(words)?;
        self.frame = LineFrame::new(&self.inputs);
        self.calc = calculate_frame(&self.inputs, &self.frame).map_err(words)?;
        self.slice = None;
        self.preview = None;
        Ok(())
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
        self.ws.path()
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
    pub fn document(&self) -> Result<Option<String>, Failure> {
        self.ws.document().map_err(words)
    }

    /// The assistant's answer to `question`, asked by `seller` (read only: what-ifs run
    /// in memory).
    pub fn ask(&self, seller: &str, question: &str) -> Result<AssistantAnswer, Failure> {
        Ok(answer_view(
            self.answer(seller, question)?,
            plansight_ask::Wording::Template,
            None,
        ))
    }

    /// The same answer worded by the bundled model through `worker`, streaming its text
    /// to `on_piece` (see [`worded`]).
    pub fn ask_with_model(
        &self,
        seller: &str,
        question: &str,
        worker: &mut plansight_ask::worker::Worker,
        on_piece: impl FnMut(&str) -> bool,
    ) -> Result<AssistantAnswer, Failure> {
        Ok(worded(self.answer(seller, question)?, question, worker, on_piece))
    }

    /// The assistant's answer as the engine gives it, before any wording by the model.
    pub fn answer(&self, seller: &str, question: &str) -> Result<plansight_ask::Answer, Failure> {
        let document = self.document()?;
        let scenarios: Vec<(String, String)> = self
            .ws
            .scenarios()
            .map_err(words)?
            .into_iter()
            .map(|s| (s.name, s.source))
            .collect();
        let ctx = plansight_ask::Context {
            inputs: &self.inputs,
            calc: &self.calc,
            document: document.as_deref(),
            scenarios: &scenarios,
        };
        Ok(plansight_ask::ask(&ctx, seller, question))
    }

    /// Undoes the newest change; says what was undone (`None`: nothing left to undo).
    pub fn undo(&mut self) -> Result<Option<String>, Failure> {
        let done = self.ws.undo().map_err(words)?;
        self.refresh()?;
        Ok(done.map(|c| format!("Undone: {}", c.summary)))
    }

    /// Redoes the oldest undone change; says what was redone.
    pub fn redo(&mut self) -> Result<Option<String>, Failure> {
        let done = self.ws.redo().map_err(words)?;
        self.refresh()?;
        Ok(done.map(|c| format!("Redone: {}", c.summary)))
    }

    /// The newest changes, newest first.
    pub fn history(&self, limit: usize) -> Result<Vec<HistoryEntry>, Failure> {
        Ok(self
            .ws
            .history(limit)
            .map_err(words)?
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

/// An answer worded by the bundled model through `worker` (its text streamed to
/// `on_piece`); the template's words stand when the model's fail the figure check or the
/// model is unavailable (the answer then says why). Needs no session, so a window can
/// let the model write without holding the workspace.
pub fn worded(
    a: plansight_ask::Answer,
    question: &str,
    worker: &mut plansight_ask::worker::Worker,
    on_piece: impl FnMut(&str) -> bool,
) -> AssistantAnswer {
    match plansight_ask::reword(&a, question, worker, on_piece) {
        Ok((worded, wording)) => answer_view(worded, wording, None),
        Err(e) => answer_view(a, plansight_ask::Wording::Template, Some(e.to_string())),
    }
}

fn answer_view(a: plansight_ask::Answer, wording: plansight_ask::Wording, note: Option<String>) -> AssistantAnswer {
    AssistantAnswer {
        intent: a.intent.to_string(),
        arguments: a.arguments.to_string(),
        answer: a.answer,
        figures: a
            .figures
            .into_iter()
            .map(|(name, value)| AnswerFigure { name, value })
            .collect(),
        citations: a.citations,
        wording: match wording {
            plansight_ask::Wording::Template => "template",
            plansight_ask::Wording::Model => "model",
        }
        .into(),
        note,
    }
}

fn no_seller(id: &str) -> Failure {
    format!("There is no seller \"{id}\" in this workspace.")
}
