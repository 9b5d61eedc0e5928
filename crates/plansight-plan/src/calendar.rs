//! Plan periods (spec 2.1): annual, quarterly and monthly periods counted from the plan's start.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// How a plan year is cut into quota or payout periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodKind {
    /// Twelve one-month periods `M01`..`M12`.
    Monthly,
    /// Four three-month periods `Q1`..`Q4`.
    Quarterly,
    /// One period `FY`.
    Annual,
}

impl PeriodKind {
    /// Parses the plan-language word.
    pub fn parse(s: &str) -> Option<PeriodKind> {
        match s {
            "monthly" => Some(PeriodKind::Monthly),
            "quarterly" => Some(PeriodKind::Quarterly),
            "annual" => Some(PeriodKind::Annual),
            _ => None,
        }
    }
    /// The plan-language word.
    pub fn as_str(self) -> &'static str {
        match self {
            PeriodKind::Monthly => "monthly",
            PeriodKind::Quarterly => "quarterly",
            PeriodKind::Annual => "annual",
        }
    }
    /// Periods in a plan year.
    pub fn count(self) -> usize {
        match self {
            PeriodKind::Monthly => 12,
            PeriodKind::Quarterly => 4,
            PeriodKind::Annual => 1,
        }
    }
    /// Months in one period.
    pub fn months(self) -> u32 {
        12 / self.count() as u32
    }
    /// The label of period `index` (0-based).
    pub fn label(self, index: usize) -> String {
        match self {
            PeriodKind::Monthly => format!("M{:02}", index + 1),
            PeriodKind::Quarterly => format!("Q{}", index + 1),
            PeriodKind::Annual => "FY".to_string(),
        }
    }
}

/// One period of a plan: its index, label and inclusive dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// 0-based position in the plan year.
    pub index: usize,
    /// `FY`, `Q1`.., `M01`..
    pub label: String,
    /// First day.
    pub first: NaiveDate,
    /// Last day.
    pub last: NaiveDate,
}

impl Period {
    /// Days in the period.
    pub fn days(&self) -> i64 {
        (self.last - self.first).num_days() + 1
    }
    /// Days of the period on which someone active from `from` to `to` (inclusive) is active.
    pub fn active_days(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        let a = from.max(self.first);
        let b = to.min(self.last);
        if b < a {
            0
        } else {
            (b - a).num_days() + 1
        }
    }
}

/// The periods of a plan year starting at `start` (the first day of a month).
pub fn periods(start: NaiveDate, kind: PeriodKind) -> Vec<Period> {
    (0..kind.count())
        .map(|i| {
            let first = start + Months::new(i as u32 * kind.months());
            let last = first + Months::new(kind.months()) - chrono::Days::new(1);
            Period {
                index: i,
                label: kind.label(i),
                first,
                last,
            }
        })
        .collect()
}

/// The 0-based month of the plan year that `date` falls in, for a plan starting at `start`.
/// May be negative or 12 and above for dates outside the plan.
pub fn month_index(start: NaiveDate, date: NaiveDate) -> i32 {
    (date.year() - start.year()) * 12 + date.month() as i32 - start.month() as i32
}

/// The period index (within the plan) of `date`, or `None` outside the plan year.
pub fn period_index(start: NaiveDate, kind: PeriodKind, date: NaiveDate) -> Option<usize> {
    let m = month_index(start, date);
    (0..12).contains(&m).then(|| m as usize / kind.months() as usize)
}

/// Days since 1970-01-01, the integer form dates take inside the engine.
pub fn epoch_days(d: NaiveDate) -> i32 {
    // Counted from the common era: a subtraction, where a duration between two dates
    // costs a division per line of a million-line team.
    chrono::Datelike::num_days_from_ce(&d) - CE_DAYS_AT_EPOCH
}

/// 1970-01-01 counted in days from the common era (0001-01-01 is day 1).
const CE_DAYS_AT_EPOCH: i32 = 719_163;

/// The date of an [`epoch_days`] value.
pub fn from_epoch_days(days: i32) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(days + CE_DAYS_AT_EPOCH).expect("a date the engine made")
}

/// Parses `YYYY-MM-DD` strictly.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter()
            .try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + (c - b'0') as u32))
    };
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }
    #[test]
    fn epoch_days_count_from_1970() {
        assert_eq!(epoch_days(d("1970-01-01")), 0);
        assert_eq!(epoch_days(d("1969-12-31")), -1);
        assert_eq!(epoch_days(d("2026-02-01")), 20485);
        for days in [-800_000, -1, 0, 1, 20485, 2_900_000] {
            assert_eq!(epoch_days(from_epoch_days(days)), days);
        }
    }

    #[test]
    fn quarters_from_a_february_start() {
        let p = periods(d("2026-02-01"), PeriodKind::Quarterly);
        assert_eq!(p.len(), 4);
        assert_eq!((p[0].first, p[0].last), (d("2026-02-01"), d("2026-04-30")));
        assert_eq!((p[3].first, p[3].last), (d("2026-11-01"), d("2027-01-31")));
        assert_eq!(p[0].days(), 89);
        assert_eq!(
            period_index(d("2026-02-01"), PeriodKind::Quarterly, d("2026-05-01")),
            Some(1)
        );
        assert_eq!(
            period_index(d("2026-02-01"), PeriodKind::Quarterly, d("2026-01-31")),
            None
        );
        assert_eq!(
            period_index(d("2026-02-01"), PeriodKind::Monthly, d("2027-01-31")),
            Some(11)
        );
        assert_eq!(p[0].active_days(d("2026-04-01"), d("2027-01-31")), 30);
    }
    #[test]
    fn strict_dates() {
        assert!(parse_date("2026-02-30").is_none());
        assert!(parse_date("2026-2-3").is_none());
        assert!(parse_date("26-02-03xx").is_none());
        assert_eq!(from_epoch_days(epoch_days(d("2026-03-14"))), d("2026-03-14"));
    }
}
