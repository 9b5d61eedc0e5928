//! The catalogue of checks, one file per family: a seller's own lines (`seller.rs`),
//! a deal's shares (`split.rs`), amounts against what a product sells for
//! (`amounts.rs`), spellings of one name (`variants.rs`) and, for plan designers,
//! credit bunched at a period's end (`patterns.rs`).

mod amounts;
mod patterns;
mod seller;
mod split;
mod variants;

pub(crate) use amounts::product;
pub(crate) use patterns::{bunched, moved};
pub(crate) use seller::seller;
pub(crate) use split::deal;
pub(crate) use variants::variants;

use plansight_plan::{Cents, CreditLine, Exact};

/// A field whose spellings are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The product.
    Product = 0,
    /// The customer account.
    Account = 1,
    /// The seller (only without a roster: with one, a stranger is an unknown seller).
    Seller = 2,
}

impl Field {
    /// Every field.
    pub const ALL: [Field; 3] = [Field::Product, Field::Account, Field::Seller];

    /// The field's value on a line.
    pub fn of(self, l: &CreditLine) -> Option<&str> {
        match self {
            Field::Product => l.product.as_deref(),
            Field::Account => l.account.as_deref(),
            Field::Seller => Some(l.seller.as_str()),
        }
    }

    /// The field's name in words.
    pub fn word(self) -> &'static str {
        match self {
            Field::Product => "product",
            Field::Account => "account",
            Field::Seller => "seller",
        }
    }

    /// The line with this field set to `to`.
    pub fn set(self, l: &CreditLine, to: &str) -> CreditLine {
        let mut out = l.clone();
        match self {
            Field::Product => out.product = Some(to.to_string()),
            Field::Account => out.account = Some(to.to_string()),
            Field::Seller => out.seller = to.to_string(),
        }
        out
    }
}

/// Money in words, in the plan's currency.
pub(crate) fn money(cents: Cents, currency: &str) -> String {
    plansight_plan::shown::money(Exact::from_cents(cents), currency)
}

/// "D-1, D-2 and 3 more": a few deal ids for a message.
pub(crate) fn some_deals<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let ids: Vec<&str> = ids.into_iter().collect();
    let shown: Vec<&str> = ids.iter().take(5).copied().collect();
    if ids.len() > shown.len() {
        format!("{} and {} more", shown.join(", "), ids.len() - shown.len())
    } else {
        shown.join(", ")
    }
}

/// The line, held (it credits nothing until released), for pricing what it moves.
pub(crate) fn held(l: &CreditLine, why: &str) -> CreditLine {
    CreditLine {
        hold: Some(why.to_string()),
        ..l.clone()
    }
}
