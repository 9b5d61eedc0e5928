//! `make bench`, optimise: a team of 1,000 sellers and a year of history (100,000
//! credit lines), three levers (the new-ARR tier rates, tier starts and threshold), a 10%
//! budget cut for pay for performance — the whole solve, the proposed plan written and
//! its cost recomputed by the engine, as `plansight optimise` does after loading.
//! Medians of several runs, and the process's peak memory.

use plansight_optimise::{plan_toml, solve, Lever, Objective, Request};
use plansight_plan::synthetic::team;
use plansight_plan::{parse_deals, parse_sellers, Inputs, Plan};
use std::time::{Duration, Instant};

fn main() {
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if !filter.is_empty() && !filter.iter().any(|f| "optimise".contains(f.as_str())) {
        return;
    }
    let t = team(1_000, 100_000, 7);
    let plan = Plan::parse("plan.toml", &t.plan).unwrap();
    let lines = parse_deals("deals.csv", t.deals.as_bytes(), Some(&plan.currency)).unwrap();
    let roster = parse_sellers("sellers.csv", t.sellers.as_bytes(), &plan).unwrap();
    let inputs = Inputs {
        plan: plan.clone(),
        lines,
        roster: Some(roster),
        as_of: None,
    };
    let current: i128 = plansight_engine::calculate(&inputs)
        .unwrap()
        .sellers
        .iter()
        .map(|s| s.total.0)
        .sum();
    let mi = plan.measure_index("new_arr").unwrap();
    let request = Request {
        levers: vec![Lever::Rates(mi), Lever::Starts(mi), Lever::Threshold(mi)],
        budget: current * 9 / 10,
        objective: Objective::parse(&plan, "pay-for-performance").unwrap(),
        max_loss: None,
    };
    let mut times: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            let s = solve(&inputs, &request).unwrap();
            let text = plan_toml::write(&t.plan, &s.proposed.plan).unwrap();
            let proposed = Plan::parse("proposed.toml", &text).unwrap();
            let calc = plansight_engine::calculate(&Inputs {
                plan: proposed,
                ..inputs.clone()
            })
            .unwrap();
            let engine: i128 = calc.sellers.iter().map(|s| s.total.0).sum();
            assert_eq!(engine, s.proposed.cost);
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "optimise, 1,000 sellers × 100,000 lines, 3 levers, 10% cut: median {:.3} s of 5 (min {:.3} s, max {:.3} s)",
        times[2].as_secs_f64(),
        times[0].as_secs_f64(),
        times[4].as_secs_f64()
    );
    println!("peak memory: {} MB", plansight_plan::synthetic::peak_memory_mb());
}
