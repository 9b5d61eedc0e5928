//! `plansight workspace ...` as a user runs it: a real CRM export imported with a
//! mapping, previewed, re-imported, undone, backed up and restored; calc and whatif on
//! the workspace; and an import killed half-way that leaves the workspace as it was.

mod common;

use common::{command, fixture, ok, plansight, sample, tmp, MAP, STAGES};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

#[test]
fn a_crm_export_is_imported_with_a_mapping_previewed_re_imported_and_undone() {
    let dir = tmp("maven");
    let ws = dir.join("w.plansight").display().to_string();
    ok(&["workspace", "init", "--workspace", &ws]);
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &ws,
        "--plan",
        &fixture("maven-crm/plan.toml"),
    ]);
    let deals = fixture("maven-crm/sales_pipeline.csv");

    // Without a default for empty amounts: every problem, its line and the export's column; nothing written.
    let o = plansight(&[
        "workspace",
        "import",
        "--workspace",
        &ws,
        "--deals",
        &deals,
        "--map",
        MAP,
        "--stage",
        STAGES,
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("sales_pipeline.csv:11: close_value (mapped to amount): is empty"),
        "{err}"
    );
    assert!(err.contains("nothing was written"), "{err}");

    let preview = ok(&[
        "workspace",
        "import",
        "--workspace",
        &ws,
        "--deals",
        &deals,
        "--map",
        MAP,
        "--stage",
        STAGES,
        "--default",
        "amount=0",
        "--preview",
    ]);
    assert!(preview.contains("8800 added, 0 changed, 0 removed"), "{preview}");
    assert!(preview.contains("1C1I7A6R       Moses Frase"), "{preview}");
    assert!(ok(&["workspace", "check", "--workspace", &ws]).contains("0 credit line(s)"));

    ok(&[
        "workspace",
        "import",
        "--workspace",
        &ws,
        "--deals",
        &deals,
        "--map",
        MAP,
        "--stage",
        STAGES,
        "--default",
        "amount=0",
    ]);
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &ws,
        "--sellers",
        &fixture("maven-crm/sales_teams.csv"),
        "--map",
        "id=sales_agent,manager=manager,territory=regional_office",
    ]);
    let calc: serde_json::Value =
        serde_json::from_str(&ok(&["calc", "--workspace", &ws, "--json", "--summary"])).unwrap();
    assert_eq!(calc["sellers"].as_array().unwrap().len(), 35);
    let total_before = calc["sellers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["seller"] == "Moses Frase")
        .unwrap()["total"]
        .clone();

    // The updated export (one amount changed) under the same file name: the mapping is remembered.
    let text = std::fs::read_to_string(&deals).unwrap().replacen(
        "1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054",
        "1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,2054",
        1,
    );
    let updated = dir.join("sales_pipeline.csv");
    std::fs::write(&updated, text).unwrap();
    let again = ok(&[
        "workspace",
        "import",
        "--workspace",
        &ws,
        "--deals",
        updated.to_str().unwrap(),
    ]);
    assert!(
        again.contains("using the mapping remembered for sales_pipeline.csv"),
        "{again}"
    );
    assert!(
        again.contains("0 added, 1 changed, 0 removed, 8799 unchanged"),
        "{again}"
    );
    assert!(
        again.contains("1C1I7A6R / Moses Frase: amount 1054.00 -> 2054.00"),
        "{again}"
    );

    let history = ok(&["workspace", "history", "--workspace", &ws]);
    assert_eq!(history.lines().count(), 4, "{history}");
    assert!(history.lines().next().unwrap().contains("tester"), "{history}");
    assert!(
        history.contains("roster from sales_teams.csv:"),
        "the source is named by its file name: {history}"
    );

    assert!(ok(&["workspace", "undo", "--workspace", &ws]).contains("undone #4: import deals"));
    let calc: serde_json::Value =
        serde_json::from_str(&ok(&["calc", "--workspace", &ws, "--json", "--summary"])).unwrap();
    assert_eq!(
        calc["sellers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["seller"] == "Moses Frase")
            .unwrap()["total"],
        total_before
    );
    assert!(ok(&["workspace", "redo", "--workspace", &ws]).contains("redone #4"));
    assert!(ok(&["workspace", "history", "--workspace", &ws])
        .lines()
        .next()
        .unwrap()
        .contains("changed"));
}

#[test]
fn calc_whatif_backup_restore_and_export_on_the_sample_workspace() {
    let dir = tmp("sample");
    let ws = dir.join("w.plansight").display().to_string();
    ok(&["workspace", "init", "--workspace", &ws]);
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &ws,
        "--plan",
        &sample("ae-fy26.toml"),
    ]);
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &ws,
        "--sellers",
        &sample("sellers.csv"),
        "--deals",
        &sample("deals.csv"),
    ]);
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &ws,
        "--scenario",
        &sample("scenarios/big-march-deal.toml"),
        "--notes",
        "QBR",
    ]);

    // The workspace gives the same result as the files.
    let from_ws = ok(&["calc", "--workspace", &ws, "--json"]);
    let from_files = ok(&[
        "calc",
        "--plan",
        &sample("ae-fy26.toml"),
        "--deals",
        &sample("deals.csv"),
        "--sellers",
        &sample("sellers.csv"),
        "--json",
    ]);
    assert_eq!(from_ws, from_files);
    let saved = ok(&["whatif", "--workspace", &ws, "--saved", "Acme closes at 200k in March"]);
    let file = ok(&[
        "whatif",
        "--plan",
        &sample("ae-fy26.toml"),
        "--deals",
        &sample("deals.csv"),
        "--sellers",
        &sample("sellers.csv"),
        "--scenario",
        &sample("scenarios/big-march-deal.toml"),
    ]);
    assert_eq!(saved, file);

    let backup = dir.join("before.plansight").display().to_string();
    ok(&["workspace", "backup", "--workspace", &ws, "--to", &backup]);
    ok(&["workspace", "undo", "--workspace", &ws]);
    ok(&["workspace", "undo", "--workspace", &ws]);
    assert!(ok(&["workspace", "check", "--workspace", &ws]).contains("0 credit line(s)"));
    ok(&["workspace", "restore", "--workspace", &ws, "--from", &backup]);
    assert_eq!(ok(&["calc", "--workspace", &ws, "--json"]), from_files);

    let out = dir.join("export");
    ok(&[
        "workspace",
        "export",
        "--workspace",
        &ws,
        "--out",
        out.to_str().unwrap(),
    ]);
    let exported = ok(&[
        "calc",
        "--plan",
        out.join("ae-fy26.toml").to_str().unwrap(),
        "--deals",
        out.join("deals.csv").to_str().unwrap(),
        "--sellers",
        out.join("sellers.csv").to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(exported, from_files);

    let missing = plansight(&[
        "workspace",
        "check",
        "--workspace",
        dir.join("nope.plansight").to_str().unwrap(),
    ]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr)
        .contains("no workspace here; create one with plansight workspace init"));
    let damaged = dir.join("damaged.plansight");
    std::fs::write(&damaged, vec![b'x'; 8192]).unwrap();
    let o = plansight(&["calc", "--workspace", damaged.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("is not a readable Plansight workspace"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn an_import_killed_half_way_leaves_the_workspace_as_it_was() {
    let dir = tmp("kill");
    let ws = dir.join("w.plansight");
    let w = ws.display().to_string();
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
        "--sellers",
        &sample("sellers.csv"),
        "--deals",
        &sample("deals.csv"),
    ]);
    let before = ok(&["calc", "--workspace", &w, "--json"]);
    let generated = dir.join("big");
    ok(&[
        "gen",
        "--sellers",
        "12",
        "--deals",
        "300000",
        "--out",
        generated.to_str().unwrap(),
        "--seed",
        "5",
    ]);
    let deals = generated.join("deals.csv");
    // Ids of the generated team are s01..s12 like the sample's, so the import is valid.

    let mut child = Command::new(env!("CARGO_BIN_EXE_plansight"))
        .args([
            "workspace",
            "import",
            "--workspace",
            &w,
            "--deals",
            deals.to_str().unwrap(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the import is writing (its write-ahead log grows), then kill it.
    let wal = dir.join("w.plansight-wal");
    let start_len = std::fs::metadata(&wal).map_or(0, |m| m.len());
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut killed_mid_write = false;
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the import finished ({status}) before it could be killed; make it larger");
        }
        if std::fs::metadata(&wal).map_or(0, |m| m.len()) > start_len + 4 * 1024 * 1024 {
            child.kill().unwrap(); // SIGKILL
            killed_mid_write = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = child.wait();
    assert!(killed_mid_write, "the import never started writing");

    assert!(ok(&["workspace", "check", "--workspace", &w]).contains("integrity ok"));
    assert_eq!(
        ok(&["calc", "--workspace", &w, "--json"]),
        before,
        "the killed import changed the workspace"
    );
    // The plan, the roster and the sample deals: the killed import left no change behind.
    assert_eq!(ok(&["workspace", "history", "--workspace", &w]).lines().count(), 3);
}

// Two `plansight workspace import` runs at once on one workspace, each with its own
// deals file: the second waits for the first, and both land.

/// A deals export of `count` won deals whose ids start with `prefix`.
fn deals(path: &Path, prefix: &str, count: usize) {
    let mut out = String::from(
        "id,seller,account,name,type,product,amount,close_date,stage,split,probability,term_months,cancel_date,currency\n",
    );
    for i in 0..count {
        out.push_str(&format!(
            "{prefix}-{i:06},s{:02},Acme Corp,Deal {i},new,Platform,1000.00,2026-04-01,won,1,,12,,USD\n",
            i % 12 + 1
        ));
    }
    std::fs::write(path, out).unwrap();
}

/// Deals per file: enough that the two runs overlap for real.
const LINES: usize = 20_000;

#[test]
fn two_imports_at_once_both_land() {
    let dir = tmp("two");
    let ws = dir.join("w.plansight").display().to_string();
    ok(&["workspace", "init", "--workspace", &ws]);
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &ws,
        "--plan",
        &sample("ae-fy26.toml"),
    ]);
    let (east, west) = (dir.join("east.csv"), dir.join("west.csv"));
    deals(&east, "EAST", LINES);
    deals(&west, "WEST", LINES);

    let run = |file: &Path| {
        command(&[
            "workspace",
            "import",
            "--workspace",
            &ws,
            "--deals",
            &file.display().to_string(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("plansight starts")
    };
    let (a, b) = (run(&east), run(&west));
    let done: Vec<Output> = [a, b].into_iter().map(|c| c.wait_with_output().unwrap()).collect();
    for (o, name) in done.iter().zip(["east.csv", "west.csv"]) {
        assert!(
            o.status.success(),
            "importing {name} failed ({}):\n{}",
            o.status,
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            String::from_utf8_lossy(&o.stdout).contains(&format!("{LINES} added")),
            "{}",
            String::from_utf8_lossy(&o.stdout)
        );
    }
    let check: serde_json::Value =
        serde_json::from_str(&ok(&["workspace", "check", "--workspace", &ws, "--json"])).unwrap();
    assert_eq!(check["credit_lines"], 2 * LINES, "{check}");
    assert_eq!(check["changes"], 3, "the plan and both imports: {check}");
}

#[test]
fn a_workspace_in_a_folder_that_does_not_exist_is_refused_with_what_to_do() {
    let dir = tmp("nofolder");
    let ws = dir.join("missing").join("w.plansight").display().to_string();
    let o = plansight(&["workspace", "init", "--workspace", &ws]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("does not exist") && err.contains("create the folder first"),
        "{err}"
    );
}
