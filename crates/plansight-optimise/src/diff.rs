//! The rules that differ between two plans, in words, for the CLI and the plan designer.

use plansight_plan::shown::money;
use plansight_plan::{Exact, Plan};

/// The rules that differ between two plans, in words.
pub fn diff(before: &Plan, after: &Plan) -> Vec<String> {
    let pct = |p: plansight_plan::Point| format!("{}%", plansight_plan::shown::point_percent(p));
    let rate = |r: plansight_plan::Rate| format!("{}%", plansight_plan::shown::rate_percent(r));
    let mut out = Vec::new();
    if before.target_incentive != after.target_incentive {
        out.push(format!(
            "target incentive: {} → {}",
            money(Exact::from_cents(before.target_incentive), &before.currency),
            money(Exact::from_cents(after.target_incentive), &after.currency)
        ));
    }
    for (b, a) in before.measures.iter().zip(&after.measures) {
        for (i, (tb, ta)) in b.tiers.iter().zip(&a.tiers).enumerate() {
            if tb.rate != ta.rate {
                out.push(format!(
                    "{} tier {} rate: {} → {}",
                    b.name,
                    i + 1,
                    rate(tb.rate),
                    rate(ta.rate)
                ));
            }
            if tb.from != ta.from {
                out.push(format!(
                    "{} tier {} starts: {} → {}",
                    b.name,
                    i + 1,
                    pct(tb.from),
                    pct(ta.from)
                ));
            }
        }
        for (what, x, y) in [("threshold", b.threshold, a.threshold), ("cap", b.cap, a.cap)] {
            if x != y {
                let shown = |p: Option<plansight_plan::Point>| p.map(pct).unwrap_or_default();
                out.push(format!("{} {what}: {} → {}", b.name, shown(x), shown(y)));
            }
        }
        if b.quotas != a.quotas {
            out.push(format!(
                "{} quota: {} → {}",
                b.name,
                money(Exact::from_cents(b.quotas[0]), &before.currency),
                money(Exact::from_cents(a.quotas[0]), &after.currency)
            ));
        }
    }
    if out.is_empty() {
        out.push("none".into());
    }
    out
}
