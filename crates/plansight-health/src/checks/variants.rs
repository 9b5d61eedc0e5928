//! `name_variant`: one product, account or seller spelt several ways. Spellings with the
//! same letters and digits ("GTX Pro", "GTXPro", "gtx-pro") are one name; a rare
//! spelling one typo from a common one is one too. Case alone is no variant: the plan
//! compares names case-insensitively. The fix renames every line to the plan's own
//! spelling, else the price list's, else the spelling most lines use.

use super::{some_deals, Field};
use crate::checker::Checker;
use crate::finding::{Edit, Finding, Fix, Kind, LineKey, Severity};
use crate::names;
use plansight_plan::CreditLine;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A typo spelling is taken for a variant only when the common one is used this many
/// times as often: two real names a letter apart are both common.
const TYPO_RATIO: usize = 5;

/// The variant findings of one field.
pub(crate) fn variants(c: &Checker, field: Field) -> Vec<Finding> {
    if field == Field::Seller && c.ctx.roster.is_some() {
        return Vec::new(); // with a roster, a stranger is an `unknown_seller`
    }
    let count = |c: &Checker, k: &str| {
        c.spellings[field as usize]
            .get(k)
            .map_or(0, |s| s.values().map(Vec::len).sum::<usize>())
    };
    // Clusters of keys: a key with several spellings, joined with its typos.
    let mut parent: HashMap<String, String> = HashMap::new();
    fn root(parent: &HashMap<String, String>, k: &str) -> String {
        let mut k = k.to_string();
        while let Some(p) = parent.get(&k).filter(|p| **p != k) {
            k = p.clone();
        }
        k
    }
    for (a, b) in c.typos(field) {
        let (na, nb) = (count(c, a), count(c, b));
        if na.max(nb) >= TYPO_RATIO * na.min(nb).max(1) {
            let (ra, rb) = (root(&parent, a), root(&parent, b));
            if ra != rb {
                parent.insert(ra, rb);
            }
        }
    }
    let official = official_spellings(c, field);
    let mut clusters: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (k, sp) in &c.spellings[field as usize] {
        let joined = parent.contains_key(k) || parent.values().any(|p| p == k);
        let differs_from_official = official.get(k).is_some_and(|o| !sp.contains_key(&o.to_lowercase()));
        if sp.len() > 1 || joined || differs_from_official {
            clusters.entry(root(&parent, k)).or_default().insert(k.clone());
        }
    }
    clusters
        .into_values()
        .filter_map(|keys| finding(c, field, &keys, &official))
        .collect()
}

/// The plan's spelling of each name key (its measures' product filters), else the price list's.
fn official_spellings(c: &Checker, field: Field) -> HashMap<String, String> {
    let mut out = HashMap::new();
    if field != Field::Product {
        return out;
    }
    for p in &c.ctx.prices {
        out.insert(names::key(&p.product), p.product.clone());
    }
    for m in &c.ctx.plan.measures {
        for p in m.products.iter().flatten() {
            out.insert(names::key(p), p.clone());
        }
    }
    out
}

fn finding(c: &Checker, field: Field, keys: &BTreeSet<String>, official: &HashMap<String, String>) -> Option<Finding> {
    let map = &c.spellings[field as usize];
    let mut spellings: Vec<(&str, &Vec<usize>)> = keys
        .iter()
        .filter_map(|k| map.get(k))
        .flat_map(|sp| sp.iter().map(|(s, rows)| (s.as_str(), rows)))
        .collect();
    spellings.sort_by_key(|(s, rows)| (std::cmp::Reverse(rows.len()), *s));
    let written = |s: &str, rows: &[usize]| {
        rows.iter()
            .find_map(|&i| {
                c.lines[i]
                    .as_ref()
                    .and_then(|l| field.of(l))
                    .filter(|w| w.to_lowercase() == s)
                    .map(str::to_string)
            })
            .unwrap_or_else(|| s.to_string())
    };
    let (target, source) = match keys.iter().find_map(|k| official.get(k)) {
        Some(o) => (
            o.clone(),
            if is_plan_spelling(c, o) {
                "the plan's spelling"
            } else {
                "the price list's spelling"
            },
        ),
        None => {
            let (s, rows) = spellings.first()?;
            (written(s, rows), "the spelling most lines use")
        }
    };
    let target_low = target.to_lowercase();
    let others: Vec<&(&str, &Vec<usize>)> = spellings.iter().filter(|(s, _)| *s != target_low).collect();
    if others.is_empty() {
        return None;
    }
    let lines: Vec<&CreditLine> = others
        .iter()
        .flat_map(|(_, rows)| c.at_rows(rows).map(|(_, l)| l))
        .collect();
    let on = |s: &str, rows: &[usize]| {
        format!(
            "\"{}\" on {} line(s) ({})",
            written(s, rows),
            rows.len(),
            some_deals(c.at_rows(rows).map(|(_, l)| l.id.as_str()))
        )
    };
    let mut ways: Vec<String> = spellings.iter().map(|(s, rows)| on(s, rows)).collect();
    if !spellings.iter().any(|(s, _)| *s == target_low) {
        ways.push(format!(
            "\"{target}\" in the {}",
            if source == "the plan's spelling" {
                "plan"
            } else {
                "price list"
            }
        ));
    }
    let word = field.word();
    let message = format!(
        "One {word} is spelt {} ways: {}. Filters, rankings and checks see them as different {word}s. The fix renames the {} line(s) to \"{target}\" ({source}).",
        ways.len(),
        ways.join(", "),
        lines.len()
    );
    let edits: Vec<Edit> = lines
        .iter()
        .map(|l| Edit {
            before: (*l).clone(),
            after: Some(field.set(l, if field == Field::Product { &target_low } else { &target })),
        })
        .filter(|e| {
            // Re-pointing a seller must not land on a line that seller already has.
            field != Field::Seller || e.after.as_ref().is_none_or(|a| c.line(&LineKey::of(a)).is_none())
        })
        .collect();
    let salt = format!("{}:{}", word, keys.iter().cloned().collect::<Vec<_>>().join("|"));
    let mut f = Finding::new(
        Kind::NameVariant,
        Severity::Warning,
        lines.iter().map(|l| LineKey::of(l)).collect(),
        &salt,
        message,
    );
    if !edits.is_empty() {
        f.fix = Some(Fix {
            description: format!("rename {} line(s) to {word} \"{target}\"", edits.len()),
            edits,
        });
    }
    Some(f)
}

fn is_plan_spelling(c: &Checker, s: &str) -> bool {
    c.ctx
        .plan
        .measures
        .iter()
        .any(|m| m.products.iter().flatten().any(|p| p == s))
}
