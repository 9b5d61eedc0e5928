//! `make bench`, forecast: what the user waits for — a whole forecast (books, win
//! model, runs and their summary) of one seller with 200 open deals over 10,000 runs,
//! and of a team of 1,000 sellers over 1,000 runs; coaching of the 200-deal seller.
//! Medians of several runs, and the process's peak memory.

use chrono::{Duration as Days, NaiveDate};
use plansight_forecast::{forecast, History, Options};
use plansight_plan::synthetic::{team, Rng};
use plansight_plan::{parse_deals, parse_sellers, Cents, CreditLine, Inputs, Plan, Share, Stage};
use std::time::{Duration, Instant};

fn timed(label: &str, n: usize, mut f: impl FnMut()) {
    let times: Vec<Duration> = (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    println!(
        "{label}: median {:.3} s of {n} (min {:.3} s, max {:.3} s)",
        plansight_plan::synthetic::median(times.clone()).as_secs_f64(),
        times.iter().min().unwrap().as_secs_f64(),
        times.iter().max().unwrap().as_secs_f64()
    );
}

/// The sample plan, and one seller with `closed` won lines and `open` open ones spread
/// over the year, of the sample's deal types and sizes.
fn one_seller(closed: usize, open: usize) -> Inputs {
    let plan = Plan::parse("plan.toml", plansight_plan::synthetic::PLAN).unwrap();
    let mut rng = Rng(11);
    let types = ["new", "expansion", "renewal"];
    let lines = (0..closed + open)
        .map(|i| {
            let mut l = CreditLine::won(
                &format!("D-{i:05}"),
                "big",
                Cents(rng.range(200_000, 9_000_000)),
                plan.start + Days::days(rng.range(0, 364)),
            );
            l.deal_type = Some(types[i % 3].to_string());
            l.term_months = Some(rng.range(12, 36));
            if i >= closed {
                l.stage = Stage::Open;
                l.probability = Some(Share(rng.range(500, 9_500)));
            }
            l
        })
        .collect();
    Inputs {
        plan,
        lines,
        roster: None,
        as_of: Some(NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()),
    }
}

fn main() {
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if !filter.is_empty() && !filter.iter().any(|f| "forecast coach".contains(f.as_str())) {
        return;
    }
    let history = History::default();
    let one = one_seller(200, 200);
    timed("forecast, 1 seller × 200 open deals × 10,000 runs", 5, || {
        let f = forecast(&one, &history, &Options::default()).unwrap();
        assert_eq!(f.sellers[0].open.len(), 200);
    });
    timed("coach, 1 seller × 200 open deals × 1,000 runs", 3, || {
        let c = plansight_forecast::coach::coach(&one, &history, "big", 1_000, 1).unwrap();
        assert_eq!(c.deals.len(), 200);
    });
    let t = team(1_000, 100_000, 7);
    let plan = Plan::parse("plan.toml", &t.plan).unwrap();
    let lines = parse_deals("deals.csv", t.deals.as_bytes(), Some(&plan.currency)).unwrap();
    let roster = parse_sellers("sellers.csv", t.sellers.as_bytes(), &plan).unwrap();
    let open = lines.iter().filter(|l| l.stage == Stage::Open).count();
    let inputs = Inputs {
        plan,
        lines,
        roster: Some(roster),
        as_of: None,
    };
    let options = Options {
        runs: 1_000,
        ..Options::default()
    };
    println!(
        "team: {} sellers, {} credit lines, {open} open",
        t.seller_count,
        inputs.lines.len()
    );
    timed("forecast, team of 1,000 sellers × 1,000 runs", 5, || {
        let f = forecast(&inputs, &history, &options).unwrap();
        assert_eq!(f.sellers.len(), 1_000);
    });
    println!("peak memory: {} MB", plansight_plan::synthetic::peak_memory_mb());
}
