//! Questions about what is likely, answered from the forecast (a Monte Carlo of the open
//! pipeline on the exact rules) and its coaching: "what am I likely to earn this year?",
//! "what are my chances of hitting the accelerator?", "which deals should I focus on?".

use super::vocabulary::Vocabulary;
use super::Understood;
use crate::fuzzy::mentions;
use serde::{Deserialize, Serialize};

/// What a forecast question asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ForecastAsk {
    /// The likely payout of the plan year.
    Payout,
    /// The chance of reaching a mark: `accelerator`, `quota`, `threshold`, `cap`, `draw`,
    /// `tier N`, or every mark (`None`).
    Chances(Option<String>),
    /// The open deals to focus on.
    Focus,
    /// What a budget cut (millionths; negative: a rise) would do to the plan: the
    /// optimiser's answer on last year's data.
    BudgetCut(i128),
}

const LIKELY: &[&str] = &[
    "likely",
    "probably",
    "expect to",
    "expected to",
    "forecast",
    "projected",
    "projection",
    "on track to",
    "going to end",
    "end up",
    "land at",
    "finish the year",
];
const EARN: &[&str] = &[
    "earn",
    "make",
    "payout",
    "paid",
    "take home",
    "commission",
    "total",
    "get",
];
const CHANCE: &[&str] = &[
    "chance",
    "chances",
    "odds",
    "probability",
    "likelihood",
    "how likely",
    "likely",
];
const FOCUS: &[&str] = &[
    "focus",
    "prioritise",
    "prioritize",
    "priority",
    "priorities",
    "concentrate",
    "chase",
    "matter most",
    "spend my time",
    "most valuable",
    "worth the most",
];
const DEALS: &[&str] = &[
    "deal",
    "deals",
    "opportunity",
    "opportunities",
    "opps",
    "pipeline",
    "accounts",
];
/// A question that names a period (or a month) or a what-if is a different question.
const NARROWER: &[&str] = &[
    "q1",
    "q2",
    "q3",
    "q4",
    "quarter",
    "month",
    "if",
    "what if",
    "suppose",
    "all my",
    "every",
    "best case",
];

/// A forecast question, for `asker` unless it names another seller.
pub(crate) fn forecast(v: &Vocabulary, asker: &str, ws: &[String]) -> Option<Understood> {
    let joined = ws.join(" ");
    let has = |list: &[&str]| mentions(ws, list);
    // Exact words only: "chance" is one letter from "change", "odds" from "adds".
    let padded = format!(" {joined} ");
    let says = |list: &[&str]| list.iter().any(|w| padded.contains(&format!(" {w} ")));
    let seller = || v.seller(&joined).unwrap_or_else(|| asker.to_string());
    if v.deal(ws).is_some() {
        return None;
    }
    // "What would a 3% budget cut do to the accelerator?"
    // The budget itself must be what changes ("if the band paid 10% instead of 9%, how
    // much more does it cost?" changes a rate, not the budget).
    if says(&["budget"]) && !says(&["instead", "rate", "band", "tier"]) {
        let cut = says(&[
            "cut",
            "cuts",
            "reduce",
            "reduced",
            "reduction",
            "smaller",
            "lower",
            "less",
            "trim",
            "shrink",
            "drop",
        ]);
        let rise = says(&["increase", "raise", "bigger", "larger", "grow"]);
        if let (Some(p), true) = (crate::phrases::percent_micros(ws), cut || rise) {
            return Some(Understood::Forecast {
                seller: asker.to_string(),
                ask: ForecastAsk::BudgetCut(if cut { p } else { -p }),
            });
        }
    }
    // ("which deals should I work on"; not "did most of the demo work on my last big deal")
    let work_on = ws
        .windows(3)
        .any(|w| matches!(w[0].as_str(), "should" | "to" | "can") && w[1] == "work" && w[2] == "on");
    if (says(FOCUS) || work_on) && (has(DEALS) || joined.contains("what should i work on")) {
        return Some(Understood::Forecast {
            seller: seller(),
            ask: ForecastAsk::Focus,
        });
    }
    if says(CHANCE) {
        let mark = [
            ("accelerator", "accelerator"),
            ("top tier", "accelerator"),
            ("threshold", "threshold"),
            ("quota", "quota"),
            ("target", "quota"),
            ("100%", "quota"),
            ("cap", "cap"),
            ("draw", "draw"),
        ]
        .iter()
        .find(|(w, _)| joined.contains(w))
        .map(|(_, m)| m.to_string())
        .or_else(|| {
            v.accelerator_words
                .iter()
                .any(|w| joined.contains(w.as_str()))
                .then(|| "accelerator".to_string())
        })
        .or_else(|| {
            ws.windows(2)
                .find(|w| w[0] == "tier" && w[1].chars().all(|c| c.is_ascii_digit()))
                .map(|w| format!("tier {}", w[1]))
        });
        if mark.is_some() || has(&["tier", "tiers", "hit", "reach", "make it"]) {
            return Some(Understood::Forecast {
                seller: seller(),
                ask: ForecastAsk::Chances(mark),
            });
        }
    }
    // "Likely given my open opportunities" is the pipeline what-if, which quotes the
    // forecast beside the pipeline won in full and weighted.
    // "what did I end up earning": what happened, not a forecast.
    let past = super::parse::exact(ws, &["did", "was", "were", "had"]) || has(&["i left", "she left", "he left"]);
    if says(LIKELY) && has(EARN) && !says(NARROWER) && !says(&crate::phrases::MONTHS) && !has(DEALS) && !past {
        return Some(Understood::Forecast {
            seller: seller(),
            ask: ForecastAsk::Payout,
        });
    }
    None
}
