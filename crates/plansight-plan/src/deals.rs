//! Credit lines (spec section 3): one row of `deals.csv` per deal and seller.

use crate::dealcols::parse_deal_columns;
use crate::plan::{Cents, Share};
use crate::problem::Problems;
use chrono::NaiveDate;

/// Where a deal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Closed and won: credited.
    Won,
    /// Closed and lost: credits nothing.
    Lost,
    /// Still in the pipeline: credits nothing unless a scenario wins it.
    Open,
    /// Won, then cancelled at `cancel_date`: credited, and clawed back within the window (spec 2.7).
    Cancelled,
}

impl Stage {
    /// Parses a stage, case-insensitively.
    pub fn parse(s: &str) -> Option<Stage> {
        [Stage::Won, Stage::Lost, Stage::Open, Stage::Cancelled]
            .into_iter()
            .find(|st| st.as_str().eq_ignore_ascii_case(s))
    }
    /// The plan-language word.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Won => "won",
            Stage::Lost => "lost",
            Stage::Open => "open",
            Stage::Cancelled => "cancelled",
        }
    }
    /// Won and cancelled lines are credited (spec 3).
    pub fn is_credited(self) -> bool {
        matches!(self, Stage::Won | Stage::Cancelled)
    }
}

/// One deal's credit to one seller.
#[derive(Debug, Clone, PartialEq)]
pub struct CreditLine {
    /// Deal id; the pair (id, seller) is unique in a file.
    pub id: String,
    /// Id of the seller credited.
    pub seller: String,
    /// Deal amount in cents; negative for a credit memo.
    pub amount: Cents,
    /// Close date; for an `open` line the expected close date, if any.
    pub close_date: Option<NaiveDate>,
    /// Where the deal stands; decides whether the line is credited.
    pub stage: Stage,
    /// Lowercase deal type.
    pub deal_type: Option<String>,
    /// Lowercase product.
    pub product: Option<String>,
    /// This seller's share, scaled by 10^4, in (0, 10_000].
    pub split: Share,
    /// Win probability of an open deal, scaled by 10^4, in [0, 10_000]; weights forecasts.
    pub probability: Option<Share>,
    /// Contract length in whole months, for a deal bonus's `min_term_months`.
    pub term_months: Option<i64>,
    /// Date the deal was cancelled; required for a `cancelled` line, starts the clawback window.
    pub cancel_date: Option<NaiveDate>,
    /// Customer account, descriptive only.
    pub account: Option<String>,
    /// Deal name, descriptive only.
    pub name: Option<String>,
    /// Why the line is held: a held line credits nothing until it is released (a
    /// person checks it first). Set in the workspace, never by a deals file.
    pub hold: Option<String>,
}

impl CreditLine {
    /// A won line with the CSV defaults, for building scenarios and tests.
    pub fn won(id: &str, seller: &str, amount: Cents, close: NaiveDate) -> CreditLine {
        CreditLine {
            id: id.into(),
            seller: seller.into(),
            amount,
            close_date: Some(close),
            stage: Stage::Won,
            deal_type: None,
            product: None,
            split: Share::ONE,
            probability: None,
            term_months: None,
            cancel_date: None,
            account: None,
            name: None,
            hold: None,
        }
    }

    /// Whether the line credits its seller: won or cancelled (spec 3), and not held.
    pub fn credits(&self) -> bool {
        self.stage.is_credited() && self.hold.is_none()
    }

    /// Credit in micro-units (10^-6 of the currency): amount × split, exact.
    pub fn credit_micros(&self) -> i64 {
        self.amount.0 * self.split.0
    }
}

/// The columns `deals.csv` may have (spec section 3).
pub const DEAL_COLUMNS: [&str; 14] = [
    "id",
    "seller",
    "amount",
    "close_date",
    "stage",
    "type",
    "product",
    "split",
    "probability",
    "term_months",
    "cancel_date",
    "account",
    "name",
    "currency",
];

/// Reads `deals.csv` bytes. `currency` is the plan's; another currency in a row is an error.
pub fn parse_deals(file: &str, bytes: &[u8], currency: Option<&str>) -> Result<Vec<CreditLine>, Problems> {
    Ok(parse_deal_columns(file, bytes, currency)?.to_lines())
}

/// Reads `deals.csv` from disk.
pub fn load_deals(path: &std::path::Path, currency: Option<&str>) -> Result<Vec<CreditLine>, Problems> {
    let bytes = crate::read_bytes(path)?;
    parse_deals(&path.display().to_string(), &bytes, currency)
}
