//! The grounding check compares numbers by value, not as text: "17,500", "$17,500.00" and
//! "17500" are one number, and a "7" is not grounded by the 7 inside "17,500.00". The
//! model's wording of an answer stands only if it keeps every number of the template and
//! adds none that the template or the question did not give.

mod common;

use common::sample;
use plansight_ask::{accepts_wording, ask, grounded, ungrounded, Answer, Context};

const QUESTION: &str = "what would a 17,500 deal closing in March pay?";

/// The template's answer to [`QUESTION`]: it writes the amount as "USD 17,500.00".
fn what_if_answer() -> Answer {
    let (inputs, doc) = sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = Context {
        inputs: &inputs,
        calc: &calc,
        document: Some(&doc),
        scenarios: &[],
        history: None,
    };
    let a = ask(&ctx, "s02", QUESTION);
    assert_eq!(a.intent, "what_if_deal", "{}", a.answer);
    assert_eq!(a.figures["amount"], "17500.00");
    assert!(a.answer.contains("USD 17,500.00"), "{}", a.answer);
    assert!(grounded(&a, QUESTION), "{}", a.answer);
    a
}

#[test]
fn an_invented_one_digit_number_is_not_grounded_by_a_figure_that_contains_the_digit() {
    let a = what_if_answer();
    // The template says nothing about "7"; the digit 7 only occurs inside 17,500.00 (the
    // amount, in the figures, the arguments and the question).
    let worded = format!("{} That is about 7 deals like your last one.", a.answer);
    assert!(!accepts_wording(&a, &worded, QUESTION), "accepted: {worded}");
    let mut shown = a.clone();
    shown.answer = worded;
    assert_eq!(ungrounded(&shown, QUESTION), vec!["7".to_string()]);
    assert!(!grounded(&shown, QUESTION));
}

#[test]
fn the_same_value_written_another_way_is_the_same_number() {
    let a = what_if_answer();
    // 17,500 is 17,500.00: the wording keeps the number and adds none.
    for written in ["USD 17,500", "$17,500.00", "USD 17500", "17,500.0 dollars"] {
        let worded = a.answer.replace("USD 17,500.00", written);
        assert!(accepts_wording(&a, &worded, QUESTION), "refused: {worded}");
        let mut shown = a.clone();
        shown.answer = worded;
        assert!(ungrounded(&shown, QUESTION).is_empty(), "{}", shown.answer);
    }
    // A different value, however close in its digits, is another number.
    for written in ["USD 17,500.50", "USD 1,750", "USD 175,000"] {
        let worded = a.answer.replace("USD 17,500.00", written);
        assert!(!accepts_wording(&a, &worded, QUESTION), "accepted: {worded}");
    }
    // Dropping a number of the template is refused too, and so is an empty wording.
    let dropped = a.answer.replace("USD 17,500.00", "that size");
    assert!(!accepts_wording(&a, &dropped, QUESTION), "accepted: {dropped}");
    assert!(!accepts_wording(&a, "", QUESTION));
    assert!(accepts_wording(&a, &a.answer, QUESTION));
}

#[test]
fn percents_and_dates_are_compared_by_value() {
    let a = Answer {
        intent: "attainment".into(),
        arguments: serde_json::json!({ "seller": "s02" }),
        understood: "Attainment, year to date, all measures, for Avery Brooks".into(),
        readings: Vec::new(),
        reading_queries: Vec::new(),
        query: None,
        focus: None,
        person: None,
        answer: "Avery's attainment as of 2026-06-30: New ARR FY: 45.2% (USD 226,000.00 of USD 500,000.00).".into(),
        figures: [
            ("as_of", "2026-06-30"),
            ("new_arr_FY_attainment_percent", "45.2"),
            ("new_arr_FY_credit", "226000.00"),
            ("new_arr_FY_quota", "500000.00"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect(),
        citations: Vec::new(),
        evidence: vec!["Q1 Q2 Q3 Q4 FY".into()],
    };
    let q = "what's my attainment?";
    assert!(grounded(&a, q));
    let kept = "As of 2026-06-30 you are at 45.20% of your FY quota: $226,000 of $500,000 in new ARR.";
    assert!(accepts_wording(&a, kept, q), "refused: {kept}");
    // 45% is not 45.2%; the 30th of June 2026 is not 2026-06-30 spelled as a date, and
    // neither 30 nor 2026 alone is a number of the template.
    for invented in [
        "As of 2026-06-30 you are at 45% of your FY quota: $226,000 of $500,000 (45.2%).",
        "As of 2026-06-30 (June 30) you are at 45.2%: $226,000 of $500,000.",
        "As of 2026-06-30 you are at 45.2% in 2026: $226,000 of $500,000.",
        "As of 2026-06-29 you are at 45.2%: $226,000 of $500,000 (as of 2026-06-30).",
    ] {
        assert!(!accepts_wording(&a, invented, q), "accepted: {invented}");
    }
}

#[test]
fn a_deal_id_names_a_record_and_its_digits_are_no_figure() {
    let a = what_if_answer();
    let mut shown = a.clone();
    shown.answer = format!("{} Deal OPP-20262 pays nothing.", a.answer);
    assert!(ungrounded(&shown, QUESTION).is_empty(), "{}", shown.answer);
    // The same digits standing alone are a number the engine did not give.
    shown.answer = format!("{} That is 20262 more.", a.answer);
    assert_eq!(ungrounded(&shown, QUESTION), vec!["20262".to_string()]);
}
