//! One seller's credit lines compiled for the exact fast path: everything about a line
//! that does not change between Monte Carlo runs (its credit, which measures and deal
//! bonuses it counts for, its deal bonus amounts, its clawback) is worked out once, so
//! a run only places the won open lines and walks the lines in item order.
//!
//! The rules are the engine's (spec 2–7) in the engine's own integer scaling (see the
//! engine's `measure.rs`): a test holds this path equal to a full engine calculation on
//! random plans, to the cent and beyond (the 24-digit exact amounts).

use chrono::NaiveDate;
use plansight_plan::calendar::{epoch_days, periods};
use plansight_plan::{BonusPay, BonusRule, CreditLine, Exact, Member, Plan, Stage};

/// One line as the fast path reads it.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// Close date (epoch days); for an open line, its expected date.
    pub close: Option<i32>,
    /// Rank of the deal id among the seller's (byte-wise): the order of items on a date.
    pub deal: u32,
    /// Amount × split, micro-units.
    pub credit: i128,
    /// Per measure: whether the line counts for it (its type and product pass).
    pub measures: Vec<bool>,
    /// Deal bonuses it qualifies for: (bonus index, exact amount), in plan order.
    pub bonuses: Vec<(u16, i128)>,
    /// Cancel date when the line's items are clawed back (spec 2.7).
    pub claw: Option<i32>,
}

/// A measure's scale in one quota period of the seller (the engine's).
pub(crate) type Group = plansight_engine::QuotaScale;

/// A measure's rules in the scaled integers the fast path compares.
#[derive(Debug, Clone)]
pub(crate) struct MeasureRules {
    /// Months per quota period (1, 3 or 12).
    pub months: i32,
    /// The quota period's group, by period index (`None`: not active in it).
    pub groups: Vec<Option<Group>>,
    /// Tiers, threshold and cap, as the engine's band sum reads them.
    pub bands: plansight_engine::bands::Bands,
    /// Milestone bonuses on this measure: (bonus index, level point, exact amount).
    pub milestones: Vec<(u16, i128, i128)>,
    /// Index of this measure's first milestone among all the plan's milestones.
    pub first_milestone: usize,
}

/// A seller's book: the rules as they apply to them, and their lines.
#[derive(Debug, Clone)]
pub struct Book {
    /// The seller.
    pub member: Member,
    pub(crate) measures: Vec<MeasureRules>,
    /// Lines credited in every run (won or cancelled, not held, within the plan and the
    /// seller's active days), in item order (close date, deal).
    pub(crate) fixed: Vec<Line>,
    /// Open lines, in the order of [`Book::open_ids`].
    pub(crate) open: Vec<Line>,
    /// Ids of the open lines.
    pub open_ids: Vec<String>,
    /// Epoch days of the first day of each month of the plan, and the day after its end.
    pub(crate) months: [i32; 13],
    /// Months per payout period.
    pub(crate) payout_months: i32,
    /// Payout periods: whether the seller is active in each (a draw applies).
    pub(crate) payout_active: Vec<bool>,
    pub(crate) payout_cap: Option<i128>,
    pub(crate) draw: Option<(i128, bool)>,
    /// First and last active day the seller can be credited on.
    pub(crate) window: (i32, i32),
}

fn passes(filter: &Option<Vec<String>>, value: &Option<String>) -> bool {
    match filter {
        None => true,
        Some(v) => value.as_ref().is_some_and(|x| v.contains(x)),
    }
}

impl Book {
    /// Compiles `member`'s lines (each line's seller must be the member). Lines of every
    /// stage may be given: won and cancelled lines are credited in every run, open lines
    /// are the candidates a run may win, lost and held lines are left out.
    pub fn new(plan: &Plan, member: &Member, lines: &[&CreditLine]) -> Book {
        let start = epoch_days(plan.start);
        let end = epoch_days(plan.end);
        let window = (start.max(epoch_days(member.start)), end.min(epoch_days(member.end)));
        let mut months = [0i32; 13];
        for (i, m) in months.iter_mut().enumerate() {
            *m = epoch_days(plan.start + chrono::Months::new(i as u32));
        }
        let mut milestones_before = 0;
        let measures = plan
            .measures
            .iter()
            .enumerate()
            .map(|(mi, m)| {
                let groups = periods(plan.start, m.quota_period)
                    .iter()
                    .map(|p| plansight_engine::quota_scale(plan, member, mi, p))
                    .collect();
                let milestones = plan
                    .bonuses
                    .iter()
                    .enumerate()
                    .filter_map(|(bi, b)| match b.rule {
                        BonusRule::Milestone {
                            measure,
                            attainment,
                            amount,
                        } if measure == mi => Some((bi as u16, attainment.0 as i128, Exact::from_cents(amount).0)),
                        _ => None,
                    })
                    .collect::<Vec<_>>();
                let first_milestone = milestones_before;
                milestones_before += milestones.len();
                MeasureRules {
                    months: m.quota_period.months() as i32,
                    groups,
                    bands: plansight_engine::bands::Bands::of(m),
                    milestones,
                    first_milestone,
                }
            })
            .collect();
        let mut ids: Vec<&str> = lines.iter().map(|l| l.id.as_str()).collect();
        ids.sort_unstable_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        ids.dedup();
        let rank = |id: &str| ids.binary_search_by(|x| x.as_bytes().cmp(id.as_bytes())).unwrap_or(0) as u32;
        let clawback = plan.clawback.map(|c| c.days as i32);
        let compile = |l: &CreditLine| {
            let close = l.close_date.map(epoch_days);
            let claw = match (l.stage, l.cancel_date, close, clawback) {
                (Stage::Cancelled, Some(c), Some(d), Some(days)) => {
                    let c = epoch_days(c);
                    (c <= end && c - d <= days).then_some(c)
                }
                _ => None,
            };
            Line {
                close,
                deal: rank(&l.id),
                credit: l.credit_micros() as i128,
                measures: plan
                    .measures
                    .iter()
                    .map(|m| passes(&m.deal_types, &l.deal_type) && passes(&m.products, &l.product))
                    .collect(),
                bonuses: plan
                    .bonuses
                    .iter()
                    .enumerate()
                    .filter_map(|(bi, b)| deal_bonus(&b.rule, l).map(|a| (bi as u16, a)))
                    .collect(),
                claw,
            }
        };
        let inside = |d: Option<i32>| d.is_some_and(|d| window.0 <= d && d <= window.1);
        let mut fixed: Vec<Line> = lines
            .iter()
            .filter(|l| l.credits() && inside(l.close_date.map(epoch_days)))
            .map(|l| compile(l))
            .collect();
        fixed.sort_by_key(|l| (l.close, l.deal));
        let open: Vec<&&CreditLine> = lines.iter().filter(|l| is_candidate(l)).collect();
        Book {
            member: member.clone(),
            measures,
            fixed,
            open_ids: open.iter().map(|l| l.id.clone()).collect(),
            open: open.iter().map(|l| compile(l)).collect(),
            months,
            payout_months: plan.payout_period.months() as i32,
            payout_active: plan
                .payout_periods()
                .iter()
                .map(|p| p.active_days(member.start, member.end) > 0)
                .collect(),
            payout_cap: plan.payout_cap.map(|c| Exact::from_cents(c).0),
            draw: plan.draw.map(|d| (Exact::from_cents(d.amount).0, d.recoverable)),
            window,
        }
    }

    /// The 0-based month of the plan year of an epoch day inside the plan.
    pub(crate) fn month(&self, day: i32) -> i32 {
        self.months[1..].iter().take_while(|&&m| m <= day).count() as i32
    }

    /// Whether a line closing on `day` is credited (inside the plan and the seller's active days).
    pub(crate) fn credits_on(&self, day: i32) -> bool {
        self.window.0 <= day && day <= self.window.1
    }

    /// The expected close date of open line `k`.
    pub fn expected_close(&self, k: usize) -> Option<NaiveDate> {
        self.open[k].close.map(plansight_plan::calendar::from_epoch_days)
    }

    /// The credit (micro-units) of open line `k`.
    pub fn open_credit(&self, k: usize) -> i128 {
        self.open[k].credit
    }

    /// Sets measure `mi`'s tier rates (10^-6), as a plan with those rates would have them:
    /// the optimiser probes how the payout moves with each rate without recompiling.
    pub fn set_rates(&mut self, mi: usize, rates: &[i64]) {
        for (t, &r) in self.measures[mi].bands.tiers.iter_mut().zip(rates) {
            t.1 = r as i128;
        }
    }

    /// Sets the payout cap (exact, 10^-24; `None`: no cap).
    pub fn set_payout_cap(&mut self, cap: Option<i128>) {
        self.payout_cap = cap;
    }

    /// Whether open line `k` counts for measure `mi`.
    pub fn open_counts_for(&self, k: usize, mi: usize) -> bool {
        self.open[k].measures[mi]
    }
}

/// Whether a line is one a run may win: open and not held.
pub(crate) fn is_candidate(l: &CreditLine) -> bool {
    l.stage == Stage::Open && l.hold.is_none()
}

/// A deal bonus's exact amount for the line, if it qualifies (spec 2.4).
fn deal_bonus(rule: &BonusRule, l: &CreditLine) -> Option<i128> {
    let BonusRule::Deal {
        deal_types,
        products,
        min_amount,
        min_term_months,
        pay,
    } = rule
    else {
        return None;
    };
    let qualifies = passes(deal_types, &l.deal_type)
        && passes(products, &l.product)
        && min_amount.is_none_or(|m| l.amount >= m)
        && min_term_months.is_none_or(|m| l.term_months.is_some_and(|t| t >= m));
    qualifies.then(|| match pay {
        BonusPay::Amount(a) => l.split.0 as i128 * a.0 as i128 * 10i128.pow(18),
        BonusPay::Percent(p) => l.credit_micros() as i128 * p.0 as i128 * 10i128.pow(12),
    })
}
