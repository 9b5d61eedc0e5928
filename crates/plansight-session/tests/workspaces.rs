//! Workspaces as the app moves between them, and plans authored from nothing: a new
//! workspace asks for a plan, a drafted plan is checked by the plan's own parser, pays
//! exactly what the same plan written by hand pays, and is saved as a plan version.

use plansight_plan::Plan;
use plansight_session::authoring::{check, starter, write_toml};
use plansight_session::workspaces::{Current, Recent, WorkspaceStatus};
use plansight_view::{BonusDraft, MeasureDraft, PlanDraft, TierDraft};
use std::path::PathBuf;

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plansight-workspaces-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(rel)
}

/// The Maven fixture's plan (tests/fixtures/maven-crm/plan.toml) as the form holds it.
fn maven_draft() -> PlanDraft {
    PlanDraft {
        id: "maven-fy17".into(),
        name: "FY17 Hardware Sales Agent".into(),
        currency: "usd".into(),
        start: "2017-01-01".into(),
        end: "2017-12-31".into(),
        payout_period: "quarterly".into(),
        target_incentive: "40,000.00".into(),
        measures: vec![MeasureDraft {
            id: "bookings".into(),
            name: "Bookings".into(),
            kind: "commission".into(),
            tier_mode: "marginal".into(),
            quota_period: "quarterly".into(),
            quota: "150000.00".into(),
            weight_percent: String::new(),
            deal_types: String::new(),
            threshold_percent: String::new(),
            cap_percent: String::new(),
            tiers: vec![
                TierDraft {
                    from_percent: "0".into(),
                    rate_percent: "4".into(),
                },
                TierDraft {
                    from_percent: "100%".into(),
                    rate_percent: "7".into(),
                },
            ],
        }],
        bonuses: Vec::new(),
        payout_cap: String::new(),
        draw: String::new(),
        draw_recoverable: true,
        clawback_days: String::new(),
    }
}

/// A plan's rules without the lines they were written on.
fn rules(mut p: Plan) -> Plan {
    for m in &mut p.measures {
        m.line = 0;
        m.tier_lines.clear();
    }
    for b in &mut p.bonuses {
        b.line = 0;
    }
    p.document = None;
    p
}

#[test]
fn a_drafted_plan_is_the_plan_written_by_hand() {
    let (toml, parsed) = check(&maven_draft());
    let drafted = parsed.unwrap_or_else(|p| panic!("{p:?}\n{toml}"));
    let source = std::fs::read_to_string(fixture("maven-crm/plan.toml")).unwrap();
    let by_hand = Plan::parse("plan.toml", &source).unwrap();
    assert_eq!(rules(drafted), rules(by_hand), "{toml}");
}

#[test]
fn every_part_of_a_plan_can_be_drafted_and_percentages_become_exact_shares() {
    let mut d = starter(2026);
    d.measures[0].threshold_percent = "25".into();
    d.measures[0].cap_percent = "300".into();
    d.measures[0].deal_types = "new, expansion".into();
    d.measures[0].tiers.push(TierDraft {
        from_percent: "50".into(),
        rate_percent: "7.125".into(),
    });
    d.measures.push(MeasureDraft {
        id: "renewals".into(),
        name: "Renewals".into(),
        kind: "incentive".into(),
        tier_mode: "retroactive".into(),
        quota_period: "quarterly".into(),
        quota: "90000".into(),
        weight_percent: "20".into(),
        deal_types: "renewal".into(),
        threshold_percent: String::new(),
        cap_percent: String::new(),
        tiers: vec![
            TierDraft {
                from_percent: "0".into(),
                rate_percent: "90".into(),
            },
            TierDraft {
                from_percent: "100".into(),
                rate_percent: "120".into(),
            },
        ],
    });
    d.bonuses = vec![
        BonusDraft {
            id: "multi_year".into(),
            name: "Multi-year".into(),
            kind: "deal".into(),
            amount: "1000".into(),
            deal_types: "new".into(),
            min_term_months: "24".into(),
            measure: String::new(),
            attainment_percent: String::new(),
        },
        BonusDraft {
            id: "club".into(),
            name: "Club".into(),
            kind: "milestone".into(),
            amount: "5000".into(),
            deal_types: String::new(),
            min_term_months: String::new(),
            measure: "bookings".into(),
            attainment_percent: "100".into(),
        },
    ];
    d.payout_cap = "250000".into();
    d.draw = "3000".into();
    d.clawback_days = "90".into();
    let (toml, parsed) = check(&d);
    let plan = parsed.unwrap_or_else(|p| panic!("{p:?}\n{toml}"));
    assert_eq!(plan.measures.len(), 2);
    assert_eq!(plan.bonuses.len(), 2);
    for want in [
        "threshold = \"0.25\"",
        "cap = \"3\"",
        "{ from = \"0.5\", rate = \"0.07125\" }",
        "weight = \"0.2\"",
        "deal_types = [\"new\", \"expansion\"]",
        "min_term_months = 24",
        "attainment = \"1\"",
        "[payout]\ncap = \"250000\"",
        "[draw]\namount = \"3000\"\nrecoverable = true",
        "[clawback]\ndays = 90",
    ] {
        assert!(toml.contains(want), "{want:?} not in\n{toml}");
    }
}

#[test]
fn a_draft_names_its_problems_by_field_and_a_typed_name_stays_a_name() {
    let mut d = starter(2026);
    d.start = "1 Jan".into();
    d.measures[0].tiers[0].rate_percent = "five".into();
    let problems = write_toml(&d).unwrap_err();
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["plan start", "measure 1, tier 1, rate"]);

    // A decimal comma is refused, never read as a larger number; thousands are fine.
    let mut d = starter(2026);
    d.measures[0].tiers[0].rate_percent = "5,5".into();
    d.measures[0].quota = "1,200,000.50".into();
    let problems = write_toml(&d).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].message.contains("with a point"), "{problems:?}");
    d.measures[0].tiers[0].rate_percent = "5.5".into();
    assert!(write_toml(&d).unwrap().contains("quota = \"1200000.50\""));

    // The plan's own checks: a tier list that does not start at 0.
    let mut d = starter(2026);
    d.measures[0].tiers[0].from_percent = "10".into();
    let (_, parsed) = check(&d);
    let problems = parsed.unwrap_err();
    assert!(problems.iter().any(|p| p.message.contains('0')), "{problems:?}");

    // Quotes and new lines in a name cannot end the string or add a key.
    let mut d = starter(2026);
    d.name = "Evil\"\ncurrency = \"EUR".into();
    let (toml, parsed) = check(&d);
    let plan = parsed.unwrap_or_else(|p| panic!("{p:?}\n{toml}"));
    assert_eq!(plan.name, "Evil\"\ncurrency = \"EUR");
    assert_eq!(plan.currency, "USD");
}

#[test]
fn a_new_workspace_asks_for_a_plan_then_a_drafted_plan_is_saved_and_undone() {
    let dir = temp("new");
    let path = dir.join("team.plansight");
    let mut current = Current::create(&path).unwrap();
    assert!(matches!(current, Current::NeedsPlan(_)));
    assert!(Current::create(&path).is_err(), "an existing file is never replaced");
    let recent = Recent::at(Some(dir.join("recent.json")));
    assert_eq!(current.state(&recent).status, WorkspaceStatus::NeedsPlan);

    // No preview without a plan in effect; the plan's checks still run.
    let checked = current.check_draft(&maven_draft()).unwrap();
    assert!(checked.problems.is_empty() && checked.preview.is_none());
    let said = current.save_draft(&maven_draft(), "").unwrap();
    assert!(said.contains("plan version 1"), "{said}");
    let Current::Ready(s) = &mut current else {
        panic!("a plan makes it ready")
    };
    assert_eq!(s.overview().plan.name, "FY17 Hardware Sales Agent");

    // Reopened as it is: ready, never seeded with the sample.
    recent.remember(&path);
    let reopened = Current::open(&path);
    assert_eq!(reopened.state(&recent).status, WorkspaceStatus::Ready);
    assert_eq!(reopened.state(&recent).recent[0].name, "team");

    // A second draft, effective mid-year, is the next version; outside the year it is refused.
    let mut v2 = maven_draft();
    v2.measures[0].tiers[1].rate_percent = "8".into();
    let err = current.save_draft(&v2, "2018-03-01").unwrap_err();
    assert_eq!(err.place.as_deref(), Some("effective"));
    let said = current.save_draft(&v2, "2017-07-01").unwrap();
    assert!(said.contains("plan version 2"), "{said}");
    let Current::Ready(s) = &mut current else { panic!() };
    assert_eq!(s.plan_versions().unwrap().len(), 2);
    s.undo().unwrap();
    assert_eq!(s.plan_versions().unwrap().len(), 1, "undo takes the saved plan back");
}

#[test]
fn a_drafted_plans_preview_is_the_engines_calculation_of_it() {
    let dir = temp("preview");
    let path = dir.join("maven.plansight");
    let mut current = Current::create(&path).unwrap();
    current.save_draft(&maven_draft(), "").unwrap();
    let Current::Ready(s) = &mut current else { panic!() };
    let deals = std::fs::read(fixture("maven-crm/sales_pipeline.csv")).unwrap();
    let request = plansight_view::ImportRequest {
        kind: "deals".into(),
        map: "id=opportunity_id,seller=sales_agent,product=product,account=account,stage=deal_stage,close_date=close_date,amount=close_value".into(),
        stage: "Won=won,Lost=lost,Engaging=open,Prospecting=open".into(),
        defaults: "amount=0".into(),
        date_format: String::new(),
        chosen: None,
    };
    s.import_commit(&request, "sales_pipeline.csv", &deals).unwrap();

    // The same plan with 8% above quota: the preview is the engine's calculation of the
    // TOML the draft writes, seller by seller, to the cent.
    let mut richer = maven_draft();
    richer.measures[0].tiers[1].rate_percent = "8".into();
    let checked = current.check_draft(&richer).unwrap();
    let preview = checked.preview.expect("a preview over the imported deals");
    let Current::Ready(s) = &current else { panic!() };
    let inputs = plansight_plan::Inputs {
        plan: Plan::parse("drafted", &checked.toml).unwrap(),
        ..s.inputs().clone()
    };
    let by_engine = plansight_engine::calculate(&inputs).unwrap();
    assert!(!preview.rows.is_empty());
    for row in &preview.rows {
        assert_eq!(
            row.proposed,
            by_engine.seller(&row.id).unwrap().total.money(),
            "{}",
            row.id
        );
    }
    assert!(preview.winners > 0 && preview.losers == 0);
}

#[test]
fn the_import_screens_choices_are_taken_exactly_whatever_the_names_hold() {
    use plansight_view::{ChosenMapping, ColumnChoice, ImportRequest, StageChoice};
    let dir = temp("chosen");
    let mut s = plansight_session::Session::open(&dir.join("w.plansight")).unwrap();
    // A column named like Plansight's ("Amount") that must not be read, a header with a
    // comma and a stage value with "=": none of them can be written as CLI pairs.
    let csv = "Opportunity ID,Amount,\"Amount, USD\",Owner,Stage,Close Date\n\
               O-1,999,\"1,200.00\",s01,Closed = Won,2026-03-02\n\
               O-2,5,300.00,s02,Lost,2026-03-03\n";
    let col = |export: &str, ours: &str| ColumnChoice {
        export: export.into(),
        ours: ours.into(),
    };
    let req = ImportRequest {
        kind: "deals".into(),
        chosen: Some(ChosenMapping {
            columns: vec![
                col("Opportunity ID", "id"),
                col("Amount", ""),
                col("Amount, USD", "amount"),
                col("Owner", "seller"),
                col("Stage", "stage"),
                col("Close Date", "close_date"),
            ],
            stages: vec![
                StageChoice {
                    value: "Closed = Won".into(),
                    stage: "won".into(),
                },
                StageChoice {
                    value: "Lost".into(),
                    stage: "lost".into(),
                },
            ],
        }),
        ..Default::default()
    };
    let p = s.import_preview(&req, "export.csv", csv.as_bytes()).unwrap();
    assert!(p.ok, "{:?}", p.problems);
    assert_eq!(p.counts, "deals: 2 added, 0 changed, 0 removed, 0 unchanged");
    assert_eq!(
        (p.first[0].amount.as_str(), p.first[0].stage.as_str()),
        ("1200.00", "won")
    );
    assert!(p.mapping.contains("not imported: amount"), "{}", p.mapping);

    // Two columns chosen as one of ours: refused in words, nothing written.
    let mut twice = req.clone();
    if let Some(c) = &mut twice.chosen {
        c.columns[1].ours = "amount".into();
    }
    let p = s.import_preview(&twice, "export.csv", csv.as_bytes()).unwrap();
    assert!(
        !p.ok && p.problems.iter().any(|x| x.contains("both")),
        "{:?}",
        p.problems
    );

    let done = s.import_commit(&req, "export.csv", csv.as_bytes()).unwrap();
    assert!(done.ok, "{:?}", done.problems);
    let o1 = s
        .deals("s01")
        .unwrap()
        .into_iter()
        .find(|d| d.id == "O-1")
        .expect("O-1 imported");
    assert_eq!(o1.amount, "1200.00");
}

#[test]
fn a_plan_document_as_pdf_gives_its_text_and_a_file_without_text_is_refused() {
    use plansight_session::workspaces::pdf_document_text;
    // A PDF made by Plansight's own writer stands for a document exported from a word processor.
    let pdf = plansight_statement::write_pdf(&plansight_statement::Report {
        title: "FY26 Enterprise Account Executive Compensation Plan".into(),
        subtitle: vec!["Plan id ae-fy26".into()],
        blocks: vec![
            plansight_statement::Block::Heading("4. Accelerators".into()),
            plansight_statement::Block::Paragraph("Above 100% attainment New ARR pays 8% of credit.".into()),
        ],
        footer: "Plan document".into(),
    })
    .unwrap();
    let text = pdf_document_text(&pdf).unwrap();
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("4. Accelerators"), "{words}");
    assert!(words.contains("pays 8% of credit"), "{words}");

    let err = pdf_document_text(b"%PDF-1.7 not really").unwrap_err();
    assert_eq!(err.place.as_deref(), Some("document"));
    assert!(err.fix.unwrap().contains("Markdown"));
}

#[test]
fn a_copy_opens_as_the_same_workspace_and_a_restore_brings_it_back() {
    let dir = temp("copy");
    let mut s = plansight_session::Session::open(&dir.join("w.plansight")).unwrap();
    let before = s.overview().team_total;
    assert!(
        s.save_copy(&dir.join("w.plansight")).is_err(),
        "a copy never replaces its workspace"
    );
    let said = s.save_copy(&dir.join("copy.plansight")).unwrap();
    assert!(said.contains("copy.plansight"), "{said}");
    let copy = Current::open(&dir.join("copy.plansight"));
    let Current::Ready(c) = &copy else {
        panic!("the copy opens")
    };
    assert_eq!(c.overview().team_total, before);

    let seller = s.overview().sellers[0].id.clone();
    let deal = s
        .deals(&seller)
        .unwrap()
        .into_iter()
        .find(|d| d.stage == "won")
        .unwrap()
        .id;
    s.delete_deal(&seller, &deal).unwrap();
    assert_ne!(s.overview().team_total, before);
    let said = s.restore_backup(&dir.join("copy.plansight")).unwrap();
    assert!(said.contains(".backups"), "{said}");
    assert_eq!(s.overview().team_total, before, "restored as it was copied");
    assert!(s.restore_backup(&dir.join("none.plansight")).is_err());
}

#[test]
fn choices_over_a_file_already_in_our_columns_are_what_the_import_stores() {
    use plansight_view::{ChosenMapping, ColumnChoice, ImportRequest};
    let dir = temp("chosen-fast");
    let mut s = plansight_session::Session::open(&dir.join("w.plansight")).unwrap();
    // Readable as it is (the fast path would take it), but the user reads net_amount as
    // the amount and leaves the gross amount out.
    let csv = "id,amount,net_amount,seller,stage,close_date\nN-1,1000.00,800.00,s01,won,2026-03-02\n";
    let col = |export: &str, ours: &str| ColumnChoice {
        export: export.into(),
        ours: ours.into(),
    };
    let req = ImportRequest {
        kind: "deals".into(),
        chosen: Some(ChosenMapping {
            columns: vec![
                col("id", "id"),
                col("amount", ""),
                col("net_amount", "amount"),
                col("seller", "seller"),
                col("stage", "stage"),
                col("close_date", "close_date"),
            ],
            stages: Vec::new(),
        }),
        ..Default::default()
    };
    let p = s.import_preview(&req, "net.csv", csv.as_bytes()).unwrap();
    assert_eq!(p.first[0].amount, "800.00");
    let done = s.import_commit(&req, "net.csv", csv.as_bytes()).unwrap();
    assert!(done.ok, "{:?}", done.problems);
    let n1 = s.deals("s01").unwrap().into_iter().find(|d| d.id == "N-1").unwrap();
    assert_eq!(n1.amount, "800.00", "the import stores what the preview showed");
}
