//! `make bench`, health: the full data-health report on 1,000,000 credit lines (10,000
//! sellers, with a few hundred anomalies planted), and the re-check after a one-line
//! edit, as the app runs them (lines and calculation already loaded). Medians of several
//! runs, and the process's peak memory.

use plansight_health::{Checker, Context};
use plansight_plan::synthetic::team;
use plansight_plan::{parse_deals, parse_sellers, Cents, CreditLine, Inputs, Plan};
use std::time::Instant;

/// Plants anomalies: copies, zero and tenfold amounts, misspelt sellers.
fn plant(lines: &mut Vec<CreditLine>) {
    let n = lines.len();
    for i in (0..n).step_by(5_003).take(200) {
        if lines[i].stage.is_credited() {
            let mut copy = lines[i].clone();
            copy.id = format!("DUP-{i}");
            lines.push(copy);
        }
    }
    for i in (17..n).step_by(9_001).take(100) {
        lines[i].amount = Cents(0);
    }
    for i in (29..n).step_by(7_001).take(100) {
        lines[i].amount = Cents(lines[i].amount.0 * 10);
    }
    for i in (31..n).step_by(11_003).take(50) {
        lines[i].seller = format!("{}x", lines[i].seller);
    }
}

fn main() {
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if !filter.is_empty() && !filter.iter().any(|f| "health report".contains(f.as_str())) {
        return;
    }
    let t = team(10_000, 1_000_000, 7);
    let plan = Plan::parse("plan.toml", &t.plan).unwrap();
    let mut lines = parse_deals("deals.csv", t.deals.as_bytes(), Some(&plan.currency)).unwrap();
    let roster = parse_sellers("sellers.csv", t.sellers.as_bytes(), &plan).unwrap();
    plant(&mut lines);
    let inputs = Inputs {
        plan: plan.clone(),
        lines,
        roster: Some(roster),
        as_of: None,
    };
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = Context {
        plan: plan.clone(),
        spans: vec![(plan.start, plan.end)],
        roster: inputs.roster.clone(),
        prices: Vec::new(),
        today: plan.start + chrono::Days::new(300),
        as_of: None,
        moves: Vec::new(),
    };
    println!(
        "health: {} credit lines, {} sellers",
        inputs.lines.len(),
        calc.sellers.len()
    );

    // Where the time goes: copying the lines, checking them, pricing the findings.
    let (mut copy, mut unpriced) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        let start = Instant::now();
        let lines = inputs.lines.clone();
        copy.push(start.elapsed());
        let start = Instant::now();
        let c = Checker::unpriced(ctx.clone(), lines);
        unpriced.push(start.elapsed());
        drop(c);
    }
    println!(
        "health: of which copying the lines {:.2} s, checks without money at stake {:.2} s (medians)",
        plansight_plan::synthetic::median(copy).as_secs_f64(),
        plansight_plan::synthetic::median(unpriced).as_secs_f64()
    );
    let mut full = Vec::new();
    let mut checker = None;
    for _ in 0..3 {
        let start = Instant::now();
        let c = Checker::new(ctx.clone(), inputs.lines.clone(), Some(calc.clone()));
        full.push(start.elapsed());
        checker = Some(c);
    }
    let mut checker = checker.unwrap();
    let findings = checker.findings().len();
    let mut kinds: std::collections::BTreeMap<&str, usize> = Default::default();
    for f in checker.findings() {
        *kinds.entry(f.kind.as_str()).or_default() += 1;
    }
    println!("health: findings by kind: {kinds:?}");
    println!(
        "health: full report (checks and money at stake): median {:.2} s over {} runs, {findings} findings",
        plansight_plan::synthetic::median(full).as_secs_f64(),
        3
    );

    // One-line edits, as the deal editor makes them: an amount changed, back and forth.
    let mut edits = Vec::new();
    for k in 0..21 {
        let before = inputs.lines[(k * 47_017) % inputs.lines.len()].clone();
        let after = CreditLine {
            amount: Cents(before.amount.0 + 12_345),
            ..before.clone()
        };
        let start = Instant::now();
        checker.edit(&[(Some(before.clone()), Some(after.clone()))], None);
        edits.push(start.elapsed());
        checker.edit(&[(Some(after), Some(before))], None);
    }
    println!(
        "health: re-check after a one-line edit: median {:.1} ms over {} edits",
        plansight_plan::synthetic::median(edits).as_secs_f64() * 1000.0,
        21
    );
    println!(
        "health: peak memory of the benchmark process: {} MB",
        plansight_plan::synthetic::peak_memory_mb()
    );
}
