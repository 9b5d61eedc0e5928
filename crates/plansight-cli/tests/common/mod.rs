//! What the CLI's integration tests share: the binary run as a user runs it, the
//! repository's fixtures, a fresh folder per test, and the Maven export's mapping.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A file of `tests/fixtures/`.
pub fn fixture(rel: &str) -> String {
    repo("tests/fixtures", rel)
}

/// A file of `sample-data/`.
pub fn sample(name: &str) -> String {
    repo("sample-data", name)
}

fn repo(dir: &str, rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(dir)
        .join(rel)
        .display()
        .to_string()
}

/// The `plansight` command with `args`, as the user "tester".
pub fn command(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_plansight"));
    c.args(args).env("USER", "tester");
    c
}

/// Runs `plansight` with `args`.
pub fn plansight(args: &[&str]) -> Output {
    command(args).output().expect("plansight runs")
}

/// Runs `plansight` with `args`, which must succeed; its standard output.
pub fn ok(args: &[&str]) -> String {
    let o = plansight(args);
    assert!(
        o.status.success(),
        "{args:?} failed:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

/// An empty folder of its own for the test `name` of this test binary.
pub fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "plansight-cli-{}-{}-{name}",
        env!("CARGO_CRATE_NAME"),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The Maven CRM export's columns onto Plansight's.
pub const MAP: &str =
    "id=opportunity_id,seller=sales_agent,amount=close_value,stage=deal_stage,product=product,account=account";
/// The Maven CRM export's stage words.
pub const STAGES: &str = "Won=won,Lost=lost,Engaging=open,Prospecting=open";

/// Imports a deals file of the Maven export's shape into workspace `w`, mapped.
pub fn import_maven_deals(w: &str, deals: &str) {
    ok(&[
        "workspace",
        "import",
        "--workspace",
        w,
        "--deals",
        deals,
        "--map",
        MAP,
        "--stage",
        STAGES,
        "--default",
        "amount=0",
    ]);
}

/// A new workspace (in the test's own folder `name`) of the Maven export: its plan and
/// deals, and with `prices` its price list.
pub fn maven_workspace(name: &str, prices: bool) -> String {
    let w = tmp(name).join("crm.plansight").display().to_string();
    ok(&["workspace", "init", "--workspace", &w]);
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &w,
        "--plan",
        &fixture("maven-crm/plan.toml"),
    ]);
    import_maven_deals(&w, &fixture("maven-crm/sales_pipeline.csv"));
    if prices {
        let list = fixture("maven-crm/products.csv");
        ok(&[
            "workspace",
            "import",
            "--workspace",
            &w,
            "--prices",
            &list,
            "--map",
            "price=sales_price,family=series",
        ]);
    }
    w
}

/// A new workspace (in the test's own folder `name`) of the sample: plan, roster, deals.
pub fn sample_workspace(name: &str) -> String {
    let w = tmp(name).join("s.plansight").display().to_string();
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
        "--deals",
        &sample("deals.csv"),
        "--sellers",
        &sample("sellers.csv"),
    ]);
    w
}
