//! The money at stake of each finding: how much the payouts change if its fix (or,
//! without one, its probe) were applied, computed by the engine, exact.
//!
//! A seller's payout depends on their own lines only (spec 2–4), so a finding is priced
//! by calculating just the sellers it touches, before and after its edits. Findings that
//! touch different sellers are priced together in one calculation (a *round*), so a
//! report of a thousand findings costs a few calculations, not a thousand.

use crate::checker::Checker;
use crate::finding::{Edit, Finding, Kind, Severity};
use plansight_plan::{CreditLine, Exact, Inputs};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};

/// Lines calculated, at most, to price one batch of findings (a few calculations of
/// a million-line workspace's touched sellers); see [`price`].
const LINE_BUDGET: usize = 1_500_000;

/// Prices `findings` (and marks a name variant that moves money an error).
pub(crate) fn price(c: &Checker, findings: &mut [&mut Finding]) {
    let touched = |f: &Finding| -> HashSet<String> {
        f.stake_edits()
            .iter()
            .flat_map(|e| std::iter::once(&e.before).chain(e.after.as_ref()))
            .map(|l| l.seller.clone())
            .collect()
    };
    // A finding goes to the first round after the last one of each of its sellers, so
    // no two findings of a round touch one seller.
    let mut rounds: Vec<(HashSet<String>, Vec<usize>)> = Vec::new();
    let mut next: HashMap<String, usize> = HashMap::new();
    let mut all: HashSet<String> = HashSet::new();
    let mut sellers_of: Vec<HashSet<String>> = Vec::with_capacity(findings.len());
    for (i, f) in findings.iter_mut().enumerate() {
        f.at_stake = Exact::ZERO;
        f.priced = true;
        let sellers = touched(f);
        sellers_of.push(sellers.clone());
        if sellers.is_empty() {
            continue;
        }
        let r = sellers
            .iter()
            .map(|s| next.get(s).copied().unwrap_or(0))
            .max()
            .unwrap_or(0);
        for s in &sellers {
            next.insert(s.clone(), r + 1);
        }
        if rounds.len() <= r {
            rounds.resize_with(r + 1, Default::default);
        }
        all.extend(sellers.iter().cloned());
        rounds[r].0.extend(sellers);
        rounds[r].1.push(i);
    }
    // Many findings on one seller need as many calculations of that seller: past a budget
    // of lines calculated, the rest are left unpriced (a preview of the fix prices one).
    let lines_of =
        |sellers: &HashSet<String>| -> usize { sellers.iter().filter_map(|s| c.by_seller.get(s)).map(Vec::len).sum() };
    let mut spent = 0;
    let mut kept = 0;
    for (sellers, _) in &rounds {
        if kept > 0 && spent + lines_of(sellers) > LINE_BUDGET {
            break;
        }
        spent += lines_of(sellers);
        kept += 1;
    }
    for (_, members) in rounds.drain(kept..) {
        for i in members {
            findings[i].priced = false;
        }
    }
    if rounds.is_empty() {
        return;
    }
    // Today's payouts are the calculation's while it is the calculation of these lines.
    let base = match (&c.calc, c.calc_fresh) {
        (Some(calc), true) => all
            .iter()
            .map(|s| (s.clone(), calc.seller(s).map_or(Exact::ZERO, |r| r.total)))
            .collect(),
        _ => totals(c, &all, &[]),
    };
    // Rounds are independent calculations: they run side by side.
    let results: Vec<(Vec<usize>, HashMap<String, Exact>)> = rounds
        .into_par_iter()
        .map(|(sellers, members)| {
            let edits: Vec<&Edit> = members.iter().flat_map(|&i| findings[i].stake_edits()).collect();
            let after = totals(c, &sellers, &edits);
            (members, after)
        })
        .collect();
    for (members, after) in results {
        for i in members {
            let f = &mut findings[i];
            f.at_stake = sellers_of[i]
                .iter()
                .map(|s| after.get(s).copied().unwrap_or(Exact::ZERO) - base.get(s).copied().unwrap_or(Exact::ZERO))
                .sum();
            if f.kind == Kind::NameVariant && f.at_stake != Exact::ZERO {
                f.severity = Severity::Error;
            }
        }
    }
}

/// Each seller's total, calculated over their current lines with `edits` applied.
fn totals(c: &Checker, sellers: &HashSet<String>, edits: &[&Edit]) -> HashMap<String, Exact> {
    let removed: HashSet<(&str, &str)> = edits
        .iter()
        .map(|e| (e.before.id.as_str(), e.before.seller.as_str()))
        .collect();
    let mut lines: Vec<CreditLine> = sellers
        .iter()
        .filter_map(|s| c.by_seller.get(s))
        .flat_map(|rows| c.at_rows(rows).map(|(_, l)| l))
        .filter(|l| !removed.contains(&(l.id.as_str(), l.seller.as_str())))
        .cloned()
        .collect();
    lines.extend(edits.iter().filter_map(|e| e.after.clone()));
    let roster = c
        .ctx
        .roster
        .as_ref()
        .map(|r| r.iter().filter(|s| sellers.contains(&s.id)).cloned().collect());
    let inputs = Inputs {
        plan: c.ctx.plan.clone(),
        lines,
        roster,
        as_of: c.ctx.as_of,
    };
    match plansight_engine::calculate(&inputs) {
        Ok(calc) => calc.sellers.iter().map(|s| (s.seller.clone(), s.total)).collect(),
        // The inputs were validated when they were read; an engine fault prices nothing
        // rather than a wrong figure.
        Err(_) => HashMap::new(),
    }
}

/// Each seller's total payout before and after `edits`, for the sellers they touch
/// (the engine's figures, exact), by seller id.
pub fn effect(c: &Checker, edits: &[Edit]) -> Vec<(String, Exact, Exact)> {
    let sellers: HashSet<String> = edits
        .iter()
        .flat_map(|e| std::iter::once(&e.before).chain(e.after.as_ref()))
        .map(|l| l.seller.clone())
        .collect();
    let before = totals(c, &sellers, &[]);
    let refs: Vec<&Edit> = edits.iter().collect();
    let after = totals(c, &sellers, &refs);
    let mut out: Vec<(String, Exact, Exact)> = sellers
        .into_iter()
        .map(|s| {
            let b = before.get(&s).copied().unwrap_or(Exact::ZERO);
            let a = after.get(&s).copied().unwrap_or(Exact::ZERO);
            (s, b, a)
        })
        .collect();
    out.sort();
    out
}
