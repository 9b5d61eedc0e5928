//! Ask: the assistant's answer, the figures it quotes, and which model words it.

use serde::Serialize;
use ts_rs::TS;

/// One figure an assistant's answer quotes, by name.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AnswerFigure {
    /// The figure's name (`s02_total`, `new_arr_Q2_to_next`).
    pub name: String,
    /// Its value, as the engine gives it (an exact decimal, a percentage, a date).
    pub value: String,
}

/// One reading of an unclear question, offered as a choice.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AnswerReading {
    /// The reading in plain words.
    pub words: String,
    /// The reading's query (JSON text), sent back to answer it.
    pub query: String,
}

/// The assistant's answer to a question.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AssistantAnswer {
    /// The intent the question was understood as ("what_if_deal").
    pub intent: String,
    /// Its arguments (the query), as JSON text.
    pub arguments: String,
    /// The question as understood, in plain words ("Earnings in Q4, all measures, for
    /// Jordan Rossi"), shown above the answer.
    pub understood: String,
    /// When the question was unclear: the readings offered, to choose one.
    pub readings: Vec<AnswerReading>,
    /// The conversation after this answer (JSON text), sent back with the next question so
    /// that a follow-up ("and in Q3?") reads against this one.
    pub context: String,
    /// The answer in words.
    pub answer: String,
    /// Every figure the answer quotes, so the window and the grounding check can see them.
    pub figures: Vec<AnswerFigure>,
    /// Plan clauses cited ("§3.2 (3. New ARR commission)").
    pub citations: Vec<String>,
    /// Who wrote the words: "template" (from the engine's figures) or "model" (the
    /// bundled model's wording, checked against the figures).
    pub wording: String,
    /// Why the model's wording is not used, when it was asked for and is not.
    pub note: Option<String>,
}

/// Which model words the assistant's answers, and whether it runs here.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ModelStatus {
    /// The GGUF file the user chose, or none for the bundled model.
    pub own_file: Option<String>,
    /// The model file the worker loaded, once it has.
    pub loaded: Option<String>,
    /// The CPU extensions its llama.cpp build uses ("AVX AVX2 FMA …"), once it runs.
    pub cpu: Option<String>,
    /// Why the model cannot be used, in words.
    pub problem: Option<String>,
}
