//! Helpers shared by the engine's tests: inputs from inline text, and a check that the
//! polars engine and the reference engine agree.

#![allow(dead_code)]

use plansight_plan::{parse_deals, parse_sellers, Inputs, Plan};
use serde_json::Value;

/// A one-measure plan header; `measure` and `extra` are appended TOML.
pub fn plan(body: &str) -> Plan {
    let src = format!(
        "schema = 1\nid = \"t\"\nname = \"Test\"\ncurrency = \"USD\"\nstart = 2026-01-01\nend = 2026-12-31\npayout_period = \"quarterly\"\ntarget_incentive = \"60000.00\"\n{body}"
    );
    Plan::parse("plan.toml", &src).unwrap_or_else(|p| panic!("test plan is invalid:\n{p}"))
}

/// Inputs from a plan and inline deals (and roster) CSV, calculated as of `as_of`.
pub fn inputs(plan: Plan, deals: &str, sellers: Option<&str>, as_of: Option<&str>) -> Inputs {
    let lines = parse_deals("deals.csv", deals.as_bytes(), Some("USD")).unwrap_or_else(|p| panic!("{p}"));
    let roster = sellers.map(|s| parse_sellers("sellers.csv", s.as_bytes(), &plan).unwrap_or_else(|p| panic!("{p}")));
    Inputs {
        plan,
        lines,
        roster,
        as_of: as_of.map(|d| plansight_plan::calendar::parse_date(d).unwrap()),
    }
}

/// Runs both engines, requires identical JSON, and returns it.
pub fn run(inputs: &Inputs) -> Value {
    let engine = plansight_engine::calculate(inputs).expect("engine runs").to_json(true);
    let reference = plansight_reference::calculate(inputs);
    if engine != reference {
        let mut diffs = Vec::new();
        diff("", &engine, &reference, &mut diffs);
        panic!(
            "engines disagree (polars engine vs reference):\n{}\nplan: {:?}",
            diffs.join("\n"),
            inputs.plan
        );
    }
    engine
}

/// The amounts of a seller's items as (kind, deal, amount) strings.
pub fn items(v: &Value, seller: &str) -> Vec<(String, String, String)> {
    seller_of(v, seller)["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["kind"].as_str().unwrap().to_string(),
                i["deal"].as_str().unwrap_or("").to_string(),
                i["amount"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The seller's object in a calculation's JSON.
pub fn seller_of<'a>(v: &'a Value, seller: &str) -> &'a Value {
    v["sellers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["seller"] == seller)
        .unwrap_or_else(|| panic!("no seller {seller}"))
}

/// The seller's total in a calculation's JSON.
pub fn total(v: &Value, seller: &str) -> String {
    seller_of(v, seller)["total"].as_str().unwrap().to_string()
}

/// An expected item: its kind, deal and amount.
pub fn t(kind: &str, deal: &str, amount: &str) -> (String, String, String) {
    (kind.to_string(), deal.to_string(), amount.to_string())
}

/// A commission measure with an annual quota of 100,000 and the given extra keys.
pub fn commission(extra: &str) -> String {
    format!(
        "[[measure]]\nid = \"m\"\nkind = \"commission\"\nquota_period = \"annual\"\nquota = \"100000.00\"\n{extra}\n"
    )
}

/// Paths where two JSON values differ, for readable failures.
fn diff(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    if out.len() > 20 {
        return;
    }
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for k in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                diff(
                    &format!("{path}.{k}"),
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                    out,
                );
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                diff(&format!("{path}[{i}]"), p, q, out);
            }
        }
        _ if a != b => out.push(format!("{path}: {a} vs {b}")),
        _ => {}
    }
}
