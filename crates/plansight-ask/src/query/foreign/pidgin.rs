//! Nigerian Pidgin ("wetin i don make", "how much i go get"): "go" before a verb is "will",
//! "pass" after one is "most" ("which deal pay me pass"), "who for" is "who in" ("who for
//! my team"), its fillers read as nothing.

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
        // ("wetin I for lose if …": what I would lose)
        ("i", "for", "i would"),
        ("who", "for", "who in"),
        ("close", "for", "close in"),
        // ("e remain how much make i enter BRT": how much is left for me to reach it)
        ("e", "remain", "left"),
        ("make", "i", "for me to"),
        ("closes", "for", "closes in"),
    ],
    words: &[
        ("wetin", "what"),
        ("abeg", "please"),
        ("sef", ""),
        ("sha", ""),
        ("abi", ""),
        ("oga", ""),
        ("o", ""),
        ("na", ""),
        ("own", ""),
        // ("na Q2 own nko?": and Q2?)
        ("nko", "what about"),
        ("wey", "that"),
        ("dem", "they"),
        ("don", ""),
        ("dey", "is"),
        ("wan", "want"),
        ("una", "you"),
        ("pass", "most"),
        // ("pit floor at 200%, who go suffer pass?": lose the most)
        ("suffer", "lose"),
        // ("last stop at 150%, who go vex pass": who is hurt most)
        ("vex", "lose"),
        // ("garage at 200%, who go cry pass")
        ("cry", "lose"),
        // ("if we comot the toll gate finish": remove it entirely)
        ("comot", "remove"),
        ("dis", "this"),
        ("dat", "that"),
    ],
    markers: &[
        "wetin", "abeg", "sef", "wey", "dey", "oga", "abi", "una", "nko", "wahala", "oya", "shey", "sabi",
    ],
    decimal_comma: false,
    elided: &[],
    prefixes: &[],
    marked: Some(marked),
    in_context: Some(in_context),
};

/// Words after a last "pass", which is then "most" ("which month I make pass so far").
const AFTER_MOST: &[&str] = &["so", "for", "this", "in", "now"];

/// Verbs a Pidgin "go" (will) or "pass" (most) goes with.
const VERBS: &[&str] = &[
    "pay", "get", "make", "earn", "collect", "carry", "lose", "cost", "reach", "close", "win", "sell", "bring", "take",
    "be", "suffer", "vex", "cry",
];

/// Pidgin said without a word only it has: "we go pay" (will pay), "which deal pay me pass"
/// (pays me the most), "which month I make pass".
pub(super) fn marked(folded: &[String]) -> bool {
    let will = folded.windows(3).any(|w| {
        matches!(w[0].as_str(), "i" | "we" | "e" | "dem" | "you" | "he" | "she" | "una")
            && w[1] == "go"
            && VERBS.contains(&w[2].as_str())
    });
    let most = folded.iter().enumerate().any(|(i, w)| {
        w == "pass"
            && i > 0
            && (VERBS.contains(&folded[i - 1].as_str()) || folded[i - 1] == "me")
            && folded.get(i + 1).is_none_or(|n| AFTER_MOST.contains(&n.as_str()))
    });
    // ("who for my team near to jump danfo pass", "e remain how much make i enter BRT")
    // (not "how far behind am i on the tier i need to pass": passing a mark)
    let nearest = folded.last().is_some_and(|l| l == "pass")
        && folded.iter().any(|w| matches!(w.as_str(), "near" | "behind"))
        && folded.len() >= 2
        && !matches!(
            folded[folded.len() - 2].as_str(),
            "to" | "i" | "we" | "can" | "will" | "must" | "need" | "could" | "should" | "would"
        );
    let left = folded.windows(2).any(|w| w[0] == "e" && w[1] == "remain");
    will || most || nearest || left
}

/// The words whose neighbours say what they are: "pass" before what is passed is "past"
/// ("e go carry me pass blackout line"; last, or before "so far", it is "most", the words'
/// own reading); "go" before a number is "goes to" ("if quota go 65k"); "na" opening a
/// question that ends "nko" is "and" ("na Q2 own nko?": and Q2?); "dey" before a verb is
/// nothing ("I dey get full credit?"), after "I" it is "am"; "carry me" is "get me"; "am"
/// after a verb, last, is "him".
fn in_context(folded: &[String], i: usize) -> Option<&'static str> {
    let w = folded[i].as_str();
    let next = folded.get(i + 1).map(String::as_str);
    match w {
        "pass"
            if i > 0
                && matches!(folded[i - 1].as_str(), "me" | "him" | "her" | "us" | "them" | "am")
                && next.is_some_and(|n| !AFTER_MOST.contains(&n)) =>
        {
            Some("past")
        }
        "go" if next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit())) => Some("goes to"),
        // ("if we comot the toll gate finish": entirely, after a removal)
        "finish" if folded[..i].iter().any(|x| x == "comot") => Some(""),
        // ("how much funmi go lose": a name, then "go" before a verb, will)
        "go" if i > 0 && next.is_some_and(|n| VERBS.contains(&n)) => Some("will"),
        "na" if i == 0 && folded.iter().any(|x| x == "nko") => Some("and"),
        "nko" if folded.first().is_some_and(|x| x == "na") => Some(""),
        "dey" if next.is_some_and(|n| VERBS.contains(&n)) => Some(""),
        // ("make i enter BRT": reach it)
        "enter" if i > 1 && folded[i - 1] == "i" && folded[i - 2] == "make" => Some("reach"),
        // ("which of my RMs dey behind pace pass", "who near to jump danfo pass": the most
        // behind, the nearest, "pass" said last)
        "behind" if folded.last().is_some_and(|l| l == "pass") => Some("most behind"),
        "near" if folded.last().is_some_and(|l| l == "pass") => Some("nearest"),
        "pass" if i + 1 == folded.len() && folded[..i].iter().any(|x| matches!(x.as_str(), "behind" | "near")) => {
            Some("")
        }
        // ("wetin dey my KIV": what is in it)
        "dey" if i > 0 && folded[i - 1] == "wetin" && next.is_some_and(|n| matches!(n, "my" | "the" | "inside")) => {
            Some("is in")
        }
        "dey" if i > 0 && folded[i - 1] == "i" => Some("am"),
        // ("e go carry me pass blackout line": get me past it; "carry over" stays)
        "carry" if next.is_some_and(|n| matches!(n, "me" | "him" | "her" | "us")) => Some("get"),
        // ("wetin Q4 go pay am": pay him; "dem cut am abi?": cut it)
        "am" if i > 0
            && matches!(folded[i - 1].as_str(), "pay" | "cut" | "give" | "tell" | "show")
            && next.is_none_or(|n| matches!(n, "abi" | "sha" | "o" | "back" | "na")) =>
        {
            Some("him")
        }
        _ => None,
    }
}
