//! The Plansight calculation engine on polars.
//!
//! [`calculate`] computes every seller's credit, attainment, earnings items, payouts and
//! draws under the plan language (spec sections 2–7). The columnar work — crediting,
//! cumulative credit per seller and quota period, tier bands, exact earnings, milestones
//! and deal bonuses — runs in polars over all sellers at once (`measure.rs`,
//! `bonus.rs`); a linear pass per seller then orders the items, claws back cancelled
//! deals, applies the payout cap and runs draws (`assemble.rs`), because those are
//! running sums in item order that are clearer and as fast as a scan.
//!
//! Money never touches a float: credit is in integer micro-units, band bounds are
//! exact integers, and earnings are carried with 24 fractional digits ([`Exact`]).

mod assemble;
pub mod bands;
mod bonus;
pub mod curve;
pub mod explain;
pub mod frame;
mod kernel;
mod measure;
pub mod progress;
pub mod whatif;

pub use frame::LineFrame;
pub use kernel::scale_exact;
pub use measure::{quota_scale, QuotaScale};
use plansight_plan::{Calculation, DealColumns, Exact, Inputs};
use polars::prelude::PolarsResult;
use rayon::prelude::*;
pub use whatif::{whatif, WhatIf, WhatIfError};

/// A failure inside the engine (never bad input: inputs are validated before).
#[derive(Debug)]
pub struct EngineError(pub String);

impl std::fmt::Display for EngineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "calculation failed: {}", self.0)
    }
}
impl std::error::Error for EngineError {}

impl From<polars::error::PolarsError> for EngineError {
    fn from(e: polars::error::PolarsError) -> Self {
        EngineError(e.to_string())
    }
}

/// Computes the whole calculation for the inputs.
pub fn calculate(inputs: &Inputs) -> Result<Calculation, EngineError> {
    let frame = LineFrame::new(inputs);
    calculate_frame(inputs, &frame)
}

/// Computes the whole calculation for credit lines read in columns (the inputs' own
/// `lines` are not read): the same result as [`calculate`] on those lines as rows.
///
/// The columns are dropped once the frame is built, before the calculation's own peak.
pub fn calculate_columns(inputs: &Inputs, columns: DealColumns, detail: Detail) -> Result<Calculation, EngineError> {
    let frame = {
        let members = inputs.members_of(columns.sellers.iter().map(|s| &**s));
        let mut off_roster = std::collections::BTreeMap::new();
        let mut frame = LineFrame::from_columns(&columns, members, &mut off_roster);
        frame.warnings = inputs.warnings_of(&off_roster, &frame.members, columns.facts());
        frame
    };
    drop(columns);
    calculate_frame_as(inputs, &frame, detail)
}

/// Computes the calculation over credit lines already in columnar form (built once
/// per data load by [`LineFrame::new`] from these same inputs).
pub fn calculate_frame(inputs: &Inputs, frame: &LineFrame) -> Result<Calculation, EngineError> {
    calculate_frame_as(inputs, frame, Detail::Items)
}

/// How much of each seller's result a calculation keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Every earnings item with its trace (explanations, statements, the app).
    Items,
    /// Totals, measure figures and payouts only: the items are worked out and summed
    /// but not kept, which a million-line team's summary does not need.
    Summary,
}

/// [`calculate_frame`] keeping the given detail.
pub fn calculate_frame_as(inputs: &Inputs, frame: &LineFrame, detail: Detail) -> Result<Calculation, EngineError> {
    calculate_frame_in_parts(inputs, frame, detail, PART_LINES)
}

/// The most credit lines a calculation's columns are worked out for at once: sellers are
/// independent, so a large team is calculated a few hundred thousand lines at a time,
/// and the exact intermediate columns (16-byte integers, several per line) of one part
/// are freed before the next. A million lines then need a quarter of the memory, and
/// fresh memory is what a large calculation spent most of its time on.
pub const PART_LINES: usize = 1 << 18;

/// [`calculate_frame_as`], sellers taken in parts of about `lines` credit lines each
/// (the result does not depend on `lines`).
pub fn calculate_frame_in_parts(
    inputs: &Inputs,
    frame: &LineFrame,
    detail: Detail,
    lines: usize,
) -> Result<Calculation, EngineError> {
    // Run inside polars' thread pool: each polars operation started from outside it
    // waits on a cross-thread latch, which costs more than a small seller's whole query.
    polars_core::runtime::THREAD_POOL.install(|| {
        if frame.df.height() <= lines {
            return calculate_in_pool(inputs, frame, detail);
        }
        let mut whole: Option<Calculation> = None;
        for part in frame.by_sellers(lines) {
            let calc = calculate_in_pool(inputs, &part, detail)?;
            match &mut whole {
                None => whole = Some(calc),
                Some(w) => w.sellers.extend(calc.sellers),
            }
        }
        let mut whole = whole.unwrap_or_else(|| unreachable!("a frame this large has sellers"));
        whole.warnings = frame.warnings.clone();
        Ok(whole)
    })
}

fn calculate_in_pool(inputs: &Inputs, frame: &LineFrame, detail: Detail) -> Result<Calculation, EngineError> {
    let plan = &inputs.plan;
    let as_of = inputs.as_of();
    let base = measure::credited(frame, plan, as_of);
    // Measures, deal bonuses and clawbacks are independent queries: they run side by
    // side, which matters most for one seller's what-if, where each query is small.
    let (measures, (bonuses, clawable)) = rayon::join(
        || {
            (0..plan.measures.len())
                .into_par_iter()
                .map(|mi| {
                    let groups = measure::groups(plan, frame, mi);
                    let traced = detail == Detail::Items;
                    let lines = measure::measure_lines(plan, frame, base.clone(), mi, groups.clone(), traced)?;
                    let reached = measure::milestones(plan, mi, &lines)?;
                    Ok((groups, lines, reached))
                })
                .collect::<Vec<PolarsResult<_>>>()
        },
        || {
            rayon::join(
                || bonus::deal_bonuses(plan, frame, base.clone()),
                || bonus::clawable(plan, frame, as_of),
            )
        },
    );
    let mut raw = assemble::RawItems::new(detail == Detail::Summary);
    let mut figures = Vec::with_capacity(plan.measures.len());
    for (mi, m) in measures.into_iter().enumerate() {
        let (groups, lines, reached) = m?;
        raw.add_measure(mi, &lines)?;
        for (bi, df) in reached {
            raw.add_milestone(plan, bi, &df)?;
        }
        figures.push(assemble::period_figures(plan, mi, &groups, &lines)?);
    }
    for (bi, df) in bonuses? {
        raw.add_deal_bonus(bi, &df)?;
    }
    Ok(assemble::assemble(inputs, frame, raw, figures, &clawable?))
}

/// The sum of exact amounts, for callers that total items.
pub fn total(items: &[plansight_plan::Item]) -> Exact {
    items.iter().map(|i| i.amount).sum()
}
