//! A word the assistant does not know is asked back, with the reading it has as the one
//! choice; words it does know (English, the workspace's names, typos of either) are not.

mod common;

use plansight_ask::ask;

#[test]
fn an_unknown_word_is_asked_back_with_the_reading_as_its_choice() {
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    let a = ask(&ctx, "s02", "how much did my zorblat deals make me in Q3?");
    assert_eq!(a.intent, "clarify", "{a:?}");
    assert!(a.answer.contains("\"zorblat\""), "the word is named: {}", a.answer);
    assert_eq!(a.readings.len(), 1, "{a:?}");
    assert!(
        a.readings[0].contains("Q3"),
        "the reading keeps the rest: {:?}",
        a.readings
    );
    assert!(
        a.figures.keys().all(|k| k == "as_of"),
        "no figure before the reading is chosen: {a:?}"
    );
    // Without the word, the reading is answered.
    let a = ask(&ctx, "s02", "how much did my deals make me in Q3?");
    assert_eq!(a.arguments["figure"].as_str(), Some("earnings"), "{a:?}");
    assert!(!a.figures.is_empty(), "{a:?}");
}

#[test]
fn known_words_typos_and_the_workspace_s_names_are_answered() {
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    for q in [
        "whats my comission this qtr",
        "how much did i make in q3 lol",
        "my attainmnet ytd?",
        "what's my new ARR attainment?",
    ] {
        let a = ask(&ctx, "s02", q);
        assert_ne!(a.intent, "clarify", "{q}: {a:?}");
        assert!(!a.figures.is_empty(), "{q}: {a:?}");
    }
    // A seller's surname is no English word, but the roster's.
    let roster = inputs.roster.as_ref().expect("the sample has a roster");
    let seller = roster.iter().find_map(|s| s.name.clone()).expect("a named seller");
    let q = format!("what did {seller} earn in Q2?");
    let a = ask(&ctx, "s01", &q);
    assert_ne!(a.intent, "clarify", "{q}: {a:?}");
}

#[test]
fn the_document_s_own_words_are_known() {
    // The thirtieth workspace's document names its call-off orders "Abrufe".
    let (inputs, doc) = common::generated("thirtieth");
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    let a = ask(&ctx, "stefan kowalczyk", "how many abrufe did i book in q2");
    assert_eq!(a.arguments["deal_type"].as_str(), Some("call-off"), "{a:?}");
    let a = ask(&ctx, "stefan kowalczyk", "how many blorfs did i book in q2");
    assert_eq!(a.intent, "clarify", "{a:?}");
}
