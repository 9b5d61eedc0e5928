//! Coaching: which open deals are worth most to a seller, the fewest deals that reach
//! their next tier or the accelerator, and — for the plan designer, never as advice to
//! the seller — where the plan pays more for a deal that closes after a period's end.

use crate::book::Book;
use crate::evaluate::Scratch;
use crate::forecast::{prepare, ForecastError, History, Prepared};
use crate::model::{WinModel, PPM};
use crate::montecarlo::{mean, Candidate, Draws};
use chrono::NaiveDate;
use plansight_plan::calendar::{epoch_days, periods};
use plansight_plan::{Exact, Inputs};
use rayon::prelude::*;

/// How a deal moves its seller's tier, closing on its expected date with nothing else won.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TierMove {
    /// Measure id.
    pub measure: String,
    /// Measure name, as the plan shows it.
    pub name: String,
    /// Quota period label.
    pub period: String,
    /// Tier reached before and after (1 is the first tier).
    pub from: usize,
    /// Tier reached with the deal.
    pub to: usize,
}

/// One open deal, valued for its seller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DealWorth {
    /// Deal id.
    pub deal: String,
    /// Win probability, parts per million.
    pub ppm: i64,
    /// Credit when won, micro-units.
    pub credit: i128,
    /// Expected close date.
    pub expected: Option<NaiveDate>,
    /// Expected change of the year's payout if it wins rather than loses, given the
    /// other deals as they may go (the mean over the runs).
    pub if_won: Exact,
    /// Its worth today: probability × `if_won`.
    pub worth: Exact,
    /// Tier changes it brings on its own.
    pub tiers: Vec<TierMove>,
}

/// The fewest open deals that take a measure's period to a mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathToMark {
    /// Measure id.
    pub measure: String,
    /// Measure name, as the plan shows it.
    pub name: String,
    /// Quota period label.
    pub period: String,
    /// What is reached ("tier 2 (from 100%)", "threshold (50%)").
    pub mark: String,
    /// Whether the mark is the measure's top tier (the accelerator).
    pub accelerator: bool,
    /// Credit still needed, micro-units.
    pub needed: i128,
    /// The deals, largest first.
    pub deals: Vec<String>,
    /// The chance all of them win (the product of their probabilities), ppm.
    pub ppm: i64,
    /// Payout of the year with nothing open won, and with these deals won.
    pub payout_now: Exact,
    /// Payout with the deals won.
    pub payout_with: Exact,
}

/// A timing effect of the plan, for its designer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimingEffect {
    /// Deal id.
    pub deal: String,
    /// Its expected date, and the first day of the next quota period.
    pub expected: NaiveDate,
    /// The first day of the next quota period.
    pub later: NaiveDate,
    /// Payout change when it closes on `later` instead (positive: the plan pays more).
    pub gain: Exact,
}

/// A seller's coaching.
#[derive(Debug, Clone)]
pub struct Coaching {
    /// Seller id.
    pub seller: String,
    /// Payout of the year with nothing open won.
    pub payout_now: Exact,
    /// Open deals by worth, highest first.
    pub deals: Vec<DealWorth>,
    /// Paths to the next mark and the accelerator.
    pub paths: Vec<PathToMark>,
    /// Where the plan pays more for closing after a period's end (for the plan designer).
    pub timing: Vec<TimingEffect>,
    /// Runs the worths are averaged over.
    pub runs: usize,
}

/// Coaches one seller: worths over `runs` runs with common draws.
pub fn coach(
    inputs: &Inputs,
    history: &History,
    seller: &str,
    runs: usize,
    seed: u64,
) -> Result<Coaching, ForecastError> {
    if runs == 0 {
        return Err(ForecastError::NoRuns);
    }
    let model = WinModel::learn(&inputs.lines, None);
    let Prepared { sellers, draws, .. } = prepare(inputs, history, model, seed, Some(seller))?;
    let (book, open) = &sellers[0];
    let mut s = Scratch::default();
    let now = book.evaluate(&[], &mut s).clone();
    let if_won = marginals(book, open, &draws, runs);
    let mut deals: Vec<DealWorth> = open
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let gain = if_won[k];
            DealWorth {
                deal: c.deal.clone(),
                ppm: c.ppm,
                credit: book.open_credit(k),
                expected: book.expected_close(k),
                if_won: Exact(gain),
                worth: Exact(gain * c.ppm as i128 / PPM as i128),
                tiers: tier_moves(inputs, book, k, &now.credit),
            }
        })
        .collect();
    deals.sort_by(|a, b| b.worth.cmp(&a.worth).then(a.deal.cmp(&b.deal)));
    Ok(Coaching {
        seller: seller.to_string(),
        payout_now: Exact(now.total),
        paths: paths(inputs, book, open, &now.credit, now.total),
        timing: timing(inputs, book),
        deals,
        runs,
    })
}

/// For each open line, the mean over the runs of payout(won) − payout(lost), the other
/// lines as drawn in that run.
fn marginals(book: &Book, open: &[Candidate], draws: &Draws, runs: usize) -> Vec<i128> {
    let per_run: Vec<Vec<i128>> = (0..runs)
        .into_par_iter()
        .map_init(
            || (Scratch::default(), Vec::new(), Vec::new()),
            |(s, won, flipped), run| {
                draws.place(book, open, run as u64, won);
                let base = book.evaluate(won, s).total;
                (0..open.len())
                    .map(|k| match won.iter().position(|w| w.0 as usize == k) {
                        Some(i) => {
                            flipped.clone_from(won);
                            flipped.remove(i);
                            base - book.evaluate(flipped, s).total
                        }
                        None => match draws.close_day(book, open, k, run as u64) {
                            Some(day) => {
                                flipped.clone_from(won);
                                flipped.push((k as u32, day));
                                book.evaluate(flipped, s).total - base
                            }
                            None => 0,
                        },
                    })
                    .collect()
            },
        )
        .collect();
    (0..open.len())
        .map(|k| mean(&per_run.iter().map(|r| r[k]).collect::<Vec<_>>()))
        .collect()
}

/// Tier reached (1-based) in measure `mi`, quota period `p`, at `credit`.
fn tier(book: &Book, inputs: &Inputs, mi: usize, p: usize, credit: i128) -> usize {
    let m = &inputs.plan.measures[mi];
    1 + m
        .tiers
        .iter()
        .skip(1)
        .filter(|t| book.reaches(mi, p, credit, t.from.0 as i128, true))
        .count()
}

fn tier_moves(inputs: &Inputs, book: &Book, k: usize, credit: &[Vec<i128>]) -> Vec<TierMove> {
    let Some(day) = book.expected_close(k).map(epoch_days) else {
        return Vec::new();
    };
    if !book.credits_on(day) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (mi, m) in inputs.plan.measures.iter().enumerate() {
        if !book.open_counts_for(k, mi) {
            continue;
        }
        let p = (book.month(day) / m.quota_period.months() as i32) as usize;
        let c = credit[mi][p];
        let (from, to) = (
            tier(book, inputs, mi, p, c),
            tier(book, inputs, mi, p, c + book.open_credit(k)),
        );
        if to != from {
            out.push(TierMove {
                measure: m.id.clone(),
                name: m.name.clone(),
                period: m.quota_period.label(p),
                from,
                to,
            });
        }
    }
    out
}

/// The fewest open deals (largest first) that reach each measure's next mark and its
/// top tier, from the open deals expected to close in that quota period.
fn paths(inputs: &Inputs, book: &Book, open: &[Candidate], credit: &[Vec<i128>], payout_now: i128) -> Vec<PathToMark> {
    let plan = &inputs.plan;
    let mut out = Vec::new();
    let mut s = Scratch::default();
    for (mi, m) in plan.measures.iter().enumerate() {
        for p in periods(plan.start, m.quota_period) {
            if m.tiers.len() < 2 && m.threshold.is_none() {
                continue;
            }
            let c0 = credit[mi][p.index];
            let mut marks: Vec<(String, i64, bool, bool)> = m
                .threshold
                .map(|t| {
                    let what = format!("threshold ({}%)", plansight_plan::shown::point_percent(t));
                    (what, t.0, false, false)
                })
                .into_iter()
                .collect();
            for (ti, t) in m.tiers.iter().enumerate().skip(1) {
                let what = format!(
                    "tier {} (from {}%)",
                    ti + 1,
                    plansight_plan::shown::point_percent(t.from)
                );
                marks.push((what, t.from.0, true, ti + 1 == m.tiers.len()));
            }
            marks.sort_by_key(|x| x.1);
            let unreached: Vec<_> = marks
                .into_iter()
                .filter(|(_, pt, capped, _)| !book.reaches(mi, p.index, c0, *pt as i128, *capped))
                .collect();
            let next = unreached.first().cloned();
            let top = unreached.iter().find(|x| x.3).cloned();
            let mut pool: Vec<usize> = (0..open.len())
                .filter(|&k| {
                    book.open_counts_for(k, mi)
                        && book.open_credit(k) > 0
                        && book
                            .expected_close(k)
                            .is_some_and(|d| p.first <= d && d <= p.last && book.credits_on(epoch_days(d)))
                })
                .collect();
            pool.sort_by(|&a, &b| book.open_credit(b).cmp(&book.open_credit(a)).then(a.cmp(&b)));
            for (what, pt, capped, accelerator) in next.into_iter().chain(top) {
                let (mut sum, mut chosen) = (c0, Vec::new());
                for &k in &pool {
                    if book.reaches(mi, p.index, sum, pt as i128, capped) {
                        break;
                    }
                    sum += book.open_credit(k);
                    chosen.push(k);
                }
                if !book.reaches(mi, p.index, sum, pt as i128, capped) || chosen.is_empty() {
                    continue;
                }
                if out
                    .iter()
                    .any(|x: &PathToMark| x.measure == m.id && x.period == p.label && x.mark == what)
                {
                    continue;
                }
                let won: Vec<(u32, i32)> = chosen
                    .iter()
                    .map(|&k| (k as u32, epoch_days(book.expected_close(k).expect("dated"))))
                    .collect();
                let ppm = chosen
                    .iter()
                    .fold(PPM as i128, |acc, &k| acc * open[k].ppm as i128 / PPM as i128);
                let needed = needed_credit(book, mi, p.index, c0, pt as i128, capped);
                out.push(PathToMark {
                    measure: m.id.clone(),
                    name: m.name.clone(),
                    period: p.label.clone(),
                    mark: what,
                    accelerator,
                    needed,
                    deals: chosen.iter().map(|&k| open[k].deal.clone()).collect(),
                    ppm: ppm as i64,
                    payout_now: Exact(payout_now),
                    payout_with: Exact(book.evaluate(&won, &mut s).total),
                });
            }
        }
    }
    out
}

/// The least credit (micro-units) to add to `c0` to reach the mark, by bisection on the
/// exact comparison the engine makes.
fn needed_credit(book: &Book, mi: usize, p: usize, c0: i128, point: i128, capped: bool) -> i128 {
    let (mut lo, mut hi) = (0i128, 1i128);
    while !book.reaches(mi, p, c0 + hi, point, capped) {
        hi *= 2;
        if hi > 1 << 100 {
            return hi;
        }
    }
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if book.reaches(mi, p, c0 + mid, point, capped) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// Open deals that pay more closing on the first day of the next quota period than on
/// their expected date (nothing else won): a plan effect the designer should know of.
fn timing(inputs: &Inputs, book: &Book) -> Vec<TimingEffect> {
    let plan = &inputs.plan;
    let Some(m) = plan.measures.first() else {
        return Vec::new();
    };
    let starts: Vec<NaiveDate> = periods(plan.start, m.quota_period).iter().map(|p| p.first).collect();
    let mut s = Scratch::default();
    let mut out = Vec::new();
    for k in 0..book.open_ids.len() {
        let Some(expected) = book.expected_close(k) else {
            continue;
        };
        let Some(&later) = starts.iter().find(|&&d| d > expected) else {
            continue;
        };
        if (later - expected).num_days() > 31 || !book.credits_on(epoch_days(expected)) {
            continue;
        }
        let on_time = book.evaluate(&[(k as u32, epoch_days(expected))], &mut s).total;
        let moved = book.evaluate(&[(k as u32, epoch_days(later))], &mut s).total;
        if moved > on_time {
            out.push(TimingEffect {
                deal: book.open_ids[k].clone(),
                expected,
                later,
                gain: Exact(moved - on_time),
            });
        }
    }
    out.sort_by(|a, b| b.gain.cmp(&a.gain).then(a.deal.cmp(&b.deal)));
    out.truncate(5);
    out
}

/// For a manager: each seller's nearest mark that their pipeline can reach (the path
/// needing the least credit), sellers in id order; `None` when no open deals reach one.
pub fn team_paths(inputs: &Inputs, history: &History) -> Result<Vec<(String, Option<PathToMark>)>, ForecastError> {
    let model = WinModel::learn(&inputs.lines, None);
    let Prepared { sellers, .. } = prepare(inputs, history, model, 1, None)?;
    Ok(sellers
        .par_iter()
        .map(|(book, open)| {
            let now = book.evaluate(&[], &mut Scratch::default()).clone();
            let nearest = paths(inputs, book, open, &now.credit, now.total)
                .into_iter()
                .min_by(|a, b| a.needed.cmp(&b.needed).then(a.measure.cmp(&b.measure)));
            (book.member.id.clone(), nearest)
        })
        .collect())
}
