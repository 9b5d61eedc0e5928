//! Evaluation of understanding against labelled question sets (eval/*.toml): a label is
//! the outcome and the query a question must be understood as (docs/ask-queries.md); a
//! query and a label are compared in one canonical form, so that equivalent spellings
//! (won is the default stage, 0.10 is 0.1) count alike. Used by the understanding tests
//! and by `make eval`'s measure of the model.

use crate::query::Understood;
use chrono::NaiveDate;
use serde_json::{Map, Value};

/// Keys of a label that are not part of the query.
const NOT_QUERY: &[&str] = &["text", "seller", "after", "outcome", "cite"];

/// A decimal text in lowest terms ("0.10" and "0.1" alike, "800000.00" and "800000").
pub fn decimal(s: &str) -> String {
    match s.split_once('.') {
        Some((i, f)) => {
            let f = f.trim_end_matches('0');
            if f.is_empty() {
                i.to_string()
            } else {
                format!("{i}.{f}")
            }
        }
        None => s.to_string(),
    }
}

/// A query (or a label) in one comparable form: equivalent spellings made equal (won is
/// the default stage; amounts and fractions compared as decimals; names without case;
/// the first measure, the accelerator's, implied by a figure of one measure and by a mark;
/// an explanation's figure is the deal's earnings; a team's payable in all is its cost; a
/// hypothetical deal's type "new" is the one run when none is said; a list of deals is of
/// their amounts).
pub fn canonical(mut m: Map<String, Value>, accelerator_measure: Option<&str>) -> Map<String, Value> {
    m.retain(|k, v| !NOT_QUERY.contains(&k.as_str()) && !v.is_null() && *v != Value::String(String::new()));
    if m.get("stage").and_then(Value::as_str) == Some("won") {
        m.remove("stage");
    }
    // A figure of one measure (quota, attainment, rate, a distance) reads the plan's first
    // measure when none is named, and the threshold and the cap are read on the first measure
    // that has them: in every plan of the sets that is the accelerator's measure (the
    // understanding test checks it), so naming it changes nothing.
    let one_measure = matches!(
        m.get("figure").and_then(Value::as_str),
        Some("quota" | "attainment" | "rate" | "distance")
    );
    if (one_measure
        || matches!(
            m.get("mark").and_then(Value::as_str),
            Some("accelerator" | "threshold" | "cap")
        ))
        && m.get("measure").and_then(Value::as_str) == accelerator_measure
    {
        m.remove("measure");
    }
    // A list of deals is of their amounts unless another figure is named: a label may
    // leave it unsaid ("list my stornos").
    if m.get("op").and_then(Value::as_str) == Some("list")
        && m.get("figure").and_then(Value::as_str) == Some("deal_amount")
    {
        m.remove("figure");
    }
    if m.get("op").and_then(Value::as_str) == Some("explain") {
        m.remove("figure");
        // The deal explained is the account's when the question names the account.
        if m.contains_key("account") {
            m.remove("deal");
        }
    }
    // A team's payable, in all, is its cost: the same sum of its payouts (`run::figure`).
    let team = m
        .get("who")
        .and_then(Value::as_str)
        .is_some_and(|w| w.starts_with("team"));
    let whole = matches!(
        m.get("op").and_then(Value::as_str),
        Some("value" | "compare" | "best_period" | "worst_period")
    );
    if team && whole && m.get("figure").and_then(Value::as_str) == Some("payable") {
        m.insert("figure".into(), Value::String("cost".into()));
    }
    // Under a what-if, a figure's value is said beside today's, and a comparison with today
    // says both (`run::under_what_if`, `run::team`): "what would it cost" and "how much more
    // would it cost" get the same answer, so a label may say either.
    let what_if = ["new_deal", "move_deal", "deal_amount_to", "pipeline", "lever"]
        .iter()
        .any(|k| m.contains_key(*k));
    if what_if && !m.contains_key("versus") && m.get("op").and_then(Value::as_str) == Some("compare") {
        m.insert("op".into(), Value::String("value".into()));
    }
    // A hypothetical deal of no type said is run as new business (`run::whatif`), which the
    // parser says; a label may leave it unsaid.
    if let Some(d) = m.get_mut("new_deal").and_then(Value::as_object_mut) {
        if d.get("type").and_then(Value::as_str) == Some("new") {
            d.remove("type");
        }
    }
    if m.get("saved")
        .is_some_and(|s| s.as_array().is_some_and(|a| a.is_empty()))
    {
        m.remove("saved");
    }
    fn norm(v: &mut Value) {
        match v {
            Value::String(s) => {
                let t = s.trim();
                *s = if t.chars().all(|c| c.is_ascii_digit() || c == '.') && t.contains('.') {
                    decimal(t)
                } else {
                    t.to_lowercase()
                };
            }
            Value::Array(a) => {
                a.iter_mut().for_each(norm);
                a.sort_by_key(|x| x.to_string());
            }
            Value::Object(o) => o.values_mut().for_each(norm),
            _ => {}
        }
    }
    for v in m.values_mut() {
        norm(v);
    }
    m
}

/// A label's keys and values (TOML) as JSON.
pub fn label_map(q: &toml_edit::Table) -> Map<String, Value> {
    fn value(v: &toml_edit::Value) -> Value {
        match v {
            toml_edit::Value::String(s) => Value::String(s.value().clone()),
            toml_edit::Value::Integer(i) => Value::from(*i.value()),
            toml_edit::Value::Boolean(b) => Value::Bool(*b.value()),
            toml_edit::Value::Float(f) => Value::from(*f.value()),
            toml_edit::Value::Array(a) => Value::Array(a.iter().map(value).collect()),
            toml_edit::Value::InlineTable(t) => {
                Value::Object(t.iter().map(|(k, v)| (k.to_string(), value(v))).collect())
            }
            toml_edit::Value::Datetime(d) => Value::String(d.value().to_string()),
        }
    }
    q.iter()
        .filter_map(|(k, item)| match item {
            toml_edit::Item::Value(v) => Some((k.to_string(), value(v))),
            toml_edit::Item::Table(t) => Some((k.to_string(), Value::Object(label_map(t)))),
            _ => None,
        })
        .collect()
}

/// One labelled question of a set.
#[derive(Debug, Clone)]
pub struct Labelled {
    /// The question.
    pub text: String,
    /// Who asks.
    pub seller: String,
    /// The earlier questions of the conversation, oldest first.
    pub after: Vec<String>,
    /// The outcome expected: answer, plan_rule, ask_back or decline.
    pub outcome: String,
    /// The section a plan answer must cite first, if any.
    pub cite: Option<String>,
    /// The label's query keys.
    pub label: Map<String, Value>,
}

/// The date a set was written as of (a top-level `as_of = "2025-01-31"`), which "this
/// month" and "today" mean; none means the plan year's end.
pub fn set_as_of(text: &str) -> Option<chrono::NaiveDate> {
    let set: toml_edit::DocumentMut = text.parse().ok()?;
    set.get("as_of")?.as_str()?.parse().ok()
}

/// The questions of a set's TOML text.
pub fn read_set(text: &str) -> Vec<Labelled> {
    let set: toml_edit::DocumentMut = text.parse().expect("a question set is TOML");
    set["question"]
        .as_array_of_tables()
        .expect("a question set has [[question]] tables")
        .iter()
        .map(|q| Labelled {
            text: q["text"].as_str().unwrap_or_default().to_string(),
            seller: q.get("seller").and_then(|s| s.as_str()).unwrap_or_default().to_string(),
            after: q
                .get("after")
                .and_then(|a| a.as_array())
                .map(|a| a.iter().filter_map(|e| e.as_str().map(str::to_string)).collect())
                .unwrap_or_default(),
            outcome: q
                .get("outcome")
                .and_then(|s| s.as_str())
                .unwrap_or("answer")
                .to_string(),
            cite: q.get("cite").and_then(|c| c.as_str()).map(str::to_string),
            label: label_map(q),
        })
        .collect()
}

/// The outcome's name.
pub fn outcome(u: &Understood) -> &'static str {
    match u {
        Understood::Answer(_) => "answer",
        Understood::PlanRule { .. } => "plan_rule",
        Understood::AskBack { .. } => "ask_back",
        Understood::Decline { .. } => "decline",
        Understood::Health { .. } => "data_health",
        Understood::Forecast { .. } => "forecast",
    }
}

/// How a question was understood, against its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The outcome and the query expected.
    Right,
    /// Asked back instead.
    AskedBack,
    /// Declined instead.
    Declined,
    /// Answered as a different question.
    Wrong,
}

/// The verdict on `u` for question `q`; `accelerator_measure` is the measure of the plan's
/// accelerator (a label may leave it implied).
///
/// A new deal said to close on the as-of date (`as_of`) is the same as one said without a
/// date, which closes on it ("a 90k deal this month" on the month's last day).
pub fn judge(q: &Labelled, u: &Understood, accelerator_measure: Option<&str>, as_of: NaiveDate) -> Verdict {
    let got = outcome(u);
    let today = |mut m: Map<String, Value>| {
        if let Some(Value::Object(deal)) = m.get_mut("new_deal") {
            if deal.get("close_date").and_then(Value::as_str) == Some(as_of.to_string().as_str()) {
                deal.remove("close_date");
            }
        }
        m
    };
    let label = today(canonical(q.label.clone(), accelerator_measure));
    // A deal explained by its account names both, as does the one cancellation at an account
    // ("the Kinnamplus cancellation"): a label may name either, the deal or the account.
    let (by_deal, by_account) = match u {
        Understood::Answer(query)
            if query.scope.deal.is_some()
                && (query.op == crate::query::Op::Explain
                    || query.scope.account.is_some() && query.figure == crate::query::Figure::Clawback) =>
        {
            let mut named = query.clone();
            named.scope.account = None;
            // (and its product: "the glendale hot yoga pro suite" is that one deal)
            if query.op == crate::query::Op::Explain {
                named.scope.product = None;
            }
            let mut at = query.clone();
            at.scope.deal = None;
            (
                Some(Understood::Answer(named)),
                query.scope.account.is_some().then_some(Understood::Answer(at)),
            )
        }
        _ => (None, None),
    };
    let right = q.outcome == got
        && (got != "answer"
            || label == today(canonical_of(u, accelerator_measure))
            || by_deal.is_some_and(|d| label == today(canonical_of(&d, accelerator_measure)))
            || by_account.is_some_and(|d| label == today(canonical_of(&d, accelerator_measure))));
    match (right, got) {
        (true, _) => Verdict::Right,
        (false, "ask_back") => Verdict::AskedBack,
        (false, "decline") => Verdict::Declined,
        _ => Verdict::Wrong,
    }
}

/// The query of an understood question in canonical form (empty for other outcomes).
pub fn canonical_of(u: &Understood, accelerator_measure: Option<&str>) -> Map<String, Value> {
    match u {
        Understood::Answer(query) => canonical(
            serde_json::to_value(query)
                .ok()
                .and_then(|v| v.as_object().cloned())
                .unwrap_or_default(),
            accelerator_measure,
        ),
        _ => Map::new(),
    }
}
