//! The domain's words for each part of a query, as sellers, managers and designers type
//! them (typos are forgiven by [`crate::fuzzy`]). Plan-specific names (measures, products,
//! the accelerator's own name) come from the [`super::vocabulary::Vocabulary`], not from here.

/// Earnings.
pub const EARN: &[&str] = &[
    "earn", "earned", "earning", "earnings", "making", "made", "make", "commission", "commissions", "comp",
    "compensation", "income", "money", "banked", "pocketed", "incentive", "pay me", "paid me", "pays", "paying",
    "worth to me", "get paid", "total", "earner", "earners", "bring in", "brought in", "pull in", "pulled in",
];
/// What a payout period pays.
pub const PAYABLE: &[&str] = &[
    "paid", "payout", "payouts", "paycheck", "check", "payable", "payment", "payments", "coming to me", "payday",
    "take home", "take-home", "pay out", "get paid", "deposit",
];
/// Attainment.
pub const ATTAINMENT: &[&str] = &[
    "attainment", "attained", "percent of quota", "% of quota", "percent to quota", "achievement", "achieved",
    "progress", "against quota", "against my quota", "to quota", "of quota", "of my quota", "of target",
    "how am i doing", "where do i stand", "where am i", "tracking", "attain", "hit my", "over 100%", "under 100%",
    "above 100%", "below 100%",
];
/// Credit.
pub const CREDIT: &[&str] = &["credit", "credited", "credits", "bookings", "booked", "book", "counted toward", "counts toward"];
/// The deals' amount.
pub const DEAL_AMOUNT: &[&str] = &[
    "sold", "sell", "revenue", "$", "sales", "deal value", "total value", "value of", "worth of deals",
    "biggest deal", "largest deal", "biggest deals", "largest deals", "smallest deal", "deal size", "size",
    "amount", "volume", "pipeline value",
];
/// How many deals.
pub const COUNT: &[&str] = &["how many", "number of", "count", "# of"];
/// Pace.
pub const PACE: &[&str] = &["pace", "pacing", "paced", "slowest-paced", "on track", "run rate", "trending", "trajectory"];
/// The rate the seller is at.
pub const RATE: &[&str] = &[
    "my rate", "rate am i", "current rate", "what rate", "which rate", "rate now", "which tier am i",
    "what tier am i", "tier am i in", "commission rate", "rate do i", "rate i'm", "rate im", "earning rate",
];
/// Bonuses.
pub const BONUS: &[&str] = &["bonus", "bonuses", "spiff", "spiffs", "milestone", "club", "kicker bonus"];
/// Clawbacks.
pub const CLAWBACK: &[&str] = &["clawback", "clawbacks", "clawed", "claw", "given back", "taken back", "charged back", "chargeback"];
/// What the plan costs.
pub const COST: &[&str] = &["cost", "costs", "costing", "spend", "spending", "expense", "budget", "save us", "saves us", "plan pay", "plan pays"];
/// How far to a mark.
pub const DISTANCE: &[&str] = &[
    "how far", "how much more", "how close", "reach", "get to", "hit", "need", "left", "until", "distance", "gap",
    "away", "short", "closest", "nearest", "to go", "remaining", "more do i", "unlock", "make it to",
];
/// Superlatives: the highest.
pub const BEST: &[&str] = &[
    "best", "biggest", "largest", "top", "highest", "most", "greatest", "max", "maximum", "strongest", "leading",
    "leader", "richest", "best-paying", "best paying",
];
/// Superlatives: the lowest.
pub const WORST: &[&str] = &["worst", "smallest", "lowest", "least", "min", "minimum", "weakest", "bottom", "slowest"];
/// The team.
pub const TEAM: &[&str] = &[
    "team", "team's", "who's", "whos", "earners", "performers", "everyone", "everybody", "all sellers", "all reps", "the reps", "the sellers", "sellers", "reps",
    "each seller", "each rep", "anyone", "who", "whole team", "agents", "all agents", "the agents", "people",
    "which seller", "which rep", "which agent",
];
