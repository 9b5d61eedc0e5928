//! Forecast and coaching for the CLI (`plansight forecast`, `plansight coach`) and the
//! app alike: what the workspace's history adds to the win model (the price list, how
//! far deals slipped), and the forecast's failures in the application's words.

use crate::Failure;
use chrono::NaiveDate;
use plansight_forecast::backtest::Backtest;
use plansight_forecast::coach::Coaching;
use plansight_forecast::{Forecast, ForecastError, History, Options, Slip};
use plansight_plan::Inputs;
use plansight_store::Workspace;

/// Runs of the app's forecast of one seller, and of the team (each seller's runs are
/// cheap; a team's are many).
pub const APP_RUNS: usize = 10_000;
/// Runs of the app's team forecast.
pub const APP_TEAM_RUNS: usize = 1_000;
/// Runs coaching averages each deal's worth over.
pub const COACH_RUNS: usize = 1_000;

/// The price list and the slips of deals the workspace saw open and then closed won.
pub fn history(ws: &Workspace) -> Result<History, Failure> {
    let closings = ws.closings()?;
    Ok(History {
        prices: ws.prices()?,
        slip: Slip::observed(closings.into_iter().filter(|c| c.won).map(|c| (c.expected, c.closed))),
    })
}

fn failure(e: ForecastError) -> Failure {
    match e {
        ForecastError::UnknownSeller(s) => Failure::not_found(format!("no seller \"{s}\" in the workspace"))
            .fix("check the id against the roster (plansight calc --summary)"),
        ForecastError::NoRuns => Failure::input("--runs must be at least 1").fix("give --runs 10000, the default"),
        ForecastError::Engine(m) => Failure::internal(m),
    }
}

/// The forecast of the plan year.
pub fn forecast(inputs: &Inputs, history: &History, options: &Options) -> Result<Forecast, Failure> {
    plansight_forecast::forecast(inputs, history, options).map_err(failure)
}

/// The back-test as of `as_of`, which must fall inside the plan year.
pub fn backtest(inputs: &Inputs, history: &History, as_of: NaiveDate, options: &Options) -> Result<Backtest, Failure> {
    let plan = &inputs.plan;
    if as_of < plan.start || as_of >= plan.end {
        return Err(Failure::input(format!(
            "the back-test date {as_of} is not inside the plan year ({} to {})",
            plan.start, plan.end
        ))
        .at("--backtest")
        .fix("give a date inside the plan year, such as its middle"));
    }
    plansight_forecast::backtest::backtest(inputs, history, as_of, options.runs, options.seed).map_err(failure)
}

/// Coaching for one seller.
pub fn coach(inputs: &Inputs, history: &History, seller: &str, runs: usize, seed: u64) -> Result<Coaching, Failure> {
    plansight_forecast::coach::coach(inputs, history, seller, runs, seed).map_err(failure)
}
