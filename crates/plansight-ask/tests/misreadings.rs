//! Ordinary questions that words added for other questions must not capture: a period's
//! best month is not the plan's calendar, money earned is not a rule, counting deals won is
//! not a request to change them, a quota scaled by a percentage uses that percentage.

mod common;

use plansight_ask::ask;

#[test]
fn ordinary_questions_keep_their_reading() {
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    for (q, op, figure) in [
        ("which months did I earn the most?", "best_period", "earnings"),
        ("how much have I already earned this year?", "value", "earnings"),
        ("how many deals did I move to won in Q3?", "value", "deal_count"),
        ("what if my new ARR quota were 10% lower", "value", "earnings"),
    ] {
        let a = ask(&ctx, "s02", q);
        assert_eq!(
            (a.arguments["op"].as_str(), a.arguments["figure"].as_str()),
            (Some(op), Some(figure)),
            "{q}: {a:?}"
        );
        assert!(!a.figures.is_empty(), "{q}: {a:?}");
    }
}
