//! The workspace round-trips the sample data, refuses bad input without writing, and
//! explains damaged or too-new files.

mod common;

use common::{sample, temp};
use plansight_plan::Cents;
use plansight_store::{ImportFiles, StoreError, Workspace};
use std::path::Path;

fn import_sample(ws: &mut Workspace, deals: &[u8]) -> Result<(usize, usize), StoreError> {
    let plan = String::from_utf8(sample("ae-fy26.toml")).unwrap();
    let doc = String::from_utf8(sample("ae-fy26.md")).unwrap();
    let sellers = sample("sellers.csv");
    ws.import(&ImportFiles {
        plan_file: "ae-fy26.toml",
        plan: &plan,
        document: Some(&doc),
        deals_file: "deals.csv",
        deals,
        sellers: Some(("sellers.csv", &sellers)),
    })
}

#[test]
fn sample_round_trips_exactly() {
    let path = temp("roundtrip");
    let mut ws = Workspace::open(&path).unwrap();
    let (sellers, lines) = import_sample(&mut ws, &sample("deals.csv")).unwrap();
    assert_eq!(sellers, 12);
    assert!(lines >= 1_500);
    drop(ws);

    let ws = Workspace::open(&path).unwrap();
    let stored = ws.inputs(None).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sample-data");
    let files = plansight_plan::load_inputs(
        &root.join("ae-fy26.toml"),
        &root.join("deals.csv"),
        Some(&root.join("sellers.csv")),
        None,
    )
    .unwrap();
    assert_eq!(stored.lines, files.lines);
    assert_eq!(stored.roster, files.roster);
    assert_eq!(stored.plan.measures, files.plan.measures);
    assert!(ws.document().unwrap().unwrap().contains("Cancellations and clawback"));
    assert_eq!(ws.schema_version().unwrap(), plansight_store::SCHEMA_VERSION);
}

#[test]
fn a_bad_row_writes_nothing() {
    let path = temp("badrow");
    let mut ws = Workspace::open(&path).unwrap();
    import_sample(&mut ws, &sample("deals.csv")).unwrap();
    let before = ws.inputs(None).unwrap().lines;

    let mut deals = String::from_utf8(sample("deals.csv")).unwrap();
    deals.push_str("D-BAD,s01,,,new,Platform,12x00,2026-13-01,won,1,,12,,USD\n");
    let err = import_sample(&mut ws, deals.as_bytes()).unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, StoreError::Input(_)));
    assert!(
        text.contains("deals.csv") && text.contains("amount") && text.contains("close_date"),
        "{text}"
    );
    assert_eq!(ws.inputs(None).unwrap().lines, before);
}

#[test]
fn a_file_that_is_not_a_workspace_is_explained() {
    let path = temp("garbage");
    std::fs::write(&path, vec![0x42u8; 8192]).unwrap();
    let err = Workspace::open(&path).err().expect("garbage must not open");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err}");
    assert!(err.to_string().contains("backup"));
}

#[test]
fn load_reads_what_open_reads_and_refuses_a_damaged_file() {
    let path = temp("load");
    let mut ws = Workspace::open(&path).unwrap();
    import_sample(&mut ws, &sample("deals.csv")).unwrap();
    let expected = ws.inputs(None).unwrap();
    drop(ws);
    let (_, inputs) = Workspace::load(&path, None).unwrap();
    assert_eq!(inputs.lines, expected.lines);
    assert_eq!(inputs.roster, expected.roster);
    assert!(matches!(
        Workspace::load(&temp("load-missing"), None),
        Err(StoreError::Missing { .. })
    ));

    let garbage = temp("load-garbage");
    std::fs::write(&garbage, vec![0x42u8; 8192]).unwrap();
    assert!(matches!(
        Workspace::load(&garbage, None),
        Err(StoreError::Damaged { .. })
    ));

    // A valid header over damaged pages: the check (or the read) must refuse it.
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    assert!(bytes.len() > 8 * page, "the sample workspace spans pages");
    let end = bytes.len() - page;
    for b in &mut bytes[3 * page..end] {
        *b ^= 0x5a;
    }
    let damaged = temp("load-damaged");
    std::fs::write(&damaged, bytes).unwrap();
    let err = Workspace::load(&damaged, None)
        .err()
        .expect("a damaged file must not load");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err}");
}

#[test]
fn an_empty_workspace_says_to_import() {
    let ws = Workspace::open(&temp("empty")).unwrap();
    assert!(ws.inputs(None).unwrap_err().to_string().contains("import"));
}

#[test]
fn a_newer_schema_is_refused() {
    let path = temp("newer");
    drop(Workspace::open(&path).unwrap());
    // As a future build would leave it.
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let err = Workspace::open(&path).err().expect("newer schema must be refused");
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err}");
}

/// The sample deals with one amount changed, one line dropped and one added.
fn edited_deals() -> Vec<u8> {
    let text = String::from_utf8(sample("deals.csv")).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    assert!(lines[1].starts_with("D-000001,s03,"));
    lines[1] = lines[1].replace(",14269.00,", ",15269.00,");
    lines.remove(2);
    lines.push("D-NEW-1,s01,Acme Corp,Acme new,new,Platform,5000.00,2026-04-01,won,1,,12,,USD".into());
    (lines.join("\n") + "\n").into_bytes()
}

#[test]
fn a_re_import_reports_and_applies_only_the_differences() {
    let path = temp("reimport");
    let mut ws = Workspace::open(&path).unwrap();
    import_sample(&mut ws, &sample("deals.csv")).unwrap();
    let before = ws.inputs(None).unwrap().lines;

    let same = ws.import_deals("deals.csv", &sample("deals.csv"), "deals.csv").unwrap();
    assert_eq!(
        (same.added, same.changed, same.removed),
        (0, 0, 0),
        "the same export changes nothing"
    );
    assert_eq!(same.change, None);

    let preview = ws.preview_deals("deals.csv", &edited_deals(), "deals.csv").unwrap();
    assert_eq!((preview.added, preview.changed, preview.removed), (1, 1, 1));
    assert!(
        preview
            .examples
            .iter()
            .any(|e| e.0 == "changed" && e.2.contains("amount 14269.00 -> 15269.00")),
        "{:?}",
        preview.examples
    );
    assert_eq!(ws.inputs(None).unwrap().lines, before, "a preview writes nothing");

    let done = ws.import_deals("deals.csv", &edited_deals(), "deals.csv").unwrap();
    assert_eq!((done.added, done.changed, done.removed), (1, 1, 1));
    let after = ws.inputs(None).unwrap().lines;
    assert_eq!(after.len(), before.len());
    assert!(after.iter().any(|l| l.id == "D-NEW-1"));
    assert_eq!(
        after.iter().find(|l| l.id == "D-000001").unwrap().amount,
        Cents(1_526_900)
    );
}

#[test]
fn undo_and_redo_replay_the_audit_log_across_restarts() {
    let path = temp("undo");
    let mut ws = Workspace::open(&path).unwrap();
    ws.set_who("alex");
    import_sample(&mut ws, &sample("deals.csv")).unwrap();
    let original = ws.inputs(None).unwrap();
    ws.import_deals("deals.csv", &edited_deals(), "deals.csv").unwrap();
    let edited = ws.inputs(None).unwrap();
    assert_ne!(edited.lines, original.lines);
    drop(ws);

    let mut ws = Workspace::open(&path).unwrap();
    let undone = ws.undo().unwrap().expect("something to undo");
    assert_eq!(undone.action, "import deals");
    assert_eq!(undone.who, "alex");
    assert_eq!(
        ws.inputs(None).unwrap().lines,
        original.lines,
        "undo restores every line, in order"
    );
    drop(ws);

    let mut ws = Workspace::open(&path).unwrap();
    ws.redo().unwrap().expect("something to redo");
    assert_eq!(ws.inputs(None).unwrap().lines, edited.lines);
    ws.undo().unwrap();
    ws.undo().unwrap().expect("the first import");
    assert!(
        matches!(ws.inputs(None), Err(StoreError::Empty { .. })),
        "undoing the first import empties the workspace"
    );
    // Inserted rows are logged by key; the undo kept their full images for the redo.
    ws.redo().unwrap().expect("the first import again");
    assert_eq!(
        ws.inputs(None).unwrap().lines,
        original.lines,
        "redo re-inserts every line, in order"
    );
    ws.redo().unwrap().expect("the edit again");
    assert_eq!(ws.inputs(None).unwrap().lines, edited.lines);
    ws.undo().unwrap();
    ws.undo().unwrap();
    assert!(matches!(ws.inputs(None), Err(StoreError::Empty { .. })));
    assert!(ws.undo().unwrap().is_none());
    let h = ws.history(10).unwrap();
    assert_eq!(
        h.iter().map(|c| c.state.as_str()).collect::<Vec<_>>(),
        ["undone", "undone"]
    );

    // A new change after undo discards the redo.
    import_sample(&mut ws, &sample("deals.csv")).unwrap();
    assert!(ws.redo().unwrap().is_none());
    assert_eq!(
        ws.history(10)
            .unwrap()
            .iter()
            .map(|c| c.state.as_str())
            .collect::<Vec<_>>(),
        ["done", "discarded", "discarded"]
    );
}

#[test]
fn scenarios_are_saved_replaced_deleted_and_undone() {
    let path = temp("scenarios");
    let mut ws = Workspace::open(&path).unwrap();
    import_sample(&mut ws, &sample("deals.csv")).unwrap();
    let src = String::from_utf8(sample("scenarios/big-march-deal.toml")).unwrap();
    let name = ws
        .save_scenario("big-march-deal.toml", &src, Some("for the QBR"))
        .unwrap();
    assert_eq!(
        ws.scenario(&name).unwrap().unwrap().notes.as_deref(),
        Some("for the QBR")
    );
    ws.save_scenario("big-march-deal.toml", &src, Some("revised")).unwrap();
    assert_eq!(ws.scenarios().unwrap().len(), 1);
    ws.delete_scenario(&name).unwrap();
    assert!(ws.scenario(&name).unwrap().is_none());
    ws.undo().unwrap();
    assert_eq!(ws.scenario(&name).unwrap().unwrap().notes.as_deref(), Some("revised"));
    ws.undo().unwrap();
    assert_eq!(
        ws.scenario(&name).unwrap().unwrap().notes.as_deref(),
        Some("for the QBR")
    );
    let bad = ws
        .save_scenario("bad.toml", "name = \"x\"\nremove = 3\n", None)
        .unwrap_err();
    assert!(matches!(bad, StoreError::Input(_)), "{bad}");
}

#[test]
fn plan_versions_are_effective_dated() {
    let path = temp("versions");
    let mut ws = Workspace::open(&path).unwrap();
    import_sample(&mut ws, &sample("deals.csv")).unwrap();
    let plan = String::from_utf8(sample("ae-fy26.toml")).unwrap();
    let mid_year = plan.replace("name = \"", "name = \"Mid-year ");
    let v2 = ws
        .import_plan("ae-fy26-h2.toml", &mid_year, None, Some("2026-08-01".parse().unwrap()))
        .unwrap();
    assert_eq!(v2, 2);
    assert_eq!(ws.plan_version(Some("2026-05-31".parse().unwrap())).unwrap().version, 1);
    assert_eq!(ws.plan_version(Some("2026-09-30".parse().unwrap())).unwrap().version, 2);
    assert!(ws.inputs(None).unwrap().plan.name.starts_with("Mid-year"));
}

#[test]
fn backup_and_restore_bring_back_the_earlier_state() {
    let path = temp("backup");
    let mut ws = Workspace::open(&path).unwrap();
    import_sample(&mut ws, &sample("deals.csv")).unwrap();
    let saved = path.with_file_name("copy.plansight");
    ws.backup_to(&saved).unwrap();
    let original = ws.inputs(None).unwrap().lines;
    ws.import_deals("deals.csv", &edited_deals(), "deals.csv").unwrap();
    ws.restore_from(&saved).unwrap();
    assert_eq!(ws.inputs(None).unwrap().lines, original);
    // Automatic backups were taken before the re-import and before the restore.
    let auto: Vec<_> = std::fs::read_dir(plansight_store::backup::folder(&path))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(auto.iter().any(|f| f.ends_with("before-import.sqlite")), "{auto:?}");
    assert!(auto.iter().any(|f| f.ends_with("before-restore.sqlite")), "{auto:?}");
    let garbage = path.with_file_name("garbage.plansight");
    std::fs::write(&garbage, b"not a database at all, just text").unwrap();
    assert!(ws.restore_from(&garbage).is_err());
    assert_eq!(
        ws.inputs(None).unwrap().lines,
        original,
        "a refused restore changes nothing"
    );
}

#[test]
fn a_full_disk_writes_nothing_and_says_so() {
    let path = temp("full");
    let mut ws = Workspace::open(&path).unwrap();
    import_sample(&mut ws, &sample("deals.csv")).unwrap();
    let before = ws.inputs(None).unwrap().lines;
    let size = std::fs::metadata(&path).unwrap().len()
        + std::fs::metadata(path.with_extension("plansight-wal")).map_or(0, |m| m.len());
    // Room for little more than what is there: a large import cannot fit.
    ws.set_size_limit(size + 64 * 1024).unwrap();
    let mut big = String::from_utf8(sample("deals.csv")).unwrap();
    for i in 0..20_000 {
        big.push_str(&format!(
            "X-{i:06},s01,Acme Corp,Filler deal number {i},new,Platform,1000.00,2026-04-01,won,1,,12,,USD\n"
        ));
    }
    let err = ws.import_deals("deals.csv", big.as_bytes(), "deals.csv").unwrap_err();
    assert!(matches!(err, StoreError::Full { .. }), "{err}");
    assert!(err.to_string().contains("nothing was written"), "{err}");
    drop(ws);
    let ws = Workspace::open(&path).unwrap();
    assert_eq!(ws.inputs(None).unwrap().lines, before);
    assert_eq!(ws.history(10).unwrap().len(), 1);
}

#[test]
fn a_version_1_workspace_is_migrated_with_a_backup() {
    let path = temp("v1");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(plansight_store::schema::SCHEMA_V1).unwrap();
        let plan = String::from_utf8(sample("ae-fy26.toml")).unwrap();
        conn.execute(
            "INSERT INTO plan (id, source, file, document) VALUES (1, ?1, 'ae-fy26.toml', 'the document')",
            [&plan],
        )
        .unwrap();
        conn.execute("INSERT INTO seller (id, quotas) VALUES ('s01', '[]')", [])
            .unwrap();
        conn.execute("INSERT INTO credit_line (id, seller, amount, close_date, stage, split) VALUES ('D-1', 's01', 100000, '2026-03-01', 'won', 10000)", []).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
    }
    let ws = Workspace::open(&path).unwrap();
    assert_eq!(ws.schema_version().unwrap(), plansight_store::SCHEMA_VERSION);
    let v = ws.plan_version(None).unwrap();
    assert_eq!(
        (v.version, v.effective.as_str(), v.document.as_deref()),
        (1, "2026-02-01", Some("the document"))
    );
    let inputs = ws.inputs(None).unwrap();
    assert_eq!(inputs.lines.len(), 1);
    assert_eq!(inputs.lines[0].amount, Cents(100_000));
    assert_eq!(inputs.roster.unwrap()[0].id, "s01");
    let backups: Vec<_> = std::fs::read_dir(plansight_store::backup::folder(&path))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(
        backups.iter().any(|f| f.ends_with("before-migration-v1.sqlite")),
        "{backups:?}"
    );
}

#[test]
fn a_version_2_workspace_is_migrated_and_its_history_still_undoes() {
    let path = temp("v2");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(plansight_store::schema::SCHEMA_V1).unwrap();
        conn.execute_batch(plansight_store::schema::V1_TO_V2).unwrap();
        conn.execute_batch("DROP TABLE plan;").unwrap();
        let plan = String::from_utf8(sample("ae-fy26.toml")).unwrap();
        conn.execute(
            "INSERT INTO plan_version VALUES (1, '2026-02-01', ?1, 'ae-fy26.toml', NULL, '2026-01-05T10:00:00Z')",
            [&plan],
        )
        .unwrap();
        conn.execute("INSERT INTO seller (id, quotas) VALUES ('s01', '[]')", [])
            .unwrap();
        conn.execute("INSERT INTO credit_line (row, id, seller, amount, close_date, stage, split, source) VALUES (1, 'D-1', 's01', 100000, '2026-03-01', 'won', 10000, 'deals.csv')", []).unwrap();
        conn.execute("INSERT INTO credit_line (row, id, seller, amount, close_date, stage, split, source) VALUES (2, 'D-2', 's01', 5000, '2026-04-01', 'won', 10000, 'deals.csv')", []).unwrap();
        // Version 2 logged an inserted row's full image.
        conn.execute("INSERT INTO change (id, at, who, action, summary) VALUES (1, '2026-01-05T10:00:00Z', 'alex', 'import deals', 'deals.csv')", []).unwrap();
        let image = r#"{"row":2,"id":"D-2","seller":"s01","amount":5000,"close_date":"2026-04-01","stage":"won","deal_type":null,"product":null,"split":10000,"probability":null,"term_months":null,"cancel_date":null,"account":null,"name":null,"source":"deals.csv"}"#;
        conn.execute(
            "INSERT INTO change_row (change_id, seq, tbl, before, after) VALUES (1, 0, 'credit_line', NULL, ?1)",
            [image],
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 2).unwrap();
    }
    let mut ws = Workspace::open(&path).unwrap();
    assert_eq!(ws.schema_version().unwrap(), plansight_store::SCHEMA_VERSION);
    let index: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'credit_line_source'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(index, 0, "version 3 drops the index on source");
    assert_eq!(ws.inputs(None).unwrap().lines.len(), 2);
    ws.undo().unwrap().expect("the version 2 change");
    assert_eq!(
        ws.inputs(None)
            .unwrap()
            .lines
            .iter()
            .map(|l| l.id.as_str())
            .collect::<Vec<_>>(),
        ["D-1"]
    );
    ws.redo().unwrap().expect("and again");
    assert_eq!(ws.inputs(None).unwrap().lines[1].amount, Cents(5000));
    let backups: Vec<_> = std::fs::read_dir(plansight_store::backup::folder(&path))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(
        backups.iter().any(|f| f.ends_with("before-migration-v2.sqlite")),
        "{backups:?}"
    );
}

#[test]
fn an_export_reads_back_as_the_same_inputs() {
    let path = temp("export");
    let mut ws = Workspace::open(&path).unwrap();
    import_sample(&mut ws, &sample("deals.csv")).unwrap();
    ws.save_scenario(
        "big-march-deal.toml",
        &String::from_utf8(sample("scenarios/big-march-deal.toml")).unwrap(),
        None,
    )
    .unwrap();
    let out = path.with_file_name("out");
    let files = ws.export(&out).unwrap();
    assert_eq!(files.len(), 5, "{files:?}");
    let back = plansight_plan::load_inputs(
        &out.join("ae-fy26.toml"),
        &out.join("deals.csv"),
        Some(&out.join("sellers.csv")),
        None,
    )
    .unwrap();
    let stored = ws.inputs(None).unwrap();
    assert_eq!(back.lines, stored.lines);
    assert_eq!(back.roster, stored.roster);
    assert!(out.join("ae-fy26.md").exists());
    assert!(out.join("scenarios/acme-closes-at-200k-in-march.toml").exists());
}

/// A deals import's new lines are written from the file's columns and logged as one
/// range of rows: undo moves them aside, redo brings them back in order, across
/// restarts, and a new change after an undo drops the lines kept for the redo.
#[test]
fn new_lines_logged_as_a_range_undo_and_redo() {
    let path = temp("range");
    let mut ws = Workspace::open(&path).unwrap();
    let plan = String::from_utf8(sample("ae-fy26.toml")).unwrap();
    ws.import_plan("ae-fy26.toml", &plan, None, None).unwrap();
    ws.import_sellers("sellers.csv", &sample("sellers.csv"), "sellers.csv")
        .unwrap();
    let first = ws.import_deals("deals.csv", &sample("deals.csv"), "deals.csv").unwrap();
    let original = ws.inputs(None).unwrap().lines;
    assert_eq!(first.added, original.len());
    let from_file = plansight_plan::parse_deals("deals.csv", &sample("deals.csv"), None).unwrap();
    assert_eq!(original, from_file, "the stored lines are the file's, in its order");
    let h = ws.history(1).unwrap();
    assert_eq!(h[0].rows, original.len() as i64, "the range counts as its lines");

    let second = ws.import_deals("deals.csv", &edited_deals(), "deals.csv").unwrap();
    assert_eq!((second.added, second.changed, second.removed), (1, 1, 1));
    let edited = ws.inputs(None).unwrap().lines;
    drop(ws);

    let mut ws = Workspace::open(&path).unwrap();
    ws.undo().unwrap().expect("the re-import");
    assert_eq!(ws.inputs(None).unwrap().lines, original);
    ws.undo().unwrap().expect("the first import");
    assert!(ws.inputs(None).unwrap().lines.is_empty(), "no line is left");
    drop(ws);

    let mut ws = Workspace::open(&path).unwrap();
    ws.redo().unwrap().expect("the first import again");
    assert_eq!(
        ws.inputs(None).unwrap().lines,
        original,
        "redo restores every line in order"
    );
    ws.redo().unwrap().expect("the re-import again");
    assert_eq!(ws.inputs(None).unwrap().lines, edited);

    ws.undo().unwrap();
    ws.undo().unwrap();
    // A new change discards the redo, and with it the lines kept aside.
    ws.import_deals("other.csv", &sample("deals.csv"), "other.csv").unwrap();
    assert!(ws.redo().unwrap().is_none());
    let kept: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT count(*) FROM undone_line", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, 0);
    assert_eq!(ws.inputs(None).unwrap().lines, original);
}

/// The lines read straight into columns are the lines read as rows, holds included,
/// and load the same way (integrity checked alongside).
#[test]
fn lines_read_into_columns_are_the_rows() {
    let path = temp("columns");
    let mut ws = Workspace::open(&path).unwrap();
    import_sample(&mut ws, &sample("deals.csv")).unwrap();
    let rows = ws.inputs(None).unwrap();
    let mut held = rows.lines[3].clone();
    held.hold = Some("looks like a duplicate".into());
    ws.edit_lines(
        "hold",
        "hold one line",
        &[(Some(rows.lines[3].clone()), Some(held))],
        "deals.csv",
    )
    .unwrap();
    let rows = ws.inputs(None).unwrap();
    let (bare, columns) = ws.input_columns(None).unwrap();
    assert!(bare.lines.is_empty());
    assert_eq!(bare.roster, rows.roster);
    assert_eq!(bare.plan, rows.plan);
    assert_eq!(columns.to_lines(), rows.lines);
    drop(ws);
    let (_, loaded, columns) = Workspace::load_columns(&path, None).unwrap();
    assert_eq!(loaded.plan, rows.plan);
    assert_eq!(columns.to_lines(), rows.lines);
}
