//! Tier bands of spec 2.2 on exact integers, one value at a time: the band sum `g` of a
//! scaled credit (see `measure.rs`). The engine applies it to every credited line in one
//! pass over three columns (no intermediate column per tier); the forecast's fast path
//! applies it to one seller's runs.

use plansight_plan::{Measure, TierMode};
use polars::prelude::*;

/// A measure's tiers, threshold and cap as the band sum reads them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bands {
    /// Retroactive (the rate of the band reached applies to all credit) or marginal.
    pub retroactive: bool,
    /// Tier starts (attainment points, 10^-4) and rates (10^-6).
    pub tiers: Vec<(i128, i128)>,
    /// Attainment below which nothing is earned (points, 10^-4).
    pub threshold: Option<i128>,
    /// Attainment beyond which credit earns nothing more (points, 10^-4).
    pub cap: Option<i128>,
}

/// `x` held within `lo` and, if any, `hi`.
pub fn clamp(x: i128, lo: i128, hi: Option<i128>) -> i128 {
    if x < lo {
        lo
    } else {
        match hi {
            Some(h) if x > h => h,
            _ => x,
        }
    }
}

impl Bands {
    /// The bands of measure `m`.
    pub fn of(m: &Measure) -> Bands {
        Bands {
            retroactive: m.tier_mode == TierMode::Retroactive,
            tiers: m.tiers.iter().map(|t| (t.from.0 as i128, t.rate.0 as i128)).collect(),
            threshold: m.threshold.map(|t| t.0 as i128),
            cap: m.cap.map(|c| c.0 as i128),
        }
    }

    /// The band sum `g` at scaled credit `x = C·d` for a seller whose quota times active
    /// days is `qn` (money × 10^12 × d; see `measure.rs`).
    pub fn value(&self, x: i128, qn: i128) -> i128 {
        let bound = |f: i128| qn * f;
        if self.threshold.is_some_and(|t| x < bound(t)) {
            return 0;
        }
        let x1 = clamp(x, 0, self.cap.map(bound));
        if self.retroactive {
            let rate = self.tiers.iter().skip(1).fold(
                self.tiers[0].1,
                |below, &(from, rate)| if x1 >= bound(from) { rate } else { below },
            );
            rate * x1
        } else {
            let mut sum = 0;
            for (i, &(from, rate)) in self.tiers.iter().enumerate() {
                if rate != 0 {
                    let hi = self.tiers.get(i + 1).map(|n| bound(n.0));
                    sum += rate * (clamp(x1, bound(from), hi) - bound(from));
                }
            }
            sum
        }
    }
}

/// [`Bands::value`] as a polars expression over cumulative credit `ca` (Int128), days `d`
/// and `qn` (Int128): one pass, no column per tier.
pub(crate) fn band_sum_expr(bands: Bands, ca: Expr, d: Expr, qn: Expr) -> Expr {
    ca.map_many(
        move |cols: &mut [Column]| {
            let values = |c: &Column| -> PolarsResult<Vec<i128>> {
                Ok(c.i128()?
                    .downcast_iter()
                    .flat_map(|a| a.values().iter().copied())
                    .collect())
            };
            let (ca, d, qn) = (values(&cols[0])?, values(&cols[1])?, values(&cols[2])?);
            let out: Vec<i128> = (0..ca.len()).map(|i| bands.value(ca[i] * d[i], qn[i])).collect();
            Ok(Int128Chunked::from_vec(cols[0].name().clone(), out).into_column())
        },
        &[d, qn],
        |_, fields| Ok(Field::new(fields[0].name().clone(), DataType::Int128)),
    )
}
