//! Answers from the forecast: the likely payout of the plan year (expected, P10–P90),
//! the chance of reaching a mark, and the open deals worth most — every figure is the
//! Monte Carlo's, run on the engine's exact rules.

use crate::query::vocabulary::seller_name;
use crate::query::ForecastAsk;
use crate::{Answer, Context};
use plansight_forecast::coach::coach;
use plansight_forecast::json::percent;
use plansight_forecast::{Forecast, Options};
use plansight_plan::{shown, Exact};

/// Runs of the assistant's forecast, as on My plan.
const RUNS: usize = 10_000;
/// Runs coaching averages each deal's worth over.
const COACH_RUNS: usize = 300;
/// Deals quoted in a coaching answer.
const SHOWN: usize = 5;

fn money(ctx: &Context, e: Exact) -> String {
    shown::money(e, &ctx.inputs.plan.currency)
}

/// The forecast of one seller, with the workspace's history when the context has it.
pub(crate) fn of(ctx: &Context, seller: &str, runs: usize) -> Result<Forecast, String> {
    let history = ctx.history.cloned().unwrap_or_default();
    let options = Options {
        runs,
        seed: 1,
        seller: Some(seller.to_string()),
    };
    plansight_forecast::forecast(ctx.inputs, &history, &options).map_err(|e| e.to_string())
}

/// The expected payout and its spread, as one sentence, with its figures.
pub(crate) fn likely(ctx: &Context, out: &mut Answer, f: &Forecast) -> String {
    let s = &f.sellers[0];
    for (k, v) in [
        ("expected", s.payout.expected),
        ("p10", s.payout.p10),
        ("p50", s.payout.p50),
        ("p90", s.payout.p90),
    ] {
        out.figures.insert(format!("forecast_{k}"), v.money());
    }
    out.figures.insert("forecast_runs".into(), f.runs.to_string());
    out.figures.insert("open_deals".into(), s.open.len().to_string());
    out.figures.insert("band".into(), "8 runs in 10: P10 to P90".into());
    format!(
        "Over {} runs of the open pipeline ({} open deals), the plan year is likely to pay {} (expected; median {}); \
         8 runs in 10 land between {} and {}.",
        plansight_plan::fixed::group_thousands(&f.runs.to_string()),
        s.open.len(),
        money(ctx, s.payout.expected),
        money(ctx, s.payout.p50),
        money(ctx, s.payout.p10),
        money(ctx, s.payout.p90)
    )
}

pub(crate) fn forecast(ctx: &Context, out: &mut Answer, seller: &str, ask: &ForecastAsk) -> Result<String, String> {
    let name = seller_name(ctx.inputs, seller);
    match ask {
        ForecastAsk::Payout => {
            let f = of(ctx, seller, RUNS)?;
            let now = crate::answers::result(ctx, seller)?.total;
            out.figures.insert("now".into(), now.money());
            Ok(format!(
                "{name} has earned {} on closed deals. {}",
                money(ctx, now),
                likely(ctx, out, &f)
            ))
        }
        ForecastAsk::Chances(mark) => chances(ctx, out, &name, seller, mark.as_deref()),
        ForecastAsk::Focus => focus(ctx, out, &name, seller),
        ForecastAsk::BudgetCut(p) => crate::answers::budget::budget_cut(ctx, out, *p),
    }
}

/// The chance of each mark asked for: the accelerator (as the document names it, else
/// each measure's top tier),
/// the tier starting at 100% (quota), a threshold, a tier by number, the payout cap or
/// covering the draw; every mark when none is named.
fn chances(ctx: &Context, out: &mut Answer, name: &str, seller: &str, mark: Option<&str>) -> Result<String, String> {
    let f = of(ctx, seller, RUNS)?;
    let plan = &ctx.inputs.plan;
    let s = &f.sellers[0];
    let tier_of = |r: &plansight_forecast::forecast::Reach| {
        let m = plan.measures.iter().find(|m| Some(&m.id) == r.measure.as_ref())?;
        m.tiers
            .iter()
            .position(|t| Some(t.from.0) == r.point)
            .map(|i| (i + 1, m.tiers.len()))
    };
    // The tier the plan document calls the accelerator, else each measure's top tier.
    let accelerator = crate::query::vocabulary::Vocabulary::new(ctx.inputs, ctx.document, Vec::new()).accelerator;
    let wanted: Vec<_> = s
        .reach
        .iter()
        .filter(|r| match mark {
            None => r.kind == "tier" || r.kind == "threshold",
            Some("accelerator") => match accelerator {
                Some((mi, ti)) => {
                    r.kind == "tier"
                        && r.measure.as_deref() == Some(plan.measures[mi].id.as_str())
                        && r.point == Some(plan.measures[mi].tiers[ti].from.0)
                }
                None => r.kind == "tier" && tier_of(r).is_some_and(|(i, n)| i == n),
            },
            Some("quota") => r.kind == "tier" && r.point == Some(10_000),
            Some("threshold") => r.kind == "threshold",
            Some("cap") => r.kind == "payout_cap",
            Some("draw") => r.kind == "draw_covered",
            Some(t) => {
                let n: Option<usize> = t.strip_prefix("tier ").and_then(|n| n.parse().ok());
                r.kind == "tier" && tier_of(r).is_some_and(|(i, _)| Some(i) == n)
            }
        })
        .collect();
    if wanted.is_empty() {
        return Err(format!(
            "The plan has no {} to reach for {name}.",
            mark.unwrap_or("tier or threshold")
        ));
    }
    let parts: Vec<String> = wanted
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let p = percent(r.runs as i128, f.runs as i128);
            out.figures
                .insert(format!("chance_{i}"), p.trim_end_matches('%').to_string());
            out.evidence.push(r.what.clone());
            format!("{}: {p}", r.what)
        })
        .collect();
    out.figures.insert("forecast_runs".into(), f.runs.to_string());
    Ok(format!(
        "{name}'s chances over {} runs of the open pipeline — {}.",
        plansight_plan::fixed::group_thousands(&f.runs.to_string()),
        parts.join("; ")
    ))
}

/// The open deals by what each is worth to the seller, and the fewest deals that reach
/// the next mark.
fn focus(ctx: &Context, out: &mut Answer, name: &str, seller: &str) -> Result<String, String> {
    let history = ctx.history.cloned().unwrap_or_default();
    let c = coach(ctx.inputs, &history, seller, COACH_RUNS, 1).map_err(|e| e.to_string())?;
    if c.deals.is_empty() {
        return Ok(format!("{name} has no open deals to focus on."));
    }
    let top: Vec<String> = c
        .deals
        .iter()
        .take(SHOWN)
        .enumerate()
        .map(|(i, d)| {
            let chance = percent(d.ppm as i128, 1_000_000);
            out.figures.insert(format!("deal_{i}_worth"), d.worth.money());
            out.figures.insert(format!("deal_{i}_if_won"), d.if_won.money());
            out.figures
                .insert(format!("deal_{i}_chance"), chance.trim_end_matches('%').to_string());
            out.evidence.push(format!("deal {}", d.deal));
            format!(
                "{} (worth {} now: {chance} to win, adding {} if it does)",
                d.deal,
                money(ctx, d.worth),
                money(ctx, d.if_won)
            )
        })
        .collect();
    out.focus = c.deals.first().map(|d| d.deal.clone());
    let mut text = format!("The open deals worth most to {name}: {}.", top.join("; "));
    if let Some(p) = c.paths.first() {
        out.figures
            .insert("path_needed".into(), Exact::from_micros(p.needed).money());
        out.figures.insert("path_payout".into(), p.payout_with.money());
        out.evidence
            .push(format!("{} {} {}: {}", p.name, p.period, p.mark, p.deals.join(", ")));
        text += &format!(
            " The fewest deals that reach {} {} {}: {} ({} more credit; the year would pay {}).",
            p.name,
            p.period,
            p.mark,
            p.deals.join(", "),
            money(ctx, Exact::from_micros(p.needed)),
            money(ctx, p.payout_with)
        );
    }
    Ok(text)
}
