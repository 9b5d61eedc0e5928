//! Typo-tolerant matching of words: "comission", "acelerator", "atainment".

/// Edit distance with adjacent transpositions (optimal string alignment), stopping early
/// once it exceeds `limit`.
pub fn distance(a: &str, b: &str, limit: usize) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut prev2 = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        if cur.iter().min().copied().unwrap_or(0) > limit {
            return limit + 1;
        }
        prev2 = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}

/// How many typos a word of this length may carry and still be recognised.
fn allowance(len: usize) -> usize {
    match len {
        0..=5 => 0,
        6..=8 => 1,
        _ => 2,
    }
}

/// Whether `word` is `target`, allowing for typos in longer words.
///
/// A common English word is no typo of another that begins otherwise ("my pending amount"
/// is no "spending"); one of the target's own forms ("commissions", "quotas") still is.
pub fn same(word: &str, target: &str) -> bool {
    if word == target {
        return true;
    }
    let limit = allowance(target.len());
    // ("qouta": two letters swapped in a word of five, not an English word of its own)
    if limit == 0 && target.len() == 5 && word.as_bytes().first() == target.as_bytes().first() && swapped(word, target)
    {
        return !crate::english::as_written(word);
    }
    // (the cheap refusals first: this runs for every word against every listed phrase)
    if limit == 0 || word.is_ascii() && target.is_ascii() && word.len().abs_diff(target.len()) > limit {
        return false;
    }
    distance(word, target, limit) <= limit && (!crate::english::as_written_or_past(word) || shares_stem(word, target))
}

/// Whether `a` is `b` with two neighbouring letters swapped.
fn swapped(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let differ: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(differ.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i])
}

/// Whether the two words begin alike, all but the last two letters of the shorter, accents
/// aside ("crater" of "El Cráter").
fn shares_stem(a: &str, b: &str) -> bool {
    let (a, b) = (crate::phrases::fold(a), crate::phrases::fold(b));
    a == b || {
        let n = a.chars().count().min(b.chars().count()).saturating_sub(2);
        a.chars().take(n).eq(b.chars().take(n))
    }
}

/// Whether any of the words is (nearly) one of `targets`; a target of several words
/// ("next tier") must appear in order.
pub fn mentions(words: &[String], targets: &[&str]) -> bool {
    targets.iter().any(|t| {
        let n = t.split(' ').count();
        words
            .windows(n)
            .any(|w| w.iter().zip(t.split(' ')).all(|(a, b)| same(a, b)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_in_longer_words_are_forgiven() {
        assert!(same("comission", "commission"));
        assert!(same("acelerator", "accelerator"));
        assert!(same("atainment", "attainment"));
        assert!(same("thershold", "threshold"), "a transposition counts once");
        assert!(!same("cap", "car"), "short words must be exact");
        assert!(same("qouta", "quota"), "two letters swapped in a word of five");
        assert!(!same("trail", "trial"), "an English word of its own is no swap");
        assert!(!same("payment", "pipeline"));
        let w: Vec<String> = "how far to the nxt tier".split(' ').map(String::from).collect();
        assert!(!mentions(&w, &["next tier"]), "\"nxt\" is too short to correct");
        let w: Vec<String> = "how far to the next teir".split(' ').map(String::from).collect();
        assert!(!mentions(&w, &["next tier"]), "four-letter words are exact");
        let w: Vec<String> = "whats my atainment".split(' ').map(String::from).collect();
        assert!(mentions(&w, &["attainment"]));
    }
}
