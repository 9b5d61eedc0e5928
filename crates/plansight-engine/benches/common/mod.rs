//! Inputs shared by the engine's benchmarks.

#![allow(dead_code)]

use plansight_plan::synthetic::Team;
use plansight_plan::{parse_deals, parse_sellers, Inputs, Plan, Scenario};

/// The generated team, read through the same parsers as the CLI.
pub fn inputs(t: &Team) -> Inputs {
    let plan = Plan::parse("plan.toml", &t.plan).expect("generated plan is valid");
    let lines = parse_deals("deals.csv", t.deals.as_bytes(), Some(&plan.currency)).expect("generated deals are valid");
    let roster = parse_sellers("sellers.csv", t.sellers.as_bytes(), &plan).expect("generated roster is valid");
    Inputs {
        plan,
        lines,
        roster: Some(roster),
        as_of: None,
    }
}

/// A scenario raising the amount of the seller's first won deal by 50,000.
pub fn one_deal(inputs: &Inputs, seller: &str) -> Scenario {
    let line = inputs
        .lines
        .iter()
        .find(|l| l.seller == seller && l.stage.is_credited())
        .expect("the seller has a won deal");
    let amount = line.amount.0 + 5_000_000;
    let src = format!(
        "name = \"bigger deal\"\n[[deal]]\nid = \"{}\"\nseller = \"{}\"\namount = \"{}.{:02}\"\n",
        line.id,
        seller,
        amount / 100,
        amount % 100
    );
    Scenario::parse("bench.toml", &src).expect("bench scenario is valid")
}
