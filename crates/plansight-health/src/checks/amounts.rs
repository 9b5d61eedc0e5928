//! `amount_outlier`: an amount far from what the product (or, for lines without a
//! product, the seller) usually sells for. Robust statistics, so the outliers do not
//! hide themselves: the median of the won amounts and their median absolute deviation
//! (MAD); with a price list, its price too.

use super::{held, money};
use crate::checker::Checker;
use crate::finding::{Edit, Finding, Kind, LineKey, Severity};
use crate::names;
use plansight_plan::{Cents, CreditLine};

/// How many times the typical amount (or what fraction of it) is far.
const FACTOR: i64 = 5;
/// Robust z-score beyond which an amount is far, ×10^4, with 1.4826 × MAD as the
/// standard deviation: 6 × 1.4826.
const Z_TIMES_SIGMA: i64 = 88_956;
/// Fewest won amounts a median is taken from.
const MIN_GROUP: usize = 8;

/// Median and MAD of positive amounts (none for too few).
fn stats(amounts: &mut [i64]) -> Option<(i64, i64)> {
    if amounts.len() < MIN_GROUP {
        return None;
    }
    let mid = amounts.len() / 2;
    let median = *amounts.select_nth_unstable(mid).1;
    let mut dev: Vec<i64> = amounts.iter().map(|a| (a - median).abs()).collect();
    let mad = *dev.select_nth_unstable(mid).1;
    Some((median, mad))
}

/// Whether `a` is far from the typical amount `median` (with spread `mad`).
fn far(a: i64, median: i64, mad: i64) -> bool {
    let factor = a >= FACTOR * median || FACTOR * a <= median;
    let spread = mad == 0 || i128::from((a - median).abs()) * 10_000 > i128::from(Z_TIMES_SIGMA) * i128::from(mad);
    factor && spread
}

/// The price list's price of a product (by name key).
fn list_price(c: &Checker, key: &str) -> Option<Cents> {
    c.ctx
        .prices
        .iter()
        .find(|p| names::key(&p.product) == key)
        .map(|p| p.price)
}

/// What a product typically sells for: its list price, else the median won amount.
pub(crate) fn typical(c: &Checker, product: &str) -> Option<Cents> {
    let key = names::key(product);
    if let Some(p) = list_price(c, &key) {
        return Some(p);
    }
    let rows = c.by_product.get(&key)?;
    let mut a: Vec<i64> = c
        .at_rows(rows)
        .filter(|(_, l)| l.stage.is_credited() && l.amount.0 > 0)
        .map(|(_, l)| l.amount.0)
        .collect();
    stats(&mut a).map(|(m, _)| Cents(m))
}

/// The outliers among one product's lines (by name key).
pub(crate) fn product(c: &Checker, key: &str) -> Vec<Finding> {
    let Some(rows) = c.by_product.get(key) else {
        return Vec::new();
    };
    let lines: Vec<&CreditLine> = c.at_rows(rows).map(|(_, l)| l).collect();
    let name = lines.iter().find_map(|l| l.product.as_deref()).unwrap_or(key);
    outliers(c, &lines, &format!("product {name}"), list_price(c, key))
}

/// The outliers among a seller's lines that name no product.
pub(crate) fn without_product(c: &Checker, lines: &[(usize, &CreditLine)]) -> Vec<Finding> {
    let lines: Vec<&CreditLine> = lines.iter().map(|(_, l)| *l).filter(|l| l.product.is_none()).collect();
    match lines.first() {
        Some(l) => outliers(c, &lines, &format!("{}'s deals without a product", l.seller), None),
        None => Vec::new(),
    }
}

fn outliers(c: &Checker, lines: &[&CreditLine], what: &str, price: Option<Cents>) -> Vec<Finding> {
    let won = |l: &&&CreditLine| l.stage.is_credited() && l.amount.0 > 0;
    let mut amounts: Vec<i64> = lines.iter().filter(won).map(|l| l.amount.0).collect();
    let n = amounts.len();
    let st = stats(&mut amounts);
    let cur = &c.ctx.plan.currency;
    let mut out = Vec::new();
    for l in lines.iter().filter(won) {
        let a = l.amount.0;
        let by_median = st.is_some_and(|(m, mad)| far(a, m, mad));
        let by_price = price.is_some_and(|p| far(a, p.0, 0));
        if !(by_median || by_price) {
            continue;
        }
        let reference = match (st, price) {
            (Some((m, _)), Some(p)) => format!(
                "the median of {n} won deals of {what} is {} and its list price {}",
                money(Cents(m), cur),
                money(p, cur)
            ),
            (Some((m, _)), None) => format!("the median of {n} won deals of {what} is {}", money(Cents(m), cur)),
            (None, Some(p)) => format!("the list price of {what} is {}", money(p, cur)),
            (None, None) => continue,
        };
        let typical = st.map_or_else(|| price.map_or(1, |p| p.0), |s| s.0).max(1);
        let times = plansight_plan::fixed::format_ratio(i128::from(a), i128::from(typical), 1);
        let message = format!(
            "Deal {} of {} is {}, {times} times what is usual: {reference}. A slipped decimal point or an extra zero moves pay a lot: check the amount against the order, and hold the deal until it is confirmed.",
            l.id,
            l.seller,
            money(l.amount, cur)
        );
        let mut f = Finding::new(
            Kind::AmountOutlier,
            Severity::Warning,
            vec![LineKey::of(l)],
            "",
            message,
        );
        f.probe = vec![Edit {
            before: (*l).clone(),
            after: Some(held(l, "amount to check")),
        }];
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_extra_zero_is_far_and_ordinary_spread_is_not() {
        assert!(far(54_700_0, 54_700, 5_000));
        assert!(far(547, 54_700, 5_000));
        assert!(!far(71_600, 54_700, 8_000));
        let mut a = vec![500, 520, 540, 547, 560, 600, 700, 365, 716];
        assert_eq!(stats(&mut a), Some((547, 47)));
    }
}
