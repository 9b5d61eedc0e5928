mod common;
use plansight_ask::query::context::Conversation;
use plansight_ask::{understand, Context};

#[test]
fn scratch() {
    let ws = std::env::var("WS").unwrap_or("sample".into());
    let (inputs, doc) = match ws.as_str() {
        "sample" => common::sample(),
        "maven" => common::maven(),
        other => common::generated(other),
    };
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let v = plansight_ask::query::vocabulary::Vocabulary::new(&inputs, Some(&doc), vec![]);
    println!("TERMS {:?}", v.terms);
    println!("ACC {:?} {:?}", v.accelerator, v.accelerator_words);
    let ctx = Context {
        inputs: &inputs,
        calc: &calc,
        document: Some(&doc),
        scenarios: &[],
        history: None,
    };
    let asker = std::env::var("ASKER").unwrap_or("s02".into());
    for q in std::env::var("Q").unwrap_or_default().split('|') {
        println!("Q {q:?} => {:?}", understand(&ctx, &asker, q, &Conversation::default()));
    }
}
