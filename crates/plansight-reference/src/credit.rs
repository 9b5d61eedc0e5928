//! Credit lines (spec 3): which lines credit a seller, which measures they credit,
//! and by how much.

use crate::exact::{frac, Q};
use chrono::NaiveDate;
use plansight_plan::{CreditLine, Inputs, Measure, Member};

/// The seller's credited lines (spec 3, cut by `as_of` per spec 2.8): won or cancelled,
/// closed within the plan and on or before `as_of`, while the seller is active. In the
/// order of the deals file.
pub(crate) fn credited_lines<'a>(inputs: &'a Inputs, member: &Member, as_of: NaiveDate) -> Vec<&'a CreditLine> {
    let plan = &inputs.plan;
    inputs
        .lines
        .iter()
        .filter(|l| l.seller == member.id && l.credits())
        .filter(|l| {
            l.close_date
                .is_some_and(|d| d >= plan.start && d <= plan.end && d <= as_of && member.is_active(d))
        })
        .collect()
}

/// A credited line's credit (spec 3): amount × split.
pub(crate) fn credit(l: &CreditLine) -> Q {
    frac(l.amount.0 * l.split.0, 1_000_000)
}

/// Whether a line credits a measure (spec 3): it passes the measure's `deal_types` and
/// `products` filters.
pub(crate) fn credits_measure(m: &Measure, l: &CreditLine) -> bool {
    passes(&m.deal_types, &l.deal_type) && passes(&m.products, &l.product)
}

/// Whether a line's type or product passes a filter (spec 2): no list lets every value
/// through (the plan reader turns an empty list into none); a list only the values on
/// it, and never a line without a value. Both sides are already lowercase.
pub(crate) fn passes(list: &Option<Vec<String>>, value: &Option<String>) -> bool {
    match list {
        None => true,
        Some(l) => value.as_ref().is_some_and(|v| l.contains(v)),
    }
}
