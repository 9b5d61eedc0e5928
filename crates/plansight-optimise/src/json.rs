//! The JSON of `plansight optimise`: money as decimal strings, the proposed plan as the
//! text of its `plan.toml`.

use crate::{Lever, Solution};
use plansight_plan::Exact;
use serde_json::{json, Value};

/// The solution as JSON; `plan_toml` is the proposed plan's file, `budget` the budget.
pub fn solution(s: &Solution, levers: &[Lever], budget: i128, plan_toml: &str) -> Value {
    let plan = &s.current.plan;
    json!({
        "objective": objective_name(s),
        "budget": Exact(budget).money(),
        "levers": levers.iter().map(|l| l.name(plan)).collect::<Vec<_>>(),
        "current": { "cost": Exact(s.current.cost).money(), "objective": s.current.score.value() },
        "proposed": {
            "cost": Exact(s.proposed.cost).money(),
            "objective": s.proposed.score.value(),
            "plan": plan_toml,
            "is_naive": s.proposed_is_naive,
        },
        "naive": s.naive.as_ref().map(|(n, (k, d))| json!({
            "cost": Exact(n.cost).money(),
            "objective": n.score.value(),
            "factor": plansight_plan::fixed::format_ratio(*k as i128, *d as i128, 6),
        })),
        "sellers": s.sellers.iter().enumerate().map(|(i, id)| json!({
            "seller": id,
            "now": Exact(s.current.totals[i]).money(),
            "proposed": Exact(s.proposed.totals[i]).money(),
            "change": change(s.current.totals[i], s.proposed.totals[i]),
        })).collect::<Vec<_>>(),
    })
}

fn objective_name(s: &Solution) -> &'static str {
    match s.current.score {
        crate::Score::Share(..) => "pay-for-performance",
        crate::Score::MaxChange(_) => "least-change",
        crate::Score::Cost(_) => "lowest-cost",
    }
}

/// A seller's change as shown beside their two payouts: the difference of the two
/// amounts rounded to the cent, so the row adds up as read.
pub fn change(now: i128, proposed: i128) -> String {
    plansight_plan::fixed::format_scaled(Exact(proposed).cents() - Exact(now).cents(), 2)
}
