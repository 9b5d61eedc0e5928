//! The win model and the back-test's view of the past, on small hand-made cases.

use chrono::NaiveDate;
use plansight_forecast::backtest::as_it_stood;
use plansight_forecast::{prepare, History, WinModel};
use plansight_plan::{Cents, CreditLine, Inputs, Plan, Share, Stage};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn plan() -> Plan {
    Plan::parse(
        "plan.toml",
        "schema = 1\nid = \"p\"\nname = \"P\"\ncurrency = \"USD\"\nstart = 2026-01-01\nend = 2026-12-31\n\
         payout_period = \"quarterly\"\ntarget_incentive = \"10000.00\"\n[[measure]]\nid = \"m\"\nkind = \"commission\"\n\
         tier_mode = \"marginal\"\nquota_period = \"annual\"\nquota = \"100000.00\"\ntiers = [{ from = \"0\", rate = \"0.1\" }]\n",
    )
    .unwrap()
}

fn line(id: &str, seller: &str, stage: Stage, close: NaiveDate) -> CreditLine {
    let mut l = CreditLine::won(id, seller, Cents(1_000_000), close);
    l.stage = stage;
    l
}

#[test]
fn learned_rates_shrink_toward_the_team_and_stay_within_bounds() {
    let mut lines = Vec::new();
    // s1 won 3 of 3; s2 lost 400 of 400.
    for i in 0..3 {
        lines.push(line(&format!("w{i}"), "s1", Stage::Won, day(2, 1)));
    }
    for i in 0..400 {
        lines.push(line(&format!("l{i}"), "s2", Stage::Lost, day(2, 1)));
    }
    let m = WinModel::learn(&lines, None);
    let open = |s: &str| line("o", s, Stage::Open, day(6, 1));
    let (p1, _) = m.probability(&open("s1"));
    let (p2, _) = m.probability(&open("s2"));
    // Team rate (3+1)/(403+2); s1 = (3·405 + 20·4)/(23·405) = 13.9%, not 100%;
    // s2 = 20·4/(420·405) = 0.05%, kept at 1%.
    assert_eq!(p1, 139_023);
    assert_eq!(p2, 10_000, "kept at the 1% floor, not 0%");
    let mut own = open("s1");
    own.probability = Some(Share(2_500));
    assert_eq!(m.probability(&own).0, 250_000, "a line's own probability stands");
    assert_eq!(
        WinModel::learn(&[], None).probability(&open("s9")).0,
        500_000,
        "no history: 50%"
    );
}

#[test]
fn a_split_deal_wins_or_loses_for_both_sellers_in_every_run() {
    let mut lines = Vec::new();
    for i in 0..10 {
        lines.push(line(&format!("w{i}"), "s1", Stage::Won, day(2, 1)));
        lines.push(line(&format!("l{i}"), "s2", Stage::Lost, day(2, 1)));
    }
    for s in ["s1", "s2"] {
        let mut l = line("shared", s, Stage::Open, day(7, 1));
        l.split = Share(5_000);
        lines.push(l);
    }
    let inputs = Inputs {
        plan: plan(),
        lines,
        roster: None,
        as_of: None,
    };
    let model = WinModel::learn(&inputs.lines, None);
    let p = prepare(&inputs, &History::default(), model, 7, None).unwrap();
    let (mut a, mut b, mut wins) = (Vec::new(), Vec::new(), 0);
    for run in 0..500 {
        p.draws.place(&p.sellers[0].0, &p.sellers[0].1, run, &mut a);
        p.draws.place(&p.sellers[1].0, &p.sellers[1].1, run, &mut b);
        assert_eq!(a.is_empty(), b.is_empty(), "run {run}");
        wins += a.len();
    }
    assert!(wins > 50 && wins < 450, "{wins} wins in 500 runs");
}

#[test]
fn the_past_as_it_stood_reopens_later_closes_and_forgets_later_cancellations() {
    let mut cancelled = line("c", "s1", Stage::Cancelled, day(3, 1));
    cancelled.cancel_date = Some(day(9, 1));
    let lines = vec![
        line("early", "s1", Stage::Won, day(3, 1)),
        line("late", "s1", Stage::Lost, day(8, 1)),
        line("still", "s1", Stage::Open, day(10, 1)),
        cancelled,
    ];
    let (then, reopened, left_out) = as_it_stood(&lines, day(6, 30));
    assert_eq!((reopened, left_out), (1, 1));
    let find = |id: &str| then.iter().find(|l| l.id == id).unwrap();
    assert_eq!(find("early").stage, Stage::Won);
    assert_eq!(find("late").stage, Stage::Open);
    assert_eq!(find("c").stage, Stage::Won, "cancelled only after the day");
    assert_eq!(find("c").cancel_date, None);
    assert!(then.iter().all(|l| l.id != "still"));
}
