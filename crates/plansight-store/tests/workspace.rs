//! The workspace round-trips the sample data, refuses bad input without writing, and
//! explains damaged or too-new files.

use plansight_store::{ImportFiles, StoreError, Workspace};
use std::path::{Path, PathBuf};

fn sample(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sample-data").join(name)).unwrap()
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plansight-store-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("workspace.plansight")
}

fn import_sample(ws: &mut Workspace, deals: &[u8]) -> Result<(usize, usize), StoreError> {
    let plan = String::from_utf8(sample("ae-fy26.toml")).unwrap();
    let doc = String::from_utf8(sample("ae-fy26.md")).unwrap();
    let sellers = sample("sellers.csv");
    ws.import(&ImportFiles { plan_file: "ae-fy26.toml", plan: &plan, document: Some(&doc), deals_file: "deals.csv", deals, sellers: Some(("sellers.csv", &sellers)) })
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
    let files = plansight_plan::load_inputs(&root.join("ae-fy26.toml"), &root.join("deals.csv"), Some(&root.join("sellers.csv")), None).unwrap();
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
    assert!(text.contains("deals.csv") && text.contains("amount") && text.contains("close_date"), "{text}");
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
fn an_empty_workspace_says_to_import() {
    let ws = Workspace::open(&temp("empty")).unwrap();
    assert!(ws.inputs(None).unwrap_err().to_string().contains("import"));
}

#[test]
fn a_newer_schema_is_refused() {
    let path = temp("newer");
    drop(Workspace::open(&path).unwrap());
    // As a future build would leave it.
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let err = Workspace::open(&path).err().expect("newer schema must be refused");
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err}");
}
