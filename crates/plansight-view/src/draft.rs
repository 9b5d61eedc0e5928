//! A plan authored from nothing in the plan designer: the form's fields as typed (money
//! as decimals, shares as percentages), checked and written as plan TOML by the session.

use crate::PlanPreview;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The plan as the designer's form holds it. Empty optional fields are left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanDraft {
    /// The plan's id (letters, digits, `-`, `_`).
    pub id: String,
    /// The plan's name.
    pub name: String,
    /// ISO currency code.
    pub currency: String,
    /// First day of the plan year (`YYYY-MM-DD`).
    pub start: String,
    /// Last day of the plan year.
    pub end: String,
    /// `monthly`, `quarterly` or `annual`.
    pub payout_period: String,
    /// Target incentive for the year (a decimal).
    pub target_incentive: String,
    /// The measures, in order.
    pub measures: Vec<MeasureDraft>,
    /// The bonuses.
    pub bonuses: Vec<BonusDraft>,
    /// The payout cap for the year (empty: none).
    pub payout_cap: String,
    /// The draw per payout period (empty: none).
    pub draw: String,
    /// Whether the draw is recovered from later earnings.
    pub draw_recoverable: bool,
    /// Days after close within which a cancelled deal is clawed back (empty: none).
    pub clawback_days: String,
}

/// A measure of the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MeasureDraft {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// `commission` or `incentive`.
    pub kind: String,
    /// `marginal` or `retroactive`.
    pub tier_mode: String,
    /// `monthly`, `quarterly` or `annual`.
    pub quota_period: String,
    /// The quota of each quota period (a decimal).
    pub quota: String,
    /// For an incentive: its share of the target incentive, in percent.
    pub weight_percent: String,
    /// The deal types that count, comma-separated (empty: all).
    pub deal_types: String,
    /// Attainment below which nothing is paid, in percent (empty: none).
    pub threshold_percent: String,
    /// Attainment beyond which credit earns nothing, in percent (empty: none).
    pub cap_percent: String,
    /// The tiers, from 0% up.
    pub tiers: Vec<TierDraft>,
}

/// A tier: from an attainment, a rate (of credit for a commission, of the incentive's
/// base for an incentive), both in percent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TierDraft {
    /// From this attainment, in percent.
    pub from_percent: String,
    /// The rate, in percent.
    pub rate_percent: String,
}

/// A bonus of the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BonusDraft {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// `deal` (on each qualifying line) or `milestone` (once per quota period).
    pub kind: String,
    /// The amount (a decimal).
    pub amount: String,
    /// For a deal bonus: the deal types it pays on, comma-separated (empty: all).
    pub deal_types: String,
    /// For a deal bonus: the shortest term in months (empty: any).
    pub min_term_months: String,
    /// For a milestone: the measure's id.
    pub measure: String,
    /// For a milestone: the attainment that pays it, in percent.
    pub attainment_percent: String,
}

/// A problem of the draft: which field (or the plan), and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct DraftProblem {
    /// The field, in the form's words ("measure 1, tier 2, rate"), or the plan's key.
    pub field: String,
    /// What is wrong and what to do.
    pub message: String,
}

/// The live check of a draft: its plan TOML, its problems, and (when it has none and the
/// workspace has deals) what it would pay the team against the plan in effect.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DraftCheck {
    /// The plan as written in the plan language.
    pub toml: String,
    /// Every problem (empty: the plan can be saved).
    pub problems: Vec<DraftProblem>,
    /// The team under the drafted plan, against the plan in effect.
    pub preview: Option<PlanPreview>,
}
