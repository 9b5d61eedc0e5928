//! Bonuses (spec 2.4): deal bonuses on credited lines, milestone bonuses once per quota
//! period.

use crate::credit::{credit, passes};
use crate::exact::{cents, point, rate, share};
use crate::items::Item;
use crate::quota::QuotaPeriod;
use plansight_plan::{BonusPay, BonusRule, CreditLine, Plan};

/// Deal bonuses (spec 2.4): every credited line that passes a deal bonus's own filters
/// (`deal_types`, `products`, `min_amount` on the deal amount, `min_term_months`) earns
/// `amount` × split, or `percent` × credit, dated at its close date.
pub(crate) fn deal_bonuses(plan: &Plan, credited: &[&CreditLine]) -> Vec<Item> {
    let mut items = Vec::new();
    for &l in credited {
        for (bi, b) in plan.bonuses.iter().enumerate() {
            let BonusRule::Deal {
                deal_types,
                products,
                min_amount,
                min_term_months,
                pay,
            } = &b.rule
            else {
                continue;
            };
            let qualifies = passes(deal_types, &l.deal_type)
                && passes(products, &l.product)
                && min_amount.is_none_or(|m| l.amount >= m)
                && min_term_months.is_none_or(|m| l.term_months.is_some_and(|t| t >= m));
            if qualifies {
                let amount = match pay {
                    BonusPay::Amount(a) => cents(*a) * share(l.split),
                    BonusPay::Percent(p) => rate(*p) * credit(l),
                };
                items.push(Item::bonus(l, bi, b, amount));
            }
        }
    }
    items
}

/// Milestone bonuses (spec 2.4): for the named measure, in each of its quota periods,
/// the first credit at which a(Ck) ≥ `attainment` earns `amount`, dated at that
/// credit's close date. At most once per quota period; a later drop below the level
/// does not take it back.
pub(crate) fn milestone_bonuses(plan: &Plan, quota_periods: &[Vec<QuotaPeriod>]) -> Vec<Item> {
    let mut items = Vec::new();
    for (bi, b) in plan.bonuses.iter().enumerate() {
        let BonusRule::Milestone {
            measure,
            attainment,
            amount,
        } = b.rule
        else {
            continue;
        };
        for qp in &quota_periods[measure] {
            let first = qp
                .running_credit()
                .into_iter()
                .find(|(_, _, c)| qp.attainment(c) >= point(attainment));
            if let Some((l, _, _)) = first {
                items.push(Item::bonus(l, bi, b, cents(amount)));
            }
        }
    }
    items
}
