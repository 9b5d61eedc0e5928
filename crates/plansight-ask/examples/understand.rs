//! How the parser understands questions, for working on it: reads lines `asker|question`
//! (earlier questions of a conversation as more `|`-separated parts before the last) from
//! stdin and prints each understood query in the form the question sets are judged in.
//!
//! `cargo run --example understand -- WORKSPACE < questions`, WORKSPACE one of the
//! understanding sets' workspaces: sample, maven, or a generated one under eval/ (third …).

#[path = "../tests/common/mod.rs"]
mod common;

use plansight_ask::eval::canonical_of;
use plansight_ask::query::context::Conversation;
use plansight_ask::query::Understood;
use plansight_ask::{ask_in, understand, Context};
use std::io::BufRead;

fn main() {
    let name = std::env::args().nth(1).unwrap_or_else(|| "sample".into());
    let (mut inputs, doc) = match name.as_str() {
        "sample" => common::sample(),
        "maven" => common::maven(),
        other => common::generated(other),
    };
    // (a generated workspace's held-out set says the day it was written as of)
    let heldout = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("eval")
        .join(&name)
        .join("heldout.toml");
    if let Ok(text) = std::fs::read_to_string(heldout) {
        inputs.as_of = plansight_ask::eval::set_as_of(&text);
    }
    let calc = plansight_engine::calculate(&inputs).expect("the workspace calculates");
    let scenarios = if name == "sample" {
        common::scenarios()
    } else {
        Vec::new()
    };
    let ctx = Context {
        inputs: &inputs,
        calc: &calc,
        document: Some(&doc),
        scenarios: &scenarios,
        history: None,
    };
    if std::env::var_os("PLANSIGHT_SHOW_TERMS").is_some() {
        let v = plansight_ask::query::vocabulary::Vocabulary::new(&inputs, Some(&doc), Vec::new());
        println!(
            "terms: {:?}\ntier nouns: {:?}\naccelerator: {:?} {:?}\nmeasure aliases: {:?}\nidea words: {:?}\ntype aliases: {:?}\nproduct aliases: {:?}",
            v.terms,
            v.tier_nouns,
            v.accelerator,
            v.accelerator_words,
            v.measure_aliases,
            v.idea_words,
            v.type_aliases,
            v.product_aliases
        );
    }
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin reads");
        let parts: Vec<&str> = line.split('|').collect();
        let [asker, earlier @ .., question] = parts.as_slice() else {
            continue;
        };
        let mut conversation = Conversation::default();
        for e in earlier {
            ask_in(&ctx, asker, e, &mut conversation);
        }
        let u = understand(&ctx, asker, question, &conversation);
        let shown = match &u {
            Understood::Answer(_) => serde_json::Value::Object(canonical_of(&u, None)).to_string(),
            other => format!("{other:?}").chars().take(600).collect(),
        };
        println!("{question}\n    {shown}");
        if std::env::var_os("PLANSIGHT_SHOW_ANSWER").is_some() {
            let a = ask_in(&ctx, asker, question, &mut conversation);
            println!("    => {}", a.answer);
        }
    }
}
