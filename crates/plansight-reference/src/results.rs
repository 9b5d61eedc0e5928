//! The results as spec section 6's JSON, every figure rounded as spec 5 says.

use crate::earnings::earnings;
use crate::exact::{show, sum};
use crate::items::Item;
use crate::payout::Payout;
use crate::quota::QuotaPeriod;
use plansight_plan::{Inputs, Member, Plan};
use serde_json::{json, Value};

/// The whole calculation: plan, currency, `as_of`, warnings (spec 2.7, 4) and the
/// sellers' results.
pub(crate) fn calculation(inputs: &Inputs, sellers: Vec<Value>) -> Value {
    let plan = &inputs.plan;
    json!({
        "plan": plan.id,
        "currency": plan.currency,
        "as_of": inputs.as_of().to_string(),
        "warnings": inputs.warnings().iter().map(|w| w.message.clone()).collect::<Vec<_>>(),
        "sellers": sellers,
    })
}

/// One seller: `total` is the exact sum of all items, rounded; measures in plan order
/// with their quota periods; payouts; items.
pub(crate) fn seller(
    plan: &Plan,
    member: &Member,
    quota_periods: &[Vec<QuotaPeriod>],
    items: &[Item],
    payouts: &[Payout],
) -> Value {
    let total = sum(items.iter().map(|i| &i.amount));
    let measures: Vec<Value> = plan
        .measures
        .iter()
        .zip(quota_periods)
        .map(|(m, qps)| {
            let periods: Vec<Value> = qps.iter().map(|qp| quota_period(plan, qp)).collect();
            json!({"measure": m.id, "periods": periods})
        })
        .collect();
    json!({
        "seller": member.id,
        "total": show(&total, 2),
        "measures": measures,
        "payouts": payouts.iter().map(payout).collect::<Vec<_>>(),
        "items": items.iter().map(item).collect::<Vec<_>>(),
    })
}

/// A quota period: quota, credit Cn, attainment a(Cn), and `earnings` F(Cn) of spec 2.2,
/// before clawbacks and the payout cap.
fn quota_period(plan: &Plan, qp: &QuotaPeriod) -> Value {
    let c = qp.credit();
    json!({
        "period": qp.period.label,
        "quota": show(&qp.quota, 2),
        "credit": show(&c, 2),
        "attainment": show(&qp.attainment(&c), 6),
        "earnings": show(&earnings(&plan.measures[qp.measure], qp, &c), 2),
    })
}

/// A payout period (spec 2.6).
fn payout(p: &Payout) -> Value {
    json!({
        "period": p.period.label,
        "earned": show(&p.earned, 2),
        "draw": show(&p.draw, 2),
        "recovered": show(&p.recovered, 2),
        "payable": show(&p.payable, 2),
        "draw_balance": show(&p.balance, 2),
    })
}

/// An item (spec 2.5).
fn item(i: &Item) -> Value {
    json!({
        "date": i.date.to_string(),
        "kind": i.kind,
        "deal": i.deal,
        "measure": i.measure,
        "bonus": i.bonus,
        "amount": show(&i.amount, 2),
    })
}
