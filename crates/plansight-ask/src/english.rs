//! Common English words, as written: a word of everyday English is said for itself, so it
//! is no typo of a plan's word that begins otherwise ("my pending amount" is no "spending")
//! and no unknown word to ask back about.

use std::sync::OnceLock;

/// The common English words, sorted (as the file keeps them) to be searched in halves:
/// cheaper to read once per `plansight ask` than a hash set.
pub(crate) fn words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../data/english-words.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect()
    })
}

/// Whether the word, as written, is common English ("pending", "coating").
pub(crate) fn as_written(word: &str) -> bool {
    words().binary_search(&word).is_ok()
}

/// Whether the word is common English or a common word's past in "-ed" ("coasted", rarer
/// than "coast" in the list), so no typo of a plan's word ("kinda coasted" is no "costed").
pub(crate) fn as_written_or_past(word: &str) -> bool {
    as_written(word)
        || word
            .strip_suffix("ed")
            .is_some_and(|stem| stem.len() >= 4 && as_written(stem))
}

/// Markets and indices whose price a question may ask to foretell ("is WTI gonna hold over
/// 70"). Kept out of `src/query` so that the build's list of the parser's own words leaves
/// them out: a product may be called by one ("2 million a steel" of the Rebar Steel).
pub(crate) const MARKETS: &[&str] = &[
    "wti", "brent", "crude", "oil", "gold", "copper", "bitcoin", "lumber", "steel", "scfi", "futures",
];
