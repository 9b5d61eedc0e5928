//! The Monte Carlo: in each run every open deal wins or loses and, when it wins, closes
//! on a date drawn from the slip model; each seller's plan year is then computed by the
//! exact fast path. Draws are keyed by (seed, deal, run), not taken from a stream, so a
//! deal split between two sellers wins or loses for both in the same run, one seller's
//! forecast equals their line in the team's, and the result does not depend on how the
//! runs are spread over threads.

use crate::book::Book;
use crate::evaluate::{Outcome, Scratch};
use crate::model::{Slip, Source, PPM};
use chrono::NaiveDate;
use plansight_plan::calendar::epoch_days;
use plansight_plan::synthetic::mix64;
use rayon::prelude::*;

/// An open line as the Monte Carlo draws it.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Its deal id.
    pub deal: String,
    /// Win probability, parts per million.
    pub ppm: i64,
    /// Where the probability comes from.
    pub source: Source,
    /// A 64-bit key of the deal id (shared by every seller of the deal).
    pub(crate) key: u64,
}

/// FNV-1a of a deal id: a stable key, whatever the platform or hash seed.
pub(crate) fn deal_key(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Where the runs place won lines.
#[derive(Debug, Clone)]
pub struct Draws {
    /// The seed every draw is keyed by.
    pub seed: u64,
    /// How far won deals slip.
    pub slip: Slip,
    /// The day the pipeline is seen from: a line without an expected date closes on a
    /// day after it, drawn evenly over the rest of the plan year.
    pub as_of: NaiveDate,
    /// The plan's last day.
    pub end: NaiveDate,
}

impl Draws {
    /// The 64 random bits of `deal` in `run`.
    fn bits(&self, key: u64, run: u64) -> u64 {
        mix64(self.seed ^ mix64(key ^ mix64(run.wrapping_add(0x5851_F42D_4C95_7F2D))))
    }

    /// The open lines won in `run`, with their close days.
    pub fn place(&self, book: &Book, open: &[Candidate], run: u64, won: &mut Vec<(u32, i32)>) {
        won.clear();
        for (k, c) in open.iter().enumerate() {
            let u = self.bits(c.key, run);
            if ((u % PPM as u64) as i64) < c.ppm {
                if let Some(day) = self.day(book, k, u) {
                    won.push((k as u32, day));
                }
            }
        }
    }

    /// The day open line `k` closes in `run` if it wins (`None`: not in this plan year).
    pub fn close_day(&self, book: &Book, open: &[Candidate], k: usize, run: u64) -> Option<i32> {
        self.day(book, k, self.bits(open[k].key, run))
    }

    /// The close day drawn from the run's bits `u` of line `k`: its expected date plus a
    /// slip, or for an undated line a day after the as-of date.
    fn day(&self, book: &Book, k: usize, u: u64) -> Option<i32> {
        let v = mix64(u);
        let (after, end) = (epoch_days(self.as_of), epoch_days(self.end));
        match book.expected_close(k) {
            Some(d) => {
                let slip = match self.slip.days.len() {
                    0 => 0,
                    n => self.slip.days[(v % n as u64) as usize],
                };
                Some(epoch_days(d) + slip)
            }
            None if end > after => Some(after + 1 + (v % (end - after) as u64) as i32),
            None => None,
        }
    }
}

/// What the runs of one seller keep: the total of each run, and for the quantiles and
/// chances, the credit of each measure and quota period in each run.
#[derive(Debug, Clone, Default)]
pub struct Runs {
    /// Total of each run (10^-24).
    pub totals: Vec<i128>,
    /// Per measure and quota period (flattened in plan order): credit in each run.
    pub credit: Vec<Vec<i128>>,
    /// Runs in which the payout cap cut an item.
    pub cap_hit: usize,
    /// Runs in which earnings covered the draw.
    pub draw_covered: usize,
}

const BLOCK: usize = 256;

impl Runs {
    fn record(&mut self, o: &Outcome) {
        self.totals.push(o.total);
        let flat = o.credit.iter().flatten();
        if self.credit.is_empty() {
            self.credit = vec![Vec::new(); o.credit.iter().map(Vec::len).sum()];
        }
        for (v, &c) in self.credit.iter_mut().zip(flat) {
            v.push(c);
        }
        self.cap_hit += o.cap_hit as usize;
        self.draw_covered += (o.draw_short == 0) as usize;
    }

    fn append(&mut self, mut other: Runs) {
        if self.credit.is_empty() {
            self.credit = std::mem::take(&mut other.credit);
        } else {
            for (a, b) in self.credit.iter_mut().zip(other.credit) {
                a.extend(b);
            }
        }
        self.totals.extend(other.totals);
        self.cap_hit += other.cap_hit;
        self.draw_covered += other.draw_covered;
    }
}

/// Runs `0..runs` for one seller, in blocks spread over the cores.
pub fn simulate(book: &Book, open: &[Candidate], draws: &Draws, runs: usize) -> Runs {
    if open.is_empty() {
        // Nothing to draw: every run is the same year.
        let mut s = Scratch::default();
        let o = book.evaluate(&[], &mut s).clone();
        let mut out = Runs::default();
        for _ in 0..runs {
            out.record(&o);
        }
        return out;
    }
    let blocks: Vec<Runs> = (0..runs.div_ceil(BLOCK))
        .into_par_iter()
        .map(|b| {
            let (mut s, mut won, mut out) = (Scratch::default(), Vec::new(), Runs::default());
            for run in b * BLOCK..((b + 1) * BLOCK).min(runs) {
                draws.place(book, open, run as u64, &mut won);
                out.record(book.evaluate(&won, &mut s));
            }
            out
        })
        .collect();
    blocks.into_iter().fold(Runs::default(), |mut acc, b| {
        acc.append(b);
        acc
    })
}

/// The sample quantile `q`/100 of sorted values: the smallest value with at least that
/// share of runs at or below it (nearest rank).
pub fn quantile<T: Copy>(sorted: &[T], q: usize) -> T {
    let rank = (sorted.len() * q).div_ceil(100).max(1);
    sorted[rank - 1]
}

/// The mean of exact amounts, rounded half to even in the last exact digit; summed in
/// 256 bits, as a million runs of a large team's cost would overflow 128.
pub fn mean(values: &[i128]) -> i128 {
    use ethnum::I256;
    let n = I256::from(values.len().max(1) as i128);
    let sum = values.iter().fold(I256::ZERO, |acc, &v| acc + I256::from(v));
    plansight_plan::fixed::div_round_half_even(sum, n).as_i128()
}
