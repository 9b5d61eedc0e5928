//! `plansight forecast` and `plansight coach` as a user runs them: the JSON contract, the
//! seed's reproducibility, agreement with `calc` where nothing is open, the back-test on
//! the Maven export, and bad input (exit 2 with what to do).

mod common;
use common::*;
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&ok(args)).expect("JSON")
}

/// `plansight COMMAND` on the sample's plan, deals and roster, with `extra`.
fn on_sample(command: &str, extra: &[&str]) -> std::process::Output {
    let (plan, deals, sellers) = (sample("ae-fy26.toml"), sample("deals.csv"), sample("sellers.csv"));
    let mut args = vec![command, "--plan", &plan, "--deals", &deals, "--sellers", &sellers];
    args.extend_from_slice(extra);
    plansight(&args)
}

/// The JSON of a command on the sample, which must succeed.
fn sample_json(command: &str, extra: &[&str]) -> Value {
    let o = on_sample(command, extra);
    assert!(o.status.success(), "{extra:?}: {}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).expect("JSON")
}

/// A command on the sample that must be refused as bad input, saying `says`.
fn refused(command: &str, extra: &[&str], says: &str) {
    let o = on_sample(command, extra);
    assert_eq!(o.status.code(), Some(2), "{extra:?}");
    assert!(String::from_utf8_lossy(&o.stderr).contains(says), "{extra:?}");
}

#[test]
fn forecast_json_has_the_contract_shape_and_a_seed_reproduces_it() {
    let args = ["--runs", "2000", "--seed", "7", "--json"];
    let a = sample_json("forecast", &args);
    assert_eq!(a["runs"], 2000);
    assert_eq!(a["seed"], 7);
    let sellers = a["sellers"].as_array().unwrap();
    assert!(sellers.len() > 5);
    for s in sellers {
        for k in ["expected", "p10", "p50", "p90"] {
            let v = s[k].as_str().unwrap();
            assert!(
                v.parse::<f64>().is_ok() && v.split('.').nth(1).unwrap().len() == 2,
                "{k} = {v}"
            );
        }
        let p = |k: &str| s[k].as_str().unwrap().parse::<f64>().unwrap();
        assert!(p("p10") <= p("p50") && p("p50") <= p("p90"));
        assert!(s["attainment"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["measure"].is_string()
                && a["period"].is_string()
                && a["p10"].is_string()
                && a["p50"].is_string()
                && a["p90"].is_string()));
        for r in s["reach"].as_array().unwrap() {
            let pr: f64 = r["probability"].as_str().unwrap().parse().unwrap();
            assert!(r["what"].is_string() && (0.0..=1.0).contains(&pr));
        }
    }
    for k in ["expected", "p10", "p50", "p90"] {
        assert!(a["team"][k].is_string());
    }
    assert_eq!(
        a,
        sample_json("forecast", &args),
        "the same seed gives the same forecast"
    );
    let other = sample_json("forecast", &["--runs", "2000", "--seed", "8", "--json"]);
    assert_ne!(a["team"], other["team"], "another seed draws other runs");
}

#[test]
fn one_sellers_forecast_is_their_line_of_the_teams() {
    let team = sample_json("forecast", &["--runs", "500", "--json"]);
    let one = sample_json("forecast", &["--runs", "500", "--json", "--seller", "s03"]);
    let from_team = team["sellers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["seller"] == "s03")
        .unwrap();
    assert_eq!(&one["sellers"][0], from_team);
    assert_eq!(one["team"]["p50"], from_team["p50"]);
}

#[test]
fn with_no_open_deal_every_run_is_the_calculation() {
    let dir = tmp("closed");
    let plan = sample("ae-fy26.toml");
    let deals = std::fs::read_to_string(sample("deals.csv")).unwrap();
    let closed: String = deals
        .lines()
        .filter(|l| !l.contains(",open,"))
        .map(|l| format!("{l}\n"))
        .collect();
    let path = dir.join("deals.csv");
    std::fs::write(&path, closed).unwrap();
    let p = path.display().to_string();
    let f = json(&["forecast", "--plan", &plan, "--deals", &p, "--runs", "50", "--json"]);
    let c = json(&["calc", "--plan", &plan, "--deals", &p, "--summary", "--json"]);
    for s in c["sellers"].as_array().unwrap() {
        let fs = f["sellers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["seller"] == s["seller"])
            .unwrap();
        for k in ["expected", "p10", "p50", "p90"] {
            assert_eq!(fs[k], s["total"], "{} {k}", s["seller"]);
        }
    }
}

#[test]
fn backtest_on_the_maven_export_reports_coverage_and_error() {
    let w = maven_workspace("maven", true);
    let b = json(&[
        "forecast",
        "--workspace",
        &w,
        "--backtest",
        "2017-06-30",
        "--runs",
        "1000",
        "--json",
    ]);
    let bt = &b["backtest"];
    assert_eq!(bt["sellers"], 30);
    let coverage: f64 = bt["coverage"].as_str().unwrap().parse().unwrap();
    assert!(coverage >= 0.6, "coverage {coverage}");
    let mae: f64 = bt["mae_p50"].as_str().unwrap().parse().unwrap();
    let mean: f64 = bt["mean_actual"].as_str().unwrap().parse().unwrap();
    assert!(mae < mean * 0.15, "P50 misses by {mae} on a mean of {mean}");
    let text = ok(&[
        "forecast",
        "--workspace",
        &w,
        "--backtest",
        "2017-06-30",
        "--runs",
        "300",
    ]);
    assert!(text.contains("were paid inside their P10–P90"), "{text}");
}

#[test]
fn coach_ranks_open_deals_and_finds_the_path_to_the_next_tier() {
    let w = sample_workspace("coach");
    let c = json(&["coach", "--workspace", &w, "--seller", "s02", "--runs", "300", "--json"]);
    let deals = c["deals"].as_array().unwrap();
    assert!(!deals.is_empty());
    let worth: Vec<f64> = deals
        .iter()
        .map(|d| d["worth"].as_str().unwrap().parse().unwrap())
        .collect();
    assert!(worth.windows(2).all(|w| w[0] >= w[1]), "ranked by worth: {worth:?}");
    let path = &c["paths"][0];
    assert_eq!(path["measure"], "new_arr");
    let now: f64 = path["payout_now"].as_str().unwrap().parse().unwrap();
    let with: f64 = path["payout_with"].as_str().unwrap().parse().unwrap();
    assert!(with > now);
    let text = ok(&["coach", "--workspace", &w, "--seller", "s02", "--runs", "100"]);
    assert!(
        text.contains("The fewest open deals that reach the next mark"),
        "{text}"
    );
}

#[test]
fn bad_input_is_exit_2_with_what_to_do() {
    refused("forecast", &["--seller", "nobody"], "no seller \"nobody\"");
    refused("forecast", &["--runs", "0"], "--runs");
    refused("forecast", &["--backtest", "2031-01-01"], "inside the plan year");
    refused("forecast", &["--runs", "2000000"], "--runs");
    refused("coach", &["--seller", "nobody"], "");
}
