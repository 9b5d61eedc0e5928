//! Quota periods (spec 2.1), their prorated quota and base (spec 2.2 with the
//! proration of spec 4), and the credits that fall in each, in the order of spec 2.2.

use crate::credit::{credit, credits_measure};
use crate::exact::{cents, frac, q, share, Q};
use plansight_plan::calendar::periods;
use plansight_plan::{CreditLine, MeasureKind, Member, Period, Plan};

/// One measure in one quota period for one seller: what spec 2.2 starts from.
pub(crate) struct QuotaPeriod<'a> {
    /// The measure's index in plan order.
    pub measure: usize,
    /// The quota period.
    pub period: Period,
    /// Q: the quota, prorated (spec 4).
    pub quota: Q,
    /// B: the base the tier rates apply to.
    pub base: Q,
    /// c1..cn: the credited lines that fall in the period and credit the measure,
    /// ordered by close date, then deal id byte by byte.
    pub lines: Vec<&'a CreditLine>,
}

impl<'a> QuotaPeriod<'a> {
    /// Each line with the running credit before it and after it: (ck, C(k−1), Ck).
    pub fn running_credit(&self) -> Vec<(&'a CreditLine, Q, Q)> {
        let mut c = q(0);
        let mut out = Vec::new();
        for &l in &self.lines {
            let before = c.clone();
            c += credit(l);
            out.push((l, before, c.clone()));
        }
        out
    }

    /// Cn: all the credit of the period.
    pub fn credit(&self) -> Q {
        self.lines.iter().fold(q(0), |c, l| c + credit(l))
    }

    /// a(C) = C / Q (spec 2.2), not bounded.
    pub fn attainment(&self, c: &Q) -> Q {
        c / &self.quota
    }
}

/// Per measure in plan order, its quota periods (spec 2.1) in which the seller is
/// active for at least one day; a period with no active day has no quota and is not
/// listed (spec 4).
pub(crate) fn quota_periods<'a>(
    plan: &Plan,
    member: &Member,
    credited: &[&'a CreditLine],
) -> Vec<Vec<QuotaPeriod<'a>>> {
    plan.measures
        .iter()
        .enumerate()
        .map(|(mi, m)| {
            periods(plan.start, m.quota_period)
                .into_iter()
                .filter_map(|p| quota_period(plan, member, mi, p, credited))
                .collect()
        })
        .collect()
}

/// Measure `mi` in quota period `p`, or `None` when the seller is not active in it.
///
/// Spec 4: the quota (the roster's override, or the plan's for that period) and the
/// target incentive TI_p are prorated by active days / days in the period. Spec 2.2: B
/// is Q for a commission, TI_p × weight for an incentive, where TI_p is the target
/// incentive × 1/count of quota periods.
fn quota_period<'a>(
    plan: &Plan,
    member: &Member,
    mi: usize,
    p: Period,
    credited: &[&'a CreditLine],
) -> Option<QuotaPeriod<'a>> {
    let m = &plan.measures[mi];
    let n = p.active_days(member.start, member.end);
    if n == 0 {
        return None;
    }
    let proration = frac(n, p.days());
    let quota = cents(member.quota_override[mi].unwrap_or(m.quotas[p.index])) * &proration;
    let base = match m.kind {
        MeasureKind::Commission => quota.clone(),
        MeasureKind::Incentive => {
            cents(member.target_incentive) * frac(1, m.quota_period.count() as i64) * &proration * share(m.weight)
        }
    };
    let mut lines: Vec<&CreditLine> = credited
        .iter()
        .copied()
        .filter(|l| p.first <= l.close_date.unwrap() && l.close_date.unwrap() <= p.last)
        .filter(|l| credits_measure(m, l))
        .collect();
    lines.sort_by(|a, b| {
        a.close_date
            .cmp(&b.close_date)
            .then(a.id.as_bytes().cmp(b.id.as_bytes()))
    });
    Some(QuotaPeriod {
        measure: mi,
        period: p,
        quota,
        base,
        lines,
    })
}
