//! Two writers on one workspace file at once (two Plansight processes, or the app and
//! the CLI): each waits for the other, works out its change from what is stored once it
//! writes, and lands; when the wait runs out the error says the workspace is busy.
//! And [`Workspace::data_version`] tells a reader that someone else changed the file.

mod common;

use common::{sample, temp};
use plansight_plan::{Cents, CreditLine};
use plansight_store::{ImportFiles, StoreError, Workspace};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};
use std::time::Duration;

/// A workspace holding the sample plan, roster and 1,500 deals.
fn sample_workspace(name: &str) -> PathBuf {
    let path = temp(name);
    let mut ws = Workspace::open(&path).unwrap();
    let plan = String::from_utf8(sample("ae-fy26.toml")).unwrap();
    let sellers = sample("sellers.csv");
    ws.import(&ImportFiles {
        plan_file: "ae-fy26.toml",
        plan: &plan,
        document: None,
        deals_file: "deals.csv",
        deals: &sample("deals.csv"),
        sellers: Some(("sellers.csv", &sellers)),
    })
    .unwrap();
    path
}

/// A deals export of `count` won deals whose ids start with `prefix` (unique per file).
fn deals(prefix: &str, count: usize) -> Vec<u8> {
    let mut out = String::from(
        "id,seller,account,name,type,product,amount,close_date,stage,split,probability,term_months,cancel_date,currency\n",
    );
    for i in 0..count {
        out.push_str(&format!(
            "{prefix}-{i:06},s{:02},Acme Corp,Deal {i},new,Platform,1000.00,2026-04-01,won,1,,12,,USD\n",
            i % 12 + 1
        ));
    }
    out.into_bytes()
}

/// Deals per file: enough that reading, checking and comparing a file takes long
/// enough for the two writers to overlap for real.
const LINES: usize = 5_000;

#[test]
fn two_deal_imports_at_once_both_land() {
    let path = sample_workspace("two-imports");
    let stored = Workspace::open(&path).unwrap().inputs(None).unwrap().lines.len();
    // A few rounds: each round, two files imported at the same moment.
    for round in 0..3 {
        let start = Arc::new(Barrier::new(2));
        let handles: Vec<_> = ["east", "west"]
            .into_iter()
            .map(|region| {
                let (path, start) = (path.clone(), start.clone());
                std::thread::spawn(move || {
                    let prefix = format!("{region}{round}");
                    let bytes = deals(&prefix, LINES);
                    let mut ws = Workspace::open(&path).unwrap();
                    start.wait();
                    ws.import_deals(&format!("{prefix}.csv"), &bytes, &format!("{prefix}.csv"))
                })
            })
            .collect();
        for h in handles {
            let report = h.join().unwrap().unwrap_or_else(|e| panic!("round {round}: {e}"));
            assert_eq!(report.added, LINES, "round {round}");
        }
    }
    let ws = Workspace::open(&path).unwrap();
    let lines = ws.inputs(None).unwrap().lines;
    assert_eq!(
        lines.len(),
        stored + 6 * LINES,
        "every file's deals are in the workspace"
    );
    for round in 0..3 {
        for region in ["east", "west"] {
            let prefix = format!("{region}{round}-");
            assert_eq!(lines.iter().filter(|l| l.id.starts_with(&prefix)).count(), LINES);
        }
    }
    assert_eq!(ws.history(10).unwrap().len(), 7, "the first import and six more");
}

#[test]
fn hand_edits_during_an_import_land_too() {
    let path = sample_workspace("edit-and-import");
    let stored = Workspace::open(&path).unwrap().inputs(None).unwrap().lines.len();
    let start = Arc::new(Barrier::new(2));
    let importing = Arc::new(AtomicBool::new(true));
    let importer = {
        let (path, start, importing) = (path.clone(), start.clone(), importing.clone());
        std::thread::spawn(move || {
            let bytes = deals("north", LINES);
            let mut ws = Workspace::open(&path).unwrap();
            start.wait();
            let done = ws.import_deals("north.csv", &bytes, "north.csv").map(|r| r.added);
            importing.store(false, Ordering::SeqCst);
            done
        })
    };
    // One deal added by hand after another for as long as the import runs: some of
    // them while it reads, some while it writes.
    let editor = {
        let (path, start, importing) = (path.clone(), start.clone(), importing.clone());
        std::thread::spawn(move || {
            let mut ws = Workspace::open(&path).unwrap();
            start.wait();
            let mut added = 0;
            while added == 0 || importing.load(Ordering::SeqCst) {
                added += 1;
                let id = format!("HAND-{added}");
                let line = CreditLine::won(&id, "s01", Cents(250_000), "2026-05-01".parse().unwrap());
                ws.edit_lines(
                    "add deal",
                    &format!("deal {id} added"),
                    &[(None, Some(line))],
                    "added in the app",
                )
                .unwrap_or_else(|e| panic!("adding {id}: {e}"));
                // A person's edits are not back to back: a loop that takes the write
                // lock again the instant it commits starves SQLite's busy handler, whose
                // retries back off to 100 ms (the import then gave up as busy on a loaded
                // machine). A pause between edits, not a wait for anything.
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            added
        })
    };
    assert_eq!(importer.join().unwrap().unwrap(), LINES);
    let added = editor.join().unwrap();
    let lines = Workspace::open(&path).unwrap().inputs(None).unwrap().lines;
    assert_eq!(lines.len(), stored + LINES + added);
    assert_eq!(lines.iter().filter(|l| l.id.starts_with("HAND-")).count(), added);
}

#[test]
fn the_backup_a_write_takes_is_the_workspace_just_before_it() {
    let path = sample_workspace("backup-in-write");
    let mut ws = Workspace::open(&path).unwrap();
    let before = ws.inputs(None).unwrap().lines;
    ws.import_deals("east.csv", &deals("east", LINES), "east.csv").unwrap();
    let newest = std::fs::read_dir(plansight_store::backup::folder(&path))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with("before-import.sqlite"))
        .max()
        .expect("a backup before the import");
    let backup = Workspace::open(&newest).unwrap();
    assert_eq!(backup.inputs(None).unwrap().lines, before);
}

#[test]
fn first_opens_of_a_new_file_at_once_all_succeed() {
    let path = temp("new-file");
    let start = Arc::new(Barrier::new(4));
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let (path, start) = (path.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                Workspace::open(&path).map(|ws| ws.schema_version().unwrap())
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap().unwrap(), plansight_store::SCHEMA_VERSION);
    }
}

#[test]
fn a_writer_that_waits_too_long_is_told_the_workspace_is_busy() {
    let path = sample_workspace("busy");
    let mut ws = Workspace::open(&path).unwrap();
    ws.set_busy_timeout(Duration::from_millis(200)).unwrap();
    let before = ws.inputs(None).unwrap().lines;

    // Another process in the middle of writing.
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();

    let err = ws
        .import_deals("south.csv", &deals("south", 10), "south.csv")
        .unwrap_err();
    assert!(matches!(err, StoreError::Busy { .. }), "{err}");
    let text = err.to_string();
    assert!(
        text.contains("busy") && text.contains("another Plansight") && text.contains("try again"),
        "{text}"
    );
    let src = String::from_utf8(sample("scenarios/big-march-deal.toml")).unwrap();
    let refused = [
        ws.save_scenario("big-march-deal.toml", &src, None).map(|_| ()),
        ws.undo().map(|_| ()),
        ws.import_plan(
            "ae-fy26.toml",
            &String::from_utf8(sample("ae-fy26.toml")).unwrap(),
            None,
            None,
        )
        .map(|_| ()),
        ws.edit_lines(
            "add deal",
            "deal HAND-2 added",
            &[(
                None,
                Some(CreditLine::won(
                    "HAND-2",
                    "s01",
                    Cents(100),
                    "2026-05-01".parse().unwrap(),
                )),
            )],
            "added in the app",
        )
        .map(|_| ()),
    ];
    for r in refused {
        assert!(matches!(r, Err(StoreError::Busy { .. })), "{r:?}");
    }
    assert_eq!(ws.inputs(None).unwrap().lines, before, "reading is never blocked");

    // Once the other writer is done, the same import goes through.
    other.execute_batch("ROLLBACK").unwrap();
    let done = ws.import_deals("south.csv", &deals("south", 10), "south.csv").unwrap();
    assert_eq!(done.added, 10);
}

#[test]
fn a_restore_while_another_writes_is_busy_too() {
    let path = sample_workspace("busy-restore");
    let mut ws = Workspace::open(&path).unwrap();
    let copy = path.with_file_name("copy.plansight");
    ws.backup_to(&copy).unwrap();
    ws.set_busy_timeout(Duration::from_millis(200)).unwrap();
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = ws.restore_from(&copy).unwrap_err();
    assert!(matches!(err, StoreError::Busy { .. }), "{err}");
    other.execute_batch("ROLLBACK").unwrap();
    ws.restore_from(&copy).unwrap();
}

#[test]
fn data_version_moves_when_another_workspace_writes_not_when_it_reads() {
    let path = sample_workspace("data-version");
    let mut mine = Workspace::open(&path).unwrap();
    let mut other = Workspace::open(&path).unwrap();
    let seen = mine.data_version().unwrap();

    other.inputs(None).unwrap();
    other.history(10).unwrap();
    mine.inputs(None).unwrap();
    assert_eq!(mine.data_version().unwrap(), seen, "reads change nothing");

    let src = String::from_utf8(sample("scenarios/big-march-deal.toml")).unwrap();
    other.save_scenario("big-march-deal.toml", &src, None).unwrap();
    let after_other = mine.data_version().unwrap();
    assert_ne!(after_other, seen, "another connection's write is noticed");

    // This workspace's own writes are not someone else's change: it knows of them. The
    // other workspace notices them.
    let theirs = other.data_version().unwrap();
    mine.undo().unwrap();
    assert_eq!(mine.data_version().unwrap(), after_other);
    assert_ne!(other.data_version().unwrap(), theirs);
}
