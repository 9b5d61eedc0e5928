//! Questions about what is likely, answered from the forecast: "what am I likely to earn
//! this year?", "what are my chances of hitting the accelerator?", "which deals should I
//! focus on?". The figures are the forecast's (the same run as `plansight forecast`);
//! the understanding is measured on a held-out set written by someone who never saw the
//! parser (`eval/forecast-heldout.toml`).

mod common;

use common::sample;
use plansight_ask::query::context::Conversation;
use plansight_ask::query::{ForecastAsk, Understood};
use plansight_ask::{ask, grounded, understand};
use plansight_forecast::{forecast, History, Options};

#[test]
fn the_three_questions_are_answered_from_the_forecast() {
    let (inputs, doc) = sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let c = common::context(&inputs, &calc, &doc);
    let f = forecast(
        &inputs,
        &History::default(),
        &Options {
            seller: Some("s02".into()),
            ..Options::default()
        },
    )
    .unwrap();
    let s = &f.sellers[0];

    let q = "what am I likely to earn this year?";
    let a = ask(&c, "s02", q);
    assert_eq!(a.intent, "forecast", "{q}");
    assert_eq!(a.figures["forecast_expected"], s.payout.expected.money());
    assert_eq!(a.figures["forecast_p10"], s.payout.p10.money());
    assert_eq!(a.figures["forecast_p90"], s.payout.p90.money());
    assert!(grounded(&a, q), "{}", a.answer);

    let q = "what are my chances of hitting the accelerator?";
    let a = ask(&c, "s02", q);
    assert_eq!(a.intent, "forecast_chance", "{q}");
    // The document calls the New ARR tier from 100% the accelerator.
    let reach = s
        .reach
        .iter()
        .find(|r| r.what == "New ARR FY: tier 3 (from 100%)")
        .unwrap();
    let shown = plansight_forecast::json::percent(reach.runs as i128, f.runs as i128);
    assert!(
        a.answer.contains(&format!("New ARR FY: tier 3 (from 100%): {shown}")),
        "{}",
        a.answer
    );
    assert!(grounded(&a, q), "{}", a.answer);

    let q = "which deals should I focus on?";
    let a = ask(&c, "s02", q);
    assert_eq!(a.intent, "coach", "{q}");
    let coaching = plansight_forecast::coach::coach(&inputs, &History::default(), "s02", 300, 1).unwrap();
    assert!(a.answer.contains(&coaching.deals[0].deal), "{}", a.answer);
    assert_eq!(a.figures["deal_0_worth"], coaching.deals[0].worth.money());
    assert!(grounded(&a, q), "{}", a.answer);
}

#[test]
fn a_seller_named_in_the_question_is_forecast() {
    let (inputs, doc) = sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let c = common::context(&inputs, &calc, &doc);
    let u = understand(
        &c,
        "s02",
        "what is Jordan Rossi likely to earn this year?",
        &Conversation::default(),
    );
    assert!(
        matches!(u, Understood::Forecast { ref seller, ask: ForecastAsk::Payout } if seller == "s02"),
        "{u:?}"
    );
}

/// The label of what was understood, in the held-out set's words.
fn label(u: &Understood) -> (String, String) {
    match u {
        Understood::Forecast { ask, .. } => match ask {
            ForecastAsk::Payout => ("payout".into(), String::new()),
            ForecastAsk::Chances(m) => ("chance".into(), m.clone().unwrap_or_default()),
            ForecastAsk::Focus => ("focus".into(), String::new()),
            ForecastAsk::BudgetCut(_) => ("budget".into(), String::new()),
        },
        _ => ("other".into(), String::new()),
    }
}

#[test]
fn held_out_phrasings_of_forecast_questions() {
    let (inputs, doc) = sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let c = common::context(&inputs, &calc, &doc);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/eval/forecast-heldout.toml");
    let set: toml_edit::DocumentMut = std::fs::read_to_string(path).unwrap().parse().unwrap();
    let questions = set["question"].as_array_of_tables().unwrap();
    let (mut right, mut wrong_forecast, mut total) = (0, 0, 0);
    for q in questions {
        let text = q["text"].as_str().unwrap();
        let want = (
            q["label"].as_str().unwrap().to_string(),
            q.get("mark").and_then(|m| m.as_str()).unwrap_or_default().to_string(),
        );
        let got = label(&understand(&c, "s02", text, &Conversation::default()));
        total += 1;
        if got == want {
            right += 1;
        } else if want.0 == "other" || (got.0 != "other" && got.0 != want.0) {
            // A forecast answer to a question that is not one (or to another one).
            wrong_forecast += 1;
        }
        if std::env::var_os("PLANSIGHT_SHOW_HELDOUT").is_some() && got != want {
            eprintln!("{text:?}: want {want:?}, got {got:?}");
        }
    }
    eprintln!("forecast questions, held-out: {right}/{total} right, {wrong_forecast} answered as another question");
    assert!(total >= 40);
    // Floors below the measured figures (reported in docs/forecast.md), so a change that
    // loses understanding fails here.
    assert!(right * 100 >= total * 60, "{right}/{total}");
    assert!(
        wrong_forecast * 100 <= total * 10,
        "{wrong_forecast}/{total} answered as another question"
    );
}

#[test]
fn a_budget_cut_is_answered_by_the_optimiser() {
    let (inputs, doc) = sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let c = common::context(&inputs, &calc, &doc);
    let q = "what would a 3% budget cut do to the accelerator?";
    let a = ask(&c, "s02", q);
    assert_eq!(a.intent, "optimise_budget", "{q}");
    let year = plansight_plan::Inputs {
        as_of: None,
        ..inputs.clone()
    };
    let current: i128 = plansight_engine::calculate(&year)
        .unwrap()
        .sellers
        .iter()
        .map(|s| s.total.0)
        .sum();
    assert_eq!(a.figures["current_cost"], plansight_plan::Exact(current).money());
    assert_eq!(a.figures["budget"], plansight_plan::Exact(current * 97 / 100).money());
    let proposed: f64 = a.figures["proposed_cost"].parse().unwrap();
    let budget: f64 = a.figures["budget"].parse().unwrap();
    assert!(proposed <= budget);
    assert!(grounded(&a, q), "{}", a.answer);
}
