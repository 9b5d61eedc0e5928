//! The plan as the app shows it: measures, tiers, thresholds and caps, and the stored versions the plan designer opens.

use plansight_plan::shown::{point_percent, rate_percent};
use plansight_plan::{Exact, Inputs, MeasureKind, Plan, TierMode};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One tier of a measure, as written in the plan.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TierView {
    /// Attainment where the tier starts, as a percentage ("50").
    pub from_percent: String,
    /// Rate as a percentage ("8").
    pub rate_percent: String,
}

/// A measure of the plan.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct MeasureView {
    /// The measure's id in the plan.
    pub id: String,
    /// The measure's name.
    pub name: String,
    /// "commission" or "incentive".
    pub kind: String,
    /// "marginal" or "retroactive".
    pub tier_mode: String,
    /// "monthly", "quarterly" or "annual".
    pub quota_period: String,
    /// The tiers, lowest first.
    pub tiers: Vec<TierView>,
    /// Attainment below which nothing is paid, as a percentage.
    pub threshold_percent: Option<String>,
    /// Attainment beyond which credit earns nothing, as a percentage.
    pub cap_percent: Option<String>,
}

/// The plan at a glance.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PlanView {
    /// The plan's id.
    pub id: String,
    /// The plan's name.
    pub name: String,
    /// The plan's currency (ISO code).
    pub currency: String,
    /// First day of the plan year (YYYY-MM-DD).
    pub start: String,
    /// Last day of the plan year (YYYY-MM-DD).
    pub end: String,
    /// "monthly" or "quarterly".
    pub payout_period: String,
    /// Target incentive at 100% attainment, an exact decimal.
    pub target_incentive: String,
    /// The measures.
    pub measures: Vec<MeasureView>,
}

/// A stored version of the plan, for the plan designer to open.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PlanVersionView {
    /// The version's number (1 first).
    pub version: u32,
    /// In effect from this date (YYYY-MM-DD).
    pub effective: String,
    /// The plan's name in that version.
    pub name: String,
    /// Whether the workspace's calculation uses this version.
    pub in_effect: bool,
}

/// The plan as the app shows it.
pub fn plan_view(inputs: &Inputs) -> PlanView {
    view_of_plan(&inputs.plan)
}

/// Any plan (a stored version, say) as the app shows it.
pub fn view_of_plan(p: &Plan) -> PlanView {
    PlanView {
        id: p.id.clone(),
        name: p.name.clone(),
        currency: p.currency.clone(),
        start: p.start.to_string(),
        end: p.end.to_string(),
        payout_period: p.payout_period.as_str().into(),
        target_incentive: Exact::from_cents(p.target_incentive).money(),
        measures: p
            .measures
            .iter()
            .map(|m| MeasureView {
                id: m.id.clone(),
                name: m.name.clone(),
                kind: match m.kind {
                    MeasureKind::Commission => "commission",
                    MeasureKind::Incentive => "incentive",
                }
                .into(),
                tier_mode: match m.tier_mode {
                    TierMode::Marginal => "marginal",
                    TierMode::Retroactive => "retroactive",
                }
                .into(),
                quota_period: m.quota_period.as_str().into(),
                tiers: m
                    .tiers
                    .iter()
                    .map(|t| TierView {
                        from_percent: point_percent(t.from),
                        rate_percent: rate_percent(t.rate),
                    })
                    .collect(),
                threshold_percent: m.threshold.map(point_percent),
                cap_percent: m.cap.map(point_percent),
            })
            .collect(),
    }
}
