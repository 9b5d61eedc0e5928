//! View models of the desktop app: what each screen shows, as plain serialisable data
//! built from a plan and a calculation. Money stays an exact decimal string; the UI
//! only lays it out. The TypeScript types in `ui/src/bindings/` are generated from
//! these structs by ts-rs (`cargo test -p plansight-view`), never written by hand.

use chrono::NaiveDate;
use plansight_plan::fixed::format_scaled;
use plansight_plan::result::PeriodFigures;
use plansight_plan::{Calculation, Exact, Inputs, Measure, MeasureKind, Plan, Ratio, SellerResult, TierMode};
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

/// One seller in the team review.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ReviewRow {
    /// 1 for the highest earnings (under the scenario when there is one).
    pub rank: u32,
    pub id: String,
    pub name: String,
    pub manager: String,
    pub territory: String,
    /// Year attainment of the plan's first measure, percentage with 1 decimal.
    pub attainment_percent: String,
    /// Attainment against the share of the plan year gone by ("100" is on pace).
    pub pace_percent: Option<String>,
    pub earnings: String,
    pub scenario_earnings: Option<String>,
    /// Scenario earnings less current earnings.
    pub delta: Option<String>,
}

/// The manager's team review.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TeamReview {
    pub as_of: String,
    /// Share of the plan year gone by, percentage with 1 decimal.
    pub elapsed_percent: String,
    pub scenario: Option<String>,
    pub total: String,
    pub scenario_total: Option<String>,
    pub delta: Option<String>,
    pub rows: Vec<ReviewRow>,
}

/// A stored version of the plan, for the plan designer to open.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PlanVersionView {
    pub version: u32,
    /// In effect from this date (YYYY-MM-DD).
    pub effective: String,
    pub name: String,
    /// Whether the workspace's calculation uses this version.
    pub in_effect: bool,
}

/// One figure an assistant's answer quotes, by name.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AnswerFigure {
    pub name: String,
    pub value: String,
}

/// The assistant's answer to a question.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AssistantAnswer {
    /// The intent the question was understood as ("what_if_deal").
    pub intent: String,
    /// Its arguments, as JSON text.
    pub arguments: String,
    pub answer: String,
    pub figures: Vec<AnswerFigure>,
    /// Plan clauses cited ("§3.2 (3. New ARR commission)").
    pub citations: Vec<String>,
    /// Who wrote the words: "template" (from the engine's figures) or "model" (the
    /// bundled model's wording, checked against the figures).
    pub wording: String,
    /// Why the model's wording is not used, when it was asked for and is not.
    pub note: Option<String>,
}

/// Which model words the assistant's answers, and whether it runs here.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ModelStatus {
    /// The GGUF file the user chose, or none for the bundled model.
    pub own_file: Option<String>,
    /// The model file the worker loaded, once it has.
    pub loaded: Option<String>,
    /// The CPU extensions its llama.cpp build uses ("AVX AVX2 FMA …"), once it runs.
    pub cpu: Option<String>,
    /// Why the model cannot be used, in words.
    pub problem: Option<String>,
}

/// One seller in the plan designer's preview.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PreviewRow {
    pub id: String,
    pub name: String,
    pub current: String,
    pub proposed: String,
    pub delta: String,
}

/// The effect of a proposed plan on the team's history.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PlanPreview {
    /// Cost of the plan in effect: every seller's earnings.
    pub current_total: String,
    pub proposed_total: String,
    pub delta: String,
    /// Sellers who would earn more, and less.
    pub winners: u32,
    pub losers: u32,
    /// Biggest gain first.
    pub rows: Vec<PreviewRow>,
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

/// A ratio as a percentage with `digits` decimals (7/8 -> "87.5").
pub fn percent(r: Ratio, digits: u32) -> String {
    Ratio {
        num: r.num * 100,
        den: r.den,
    }
    .show(digits)
}

/// An attainment point of the plan (scaled by 10^4) as a percentage ("50").
pub fn point_percent(p: i64) -> String {
    trim(format_scaled(p as i128 * 100, 4))
}

/// A rate of the plan (scaled by 10^6) as a percentage ("8.5").
pub fn rate_percent(r: i64) -> String {
    trim(format_scaled(r as i128 * 100, 6))
}

fn trim(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// The lowest threshold or tier start above the period's attainment (and not above the
/// cap), with the credit in cents, rounded up, that reaches it.
pub fn next_mark(m: &Measure, p: &PeriodFigures) -> Option<(i64, i64)> {
    let (q, credit) = (p.quota, p.credit);
    if q.num <= 0 || q.den <= 0 {
        return None;
    }
    // from/10^4 > credit·den/(num·10^4)  <=>  from·num > credit·den
    let above = |f: i64| f as i128 * q.num > credit * q.den && m.cap.is_none_or(|c| f <= c);
    let f = m
        .threshold
        .into_iter()
        .chain(m.tiers.iter().map(|t| t.from))
        .filter(|&f| above(f))
        .min()?;
    // Credit at the mark, in micro-units: from/10^4 × num/(den·100) × 10^6 = from·num/den.
    let (n, d) = (f as i128 * q.num, q.den);
    let needed = (n + d - 1) / d - credit;
    Some((f, ((needed + 9_999) / 10_000) as i64))
}

/// The plan as the app shows it.
pub fn plan_view(inputs: &Inputs) -> PlanView {
    view_of_plan(&inputs.plan)
}

/// Any plan (a stored version, say) as the app shows it.
pub fn view_of_plan(p: &Plan) -> PlanView {
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
                tiers: m
                    .tiers
                    .iter()
                    .map(|t| TierView {
                        from_percent: point_percent(t.from),
                        rate_percent: rate_percent(t.rate),
                    })
                    .collect(),
                threshold_percent: m.threshold.map(point_percent),
                cap_percent: m.cap.map(point_percent),
            })
            .collect(),
    }
}

/// Year attainment of the plan's first measure: total credit over total quota.
pub fn year_attainment(s: &SellerResult) -> Option<Ratio> {
    let m = s.measures.first()?;
    let credit: i128 = m.periods.iter().map(|p| p.credit).sum();
    let quota = m.periods.iter().fold(Ratio { num: 0, den: 1 }, |acc, p| Ratio {
        num: acc.num * p.quota.den + p.quota.num * acc.den,
        den: acc.den * p.quota.den,
    });
    (quota.num > 0).then(|| plansight_plan::result::attainment(credit, quota))
}

/// Days of the plan year gone by `as_of` (inclusive) and days in the plan year.
fn elapsed_days(inputs: &Inputs, as_of: NaiveDate) -> (i64, i64) {
    let p = &inputs.plan;
    let total = (p.end - p.start).num_days() + 1;
    (((as_of - p.start).num_days() + 1).clamp(0, total), total)
}

/// The team review: every seller's attainment, earnings and pace, with the change a
/// scenario makes, ranked by earnings (under the scenario when there is one).
pub fn team_review(inputs: &Inputs, calc: &Calculation, scenario: Option<(&str, &Calculation)>) -> TeamReview {
    let o = overview(inputs, calc);
    let (gone, total_days) = elapsed_days(inputs, calc.as_of);
    let mut rows: Vec<(Exact, ReviewRow)> = calc
        .sellers
        .iter()
        .zip(o.sellers)
        .map(|(s, r)| {
            let after = scenario.map(|(_, c)| c.seller(&s.seller).map_or(Exact::default(), |x| x.total));
            let pace = year_attainment(s).filter(|_| gone > 0).map(|a| {
                percent(
                    Ratio {
                        num: a.num * total_days as i128,
                        den: a.den * gone as i128,
                    },
                    1,
                )
            });
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
        elapsed_percent: percent(
            Ratio {
                num: gone as i128,
                den: total_days as i128,
            },
            1,
        ),
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
                        next_tier_percent: next.map(|(f, _)| point_percent(f)),
                        to_next_tier: next.map(|(_, cents)| Exact::from_cents(cents).money()),
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

    #[test]
    fn the_next_mark_is_the_lowest_threshold_or_tier_above_attainment() {
        let plan = plansight_plan::Plan::parse("sample", include_str!("../../../sample-data/ae-fy26.toml")).unwrap();
        let m = &plan.measures[0];
        // Quota USD 1,200,000 (cents as a ratio); credit in micro-units.
        let at = |credit_units: i128| PeriodFigures {
            period: "FY".into(),
            quota: Ratio {
                num: 120_000_000,
                den: 1,
            },
            credit: credit_units * 1_000_000,
            earnings: Exact::default(),
        };
        assert_eq!(
            next_mark(m, &at(0)),
            Some((2_500, 30_000_000)),
            "the 25% threshold: USD 300,000 away"
        );
        assert_eq!(
            next_mark(m, &at(300_000)),
            Some((5_000, 30_000_000)),
            "exactly at the threshold, the next is the 50% tier"
        );
        assert_eq!(next_mark(m, &at(1_500_000)), Some((15_000, 30_000_000)));
        assert_eq!(next_mark(m, &at(1_800_000)), None, "above the top tier");
        let odd = PeriodFigures {
            period: "Q1".into(),
            quota: Ratio { num: 100, den: 3 },
            credit: 0,
            earnings: Exact::default(),
        };
        // 25% of 33.333… cents is 8.33… cents: rounded up to 9 cents.
        assert_eq!(next_mark(m, &odd), Some((2_500, 9)));
    }
}
