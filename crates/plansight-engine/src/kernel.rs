//! The one division of the engine: earnings in exact 24-digit fixed point.
//!
//! Tier bands are computed by polars expressions on integers scaled so that every
//! band bound is exact (see `measure.rs`). What remains is `g × 10^12 × mn / dd`,
//! whose product can exceed i128: this kernel divides with 256-bit intermediates and
//! rounds half to even, column by column.

use ethnum::I256;
use plansight_plan::fixed::div_round_half_even;
use polars::prelude::*;

const E12: i128 = 1_000_000_000_000;

/// `round_half_even(g × 10^12 × mn / dd)` for one value.
#[inline]
pub fn scale_exact(g: i128, mn: i128, dd: i128) -> i128 {
    // The fast path covers realistic figures; the wide path keeps extreme ones exact.
    if let Some(num) = g.checked_mul(E12).and_then(|x| x.checked_mul(mn)) {
        let q = num.div_euclid(dd);
        let r = num.rem_euclid(dd);
        let twice = r * 2;
        if twice > dd || (twice == dd && q % 2 != 0) {
            q + 1
        } else {
            q
        }
    } else {
        div_round_half_even(I256::from(g) * I256::from(E12) * I256::from(mn), I256::from(dd)).as_i128()
    }
}

/// The kernel as a polars expression over columns `g`, `mn`, `dd` (all Int128).
pub fn scale_exact_expr(g: Expr, mn: Expr, dd: Expr) -> Expr {
    g.map_many(
        |cols: &mut [Column]| {
            let g = cols[0].i128()?;
            let mn = cols[1].i128()?;
            let dd = cols[2].i128()?;
            // The inputs are computed from non-null columns, so values are read directly.
            let values = |ca: &Int128Chunked| {
                ca.downcast_iter()
                    .flat_map(|a| a.values().iter().copied())
                    .collect::<Vec<i128>>()
            };
            let (g, mn, dd) = (values(g), values(mn), values(dd));
            let out: Vec<i128> = g
                .iter()
                .zip(&mn)
                .zip(&dd)
                .map(|((&g, &mn), &dd)| scale_exact(g, mn, dd))
                .collect();
            let out = Int128Chunked::from_vec(cols[0].name().clone(), out);
            Ok(out.into_column())
        },
        &[mn, dd],
        |_, fields| Ok(Field::new(fields[0].name().clone(), DataType::Int128)),
    )
}

/// Cumulative sum of `credit` (UInt/Int64 micro-units) within runs of equal
/// (`seller`, `period`), as Int128. The rows must already be grouped in runs (the frame is
/// sorted by seller and close date, and the period follows the close date), which makes
/// this one pass instead of a hashed window.
pub fn run_cum_sum_expr(credit: Expr, seller: Expr, period: Expr) -> Expr {
    credit.map_many(
        |cols: &mut [Column]| {
            let credit = cols[0].cast(&DataType::Int64)?;
            let credit: Vec<i64> = credit.i64()?.into_no_null_iter().collect();
            let seller: Vec<u32> = cols[1].u32()?.into_no_null_iter().collect();
            let period: Vec<i32> = cols[2].i32()?.into_no_null_iter().collect();
            let mut out = Vec::with_capacity(credit.len());
            let mut sum: i128 = 0;
            for i in 0..credit.len() {
                if i > 0 && (seller[i], period[i]) != (seller[i - 1], period[i - 1]) {
                    sum = 0;
                }
                sum += credit[i] as i128;
                out.push(sum);
            }
            Ok(Int128Chunked::from_vec(cols[0].name().clone(), out).into_column())
        },
        &[seller, period],
        |_, fields| Ok(Field::new(fields[0].name().clone(), DataType::Int128)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn exact_scaling_rounds_half_even_and_survives_overflow() {
        assert_eq!(scale_exact(1, 1, 1), E12);
        // 1 × 10^12 / 3 = 333333333333.33.. -> 333333333333
        assert_eq!(scale_exact(1, 1, 3), 333_333_333_333);
        // 5 × 10^12 / (2 × 10^13) = 0.25 -> 0 ; 15e12/2e13 = 0.75 -> 1
        assert_eq!(scale_exact(5, 1, 20 * E12), 0);
        assert_eq!(scale_exact(15, 1, 20 * E12), 1);
        let big = 10i128.pow(27);
        assert_eq!(scale_exact(big, 10i128.pow(13), 10i128.pow(25)), 10i128.pow(27));
        assert_eq!(scale_exact(-big, 10i128.pow(13), 10i128.pow(25)), -(10i128.pow(27)));
    }
}
