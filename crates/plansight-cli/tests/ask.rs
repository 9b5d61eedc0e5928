//! `plansight ask` as a user runs it on a workspace: words, `--json`, and bad input.

use std::path::Path;
use std::process::{Command, Output};

fn sample(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../sample-data")
        .join(name)
        .display()
        .to_string()
}

fn plansight(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plansight"))
        .args(args)
        .output()
        .expect("plansight runs")
}

fn workspace() -> String {
    let dir = std::env::temp_dir().join(format!("plansight-cli-ask-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let ws = dir.join("w.plansight").display().to_string();
    for args in [
        vec!["workspace", "init", "--workspace", &ws],
        vec![
            "workspace",
            "import",
            "--workspace",
            &ws,
            "--plan",
            &sample("ae-fy26.toml"),
        ],
        vec![
            "workspace",
            "import",
            "--workspace",
            &ws,
            "--sellers",
            &sample("sellers.csv"),
        ],
        vec![
            "workspace",
            "import",
            "--workspace",
            &ws,
            "--deals",
            &sample("deals.csv"),
        ],
    ] {
        let o = plansight(&args);
        assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    }
    ws
}

#[test]
fn ask_answers_in_words_and_in_json() {
    let ws = workspace();
    let o = plansight(&["ask", "--workspace", &ws, "--seller", "s02", "How much have I earned?"]);
    assert!(o.status.success());
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.starts_with("Understood: Earnings, year to date, all measures, for Jordan Rossi.\nJordan Rossi has earned USD 68,008.83"),
        "{text}"
    );

    let o = plansight(&[
        "ask",
        "--workspace",
        &ws,
        "--seller",
        "s02",
        "--json",
        "what would a 200k deal closing in Q3 pay?",
    ]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["intent"], "what_if_deal");
    assert_eq!(v["arguments"]["new_deal"]["amount"], "200000.00");
    assert_eq!(v["arguments"]["new_deal"]["close_date"], "2026-10-31");
    assert!(
        v["understood"]
            .as_str()
            .unwrap()
            .contains("if a new deal of USD 200,000.00 were won on 2026-10-31"),
        "{v}"
    );
    assert_ne!(v["figures"]["added"], "0.00");
    assert!(v["answer"].as_str().unwrap().contains("would add USD "), "{v}");
    assert!(v["citations"].as_array().unwrap().is_empty());

    let o = plansight(&["ask", "--workspace", &ws, "--json", "what is the threshold?"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["intent"], "plan_rule");
    assert!(v["citations"][0].as_str().unwrap().starts_with("§3.2"), "{v}");

    let o = plansight(&["ask", "--workspace", &ws, "--seller", "s02", "tell me a joke"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("I can only answer questions about your compensation plan"));
}

#[test]
fn ask_refuses_an_unknown_seller_with_exit_2() {
    let ws = workspace();
    let o = plansight(&[
        "ask",
        "--workspace",
        &ws,
        "--seller",
        "nobody",
        "how much have I earned",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no seller \"nobody\""));
}

#[test]
fn ask_with_the_model_keeps_the_engines_figures() {
    let ws = workspace();
    let plain = plansight(&[
        "ask",
        "--workspace",
        &ws,
        "--seller",
        "s02",
        "--json",
        "How much have I earned?",
    ]);
    let worded = plansight(&[
        "ask",
        "--workspace",
        &ws,
        "--seller",
        "s02",
        "--json",
        "--model",
        "How much have I earned?",
    ]);
    assert!(worded.status.success(), "{}", String::from_utf8_lossy(&worded.stderr));
    let (a, b): (serde_json::Value, serde_json::Value) = (
        serde_json::from_slice(&plain.stdout).unwrap(),
        serde_json::from_slice(&worded.stdout).unwrap(),
    );
    assert_eq!(a["figures"], b["figures"]);
    assert_eq!(a["intent"], b["intent"]);
    // Whoever worded it, the total is in it.
    assert!(b["answer"].as_str().unwrap().contains("68,008.83"), "{b}");
    assert!(b["wording"] == "model" || b["wording"] == "template", "{b}");
}

#[test]
fn ask_follows_up_with_a_context_file() {
    let ws = workspace();
    let context = std::path::Path::new(&ws).with_file_name(format!("conversation-{}.json", std::process::id()));
    let _ = std::fs::remove_file(&context);
    let ctx = context.display().to_string();
    let ask = |q: &str| {
        let o = plansight(&[
            "ask",
            "--workspace",
            &ws,
            "--seller",
            "s02",
            "--context",
            &ctx,
            "--json",
            q,
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()
    };
    let first = ask("how much did I earn in Q4?");
    assert_eq!(first["arguments"]["period"], "Q4");
    assert_eq!(first["arguments"]["figure"], "earnings");
    // "and in Q3?" is the same question for another quarter.
    let next = ask("and in Q3?");
    assert_eq!(next["arguments"]["period"], "Q3");
    assert_eq!(next["arguments"]["figure"], "earnings");
    assert_ne!(next["figures"]["value"], first["figures"]["value"]);
    // Without the context, the same words are unclear and are asked back.
    let o = plansight(&["ask", "--workspace", &ws, "--seller", "s02", "--json", "and in Q3?"]);
    let alone: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(alone["intent"], "clarify");
    assert!(!alone["arguments"]["readings"].as_array().unwrap().is_empty());
    // A context file that is not a conversation is refused with exit 2, naming the file.
    std::fs::write(&context, "not json").unwrap();
    let o = plansight(&[
        "ask",
        "--workspace",
        &ws,
        "--seller",
        "s02",
        "--context",
        &ctx,
        "and in Q2?",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&ctx) && err.contains("not readable"), "{err}");
}
