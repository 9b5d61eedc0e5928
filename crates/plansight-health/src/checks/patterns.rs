//! For plan designers (severity `info`): credit bunched in the last days of a quota
//! period that carried sellers just over a tier or the threshold. Not an error of the
//! data: a sign that the plan rewards timing. One finding per measure and period, over
//! the whole team, since it is the plan's pattern rather than one seller's.

use super::some_deals;
use crate::checker::Checker;
use crate::finding::{Edit, Finding, Kind, LineKey, Severity};
use plansight_plan::calendar::periods;
use plansight_plan::{Calculation, CreditLine, ItemKind};
use std::collections::{BTreeMap, BTreeSet};

/// The last days of a quota period that count as its end.
const END_DAYS: i64 = 3;

/// The team's bunching findings, from the calculation's traces of tier crossings.
pub(crate) fn bunched(c: &Checker, calc: &Calculation) -> Vec<Finding> {
    let plan = &c.ctx.plan;
    let quota_periods: Vec<_> = plan
        .measures
        .iter()
        .map(|m| periods(plan.start, m.quota_period))
        .collect();
    // (measure, period) -> sellers who crossed a mark in its last days.
    let mut crossed: BTreeMap<(usize, usize), BTreeSet<&str>> = BTreeMap::new();
    for s in &calc.sellers {
        for item in &s.items {
            let t = &item.trace;
            if item.kind != ItemKind::Measure
                || !(t.tier_after > t.tier_before || (!t.threshold_before && t.threshold_after))
            {
                continue;
            }
            let Some(mi) = item.measure.as_deref().and_then(|m| plan.measure_index(m)) else {
                continue;
            };
            let Some(p) = quota_periods[mi]
                .iter()
                .find(|p| p.first <= item.date && item.date <= p.last)
            else {
                continue;
            };
            if (p.last - item.date).num_days() < END_DAYS {
                crossed.entry((mi, p.index)).or_default().insert(s.seller.as_str());
            }
        }
    }
    let mut out = Vec::new();
    for ((mi, pi), sellers) in crossed {
        let (m, p) = (&plan.measures[mi], &quota_periods[mi][pi]);
        let from = p.last - chrono::Days::new(END_DAYS as u64 - 1);
        let late: Vec<&CreditLine> = sellers
            .iter()
            .filter_map(|s| c.by_seller.get(*s))
            .flat_map(|rows| c.at_rows(rows).map(|(_, l)| l))
            .filter(|l| l.credits() && l.close_date.is_some_and(|d| from <= d && d <= p.last))
            .collect();
        if late.is_empty() {
            continue;
        }
        let names: Vec<&str> = sellers.iter().copied().collect();
        let message = format!(
            "In {}, {} seller(s) ({}) closed deals in its last {END_DAYS} days that carried them into a higher tier or over the threshold of {}: {} deal(s) ({}). Deals timed to a period's end are a sign the plan rewards timing; the money at stake is what these sellers would earn had those deals closed a day later, in the next period.",
            p.label,
            names.len(),
            some_deals(names.iter().copied()),
            m.name,
            late.len(),
            some_deals(late.iter().map(|l| l.id.as_str()))
        );
        let salt = format!("{}:{}", m.id, p.label);
        let mut f = Finding::new(
            Kind::BunchedAtPeriodEnd,
            Severity::Info,
            late.iter().map(|l| LineKey::of(l)).collect(),
            &salt,
            message,
        );
        let next = p.last + chrono::Days::new(1);
        if next <= plan.end {
            f.probe = late
                .iter()
                .map(|l| Edit {
                    before: (*l).clone(),
                    after: Some(CreditLine {
                        close_date: Some(next),
                        ..(*l).clone()
                    }),
                })
                .collect();
        }
        out.push(f);
    }
    out
}

/// Deals moved across a quota period's end after they were imported (a later import or
/// an edit changed their close date from one period into another): one finding per
/// measure and period end. The money at stake is what moving them back would change.
pub(crate) fn moved(c: &Checker) -> Vec<Finding> {
    let plan = &c.ctx.plan;
    let mut out = Vec::new();
    for m in &plan.measures {
        let ps = periods(plan.start, m.quota_period);
        let period_of = |d: chrono::NaiveDate| ps.iter().position(|p| p.first <= d && d <= p.last);
        // Period end crossed (the earlier period's index) -> the moves and their lines.
        let mut crossed: BTreeMap<usize, Vec<(&crate::DateMove, &CreditLine)>> = BTreeMap::new();
        for mv in &c.ctx.moves {
            let (Some(a), Some(b)) = (period_of(mv.from), period_of(mv.to)) else {
                continue;
            };
            // Only moves that still stand: the line is there, credited, on the moved date.
            let Some(line) = c.line(&mv.line).filter(|l| l.credits() && l.close_date == Some(mv.to)) else {
                continue;
            };
            if a != b {
                crossed.entry(a.min(b)).or_default().push((mv, line));
            }
        }
        for (pi, moves) in crossed {
            let end = &ps[pi];
            let said: Vec<String> = moves
                .iter()
                .take(5)
                .map(|(mv, l)| format!("{} of {} from {} to {} ({})", l.id, l.seller, mv.from, mv.to, mv.when))
                .collect();
            let more = if moves.len() > 5 {
                format!(" and {} more", moves.len() - 5)
            } else {
                String::new()
            };
            let message = format!(
                "{} deal(s) were moved across the end of {} ({}) after they were first imported: {}{more}. For {}, a deal moved between quota periods can change the tier it pays at; the money at stake is what moving them back would change. Check the moves with the CRM's owner; a plan that rewards timing may need a look.",
                moves.len(),
                end.label,
                end.last,
                said.join("; "),
                m.name
            );
            let salt = format!("moved:{}:{}", m.id, end.label);
            let mut f = Finding::new(
                Kind::MovedAcrossPeriodEnd,
                Severity::Info,
                moves.iter().map(|(_, l)| LineKey::of(l)).collect(),
                &salt,
                message,
            );
            f.probe = moves
                .iter()
                .map(|(mv, l)| Edit {
                    before: (*l).clone(),
                    after: Some(CreditLine {
                        close_date: Some(mv.from),
                        ..(*l).clone()
                    }),
                })
                .collect();
            out.push(f);
        }
    }
    out
}
