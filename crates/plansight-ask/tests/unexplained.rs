//! A number the question says and the understood query leaves unused is asked back, never
//! answered as a different question; a number the plan itself quotes only names a part.

mod common;

use plansight_ask::ask;

#[test]
fn an_unused_number_is_asked_back_with_readings_that_use_it() {
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    // "gizmo" names no part of the plan: today's team cost would answer another question.
    let a = ask(&ctx, "s02", "team cost with a 37% gizmo");
    assert_eq!(a.intent, "clarify", "{a:?}");
    assert!(a.answer.contains("which reading of 37%"), "{}", a.answer);
    let readings = a.arguments["readings"].as_array().expect("readings");
    assert!(!readings.is_empty());
    for r in readings {
        assert_eq!(r["lever"]["value"], "0.37", "every reading uses the number: {r}");
    }
    // Money: a deal of that size, or a quota.
    let a = ask(&ctx, "s02", "what do I take home with 45k of flurbs");
    assert_eq!(a.intent, "clarify", "{a:?}");
    let readings = a.arguments["readings"].as_array().unwrap();
    assert_eq!(readings[0]["new_deal"]["amount"], "45000.00", "{readings:?}");
    assert!(a.answer.contains("which reading of 45,000.00"), "{}", a.answer);
    assert_eq!(
        a.figures.keys().collect::<Vec<_>>(),
        ["as_of"],
        "no figure but the date"
    );
}

#[test]
fn numbers_the_plan_quotes_or_the_query_uses_are_answered() {
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    for q in [
        "how far am I from the 150% cap",
        "what if my quota was 1.2M",
        "what would a 200k deal pay me",
        "my earnings in Q3",
        // The plan's own bonus amount names the bonus.
        "how much did the $5,000 club milestone pay me",
    ] {
        let a = ask(&ctx, "s02", q);
        assert_ne!(a.intent, "clarify", "{q}: {a:?}");
        assert!(!a.figures.is_empty(), "{q}: {a:?}");
    }
}
