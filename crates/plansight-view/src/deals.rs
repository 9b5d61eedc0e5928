//! Deals: a seller's credit lines, the deal form, and why a deal pays what it pays.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One credit line in the deals table, with what it earns the seller.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DealRow {
    /// The deal's id.
    pub id: String,
    /// The seller credited with this line.
    pub seller: String,
    /// The deal's name in the CRM (may be empty).
    pub name: String,
    /// The customer account (may be empty).
    pub account: String,
    /// The deal's amount, an exact decimal (before the split).
    pub amount: String,
    /// Close date (YYYY-MM-DD); empty for open pipeline without one.
    pub close_date: String,
    /// "won", "lost", "open" or "cancelled".
    pub stage: String,
    /// The deal type the plan's measures filter on (new, renewal, …).
    pub deal_type: String,
    /// The product the plan's measures filter on.
    pub product: String,
    /// The seller's share, as a percentage ("100", "50").
    pub split_percent: String,
    /// Everything this line earns the seller (measures and bonuses, after clawbacks).
    pub earnings: String,
    /// Why the line is held (it credits nothing until released); empty when it is not.
    pub hold: String,
}

/// A deal as the deal form holds it: fields as typed, empty for none. The deals parser
/// validates it, so a bad value gets the same message as in a CSV import.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DealForm {
    /// The deal's id (new or unchanged).
    pub id: String,
    /// The seller credited.
    pub seller: String,
    /// Amount as typed (thousands separators allowed).
    pub amount: String,
    /// Close date, YYYY-MM-DD (empty: none).
    pub close_date: String,
    /// won, lost, open or cancelled.
    pub stage: String,
    /// The deal type.
    pub deal_type: String,
    /// The product.
    pub product: String,
    /// This seller's share of the deal, as a percentage (empty: 100).
    pub split_percent: String,
    /// The customer account.
    pub account: String,
    /// The deal's name.
    pub name: String,
}

/// One earnings item of a deal, explained from the engine's trace.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ExplainedItem {
    /// What kind of earnings item: measure, bonus, clawback or cap adjustment.
    pub kind: String,
    /// What the item earns (negative for a clawback), an exact decimal.
    pub amount: String,
    /// The engine's explanation of it, from its trace.
    pub text: String,
}

/// Why a deal pays what it pays.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Explanation {
    /// The deal explained, or the figure ("New ARR earnings in Q2").
    pub deal: String,
    /// The seller.
    pub seller: String,
    /// The sum of the items.
    pub total: String,
    /// The items that make up the figure.
    pub items: Vec<ExplainedItem>,
    /// For a held deal: that it credits nothing until released, and why (else empty).
    pub held: String,
}
