//! For plan designers (severity `info`): credit bunched in the last days of a quota
//! period that carried a seller just over a tier or the threshold. Not an error of the
//! data: a sign that the plan rewards timing, which the designer may want to look at.

use super::some_deals;
use crate::checker::Checker;
use crate::finding::{Edit, Finding, Kind, LineKey, Severity};
use plansight_plan::calendar::periods;
use plansight_plan::{CreditLine, ItemKind, SellerResult};
use std::collections::BTreeSet;

/// The last days of a quota period that count as its end.
const END_DAYS: i64 = 3;

/// The bunching findings of one seller's calculation.
pub(crate) fn bunched(c: &Checker, s: &SellerResult, lines: &[(usize, &CreditLine)]) -> Vec<Finding> {
    let plan = &c.ctx.plan;
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for item in &s.items {
        let t = &item.trace;
        let crossed = t.tier_after > t.tier_before || (!t.threshold_before && t.threshold_after);
        let (ItemKind::Measure, true, Some(mid)) = (item.kind, crossed, item.measure.as_deref()) else {
            continue;
        };
        let Some(m) = plan.measures.iter().find(|m| m.id == mid) else {
            continue;
        };
        let Some(p) = periods(plan.start, m.quota_period)
            .into_iter()
            .find(|p| p.first <= item.date && item.date <= p.last)
        else {
            continue;
        };
        let from = p.last - chrono::Days::new(END_DAYS as u64 - 1);
        if item.date < from || !seen.insert((mid.to_string(), p.index)) {
            continue;
        }
        let late: Vec<&CreditLine> = lines
            .iter()
            .map(|(_, l)| *l)
            .filter(|l| l.credits() && l.close_date.is_some_and(|d| from <= d && d <= p.last))
            .collect();
        if late.is_empty() {
            continue;
        }
        let what = if t.tier_after > t.tier_before {
            "into a higher tier"
        } else {
            "over the threshold"
        };
        let message = format!(
            "{} closed {} deal(s) in the last {END_DAYS} days of {} ({}), and the last of them carried {} on {} {what}. Deals timed to a period's end are a sign the plan rewards timing; the money at stake is what the seller would earn had they closed a day later, in the next period.",
            s.seller,
            late.len(),
            p.label,
            some_deals(late.iter().map(|l| l.id.as_str())),
            s.seller,
            m.name
        );
        let salt = format!("{mid}:{}", p.label);
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
