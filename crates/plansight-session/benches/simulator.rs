//! `make bench`, simulator: one slider update (a deal amount, the quota, a tier rate) for
//! a seller with 2,000 deals, through the session as the app calls it. Reports the
//! median engine time and the median whole update (scenario file, parse, calculation,
//! view) over 200 updates of each kind.

use plansight_plan::synthetic::team;
use plansight_session::Session;
use plansight_store::{ImportFiles, Workspace};
use plansight_view::{DealTweak, MeasureTweak, Simulation, TierView};
use std::time::{Duration, Instant};

fn main() {
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if !filter.is_empty() && !filter.iter().any(|f| "simulator slider".contains(f.as_str())) {
        return;
    }
    let t = team(1, 2_000, 11);
    let dir = std::env::temp_dir().join(format!("plansight-sim-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("one.plansight");
    let mut ws = Workspace::open(&path).unwrap();
    ws.import(&ImportFiles {
        plan_file: "plan.toml",
        plan: &t.plan,
        document: None,
        deals_file: "deals.csv",
        deals: t.deals.as_bytes(),
        sellers: Some(("sellers.csv", t.sellers.as_bytes())),
    })
    .unwrap();
    drop(ws);
    let mut session = Session::open(&path).unwrap();
    let seller = session.calculation().sellers[0].seller.clone();
    let deal = session
        .inputs()
        .lines
        .iter()
        .find(|l| l.seller == seller)
        .unwrap()
        .id
        .clone();
    let measure = session.inputs().plan.measures[0].id.clone();
    assert_eq!(session.inputs().lines.len(), 2_000);

    type Movement<'a> = Box<dyn Fn(usize) -> Simulation + 'a>;
    let kinds: [(&str, Movement); 3] = [
        (
            "deal amount",
            Box::new(|i| Simulation {
                seller: seller.clone(),
                deals: vec![DealTweak {
                    id: deal.clone(),
                    amount: Some(format!("{}.00", 10_000 + i * 250)),
                    ..Default::default()
                }],
                ..Default::default()
            }),
        ),
        (
            "quota",
            Box::new(|i| Simulation {
                seller: seller.clone(),
                measures: vec![MeasureTweak {
                    measure: measure.clone(),
                    quota: Some(format!("{}.00", 500_000 + i * 5_000)),
                    ..Default::default()
                }],
                ..Default::default()
            }),
        ),
        (
            "tier rate",
            Box::new(|i| Simulation {
                seller: seller.clone(),
                measures: vec![MeasureTweak {
                    measure: measure.clone(),
                    tiers: Some(vec![
                        TierView {
                            from_percent: "0".into(),
                            rate_percent: format!("{}", 5 + i % 10),
                        },
                        TierView {
                            from_percent: "100".into(),
                            rate_percent: "15".into(),
                        },
                    ]),
                    ..Default::default()
                }],
                ..Default::default()
            }),
        ),
    ];
    for (name, make) in &kinds {
        let (mut engine, mut whole) = (Vec::new(), Vec::new());
        for i in 0..200 {
            let sim = make(i);
            let start = Instant::now();
            let view = session.simulate(&sim).unwrap();
            whole.push(start.elapsed());
            engine.push(Duration::from_micros(view.engine_micros as u64));
        }
        println!("simulator: one {name} slider update, seller with 2,000 deals: engine median {:.2?}, whole update median {:.2?} (200 updates)", plansight_plan::synthetic::median(engine), plansight_plan::synthetic::median(whole));
    }
    let _ = std::fs::remove_dir_all(&dir);
}
