//! Two `plansight workspace import` runs at once on one workspace, each with its own
//! deals file: the second waits for the first, and both land.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn sample(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../sample-data")
        .join(name)
        .display()
        .to_string()
}

fn plansight(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_plansight"));
    c.args(args).env("USER", "tester");
    c
}

fn ok(args: &[&str]) -> String {
    let o = plansight(args).output().expect("plansight runs");
    assert!(
        o.status.success(),
        "{args:?} failed:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plansight-cli-concurrent-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

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
        plansight(&[
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
