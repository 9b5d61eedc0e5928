//! The JSON of a calculation (spec section 6), as borrowed views that serialise
//! straight into a writer: a team of ten thousand sellers prints without building a
//! tree of values first. Fields are declared in alphabetical order, which is the order
//! `serde_json` gives the keys of a map, so [`Calculation::to_json`] and a written view
//! are the same text.

use crate::fixed::Exact;
use crate::result::{Calculation, SellerResult};
use serde::Serialize;
use serde_json::Value;

/// A calculation's JSON; `items: false` leaves items out (`--summary`).
#[derive(Serialize)]
pub struct CalculationJson<'a> {
    as_of: String,
    currency: &'a str,
    plan: &'a str,
    sellers: Vec<SellerJson<'a>>,
    warnings: Vec<&'a str>,
}

/// One seller's JSON.
#[derive(Serialize)]
pub struct SellerJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    items: Option<Vec<ItemJson<'a>>>,
    measures: Vec<MeasureJson<'a>>,
    payouts: Vec<PayoutJson<'a>>,
    seller: &'a str,
    total: String,
}

#[derive(Serialize)]
struct ItemJson<'a> {
    amount: String,
    bonus: Option<&'a str>,
    date: String,
    deal: Option<&'a str>,
    kind: &'static str,
    measure: Option<&'a str>,
}

#[derive(Serialize)]
struct MeasureJson<'a> {
    measure: &'a str,
    periods: Vec<PeriodJson<'a>>,
}

#[derive(Serialize)]
struct PeriodJson<'a> {
    attainment: String,
    credit: String,
    earnings: String,
    period: &'a str,
    quota: String,
}

#[derive(Serialize)]
struct PayoutJson<'a> {
    draw: String,
    draw_balance: String,
    earned: String,
    payable: String,
    period: &'a str,
    recovered: String,
}

impl Calculation {
    /// The JSON view of spec section 6, to write with `serde_json`.
    pub fn json(&self, items: bool) -> CalculationJson<'_> {
        CalculationJson {
            as_of: self.as_of.to_string(),
            currency: &self.currency,
            plan: &self.plan,
            sellers: self.sellers.iter().map(|s| s.json(items)).collect(),
            warnings: self.warnings.iter().map(|w| w.message.as_str()).collect(),
        }
    }

    /// The JSON shape of spec section 6 as a value; `items: false` leaves items out.
    pub fn to_json(&self, items: bool) -> Value {
        serde_json::to_value(self.json(items)).expect("the calculation's JSON is a value")
    }
}

impl SellerResult {
    /// The JSON view of one seller (spec section 6).
    pub fn json(&self, items: bool) -> SellerJson<'_> {
        SellerJson {
            items: items.then(|| {
                self.items
                    .iter()
                    .map(|i| ItemJson {
                        amount: i.amount.money(),
                        bonus: i.bonus.as_deref(),
                        date: i.date.to_string(),
                        deal: i.deal.as_deref(),
                        kind: i.kind.as_str(),
                        measure: i.measure.as_deref(),
                    })
                    .collect()
            }),
            measures: self
                .measures
                .iter()
                .map(|m| MeasureJson {
                    measure: &m.measure,
                    periods: m
                        .periods
                        .iter()
                        .map(|p| PeriodJson {
                            attainment: p.attainment().show(6),
                            credit: Exact::from_micros(p.credit).money(),
                            earnings: p.earnings.money(),
                            period: &p.period,
                            quota: p.quota.money(),
                        })
                        .collect(),
                })
                .collect(),
            payouts: self
                .payouts
                .iter()
                .map(|p| PayoutJson {
                    draw: p.draw.money(),
                    draw_balance: p.draw_balance.money(),
                    earned: p.earned.money(),
                    payable: p.payable.money(),
                    period: &p.period,
                    recovered: p.recovered.money(),
                })
                .collect(),
            seller: &self.seller,
            total: self.total.money(),
        }
    }

    /// The JSON of one seller as a value (spec section 6).
    pub fn to_json(&self, items: bool) -> Value {
        serde_json::to_value(self.json(items)).expect("a seller's JSON is a value")
    }
}
