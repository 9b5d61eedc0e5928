//! What the model tests share: the bundled model, which they need. `make test` fetches it
//! into `PLANSIGHT_MODEL_DIR` before any test runs, so a missing or corrupt model is a
//! failure that says how to fetch it, here and under CI alike, never a silent pass.

use plansight_assistant::{bundled_model, VerifiedModel};

/// The bundled model, verified; fails the test, saying how to fetch it, when it is missing
/// or corrupt.
pub fn required_model() -> VerifiedModel {
    bundled_model().unwrap_or_else(|e| {
        panic!(
            "this test needs the bundled model, which `make test` fetches first (`make model` or \
             `bash scripts/fetch-model.sh` fetches it alone, into PLANSIGHT_MODEL_DIR): {e}"
        )
    })
}
