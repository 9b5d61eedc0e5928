//! The Plansight plan language (`docs/spec.md`, schema 1).
//!
//! This crate reads and validates plans, credit lines, rosters and scenarios, holds the
//! exact number types every figure is computed with, and defines the result shapes that
//! the engines produce. It knows nothing about how figures are computed.

pub mod calendar;
mod csvchunk;
mod csvread;
pub mod dealcols;
pub mod dealimage;
pub mod deals;
pub mod document;
pub mod fixed;
pub mod plan;
pub mod prices;
pub mod problem;
pub mod random;
pub mod result;
pub mod result_json;
pub mod roster;
pub mod scenario;
pub mod shown;
pub mod synthetic;
pub mod team;
mod tomlread;
pub mod units;

pub use calendar::{Period, PeriodKind};
pub use dealcols::{parse_deal_columns, ColumnsBuilder, DealColumns, LineRef};
pub use deals::{load_deals, parse_deals, CreditLine, Stage};
pub use fixed::Exact;
pub use plan::{Bonus, BonusPay, BonusRule, Measure, MeasureKind, Plan, Tier, TierMode};
pub use prices::{parse_prices, Price};
pub use problem::{Problem, Problems};
pub use result::{Calculation, Id, Item, ItemKind, Payout, Ratio, SellerResult, Trace, Warning};
pub use roster::{load_sellers, parse_sellers, Seller};
pub use scenario::Scenario;
pub use team::{Inputs, LineFacts, Member};
pub use units::{Cents, Point, Rate, Share};

/// Reads a file's bytes, or a problem naming it.
pub fn read_bytes(path: &std::path::Path) -> Result<Vec<u8>, Problems> {
    std::fs::read(path).map_err(|e| {
        Problem::file(&path.display().to_string(), format!("cannot be read: {e}"))
            .hint("check the path")
            .into()
    })
}

/// Reads a UTF-8 text file, or a problem naming it.
pub fn read_text(path: &std::path::Path) -> Result<String, Problems> {
    let bytes = read_bytes(path)?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let src = String::from_utf8_lossy(e.as_bytes());
        Problem::file(&path.display().to_string(), "is not UTF-8 text")
            .at_offset(&src, offset)
            .hint("save the file as UTF-8")
            .into()
    })
}

/// Loads plan, deals and optional roster from files, collecting every problem.
pub fn load_inputs(
    plan: &std::path::Path,
    deals: &std::path::Path,
    sellers: Option<&std::path::Path>,
    as_of: Option<chrono::NaiveDate>,
) -> Result<Inputs, Problems> {
    let (mut inputs, columns) = load_columns(plan, deals, sellers, as_of)?;
    inputs.lines = columns.to_lines();
    Ok(inputs)
}

/// [`load_inputs`] with the credit lines left in columns (for a whole-team calculation,
/// which needs no row of them): the inputs' `lines` are empty.
pub fn load_columns(
    plan: &std::path::Path,
    deals: &std::path::Path,
    sellers: Option<&std::path::Path>,
    as_of: Option<chrono::NaiveDate>,
) -> Result<(Inputs, DealColumns), Problems> {
    let plan = Plan::load(plan)?;
    let mut problems = Problems::default();
    let lines = read_bytes(deals)
        .and_then(|bytes| dealcols::parse_deal_columns_owned(&deals.display().to_string(), bytes, Some(&plan.currency)))
        .map_err(|p| problems.extend(p))
        .ok();
    let roster = match sellers {
        None => Some(None),
        Some(s) => load_sellers(s, &plan).map(Some).map_err(|p| problems.extend(p)).ok(),
    };
    if let Some(a) = as_of {
        if a < plan.start {
            problems.push(Problem::file(
                "--as-of",
                format!("{a} is before the plan starts on {}", plan.start),
            ));
        }
    }
    match (lines, roster) {
        (Some(columns), Some(roster)) if problems.is_empty() => Ok((
            Inputs {
                plan,
                lines: Vec::new(),
                roster,
                as_of,
            },
            columns,
        )),
        _ => Err(problems),
    }
}
