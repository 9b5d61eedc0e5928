//! When the plan pays: the day of the month its document says a payout period is paid on
//! ("paid on Ledger Day, the 25th of the following month"), for "my next payment".

use super::Vocabulary;
use chrono::Datelike;

/// The day most plans pay on, when the document does not say.
const USUAL_DAY: u32 = 15;

impl Vocabulary<'_> {
    /// The day of the month after a payout period that pays it: the first "the 25th of the
    /// following month" (or "of the month after") the document says of pay, not of
    /// statements.
    pub(in crate::query) fn payday_day(&self) -> u32 {
        self.stated_payday_day().unwrap_or(USUAL_DAY)
    }

    /// The day of the month the document says pay is made on, when it says one.
    pub(in crate::query) fn stated_payday_day(&self) -> Option<u32> {
        let text = self.document.unwrap_or_default().to_lowercase();
        text.split(['.', '|', '\n'])
            .filter(|s| !s.contains("statement"))
            .find_map(|s| {
                let at = s
                    .find(" of the following month")
                    .or_else(|| s.find(" of the month after"))?;
                let before = s[..at].trim_end();
                let digits: String = before
                    .trim_end_matches(|c: char| c.is_alphabetic())
                    .chars()
                    .rev()
                    .take_while(char::is_ascii_digit)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                digits.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
            })
    }

    /// The payout period the next payday pays: the first whose payday falls on or after the
    /// as-of date (the day kept inside a short month).
    pub(in crate::query) fn next_paid(&self) -> Option<String> {
        self.next_payday().map(|(label, _)| label)
    }

    /// The next payday, with the payout period it pays.
    fn next_payday(&self) -> Option<(String, chrono::NaiveDate)> {
        let as_of = self.inputs.as_of();
        self.paydays().into_iter().find(|(_, paid)| *paid >= as_of)
    }

    /// The last payday on or before the as-of date, with the payout period it paid.
    pub(in crate::query) fn last_payday(&self) -> Option<(String, chrono::NaiveDate)> {
        let as_of = self.inputs.as_of();
        self.paydays().into_iter().rev().find(|(_, paid)| *paid <= as_of)
    }

    /// Whether the document pays on the last working day of the month after a period
    /// ("Shore Day: the last working day of the month after").
    pub(in crate::query) fn pays_last_working_day(&self) -> bool {
        let text = self.document.unwrap_or_default().to_lowercase();
        self.stated_payday_day().is_none()
            && ["last working day", "last business day"].iter().any(|w| {
                text.contains(&format!("{w} of the month after"))
                    || text.contains(&format!("{w} of the following month"))
            })
    }

    /// The payout period paid on a day of the month said alone ("my check on the 29th"),
    /// where the plan pays on the month's last working day: the next payday on that day,
    /// else the last.
    pub(in crate::query) fn paid_on_day(&self, days: &[u32]) -> Option<String> {
        self.next_payday()
            .filter(|(_, d)| days.contains(&d.day()))
            .or_else(|| self.last_payday().filter(|(_, d)| days.contains(&d.day())))
            .map(|(label, _)| label)
    }

    /// The payout period the last payday before the as-of date paid ("what did I get on the
    /// 20th").
    pub(in crate::query) fn last_paid(&self) -> Option<String> {
        self.last_payday().map(|(label, _)| label)
    }

    /// Each payout period with the day it is paid on.
    fn paydays(&self) -> Vec<(String, chrono::NaiveDate)> {
        let plan = &self.inputs.plan;
        let day = self.payday_day();
        let working = self.pays_last_working_day();
        plansight_plan::calendar::periods(plan.start, plan.payout_period)
            .into_iter()
            .filter_map(|p| {
                let first = p.last.with_day(1)?.checked_add_months(chrono::Months::new(1))?;
                let mut last = first + chrono::Months::new(1) - chrono::Days::new(1);
                if working {
                    while matches!(last.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun) {
                        last = last.pred_opt()?;
                    }
                    return Some((p.label, last));
                }
                Some((p.label, first.with_day(day.min(last.day())).unwrap_or(last)))
            })
            .collect()
    }
}
