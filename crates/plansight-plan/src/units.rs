//! The plan's exact quantities as distinct types, so that a rate cannot be passed where
//! money is expected (nor a point where a share is). Each wraps the scaled integer the
//! plan language reads (spec section 1, digits in [`crate::fixed`]); the engines take
//! `.0` only where they compute with the raw integer (polars columns, exact kernels),
//! and money enters exact arithmetic through [`crate::Exact::from_cents`].

/// Money in cents (`"1234.50"` is `Cents(123_450)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Cents(pub i64);

/// A rate scaled by 10^6 (`"0.085"` is `Rate(85_000)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Rate(pub i64);

/// An attainment point scaled by 10^4 (`"1.5"` is `Point(15_000)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Point(pub i64);

/// A weight, split or probability scaled by 10^4 (`"1"` is `Share(10_000)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Share(pub i64);

impl Cents {
    /// No money.
    pub const ZERO: Cents = Cents(0);
}

impl Share {
    /// The whole: a weight, split or probability of 1.
    pub const ONE: Share = Share(10_000);
}
