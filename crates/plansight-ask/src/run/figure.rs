//! One figure of one seller over a scope, read from a calculation: the engine's items,
//! period figures and payouts, filtered by date, measure, product, type, account and deal.
//! Nothing here recomputes a payout; credit still needed comes from
//! [`plansight_engine::progress`].

use crate::query::{Figure, Mark, Scope};
use chrono::NaiveDate;
use plansight_engine::progress::{credit_to, next_mark, pace};
use plansight_plan::result::{attainment, PeriodFigures};
use plansight_plan::{Calculation, CreditLine, Exact, Inputs, ItemKind, Measure, Point, Ratio, SellerResult, Stage};

/// A figure's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    /// Money.
    Money(Exact),
    /// A share (attainment, pace, a rate), exact.
    Share(Ratio),
    /// A count.
    Count(i64),
}

/// Compares two amounts of the same figure (money and counts by size, shares exactly).
pub fn compare(a: Amount, b: Amount) -> std::cmp::Ordering {
    let share = |x: Amount| match x {
        Amount::Money(e) => Ratio { num: e.0, den: 1 },
        Amount::Count(n) => Ratio { num: n as i128, den: 1 },
        Amount::Share(r) => r,
    };
    share(a).compare(share(b))
}

/// The first and last day of a period label of the plan year ("FY", "Q3", "M05").
pub fn range(inputs: &Inputs, label: Option<&str>) -> (NaiveDate, NaiveDate) {
    let plan = &inputs.plan;
    let whole = (plan.start, plan.end);
    let Some(label) = label else { return whole };
    let (kind, index) = match label.as_bytes().first() {
        Some(b'Q') => (plansight_plan::PeriodKind::Quarterly, label[1..].parse::<usize>().ok()),
        Some(b'M') => (plansight_plan::PeriodKind::Monthly, label[1..].parse::<usize>().ok()),
        _ => return whole,
    };
    let periods = plansight_plan::calendar::periods(plan.start, kind);
    index
        .and_then(|i| periods.get(i.wrapping_sub(1)))
        .map_or(whole, |p| (p.first, p.last))
}

/// Whether a credit line is in the scope's product, type, account and deal.
pub fn line_in(l: &CreditLine, s: &Scope) -> bool {
    let same =
        |a: Option<&str>, b: &Option<String>| b.as_ref().is_none_or(|b| a.is_some_and(|a| a.eq_ignore_ascii_case(b)));
    same(l.product.as_deref(), &s.product)
        && same(l.deal_type.as_deref(), &s.deal_type)
        && same(l.account.as_deref(), &s.account)
        && s.deal.as_ref().is_none_or(|d| *d == l.id)
}

/// Whether a measure credits a line (its deal types and products).
pub fn measure_credits(m: &Measure, l: &CreditLine) -> bool {
    let has = |list: &Option<Vec<String>>, v: Option<&str>| {
        list.as_ref()
            .is_none_or(|list| v.is_some_and(|v| list.iter().any(|x| x.eq_ignore_ascii_case(v))))
    };
    has(&m.deal_types, l.deal_type.as_deref()) && has(&m.products, l.product.as_deref())
}

/// The scope of a seller's items, as [`Reader::items_in`] reads it.
pub struct ItemsIn<'b> {
    from: NaiveDate,
    to: NaiveDate,
    measure: Option<&'b str>,
    /// The ids of the deals in the scope, when it narrows by deal attributes.
    deals: Option<std::collections::HashSet<&'b str>>,
}

impl ItemsIn<'_> {
    /// Whether the item is in the scope.
    pub fn keeps(&self, i: &plansight_plan::Item) -> bool {
        i.date >= self.from
            && i.date <= self.to
            && self.measure.is_none_or(|m| i.measure.as_deref() == Some(m))
            && self
                .deals
                .as_ref()
                .is_none_or(|d| i.deal.as_deref().is_some_and(|id| d.contains(id)))
    }
}

/// The figures one question reads.
pub struct Reader<'a> {
    /// The inputs the calculation is of.
    pub inputs: &'a Inputs,
    /// The calculation.
    pub calc: &'a Calculation,
}

impl Reader<'_> {
    fn lines_of<'b>(&'b self, seller: &'b str) -> impl Iterator<Item = &'b CreditLine> + 'b {
        self.inputs.lines.iter().filter(move |l| l.seller == seller)
    }

    /// Which of a seller's items are in the scope: their date, their measure, and (when the
    /// scope names a product, type, account or deal) their deal's attributes, read once.
    pub fn items_in<'b>(&'b self, seller: &'b str, s: &'b Scope) -> ItemsIn<'b> {
        let (from, to) = range(self.inputs, s.period.as_deref());
        let by_deal = s.product.is_some() || s.deal_type.is_some() || s.account.is_some() || s.deal.is_some();
        let deals = by_deal.then(|| {
            self.lines_of(seller)
                .filter(|l| line_in(l, s))
                .map(|l| l.id.as_str())
                .collect()
        });
        ItemsIn {
            from,
            to,
            measure: s.measure.as_deref(),
            deals,
        }
    }

    /// Earnings items of a kind (all kinds: `None`) in the scope.
    pub fn items_sum(&self, r: &SellerResult, s: &Scope, kind: Option<ItemKind>) -> Exact {
        let scope = self.items_in(&r.seller, s);
        r.items
            .iter()
            .filter(|i| kind.is_none_or(|k| i.kind == k) && scope.keeps(i))
            .map(|i| i.amount)
            .sum()
    }

    /// Credit in the scope: each measure item's credit (from its trace), by date.
    pub fn credit(&self, r: &SellerResult, s: &Scope) -> Exact {
        let scope = self.items_in(&r.seller, s);
        let micros: i128 = r
            .items
            .iter()
            .filter(|i| i.kind == ItemKind::Measure && scope.keeps(i))
            .map(|i| i.trace.credit_after - i.trace.credit_before)
            .sum();
        Exact::from_micros(micros)
    }

    /// The deals of the scope at a stage (won by default), with their amounts.
    pub fn deals<'b>(&'b self, seller: &'b str, s: &'b Scope) -> Vec<&'b CreditLine> {
        let (from, to) = range(self.inputs, s.period.as_deref());
        let stage = s.stage.as_deref().and_then(Stage::parse).unwrap_or(Stage::Won);
        let measure = s
            .measure
            .as_ref()
            .and_then(|m| self.inputs.plan.measures.iter().find(|x| x.id == *m));
        self.lines_of(seller)
            .filter(|l| l.stage == stage && line_in(l, s))
            .filter(|l| s.period.is_none() || l.close_date.is_some_and(|d| d >= from && d <= to))
            .filter(|l| measure.is_none_or(|m| measure_credits(m, l)))
            .collect()
    }

    /// The payouts of the periods that overlap the scope's period (all: none named), up to
    /// the as-of date.
    pub fn payouts<'b>(&self, r: &'b SellerResult, s: &Scope) -> Vec<&'b plansight_plan::Payout> {
        let (from, to) = range(self.inputs, s.period.as_deref());
        let periods = self.inputs.plan.payout_periods();
        r.payouts
            .iter()
            .filter(|p| {
                periods
                    .iter()
                    .find(|x| x.label == p.period)
                    .is_none_or(|x| x.last >= from && x.first <= to && x.first <= self.calc.as_of)
            })
            .collect()
    }

    /// The quota periods of a measure a scope names: the one labelled, every one of the
    /// year (FY, or none named), or those inside a shorter named period.
    pub fn quota_periods<'b>(
        &self,
        m: &'b plansight_plan::result::MeasureFigures,
        s: &Scope,
    ) -> Vec<&'b PeriodFigures> {
        let (from, to) = range(self.inputs, s.period.as_deref());
        let Some(rules) = self.inputs.plan.measures.iter().find(|x| x.id == m.measure) else {
            return Vec::new();
        };
        let bounds = plansight_plan::calendar::periods(self.inputs.plan.start, rules.quota_period);
        m.periods
            .iter()
            .filter(|p| {
                bounds
                    .iter()
                    .find(|b| b.label == p.period)
                    .is_none_or(|b| b.last >= from && b.first <= to)
            })
            .collect()
    }

    /// The scalar value of a figure for one seller (ranking, team sums, comparisons); the
    /// measure is the scope's, else `fallback`.
    pub fn scalar(
        &self,
        r: &SellerResult,
        figure: Figure,
        mark: Option<Mark>,
        s: &Scope,
        fallback: Option<&str>,
    ) -> Option<Amount> {
        let money = Amount::Money;
        Some(match figure {
            Figure::Earnings => money(self.items_sum(r, s, None)),
            Figure::Bonus => money(self.items_sum(r, s, Some(ItemKind::Bonus))),
            Figure::Clawback => money(self.items_sum(r, s, Some(ItemKind::Clawback))),
            Figure::Credit => money(self.credit(r, s)),
            Figure::Payable | Figure::Cost => money(self.payouts(r, s).iter().map(|p| p.payable).sum()),
            Figure::DrawAdvanced => money(self.payouts(r, s).iter().map(|p| p.draw).sum()),
            Figure::DrawRecovered => money(self.payouts(r, s).iter().map(|p| p.recovered).sum()),
            Figure::DrawBalance => money(self.payouts(r, s).last().map_or(Exact::ZERO, |p| p.draw_balance)),
            Figure::DealCount => Amount::Count(self.deals(&r.seller, s).len() as i64),
            Figure::DealAmount => money(
                self.deals(&r.seller, s)
                    .iter()
                    .map(|l| Exact::from_cents(l.amount))
                    .sum(),
            ),
            Figure::Pace => Amount::Share(pace(&self.inputs.plan, r, self.calc.as_of)?),
            Figure::Quota | Figure::Attainment => {
                let id = s.measure.as_deref().or(fallback)?;
                let m = r.measures.iter().find(|m| m.measure == id)?;
                let ps = self.quota_periods(m, s);
                let quota = ps.iter().fold(Ratio { num: 0, den: 1 }, |a, p| Ratio {
                    num: a.num * p.quota.den + p.quota.num * a.den,
                    den: a.den * p.quota.den,
                });
                if figure == Figure::Quota {
                    let scale = 10i128.pow(plansight_plan::fixed::EXACT_DIGITS - 2);
                    return Some(money(ps.iter().map(|p| Exact(p.quota.num * scale / p.quota.den)).sum()));
                }
                let credit: i128 = ps.iter().map(|p| p.credit).sum();
                (quota.num > 0).then(|| Amount::Share(attainment(credit, quota)))?
            }
            Figure::Rate => {
                let (rules, p) = self.current(r, s, fallback)?;
                Amount::Share(rate_at(rules, p))
            }
            Figure::Distance => {
                let (rules, p) = self.current(r, s, fallback)?;
                let cents = match mark.unwrap_or(Mark::NextTier) {
                    Mark::NextTier => next_mark(rules, p)?.credit_cents,
                    Mark::Threshold => credit_to(p, rules.threshold?)?,
                    Mark::Accelerator => credit_to(p, accelerator_point(rules)?)?,
                    Mark::Cap => credit_to(p, rules.cap?)?,
                };
                money(Exact::from_cents(cents))
            }
        })
    }

    /// A measure's rules and the quota period the scope names, else the one in progress
    /// on the as-of date (the last one after the year).
    pub fn current<'b>(
        &'b self,
        r: &'b SellerResult,
        s: &Scope,
        fallback: Option<&str>,
    ) -> Option<(&'b Measure, &'b PeriodFigures)> {
        let plan = &self.inputs.plan;
        let id = s
            .measure
            .as_deref()
            .or(fallback)
            .or(plan.measures.first().map(|m| m.id.as_str()))?;
        let rules = plan.measures.iter().find(|m| m.id == id)?;
        let m = r.measures.iter().find(|m| m.measure == id)?;
        let p = match &s.period {
            Some(label) if m.periods.iter().any(|p| p.period == *label) => {
                m.periods.iter().find(|p| p.period == *label)?
            }
            _ => {
                let at = plansight_plan::calendar::period_index(plan.start, rules.quota_period, self.calc.as_of)
                    .unwrap_or(m.periods.len().saturating_sub(1));
                m.periods.get(at)?
            }
        };
        Some((rules, p))
    }
}

/// The accelerator of a measure: the first tier from 100% that pays more than the first.
pub fn accelerator_point(m: &Measure) -> Option<Point> {
    let base = m.tiers.first()?.rate;
    m.tiers
        .iter()
        .find(|t| t.from >= Point(10_000) && t.rate > base)
        .map(|t| t.from)
}

/// The rate of the tier a quota period's attainment is in (0 below the threshold), as a
/// fraction.
pub fn rate_at(m: &Measure, p: &PeriodFigures) -> Ratio {
    let rate = tier_at(m, p).map_or(0, |t| m.tiers[t].rate.0);
    Ratio {
        num: rate as i128,
        den: 1_000_000,
    }
}

/// Whether a quota period's attainment has reached a point (a tier's start, the threshold,
/// the cap), exactly.
pub fn reached(p: &PeriodFigures, point: Point) -> bool {
    let a = p.attainment();
    // from/10^4 <= a.num/a.den  <=>  from·a.den <= a.num·10^4
    point.0 as i128 * a.den <= a.num * 10_000
}

/// The index of the tier a quota period's attainment is in; none below the threshold (or
/// below the first tier's start, as a negative credit is).
pub fn tier_at(m: &Measure, p: &PeriodFigures) -> Option<usize> {
    if m.threshold.is_some_and(|t| !reached(p, t)) {
        return None;
    }
    m.tiers.iter().rposition(|t| reached(p, t.from))
}
