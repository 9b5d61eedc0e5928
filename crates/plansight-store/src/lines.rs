//! Credit lines and the roster in the workspace: row images, reading, and the
//! difference between what is stored and a new import.

use crate::audit::{Row, RowChange, CREDIT_LINE, SELLER};
use crate::{StoreError, Workspace};
use chrono::NaiveDate;
use plansight_plan::{Cents, CreditLine, Inputs, Seller, Share, Stage};
use rusqlite::types::ValueRef;
use rusqlite::Connection;
use serde_json::{json, Value};
use std::collections::HashMap;

fn date(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Null, |d| Value::String(d.to_string()))
}

/// The stored image of a credit line; `row` orders lines as they were imported.
pub fn line_row(row: i64, l: &CreditLine, source: Option<&str>) -> Row {
    let v = json!({
        "row": row, "id": l.id, "seller": l.seller, "amount": l.amount.0, "close_date": date(l.close_date),
        "stage": l.stage.as_str(), "deal_type": l.deal_type, "product": l.product, "split": l.split.0,
        "probability": l.probability.map(|p| p.0), "term_months": l.term_months, "cancel_date": date(l.cancel_date),
        "account": l.account, "name": l.name, "source": source, "hold": l.hold,
    });
    let Value::Object(m) = v else {
        unreachable!("json! of an object")
    };
    m
}

/// The stored image of a seller.
pub fn seller_row(s: &Seller) -> Row {
    let quotas: Vec<(&str, i64)> = s.quotas.iter().map(|(m, q)| (m.as_str(), q.0)).collect();
    let quotas = serde_json::to_string(&quotas).expect("pairs of text and integers serialise");
    let v = json!({
        "id": s.id, "name": s.name, "manager": s.manager, "territory": s.territory, "role": s.role,
        "start_date": date(s.start_date), "end_date": date(s.end_date), "target_incentive": s.target_incentive.map(|t| t.0), "quotas": quotas,
    });
    let Value::Object(m) = v else {
        unreachable!("json! of an object")
    };
    m
}

/// A stored line with where it came from.
pub struct Stored {
    /// Where the line stands in import order (the table's key).
    pub row: i64,
    /// The line.
    pub line: CreditLine,
    /// The file the line was imported from (none for lines older than schema 2).
    pub source: Option<String>,
}

/// Column `i` of a stored row as a date; `what` names the row when the text is not one.
fn stored_date(r: &rusqlite::Row, i: usize, what: impl Fn() -> String) -> Result<Option<NaiveDate>, crate::ReadError> {
    match r.get_ref(i)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(t) => iso_date(t)
            .map(Some)
            .ok_or_else(|| crate::ReadError::Unreadable(what())),
        _ => Err(crate::ReadError::Unreadable(what())),
    }
}

/// A stored `YYYY-MM-DD` date, read without allocating: a million-line workspace holds
/// a million of them, and chrono's general parser is the slow part of opening one.
fn iso_date(t: &[u8]) -> Option<NaiveDate> {
    if t.len() != 10 || t[4] != b'-' || t[7] != b'-' {
        return std::str::from_utf8(t).ok()?.parse().ok();
    }
    let number = |s: &[u8]| {
        s.iter()
            .try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
    };
    NaiveDate::from_ymd_opt(number(&t[..4])? as i32, number(&t[5..7])?, number(&t[8..])?)
}

/// The columns [`line_at`] reads, in its order.
const LINE_COLUMNS: &str = "id, seller, amount, close_date, stage, deal_type, product, split, probability, term_months, cancel_date, account, name, hold";

/// The credit line in the [`LINE_COLUMNS`] of `r`, starting at column `at`.
fn line_at(r: &rusqlite::Row, at: usize) -> Result<CreditLine, crate::ReadError> {
    let id: String = r.get(at)?;
    let what = || format!("credit line \"{id}\"");
    let date = |i: usize| stored_date(r, at + i, what);
    let stage = match r.get_ref(at + 4)? {
        ValueRef::Text(t) => std::str::from_utf8(t).ok().and_then(Stage::parse),
        _ => None,
    };
    Ok(CreditLine {
        seller: r.get(at + 1)?,
        amount: Cents(r.get(at + 2)?),
        close_date: date(3)?,
        stage: stage.ok_or_else(|| crate::ReadError::Unreadable(what()))?,
        deal_type: r.get(at + 5)?,
        product: r.get(at + 6)?,
        split: Share(r.get(at + 7)?),
        probability: r.get::<_, Option<i64>>(at + 8)?.map(Share),
        term_months: r.get(at + 9)?,
        cancel_date: date(10)?,
        account: r.get(at + 11)?,
        name: r.get(at + 12)?,
        hold: r.get(at + 13)?,
        id,
    })
}

/// Inserts the lines `added` of `cols` as new rows numbered from `first_row`, straight
/// from the columns with one prepared statement; gives the last row written.
pub fn insert_columns(
    conn: &Connection,
    cols: &plansight_plan::DealColumns,
    added: &[u32],
    first_row: i64,
    source: &str,
) -> rusqlite::Result<i64> {
    let mut stmt = conn.prepare_cached(&format!(
        "INSERT INTO credit_line (row, source, {LINE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
    ))?;
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string());
    let mut row = first_row;
    for &i in added {
        let i = i as usize;
        stmt.execute(rusqlite::params![
            row,
            source,
            cols.id(i),
            &*cols.sellers[cols.seller[i] as usize],
            cols.amount[i],
            day(cols.close[i]),
            cols.stage[i].as_str(),
            cols.deal_type_text(i),
            cols.product_text(i),
            cols.split(i),
            cols.probability(i),
            cols.term_months(i),
            day(cols.cancel(i)),
            cols.account_text(i),
            cols.name(i),
            cols.hold(i),
        ])?;
        row += 1;
    }
    Ok(row - 1)
}

/// Every stored credit line, in import order, read straight into columns: text is
/// borrowed from SQLite's row and interned, never copied into a `String` per field.
pub fn read_columns(conn: &Connection) -> Result<plansight_plan::DealColumns, crate::ReadError> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {LINE_COLUMNS} FROM credit_line ORDER BY row"))?;
    let mut rows = stmt.query([])?;
    let mut b = plansight_plan::ColumnsBuilder::default();
    while let Some(r) = rows.next()? {
        let text = |i: usize| -> Result<Option<&str>, crate::ReadError> {
            match r.get_ref(i)? {
                ValueRef::Null => Ok(None),
                ValueRef::Text(t) => std::str::from_utf8(t)
                    .map(Some)
                    .map_err(|_| crate::ReadError::Unreadable(format!("credit line column {i}"))),
                _ => Err(crate::ReadError::Unreadable(format!("credit line column {i}"))),
            }
        };
        let id = text(0)?.unwrap_or_default();
        let what = || format!("credit line \"{id}\"");
        let stage = text(4)?
            .and_then(Stage::parse)
            .ok_or_else(|| crate::ReadError::Unreadable(what()))?;
        b.push(plansight_plan::LineRef {
            id,
            seller: text(1)?.ok_or_else(|| crate::ReadError::Unreadable(what()))?,
            amount: r.get(2)?,
            close: stored_date(r, 3, what)?,
            stage,
            deal_type: text(5)?,
            product: text(6)?,
            split: r.get(7)?,
            probability: r.get(8)?,
            term_months: r.get(9)?,
            cancel: stored_date(r, 10, what)?,
            account: text(11)?,
            name: text(12)?,
            hold: text(13)?,
        });
    }
    Ok(b.finish())
}

/// Every stored credit line with its row and source, in import order.
pub fn read_lines(conn: &Connection) -> Result<Vec<Stored>, crate::ReadError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT row, source, {LINE_COLUMNS} FROM credit_line ORDER BY row"
    ))?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(Stored {
            row: r.get(0)?,
            source: r.get(1)?,
            line: line_at(r, 2)?,
        });
    }
    Ok(out)
}

/// The stored line of this deal and seller, if any, with its row and source.
pub fn read_line(conn: &Connection, id: &str, seller: &str) -> Result<Option<Stored>, crate::ReadError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT row, source, {LINE_COLUMNS} FROM credit_line WHERE id = ?1 AND seller = ?2"
    ))?;
    let mut rows = stmt.query([id, seller])?;
    let Some(r) = rows.next()? else {
        return Ok(None);
    };
    Ok(Some(Stored {
        row: r.get(0)?,
        source: r.get(1)?,
        line: line_at(r, 2)?,
    }))
}

/// Every stored credit line, in import order: what a calculation reads.
pub fn read_credit_lines(conn: &Connection) -> Result<Vec<CreditLine>, crate::ReadError> {
    let count: i64 = conn.query_row("SELECT count(*) FROM credit_line", [], |r| r.get(0))?;
    let mut stmt = conn.prepare_cached(&format!("SELECT {LINE_COLUMNS} FROM credit_line ORDER BY row"))?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::with_capacity(count as usize);
    while let Some(r) = rows.next()? {
        out.push(line_at(r, 0)?);
    }
    Ok(out)
}

/// Every stored seller, by id.
pub fn read_roster(conn: &Connection) -> Result<Vec<Seller>, crate::ReadError> {
    let mut stmt = conn.prepare_cached("SELECT id, name, manager, territory, role, start_date, end_date, target_incentive, quotas FROM seller ORDER BY id")?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let what = || format!("seller \"{id}\"");
        let date = |i: usize| stored_date(r, i, what);
        let quotas: String = r.get(8)?;
        out.push(Seller {
            name: r.get(1)?,
            manager: r.get(2)?,
            territory: r.get(3)?,
            role: r.get(4)?,
            start_date: date(5)?,
            end_date: date(6)?,
            target_incentive: r.get::<_, Option<i64>>(7)?.map(Cents),
            quotas: serde_json::from_str::<Vec<(String, i64)>>(&quotas)
                .map_err(|_| crate::ReadError::Unreadable(what()))?
                .into_iter()
                .map(|(m, q)| (m, Cents(q)))
                .collect(),
            id,
        });
    }
    Ok(out)
}

/// What an import changes: counts and the row changes that do it.
#[derive(Debug, Default)]
pub struct Diff {
    /// Rows that are new.
    pub added: usize,
    /// Rows stored before and changed.
    pub changed: usize,
    /// Rows removed.
    pub removed: usize,
    /// Rows already stored as they are.
    pub unchanged: usize,
    /// The row changes that make the difference, for [`crate::audit::apply_and_record`].
    pub rows: Vec<RowChange>,
    /// A few examples of each, for the preview: (what, deal or seller, detail).
    pub examples: Vec<(String, String, String)>,
}

const EXAMPLES: usize = 5;

/// [`diff_lines`] for lines read in columns: the lines that are new are given by their
/// index in `cols` (in file order) instead of as row changes, so that they can be
/// written straight from the columns; `Diff::rows` holds the changed and removed ones.
pub fn diff_columns(stored: &[Stored], cols: &plansight_plan::DealColumns, source: &str) -> (Diff, Vec<u32>) {
    let mut d = Diff::default();
    let key_of = |i: usize| (cols.id(i), &*cols.sellers[cols.seller[i] as usize]);
    let mut added = Vec::new();
    let mut known = Vec::new();
    if stored.is_empty() {
        added = (0..cols.len() as u32).collect();
    } else {
        let index: std::collections::HashSet<(&str, &str)> = stored
            .iter()
            .map(|s| (s.line.id.as_str(), s.line.seller.as_str()))
            .collect();
        for i in 0..cols.len() {
            if index.contains(&key_of(i)) {
                known.push(cols.line(i));
            } else {
                added.push(i as u32);
            }
        }
    }
    for &i in added.iter().take(EXAMPLES) {
        let (id, seller) = key_of(i as usize);
        d.examples
            .push(("added".into(), format!("{id} / {seller}"), String::new()));
    }
    // The lines already stored: changed, unchanged, or (those of this source that the
    // file no longer has) removed, exactly as a diff of rows finds them.
    let mut rest = diff_lines(stored, &known, source);
    rest.added = added.len();
    rest.examples.splice(0..0, d.examples);
    (rest, added)
}

/// The changes that make the stored lines of `source` equal to `lines`: lines of the
/// same deal and seller are updated in place, new ones added, and lines of this source
/// missing from the new export removed. Lines from other sources are left alone.
pub fn diff_lines(stored: &[Stored], lines: &[CreditLine], source: &str) -> Diff {
    let mut d = Diff::default();
    if stored.is_empty() && lines.is_empty() {
        return d;
    }
    let index: HashMap<(&str, &str), &Stored> = stored
        .iter()
        .map(|s| ((s.line.id.as_str(), s.line.seller.as_str()), s))
        .collect();
    let mut next_row = stored.iter().map(|s| s.row).max().unwrap_or(0) + 1;
    let mut seen: std::collections::HashSet<(&str, &str)> = std::collections::HashSet::with_capacity(lines.len());
    for l in lines {
        let key = (l.id.as_str(), l.seller.as_str());
        // A file never holds a line: a hold stays until a person releases it, even when
        // the export is imported again (with the line changed or not).
        let held;
        let l = match index.get(&key) {
            Some(s) if s.line.hold.is_some() && l.hold.is_none() => {
                held = CreditLine {
                    hold: s.line.hold.clone(),
                    ..l.clone()
                };
                &held
            }
            _ => l,
        };
        seen.insert(key);
        match index.get(&key) {
            None => {
                d.added += 1;
                if d.examples.iter().filter(|e| e.0 == "added").count() < EXAMPLES {
                    d.examples
                        .push(("added".into(), format!("{} / {}", l.id, l.seller), String::new()));
                }
                d.rows.push(RowChange {
                    table: &CREDIT_LINE,
                    before: None,
                    after: Some(line_row(next_row, l, Some(source))),
                });
                next_row += 1;
            }
            Some(s) if s.line == *l && s.source.as_deref() == Some(source) => d.unchanged += 1,
            Some(s) => {
                d.changed += 1;
                if d.examples.iter().filter(|e| e.0 == "changed").count() < EXAMPLES {
                    d.examples.push((
                        "changed".into(),
                        format!("{} / {}", l.id, l.seller),
                        what_changed(&s.line, l),
                    ));
                }
                d.rows.push(RowChange {
                    table: &CREDIT_LINE,
                    before: Some(line_row(s.row, &s.line, s.source.as_deref())),
                    after: Some(line_row(s.row, l, Some(source))),
                });
            }
        }
    }
    for s in stored.iter().filter(|s| {
        s.source.as_deref() == Some(source) && !seen.contains(&(s.line.id.as_str(), s.line.seller.as_str()))
    }) {
        d.removed += 1;
        if d.examples.iter().filter(|e| e.0 == "removed").count() < EXAMPLES {
            d.examples.push((
                "removed".into(),
                format!("{} / {}", s.line.id, s.line.seller),
                String::new(),
            ));
        }
        d.rows.push(RowChange {
            table: &CREDIT_LINE,
            before: Some(line_row(s.row, &s.line, s.source.as_deref())),
            after: None,
        });
    }
    d
}

/// The fields that differ, in words ("amount 100.00 -> 120.00, stage open -> won").
fn what_changed(a: &CreditLine, b: &CreditLine) -> String {
    let ra = line_row(0, a, None);
    let rb = line_row(0, b, None);
    // Amounts are stored in cents and shares in 10^-4; they are shown as decimals.
    let show = |k: &str, v: &Value| match (k, v) {
        (_, Value::Null) => "(empty)".to_string(),
        (_, Value::String(s)) => s.clone(),
        ("amount", Value::Number(n)) => n
            .as_i64()
            .map_or(n.to_string(), |c| plansight_plan::fixed::format_scaled(c as i128, 2)),
        ("split" | "probability", Value::Number(n)) => n
            .as_i64()
            .map_or(n.to_string(), |c| plansight_plan::fixed::format_scaled(c as i128, 4)),
        (_, v) => v.to_string(),
    };
    ra.iter()
        .filter(|(k, v)| rb.get(*k) != Some(v))
        .map(|(k, v)| format!("{k} {} -> {}", show(k, v), show(k, &rb[k])))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The changes that make the stored roster equal to `roster` (by seller id).
pub fn diff_roster(stored: &[Seller], roster: &[Seller]) -> Diff {
    let mut d = Diff::default();
    let index: HashMap<&str, &Seller> = stored.iter().map(|s| (s.id.as_str(), s)).collect();
    for s in roster {
        match index.get(s.id.as_str()) {
            None => {
                d.added += 1;
                d.rows.push(RowChange {
                    table: &SELLER,
                    before: None,
                    after: Some(seller_row(s)),
                });
            }
            Some(old) if *old == s => d.unchanged += 1,
            Some(old) => {
                d.changed += 1;
                d.rows.push(RowChange {
                    table: &SELLER,
                    before: Some(seller_row(old)),
                    after: Some(seller_row(s)),
                });
            }
        }
    }
    let keep: std::collections::HashSet<&str> = roster.iter().map(|s| s.id.as_str()).collect();
    for s in stored.iter().filter(|s| !keep.contains(s.id.as_str())) {
        d.removed += 1;
        d.rows.push(RowChange {
            table: &SELLER,
            before: Some(seller_row(s)),
            after: None,
        });
    }
    d
}

impl Workspace {
    /// The roster (empty when none was imported).
    pub fn roster(&self) -> Result<Vec<Seller>, StoreError> {
        read_roster(&self.conn).map_err(self.read())
    }

    /// Everything a calculation reads, with the plan version in effect on `as_of`.
    pub fn inputs(&self, as_of: Option<NaiveDate>) -> Result<Inputs, StoreError> {
        let plan = self.plan(as_of)?;
        let lines = read_credit_lines(&self.conn).map_err(self.read())?;
        self.inputs_with(plan, lines, as_of)
    }

    /// The plan in force and the roster, with the credit lines in columns (the inputs'
    /// own `lines` are empty): for a whole-team calculation, which needs no row.
    pub fn input_columns(&self, as_of: Option<NaiveDate>) -> Result<(Inputs, plansight_plan::DealColumns), StoreError> {
        let plan = self.plan(as_of)?;
        let columns = self.line_columns()?;
        Ok((self.inputs_with(plan, Vec::new(), as_of)?, columns))
    }

    fn inputs_with(
        &self,
        plan: plansight_plan::Plan,
        lines: Vec<CreditLine>,
        as_of: Option<NaiveDate>,
    ) -> Result<Inputs, StoreError> {
        let roster = self.roster()?;
        let roster = if roster.is_empty() { None } else { Some(roster) };
        Ok(Inputs {
            plan,
            lines,
            roster,
            as_of,
        })
    }
}
