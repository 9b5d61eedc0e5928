//! `plansight forecast` and `plansight coach` as a user runs them: the JSON contract, the
//! seed's reproducibility, agreement with `calc` where nothing is open, the back-test on
//! the Maven export, and bad input (exit 2 with what to do).

mod common;
use common::*;
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&ok(args)).expect("JSON")
}

fn sample_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let (plan, deals, sellers) = (
        Box::leak(sample("ae-fy26.toml").into_boxed_str()) as &str,
        Box::leak(sample("deals.csv").into_boxed_str()) as &str,
        Box::leak(sample("sellers.csv").into_boxed_str()) as &str,
    );
    let mut v = vec!["--plan", plan, "--deals", deals, "--sellers", sellers];
    v.extend_from_slice(extra);
    v
}

#[test]
fn forecast_json_has_the_contract_shape_and_a_seed_reproduces_it() {
    let mut args = vec!["forecast"];
    args.extend(sample_args(&["--runs", "2000", "--seed", "7", "--json"]));
    let a = json(&args);
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
    assert_eq!(a, json(&args), "the same seed gives the same forecast");
    let mut other = vec!["forecast"];
    other.extend(sample_args(&["--runs", "2000", "--seed", "8", "--json"]));
    assert_ne!(a["team"], json(&other)["team"], "another seed draws other runs");
}

#[test]
fn one_sellers_forecast_is_their_line_of_the_teams() {
    let mut team = vec!["forecast"];
    team.extend(sample_args(&["--runs", "500", "--json"]));
    let mut one = vec!["forecast"];
    one.extend(sample_args(&["--runs", "500", "--json", "--seller", "s03"]));
    let team = json(&team);
    let one = json(&one);
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
    let dir = tmp("maven");
    let w = dir.join("crm.plansight").display().to_string();
    ok(&["workspace", "init", "--workspace", &w]);
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &w,
        "--plan",
        &fixture("maven-crm/plan.toml"),
    ]);
    let deals = fixture("maven-crm/sales_pipeline.csv");
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &w,
        "--deals",
        &deals,
        "--map",
        MAP,
        "--stage",
        STAGES,
        "--default",
        "amount=0",
    ]);
    let prices = fixture("maven-crm/products.csv");
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &w,
        "--prices",
        &prices,
        "--map",
        "price=sales_price,family=series",
    ]);
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
    let dir = tmp("coach");
    let w = dir.join("s.plansight").display().to_string();
    ok(&["workspace", "init", "--workspace", &w]);
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &w,
        "--plan",
        &sample("ae-fy26.toml"),
    ]);
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &w,
        "--deals",
        &sample("deals.csv"),
        "--sellers",
        &sample("sellers.csv"),
    ]);
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
    let mut a = vec!["forecast"];
    a.extend(sample_args(&["--seller", "nobody"]));
    let o = plansight(&a);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no seller \"nobody\""));
    let mut a = vec!["forecast"];
    a.extend(sample_args(&["--runs", "0"]));
    let o = plansight(&a);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--runs"));
    let mut a = vec!["forecast"];
    a.extend(sample_args(&["--backtest", "2031-01-01"]));
    let o = plansight(&a);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("inside the plan year"));
    let mut a = vec!["forecast"];
    a.extend(sample_args(&["--runs", "2000000"]));
    let o = plansight(&a);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--runs"));
    let mut a = vec!["coach"];
    a.extend(sample_args(&["--seller", "nobody"]));
    assert_eq!(plansight(&a).status.code(), Some(2));
}
