//! A query's what-if, run in memory: the scenario is built as the Simulator's scenario
//! files are (a deal added, moved or resized, the pipeline won, a measure's quota, tier,
//! threshold or cap changed, the target incentive) and run through the engine's what-if
//! path; a payout cap, which scenario files do not carry, is changed on a copy of the plan.

use crate::query::{LeverKind, Pipeline, Query, WhatIf};
use plansight_plan::scenario::{Change, DealChange, MeasureChange};
use plansight_plan::{Calculation, Cents, Inputs, Point, Rate, Scenario, Share, Stage};

/// The inputs and the calculation under the query's what-if.
pub struct Under {
    /// The inputs with the what-if applied (the plan changed, for a payout cap).
    pub inputs: Inputs,
    /// Their calculation.
    pub calc: Calculation,
}

fn money(text: &str) -> Result<Cents, String> {
    plansight_plan::fixed::parse_scaled(text, 2)
        .map(Cents)
        .map_err(|e| format!("\"{text}\" is not an amount: {e}"))
}

fn fraction(text: &str, digits: u32) -> Result<i64, String> {
    plansight_plan::fixed::parse_scaled(text, digits).map_err(|e| format!("\"{text}\" is not a fraction: {e}"))
}

/// The deal a hypothetical new deal gets: its type and product as asked, else what the
/// plan's first measure credits (so that it counts where the seller expects).
fn new_line(inputs: &Inputs, seller: &str, w: &crate::query::NewDeal) -> Result<DealChange, String> {
    let first = inputs.plan.measures.first();
    let deal_type = w.deal_type.clone().or_else(|| {
        first.and_then(|m| m.deal_types.as_ref()).map(|t| {
            if t.iter().any(|x| x == "new") {
                "new".to_string()
            } else {
                t[0].clone()
            }
        })
    });
    let product = w
        .product
        .clone()
        .map(|p| p.to_lowercase())
        .or_else(|| first.and_then(|m| m.products.as_ref()).and_then(|p| p.first().cloned()));
    let close = match &w.close_date {
        Some(d) => d.parse().map_err(|_| format!("\"{d}\" is not a date"))?,
        None => inputs.as_of().clamp(inputs.plan.start, inputs.plan.end),
    };
    Ok(DealChange {
        id: "ASK-HYPOTHETICAL".into(),
        seller: seller.into(),
        amount: Some(money(&w.amount)?),
        close_date: Some(close),
        stage: Some(Stage::Won),
        deal_type,
        product,
        ..blank()
    })
}

fn blank() -> DealChange {
    DealChange {
        id: String::new(),
        seller: String::new(),
        amount: None,
        close_date: None,
        stage: None,
        deal_type: None,
        product: None,
        split: None,
        probability: None,
        term_months: None,
        cancel_date: None,
        account: None,
        name: None,
        line: 0,
    }
}

/// The scenario of a query's what-if (deals of `sellers` for the pipeline).
pub fn scenario(inputs: &Inputs, q: &Query, seller: Option<&str>) -> Result<Scenario, String> {
    let w: &WhatIf = &q.scenario;
    let mut sc = Scenario {
        name: "assistant".into(),
        ..Default::default()
    };
    let line_seller = |deal: &str| {
        inputs
            .lines
            .iter()
            .find(|l| l.id == deal && seller.is_none_or(|s| s == l.seller))
            .map(|l| l.seller.clone())
            .ok_or_else(|| {
                format!(
                    "There is no deal {deal}{} to change.",
                    seller.map(|s| format!(" of {s}")).unwrap_or_default()
                )
            })
    };
    if let Some(d) = &w.new_deal {
        let s = seller.ok_or("Whose deal? Name the seller.")?;
        // (a query may come as JSON: the count is checked as the parser bounds it)
        if d.count
            .is_some_and(|n| !(2..=crate::query::MOST_DEALS_EACH).contains(&n))
        {
            return Err(format!(
                "A what-if adds from 2 to {} deals of an amount each, not {}.",
                crate::query::MOST_DEALS_EACH,
                d.count.unwrap_or_default()
            ));
        }
        let one = new_line(inputs, s, d)?;
        // ("3 deals at 5k each": as many deals, each its own line, so per-deal rules count
        // each)
        for k in 2..=d.count.unwrap_or(1) {
            sc.deals.push(DealChange {
                id: format!("{}-{k}", one.id),
                ..one.clone()
            });
        }
        sc.deals.push(one);
    }
    if let Some(m) = &w.move_deal {
        sc.deals.push(DealChange {
            id: m.deal.clone(),
            seller: line_seller(&m.deal)?,
            close_date: Some(
                m.close_date
                    .parse()
                    .map_err(|_| format!("\"{}\" is not a date", m.close_date))?,
            ),
            stage: Some(Stage::Won),
            ..blank()
        });
    }
    if let Some(a) = &w.deal_amount_to {
        sc.deals.push(DealChange {
            id: a.deal.clone(),
            seller: line_seller(&a.deal)?,
            amount: Some(money(&a.amount)?),
            ..blank()
        });
    }
    if let Some(p) = w.pipeline {
        let open = inputs
            .lines
            .iter()
            .filter(|l| l.stage == Stage::Open && seller.is_none_or(|s| l.seller == s));
        for l in open {
            match p {
                Pipeline::All => sc.win.push((l.id.clone(), 0)),
                Pipeline::Weighted => {
                    let share = l.probability.unwrap_or(Share::ONE).0 as i128;
                    let cents = (l.amount.0 as i128 * share + 5_000).div_euclid(10_000);
                    sc.deals.push(DealChange {
                        id: l.id.clone(),
                        seller: l.seller.clone(),
                        amount: Some(Cents(cents as i64)),
                        stage: Some(Stage::Won),
                        ..blank()
                    });
                }
            }
        }
    }
    if let Some(l) = &w.lever {
        let plan = &inputs.plan;
        match l.kind {
            LeverKind::TargetIncentive => sc.target_incentive = Some(money(&l.value)?),
            LeverKind::PayoutCap => {}
            _ => {
                let id = l.measure.clone().ok_or("Which measure? Name it in the question.")?;
                let m = plan
                    .measures
                    .iter()
                    .find(|m| m.id == id)
                    .ok_or(format!("The plan has no measure {id}."))?;
                let mut change = MeasureChange {
                    measure: id.clone(),
                    ..Default::default()
                };
                let tier = l.tier.unwrap_or(1) as usize;
                match l.kind {
                    LeverKind::Quota => change.quota = Some(money(&l.value)?),
                    LeverKind::Threshold => change.threshold = Change::Set(Point(fraction(&l.value, 4)?)),
                    LeverKind::Cap => change.cap = Change::Set(Point(fraction(&l.value, 4)?)),
                    LeverKind::Rate | LeverKind::TierStart => {
                        let mut tiers = m.tiers.clone();
                        let t = tiers
                            .get_mut(tier - 1)
                            .ok_or(format!("{} has no tier {tier}.", m.name))?;
                        if l.kind == LeverKind::Rate {
                            t.rate = Rate(fraction(&l.value, 6)?);
                        } else {
                            t.from = Point(fraction(&l.value, 4)?);
                        }
                        if l.kind == LeverKind::TierStart {
                            tier_start_fits(m, &tiers, tier)?;
                        }
                        change.tiers = Some(tiers);
                    }
                    _ => {}
                }
                sc.measures.push(change);
            }
        }
    }
    Ok(sc)
}

/// A tier moved to start where it keeps its order among the measure's tiers; otherwise
/// what the user can ask instead, in the plan's percentages.
fn tier_start_fits(m: &plansight_plan::Measure, tiers: &[plansight_plan::Tier], tier: usize) -> Result<(), String> {
    let pct = |p: Point| format!("{}%", plansight_plan::shown::point_percent(p));
    let from = tiers[tier - 1].from;
    let below = tier.checked_sub(2).map(|i| tiers[i].from);
    let above = tiers.get(tier).map(|t| t.from);
    if tier == 1 && from != Point(0) {
        return Err(format!(
            "The first tier of {} starts at 0%: ask about where another tier starts.",
            m.name
        ));
    }
    if below.is_some_and(|b| from <= b) || above.is_some_and(|a| from >= a) {
        // Tiers named by the plan's percentages only: the answer carries no number the
        // question or the plan did not say.
        let range = match (below, above) {
            (Some(b), Some(a)) => format!(
                "above {} (where the tier below it starts) and below {} (where the tier above it starts)",
                pct(b),
                pct(a)
            ),
            (Some(b), None) => format!("above {} (where the tier below it starts)", pct(b)),
            (None, Some(a)) => format!("below {} (where the tier above it starts)", pct(a)),
            (None, None) => String::new(),
        };
        return Err(format!(
            "That tier of {} cannot start at {}: it must start {range}. Ask with a start in that range, or move the other tier too in the Simulator.",
            m.name,
            pct(from)
        ));
    }
    Ok(())
}

/// The plan's tier starts of the measure a lever changes, as the evidence of an answer that
/// refuses the lever (its percentages are the plan's).
pub fn lever_evidence(inputs: &Inputs, q: &Query, out: &mut crate::Answer) {
    let Some(m) = q
        .scenario
        .lever
        .as_ref()
        .and_then(|l| l.measure.as_deref())
        .and_then(|id| inputs.plan.measures.iter().find(|m| m.id == id))
    else {
        return;
    };
    let starts: Vec<String> = m
        .tiers
        .iter()
        .map(|t| format!("{}%", plansight_plan::shown::point_percent(t.from)))
        .collect();
    out.evidence
        .push(format!("{}: tiers start at {}", m.name, starts.join(", ")));
}

/// The calculation under the query's what-if.
pub fn under(inputs: &Inputs, base: &Calculation, q: &Query, seller: Option<&str>) -> Result<Under, String> {
    let sc = scenario(inputs, q, seller)?;
    if let Some(l) = q.scenario.lever.as_ref().filter(|l| l.kind == LeverKind::PayoutCap) {
        let mut changed = inputs.clone();
        changed.plan.payout_cap = Some(money(&l.value)?);
        let calc = plansight_engine::calculate(&changed).map_err(|e| e.to_string())?;
        return Ok(Under { inputs: changed, calc });
    }
    let w = plansight_engine::whatif(inputs, base, &sc, "assistant").map_err(|e| match e {
        plansight_engine::WhatIfError::Scenario(p) => format!("That what-if cannot be modelled: {p}"),
        plansight_engine::WhatIfError::Engine(e) => e.to_string(),
    })?;
    // The changed lines themselves, for the figures read from them (deal counts, amounts).
    let (plan, lines) = sc
        .apply("assistant", &inputs.plan, &inputs.lines)
        .map_err(|p| format!("That what-if cannot be modelled: {p}"))?;
    let changed = Inputs {
        plan,
        lines,
        roster: inputs.roster.clone(),
        as_of: inputs.as_of,
    };
    Ok(Under {
        inputs: changed,
        calc: w.result,
    })
}
