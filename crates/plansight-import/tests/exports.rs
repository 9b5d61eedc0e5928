//! Real export layouts mapped onto Plansight's columns and read by the CLI's parsers:
//! the public Maven CRM opportunities export, a Salesforce opportunity report, and an
//! XLSX workbook.

use plansight_import::{Kind, Mapping, Table};
use plansight_plan::{parse_deals, parse_sellers, Cents, Plan, Stage};
use std::path::{Path, PathBuf};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(rel)
}

fn maven_mapping() -> Mapping {
    Mapping::from_options(
        Kind::Deals,
        Some(
            "id=opportunity_id,seller=sales_agent,amount=close_value,stage=deal_stage,product=product,account=account",
        ),
        Some("Won=won,Lost=lost,Engaging=open,Prospecting=open"),
        Some("amount=0"),
        None,
    )
    .unwrap()
}

#[test]
fn the_maven_crm_export_maps_onto_deals() {
    let table = Table::read(&fixture("maven-crm/sales_pipeline.csv"), None).unwrap();
    assert_eq!(table.rows.len(), 8_800);
    let mapped = maven_mapping().apply(Kind::Deals, &table).unwrap();
    let lines = parse_deals(&mapped.file, &mapped.bytes, Some("USD"))
        .map_err(|p| mapped.explain(p))
        .unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(lines.len(), 8_800);
    let count = |s: Stage| lines.iter().filter(|l| l.stage == s).count();
    assert_eq!(
        (count(Stage::Won), count(Stage::Lost), count(Stage::Open)),
        (4_238, 2_473, 2_089)
    );
    let first = &lines[0];
    assert_eq!(
        (first.id.as_str(), first.seller.as_str(), first.amount),
        ("1C1I7A6R", "Moses Frase", Cents(105_400))
    );
    assert_eq!(first.close_date.unwrap().to_string(), "2017-03-01");
    // Without the default, the empty amounts of open opportunities are problems that
    // name the export's own column and line.
    let no_default = Mapping::from_options(
        Kind::Deals,
        Some("id=opportunity_id,seller=sales_agent,amount=close_value,stage=deal_stage"),
        Some("Won=won,Lost=lost,Engaging=open,Prospecting=open"),
        None,
        None,
    )
    .unwrap();
    let mapped = no_default.apply(Kind::Deals, &table).unwrap();
    let problems = mapped.explain(parse_deals(&mapped.file, &mapped.bytes, Some("USD")).unwrap_err());
    let first = problems.0[0].to_string();
    assert!(
        first.contains("sales_pipeline.csv:") && first.contains("close_value (mapped to amount): is empty"),
        "{first}"
    );
}

#[test]
fn the_maven_sales_teams_map_onto_a_roster() {
    let table = Table::read(&fixture("maven-crm/sales_teams.csv"), None).unwrap();
    let m = Mapping::from_options(
        Kind::Sellers,
        Some("id=sales_agent,manager=manager,territory=regional_office"),
        None,
        None,
        None,
    )
    .unwrap();
    let mapped = m.apply(Kind::Sellers, &table).unwrap();
    let plan = Plan::load(&fixture("maven-crm/plan.toml")).unwrap();
    let roster = parse_sellers(&mapped.file, &mapped.bytes, &plan).unwrap();
    assert_eq!(roster.len(), 35);
    let managers: std::collections::BTreeSet<_> = roster.iter().filter_map(|s| s.manager.clone()).collect();
    assert_eq!(managers.len(), 6);
}

#[test]
fn a_salesforce_report_maps_with_its_dates_and_amounts() {
    let table = Table::read(&fixture("salesforce/opportunities.csv"), None).unwrap();
    let m = Mapping::from_options(
        Kind::Deals,
        Some("id=Opportunity ID,seller=Opportunity Owner,account=Account Name,name=Opportunity Name,type=Type,product=Product Name,stage=Stage,amount=Amount,close_date=Close Date"),
        Some("Closed Won=won,Closed Lost=lost,Negotiation/Review=open,Prospecting=open"),
        None,
        Some("%m/%d/%Y"),
    )
    .unwrap();
    let mapped = m.apply(Kind::Deals, &table).unwrap();
    let lines = parse_deals(&mapped.file, &mapped.bytes, Some("USD"))
        .map_err(|p| mapped.explain(p))
        .unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[1].amount, Cents(4_825_050));
    assert_eq!(lines[4].amount, Cents(125_000_000));
    assert_eq!(lines[0].close_date.unwrap().to_string(), "2026-03-15");
    assert_eq!(lines[3].stage, Stage::Open);
    assert_eq!(lines[0].deal_type.as_deref(), Some("new business"));
}

#[test]
fn a_missing_export_column_is_named_with_the_columns_there_are() {
    let table = Table::from_csv("export.csv", b"opp,owner,value\n1,a,10\n").unwrap();
    let m = Mapping::from_options(
        Kind::Deals,
        Some("id=opp,seller=owner,amount=close_value"),
        None,
        None,
        None,
    )
    .unwrap();
    let err = m.apply(Kind::Deals, &table).unwrap_err().to_string();
    assert!(
        err.contains(
            "export.csv:1: has no column \"close_value\" (mapped to amount) (its columns are: opp, owner, value)"
        ),
        "{err}"
    );
    let bad = Mapping::from_options(Kind::Deals, Some("amout=value"), Some("Won=winning"), None, None)
        .unwrap_err()
        .to_string();
    assert!(bad.contains("amout is not a column of deals.csv"), "{bad}");
    assert!(bad.contains("winning is not a stage"), "{bad}");
}

#[test]
fn an_xlsx_workbook_reads_like_its_csv() {
    let dir = std::env::temp_dir().join(format!("plansight-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("deals.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("Q1 deals").unwrap();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (c, h) in ["Deal", "Rep", "Value", "Closed", "Status"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    let rows = [
        ("X-1", "s01", 12500.0, (2026, 3, 2), "Won"),
        ("X-2", "s01", 1234.56, (2026, 3, 20), "Won"),
        ("X-3", "s02", 99.0, (2026, 3, 31), "Lost"),
    ];
    for (r, (id, rep, value, (y, m, d), status)) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write_string(r, 0, *id).unwrap();
        sheet.write_string(r, 1, *rep).unwrap();
        sheet.write_number(r, 2, *value).unwrap();
        sheet
            .write_datetime_with_format(
                r,
                3,
                rust_xlsxwriter::ExcelDateTime::from_ymd(*y, *m, *d).unwrap(),
                &date,
            )
            .unwrap();
        sheet.write_string(r, 4, *status).unwrap();
    }
    book.save(&path).unwrap();

    let table = Table::read(&path, None).unwrap();
    assert!(table.file.ends_with("deals.xlsx[Q1 deals]"), "{}", table.file);
    assert_eq!(table.rows[1].1, ["X-2", "s01", "1234.56", "2026-03-20", "Won"]);
    let m = Mapping::from_options(
        Kind::Deals,
        Some("id=Deal,seller=Rep,amount=Value,close_date=Closed,stage=Status"),
        Some("won=won,lost=lost"),
        None,
        None,
    )
    .unwrap();
    let mapped = m.apply(Kind::Deals, &table).unwrap();
    let lines = parse_deals(&mapped.file, &mapped.bytes, Some("USD")).unwrap();
    assert_eq!(
        lines.iter().map(|l| l.amount).collect::<Vec<_>>(),
        [Cents(1_250_000), Cents(123_456), Cents(9_900)]
    );
    assert!(Table::read(&path, Some("Nope"))
        .unwrap_err()
        .to_string()
        .contains("its sheets are: Q1 deals"));
}
