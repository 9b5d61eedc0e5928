//! Nigerian Pidgin ("wetin i don make", "how much i go get"): "go" before a verb is "will",
//! its fillers read as nothing.

use super::Language;

/// Nigerian Pidgin.
pub(super) const LANGUAGE: Language = Language {
    pairs: &[
        ("i", "go", "i will"),
        ("e", "go", "it will"),
        ("we", "go", "we will"),
        ("dem", "go", "they will"),
        ("you", "go", "you will"),
        ("wetin", "be", "what is"),
        ("i", "wan", "i want"),
    ],
    words: &[
        ("wetin", "what"),
        ("abeg", "please"),
        ("sef", ""),
        ("sha", ""),
        ("abi", ""),
        ("oga", ""),
        ("wey", "that"),
        ("dem", "they"),
        ("don", ""),
        ("dey", "is"),
        ("wan", "want"),
        ("una", "you"),
        ("pass", "most"),
    ],
    markers: &["wetin", "abeg", "sef", "wey", "dey", "oga", "abi", "una"],
    decimal_comma: false,
    elided: &[],
};
