//! What-ifs recompute only the sellers a scenario touches; their result must equal a
//! full calculation of the changed inputs, warnings included.

use plansight_engine::{calculate, whatif};
use plansight_plan::{calendar::parse_date, parse_deals, parse_sellers, Inputs, Plan, Scenario};
use std::path::PathBuf;

fn sample(as_of: Option<&str>) -> Inputs {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../sample-data");
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    let plan = Plan::parse("ae-fy26.toml", &read("ae-fy26.toml")).unwrap();
    let lines = parse_deals("deals.csv", read("deals.csv").as_bytes(), Some("USD")).unwrap();
    let roster = parse_sellers("sellers.csv", read("sellers.csv").as_bytes(), &plan).unwrap();
    Inputs {
        plan,
        lines,
        roster: Some(roster),
        as_of: as_of.map(|d| parse_date(d).unwrap()),
    }
}

/// Runs the what-if and the full calculation of the applied scenario; returns the
/// sellers recomputed.
fn check(inputs: &Inputs, src: &str) -> Vec<String> {
    let scenario = Scenario::parse("s.toml", src).unwrap_or_else(|p| panic!("{p}"));
    let base = calculate(inputs).unwrap();
    let w = whatif(inputs, &base, &scenario, "s.toml").unwrap();
    let (plan, lines) = scenario.apply("s.toml", &inputs.plan, &inputs.lines).unwrap();
    let full = calculate(&Inputs {
        plan,
        lines,
        roster: inputs.roster.clone(),
        as_of: inputs.as_of,
    })
    .unwrap();
    assert_eq!(w.result.warnings, full.warnings, "warnings of {src}");
    assert_eq!(w.result.sellers.len(), full.sellers.len());
    for (a, b) in w.result.sellers.iter().zip(&full.sellers) {
        assert_eq!(a, b, "seller {} under {src}", b.seller);
    }
    assert_eq!(w.result, full);
    w.recomputed
}

#[test]
fn a_changed_deal_recomputes_its_seller_only() {
    let inputs = sample(None);
    let r = check(
        &inputs,
        "name = \"bigger\"\n[[deal]]\nid = \"D-000001\"\nseller = \"s03\"\namount = \"214269.00\"\n",
    );
    assert_eq!(r, ["s03"]);
}

#[test]
fn winning_removing_and_adding_deals_match_a_full_calculation() {
    let inputs = sample(None);
    // D-000006 is open (s07); D-001113 is split between s06 and s07.
    let r = check(&inputs, "name = \"mix\"\nwin = [\"D-000006\"]\nremove = [\"D-001113\"]\n[[deal]]\nid = \"NEW-1\"\nseller = \"s01\"\namount = \"90000.00\"\nclose_date = 2026-05-05\n");
    assert_eq!(r, ["s01", "s06", "s07"]);
}

#[test]
fn a_seller_off_the_roster_and_late_cancellations_keep_their_warnings() {
    let inputs = sample(Some("2026-09-30"));
    let base = calculate(&inputs).unwrap();
    assert!(
        !base.warnings.is_empty(),
        "as of September, some cancellations are after the as-of date"
    );
    // A deal for someone not on the roster, and a cancellation moved after as_of.
    let r = check(
        &inputs,
        "name = \"w\"\n[[deal]]\nid = \"X-1\"\nseller = \"zz\"\namount = \"1000.00\"\nclose_date = 2026-03-01\n[[deal]]\nid = \"D-000069\"\nseller = \"s02\"\ncancel_date = 2026-10-01\n",
    );
    assert_eq!(r, ["s02", "zz"]);
}

#[test]
fn a_plan_change_recomputes_everyone() {
    let inputs = sample(None);
    let r = check(&inputs, "name = \"quota\"\n[plan]\ntarget_incentive = \"90000.00\"\n");
    assert_eq!(r.len(), inputs.roster.as_ref().unwrap().len());
}

#[test]
fn an_unknown_deal_is_a_problem_not_a_result() {
    let inputs = sample(None);
    let base = calculate(&inputs).unwrap();
    let scenario = Scenario::parse("s.toml", "name = \"x\"\nremove = [\"NOPE\"]\n").unwrap();
    let problems = match whatif(&inputs, &base, &scenario, "s.toml") {
        Err(plansight_engine::WhatIfError::Scenario(p)) => p,
        other => panic!("expected the scenario's problems, got {other:?}"),
    };
    assert!(
        problems.to_string().contains("deal \"NOPE\" is not in the deals"),
        "{problems}"
    );
}
