//! Follow-ups: "and in Q3?", "what about renewals?", "and for Priya?", "and if it closed in
//! March?" are the previous query with the parts the new question names replaced.

use super::parse::Parts;
use super::vocabulary::Vocabulary;
use super::{MoveDeal, Query};
use crate::fuzzy::mentions;
use serde::{Deserialize, Serialize};

/// What a conversation keeps between questions: the last query (the CLI's `--context`
/// file and the Ask screen hold it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversation {
    /// The last query answered.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub last: Option<Query>,
}

/// Words that open a follow-up.
const OPENERS: &[&str] = &[
    "and", "what about", "how about", "same for", "same thing for", "now for", "also", "ok and", "okay and",
    "then", "what if it", "and if", "same but", "same question", "how bout", "and what about", "for",
];

/// The previous query with the parts the question names replaced, when the question is a
/// follow-up (it opens like one, or names parts but no figure of its own).
pub(super) fn follow_up(v: &Vocabulary, prev: &Query, parts: &Parts, ws: &[String]) -> Option<Query> {
    let opens = OPENERS.iter().any(|o| {
        let o: Vec<&str> = o.split(' ').collect();
        ws.len() >= o.len() && ws.iter().zip(&o).all(|(a, b)| a == b)
    });
    let short = ws.len() <= 6;
    let new = &parts.query;
    let names_parts = parts.who.is_some()
        || new.scope != Default::default()
        || !new.scenario.is_none()
        || mentions(ws, &["if it", "if that", "if this", "closed", "closes", "instead"]);
    if !(opens || short && parts.figure.is_none() && names_parts) {
        return None;
    }
    if parts.figure.is_none() && !names_parts && parts.op.is_none() {
        return None;
    }
    let mut q = prev.clone();
    if let Some(f) = parts.figure {
        q.figure = f;
        q.mark = parts.mark.or(if f == super::Figure::Distance { q.mark } else { None });
    } else if let Some(m) = parts.mark {
        if q.figure == super::Figure::Distance {
            q.mark = Some(m);
        }
    }
    if let Some(op) = parts.op {
        q.op = op;
    }
    if let Some(who) = &parts.who {
        q.who = who.clone();
    }
    let s = &new.scope;
    macro_rules! replace {
        ($($field:ident),*) => {$(
            if s.$field.is_some() {
                q.scope.$field = s.$field.clone();
            }
        )*};
    }
    replace!(measure, period, product, deal_type, account, deal, stage);
    if s.period.is_some() {
        q.scope.versus = s.versus.clone();
    }
    if s.measure.is_some() && s.deal_type.is_none() {
        q.scope.deal_type = None;
    }
    if s.product.is_some() && q.figure == super::Figure::Earnings && q.scope.measure.is_some() && s.measure.is_none() {
        q.scope.measure = None;
    }
    if new.n.is_some() {
        q.n = new.n;
    }
    if !new.scenario.is_none() {
        // A new amount for the previous hypothetical deal keeps its date and type.
        match (&mut q.scenario.new_deal, &new.scenario.new_deal) {
            (Some(old), Some(fresh)) => {
                old.amount = fresh.amount.clone();
                if fresh.close_date.is_some() {
                    old.close_date = fresh.close_date.clone();
                }
                if fresh.deal_type.is_some() {
                    old.deal_type = fresh.deal_type.clone();
                }
            }
            _ => q.scenario = new.scenario.clone(),
        }
    } else if let Some(close) = closing_date(v, ws) {
        // "and if it closed in March?": the previous deal (hypothetical or real) moves.
        if let Some(d) = q.scenario.new_deal.as_mut() {
            d.close_date = Some(close);
        } else if let Some(deal) = q.scope.deal.clone() {
            q.scenario.move_deal = Some(MoveDeal { deal, close_date: close });
        } else if let Some(m) = q.scenario.move_deal.as_mut() {
            m.close_date = close;
        }
        q.scope.period = prev.scope.period.clone();
    }
    Some(q)
}

/// A close date, when the question moves the previous deal ("if it closed in March").
fn closing_date(v: &Vocabulary, ws: &[String]) -> Option<String> {
    if !mentions(ws, &["if it", "if that", "if this", "closed", "closes", "closing", "close", "landed", "signed", "slipped", "slips", "pushed"]) {
        return None;
    }
    let plan = &v.inputs.plan;
    let today = v.inputs.as_of().clamp(plan.start, plan.end);
    crate::phrases::date(ws, plan.start, today).map(|d| d.clamp(plan.start, plan.end).to_string())
}
