//! View models of the desktop app: what each screen shows, as plain serialisable data
//! built from a plan and a calculation. Money stays an exact decimal string; the UI
//! only lays it out. The TypeScript types in `ui/src/bindings/` are generated from
//! these structs by ts-rs (`cargo test -p plansight-view`), never written by hand.

use plansight_plan::fixed::format_scaled;
use plansight_plan::{Calculation, Exact, Inputs, MeasureKind, Ratio, TierMode};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One tier of a measure, as written in the plan.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TierView {
    /// Attainment where the tier starts, as a percentage ("50").
    pub from_percent: String,
    /// Rate as a percentage ("8").
    pub rate_percent: String,
}

/// A measure of the plan.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct MeasureView {
    pub id: String,
    pub name: String,
    /// "commission" or "incentive".
    pub kind: String,
    /// "marginal" or "retroactive".
    pub tier_mode: String,
    pub quota_period: String,
    pub tiers: Vec<TierView>,
    pub threshold_percent: Option<String>,
    pub cap_percent: Option<String>,
}

/// The plan at a glance.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PlanView {
    pub id: String,
    pub name: String,
    pub currency: String,
    pub start: String,
    pub end: String,
    pub payout_period: String,
    pub target_incentive: String,
    pub measures: Vec<MeasureView>,
}

/// Attainment of one measure in one quota period.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AttainmentView {
    pub measure: String,
    pub period: String,
    pub quota: String,
    pub credit: String,
    /// Percentage with 1 decimal ("87.5").
    pub attainment_percent: String,
    pub earnings: String,
}

/// One payout period.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PayoutView {
    pub period: String,
    pub earned: String,
    pub draw: String,
    pub recovered: String,
    pub payable: String,
    pub draw_balance: String,
}

/// One row of the team table.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SellerRow {
    pub id: String,
    pub name: String,
    pub manager: String,
    pub territory: String,
    pub total: String,
    /// Attainment of the plan's first measure over the year, percentage with 1 decimal.
    pub headline_attainment_percent: String,
    pub deals_credited: u32,
}

/// Everything the first screen shows.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Overview {
    pub plan: PlanView,
    pub as_of: String,
    pub team_total: String,
    pub sellers: Vec<SellerRow>,
    pub warnings: Vec<String>,
}

/// One seller's detail.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SellerDetail {
    pub id: String,
    pub name: String,
    pub total: String,
    pub attainment: Vec<AttainmentView>,
    pub payouts: Vec<PayoutView>,
}

/// One credit line in the deals table, with what it earns the seller.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DealRow {
    pub id: String,
    pub seller: String,
    pub name: String,
    pub account: String,
    pub amount: String,
    pub close_date: String,
    /// "won", "lost", "open" or "cancelled".
    pub stage: String,
    pub deal_type: String,
    pub product: String,
    /// The seller's share, as a percentage ("100", "50").
    pub split_percent: String,
    /// Everything this line earns the seller (measures and bonuses, after clawbacks).
    pub earnings: String,
}

/// A deal as the deal form holds it: fields as typed, empty for none. The deals parser
/// validates it, so a bad value gets the same message as in a CSV import.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DealForm {
    pub id: String,
    pub seller: String,
    pub amount: String,
    pub close_date: String,
    pub stage: String,
    pub deal_type: String,
    pub product: String,
    pub split_percent: String,
    pub account: String,
    pub name: String,
}

/// One earnings item of a deal, explained from the engine's trace.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ExplainedItem {
    pub kind: String,
    pub amount: String,
    pub text: String,
}

/// Why a deal pays what it pays.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Explanation {
    pub deal: String,
    pub seller: String,
    pub total: String,
    pub items: Vec<ExplainedItem>,
}

/// A change to one of the seller's deals in the simulator (fields left out keep theirs).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DealTweak {
    pub id: String,
    pub amount: Option<String>,
    pub close_date: Option<String>,
    pub stage: Option<String>,
}

/// A change to one measure in the simulator; percentages as the UI shows them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MeasureTweak {
    pub measure: String,
    pub quota: Option<String>,
    /// Empty removes the threshold.
    pub threshold_percent: Option<String>,
    /// Empty removes the cap.
    pub cap_percent: Option<String>,
    pub tiers: Option<Vec<TierView>>,
}

/// What the simulator's sliders and fields set, for one seller.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Simulation {
    pub seller: String,
    pub deals: Vec<DealTweak>,
    pub measures: Vec<MeasureTweak>,
    pub target_incentive: Option<String>,
}

/// One payout period, base against scenario.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PeriodDelta {
    pub period: String,
    pub base: String,
    pub scenario: String,
    pub delta: String,
}

/// The simulator's result for one seller.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SimulationView {
    pub seller: String,
    pub base_total: String,
    pub scenario_total: String,
    pub delta: String,
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
    pub name: String,
    pub notes: String,
    pub saved: String,
}

/// Payouts by period for one seller: the base and each scenario, side by side.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Comparison {
    pub seller: String,
    /// "Base", then the scenarios' names.
    pub columns: Vec<String>,
    pub rows: Vec<ComparisonRow>,
    pub totals: Vec<String>,
}

/// One period of a [`Comparison`].
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ComparisonRow {
    pub period: String,
    pub values: Vec<String>,
}

/// One entry of the workspace's history.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HistoryEntry {
    pub id: i32,
    pub at: String,
    pub who: String,
    pub action: String,
    pub summary: String,
    pub state: String,
}

/// How an export's columns and stage values map to Plansight's, as the import screen
/// holds them (the CLI's `--map`, `--stage`, `--default` and `--date-format`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportRequest {
    /// "deals" or "sellers".
    pub kind: String,
    pub file_name: String,
    /// The file's bytes (CSV or XLSX).
    pub bytes: Vec<u8>,
    pub map: String,
    pub stage: String,
    pub defaults: String,
    pub date_format: String,
}

/// What an import would do, or every problem it found.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportPreview {
    pub ok: bool,
    /// "12 added, 3 changed, 0 removed, 1480 unchanged".
    pub counts: String,
    pub examples: Vec<String>,
    /// The first rows as they would be stored.
    pub first: Vec<DealRow>,
    pub problems: Vec<String>,
    /// The mapping used (remembered for this file name once imported).
    pub mapping: String,
}

fn percent(r: Ratio, digits: u32) -> String {
    Ratio { num: r.num * 100, den: r.den }.show(digits)
}

fn point_percent(p: i64) -> String {
    trim(format_scaled(p as i128 * 100, 4))
}

fn rate_percent(r: i64) -> String {
    trim(format_scaled(r as i128 * 100, 6))
}

fn trim(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// The plan as the app shows it.
pub fn plan_view(inputs: &Inputs) -> PlanView {
    let p = &inputs.plan;
    PlanView {
        id: p.id.clone(),
        name: p.name.clone(),
        currency: p.currency.clone(),
        start: p.start.to_string(),
        end: p.end.to_string(),
        payout_period: p.payout_period.as_str().into(),
        target_incentive: Exact::from_cents(p.target_incentive).money(),
        measures: p
            .measures
            .iter()
            .map(|m| MeasureView {
                id: m.id.clone(),
                name: m.name.clone(),
                kind: match m.kind {
                    MeasureKind::Commission => "commission",
                    MeasureKind::Incentive => "incentive",
                }
                .into(),
                tier_mode: match m.tier_mode {
                    TierMode::Marginal => "marginal",
                    TierMode::Retroactive => "retroactive",
                }
                .into(),
                quota_period: m.quota_period.as_str().into(),
                tiers: m.tiers.iter().map(|t| TierView { from_percent: point_percent(t.from), rate_percent: rate_percent(t.rate) }).collect(),
                threshold_percent: m.threshold.map(point_percent),
                cap_percent: m.cap.map(point_percent),
            })
            .collect(),
    }
}

/// The first screen: plan and team.
pub fn overview(inputs: &Inputs, calc: &Calculation) -> Overview {
    let roster = inputs.roster.as_deref().unwrap_or(&[]);
    let sellers = calc
        .sellers
        .iter()
        .map(|s| {
            let info = roster.iter().find(|r| r.id == s.seller);
            let (credit, quota) = s.measures.first().map_or((0, Ratio { num: 0, den: 1 }), |m| {
                // Year attainment of the first measure: total credit over total quota.
                let credit: i128 = m.periods.iter().map(|p| p.credit).sum();
                let quota = m.periods.iter().fold(Ratio { num: 0, den: 1 }, |acc, p| Ratio { num: acc.num * p.quota.den + p.quota.num * acc.den, den: acc.den * p.quota.den });
                (credit, quota)
            });
            let att = if quota.num > 0 { percent(plansight_plan::result::attainment(credit, quota), 1) } else { "0.0".into() };
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

/// One seller's attainment and payouts, or `None` for an unknown id.
pub fn seller_detail(inputs: &Inputs, calc: &Calculation, id: &str) -> Option<SellerDetail> {
    let s = calc.seller(id)?;
    let name = inputs.roster.as_deref().and_then(|r| r.iter().find(|x| x.id == id)).and_then(|r| r.name.clone()).unwrap_or_else(|| id.to_string());
    Some(SellerDetail {
        id: id.to_string(),
        name,
        total: s.total.money(),
        attainment: s
            .measures
            .iter()
            .flat_map(|m| {
                m.periods.iter().map(move |p| AttainmentView {
                    measure: m.measure.clone(),
                    period: p.period.clone(),
                    quota: p.quota.money(),
                    credit: Exact::from_micros(p.credit).money(),
                    attainment_percent: percent(p.attainment(), 1),
                    earnings: p.earnings.money(),
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

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn percentages_read_naturally() {
        assert_eq!(point_percent(5_000), "50");
        assert_eq!(point_percent(12_500), "125");
        assert_eq!(rate_percent(85_000), "8.5");
        assert_eq!(percent(Ratio { num: 7, den: 8 }, 1), "87.5");
    }
}
