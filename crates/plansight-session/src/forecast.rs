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
/// Runs of the coaching list on My plan, which updates with every change.
pub const APP_COACH_RUNS: usize = 300;

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
        ForecastError::UnknownSeller(s) => {
            Failure::not_found(format!("no seller \"{s}\" among the sellers calculated"))
                .at("--seller")
                .fix("check the id against the roster or the deals (plansight calc --summary)")
        }
        ForecastError::NoRuns => Failure::input("--runs must be at least 1")
            .at("--runs")
            .fix("give --runs 10000, the default"),
        ForecastError::Engine(m) => Failure::internal(m),
    }
}

/// The forecast of the plan year.
pub fn forecast(inputs: &Inputs, history: &History, options: &Options) -> Result<Forecast, Failure> {
    check(options)?;
    plansight_forecast::forecast(inputs, history, options).map_err(failure)
}

/// The most runs asked for at once: a million runs of a seller take seconds, of a team
/// minutes, and their totals are kept in memory.
pub const MAX_RUNS: usize = 1_000_000;

fn check(options: &Options) -> Result<(), Failure> {
    if options.runs > MAX_RUNS {
        return Err(
            Failure::input(format!("--runs {} is more than {MAX_RUNS}", options.runs))
                .at("--runs")
                .fix("10,000 runs (the default) put P10/P50/P90 within a fraction of a percent"),
        );
    }
    Ok(())
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
    check(options)?;
    plansight_forecast::backtest::backtest(inputs, history, as_of, options).map_err(failure)
}

/// Coaching for one seller.
pub fn coach(inputs: &Inputs, history: &History, seller: &str, runs: usize, seed: u64) -> Result<Coaching, Failure> {
    check(&Options {
        runs,
        seed,
        seller: None,
    })?;
    plansight_forecast::coach::coach(inputs, history, seller, runs, seed).map_err(failure)
}

impl crate::Session {
    /// My plan's forecast of `seller`: the band, the chances and the coaching list.
    pub fn forecast_view(
        &self,
        seller: &str,
        theme: plansight_charts::Theme,
        size: (u32, u32),
    ) -> Result<plansight_view::ForecastView, Failure> {
        use plansight_charts::Chart;
        let history = history(&self.ws())?;
        // A seller with tens of thousands of lines gets fewer runs, so the screen answers
        // in seconds: about 50 million line evaluations for the forecast, 20 million for
        // coaching (every open deal is flipped in every run).
        let (lines, open) = self
            .inputs()
            .lines
            .iter()
            .filter(|l| l.seller == seller)
            .fold((0, 0), |(n, o), l| {
                (n + 1, o + (l.stage == plansight_plan::Stage::Open) as usize)
            });
        let lines = lines.max(1);
        let runs = (50_000_000 / lines).clamp(1_000, APP_RUNS);
        let coach_runs = (20_000_000 / (lines * (open + 1))).clamp(20, APP_COACH_RUNS);
        let options = Options {
            runs,
            seed: 1,
            seller: Some(seller.to_string()),
        };
        let f = forecast(self.inputs(), &history, &options)?;
        let c = coach(self.inputs(), &history, seller, coach_runs, 1)?;
        let s = &f.sellers[0];
        let band = plansight_charts::ForecastBand::of_runs(
            &format!(
                "{seller}: payout of the plan year over {} runs",
                plansight_plan::fixed::group_thousands(&f.runs.to_string())
            ),
            &f.currency,
            &s.totals,
            [s.payout.p10, s.payout.p50, s.payout.p90],
        );
        Ok(plansight_view::forecast_view(&f, &c, band.svg(theme, size.0, size.1)?))
    }

    /// The Team screen's forecast: the team's cost and the sellers to coach.
    pub fn team_forecast(&self) -> Result<plansight_view::TeamForecastView, Failure> {
        let history = history(&self.ws())?;
        let options = Options {
            runs: APP_TEAM_RUNS,
            ..Options::default()
        };
        let f = forecast(self.inputs(), &history, &options)?;
        let nearest = plansight_forecast::coach::team_paths(self.inputs(), &history).map_err(failure)?;
        Ok(plansight_view::team_forecast_view(&f, &nearest))
    }
}
