//! Credit lines in columns (spec section 3), read from `deals.csv` on every core.
//!
//! The file is cut into chunks of whole rows ([`crate::csvchunk`]); each chunk's rows are
//! checked and written into columns of integers, with sellers, deal types, products and
//! accounts interned, and the chunks are then joined. Deal ids are ranked byte-wise once,
//! which also finds duplicate (deal, seller) pairs. Every problem keeps its file line
//! and column, whatever chunk it was found in.

use crate::calendar::parse_date;
use crate::csvchunk::{chunks, Chunk, Rows};
use crate::csvread::{checked_text, field_text, header_names, RowProblems, MAX_PROBLEMS};
use crate::deals::{CreditLine, Stage, DEAL_COLUMNS};
use crate::fixed::{parse_scaled, MONEY_DIGITS, SHARE_DIGITS};
use crate::plan::{Cents, Share};
use crate::problem::{Problem, Problems};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::Arc;

/// Marks a row with no value in an interned column.
pub const NONE: u32 = u32::MAX;

type Fast = BuildHasherDefault<rustc_hash::FxHasher>;

/// Many strings in one buffer (deal ids): one allocation for millions of them, and a
/// clone shares it.
#[derive(Debug, Clone, Default)]
pub struct Strings {
    bytes: Arc<[u8]>,
    ends: Arc<[u64]>,
}

impl Strings {
    /// The strings whose UTF-8 bytes end at each of `ends` in `bytes`.
    fn new(bytes: Vec<u8>, ends: Vec<u64>) -> Strings {
        Strings {
            bytes: bytes.into(),
            ends: ends.into(),
        }
    }
    /// How many strings there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }
    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
    /// The strings' bytes one after another, and where each ends.
    pub fn parts(&self) -> (&[u8], &[u64]) {
        (&self.bytes, &self.ends)
    }
    /// The strings whose bytes end at each of `ends`, or `None` when an end is out of
    /// order or the bytes between two ends are not UTF-8.
    pub fn from_parts(bytes: Vec<u8>, ends: Vec<u64>) -> Option<Strings> {
        let mut start = 0;
        for &end in &ends {
            let piece = bytes.get(start..usize::try_from(end).ok()?)?;
            std::str::from_utf8(piece).ok()?;
            start = end as usize;
        }
        (start == bytes.len()).then(|| Strings::new(bytes, ends))
    }
    /// String `i`.
    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        std::str::from_utf8(&self.bytes[start..self.ends[i] as usize]).expect("built from text")
    }
}

/// Collects strings into one buffer, in order.
#[derive(Default)]
struct StringsBuilder {
    bytes: Vec<u8>,
    ends: Vec<u64>,
}

impl StringsBuilder {
    fn with_capacity(bytes: usize, strings: usize) -> StringsBuilder {
        StringsBuilder {
            bytes: Vec::with_capacity(bytes),
            ends: Vec::with_capacity(strings),
        }
    }
    fn push(&mut self, s: &[u8]) {
        self.bytes.extend_from_slice(s);
        self.ends.push(self.bytes.len() as u64);
    }
    fn len(&self) -> usize {
        self.ends.len()
    }
    fn finish(self) -> Strings {
        Strings::new(self.bytes, self.ends)
    }
}

/// The credit lines of a deals file, one entry per line in every column, in file order.
///
/// The optional columns (split onwards) are *sparse*: kept empty while every line has
/// the column's default (a split of 1, no type, no probability...), which is what most
/// exports carry; read them through the methods of the same name.
#[derive(Debug, Clone, Default)]
pub struct DealColumns {
    /// Each line's deal: an index into `deal_ids`.
    pub deal: Vec<u32>,
    /// Distinct deal ids, sorted byte-wise (the spec's order of items on one date).
    pub deal_ids: Strings,
    /// Each line's seller: an index into `sellers`.
    pub seller: Vec<u32>,
    /// Distinct seller ids, in order of first appearance.
    pub sellers: Vec<Box<str>>,
    /// Amount in cents.
    pub amount: Vec<i64>,
    /// Close date (an open line's expected one, if any).
    pub close: Vec<Option<NaiveDate>>,
    /// Where each deal stands.
    pub stage: Vec<Stage>,
    /// Lowercase deal type: an index into `types`, or [`NONE`] (sparse).
    pub deal_type: Vec<u32>,
    /// Distinct lowercase deal types.
    pub types: Vec<Box<str>>,
    /// Lowercase product: an index into `products`, or [`NONE`] (sparse).
    pub product: Vec<u32>,
    /// Distinct lowercase products.
    pub products: Vec<Box<str>>,
    /// The seller's share, scaled by 10^4 (sparse; 1 by default).
    pub split: Vec<i64>,
    /// Win probability, scaled by 10^4 (sparse).
    pub probability: Vec<Option<i64>>,
    /// Contract length in months (sparse).
    pub term_months: Vec<Option<i64>>,
    /// Cancel date (sparse).
    pub cancel: Vec<Option<NaiveDate>>,
    /// Customer account: an index into `accounts`, or [`NONE`] (sparse).
    pub account: Vec<u32>,
    /// Distinct accounts.
    pub accounts: Vec<Box<str>>,
    /// Deal name, if any (names are nearly unique, so they are not interned; sparse).
    pub name: Vec<Option<Box<str>>>,
    /// Why a line is held, if it is (set in a workspace, never by a file; sparse).
    pub hold: Vec<Option<Box<str>>>,
}

impl DealColumns {
    /// The number of credit lines.
    pub fn len(&self) -> usize {
        self.deal.len()
    }
    /// Whether there are no credit lines.
    pub fn is_empty(&self) -> bool {
        self.deal.is_empty()
    }

    /// Whether line `i` credits its seller: won or cancelled (spec 3), and not held.
    pub fn credits(&self, i: usize) -> bool {
        self.stage[i].is_credited() && self.hold(i).is_none()
    }

    /// Line `i`'s deal id.
    pub fn id(&self, i: usize) -> &str {
        self.deal_ids.get(self.deal[i] as usize)
    }

    /// Line `i`'s deal name, if any.
    pub fn name(&self, i: usize) -> Option<&str> {
        self.name.get(i).and_then(|n| n.as_deref())
    }

    /// Line `i`'s share, scaled by 10^4.
    pub fn split(&self, i: usize) -> i64 {
        self.split.get(i).copied().unwrap_or(Share::ONE.0)
    }

    /// Line `i`'s win probability, scaled by 10^4.
    pub fn probability(&self, i: usize) -> Option<i64> {
        self.probability.get(i).copied().flatten()
    }

    /// Line `i`'s contract length in months.
    pub fn term_months(&self, i: usize) -> Option<i64> {
        self.term_months.get(i).copied().flatten()
    }

    /// Line `i`'s cancel date.
    pub fn cancel(&self, i: usize) -> Option<NaiveDate> {
        self.cancel.get(i).copied().flatten()
    }

    /// Line `i`'s deal type code, or [`NONE`].
    pub fn deal_type(&self, i: usize) -> u32 {
        self.deal_type.get(i).copied().unwrap_or(NONE)
    }

    /// Line `i`'s product code, or [`NONE`].
    pub fn product(&self, i: usize) -> u32 {
        self.product.get(i).copied().unwrap_or(NONE)
    }

    /// Line `i`'s account code, or [`NONE`].
    pub fn account(&self, i: usize) -> u32 {
        self.account.get(i).copied().unwrap_or(NONE)
    }

    /// Line `i`'s deal type, if any.
    pub fn deal_type_text(&self, i: usize) -> Option<&str> {
        text_of(self.deal_type(i), &self.types)
    }

    /// Line `i`'s product, if any.
    pub fn product_text(&self, i: usize) -> Option<&str> {
        text_of(self.product(i), &self.products)
    }

    /// Line `i`'s account, if any.
    pub fn account_text(&self, i: usize) -> Option<&str> {
        text_of(self.account(i), &self.accounts)
    }

    /// Why line `i` is held, if it is.
    pub fn hold(&self, i: usize) -> Option<&str> {
        self.hold.get(i).and_then(|h| h.as_deref())
    }

    /// What the warnings need to know of each line, in file order.
    pub fn facts(&self) -> impl Iterator<Item = crate::team::LineFacts<'_>> + Clone {
        (0..self.len()).map(|i| crate::team::LineFacts {
            id: self.id(i),
            seller: &self.sellers[self.seller[i] as usize],
            stage: self.stage[i],
            close: self.close[i],
            cancel: self.cancel(i),
            hold: self.hold(i),
        })
    }

    /// Credit line `i` as a row.
    pub fn line(&self, i: usize) -> CreditLine {
        CreditLine {
            id: self.id(i).to_string(),
            seller: self.sellers[self.seller[i] as usize].to_string(),
            amount: Cents(self.amount[i]),
            close_date: self.close[i],
            stage: self.stage[i],
            deal_type: self.deal_type_text(i).map(str::to_string),
            product: self.product_text(i).map(str::to_string),
            split: Share(self.split(i)),
            probability: self.probability(i).map(Share),
            term_months: self.term_months(i),
            cancel_date: self.cancel(i),
            account: self.account_text(i).map(str::to_string),
            name: self.name(i).map(str::to_string),
            hold: self.hold(i).map(str::to_string),
        }
    }

    /// The columns of rows already read (changed by a scenario, or built in a test).
    pub fn from_lines(lines: &[CreditLine]) -> DealColumns {
        let mut b = ColumnsBuilder::default();
        for l in lines {
            b.push(LineRef {
                id: &l.id,
                seller: &l.seller,
                amount: l.amount.0,
                close: l.close_date,
                stage: l.stage,
                deal_type: l.deal_type.as_deref(),
                product: l.product.as_deref(),
                split: l.split.0,
                probability: l.probability.map(|p| p.0),
                term_months: l.term_months,
                cancel: l.cancel_date,
                account: l.account.as_deref(),
                name: l.name.as_deref(),
                hold: l.hold.as_deref(),
            });
        }
        b.finish()
    }

    /// Every credit line as a row, in file order.
    pub fn to_lines(&self) -> Vec<CreditLine> {
        (0..self.len()).into_par_iter().map(|i| self.line(i)).collect()
    }
}

/// The text of an interned code.
fn text_of(code: u32, values: &[Box<str>]) -> Option<&str> {
    (code != NONE).then(|| &*values[code as usize])
}

/// One credit line's values, borrowed from wherever they were read.
#[derive(Debug, Clone, Copy)]
pub struct LineRef<'a> {
    /// Deal id.
    pub id: &'a str,
    /// Seller id.
    pub seller: &'a str,
    /// Amount in cents.
    pub amount: i64,
    /// Close date.
    pub close: Option<NaiveDate>,
    /// Where the deal stands.
    pub stage: Stage,
    /// Lowercase deal type.
    pub deal_type: Option<&'a str>,
    /// Lowercase product.
    pub product: Option<&'a str>,
    /// Share, scaled by 10^4.
    pub split: i64,
    /// Win probability, scaled by 10^4.
    pub probability: Option<i64>,
    /// Contract length in months.
    pub term_months: Option<i64>,
    /// Cancel date.
    pub cancel: Option<NaiveDate>,
    /// Customer account.
    pub account: Option<&'a str>,
    /// Deal name.
    pub name: Option<&'a str>,
    /// Why the line is held.
    pub hold: Option<&'a str>,
}

/// Builds [`DealColumns`] one line at a time (from rows, or from a workspace's table),
/// interning as it goes; deal ids are ranked once at the end.
#[derive(Default)]
pub struct ColumnsBuilder {
    cols: DealColumns,
    ids: Vec<u8>,
    id_end: Vec<u32>,
    sellers: Interner,
    types: Interner,
    products: Interner,
    accounts: Interner,
}

impl ColumnsBuilder {
    /// Appends one line.
    pub fn push(&mut self, l: LineRef) {
        let c = &mut self.cols;
        let opt = |v: Option<&str>, it: &mut Interner| v.map_or(NONE, |s| it.code(s));
        self.ids.extend_from_slice(l.id.as_bytes());
        self.id_end.push(self.ids.len() as u32);
        c.seller.push(self.sellers.code(l.seller));
        c.amount.push(l.amount);
        c.close.push(l.close);
        c.stage.push(l.stage);
        let n = c.amount.len() - 1;
        sparse(&mut c.deal_type, n, opt(l.deal_type, &mut self.types), NONE);
        sparse(&mut c.product, n, opt(l.product, &mut self.products), NONE);
        sparse(&mut c.split, n, l.split, Share::ONE.0);
        sparse(&mut c.probability, n, l.probability, None);
        sparse(&mut c.term_months, n, l.term_months, None);
        sparse(&mut c.cancel, n, l.cancel, None);
        sparse(&mut c.account, n, opt(l.account, &mut self.accounts), NONE);
        sparse(&mut c.name, n, l.name.map(Box::from), None);
        sparse(&mut c.hold, n, l.hold.map(Box::from), None);
    }

    /// The columns, with deal ids ranked byte-wise.
    pub fn finish(self) -> DealColumns {
        let ColumnsBuilder {
            mut cols,
            ids,
            id_end,
            sellers,
            types,
            products,
            accounts,
        } = self;
        (cols.sellers, cols.types, cols.products, cols.accounts) =
            (sellers.values, types.values, products.values, accounts.values);
        let id = |i: usize| &ids[if i == 0 { 0 } else { id_end[i - 1] as usize }..id_end[i] as usize];
        let mut keyed: Vec<(u64, u32)> = (0..id_end.len()).map(|i| (prefix(id(i)), i as u32)).collect();
        keyed.par_sort_by(|x, y| x.0.cmp(&y.0).then_with(|| id(x.1 as usize).cmp(id(y.1 as usize))));
        cols.deal = vec![0; id_end.len()];
        let mut deal_ids = StringsBuilder::default();
        let mut last: Option<&[u8]> = None;
        for (_, i) in keyed {
            let this = id(i as usize);
            if last != Some(this) {
                deal_ids.push(this);
                last = Some(this);
            }
            cols.deal[i as usize] = deal_ids.len() as u32 - 1;
        }
        cols.pad_sparse();
        cols.deal_ids = deal_ids.finish();
        cols
    }
}

impl DealColumns {
    /// Fills every sparse column that has a value to the full length (its last lines
    /// may have had the default).
    fn pad_sparse(&mut self) {
        let n = self.amount.len();
        let pad = |v: &mut Vec<u32>| {
            if !v.is_empty() {
                v.resize(n, NONE)
            }
        };
        pad(&mut self.deal_type);
        pad(&mut self.product);
        pad(&mut self.account);
        if !self.split.is_empty() {
            self.split.resize(n, Share::ONE.0);
        }
        for v in [&mut self.probability, &mut self.term_months] {
            if !v.is_empty() {
                v.resize(n, None);
            }
        }
        if !self.cancel.is_empty() {
            self.cancel.resize(n, None);
        }
        for v in [&mut self.name, &mut self.hold] {
            if !v.is_empty() {
                v.resize(n, None);
            }
        }
    }
}

/// Sets entry `i` of a sparse column: nothing while every entry has the default.
fn sparse<T: Clone + PartialEq>(column: &mut Vec<T>, i: usize, value: T, default: T) {
    if column.is_empty() && value == default {
        return;
    }
    column.resize(i, default);
    column.push(value);
}

/// Where each column of the file is (by its lowercase, trimmed header name).
struct Layout {
    at: [Option<usize>; DEAL_COLUMNS.len()],
}

impl Layout {
    fn of(&self, column: &str) -> Option<usize> {
        self.at[DEAL_COLUMNS.iter().position(|c| *c == column).expect("a known column")]
    }
}

/// Checks the header and reads every chunk of rows (on every core).
fn read_parts(file: &str, bytes: &[u8], currency: Option<&str>) -> Result<Vec<Part>, Problems> {
    let whole = Chunk {
        start: 0,
        end: bytes.len(),
        first_line: 1,
    };
    let mut rows = Rows::new(bytes, whole);
    let head = match rows.next_row() {
        None => {
            return Err(Problem::file(file, "is empty")
                .hint("the first line must be a header with at least id, seller, amount, close_date")
                .into())
        }
        Some(Err(_)) => {
            return Err(Problem::file(
                file,
                "cannot be read as CSV: the header has a quote that is never closed",
            )
            .line(1)
            .into())
        }
        Some(Ok(_)) => header_names(file, (0..rows.width()).map(|i| rows.field(i).unwrap_or_default()))?,
    };
    let (body, body_line) = rows.position();
    let layout = Layout {
        at: DEAL_COLUMNS.map(|c| head.iter().position(|h| h == c)),
    };
    let missing: Vec<&str> = ["id", "seller", "amount", "close_date"]
        .into_iter()
        .filter(|c| layout.of(c).is_none())
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
    Ok(chunks(bytes, body, body_line, rayon::current_num_threads() * 4)
        .into_par_iter()
        .map(|c| Part::read(file, bytes, c, &layout, currency))
        .collect())
}

/// Reads `deals.csv` bytes into columns. `currency` is the plan's; another currency in a
/// row is an error. Problems are those of [`crate::parse_deals`], in line order.
pub fn parse_deal_columns(file: &str, bytes: &[u8], currency: Option<&str>) -> Result<DealColumns, Problems> {
    join(file, read_parts(file, bytes, currency)?)
}

/// [`parse_deal_columns`] of bytes it owns, which are freed as soon as they are read
/// (before the chunks are joined: a large file is not held beside its columns).
pub fn parse_deal_columns_owned(file: &str, bytes: Vec<u8>, currency: Option<&str>) -> Result<DealColumns, Problems> {
    let parts = read_parts(file, &bytes, currency)?;
    drop(bytes);
    join(file, parts)
}

/// One chunk's rows in columns, with its own interned values and problems.
#[derive(Default)]
struct Part {
    line: Vec<u32>,
    id_bytes: Vec<u8>,
    id_end: Vec<u32>,
    seller: Vec<u32>,
    sellers: Interner,
    amount: Vec<i64>,
    close: Vec<Option<NaiveDate>>,
    stage: Vec<Stage>,
    deal_type: Vec<u32>,
    types: Interner,
    product: Vec<u32>,
    products: Interner,
    split: Vec<i64>,
    probability: Vec<Option<i64>>,
    term_months: Vec<Option<i64>>,
    cancel: Vec<Option<NaiveDate>>,
    account: Vec<u32>,
    accounts: Interner,
    name: Vec<Option<Box<str>>>,
    problems: Option<RowProblems>,
    /// The line of a row that is not CSV: nothing after it is read.
    unreadable: Option<usize>,
}

/// Distinct values and their codes, in order of first appearance.
#[derive(Default)]
struct Interner {
    codes: HashMap<Box<str>, u32, Fast>,
    values: Vec<Box<str>>,
}

impl Interner {
    fn code(&mut self, s: &str) -> u32 {
        if let Some(&c) = self.codes.get(s) {
            return c;
        }
        let c = self.values.len() as u32;
        self.values.push(s.into());
        self.codes.insert(s.into(), c);
        c
    }
}

/// One row's fields, checked: what [`Part::read`] needs to check the next field.
struct Row<'r, 'p> {
    rows: &'r Rows<'r>,
    line: usize,
    problems: &'p mut RowProblems,
}

impl<'r> Row<'r, '_> {
    /// A field as trimmed UTF-8 text, or `None` when absent or empty (a problem when it
    /// is too long or not UTF-8).
    fn get(&mut self, at: Option<usize>, column: &str) -> Option<&'r str> {
        let rows: &'r Rows<'r> = self.rows;
        match rows.field_text(at?)? {
            Ok(s) => checked_text(s, self.line, column, self.problems),
            Err(raw) => field_text(raw, self.line, column, self.problems),
        }
        .filter(|s| !s.is_empty())
    }
    fn add(&mut self, column: &str, message: impl Into<String>, hint: Option<&str>) {
        self.problems.add(self.line, column, message, hint);
    }
    fn count(&self) -> usize {
        self.problems.list.0.len() + self.problems.more
    }
}

/// Lowercases `s` into `buf` when it has an uppercase letter; `s` itself otherwise.
fn lower<'a>(s: &'a str, buf: &'a mut String) -> &'a str {
    if s.is_ascii() && !s.bytes().any(|b| b.is_ascii_uppercase()) {
        return s;
    }
    *buf = s.to_lowercase();
    buf
}

impl Part {
    fn read(file: &str, bytes: &[u8], chunk: Chunk, layout: &Layout, currency: Option<&str>) -> Part {
        let mut part = Part::default();
        // Sized once from the chunk's line ends: growing a million-entry column by
        // doubling copies it and touches fresh memory again and again.
        part.reserve(memchr::memchr_iter(b'\n', &bytes[chunk.start..chunk.end]).count() + 1);
        // The chunk's length bounds its ids' bytes; reserved, not touched, it costs no
        // memory beyond what the ids fill.
        part.id_bytes.reserve(chunk.end - chunk.start);
        let mut problems = RowProblems::new(file);
        let mut rows = Rows::new(bytes, chunk);
        let mut buf = String::new();
        let c = |name: &str| layout.of(name);
        let at = DealAt {
            id: c("id"),
            seller: c("seller"),
            amount: c("amount"),
            close: c("close_date"),
            stage: c("stage"),
            deal_type: c("type"),
            product: c("product"),
            split: c("split"),
            probability: c("probability"),
            term: c("term_months"),
            cancel: c("cancel_date"),
            account: c("account"),
            name: c("name"),
            currency: c("currency"),
        };
        while let Some(next) = rows.next_row() {
            let line = match next {
                Ok(line) => line,
                Err(e) => {
                    part.unreadable = Some(e.line);
                    break;
                }
            };
            let mut row = Row {
                rows: &rows,
                line,
                problems: &mut problems,
            };
            part.read_row(&mut row, &at, currency, &mut buf);
        }
        part.problems = Some(problems);
        part
    }

    /// Checks one row exactly as spec section 3 asks, and appends it when it is sound.
    fn read_row(&mut self, r: &mut Row, at: &DealAt, currency: Option<&str>, buf: &mut String) {
        let before = r.count();
        let id = r.get(at.id, "id");
        let seller = r.get(at.seller, "seller").map(|s| self.sellers.code(s));
        if id.is_none() {
            r.add("id", "is empty", Some("every line needs a deal id"));
        }
        if seller.is_none() {
            r.add("seller", "is empty", Some("every line needs a seller id"));
        }
        let amount = match r.get(at.amount, "amount") {
            None => {
                r.add("amount", "is empty", Some("write the deal amount, e.g. 125000.00"));
                None
            }
            Some(s) => match parse_scaled(s, MONEY_DIGITS) {
                Ok(v) => Some(v),
                Err(e) => {
                    let msg = format!("\"{s}\" {e}");
                    r.add("amount", msg, Some("write a plain decimal with at most 2 fractional digits, no currency sign or thousands separator"));
                    None
                }
            },
        };
        let stage = match r.get(at.stage, "stage") {
            None => Some(Stage::Won),
            Some(s) => {
                let st = Stage::parse(s);
                if st.is_none() {
                    let msg = format!("\"{s}\" is not a stage");
                    r.add("stage", msg, Some("use won, lost, open or cancelled"));
                }
                st
            }
        };
        let close = date(r, at.close, "close_date");
        let cancel = date(r, at.cancel, "cancel_date");
        let present = |i: Option<usize>| {
            i.and_then(|i| r.rows.field(i))
                .is_some_and(|f| !f.trim_ascii().is_empty())
        };
        let (close_present, cancel_present) = (present(at.close), present(at.cancel));
        if stage != Some(Stage::Open) && !close_present {
            r.add(
                "close_date",
                "is empty",
                Some("only open lines may leave the close date empty"),
            );
        }
        if stage == Some(Stage::Cancelled) && !cancel_present {
            r.add(
                "cancel_date",
                "is required for a cancelled line",
                Some("give the date the deal was cancelled"),
            );
        }
        if let (Some(c), Some(x)) = (close, cancel) {
            if x < c {
                r.add(
                    "cancel_date",
                    format!("{x} is before the close date {c}"),
                    Some("a deal is cancelled after it closes"),
                );
            }
        }
        let split = match r.get(at.split, "split") {
            None => Some(Share::ONE.0),
            Some(s) => share(r, "split", s).and_then(|v| {
                if v <= 0 || v > Share::ONE.0 {
                    let msg = format!("{s} is outside (0, 1]");
                    r.add(
                        "split",
                        msg,
                        Some("a split is this seller's share: more than 0, at most 1"),
                    );
                    None
                } else {
                    Some(v)
                }
            }),
        };
        let probability = match r.get(at.probability, "probability") {
            None => None,
            Some(s) => share(r, "probability", s).and_then(|v| {
                if !(0..=Share::ONE.0).contains(&v) {
                    let msg = format!("{s} is outside [0, 1]");
                    r.add("probability", msg, None);
                    None
                } else {
                    Some(v)
                }
            }),
        };
        let term_months = match r.get(at.term, "term_months") {
            None => None,
            Some(s) => match s.parse::<i64>() {
                Ok(v) if v >= 0 => Some(v),
                _ => {
                    let msg = format!("\"{s}\" is not a whole number of months");
                    r.add("term_months", msg, None);
                    None
                }
            },
        };
        if let (Some(cur), Some(plan_cur)) = (r.get(at.currency, "currency"), currency) {
            if !cur.eq_ignore_ascii_case(plan_cur) {
                let msg = format!("{cur} is not the plan's currency {plan_cur}");
                r.add("currency", msg, Some("convert the amount to the plan currency"));
            }
        }
        let deal_type = match r.get(at.deal_type, "type") {
            Some(s) => self.types.code(lower(s, buf)),
            None => NONE,
        };
        let product = match r.get(at.product, "product") {
            Some(s) => self.products.code(lower(s, buf)),
            None => NONE,
        };
        let account = match r.get(at.account, "account") {
            Some(s) => self.accounts.code(s),
            None => NONE,
        };
        let name = r.get(at.name, "name").map(Box::from);
        if r.count() != before {
            return;
        }
        let (Some(id), Some(seller), Some(amount), Some(stage), Some(split)) = (id, seller, amount, stage, split)
        else {
            return;
        };
        self.id_bytes.extend_from_slice(id.as_bytes());
        self.id_end.push(self.id_bytes.len() as u32);
        let n = self.line.len();
        self.line.push(r.line as u32);
        self.seller.push(seller);
        self.amount.push(amount);
        self.close.push(close);
        self.stage.push(stage);
        sparse(&mut self.deal_type, n, deal_type, NONE);
        sparse(&mut self.product, n, product, NONE);
        sparse(&mut self.split, n, split, Share::ONE.0);
        sparse(&mut self.probability, n, probability, None);
        sparse(&mut self.term_months, n, term_months, None);
        sparse(&mut self.cancel, n, cancel, None);
        sparse(&mut self.account, n, account, NONE);
        sparse(&mut self.name, n, name, None);
    }

    /// Reserves the dense columns; the sparse ones grow only if a line has a value.
    fn reserve(&mut self, n: usize) {
        self.line.reserve(n);
        self.id_end.reserve(n);
        self.seller.reserve(n);
        self.amount.reserve(n);
        self.close.reserve(n);
        self.stage.reserve(n);
    }

    fn id(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.id_end[i - 1] as usize };
        &self.id_bytes[start..self.id_end[i] as usize]
    }
}

/// The columns' positions, looked up once per chunk.
struct DealAt {
    id: Option<usize>,
    seller: Option<usize>,
    amount: Option<usize>,
    close: Option<usize>,
    stage: Option<usize>,
    deal_type: Option<usize>,
    product: Option<usize>,
    split: Option<usize>,
    probability: Option<usize>,
    term: Option<usize>,
    cancel: Option<usize>,
    account: Option<usize>,
    name: Option<usize>,
    currency: Option<usize>,
}

fn date(r: &mut Row, at: Option<usize>, column: &str) -> Option<NaiveDate> {
    let s = r.get(at, column)?;
    let d = parse_date(s);
    if d.is_none() {
        let msg = format!("\"{s}\" is not a date");
        r.add(column, msg, Some("write dates as YYYY-MM-DD"));
    }
    d
}

fn share(r: &mut Row, column: &str, v: &str) -> Option<i64> {
    match parse_scaled(v, SHARE_DIGITS) {
        Ok(x) => Some(x),
        Err(e) => {
            r.add(column, format!("\"{v}\" {e}"), None);
            None
        }
    }
}

/// Joins the chunks: one code per distinct value, deal ids ranked, duplicates found, and
/// every problem in line order (the first [`MAX_PROBLEMS`] in full).
fn join(file: &str, mut parts: Vec<Part>) -> Result<DealColumns, Problems> {
    let mut found: Vec<Problem> = Vec::new();
    let mut more = 0;
    let mut cut = None;
    for p in &mut parts {
        if cut.is_some() {
            break;
        }
        let rp = p.problems.take().expect("read");
        found.extend(rp.list.0);
        more += rp.more;
        cut = p.unreadable;
    }
    // Reading stops at a row that is not CSV: later chunks do not count.
    if let Some(i) = parts.iter().position(|p| p.unreadable.is_some()) {
        parts.truncate(i + 1);
    }
    let mut cols = DealColumns::default();
    let sellers = merge(parts.iter().map(|p| &p.sellers), &mut cols.sellers);
    let types = merge(parts.iter().map(|p| &p.types), &mut cols.types);
    let products = merge(parts.iter().map(|p| &p.products), &mut cols.products);
    let accounts = merge(parts.iter().map(|p| &p.accounts), &mut cols.accounts);
    // (part, row in part) of every line, in file order.
    let at: Vec<(u32, u32)> = parts
        .iter()
        .enumerate()
        .flat_map(|(k, p)| (0..p.line.len() as u32).map(move |i| (k as u32, i)))
        .collect();
    let id = |&(k, i): &(u32, u32)| parts[k as usize].id(i as usize);
    let seller_of = |&(k, i): &(u32, u32)| sellers[k as usize][parts[k as usize].seller[i as usize] as usize];
    let line_of = |&(k, i): &(u32, u32)| parts[k as usize].line[i as usize];
    // Sorted on the ids' first eight bytes, which nearly always decide, and only then
    // on the whole id, the seller and the line.
    let mut keyed: Vec<(u64, u32)> = (0..at.len())
        .into_par_iter()
        .map(|g| (prefix(id(&at[g])), g as u32))
        .collect();
    // A merge sort: it runs through the stretches already in order, which is nearly the
    // whole file when the export is sorted by deal id (only a split deal's lines may be
    // out of order among themselves). The keys are distinct, so no order is left to it.
    keyed.par_sort_by(|x, y| {
        x.0.cmp(&y.0).then_with(|| {
            let (a, b) = (&at[x.1 as usize], &at[y.1 as usize]);
            id(a)
                .cmp(id(b))
                .then(seller_of(a).cmp(&seller_of(b)))
                .then(line_of(a).cmp(&line_of(b)))
        })
    });
    let order = keyed.into_iter().map(|k| k.1);
    let mut deal = vec![0u32; at.len()];
    let mut deal_ids = StringsBuilder::with_capacity(parts.iter().map(|p| p.id_bytes.len()).sum(), at.len());
    let mut prev: Option<u32> = None;
    for o in order {
        let here = &at[o as usize];
        let same_id = prev.is_some_and(|p| id(&at[p as usize]) == id(here));
        if !same_id {
            deal_ids.push(id(here));
        } else if let Some(p) = prev.filter(|p| seller_of(&at[*p as usize]) == seller_of(here)) {
            let first = &at[p as usize];
            let seller = &cols.sellers[seller_of(here) as usize];
            let ident = std::str::from_utf8(id(here)).expect("ids are checked UTF-8");
            found.push(
                Problem::file(
                    file,
                    format!(
                        "duplicate credit line: deal {ident} for seller {seller} is already on line {}",
                        line_of(first)
                    ),
                )
                .line(line_of(here) as usize)
                .key("id")
                .hint("keep one line per deal and seller"),
            );
            // Every repeat names the first line.
            deal[o as usize] = deal_ids.len() as u32 - 1;
            continue;
        }
        deal[o as usize] = deal_ids.len() as u32 - 1;
        prev = Some(o);
    }
    if !found.is_empty() || more > 0 || cut.is_some() {
        found.sort_by_key(|p| p.line);
        let total = found.len() + more;
        if found.len() > MAX_PROBLEMS {
            found.truncate(MAX_PROBLEMS);
        }
        let mut list = Problems(found);
        let left = total - list.0.len();
        if left > 0 {
            list.push(Problem::file(file, format!("{left} more problems not listed")));
        }
        // Where reading stopped is always said, last, however many problems came before.
        if let Some(line) = cut {
            list.push(
                Problem::file(file, "cannot be read as CSV: a quoted field is never closed")
                    .line(line)
                    .hint("check that the file's quotes are balanced; nothing after this line was read"),
            );
        }
        return Err(list);
    }
    cols.deal = deal;
    cols.deal_ids = deal_ids.finish();
    let n = at.len();
    drop(at);
    // Each column is reserved whole, then filled part by part as each part is freed:
    // the columns never hold twice the lines. A sparse column stays empty unless some
    // part has a value in it.
    cols.seller.reserve_exact(n);
    cols.amount.reserve_exact(n);
    cols.close.reserve_exact(n);
    cols.stage.reserve_exact(n);
    let any = |f: fn(&Part) -> bool| parts.iter().any(f);
    let has = [
        any(|p| !p.deal_type.is_empty()),
        any(|p| !p.product.is_empty()),
        any(|p| !p.account.is_empty()),
        any(|p| !p.split.is_empty()),
        any(|p| !p.probability.is_empty()),
        any(|p| !p.term_months.is_empty()),
        any(|p| !p.cancel.is_empty()),
        any(|p| !p.name.is_empty()),
    ];
    for (kept, v) in has
        .iter()
        .zip([&mut cols.deal_type, &mut cols.product, &mut cols.account])
    {
        if *kept {
            v.reserve_exact(n);
        }
    }
    if has[3] {
        cols.split.reserve_exact(n);
    }
    fn codes(v: Vec<u32>, map: &[u32]) -> impl Iterator<Item = u32> + '_ {
        v.into_iter()
            .map(move |c| if c == NONE { NONE } else { map[c as usize] })
    }
    for (k, p) in parts.into_iter().enumerate() {
        let len = p.line.len();
        cols.seller.extend(p.seller.iter().map(|&c| sellers[k][c as usize]));
        cols.amount.extend(p.amount);
        cols.close.extend(p.close);
        cols.stage.extend(p.stage);
        append(has[0], &mut cols.deal_type, codes(p.deal_type, &types[k]), len, NONE);
        append(has[1], &mut cols.product, codes(p.product, &products[k]), len, NONE);
        append(has[2], &mut cols.account, codes(p.account, &accounts[k]), len, NONE);
        append(has[3], &mut cols.split, p.split, len, Share::ONE.0);
        append(has[4], &mut cols.probability, p.probability, len, None);
        append(has[5], &mut cols.term_months, p.term_months, len, None);
        append(has[6], &mut cols.cancel, p.cancel, len, None);
        append(has[7], &mut cols.name, p.name, len, None);
    }
    Ok(cols)
}

/// Appends a part's sparse column of `len` lines to a column kept (`kept`) or left
/// empty: the part's own column may be empty or stop before its last lines.
fn append<T: Clone>(kept: bool, column: &mut Vec<T>, values: impl IntoIterator<Item = T>, len: usize, default: T) {
    if kept {
        let end = column.len() + len;
        column.extend(values);
        column.resize(end, default);
    }
}

/// An id's first eight bytes as a number that sorts as the bytes do.
fn prefix(id: &[u8]) -> u64 {
    let mut k = [0u8; 8];
    let n = id.len().min(8);
    k[..n].copy_from_slice(&id[..n]);
    u64::from_be_bytes(k)
}

/// Merges the chunks' interned values into `values` (first appearance first) and gives,
/// per chunk, the new code of each of its codes.
fn merge<'a>(interners: impl Iterator<Item = &'a Interner>, values: &mut Vec<Box<str>>) -> Vec<Vec<u32>> {
    let mut codes: HashMap<&str, u32, Fast> = HashMap::default();
    let mut maps = Vec::new();
    for it in interners {
        let map = it
            .values
            .iter()
            .map(|v| {
                *codes.entry(v).or_insert_with(|| {
                    values.push(v.clone());
                    values.len() as u32 - 1
                })
            })
            .collect();
        maps.push(map);
    }
    maps
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deals file of `n` lines, ids and amounts from the line number.
    fn file(n: usize) -> String {
        let mut s = String::from("id,seller,amount,close_date,stage\n");
        for i in 0..n {
            s.push_str(&format!(
                "D-{i:07},s{:03},{}.{:02},2026-03-{:02},won\n",
                i % 97,
                1000 + i % 5000,
                i % 100,
                1 + i % 28
            ));
        }
        s
    }

    fn first_lines(text: &str) -> Vec<usize> {
        let b = text.as_bytes();
        let body = text.find('\n').unwrap() + 1;
        chunks(b, body, 2, rayon::current_num_threads() * 4)
            .iter()
            .map(|c| c.first_line)
            .collect()
    }

    #[test]
    fn a_bad_row_is_found_at_its_line_in_every_chunk_position() {
        let good = file(60_000);
        let starts = first_lines(&good);
        assert!(starts.len() > 2, "the file is read in several chunks");
        // The first and last row of every chunk, and one inside it.
        let mut lines: Vec<usize> = Vec::new();
        for w in starts.windows(2) {
            lines.extend([w[0], w[0] + 1, (w[0] + w[1]) / 2, w[1] - 1]);
        }
        lines.extend([*starts.last().unwrap(), 60_001]);
        for line in lines {
            let text: String = good
                .lines()
                .enumerate()
                .map(|(i, l)| {
                    if i + 1 == line {
                        l.replace(",won", ",wonn") + "\n"
                    } else {
                        format!("{l}\n")
                    }
                })
                .collect();
            let p = parse_deal_columns("deals.csv", text.as_bytes(), None).unwrap_err();
            assert_eq!(p.0.len(), 1, "line {line}: {p}");
            assert_eq!((p.0[0].line, p.0[0].key.as_deref()), (Some(line), Some("stage")), "{p}");
        }
    }

    #[test]
    fn duplicates_across_chunks_name_the_first_line() {
        let mut text = file(60_000);
        text.push_str("D-0000003,s003,5.00,2026-03-01,won\n");
        let p = parse_deal_columns("deals.csv", text.as_bytes(), None).unwrap_err();
        assert_eq!(p.0.len(), 1, "{p}");
        assert_eq!(p.0[0].line, Some(60_002));
        assert!(p.0[0].message.contains("already on line 5"), "{p}");
    }

    #[test]
    fn problems_beyond_the_limit_are_counted_in_line_order() {
        let text = file(60_000).replace(",won\n", ",maybe\n");
        let p = parse_deal_columns("deals.csv", text.as_bytes(), None).unwrap_err();
        assert_eq!(p.0.len(), MAX_PROBLEMS + 1);
        let lines: Vec<usize> = p.0[..MAX_PROBLEMS].iter().map(|p| p.line.unwrap()).collect();
        assert_eq!(lines, (2..2 + MAX_PROBLEMS).collect::<Vec<_>>());
        assert_eq!(
            p.0[MAX_PROBLEMS].message,
            format!("{} more problems not listed", 60_000 - MAX_PROBLEMS)
        );
    }

    #[test]
    fn a_quote_never_closed_stops_the_reading_at_its_row() {
        let mut text = file(100);
        text.push_str("D-x,s001,\"5.00,2026-03-01,won\nD-y,s001,bad,2026-03-01,won\n");
        let p = parse_deal_columns("deals.csv", text.as_bytes(), None).unwrap_err();
        assert_eq!(p.0.len(), 1, "{p}");
        assert_eq!(p.0[0].line, Some(102));
        assert!(p.0[0].message.contains("never closed"), "{p}");
    }

    #[test]
    fn a_quote_never_closed_is_said_even_past_the_problem_limit() {
        let mut text = file(1500).replace(",won\n", ",maybe\n");
        text.push_str("D-x,s001,\"5.00,2026-03-01,won\n");
        let p = parse_deal_columns("deals.csv", text.as_bytes(), None).unwrap_err();
        let last = p.0.last().unwrap();
        assert!(last.message.contains("never closed"), "{p}");
        assert_eq!(last.line, Some(1502));
    }

    #[test]
    fn old_mac_line_ends_read_as_rows() {
        let text = "id,seller,amount,close_date,stage\rD-1,s1,100,2026-03-01,won\rD-2,s1,5,2026-03-02,won\r";
        let cols = parse_deal_columns("deals.csv", text.as_bytes(), None).unwrap();
        assert_eq!(cols.len(), 2);
        let bad = text.replace("5,2026", "x,2026");
        let p = parse_deal_columns("deals.csv", bad.as_bytes(), None).unwrap_err();
        assert_eq!(p.0[0].line, Some(3), "{p}");
    }

    #[test]
    fn columns_read_back_as_the_rows_they_came_from() {
        let text =
            "id,seller,amount,close_date,stage,type,product,split,probability,term_months,cancel_date,account,name\n\
                    A,s1,10.5,2026-03-01,won,New,GTX,0.5,,12,,Acme,\"Acme, big\"\n\
                    A,s2,10.5,2026-03-01,cancelled,new,gtx,0.5,,,2026-04-01,Acme,\n\
                    B,s1,-3,,open,renewal,,1,0.25,,,,\n";
        let cols = parse_deal_columns("deals.csv", text.as_bytes(), Some("USD")).unwrap();
        let lines = cols.to_lines();
        assert_eq!(DealColumns::from_lines(&lines).to_lines(), lines);
        assert_eq!(lines[0].deal_type.as_deref(), Some("new"));
        assert_eq!(lines[0].name.as_deref(), Some("Acme, big"));
        assert_eq!(
            (lines[2].amount.0, lines[2].probability.map(|p| p.0)),
            (-300, Some(2500))
        );
        assert_eq!(cols.deal_ids.len(), 2);
        assert_eq!(cols.deal_ids.get(1), "B");
        assert_eq!(cols.types.len(), 2);
        // Columns where a line has a value are whole; the others stay empty.
        assert_eq!((cols.split.len(), cols.cancel.len(), cols.account.len()), (3, 3, 3));
        assert_eq!((cols.probability.len(), cols.term_months.len()), (3, 3));
        assert_eq!(
            (cols.split(2), cols.term_months(0), cols.term_months(2)),
            (10_000, Some(12), None)
        );
    }

    #[test]
    fn optional_columns_with_only_defaults_stay_empty() {
        // Defaults in every chunk (the file is cut at 64 KB): a split of 1 written out,
        // blank products and names.
        let mut text = String::from("id,seller,amount,close_date,split,product,name\n");
        for i in 0..5000 {
            text.push_str(&format!("D{i},s{},1.00,2026-03-01,1,,\n", i % 7));
        }
        let cols = parse_deal_columns("deals.csv", text.as_bytes(), None).unwrap();
        assert_eq!(cols.len(), 5000);
        assert!(cols.split.is_empty() && cols.product.is_empty() && cols.name.is_empty());
        assert!(cols.probability.is_empty() && cols.term_months.is_empty() && cols.cancel.is_empty());
        assert_eq!((cols.split(4999), cols.product(0)), (10_000, NONE));
        assert_eq!(DealColumns::from_lines(&cols.to_lines()).split.len(), 0);
        // One value in a middle chunk makes the column whole, defaults around it.
        let text = text.replacen("D2500,s1,1.00,2026-03-01,1,,", "D2500,s1,1.00,2026-03-01,0.5,Gtx,", 1);
        let cols = parse_deal_columns("deals.csv", text.as_bytes(), None).unwrap();
        assert_eq!((cols.split.len(), cols.product.len()), (5000, 5000));
        assert_eq!(
            (cols.split(2499), cols.split(2500), cols.split(4999)),
            (10_000, 5_000, 10_000)
        );
        assert_eq!((cols.product_text(2500), cols.product_text(2501)), (Some("gtx"), None));
        assert_eq!(DealColumns::from_lines(&cols.to_lines()).to_lines(), cols.to_lines());
    }
}
