//! Credit, attainment and tier bands of one measure for every seller and quota period
//! at once, as polars expressions over exact integers.
//!
//! Scaling that keeps every band bound an integer: for a quota period of `d` days in
//! which the seller is active `n` days, with quota `q` cents, the prorated quota is
//! `q·n/d`. Cumulative credit `C` is in micro-units (amount × split); `x = C·d` and
//! the bound of attainment point `f` (scaled 10^4) is `qn·f` with `qn = q·n`, so
//! `C/Q ≥ f ⟺ x ≥ qn·f` exactly. With rates scaled 10^6, the band sum
//! `g = Σ rate·(clamp(x', b_t, b_t+1) − b_t)` is money × 10^12 × d, and earnings in
//! 24-digit fixed point are `g · 10^12 · mn / (d · md)`, where `mn/md` is 1 for
//! commission and `TI·weight / (k·q)` for incentive (the proration cancels).

use crate::bands::{band_sum_expr, Bands};
use crate::frame::LineFrame;
use crate::kernel::{run_cum_sum_expr, scale_exact_expr};
use plansight_plan::calendar::{epoch_days, periods, Period};
use plansight_plan::{BonusRule, Measure, MeasureKind, Member, Plan, Point};
use polars::prelude::*;

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}

pub(crate) fn i128_lit(v: i128) -> Expr {
    lit(v).strict_cast(DataType::Int128)
}

/// How a measure's earnings are scaled for one seller in one quota period (see the module
/// docs): days in the period `d`, quota × active days `qn`, and the earnings scale `mn/dd`.
/// The engine's columns and the forecast's fast path both take it from here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuotaScale {
    /// Days in the quota period.
    pub d: i128,
    /// Quota cents × active days.
    pub qn: i128,
    /// Earnings scale numerator.
    pub mn: i128,
    /// Earnings scale denominator.
    pub dd: i128,
}

/// The scale of measure `mi` for `member` in quota period `p`, or `None` when the seller
/// has no active day in it.
pub fn quota_scale(plan: &Plan, member: &Member, mi: usize, p: &Period) -> Option<QuotaScale> {
    let m = &plan.measures[mi];
    let quota = member.quota(plan, mi, p)?;
    let q = member.quota_override[mi].unwrap_or(m.quotas[p.index]).0 as i128;
    let (num, den) = match m.kind {
        MeasureKind::Commission => (1, 1),
        MeasureKind::Incentive => (
            member.target_incentive.0 as i128 * m.weight.0 as i128,
            m.quota_period.count() as i128 * q * 10_000,
        ),
    };
    let g = gcd(num, den).max(1);
    Some(QuotaScale {
        d: quota.den,
        qn: quota.num,
        mn: num / g,
        dd: quota.den * (den / g),
    })
}

/// One row per seller and quota period in which the seller is active.
pub(crate) fn groups(plan: &Plan, lf: &LineFrame, mi: usize) -> DataFrame {
    let m = &plan.measures[mi];
    let (mut seller, mut period, mut d, mut qn, mut mn, mut dd) = (vec![], vec![], vec![], vec![], vec![], vec![]);
    let ps = periods(plan.start, m.quota_period);
    for (s, member) in lf.members.iter().enumerate() {
        for p in &ps {
            let Some(scale) = quota_scale(plan, member, mi, p) else {
                continue;
            };
            seller.push(s as u32);
            period.push(p.index as i32);
            d.push(scale.d);
            qn.push(scale.qn);
            mn.push(scale.mn);
            dd.push(scale.dd);
        }
    }
    let col128 = |name: &str, v: Vec<i128>| Int128Chunked::from_vec(name.into(), v).into_column();
    DataFrame::new(
        seller.len(),
        vec![
            Column::new("seller".into(), seller),
            Column::new("period".into(), period),
            col128("d", d),
            col128("qn", qn),
            col128("mn", mn),
            col128("dd", dd),
        ],
    )
    .expect("columns of equal length")
}

/// Lines credited under spec 3: won or cancelled, closed within the plan and by
/// `as_of`, while the seller is active.
pub(crate) fn credited(lf: &LineFrame, plan: &Plan, as_of: chrono::NaiveDate) -> LazyFrame {
    let last = epoch_days(plan.end.min(as_of));
    lf.df.clone().lazy().filter(
        col("credited")
            .and(col("close").gt_eq(lit(epoch_days(plan.start))))
            .and(col("close").lt_eq(lit(last)))
            .and(col("close").gt_eq(col("mstart")))
            .and(col("close").lt_eq(col("mend"))),
    )
}

/// Keeps lines whose code column is one of `values` (a `None` filter keeps all).
pub(crate) fn code_filter(
    lf: LazyFrame,
    column: &str,
    values: &Option<Vec<String>>,
    dict: &crate::frame::Dictionary,
) -> LazyFrame {
    match values {
        None => lf,
        Some(v) => {
            let cond = dict
                .codes_of(v)
                .into_iter()
                .fold(lit(false), |acc, c| acc.or(col(column).eq(lit(c))));
            lf.filter(cond.fill_null(lit(false)))
        }
    }
}

fn clamp(x: Expr, lo: Expr, hi: Option<Expr>) -> Expr {
    let w = when(x.clone().lt(lo.clone())).then(lo);
    match hi {
        Some(hi) => w.when(x.clone().gt(hi.clone())).then(hi).otherwise(x),
        None => w.otherwise(x),
    }
}

/// Index of the tier band reached at scaled credit `x`.
fn tier_index(m: &Measure, x: Expr) -> Expr {
    let bound = |f: Point| col("qn") * i128_lit(f.0 as i128);
    let x1 = match m.cap {
        Some(c) => clamp(x, i128_lit(0), Some(bound(c))),
        None => x,
    };
    m.tiers.iter().skip(1).fold(lit(0i32), |acc, t| {
        acc + x1.clone().gt_eq(bound(t.from)).cast(DataType::Int32)
    })
}

fn threshold_met(m: &Measure, x: Expr) -> Expr {
    match m.threshold {
        Some(t) => x.gt_eq(col("qn") * i128_lit(t.0 as i128)),
        None => lit(true),
    }
}

/// The column `after` of the previous line, or `at_zero` on the first line of a run;
/// named like `after` with its last letter `b` (fa -> fb).
fn after_previous(after: &str, at_zero: Expr) -> Expr {
    let before = format!("{}b", &after[..after.len() - 1]);
    when(col("first"))
        .then(at_zero)
        .otherwise(col(after).shift(lit(1)))
        .alias(before)
}

/// [`tier_index`] at zero credit: the bands that start at zero (quotas and caps are
/// positive, so a bound `qn·from` is at most zero exactly when `from` is).
fn tier_at_zero(m: &Measure) -> i32 {
    m.tiers.iter().skip(1).filter(|t| t.from <= Point(0)).count() as i32
}

/// [`threshold_met`] at zero credit.
fn threshold_met_at_zero(m: &Measure) -> bool {
    m.threshold.is_none_or(|t| t <= Point(0))
}

/// Every credited line of measure `mi` with its cumulative credit and earnings, in the
/// frame's order (seller, then quota period, close date and deal id). Columns: seller, period, deal, row,
/// close, credit, d, qn, cb, ca (micro-units), fa, fb (F before/after, 10^-24),
/// tb, ta (tier bands), hb, ha (threshold met). `traced: false` leaves out cb, tb, ta,
/// hb and ha, which only items' traces read.
pub(crate) fn measure_lines(
    plan: &Plan,
    lf: &LineFrame,
    base: LazyFrame,
    mi: usize,
    groups: DataFrame,
    traced: bool,
) -> PolarsResult<DataFrame> {
    let m = &plan.measures[mi];
    let base = code_filter(base, "dtype", &m.deal_types, &lf.types);
    let base = code_filter(base, "prod", &m.products, &lf.products);
    let starts: Vec<i32> = periods(plan.start, m.quota_period)
        .iter()
        .skip(1)
        .map(|p| epoch_days(p.first))
        .collect();
    let period = starts.into_iter().fold(lit(0i32), |acc, s| {
        acc + col("close").gt_eq(lit(s)).cast(DataType::Int32)
    });
    let x = |c: &str| col(c) * col("d");
    base.select([col("seller"), col("deal"), col("row"), col("close"), col("credit")])
        .with_column(period.alias("period"))
        // The frame's order (seller, close, deal) is the order of cumulative credit.
        .join(
            groups.lazy(),
            [col("seller"), col("period")],
            [col("seller"), col("period")],
            JoinArgs {
                maintain_order: MaintainOrderJoin::Left,
                ..JoinArgs::new(JoinType::Inner)
            },
        )
        .with_column(run_cum_sum_expr(col("credit"), col("seller"), col("period")).alias("ca"))
        .with_columns(
            [
                // The first line of each seller's quota period starts from zero credit.
                col("seller")
                    .neq(col("seller").shift(lit(1)))
                    .or(col("period").neq(col("period").shift(lit(1))))
                    .fill_null(lit(true))
                    .alias("first"),
                band_sum_expr(Bands::of(m), col("ca"), col("d"), col("qn")).alias("ga"),
            ]
            .into_iter()
            .chain(
                traced
                    .then(|| {
                        [
                            (col("ca") - col("credit").cast(DataType::Int128)).alias("cb"),
                            tier_index(m, x("ca")).alias("ta"),
                            threshold_met(m, x("ca")).alias("ha"),
                        ]
                    })
                    .into_iter()
                    .flatten(),
            )
            .collect::<Vec<_>>(),
        )
        .with_column(scale_exact_expr(col("ga"), col("mn"), col("dd")).alias("fa"))
        // Figures before a line are those after the previous line of its run (lines are
        // in the order of cumulative credit), or those at zero credit for the first.
        .with_columns(
            [after_previous("fa", i128_lit(0))]
                .into_iter()
                .chain(
                    traced
                        .then(|| {
                            [
                                after_previous("ta", lit(tier_at_zero(m))),
                                after_previous("ha", lit(threshold_met_at_zero(m))),
                            ]
                        })
                        .into_iter()
                        .flatten(),
                )
                .collect::<Vec<_>>(),
        )
        .collect()
}

/// For each milestone bonus on measure `mi`: the first line of each seller and quota
/// period at which attainment reaches the level (columns seller, deal, row, close).
pub(crate) fn milestones(plan: &Plan, mi: usize, lines: &DataFrame) -> PolarsResult<Vec<(usize, DataFrame)>> {
    let mut out = Vec::new();
    for (bi, b) in plan.bonuses.iter().enumerate() {
        let BonusRule::Milestone {
            measure, attainment, ..
        } = b.rule
        else {
            continue;
        };
        if measure != mi {
            continue;
        }
        let reached = lines
            .clone()
            .lazy()
            .filter((col("ca") * col("d")).gt_eq(col("qn") * i128_lit(attainment.0 as i128)))
            .unique_stable_generic(Some(vec![col("seller"), col("period")]), UniqueKeepStrategy::First)
            .select([col("seller"), col("deal"), col("row"), col("close")])
            .collect()?;
        out.push((bi, reached));
    }
    Ok(out)
}
