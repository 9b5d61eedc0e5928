//! The Maven CRM export as a workspace would hold it, with its price list; and the
//! anomaly injector (`inject.rs`, written apart from the checks it tests).

#![allow(dead_code)]

pub mod inject;

use chrono::NaiveDate;
use plansight_health::{Checker, Context};
use plansight_import::{Kind, Mapping, Table};
use plansight_plan::{CreditLine, Inputs, Plan, Price, Seller};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The plan, roster and credit lines of the Maven export (mapped as the README says).
pub fn maven() -> Inputs {
    let fixtures = root().join("tests/fixtures/maven-crm");
    let plan = Plan::load(&fixtures.join("plan.toml")).expect("the Maven plan loads");
    let map = |kind, columns: &str, stages: Option<&str>, defaults: Option<&str>, file: &str| {
        let table = Table::read(&fixtures.join(file), None).unwrap();
        Mapping::from_options(kind, Some(columns), stages, defaults, None)
            .unwrap()
            .apply(kind, &table)
            .unwrap()
    };
    let deals = map(
        Kind::Deals,
        "id=opportunity_id,seller=sales_agent,amount=close_value,stage=deal_stage,product=product,account=account",
        Some("Won=won,Lost=lost,Engaging=open,Prospecting=open"),
        Some("amount=0"),
        "sales_pipeline.csv",
    );
    let teams = map(
        Kind::Sellers,
        "id=sales_agent,manager=manager,territory=regional_office",
        None,
        None,
        "sales_teams.csv",
    );
    let lines = plansight_plan::parse_deals(&deals.file, &deals.bytes, Some("USD")).unwrap();
    let roster = plansight_plan::parse_sellers(&teams.file, &teams.bytes, &plan).unwrap();
    Inputs {
        plan,
        lines,
        roster: Some(roster),
        as_of: None,
    }
}

/// The export's price list (`products.csv`: product, series, sales_price).
pub fn prices() -> Vec<Price> {
    let text = std::fs::read_to_string(root().join("tests/fixtures/maven-crm/products.csv")).unwrap();
    let mapped = text.replacen("product,series,sales_price", "product,family,price", 1);
    plansight_plan::parse_prices("products.csv", mapped.as_bytes()).unwrap()
}

/// The checker's context for these inputs: one plan version, checked on 2026-11-30.
pub fn context(inputs: &Inputs, prices: Vec<Price>) -> Context {
    Context {
        plan: inputs.plan.clone(),
        spans: vec![(inputs.plan.start, inputs.plan.end)],
        roster: inputs.roster.clone(),
        prices,
        today: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        as_of: inputs.as_of,
        moves: Vec::new(),
    }
}

/// Checks the inputs (with the engine's calculation, as the app does).
pub fn check(inputs: &Inputs, prices: Vec<Price>) -> Checker {
    let calc = plansight_engine::calculate(inputs).unwrap();
    Checker::new(context(inputs, prices), inputs.lines.clone(), Some(calc))
}

/// Lines as the injector reads them: `id,seller,amount,close_date,stage,product,account,split`.
pub fn to_csv(lines: &[CreditLine]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id",
        "seller",
        "amount",
        "close_date",
        "stage",
        "product",
        "account",
        "split",
    ])
    .unwrap();
    for l in lines {
        w.write_record([
            l.id.clone(),
            l.seller.clone(),
            plansight_plan::fixed::format_scaled(l.amount.0 as i128, 2),
            l.close_date.map(|d| d.to_string()).unwrap_or_default(),
            l.stage.as_str().to_string(),
            l.product.clone().unwrap_or_default(),
            l.account.clone().unwrap_or_default(),
            // An empty split is a whole one, as in a deals file.
            if l.split == plansight_plan::Share::ONE {
                String::new()
            } else {
                plansight_plan::fixed::format_scaled(l.split.0 as i128, 4)
            },
        ])
        .unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// The roster's seller ids.
pub fn ids(roster: &[Seller]) -> Vec<String> {
    roster.iter().map(|s| s.id.clone()).collect()
}
