//! Questions written in the order of a statement, as English learned as a second language
//! often has them ("How much I will get on Pulse Day?", "if I get a 200k LVP today, I will
//! pass the Priming Line?", "my CSI quota is lower?", "why my december is so small?"): read
//! in English question order, so that the rules reading "will I", "is my", "do I need to"
//! read them too. Only the start of a clause moves, and only where a question is plain
//! (a wh-word before a subject and its helping verb, or a statement that ends in "?").

/// Verbs that open an English question before their subject.
const HELPING: &[&str] = &[
    "will", "would", "can", "could", "should", "was", "were", "is", "are", "am", "have", "has",
];

/// Verbs that take "do" before their subject in a question ("I need to return it?": do I
/// need to; "I reach High Tide?": do I reach it).
const TAKE_DO: &[&str] = &[
    "need", "have", "reach", "get", "hit", "pass", "make", "earn", "lose", "qualify", "cross", "clear", "keep",
];

/// The words a question opens with before its subject.
const WH: &[&[&str]] = &[
    &["how", "much", "more"],
    &["how", "much"],
    &["how", "many"],
    &["how", "far"],
    &["how", "close"],
    &["what"],
    &["which"],
    &["why"],
];

const PRONOUNS: &[&str] = &["i", "we", "he", "she", "they", "you"];

/// The text with each plain question in question order.
pub(super) fn in_question_order(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    // (each clause after a comma or a sentence's end starts anew)
    while !rest.is_empty() {
        let end = rest
            .char_indices()
            .find(|&(i, c)| {
                matches!(c, ',' | '.' | '?' | '!')
                    && rest[i + c.len_utf8()..].starts_with(' ')
                    // (not a number's comma or point: "1,500", "2.5")
                    && !(matches!(c, ',' | '.') && rest[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
            })
            .map_or(rest.len(), |(i, c)| i + c.len_utf8());
        let (clause, after) = rest.split_at(end);
        let last = after.trim().is_empty();
        out.push_str(&reordered(clause, last).unwrap_or_else(|| clause.to_string()));
        rest = after;
    }
    out
}

/// A token without the punctuation around it, lower case.
fn bare(token: &str) -> String {
    token
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
        .to_lowercase()
}

/// The clause in question order, when it is a plain question in a statement's order (a
/// wh-word's only where the clause asks or ends the text: "when I was new, …" tells).
fn reordered(clause: &str, last: bool) -> Option<String> {
    let lead = clause.len() - clause.trim_start().len();
    let tokens: Vec<&str> = clause.split_whitespace().collect();
    let words: Vec<String> = tokens.iter().map(|t| bare(t)).collect();
    let asks = clause.trim_end().ends_with('?');
    let wh = WH
        .iter()
        .find(|p| words.len() > p.len() && words.iter().zip(p.iter()).all(|(a, b)| a == b))
        .map_or(0, |p| p.len());
    // "how much I will get": the helping verb before the subject.
    if wh > 0 && (asks || last) {
        let (subject, at) = subject(&tokens, &words, wh)?;
        let verb = words.get(at)?;
        // ("what I have on the felt right now": "have" of owning stays; "what I have earned")
        let owning = matches!(verb.as_str(), "have" | "has") && !words.get(at + 1).is_some_and(|n| participle(n));
        // ("how much I get in december?": "do" before the subject)
        if PRONOUNS.contains(&words[wh].as_str())
            && matches!(verb.as_str(), "get" | "make" | "earn" | "receive" | "lose")
        {
            let mut moved: Vec<&str> = tokens[..wh].to_vec();
            moved.push("do");
            moved.extend(&tokens[wh..]);
            return Some(format!("{}{}", &clause[..lead], moved.join(" ")));
        }
        if !HELPING.contains(&verb.as_str()) || subject == 0 || owning {
            return None;
        }
        let mut moved: Vec<&str> = tokens[..wh].to_vec();
        moved.push(tokens[at]);
        moved.extend(&tokens[wh..at]);
        moved.extend(&tokens[at + 1..]);
        return Some(format!("{}{}", &clause[..lead], moved.join(" ")));
    }
    // "I will pass the Priming Line?", "I need to return the lifeline?": a statement asked.
    if !asks {
        return None;
    }
    let (subject, at) = subject(&tokens, &words, 0)?;
    let verb = words.get(at)?;
    if subject == 0 {
        return None;
    }
    let mut moved: Vec<&str> = Vec::with_capacity(tokens.len() + 1);
    let owning = matches!(verb.as_str(), "have" | "has") && !words.get(at + 1).is_some_and(|n| participle(n));
    if HELPING.contains(&verb.as_str()) && !owning {
        moved.push(tokens[at]);
        moved.extend(&tokens[..at]);
        moved.extend(&tokens[at + 1..]);
    } else if TAKE_DO.contains(&verb.as_str())
        && (words.get(at + 1).is_some_and(|n| n == "to") || !matches!(verb.as_str(), "need" | "have"))
        && PRONOUNS.contains(&words[0].as_str())
    {
        moved.push("do");
        moved.extend(&tokens);
    } else {
        return None;
    }
    Some(format!("{}{}", &clause[..lead], moved.join(" ")))
}

/// Whether a word is a past participle a "have" helps ("earned", "made", "been").
fn participle(word: &str) -> bool {
    word.ends_with("ed")
        || word.ends_with("en")
        || matches!(
            word,
            "made" | "got" | "sold" | "done" | "won" | "paid" | "hit" | "had" | "lost"
        )
}

/// The subject that starts at `from` (a pronoun, "my" and up to three words, "the" and up to
/// four, a name written with a capital) and the index of the word after it.
fn subject(tokens: &[&str], words: &[String], from: usize) -> Option<(usize, usize)> {
    let first = words.get(from)?;
    if PRONOUNS.contains(&first.as_str()) {
        return Some((1, from + 1));
    }
    // (a noun phrase runs to its verb: "my CSI quota is lower", "the central of Colombo
    // Lagoon is counted")
    let longest = match first.as_str() {
        "my" | "our" => 3,
        "the" => 4,
        _ if from > 0 && tokens[from].starts_with(|c: char| c.is_uppercase()) => 1,
        _ => return None,
    };
    let bare_noun = usize::from(matches!(first.as_str(), "my" | "our" | "the"));
    (from + bare_noun + 1..=(from + bare_noun + longest).min(words.len().saturating_sub(1)))
        .find(|&k| matches!(words[k].as_str(), "is" | "are" | "was" | "were" | "will"))
        .map(|k| (k - from, k))
}

#[cfg(test)]
mod tests {
    use super::in_question_order;

    #[test]
    fn statements_asked_are_read_in_question_order() {
        for (said, read) in [
            ("How much I will get on Pulse Day?", "How much will I get on Pulse Day?"),
            (
                "if I get a 200k LVP today, I will pass the Priming Line?",
                "if I get a 200k LVP today, will I pass the Priming Line?",
            ),
            (
                "I joined only in August, my CSI quota is lower?",
                "I joined only in August, is my CSI quota lower?",
            ),
            (
                "I resigned last month, I need to return the lifeline?",
                "I resigned last month, do I need to return the lifeline?",
            ),
            ("why my december is so small?", "why is my december so small?"),
            (
                "what if all my deals at sea close, how much I get in december?",
                "what if all my deals at sea close, how much do I get in december?",
            ),
            (
                "Booster Dose at 2x, what Jerome will get?",
                "Booster Dose at 2x, what will Jerome get?",
            ),
            ("the deal of Acme is counted?", "is the deal of Acme counted?"),
            (
                "with 6000 of MG Advanced more, I reach High Tide?",
                "with 6000 of MG Advanced more, do I reach High Tide?",
            ),
        ] {
            assert_eq!(in_question_order(said), read, "{said}");
        }
    }

    #[test]
    fn english_order_and_statements_stay() {
        for said in [
            "how much will I get on payday?",
            "I closed 1,500 units. what did I make?",
            "my quota is 100k and I am at 80k.",
            "what did I make in q3",
            "how much more do I need to sell?",
            "which deals I closed in may paid the most?",
            "when I was new, my quota was lower. what is it now?",
            "what I have on the felt right now",
            "I have three deals in the yard?",
        ] {
            assert_eq!(in_question_order(said), said, "{said}");
        }
    }
}
