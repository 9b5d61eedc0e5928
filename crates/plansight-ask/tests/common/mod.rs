//! Helpers shared by the assistant's tests.

/// The sample workspace's inputs and its plan document.
pub fn sample() -> (plansight_plan::Inputs, String) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sample-data");
    let inputs = plansight_plan::load_inputs(
        &dir.join("ae-fy26.toml"),
        &dir.join("deals.csv"),
        Some(&dir.join("sellers.csv")),
        None,
    )
    .expect("the sample loads");
    (inputs, std::fs::read_to_string(dir.join("ae-fy26.md")).unwrap())
}
