//! The reference engine: the plan language computed the plain way, with exact
//! rationals and loops over one seller at a time, written to be read against the spec
//! (`docs/spec.md`).
//!
//! It exists only so that tests can require the polars engine to agree with it on
//! every figure. It returns the JSON shape of spec section 6 directly, so nothing of
//! the polars engine's own number handling is shared with it.
//!
//! [`calculate`] runs the spec's steps for each seller in turn; each step is one
//! function, in the module named after its part of the spec:
//!
//! | step | spec | module |
//! | --- | --- | --- |
//! | credited lines | 3 | `credit` |
//! | quota periods, proration, order of credits | 2.1, 2.2, 4 | `quota` |
//! | tier bands, threshold and cap: F(C) and the deal earnings ek | 2.2, 2.3 | `earnings` |
//! | deal and milestone bonuses | 2.4 | `bonus` |
//! | clawbacks | 2.7 | `clawback` |
//! | item order and the payout cap | 2.5 | `items`, `payout` |
//! | payout periods and draws | 2.6, 2.8 | `payout` |
//! | the results | 5, 6 | `exact`, `results` |

mod bonus;
mod clawback;
mod credit;
mod earnings;
mod exact;
mod items;
mod payout;
mod quota;
mod results;

pub use exact::show;

use num_rational::BigRational;
use num_traits::ToPrimitive;
use plansight_plan::{Inputs, Member};
use serde_json::Value;

/// Computes the whole calculation and returns spec section 6's JSON: every seller
/// calculated (spec 4), by id.
pub fn calculate(inputs: &Inputs) -> Value {
    let sellers = inputs.members().iter().map(|m| calculate_seller(inputs, m)).collect();
    results::calculation(inputs, sellers)
}

/// One seller's results, step by step in the order of the spec.
///
/// Clawbacks (spec 2.7) are made before the items are ordered and capped (spec 2.5),
/// because they are items themselves: the payout cap runs over them too.
fn calculate_seller(inputs: &Inputs, member: &Member) -> Value {
    let plan = &inputs.plan;
    let as_of = inputs.as_of();
    let credited = credit::credited_lines(inputs, member, as_of); // spec 3, 2.8
    let quota_periods = quota::quota_periods(plan, member, &credited); // spec 2.1, 4
    let mut items = earnings::measure_items(plan, &quota_periods); // spec 2.2, 2.3
    items.extend(bonus::deal_bonuses(plan, &credited)); // spec 2.4
    items.extend(bonus::milestone_bonuses(plan, &quota_periods)); // spec 2.4
    let given_back = clawback::clawbacks(plan, as_of, &credited, &items); // spec 2.7
    items.extend(given_back);
    items::order(&mut items); // spec 2.5
    let items = payout::apply_payout_cap(plan.payout_cap, items); // spec 2.5
    let payouts = payout::payouts(plan, member, as_of, &items); // spec 2.6, 2.8
    results::seller(plan, member, &quota_periods, &items, &payouts) // spec 6
}

/// A rational as f64, only for debugging output in failing tests.
pub fn approx(x: &BigRational) -> f64 {
    x.to_f64().unwrap_or(f64::NAN)
}
