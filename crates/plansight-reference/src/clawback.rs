//! Clawbacks (spec 2.7).

use crate::items::Item;
use chrono::NaiveDate;
use num_traits::Zero;
use plansight_plan::plan::Clawback;
use plansight_plan::{BonusRule, CreditLine, Plan, Stage};

/// Clawbacks (spec 2.7): a cancelled credited line whose cancellation is within the
/// window gives back every item of that line (its measure items and deal bonuses, not
/// milestone bonuses) as `clawback` items dated at the cancel date. Attainment is not
/// changed. Items of zero are not given back.
pub(crate) fn clawbacks(plan: &Plan, as_of: NaiveDate, credited: &[&CreditLine], items: &[Item]) -> Vec<Item> {
    let Some(window) = plan.clawback else {
        return Vec::new();
    };
    let mut back = Vec::new();
    for &l in credited {
        let Some(cancel) = clawed_back_on(plan, as_of, window, l) else {
            continue;
        };
        for it in items.iter().filter(|i| i.deal == l.id) {
            if !is_milestone(plan, it) && !it.amount.is_zero() {
                back.push(it.given_back(cancel));
            }
        }
    }
    back
}

/// The date a line is clawed back on: its cancel date, when the line is cancelled at
/// most `days` days after its close date, by the plan's end and by `as_of` (a later
/// cancellation gives back nothing; spec 2.7 reports it as a warning, which
/// [`plansight_plan::Inputs::warnings`] makes).
fn clawed_back_on(plan: &Plan, as_of: NaiveDate, window: Clawback, l: &CreditLine) -> Option<NaiveDate> {
    let (Stage::Cancelled, Some(cancel)) = (l.stage, l.cancel_date) else {
        return None;
    };
    let close = l.close_date.unwrap();
    if (cancel - close).num_days() > window.days || cancel > plan.end || cancel > as_of {
        return None;
    }
    Some(cancel)
}

/// A milestone bonus item: kept when its deal is clawed back.
fn is_milestone(plan: &Plan, it: &Item) -> bool {
    it.kind == "bonus" && matches!(plan.bonuses[it.class.1].rule, BonusRule::Milestone { .. })
}
