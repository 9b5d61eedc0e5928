//! Team: the manager's review, ranked by earnings, with attainment, pace and a scenario's change.

use crate::overview;
use plansight_engine::progress::{pace, year_elapsed};
use plansight_plan::shown::percent;
use plansight_plan::{Calculation, Exact, Inputs};
use serde::Serialize;
use ts_rs::TS;

/// One seller in the team review.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ReviewRow {
    /// 1 for the highest earnings (under the scenario when there is one).
    pub rank: u32,
    /// The seller's id.
    pub id: String,
    /// The seller's name.
    pub name: String,
    /// The seller's manager.
    pub manager: String,
    /// The seller's territory.
    pub territory: String,
    /// Year attainment of the plan's first measure, percentage with 1 decimal.
    pub attainment_percent: String,
    /// Attainment against the share of the plan year gone by ("100" is on pace).
    pub pace_percent: Option<String>,
    /// Plan-year earnings now.
    pub earnings: String,
    /// Plan-year earnings under the scenario, when one is chosen.
    pub scenario_earnings: Option<String>,
    /// Scenario earnings less current earnings.
    pub delta: Option<String>,
}

/// The manager's team review.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TeamReview {
    /// The date the calculation runs to.
    pub as_of: String,
    /// Share of the plan year gone by, percentage with 1 decimal.
    pub elapsed_percent: String,
    /// The scenario compared, if any.
    pub scenario: Option<String>,
    /// The team's earnings now.
    pub total: String,
    /// The team's earnings under the scenario.
    pub scenario_total: Option<String>,
    /// Scenario minus now.
    pub delta: Option<String>,
    /// The sellers, ranked by earnings (under the scenario when there is one).
    pub rows: Vec<ReviewRow>,
}

/// The team review: every seller's attainment, earnings and pace, with the change a
/// scenario makes, ranked by earnings (under the scenario when there is one).
pub fn team_review(inputs: &Inputs, calc: &Calculation, scenario: Option<(&str, &Calculation)>) -> TeamReview {
    let o = overview(inputs, calc);
    let elapsed = year_elapsed(&inputs.plan, calc.as_of);
    let mut rows: Vec<(Exact, ReviewRow)> = calc
        .sellers
        .iter()
        .zip(o.sellers)
        .map(|(s, r)| {
            let after = scenario.map(|(_, c)| c.seller(&s.seller).map_or(Exact::default(), |x| x.total));
            let pace = pace(&inputs.plan, s, calc.as_of).map(|p| percent(p, 1));
            let row = ReviewRow {
                rank: 0,
                id: r.id,
                name: r.name,
                manager: r.manager,
                territory: r.territory,
                attainment_percent: r.headline_attainment_percent,
                pace_percent: pace,
                earnings: r.total,
                scenario_earnings: after.map(Exact::money),
                delta: after.map(|a| (a - s.total).money()),
            };
            (after.unwrap_or(s.total), row)
        })
        .collect();
    rows.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
    let scenario_total = scenario.map(|_| rows.iter().map(|r| r.0).sum::<Exact>());
    let base_total: Exact = calc.sellers.iter().map(|s| s.total).sum();
    TeamReview {
        as_of: calc.as_of.to_string(),
        elapsed_percent: percent(elapsed, 1),
        scenario: scenario.map(|(n, _)| n.to_string()),
        total: base_total.money(),
        scenario_total: scenario_total.map(Exact::money),
        delta: scenario_total.map(|t| (t - base_total).money()),
        rows: rows
            .into_iter()
            .enumerate()
            .map(|(i, (_, r))| ReviewRow {
                rank: i as u32 + 1,
                ..r
            })
            .collect(),
    }
}
