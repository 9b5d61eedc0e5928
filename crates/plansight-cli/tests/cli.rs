//! The `plansight` command as a user runs it: outputs, exit codes and error messages.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../sample-data")
        .join(name)
}

fn plansight(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plansight"))
        .args(args)
        .output()
        .expect("plansight runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plansight-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const PLAN: &str = "ae-fy26.toml";

#[test]
fn calc_json_has_the_spec_shape_and_matches_the_reference_engine() {
    let (p, d, s) = (sample(PLAN), sample("deals.csv"), sample("sellers.csv"));
    let o = plansight(&[
        "calc",
        "--plan",
        p.to_str().unwrap(),
        "--deals",
        d.to_str().unwrap(),
        "--sellers",
        s.to_str().unwrap(),
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["plan"], "ae-fy26");
    assert_eq!(v["sellers"].as_array().unwrap().len(), 12);
    let s0 = &v["sellers"][0];
    for key in ["seller", "total", "measures", "items", "payouts"] {
        assert!(s0.get(key).is_some(), "missing {key}");
    }
    let inputs = plansight_plan::load_inputs(&p, &d, Some(&s), None).unwrap();
    assert_eq!(
        v,
        plansight_reference::calculate(&inputs),
        "the CLI's figures differ from the reference engine"
    );
}

#[test]
fn summary_leaves_out_items_and_seller_filters() {
    let o = plansight(&[
        "calc",
        "--plan",
        sample(PLAN).to_str().unwrap(),
        "--deals",
        sample("deals.csv").to_str().unwrap(),
        "--seller",
        "s03",
        "--json",
        "--summary",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["sellers"].as_array().unwrap().len(), 1);
    assert!(v["sellers"][0].get("items").is_none());
}

#[test]
fn readable_table_by_default() {
    let o = plansight(&[
        "calc",
        "--plan",
        sample(PLAN).to_str().unwrap(),
        "--deals",
        sample("deals.csv").to_str().unwrap(),
        "--sellers",
        sample("sellers.csv").to_str().unwrap(),
        "--summary",
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Seller s01"), "{out}");
    assert!(out.contains("attainment"));
}

#[test]
fn whatif_reports_base_result_and_delta() {
    let o = plansight(&[
        "whatif",
        "--plan",
        sample(PLAN).to_str().unwrap(),
        "--deals",
        sample("deals.csv").to_str().unwrap(),
        "--sellers",
        sample("sellers.csv").to_str().unwrap(),
        "--scenario",
        sample("scenarios/big-march-deal.toml").to_str().unwrap(),
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["scenario"], "Acme closes at 200k in March");
    let d = v["delta"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["seller"] == "s02")
        .unwrap();
    assert_ne!(d["total"], "0.00");
    let unchanged = v["delta"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["seller"] == "s01")
        .unwrap();
    assert_eq!(unchanged["total"], "0.00");
}

#[test]
fn explain_speaks_in_words() {
    let o = plansight(&[
        "explain",
        "--plan",
        sample(PLAN).to_str().unwrap(),
        "--deals",
        sample("deals.csv").to_str().unwrap(),
        "--sellers",
        sample("sellers.csv").to_str().unwrap(),
        "--seller",
        "s02",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Attainment went from"), "{out}");
    assert!(out.contains("tier"));
}

#[test]
fn validate_lists_every_problem_with_location_and_exits_2() {
    let dir = tmp("validate");
    let plan = dir.join("plan.toml");
    std::fs::write(
        &plan,
        "schema = 1\nid = \"x\"\nname = \"X\"\ncurrency = \"USD\"\nstart = 2026-01-01\nend = 2026-12-31\npayout_period = \"weekly\"\ncolour = \"red\"\n[[measure]]\nid = \"m\"\nkind = \"commission\"\nquota_period = \"annual\"\nquota = 1000\ntiers = [{ from = \"0\", rate = \"0.1\" }, { from = \"1.0\", rate = \"0.2\" }, { from = \"0.5\", rate = \"0.3\" }]\n",
    )
    .unwrap();
    let o = plansight(&["validate", "--plan", plan.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("payout_period: \"weekly\" is not a period"), "{e}");
    assert!(e.contains(":8:1: colour: unknown key"), "{e}");
    assert!(e.contains("quota: must be a decimal string, not a bare number"), "{e}");
    assert!(e.contains("`from` must strictly increase"), "{e}");
}

#[test]
fn malformed_toml_names_line_and_column() {
    let dir = tmp("malformed");
    let plan = dir.join("plan.toml");
    std::fs::write(&plan, "schema = 1\nid = \"x\nname = 3\n").unwrap();
    let o = plansight(&["validate", "--plan", plan.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("plan.toml:2:"), "{}", stderr(&o));
}

fn deals_problem(content: &[u8]) -> String {
    let dir = tmp(&format!("deals{}", content.len()));
    let deals = dir.join("deals.csv");
    std::fs::write(&deals, content).unwrap();
    let o = plansight(&[
        "calc",
        "--plan",
        sample(PLAN).to_str().unwrap(),
        "--deals",
        deals.to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "expected bad input; stdout: {}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert!(o.stdout.is_empty(), "nothing is printed as a result when input is bad");
    stderr(&o)
}

#[test]
fn bad_date_on_line_1234_is_reported_there() {
    let mut csv = String::from("id,seller,amount,close_date\n");
    for i in 2..=1240 {
        let date = if i == 1234 { "2026-02-30" } else { "2026-03-01" };
        csv += &format!("d{i},s1,100.00,{date}\n");
    }
    let e = deals_problem(csv.as_bytes());
    assert!(
        e.contains("deals.csv:1234: close_date: \"2026-02-30\" is not a date"),
        "{e}"
    );
}

#[test]
fn empty_file_non_utf8_and_huge_lines_are_clear_errors() {
    assert!(deals_problem(b"").contains("is empty"));
    let e = deals_problem(b"id,seller,amount,close_date\nd1,s\xff1,100.00,2026-03-01\n");
    assert!(e.contains(":2: seller: is not UTF-8 text"), "{e}");
    let mut big = b"id,seller,amount,close_date\nd1,s1,100.00,2026-03-01\nd2,".to_vec();
    big.extend(std::iter::repeat_n(b'x', 10 * 1024 * 1024));
    big.extend(b",100.00,2026-03-01\n");
    let e = deals_problem(&big);
    assert!(e.contains(":3: seller: is 10485760 bytes long"), "{e}");
    let e = deals_problem(b"id,seller,amount\nd1,s1,100\n");
    assert!(e.contains("the header has no column close_date"), "{e}");
}

#[test]
fn a_million_rows_with_one_bad_row_at_the_end_loads_nothing() {
    let mut csv = String::with_capacity(40_000_000);
    csv.push_str("id,seller,amount,close_date\n");
    for i in 0..1_000_000 {
        csv += &format!("d{i},s{},100.00,2026-03-01\n", i % 1000);
    }
    csv.push_str("dlast,s1,12.345,2026-03-01\n");
    let e = deals_problem(csv.as_bytes());
    assert!(
        e.contains("deals.csv:1000002: amount: \"12.345\" has more than 2 fractional digits"),
        "{e}"
    );
}

#[test]
fn wrong_types_and_duplicates_in_deals() {
    let e = deals_problem(b"id,seller,amount,close_date,split\nd1,s1,abc,2026-03-01,1\nd2,s1,10,2026-03-01,1.5\nd2,s1,10,2026-03-01,1\nd2,s1,10,2026-03-01,1\n");
    assert!(e.contains(":2: amount: \"abc\" is not a decimal number"), "{e}");
    assert!(e.contains(":3: split: 1.5 is outside (0, 1]"), "{e}");
    assert!(e.contains(":5: id: duplicate credit line"), "{e}");
}

#[test]
fn gen_writes_a_team_that_calculates() {
    let dir = tmp("gen");
    let o = plansight(&[
        "gen",
        "--sellers",
        "5",
        "--deals",
        "300",
        "--out",
        dir.to_str().unwrap(),
        "--seed",
        "7",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = plansight(&[
        "calc",
        "--plan",
        dir.join("plan.toml").to_str().unwrap(),
        "--deals",
        dir.join("deals.csv").to_str().unwrap(),
        "--sellers",
        dir.join("sellers.csv").to_str().unwrap(),
        "--json",
        "--summary",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["sellers"].as_array().unwrap().len(), 5);
}

#[test]
fn unknown_seller_is_bad_input() {
    let o = plansight(&[
        "calc",
        "--plan",
        sample(PLAN).to_str().unwrap(),
        "--deals",
        sample("deals.csv").to_str().unwrap(),
        "--seller",
        "nobody",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no seller \"nobody\""));
}
