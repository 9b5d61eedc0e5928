//! The plan designer's *Optimise* panel: the request as the form holds it, the levers the
//! plan offers, and the proposal as the panel shows it (rules that change, costs, the
//! objective before and after, every seller's change, the winners-and-losers chart).

use plansight_optimise::{Lever, Solution};
use plansight_plan::{Exact, Plan};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The panel's form.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct OptimiseForm {
    /// `pay-for-performance`, `least-change` or `lowest-cost`.
    pub objective: String,
    /// The budget as a percentage of the current plan's cost ("90").
    pub budget_percent: String,
    /// The levers that may move.
    pub levers: Vec<String>,
    /// The most any seller may lose, as a percentage ("10"), if limited.
    pub max_loss: Option<String>,
}

/// A lever the plan offers.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LeverOption {
    /// Its name (`new_arr.tiers.rates`).
    pub name: String,
    /// In words ("New ARR: tier rates").
    pub label: String,
}

/// One seller's change.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SellerChangeView {
    /// Seller id.
    pub seller: String,
    /// Payout under the current plan.
    pub now: String,
    /// Payout under the proposed plan.
    pub proposed: String,
    /// The difference.
    pub change: String,
}

/// The proposal.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct OptimiseView {
    /// The plan's currency.
    pub currency: String,
    /// The budget.
    pub budget: String,
    /// Cost of the current plan on the year's data.
    pub current_cost: String,
    /// Cost of the proposed plan (the engine's).
    pub proposed_cost: String,
    /// The objective under the current plan, in words.
    pub current_objective: String,
    /// The objective under the proposed plan, in words.
    pub proposed_objective: String,
    /// The naive answer, in words, when there is one.
    pub naive: Option<String>,
    /// Whether the proposal is the naive answer.
    pub is_naive: bool,
    /// The rules that change, in words.
    pub changes: Vec<String>,
    /// Every seller's change, largest loss first.
    pub sellers: Vec<SellerChangeView>,
    /// Winners and losers (SVG).
    pub chart: String,
    /// The proposed plan as a complete plan.toml (what *Use this plan* saves).
    pub plan_toml: String,
}

/// The levers `plan` offers: each measure's rates and quota, its tier starts when it has
/// tiers above the first, its threshold and cap when it has them, the target incentive.
pub fn lever_options(plan: &Plan) -> Vec<LeverOption> {
    let mut out = Vec::new();
    for (mi, m) in plan.measures.iter().enumerate() {
        let mut add = |lever: Lever, what: &str| {
            out.push(LeverOption {
                name: lever.name(plan),
                label: format!("{}: {what}", m.name),
            })
        };
        add(Lever::Rates(mi), "tier rates");
        if m.tiers.len() > 1 {
            add(Lever::Starts(mi), "tier starts");
        }
        if m.threshold.is_some() {
            add(Lever::Threshold(mi), "threshold");
        }
        if m.cap.is_some() {
            add(Lever::Cap(mi), "attainment cap");
        }
        add(Lever::Quota(mi), "quota");
    }
    out.push(LeverOption {
        name: Lever::TargetIncentive.name(plan),
        label: "Target incentive".into(),
    });
    out
}

/// The proposal as the panel shows it.
pub fn optimise_view(s: &Solution, budget: i128, engine_cost: Exact, plan_toml: String, chart: String) -> OptimiseView {
    let plan = &s.current.plan;
    let cur = &plan.currency;
    // Largest loss first: the order of the exact changes.
    let mut order: Vec<usize> = (0..s.sellers.len()).collect();
    order.sort_by_key(|&i| (s.proposed.totals[i] - s.current.totals[i], s.sellers[i].as_str()));
    let sellers = order
        .into_iter()
        .map(|i| SellerChangeView {
            seller: s.sellers[i].clone(),
            now: Exact(s.current.totals[i]).money(),
            proposed: Exact(s.proposed.totals[i]).money(),
            change: plansight_optimise::json::change(s.current.totals[i], s.proposed.totals[i]),
        })
        .collect();
    OptimiseView {
        currency: cur.clone(),
        budget: Exact(budget).money(),
        current_cost: Exact(s.current.cost).money(),
        proposed_cost: engine_cost.money(),
        current_objective: s.current.score.shown(cur),
        proposed_objective: s.proposed.score.shown(cur),
        naive: s.naive.as_ref().map(|(n, (k, d))| {
            format!(
                "every moving rate × {}: {} ({})",
                plansight_plan::fixed::format_ratio(*k as i128, *d as i128, 6),
                plansight_plan::shown::money(Exact(n.cost), cur),
                n.score.shown(cur)
            )
        }),
        is_naive: s.proposed_is_naive,
        changes: plansight_optimise::diff(plan, &s.proposed.plan),
        sellers,
        chart,
        plan_toml,
    }
}
