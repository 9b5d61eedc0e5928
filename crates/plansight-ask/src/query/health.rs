//! Questions about the data's health: "is anything wrong with my deals?", "any
//! duplicates?", "why is deal X flagged?". They are answered from the data-health
//! checks' findings, with the money each moves.

use super::vocabulary::Vocabulary;
use super::Understood;

/// Words that speak of the data itself.
const DATA: &[&str] = &[
    "deal", "deals", "data", "line", "lines", "crm", "import", "export", "records", "entries",
];
/// Words for something amiss in it.
const AMISS: &[&str] = &[
    "wrong",
    "problem",
    "problems",
    "issue",
    "issues",
    "error",
    "errors",
    "mistake",
    "mistakes",
    "anomaly",
    "anomalies",
    "suspicious",
    "odd",
    "weird",
    "bad",
    "broken",
];
/// Words that alone mean a data problem.
const ALONE: &[&str] = &[
    "flagged",
    "flags",
    "duplicate",
    "duplicates",
    "duplicated",
    "misspelt",
    "misspelled",
    "typo",
    "typos",
    "healthy",
    "outlier",
    "outliers",
];

/// Words that narrow the question to one kind of finding.
const KINDS: &[(&[&str], &str)] = &[
    (&["duplicate", "duplicates", "duplicated", "twice"], "duplicate_deal"),
    (
        &["misspelt", "misspelled", "spelling", "spelt", "typo", "typos"],
        "name_variant",
    ),
    (&["outlier", "outliers"], "amount_outlier"),
    (&["stale"], "stale_open"),
];

/// A data-health question, with the deal it asks about, if any.
pub(crate) fn health(v: &Vocabulary, asker: &str, ws: &[String]) -> Option<Understood> {
    let has = |list: &[&str]| ws.iter().any(|w| list.contains(&w.as_str()));
    let joined = ws.join(" ");
    let asks = has(ALONE)
        || (has(AMISS) && has(DATA))
        || joined.contains("data health")
        || joined.contains("health check")
        || joined.contains("data quality");
    // "Who fixes a wrong split in the CRM?" asks for the plan's process, not the data.
    let process = has(&["who", "days", "process", "dispute"])
        || joined.contains("get fixed")
        || joined.contains("get it fixed")
        || joined.contains("get corrected")
        || joined.contains("how do i fix")
        || joined.contains("how do i get")
        || joined.contains("can i fix")
        || joined.contains("myself")
        // ("when the shop reprints a job because of a press error, does that count as a
        // spiked job against me?": how the plan treats a case, a rule)
        || crate::fuzzy::mentions(ws, &["count as", "does that count", "does it count"]);
    // "how many Summit Flags did I plant": the plan's own "flags" are not findings.
    // (nor a threshold or a tier the document calls "the Flags")
    // (nor the document's word for a deal type: "how many new flags have i won")
    let bonus_flags = has(&["flags", "flagged"])
        && (v.bonus(ws)
            || !v.terms_in(ws).is_empty()
            || [&v.type_aliases, &v.product_aliases, &v.idea_words, &v.measure_aliases]
                .into_iter()
                .flatten()
                .flat_map(|(a, b)| [a, b])
                .any(|a| a.split_whitespace().any(|w| w.starts_with("flag")) && joined.contains(a.as_str())));
    if !asks || process || bonus_flags {
        return None;
    }
    let seller = v.seller(&joined).unwrap_or_else(|| asker.to_string());
    let kind = KINDS
        .iter()
        .find(|(words, _)| has(words))
        .map(|(_, kind)| kind.to_string());
    Some(Understood::Health {
        seller,
        deal: v.deal(ws),
        kind,
    })
}
