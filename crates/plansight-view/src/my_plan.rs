//! My plan: a seller's attainment per measure and quota period, the credit to the next tier, and the payout schedule.

use plansight_engine::progress::next_mark;
use plansight_plan::shown::{percent, point_percent};
use plansight_plan::{Calculation, Exact, Inputs};
use serde::Serialize;
use ts_rs::TS;

/// Attainment of one measure in one quota period.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AttainmentView {
    /// The measure's id.
    pub measure: String,
    /// The quota period ("Q2", "FY").
    pub period: String,
    /// The seller's quota for the period, prorated for the days active.
    pub quota: String,
    /// Credit in the period (amount × split of credited lines).
    pub credit: String,
    /// Percentage with 1 decimal ("87.5").
    pub attainment_percent: String,
    /// What the measure earned in the period.
    pub earnings: String,
    /// The next mark above the attainment (threshold or tier start), as a percentage;
    /// none at the top tier, at the cap or without a quota.
    pub next_tier_percent: Option<String>,
    /// Credit that reaches that mark, rounded up to the cent.
    pub to_next_tier: Option<String>,
}

/// One payout period.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PayoutView {
    /// The payout period ("2026-03", "Q1").
    pub period: String,
    /// Earnings dated in the period.
    pub earned: String,
    /// Draw advanced in the period.
    pub draw: String,
    /// Draw recovered from earnings in the period.
    pub recovered: String,
    /// What is paid for the period.
    pub payable: String,
    /// Draw still to recover after the period.
    pub draw_balance: String,
}

/// One seller's detail.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SellerDetail {
    /// The seller's id.
    pub id: String,
    /// The seller's name (the id when the roster has none).
    pub name: String,
    /// Plan-year earnings.
    pub total: String,
    /// Each measure's attainment per quota period.
    pub attainment: Vec<AttainmentView>,
    /// The payout schedule.
    pub payouts: Vec<PayoutView>,
}

/// One seller's attainment and payouts, or `None` for an unknown id.
pub fn seller_detail(inputs: &Inputs, calc: &Calculation, id: &str) -> Option<SellerDetail> {
    let s = calc.seller(id)?;
    let name = inputs
        .roster
        .as_deref()
        .and_then(|r| r.iter().find(|x| x.id == id))
        .and_then(|r| r.name.clone())
        .unwrap_or_else(|| id.to_string());
    Some(SellerDetail {
        id: id.to_string(),
        name,
        total: s.total.money(),
        attainment: s
            .measures
            .iter()
            .flat_map(|m| {
                let measure = inputs.plan.measures.iter().find(|x| x.id == m.measure);
                m.periods.iter().map(move |p| {
                    let next = measure.and_then(|x| next_mark(x, p));
                    AttainmentView {
                        measure: m.measure.clone(),
                        period: p.period.clone(),
                        quota: p.quota.money(),
                        credit: Exact::from_micros(p.credit).money(),
                        attainment_percent: percent(p.attainment(), 1),
                        earnings: p.earnings.money(),
                        next_tier_percent: next.map(|n| point_percent(n.point)),
                        to_next_tier: next.map(|n| Exact::from_cents(n.credit_cents).money()),
                    }
                })
            })
            .collect(),
        payouts: s
            .payouts
            .iter()
            .map(|p| PayoutView {
                period: p.period.clone(),
                earned: p.earned.money(),
                draw: p.draw.money(),
                recovered: p.recovered.money(),
                payable: p.payable.money(),
                draw_balance: p.draw_balance.money(),
            })
            .collect(),
    })
}
