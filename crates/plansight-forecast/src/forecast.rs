//! A forecast of the plan year: each seller's book, the open pipeline with its win
//! model, the runs, and their summary (expected payout, quantiles, chances).

use crate::book::Book;
use crate::model::{valued, Slip, Source, WinModel};
use crate::montecarlo::{deal_key, mean, quantile, simulate, Candidate, Draws, Runs};
use chrono::NaiveDate;
use plansight_plan::calendar::periods;
use plansight_plan::result::attainment;
use plansight_plan::{CreditLine, Exact, Inputs, Member, Price, Ratio, Stage};
use rayon::prelude::*;
use std::collections::HashMap;

/// What the workspace knows beyond the calculation's inputs.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// The price list, which values open lines without an amount.
    pub prices: Vec<Price>,
    /// How far deals slipped past their expected date.
    pub slip: Slip,
}

/// How to forecast.
#[derive(Debug, Clone)]
pub struct Options {
    /// Number of runs (default 10,000).
    pub runs: usize,
    /// Seed of every draw (default 1).
    pub seed: u64,
    /// Only this seller (the team figures are then theirs alone).
    pub seller: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            runs: 10_000,
            seed: 1,
            seller: None,
        }
    }
}

/// Why there is no forecast.
#[derive(Debug, thiserror::Error)]
pub enum ForecastError {
    /// The seller asked for is not calculated.
    #[error("seller {0:?} is not in the workspace's roster or deals")]
    UnknownSeller(String),
    /// Zero runs.
    #[error("--runs must be at least 1")]
    NoRuns,
    /// The engine failed on the actual year (a back-test).
    #[error("calculation failed: {0}")]
    Engine(String),
}

/// Expected value and quantiles of an amount over the runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spread {
    /// Mean over the runs.
    pub expected: Exact,
    /// 10th, 50th and 90th percentiles (sample quantiles, nearest rank).
    pub p10: Exact,
    /// Median.
    pub p50: Exact,
    /// 90th percentile.
    pub p90: Exact,
}

impl Spread {
    fn of(mut values: Vec<i128>) -> (Spread, Vec<i128>) {
        values.sort_unstable();
        let s = Spread {
            expected: Exact(mean(&values)),
            p10: Exact(quantile(&values, 10)),
            p50: Exact(quantile(&values, 50)),
            p90: Exact(quantile(&values, 90)),
        };
        (s, values)
    }
}

/// Attainment quantiles of one measure in one quota period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttainmentSpread {
    /// Measure id.
    pub measure: String,
    /// Quota period label.
    pub period: String,
    /// 10th, 50th and 90th percentiles.
    pub p10: Ratio,
    /// Median.
    pub p50: Ratio,
    /// 90th percentile.
    pub p90: Ratio,
}

/// The chance of reaching a mark of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    /// What is reached, in words ("New ARR FY: tier 3 (from 100%)").
    pub what: String,
    /// The measure, for marks of a measure.
    pub measure: Option<String>,
    /// The quota period, for marks of a measure.
    pub period: Option<String>,
    /// `threshold`, `tier`, `payout_cap` or `draw_covered`.
    pub kind: &'static str,
    /// The attainment point (10^-4), for thresholds and tiers.
    pub point: Option<i64>,
    /// Runs that reached it.
    pub runs: usize,
}

/// An open line as the forecast models it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenLine {
    /// Deal id.
    pub deal: String,
    /// Win probability, parts per million.
    pub ppm: i64,
    /// Own or learned.
    pub source: Source,
    /// Expected close date, if any.
    pub expected: Option<NaiveDate>,
    /// The credit it brings when won (micro-units), valued by list price when it has no amount.
    pub credit: i128,
}

/// One seller's forecast.
#[derive(Debug, Clone)]
pub struct SellerForecast {
    /// Seller id.
    pub seller: String,
    /// The plan year's payout (the seller's total: every item, after clawbacks and the cap).
    pub payout: Spread,
    /// Payout of every run, sorted (for histograms).
    pub totals: Vec<i128>,
    /// Attainment per measure and quota period.
    pub attainment: Vec<AttainmentSpread>,
    /// Chances of reaching each threshold, tier, the payout cap, and of covering the draw.
    pub reach: Vec<Reach>,
    /// The open lines and their probabilities.
    pub open: Vec<OpenLine>,
}

/// A forecast of the plan year.
#[derive(Debug, Clone)]
pub struct Forecast {
    /// Runs made.
    pub runs: usize,
    /// Seed.
    pub seed: u64,
    /// The day the pipeline is seen from.
    pub as_of: NaiveDate,
    /// The plan's currency.
    pub currency: String,
    /// Per seller, by id.
    pub sellers: Vec<SellerForecast>,
    /// The total payout of the sellers forecast.
    pub team: Spread,
    /// The team's closed record the rates were learned from.
    pub model: WinModel,
    /// Slip observations used.
    pub slip: Slip,
}

/// Everything a forecast runs on: the books and pipeline of each seller.
pub struct Prepared {
    /// Per seller: the book and its open lines as candidates.
    pub sellers: Vec<(Book, Vec<Candidate>)>,
    /// The draws (seed, slip, as-of).
    pub draws: Draws,
    /// The win model.
    pub model: WinModel,
}

/// The day the pipeline is seen from: the inputs' as-of date, or the newest close date
/// of a closed line (the export's own "today"), never past the plan's end.
pub fn seen_from(inputs: &Inputs) -> NaiveDate {
    let newest = || {
        inputs
            .lines
            .iter()
            .filter(|l| l.stage != Stage::Open)
            .filter_map(|l| l.close_date)
            .max()
    };
    inputs
        .as_of
        .or_else(newest)
        .unwrap_or(inputs.plan.end)
        .min(inputs.plan.end)
}

/// Books, candidates and the win model for the sellers asked for.
pub fn prepare(
    inputs: &Inputs,
    history: &History,
    model: WinModel,
    seed: u64,
    seller: Option<&str>,
) -> Result<Prepared, ForecastError> {
    let members: Vec<Member> = inputs
        .members()
        .into_iter()
        .filter(|m| seller.is_none_or(|s| m.id == s))
        .collect();
    if let Some(s) = seller {
        if members.is_empty() {
            return Err(ForecastError::UnknownSeller(s.to_string()));
        }
    }
    let mut by_seller: HashMap<String, Vec<CreditLine>> = HashMap::new();
    for l in &inputs.lines {
        if seller.is_none_or(|s| l.seller == s) {
            let l = if l.stage == Stage::Open {
                valued(l, &history.prices)
            } else {
                l.clone()
            };
            by_seller.entry(l.seller.clone()).or_default().push(l);
        }
    }
    let chances = deal_chances(inputs, &model);
    let sellers = members
        .par_iter()
        .map(|m| {
            let lines = by_seller.get(m.id.as_str()).map(Vec::as_slice).unwrap_or_default();
            let refs: Vec<&CreditLine> = lines.iter().collect();
            let book = Book::new(&inputs.plan, m, &refs);
            // In the book's order of open lines.
            let open = refs
                .iter()
                .filter(|l| crate::book::is_candidate(l))
                .map(|line| {
                    let (ppm, source) = match line.probability {
                        Some(_) => model.probability(line),
                        None => (chances[line.id.as_str()], Source::Learned),
                    };
                    Candidate {
                        deal: line.id.clone(),
                        ppm,
                        source,
                        key: deal_key(&line.id),
                    }
                })
                .collect();
            (book, open)
        })
        .collect();
    Ok(Prepared {
        sellers,
        draws: Draws {
            seed,
            slip: history.slip.clone(),
            as_of: seen_from(inputs),
            end: inputs.plan.end,
        },
        model,
    })
}

/// The learned chance of each open deal, shared by all its lines so that a deal split
/// between sellers wins or loses for all of them in a run: the rate of its largest share
/// (the first seller's on a tie). A line's own probability still stands for that line.
fn deal_chances<'a>(inputs: &'a Inputs, model: &WinModel) -> HashMap<&'a str, i64> {
    let mut lead: HashMap<&str, &CreditLine> = HashMap::new();
    for l in inputs.lines.iter().filter(|l| crate::book::is_candidate(l)) {
        match lead.get(l.id.as_str()) {
            Some(b) if (b.split, std::cmp::Reverse(&b.seller)) >= (l.split, std::cmp::Reverse(&l.seller)) => {}
            _ => {
                lead.insert(l.id.as_str(), l);
            }
        }
    }
    lead.into_iter().map(|(id, l)| (id, model.learned(l))).collect()
}

/// Forecasts the plan year: the win model learned from every closed line.
pub fn forecast(inputs: &Inputs, history: &History, options: &Options) -> Result<Forecast, ForecastError> {
    let model = WinModel::learn(&inputs.lines, None);
    let prepared = prepare(inputs, history, model, options.seed, options.seller.as_deref())?;
    run(inputs, prepared, options.runs)
}

/// Runs a prepared forecast and summarises it.
pub fn run(inputs: &Inputs, prepared: Prepared, runs: usize) -> Result<Forecast, ForecastError> {
    if runs == 0 {
        return Err(ForecastError::NoRuns);
    }
    let Prepared { sellers, draws, model } = prepared;
    let results: Vec<(SellerForecast, Vec<i128>)> = sellers
        .par_iter()
        .map(|(book, open)| {
            let r = simulate(book, open, &draws, runs);
            let per_run = r.totals.clone();
            (summarise(inputs, book, open, r), per_run)
        })
        .collect();
    let mut team = vec![0i128; runs];
    for (_, per_run) in &results {
        for (t, v) in team.iter_mut().zip(per_run) {
            *t += v;
        }
    }
    Ok(Forecast {
        runs,
        seed: draws.seed,
        as_of: draws.as_of,
        currency: inputs.plan.currency.clone(),
        sellers: results.into_iter().map(|(s, _)| s).collect(),
        team: Spread::of(team).0,
        model,
        slip: draws.slip,
    })
}

/// One seller's runs as expected payout, quantiles and chances.
fn summarise(inputs: &Inputs, book: &Book, open: &[Candidate], r: Runs) -> SellerForecast {
    let plan = &inputs.plan;
    let n = r.totals.len();
    let (payout, totals) = Spread::of(r.totals);
    let mut attainment_spread = Vec::new();
    let mut reach = Vec::new();
    let mut flat = 0;
    for (mi, m) in plan.measures.iter().enumerate() {
        for p in periods(plan.start, m.quota_period) {
            let credit = &r.credit[flat];
            flat += 1;
            let Some(quota) = book.member.quota(plan, mi, &p) else {
                continue;
            };
            let mut sorted = credit.clone();
            sorted.sort_unstable();
            let at = |q| attainment(quantile(&sorted, q), quota);
            attainment_spread.push(AttainmentSpread {
                measure: m.id.clone(),
                period: p.label.clone(),
                p10: at(10),
                p50: at(50),
                p90: at(90),
            });
            let mut mark = |kind: &'static str, what: String, point: i64, capped: bool| {
                let runs = credit
                    .iter()
                    .filter(|&&c| book.reaches(mi, p.index, c, point as i128, capped))
                    .count();
                reach.push(Reach {
                    what: format!("{} {}: {what}", m.name, p.label),
                    measure: Some(m.id.clone()),
                    period: Some(p.label.clone()),
                    kind,
                    point: Some(point),
                    runs,
                });
            };
            if let Some(t) = m.threshold {
                mark(
                    "threshold",
                    format!("threshold ({}%)", plansight_plan::shown::point_percent(t)),
                    t.0,
                    false,
                );
            }
            for (ti, t) in m.tiers.iter().enumerate().skip(1) {
                let what = format!(
                    "tier {} (from {}%)",
                    ti + 1,
                    plansight_plan::shown::point_percent(t.from)
                );
                mark("tier", what, t.from.0, true);
            }
        }
    }
    let mut whole = |kind: &'static str, what: &str, runs: usize| {
        reach.push(Reach {
            what: what.to_string(),
            measure: None,
            period: None,
            kind,
            point: None,
            runs,
        })
    };
    if plan.payout_cap.is_some() {
        whole("payout_cap", "payout cap", r.cap_hit);
    }
    if plan.draw.is_some() {
        whole("draw_covered", "earnings cover the draw", r.draw_covered);
    }
    debug_assert_eq!(totals.len(), n);
    SellerForecast {
        seller: book.member.id.clone(),
        payout,
        totals,
        attainment: attainment_spread,
        reach,
        open: open
            .iter()
            .enumerate()
            .map(|(k, c)| OpenLine {
                deal: c.deal.clone(),
                ppm: c.ppm,
                source: c.source,
                expected: book.expected_close(k),
                credit: book.open_credit(k),
            })
            .collect(),
    }
}
