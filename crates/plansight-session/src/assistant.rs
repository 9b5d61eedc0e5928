//! Asking the assistant, for the CLI (`plansight ask`) and the app's Ask screen alike:
//! the workspace's plan document and saved scenarios beside the calculation, the
//! engine's answer, then optionally the model's wording of it, kept only when it carries
//! the same figures.

use crate::{Failure, Session};
use plansight_ask::worker::Worker;
use plansight_ask::{Answer, Wording};
use plansight_plan::{Calculation, Inputs};
use plansight_store::Workspace;
use plansight_view::{AnswerFigure, AssistantAnswer};

/// The assistant's answer to `question`, asked by `seller`, from `calc` (the calculation
/// of `inputs`, read from `ws`). Read only: what-ifs run in memory.
pub fn answer(
    ws: &Workspace,
    inputs: &Inputs,
    calc: &Calculation,
    seller: &str,
    question: &str,
) -> Result<Answer, Failure> {
    let document = ws.document()?;
    let scenarios: Vec<(String, String)> = ws.scenarios()?.into_iter().map(|s| (s.name, s.source)).collect();
    let ctx = plansight_ask::Context {
        inputs,
        calc,
        document: document.as_deref(),
        scenarios: &scenarios,
    };
    Ok(plansight_ask::ask(&ctx, seller, question))
}

/// `a` worded by the model through `worker` (its text streamed to `on_piece`, which
/// returns false to stop), or `a` as it is with the reason the model's words were not
/// used.
pub fn reworded(
    a: Answer,
    question: &str,
    worker: &mut Worker,
    on_piece: impl FnMut(&str) -> bool,
) -> (Answer, Wording, Option<String>) {
    match plansight_ask::reword(&a, question, worker, on_piece) {
        Ok((worded, wording)) => (worded, wording, None),
        Err(e) => (a, Wording::Template, Some(e.to_string())),
    }
}

/// An answer worded by the model, as the Ask screen shows it. Needs no session, so the
/// app lets the model write without holding the workspace.
pub fn worded(a: Answer, question: &str, worker: &mut Worker, on_piece: impl FnMut(&str) -> bool) -> AssistantAnswer {
    let (a, wording, note) = reworded(a, question, worker, on_piece);
    answer_view(a, wording, note)
}

fn answer_view(a: Answer, wording: Wording, note: Option<String>) -> AssistantAnswer {
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
            Wording::Template => "template",
            Wording::Model => "model",
        }
        .into(),
        note,
    }
}

impl Session {
    /// The assistant's answer to `question`, asked by `seller`, in the engine's words.
    pub fn ask(&self, seller: &str, question: &str) -> Result<AssistantAnswer, Failure> {
        Ok(answer_view(self.answer(seller, question)?, Wording::Template, None))
    }

    /// The same answer worded by the model through `worker`, streaming its text to
    /// `on_piece` (see [`worded`]).
    pub fn ask_with_model(
        &self,
        seller: &str,
        question: &str,
        worker: &mut Worker,
        on_piece: impl FnMut(&str) -> bool,
    ) -> Result<AssistantAnswer, Failure> {
        Ok(worded(self.answer(seller, question)?, question, worker, on_piece))
    }

    /// The assistant's answer as the engine gives it, before any wording by the model.
    pub fn answer(&self, seller: &str, question: &str) -> Result<Answer, Failure> {
        answer(&self.ws(), &self.inputs, &self.calc, seller, question)
    }
}
