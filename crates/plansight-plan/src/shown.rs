//! How figures are shown to people: the one money format and the one percent format,
//! used by the engine's explanations, the assistant, the CLI's tables and the app (the
//! UI's `format.ts` is checked against [`examples`] so it cannot drift).

use crate::fixed::{format_scaled, group_thousands};
use crate::units::{Point, Rate};
use crate::{Exact, Ratio};

/// Money as every screen, explanation and answer shows it: `USD 1,234.50`.
pub fn money(amount: Exact, currency: &str) -> String {
    money_text(&amount.money(), currency)
}

/// A money decimal text (`-1234.50`) shown as [`money`] shows it.
pub fn money_text(decimal: &str, currency: &str) -> String {
    format!("{currency} {}", group_thousands(decimal))
}

/// A ratio as a percentage number with `digits` decimals, rounded half to even (7/8, 1
/// digit: `87.5`); the `%` sign is the caller's, as tables put it in the heading.
pub fn percent(r: Ratio, digits: u32) -> String {
    Ratio {
        num: r.num * 100,
        den: r.den,
    }
    .show(digits)
}

/// An attainment point of the plan (scaled by 10^4) as a percentage number, without
/// trailing zeros (`5000` -> `50`, `12500` -> `125`).
pub fn point_percent(point: Point) -> String {
    trim(format_scaled(point.0 as i128 * 100, 4))
}

/// A rate of the plan (scaled by 10^6) as a percentage number (`85000` -> `8.5`).
pub fn rate_percent(rate: Rate) -> String {
    trim(format_scaled(rate.0 as i128 * 100, 6))
}

fn trim(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Pairs of (decimal text, currency) and how [`money_text`] shows them, for the UI's own
/// formatter to be checked against.
pub fn examples() -> Vec<(String, String, String)> {
    [
        "0.00",
        "5.05",
        "-35.50",
        "999.99",
        "1000.00",
        "1234567.50",
        "-1234567.89",
        "100000000.00",
    ]
    .iter()
    .flat_map(|d| ["USD", "EUR"].map(|c| (d.to_string(), c.to_string(), money_text(d, c))))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::{Cents, Point, Rate};

    #[test]
    fn money_reads_one_way() {
        assert_eq!(money(Exact::from_cents(Cents(123_450)), "USD"), "USD 1,234.50");
        assert_eq!(money(Exact::from_cents(Cents(-5)), "EUR"), "EUR -0.05");
        assert_eq!(money_text("1234567.50", "USD"), "USD 1,234,567.50");
    }

    #[test]
    fn percentages_read_naturally() {
        assert_eq!(point_percent(Point(5_000)), "50");
        assert_eq!(point_percent(Point(12_500)), "125");
        assert_eq!(rate_percent(Rate(85_000)), "8.5");
        assert_eq!(percent(Ratio { num: 7, den: 8 }, 1), "87.5");
        assert_eq!(percent(Ratio { num: 1, den: 3 }, 1), "33.3");
    }
}
