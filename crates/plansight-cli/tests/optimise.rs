//! `plansight optimise` as a user runs it: a 10% budget cut on the Maven export, the JSON
//! contract, the proposed plan written with --out and imported back (the engine's cost
//! is the one reported), and bad input (exit 2 with what to do).

mod common;
use common::*;
use serde_json::Value;

fn cost(w: &str) -> f64 {
    let c: Value = serde_json::from_str(&ok(&["calc", "--workspace", w, "--summary", "--json"])).unwrap();
    c["sellers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["total"].as_str().unwrap().parse::<f64>().unwrap())
        .sum()
}

#[test]
fn a_ten_percent_cut_on_the_maven_export_is_solved_and_written_as_a_plan() {
    let w = maven_workspace("cut", false);
    let now = cost(&w);
    let budget = format!("{:.2}", (now * 0.9 * 100.0).floor() / 100.0);
    let out = std::path::Path::new(&w).with_file_name("proposed.toml");
    let o = out.display().to_string();
    let j: Value = serde_json::from_str(&ok(&[
        "optimise",
        "--workspace",
        &w,
        "--budget",
        &budget,
        "--objective",
        "pay-for-performance",
        "--lever",
        "bookings.tiers.rates",
        "--max-loss",
        "25",
        "--json",
        "--out",
        &o,
    ]))
    .unwrap();
    let proposed: f64 = j["proposed"]["cost"].as_str().unwrap().parse().unwrap();
    let budget_f: f64 = budget.parse().unwrap();
    assert!(proposed <= budget_f, "{proposed} over {budget_f}");
    assert!(j["current"]["cost"].is_string() && j["naive"]["cost"].is_string());
    let share = |k: &str| j[k]["objective"].as_str().unwrap().parse::<f64>().unwrap();
    assert!(
        share("proposed") >= share("naive"),
        "at least as good as the naive answer"
    );
    let sellers = j["sellers"].as_array().unwrap();
    assert!(sellers.len() >= 30);
    for s in sellers {
        let (now, then) = (
            s["now"].as_str().unwrap().parse::<f64>().unwrap(),
            s["proposed"].as_str().unwrap().parse::<f64>().unwrap(),
        );
        assert!(
            now <= 0.0 || then >= now * 0.75 - 0.005,
            "{}: {now} → {then}",
            s["seller"]
        );
    }
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text, j["proposed"]["plan"].as_str().unwrap());
    // The file is a complete plan: imported as the next version, the engine's payouts are
    // those reported, seller by seller, to the cent.
    ok(&["workspace", "import", "--workspace", &w, "--plan", &o]);
    let c: Value = serde_json::from_str(&ok(&["calc", "--workspace", &w, "--summary", "--json"])).unwrap();
    for s in sellers {
        let calc = c["sellers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["seller"] == s["seller"])
            .unwrap();
        assert_eq!(calc["total"], s["proposed"], "{}", s["seller"]);
    }
    let words = ok(&[
        "optimise",
        "--workspace",
        &w,
        "--budget",
        &budget,
        "--objective",
        "least-change",
        "--lever",
        "bookings.tiers.rates",
    ]);
    assert!(words.contains("Who loses most"), "{words}");
}

#[test]
fn bad_requests_are_exit_2_with_what_to_do() {
    let w = maven_workspace("bad", false);
    // Refused as bad input (exit 2): what it says.
    let refused = |args: &[&str]| -> String {
        let mut a = vec!["optimise", "--workspace", w.as_str()];
        a.extend_from_slice(args);
        let o = plansight(&a);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        String::from_utf8_lossy(&o.stderr).into_owned()
    };
    let lever = |objective: &'static str, lever: &'static str| {
        ["--budget", "100000", "--objective", objective, "--lever", lever]
    };
    assert!(refused(&lever("pay-for-performance", "nope.tiers.rates")).contains("no measure \"nope\""));
    assert!(
        refused(&lever("fastest", "bookings.tiers.rates")).contains("pay-for-performance, least-change or lowest-cost")
    );
    let err = refused(&[
        "--budget",
        "1",
        "--objective",
        "least-change",
        "--lever",
        "bookings.tiers.rates",
        "--max-loss",
        "5",
    ]);
    assert!(
        err.contains("cannot be met") && err.contains("cheapest") && err.contains("dearest"),
        "{err}"
    );
    refused(&[
        "--cost-of-sales",
        "abc",
        "--objective",
        "least-change",
        "--lever",
        "bookings.tiers.rates",
    ]);
}

#[test]
fn the_target_incentive_moves_incentive_pay_as_the_engine_computes_it() {
    let w = sample_workspace("incentive");
    let budget = format!("{:.2}", (cost(&w) * 0.95 * 100.0).floor() / 100.0);
    // The renewals measure pays a share of the target incentive: moving it must cost what
    // the engine says (the command checks the engine's total against its own, to the cent).
    for objective in ["least-change", "lowest-cost", "pay-for-performance"] {
        let o = plansight(&[
            "optimise",
            "--workspace",
            &w,
            "--budget",
            &budget,
            "--objective",
            objective,
            "--lever",
            "target_incentive",
            "renewals.tiers.rates",
            "--lever",
            "renewals.tiers.rates",
            "--json",
        ]);
        let code = o.status.code();
        assert!(
            code == Some(0) || code == Some(2),
            "{objective}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        if code == Some(0) {
            let j: Value = serde_json::from_slice(&o.stdout).unwrap();
            assert_eq!(
                j["levers"].as_array().unwrap().len(),
                2,
                "a lever named twice moves once"
            );
        }
    }
}
