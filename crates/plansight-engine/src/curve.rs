//! The payout curve: a measure's earnings in one quota period against attainment, for a
//! seller like a given one, sampled by the engine's own rules (so the curve is exactly
//! what the engine would pay, thresholds, tiers, caps and proration included).
//!
//! Every point is one probe seller with the given seller's roster entry (start and end
//! dates, quota and target incentive overrides) whose only credit line is a copy of one
//! of the seller's deals, resized to reach that attainment. All probes are computed in
//! one calculation, so a curve of forty points costs one engine run over forty lines.

use crate::{calculate, EngineError};
use plansight_plan::{Cents, CreditLine, Exact, Inputs, ItemKind, Plan, Ratio, Seller, Share, Stage};

/// What to sample: a measure of `plan` in the quota period of `deal` (one of the seller's
/// credited lines), whose prorated quota for the seller is `quota` (cents, as a ratio).
pub struct CurveOf<'a> {
    /// The plan whose rules are sampled (the plan in effect, or a proposed change).
    pub plan: &'a Plan,
    /// The measure's id.
    pub measure: &'a str,
    /// A credited line of the seller in that quota period: its date, product and type
    /// place the probes.
    pub deal: &'a CreditLine,
    /// The seller's roster entry, when the workspace has a roster.
    pub seller: Option<&'a Seller>,
    /// The seller's prorated quota in that period, in cents.
    pub quota: Ratio,
    /// The as-of date of the inputs (`None`: the plan's end).
    pub as_of: Option<chrono::NaiveDate>,
}

/// The measure's earnings at each attainment point (scaled by 10^4: 10000 is 100%).
pub fn sample(of: &CurveOf, points: &[i64]) -> Result<Vec<(i64, Exact)>, EngineError> {
    let probe = |a: i64| format!("curve-{a:06}");
    let lines: Vec<CreditLine> = points
        .iter()
        .map(|&a| CreditLine {
            id: format!("curve-{a}"),
            seller: probe(a),
            amount: Cents(i64::try_from(of.quota.num * a as i128 / (of.quota.den * 10_000)).unwrap_or(i64::MAX / 4)),
            stage: Stage::Won,
            split: Share::ONE,
            cancel_date: None,
            hold: None,
            ..of.deal.clone()
        })
        .collect();
    let roster = of.seller.map(|me| {
        points
            .iter()
            .map(|&a| Seller {
                id: probe(a),
                ..me.clone()
            })
            .collect()
    });
    let calc = calculate(&Inputs {
        plan: of.plan.clone(),
        lines,
        roster,
        as_of: of.as_of,
    })?;
    Ok(points
        .iter()
        .map(|&a| {
            let earned = calc.seller(&probe(a)).map_or(Exact::default(), |r| {
                r.items
                    .iter()
                    .filter(|i| i.kind == ItemKind::Measure && i.measure.as_deref() == Some(of.measure))
                    .map(|i| i.amount)
                    .sum()
            });
            (a, earned)
        })
        .collect())
}
