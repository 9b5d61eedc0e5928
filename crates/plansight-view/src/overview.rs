//! The first screen: the plan and the team, one row per seller.

use crate::{plan_view, PlanView};
use plansight_engine::progress::year_attainment;
use plansight_plan::shown::percent;
use plansight_plan::{Calculation, Exact, Inputs};
use serde::Serialize;
use ts_rs::TS;

/// One row of the team table.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SellerRow {
    /// The seller's id.
    pub id: String,
    /// The seller's name (the id when the roster has none).
    pub name: String,
    /// The seller's manager, from the roster.
    pub manager: String,
    /// The seller's territory, from the roster.
    pub territory: String,
    /// Plan-year earnings.
    pub total: String,
    /// Attainment of the plan's first measure over the year, percentage with 1 decimal.
    pub headline_attainment_percent: String,
    /// Deals that earned something.
    pub deals_credited: u32,
}

/// Everything the first screen shows.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Overview {
    /// The plan in effect.
    pub plan: PlanView,
    /// The date the calculation runs to (YYYY-MM-DD).
    pub as_of: String,
    /// Every seller's earnings together.
    pub team_total: String,
    /// One row per seller.
    pub sellers: Vec<SellerRow>,
    /// The engine's warnings about the inputs, in words.
    pub warnings: Vec<String>,
}

/// The first screen: plan and team.
pub fn overview(inputs: &Inputs, calc: &Calculation) -> Overview {
    let roster = inputs.roster.as_deref().unwrap_or(&[]);
    let sellers = calc
        .sellers
        .iter()
        .map(|s| {
            let info = roster.iter().find(|r| r.id == s.seller);
            let att = year_attainment(s).map_or_else(|| "0.0".into(), |a| percent(a, 1));
            let mut deals: Vec<&str> = s.items.iter().filter_map(|i| i.deal.as_deref()).collect();
            deals.sort_unstable();
            deals.dedup();
            SellerRow {
                id: s.seller.clone(),
                name: info.and_then(|r| r.name.clone()).unwrap_or_else(|| s.seller.clone()),
                manager: info.and_then(|r| r.manager.clone()).unwrap_or_default(),
                territory: info.and_then(|r| r.territory.clone()).unwrap_or_default(),
                total: s.total.money(),
                headline_attainment_percent: att,
                deals_credited: deals.len() as u32,
            }
        })
        .collect();
    Overview {
        plan: plan_view(inputs),
        as_of: calc.as_of.to_string(),
        team_total: calc.sellers.iter().map(|s| s.total).sum::<Exact>().money(),
        sellers,
        warnings: calc.warnings.iter().map(|w| w.message.clone()).collect(),
    }
}
