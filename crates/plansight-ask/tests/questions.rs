//! The question set (eval/questions.toml) over the sample workspace: every question must
//! be understood as its intent with its arguments, plan answers must cite the expected
//! clause, figures must be the engine's, and no answer may carry a number that the
//! engine, the question or the plan document did not give. `make eval` prints the
//! figures of this run (`--nocapture`).

mod common;

use common::sample;
use plansight_ask::{ask, ungrounded, Context};
use std::time::Instant;

/// The held-out sets (eval/heldout*.toml): phrasings written without the parser in view.
/// The first one's misses were then fixed (it is reported, but is no longer held out);
/// the second was written after that and never tuned for. Printed by `make eval`; the
/// floor only catches a parser that stops understanding plain phrasings.
/// The intent an answer is in this set's older taxonomy (written before the query
/// language): the same computation under its older name, where there is one. The query
/// language is finer (a distance to the accelerator is no longer "the next tier"; a
/// period's earnings are no longer the year's), so some labels here are now coarser than
/// what is understood; the understanding sets (tests/understanding.rs) are labelled in the
/// query language.
fn legacy(a: &plansight_ask::Answer) -> String {
    let has = |k: &str| a.arguments.get(k).is_some();
    match a.intent.as_str() {
        "value_earnings" if has("deal") || has("account") => "explain_deal",
        "value_earnings" | "value_payable" if !has("period") || a.arguments["period"] == "FY" => "earnings",
        "value_payable" => "payout",
        "value_distance" => "next_tier",
        "value_pace" => "attainment",
        other => other,
    }
    .to_string()
}

#[test]
fn held_out_questions_are_mostly_understood() {
    let (inputs, document) = sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let scenarios = common::scenarios();
    let ctx = Context {
        inputs: &inputs,
        calc: &calc,
        document: Some(&document),
        scenarios: &scenarios,
        history: None,
    };
    for (name, file) in [
        (
            "held-out set 1 (its misses since fixed)",
            include_str!("../eval/heldout.toml"),
        ),
        (
            "held-out set 2 (never tuned for)",
            include_str!("../eval/heldout-2.toml"),
        ),
    ] {
        let set: toml_edit::DocumentMut = file.parse().unwrap();
        let questions = set["question"].as_array_of_tables().unwrap();
        let (mut right, mut cited, mut to_cite) = (0, 0, 0);
        let mut wrong = Vec::new();
        for q in questions.iter() {
            let text = q["text"].as_str().unwrap();
            let a = ask(&ctx, "s02", text);
            assert!(ungrounded(&a, text).is_empty(), "{text}: {}", a.answer);
            if let Some(cite) = q.get("cite").and_then(|c| c.as_str()) {
                to_cite += 1;
                let first = a.citations.first().cloned().unwrap_or_default();
                if first.starts_with(&format!("§{cite} ")) {
                    cited += 1;
                } else {
                    wrong.push(format!("{text}: cites {first:?}, expected §{cite}"));
                }
            }
            if legacy(&a) == q["intent"].as_str().unwrap() {
                right += 1;
            } else {
                wrong.push(format!(
                    "{text}: understood as {} {}, expected {}",
                    a.intent,
                    a.arguments,
                    q["intent"].as_str().unwrap()
                ));
            }
        }
        let n = questions.len();
        println!(
            "{name}: intent {right}/{n} = {:.1}%; plan answers citing the expected clause first {cited}/{to_cite}",
            100.0 * right as f64 / n as f64
        );
        for w in &wrong {
            println!("  missed: {w}");
        }
        assert!(right * 100 >= n * 50, "{name}: {wrong:#?}");
    }
}

#[test]
fn the_question_set_is_understood_answered_and_grounded() {
    let (inputs, document) = sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let scenarios = common::scenarios();
    let ctx = Context {
        inputs: &inputs,
        calc: &calc,
        document: Some(&document),
        scenarios: &scenarios,
        history: None,
    };
    let set: toml_edit::DocumentMut = include_str!("../eval/questions.toml").parse().unwrap();
    let questions = set["question"].as_array_of_tables().unwrap();
    let (mut intents, mut arguments, mut figures, mut figure_checked) = (0, 0, 0, 0);
    let (mut hand_checked, mut hand_right) = (0, 0);
    let mut wrong = Vec::new();
    let mut ungrounded_answers = Vec::new();
    let mut times = Vec::new();
    for q in questions.iter() {
        let s = |k: &str| q.get(k).and_then(|v| v.as_str()).map(str::to_string);
        let text = s("text").unwrap();
        let start = Instant::now();
        let a = ask(&ctx, &s("seller").unwrap(), &text);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        let bad = ungrounded(&a, &text);
        if !bad.is_empty() {
            ungrounded_answers.push(format!("{text}: {bad:?} in \"{}\"", a.answer));
        }
        if legacy(&a) != s("intent").unwrap() {
            wrong.push(format!(
                "{text}: understood as {} {}, expected {}",
                a.intent,
                a.arguments,
                s("intent").unwrap()
            ));
            continue;
        }
        intents += 1;
        // The query's keys (docs/ask-queries.md): a hypothetical deal's parts are under `new_deal`.
        let arg = |k: &str| {
            let path: &[&str] = match k {
                "seller" => &["who"],
                "amount" => &["new_deal", "amount"],
                "close_date" => &["new_deal", "close_date"],
                "deal_type" => &["new_deal", "type"],
                _ => &[k],
            };
            let v = path.iter().try_fold(&a.arguments, |v, p| v.get(*p));
            match (k, v.and_then(|v| v.as_str())) {
                // A hypothetical deal of no type said is a new deal (run as one).
                ("deal_type", None) if a.arguments.get("new_deal").is_some() => Some("new".to_string()),
                (_, s) => s.map(str::to_string),
            }
        };
        let mut ok = true;
        for (key, arg_key) in [
            ("for", "seller"),
            ("measure", "measure"),
            ("period", "period"),
            ("deal", "deal"),
            ("amount", "amount"),
            ("close_date", "close_date"),
            ("deal_type", "deal_type"),
        ] {
            if let Some(expected) = s(key) {
                if arg(arg_key).as_deref() != Some(expected.as_str()) {
                    wrong.push(format!("{text}: {arg_key} is {:?}, expected {expected}", arg(arg_key)));
                    ok = false;
                }
            }
        }
        if let Some(cite) = s("cite") {
            let first = a.citations.first().cloned().unwrap_or_default();
            if !(first.starts_with(&format!("§{cite} "))
                || first.starts_with(&format!("§{cite}."))
                || !cite.contains('.') && first.starts_with(&format!("§{cite}.")))
            {
                wrong.push(format!("{text}: cites {first:?}, expected §{cite}"));
                ok = false;
            }
        }
        arguments += usize::from(ok);
        // Figures checked by hand (the file's header says how).
        if let Some(expect) = q.get("expect").and_then(|e| e.as_inline_table()) {
            for (key, value) in expect.iter() {
                hand_checked += 1;
                let value = value.as_str().unwrap();
                if a.figures.get(key).map(String::as_str) == Some(value) {
                    hand_right += 1;
                } else {
                    wrong.push(format!(
                        "{text}: {key} is {:?}, checked by hand as {value}",
                        a.figures.get(key)
                    ));
                }
            }
        }
        // Figures, looked up in the calculation directly.
        let seller = arg("seller");
        let found = seller.as_deref().and_then(|id| calc.seller(id));
        let expected = match (a.intent.as_str(), found) {
            ("earnings", Some(r)) => Some(("total", r.total.money())),
            ("payout", Some(r)) => r
                .payouts
                .iter()
                .find(|p| Some(&p.period) == arg("period").as_ref())
                .map(|p| ("payable", p.payable.money())),
            ("explain_deal", Some(r)) => Some((
                "total",
                r.items
                    .iter()
                    .filter(|i| i.deal.as_deref() == arg("deal").as_deref())
                    .map(|i| i.amount)
                    .sum::<plansight_plan::Exact>()
                    .money(),
            )),
            _ => None,
        };
        if let Some((key, value)) = expected {
            figure_checked += 1;
            if a.figures.get(key) == Some(&value) && a.answer.contains(&plansight_plan::fixed::group_thousands(&value))
            {
                figures += 1;
            } else {
                wrong.push(format!(
                    "{text}: {key} is {:?} (answer \"{}\"), expected {value}",
                    a.figures.get(key),
                    a.answer
                ));
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let n = questions.len();
    println!("question set: {n} questions");
    println!(
        "intent accuracy: {intents}/{n} = {:.1}%",
        100.0 * intents as f64 / n as f64
    );
    println!(
        "intent and arguments: {arguments}/{n} = {:.1}%",
        100.0 * arguments as f64 / n as f64
    );
    println!("figures checked against the engine: {figures}/{figure_checked}");
    println!("figures checked by hand: {hand_right}/{hand_checked}");
    println!(
        "answers with a number the engine did not give: {}",
        ungrounded_answers.len()
    );
    println!(
        "latency (deterministic path, no model): p50 {:.2} ms, max {:.2} ms",
        times[n / 2],
        times[n - 1]
    );
    for w in &wrong {
        println!("  wrong: {w}");
    }
    assert!(ungrounded_answers.is_empty(), "{ungrounded_answers:#?}");
    // This set is labelled in the older, coarser taxonomy (see `legacy`); the gate on
    // understanding is tests/understanding.rs. Here: no regression below this stop's level,
    // and every figure that is checked matches the engine.
    assert!(intents * 100 >= n * 88, "intent accuracy below 88%: {wrong:#?}");
    assert!(arguments * 100 >= n * 85, "argument accuracy below 85%: {wrong:#?}");
    assert_eq!(figures, figure_checked, "{wrong:#?}");
    assert!(hand_right * 100 >= hand_checked * 80, "{wrong:#?}");
}
