//! Per-seller assembly: items in spec order, clawbacks, the payout cap, payouts and draws.

use crate::frame::LineFrame;
use chrono::NaiveDate;
use plansight_plan::calendar::from_epoch_days;
use plansight_plan::result::{MeasureFigures, PeriodFigures};
use plansight_plan::{
    BonusRule, Calculation, Exact, Id, Inputs, Item, ItemKind, Payout, Plan, Ratio, SellerResult, Trace,
};
use polars::prelude::*;
use rayon::prelude::*;
use std::sync::Arc;

/// An item before ids are resolved; `class` orders items with equal date and deal:
/// measures, then bonuses, then clawbacks (each in plan order), then cap adjustments.
/// Kept small (traces live beside it) because a team has millions of them.
#[derive(Debug, Clone)]
pub(crate) struct Raw {
    seller: u32,
    date: i32,
    deal: u32,
    row: u32,
    class: (u8, u16, u16),
    kind: ItemKind,
    measure: Option<u16>,
    bonus: Option<u16>,
    amount: i128,
    /// Index into [`RawItems::traces`], or [`NO_TRACE`].
    trace: u32,
}

const NO_TRACE: u32 = u32::MAX;

/// Items collected from the polars stages.
#[derive(Default)]
pub(crate) struct RawItems {
    v: Vec<Raw>,
    traces: Vec<Trace>,
    /// Only totals and payouts are wanted: no trace and no item is kept.
    summary: bool,
}

fn u32s(df: &DataFrame, c: &str) -> PolarsResult<Vec<u32>> {
    Ok(df.column(c)?.u32()?.into_no_null_iter().collect())
}
fn i32s(df: &DataFrame, c: &str) -> PolarsResult<Vec<i32>> {
    Ok(df.column(c)?.i32()?.into_no_null_iter().collect())
}
fn i128s(df: &DataFrame, c: &str) -> PolarsResult<Vec<i128>> {
    Ok(df
        .column(c)?
        .i128()?
        .downcast_iter()
        .flat_map(|a| a.values().iter().copied())
        .collect())
}
fn bools(df: &DataFrame, c: &str) -> PolarsResult<Vec<bool>> {
    Ok(df
        .column(c)?
        .bool()?
        .downcast_iter()
        .flat_map(|a| a.values().iter())
        .collect())
}

impl RawItems {
    /// No items yet; `summary`: keep no trace and no item.
    pub fn new(summary: bool) -> RawItems {
        RawItems {
            summary,
            ..Default::default()
        }
    }

    /// Measure items: F after minus F before for each line.
    pub fn add_measure(&mut self, mi: usize, lines: &DataFrame) -> PolarsResult<()> {
        let (seller, deal, row, close) = (
            u32s(lines, "seller")?,
            u32s(lines, "deal")?,
            u32s(lines, "row")?,
            i32s(lines, "close")?,
        );
        let (fa, fb) = (i128s(lines, "fa")?, i128s(lines, "fb")?);
        self.v.reserve(seller.len());
        let raw = |i: usize, trace: u32| Raw {
            seller: seller[i],
            date: close[i],
            deal: deal[i],
            row: row[i],
            class: (0, mi as u16, 0),
            kind: ItemKind::Measure,
            measure: Some(mi as u16),
            bonus: None,
            amount: fa[i] - fb[i],
            trace,
        };
        if self.summary {
            // A summary keeps no trace: its columns are not even read.
            self.v.extend((0..seller.len()).map(|i| raw(i, NO_TRACE)));
            return Ok(());
        }
        let period = i32s(lines, "period")?;
        let (d, qn, cb, ca) = (
            i128s(lines, "d")?,
            i128s(lines, "qn")?,
            i128s(lines, "cb")?,
            i128s(lines, "ca")?,
        );
        let (ta, tb) = (i32s(lines, "ta")?, i32s(lines, "tb")?);
        let (ha, hb) = (bools(lines, "ha")?, bools(lines, "hb")?);
        self.traces.reserve(seller.len());
        for i in 0..seller.len() {
            self.traces.push(Trace {
                period: Some(period[i] as u8),
                quota: Some(Ratio { num: qn[i], den: d[i] }),
                credit_before: cb[i],
                credit_after: ca[i],
                tier_before: tb[i] as u8,
                tier_after: ta[i] as u8,
                threshold_before: hb[i],
                threshold_after: ha[i],
                original_date: None,
            });
            self.v.push(raw(i, self.traces.len() as u32 - 1));
        }
        Ok(())
    }

    fn add_bonus(&mut self, bi: usize, df: &DataFrame, amounts: Vec<i128>) -> PolarsResult<()> {
        let (seller, deal, row, close) = (
            u32s(df, "seller")?,
            u32s(df, "deal")?,
            u32s(df, "row")?,
            i32s(df, "close")?,
        );
        for i in 0..seller.len() {
            self.v.push(Raw {
                seller: seller[i],
                date: close[i],
                deal: deal[i],
                row: row[i],
                class: (1, bi as u16, 0),
                kind: ItemKind::Bonus,
                measure: None,
                bonus: Some(bi as u16),
                amount: amounts[i],
                trace: NO_TRACE,
            });
        }
        Ok(())
    }

    /// Milestone bonuses: the fixed amount on the line that reached the level.
    pub fn add_milestone(&mut self, plan: &Plan, bi: usize, reached: &DataFrame) -> PolarsResult<()> {
        let BonusRule::Milestone { amount, .. } = plan.bonuses[bi].rule else {
            unreachable!("milestone bonus")
        };
        self.add_bonus(bi, reached, vec![Exact::from_cents(amount).0; reached.height()])
    }

    /// Deal bonuses with amounts computed in polars.
    pub fn add_deal_bonus(&mut self, bi: usize, df: &DataFrame) -> PolarsResult<()> {
        let amounts = i128s(df, "amount")?;
        self.add_bonus(bi, df, amounts)
    }
}

/// Period figures of measure `mi` per seller (index of `LineFrame::members`).
pub(crate) fn period_figures(
    plan: &Plan,
    mi: usize,
    groups: &DataFrame,
    lines: &DataFrame,
) -> PolarsResult<Vec<Vec<PeriodFigures>>> {
    let kind = plan.measures[mi].quota_period;
    let (ls, lp, lca, lfa) = (
        u32s(lines, "seller")?,
        i32s(lines, "period")?,
        i128s(lines, "ca")?,
        i128s(lines, "fa")?,
    );
    let (gs, gp, gd, gq) = (
        u32s(groups, "seller")?,
        i32s(groups, "period")?,
        i128s(groups, "d")?,
        i128s(groups, "qn")?,
    );
    let mut out: Vec<Vec<PeriodFigures>> = Vec::new();
    // Groups and lines are both sorted by seller and period, and every line belongs to a
    // group, so one walk finds each group's last line, which holds its totals.
    let mut l = 0;
    for i in 0..gs.len() {
        let s = gs[i] as usize;
        if out.len() <= s {
            out.resize_with(s + 1, Vec::new);
        }
        let (mut credit, mut earnings) = (0, 0);
        while l < ls.len() && (ls[l], lp[l]) == (gs[i], gp[i]) {
            (credit, earnings) = (lca[l], lfa[l]);
            l += 1;
        }
        out[s].push(PeriodFigures {
            period: kind.label(gp[i] as usize),
            quota: Ratio { num: gq[i], den: gd[i] },
            credit,
            earnings: Exact(earnings),
        });
    }
    debug_assert_eq!(l, ls.len(), "every credited line belongs to a quota period group");
    Ok(out)
}

/// Orders items, adds clawbacks and cap adjustments, and computes payouts for every seller.
pub(crate) fn assemble(
    inputs: &Inputs,
    frame: &LineFrame,
    raw: RawItems,
    figures: Vec<Vec<Vec<PeriodFigures>>>,
    clawable: &PlHashMap<u32, i32>,
) -> Calculation {
    let plan = &inputs.plan;
    let as_of = inputs.as_of();
    let RawItems {
        mut v,
        mut traces,
        summary,
    } = raw;
    // Spec 2.7: give back measure items and deal bonuses (not milestones) of cancelled lines.
    if !clawable.is_empty() {
        let mut back = Vec::new();
        for r in &v {
            let Some(&cancel) = clawable.get(&r.row) else { continue };
            let milestone = r
                .bonus
                .is_some_and(|b| matches!(plan.bonuses[b as usize].rule, BonusRule::Milestone { .. }));
            if milestone || r.amount == 0 {
                continue;
            }
            let trace = if summary {
                NO_TRACE
            } else {
                traces.push(Trace {
                    original_date: Some(from_epoch_days(r.date)),
                    ..Default::default()
                });
                traces.len() as u32 - 1
            };
            back.push(Raw {
                date: cancel,
                class: (2, r.class.0 as u16, r.class.1),
                kind: ItemKind::Clawback,
                amount: -r.amount,
                trace,
                ..r.clone()
            });
        }
        v.extend(back);
    }
    let order = seller_order(&v, frame.members.len());

    let measure_ids: Vec<Id> = plan.measures.iter().map(|m| Id::from(m.id.as_str())).collect();
    let bonus_ids: Vec<Id> = plan.bonuses.iter().map(|b| Id::from(b.id.as_str())).collect();
    let cap = plan.payout_cap.map(|c| Exact::from_cents(c).0);
    let payout_periods: Vec<_> = plan.payout_periods().into_iter().filter(|p| p.first <= as_of).collect();
    // Sellers are independent from here on, so they are assembled in parallel.
    let sellers = frame
        .members
        .par_iter()
        .enumerate()
        .map(|(s, member)| {
            let mine = &order[s];
            // What each item pays, after the cap, in date order (for the payouts).
            let mut paid: Vec<(NaiveDate, Exact)> = Vec::with_capacity(mine.len());
            let mut items: Vec<Item> = Vec::with_capacity(if summary { 0 } else { mine.len() });
            // Spec 2.5: the running sum of raw items is capped; each item is paid the
            // change of the capped running sum, the difference being a cap adjustment.
            let mut running: i128 = 0;
            for &k in mine {
                let r = &v[k as usize];
                let date = from_epoch_days(r.date);
                let adjustment = cap.map(|x| {
                    let before = running.min(x);
                    let after = (running + r.amount).min(x);
                    (after - before) - r.amount
                });
                running += r.amount;
                let adjustment = adjustment.filter(|a| *a != 0);
                paid.push((date, Exact(r.amount + adjustment.unwrap_or(0))));
                if summary {
                    continue;
                }
                let item = Item {
                    date,
                    kind: r.kind,
                    deal: Some(Id::from(frame.deal_ids.get(r.deal as usize))),
                    measure: r.measure.map(|m| measure_ids[m as usize].clone()),
                    bonus: r.bonus.map(|b| bonus_ids[b as usize].clone()),
                    amount: Exact(r.amount),
                    trace: if r.trace == NO_TRACE {
                        Trace::default()
                    } else {
                        traces[r.trace as usize]
                    },
                };
                match adjustment {
                    Some(adj) => {
                        let extra = Item {
                            kind: ItemKind::CapAdjustment,
                            amount: Exact(adj),
                            trace: Trace::default(),
                            ..item.clone()
                        };
                        items.push(item);
                        items.push(extra);
                    }
                    None => items.push(item),
                }
            }
            let total: Exact = paid.iter().map(|p| p.1).sum();
            let payouts = payouts(plan, member, &payout_periods, &paid);
            let measures = plan
                .measures
                .iter()
                .enumerate()
                .map(|(mi, m)| MeasureFigures {
                    measure: m.id.clone(),
                    periods: figures[mi].get(s).cloned().unwrap_or_default(),
                })
                .collect();
            Arc::new(SellerResult {
                seller: member.id.clone(),
                total,
                measures,
                items,
                payouts,
            })
        })
        .collect();
    Calculation {
        plan: plan.id.clone(),
        currency: plan.currency.clone(),
        as_of,
        warnings: frame.warnings.clone(),
        sellers,
    }
}

/// Indexes of each seller's items in spec order (date, deal, class). Bucketing by seller
/// first keeps each sort small and in cache; one global sort of a million items is not.
fn seller_order(v: &[Raw], sellers: usize) -> Vec<Vec<u32>> {
    let mut order: Vec<Vec<u32>> = vec![Vec::new(); sellers];
    for (k, r) in v.iter().enumerate() {
        order[r.seller as usize].push(k as u32);
    }
    order.par_iter_mut().for_each(|mine| {
        mine.sort_unstable_by_key(|&k| {
            let r = &v[k as usize];
            (r.date, r.deal, r.class)
        })
    });
    order
}

/// Spec 2.6: earned per payout period, then draws in period order.
fn payouts(
    plan: &Plan,
    member: &plansight_plan::Member,
    periods: &[plansight_plan::Period],
    items: &[(NaiveDate, Exact)],
) -> Vec<Payout> {
    let mut balance = Exact::ZERO;
    let mut idx = 0;
    periods
        .iter()
        .map(|p| {
            // Items are in date order, so each period takes the next run of them.
            let mut earned = Exact::ZERO;
            while idx < items.len() && items[idx].0 <= p.last {
                if items[idx].0 >= p.first {
                    earned = earned + items[idx].1;
                }
                idx += 1;
            }
            let (mut draw, mut recovered, mut payable) = (Exact::ZERO, Exact::ZERO, earned);
            if let Some(d) = plan.draw {
                if p.active_days(member.start, member.end) > 0 {
                    let dd = Exact::from_cents(d.amount);
                    if earned < dd {
                        draw = dd - earned;
                        payable = dd;
                        if d.recoverable {
                            balance = balance + draw;
                        }
                    } else if d.recoverable {
                        recovered = balance.min(earned - dd);
                        payable = earned - recovered;
                        balance = balance - recovered;
                    }
                }
            }
            Payout {
                period: p.label.clone(),
                earned,
                draw,
                recovered,
                payable,
                draw_balance: balance,
            }
        })
        .collect()
}
