//! Deal bonuses (spec 2.4) and which lines are clawed back (spec 2.7), over all sellers at once.

use crate::frame::LineFrame;
use crate::measure::code_filter;
use plansight_plan::calendar::epoch_days;
use plansight_plan::{BonusPay, BonusRule, Plan};
use polars::prelude::*;

/// For each deal bonus: the qualifying credited lines with the bonus amount in 10^-24
/// (columns seller, deal, row, close, amount).
pub(crate) fn deal_bonuses(plan: &Plan, lf: &LineFrame, base: LazyFrame) -> PolarsResult<Vec<(usize, DataFrame)>> {
    let mut out = Vec::new();
    for (bi, b) in plan.bonuses.iter().enumerate() {
        let BonusRule::Deal {
            deal_types,
            products,
            min_amount,
            min_term_months,
            pay,
        } = &b.rule
        else {
            continue;
        };
        let mut q = code_filter(base.clone(), "dtype", deal_types, &lf.types);
        q = code_filter(q, "prod", products, &lf.products);
        if let Some(min) = min_amount {
            q = q.filter(col("amount").gt_eq(lit(min.0)));
        }
        if let Some(min) = min_term_months {
            q = q.filter(col("term").gt_eq(lit(*min)).fill_null(lit(false)));
        }
        // amount × split is in 10^-6; percent × credit is in 10^-12.
        let amount = match pay {
            BonusPay::Amount(a) => {
                col("split").cast(DataType::Int128) * crate::measure::i128_lit(a.0 as i128 * 10i128.pow(18))
            }
            BonusPay::Percent(p) => {
                col("credit").cast(DataType::Int128) * crate::measure::i128_lit(p.0 as i128 * 10i128.pow(12))
            }
        };
        let df = q
            .select([
                col("seller"),
                col("deal"),
                col("row"),
                col("close"),
                amount.alias("amount"),
            ])
            .collect()?;
        out.push((bi, df));
    }
    Ok(out)
}

/// Lines whose items are clawed back, by row, with the cancel date (epoch days):
/// cancelled within the plan's window, on or before the plan's end and `as_of`.
pub(crate) fn clawable(plan: &Plan, lf: &LineFrame, as_of: chrono::NaiveDate) -> PolarsResult<PlHashMap<u32, i32>> {
    let Some(cb) = plan.clawback else {
        return Ok(PlHashMap::new());
    };
    let last = epoch_days(plan.end.min(as_of));
    let df = lf
        .df
        .clone()
        .lazy()
        .filter(
            col("cancel")
                .is_not_null()
                .and(col("cancel").lt_eq(lit(last)))
                .and((col("cancel") - col("close")).lt_eq(lit(cb.days as i32))),
        )
        .select([col("row"), col("cancel")])
        .collect()?;
    let rows = df.column("row")?.u32()?;
    let cancel = df.column("cancel")?.i32()?;
    Ok(rows.into_no_null_iter().zip(cancel.into_no_null_iter()).collect())
}
