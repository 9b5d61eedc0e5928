//! Where a seller stands against the plan, from a calculation's figures: the next tier
//! or threshold and the credit that reaches it, attainment over the plan year, and pace
//! (attainment against the share of the plan year gone by). The screens, the assistant
//! and the charts all ask here, so each is computed one way.

use plansight_plan::result::{attainment, PeriodFigures};
use plansight_plan::{Cents, Measure, Plan, Point, Ratio, SellerResult};

/// The next mark of a measure above a seller's attainment in a quota period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextMark {
    /// The threshold or tier start, as an attainment point (scaled by 10^4).
    pub point: Point,
    /// The credit, in cents rounded up, that reaches it.
    pub credit_cents: Cents,
}

/// The lowest threshold or tier start above the period's attainment (and not above the
/// cap), with the credit that reaches it; `None` above the top tier.
pub fn next_mark(m: &Measure, p: &PeriodFigures) -> Option<NextMark> {
    let (q, credit) = (p.quota, p.credit);
    if q.num <= 0 || q.den <= 0 {
        return None;
    }
    // from/10^4 > credit·den/(num·10^4)  <=>  from·num > credit·den
    let above = |f: Point| f.0 as i128 * q.num > credit * q.den && m.cap.is_none_or(|c| f <= c);
    let point = m
        .threshold
        .into_iter()
        .chain(m.tiers.iter().map(|t| t.from))
        .filter(|&f| above(f))
        .min()?;
    Some(NextMark {
        point,
        credit_cents: credit_to(p, point)?,
    })
}

/// The credit, in cents rounded up, that takes a quota period's attainment to `point`;
/// `None` when it is already there (or the period has no quota).
pub fn credit_to(p: &PeriodFigures, point: Point) -> Option<Cents> {
    let q = p.quota;
    if q.num <= 0 || q.den <= 0 {
        return None;
    }
    // Credit at the mark, in micro-units: from/10^4 × num/(den·100) × 10^6 = from·num/den.
    let (n, d) = (point.0 as i128 * q.num, q.den);
    let needed = (n + d - 1) / d - p.credit;
    (needed > 0).then(|| Cents(((needed + 9_999) / 10_000) as i64))
}

/// Attainment of the plan's first measure over the plan year: total credit over total
/// quota; `None` without a quota.
pub fn year_attainment(s: &SellerResult) -> Option<Ratio> {
    let m = s.measures.first()?;
    let credit: i128 = m.periods.iter().map(|p| p.credit).sum();
    let quota = m.periods.iter().fold(Ratio { num: 0, den: 1 }, |acc, p| Ratio {
        num: acc.num * p.quota.den + p.quota.num * acc.den,
        den: acc.den * p.quota.den,
    });
    (quota.num > 0).then(|| attainment(credit, quota))
}

/// The share of the plan year gone by `as_of` (its day included), from 0 to 1.
pub fn year_elapsed(plan: &Plan, as_of: chrono::NaiveDate) -> Ratio {
    let total = (plan.end - plan.start).num_days() + 1;
    let gone = ((as_of - plan.start).num_days() + 1).clamp(0, total);
    Ratio {
        num: gone as i128,
        den: total as i128,
    }
}

/// Pace: year attainment against the share of the plan year gone by `as_of` (1 is on
/// pace); `None` before the plan starts or without a quota.
pub fn pace(plan: &Plan, s: &SellerResult, as_of: chrono::NaiveDate) -> Option<Ratio> {
    let elapsed = year_elapsed(plan, as_of);
    let a = year_attainment(s).filter(|_| elapsed.num > 0)?;
    Some(Ratio {
        num: a.num * elapsed.den,
        den: a.den * elapsed.num,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use plansight_plan::Exact;

    #[test]
    fn the_next_mark_is_the_lowest_threshold_or_tier_above_attainment() {
        let plan = plansight_plan::Plan::parse("sample", include_str!("../../../sample-data/ae-fy26.toml")).unwrap();
        let m = &plan.measures[0];
        // Quota USD 1,200,000 (cents as a ratio); credit in micro-units.
        let at = |credit_units: i128| PeriodFigures {
            period: "FY".into(),
            quota: Ratio {
                num: 120_000_000,
                den: 1,
            },
            credit: credit_units * 1_000_000,
            earnings: Exact::default(),
        };
        let mark = |point, credit_cents| {
            Some(NextMark {
                point: Point(point),
                credit_cents: Cents(credit_cents),
            })
        };
        assert_eq!(
            next_mark(m, &at(0)),
            mark(2_500, 30_000_000),
            "the 25% threshold: USD 300,000 away"
        );
        assert_eq!(
            next_mark(m, &at(300_000)),
            mark(5_000, 30_000_000),
            "exactly at the threshold, the next is the 50% tier"
        );
        assert_eq!(next_mark(m, &at(1_500_000)), mark(15_000, 30_000_000));
        assert_eq!(next_mark(m, &at(1_800_000)), None, "above the top tier");
        let odd = PeriodFigures {
            period: "Q1".into(),
            quota: Ratio { num: 100, den: 3 },
            credit: 0,
            earnings: Exact::default(),
        };
        // 25% of 33.333… cents is 8.33… cents: rounded up to 9 cents.
        assert_eq!(next_mark(m, &odd), mark(2_500, 9));
    }

    #[test]
    fn pace_is_attainment_over_the_share_of_the_year_gone_by() {
        let plan = plansight_plan::Plan::parse("sample", include_str!("../../../sample-data/ae-fy26.toml")).unwrap();
        let day = |s: &str| plansight_plan::calendar::parse_date(s).unwrap();
        assert_eq!(year_elapsed(&plan, day("2025-12-01")).num, 0, "before the plan year");
        let end = year_elapsed(&plan, plan.end);
        assert_eq!(end.num, end.den, "the whole year by its last day");
        let seller = SellerResult {
            seller: "s".into(),
            total: Exact::default(),
            items: Vec::new(),
            payouts: Vec::new(),
            measures: vec![plansight_plan::result::MeasureFigures {
                measure: "m".into(),
                periods: vec![PeriodFigures {
                    period: "FY".into(),
                    quota: Ratio { num: 100_000, den: 1 },
                    // Half the quota: 500 of 1,000.00, in micro-units.
                    credit: 500_000_000,
                    earnings: Exact::default(),
                }],
            }],
        };
        let half = year_attainment(&seller).unwrap();
        assert_eq!(half.num * 2, half.den);
        // A quarter of the year gone: on twice the pace (0.5 / 0.25).
        let quarter = plan.start + chrono::Duration::days((plan.end - plan.start).num_days() / 4);
        let p = pace(&plan, &seller, quarter).unwrap();
        let e = year_elapsed(&plan, quarter);
        assert_eq!(p.num * e.num * 2, p.den * e.den, "pace × elapsed = attainment");
        assert_eq!(pace(&plan, &seller, day("2025-12-01")), None);
    }
}
