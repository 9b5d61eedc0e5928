//! The checker: the workspace's lines with the indexes the checks need, the findings
//! of each *scope* (a seller's lines, a deal's lines, a product's amounts, the spellings
//! of one field), and an incremental re-check: an edited line dirties only the scopes it
//! belongs to, and only findings that changed are priced again by the engine.

use crate::checks::{self, Field};
use crate::finding::{Finding, Kind, LineKey};
use crate::index::{digest, index_deal, Keys, NameIndex, Rows};
use crate::names;
use crate::stake;
use chrono::NaiveDate;
use plansight_plan::{Calculation, CreditLine, Plan, Price, Seller};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What the checks know besides the lines.
#[derive(Debug, Clone)]
pub struct Context {
    /// The plan in effect (payouts are priced under it).
    pub plan: Plan,
    /// Every plan version's first and last day: a won line outside all of them is suspect.
    pub spans: Vec<(NaiveDate, NaiveDate)>,
    /// The roster, if one was imported.
    pub roster: Option<Vec<Seller>>,
    /// The price list (empty when none).
    pub prices: Vec<Price>,
    /// Today: open lines expected to close before it are stale.
    pub today: NaiveDate,
    /// The as-of date of the calculation (default: the plan's end).
    pub as_of: Option<NaiveDate>,
    /// Close dates changed after they were first imported (from the workspace's history).
    pub moves: Vec<DateMove>,
}

/// A credit line's close date, changed by a later import or edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMove {
    /// The line.
    pub line: LineKey,
    /// The close date before.
    pub from: NaiveDate,
    /// The close date after.
    pub to: NaiveDate,
    /// When, and by whom ("2026-04-05 by ana").
    pub when: String,
}

/// A part of the data whose findings are worked out together.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Scope {
    /// One seller's lines: duplicates, unknown seller, zero, negative, dates, stale, outliers of lines without a product.
    Seller(String),
    /// One deal's lines: splits.
    Deal(String),
    /// One product's amounts (by name key): outliers.
    Product(String),
    /// The spellings of one field: name variants.
    Names(Field),
    /// The team's calculation: credit bunched at a period's end.
    Patterns,
}

/// The workspace's lines, indexed for the checks, and their findings.
pub struct Checker {
    pub(crate) ctx: Context,
    /// Lines in import order; an edited-away line leaves a hole so indexes stay valid.
    pub(crate) lines: Vec<Option<CreditLine>>,
    pub(crate) by_seller: FxHashMap<String, Vec<usize>>,
    /// Lines by a digest of their deal id (most deals have one line: no list is kept for
    /// them, and no copy of the id); readers compare the ids.
    by_deal: FxHashMap<u64, Rows>,
    pub(crate) by_product: FxHashMap<String, Vec<usize>>,
    /// Per field: name key → spelling (lower case) → lines.
    pub(crate) spellings: [FxHashMap<String, BTreeMap<String, Vec<usize>>>; 3],
    /// Per field: the name keys one typo apart, kept until a key appears or goes.
    typos: [Option<Vec<(String, String)>>; 3],
    findings: BTreeMap<Scope, Vec<Finding>>,
    /// Name keys and lower-case spellings already worked out, by name as written.
    keys: Keys,
    /// Each line's product and account, as key numbers ([`crate::index::NO_NAME`] for none): lines
    /// of one product and account compare by number.
    pub(crate) name_keys: Vec<[u32; 2]>,
    /// The roster's seller ids (none without a roster).
    pub(crate) on_roster: Option<std::collections::HashSet<String>>,
    /// What each product (by name key) typically sells for, worked out when first asked
    /// for and forgotten when the product's lines change.
    pub(crate) typical: std::sync::Mutex<FxHashMap<String, Option<plansight_plan::Cents>>>,
    /// Each roster seller's id with the name keys of their id and name, for typos.
    pub(crate) roster_keys: Vec<(String, String, Option<String>)>,
    /// The calculation the bunching check reads (traces of tier crossings), and the
    /// payouts findings are priced from while it is the calculation of these lines.
    pub(crate) calc: Option<Calculation>,
    /// Whether `calc` is the calculation of the current lines (an edit without one
    /// leaves it behind).
    pub(crate) calc_fresh: bool,
    /// Whether findings are priced as they are found.
    priced: bool,
}

impl Checker {
    /// Checks every line; `calc` (the calculation of these lines) lets the pattern
    /// checks read where tiers were crossed.
    pub fn new(ctx: Context, lines: Vec<CreditLine>, calc: Option<Calculation>) -> Checker {
        Checker::build(ctx, lines, calc, true)
    }

    /// Checks every line without pricing the findings (their money at stake is zero until
    /// [`Checker::price`]): for comparing two sets of lines, as an import's preview does.
    pub fn unpriced(ctx: Context, lines: Vec<CreditLine>) -> Checker {
        Checker::build(ctx, lines, None, false)
    }

    /// Prices `findings` (found by this checker) against its lines.
    pub fn price(&self, findings: &mut [Finding]) {
        let mut refs: Vec<&mut Finding> = findings.iter_mut().collect();
        stake::price(self, &mut refs);
    }

    fn build(ctx: Context, lines: Vec<CreditLine>, calc: Option<Calculation>, priced: bool) -> Checker {
        let mut c = Checker {
            priced,
            on_roster: ctx.roster.as_ref().map(|r| r.iter().map(|s| s.id.clone()).collect()),
            roster_keys: ctx
                .roster
                .iter()
                .flatten()
                .map(|s| (s.id.clone(), names::key(&s.id), s.name.as_deref().map(names::key)))
                .collect(),
            ctx,
            lines: Vec::with_capacity(lines.len()),
            by_seller: FxHashMap::default(),
            by_deal: FxHashMap::with_capacity_and_hasher(lines.len(), Default::default()),
            by_product: FxHashMap::default(),
            spellings: Default::default(),
            typos: Default::default(),
            findings: BTreeMap::new(),
            keys: Keys::default(),
            name_keys: Vec::with_capacity(lines.len()),
            typical: Default::default(),
            calc_fresh: calc.is_some(),
            calc,
        };
        // The deal index and the name indexes are built side by side: at a million lines
        // each is a hash map insert per line.
        c.lines = lines.into_iter().map(Some).collect();
        let with_roster = c.ctx.roster.is_some();
        let Checker {
            lines,
            by_seller,
            by_deal,
            by_product,
            spellings,
            typos,
            keys,
            name_keys,
            ..
        } = &mut c;
        let lines = &*lines;
        rayon::join(
            || {
                for (i, l) in lines.iter().enumerate() {
                    if let Some(l) = l {
                        index_deal(by_deal, &l.id, i);
                    }
                }
            },
            || {
                let mut n = NameIndex {
                    by_seller,
                    by_product,
                    spellings,
                    typos,
                    keys,
                    name_keys,
                };
                for (i, l) in lines.iter().enumerate() {
                    if let Some(l) = l {
                        n.add(l, i, with_roster);
                    }
                }
            },
        );
        let mut all: Vec<Scope> = c.by_seller.keys().map(|s| Scope::Seller(s.clone())).collect();
        let shared: Vec<String> = c
            .by_deal
            .values()
            .filter(|r| !r.more.is_empty())
            .filter_map(|r| c.lines[r.first].as_ref().map(|l| l.id.clone()))
            .collect();
        all.extend(shared.into_iter().map(Scope::Deal));
        all.extend(c.by_product.keys().map(|p| Scope::Product(p.clone())));
        all.extend(Field::ALL.map(Scope::Names));
        all.push(Scope::Patterns);
        c.recheck(all);
        c
    }

    /// Every finding, most serious first (then by kind and id).
    pub fn findings(&self) -> Vec<&Finding> {
        let mut out: Vec<&Finding> = self.findings.values().flatten().collect();
        out.sort_by(|a, b| (a.severity, kind_rank(a.kind), &a.id).cmp(&(b.severity, kind_rank(b.kind), &b.id)));
        out
    }

    /// The finding with this id.
    pub fn finding(&self, id: &str) -> Option<&Finding> {
        self.findings.values().flatten().find(|f| f.id == id)
    }

    /// The current line of this deal and seller.
    pub fn line(&self, key: &LineKey) -> Option<&CreditLine> {
        self.index_of(&key.deal, &key.seller)
            .and_then(|i| self.lines[i].as_ref())
    }

    /// Re-checks after line edits (`before` none adds a line, `after` none removes one),
    /// given the calculation of the edited lines when the pattern checks should see it.
    pub fn edit(&mut self, edits: &[(Option<CreditLine>, Option<CreditLine>)], calc: Option<Calculation>) {
        let mut dirty = BTreeSet::new();
        for (before, after) in edits {
            for l in before.iter().chain(after.iter()) {
                dirty.extend(self.scopes_of(l));
            }
            // Spellings are looked at again only when a name changed, or a line came or went.
            for f in Field::ALL {
                let name = |l: &Option<CreditLine>| l.as_ref().map(|l| f.of(l).map(str::to_string));
                if before.is_none() || after.is_none() || name(before) != name(after) {
                    dirty.insert(Scope::Names(f));
                }
            }
            if let Some(b) = before {
                self.remove(b);
            }
            if let Some(a) = after {
                self.insert(a.clone());
            }
        }
        self.calc_fresh = calc.is_some();
        if calc.is_some() {
            self.calc = calc;
            dirty.insert(Scope::Patterns);
        }
        self.recheck(dirty.into_iter().collect());
    }

    fn scopes_of(&self, l: &CreditLine) -> Vec<Scope> {
        let mut s = vec![Scope::Seller(l.seller.clone()), Scope::Deal(l.id.clone())];
        if let Some(p) = &l.product {
            s.push(Scope::Product(names::key(p)));
        }
        s
    }

    /// The rows of this deal's lines.
    pub(crate) fn deal_rows<'a>(&'a self, deal: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.by_deal
            .get(&digest(deal))
            .into_iter()
            .flat_map(|r| std::iter::once(r.first).chain(r.more.iter().copied()))
            .filter(move |&i| self.lines[i].as_ref().is_some_and(|l| l.id == deal))
    }

    /// Where the line of this deal and seller is.
    fn index_of(&self, deal: &str, seller: &str) -> Option<usize> {
        self.deal_rows(deal)
            .find(|&i| self.lines[i].as_ref().is_some_and(|l| l.seller == seller))
    }

    fn insert(&mut self, l: CreditLine) {
        let i = self.lines.len();
        let with_roster = self.ctx.roster.is_some();
        index_deal(&mut self.by_deal, &l.id, i);
        NameIndex {
            by_seller: &mut self.by_seller,
            by_product: &mut self.by_product,
            spellings: &mut self.spellings,
            typos: &mut self.typos,
            keys: &mut self.keys,
            name_keys: &mut self.name_keys,
        }
        .add(&l, i, with_roster);
        self.lines.push(Some(l));
    }

    fn remove(&mut self, l: &CreditLine) {
        let Some(i) = self.index_of(&l.id, &l.seller) else {
            return;
        };
        let Some(old) = self.lines[i].take() else {
            return;
        };
        let drop = |v: Option<&mut Vec<usize>>| {
            if let Some(v) = v {
                v.retain(|&j| j != i);
            }
        };
        drop(self.by_seller.get_mut(&old.seller));
        let d = digest(&old.id);
        if let Some(r) = self.by_deal.get_mut(&d) {
            if r.first != i {
                r.more.retain(|&j| j != i);
            } else if let Some(next) = r.more.pop() {
                r.first = next;
            } else {
                self.by_deal.remove(&d);
            }
        }
        if let Some(p) = &old.product {
            drop(self.by_product.get_mut(&names::key(p)));
        }
        for f in Field::ALL {
            if let Some(name) = f.of(&old) {
                let k = names::key(name);
                let map = &mut self.spellings[f as usize];
                if let Some(sp) = map.get_mut(&k) {
                    let low = name.to_lowercase();
                    if let Some(v) = sp.get_mut(&low) {
                        v.retain(|&j| j != i);
                        if v.is_empty() {
                            sp.remove(&low);
                        }
                    }
                    if sp.is_empty() {
                        map.remove(&k);
                        self.typos[f as usize] = None;
                    }
                }
            }
        }
    }

    /// The lines at these indexes.
    pub(crate) fn at_rows<'a>(&'a self, rows: &'a [usize]) -> impl Iterator<Item = (usize, &'a CreditLine)> + 'a {
        rows.iter().filter_map(|&i| self.lines[i].as_ref().map(|l| (i, l)))
    }

    /// Works out the name keys one typo apart in `field`, unless they are known (they
    /// are kept until a key appears or goes).
    fn find_typos(&mut self, field: Field) {
        let f = field as usize;
        if self.typos[f].is_none() {
            let pairs = names::typo_pairs(self.spellings[f].keys().map(String::as_str), 8)
                .into_iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            self.typos[f] = Some(pairs);
        }
    }

    /// The name keys one typo apart in `field` (as last worked out).
    pub(crate) fn typos(&self, field: Field) -> &[(String, String)] {
        self.typos[field as usize].as_deref().unwrap_or_default()
    }

    fn recheck(&mut self, scopes: Vec<Scope>) {
        for s in &scopes {
            match s {
                Scope::Names(f) => self.find_typos(*f),
                Scope::Product(p) => {
                    self.typical.lock().unwrap_or_else(|e| e.into_inner()).remove(p);
                }
                _ => {}
            }
        }
        // Each scope is checked on its own, side by side.
        let this = &*self;
        let mut fresh: Vec<(Scope, Vec<Finding>)> = scopes
            .into_par_iter()
            .map(|s| {
                let found = match &s {
                    Scope::Seller(id) => checks::seller(this, id),
                    Scope::Deal(id) => checks::deal(this, id),
                    Scope::Product(p) => checks::product(this, p),
                    Scope::Names(f) => checks::variants(this, *f),
                    Scope::Patterns => {
                        let mut found = this.calc.as_ref().map(|k| checks::bunched(this, k)).unwrap_or_default();
                        found.extend(checks::moved(this));
                        found
                    }
                };
                (s, found)
            })
            .collect();
        // Findings that are unchanged keep their money at stake; the rest are priced.
        let mut old: HashMap<String, Finding> = HashMap::new();
        for (s, _) in &fresh {
            for f in self.findings.remove(s).unwrap_or_default() {
                old.insert(f.id.clone(), f);
            }
        }
        let mut to_price: Vec<&mut Finding> = Vec::new();
        for (_, found) in &mut fresh {
            for f in found.iter_mut() {
                match old.get(&f.id) {
                    Some(o) if o.priced && same(o, f) => {
                        f.at_stake = o.at_stake;
                        f.priced = true;
                        f.severity = o.severity;
                    }
                    _ => to_price.push(f),
                }
            }
        }
        if self.priced {
            stake::price(self, &mut to_price);
        }
        for (s, found) in fresh {
            if found.is_empty() {
                self.findings.remove(&s);
            } else {
                self.findings.insert(s, found);
            }
        }
    }
}

/// Whether two findings are the same but for the money at stake (and the severity it
/// decides for a name variant).
fn same(a: &Finding, b: &Finding) -> bool {
    a.kind == b.kind && a.lines == b.lines && a.message == b.message && a.fix == b.fix && a.probe == b.probe
}

fn kind_rank(k: Kind) -> usize {
    Kind::ALL.iter().position(|x| *x == k).unwrap_or(usize::MAX)
}
