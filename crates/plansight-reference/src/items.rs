//! Earnings items (spec 2.5): what they are and the order they are listed in.

use crate::exact::Q;
use chrono::NaiveDate;
use plansight_plan::{Bonus, CreditLine, Measure};

/// One earnings item (spec 2.5).
pub(crate) struct Item {
    /// When it is earned or given back.
    pub date: NaiveDate,
    /// The deal it comes from.
    pub deal: String,
    /// Its place among items of the same date and deal: 0 measure, 1 bonus, 2 clawback
    /// (3 cap adjustment, never sorted), then plan order, then the original item's order.
    pub class: (u8, usize, usize),
    /// `measure`, `bonus`, `clawback` or `cap_adjustment`.
    pub kind: &'static str,
    /// The measure it comes from.
    pub measure: Option<String>,
    /// The bonus it comes from.
    pub bonus: Option<String>,
    /// The exact amount.
    pub amount: Q,
}

impl Item {
    /// A deal's earnings in measure `mi` (spec 2.2), dated at its close date.
    pub fn measure(l: &CreditLine, mi: usize, m: &Measure, amount: Q) -> Item {
        Item {
            date: l.close_date.unwrap(),
            deal: l.id.clone(),
            class: (0, mi, 0),
            kind: "measure",
            measure: Some(m.id.clone()),
            bonus: None,
            amount,
        }
    }

    /// Bonus `bi` earned on a deal (spec 2.4), dated at its close date.
    pub fn bonus(l: &CreditLine, bi: usize, b: &Bonus, amount: Q) -> Item {
        Item {
            date: l.close_date.unwrap(),
            deal: l.id.clone(),
            class: (1, bi, 0),
            kind: "bonus",
            measure: None,
            bonus: Some(b.id.clone()),
            amount,
        }
    }

    /// This item given back on `date` (spec 2.7).
    pub fn given_back(&self, date: NaiveDate) -> Item {
        Item {
            date,
            deal: self.deal.clone(),
            class: (2, self.class.0 as usize, self.class.1),
            kind: "clawback",
            measure: self.measure.clone(),
            bonus: self.bonus.clone(),
            amount: -self.amount.clone(),
        }
    }

    /// The extra item that corrects this one to what the payout cap lets through
    /// (spec 2.5): same date and deal.
    pub fn cap_adjustment(&self, amount: Q) -> Item {
        Item {
            date: self.date,
            deal: self.deal.clone(),
            class: (3, 0, 0),
            kind: "cap_adjustment",
            measure: self.measure.clone(),
            bonus: self.bonus.clone(),
            amount,
        }
    }
}

/// Orders items (spec 2.5) by date, then deal id byte by byte, then measures in plan
/// order, then bonuses in plan order, then clawbacks.
pub(crate) fn order(items: &mut [Item]) {
    items.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then(a.deal.as_bytes().cmp(b.deal.as_bytes()))
            .then(a.class.cmp(&b.class))
    });
}
