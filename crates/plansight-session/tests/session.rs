//! The app's session on the sample workspace: deal edits with undo and redo, the
//! simulator against the engine's own what-if, saved scenarios, and an import with a
//! mapping, all without a window.

use plansight_plan::Scenario;
use plansight_session::{scenario_toml, FailureKind, Session};
use plansight_view::{DealForm, DealTweak, ImportRequest, MeasureTweak, Simulation, TierView};
use std::path::PathBuf;

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plansight-session-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("w.plansight")
}

fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(rel)
}

fn form(s: &Session, seller: &str, id: &str) -> DealForm {
    let r = s.deals(seller).unwrap().into_iter().find(|d| d.id == id).unwrap();
    DealForm {
        id: r.id,
        seller: r.seller,
        amount: r.amount,
        close_date: r.close_date,
        stage: r.stage,
        deal_type: r.deal_type,
        product: r.product,
        split_percent: r.split_percent,
        account: r.account,
        name: r.name,
    }
}

fn total(s: &Session, seller: &str) -> String {
    s.seller_detail(seller).unwrap().total
}

/// The first won deal of a seller that earns something.
fn earning_deal(s: &Session, seller: &str) -> String {
    s.deals(seller)
        .unwrap()
        .into_iter()
        .find(|d| d.stage == "won" && d.earnings != "0.00")
        .unwrap()
        .id
}

#[test]
fn a_first_start_seeds_the_sample_and_reopens_it() {
    let path = temp("seed");
    let s = Session::open(&path).unwrap();
    assert_eq!(s.overview().sellers.len(), 12);
    assert_eq!(s.history(10).unwrap().len(), 1);
    drop(s);
    let again = Session::open(&path).unwrap();
    assert_eq!(
        again.history(10).unwrap().len(),
        1,
        "a second start does not seed again"
    );
    let doc = again.document().unwrap().unwrap();
    assert!(doc.sections.len() > 2, "the sample document has sections");
    assert!(
        doc.rules.iter().any(|r| r.topic == "threshold"),
        "and the threshold's clause"
    );
}

#[test]
fn deals_list_their_earnings_and_explain_them() {
    let s = Session::open(&temp("deals")).unwrap();
    let deals = s.deals("s02").unwrap();
    assert!(deals.len() > 50);
    let id = earning_deal(&s, "s02");
    let e = s.explain("s02", &id).unwrap();
    assert!(!e.items.is_empty());
    assert!(e.items[0].text.contains(&id), "{}", e.items[0].text);
    assert_eq!(e.total, deals.iter().find(|d| d.id == id).unwrap().earnings);
    let e = s.deals("nobody").unwrap_err();
    assert!(e.message.contains("no seller"));
    assert_eq!(e.kind, FailureKind::NotFound);
}

#[test]
fn every_figure_of_my_plan_opens_its_items() {
    let s = Session::open(&temp("figures")).unwrap();
    let cents = |t: &str| t.replace('.', "").parse::<i128>().unwrap();
    let d = s.seller_detail("s02").unwrap();
    for a in &d.attainment {
        let e = s.explain_figure("s02", Some(&a.measure), &a.period).unwrap();
        assert_eq!(e.total, a.earnings);
        // The items add up to the figure (to the cent, each item rounded as shown).
        let sum: i128 = e.items.iter().map(|i| cents(&i.amount)).sum();
        assert!(
            (sum - cents(&a.earnings)).abs() <= e.items.len() as i128,
            "{} {}: items {sum} against {}",
            a.measure,
            a.period,
            a.earnings
        );
    }
    for p in &d.payouts {
        let e = s.explain_figure("s02", None, &p.period).unwrap();
        assert_eq!(e.total, p.payable);
        let sum: i128 = e.items.iter().map(|i| cents(&i.amount)).sum();
        assert!(
            (sum - cents(&p.payable)).abs() <= e.items.len() as i128,
            "{}: items {sum} against {}",
            p.period,
            p.payable
        );
    }
    assert!(s
        .explain_figure("s02", Some("new_arr"), "Q9")
        .unwrap_err()
        .message
        .contains("Q9"));
}

#[test]
fn editing_a_deal_recomputes_and_undo_and_redo_replay_it() {
    let path = temp("edit");
    let mut s = Session::open(&path).unwrap();
    let before = total(&s, "s02");
    let id = earning_deal(&s, "s02");
    let mut f = form(&s, "s02", &id);
    let amount: f64 = f.amount.parse().unwrap(); // only to make a bigger test amount
    f.amount = format!("{:.2}", amount * 3.0);
    let said = s.save_deal(Some(&id), &f).unwrap();
    assert!(said.contains("amount"), "{said}");
    let edited = total(&s, "s02");
    assert_ne!(edited, before);
    assert!(s.undo().unwrap().unwrap().contains(&id));
    assert_eq!(total(&s, "s02"), before);
    s.redo().unwrap().unwrap();
    assert_eq!(total(&s, "s02"), edited);
    drop(s);
    // The edit is in the workspace file, with its history.
    let s = Session::open(&path).unwrap();
    assert_eq!(total(&s, "s02"), edited);
    assert_eq!(s.history(10).unwrap()[0].action, "edit deal");
}

#[test]
fn a_bad_deal_form_is_refused_in_words_and_writes_nothing() {
    let mut s = Session::open(&temp("bad")).unwrap();
    let id = earning_deal(&s, "s02");
    let mut f = form(&s, "s02", &id);
    f.amount = "12,5x".into();
    let err = s.save_deal(Some(&id), &f).unwrap_err();
    assert!(err.message.contains("amount"), "{err}");
    assert_eq!(err.kind, FailureKind::Input, "a bad form is the user's to fix");
    assert_eq!(
        err.place.as_deref(),
        Some("amount"),
        "the window can point at the field"
    );
    f = form(&s, "s02", &id);
    f.close_date = "31/02/2026".into();
    assert!(s.save_deal(Some(&id), &f).unwrap_err().message.contains("close_date"));
    assert_eq!(s.history(10).unwrap().len(), 1, "nothing was written");
}

#[test]
fn adding_winning_and_dropping_deals() {
    let mut s = Session::open(&temp("add")).unwrap();
    let before = total(&s, "s02");
    let f = DealForm {
        id: "NEW-1".into(),
        seller: "s02".into(),
        amount: "250000.00".into(),
        close_date: "2026-05-10".into(),
        stage: "open".into(),
        deal_type: "new".into(),
        product: "Platform".into(),
        split_percent: "100".into(),
        ..Default::default()
    };
    s.save_deal(None, &f).unwrap();
    assert_eq!(total(&s, "s02"), before, "an open deal credits nothing");
    assert!(
        s.save_deal(None, &f).unwrap_err().message.contains("already"),
        "the same deal twice is refused"
    );
    s.set_stage("s02", "NEW-1", "won").unwrap();
    let won = total(&s, "s02");
    assert_ne!(won, before);
    s.set_stage("s02", "NEW-1", "lost").unwrap();
    assert_eq!(total(&s, "s02"), before);
    s.delete_deal("s02", "NEW-1").unwrap();
    assert!(s.deals("s02").unwrap().iter().all(|d| d.id != "NEW-1"));
    s.undo().unwrap();
    s.undo().unwrap();
    assert_eq!(total(&s, "s02"), won);
}

#[test]
fn the_simulator_agrees_with_the_engines_what_if() {
    let mut s = Session::open(&temp("sim")).unwrap();
    let id = earning_deal(&s, "s02");
    let measure = s.inputs().plan.measures[0].id.clone();
    let none = s
        .simulate(&Simulation {
            seller: "s02".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(none.delta, "0.00");
    assert_eq!(none.scenario_total, total(&s, "s02"));
    let sims = [
        Simulation {
            seller: "s02".into(),
            deals: vec![DealTweak {
                id: id.clone(),
                amount: Some("900000.00".into()),
                ..Default::default()
            }],
            ..Default::default()
        },
        Simulation {
            seller: "s02".into(),
            measures: vec![MeasureTweak {
                measure: measure.clone(),
                quota: Some("400000.00".into()),
                ..Default::default()
            }],
            ..Default::default()
        },
        Simulation {
            seller: "s02".into(),
            measures: vec![MeasureTweak {
                measure: measure.clone(),
                threshold_percent: Some(String::new()),
                cap_percent: Some("300".into()),
                tiers: Some(vec![
                    TierView {
                        from_percent: "0".into(),
                        rate_percent: "9.5".into(),
                    },
                    TierView {
                        from_percent: "80".into(),
                        rate_percent: "14".into(),
                    },
                ]),
                ..Default::default()
            }],
            target_incentive: Some("90,000.00".into()),
            ..Default::default()
        },
        Simulation {
            seller: "s02".into(),
            deals: vec![DealTweak {
                id: id.clone(),
                stage: Some("lost".into()),
                close_date: Some("2026-12-01".into()),
                ..Default::default()
            }],
            ..Default::default()
        },
    ];
    for sim in &sims {
        let view = s.simulate(sim).unwrap();
        assert_ne!(view.delta, "0.00", "{}", view.scenario_toml);
        // The same scenario through the engine's what-if over the whole team.
        let sc = Scenario::parse("t", &scenario_toml("t", sim).unwrap()).unwrap();
        let w = plansight_engine::whatif(s.inputs(), s.calculation(), &sc, "t").unwrap();
        assert_eq!(
            view.scenario_total,
            w.result.seller("s02").unwrap().total.money(),
            "{}",
            view.scenario_toml
        );
        let sum: i128 = view
            .periods
            .iter()
            .map(|p| p.scenario.replace('.', "").parse::<i128>().unwrap())
            .sum();
        let paid: i128 = w
            .result
            .seller("s02")
            .unwrap()
            .payouts
            .iter()
            .map(|p| p.payable.money().replace('.', "").parse::<i128>().unwrap())
            .sum();
        assert_eq!(sum, paid);
    }
    let bad = Simulation {
        seller: "s02".into(),
        measures: vec![MeasureTweak {
            measure: measure.clone(),
            quota: Some("lots".into()),
            ..Default::default()
        }],
        ..Default::default()
    };
    assert!(s.simulate(&bad).unwrap_err().message.contains("quota"));
}

#[test]
fn scenarios_are_saved_compared_and_deleted() {
    let mut s = Session::open(&temp("scen")).unwrap();
    let id = earning_deal(&s, "s02");
    let measure = s.inputs().plan.measures[0].id.clone();
    let bigger = Simulation {
        seller: "s02".into(),
        deals: vec![DealTweak {
            id: id.clone(),
            amount: Some("900000.00".into()),
            ..Default::default()
        }],
        ..Default::default()
    };
    let lower = Simulation {
        seller: "s02".into(),
        measures: vec![MeasureTweak {
            measure,
            quota: Some("300000.00".into()),
            ..Default::default()
        }],
        ..Default::default()
    };
    s.save_scenario("Bigger deal", "for the QBR", &bigger).unwrap();
    s.save_scenario("Lower quota", "", &lower).unwrap();
    assert!(s.save_scenario(" ", "", &lower).is_err());
    let names: Vec<String> = s.scenarios().unwrap().into_iter().map(|v| v.name).collect();
    assert_eq!(names, ["Bigger deal", "Lower quota"]);
    let c = s.compare("s02", &names).unwrap();
    assert_eq!(c.columns, ["Base", "Bigger deal", "Lower quota"]);
    assert_eq!(c.totals[0], total(&s, "s02"));
    assert_eq!(c.totals[1], s.simulate(&bigger).unwrap().scenario_total);
    assert_eq!(c.totals[2], s.simulate(&lower).unwrap().scenario_total);
    s.delete_scenario("Bigger deal").unwrap();
    assert_eq!(s.scenarios().unwrap().len(), 1);
    s.undo().unwrap();
    assert_eq!(s.scenarios().unwrap().len(), 2);
}

#[test]
fn an_export_with_a_mapping_is_previewed_then_imported_and_remembered() {
    let mut s = Session::open(&temp("import")).unwrap();
    let lines = s.inputs().lines.len();
    let bytes = std::fs::read(fixture("salesforce/opportunities.csv")).unwrap();
    let name = "opportunities.csv";
    let mut req = ImportRequest {
        kind: "deals".into(),
        map: "id=Opportunity ID,seller=Opportunity Owner,account=Account Name,name=Opportunity Name,type=Type,product=Product Name,stage=Stage,amount=Amount,close_date=Close Date".into(),
        stage: "Closed Won=won,Closed Lost=lost".into(),
        defaults: String::new(),
        date_format: "%m/%d/%Y".into(),
        chosen: None,
    };
    // A stage the mapping does not know: every problem, with its line and column.
    let p = s.import_preview(&req, name, &bytes).unwrap();
    assert!(!p.ok);
    assert!(
        p.problems
            .iter()
            .any(|x| x.contains("opportunities.csv:") && x.contains("Negotiation/Review")),
        "{:?}",
        p.problems
    );
    req.stage.push_str(",Negotiation/Review=open");
    let p = s.import_preview(&req, name, &bytes).unwrap();
    assert!(p.ok, "{:?}", p.problems);
    assert_eq!(p.counts, "deals: 5 added, 0 changed, 0 removed, 0 unchanged");
    assert_eq!(p.first[0].amount, "125000.00");
    assert_eq!(s.history(10).unwrap().len(), 1, "a preview writes nothing");
    let done = s.import_commit(&req, name, &bytes).unwrap();
    assert!(done.ok);
    assert_eq!(s.history(10).unwrap()[0].action, "import deals");
    assert_eq!(s.inputs().lines.len(), lines + 5);
    assert!(
        s.overview().warnings.iter().any(|w| w.contains("Jordan Rossi")),
        "owners off the roster are warned about"
    );
    // The same file again, without a mapping: the remembered one is used.
    let again = ImportRequest {
        map: String::new(),
        stage: String::new(),
        date_format: String::new(),
        ..req
    };
    let p = s.import_preview(&again, name, &bytes).unwrap();
    assert!(p.ok, "{:?}", p.problems);
    assert_eq!(p.counts, "deals: 0 added, 0 changed, 0 removed, 5 unchanged");
    s.undo().unwrap();
    assert_eq!(s.inputs().lines.len(), lines);
}

/// A file's name from the window is only a name: a workbook called `../../x.xlsx` or
/// `/tmp/x.xlsx` is read from memory, and nothing is written outside (or inside) the
/// temporary folder under that name.
#[test]
fn an_import_never_builds_a_path_from_the_file_name() {
    let s = Session::open(&temp("import-names")).unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["id", "seller", "amount", "close_date", "stage"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (c, v) in ["X-1", "s01", "1200.50", "2026-03-02", "won"].iter().enumerate() {
        sheet.write_string(1, c as u16, *v).unwrap();
    }
    let bytes = book.save_to_buffer().unwrap();
    let escape = std::env::temp_dir().join("plansight-escaped.xlsx");
    let _ = std::fs::remove_file(&escape);
    let req = ImportRequest {
        kind: "deals".into(),
        ..Default::default()
    };
    for name in [
        "../plansight-escaped.xlsx",
        escape.to_str().unwrap(),
        "sub/../../plansight-escaped.xlsx",
    ] {
        let p = s.import_preview(&req, name, &bytes).unwrap();
        assert!(p.ok, "{name}: {:?}", p.problems);
        assert_eq!(p.counts, "deals: 1 added, 0 changed, 0 removed, 0 unchanged", "{name}");
        assert!(!escape.exists(), "{name} was written outside the temporary folder");
    }
}

#[test]
fn charts_are_drawn_from_the_engines_figures() {
    use plansight_charts::{Chart, Theme};
    use plansight_session::ChartKind;
    let path = temp("charts");
    let mut s = Session::open(&path).unwrap();
    let curve = s.payout_curve("s02", None).unwrap();
    assert!(
        curve.points.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 <= w[1].1),
        "earnings never fall as attainment rises: {:?}",
        curve.points
    );
    assert_eq!(curve.points[0], (0, 0));
    let (at, earned) = curve.position.unwrap();
    assert!(at > 0 && earned > 0);
    let measure = s.inputs().plan.measures[0].id.clone();
    let richer = Simulation {
        seller: "s02".into(),
        measures: vec![MeasureTweak {
            measure,
            tiers: Some(vec![TierView {
                from_percent: "0".into(),
                rate_percent: "20".into(),
            }]),
            ..Default::default()
        }],
        ..Default::default()
    };
    let scen = s.payout_curve("s02", Some(&richer)).unwrap();
    assert!(scen.scenario.unwrap().1 > earned);
    assert_eq!(scen.scenario_points.len(), scen.points.len());
    assert!(scen.scenario_points.last().unwrap().1 > scen.points.last().unwrap().1);
    // A deal tweak beside the plan change: the curve keeps the plan change, the marker both.
    let id = earning_deal(&s, "s02");
    let both = Simulation {
        deals: vec![DealTweak {
            id,
            amount: Some("900000.00".into()),
            ..Default::default()
        }],
        ..richer.clone()
    };
    let mixed = s.payout_curve("s02", Some(&both)).unwrap();
    assert_eq!(mixed.scenario_points, scen.scenario_points);
    assert!(
        mixed.scenario.unwrap().0 > scen.scenario.unwrap().0,
        "the bigger deal moves the marker right"
    );

    let svg = s
        .chart(ChartKind::Curve, "s02", Some(&richer), Theme::Light, (720, 340))
        .unwrap();
    for needle in ["You now", "Scenario", "Attainment of quota", "Earnings (USD)"] {
        assert!(svg.contains(needle), "curve misses {needle}");
    }
    let svg = s
        .chart(ChartKind::Credit, "s02", None, Theme::Dark, (720, 340))
        .unwrap();
    assert!(svg.contains("Quota") && svg.contains("Cumulative credit") && svg.contains("Credit (USD)"));
    let svg = s
        .chart(ChartKind::Payouts, "s02", Some(&richer), Theme::Light, (720, 340))
        .unwrap();
    assert!(svg.contains("Base") && svg.contains("Scenario"));
    let svg = s.chart(ChartKind::Team, "", None, Theme::Light, (720, 340)).unwrap();
    assert!(svg.contains("12 sellers"));

    // PLANSIGHT_CHART_OUT keeps PNGs of every chart in both themes, to look at.
    let out = std::env::var_os("PLANSIGHT_CHART_OUT")
        .map(PathBuf::from)
        .unwrap_or_else(|| path.with_file_name("pack"));
    let files = s.export_charts("s02", &out).unwrap();
    assert_eq!(files.len(), 8, "{files:?}");
    assert!(files.iter().all(|f| std::fs::metadata(f).unwrap().len() > 2_000));
    let dark = s.payout_curve("s02", Some(&richer)).unwrap();
    dark.png(Theme::Dark, 1200, 600, &out.join("s02-payout-curve-scenario-dark.png"))
        .unwrap();
    s.credit_chart("s01")
        .unwrap()
        .png(Theme::Dark, 1200, 600, &out.join("s01-credit-dark.png"))
        .unwrap();
}

#[test]
fn the_team_review_ranks_sellers_and_shows_a_scenarios_change() {
    let mut s = Session::open(&temp("review")).unwrap();
    let plain = s.team_review(None).unwrap();
    assert_eq!(plain.rows.len(), 12);
    assert_eq!(
        plain.rows.iter().map(|r| r.rank).collect::<Vec<_>>(),
        (1..=12).collect::<Vec<u32>>()
    );
    let earnings = |r: &plansight_view::ReviewRow| r.earnings.replace('.', "").parse::<i128>().unwrap();
    assert!(
        plain.rows.windows(2).all(|w| earnings(&w[0]) >= earnings(&w[1])),
        "ranked by earnings"
    );
    assert!(plain.rows.iter().all(|r| r.delta.is_none() && r.pace_percent.is_some()));
    // Pace: attainment over the share of the year gone by.
    let elapsed: f64 = plain.elapsed_percent.parse().unwrap();
    let r = &plain.rows[0];
    let (att, pace): (f64, f64) = (
        r.attainment_percent.parse().unwrap(),
        r.pace_percent.as_deref().unwrap().parse().unwrap(),
    );
    assert!(
        (pace - att * 100.0 / elapsed).abs() < 0.2,
        "pace {pace}, attainment {att}, elapsed {elapsed}"
    );

    let id = earning_deal(&s, "s02");
    let bigger = Simulation {
        seller: "s02".into(),
        deals: vec![DealTweak {
            id,
            amount: Some("900000.00".into()),
            ..Default::default()
        }],
        ..Default::default()
    };
    s.save_scenario("Bigger deal", "", &bigger).unwrap();
    let review = s.team_review(Some("Bigger deal")).unwrap();
    let s02 = review.rows.iter().find(|r| r.id == "s02").unwrap();
    assert_eq!(
        s02.scenario_earnings.as_deref(),
        Some(s.simulate(&bigger).unwrap().scenario_total.as_str())
    );
    assert!(
        review
            .rows
            .iter()
            .filter(|r| r.id != "s02")
            .all(|r| r.delta.as_deref() == Some("0.00")),
        "only s02 changes"
    );
    assert_eq!(review.delta.as_deref(), s02.delta.as_deref());

    let dir = temp("review-export").with_file_name("exports");
    let files = s.export_review(Some("Bigger deal"), &dir).unwrap();
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "team-review.csv",
            "team-review.xlsx",
            "team-attainment.png",
            "team-attainment.svg",
            "team-scenario.png",
            "team-scenario.svg"
        ]
    );
    let csv = std::fs::read_to_string(&files[0]).unwrap();
    assert!(
        csv.starts_with(
            "rank,seller,name,manager,territory,attainment_percent,pace_percent,earnings,scenario_earnings,delta\n"
        ),
        "{csv}"
    );
    assert!(
        csv.contains(&format!(
            ",{},{},{}",
            s02.earnings,
            s02.scenario_earnings.as_deref().unwrap(),
            s02.delta.as_deref().unwrap()
        )),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 13);
    // The workbook reads back through the import's own XLSX reader.
    let book = plansight_import::Table::read(&files[1], None).unwrap();
    assert!(book.rows.len() >= 12, "{} rows", book.rows.len());
    if let Some(out) = std::env::var_os("PLANSIGHT_CHART_OUT") {
        for f in &files {
            std::fs::copy(f, PathBuf::from(&out).join(f.file_name().unwrap())).unwrap();
        }
    }
    assert!(s.team_review(Some("no such")).unwrap_err().message.contains("no such"));
}

#[test]
fn the_plan_designer_previews_a_change_over_the_whole_team() {
    let mut s = Session::open(&temp("designer")).unwrap();
    let measure = s.inputs().plan.measures[0].id.clone();
    let same = s.plan_preview(&Simulation::default(), None).unwrap();
    assert_eq!(same.delta, "0.00");
    assert_eq!((same.winners, same.losers), (0, 0));
    assert_eq!(same.current_total, s.overview().team_total);
    let richer = Simulation {
        measures: vec![MeasureTweak {
            measure: measure.clone(),
            tiers: Some(vec![
                TierView {
                    from_percent: "0".into(),
                    rate_percent: "4".into(),
                },
                TierView {
                    from_percent: "50".into(),
                    rate_percent: "6".into(),
                },
                TierView {
                    from_percent: "100".into(),
                    rate_percent: "10".into(),
                },
                TierView {
                    from_percent: "150".into(),
                    rate_percent: "14".into(),
                },
            ]),
            ..Default::default()
        }],
        ..Default::default()
    };
    let p = s.plan_preview(&richer, None).unwrap();
    // The same plan change through the engine's what-if, seller by seller.
    let sc = Scenario::parse("t", &scenario_toml("t", &richer).unwrap()).unwrap();
    let w = plansight_engine::whatif(s.inputs(), s.calculation(), &sc, "t").unwrap();
    for r in &p.rows {
        assert_eq!(r.proposed, w.result.seller(&r.id).unwrap().total.money());
    }
    assert!(
        p.winners > 0 && p.losers == 0,
        "higher rates only help: {} winners, {} losers",
        p.winners,
        p.losers
    );
    let deltas: Vec<i128> = p
        .rows
        .iter()
        .map(|r| r.delta.replace('.', "").parse().unwrap())
        .collect();
    assert!(deltas.windows(2).all(|w| w[0] >= w[1]), "biggest gain first");
    let svg = s
        .plan_preview_chart(&richer, None, plansight_charts::Theme::Light, (720, 340))
        .unwrap();
    assert!(svg.contains("Proposed plan"));
    let bad = Simulation {
        measures: vec![MeasureTweak {
            measure,
            cap_percent: Some("ten".into()),
            ..Default::default()
        }],
        ..Default::default()
    };
    assert!(s.plan_preview(&bad, None).is_err());
    // A change to the deals is seen by the next preview of the same plan change.
    let before = s.plan_preview(&richer, None).unwrap();
    let id = earning_deal(&s, "s02");
    let mut f = form(&s, "s02", &id);
    f.amount = "900000.00".into();
    s.save_deal(Some(&id), &f).unwrap();
    let after = s.plan_preview(&richer, None).unwrap();
    assert_eq!(after.current_total, s.overview().team_total);
    assert_ne!(after.proposed_total, before.proposed_total);
}

#[test]
fn the_plan_designers_change_is_saved_as_a_new_version_exactly_as_previewed_and_undone() {
    let path = temp("designer-save");
    let mut s = Session::open(&path).unwrap();
    let measure = s.inputs().plan.measures[0].id.clone();
    let before = s.overview().team_total;
    let versions = s.plan_versions().unwrap().len();
    assert!(
        s.save_designed_plan(&Simulation::default(), None, "").is_err(),
        "no change, nothing saved"
    );
    let tier = |from: &str, rate: &str| TierView {
        from_percent: from.into(),
        rate_percent: rate.into(),
    };
    let change = Simulation {
        measures: vec![MeasureTweak {
            measure,
            threshold_percent: Some("40".into()),
            cap_percent: Some("180".into()),
            quota: Some("1100000".into()),
            tiers: Some(vec![
                tier("0", "4"),
                tier("50", "9"),
                tier("100", "8"),
                tier("150", "12"),
            ]),
        }],
        target_incentive: Some("80000".into()),
        ..Default::default()
    };
    let preview = s.plan_preview(&change, None).unwrap();
    assert!(
        s.save_designed_plan(&change, None, "2030-01-01").is_err(),
        "a date outside the plan year"
    );
    assert!(s.save_designed_plan(&change, None, "next week").is_err(), "not a date");
    assert_eq!(s.plan_versions().unwrap().len(), versions, "nothing written");
    let message = s.save_designed_plan(&change, None, "").unwrap();
    assert!(message.starts_with("Saved as plan version"), "{message}");
    // The new version is in effect, and the team is paid exactly as the preview said.
    let list = s.plan_versions().unwrap();
    assert_eq!(list.len(), versions + 1);
    assert!(list.last().unwrap().in_effect);
    assert_eq!(s.overview().team_total, preview.proposed_total);
    assert_eq!(s.overview().plan.measures[0].threshold_percent.as_deref(), Some("40"));
    // The saved TOML keeps the original's comments and other rules.
    let saved = plansight_store::Workspace::open(&path)
        .unwrap()
        .plan_version(None)
        .unwrap();
    assert!(
        saved.source.contains("# Section 3 of the plan document"),
        "comments kept"
    );
    assert!(saved.document.is_some(), "the plan's document kept");
    s.undo().unwrap();
    assert_eq!(s.plan_versions().unwrap().len(), versions);
    assert_eq!(s.overview().team_total, before);
}

#[test]
fn the_plan_designer_opens_another_plan_version_over_this_years_history() {
    let path = temp("versions");
    let original = Session::open(&path).unwrap().overview().team_total;
    // A new version with a 6% middle tier instead of 5% becomes the plan in effect.
    let source = include_str!("../../../sample-data/ae-fy26.toml").replace(
        "{ from = \"0.5\", rate = \"0.05\" }",
        "{ from = \"0.5\", rate = \"0.06\" }",
    );
    let mut ws = plansight_store::Workspace::open(&path).unwrap();
    ws.import_plan("ae-fy26-v2.toml", &source, None, None).unwrap();
    drop(ws);
    let mut s = Session::open(&path).unwrap();
    assert_eq!(s.overview().plan.measures[0].tiers[1].rate_percent, "6");
    let versions = s.plan_versions().unwrap();
    assert_eq!(versions.len(), 2);
    assert!(!versions[0].in_effect && versions[1].in_effect, "{versions:?}");
    let old = s.plan_of_version(versions[0].version).unwrap();
    assert_eq!(old.measures[0].tiers[1].rate_percent, "5");
    // The older rules over this year's deals: exactly what the team earned under them.
    let preview = s
        .plan_preview(&Simulation::default(), Some(versions[0].version))
        .unwrap();
    assert_eq!(preview.proposed_total, original);
    assert_eq!(preview.current_total, s.overview().team_total);
    assert!(
        preview.delta.starts_with('-') && preview.winners == 0,
        "5% pays less than 6%: {}",
        preview.delta
    );
    assert!(s.plan_of_version(99).unwrap_err().message.contains("99"));
}

#[test]
fn the_assistant_answers_from_the_open_workspace() {
    let mut s = Session::open(&temp("ask")).unwrap();
    let a = s.ask("s02", "How much have I earned?", &Default::default()).unwrap();
    assert_eq!(a.intent, "earnings");
    assert!(
        a.answer.contains(&total(&s, "s02").replace("68008", "68,008")),
        "{}",
        a.answer
    );
    let rule = s.ask("s02", "what is the threshold", &Default::default()).unwrap();
    assert!(rule.citations[0].starts_with("§3.2"));
    // After an edit, the answer follows the workspace.
    let id = earning_deal(&s, "s02");
    let mut f = form(&s, "s02", &id);
    f.amount = "900000.00".into();
    s.save_deal(Some(&id), &f).unwrap();
    let again = s.ask("s02", "How much have I earned?", &Default::default()).unwrap();
    assert_ne!(again.answer, a.answer);
    assert_eq!(
        again.figures.iter().find(|f| f.name == "total").unwrap().value,
        total(&s, "s02")
    );
}

#[test]
fn without_the_model_the_answer_keeps_the_template_and_says_why() {
    let s = Session::open(&temp("ask-model")).unwrap();
    let mut worker =
        plansight_ask::worker::Worker::new(std::env::temp_dir().join("no-such-plansight-model-worker"), Vec::new());
    let a = s
        .ask_with_model(
            "s02",
            "How much have I earned?",
            &Default::default(),
            &mut worker,
            |_| true,
        )
        .unwrap();
    assert_eq!(a.wording, "template");
    assert!(a.note.as_deref().unwrap().contains("not available"), "{:?}", a.note);
    assert_eq!(
        a.answer,
        s.ask("s02", "How much have I earned?", &Default::default())
            .unwrap()
            .answer
    );
}

#[test]
fn the_import_screen_starts_from_a_guess_then_from_the_mapping_remembered() {
    let mut s = Session::open(&temp("import-guess")).unwrap();
    let csv = include_bytes!("../../../tests/fixtures/salesforce/opportunities.csv");
    let g = s.import_guess("deals", "opportunities.csv", csv).unwrap();
    assert!(!g.remembered);
    let ours: Vec<&str> = g.columns.iter().map(|c| c.ours.as_str()).collect();
    assert_eq!(
        ours,
        [
            "seller",
            "account",
            "name",
            "type",
            "product",
            "stage",
            "amount",
            "close_date",
            "id",
            ""
        ]
    );
    assert_eq!(g.date_format, "%m/%d/%Y");
    assert_eq!(&g.required, &["id", "seller", "amount", "close_date"]);
    let stage =
        |g: &plansight_view::ImportGuess, v: &str| g.stages.iter().find(|s| s.value == v).map(|s| s.stage.clone());
    assert_eq!(stage(&g, "Closed Won").as_deref(), Some("won"));
    assert_eq!(
        stage(&g, "Negotiation/Review"),
        None,
        "a word no guess reads is left to the user"
    );
    assert!(g
        .date_formats
        .iter()
        .any(|d| d.format.is_empty() && d.example == "2026-12-31"));
    // Imported once with that word mapped, the file's next guess is the mapping used.
    let req = ImportRequest {
        kind: "deals".into(),
        map: "seller=Opportunity Owner,account=Account Name,name=Opportunity Name,type=Type,product=Product Name,stage=Stage,amount=Amount,close_date=Close Date,id=Opportunity ID".into(),
        stage: "Closed Won=won,Closed Lost=lost,Negotiation/Review=open".into(),
        defaults: String::new(),
        date_format: "%m/%d/%Y".into(),
        chosen: None,
    };
    assert!(s.import_commit(&req, "opportunities.csv", csv).unwrap().ok);
    let again = s.import_guess("deals", "opportunities.csv", csv).unwrap();
    assert!(again.remembered);
    assert_eq!(stage(&again, "Negotiation/Review").as_deref(), Some("open"));
    let ours: Vec<&str> = again.columns.iter().map(|c| c.ours.as_str()).collect();
    assert_eq!(
        ours,
        [
            "seller",
            "account",
            "name",
            "type",
            "product",
            "stage",
            "amount",
            "close_date",
            "id",
            ""
        ]
    );
    assert!(s.import_guess("invoices", "opportunities.csv", csv).is_err());
}
