//! The back-test: forecast the plan year as it looked on an earlier day, and compare
//! with what happened. Every line that closed after that day (won and lost alike) is
//! put back in the pipeline on its close date; the win model learns only from lines
//! closed by then; the actual payout is the engine's full calculation of the year.

use crate::forecast::{prepare, run, Forecast, ForecastError, History, Spread};
use crate::model::WinModel;
use chrono::NaiveDate;
use plansight_plan::{CreditLine, Exact, Inputs, Stage};

/// One seller: what happened beside what was forecast.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// Seller id.
    pub seller: String,
    /// The engine's total for the plan year.
    pub actual: Exact,
    /// The forecast made on the back-test day.
    pub forecast: Spread,
}

impl Checked {
    /// Whether the actual payout fell inside P10–P90.
    pub fn inside(&self) -> bool {
        self.forecast.p10 <= self.actual && self.actual <= self.forecast.p90
    }
}

/// A back-test's result.
#[derive(Debug, Clone)]
pub struct Backtest {
    /// The day the forecast was made as of.
    pub as_of: NaiveDate,
    /// Lines put back in the pipeline (closed after `as_of`).
    pub reopened: usize,
    /// Lines still open today, left out: nothing says they were in the pipeline then.
    pub left_out: usize,
    /// Per seller.
    pub sellers: Vec<Checked>,
    /// The forecast itself.
    pub forecast: Forecast,
}

impl Backtest {
    /// Sellers whose actual payout fell inside P10–P90 (ideal: 80%).
    pub fn coverage(&self) -> (usize, usize) {
        (self.sellers.iter().filter(|c| c.inside()).count(), self.sellers.len())
    }

    /// Mean absolute error of P50 (exact, rounded in its last digit).
    pub fn mae(&self) -> Exact {
        let errors: Vec<i128> = self
            .sellers
            .iter()
            .map(|c| (c.forecast.p50.0 - c.actual.0).abs())
            .collect();
        Exact(crate::montecarlo::mean(&errors))
    }

    /// Mean of P50 − actual: positive when the forecast ran high.
    pub fn bias(&self) -> Exact {
        let d: Vec<i128> = self.sellers.iter().map(|c| c.forecast.p50.0 - c.actual.0).collect();
        Exact(crate::montecarlo::mean(&d))
    }

    /// Mean actual payout, for scale.
    pub fn mean_actual(&self) -> Exact {
        let a: Vec<i128> = self.sellers.iter().map(|c| c.actual.0).collect();
        Exact(crate::montecarlo::mean(&a))
    }
}

/// The pipeline as it stood on `as_of`: lines closed later are open again on their
/// close date (their own probability unknown then), lines cancelled later were still won,
/// lines still open are left out.
pub fn as_it_stood(lines: &[CreditLine], as_of: NaiveDate) -> (Vec<CreditLine>, usize, usize) {
    let (mut reopened, mut left_out) = (0, 0);
    let mut out = Vec::with_capacity(lines.len());
    for l in lines {
        match (l.stage, l.close_date) {
            (Stage::Open, _) => left_out += 1,
            (_, Some(d)) if d > as_of => {
                reopened += 1;
                out.push(CreditLine {
                    stage: Stage::Open,
                    probability: None,
                    cancel_date: None,
                    ..l.clone()
                });
            }
            // Won by then and cancelled later: on that day it was simply won.
            (Stage::Cancelled, _) if l.cancel_date.is_some_and(|c| c > as_of) => out.push(CreditLine {
                stage: Stage::Won,
                cancel_date: None,
                ..l.clone()
            }),
            _ => out.push(l.clone()),
        }
    }
    (out, reopened, left_out)
}

/// Back-tests the forecast as of `as_of` with `runs` runs.
pub fn backtest(
    inputs: &Inputs,
    history: &History,
    as_of: NaiveDate,
    options: &crate::Options,
) -> Result<Backtest, ForecastError> {
    let (runs, seed) = (options.runs, options.seed);
    let year = Inputs {
        as_of: None,
        ..inputs.clone()
    };
    let actual = plansight_engine::calculate(&year).map_err(|e| ForecastError::Engine(e.to_string()))?;
    let (lines, reopened, left_out) = as_it_stood(&inputs.lines, as_of);
    let model = WinModel::learn(&inputs.lines, Some(as_of));
    let then = Inputs {
        lines,
        as_of: Some(as_of),
        ..inputs.clone()
    };
    // The reopened lines sit on the dates they really closed: there is no slip to draw.
    let history = History {
        prices: history.prices.clone(),
        slip: Default::default(),
    };
    let prepared = prepare(&then, &history, model, seed, options.seller.as_deref())?;
    let forecast = run(&then, prepared, runs)?;
    let sellers = forecast
        .sellers
        .iter()
        .map(|f| Checked {
            seller: f.seller.clone(),
            actual: actual.seller(&f.seller).map(|s| s.total).unwrap_or_default(),
            forecast: f.payout,
        })
        .collect();
    Ok(Backtest {
        as_of,
        reopened,
        left_out,
        sellers,
        forecast,
    })
}
