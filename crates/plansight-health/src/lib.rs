//! Data health: a catalogue of checks over a workspace's plan, roster, price list and
//! credit lines, each finding with the lines and sellers it concerns, a message in
//! words (what, where, why it matters, what to do), the money at stake (the engine's
//! payout change if the fix were applied, exact) and, where the data allows one, a fix
//! as line edits that the workspace applies as one undoable change.
//!
//! [`Checker`] holds the lines indexed by seller, deal, product and spelling, and keeps
//! the findings of each part; after an edit only the parts the edited lines belong to
//! are checked and priced again.

#![deny(missing_docs)]

mod checker;
mod checks;
mod finding;
mod index;
pub mod names;
mod report;
pub mod stake;

pub use checker::{Checker, Context, DateMove};
pub use checks::Field;
pub use finding::{Edit, Finding, Fix, Kind, LineKey, Severity};
pub use report::{report_json, Summary};
