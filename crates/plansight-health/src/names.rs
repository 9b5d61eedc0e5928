//! How names are compared: a name's *key* (letters and digits only, lower case), so
//! "GTX Pro", "GTXPro" and "gtx-pro" are one name spelt three ways; and how close two
//! keys are (one letter dropped, added, changed or two swapped), for typos.

use std::collections::HashMap;

/// Letters and digits of `name`, lower case: spellings with the same key are one name.
pub fn key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two spellings differ by more than case (the plan compares names
/// case-insensitively, so case alone is not a variant).
pub fn differ(a: &str, b: &str) -> bool {
    a.to_lowercase() != b.to_lowercase()
}

/// Optimal string alignment distance (edits, swaps of neighbours counted once), stopped
/// early once it exceeds `limit` (returns `limit + 1` then).
pub fn distance(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        d[i * w] = i;
        let mut best = usize::MAX;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
            best = best.min(v);
        }
        if best > limit {
            return limit + 1;
        }
    }
    d[a.len() * w + b.len()].min(limit + 1)
}

/// Keys one typo apart (a letter dropped, added, changed, or two neighbours swapped),
/// found without comparing every pair: two such keys share a key with one letter
/// deleted. Only keys of `min_len` letters or more take part: short names are too
/// often a typo away from another real name.
pub fn typo_pairs<'a>(keys: impl IntoIterator<Item = &'a str>, min_len: usize) -> Vec<(&'a str, &'a str)> {
    let mut by_deletion: HashMap<String, Vec<&'a str>> = HashMap::new();
    for k in keys {
        let chars: Vec<char> = k.chars().collect();
        // A letter dropped from a name of `min_len` letters leaves one letter fewer.
        if chars.len() + 1 < min_len {
            continue;
        }
        let mut seen = std::collections::HashSet::new();
        for i in 0..chars.len() {
            let d: String = chars[..i].iter().chain(&chars[i + 1..]).collect();
            if seen.insert(d.clone()) {
                by_deletion.entry(d).or_default().push(k);
            }
        }
        // A key may itself be the other one with a letter deleted.
        by_deletion.entry(k.to_string()).or_default().push(k);
    }
    let mut pairs = Vec::new();
    for group in by_deletion.values() {
        for (i, a) in group.iter().enumerate() {
            for b in &group[i + 1..] {
                let longest = a.chars().count().max(b.chars().count());
                if a != b && longest >= min_len && distance(a, b, 1) == 1 {
                    pairs.push(if a < b { (*a, *b) } else { (*b, *a) });
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_name_share_a_key_and_case_is_not_a_variant() {
        assert_eq!(key("GTX Pro"), key("GTXPro"));
        assert_eq!(key("Acme Corporation."), key("acme  corporation"));
        assert!(!differ("GTX Pro", "gtx pro"));
        assert!(differ("GTX Pro", "GTXPro"));
    }

    #[test]
    fn typos_are_one_edit_apart() {
        assert_eq!(distance("moses frase", "moses frsae", 2), 1);
        assert_eq!(distance("moses frase", "mosesfrase", 2), 1);
        assert_eq!(distance("zed quill", "moses frase", 2), 3);
        let pairs = typo_pairs(["acmecorporation", "acmecorporaton", "betasoloin", "gtx"], 8);
        assert_eq!(pairs, vec![("acmecorporation", "acmecorporaton")]);
        assert!(typo_pairs(["mgspecial", "mgspecia1x"], 8).is_empty());
        assert_eq!(typo_pairs(["kinggroup", "kingrgoup"], 8).len(), 1);
        assert_eq!(typo_pairs(["gtxbasic", "gtbasic"], 8), vec![("gtbasic", "gtxbasic")]);
        assert!(typo_pairs(["konex", "kinex"], 8).is_empty());
    }
}
