//! Exact arithmetic and rounding (spec 5): every figure is an exact rational, rounded
//! half to even only when it is shown.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, Zero};
use plansight_plan::{Cents, Point, Rate, Share};

/// An exact rational number.
pub(crate) type Q = BigRational;

/// The integer `n`.
pub(crate) fn q(n: i64) -> Q {
    Q::from_integer(BigInt::from(n))
}

/// The fraction `n / d`.
pub(crate) fn frac(n: i64, d: i64) -> Q {
    Q::new(BigInt::from(n), BigInt::from(d))
}

/// Money given in cents.
pub(crate) fn cents(c: Cents) -> Q {
    frac(c.0, 100)
}

/// A rate given scaled by 10^6 (`"0.085"` is 85_000).
pub(crate) fn rate(r: Rate) -> Q {
    frac(r.0, 1_000_000)
}

/// An attainment point (`from`, `threshold`, `cap`, `attainment`) given scaled by 10^4.
pub(crate) fn point(p: Point) -> Q {
    frac(p.0, 10_000)
}

/// A weight or split given scaled by 10^4.
pub(crate) fn share(s: Share) -> Q {
    frac(s.0, 10_000)
}

/// The exact sum.
pub(crate) fn sum<'a>(xs: impl IntoIterator<Item = &'a Q>) -> Q {
    xs.into_iter().fold(q(0), |s, x| s + x)
}

/// Rounds half to even at `digits` and writes with exactly that many digits (spec 5:
/// money at 2, attainment at 6).
pub fn show(x: &BigRational, digits: u32) -> String {
    let scale = BigInt::from(10).pow(digits);
    let scaled = x * Q::from_integer(scale.clone());
    let fl = scaled.floor();
    let rest = &scaled - &fl;
    let half = frac(1, 2);
    let mut n = fl.to_integer();
    if rest > half || (rest == half && (&n % BigInt::from(2)) != BigInt::zero()) {
        n += 1;
    }
    let neg = n.is_negative();
    let s = n.abs().to_string();
    let s = format!("{:0>width$}", s, width = digits as usize + 1);
    let (int, dec) = s.split_at(s.len() - digits as usize);
    format!(
        "{}{}{}{}",
        if neg { "-" } else { "" },
        int,
        if digits > 0 { "." } else { "" },
        dec
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn shows_half_even() {
        assert_eq!(show(&frac(125, 1000), 2), "0.12");
        assert_eq!(show(&frac(135, 1000), 2), "0.14");
        assert_eq!(show(&frac(-135, 1000), 2), "-0.14");
        assert_eq!(show(&frac(1, 3), 6), "0.333333");
        assert_eq!(show(&q(0), 2), "0.00");
        assert_eq!(show(&frac(-1, 1000), 2), "0.00");
    }
}
