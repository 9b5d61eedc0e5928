//! `plansight health` as a user runs it on the Maven CRM export with its price list: the
//! report and its exit codes, fixes by id and by kind, undo, the import preview's
//! findings, and payouts after the fixes equal to those of the clean export.

mod common;

use common::{import_maven_deals, ok, plansight, tmp, MAP, STAGES};
use std::path::Path;

/// A file of the Maven CRM export (`tests/fixtures/maven-crm/`).
fn maven(rel: &str) -> String {
    common::fixture(&format!("maven-crm/{rel}"))
}

/// A workspace with the Maven plan, roster and price list, and these deals.
fn workspace(dir: &Path, deals: &str) -> String {
    std::fs::create_dir_all(dir).unwrap();
    let ws = dir.join("w.plansight").display().to_string();
    ok(&["workspace", "init", "--workspace", &ws]);
    ok(&["workspace", "import", "--workspace", &ws, "--plan", &maven("plan.toml")]);
    let teams = maven("sales_teams.csv");
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &ws,
        "--sellers",
        &teams,
        "--map",
        "id=sales_agent,manager=manager",
    ]);
    let prices = maven("products.csv");
    let map = "product=product,family=series,price=sales_price";
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &ws,
        "--prices",
        &prices,
        "--map",
        map,
    ]);
    let path = dir.join("sales_pipeline.csv");
    std::fs::write(&path, deals).unwrap();
    import_maven_deals(&ws, &path.display().to_string());
    ws
}

fn report(ws: &str, extra: &[&str]) -> (Option<i32>, serde_json::Value) {
    let mut args = vec!["health", "--workspace", ws, "--json", "--today", "2026-11-30"];
    args.extend_from_slice(extra);
    let o = plansight(&args);
    (o.status.code(), serde_json::from_slice(&o.stdout).expect("JSON report"))
}

fn findings(v: &serde_json::Value) -> &Vec<serde_json::Value> {
    v["findings"].as_array().unwrap()
}

fn totals(ws: &str) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_str(&ok(&["calc", "--workspace", ws, "--json", "--summary"])).unwrap();
    v["sellers"].clone()
}

#[test]
fn the_maven_report_finds_the_price_list_spelling_and_its_fix_is_undoable() {
    let dir = tmp("maven");
    let ws = workspace(&dir, &std::fs::read_to_string(maven("sales_pipeline.csv")).unwrap());
    let (code, v) = report(&ws, &[]);
    // The export holds one pair that looks entered twice: an error, so exit 1.
    assert_eq!(code, Some(1));
    let kinds: Vec<&str> = findings(&v).iter().map(|f| f["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["duplicate_deal", "name_variant"], "{v:#}");
    let variant = &findings(&v)[1];
    assert_eq!(variant["deals"].as_array().unwrap().len(), 1480);
    assert_eq!(variant["at_stake"], "0.00");
    assert!(variant["message"]
        .as_str()
        .unwrap()
        .contains("\"GTX Pro\" in the price list"));
    assert!(variant["fix"]["description"].as_str().unwrap().contains("GTX Pro"));
    for f in findings(&v) {
        for key in [
            "id", "kind", "severity", "deals", "sellers", "message", "at_stake", "fix",
        ] {
            assert!(f.get(key).is_some(), "{key} missing in {f}");
        }
    }

    // --seller keeps that seller's findings; the variant concerns many, the duplicate one.
    let (code, only) = report(&ws, &["--seller", "Kary Hendrixson", "--kind", "duplicate_deal"]);
    assert_eq!(code, Some(1));
    assert_eq!(findings(&only).len(), 1);

    let out = ok(&["health", "--workspace", &ws, "--fix-all", "--kind", "name_variant"]);
    assert!(out.contains("recorded as change #"), "{out}");
    let (_, after) = report(&ws, &[]);
    assert_eq!(findings(&after).len(), 1, "{after:#}");
    let history = ok(&["workspace", "history", "--workspace", &ws, "--limit", "1"]);
    assert!(history.contains("health fix"), "{history}");
    ok(&["workspace", "undo", "--workspace", &ws]);
    let (_, undone) = report(&ws, &[]);
    assert_eq!(findings(&undone).len(), 2);
}

#[test]
fn bad_arguments_exit_2_with_what_to_do() {
    let dir = tmp("bad");
    let ws = workspace(&dir, &std::fs::read_to_string(maven("sales_pipeline.csv")).unwrap());
    for (args, says) in [
        (vec!["--fix", "nope"], "no finding \"nope\""),
        (vec!["--kind", "bogus"], "is not a kind of finding"),
        (vec!["--seller", "Nobody Here"], "no seller \"Nobody Here\""),
    ] {
        let mut all = vec!["health", "--workspace", &ws];
        all.extend(args);
        let o = plansight(&all);
        assert_eq!(o.status.code(), Some(2), "{all:?}");
        assert!(String::from_utf8_lossy(&o.stderr).contains(says), "{all:?}");
    }
    let o = plansight(&[
        "health",
        "--workspace",
        &dir.join("missing.plansight").display().to_string(),
    ]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn fixing_a_duplicate_a_misspelt_seller_and_a_variant_pays_what_the_clean_export_pays() {
    let clean_text = std::fs::read_to_string(maven("sales_pipeline.csv")).unwrap();
    let dir = tmp("fixes");
    let clean = workspace(&dir.join("clean"), &clean_text);
    // Three mistakes a CRM makes: a sale entered twice, a seller's name misspelt, a
    // product spelt without its space.
    let dirty_text = clean_text
        .replacen(
            "Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Won,2016-10-25,2017-03-11,4514",
            "Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Won,2016-10-25,2017-03-11,4514\nZZDUP001,Darcel Schlecht,GTXPro,Isdom,Won,2016-10-25,2017-03-12,4514",
            1,
        )
        .replacen("1C1I7A6R,Moses Frase,", "1C1I7A6R,Moses Frsae,", 1)
        .replacen("EC4QE1BX,Darcel Schlecht,MG Special,", "EC4QE1BX,Darcel Schlecht,MGSpecial,", 1);
    assert_ne!(dirty_text, clean_text);
    let dirty = workspace(&dir.join("dirty"), &dirty_text);

    // The import preview of the dirty export into the clean workspace names them first.
    let path = dir.join("dirty.csv");
    std::fs::write(&path, &dirty_text).unwrap();
    let preview = ok(&[
        "workspace",
        "import",
        "--workspace",
        &clean,
        "--deals",
        &path.display().to_string(),
        "--map",
        MAP,
        "--stage",
        STAGES,
        "--default",
        "amount=0",
        "--preview",
    ]);
    for needle in [
        "duplicate_deal",
        "unknown_seller",
        "name_variant",
        "ZZDUP001",
        "Moses Frsae",
        "mgspecial",
    ] {
        assert!(preview.contains(needle), "{needle} not in\n{preview}");
    }

    let (_, v) = report(&dirty, &[]);
    let id_of = |kind: &str, deal: &str| -> String {
        findings(&v)
            .iter()
            .find(|f| f["kind"] == kind && f["deals"].as_array().unwrap().iter().any(|d| d == deal))
            .unwrap_or_else(|| panic!("no {kind} finding on {deal}: {v:#}"))["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let dup = id_of("duplicate_deal", "ZZDUP001");
    let seller = id_of("unknown_seller", "1C1I7A6R");
    let variant = id_of("name_variant", "EC4QE1BX");
    let stake = |id: &str| {
        findings(&v).iter().find(|f| f["id"] == id).unwrap()["at_stake"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(stake(&dup).starts_with('-'), "a copy overpays: {}", stake(&dup));
    assert!(
        !stake(&seller).starts_with('-') && stake(&seller) != "0.00",
        "the lost line pays once re-pointed"
    );
    assert_ne!(totals(&dirty), totals(&clean));
    let out = ok(&["health", "--workspace", &dirty, "--fix", &dup, &seller, &variant]);
    assert_eq!(out.matches("fixed ").count(), 3, "{out}");
    assert_eq!(
        totals(&dirty),
        totals(&clean),
        "every seller is paid what the clean export pays"
    );
    // One history entry: one undo brings every mistake back.
    ok(&["workspace", "undo", "--workspace", &dirty]);
    assert_ne!(totals(&dirty), totals(&clean));
}

#[test]
fn a_deal_moved_across_a_quarter_end_by_a_later_import_is_reported_for_the_designer() {
    let text = std::fs::read_to_string(maven("sales_pipeline.csv")).unwrap();
    let dir = tmp("moved");
    let ws = workspace(&dir, &text);
    // The same export again, with one March deal now closing in April.
    let moved = text.replacen(
        "Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Won,2016-10-25,2017-03-11,4514",
        "Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Won,2016-10-25,2017-04-03,4514",
        1,
    );
    let path = dir.join("sales_pipeline.csv");
    std::fs::write(&path, moved).unwrap();
    let p = path.display().to_string();
    ok(&["workspace", "import", "--workspace", &ws, "--deals", &p]);
    let (_, v) = report(&ws, &[]);
    let f = findings(&v)
        .iter()
        .find(|f| f["kind"] == "moved_across_period_end")
        .unwrap_or_else(|| panic!("no move reported: {v:#}"));
    assert_eq!(f["severity"], "info");
    assert_eq!(f["deals"], serde_json::json!(["Z063OYW0"]));
    let message = f["message"].as_str().unwrap();
    assert!(message.contains("from 2017-03-11 to 2017-04-03"), "{message}");
    assert!(message.contains("end of Q1"), "{message}");
    // Undoing the re-import undoes the move: nothing to report then.
    ok(&["workspace", "undo", "--workspace", &ws]);
    let (_, after) = report(&ws, &[]);
    assert!(findings(&after).iter().all(|f| f["kind"] != "moved_across_period_end"));
}
