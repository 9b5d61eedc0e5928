//! Earnings of a measure in one quota period (spec 2.2), with its threshold and cap
//! (spec 2.3): F(C) and the earnings ek of each deal.

use crate::exact::{point, q, rate, Q};
use crate::items::Item;
use crate::quota::QuotaPeriod;
use num_traits::Signed;
use plansight_plan::{Measure, Plan, TierMode};

/// The measure items: in every quota period, the deal at position k earns
/// ek = F(Ck) − F(C(k−1)), dated at its close date (spec 2.2).
pub(crate) fn measure_items(plan: &Plan, quota_periods: &[Vec<QuotaPeriod>]) -> Vec<Item> {
    let mut items = Vec::new();
    for qp in quota_periods.iter().flatten() {
        let m = &plan.measures[qp.measure];
        for (l, before, after) in qp.running_credit() {
            let amount = earnings(m, qp, &after) - earnings(m, qp, &before);
            items.push(Item::measure(l, qp.measure, m, amount));
        }
    }
    items
}

/// F(C) of spec 2.2: nothing below the threshold (spec 2.3), otherwise the base times
/// what the tiers pay on the bounded attainment a'.
pub(crate) fn earnings(m: &Measure, qp: &QuotaPeriod, c: &Q) -> Q {
    let a = qp.attainment(c);
    if below_threshold(m, &a) {
        return q(0);
    }
    let a1 = bounded_attainment(m, &a);
    match m.tier_mode {
        TierMode::Marginal => &qp.base * marginal(m, &a1),
        TierMode::Retroactive => &qp.base * retroactive(m, &a1),
    }
}

/// Threshold θ (spec 2.2, 2.3): a(C) < θ earns nothing. Crossing θ releases everything
/// earned from zero, since F is then computed as if there were no threshold.
fn below_threshold(m: &Measure, a: &Q) -> bool {
    m.threshold.is_some_and(|t| *a < point(t))
}

/// a' = min(max(a, 0), cap) (spec 2.2); no cap, no upper bound. The cap limits
/// attainment, not money (spec 2.3).
fn bounded_attainment(m: &Measure, a: &Q) -> Q {
    let a1 = if a.is_negative() { q(0) } else { a.clone() };
    match m.cap {
        Some(cap) => a1.min(point(cap)),
        None => a1,
    }
}

/// Marginal tiers (spec 2.2): Σ_t rate_t × max(0, min(a', from_(t+1)) − from_t); tier t
/// covers [from_t, from_(t+1)) and the last tier is open-ended.
fn marginal(m: &Measure, a1: &Q) -> Q {
    let mut total = q(0);
    for (t, tier) in m.tiers.iter().enumerate() {
        let upto = match m.tiers.get(t + 1) {
            Some(next) => a1.clone().min(point(next.from)),
            None => a1.clone(),
        };
        let width = upto - point(tier.from);
        if width.is_positive() {
            total += rate(tier.rate) * width;
        }
    }
    total
}

/// Retroactive tiers (spec 2.2): rate_t* × a', where t* is the highest tier with
/// from_t ≤ a' (the first tier starts at 0, so there is one).
fn retroactive(m: &Measure, a1: &Q) -> Q {
    let top = m.tiers.iter().rev().find(|t| point(t.from) <= *a1).unwrap();
    rate(top.rate) * a1
}
