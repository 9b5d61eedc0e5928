//! The forecast agrees with the exact distribution: for a seller with a few open deals,
//! every outcome (2^k engine calculations, each weighted by its exact probability) gives
//! the true mean and quantiles of the year's payout; the Monte Carlo's must lie within
//! its sampling error of them. Sampled runs are also recomputed by a full calculation.

use plansight_forecast::{forecast, History, Options};
use plansight_plan::random::random_inputs;
use plansight_plan::{CreditLine, Inputs, Stage};

/// The exact distribution of one seller's total: (total, probability as num/10^(4k)).
fn exact(inputs: &Inputs, seller: &str) -> Vec<(i128, i128)> {
    let open: Vec<&CreditLine> = inputs
        .lines
        .iter()
        .filter(|l| l.seller == seller && l.stage == Stage::Open)
        .collect();
    let k = open.len();
    (0..1u32 << k)
        .map(|mask| {
            let mut weight = 1i128;
            let lines = inputs
                .lines
                .iter()
                .map(
                    |l| match open.iter().position(|o| o.id == l.id && o.seller == l.seller) {
                        Some(i) => {
                            let p = l.probability.expect("probability").0 as i128;
                            let won = mask & (1 << i) != 0;
                            weight *= if won { p } else { 10_000 - p };
                            CreditLine {
                                stage: if won { Stage::Won } else { Stage::Lost },
                                ..l.clone()
                            }
                        }
                        None if l.stage == Stage::Open => CreditLine {
                            stage: Stage::Lost,
                            ..l.clone()
                        },
                        None => l.clone(),
                    },
                )
                .collect();
            let calc = plansight_engine::calculate(&Inputs {
                lines,
                as_of: None,
                ..inputs.clone()
            })
            .expect("engine");
            (calc.seller(seller).expect("seller").total.0, weight)
        })
        .collect()
}

/// Share (0..=1, as f64 for the tolerance only) of the exact distribution at or below `v`, and below it.
fn cdf(dist: &[(i128, i128)], v: i128) -> (f64, f64) {
    let whole: i128 = dist.iter().map(|d| d.1).sum();
    let at_or_below: i128 = dist.iter().filter(|d| d.0 <= v).map(|d| d.1).sum();
    let below: i128 = dist.iter().filter(|d| d.0 < v).map(|d| d.1).sum();
    (at_or_below as f64 / whole as f64, below as f64 / whole as f64)
}

/// A seller of a random case with 2 to 8 open deals, each with its own probability,
/// and all dated (the enumeration wins them on their date).
fn cases() -> Vec<(u64, Inputs, String)> {
    let mut out = Vec::new();
    for seed in 0..400u64 {
        let Some(inputs) = random_inputs(seed) else { continue };
        for m in inputs.members() {
            let k = inputs
                .lines
                .iter()
                .filter(|l| l.seller == m.id && l.stage == Stage::Open)
                .count();
            if (2..=8).contains(&k) {
                out.push((seed, inputs.clone(), m.id.clone()));
                break;
            }
        }
        if out.len() == 40 {
            break;
        }
    }
    out
}

#[test]
fn forecast_matches_the_exact_distribution_within_monte_carlo_error() {
    let runs = 10_000;
    let cases = cases();
    assert!(cases.len() >= 30, "only {} cases with a few open deals", cases.len());
    for (seed, inputs, seller) in cases {
        let dist = exact(&inputs, &seller);
        let f = forecast(
            &inputs,
            &History::default(),
            &Options {
                runs,
                seed,
                seller: Some(seller.clone()),
            },
        )
        .expect("forecast");
        let s = &f.sellers[0];
        // Mean: within five standard errors (plus a cent for the rounding of each).
        let whole: i128 = dist.iter().map(|d| d.1).sum();
        let mean = dist.iter().map(|d| d.0 as f64 * d.1 as f64).sum::<f64>() / whole as f64;
        let var = dist
            .iter()
            .map(|d| (d.0 as f64 - mean).powi(2) * d.1 as f64)
            .sum::<f64>()
            / whole as f64;
        let tolerance = 5.0 * (var / runs as f64).sqrt() + 1e22;
        assert!(
            (s.payout.expected.0 as f64 - mean).abs() <= tolerance,
            "seed {seed} seller {seller}: mean {} vs exact {mean}",
            s.payout.expected.0
        );
        // Quantiles: each is a value the exact distribution puts its q-th share at,
        // give or take two points (over six standard errors at 10,000 runs).
        for (q, v) in [(0.10, s.payout.p10), (0.50, s.payout.p50), (0.90, s.payout.p90)] {
            let (at_or_below, below) = cdf(&dist, v.0);
            assert!(
                at_or_below >= q - 0.02 && below <= q + 0.02,
                "seed {seed} seller {seller}: P{} = {} has {below}..{at_or_below} of the exact distribution at or below",
                (q * 100.0) as u32,
                v.money()
            );
            assert!(
                dist.iter().any(|d| d.0 == v.0),
                "seed {seed}: a quantile is a possible outcome"
            );
        }
    }
}

/// Sampled runs of whole teams, recomputed: each run's won lines (closing on their drawn,
/// slipped dates) given to a full engine calculation give every seller the run's total.
#[test]
fn sampled_runs_equal_a_full_calculation() {
    use plansight_forecast::montecarlo::simulate;
    use plansight_forecast::{prepare, Slip, WinModel};
    use plansight_plan::calendar::from_epoch_days;
    let history = History {
        prices: Vec::new(),
        slip: Slip {
            days: vec![-20, 0, 0, 15, 60],
        },
    };
    let mut checked = 0;
    for seed in 0..60u64 {
        let Some(inputs) = random_inputs(seed) else { continue };
        let model = WinModel::learn(&inputs.lines, None);
        let prepared = prepare(&inputs, &history, model, seed, None).expect("prepared");
        let runs: Vec<_> = prepared
            .sellers
            .iter()
            .map(|(book, open)| simulate(book, open, &prepared.draws, 8))
            .collect();
        for run in 0..8u64 {
            let mut won = std::collections::HashMap::new();
            for (book, open) in &prepared.sellers {
                let mut placed = Vec::new();
                prepared.draws.place(book, open, run, &mut placed);
                for (k, day) in placed {
                    won.insert(
                        (open[k as usize].deal.clone(), book.member.id.clone()),
                        from_epoch_days(day),
                    );
                }
            }
            let lines = inputs
                .lines
                .iter()
                .map(|l| match (l.stage, won.get(&(l.id.clone(), l.seller.clone()))) {
                    (Stage::Open, Some(&day)) => CreditLine {
                        stage: Stage::Won,
                        close_date: Some(day),
                        ..l.clone()
                    },
                    (Stage::Open, None) => CreditLine {
                        stage: Stage::Lost,
                        ..l.clone()
                    },
                    _ => l.clone(),
                })
                .collect();
            let calc = plansight_engine::calculate(&Inputs {
                lines,
                as_of: None,
                ..inputs.clone()
            })
            .expect("engine");
            for ((book, _), r) in prepared.sellers.iter().zip(&runs) {
                let total = calc.seller(&book.member.id).expect("seller").total;
                assert_eq!(
                    r.totals[run as usize], total.0,
                    "seed {seed} run {run} seller {}",
                    book.member.id
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "only {checked} seller-runs checked");
}
