//! The win model: how likely each open line is to win, when it closes, and what it is
//! worth when its export left the amount out. Every rate is an exact ratio of counts,
//! rounded once to parts per million, the unit the Monte Carlo draws in.

use chrono::NaiveDate;
use plansight_plan::{Cents, CreditLine, Price, Stage};
use std::collections::HashMap;

/// Parts per million: a probability as the Monte Carlo draws it.
pub const PPM: i64 = 1_000_000;

/// Pseudo-deals of the team rate a seller's or product's own record is blended with:
/// a seller with 3 closed deals stays near the team rate, one with 200 is near their own.
pub const SHRINK: i128 = 20;

/// Learned rates stay within 1% and 99%: no open deal is certain from history alone.
const FLOOR: i64 = 10_000;
const CEILING: i64 = 990_000;

/// Where an open line's probability comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The line's own `probability`.
    Own,
    /// Learned from the closed history (seller and product, shrunk to the team).
    Learned,
}

/// Won and closed counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Record {
    /// Won (or won and later cancelled).
    pub won: i128,
    /// Won plus lost.
    pub closed: i128,
}

impl Record {
    fn add(&mut self, won: bool) {
        self.closed += 1;
        self.won += won as i128;
    }
}

/// Win rates learned from closed lines.
#[derive(Debug, Clone, Default)]
pub struct WinModel {
    /// The whole team's record.
    pub team: Record,
    sellers: HashMap<String, Record>,
    products: HashMap<String, Record>,
}

/// An exact rate `num/den`.
type Rate = (i128, i128);

impl WinModel {
    /// Learns from every won, cancelled or lost line closed on or before `until`
    /// (every closed line when `None`). Held lines are left out: a person doubts them.
    pub fn learn(lines: &[CreditLine], until: Option<NaiveDate>) -> WinModel {
        let mut m = WinModel::default();
        for l in lines {
            let won = match l.stage {
                Stage::Won | Stage::Cancelled => true,
                Stage::Lost => false,
                Stage::Open => continue,
            };
            if l.hold.is_some() || until.is_some_and(|u| l.close_date.is_none_or(|d| d > u)) {
                continue;
            }
            m.team.add(won);
            m.sellers.entry(l.seller.clone()).or_default().add(won);
            if let Some(p) = &l.product {
                m.products.entry(p.clone()).or_default().add(won);
            }
        }
        m
    }

    /// The team rate with one won and one lost pseudo-deal (Laplace), so an empty
    /// history gives 50% rather than nothing.
    fn team_rate(&self) -> Rate {
        (self.team.won + 1, self.team.closed + 2)
    }

    /// A record blended with the team rate: (won + K·team) / (closed + K).
    fn shrunk(&self, r: Option<&Record>) -> Rate {
        let (tn, td) = self.team_rate();
        let r = r.copied().unwrap_or_default();
        (r.won * td + SHRINK * tn, (r.closed + SHRINK) * td)
    }

    /// The line's own probability, or the learned one: seller rate × product rate ÷
    /// team rate (each shrunk to the team), within 1%–99%; in parts per million.
    pub fn probability(&self, line: &CreditLine) -> (i64, Source) {
        match line.probability {
            Some(p) => (p.0 * (PPM / 10_000), Source::Own),
            None => (self.learned(line), Source::Learned),
        }
    }

    /// The learned probability of the line's seller and product, whatever its own.
    pub fn learned(&self, line: &CreditLine) -> i64 {
        let (sn, sd) = self.shrunk(self.sellers.get(&line.seller));
        let (num, den) = match &line.product {
            Some(p) => {
                let (pn, pd) = self.shrunk(self.products.get(p));
                let (tn, td) = self.team_rate();
                (sn * pn * td, sd * pd * tn)
            }
            None => (sn, sd),
        };
        let ppm = (num * PPM as i128 + den / 2) / den;
        (ppm as i64).clamp(FLOOR, CEILING)
    }

    /// The record of one seller.
    pub fn seller(&self, id: &str) -> Record {
        self.sellers.get(id).copied().unwrap_or_default()
    }
}

/// How far won deals close after the date they were expected on, in days, as observed
/// (each observation equally likely); no observations means deals close on their date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Slip {
    /// Observed slips (negative: closed early), sorted.
    pub days: Vec<i32>,
}

impl Slip {
    /// From (expected, closed) pairs of lines that closed won after being open.
    pub fn observed(pairs: impl IntoIterator<Item = (NaiveDate, NaiveDate)>) -> Slip {
        let mut days: Vec<i32> = pairs.into_iter().map(|(e, c)| (c - e).num_days() as i32).collect();
        days.sort_unstable();
        Slip { days }
    }
}

/// What an open line is worth: its amount, or — when the export carries none (a CRM
/// that clears the amount of open deals) — its product's list price from the price list.
pub fn valued(line: &CreditLine, prices: &[Price]) -> CreditLine {
    if line.amount != Cents::ZERO {
        return line.clone();
    }
    let list = line.product.as_deref().and_then(|p| {
        prices
            .iter()
            .find(|x| x.product.eq_ignore_ascii_case(p))
            .map(|x| x.price)
    });
    CreditLine {
        amount: list.unwrap_or(Cents::ZERO),
        ..line.clone()
    }
}
