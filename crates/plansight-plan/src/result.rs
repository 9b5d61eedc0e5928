//! What a calculation produces (spec sections 6 and 7), shared by the polars engine,
//! the reference engine, the CLI and the app. Money is [`Exact`] here; it is rounded
//! only when shown.

use crate::fixed::{format_ratio, Exact};
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{json, Value};
use std::sync::Arc;

/// A shared id (deal, measure, bonus): a team's items repeat the same few thousand ids
/// a million times, so they share one allocation each.
pub type Id = Arc<str>;

/// An exact fraction `num / den` with `den > 0`, for prorated quotas and attainment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ratio {
    /// Numerator.
    pub num: i128,
    /// Denominator, always positive.
    pub den: i128,
}

impl Ratio {
    /// Shown with `digits` fractional digits, rounded half to even.
    pub fn show(self, digits: u32) -> String {
        format_ratio(self.num, self.den, digits)
    }

    /// Orders two ratios by value, exactly (in 256 bits: numerators and denominators of
    /// attainment reach 10^20).
    pub fn compare(self, other: Ratio) -> std::cmp::Ordering {
        use ethnum::I256;
        (I256::from(self.num) * I256::from(other.den)).cmp(&(I256::from(other.num) * I256::from(self.den)))
    }

    /// A ratio of cents shown as money ("1200000.00").
    pub fn money(self) -> String {
        format_ratio(self.num, self.den * 100, 2)
    }
}

/// Kind of an earnings item (spec 2.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// What a credit line earned on a measure (spec 2.2).
    Measure,
    /// A deal or milestone bonus (spec 2.4).
    Bonus,
    /// An earlier item of a cancelled line given back (spec 2.7).
    Clawback,
    /// The part of an item the payout cap takes off (spec 2.5).
    CapAdjustment,
}

impl ItemKind {
    /// The JSON word.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Measure => "measure",
            ItemKind::Bonus => "bonus",
            ItemKind::Clawback => "clawback",
            ItemKind::CapAdjustment => "cap_adjustment",
        }
    }
}

/// Why a measure item has its amount: the engine's own figures, for explanations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Trace {
    /// Quota period index (0-based) of the measure.
    pub period: Option<u8>,
    /// Prorated quota of the period.
    pub quota: Option<Ratio>,
    /// Cumulative credit in the quota period before this line, in micro-units.
    pub credit_before: i128,
    /// Cumulative credit in the quota period after this line, in micro-units.
    pub credit_after: i128,
    /// Tier band index (0-based) reached before this line.
    pub tier_before: u8,
    /// Tier band index (0-based) reached after this line.
    pub tier_after: u8,
    /// Whether the threshold was met before this line.
    pub threshold_before: bool,
    /// Whether the threshold was met after this line.
    pub threshold_after: bool,
    /// For clawbacks: the date of the item given back.
    pub original_date: Option<NaiveDate>,
}

impl Trace {
    /// Attainment before this line.
    pub fn attainment_before(&self) -> Option<Ratio> {
        self.quota.map(|q| attainment(self.credit_before, q))
    }
    /// Attainment after this line.
    pub fn attainment_after(&self) -> Option<Ratio> {
        self.quota.map(|q| attainment(self.credit_after, q))
    }
}

/// Credit (micro-units) over a quota (a ratio of cents) as an exact ratio.
pub fn attainment(credit_micros: i128, quota_cents: Ratio) -> Ratio {
    // credit/10^6 ÷ (num/den/100) = credit·den / (num·10^4)
    Ratio {
        num: credit_micros * quota_cents.den,
        den: quota_cents.num * 10_000,
    }
}

/// One earnings item of a seller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Date the item counts on: the close date, or the cancel date for a clawback.
    pub date: NaiveDate,
    /// Which rule produced it.
    pub kind: ItemKind,
    /// Deal id of the credit line the item comes from.
    pub deal: Option<Id>,
    /// Measure the item comes from, if any (also set on its clawback and cap adjustment).
    pub measure: Option<Id>,
    /// Bonus the item comes from, if any (also set on its clawback and cap adjustment).
    pub bonus: Option<Id>,
    /// Signed amount, exact; rounded to cents only when shown.
    pub amount: Exact,
    /// The figures behind the amount, for explanations.
    pub trace: Trace,
}

/// A measure's figures in one quota period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodFigures {
    /// Quota period label (`FY`, `Q1`..`Q4`, `M01`..`M12`).
    pub period: String,
    /// Prorated quota in cents, as a ratio.
    pub quota: Ratio,
    /// Credit in micro-units.
    pub credit: i128,
    /// F(Cn) of spec 2.2, before clawbacks and the payout cap.
    pub earnings: Exact,
}

impl PeriodFigures {
    /// Credit over quota.
    pub fn attainment(&self) -> Ratio {
        attainment(self.credit, self.quota)
    }
}

/// One measure's figures of a seller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureFigures {
    /// Measure id.
    pub measure: String,
    /// Quota periods with at least one active day, in order.
    pub periods: Vec<PeriodFigures>,
}

/// One payout period of a seller (spec 2.6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payout {
    /// Payout period label (`FY`, `Q1`..`Q4`, `M01`..`M12`).
    pub period: String,
    /// Sum of the items dated in the period.
    pub earned: Exact,
    /// The draw's top-up: draw amount − earned, when positive.
    pub draw: Exact,
    /// What a recoverable draw took back from `earned` this period.
    pub recovered: Exact,
    /// What is paid for the period.
    pub payable: Exact,
    /// Recoverable draw still owed after this period; reported, never charged.
    pub draw_balance: Exact,
}

/// Everything computed for one seller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SellerResult {
    /// Seller id.
    pub seller: String,
    /// Sum of all items, after clawbacks and the payout cap.
    pub total: Exact,
    /// Figures per measure, in plan order.
    pub measures: Vec<MeasureFigures>,
    /// Earnings items in the order of spec 2.5.
    pub items: Vec<Item>,
    /// Payout periods that start on or before `as_of`, in order.
    pub payouts: Vec<Payout>,
}

/// A warning about the inputs (spec 2.7 and 4), always about one seller's credit lines.
/// A calculation lists them by seller, then message.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// Seller whose credit lines it is about.
    pub seller: String,
    /// The warning as shown.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// A whole calculation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calculation {
    /// Plan id.
    pub plan: String,
    /// The plan's currency code.
    pub currency: String,
    /// Date the calculation is cut at (spec 2.8).
    pub as_of: NaiveDate,
    /// Warnings about the inputs, by seller then message.
    pub warnings: Vec<Warning>,
    /// Shared, so that a what-if reuses the base's results of the sellers it leaves alone.
    pub sellers: Vec<Arc<SellerResult>>,
}

impl Calculation {
    /// The seller with this id.
    pub fn seller(&self, id: &str) -> Option<&SellerResult> {
        self.sellers.iter().find(|s| s.seller == id).map(|s| &**s)
    }
}

/// The change a scenario makes for one seller (spec section 8).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SellerDelta {
    /// Seller id.
    pub seller: String,
    /// Change of the seller's total: scenario minus base.
    pub total: Exact,
    /// (payout period, change of payable), for every period of either side.
    pub payouts: Vec<(String, Exact)>,
}

/// Per-seller differences between a base and a scenario result; a seller absent from
/// one side counts as zero there.
pub fn delta(base: &Calculation, scenario: &Calculation) -> Vec<SellerDelta> {
    let mut ids: Vec<&str> = base
        .sellers
        .iter()
        .chain(&scenario.sellers)
        .map(|s| s.seller.as_str())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .map(|id| {
            let b = base.seller(id);
            let s = scenario.seller(id);
            let total = s.map_or(Exact::ZERO, |x| x.total) - b.map_or(Exact::ZERO, |x| x.total);
            let mut periods: Vec<String> = Vec::new();
            for side in [b, s].into_iter().flatten() {
                for p in &side.payouts {
                    if !periods.contains(&p.period) {
                        periods.push(p.period.clone());
                    }
                }
            }
            let payable = |side: Option<&SellerResult>, per: &str| {
                side.and_then(|x| x.payouts.iter().find(|p| p.period == per))
                    .map_or(Exact::ZERO, |p| p.payable)
            };
            let payouts = periods
                .into_iter()
                .map(|p| {
                    let d = payable(s, &p) - payable(b, &p);
                    (p, d)
                })
                .collect();
            SellerDelta {
                seller: id.to_string(),
                total,
                payouts,
            }
        })
        .collect()
}

/// The JSON of `plansight whatif --json` (spec section 8).
pub fn whatif_json(name: &str, base: &Calculation, scenario: &Calculation, items: bool) -> Value {
    json!({
        "scenario": name,
        "base": base.to_json(items),
        "result": scenario.to_json(items),
        "delta": delta(base, scenario).iter().map(|d| json!({
            "seller": d.seller,
            "total": d.total.money(),
            "payouts": d.payouts.iter().map(|(p, v)| json!({"period": p, "payable": v.money()})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}
