//! Credit lines (spec section 3): one row of `deals.csv` per deal and seller.

use crate::calendar::parse_date;
use crate::csvread::{header, next_row, reader, text, RowProblems};
use crate::fixed::{parse_scaled, MONEY_DIGITS, SHARE_DIGITS};
use crate::plan::{Cents, Share};
use crate::problem::{Problem, Problems};
use chrono::NaiveDate;
use std::collections::HashMap;

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
        match s.to_ascii_lowercase().as_str() {
            "won" => Some(Stage::Won),
            "lost" => Some(Stage::Lost),
            "open" => Some(Stage::Open),
            "cancelled" => Some(Stage::Cancelled),
            _ => None,
        }
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
    let mut rdr = reader(bytes);
    let head = header(file, &mut rdr, "id, seller, amount, close_date")?;
    let col = |name: &str| head.iter().position(|h| h == name);
    let idx: HashMap<&str, Option<usize>> = DEAL_COLUMNS.iter().map(|c| (*c, col(c))).collect();
    let missing: Vec<&str> = ["id", "seller", "amount", "close_date"]
        .into_iter()
        .filter(|c| idx[c].is_none())
        .collect();
    if !missing.is_empty() {
        return Err(
            Problem::file(file, format!("the header has no column {}", missing.join(", ")))
                .line(1)
                .hint(format!(
                    "the header is: {}; required are id, seller, amount, close_date",
                    head.join(",")
                ))
                .into(),
        );
    }
    let mut problems = RowProblems::new(file);
    let mut out = Vec::new();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut rec = csv::ByteRecord::new();
    while let Some(line) = next_row(&mut rdr, &mut rec, &mut problems, Some("check quotes and delimiters")) {
        if let Some(l) = read_line(&rec, line, &idx, currency, &mut problems) {
            let key = (l.id.clone(), l.seller.clone());
            if let Some(first) = seen.get(&key) {
                problems.add(
                    line,
                    "id",
                    format!(
                        "duplicate credit line: deal {} for seller {} is already on line {first}",
                        l.id, l.seller
                    ),
                    Some("keep one line per deal and seller"),
                );
            } else {
                seen.insert(key, line);
                out.push(l);
            }
        }
    }
    problems.finish().into_result(out)
}

fn read_line(
    rec: &csv::ByteRecord,
    line: usize,
    idx: &HashMap<&str, Option<usize>>,
    currency: Option<&str>,
    p: &mut RowProblems,
) -> Option<CreditLine> {
    let before = p.list.0.len() + p.more;
    let get = |c: &str, p: &mut RowProblems| text(rec, idx[c], line, c, p).filter(|s| !s.is_empty());
    let present = |c: &str| {
        idx[c]
            .and_then(|i| rec.get(i))
            .is_some_and(|f| !f.trim_ascii().is_empty())
    };
    let id = get("id", p);
    let seller = get("seller", p);
    if id.is_none() {
        p.add(line, "id", "is empty", Some("every line needs a deal id"));
    }
    if seller.is_none() {
        p.add(line, "seller", "is empty", Some("every line needs a seller id"));
    }
    let amount = match get("amount", p) {
        None => {
            p.add(
                line,
                "amount",
                "is empty",
                Some("write the deal amount, e.g. 125000.00"),
            );
            None
        }
        Some(s) => match parse_scaled(s, MONEY_DIGITS) {
            Ok(v) => Some(v),
            Err(e) => {
                p.add(line, "amount", format!("\"{s}\" {e}"), Some("write a plain decimal with at most 2 fractional digits, no currency sign or thousands separator"));
                None
            }
        },
    };
    let stage = match get("stage", p) {
        None => Some(Stage::Won),
        Some(s) => {
            let st = Stage::parse(s);
            if st.is_none() {
                p.add(
                    line,
                    "stage",
                    format!("\"{s}\" is not a stage"),
                    Some("use won, lost, open or cancelled"),
                );
            }
            st
        }
    };
    let date = |c: &str, p: &mut RowProblems| -> Option<NaiveDate> {
        let s = get(c, p)?;
        let d = parse_date(s);
        if d.is_none() {
            p.add(
                line,
                c,
                format!("\"{s}\" is not a date"),
                Some("write dates as YYYY-MM-DD"),
            );
        }
        d
    };
    let close_date = date("close_date", p);
    let cancel_date = date("cancel_date", p);
    if stage != Some(Stage::Open) && !present("close_date") {
        p.add(
            line,
            "close_date",
            "is empty",
            Some("only open lines may leave the close date empty"),
        );
    }
    if stage == Some(Stage::Cancelled) && !present("cancel_date") {
        p.add(
            line,
            "cancel_date",
            "is required for a cancelled line",
            Some("give the date the deal was cancelled"),
        );
    }
    if let (Some(c), Some(x)) = (close_date, cancel_date) {
        if x < c {
            p.add(
                line,
                "cancel_date",
                format!("{x} is before the close date {c}"),
                Some("a deal is cancelled after it closes"),
            );
        }
    }
    let share = |c: &str, v: &str, p: &mut RowProblems| -> Option<Share> {
        match parse_scaled(v, SHARE_DIGITS) {
            Ok(x) => Some(Share(x)),
            Err(e) => {
                p.add(line, c, format!("\"{v}\" {e}"), None);
                None
            }
        }
    };
    let split = match get("split", p) {
        None => Some(Share::ONE),
        Some(s) => share("split", s, p).and_then(|v| {
            if v <= Share(0) || v > Share::ONE {
                p.add(
                    line,
                    "split",
                    format!("{s} is outside (0, 1]"),
                    Some("a split is this seller's share: more than 0, at most 1"),
                );
                None
            } else {
                Some(v)
            }
        }),
    };
    let probability = get("probability", p).and_then(|s| {
        share("probability", s, p).and_then(|v| {
            if !(Share(0)..=Share::ONE).contains(&v) {
                p.add(line, "probability", format!("{s} is outside [0, 1]"), None);
                None
            } else {
                Some(v)
            }
        })
    });
    let term_months = get("term_months", p).and_then(|s| match s.parse::<i64>() {
        Ok(v) if v >= 0 => Some(v),
        _ => {
            p.add(
                line,
                "term_months",
                format!("\"{s}\" is not a whole number of months"),
                None,
            );
            None
        }
    });
    if let (Some(cur), Some(plan_cur)) = (get("currency", p), currency) {
        if !cur.eq_ignore_ascii_case(plan_cur) {
            p.add(
                line,
                "currency",
                format!("{cur} is not the plan's currency {plan_cur}"),
                Some("convert the amount to the plan currency"),
            );
        }
    }
    let lower = |c: &str, p: &mut RowProblems| get(c, p).map(|s| s.to_lowercase());
    let deal_type = lower("type", p);
    let product = lower("product", p);
    let account = get("account", p).map(str::to_string);
    let name = get("name", p).map(str::to_string);
    if p.list.0.len() + p.more != before {
        return None;
    }
    Some(CreditLine {
        id: id?.to_string(),
        seller: seller?.to_string(),
        amount: Cents(amount?),
        close_date,
        stage: stage?,
        deal_type,
        product,
        split: split?,
        probability,
        term_months,
        cancel_date,
        account,
        name,
        hold: None,
    })
}

/// Reads `deals.csv` from disk.
pub fn load_deals(path: &std::path::Path, currency: Option<&str>) -> Result<Vec<CreditLine>, Problems> {
    let bytes = crate::read_bytes(path)?;
    parse_deals(&path.display().to_string(), &bytes, currency)
}
