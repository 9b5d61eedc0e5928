//! Forecast and coaching over the exact engine.
//!
//! The win model ([`model`]) gives each open credit line a probability (its own, or one
//! learned from the workspace's closed lines) and a close date (its expected date plus
//! an observed slip). The Monte Carlo ([`montecarlo`]) draws which lines win in each run
//! and computes every seller's plan year by the exact fast path ([`book`], [`evaluate`]):
//! the engine's rules for one seller in plain integers, held equal to the engine by
//! property tests. [`forecast`] summarises the runs; [`backtest`] checks the forecast
//! against what happened; [`coach`] ranks the open deals that matter most.
#![deny(missing_docs)]

pub mod backtest;
pub mod book;
pub mod coach;
pub mod evaluate;
pub mod forecast;
pub mod json;
pub mod model;
pub mod montecarlo;

pub use book::Book;
pub use evaluate::{Outcome, Scratch};
pub use forecast::{forecast, prepare, run, Forecast, ForecastError, History, Options, SellerForecast, Spread};
pub use model::{Slip, WinModel};
