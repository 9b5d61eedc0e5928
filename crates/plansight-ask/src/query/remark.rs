//! A remark after the question ("whats my float balance sitting at, is that heaps or
//! what?", "My MG quota of this month, what is the number? It is same as other agents?",
//! "where do i sit for earnings, just curious"): what the asker feels about the answer to
//! come, or a word of chatter, which asks nothing the question does not. The question before
//! it is what is asked; a remark that names a rule or a figure of its own ("… Is it
//! prorated?", "… and from which deal?") is no remark.

/// How a remark opens that asks yes or no about the answer to come ("is that heaps?"); it
/// is a remark only as a question (not "It's a renewal.", which says which deal).
const YES_OR_NO: &[&[&str]] = &[
    &["is", "that"],
    &["is", "this"],
    &["is", "it"],
    &["it", "is"],
    &["it's"],
    &["its"],
    &["that's"],
    &["thats"],
    &["that", "is"],
    &["reckon"],
    &["seems"],
    &["sounds"],
];

/// How chatter opens ("just curious", "gotta chase a few up").
const CHATTER: &[&[&str]] = &[
    &["just", "curious"],
    &["just", "wondering"],
    &["just", "asking"],
    &["what", "the", "hell"],
    &["gotta"],
    &["got", "to"],
    &["no", "rush"],
    &["no", "worries"],
    &["asking", "for"],
    // ("Is that me capped out at the Top Shelf now? would explain a lot")
    &["would", "explain"],
    &["that", "would", "explain"],
    &["that'd", "explain"],
    &["that", "explains"],
];

/// Words that make a trailing clause a question of its own: a rule, a figure, a part of the
/// plan, a deal ("… is it prorated?", "… is that before the clawback?").
const ASKS_ITS_OWN: &[&str] = &[
    "prorated",
    "capped",
    "cap",
    "clawed",
    "clawback",
    "taxed",
    "tax",
    "gross",
    "net",
    "before",
    "after",
    "included",
    "including",
    "counted",
    "count",
    "split",
    "paid",
    "pay",
    "payout",
    "commission",
    "quota",
    "rate",
    "tier",
    "threshold",
    "bonus",
    "credit",
    "draw",
    "deal",
    "deals",
    "which",
    "when",
    "why",
    "how",
    "if",
    "or",
    "than",
    "last",
    "previous",
    "above",
    "below",
    "over",
    "under",
    "target",
    "enough",
    // ("is it pro-rated?", "is it claw-back?": the words split at their hyphen)
    "rated",
    "back",
    // ("what's in the funnel, is it worth anything": its amount asked)
    "worth",
    "value",
    "much",
    "many",
];

/// Whether `text` (a sentence or a clause) is only a remark on the answer to come: a
/// yes-or-no of three words or more that names nothing of its own, or chatter.
pub(super) fn is_remark(text: &str) -> bool {
    let mut ws = super::message::lower_words(text);
    // ("…, and is that normal for August?")
    if ws.first().is_some_and(|w| matches!(w.as_str(), "and" | "but" | "et")) {
        ws.remove(0);
    }
    let opens = |openings: &[&[&str]]| {
        openings
            .iter()
            .any(|o| ws.len() >= o.len() && ws[..o.len()].iter().zip(o.iter()).all(|(a, b)| a == b))
    };
    // ("is that heaps or what?", "… or not?": "or what" asks no second thing)
    let own = |i: usize, w: &str| {
        ASKS_ITS_OWN.contains(&w) && !(w == "or" && ws.get(i + 1).is_some_and(|n| matches!(n.as_str(), "what" | "not")))
    };
    let yes_or_no = opens(YES_OR_NO) && ws.len() >= 3 && text.trim_end().ends_with('?');
    ws.len() <= 8
        && (yes_or_no || opens(CHATTER))
        && !text.chars().any(|c| c.is_ascii_digit())
        && !ws.iter().enumerate().any(|(i, w)| own(i, w))
}

/// Whether a question says what it asks on its own: four words or more, opening with a word
/// that asks ("what", "how", "where", "list", "show"), or with "my" and asking after it ("My
/// MG quota of this month, what is the number?").
pub(super) fn asks_whole(question: &str) -> bool {
    let ws = super::message::lower_words(question);
    let asks = |w: &str| {
        matches!(
            w,
            "what" | "what's" | "whats" | "how" | "where" | "which" | "who" | "who's" | "list" | "show"
        )
    };
    ws.len() >= 4
        && ws
            .first()
            .is_some_and(|w| asks(w) || w == "my" && ws.iter().skip(1).any(|x| asks(x)))
}

/// The sentence without a remark after its last comma ("whats my float balance sitting at,
/// is that heaps or what?"), when what comes before asks on its own; a question keeps its
/// mark.
pub(super) fn without_trailing_remark(sentence: &str) -> String {
    match sentence.rsplit_once(", ") {
        Some((question, tail)) if is_remark(tail) && asks_whole(question) => {
            let mark = if sentence.ends_with('?') && !question.ends_with('?') {
                "?"
            } else {
                ""
            };
            format!("{}{mark}", question.trim_end())
        }
        _ => sentence.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{is_remark as remark, without_trailing_remark};

    #[test]
    fn a_remark_after_the_question_is_set_aside() {
        assert_eq!(
            without_trailing_remark("whats my float balance sitting at, is that heaps or what?"),
            "whats my float balance sitting at?"
        );
        assert_eq!(
            without_trailing_remark("where do i sit on the ladder for earnings, just curious"),
            "where do i sit on the ladder for earnings"
        );
        assert!(remark("It is same as other agents?"));
        assert!(remark("reckon I'll get there?"));
        assert!(remark("and is that normal for August?"));
    }

    #[test]
    fn a_second_question_of_its_own_is_kept() {
        assert!(!remark("is it prorated?"));
        assert!(!remark("and from which deal?"));
        assert!(!remark("is that before the clawback?"));
        assert!(!remark("is it more than 5k?"));
        assert!(!remark("is that more than last quarter?"));
        // (what it tells of the deal: "It's a renewal.")
        assert!(!remark("It's a renewal."));
        assert!(!remark("is it?"));
        assert_eq!(
            without_trailing_remark("My manager said I hit the accelerator, is that right?"),
            "My manager said I hit the accelerator, is that right?"
        );
        // (the question before says nothing on its own)
        assert_eq!(without_trailing_remark("ok, is that heaps?"), "ok, is that heaps?");
        assert_eq!(
            without_trailing_remark("if I close Acme, is that a lot?"),
            "if I close Acme, is that a lot?"
        );
    }
}
