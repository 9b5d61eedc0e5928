//! Exact decimal numbers as scaled integers.
//!
//! The plan language writes money, rates and fractions as decimal strings with a
//! bounded number of fractional digits (spec section 1). Parsing goes through
//! `rust_decimal` so that anything a user writes is read exactly, then lands in a
//! plain scaled integer that the engines can compute with. No float is ever involved.

use crate::units::Cents;
use ethnum::I256;
use rust_decimal::Decimal;
use std::str::FromStr;

/// Fractional digits of money (cents).
pub const MONEY_DIGITS: u32 = 2;
/// Fractional digits of rates.
pub const RATE_DIGITS: u32 = 6;
/// Fractional digits of attainment points (`from`, `threshold`, `cap`, `attainment`).
pub const POINT_DIGITS: u32 = 4;
/// Fractional digits of weights, splits and probabilities.
pub const SHARE_DIGITS: u32 = 4;
/// Fractional digits carried by exact intermediate money ([`Exact`]).
pub const EXACT_DIGITS: u32 = 24;

/// The largest scaled input: every input is bounded so that products of three scaled
/// inputs stay inside i128.
const MAX_SCALED: i64 = 9_000_000_000_000_000 / 1000;

/// Why a decimal string was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecimalError {
    /// Not a decimal number at all.
    NotANumber,
    /// More fractional digits than the quantity allows.
    TooManyDigits {
        /// The most fractional digits the quantity takes.
        allowed: u32,
    },
    /// Larger than the engine can carry exactly.
    TooLarge,
}

impl std::fmt::Display for DecimalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecimalError::NotANumber => write!(f, "is not a decimal number"),
            DecimalError::TooManyDigits { allowed } => {
                write!(f, "has more than {allowed} fractional digits")
            }
            DecimalError::TooLarge => write!(f, "is too large"),
        }
    }
}

/// Parses `text` as a decimal with at most `digits` fractional digits and returns
/// it scaled by 10^digits. Digits beyond the limit are an error, never rounded.
pub fn parse_scaled(text: &str, digits: u32) -> Result<i64, DecimalError> {
    match plain_scaled(text.as_bytes(), digits) {
        Some(v) => Ok(v),
        None => decimal_scaled(text, digits),
    }
}

/// [`parse_scaled`] through `rust_decimal`, for every form a user may write.
fn decimal_scaled(text: &str, digits: u32) -> Result<i64, DecimalError> {
    let t = text.trim();
    if t.is_empty() || t.contains(['e', 'E']) {
        return Err(DecimalError::NotANumber);
    }
    let d = Decimal::from_str(t).map_err(|_| DecimalError::NotANumber)?;
    let d = d.normalize();
    if d.scale() > digits {
        return Err(DecimalError::TooManyDigits { allowed: digits });
    }
    let m = d.mantissa() * 10i128.pow(digits - d.scale());
    if m.unsigned_abs() > MAX_SCALED as u128 {
        return Err(DecimalError::TooLarge);
    }
    Ok(m as i64)
}

/// The common case of [`parse_scaled`] without a decimal library: an optional minus, at
/// most 15 integer digits, and at most `digits` fractional digits. Anything else (signs,
/// spaces, exponents, long or malformed numbers) is left to `rust_decimal`.
fn plain_scaled(b: &[u8], digits: u32) -> Option<i64> {
    let (neg, b) = match b.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, b),
    };
    let (int, frac) = match b.iter().position(|&c| c == b'.') {
        Some(dot) => (&b[..dot], &b[dot + 1..]),
        None => (b, &b[b.len()..]),
    };
    if int.is_empty()
        || int.len() > 12
        || int.len() + digits as usize > 18
        || frac.len() > digits as usize
        || (frac.is_empty() && b.len() != int.len())
    {
        return None;
    }
    let mut v: i64 = 0;
    for &c in int.iter().chain(frac) {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (c - b'0') as i64;
    }
    v *= 10i64.pow(digits - frac.len() as u32);
    if v > MAX_SCALED {
        return None;
    }
    Some(if neg { -v } else { v })
}

/// Formats a value scaled by 10^digits as a decimal string with exactly `digits` fractional digits.
pub fn format_scaled(value: i128, digits: u32) -> String {
    if digits == MONEY_DIGITS {
        let sign = if value < 0 { "-" } else { "" };
        let v = value.unsigned_abs();
        return format!("{sign}{}.{:02}", v / 100, v % 100);
    }
    let d = Decimal::from_i128_with_scale(value, digits);
    let mut s = d.to_string();
    if digits > 0 && !s.contains('.') {
        s.push('.');
        s.push_str(&"0".repeat(digits as usize));
    }
    s
}

/// Divides `n` by `d` (d > 0) rounding half to even.
pub fn div_round_half_even(n: I256, d: I256) -> I256 {
    debug_assert!(d > I256::ZERO);
    let q = n.div_euclid(d);
    let r = n.rem_euclid(d); // 0 <= r < d
    let twice = r * 2;
    if twice > d || (twice == d && q % 2 != I256::ZERO) {
        q + 1
    } else {
        q
    }
}

/// Money carried with [`EXACT_DIGITS`] fractional digits: the engines' internal
/// money. Every figure shown is rounded from it half to even at 2 decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Exact(pub i128);

impl Exact {
    /// Zero.
    pub const ZERO: Exact = Exact(0);

    /// Exact money from cents.
    pub fn from_cents(cents: Cents) -> Exact {
        Exact(cents.0 as i128 * 10i128.pow(EXACT_DIGITS - MONEY_DIGITS))
    }

    /// Exact money from micro-units (10^-6), e.g. an amount times a split.
    pub fn from_micros(micros: i128) -> Exact {
        Exact(micros * 10i128.pow(EXACT_DIGITS - 6))
    }

    /// Rounded half to even to cents.
    pub fn cents(self) -> i128 {
        // Half to even in i128: the remainder's double stays below 2 × 10^22.
        let d = 10i128.pow(EXACT_DIGITS - MONEY_DIGITS);
        let (q, r) = (self.0.div_euclid(d), self.0.rem_euclid(d));
        if r * 2 > d || (r * 2 == d && q % 2 != 0) {
            q + 1
        } else {
            q
        }
    }

    /// The money string shown everywhere ("1234.50").
    pub fn money(self) -> String {
        format_scaled(self.cents(), MONEY_DIGITS)
    }
}

impl std::ops::Add for Exact {
    type Output = Exact;
    fn add(self, o: Exact) -> Exact {
        Exact(self.0 + o.0)
    }
}
impl std::ops::Sub for Exact {
    type Output = Exact;
    fn sub(self, o: Exact) -> Exact {
        Exact(self.0 - o.0)
    }
}
impl std::ops::Neg for Exact {
    type Output = Exact;
    fn neg(self) -> Exact {
        Exact(-self.0)
    }
}
impl std::iter::Sum for Exact {
    fn sum<I: Iterator<Item = Exact>>(iter: I) -> Exact {
        iter.fold(Exact::ZERO, |a, b| a + b)
    }
}

/// A decimal text with thousands separators, as payouts are read ("-1234567.50" ->
/// "-1,234,567.50"); the digits are kept as given.
pub fn group_thousands(decimal: &str) -> String {
    let (sign, s) = decimal.strip_prefix('-').map_or(("", decimal), |r| ("-", r));
    let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// Formats an exact rational `num / den` (den > 0) rounded half to even at `digits`.
pub fn format_ratio(num: i128, den: i128, digits: u32) -> String {
    let scaled = div_round_half_even(I256::from(num) * I256::from(10i128.pow(digits)), I256::from(den));
    format_scaled(scaled.as_i128(), digits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Money is rounded and written as the decimal library and 256-bit division do.
        #[test]
        fn money_is_rounded_and_written_as_before(v in any::<i128>().prop_map(|v| v >> 8)) {
            let cents = div_round_half_even(I256::from(v), I256::from(10i128.pow(22))).as_i128();
            prop_assert_eq!(Exact(v).cents(), cents);
            let d = Decimal::from_i128_with_scale(cents, 2).to_string();
            prop_assert_eq!(format_scaled(cents, 2), d);
        }

        /// The fast path reads every string exactly as `rust_decimal` does.
        #[test]
        fn plain_numbers_read_as_the_decimal_library_reads_them(
            text in "-?[0-9]{0,14}(\\.[0-9]{0,6})?|[ +.e0-9-]{0,8}",
            digits in 0u32..10,
        ) {
            prop_assert_eq!(parse_scaled(&text, digits), decimal_scaled(&text, digits));
        }
    }

    #[test]
    fn thousands_are_grouped_and_digits_kept() {
        assert_eq!(group_thousands("1234567.50"), "1,234,567.50");
        assert_eq!(group_thousands("-1000"), "-1,000");
        assert_eq!(group_thousands("999.999"), "999.999");
        assert_eq!(group_thousands("0.00"), "0.00");
    }

    #[test]
    fn parses_within_limits_and_refuses_extra_digits() {
        assert_eq!(parse_scaled("1200000.00", 2), Ok(120_000_000));
        assert_eq!(parse_scaled("0.085", 6), Ok(85_000));
        assert_eq!(parse_scaled("-12.5", 2), Ok(-1250));
        assert_eq!(
            parse_scaled("0.12345", 4),
            Err(DecimalError::TooManyDigits { allowed: 4 })
        );
        assert_eq!(parse_scaled("1e3", 2), Err(DecimalError::NotANumber));
        assert_eq!(parse_scaled("abc", 2), Err(DecimalError::NotANumber));
        // Trailing zeros are not extra precision.
        assert_eq!(parse_scaled("0.50000", 2), Ok(50));
    }

    #[test]
    fn rounds_half_to_even() {
        let e = |x: i128| I256::from(x);
        assert_eq!(div_round_half_even(e(5), e(2)), e(2));
        assert_eq!(div_round_half_even(e(7), e(2)), e(4));
        assert_eq!(div_round_half_even(e(-5), e(2)), e(-2));
        assert_eq!(div_round_half_even(e(-7), e(2)), e(-4));
        assert_eq!(div_round_half_even(e(-8), e(3)), e(-3));
        // 0.125 -> 0.12, 0.135 -> 0.14
        assert_eq!(Exact(125 * 10i128.pow(21)).money(), "0.12");
        assert_eq!(Exact(135 * 10i128.pow(21)).money(), "0.14");
        assert_eq!(Exact(-135 * 10i128.pow(21)).money(), "-0.14");
        assert_eq!(format_ratio(1, 3, 6), "0.333333");
        assert_eq!(format_ratio(2, 3, 6), "0.666667");
        assert_eq!(Exact::from_cents(Cents(5)).money(), "0.05");
        assert_eq!(Exact::ZERO.money(), "0.00");
    }
}
