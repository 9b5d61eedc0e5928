//! Deterministic anomaly injector for the health-check tests.
//!
//! Takes a clean deals CSV (`id,seller,amount,close_date,stage,product,account,split`, plan
//! year 2017), plants `per_kind` anomalies of every kind the health check reports, and adds
//! legitimate look-alikes (proper splits, credit memos, repeat purchases) that a correct
//! checker must leave alone. It returns the new CSV and the ground truth. The same seed
//! always gives the same output. Std only: dates are handled as day numbers within 2017.
//!
//! Every injection and look-alike uses its own, untouched deal id, so findings never overlap.
// Each test binary uses only part of this module.
#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap, HashSet};

/// One injected anomaly: what a correct checker should report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Injected {
    /// The finding kind a checker should report (one of KINDS).
    pub kind: &'static str,
    /// The deal ids a finding of this kind should name (at least one of them must be named).
    pub deals: Vec<String>,
    /// The seller ids involved.
    pub sellers: Vec<String>,
}

/// Every kind the injector makes.
pub const KINDS: [&str; 9] = [
    "duplicate_deal",
    "name_variant",
    "unknown_seller",
    "amount_outlier",
    "zero_amount_won",
    "negative_won",
    "date_outside_plan",
    "stale_open",
    "split_not_whole",
];

/// Injects `per_kind` anomalies of every kind into `deals_csv` (header as above), with `roster` the roster's seller ids,
/// plus harmless look-alikes that a checker must NOT flag. Returns the new CSV text (same header) and the truth.
pub fn inject(deals_csv: &str, roster: &[String], seed: u64, per_kind: usize) -> (String, Vec<Injected>) {
    let built = build(deals_csv, roster, seed, per_kind);
    (built.render(false), built.truth)
}

/// The CSV that fixing the auto-fixable anomalies should give back: `inject`'s output for the same
/// arguments, but with only the look-alikes and without the duplicate_deal, name_variant and (misspelt) unknown_seller injections.
pub fn expected_after_fix(deals_csv: &str, roster: &[String], seed: u64, per_kind: usize) -> String {
    build(deals_csv, roster, seed, per_kind).render(true)
}

const HEADER: &str = "id,seller,amount,close_date,stage,product,account,split";
const COLUMNS: usize = 8;
const ID: usize = 0;
const SELLER: usize = 1;
const AMOUNT: usize = 2;
const CLOSE: usize = 3;
const STAGE: usize = 4;
const PRODUCT: usize = 5;
const ACCOUNT: usize = 6;
const SPLIT: usize = 7;
/// The clean data already spells this product two ways; touching it would blur the truth.
const PROTECTED_PRODUCT: &str = "gtxpro";
/// Too few won lines for an outlier to be judged against.
const THIN_PRODUCT: &str = "gtk 500";
const MISTYPED_YEARS: [&str; 6] = ["2071", "2007", "2016", "2018", "1017", "2027"];
const FIRST_NAMES: [&str; 6] = ["Zed", "Ottilie", "Quorra", "Ignatius", "Xanthe", "Barnaby"];
const LAST_NAMES: [&str; 6] = [
    "Quillfeather",
    "Vandersloot",
    "Pumphrey",
    "Oyelaran",
    "Brannagh",
    "Kowalczyk",
];
const MONTH_DAYS: [i64; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// splitmix64: tiny, well mixed, and reproducible across platforms.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Inclusive on both ends.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// What `expected_after_fix` does with a row.
#[derive(Clone)]
enum OnFix {
    Keep,
    Drop,
    Restore(usize, String),
}

#[derive(Clone)]
struct Row {
    cells: Vec<String>,
    on_fix: OnFix,
}

impl Row {
    fn kept(cells: Vec<String>) -> Self {
        Row {
            cells,
            on_fix: OnFix::Keep,
        }
    }
}

struct Builder<'a> {
    rng: Rng,
    roster: &'a [String],
    rows: Vec<Row>,
    /// `inserted[i]` goes right after `rows[i]`; kept apart so indices into `rows` stay valid.
    inserted: Vec<Vec<Row>>,
    appended: Vec<Row>,
    /// Deal ids already carrying an injection or a look-alike.
    touched: HashSet<String>,
    /// Every id in the output, so minted ids are never reused.
    ids: HashSet<String>,
    /// Lower-cased product and account spellings, so a variant never equals a real name.
    taken_names: HashSet<String>,
    varied_names: HashSet<String>,
    /// Clean won amounts per lower-cased product, the "normal range" for repeat purchases.
    clean_amounts: BTreeMap<String, Vec<i64>>,
    truth: Vec<Injected>,
}

fn build<'a>(deals_csv: &str, roster: &'a [String], seed: u64, per_kind: usize) -> Builder<'a> {
    let mut records = parse_csv(deals_csv.trim_start_matches('\u{feff}'))
        .into_iter()
        .filter(|r| !(r.len() == 1 && r[0].trim().is_empty()));
    let header = records.next().expect("deals CSV has no header");
    assert!(
        header.iter().map(|h| h.trim()).eq(HEADER.split(',')),
        "unexpected deals CSV header: {header:?}"
    );
    let rows: Vec<Row> = records
        .map(|mut cells| {
            cells.resize(COLUMNS, String::new());
            Row::kept(cells)
        })
        .collect();
    let mut clean_amounts: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for c in rows.iter().map(|r| &r.cells) {
        if let Some(a) = won_amount(c).filter(|&a| a > 0) {
            clean_amounts.entry(c[PRODUCT].to_lowercase()).or_default().push(a);
        }
    }
    let mut b = Builder {
        rng: Rng(seed),
        roster,
        inserted: vec![Vec::new(); rows.len()],
        appended: Vec::new(),
        touched: HashSet::new(),
        ids: rows.iter().map(|r| r.cells[ID].clone()).collect(),
        taken_names: rows
            .iter()
            .flat_map(|r| [r.cells[PRODUCT].to_lowercase(), r.cells[ACCOUNT].to_lowercase()])
            .collect(),
        varied_names: HashSet::new(),
        clean_amounts,
        rows,
        truth: Vec::new(),
    };
    // Look-alikes first: they pick clean sources, and later anomalies are checked against them.
    for _ in 0..per_kind {
        b.proper_split();
        b.credit_memo();
        b.repeat_purchase();
    }
    let first_is_product = b.rng.below(2) == 0;
    for n in 0..per_kind {
        b.duplicate_deal();
        b.name_variant(first_is_product == (n % 2 == 0));
        b.amount_outlier();
        b.zero_amount_won();
        b.date_outside_plan();
        b.stale_open();
        b.split_not_whole();
    }
    b.unknown_sellers(per_kind);
    // Last, so that no later line can turn a planted negative into a valid credit memo.
    for _ in 0..per_kind {
        b.negative_won();
    }
    b.truth.sort_by_key(|t| KINDS.iter().position(|k| *k == t.kind));
    b
}

impl Builder<'_> {
    /// Picks a random untouched original row satisfying `ok`, and marks its deal touched.
    fn pick_row(&mut self, ok: impl Fn(&[String]) -> bool) -> Option<usize> {
        let candidates: Vec<usize> = (0..self.rows.len())
            .filter(|&i| !self.touched.contains(&self.rows[i].cells[ID]) && ok(self.rows[i].cells.as_slice()))
            .collect();
        if candidates.is_empty() {
            return None;
        }
        let i = *self.rng.pick(&candidates);
        self.touched.insert(self.rows[i].cells[ID].clone());
        Some(i)
    }

    /// Same style as the real export: 8 upper-case letters and digits.
    fn fresh_id(&mut self) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        loop {
            let id: String = (0..8).map(|_| char::from(*self.rng.pick(ALPHABET))).collect();
            if self.ids.insert(id.clone()) {
                self.touched.insert(id.clone());
                return id;
            }
        }
    }

    fn all_rows(&self) -> impl Iterator<Item = &Row> {
        self.rows
            .iter()
            .chain(self.inserted.iter().flatten())
            .chain(&self.appended)
    }

    fn record(&mut self, kind: &'static str, deals: Vec<String>, sellers: Vec<String>) {
        self.truth.push(Injected { kind, deals, sellers });
    }

    /// Records a single-row anomaly on `rows[i]`.
    fn record_row(&mut self, kind: &'static str, i: usize) {
        let c = &self.rows[i].cells;
        let (deal, seller) = (c[ID].clone(), c[SELLER].clone());
        self.record(kind, vec![deal], vec![seller]);
    }

    /// Places a new row at a random spot after `rows[after]`, so it follows its source in import order.
    fn insert_after(&mut self, after: usize, row: Row) {
        let at = after + self.rng.below(self.rows.len() - after);
        self.inserted[at].push(row);
    }

    /// A second seller from the roster, for split lines.
    fn other_seller(&mut self, seller: &str) -> Option<String> {
        let roster = self.roster;
        let others: Vec<&String> = roster.iter().filter(|s| !s.eq_ignore_ascii_case(seller)).collect();
        (!others.is_empty()).then(|| self.rng.pick(&others).to_string())
    }

    /// Splits a clean won line between its seller and another; appends the second line.
    fn split_line(&mut self, shares: (u32, u32)) -> Option<(String, String, String)> {
        let i = self.pick_row(|c| is_won(c) && c[SPLIT].trim().is_empty())?;
        let seller = self.rows[i].cells[SELLER].clone();
        let other = self.other_seller(&seller)?;
        self.rows[i].cells[SPLIT] = share(shares.0);
        let mut second = self.rows[i].cells.clone();
        second[SELLER].clone_from(&other);
        second[SPLIT] = share(shares.1);
        self.appended.push(Row::kept(second));
        let c = &self.rows[i].cells;
        Some((c[ID].clone(), c[SELLER].clone(), other))
    }

    fn proper_split(&mut self) {
        let (a, b) = *self.rng.pick(&[(5000, 5000), (3333, 6667), (2500, 7500), (4000, 6000)]);
        let shares = if self.rng.below(2) == 0 { (a, b) } else { (b, a) };
        self.split_line(shares);
    }

    fn split_not_whole(&mut self) {
        // Totals at least 0.1 away from 1, so no rounding tolerance can hide them.
        let (a, b) = loop {
            let a: u32 = *self.rng.pick(&[4000, 5000, 6000, 7000]);
            let b: u32 = *self.rng.pick(&[2000, 3000, 4000, 5000, 6000, 7500]);
            if (a + b).abs_diff(10_000) >= 1000 {
                break (a, b);
            }
        };
        if let Some((deal, seller, other)) = self.split_line((a, b)) {
            self.record("split_not_whole", vec![deal], vec![seller, other]);
        }
    }

    fn credit_memo(&mut self) {
        let Some(i) = self.pick_row(|c| won_amount(c).is_some_and(|a| a > 0) && won_day(c).is_some_and(|d| d < 365))
        else {
            return;
        };
        let mut memo = self.rows[i].cells.clone();
        let (Some(amount), Some(day)) = (won_amount(&memo), won_day(&memo)) else {
            return;
        };
        memo[ID] = self.fresh_id();
        memo[AMOUNT] = fmt_cents(-amount, memo[AMOUNT].contains('.'));
        memo[CLOSE] = date_2017(day + self.rng.range(1, (365 - day).min(30)));
        memo[SPLIT].clear();
        self.insert_after(i, Row::kept(memo));
    }

    fn repeat_purchase(&mut self) {
        let Some(i) = self.pick_row(|c| won_amount(c).is_some_and(|a| a > 0) && won_day(c).is_some()) else {
            return;
        };
        let source = self.rows[i].cells.clone();
        let (Some(amount), Some(day)) = (won_amount(&source), won_day(&source)) else {
            return;
        };
        // At least 20% away from the source's amount, taken from a real sale of the same product.
        let Some(amounts) = self.clean_amounts.get(&source[PRODUCT].to_lowercase()) else {
            return;
        };
        let pool: Vec<i64> = amounts
            .iter()
            .copied()
            .filter(|b| (b - amount).abs() * 100 >= 20 * amount)
            .collect();
        if pool.is_empty() {
            return;
        }
        for _ in 0..20 {
            let other = *self.rng.pick(&pool);
            let gap = self.rng.range(21, 120);
            let later = self.rng.below(2) == 0;
            // Gaps are at most 120 days, so one direction always stays inside 2017.
            let new_day = if (later && day + gap <= 365) || day - gap < 1 {
                day + gap
            } else {
                day - gap
            };
            let near = |c: &[String]| {
                same_triple(c, &source)
                    && parse_cents(&c[AMOUNT]).is_some_and(|a| (a - other).abs() * 100 < 15 * other)
                    && day_of_2017(&c[CLOSE]).is_some_and(|d| (d - new_day).abs() <= 20)
            };
            if self.all_rows().any(|r| near(r.cells.as_slice())) {
                continue;
            }
            let mut repeat = source.clone();
            repeat[ID] = self.fresh_id();
            repeat[AMOUNT] = fmt_cents(other, source[AMOUNT].contains('.'));
            repeat[CLOSE] = date_2017(new_day);
            repeat[SPLIT].clear();
            self.insert_after(i, Row::kept(repeat));
            return;
        }
    }

    fn duplicate_deal(&mut self) {
        let Some(i) = self.pick_row(|c| won_day(c).is_some()) else {
            return;
        };
        let mut copy = self.rows[i].cells.clone();
        let original = std::mem::replace(&mut copy[ID], self.fresh_id());
        let shift = self.rng.range(0, 3) * if self.rng.below(2) == 0 { 1 } else { -1 };
        if let Some(day) = won_day(&copy).filter(|_| shift != 0) {
            let moved = if (1..=365).contains(&(day + shift)) {
                day + shift
            } else {
                day - shift
            };
            copy[CLOSE] = date_2017(moved);
        }
        let deals = vec![original, copy[ID].clone()];
        let sellers = vec![copy[SELLER].clone()];
        self.appended.push(Row {
            on_fix: OnFix::Drop,
            ..Row::kept(copy)
        });
        self.record("duplicate_deal", deals, sellers);
    }

    /// Names in `col` common enough that a few respelt lines are a clear minority.
    fn common_names(&self, col: usize) -> Vec<String> {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for c in self
            .rows
            .iter()
            .map(|r| &r.cells)
            .filter(|c| !self.touched.contains(&c[ID]))
        {
            *counts.entry(c[col].as_str()).or_default() += 1;
        }
        counts
            .into_iter()
            .filter(|&(name, n)| {
                let protected = col == PRODUCT && name.replace(' ', "").eq_ignore_ascii_case(PROTECTED_PRODUCT);
                n >= 50 && !protected && !name.trim().is_empty() && !self.varied_names.contains(name)
            })
            .map(|(name, _)| name.to_string())
            .collect()
    }

    fn name_variant(&mut self, prefer_product: bool) {
        let mut col = if prefer_product { PRODUCT } else { ACCOUNT };
        let mut names = self.common_names(col);
        if names.is_empty() {
            col = if col == PRODUCT { ACCOUNT } else { PRODUCT };
            names = self.common_names(col);
        }
        if names.is_empty() {
            return;
        }
        let name = self.rng.pick(&names).clone();
        let Some(variant) = (0..100)
            .filter_map(|_| respell(&name, &mut self.rng))
            .find(|v| !self.taken_names.contains(&v.to_lowercase()))
        else {
            return;
        };
        self.taken_names.insert(variant.to_lowercase());
        self.varied_names.insert(name.clone());
        let (mut deals, mut sellers) = (Vec::new(), Vec::new());
        for _ in 0..self.rng.range(1, 4) {
            let Some(i) = self.pick_row(|c| c[col] == name) else {
                break;
            };
            let row = &mut self.rows[i];
            row.cells[col].clone_from(&variant);
            row.on_fix = OnFix::Restore(col, name.clone());
            deals.push(row.cells[ID].clone());
            if !sellers.contains(&row.cells[SELLER]) {
                sellers.push(row.cells[SELLER].clone());
            }
        }
        if !deals.is_empty() {
            self.record("name_variant", deals, sellers);
        }
    }

    fn unknown_sellers(&mut self, per_kind: usize) {
        let roster = self.roster;
        let present: HashSet<&str> = self.rows.iter().map(|r| r.cells[SELLER].as_str()).collect();
        let mut targets: Vec<&String> = roster.iter().filter(|s| present.contains(s.as_str())).collect();
        if targets.is_empty() {
            return;
        }
        self.rng.shuffle(&mut targets);
        let on_roster: HashSet<String> = roster.iter().map(|s| s.to_lowercase()).collect();
        let mut written: HashSet<String> = HashSet::new();
        // Misspellings of a roster name: the fix restores it.
        for n in 0..per_kind {
            let name = targets[n % targets.len()];
            let Some(typo) = (0..100)
                .filter_map(|_| typo(name, &mut self.rng))
                .find(|t| !on_roster.contains(&t.to_lowercase()) && !written.contains(&t.to_lowercase()))
            else {
                continue;
            };
            written.insert(typo.to_lowercase());
            let mut deals = Vec::new();
            for _ in 0..self.rng.range(1, 3) {
                let Some(i) = self.pick_row(|c| c[SELLER] == *name) else {
                    break;
                };
                self.rows[i].cells[SELLER].clone_from(&typo);
                self.rows[i].on_fix = OnFix::Restore(SELLER, name.clone());
                deals.push(self.rows[i].cells[ID].clone());
            }
            if !deals.is_empty() {
                self.record("unknown_seller", deals, vec![typo]);
            }
        }
        // Names resembling nobody on the roster: reported, but nothing to fix them to.
        for _ in 0..per_kind.div_ceil(3) {
            let Some(far) = (0..100)
                .map(|_| format!("{} {}", self.rng.pick(&FIRST_NAMES), self.rng.pick(&LAST_NAMES)))
                .find(|f| {
                    let f = f.to_lowercase();
                    !written.contains(&f) && on_roster.iter().all(|r| edit_distance(&f, r) >= 4)
                })
            else {
                continue;
            };
            written.insert(far.to_lowercase());
            let Some(i) = self.pick_row(|_| true) else { return };
            self.rows[i].cells[SELLER].clone_from(&far);
            self.record("unknown_seller", vec![self.rows[i].cells[ID].clone()], vec![far]);
        }
    }

    fn amount_outlier(&mut self) {
        // 0: an extra zero, 1: two extra zeros, 2: a misplaced decimal point (÷100).
        let mode = self.rng.below(3);
        let Some(i) = self.pick_row(|c| {
            let product = c[PRODUCT].to_lowercase();
            let big_enough = |a: i64| if mode == 2 { a >= 10_000 } else { a > 0 };
            won_amount(c).is_some_and(big_enough) && product != THIN_PRODUCT && !(mode == 2 && product == "mg special")
        }) else {
            return;
        };
        let cell = &mut self.rows[i].cells[AMOUNT];
        let amount = parse_cents(cell).unwrap_or_default();
        let changed = match mode {
            0 => amount * 10,
            1 => amount * 100,
            _ => (amount + 50) / 100,
        };
        *cell = fmt_cents(changed, cell.contains('.'));
        self.record_row("amount_outlier", i);
    }

    fn zero_amount_won(&mut self) {
        let Some(i) = self.pick_row(|c| won_amount(c).is_some_and(|a| a > 0)) else {
            return;
        };
        let cell = &mut self.rows[i].cells[AMOUNT];
        *cell = fmt_cents(0, cell.contains('.'));
        self.record_row("zero_amount_won", i);
    }

    fn negative_won(&mut self) {
        // A negative line matching another line's amount would be a valid credit memo.
        let mut same_amount: HashMap<(String, String, String, i64), usize> = HashMap::new();
        for c in self.all_rows().map(|r| &r.cells) {
            if let Some(a) = parse_cents(&c[AMOUNT]) {
                *same_amount.entry(triple_key(c, a.abs())).or_default() += 1;
            }
        }
        let Some(i) =
            self.pick_row(|c| won_amount(c).is_some_and(|a| a > 0 && same_amount.get(&triple_key(c, a)) == Some(&1)))
        else {
            return;
        };
        let cell = &mut self.rows[i].cells[AMOUNT];
        *cell = fmt_cents(-parse_cents(cell).unwrap_or_default(), cell.contains('.'));
        self.record_row("negative_won", i);
    }

    fn date_outside_plan(&mut self) {
        let Some(i) = self.pick_row(|c| won_day(c).is_some()) else {
            return;
        };
        let year = *self.rng.pick(&MISTYPED_YEARS);
        let cell = &mut self.rows[i].cells[CLOSE];
        *cell = format!("{year}{}", &cell[4..]);
        self.record_row("date_outside_plan", i);
    }

    fn stale_open(&mut self) {
        let Some(i) = self.pick_row(|c| c[STAGE].trim().eq_ignore_ascii_case("open") && c[CLOSE].trim().is_empty())
        else {
            return;
        };
        self.rows[i].cells[CLOSE] = date_2017(self.rng.range(1, 365));
        self.record_row("stale_open", i);
    }

    fn render(&self, fixed: bool) -> String {
        let mut out = format!("{HEADER}\n");
        let in_order = self
            .rows
            .iter()
            .zip(&self.inserted)
            .flat_map(|(row, after)| std::iter::once(row).chain(after));
        for row in in_order.chain(&self.appended) {
            let mut cells: Vec<&str> = row.cells.iter().map(String::as_str).collect();
            if fixed {
                match &row.on_fix {
                    OnFix::Keep => {}
                    OnFix::Drop => continue,
                    OnFix::Restore(col, original) => cells[*col] = original.as_str(),
                }
            }
            let fields: Vec<String> = cells.into_iter().map(csv_field).collect();
            out.push_str(&fields.join(","));
            out.push('\n');
        }
        out
    }
}

fn is_won(c: &[String]) -> bool {
    c[STAGE].trim().eq_ignore_ascii_case("won")
}

fn won_amount(c: &[String]) -> Option<i64> {
    if is_won(c) {
        parse_cents(&c[AMOUNT])
    } else {
        None
    }
}

fn won_day(c: &[String]) -> Option<i64> {
    if is_won(c) {
        day_of_2017(&c[CLOSE])
    } else {
        None
    }
}

fn same_triple(a: &[String], b: &[String]) -> bool {
    [SELLER, ACCOUNT, PRODUCT]
        .iter()
        .all(|&k| a[k].eq_ignore_ascii_case(&b[k]))
}

fn triple_key(c: &[String], amount: i64) -> (String, String, String, i64) {
    (
        c[SELLER].to_lowercase(),
        c[ACCOUNT].to_lowercase(),
        c[PRODUCT].to_lowercase(),
        amount,
    )
}

/// A split share with at most 4 fractional digits, from ten-thousandths: 6000 -> "0.6".
fn share(ten_thousandths: u32) -> String {
    format!("0.{ten_thousandths:04}").trim_end_matches('0').to_string()
}

/// A one-letter typo, never in the first letter (people rarely get that wrong).
fn typo(name: &str, rng: &mut Rng) -> Option<String> {
    let mut c: Vec<char> = name.chars().collect();
    let letters: Vec<usize> = (1..c.len()).filter(|&i| c[i].is_alphabetic()).collect();
    if letters.is_empty() {
        return None;
    }
    let i = *rng.pick(&letters);
    match rng.below(3) {
        0 => {
            c.remove(i);
        }
        1 => {
            let doubled = c[i];
            c.insert(i, doubled);
        }
        _ => {
            let swappable = c
                .get(i + 1)
                .is_some_and(|n| n.is_alphabetic() && !n.eq_ignore_ascii_case(&c[i]));
            if !swappable {
                return None;
            }
            c.swap(i, i + 1);
        }
    }
    Some(c.into_iter().collect())
}

/// A plausible misspelling that differs by more than case; `None` when the drawn kind does not apply.
fn respell(name: &str, rng: &mut Rng) -> Option<String> {
    let c: Vec<char> = name.chars().collect();
    let spaces: Vec<usize> = (0..c.len()).filter(|&i| c[i] == ' ').collect();
    let joints: Vec<usize> = (1..c.len())
        .filter(|&i| c[i - 1].is_alphabetic() && c[i].is_alphabetic())
        .collect();
    let long = c.iter().filter(|ch| ch.is_alphabetic()).count() >= 8;
    let splice = |at: usize, skip: usize, with: &str| -> String {
        let mut out: String = c[..at].iter().collect();
        out.push_str(with);
        out.extend(&c[at + skip..]);
        out
    };
    Some(match rng.below(8) {
        0 if !spaces.is_empty() => splice(*rng.pick(&spaces), 1, ""),
        1 if !joints.is_empty() => splice(*rng.pick(&joints), 0, " "),
        2 if !spaces.is_empty() => splice(*rng.pick(&spaces), 1, "-"),
        3 => format!("{name}."),
        4 => format!("{name},"),
        5 if !spaces.is_empty() => splice(*rng.pick(&spaces), 1, "  "),
        6 if long && !joints.is_empty() => splice(*rng.pick(&joints), 1, ""),
        7 if long && !joints.is_empty() => {
            let at = *rng.pick(&joints);
            splice(at, 0, &c[at].to_string())
        }
        _ => return None,
    })
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            cur.push((prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Day of 2017 (1..=365) of a `YYYY-MM-DD` date, or `None` if not a valid 2017 date.
fn day_of_2017(date: &str) -> Option<i64> {
    let mut parts = date.trim().split('-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: usize = parts.next()?.parse().ok()?;
    let day: i64 = parts.next()?.parse().ok()?;
    if year != 2017 || !(1..=12).contains(&month) || day < 1 || day > MONTH_DAYS[month - 1] || parts.next().is_some() {
        return None;
    }
    Some(MONTH_DAYS[..month - 1].iter().sum::<i64>() + day)
}

fn date_2017(day: i64) -> String {
    let mut day = day.clamp(1, 365);
    let mut month = 0;
    while day > MONTH_DAYS[month] {
        day -= MONTH_DAYS[month];
        month += 1;
    }
    format!("2017-{:02}-{day:02}", month + 1)
}

/// Amount in cents; extra fractional digits beyond two are ignored.
fn parse_cents(text: &str) -> Option<i64> {
    let text = text.trim();
    let (negative, digits) = text.strip_prefix('-').map_or((false, text), |rest| (true, rest));
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if (whole.is_empty() && frac.is_empty()) || !digits.chars().all(|ch| ch.is_ascii_digit() || ch == '.') {
        return None;
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let frac: String = frac.chars().chain("00".chars()).take(2).collect();
    let cents = whole * 100 + frac.parse::<i64>().ok()?;
    Some(if negative { -cents } else { cents })
}

/// Formats cents the way the input wrote amounts: `1054` or, with `decimals`, `1054.00`.
fn fmt_cents(cents: i64, decimals: bool) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let (whole, frac) = (cents.abs() / 100, cents.abs() % 100);
    if decimals || frac != 0 {
        format!("{sign}{whole}.{frac:02}")
    } else {
        format!("{sign}{whole}")
    }
}

/// RFC 4180 reader: respelt names may carry a comma, so quoting must round-trip.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            _ => field.push(ch),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) || value.starts_with(' ') || value.ends_with(' ') {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}
