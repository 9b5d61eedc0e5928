//! Plan designer: a proposed plan's effect on the team's history.

use crate::overview;
use plansight_plan::{Calculation, Exact, Inputs};
use serde::Serialize;
use ts_rs::TS;

/// One seller in the plan designer's preview.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PreviewRow {
    /// The seller's id.
    pub id: String,
    /// The seller's name.
    pub name: String,
    /// Plan-year earnings under the plan in effect.
    pub current: String,
    /// Plan-year earnings under the proposed plan.
    pub proposed: String,
    /// Proposed minus current.
    pub delta: String,
}

/// The effect of a proposed plan on the team's history.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PlanPreview {
    /// Cost of the plan in effect: every seller's earnings.
    pub current_total: String,
    /// Cost of the proposed plan on the same history.
    pub proposed_total: String,
    /// Proposed minus current cost.
    pub delta: String,
    /// Sellers who would earn more, and less.
    pub winners: u32,
    /// Sellers who would earn less.
    pub losers: u32,
    /// Biggest gain first.
    pub rows: Vec<PreviewRow>,
}

/// What a plan change does to the team: each seller's earnings now and under the
/// proposed plan, biggest change first.
pub fn plan_preview(inputs: &Inputs, current: &Calculation, proposed: &Calculation) -> PlanPreview {
    let names = overview(inputs, current).sellers;
    let mut rows: Vec<(Exact, PreviewRow)> = current
        .sellers
        .iter()
        .zip(names)
        .map(|(s, r)| {
            let after = proposed.seller(&s.seller).map_or(Exact::default(), |x| x.total);
            let delta = after - s.total;
            (
                delta,
                PreviewRow {
                    id: r.id,
                    name: r.name,
                    current: s.total.money(),
                    proposed: after.money(),
                    delta: delta.money(),
                },
            )
        })
        .collect();
    rows.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
    let (now, then): (Exact, Exact) = (
        current.sellers.iter().map(|s| s.total).sum(),
        proposed.sellers.iter().map(|s| s.total).sum(),
    );
    PlanPreview {
        current_total: now.money(),
        proposed_total: then.money(),
        delta: (then - now).money(),
        winners: rows.iter().filter(|r| r.0 > Exact::default()).count() as u32,
        losers: rows.iter().filter(|r| r.0 < Exact::default()).count() as u32,
        rows: rows.into_iter().map(|(_, r)| r).collect(),
    }
}
