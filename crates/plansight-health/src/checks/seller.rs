//! The checks of one seller's own lines: the same sale entered twice, a seller not on
//! the roster, won lines of amount zero or negative, dates outside the plan, open lines
//! past their expected close.

use super::{amounts, held, money, some_deals};
use crate::checker::Checker;
use crate::finding::{Edit, Finding, Fix, Kind, LineKey, Severity};
use crate::names;
use chrono::{Datelike, NaiveDate};
use plansight_plan::{Cents, CreditLine, Stage};

/// Days apart two entries of one sale may be dated and still be taken for one.
const DUPLICATE_DAYS: i64 = 3;

/// A credited line of a duplicate group: its close date, its row and the line.
type Entry<'a> = (NaiveDate, usize, &'a CreditLine);
/// Lines of one seller dated in one year outside the plan from which they are taken for
/// a year of data rather than typos.
const YEAR_OF_DATA: usize = 6;

/// The findings of one seller's lines.
pub(crate) fn seller(c: &Checker, id: &str) -> Vec<Finding> {
    let Some(rows) = c.by_seller.get(id) else {
        return Vec::new();
    };
    let lines: Vec<(usize, &CreditLine)> = c.at_rows(rows).collect();
    if lines.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    if let Some(f) = unknown(c, id, &lines) {
        out.push(f);
    }
    duplicates(c, &lines, &mut out);
    for (i, l) in &lines {
        if let Some(f) = zero_or_negative(c, *i, l, &lines) {
            out.push(f);
        }
    }
    dates(c, &lines, &mut out);
    stale(c, id, &lines, &mut out);
    out.extend(amounts::without_product(c, &lines));
    out
}

/// `unknown_seller`: lines for a seller not on the roster credit nothing; a roster
/// seller whose id or name is one or two typos away is proposed.
fn unknown(c: &Checker, id: &str, lines: &[(usize, &CreditLine)]) -> Option<Finding> {
    c.ctx.roster.as_ref()?;
    if c.on_roster.as_ref().is_some_and(|on| on.contains(id)) {
        return None;
    }
    let k = names::key(id);
    let limit = if k.chars().count() >= 8 { 2 } else { 1 };
    let mut best: Vec<(usize, &str)> = c
        .roster_keys
        .iter()
        .filter_map(|(id, by_id, by_name)| {
            let by_name = by_name.as_deref().map_or(usize::MAX, |n| names::distance(&k, n, limit));
            let d = names::distance(&k, by_id, limit).min(by_name);
            Some((d, id.as_str())).filter(|(d, _)| *d <= limit)
        })
        .collect();
    best.sort();
    let target = match best.as_slice() {
        [(d, s)] => Some(*s).filter(|_| *d <= limit),
        [(d, s), (d2, _), ..] if d < d2 => Some(*s),
        _ => None,
    };
    let keys: Vec<LineKey> = lines.iter().map(|(_, l)| LineKey::of(l)).collect();
    let ids = some_deals(lines.iter().map(|(_, l)| l.id.as_str()));
    let n = lines.len();
    // The lines may name the seller by their name rather than their id.
    let named = c
        .roster_keys
        .iter()
        .any(|(rid, _, name)| Some(rid.as_str()) == target && name.as_deref() == Some(k.as_str()));
    let message = match target {
        Some(t) if named => format!(
            "{n} credit line(s) name seller \"{id}\" ({ids}), which is not an id on the roster, so they credit nothing. It is the name of {t} on the roster: the fix credits these lines to {t}."
        ),
        Some(t) => format!(
            "{n} credit line(s) name seller \"{id}\", who is not on the roster ({ids}), so they credit nothing. \"{t}\" on the roster is spelt almost the same: the fix credits these lines to {t}."
        ),
        None => format!(
            "{n} credit line(s) name seller \"{id}\", who is not on the roster ({ids}), so they credit nothing. Add {id} to the roster, or correct the seller on these lines."
        ),
    };
    let mut f = Finding::new(Kind::UnknownSeller, Severity::Error, keys, id, message);
    if let Some(t) = target {
        let taken = |l: &CreditLine| {
            c.line(&LineKey {
                deal: l.id.clone(),
                seller: t.to_string(),
            })
            .is_some()
        };
        let edits: Vec<Edit> = lines
            .iter()
            .filter(|(_, l)| !taken(l))
            .map(|(_, l)| Edit {
                before: (*l).clone(),
                after: Some(CreditLine {
                    seller: t.to_string(),
                    ..(*l).clone()
                }),
            })
            .collect();
        if !edits.is_empty() {
            f.fix = Some(Fix {
                description: format!("credit {} line(s) of \"{id}\" to {t}", edits.len()),
                edits,
            });
        }
    }
    Some(f)
}

/// `duplicate_deal`: credited lines of this seller with the same account, product and
/// amount, dated at most [`DUPLICATE_DAYS`] apart, under different ids. The first
/// imported is kept; the fix removes the later ones.
fn duplicates(c: &Checker, lines: &[(usize, &CreditLine)], out: &mut Vec<Finding>) {
    // Sorted by (account and product, amount, date, row): one sale's entries are
    // neighbours, and no map or list per line is needed (a seller has thousands of lines).
    let mut keyed: Vec<(([u32; 2], Cents), Entry)> = lines
        .iter()
        .filter_map(
            |(i, l)| match (l.stage.is_credited() && l.amount.0 != 0, l.close_date) {
                (true, Some(d)) => Some(((c.name_keys[*i], l.amount), (d, *i, *l))),
                _ => None,
            },
        )
        .collect();
    keyed.sort_unstable_by_key(|(k, e)| (*k, e.0, e.1));
    let mut groups: Vec<Vec<Entry>> = Vec::new();
    let mut start = 0;
    while start < keyed.len() {
        let mut end = start + 1;
        while end < keyed.len() && keyed[end].0 == keyed[start].0 {
            end += 1;
        }
        // Within one key, entries at most DUPLICATE_DAYS apart (chained) are one sale.
        let mut cluster: Vec<Entry> = vec![keyed[start].1];
        for (_, e) in &keyed[start + 1..end] {
            let last = cluster.last().map_or(e.0, |x| x.0);
            if (e.0 - last).num_days() <= DUPLICATE_DAYS {
                cluster.push(*e);
            } else {
                if cluster.len() > 1 {
                    groups.push(std::mem::take(&mut cluster));
                }
                cluster = vec![*e];
            }
        }
        if cluster.len() > 1 {
            groups.push(cluster);
        }
        start = end;
    }
    // Reported in import order of their first entry.
    groups.sort_by_key(|g| g.iter().map(|e| e.1).min());
    for g in groups {
        duplicate(c, &g, out);
    }
}

fn duplicate(c: &Checker, cluster: &[(NaiveDate, usize, &CreditLine)], out: &mut Vec<Finding>) {
    if cluster.len() < 2 {
        return;
    }
    let first = cluster.iter().min_by_key(|e| e.1).map(|e| e.2).unwrap_or(cluster[0].2);
    let copies: Vec<&CreditLine> = cluster.iter().map(|e| e.2).filter(|l| l.id != first.id).collect();
    if copies.is_empty() {
        return;
    }
    let dates: Vec<String> = cluster.iter().map(|e| e.0.to_string()).collect();
    let what = [
        first.account.as_deref().map(|a| format!("account {a}")),
        first.product.as_deref().map(|p| format!("product {p}")),
        Some(format!("amount {}", money(first.amount, &c.ctx.plan.currency))),
    ];
    let what: Vec<String> = what.into_iter().flatten().collect();
    let copy_ids = some_deals(copies.iter().map(|l| l.id.as_str()));
    let message = format!(
        "Deals {} and {copy_ids} of {} look like one sale entered {} times: same {}, closed {}. Each copy credits the sale again. The fix removes {copy_ids} and keeps {} (the first imported).",
        first.id,
        first.seller,
        cluster.len(),
        what.join(", "),
        dates.join(" and "),
        first.id
    );
    let keys = cluster.iter().map(|e| LineKey::of(e.2)).collect();
    let mut f = Finding::new(Kind::DuplicateDeal, Severity::Error, keys, "", message);
    f.fix = Some(Fix {
        description: format!("remove {copy_ids}, a copy of {}", first.id),
        edits: copies
            .iter()
            .map(|l| Edit {
                before: (*l).clone(),
                after: None,
            })
            .collect(),
    });
    out.push(f);
}

/// `zero_amount_won` and `negative_won`.
fn zero_or_negative(c: &Checker, i: usize, l: &CreditLine, lines: &[(usize, &CreditLine)]) -> Option<Finding> {
    if !l.stage.is_credited() || l.amount.0 > 0 {
        return None;
    }
    let cur = &c.ctx.plan.currency;
    if l.amount.0 == 0 {
        let typical = l.product.as_deref().and_then(|p| amounts::typical(c, p));
        let (msg_tail, probe) = match typical {
            Some(t) => (
                format!(
                    " A typical {} sells for {}; the money at stake is what the line would pay at that amount.",
                    l.product.as_deref().unwrap_or_default(),
                    money(t, cur)
                ),
                vec![Edit {
                    before: l.clone(),
                    after: Some(CreditLine { amount: t, ..l.clone() }),
                }],
            ),
            None => (String::new(), Vec::new()),
        };
        let message = format!(
            "Deal {} of {} is won with an amount of zero, so it credits nothing: the amount is probably missing from the export. Check the deal and correct its amount, or hold it until someone has.{msg_tail}",
            l.id, l.seller
        );
        let mut f = Finding::new(
            Kind::ZeroAmountWon,
            Severity::Warning,
            vec![LineKey::of(l)],
            "",
            message,
        );
        f.probe = probe;
        return Some(f);
    }
    // A credit memo reverses an earlier line of the same seller, account and product.
    let memo = lines.iter().any(|(j, e)| {
        e.id != l.id
            && e.amount.0 == -l.amount.0
            && e.stage.is_credited()
            && e.close_date <= l.close_date
            && c.name_keys[*j] == c.name_keys[i]
    });
    if memo {
        return None;
    }
    let message = format!(
        "Deal {} of {} is won with a negative amount ({}) that reverses no earlier deal of the same account and product, so it takes credit away. A minus sign typed by mistake, or a credit memo whose original is missing: check it, and hold it until it is clear.",
        l.id,
        l.seller,
        money(l.amount, cur)
    );
    let mut f = Finding::new(Kind::NegativeWon, Severity::Error, vec![LineKey::of(l)], "", message);
    f.probe = vec![Edit {
        before: l.clone(),
        after: Some(held(l, "negative amount")),
    }];
    Some(f)
}

/// `date_outside_plan`: a credited line dated outside every plan version credits
/// nothing. A few such lines in a year are typos (the fix moves them into the plan year
/// with the month and day kept); many in one year are that year's data, reported once.
fn dates(c: &Checker, lines: &[(usize, &CreditLine)], out: &mut Vec<Finding>) {
    let spans = &c.ctx.spans;
    let outside = |d: NaiveDate| !spans.iter().any(|(a, b)| *a <= d && d <= *b);
    let mut by_year: std::collections::BTreeMap<i32, Vec<&CreditLine>> = Default::default();
    for (_, l) in lines {
        if let (true, Some(d)) = (l.stage.is_credited(), l.close_date) {
            if outside(d) {
                by_year.entry(d.year()).or_default().push(l);
            }
        }
    }
    for (year, ls) in by_year.iter().filter(|(_, ls)| ls.len() >= YEAR_OF_DATA) {
        let message = format!(
            "{} won deals of {} are dated in {year}, outside every plan version ({}), so they credit nothing. That many look like a year of data rather than typos: import the plan version of {year} if they should pay.",
            ls.len(),
            ls[0].seller,
            some_deals(ls.iter().map(|l| l.id.as_str()))
        );
        let keys = ls.iter().map(|l| LineKey::of(l)).collect();
        out.push(Finding::new(
            Kind::DateOutsidePlan,
            Severity::Info,
            keys,
            &year.to_string(),
            message,
        ));
    }
    for l in by_year.into_values().filter(|ls| ls.len() < YEAR_OF_DATA).flatten() {
        let Some(d) = l.close_date else {
            continue;
        };
        let proposed = spans
            .iter()
            .flat_map(|(a, b)| a.year()..=b.year())
            .filter_map(|y| {
                Some((
                    names::distance(&y.to_string(), &d.year().to_string(), 4),
                    d.with_year(y)?,
                ))
            })
            .filter(|(_, p)| !outside(*p))
            .min();
        let mut message = format!(
            "Deal {} of {} is won on {d}, outside every plan version, so it credits nothing.",
            l.id, l.seller
        );
        let mut f;
        match proposed {
            Some((_, p)) => {
                message.push_str(&format!(
                    " The year looks mistyped: the fix dates it {p}. If {d} is right, leave it."
                ));
                f = Finding::new(
                    Kind::DateOutsidePlan,
                    Severity::Error,
                    vec![LineKey::of(l)],
                    "",
                    message,
                );
                f.fix = Some(Fix {
                    description: format!("date deal {} {p} instead of {d}", l.id),
                    edits: vec![Edit {
                        before: l.clone(),
                        after: Some(CreditLine {
                            close_date: Some(p),
                            ..l.clone()
                        }),
                    }],
                });
            }
            None => {
                message.push_str(" Correct the date, or add the plan version for it.");
                f = Finding::new(
                    Kind::DateOutsidePlan,
                    Severity::Error,
                    vec![LineKey::of(l)],
                    "",
                    message,
                );
            }
        }
        out.push(f);
    }
}

/// `stale_open`: this seller's open lines expected to close before today, in one finding.
fn stale(c: &Checker, id: &str, lines: &[(usize, &CreditLine)], out: &mut Vec<Finding>) {
    let today = c.ctx.today;
    let past: Vec<&CreditLine> = lines
        .iter()
        .map(|(_, l)| *l)
        .filter(|l| l.stage == Stage::Open && l.close_date.is_some_and(|d| d < today))
        .collect();
    if past.is_empty() {
        return;
    }
    let oldest = past.iter().filter_map(|l| l.close_date).min().unwrap_or(today);
    let message = format!(
        "{} open deal(s) of {id} were expected to close before today and are still open ({}; the oldest expected {oldest}). Forecasts count them as pipeline: update their stage or their expected close date in the CRM.",
        past.len(),
        some_deals(past.iter().map(|l| l.id.as_str()))
    );
    out.push(Finding::new(
        Kind::StaleOpen,
        Severity::Warning,
        past.iter().map(|l| LineKey::of(l)).collect(),
        "",
        message,
    ));
}
