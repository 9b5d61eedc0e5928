//! The one error that leaves the application layer, for the app and the CLI alike: a kind
//! the window can branch on (retry when busy, point at a field on bad input, offer a
//! restart on an internal fault), what happened, where, and what to do. It crosses to
//! TypeScript as the same shape (`ui/src/bindings/Failure.ts`).

use plansight_engine::EngineError;
use plansight_plan::Problems;
use plansight_store::StoreError;
use serde::Serialize;
use ts_rs::TS;

/// What kind of failure, so the window can decide what to offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FailureKind {
    /// Something the user typed, or a file they chose, is wrong: fix it and try again.
    Input,
    /// A seller, deal, scenario, plan version or chart that is not there.
    NotFound,
    /// Another Plansight (the CLI, another window) is writing to the workspace: try again.
    Busy,
    /// The workspace file cannot be opened, read or written (damaged, newer, full disk).
    Workspace,
    /// The language model cannot word answers (missing, wrong file, crashed).
    Model,
    /// A fault of Plansight itself; the workspace is safe.
    Internal,
}

/// A failure in words: what happened (`message`), where (`place`: a file, line and
/// column, a form field, a seller), and what to do (`fix`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[ts(export)]
#[error("{message}")]
pub struct Failure {
    /// What kind of failure.
    pub kind: FailureKind,
    /// What happened, as a sentence the window shows as it is.
    pub message: String,
    /// Where it happened, when that is a place the user can go to.
    #[serde(rename = "where")]
    #[ts(rename = "where")]
    pub place: Option<String>,
    /// What to do about it, when the message does not already say.
    pub fix: Option<String>,
}

impl Failure {
    /// A failure of `kind` with `message` and nothing else.
    pub fn new(kind: FailureKind, message: impl Into<String>) -> Failure {
        Failure {
            kind,
            message: message.into(),
            place: None,
            fix: None,
        }
    }

    /// Bad input from the user: fix it and try again.
    pub fn input(message: impl Into<String>) -> Failure {
        Failure::new(FailureKind::Input, message)
    }

    /// Something named that is not there.
    pub fn not_found(message: impl Into<String>) -> Failure {
        Failure::new(FailureKind::NotFound, message)
    }

    /// A fault of Plansight itself.
    pub fn internal(message: impl Into<String>) -> Failure {
        Failure::new(FailureKind::Internal, message)
    }

    /// The language model cannot be used.
    pub fn model(message: impl Into<String>) -> Failure {
        Failure::new(FailureKind::Model, message)
    }

    /// Adds where it happened.
    pub fn at(mut self, place: impl Into<String>) -> Failure {
        self.place = Some(place.into());
        self
    }

    /// Adds what to do.
    pub fn fix(mut self, fix: impl Into<String>) -> Failure {
        self.fix = Some(fix.into());
        self
    }
}

/// Every problem of an input, one sentence each; the first one's place and hint lead.
impl From<Problems> for Failure {
    fn from(p: Problems) -> Failure {
        let first = p.0.first();
        let place = first.map(|p| p.place());
        Failure {
            kind: FailureKind::Input,
            message: p.to_string().trim_end().to_string(),
            place,
            fix: first.and_then(|p| p.hint.clone()),
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        let message = e.to_string();
        match e {
            StoreError::Input(p) => Failure::from(p),
            StoreError::Busy { path, .. } => Failure::new(FailureKind::Busy, message).at(path.display().to_string()),
            StoreError::Sqlite { .. } | StoreError::Io { .. } => Failure::new(FailureKind::Workspace, message)
                .fix("check the workspace file and the disk, then try again"),
            _ => Failure::new(FailureKind::Workspace, message),
        }
    }
}

impl From<EngineError> for Failure {
    fn from(e: EngineError) -> Failure {
        Failure::internal(format!("The calculation failed: {e}")).fix("restart Plansight; your workspace is safe")
    }
}

/// Problems of a form (the deal form, the simulator's fields): each named by its field
/// (`subject` when the problem has none) rather than by a file nobody chose, one
/// sentence each; the first field is where to go.
pub(crate) fn form_problems(p: Problems, subject: &str) -> Failure {
    let message =
        p.0.iter()
            .map(|p| {
                format!(
                    "{}: {}{}",
                    p.key.as_deref().unwrap_or(subject),
                    p.message,
                    p.hint.as_deref().map(|h| format!(" ({h})")).unwrap_or_default()
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
    let first = p.0.first();
    Failure {
        kind: FailureKind::Input,
        message,
        place: first.map(|p| p.key.clone().unwrap_or_else(|| subject.to_string())),
        fix: first.and_then(|p| p.hint.clone()),
    }
}

impl From<plansight_charts::ChartError> for Failure {
    fn from(e: plansight_charts::ChartError) -> Failure {
        Failure::internal(format!("The chart could not be drawn: {e}")).fix("try again; your workspace is safe")
    }
}
