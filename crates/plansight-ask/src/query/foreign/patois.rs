//! Jamaican Patois as typed on WhatsApp ("how much mi a go get pon Settle Day?", "how far mi
//! deh from di Foundation dis month", "wah mi earn inna Q1"): its spellings of English words
//! read as those words; "mi" is "I" before what is done, "me" after a verb or a
//! preposition and "my" before a thing; "dem" after a noun makes it plural and is nothing.

use super::Language;

/// Jamaican Patois.
pub(super) const LANGUAGE: Language = Language {
    pairs: &[
        ("wha", "gwaan", ""),
        ("a", "go", "will"),
        ("a", "wah", "what is"),
        ("a", "how", "how"),
        ("a", "di", "of the"),
        ("all", "a", "all of"),
        ("fi", "di", "for the"),
        ("need", "fi", "need to"),
        ("wah", "bout", "what about"),
    ],
    words: &[
        ("wah", "what"),
        ("wha", "what"),
        ("di", "the"),
        ("dis", "this"),
        ("dat", "that"),
        ("pon", "on"),
        ("inna", "in"),
        ("fi", "for"),
        ("affi", "have to"),
        ("deh", "is"),
        ("mek", "make"),
        ("wid", "with"),
        ("likkle", "little"),
        ("evryting", "everything"),
        ("everyting", "everything"),
        ("jus", "just"),
        ("wud", "would"),
        ("bout", "about"),
        ("nuh", "not"),
        ("yuh", "you"),
        ("weh", "that"),
        ("lef", "leave"),
        ("ting", "thing"),
        ("cyaan", "can't"),
        ("neva", "never"),
        ("seh", "say"),
        ("yow", ""),
        ("bredda", ""),
        ("dem", "they"),
    ],
    markers: &[
        "mi", "wah", "di", "dis", "pon", "inna", "deh", "mek", "likkle", "gwaan", "yuh", "nuh", "weh", "affi",
        "evryting", "wid", "cyaan", "bredda",
    ],
    decimal_comma: false,
    elided: &[],
    prefixes: &[],
    marked: None,
    in_context: Some(in_context),
};

/// Words a verb ("mi mek", "mi get") or a thing ("mi quota") may follow.
const VERBS: &[&str] = &[
    "mek", "make", "made", "earn", "get", "got", "sell", "sold", "sign", "need", "have", "win", "close", "pay", "deh",
    "a", "start", "lef", "only", "affi", "soon", "did", "do", "can", "will", "would", "wud", "reach", "lose", "book",
    "want", "fi", "just", "jus", "neva", "nuh", "cyaan", "nah", "still", "ever", "haffi", "go", "mash",
];

/// Words after which "mi" is the one a verb or a preposition takes ("pay mi fi Q1").
const AFTER_ME: &[&str] = &[
    "fi", "for", "inna", "in", "pon", "on", "dis", "this", "last", "a", "back", "di", "the", "yet", "now", "today",
    "to", "into", "past", "over", "through",
];

/// "mi", "dem" and "an" by their neighbours.
fn in_context(folded: &[String], i: usize) -> Option<&'static str> {
    let before = i.checked_sub(1).map(|j| folded[j].as_str());
    let next = folded.get(i + 1).map(String::as_str);
    match folded[i].as_str() {
        // ("pay mi fi Q1": me; "from mi target": my; "mi a go get": I)
        "mi" => Some(
            if before.is_some_and(|b| {
                matches!(
                    b,
                    "pay"
                        | "get"
                        | "give"
                        | "gi"
                        | "from"
                        | "to"
                        | "fi"
                        | "for"
                        | "pon"
                        | "on"
                        | "wid"
                        | "with"
                        | "of"
                        | "tell"
                        | "show"
                        | "mek"
                        | "make"
                        | "earn"
                        | "cost"
                        | "help"
                )
            }) && next.is_none_or(|n| AFTER_ME.contains(&n))
            {
                "me"
            } else if next.is_some_and(|n| VERBS.contains(&n)) {
                "i"
            } else {
                "my"
            },
        ),
        // ("di site pack dem": the site packs; "how much dem claw back", "did dem pay": they)
        "dem" => Some(
            if next.is_some_and(|n| VERBS.contains(&n) || n == "claw")
                || before.is_none_or(|b| {
                    matches!(
                        b,
                        "how" | "much" | "what" | "wah" | "if" | "and" | "an" | "why" | "did" | "will" | "when"
                    )
                })
            {
                "they"
            } else {
                ""
            },
        ),
        // ("an di parapet?": and; "an AR contract" keeps its article)
        "an" if i == 0 => Some("and"),
        _ => None,
    }
}
