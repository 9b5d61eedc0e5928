//! The bundled model loads and generates. `make test` fetches it first, so a missing
//! model is a failure that says how to fetch it (`make model`).

mod common;

use plansight_assistant::LoadedModel;

#[test]
fn the_bundled_model_loads_and_answers() {
    let verified = common::required_model();
    let model = LoadedModel::load(&verified).unwrap();
    let out = model
        .chat("You are a helpful assistant.", "Say hello in one short sentence.", 24)
        .unwrap();
    assert!(out.prompt_tokens > 5);
    assert!(out.generated_tokens > 0, "the model generated nothing");
    assert!(!out.text.trim().is_empty());
    eprintln!(
        "{} prompt tokens in {:?}; {} tokens at {:.1} tokens/s: {:?}",
        out.prompt_tokens,
        out.prompt_time,
        out.generated_tokens,
        out.tokens_per_second(),
        out.text
    );
}
