//! Rankings: a team's sellers by a figure (today, or by the change a what-if makes), a
//! seller's deals by a figure, and the periods of the year by a figure.

use super::figure::{compare, Amount, Reader};
use super::{capital, figure_name, record, scalar_of, shown};
use crate::answers::{self, seller_name};
use crate::query::{Figure, Op, Query, Who};
use crate::{Answer, Context};
use plansight_plan::{Exact, ItemKind};
use std::collections::BTreeMap;

/// A seller, their figure today, and under the what-if.
type Row = (String, Amount, Option<Amount>);

/// The sellers of the query's team (every seller, or a manager's).
fn members(ctx: &Context, who: &Who) -> Vec<String> {
    let all = ctx.calc.sellers.iter().map(|s| s.seller.clone());
    match who {
        Who::TeamOf(m) => {
            let roster = ctx.inputs.roster.as_deref().unwrap_or(&[]);
            all.filter(|id| {
                roster
                    .iter()
                    .any(|s| s.id == *id && s.manager.as_deref() == Some(m.as_str()))
            })
            .collect()
        }
        _ => all.collect(),
    }
}

/// A team query: a total, a ranking of sellers, or one seller's rank.
pub(super) fn run(ctx: &Context, q: &Query, out: &mut Answer) -> Result<String, String> {
    let team = if q.op == Op::Rank {
        members(ctx, &Who::Team)
    } else {
        members(ctx, &q.who)
    };
    if team.is_empty() {
        return Err("That team has no sellers in this workspace.".into());
    }
    let base = Reader {
        inputs: ctx.inputs,
        calc: ctx.calc,
    };
    let under = if q.scenario.is_none() {
        None
    } else {
        Some(
            super::whatif::under(ctx.inputs, ctx.calc, q, None)
                .inspect_err(|_| super::whatif::lever_evidence(ctx.inputs, q, out))?,
        )
    };
    let after = under.as_ref().map(|u| Reader {
        inputs: &u.inputs,
        calc: &u.calc,
    });
    // Each seller's figure today, and under the what-if.
    let mut rows: Vec<Row> = Vec::new();
    for id in &team {
        let Some(r0) = ctx.calc.seller(id) else { continue };
        let Some(a) = scalar_of(&base, r0, q, &q.scope) else {
            continue;
        };
        let b = after
            .as_ref()
            .and_then(|rd| rd.calc.seller(id).and_then(|r1| scalar_of(rd, r1, q, &q.scope)));
        rows.push((id.clone(), a, b));
    }
    if rows.is_empty() {
        return Err("No seller of that team has that figure.".into());
    }
    let key = |(_, a, b): &Row| match (a, b) {
        (Amount::Money(x), Some(Amount::Money(y))) => Amount::Money(*y - *x),
        (_, Some(b)) => *b,
        _ => *a,
    };
    match q.op {
        Op::Rank => {
            let seller = q.who.seller().ok_or("Whose rank? Name the seller.")?;
            rows.sort_by(|x, y| compare(key(y), key(x)));
            let place = rows
                .iter()
                .position(|r| r.0 == seller)
                .ok_or("That seller has no such figure.")?
                + 1;
            out.figures.insert("rank".into(), place.to_string());
            out.figures.insert("sellers".into(), rows.len().to_string());
            record(out, "value", key(&rows[place - 1]));
            Ok(format!(
                "{} ranks {place} of {} by {} ({}).",
                seller_name(ctx, seller),
                rows.len(),
                figure_name(q),
                shown(ctx, key(&rows[place - 1]))
            ))
        }
        Op::Top | Op::Bottom => {
            rows.sort_by(|x, y| compare(key(y), key(x)));
            if q.op == Op::Bottom {
                rows.reverse();
            }
            let n = q.n.unwrap_or(5) as usize;
            let what = if under.is_some() { "change" } else { "value" };
            let shown_rows: Vec<String> = rows
                .iter()
                .take(n)
                .enumerate()
                .map(|(i, row)| {
                    record(out, &format!("{}_{}", what, i + 1), key(row));
                    format!("{} {}", seller_name(ctx, &row.0), shown(ctx, key(row)))
                })
                .collect();
            let by = if under.is_some() {
                format!("change in {}", figure_name(q))
            } else {
                figure_name(q)
            };
            if shown_rows.len() == 1 {
                out.person = rows.first().map(|r| r.0.clone());
                return Ok(format!("{} (by {by}).", shown_rows[0]));
            }
            Ok(format!("By {by}: {}.", shown_rows.join("; ")))
        }
        _ => {
            // A total over the team: money and counts add up; shares are listed.
            let mut total = Exact::ZERO;
            let mut count = 0i64;
            let mut shares = Vec::new();
            for row in &rows {
                match key(row) {
                    Amount::Money(e) => total = total + e,
                    Amount::Count(n) => count += n,
                    s @ Amount::Share(_) => shares.push((row.0.clone(), s)),
                }
            }
            let who = match &q.who {
                Who::TeamOf(m) => format!("{m}'s team ({} sellers)", rows.len()),
                _ => format!("The team ({} sellers)", rows.len()),
            };
            out.figures.insert("sellers".into(), rows.len().to_string());
            if !shares.is_empty() {
                shares.sort_by(|x, y| compare(y.1, x.1));
                let listed: Vec<String> = shares
                    .iter()
                    .enumerate()
                    .map(|(i, (id, s))| {
                        record(out, &format!("value_{}", i + 1), *s);
                        format!("{} {}", seller_name(ctx, id), shown(ctx, *s))
                    })
                    .collect();
                return Ok(format!("{who}, {}: {}.", figure_name(q), listed.join("; ")));
            }
            let a = if matches!(q.figure, Figure::DealCount) {
                Amount::Count(count)
            } else {
                Amount::Money(total)
            };
            record(out, "value", a);
            if under.is_none() {
                return Ok(format!("{who}, {}: {}.", figure_name(q), shown(ctx, a)));
            }
            // Under a what-if the total is said beside today's, so "what would it cost" and
            // "how much more would it cost" are both answered.
            let (before, after) = totals(&rows);
            record(out, "before", before);
            record(out, "after", after);
            Ok(format!(
                "{who}, {}: {} under the what-if, against {} today{}.",
                figure_name(q),
                shown(ctx, after),
                shown(ctx, before),
                super::change(ctx, out, after, before)
            ))
        }
    }
}

/// A seller's deals ranked or listed by the figure (earnings per deal, amount, credit).
pub(super) fn deals(
    ctx: &Context,
    reader: &Reader,
    q: &Query,
    seller: &str,
    out: &mut Answer,
) -> Result<String, String> {
    let r = answers::result(ctx, seller)?;
    let mut rows: Vec<(String, Amount)> = Vec::new();
    match q.figure {
        Figure::Earnings | Figure::Bonus | Figure::Clawback | Figure::Payable => {
            let kind = match q.figure {
                Figure::Bonus => Some(ItemKind::Bonus),
                Figure::Clawback => Some(ItemKind::Clawback),
                _ => None,
            };
            let mut by: BTreeMap<String, Exact> = BTreeMap::new();
            let scope = reader.items_in(seller, &q.scope);
            for i in r
                .items
                .iter()
                .filter(|i| kind.is_none_or(|k| i.kind == k) && scope.keeps(i))
            {
                let Some(d) = i.deal.as_deref() else { continue };
                let e = by.entry(d.to_string()).or_default();
                *e = *e + i.amount;
            }
            rows = by.into_iter().map(|(d, e)| (d, Amount::Money(e))).collect();
        }
        _ => {
            for l in reader.deals(seller, &q.scope) {
                let a = match q.figure {
                    Figure::Credit => Amount::Money(Exact::from_micros(l.credit_micros() as i128)),
                    _ => Amount::Money(Exact::from_cents(l.amount)),
                };
                rows.push((l.id.clone(), a));
            }
        }
    }
    if rows.is_empty() {
        return Ok(format!("{} has no deals in that scope.", seller_name(ctx, seller)));
    }
    out.figures.insert("deals".into(), rows.len().to_string());
    let n = match q.op {
        Op::List => 10,
        _ => q.n.unwrap_or(5) as usize,
    };
    if q.op != Op::List {
        rows.sort_by(|x, y| compare(y.1, x.1));
        if q.op == Op::Bottom {
            rows.reverse();
        }
    }
    // The seller's accounts by deal, read in one pass over the lines.
    let mut accounts: std::collections::HashMap<&str, Option<&str>> = std::collections::HashMap::new();
    for l in ctx.inputs.lines.iter().filter(|l| l.seller == seller) {
        accounts.entry(l.id.as_str()).or_insert(l.account.as_deref());
    }
    let account = |d: &str| {
        accounts
            .get(d)
            .copied()
            .flatten()
            .map(|a| format!(" ({a})"))
            .unwrap_or_default()
    };
    let listed: Vec<String> = rows
        .iter()
        .take(n)
        .enumerate()
        .map(|(i, (d, a))| {
            record(out, &format!("deal_{}", i + 1), *a);
            // (with its account: a number in a name, "Route 66 Grill", is the name's)
            out.evidence.push(format!("deal {d}{}", account(d)));
            format!("{d}{} {}", account(d), shown(ctx, *a))
        })
        .collect();
    let more = if rows.len() > n {
        format!(" ({} deals in all)", rows.len())
    } else {
        String::new()
    };
    if matches!(q.op, Op::Top | Op::Bottom) && q.n == Some(1) {
        out.focus = rows.first().map(|r| r.0.clone());
    }
    if listed.len() == 1 && q.op != Op::List {
        let which = if q.op == Op::Top { "highest" } else { "lowest" };
        return Ok(format!(
            "{}'s deal with the {which} {} is {} (of {} deals).",
            seller_name(ctx, seller),
            figure_name(q),
            listed[0],
            rows.len()
        ));
    }
    Ok(format!(
        "{} by {}: {}{more}.",
        capital("deals"),
        figure_name(q),
        listed.join("; ")
    ))
}

/// The periods of the year (quarters) ranked by the figure.
pub(super) fn periods(
    ctx: &Context,
    reader: &Reader,
    q: &Query,
    seller: &str,
    out: &mut Answer,
) -> Result<String, String> {
    let r = answers::result(ctx, seller)?;
    let plan = &ctx.inputs.plan;
    let kind = plansight_plan::PeriodKind::Quarterly;
    let mut rows = Vec::new();
    for p in plansight_plan::calendar::periods(plan.start, kind)
        .into_iter()
        .filter(|p| p.first <= ctx.calc.as_of)
    {
        let mut s = q.scope.clone();
        s.period = Some(p.label.clone());
        s.versus = None;
        if let Some(a) = scalar_of(reader, r, q, &s) {
            record(out, &p.label, a);
            rows.push((p.label, a));
        }
    }
    let pick = if q.op == Op::BestPeriod {
        rows.iter().max_by(|x, y| compare(x.1, y.1))
    } else {
        rows.iter().min_by(|x, y| compare(x.1, y.1))
    };
    let (label, a) = pick.ok_or("No period of the year has that figure yet.")?;
    let all: Vec<String> = rows.iter().map(|(l, a)| format!("{l} {}", shown(ctx, *a))).collect();
    Ok(format!(
        "{}'s {} quarter by {} is {label} with {} ({}).",
        seller_name(ctx, seller),
        if q.op == Op::BestPeriod { "best" } else { "weakest" },
        figure_name(q),
        shown(ctx, *a),
        all.join(", ")
    ))
}

/// The team's totals today and under the what-if (money, or counts for a deal count).
fn totals(rows: &[Row]) -> (Amount, Amount) {
    let sum = |pick: &dyn Fn(&Row) -> Option<Amount>| {
        let (mut money, mut count, mut counted) = (Exact::ZERO, 0i64, false);
        for a in rows.iter().filter_map(pick) {
            match a {
                Amount::Money(e) => money = money + e,
                Amount::Count(n) => {
                    count += n;
                    counted = true;
                }
                Amount::Share(_) => {}
            }
        }
        if counted {
            Amount::Count(count)
        } else {
            Amount::Money(money)
        }
    };
    (sum(&|r| Some(r.1)), sum(&|r| r.2.or(Some(r.1))))
}
