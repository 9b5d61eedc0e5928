//! Property test: on random plans, rosters and deals within the spec, the polars
//! engine and the reference engine agree on every figure and item.

mod common;
use plansight_plan::random::random_inputs;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn polars_engine_agrees_with_reference(seed in any::<u64>()) {
        if let Some(inputs) = random_inputs(seed) {
            common::run(&inputs);
        }
    }
}

#[test]
fn most_generated_cases_are_valid() {
    // Guards the generator: a property test that only ever skips would prove nothing.
    let valid = (0..200u64).filter(|s| random_inputs(*s).is_some()).count();
    assert!(valid > 150, "only {valid} of 200 generated cases are valid");
}
