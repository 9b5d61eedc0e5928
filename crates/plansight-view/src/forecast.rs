//! The forecast on My plan (the band, the chances, the coaching list) and on Team (the
//! team's cost, the sellers to coach), as the screens show them. Money and chances are
//! exact decimals; the UI formats them with the one formatter.

use plansight_forecast::coach::{Coaching, PathToMark};
use plansight_forecast::json::{micros, percent};
use plansight_forecast::model::Source;
use plansight_forecast::{Forecast, SellerForecast};
use serde::Serialize;
use ts_rs::TS;

/// A chance of reaching a mark.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ReachView {
    /// What is reached ("New ARR FY: tier 3 (from 100%)").
    pub what: String,
    /// `threshold`, `tier`, `payout_cap` or `draw_covered`.
    pub kind: String,
    /// The chance, as a percentage ("62.0%").
    pub chance: String,
}

/// An open deal on the coaching list.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CoachDealView {
    /// Deal id (opens its what-if).
    pub deal: String,
    /// Win probability ("70.0%").
    pub chance: String,
    /// Whether the probability is the deal's own or learned.
    pub learned: bool,
    /// Expected close date.
    pub expected_close: Option<String>,
    /// What winning adds to the year's payout on average, given the other deals.
    pub if_won: String,
    /// Probability × what winning adds.
    pub worth: String,
    /// Tier changes it brings on its own, in words ("New ARR FY: tier 2 → 3").
    pub tiers: Vec<String>,
}

/// The fewest open deals that reach a mark.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PathView {
    /// Measure id.
    pub measure: String,
    /// Measure name.
    pub name: String,
    /// Quota period label.
    pub period: String,
    /// The mark ("tier 3 (from 100%)").
    pub mark: String,
    /// The measure's top tier.
    pub accelerator: bool,
    /// Credit still needed.
    pub needed: String,
    /// The deals.
    pub deals: Vec<String>,
    /// The chance that all of them win.
    pub chance: String,
    /// Payout of the year with no open deal won.
    pub payout_now: String,
    /// Payout with these deals won.
    pub payout_with: String,
}

/// My plan's forecast of one seller.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ForecastView {
    /// Seller id.
    pub seller: String,
    /// The plan's currency.
    pub currency: String,
    /// Runs made.
    pub runs: i32,
    /// The day the pipeline is seen from.
    pub as_of: String,
    /// Expected payout of the plan year.
    pub expected: String,
    /// 10th percentile.
    pub p10: String,
    /// Median.
    pub p50: String,
    /// 90th percentile.
    pub p90: String,
    /// Chances of each threshold, tier, the payout cap and covering the draw.
    pub reach: Vec<ReachView>,
    /// How the probabilities and dates were made, in words.
    pub model: String,
    /// Open deals by worth.
    pub deals: Vec<CoachDealView>,
    /// Paths to the next mark and the accelerator.
    pub paths: Vec<PathView>,
    /// Plan effects for the plan designer, in words.
    pub designer: Vec<String>,
    /// The forecast band (SVG).
    pub chart: String,
}

/// A seller on the Team screen's forecast.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TeamSellerForecast {
    /// Seller id.
    pub seller: String,
    /// Expected payout.
    pub expected: String,
    /// 10th percentile.
    pub p10: String,
    /// 90th percentile.
    pub p90: String,
    /// The chance earnings cover the draw, when the plan has one.
    pub draw_covered: Option<String>,
    /// The nearest mark their pipeline can reach, in words, when there is one.
    pub nearest: Option<String>,
    /// Credit still needed for it.
    pub needed: Option<String>,
}

/// The Team screen's forecast.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TeamForecastView {
    /// The plan's currency.
    pub currency: String,
    /// Runs made.
    pub runs: i32,
    /// Expected cost of the team's payouts.
    pub expected: String,
    /// 10th percentile.
    pub p10: String,
    /// Median.
    pub p50: String,
    /// 90th percentile.
    pub p90: String,
    /// Sellers closest to a mark they can reach, nearest first.
    pub to_coach: Vec<TeamSellerForecast>,
    /// Sellers whose earnings cover the draw in fewer than half the runs.
    pub draw_risk: Vec<TeamSellerForecast>,
    /// Every seller, by id.
    pub sellers: Vec<TeamSellerForecast>,
}

fn reach(f: &Forecast, s: &SellerForecast) -> Vec<ReachView> {
    s.reach
        .iter()
        .map(|r| ReachView {
            what: r.what.clone(),
            kind: r.kind.to_string(),
            chance: percent(r.runs as i128, f.runs as i128),
        })
        .collect()
}

/// How the win model made this seller's probabilities, in words.
fn model_words(f: &Forecast, s: &SellerForecast) -> String {
    let own = s.open.iter().filter(|o| o.source == Source::Own).count();
    let team = &f.model.team;
    let dates = match f.slip.days.len() {
        0 => "Won deals close on their expected date (the history shows no slips yet); ".to_string(),
        n => format!("Won deals close on their expected date plus a slip drawn from {n} observed closings; "),
    };
    format!(
        "{} open deals: {own} with their own probability, {} learned from {} closed deals (team win rate {}, \
         blended with the seller's and the product's own record). {dates}deals without a date close after {}; \
         a deal closing after the plan's end pays nothing this year.",
        s.open.len(),
        s.open.len() - own,
        team.closed,
        percent(team.won + 1, team.closed + 2),
        f.as_of
    )
}

fn path(p: &PathToMark) -> PathView {
    PathView {
        measure: p.measure.clone(),
        name: p.name.clone(),
        period: p.period.clone(),
        mark: p.mark.clone(),
        accelerator: p.accelerator,
        needed: micros(p.needed),
        deals: p.deals.clone(),
        chance: percent(p.ppm as i128, 1_000_000),
        payout_now: p.payout_now.money(),
        payout_with: p.payout_with.money(),
    }
}

/// My plan's forecast of the one seller of `f`, with their coaching and the band.
pub fn forecast_view(f: &Forecast, c: &Coaching, chart: String) -> ForecastView {
    let s = &f.sellers[0];
    ForecastView {
        seller: s.seller.clone(),
        currency: f.currency.clone(),
        runs: f.runs as i32,
        as_of: f.as_of.to_string(),
        expected: s.payout.expected.money(),
        p10: s.payout.p10.money(),
        p50: s.payout.p50.money(),
        p90: s.payout.p90.money(),
        reach: reach(f, s),
        model: model_words(f, s),
        deals: c
            .deals
            .iter()
            .map(|d| CoachDealView {
                deal: d.deal.clone(),
                chance: percent(d.ppm as i128, 1_000_000),
                learned: s.open.iter().any(|o| o.deal == d.deal && o.source == Source::Learned),
                expected_close: d.expected.map(|x| x.to_string()),
                if_won: d.if_won.money(),
                worth: d.worth.money(),
                tiers: d
                    .tiers
                    .iter()
                    .map(|t| format!("{} {}: tier {} → {}", t.name, t.period, t.from, t.to))
                    .collect(),
            })
            .collect(),
        paths: c.paths.iter().map(path).collect(),
        designer: c
            .timing
            .iter()
            .map(|t| {
                format!(
                    "{} (expected {}) would pay {} more closing on {}, the next period's first day: the plan rewards moving a deal across the period's end.",
                    t.deal,
                    t.expected,
                    t.gain.money(),
                    t.later
                )
            })
            .collect(),
        chart,
    }
}

/// The Team screen's forecast: the team's cost, the sellers to coach and at risk.
pub fn team_forecast_view(f: &Forecast, nearest: &[(String, Option<PathToMark>)]) -> TeamForecastView {
    let sellers: Vec<TeamSellerForecast> = f
        .sellers
        .iter()
        .map(|s| {
            let near = nearest.iter().find(|n| n.0 == s.seller).and_then(|n| n.1.as_ref());
            TeamSellerForecast {
                seller: s.seller.clone(),
                expected: s.payout.expected.money(),
                p10: s.payout.p10.money(),
                p90: s.payout.p90.money(),
                draw_covered: s
                    .reach
                    .iter()
                    .find(|r| r.kind == "draw_covered")
                    .map(|r| percent(r.runs as i128, f.runs as i128)),
                nearest: near.map(|p| format!("{} {}: {}", p.name, p.period, p.mark)),
                needed: near.map(|p| micros(p.needed)),
            }
        })
        .collect();
    let mut to_coach: Vec<(i128, TeamSellerForecast)> = sellers
        .iter()
        .filter_map(|s| {
            let p = nearest.iter().find(|n| n.0 == s.seller)?.1.as_ref()?;
            Some((p.needed, s.clone()))
        })
        .collect();
    to_coach.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.seller.cmp(&b.1.seller)));
    let draw_risk = f
        .sellers
        .iter()
        .zip(&sellers)
        .filter(|(s, _)| s.reach.iter().any(|r| r.kind == "draw_covered" && r.runs * 2 < f.runs))
        .map(|(_, v)| v.clone())
        .collect();
    TeamForecastView {
        currency: f.currency.clone(),
        runs: f.runs as i32,
        expected: f.team.expected.money(),
        p10: f.team.p10.money(),
        p50: f.team.p50.money(),
        p90: f.team.p90.money(),
        to_coach: to_coach.into_iter().map(|x| x.1).take(10).collect(),
        draw_risk,
        sellers,
    }
}
