//! The reference engine: the plan language computed the plain way, with exact
//! rationals and loops over one seller at a time, written to be read against the spec.
//!
//! It exists only so that tests can require the polars engine to agree with it on
//! every figure. It returns the JSON shape of spec section 6 directly, so nothing of
//! the polars engine's own number handling is shared with it.

use chrono::NaiveDate;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};
use plansight_plan::calendar::periods;
use plansight_plan::{BonusPay, BonusRule, CreditLine, Inputs, MeasureKind, Stage, TierMode};
use serde_json::{json, Value};

type Q = BigRational;

fn q(n: i64) -> Q {
    Q::from_integer(BigInt::from(n))
}
fn frac(n: i64, d: i64) -> Q {
    Q::new(BigInt::from(n), BigInt::from(d))
}
fn cents(c: i64) -> Q {
    frac(c, 100)
}

/// Rounds half to even at `digits` and writes with exactly that many digits.
pub fn show(x: &Q, digits: u32) -> String {
    let scale = BigInt::from(10).pow(digits);
    let scaled = x * Q::from_integer(scale.clone());
    let fl = scaled.floor();
    let rest = &scaled - &fl;
    let half = frac(1, 2);
    let mut n = fl.to_integer();
    if rest > half || (rest == half && (&n % BigInt::from(2)) != BigInt::zero()) {
        n += 1;
    }
    let neg = n.is_negative();
    let s = n.abs().to_string();
    let s = format!("{:0>width$}", s, width = digits as usize + 1);
    let (int, dec) = s.split_at(s.len() - digits as usize);
    format!(
        "{}{}{}{}",
        if neg { "-" } else { "" },
        int,
        if digits > 0 { "." } else { "" },
        dec
    )
}

struct Item {
    date: NaiveDate,
    deal: String,
    /// 0 measure, 1 bonus, 2 clawback, then plan order, then the original item's order.
    class: (u8, usize, usize),
    kind: &'static str,
    measure: Option<String>,
    bonus: Option<String>,
    amount: Q,
}

fn passes(list: &Option<Vec<String>>, value: &Option<String>) -> bool {
    match list {
        None => true,
        Some(l) => value.as_ref().is_some_and(|v| l.contains(v)),
    }
}

/// Computes the whole calculation and returns spec section 6's JSON.
pub fn calculate(inputs: &Inputs) -> Value {
    let plan = &inputs.plan;
    let as_of = inputs.as_of();
    let mut sellers = Vec::new();
    for member in inputs.members() {
        // Spec 3: a line is credited when won or cancelled, closed within the plan and
        // by as_of, while the seller is active.
        let credited: Vec<&CreditLine> = inputs
            .lines
            .iter()
            .filter(|l| l.seller == member.id && l.stage.is_credited())
            .filter(|l| {
                l.close_date
                    .is_some_and(|d| d >= plan.start && d <= plan.end && d <= as_of && member.is_active(d))
            })
            .collect();
        let credit = |l: &CreditLine| frac(l.amount * l.split, 1_000_000);
        let mut items: Vec<Item> = Vec::new();
        let mut measures_json = Vec::new();
        for (mi, m) in plan.measures.iter().enumerate() {
            let mut periods_json = Vec::new();
            for p in periods(plan.start, m.quota_period) {
                let n = p.active_days(member.start, member.end);
                if n == 0 {
                    continue;
                }
                let base_quota = member.quota_override[mi].unwrap_or(m.quotas[p.index]);
                let quota = cents(base_quota) * frac(n, p.days());
                let base = match m.kind {
                    MeasureKind::Commission => quota.clone(),
                    MeasureKind::Incentive => {
                        cents(member.target_incentive)
                            * frac(1, m.quota_period.count() as i64)
                            * frac(n, p.days())
                            * frac(m.weight, 10_000)
                    }
                };
                let mut lines: Vec<&&CreditLine> = credited
                    .iter()
                    .filter(|l| p.first <= l.close_date.unwrap() && l.close_date.unwrap() <= p.last)
                    .filter(|l| passes(&m.deal_types, &l.deal_type) && passes(&m.products, &l.product))
                    .collect();
                lines.sort_by(|a, b| {
                    a.close_date
                        .cmp(&b.close_date)
                        .then(a.id.as_bytes().cmp(b.id.as_bytes()))
                });
                // F(C) of spec 2.2.
                let f = |c: &Q| -> Q {
                    let a = c / &quota;
                    if let Some(t) = m.threshold {
                        if a < frac(t, 10_000) {
                            return q(0);
                        }
                    }
                    let mut a1 = if a.is_negative() { q(0) } else { a.clone() };
                    if let Some(cap) = m.cap {
                        a1 = a1.min(frac(cap, 10_000));
                    }
                    match m.tier_mode {
                        TierMode::Marginal => {
                            let mut sum = q(0);
                            for (t, tier) in m.tiers.iter().enumerate() {
                                let from = frac(tier.from, 10_000);
                                let upto = match m.tiers.get(t + 1) {
                                    Some(next) => a1.clone().min(frac(next.from, 10_000)),
                                    None => a1.clone(),
                                };
                                let width = upto - &from;
                                if width.is_positive() {
                                    sum += frac(tier.rate, 1_000_000) * width;
                                }
                            }
                            &base * sum
                        }
                        TierMode::Retroactive => {
                            let top = m.tiers.iter().filter(|t| frac(t.from, 10_000) <= a1).last().unwrap();
                            &base * frac(top.rate, 1_000_000) * &a1
                        }
                    }
                };
                let mut c = q(0);
                let mut milestone_paid = vec![false; plan.bonuses.len()];
                for l in &lines {
                    let before = f(&c);
                    c += credit(l);
                    let after = f(&c);
                    let date = l.close_date.unwrap();
                    items.push(Item {
                        date,
                        deal: l.id.clone(),
                        class: (0, mi, 0),
                        kind: "measure",
                        measure: Some(m.id.clone()),
                        bonus: None,
                        amount: after - before,
                    });
                    for (bi, b) in plan.bonuses.iter().enumerate() {
                        if let BonusRule::Milestone {
                            measure,
                            attainment,
                            amount,
                        } = b.rule
                        {
                            if measure == mi && !milestone_paid[bi] && &c / &quota >= frac(attainment, 10_000) {
                                milestone_paid[bi] = true;
                                items.push(Item {
                                    date,
                                    deal: l.id.clone(),
                                    class: (1, bi, 0),
                                    kind: "bonus",
                                    measure: None,
                                    bonus: Some(b.id.clone()),
                                    amount: cents(amount),
                                });
                            }
                        }
                    }
                }
                periods_json.push(json!({
                    "period": p.label,
                    "quota": show(&quota, 2),
                    "credit": show(&c, 2),
                    "attainment": show(&(&c / &quota), 6),
                    "earnings": show(&f(&c), 2),
                }));
            }
            measures_json.push(json!({"measure": m.id, "periods": periods_json}));
        }
        // Spec 2.4: deal bonuses.
        for l in &credited {
            for (bi, b) in plan.bonuses.iter().enumerate() {
                if let BonusRule::Deal {
                    deal_types,
                    products,
                    min_amount,
                    min_term_months,
                    pay,
                } = &b.rule
                {
                    let ok = passes(deal_types, &l.deal_type)
                        && passes(products, &l.product)
                        && min_amount.is_none_or(|m| l.amount >= m)
                        && min_term_months.is_none_or(|m| l.term_months.is_some_and(|t| t >= m));
                    if ok {
                        let amount = match pay {
                            BonusPay::Amount(a) => cents(*a) * frac(l.split, 10_000),
                            BonusPay::Percent(p) => frac(*p, 1_000_000) * credit(l),
                        };
                        items.push(Item {
                            date: l.close_date.unwrap(),
                            deal: l.id.clone(),
                            class: (1, bi, 0),
                            kind: "bonus",
                            measure: None,
                            bonus: Some(b.id.clone()),
                            amount,
                        });
                    }
                }
            }
        }
        // Spec 2.7: clawbacks give back the line's measure items and deal bonuses.
        if let Some(cb) = plan.clawback {
            let mut back = Vec::new();
            for l in &credited {
                let (Stage::Cancelled, Some(cancel)) = (l.stage, l.cancel_date) else {
                    continue;
                };
                let close = l.close_date.unwrap();
                if (cancel - close).num_days() > cb.days || cancel > plan.end || cancel > as_of {
                    continue;
                }
                for it in items.iter().filter(|i| i.deal == l.id) {
                    let is_milestone =
                        it.kind == "bonus" && matches!(plan.bonuses[it.class.1].rule, BonusRule::Milestone { .. });
                    if is_milestone || it.amount.is_zero() {
                        continue;
                    }
                    back.push(Item {
                        date: cancel,
                        deal: l.id.clone(),
                        class: (2, it.class.0 as usize, it.class.1),
                        kind: "clawback",
                        measure: it.measure.clone(),
                        bonus: it.bonus.clone(),
                        amount: -it.amount.clone(),
                    });
                }
            }
            items.extend(back);
        }
        items.sort_by(|a, b| {
            a.date
                .cmp(&b.date)
                .then(a.deal.as_bytes().cmp(b.deal.as_bytes()))
                .then(a.class.cmp(&b.class))
        });
        // Spec 2.5: the payout cap, as extra cap_adjustment items.
        let mut paid_items: Vec<Item> = Vec::new();
        let mut running = q(0);
        for it in items {
            if let Some(cap) = plan.payout_cap {
                let x = cents(cap);
                let before = running.clone().min(x.clone());
                running += &it.amount;
                let after = running.clone().min(x);
                let paid = after - before;
                let adj = &paid - &it.amount;
                let (date, deal) = (it.date, it.deal.clone());
                let (measure, bonus) = (it.measure.clone(), it.bonus.clone());
                paid_items.push(it);
                if !adj.is_zero() {
                    paid_items.push(Item {
                        date,
                        deal,
                        class: (3, 0, 0),
                        kind: "cap_adjustment",
                        measure,
                        bonus,
                        amount: adj,
                    });
                }
            } else {
                paid_items.push(it);
            }
        }
        let total: Q = paid_items.iter().fold(q(0), |s, i| s + &i.amount);
        // Spec 2.6: payouts and draws.
        let mut payouts = Vec::new();
        let mut balance = q(0);
        for p in plan.payout_periods().into_iter().filter(|p| p.first <= as_of) {
            let earned: Q = paid_items
                .iter()
                .filter(|i| p.first <= i.date && i.date <= p.last)
                .fold(q(0), |s, i| s + &i.amount);
            let (mut draw, mut recovered, mut payable) = (q(0), q(0), earned.clone());
            if let Some(d) = plan.draw {
                if p.active_days(member.start, member.end) > 0 {
                    let dd = cents(d.amount);
                    if earned < dd {
                        draw = &dd - &earned;
                        payable = dd.clone();
                        if d.recoverable {
                            balance += &draw;
                        }
                    } else if d.recoverable {
                        recovered = balance.clone().min(&earned - &dd);
                        payable = &earned - &recovered;
                        balance -= &recovered;
                    }
                }
            }
            payouts.push(json!({
                "period": p.label,
                "earned": show(&earned, 2),
                "draw": show(&draw, 2),
                "recovered": show(&recovered, 2),
                "payable": show(&payable, 2),
                "draw_balance": show(&balance, 2),
            }));
        }
        let items_json: Vec<Value> = paid_items
            .iter()
            .map(|i| json!({"date": i.date.to_string(), "kind": i.kind, "deal": i.deal, "measure": i.measure, "bonus": i.bonus, "amount": show(&i.amount, 2)}))
            .collect();
        sellers.push(json!({
            "seller": member.id,
            "total": show(&total, 2),
            "measures": measures_json,
            "payouts": payouts,
            "items": items_json,
        }));
    }
    json!({
        "plan": plan.id,
        "currency": plan.currency,
        "as_of": as_of.to_string(),
        "warnings": inputs.warnings().iter().map(|w| w.message.clone()).collect::<Vec<_>>(),
        "sellers": sellers,
    })
}

/// A rational as f64, only for debugging output in failing tests.
pub fn approx(x: &Q) -> f64 {
    x.to_f64().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn shows_half_even() {
        assert_eq!(show(&frac(125, 1000), 2), "0.12");
        assert_eq!(show(&frac(135, 1000), 2), "0.14");
        assert_eq!(show(&frac(-135, 1000), 2), "-0.14");
        assert_eq!(show(&frac(1, 3), 6), "0.333333");
        assert_eq!(show(&q(0), 2), "0.00");
        assert_eq!(show(&frac(-1, 1000), 2), "0.00");
    }
}
