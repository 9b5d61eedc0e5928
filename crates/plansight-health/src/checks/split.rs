//! `split_not_whole`: the shares of one deal across its sellers should add up to 1.

use crate::checker::Checker;
use crate::finding::{Edit, Finding, Kind, LineKey, Severity};
use plansight_plan::{CreditLine, Share};

/// The findings of one deal's lines.
pub(crate) fn deal(c: &Checker, id: &str) -> Vec<Finding> {
    // A deal's shares are compared among its credited lines: a won line and a lost line
    // of the same id are not one split.
    let rows: Vec<usize> = c.deal_rows(id).collect();
    let lines: Vec<&CreditLine> = c
        .at_rows(&rows)
        .map(|(_, l)| l)
        .filter(|l| l.stage.is_credited())
        .collect();
    if lines.len() < 2 {
        return Vec::new();
    }
    let total: i64 = lines.iter().map(|l| l.split.0).sum();
    if total == Share::ONE.0 {
        return Vec::new();
    }
    let shares: Vec<String> = lines
        .iter()
        .map(|l| {
            format!(
                "{} {}",
                l.seller,
                plansight_plan::fixed::format_scaled(l.split.0 as i128, 4)
            )
        })
        .collect();
    let sum = plansight_plan::fixed::format_scaled(total as i128, 4);
    let over = if total > Share::ONE.0 { "more" } else { "less" };
    let message = format!(
        "Deal {id} is split {} — {sum} in all, {over} than the whole deal, so its sellers are credited {over} than it was worth. Check the split with the deal's owner and correct the shares; the money at stake is what scaling the shares to add up to 1 would change.",
        shares.join(", ")
    );
    let mut f = Finding::new(
        Kind::SplitNotWhole,
        Severity::Error,
        lines.iter().map(|l| LineKey::of(l)).collect(),
        "",
        message,
    );
    f.probe = scaled(&lines, total);
    vec![f]
}

/// The lines with their shares scaled to add up to exactly 1 (largest remainders get
/// the last ten-thousandths).
fn scaled(lines: &[&CreditLine], total: i64) -> Vec<Edit> {
    let one = i128::from(Share::ONE.0);
    let exact: Vec<(i128, i128)> = lines
        .iter()
        .map(|l| {
            let n = i128::from(l.split.0) * one;
            (n / i128::from(total), n % i128::from(total))
        })
        .collect();
    let mut shares: Vec<i128> = exact.iter().map(|e| e.0).collect();
    let mut left = one - shares.iter().sum::<i128>();
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(exact[i].1));
    for &i in order.iter().cycle().take(lines.len() * 2) {
        if left <= 0 {
            break;
        }
        shares[i] += 1;
        left -= 1;
    }
    lines
        .iter()
        .zip(shares)
        .filter(|(l, s)| i128::from(l.split.0) != *s && *s > 0)
        .map(|(l, s)| Edit {
            before: (*l).clone(),
            after: Some(CreditLine {
                split: Share(s as i64),
                ..(*l).clone()
            }),
        })
        .collect()
}
