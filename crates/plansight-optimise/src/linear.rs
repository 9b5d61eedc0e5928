//! The linear part of the problem. With the tier boundaries fixed, a seller's payout is
//! linear in the tier rates (the band credits do not move; a retroactive tier pays its
//! rate on all credit; clawbacks give back items that are themselves linear), so it is
//! `base + Σ coefficient × rate`. Each coefficient is measured exactly on the seller's
//! book (the forecast's fast path, held equal to the engine): the payout with that rate
//! at 1 and every moving rate at 0, less the payout with them all at 0. The payout cap is
//! the one rule that is not linear: the model leaves it out, and every figure reported
//! is recomputed exactly with it.

use plansight_forecast::{Book, Scratch};
use plansight_plan::{CreditLine, Inputs, Member, Plan};
use rayon::prelude::*;
use std::collections::HashMap;

/// One rate the linear program solves for: measure and tier.
pub type RateVar = (usize, usize);

/// Every seller's book under a plan (closed lines only: the data is last year's).
pub fn books(plan: &Plan, inputs: &Inputs) -> Vec<Book> {
    let mut by_seller: HashMap<&str, Vec<&CreditLine>> = HashMap::new();
    for l in &inputs.lines {
        by_seller.entry(l.seller.as_str()).or_default().push(l);
    }
    // The candidate's target incentive for everyone the roster gives none of their own.
    let own: std::collections::HashSet<&str> = inputs
        .roster
        .iter()
        .flatten()
        .filter(|s| s.target_incentive.is_some())
        .map(|s| s.id.as_str())
        .collect();
    let members: Vec<Member> = inputs
        .members()
        .into_iter()
        .map(|mut m| {
            if !own.contains(m.id.as_str()) {
                m.target_incentive = plan.target_incentive;
            }
            m
        })
        .collect();
    members
        .par_iter()
        .map(|m| {
            Book::new(
                plan,
                m,
                by_seller.get(m.id.as_str()).map(Vec::as_slice).unwrap_or_default(),
            )
        })
        .collect()
}

/// The exact total of each book (with whatever rates and cap it holds).
pub fn totals(books: &[Book]) -> Vec<i128> {
    books
        .par_iter()
        .map_init(Scratch::default, |s, b| b.evaluate(&[], s).total)
        .collect()
}

/// Payout per seller as `base + coef · rates` (exact, 10^-24 per rate of 1).
#[derive(Debug, Clone)]
pub struct Linear {
    /// The rates solved for.
    pub vars: Vec<RateVar>,
    /// Per seller: the payout with every moving rate at 0.
    pub base: Vec<i128>,
    /// Per seller, per variable: what a rate of 1 adds.
    pub coef: Vec<Vec<i128>>,
}

/// Rates of 1.0 in the plan's scale (10^-6).
const ONE: i64 = 1_000_000;

/// The linear model of `plan` (its boundaries as they are) over `books` compiled from it.
/// The books are probed in place and left as `plan` has them.
pub fn linear(plan: &Plan, books: &mut [Book], vars: &[RateVar]) -> Linear {
    let measures: std::collections::BTreeSet<usize> = vars.iter().map(|v| v.0).collect();
    let zero = |b: &mut Book| {
        b.set_payout_cap(None);
        for &mi in &measures {
            b.set_rates(mi, &vec![0; plan.measures[mi].tiers.len()]);
        }
    };
    books.par_iter_mut().for_each(zero);
    let base = totals(books);
    let mut coef = vec![Vec::with_capacity(vars.len()); books.len()];
    for &(mi, ti) in vars {
        let mut rates = vec![0; plan.measures[mi].tiers.len()];
        let off = rates.clone();
        rates[ti] = ONE;
        let with: Vec<i128> = books
            .par_iter_mut()
            .map_init(Scratch::default, |s, b| {
                b.set_rates(mi, &rates);
                let t = b.evaluate(&[], s).total;
                b.set_rates(mi, &off);
                t
            })
            .collect();
        for (s, w) in with.into_iter().enumerate() {
            coef[s].push(w - base[s]);
        }
    }
    let cap = plan.payout_cap.map(|c| plansight_plan::Exact::from_cents(c).0);
    books.par_iter_mut().for_each(|b| {
        b.set_payout_cap(cap);
        for &mi in &measures {
            let rates: Vec<i64> = plan.measures[mi].tiers.iter().map(|t| t.rate.0).collect();
            b.set_rates(mi, &rates);
        }
    });
    Linear {
        vars: vars.to_vec(),
        base,
        coef,
    }
}

/// A seller on the plan's own terms (whole year, plan quotas and target incentive) at
/// exactly 100% of every quota, measure by measure: what "the payout at 100%" means for
/// the lowest-cost objective. Each measure is probed in a plan of its own (so a line of
/// one measure does not count for another; bonuses, the cap and the draw left out), and
/// its payout is linear in its own rates: `(measure, base, coefficients of its vars)`.
pub fn at_target(plan: &Plan, vars: &[RateVar]) -> Vec<(usize, i128, Vec<i128>)> {
    let member = Member {
        id: "at-target".into(),
        start: plan.start,
        end: plan.end,
        target_incentive: plan.target_incentive,
        quota_override: vec![None],
    };
    plan.measures
        .iter()
        .enumerate()
        .map(|(mi, m)| {
            let alone = Plan {
                measures: vec![m.clone()],
                bonuses: Vec::new(),
                payout_cap: None,
                draw: None,
                clawback: None,
                ..plan.clone()
            };
            let lines: Vec<CreditLine> = plansight_plan::calendar::periods(plan.start, m.quota_period)
                .iter()
                .map(|p| {
                    let mut l = CreditLine::won(&format!("target-{}", p.label), "at-target", m.quotas[p.index], p.last);
                    l.deal_type = m.deal_types.as_ref().and_then(|t| t.first().cloned());
                    l.product = m.products.as_ref().and_then(|t| t.first().cloned());
                    l
                })
                .collect();
            let refs: Vec<&CreditLine> = lines.iter().collect();
            let mut book = [Book::new(&alone, &member, &refs)];
            let mine: Vec<RateVar> = vars.iter().filter(|v| v.0 == mi).map(|v| (0, v.1)).collect();
            let lin = linear(&alone, &mut book, &mine);
            // Spread back over every variable: only this measure's move this probe.
            let mut coef = Vec::with_capacity(vars.len());
            let mut k = 0;
            for v in vars {
                if v.0 == mi {
                    coef.push(lin.coef[0][k]);
                    k += 1;
                } else {
                    coef.push(0);
                }
            }
            (mi, lin.base[0], coef)
        })
        .collect()
}
