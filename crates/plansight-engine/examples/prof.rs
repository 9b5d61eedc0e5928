use plansight_engine::{calculate_frame, whatif, LineFrame, calculate};
use plansight_plan::synthetic::team;
use plansight_plan::{parse_deals, parse_sellers, Inputs, Plan, Scenario};
use std::time::Instant;
fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    let (s, d) = if which == "small" { (1, 2000) } else { (10_000, 1_000_000) };
    let t = team(s, d, if s == 1 { 11 } else { 7 });
    let plan = Plan::parse("plan.toml", &t.plan).unwrap();
    let lines = parse_deals("deals.csv", t.deals.as_bytes(), Some(&plan.currency)).unwrap();
    let roster = parse_sellers("sellers.csv", t.sellers.as_bytes(), &plan).unwrap();
    let inputs = Inputs { plan, lines, roster: Some(roster), as_of: None };
    if which == "small" {
        let base = calculate(&inputs).unwrap();
        let line = inputs.lines.iter().find(|l| l.stage.is_credited()).unwrap();
        let src = format!("name = \"x\"\n[[deal]]\nid = \"{}\"\nseller = \"{}\"\namount = \"{}.00\"\n", line.id, line.seller, line.amount / 100 + 50000);
        let sc = Scenario::parse("b.toml", &src).unwrap();
        let t0 = Instant::now();
        for _ in 0..500 { whatif(&inputs, &base, &sc, "b.toml").unwrap().unwrap(); }
        eprintln!("whatif {:?}", t0.elapsed() / 500);
        let t0 = Instant::now();
        for _ in 0..500 { calculate(&inputs).unwrap(); }
        eprintln!("calc {:?}", t0.elapsed() / 500);
        return;
    }
    let t0 = Instant::now();
    let frame = LineFrame::new(&inputs);
    eprintln!("frame {:?}", t0.elapsed());
    let t0 = Instant::now();
    let w = inputs.warnings();
    eprintln!("warnings {:?} {}", t0.elapsed(), w.len());
    let t0 = Instant::now();
    let w = inputs.members();
    eprintln!("members {:?} {}", t0.elapsed(), w.len());
    for _ in 0..5 {
        let t0 = Instant::now();
        let r = calculate_frame(&inputs, &frame).unwrap();
        eprintln!("calc {:?} {}", t0.elapsed(), r.sellers.len());
    }
}
