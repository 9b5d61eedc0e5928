//! A first guess at how an export maps onto Plansight's columns, for an import that needs
//! no manual: each export column's likely Plansight column (by its name, ignoring case,
//! spaces and punctuation, and the names CRMs commonly use), the values of the columns
//! that have few, each with its likely stage, and the date format the dates are written
//! in. The user corrects the guess; nothing here is imported without their say.

use crate::mapping::Kind;
use crate::Table;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The most distinct values a column may have for its values to be listed (a stage
/// column has a handful; ids and amounts have thousands).
const FEW: usize = 20;

/// How many non-empty cells of a column are read to guess its date format.
const SAMPLE: usize = 500;

/// Date formats an export may use (chrono), most common first; ISO is the default.
pub const DATE_FORMATS: [&str; 10] = [
    "%Y-%m-%d",
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
    "%d-%m-%Y",
    "%m-%d-%Y",
    "%d %b %Y",
    "%b %d %Y",
    "%b %d, %Y",
];

/// What is guessed of one export column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnGuess {
    /// The column's name in the export.
    pub name: String,
    /// Its first few non-empty values.
    pub examples: Vec<String>,
    /// The Plansight column it most likely is, if any.
    pub ours: Option<&'static str>,
    /// Its distinct values with their counts, first seen first, when it has at most
    /// [`FEW`] (empty otherwise).
    pub values: Vec<(String, usize)>,
    /// The date format every sampled value reads in, when it holds dates.
    pub date_format: Option<&'static str>,
}

/// The guess for a whole export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guess {
    /// Every column of the export, in its order.
    pub columns: Vec<ColumnGuess>,
    /// The likely Plansight stage of every value listed in any column (keyed by the
    /// value as written); values with no likely stage are absent.
    pub stages: BTreeMap<String, &'static str>,
    /// The date format of the guessed close date column (deals) or start date column
    /// (sellers); `None` when it is ISO or there is none.
    pub date_format: Option<&'static str>,
    /// Whether the dates read as both month-first and day-first (no day above 12):
    /// month-first is guessed, and the user should check.
    pub date_ambiguous: bool,
    /// Values for empty cells that are safe to suggest: an amount of 0 where only open
    /// or lost lines leave it empty (they credit nothing either way).
    pub defaults: Vec<(&'static str, String)>,
}

/// Plansight's columns of `kind` with the names exports commonly give them, normalised
/// (lowercase letters and digits only).
fn names(kind: Kind) -> &'static [(&'static str, &'static [&'static str])] {
    match kind {
        Kind::Deals => &[
            (
                "id",
                &[
                    "id",
                    "opportunityid",
                    "oppid",
                    "dealid",
                    "opportunity",
                    "recordid",
                    "opportunitynumber",
                ],
            ),
            (
                "seller",
                &[
                    "seller",
                    "sellerid",
                    "opportunityowner",
                    "owner",
                    "ownername",
                    "salesagent",
                    "salesrep",
                    "rep",
                    "accountexecutive",
                    "agent",
                    "dealowner",
                ],
            ),
            (
                "amount",
                &[
                    "amount",
                    "closevalue",
                    "dealvalue",
                    "value",
                    "bookings",
                    "totalamount",
                    "acv",
                    "dealamount",
                    "opportunityamount",
                ],
            ),
            (
                "close_date",
                &[
                    "closedate",
                    "closingdate",
                    "dateclosed",
                    "closedon",
                    "closed",
                    "wondate",
                ],
            ),
            (
                "stage",
                &["stage", "dealstage", "opportunitystage", "salesstage", "status"],
            ),
            ("type", &["type", "dealtype", "opportunitytype"]),
            ("product", &["product", "productname", "sku"]),
            ("split", &["split", "splitpercent", "splitshare", "share"]),
            ("probability", &["probability", "winprobability", "probabilitypercent"]),
            (
                "term_months",
                &["termmonths", "term", "contractterm", "contractlength", "contractmonths"],
            ),
            (
                "cancel_date",
                &[
                    "canceldate",
                    "cancelleddate",
                    "canceleddate",
                    "cancellationdate",
                    "churndate",
                ],
            ),
            ("account", &["account", "accountname", "customer", "company", "client"]),
            ("name", &["name", "opportunityname", "dealname", "title"]),
            ("currency", &["currency", "currencycode", "opportunitycurrency"]),
        ],
        Kind::Sellers => &[
            (
                "id",
                &[
                    "id",
                    "sellerid",
                    "salesagent",
                    "agent",
                    "salesrep",
                    "rep",
                    "owner",
                    "employeeid",
                    "email",
                ],
            ),
            ("name", &["name", "fullname", "sellername"]),
            ("manager", &["manager", "managername", "reportsto", "manageremail"]),
            (
                "territory",
                &["territory", "region", "regionaloffice", "office", "team"],
            ),
            ("role", &["role", "title", "jobtitle", "position"]),
            ("start_date", &["startdate", "hiredate", "start"]),
            ("end_date", &["enddate", "termdate", "terminationdate", "leavedate"]),
            (
                "target_incentive",
                &["targetincentive", "ti", "variablepay", "variabletarget"],
            ),
        ],
        Kind::Prices => &[
            ("product", &["product", "productname", "sku", "item"]),
            ("price", &["price", "listprice", "salesprice", "unitprice"]),
            ("family", &["family", "series", "productfamily", "productline", "line"]),
        ],
    }
}

/// Stage words exports use, normalised, with the Plansight stage each means.
const STAGE_WORDS: &[(&str, &str)] = &[
    ("won", "won"),
    ("closedwon", "won"),
    ("win", "won"),
    ("booked", "won"),
    ("signed", "won"),
    ("lost", "lost"),
    ("closedlost", "lost"),
    ("dead", "lost"),
    ("disqualified", "lost"),
    ("open", "open"),
    ("engaging", "open"),
    ("prospecting", "open"),
    ("prospect", "open"),
    ("qualification", "open"),
    ("qualified", "open"),
    ("discovery", "open"),
    ("proposal", "open"),
    ("negotiation", "open"),
    ("commit", "open"),
    ("pipeline", "open"),
    ("inprogress", "open"),
    ("new", "open"),
    ("cancelled", "cancelled"),
    ("canceled", "cancelled"),
    ("churned", "cancelled"),
    ("void", "cancelled"),
];

/// Lowercase letters and digits only: "Close Date", "close_date" and "CloseDate" agree.
fn normal(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The stage an export's stage word most likely means.
pub fn stage_of(value: &str) -> Option<&'static str> {
    let v = normal(value);
    STAGE_WORDS.iter().find(|(w, _)| *w == v).map(|(_, s)| *s)
}

/// Whether `s` is a plain decimal from 0 to 1 ("0.25", "1", ".5").
fn is_share(s: &str) -> bool {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    let whole_ok = matches!(whole, "" | "0" | "1");
    whole_ok
        && digits(frac)
        && !(whole.is_empty() && frac.is_empty())
        && (whole != "1" || frac.bytes().all(|b| b == b'0'))
}

/// The first format of [`DATE_FORMATS`] that reads every value, and whether a
/// month-first reading was chosen over an equally good day-first one.
fn date_format(values: &[&str]) -> Option<(&'static str, bool)> {
    if values.is_empty() {
        return None;
    }
    let reads = |f: &str| values.iter().all(|v| NaiveDate::parse_from_str(v, f).is_ok());
    let found = DATE_FORMATS.iter().copied().find(|f| reads(f))?;
    let ambiguous = found == "%m/%d/%Y" && reads("%d/%m/%Y") || found == "%m-%d-%Y" && reads("%d-%m-%Y");
    Some((found, ambiguous))
}

/// Guesses how `table` maps onto Plansight's columns of `kind`.
pub fn guess(kind: Kind, table: &Table) -> Guess {
    let known = names(kind);
    let mut taken: Vec<&'static str> = Vec::new();
    // Each Plansight column goes to the first export column named exactly like it, then
    // to the first with one of its common names.
    let mut ours: Vec<Option<&'static str>> = vec![None; table.header.len()];
    for exact in [true, false] {
        for (i, h) in table.header.iter().enumerate() {
            if ours[i].is_some() {
                continue;
            }
            let h = normal(h);
            let hit = known.iter().find(|(col, alts)| {
                !taken.contains(col)
                    && if exact {
                        normal(col) == h
                    } else {
                        alts.contains(&h.as_str())
                    }
            });
            if let Some((col, _)) = hit {
                ours[i] = Some(col);
                taken.push(col);
            }
        }
    }
    // A share is written between 0 and 1: a "Probability (%)" of 0 to 100 is not one.
    for (i, o) in ours.iter_mut().enumerate() {
        if matches!(*o, Some("probability" | "split")) {
            let mut cells = table.rows.iter().filter_map(|(_, r)| r.get(i)).map(|c| c.trim());
            if table.header[i].contains('%') || !cells.all(|c| c.is_empty() || is_share(c)) {
                *o = None;
            }
        }
    }
    let mut columns = Vec::with_capacity(table.header.len());
    // Each column's date format and whether it was ambiguous, read once.
    let mut dates = Vec::with_capacity(table.header.len());
    let mut stages = BTreeMap::new();
    for (i, name) in table.header.iter().enumerate() {
        let cells = || {
            table
                .rows
                .iter()
                .filter_map(move |(_, r)| r.get(i))
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
        };
        let sample: Vec<&str> = cells().take(SAMPLE).collect();
        let read_as = date_format(&sample);
        let mut counts: Vec<(String, usize)> = Vec::new();
        let mut index: BTreeMap<&str, usize> = BTreeMap::new();
        for c in cells() {
            match index.get(c) {
                Some(&k) => counts[k].1 += 1,
                None if counts.len() < FEW => {
                    index.insert(c, counts.len());
                    counts.push((c.to_string(), 1));
                }
                None => {
                    counts.clear();
                    break;
                }
            }
        }
        for (v, _) in &counts {
            if let Some(s) = stage_of(v) {
                stages.insert(v.clone(), s);
            }
        }
        columns.push(ColumnGuess {
            name: name.clone(),
            examples: sample.iter().take(3).map(|s| s.to_string()).collect(),
            ours: ours[i],
            values: counts,
            date_format: read_as.map(|(f, _)| f),
        });
        dates.push(read_as);
    }
    let dated = match kind {
        Kind::Deals => "close_date",
        Kind::Sellers => "start_date",
        Kind::Prices => "",
    };
    let (date_format, date_ambiguous) = ours
        .iter()
        .position(|o| *o == Some(dated))
        .and_then(|i| dates[i])
        .map_or((None, false), |(f, a)| ((f != "%Y-%m-%d").then_some(f), a));
    let defaults = match kind {
        Kind::Deals => amount_default(table, &ours, &stages),
        _ => Vec::new(),
    };
    Guess {
        columns,
        stages,
        date_format,
        date_ambiguous,
        defaults,
    }
}

/// An amount of 0 for empty amount cells, when every line with one is open or lost by
/// the guessed stages (a won line with no amount is a problem for the user to see).
fn amount_default(
    table: &Table,
    ours: &[Option<&'static str>],
    stages: &BTreeMap<String, &'static str>,
) -> Vec<(&'static str, String)> {
    let at = |c: &str| ours.iter().position(|o| *o == Some(c));
    let (Some(amount), Some(stage)) = (at("amount"), at("stage")) else {
        return Vec::new();
    };
    let empty: Vec<&str> = table
        .rows
        .iter()
        .filter(|(_, r)| r.get(amount).is_none_or(|c| c.trim().is_empty()))
        .map(|(_, r)| r.get(stage).map_or("", |s| s.trim()))
        .collect();
    let credits_nothing = |s: &&str| matches!(stages.get(*s), Some(&"open" | &"lost"));
    if !empty.is_empty() && empty.iter().all(credits_nothing) {
        vec![("amount", "0".to_string())]
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(csv: &str) -> Table {
        Table::from_csv("export.csv", csv.as_bytes()).unwrap()
    }

    #[test]
    fn crm_names_land_on_our_columns() {
        let t = table(
            "Opportunity ID,Opportunity Owner,Amount,Close Date,Stage,Account Name,Lead Source\n\
             006A,Ana,100,03/14/2026,Closed Won,Acme,Web\n",
        );
        let g = guess(Kind::Deals, &t);
        let ours: Vec<Option<&str>> = g.columns.iter().map(|c| c.ours).collect();
        assert_eq!(
            ours,
            [
                Some("id"),
                Some("seller"),
                Some("amount"),
                Some("close_date"),
                Some("stage"),
                Some("account"),
                None
            ]
        );
        assert_eq!(g.date_format, Some("%m/%d/%Y"));
        assert!(!g.date_ambiguous, "14 is no month");
        assert_eq!(g.stages.get("Closed Won"), Some(&"won"));
        assert_eq!(g.columns[0].examples, ["006A"]);
    }

    #[test]
    fn our_own_names_win_over_common_ones() {
        // "seller" is ours; "owner" would also be taken for it, but comes second.
        let g = guess(Kind::Deals, &table("owner,seller,id\nx,y,z\n"));
        assert_eq!(g.columns[0].ours, None);
        assert_eq!(g.columns[1].ours, Some("seller"));
    }

    #[test]
    fn a_percentage_is_not_taken_for_a_share() {
        let g = guess(Kind::Deals, &table("id,Probability (%),split\nA,100,0.5\nB,20,1\n"));
        assert_eq!((g.columns[1].ours, g.columns[2].ours), (None, Some("split")));
        let g = guess(Kind::Deals, &table("id,probability\nA,0.25\nB,75\n"));
        assert_eq!(g.columns[1].ours, None);
        assert!(is_share(".5") && is_share("1.00") && !is_share("1.5") && !is_share("") && !is_share("."));
    }

    #[test]
    fn day_first_dates_and_ambiguous_ones() {
        let g = guess(Kind::Deals, &table("id,close_date\nA,25/12/2026\nB,01/02/2026\n"));
        assert_eq!((g.date_format, g.date_ambiguous), (Some("%d/%m/%Y"), false));
        let g = guess(Kind::Deals, &table("id,close_date\nA,01/02/2026\n"));
        assert_eq!((g.date_format, g.date_ambiguous), (Some("%m/%d/%Y"), true));
        let g = guess(Kind::Deals, &table("id,close_date\nA,2026-02-01\n"));
        assert_eq!((g.date_format, g.date_ambiguous), (None, false), "ISO is the default");
    }

    #[test]
    fn columns_with_many_values_list_none() {
        let mut csv = String::from("id,stage\n");
        for i in 0..50 {
            csv.push_str(&format!("D{i},{}\n", ["Won", "Lost", "Engaging"][i % 3]));
        }
        let g = guess(Kind::Deals, &table(&csv));
        assert!(g.columns[0].values.is_empty());
        assert_eq!(
            g.columns[1].values,
            [
                ("Won".to_string(), 17),
                ("Lost".to_string(), 17),
                ("Engaging".to_string(), 16)
            ]
        );
        assert_eq!(g.stages.get("Engaging"), Some(&"open"));
    }

    #[test]
    fn an_amount_of_zero_is_suggested_only_where_nothing_is_credited() {
        let g = guess(Kind::Deals, &table("id,amount,stage\nA,,Engaging\nB,5,Won\nC,,Lost\n"));
        assert_eq!(g.defaults, [("amount", "0".to_string())]);
        let g = guess(Kind::Deals, &table("id,amount,stage\nA,,Won\nB,5,Won\n"));
        assert!(
            g.defaults.is_empty(),
            "a won deal with no amount is for the user to see"
        );
    }

    #[test]
    fn the_maven_export_is_guessed_whole() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/maven-crm");
        let t = Table::read(&dir.join("sales_pipeline.csv"), None).unwrap();
        let g = guess(Kind::Deals, &t);
        let by: BTreeMap<&str, Option<&str>> = g.columns.iter().map(|c| (c.name.as_str(), c.ours)).collect();
        assert_eq!(by["opportunity_id"], Some("id"));
        assert_eq!(by["sales_agent"], Some("seller"));
        assert_eq!(by["close_value"], Some("amount"));
        assert_eq!(by["close_date"], Some("close_date"));
        assert_eq!(by["deal_stage"], Some("stage"));
        assert_eq!(by["product"], Some("product"));
        assert_eq!(by["account"], Some("account"));
        assert_eq!(by["engage_date"], None);
        for (word, stage) in [
            ("Won", "won"),
            ("Lost", "lost"),
            ("Engaging", "open"),
            ("Prospecting", "open"),
        ] {
            assert_eq!(g.stages.get(word), Some(&stage));
        }
        assert_eq!(g.defaults, [("amount", "0".to_string())]);
        assert_eq!(g.date_format, None);
        let teams = Table::read(&dir.join("sales_teams.csv"), None).unwrap();
        let g = guess(Kind::Sellers, &teams);
        let ours: Vec<Option<&str>> = g.columns.iter().map(|c| c.ours).collect();
        assert_eq!(ours, [Some("id"), Some("manager"), Some("territory")]);
    }
}
