//! What the optimiser aims for, the budget it keeps, and how two plans compare — all on
//! exact payouts.

use plansight_forecast::{Book, Scratch};
use plansight_plan::Plan;
use std::cmp::Ordering;

/// What the user asks the plan to do best.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Objective {
    /// The largest share of the total payout to sellers at or above 100% of their
    /// plan-year quota on the primary measure (index).
    PayForPerformance(usize),
    /// The smallest change of any seller's payout from the current plan.
    LeastChange,
    /// The lowest total cost, paying at least what the current plan pays at 100%.
    LowestCost,
}

impl Objective {
    /// Reads `pay-for-performance`, `least-change` or `lowest-cost`; the primary measure
    /// is the plan's first commission measure (else its first).
    pub fn parse(plan: &Plan, text: &str) -> Option<Objective> {
        match text {
            "pay-for-performance" => Some(Objective::PayForPerformance(
                plan.measures
                    .iter()
                    .position(|m| m.kind == plansight_plan::MeasureKind::Commission)
                    .unwrap_or(0),
            )),
            "least-change" => Some(Objective::LeastChange),
            "lowest-cost" => Some(Objective::LowestCost),
            _ => None,
        }
    }

    /// The name the user writes.
    pub fn name(self) -> &'static str {
        match self {
            Objective::PayForPerformance(_) => "pay-for-performance",
            Objective::LeastChange => "least-change",
            Objective::LowestCost => "lowest-cost",
        }
    }
}

/// An objective's value for one plan, exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Score {
    /// Payout to sellers at or above quota over the total (higher is better).
    Share(i128, i128),
    /// The largest change of a seller's payout, 10^-24 (lower is better).
    MaxChange(i128),
    /// The total cost, 10^-24 (lower is better).
    Cost(i128),
}

impl Score {
    /// Whether `self` is better than `other` (the same kind of score).
    pub fn beats(self, other: Score) -> bool {
        self.order(other) == Ordering::Greater
    }

    /// Whether two shares are within a millionth of each other (other scores: equal):
    /// the floating-point solver's rounding, not a difference a designer could see.
    pub fn close(self, other: Score) -> bool {
        match (self, other) {
            (Score::Share(a, b), Score::Share(c, d)) => {
                use ethnum::I256;
                let (b, d) = (I256::from(b.max(1)), I256::from(d.max(1)));
                let diff = I256::from(a) * d - I256::from(c) * b;
                diff.abs() * I256::from(1_000_000i128) <= b * d
            }
            _ => self == other,
        }
    }

    /// `Greater` when `self` is better.
    pub fn order(self, other: Score) -> Ordering {
        match (self, other) {
            (Score::Share(a, b), Score::Share(c, d)) => {
                use ethnum::I256;
                let (b, d) = (b.max(1), d.max(1));
                (I256::from(a) * I256::from(d)).cmp(&(I256::from(c) * I256::from(b)))
            }
            (Score::MaxChange(a), Score::MaxChange(b)) | (Score::Cost(a), Score::Cost(b)) => b.cmp(&a),
            _ => Ordering::Equal,
        }
    }

    /// As people read it: a percentage of the payout, or money.
    pub fn shown(self, currency: &str) -> String {
        match self {
            Score::Share(a, b) => format!(
                "{}% of the payout to sellers at or above quota",
                plansight_plan::shown::percent(plansight_plan::Ratio { num: a, den: b.max(1) }, 1)
            ),
            Score::MaxChange(a) => format!(
                "no seller's payout moves by more than {}",
                plansight_plan::shown::money(plansight_plan::Exact(a), currency)
            ),
            Score::Cost(a) => format!(
                "total cost {}",
                plansight_plan::shown::money(plansight_plan::Exact(a), currency)
            ),
        }
    }

    /// The value alone, as a decimal string: the share (6 digits) or money.
    pub fn value(self) -> String {
        match self {
            Score::Share(a, b) => plansight_plan::fixed::format_ratio(a, b.max(1), 6),
            Score::MaxChange(a) | Score::Cost(a) => plansight_plan::Exact(a).money(),
        }
    }
}

/// Whether each seller is at or above 100% of their plan-year quota on measure `mi`
/// under the plan `books` were compiled from: credit over the year against the sum of
/// the prorated quotas of the periods they are active in, exactly.
pub fn at_quota(plan: &Plan, books: &[Book], mi: usize) -> Vec<bool> {
    let periods = plansight_plan::calendar::periods(plan.start, plan.measures[mi].quota_period);
    let mut s = Scratch::default();
    books
        .iter()
        .map(|b| {
            let credit: i128 = b.evaluate(&[], &mut s).credit[mi].iter().sum();
            // Σ q·n/d over periods, in lowest terms.
            let (mut num, mut den) = (0i128, 1i128);
            for p in &periods {
                if let Some(q) = b.member.quota(plan, mi, p) {
                    let g = gcd(den, q.den);
                    num = num * (q.den / g) + q.num * (den / g);
                    den = den / g * q.den;
                    let r = gcd(num.abs(), den).max(1);
                    (num, den) = (num / r, den / r);
                }
            }
            // credit/10^6 ≥ num/(den·100)  ⟺  credit·den ≥ num·10^4
            num > 0 && credit * den >= num * 10_000
        })
        .collect()
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

/// The score of exact totals under an objective (`winners`: who is at quota).
pub fn score(objective: Objective, totals: &[i128], current: &[i128], winners: &[bool]) -> Score {
    let cost: i128 = totals.iter().sum();
    match objective {
        Objective::PayForPerformance(_) => Score::Share(
            totals.iter().zip(winners).filter(|(_, w)| **w).map(|(t, _)| t).sum(),
            cost,
        ),
        Objective::LeastChange => Score::MaxChange(
            totals
                .iter()
                .zip(current)
                .map(|(t, c)| (t - c).abs())
                .max()
                .unwrap_or(0),
        ),
        Objective::LowestCost => Score::Cost(cost),
    }
}
