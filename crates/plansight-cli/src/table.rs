//! Readable terminal tables for `calc` and `whatif`.

use plansight_plan::result::delta;
use plansight_plan::{Calculation, Exact, Plan};
use std::fmt::Write as _;

fn money(e: Exact) -> String {
    sep(&e.money())
}

/// Adds thousands separators (and cents when missing): payouts are read at a glance.
fn sep(s: &str) -> String {
    let grouped = plansight_plan::fixed::group_thousands(s);
    if s.contains('.') {
        grouped
    } else {
        format!("{grouped}.00")
    }
}

/// The `calc` table: per seller, measures, payouts and (optionally) items.
pub fn calculation(plan: &Plan, calc: &Calculation, items: bool) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{} ({}) as of {}, {} sellers",
        plan.name,
        plan.currency,
        calc.as_of,
        calc.sellers.len()
    );
    for w in &calc.warnings {
        let _ = writeln!(o, "warning: {w}");
    }
    for s in &calc.sellers {
        let _ = writeln!(o, "\nSeller {:<12} total {:>14}", s.seller, money(s.total));
        let _ = writeln!(
            o,
            "  {:<12} {:<6} {:>16} {:>16} {:>11} {:>14}",
            "measure", "period", "quota", "credit", "attainment", "earnings"
        );
        for m in &s.measures {
            for p in &m.periods {
                let att = plansight_plan::Ratio {
                    num: p.attainment().num * 100,
                    den: p.attainment().den,
                }
                .show(2);
                let _ = writeln!(
                    o,
                    "  {:<12} {:<6} {:>16} {:>16} {:>10}% {:>14}",
                    m.measure,
                    p.period,
                    sep(&p.quota.money()),
                    money(Exact::from_micros(p.credit)),
                    att,
                    money(p.earnings)
                );
            }
        }
        let _ = writeln!(
            o,
            "  {:<8} {:>14} {:>12} {:>12} {:>14} {:>14}",
            "payout", "earned", "draw", "recovered", "payable", "draw balance"
        );
        for p in &s.payouts {
            let _ = writeln!(
                o,
                "  {:<8} {:>14} {:>12} {:>12} {:>14} {:>14}",
                p.period,
                money(p.earned),
                money(p.draw),
                money(p.recovered),
                money(p.payable),
                money(p.draw_balance)
            );
        }
        if items && !s.items.is_empty() {
            let _ = writeln!(
                o,
                "  {:<10} {:<14} {:<14} {:<14} {:>14}",
                "date", "kind", "deal", "rule", "amount"
            );
            for i in &s.items {
                let rule = i.measure.as_deref().or(i.bonus.as_deref()).unwrap_or("");
                let _ = writeln!(
                    o,
                    "  {:<10} {:<14} {:<14} {:<14} {:>14}",
                    i.date,
                    i.kind.as_str(),
                    i.deal.as_deref().unwrap_or(""),
                    rule,
                    money(i.amount)
                );
            }
        }
    }
    o
}

/// The `whatif` table: per seller, base, scenario and change.
pub fn whatif(plan: &Plan, name: &str, base: &Calculation, result: &Calculation) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "What-if: {name} ({})", plan.currency);
    for w in result.warnings.iter().filter(|w| !base.warnings.contains(w)) {
        let _ = writeln!(o, "warning: {w}");
    }
    let _ = writeln!(o, "{:<12} {:>14} {:>14} {:>14}", "seller", "base", "scenario", "change");
    let total = |c: &Calculation, id: &str| c.seller(id).map_or(Exact::ZERO, |s| s.total);
    for d in delta(base, result) {
        let _ = writeln!(
            o,
            "{:<12} {:>14} {:>14} {:>14}",
            d.seller,
            money(total(base, &d.seller)),
            money(total(result, &d.seller)),
            money(d.total)
        );
        for (p, v) in d.payouts.iter().filter(|(_, v)| *v != Exact::ZERO) {
            let _ = writeln!(o, "  {:<10} {:>41}", p, money(*v));
        }
    }
    o
}
