//! The roster (spec section 4): who is on the plan, when, with which quota.

use crate::calendar::parse_date;
use crate::csvread::{header, next_row, reader, text, RowProblems};
use crate::fixed::{parse_scaled, MONEY_DIGITS};
use crate::plan::{Cents, Plan};
use crate::problem::{Problem, Problems};
use chrono::NaiveDate;
use std::collections::HashMap;

/// One seller of the roster.
#[derive(Debug, Clone, PartialEq)]
pub struct Seller {
    /// Seller id, as the deals name it.
    pub id: String,
    /// Display name.
    pub name: Option<String>,
    /// A seller id or a name.
    pub manager: Option<String>,
    /// Sales territory, descriptive only.
    pub territory: Option<String>,
    /// Role on the team, descriptive only.
    pub role: Option<String>,
    /// Active from (default: the plan's start).
    pub start_date: Option<NaiveDate>,
    /// Active to (default: the plan's end).
    pub end_date: Option<NaiveDate>,
    /// Overrides the plan's target incentive.
    pub target_incentive: Option<Cents>,
    /// Quota overrides per quota period, by measure id.
    pub quotas: Vec<(String, Cents)>,
}

impl Seller {
    /// A seller on the plan for the whole year with the plan's quotas.
    pub fn whole_year(id: &str) -> Seller {
        Seller {
            id: id.into(),
            name: None,
            manager: None,
            territory: None,
            role: None,
            start_date: None,
            end_date: None,
            target_incentive: None,
            quotas: vec![],
        }
    }
}

/// The columns `sellers.csv` may have besides `quota:<measure>` (spec section 4).
pub const SELLER_COLUMNS: [&str; 8] = [
    "id",
    "name",
    "manager",
    "territory",
    "role",
    "start_date",
    "end_date",
    "target_incentive",
];

/// Reads `sellers.csv` bytes, checking `quota:<measure>` columns against the plan.
pub fn parse_sellers(file: &str, bytes: &[u8], plan: &Plan) -> Result<Vec<Seller>, Problems> {
    let mut rdr = reader(bytes);
    let head = header(file, &mut rdr, "id")?;
    let col = |name: &str| head.iter().position(|h| h == name);
    let Some(id_col) = col("id") else {
        return Err(Problem::file(file, "the header has no column id")
            .line(1)
            .hint(format!("the header is: {}", head.join(",")))
            .into());
    };
    let mut header_problems = Problems::default();
    let mut quota_cols = Vec::new();
    for (i, h) in head.iter().enumerate() {
        if let Some(m) = h.strip_prefix("quota:") {
            if plan.measure_index(m).is_some() {
                quota_cols.push((i, m.to_string()));
            } else {
                let known: Vec<_> = plan.measures.iter().map(|m| format!("quota:{}", m.id)).collect();
                header_problems.push(
                    Problem::file(file, format!("column quota:{m} names no measure of the plan"))
                        .line(1)
                        .key(h.clone())
                        .hint(format!("use one of {}", known.join(", "))),
                );
            }
        }
    }
    if !header_problems.is_empty() {
        return Err(header_problems);
    }
    let cols: HashMap<&str, Option<usize>> = [
        "name",
        "manager",
        "territory",
        "role",
        "start_date",
        "end_date",
        "target_incentive",
    ]
    .into_iter()
    .map(|c| (c, col(c)))
    .collect();
    let mut problems = RowProblems::new(file);
    let mut out: Vec<Seller> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut rec = csv::ByteRecord::new();
    while let Some(line) = next_row(&mut rdr, &mut rec, &mut problems, None) {
        let before = problems.list.0.len();
        let get = |c: &str, idx: Option<usize>, p: &mut RowProblems| {
            text(&rec, idx, line, c, p)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let id = get("id", Some(id_col), &mut problems);
        if id.is_none() {
            problems.add(line, "id", "is empty", Some("every seller needs an id"));
        }
        let date = |c: &str, p: &mut RowProblems| {
            let s = get(c, cols[c], p)?;
            let d = parse_date(&s);
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
        let start_date = date("start_date", &mut problems);
        let end_date = date("end_date", &mut problems);
        if let (Some(s), Some(e)) = (start_date, end_date) {
            if e < s {
                problems.add(line, "end_date", format!("{e} is before start_date {s}"), None);
            }
        }
        let money = |c: &str, idx: Option<usize>, p: &mut RowProblems| {
            let s = get(c, idx, p)?;
            match parse_scaled(&s, MONEY_DIGITS) {
                Ok(v) if v >= 0 => Some(Cents(v)),
                Ok(_) => {
                    p.add(line, c, "must not be negative", None);
                    None
                }
                Err(e) => {
                    p.add(
                        line,
                        c,
                        format!("\"{s}\" {e}"),
                        Some("write a plain decimal with at most 2 fractional digits"),
                    );
                    None
                }
            }
        };
        let target_incentive = money("target_incentive", cols["target_incentive"], &mut problems);
        let mut quotas = Vec::new();
        for (i, m) in &quota_cols {
            let c = format!("quota:{m}");
            if let Some(q) = money(&c, Some(*i), &mut problems) {
                if q == Cents::ZERO {
                    problems.add(line, &c, "must be positive", None);
                } else {
                    quotas.push((m.clone(), q));
                }
            }
        }
        let seller = Seller {
            id: id.clone().unwrap_or_default(),
            name: get("name", cols["name"], &mut problems),
            manager: get("manager", cols["manager"], &mut problems),
            territory: get("territory", cols["territory"], &mut problems),
            role: get("role", cols["role"], &mut problems),
            start_date,
            end_date,
            target_incentive,
            quotas,
        };
        if problems.list.0.len() != before || id.is_none() {
            continue;
        }
        if let Some(first) = seen.get(&seller.id) {
            problems.add(
                line,
                "id",
                format!("seller {} is already on line {first}", seller.id),
                Some("list each seller once"),
            );
            continue;
        }
        seen.insert(seller.id.clone(), line);
        out.push(seller);
    }
    problems.finish().into_result(out)
}

/// Reads `sellers.csv` from disk.
pub fn load_sellers(path: &std::path::Path, plan: &Plan) -> Result<Vec<Seller>, Problems> {
    let bytes = crate::read_bytes(path)?;
    parse_sellers(&path.display().to_string(), &bytes, plan)
}
