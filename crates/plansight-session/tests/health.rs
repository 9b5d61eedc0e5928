//! Data health through the session, as the app uses it: the report, a fix previewed and
//! applied (one undoable change), a line held (it credits nothing, and says so) and
//! released, a deal edit re-checked, and the assistant's answers from the findings.

use plansight_session::{Asked, Session};
use std::path::PathBuf;

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plansight-session-health-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("w.plansight")
}

/// The sample workspace with one won deal of s02 entered a second time.
fn with_a_copy(name: &str) -> (Session, String) {
    let path = temp(name);
    let mut s = Session::open(&path).unwrap();
    let original = s
        .inputs()
        .lines
        .iter()
        .find(|l| l.seller == "s02" && l.stage.is_credited() && l.amount.0 > 0)
        .unwrap()
        .clone();
    let form = plansight_view::DealForm {
        id: "D-COPY".into(),
        seller: original.seller.clone(),
        account: original.account.clone().unwrap_or_default(),
        name: original.name.clone().unwrap_or_default(),
        amount: plansight_plan::fixed::format_scaled(original.amount.0 as i128, 2),
        close_date: original.close_date.unwrap().to_string(),
        stage: "won".into(),
        deal_type: original.deal_type.clone().unwrap_or_default(),
        product: original.product.clone().unwrap_or_default(),
        split_percent: "100".into(),
    };
    s.save_deal(None, &form).unwrap();
    (s, original.id)
}

fn total(s: &Session, seller: &str) -> String {
    s.calculation().seller(seller).unwrap().total.money()
}

#[test]
fn a_copy_is_found_priced_previewed_fixed_and_undone() {
    let (mut s, original) = with_a_copy("fix");
    let h = s.health().unwrap();
    let dup = h
        .groups
        .iter()
        .find(|g| g.kind == "duplicate_deal")
        .expect("the copy is found");
    let f = &dup.findings[0];
    assert!(
        f.message.contains("D-COPY") && f.message.contains(&original),
        "{}",
        f.message
    );
    assert_eq!(f.severity, "error");
    assert!(f.at_stake.starts_with('-'), "a copy overpays: {}", f.at_stake);
    assert!(h.errors >= 1);

    let before = total(&s, "s02");
    let preview = s.fix_preview(&f.id).unwrap();
    assert_eq!(preview.sellers.len(), 1);
    assert_eq!(preview.sellers[0].before, before);
    assert_eq!(
        preview.sellers[0].change, f.at_stake,
        "the preview and the money at stake are one figure"
    );

    let said = s.apply_fixes(std::slice::from_ref(&f.id)).unwrap();
    assert!(said.starts_with("Fixed 1 finding"), "{said}");
    assert_eq!(
        total(&s, "s02"),
        preview.sellers[0].after,
        "the engine pays what the preview said"
    );
    assert!(s.health().unwrap().groups.iter().all(|g| g.kind != "duplicate_deal"));
    s.undo().unwrap();
    assert_eq!(total(&s, "s02"), before);
    assert!(s.health().unwrap().groups.iter().any(|g| g.kind == "duplicate_deal"));
    // An id that is no more is refused in words.
    assert!(s.apply_fixes(&["duplicate_deal-00000000".into()]).is_err());
}

#[test]
fn a_held_line_credits_nothing_says_so_and_is_released() {
    let (mut s, _) = with_a_copy("hold");
    let id = s
        .health()
        .unwrap()
        .groups
        .iter()
        .find(|g| g.kind == "duplicate_deal")
        .unwrap()
        .findings[0]
        .id
        .clone();
    let before = total(&s, "s02");
    s.hold_finding(&id).unwrap();
    let held: Vec<_> = s
        .deals("s02")
        .unwrap()
        .into_iter()
        .filter(|d| !d.hold.is_empty())
        .collect();
    assert_eq!(held.len(), 1, "the copy is held, the first entry pays");
    assert_eq!(held[0].id, "D-COPY");
    assert_ne!(total(&s, "s02"), before);
    let why = s.explain("s02", "D-COPY").unwrap();
    assert!(why.held.contains("held"), "{why:?}");
    assert!(why.items.is_empty());
    assert!(s
        .overview()
        .warnings
        .iter()
        .any(|w| w.contains("D-COPY") && w.contains("held")));
    for d in held {
        s.release("s02", &d.id).unwrap();
    }
    assert_eq!(total(&s, "s02"), before);
}

#[test]
fn editing_a_deal_rechecks_it() {
    let (mut s, _) = with_a_copy("edit");
    assert!(s.health().unwrap().groups.iter().any(|g| g.kind == "duplicate_deal"));
    // The copy's amount changed: no longer the same sale.
    let mut form = plansight_view::DealForm::default();
    for d in s.deals("s02").unwrap() {
        if d.id == "D-COPY" {
            form = plansight_view::DealForm {
                id: d.id.clone(),
                seller: d.seller.clone(),
                account: d.account.clone(),
                name: d.name.clone(),
                amount: "1.00".into(),
                close_date: d.close_date.clone(),
                stage: d.stage.clone(),
                deal_type: d.deal_type.clone(),
                product: d.product.clone(),
                split_percent: d.split_percent.clone(),
            };
        }
    }
    s.save_deal(Some("D-COPY"), &form).unwrap();
    assert!(s.health().unwrap().groups.iter().all(|g| g.kind != "duplicate_deal"));
}

#[test]
fn the_assistant_answers_from_the_findings_with_the_money_at_stake() {
    let (s, _) = with_a_copy("ask");
    let path = s.path().to_path_buf();
    drop(s);
    let ws = plansight_store::Workspace::open(&path).unwrap();
    let inputs = ws.inputs(None).unwrap();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ask = |q: &str| {
        plansight_session::answer(&ws, &inputs, &calc, "s02", q, &Asked::default())
            .unwrap()
            .0
    };
    let a = ask("is anything wrong with my deals?");
    assert_eq!(a.intent, "data_health");
    assert!(a.answer.contains("Duplicate deals (error, USD -"), "{}", a.answer);
    assert!(a.figures.contains_key("at_stake_1"), "{:?}", a.figures);
    let why = ask("why is deal D-COPY flagged?");
    assert!(
        why.answer
            .starts_with("Deal D-COPY is flagged by 1 data-health finding"),
        "{}",
        why.answer
    );
    let fine = ask("why is deal D-000001 flagged?");
    assert!(
        fine.answer.contains("is not flagged") || fine.answer.contains("flagged by"),
        "{}",
        fine.answer
    );
    // Questions about pay are still questions about pay.
    assert_ne!(ask("how much did I earn?").intent, "data_health");
}
