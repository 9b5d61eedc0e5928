//! Answers that run the engine on changed inputs, in memory: a hypothetical deal, the
//! open pipeline won (in full and weighted), and saved scenarios.
//!
//! The first two are scenario files the assistant writes. Every string in them (a deal's
//! or a seller's id above all) is written as a TOML basic string, escaped: ids are data and
//! may hold any character, a quote or a backslash included.

use super::{amount_in_currency, money, result, seller_name};
use crate::{Answer, Context};
use chrono::NaiveDate;
use plansight_plan::fixed::group_thousands;
use plansight_plan::scenario::toml_string as basic_string;
use plansight_plan::{Cents, CreditLine, Exact, Scenario, Share, Stage};

/// What a hypothetical won deal would add (a what-if in memory).
pub(crate) fn what_if_deal(
    ctx: &Context,
    out: &mut Answer,
    seller: &str,
    amount: &str,
    close_date: &str,
    deal_type: &str,
) -> Result<String, String> {
    let s = result(ctx, seller)?;
    let date: NaiveDate = close_date
        .parse()
        .map_err(|_| format!("That deal cannot be modelled: its close date \"{close_date}\" is not a date."))?;
    let source = format!(
        "name = \"assistant\"\n{}",
        deal(&[
            ("id", basic_string("ASK-HYPOTHETICAL")),
            ("seller", basic_string(seller)),
            ("amount", basic_string(amount)),
            ("close_date", date.to_string()),
            ("stage", basic_string("won")),
            ("type", basic_string(deal_type)),
        ])
    );
    let after = total_under(ctx, seller, "That deal", "assistant", &source)?;
    let added = after - s.total;
    out.figures.insert("amount".into(), amount.to_string());
    out.figures.insert("added".into(), added.money());
    out.figures.insert("before".into(), s.total.money());
    out.figures.insert("after".into(), after.money());
    Ok(format!(
        "A won {deal_type} deal of {} closing on {close_date} would add {} to {}'s earnings, from {} to {}.",
        amount_in_currency(ctx, amount),
        money(ctx, added),
        seller_name(ctx, seller),
        money(ctx, s.total),
        money(ctx, after)
    ))
}

/// Earnings if the open pipeline closes: all of it, and weighted by win probability.
pub(crate) fn forecast(ctx: &Context, out: &mut Answer, seller: &str) -> Result<String, String> {
    let s = result(ctx, seller)?;
    let open: Vec<&CreditLine> = ctx
        .inputs
        .lines
        .iter()
        .filter(|l| l.seller == seller && l.stage == Stage::Open)
        .collect();
    out.figures.insert("now".into(), s.total.money());
    out.figures.insert("open_deals".into(), open.len().to_string());
    if open.is_empty() {
        return Ok(format!(
            "{} has no open pipeline deals; earnings stay at {}.",
            seller_name(ctx, seller),
            money(ctx, s.total)
        ));
    }
    let run = |source: String| total_under(ctx, seller, "The pipeline", "assistant", &source);
    let ids: Vec<String> = open.iter().map(|l| basic_string(&l.id)).collect();
    let all = run(format!("name = \"pipeline\"\nwin = [{}]\n", ids.join(", ")))?;
    // Weighted pipeline: each open deal won at its amount times its win probability
    // (deals without one count in full), the way a forecast call is made.
    let mut weighted = String::from("name = \"weighted pipeline\"\n");
    for l in &open {
        let p = l.probability.unwrap_or(Share::ONE).0 as i128;
        let cents = (l.amount.0 as i128 * p + 5_000).div_euclid(10_000);
        weighted.push_str(&deal(&[
            ("id", basic_string(&l.id)),
            ("seller", basic_string(seller)),
            ("amount", basic_string(&Exact::from_cents(Cents(cents as i64)).money())),
            ("stage", basic_string("won")),
        ]));
    }
    let expected = run(weighted)?;
    out.figures.insert("all_pipeline".into(), all.money());
    out.figures.insert("weighted_pipeline".into(), expected.money());
    // The Monte Carlo answers "likely" properly: deals win or lose whole, on the exact rules.
    let f = super::forecast::of(ctx, seller, 10_000)?;
    Ok(format!(
        "{} earns {} now. If all {} open deals close, that becomes {}; with each open deal weighted by its win \
         probability, {}. {}",
        seller_name(ctx, seller),
        money(ctx, s.total),
        open.len(),
        money(ctx, all),
        money(ctx, expected),
        super::forecast::likely(ctx, out, &f)
    ))
}

/// The seller's earnings under saved scenarios (the named ones, or the first five) against
/// the base.
pub(crate) fn compare_scenarios(
    ctx: &Context,
    out: &mut Answer,
    seller: &str,
    scenarios: &[String],
) -> Result<String, String> {
    let s = result(ctx, seller)?;
    if ctx.scenarios.is_empty() {
        return Err("There are no saved scenarios yet; save one in the Simulator to compare it.".into());
    }
    let chosen = ctx
        .scenarios
        .iter()
        .filter(|(n, _)| scenarios.is_empty() || scenarios.contains(n))
        .take(5);
    out.figures.insert("base".into(), s.total.money());
    let mut parts = Vec::new();
    for (name, source) in chosen {
        let total = total_under(ctx, seller, &format!("Scenario \"{name}\""), name, source)?;
        let change = total - s.total;
        out.figures.insert(format!("scenario {name}"), total.money());
        out.figures.insert(format!("change {name}"), change.money());
        let sign = if total >= s.total { "+" } else { "" };
        parts.push(format!(
            "under \"{name}\" {} ({sign}{})",
            money(ctx, total),
            group_thousands(&change.money())
        ));
    }
    let names: Vec<&str> = ctx.scenarios.iter().map(|(n, _)| n.as_str()).collect();
    out.evidence.push(names.join(" "));
    Ok(format!(
        "{} earns {} now; {}.",
        seller_name(ctx, seller),
        money(ctx, s.total),
        parts.join("; ")
    ))
}

/// The seller's earnings under a scenario file (a what-if in memory); `what` names it in
/// the message when it cannot be run.
fn total_under(ctx: &Context, seller: &str, what: &str, file: &str, source: &str) -> Result<Exact, String> {
    let scenario = Scenario::parse(file, source).map_err(|p| format!("{what} cannot be modelled: {p}"))?;
    let w = plansight_engine::whatif(ctx.inputs, ctx.calc, &scenario, file).map_err(|e| match e {
        plansight_engine::WhatIfError::Scenario(p) => format!("{what} cannot be modelled: {p}"),
        plansight_engine::WhatIfError::Engine(e) => e.to_string(),
    })?;
    Ok(w.result.seller(seller).map_or(Exact::default(), |r| r.total))
}

/// A `[[deal]]` table of a scenario file: each field is its key and its TOML value
/// (strings written with [`basic_string`]).
fn deal(fields: &[(&str, String)]) -> String {
    let mut table = String::from("\n[[deal]]\n");
    for (key, value) in fields {
        table.push_str(&format!("{key} = {value}\n"));
    }
    table
}
