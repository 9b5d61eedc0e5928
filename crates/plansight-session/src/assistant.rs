//! Asking the assistant, for the CLI (`plansight ask`) and the app's Ask screen alike:
//! the workspace's plan document and saved scenarios beside the calculation, the
//! engine's answer, then optionally the model's wording of it, kept only when it carries
//! the same figures.

use crate::{Failure, Session};
use plansight_ask::query::context::Conversation;
use plansight_ask::query::{Query, Understood};
use plansight_ask::worker::Worker;
use plansight_ask::{Answer, Wording};
use plansight_plan::{Calculation, Inputs};
use plansight_store::Workspace;
use plansight_view::{AnswerFigure, AnswerReading, AssistantAnswer};

/// What the asker sends besides the question: the conversation so far (JSON, as the last
/// answer gave it) and, when they chose a reading of an unclear question, that reading's
/// query (JSON).
#[derive(Debug, Clone, Default)]
pub struct Asked<'a> {
    /// The conversation so far, as the last answer's `context` gave it.
    pub context: Option<&'a str>,
    /// A reading chosen from an ask-back, as its `query` gave it.
    pub reading: Option<&'a str>,
}

/// Reads a JSON text the app or `--context` gave back, or says what to do.
fn read_json<T: serde::de::DeserializeOwned + Default>(text: Option<&str>, what: &str) -> Result<T, Failure> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(T::default()),
        Some(t) => serde_json::from_str(t).map_err(|e| {
            Failure::input(format!("the {what} is not readable: {e}"))
                .fix("start a new conversation (delete the context file, or ask again in the app)")
        }),
    }
}

/// The assistant's answer to `question`, asked by `seller`, from `calc` (the calculation
/// of `inputs`, read from `ws`), following the conversation in `asked`; the conversation
/// after it is returned beside the answer. Read only: what-ifs run in memory.
pub fn answer(
    ws: &Workspace,
    inputs: &Inputs,
    calc: &Calculation,
    seller: &str,
    question: &str,
    asked: &Asked,
) -> Result<(Answer, Conversation), Failure> {
    let document = ws.document()?;
    let scenarios: Vec<(String, String)> = ws.scenarios()?.into_iter().map(|s| (s.name, s.source)).collect();
    let history = crate::forecast::history(ws)?;
    let ctx = plansight_ask::Context {
        inputs,
        calc,
        document: document.as_deref(),
        scenarios: &scenarios,
        history: Some(&history),
    };
    let mut conversation: Conversation = read_json(asked.context, "conversation context")?;
    let answer = match asked.reading {
        Some(r) => {
            let query: Query = serde_json::from_str(r).map_err(|e| {
                Failure::input(format!("the reading chosen is not readable: {e}")).fix("ask the question again")
            })?;
            plansight_ask::answer_understood(&ctx, &Understood::Answer(query), &mut conversation)
        }
        None => {
            let understood = plansight_ask::understand(&ctx, seller, question, &conversation);
            if matches!(understood, Understood::Health { .. }) {
                // Answered from the data-health checks of the workspace as it is.
                let checker = crate::health::check(ws, inputs, Some(calc.clone()), crate::health::today())?;
                let findings = checker.findings();
                plansight_ask::answer_with(&ctx, &understood, Some(&findings), &mut conversation)
            } else {
                plansight_ask::answer_understood(&ctx, &understood, &mut conversation)
            }
        }
    };
    Ok((answer, conversation))
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
pub fn worded(
    (a, conversation): (Answer, Conversation),
    question: &str,
    worker: &mut Worker,
    on_piece: impl FnMut(&str) -> bool,
) -> AssistantAnswer {
    let (a, wording, note) = reworded(a, question, worker, on_piece);
    answer_view(a, &conversation, wording, note)
}

fn answer_view(a: Answer, conversation: &Conversation, wording: Wording, note: Option<String>) -> AssistantAnswer {
    let readings = a
        .readings
        .iter()
        .zip(&a.reading_queries)
        .map(|(words, q)| AnswerReading {
            words: words.clone(),
            query: serde_json::to_string(q).unwrap_or_default(),
        })
        .collect();
    AssistantAnswer {
        intent: a.intent.to_string(),
        arguments: a.arguments.to_string(),
        understood: a.understood,
        readings,
        context: serde_json::to_string(conversation).unwrap_or_default(),
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
    pub fn ask(&self, seller: &str, question: &str, asked: &Asked) -> Result<AssistantAnswer, Failure> {
        let (a, conversation) = self.answer(seller, question, asked)?;
        Ok(answer_view(a, &conversation, Wording::Template, None))
    }

    /// The same answer worded by the model through `worker`, streaming its text to
    /// `on_piece` (see [`worded`]).
    pub fn ask_with_model(
        &self,
        seller: &str,
        question: &str,
        asked: &Asked,
        worker: &mut Worker,
        on_piece: impl FnMut(&str) -> bool,
    ) -> Result<AssistantAnswer, Failure> {
        Ok(worded(
            self.answer(seller, question, asked)?,
            question,
            worker,
            on_piece,
        ))
    }

    /// The assistant's answer as the engine gives it, before any wording by the model,
    /// with the conversation after it.
    pub fn answer(&self, seller: &str, question: &str, asked: &Asked) -> Result<(Answer, Conversation), Failure> {
        answer(&self.ws(), &self.inputs, &self.calc, seller, question, asked)
    }
}
