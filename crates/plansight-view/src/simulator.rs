//! Simulator: the sliders' and fields' changes, the result against the base, saved scenarios and their comparison.

use crate::TierView;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A change to one of the seller's deals in the simulator (fields left out keep theirs).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DealTweak {
    /// The seller's deal to change.
    pub id: String,
    /// A new amount, as typed.
    pub amount: Option<String>,
    /// A new close date (YYYY-MM-DD).
    pub close_date: Option<String>,
    /// A new stage (won, lost, open).
    pub stage: Option<String>,
}

/// A change to one measure in the simulator; percentages as the UI shows them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MeasureTweak {
    /// The measure's id.
    pub measure: String,
    /// A new quota for every period, as typed.
    pub quota: Option<String>,
    /// Empty removes the threshold.
    pub threshold_percent: Option<String>,
    /// Empty removes the cap.
    pub cap_percent: Option<String>,
    /// New tiers, replacing the plan's.
    pub tiers: Option<Vec<TierView>>,
}

/// What the simulator's sliders and fields set, for one seller.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Simulation {
    /// The seller simulated.
    pub seller: String,
    /// Changes to the seller's deals.
    pub deals: Vec<DealTweak>,
    /// Changes to the plan's measures.
    pub measures: Vec<MeasureTweak>,
    /// A new target incentive, as typed.
    pub target_incentive: Option<String>,
}

/// One payout period, base against scenario.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PeriodDelta {
    /// The payout period.
    pub period: String,
    /// Payable now.
    pub base: String,
    /// Payable under the simulation.
    pub scenario: String,
    /// Scenario minus base.
    pub delta: String,
}

/// The simulator's result for one seller.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SimulationView {
    /// The seller simulated.
    pub seller: String,
    /// Payable over the plan year now.
    pub base_total: String,
    /// Payable over the plan year under the simulation.
    pub scenario_total: String,
    /// Scenario minus base.
    pub delta: String,
    /// Base and scenario per payout period.
    pub periods: Vec<PeriodDelta>,
    /// Time the engine took for this update, in microseconds.
    pub engine_micros: u32,
    /// The scenario file the sliders make (what saving stores).
    pub scenario_toml: String,
}

/// A saved scenario.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ScenarioView {
    /// The scenario's name.
    pub name: String,
    /// Notes saved with it.
    pub notes: String,
    /// When it was saved (UTC, ISO 8601).
    pub saved: String,
}

/// Payouts by period for one seller: the base and each scenario, side by side.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Comparison {
    /// The seller compared.
    pub seller: String,
    /// "Base", then the scenarios' names.
    pub columns: Vec<String>,
    /// One row per payout period.
    pub rows: Vec<ComparisonRow>,
    /// Plan-year payable: base first, then each scenario.
    pub totals: Vec<String>,
}

/// One period of a [`Comparison`].
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ComparisonRow {
    /// The payout period.
    pub period: String,
    /// Payable: base first, then each scenario in the order asked.
    pub values: Vec<String>,
}
