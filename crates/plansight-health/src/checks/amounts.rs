//! `amount_outlier`: an amount far from what the product (or, for lines without a
//! product, the seller) usually sells for. Robust statistics, so the outliers do not
//! hide themselves: the median and the 5th and 95th percentiles of the won amounts;
//! for a product with few deals, the price list's price.

use super::{held, money};
use crate::checker::Checker;
use crate::finding::{Edit, Finding, Kind, LineKey, Severity};
use crate::names;
use plansight_plan::{Cents, CreditLine};

/// How many times the median (or what fraction of it) an amount must be to be far.
const FACTOR: i64 = 5;
/// And how many times the 95th percentile (or what fraction of the 5th): an amount far
/// beyond what the product ever sells for, not the long tail of a product whose deals
/// vary a lot. Percentiles, not the extremes, so a few outliers do not hide each other.
const TAIL_FACTOR: i64 = 3;
/// Fewest won amounts the statistics are taken from; with fewer, the price list's price
/// alone is the reference.
const MIN_GROUP: usize = 8;

/// What a group of won amounts looks like: its median and its 5th and 95th percentiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Spread {
    median: i64,
    low: i64,
    high: i64,
}

/// The spread of positive amounts (none for too few).
fn stats(amounts: &mut [i64]) -> Option<Spread> {
    if amounts.len() < MIN_GROUP {
        return None;
    }
    let n = amounts.len();
    let mut at = |q: usize| *amounts.select_nth_unstable((n - 1) * q / 100).1;
    Some(Spread {
        median: at(50),
        low: at(5),
        high: at(95),
    })
}

/// Whether `a` is far from what the group sells for.
fn far(a: i64, s: Spread) -> bool {
    let high = a >= FACTOR * s.median && a >= TAIL_FACTOR * s.high;
    let low = FACTOR * a <= s.median && TAIL_FACTOR * a <= s.low;
    high || low
}

/// Whether deals selling at a median of `median` sell near the list price `price`.
fn comparable(median: i64, price: i64) -> bool {
    2 * median >= price && median <= 2 * price
}

/// Whether `a` is far from a list price (an amount a fifth of it or five times it).
fn far_from_price(a: i64, price: i64) -> bool {
    a >= FACTOR * price || FACTOR * a <= price
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
    let mut known = c.typical.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(t) = known.get(&key) {
        return *t;
    }
    let mut a: Vec<i64> = c
        .by_product
        .get(&key)
        .into_iter()
        .flat_map(|rows| c.at_rows(rows))
        .filter(|(_, l)| l.stage.is_credited() && l.amount.0 > 0)
        .map(|(_, l)| l.amount.0)
        .collect();
    let t = stats(&mut a).map(|s| Cents(s.median));
    known.insert(key, t);
    t
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
        // With enough deals their own spread decides; the list price too, where the deals
        // sell near it (a median within a factor 2 of it: a price list of units is no
        // reference for deals of many units). With few deals, the list price alone.
        let by_price = |p: Cents| far_from_price(a, p.0) && st.is_none_or(|s| comparable(s.median, p.0));
        let flagged = st.is_some_and(|s| far(a, s)) || price.is_some_and(by_price);
        if !flagged {
            continue;
        }
        let range = |s: Spread| {
            format!(
                "the median of {n} won deals of {what} is {}, and nine in ten are between {} and {}",
                money(Cents(s.median), cur),
                money(Cents(s.low), cur),
                money(Cents(s.high), cur)
            )
        };
        let reference = match (st, price) {
            (Some(s), Some(p)) => format!("{}; its list price is {}", range(s), money(p, cur)),
            (Some(s), None) => range(s),
            (None, Some(p)) => format!("the list price of {what} is {}", money(p, cur)),
            (None, None) => continue,
        };
        let typical = st.map_or_else(|| price.map_or(1, |p| p.0), |s| s.median).max(1);
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
        let gtx_basic = Spread {
            median: 54_700,
            low: 40_000,
            high: 68_000,
        };
        assert!(far(365_000, gtx_basic), "the cheapest deal with an extra zero");
        assert!(far(547, gtx_basic), "a slipped decimal point");
        assert!(!far(71_600, gtx_basic));
        // A product whose deals vary a lot: five times the median is its tail, not an error.
        let wide = Spread {
            median: 10_000,
            low: 1_000,
            high: 60_000,
        };
        assert!(!far(50_000 * 2, wide));
        assert!(far(200_000 * 2, wide));
        let mut a = vec![500, 520, 540, 547, 560, 600, 700, 365, 716];
        assert_eq!(
            stats(&mut a),
            Some(Spread {
                median: 547,
                low: 365,
                high: 700
            })
        );
        assert!(far_from_price(482_100 * 10, 482_100));
        assert!(comparable(482_800, 482_100));
        assert!(
            !comparable(4_821_000, 482_100),
            "deals of ten units are not compared with one unit's price"
        );
    }
}
