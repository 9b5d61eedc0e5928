//! The fast path equals the engine: on random plans, rosters and deals, a seller's year
//! with any set of open lines won is what a full engine calculation of those inputs
//! gives — the total and every payout period's earnings in exact 24-digit amounts, and
//! the credit of every measure and quota period.

use plansight_forecast::{Book, Scratch};
use plansight_plan::calendar::{epoch_days, periods};
use plansight_plan::random::random_inputs;
use plansight_plan::synthetic::mix64;
use plansight_plan::{CreditLine, Inputs, Stage};
use proptest::prelude::*;

/// The inputs with the open lines in `won` won (at their close date) and the other
/// open lines lost, as of the plan's end.
fn with_won(inputs: &Inputs, won: &[(String, String)]) -> Inputs {
    let lines = inputs
        .lines
        .iter()
        .map(|l| match l.stage {
            Stage::Open if won.contains(&(l.id.clone(), l.seller.clone())) => CreditLine {
                stage: Stage::Won,
                ..l.clone()
            },
            Stage::Open => CreditLine {
                stage: Stage::Lost,
                ..l.clone()
            },
            _ => l.clone(),
        })
        .collect();
    Inputs {
        lines,
        as_of: None,
        ..inputs.clone()
    }
}

fn check(seed: u64) {
    let Some(inputs) = random_inputs(seed) else { return };
    let plan = &inputs.plan;
    let mut won_ids = Vec::new();
    let mut expected = Vec::new();
    let mut s = Scratch::default();
    for m in inputs.members() {
        let mine: Vec<&CreditLine> = inputs.lines.iter().filter(|l| l.seller == m.id).collect();
        let book = Book::new(plan, &m, &mine);
        let won: Vec<(u32, i32)> = (0..book.open_ids.len())
            .filter(|k| mix64(seed ^ *k as u64) % 2 == 0)
            .map(|k| (k as u32, epoch_days(book.expected_close(k).expect("dated"))))
            .collect();
        won_ids.extend(
            won.iter()
                .map(|&(k, _)| (book.open_ids[k as usize].clone(), m.id.clone())),
        );
        expected.push((m.id.clone(), book.evaluate(&won, &mut s).clone()));
    }
    let calc = plansight_engine::calculate(&with_won(&inputs, &won_ids)).expect("engine");
    for (seller, fast) in expected {
        let r = calc.seller(&seller).expect("seller calculated");
        assert_eq!(fast.total, r.total.0, "seed {seed}: total of {seller}");
        let earned: Vec<i128> = r.payouts.iter().map(|p| p.earned.0).collect();
        assert_eq!(fast.earned, earned, "seed {seed}: payout periods of {seller}");
        for (mi, m) in plan.measures.iter().enumerate() {
            for pf in &r.measures[mi].periods {
                let p = periods(plan.start, m.quota_period)
                    .into_iter()
                    .position(|p| p.label == pf.period)
                    .expect("period");
                assert_eq!(
                    fast.credit[mi][p], pf.credit,
                    "seed {seed}: credit of {seller} {} {}",
                    m.id, pf.period
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn fast_path_equals_the_engine(seed in any::<u64>()) {
        check(seed);
    }
}

#[test]
fn fast_path_equals_the_engine_on_the_first_cases() {
    for seed in 0..200 {
        check(seed);
    }
}
