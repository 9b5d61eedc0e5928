//! The checker: the workspace's lines with the indexes the checks need, the findings
//! of each *scope* (a seller's lines, a deal's lines, a product's amounts, the spellings
//! of one field), and an incremental re-check: an edited line dirties only the scopes it
//! belongs to, and only findings that changed are priced again by the engine.

use crate::checks::{self, Field};
use crate::finding::{Finding, Kind, LineKey};
use crate::names;
use crate::stake;
use chrono::NaiveDate;
use plansight_plan::{Calculation, CreditLine, Exact, Plan, Price, Seller};
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
}

/// A part of the data whose findings are worked out together.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Scope {
    /// One seller's lines: duplicates, unknown seller, zero, negative, dates, stale, outliers of lines without a product, bunching.
    Seller(String),
    /// One deal's lines: splits.
    Deal(String),
    /// One product's amounts (by name key): outliers.
    Product(String),
    /// The spellings of one field: name variants.
    Names(Field),
}

/// The workspace's lines, indexed for the checks, and their findings.
pub struct Checker {
    pub(crate) ctx: Context,
    /// Lines in import order; an edited-away line leaves a hole so indexes stay valid.
    pub(crate) lines: Vec<Option<CreditLine>>,
    at: HashMap<(String, String), usize>,
    pub(crate) by_seller: HashMap<String, Vec<usize>>,
    pub(crate) by_deal: HashMap<String, Vec<usize>>,
    pub(crate) by_product: HashMap<String, Vec<usize>>,
    /// Per field: name key → spelling (lower case) → lines.
    pub(crate) spellings: [HashMap<String, BTreeMap<String, Vec<usize>>>; 3],
    /// Per field: the name keys one typo apart, kept until a key appears or goes.
    typos: [Option<Vec<(String, String)>>; 3],
    findings: BTreeMap<Scope, Vec<Finding>>,
    /// The calculation the bunching check reads (traces of tier crossings).
    calc: Option<Calculation>,
}

impl Checker {
    /// Checks every line; `calc` (the calculation of these lines) lets the pattern
    /// checks read where tiers were crossed.
    pub fn new(ctx: Context, lines: Vec<CreditLine>, calc: Option<Calculation>) -> Checker {
        let mut c = Checker {
            ctx,
            lines: Vec::with_capacity(lines.len()),
            at: HashMap::with_capacity(lines.len()),
            by_seller: HashMap::new(),
            by_deal: HashMap::with_capacity(lines.len()),
            by_product: HashMap::new(),
            spellings: Default::default(),
            typos: Default::default(),
            findings: BTreeMap::new(),
            calc,
        };
        for l in lines {
            c.insert(l);
        }
        let mut all: Vec<Scope> = c.by_seller.keys().map(|s| Scope::Seller(s.clone())).collect();
        all.extend(
            c.by_deal
                .iter()
                .filter(|(_, v)| v.len() > 1)
                .map(|(d, _)| Scope::Deal(d.clone())),
        );
        all.extend(c.by_product.keys().map(|p| Scope::Product(p.clone())));
        all.extend(Field::ALL.map(Scope::Names));
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
        let i = self.at.get(&(key.deal.clone(), key.seller.clone()))?;
        self.lines[*i].as_ref()
    }

    /// Every current line, in import order.
    pub fn lines(&self) -> impl Iterator<Item = &CreditLine> {
        self.lines.iter().flatten()
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
        if calc.is_some() {
            self.calc = calc;
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

    fn insert(&mut self, l: CreditLine) {
        let i = self.lines.len();
        self.at.insert((l.id.clone(), l.seller.clone()), i);
        self.by_seller.entry(l.seller.clone()).or_default().push(i);
        self.by_deal.entry(l.id.clone()).or_default().push(i);
        if let Some(p) = &l.product {
            self.by_product.entry(names::key(p)).or_default().push(i);
        }
        for f in Field::ALL {
            if let Some(name) = f.of(&l) {
                let k = names::key(name);
                if !self.spellings[f as usize].contains_key(&k) {
                    self.typos[f as usize] = None;
                }
                self.spellings[f as usize]
                    .entry(k)
                    .or_default()
                    .entry(name.to_lowercase())
                    .or_default()
                    .push(i);
            }
        }
        self.lines.push(Some(l));
    }

    fn remove(&mut self, l: &CreditLine) {
        let Some(i) = self.at.remove(&(l.id.clone(), l.seller.clone())) else {
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
        drop(self.by_deal.get_mut(&old.id));
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

    /// Name keys one typo apart in `field` (cached until a key appears or goes).
    pub(crate) fn typos(&mut self, field: Field) -> Vec<(String, String)> {
        let f = field as usize;
        if self.typos[f].is_none() {
            let pairs = names::typo_pairs(self.spellings[f].keys().map(String::as_str), 8)
                .into_iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            self.typos[f] = Some(pairs);
        }
        self.typos[f].clone().unwrap_or_default()
    }

    fn recheck(&mut self, scopes: Vec<Scope>) {
        let mut fresh: Vec<(Scope, Vec<Finding>)> = Vec::with_capacity(scopes.len());
        for s in scopes {
            let found = match &s {
                Scope::Seller(id) => checks::seller(self, id, self.calc.as_ref()),
                Scope::Deal(id) => checks::deal(self, id),
                Scope::Product(p) => checks::product(self, p),
                Scope::Names(f) => checks::variants(self, *f),
            };
            fresh.push((s, found));
        }
        // Findings that are unchanged keep their money at stake; the rest are priced.
        let old: HashMap<String, (Finding, Exact)> = fresh
            .iter()
            .filter_map(|(s, _)| self.findings.get(s))
            .flatten()
            .map(|f| (f.id.clone(), (f.clone(), f.at_stake)))
            .collect();
        let mut to_price: Vec<&mut Finding> = Vec::new();
        for (_, found) in &mut fresh {
            for f in found.iter_mut() {
                match old.get(&f.id) {
                    Some((o, stake)) if same(o, f) => {
                        f.at_stake = *stake;
                        f.severity = o.severity;
                    }
                    _ => to_price.push(f),
                }
            }
        }
        stake::price(self, &mut to_price);
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
