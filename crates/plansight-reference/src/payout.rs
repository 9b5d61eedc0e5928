//! The payout cap (spec 2.5), payout periods and draws (spec 2.6), cut by `as_of`
//! (spec 2.8).

use crate::exact::{cents, q, sum, Q};
use crate::items::Item;
use chrono::NaiveDate;
use num_traits::Zero;
use plansight_plan::plan::{Cents, Draw};
use plansight_plan::{Member, Period, Plan};

/// The payout cap (spec 2.5): with a cap X, R'k = min(X, Rk) of the running sum Rk of
/// the ordered items; item k is paid R'k − R'(k−1), and where that differs from its
/// amount, the difference follows it as a `cap_adjustment` item.
pub(crate) fn apply_payout_cap(cap: Option<Cents>, items: Vec<Item>) -> Vec<Item> {
    let Some(cap) = cap else {
        return items;
    };
    let x = cents(cap);
    let mut paid_items = Vec::new();
    let mut running = q(0);
    for it in items {
        let before = running.clone().min(x.clone());
        running += &it.amount;
        let after = running.clone().min(x.clone());
        let adjustment = (after - before) - &it.amount;
        let extra = (!adjustment.is_zero()).then(|| it.cap_adjustment(adjustment));
        paid_items.push(it);
        paid_items.extend(extra);
    }
    paid_items
}

/// One payout period's figures (spec 2.6).
pub(crate) struct Payout {
    /// The payout period.
    pub period: Period,
    /// Sum of the items dated in it.
    pub earned: Q,
    /// The draw's top-up: D − earned when positive.
    pub draw: Q,
    /// What a recoverable draw took back from `earned`.
    pub recovered: Q,
    /// What is paid.
    pub payable: Q,
    /// The recoverable draw's balance after this period.
    pub balance: Q,
}

/// The payout periods (spec 2.6) that start on or before `as_of` (spec 2.8), in order,
/// with the draw applied to each in which the seller is active for at least one day.
pub(crate) fn payouts(plan: &Plan, member: &Member, as_of: NaiveDate, items: &[Item]) -> Vec<Payout> {
    let mut out = Vec::new();
    let mut balance = q(0);
    for p in plan.payout_periods().into_iter().filter(|p| p.first <= as_of) {
        let earned = sum(items
            .iter()
            .filter(|i| p.first <= i.date && i.date <= p.last)
            .map(|i| &i.amount));
        let (draw, recovered, payable) = match plan.draw {
            Some(d) if p.active_days(member.start, member.end) > 0 => apply_draw(d, &earned, &mut balance),
            _ => (q(0), q(0), earned.clone()),
        };
        out.push(Payout {
            period: p,
            earned,
            draw,
            recovered,
            payable,
            balance: balance.clone(),
        });
    }
    out
}

/// A draw of D in one payout period (spec 2.6), as (draw, recovered, payable).
///
/// Not recoverable: payable = max(earned, D), the shortfall reported as the draw.
/// Recoverable: if earned < D, payable = D and the balance grows by D − earned;
/// otherwise r = min(balance, earned − D) is recovered, payable = earned − r, and the
/// balance shrinks by r.
fn apply_draw(d: Draw, earned: &Q, balance: &mut Q) -> (Q, Q, Q) {
    let dd = cents(d.amount);
    if *earned < dd {
        let draw = &dd - earned;
        if d.recoverable {
            *balance += &draw;
        }
        (draw, q(0), dd)
    } else if d.recoverable {
        let recovered = balance.clone().min(earned - &dd);
        *balance -= &recovered;
        let payable = earned - &recovered;
        (q(0), recovered, payable)
    } else {
        (q(0), q(0), earned.clone())
    }
}
