//! The checker's indexes: lines by deal (a digest of the id), by seller and product, and
//! each field's spellings, with the name keys worked out once per name as written.

use crate::checks::Field;
use crate::names;
use plansight_plan::CreditLine;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// Adds row `i` to the lines of deal `id`.
pub(crate) fn index_deal(by_deal: &mut FxHashMap<u64, Rows>, id: &str, i: usize) {
    match by_deal.entry(digest(id)) {
        std::collections::hash_map::Entry::Occupied(mut e) => e.get_mut().more.push(i),
        std::collections::hash_map::Entry::Vacant(e) => {
            e.insert(Rows {
                first: i,
                more: Vec::new(),
            });
        }
    }
}

/// The checker's indexes by seller, product and spelling, borrowed to add a line.
pub(crate) struct NameIndex<'a> {
    pub(crate) by_seller: &'a mut FxHashMap<String, Vec<usize>>,
    pub(crate) by_product: &'a mut FxHashMap<String, Vec<usize>>,
    pub(crate) spellings: &'a mut [FxHashMap<String, BTreeMap<String, Vec<usize>>>; 3],
    pub(crate) typos: &'a mut [Option<Vec<(String, String)>>; 3],
    pub(crate) keys: &'a mut Keys,
    pub(crate) name_keys: &'a mut Vec<[u32; 2]>,
}

impl NameIndex<'_> {
    /// Adds line `l` at row `i` (rows are added in order).
    pub(crate) fn add(&mut self, l: &CreditLine, i: usize, with_roster: bool) {
        push(self.by_seller, &l.seller, i);
        let mut numbers = [NO_NAME; 2];
        for f in Field::ALL {
            // With a roster a stranger is an unknown seller, not a spelling.
            if f == Field::Seller && with_roster {
                continue;
            }
            let Some(name) = f.of(l) else {
                continue;
            };
            let (k, low, n) = self.keys.entry(name);
            match f {
                Field::Product => {
                    numbers[0] = *n;
                    push(self.by_product, k, i);
                }
                Field::Account => numbers[1] = *n,
                Field::Seller => {}
            }
            let map = &mut self.spellings[f as usize];
            match map.get_mut(k.as_str()) {
                Some(sp) => match sp.get_mut(low.as_str()) {
                    Some(v) => v.push(i),
                    None => {
                        sp.insert(low.clone(), vec![i]);
                    }
                },
                None => {
                    self.typos[f as usize] = None;
                    map.insert(k.clone(), BTreeMap::from([(low.clone(), vec![i])]));
                }
            }
        }
        self.name_keys.push(numbers);
    }
}

/// The key number of a name left empty.
pub(crate) const NO_NAME: u32 = u32::MAX;

/// The rows of one deal digest: the first, and any more.
pub(crate) struct Rows {
    pub(crate) first: usize,
    pub(crate) more: Vec<usize>,
}

/// A deal id's digest (FxHash): the key of `by_deal`.
pub(crate) fn digest(id: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(id)
}

/// Adds `i` to the rows of `k` (the key is copied only the first time it is seen).
pub(crate) fn push(map: &mut FxHashMap<String, Vec<usize>>, k: &str, i: usize) {
    match map.get_mut(k) {
        Some(v) => v.push(i),
        None => {
            map.insert(k.to_string(), vec![i]);
        }
    }
}

/// A name's key and lower-case spelling, worked out once per name as written: a
/// million lines name a few thousand products, accounts and sellers.
#[derive(Default)]
pub(crate) struct Keys {
    /// Name as written -> its place in `names`.
    by_name: FxHashMap<String, u32>,
    /// (key, lower-case spelling, the key's number), by place.
    names: Vec<(String, String, u32)>,
    /// Key -> its number.
    numbers: FxHashMap<String, u32>,
}

impl Keys {
    /// The place of a name as written (one look-up once it is known).
    pub(crate) fn place(&mut self, name: &str) -> usize {
        if let Some(&at) = self.by_name.get(name) {
            return at as usize;
        }
        let key = names::key(name);
        let next = self.numbers.len() as u32;
        let n = *self.numbers.entry(key.clone()).or_insert(next);
        self.names.push((key, name.to_lowercase(), n));
        let at = self.names.len() - 1;
        self.by_name.insert(name.to_string(), at as u32);
        at
    }

    pub(crate) fn entry(&mut self, name: &str) -> &(String, String, u32) {
        let at = self.place(name);
        &self.names[at]
    }
}
