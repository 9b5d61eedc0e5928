//! The query language the assistant understands questions into (docs/ask-queries.md): a
//! figure, over a scope, by an operation, optionally under a scenario. Parts compose: a
//! question the parser never saw as a whole still lands on the right computation as long
//! as each of its parts is recognised.

mod accelerator_words;
mod aliases;
pub mod assemble;
mod calling;
mod change;
pub mod context;
mod decline;
pub mod describe;
mod figure;
mod forecast;
mod foreign;
mod further;
mod health;
mod lever;
mod mark;
mod measure_of_term;
mod message;
pub mod named_deal;
mod named_scope;
mod names;
mod operation;
pub mod parse;
mod people;
mod period_asked;
mod pointing;
mod products;
mod remark;
mod resolve;
mod rule;
mod scenario;
mod scope;
mod stranger;
mod synonyms;
pub mod terms;
mod unexplained;
mod unheld;
pub(crate) mod unrecognised;
mod vague_change;
pub mod vocabulary;
mod what_if_scope;
mod when;
mod whose;
mod whose_measure;
mod word_order;
pub(crate) mod words;

pub use forecast::ForecastAsk;
use serde::{Deserialize, Serialize};

/// What the question is: a query to run, a plan rule to quote, readings to choose from,
/// or a refusal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
// One value per question, never stored in bulk: boxing the query would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum Understood {
    /// A query, run on the engine.
    Answer(Query),
    /// What the plan document says about a topic.
    PlanRule {
        /// What the question asks about, in its words.
        topic: String,
    },
    /// Two readings are plausible, or a part is missing: the readings, as queries.
    AskBack {
        /// What is unclear, in words ("which figure", "which deal").
        missing: String,
        /// The readings offered as choices.
        readings: Vec<Query>,
    },
    /// The data's health: the findings of the data-health checks about a seller's deals,
    /// or why one deal is flagged.
    Health {
        /// Whose deals.
        seller: String,
        /// The deal asked about, if any.
        deal: Option<String>,
        /// Only findings of this kind ("any duplicates?"), by its name.
        kind: Option<String>,
    },
    /// What is likely: the forecast of the plan year, the chance of a mark, or the open
    /// deals to focus on (answered from the Monte Carlo and its coaching).
    Forecast {
        /// Whose.
        seller: String,
        /// What is asked.
        ask: ForecastAsk,
    },
    /// Outside what the assistant answers, or a request to change data.
    Decline {
        /// Why, in words.
        reason: String,
        /// What the app offers instead, when something does.
        offer: Option<String>,
    },
}

/// A computation over the engine's results.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Query {
    /// What is done with the figure.
    pub op: Op,
    /// The figure.
    pub figure: Figure,
    /// For `distance`: what it measures to.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub mark: Option<Mark>,
    /// Whose figures.
    pub who: Who,
    /// Which part of the data.
    #[serde(flatten)]
    pub scope: Scope,
    /// How many, for `top` and `bottom`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub n: Option<u32>,
    /// The what-if the figure is computed under, if any.
    #[serde(flatten)]
    pub scenario: WhatIf,
}

/// What is done with the figure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    /// The figure over the scope.
    #[default]
    Value,
    /// The deals behind the figure, one by one.
    List,
    /// The deals (or sellers) with the highest figure.
    Top,
    /// The deals (or sellers) with the lowest figure.
    Bottom,
    /// The period with the highest figure.
    BestPeriod,
    /// The period with the lowest figure.
    WorstPeriod,
    /// The figure under the scenario against today's, or in one period against another.
    Compare,
    /// Why a deal pays what it pays; with no deal or account named, why a period's (or a
    /// measure's) pay is what it is.
    Explain,
    /// The seller's place among the team.
    Rank,
}

/// The figure a query computes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    /// Earnings items dated in the scope.
    #[default]
    Earnings,
    /// What payout periods pay.
    Payable,
    /// Credit of a measure.
    Credit,
    /// Quota of a measure.
    Quota,
    /// Credit over quota.
    Attainment,
    /// The commission rate of the tier reached.
    Rate,
    /// Draw paid to top up earnings.
    DrawAdvanced,
    /// Draw repaid from earnings.
    DrawRecovered,
    /// Draw still owed.
    DrawBalance,
    /// Bonus items.
    Bonus,
    /// Clawback items.
    Clawback,
    /// How many deals.
    DealCount,
    /// The deals' total amount.
    DealAmount,
    /// Attainment against the share of the year gone.
    Pace,
    /// Credit still needed to reach a mark.
    Distance,
    /// What the plan pays the team.
    Cost,
}

/// What a distance is measured to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// The next tier (or the threshold, below it).
    NextTier,
    /// The attainment threshold.
    Threshold,
    /// The accelerator tier.
    Accelerator,
    /// The attainment cap.
    Cap,
}

/// Whose figures: a seller, or a team.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Who {
    /// No seller is known yet.
    #[default]
    Nobody,
    /// One seller, by id.
    Seller(String),
    /// Every seller of the workspace.
    Team,
    /// The sellers of one manager.
    TeamOf(String),
}

impl Who {
    /// The seller's id, for seller scope.
    pub fn seller(&self) -> Option<&str> {
        match self {
            Who::Seller(s) => Some(s),
            _ => None,
        }
    }
    /// Whether the scope is a team.
    pub fn is_team(&self) -> bool {
        matches!(self, Who::Team | Who::TeamOf(_))
    }
}

impl Serialize for Who {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Who::Nobody => s.serialize_str(""),
            Who::Seller(id) => s.serialize_str(id),
            Who::Team => s.serialize_str("team"),
            Who::TeamOf(m) => s.serialize_str(&format!("team:{m}")),
        }
    }
}

impl<'de> Deserialize<'de> for Who {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(match s.as_str() {
            "" => Who::Nobody,
            "team" => Who::Team,
            _ => match s.strip_prefix("team:") {
                Some(m) => Who::TeamOf(m.to_string()),
                None => Who::Seller(s),
            },
        })
    }
}

/// Which part of the data a query looks at (absent parts do not restrict).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    /// A measure id.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub measure: Option<String>,
    /// A period label of the plan year ("Q3", "M05", "FY").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub period: Option<String>,
    /// The other period of a comparison.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub versus: Option<String>,
    /// A product, as the deals name it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub product: Option<String>,
    /// A deal type, as the deals name it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub deal_type: Option<String>,
    /// An account, as the deals name it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub account: Option<String>,
    /// A deal id.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub deal: Option<String>,
    /// Which deals count or are listed: won (absent), lost, open, cancelled.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub stage: Option<String>,
}

/// A what-if: changes to the deals or the plan (all absent: today's data).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WhatIf {
    /// A won deal added.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub new_deal: Option<NewDeal>,
    /// An existing deal closing on another date.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub move_deal: Option<MoveDeal>,
    /// An existing deal at another amount.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub deal_amount_to: Option<DealAmount>,
    /// The open pipeline won: "all" or "weighted".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub pipeline: Option<Pipeline>,
    /// A change to the plan.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lever: Option<Lever>,
    /// Saved scenarios compared against today (empty with `saved_all` false: none).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub saved: Vec<String>,
}

impl WhatIf {
    /// Whether the query runs on today's data.
    pub fn is_none(&self) -> bool {
        *self == WhatIf::default()
    }
}

/// The most deals of an amount each a question may suppose ("3 deals at 5k each"): a what-if
/// runs each as a line of its own.
pub const MOST_DEALS_EACH: u32 = 50;

/// A hypothetical won deal.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewDeal {
    /// Its amount, a decimal ("200000.00").
    pub amount: String,
    /// Its close date (YYYY-MM-DD), when the question gives one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub close_date: Option<String>,
    /// Its type, when the question gives one.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none", default)]
    pub deal_type: Option<String>,
    /// Its product, when the question gives one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub product: Option<String>,
    /// How many such deals, each of `amount`, when the question says several ("3 deals at
    /// 5k each", "2 x 10k"); none for one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub count: Option<u32>,
}

/// An existing deal on another close date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoveDeal {
    /// The deal's id.
    pub deal: String,
    /// The new close date (YYYY-MM-DD).
    pub close_date: String,
}

/// An existing deal at another amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealAmount {
    /// The deal's id.
    pub deal: String,
    /// The new amount, a decimal.
    pub amount: String,
}

/// The open pipeline won, in full or weighted by win probability.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pipeline {
    /// Every open deal won at its amount.
    All,
    /// Every open deal won at its amount times its win probability.
    Weighted,
}

/// A change to the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lever {
    /// What changes.
    pub kind: LeverKind,
    /// The measure it changes (absent for plan-wide levers).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub measure: Option<String>,
    /// The tier it changes (1-based), for `rate` and `tier_start`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tier: Option<u32>,
    /// The new value: money ("800000.00") or a fraction ("0.5").
    pub value: String,
}

/// What a lever changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeverKind {
    /// A measure's quota (every quota period).
    Quota,
    /// A tier's rate.
    Rate,
    /// Where a tier starts (attainment).
    TierStart,
    /// A measure's attainment threshold.
    Threshold,
    /// A measure's attainment cap.
    Cap,
    /// The plan-year payout cap (money).
    PayoutCap,
    /// The target incentive (money).
    TargetIncentive,
}
