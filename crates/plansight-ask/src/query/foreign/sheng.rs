//! Kenyan English with Swahili and Sheng mixed in ("niaje, how much have I made", "kwani why
//! is IVSOSC0E taking doh off me", "how much chapaa have they clawed back"): greetings and
//! fillers read as nothing, the words for money as "money".

use super::Language;

/// Sheng and Swahili.
pub(super) const LANGUAGE: Language = Language {
    pairs: &[("ata", "sijui", "")],
    words: &[
        ("niaje", ""),
        ("manze", ""),
        ("sijui", ""),
        ("kwani", ""),
        ("aki", ""),
        ("sawa", ""),
        ("pole", ""),
        ("wueh", ""),
        ("eh", ""),
        ("bana", ""),
        ("buda", ""),
        ("chapaa", "money"),
        ("ganji", "money"),
        ("doh", "money"),
        ("nini", "what"),
    ],
    markers: &[
        "niaje", "manze", "sijui", "kwani", "chapaa", "ganji", "sawa", "aki", "wueh", "bana", "buda",
    ],
    decimal_comma: false,
    elided: &[],
    prefixes: &[],
    marked: None,
    in_context: None,
};
