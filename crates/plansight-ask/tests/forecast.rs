//! Forecasts and scenario comparisons, checked against full calculations of the changed
//! inputs (not through the what-if the assistant uses).

use plansight_ask::{ask, grounded, Context};
use plansight_plan::{Exact, Stage};

fn sample() -> (plansight_plan::Inputs, String) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sample-data");
    let inputs = plansight_plan::load_inputs(
        &dir.join("ae-fy26.toml"),
        &dir.join("deals.csv"),
        Some(&dir.join("sellers.csv")),
        None,
    )
    .unwrap();
    (inputs, std::fs::read_to_string(dir.join("ae-fy26.md")).unwrap())
}

fn total(inputs: &plansight_plan::Inputs, seller: &str) -> Exact {
    plansight_engine::calculate(inputs)
        .unwrap()
        .seller(seller)
        .unwrap()
        .total
}

#[test]
fn a_forecast_wins_the_open_pipeline_in_full_and_weighted() {
    let (inputs, doc) = sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = Context {
        inputs: &inputs,
        calc: &calc,
        document: Some(&doc),
        scenarios: &[],
    };
    let q = "what will I earn if all my open pipeline closes";
    let a = ask(&ctx, "s02", q);
    assert_eq!(a.intent, "forecast");
    assert!(grounded(&a, q));
    let mut won = inputs.clone();
    for l in won
        .lines
        .iter_mut()
        .filter(|l| l.seller == "s02" && l.stage == Stage::Open)
    {
        l.stage = Stage::Won;
    }
    assert_eq!(a.figures["all_pipeline"], total(&won, "s02").money());
    let mut weighted = inputs.clone();
    for l in weighted
        .lines
        .iter_mut()
        .filter(|l| l.seller == "s02" && l.stage == Stage::Open)
    {
        l.stage = Stage::Won;
        let p = l.probability.unwrap_or(10_000) as i128;
        l.amount = ((l.amount as i128 * p + 5_000).div_euclid(10_000)) as i64;
    }
    assert_eq!(a.figures["weighted_pipeline"], total(&weighted, "s02").money());
    assert_eq!(a.figures["now"], calc.seller("s02").unwrap().total.money());
}

#[test]
fn saved_scenarios_are_compared_with_the_base() {
    let (inputs, doc) = sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let scenarios = vec![(
        "Bigger deal".to_string(),
        "name = \"Bigger deal\"\n[[deal]]\nid = \"D-000499\"\nseller = \"s02\"\namount = \"900000.00\"\n".to_string(),
    )];
    let ctx = Context {
        inputs: &inputs,
        calc: &calc,
        document: Some(&doc),
        scenarios: &scenarios,
    };
    let q = "how would I do under Bigger deal?";
    let a = ask(&ctx, "s02", q);
    assert_eq!(a.intent, "compare_scenarios");
    assert!(grounded(&a, q), "{}", a.answer);
    let mut bigger = inputs.clone();
    bigger
        .lines
        .iter_mut()
        .find(|l| l.id == "D-000499" && l.seller == "s02")
        .unwrap()
        .amount = 90_000_000;
    assert_eq!(a.figures["scenario Bigger deal"], total(&bigger, "s02").money());
    let none = Context {
        inputs: &inputs,
        calc: &calc,
        document: Some(&doc),
        scenarios: &[],
    };
    assert!(ask(&none, "s02", "compare my scenarios")
        .answer
        .contains("no saved scenarios"));
}
