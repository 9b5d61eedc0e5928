//! The plan optimiser: given last year's data, a budget and the levers a designer may
//! move, the plan that costs what the budget allows and does best on the chosen
//! objective, beside the naive answer (every moving rate scaled by one factor).
//!
//! With the tier boundaries fixed, every seller's payout is linear in the tier rates
//! ([`linear`]): the rates are solved exactly as a linear program (microlp), and the
//! boundaries (tier starts, thresholds, caps, quotas, the target incentive) are searched
//! around their values ([`solve`]). Every plan is scored on exact payouts from the
//! forecast crate's fast path, which tests hold equal to the engine.
#![deny(missing_docs)]

mod diff;
pub mod json;
pub mod lever;
pub mod linear;
pub mod objective;
pub mod plan_toml;
mod share;
pub mod solve;

pub use diff::diff;
pub use lever::Lever;
pub use objective::{Objective, Score};
pub use solve::{solve, Evaluated, Request, Solution, SolveError};

/// `a × n ÷ d` (d > 0), rounded toward negative infinity, in 256 bits: money at 10^-24
/// times a percentage overflows 128 for a large team in a small currency unit.
pub fn wide(a: i128, n: i128, d: i128) -> i128 {
    use ethnum::I256;
    let q = I256::from(a) * I256::from(n);
    let d = I256::from(d);
    let (mut div, rem) = (q / d, q % d);
    if rem != 0 && (rem < 0) != (d < 0) {
        div -= 1;
    }
    div.as_i128()
}
