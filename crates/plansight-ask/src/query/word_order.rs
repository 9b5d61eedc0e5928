//! Questions written in the order of a statement, as English learned as a second language
//! often has them ("How much I will get on Pulse Day?", "if I get a 200k LVP today, I will
//! pass the Priming Line?", "my CSI quota is lower?", "why my december is so small?"): read
//! in English question order, so that the rules reading "will I", "is my", "do I need to"
//! read them too. Only the start of a clause moves, and only where a question is plain
//! (a wh-word before a subject and its helping verb, or a statement that ends in "?" and
//! asks nothing else).

/// Verbs that open an English question before their subject.
const HELPING: &[&str] = &[
    "will", "would", "can", "could", "should", "was", "were", "is", "are", "am", "have", "has",
];

/// Verbs that take "do" before their subject in a question ("I need to return it?": do I
/// need to; "I reach High Tide?": do I reach it; "how much I get in december?").
const TAKE_DO: &[&str] = &[
    "need", "have", "reach", "get", "hit", "pass", "make", "earn", "receive", "lose", "qualify", "cross", "clear",
    "keep",
];

/// Past verbs said before their subject after "how much" or "why" ("how much made Pedro"),
/// and their plain forms.
const PAST: &[(&str, &str)] = &[
    ("made", "make"),
    ("earned", "earn"),
    ("sold", "sell"),
    ("won", "win"),
    ("closed", "close"),
    ("got", "get"),
    ("lost", "lose"),
];

/// The same verbs in the present, said of someone ("why earns Sabine so much").
const PRESENT: &[(&str, &str)] = &[
    ("makes", "make"),
    ("earns", "earn"),
    ("sells", "sell"),
    ("gets", "get"),
    ("loses", "lose"),
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

/// The text with each plain question in question order; `person` says whether a word
/// names someone of the workspace ("what Jerome will get").
pub(super) fn in_question_order(text: &str, person: &dyn Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    // (each clause after a comma, a sentence's end or a line's starts anew)
    while !rest.is_empty() {
        let end = rest
            .char_indices()
            .find(|&(i, c)| {
                c == '\n' || matches!(c, ',' | '.' | '?' | '!') && rest[i + c.len_utf8()..].starts_with(' ')
            })
            .map_or(rest.len(), |(i, c)| i + c.len_utf8());
        let (clause, after) = rest.split_at(end);
        let last = after.trim().is_empty();
        out.push_str(&reordered(clause, last, person).unwrap_or_else(|| clause.to_string()));
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
fn reordered(clause: &str, last: bool, person: &dyn Fn(&str) -> bool) -> Option<String> {
    let lead = &clause[..clause.len() - clause.trim_start().len()];
    let tail = &clause[clause.trim_end().len()..];
    let tokens: Vec<&str> = clause.split_whitespace().collect();
    let words: Vec<String> = tokens.iter().map(|t| bare(t)).collect();
    let asks = clause.trim_end().ends_with('?');
    let wh = WH
        .iter()
        .find(|p| words.len() > p.len() && words.iter().zip(p.iter()).all(|(a, b)| a == b))
        .map_or(0, |p| p.len());
    let said = |moved: Vec<&str>| Some(format!("{lead}{}{tail}", moved.join(" ")));
    // "my pace how is", "the total cost how much is": the topic first, its question last.
    if let Some(k) = asked_last(&words).filter(|_| wh == 0) {
        let end = tokens.len() - 1;
        let last = tokens[end].trim_end_matches(|c: char| !c.is_alphanumeric());
        let marks = &tokens[end][last.len()..];
        let question = [&tokens[k..end], &[last]].concat().join(" ");
        return Some(format!("{lead}{question} {}{marks}{tail}", tokens[..k].join(" ")));
    }
    // "now my heat level is what?": the copula and its "what" last.
    if wh == 0 && words.len() > 2 && words.ends_with(&["is".to_string(), "what".to_string()]) {
        let end = tokens.len() - 1;
        let marks = &tokens[end][tokens[end].trim_end_matches(|c: char| !c.is_alphanumeric()).len()..];
        return Some(format!("{lead}what is {}{marks}{tail}", tokens[..end - 1].join(" ")));
    }
    // "credit is divided how?": a passive's "how" last.
    let n = words.len();
    if wh == 0
        && n >= 3
        && words[n - 1] == "how"
        && participle(&words[n - 2])
        && matches!(words[n - 3].as_str(), "is" | "are" | "was" | "were")
    {
        let end = tokens.len() - 1;
        let marks = &tokens[end][tokens[end].trim_end_matches(|c: char| !c.is_alphanumeric()).len()..];
        return Some(format!(
            "{lead}how {} {} {}{marks}{tail}",
            words[n - 3],
            tokens[..end - 2].join(" "),
            tokens[end - 1]
        ));
    }
    // "How it is recovered?": the subject before its copula after "how".
    if n >= 4
        && words[0] == "how"
        && matches!(words[1].as_str(), "it" | "this" | "that")
        && matches!(words[2].as_str(), "is" | "was")
        && participle(&words[3])
    {
        return Some(format!(
            "{lead}{} {} {} {}{tail}",
            tokens[0],
            tokens[2],
            tokens[1],
            tokens[3..].join(" ")
        ));
    }
    // "need how much more to reach sedang?": the subject and "do" left unsaid.
    if words.first().is_some_and(|w| w == "need") {
        let k = WH
            .iter()
            .find(|p| {
                p[0] == "how"
                    && words.len() > p.len()
                    && words[1..].starts_with(&p.iter().map(|w| w.to_string()).collect::<Vec<_>>())
            })
            .map(|p| p.len())?;
        let end = tokens.len() - 1;
        let mut bare_tokens = tokens.clone();
        bare_tokens[end] = tokens[end].trim_end_matches(|c: char| !c.is_alphanumeric());
        let marks = &tokens[end][bare_tokens[end].len()..];
        let ask = [&bare_tokens[1..1 + k], &["do", "I", "need"], &bare_tokens[1 + k..]].concat();
        return Some(format!("{lead}{}{marks}{tail}", ask.join(" ")));
    }
    // "how much I will get": the helping verb before the subject.
    if wh > 0 && (asks || last) {
        // ("how much made pedro in q3", "why earns Sabine so much in July?": the verb before
        // a name, as Spanish and German put it)
        let past = PAST.iter().find(|(p, _)| words[wh] == *p).map(|(_, b)| (*b, "did"));
        let present = PRESENT.iter().find(|(p, _)| words[wh] == *p).map(|(_, b)| (*b, "does"));
        // (not "what got credited with my october salary")
        if let Some((base, helper)) = past.or(present).filter(|_| matches!(words[0].as_str(), "how" | "why")) {
            let name = words.get(wh + 1)?;
            let then = words.get(wh + 2).map_or("", String::as_str);
            // (a person's: one of the workspace's, a name written with its capital, or a word
            // no English one is; not "how many closed won", "how much sold today")
            let said = tokens[wh + 1];
            let one_name = name.chars().all(char::is_alphabetic)
                && (person(name) || said.starts_with(char::is_uppercase) || !crate::english::as_written(name))
                && matches!(
                    then,
                    "" | "in" | "on" | "this" | "last" | "for" | "from" | "with" | "at" | "so" | "since"
                );
            return one_name.then(|| {
                let (at, rest) = (wh + 1, &tokens[wh + 2..]);
                format!(
                    "{lead}{} {helper} {} {base}{}{}{tail}",
                    tokens[..wh].join(" "),
                    tokens[at],
                    if rest.is_empty() { "" } else { " " },
                    rest.join(" ")
                )
            });
        }
        let at = subject(&tokens, &words, wh, person)?;
        let verb = words.get(at)?;
        // ("how much I get in december?": "do" before the subject; not "how much I lose with
        // it", which reads as it is)
        // ("what i have en juego": "do" before an owning "have" too)
        let gets = matches!(verb.as_str(), "get" | "make" | "earn" | "receive") || owning(&words, at);
        if PRONOUNS.contains(&words[wh].as_str()) && gets {
            return said([&tokens[..wh], &["do"], &tokens[wh..]].concat());
        }
        if !HELPING.contains(&verb.as_str()) || owning(&words, at) {
            return None;
        }
        return said([&tokens[..wh], &[tokens[at]], &tokens[wh..at], &tokens[at + 1..]].concat());
    }
    // "I will pass the Priming Line?", "I need to return the lifeline?": a statement asked.
    // (not one that asks with a wh-word of its own, "my payout is how much?"; nor one that
    // only tells politely, "I would like to know my Q3 payout?"; nor two clauses, "my quota
    // is 120k and I will hit it?"; nor a tag's question, "my Q2 quota lower is it?")
    let asks_itself = words
        .iter()
        .any(|w| matches!(w.as_str(), "how" | "what" | "when" | "which" | "where" | "who" | "why"));
    let tagged = words.ends_with(&["is".to_string(), "it".to_string()]) || words.last().is_some_and(|w| w == "right");
    if !asks || asks_itself || tagged {
        return None;
    }
    let at = subject(&tokens, &words, 0, person)?;
    let verb = words.get(at)?;
    let polite = words.get(at + 1).is_some_and(|n| {
        matches!(
            n.as_str(),
            "like" | "wondering" | "hoping" | "thinking" | "want" | "wanted"
        )
    });
    let joined = words[at + 1..]
        .iter()
        .any(|w| matches!(w.as_str(), "and" | "but" | "so" | "if" | "because"));
    // ("I hit the carafe already?": a past said as the present, no "do")
    let done = words.iter().any(|w| matches!(w.as_str(), "already" | "yet"));
    if polite || joined {
        return None;
    }
    if HELPING.contains(&verb.as_str()) && !owning(&words, at) {
        said([&[tokens[at]], &tokens[..at], &tokens[at + 1..]].concat())
    } else if TAKE_DO.contains(&verb.as_str())
        && !done
        && (words.get(at + 1).is_some_and(|n| n == "to") || !matches!(verb.as_str(), "need" | "have"))
        && PRONOUNS.contains(&words[0].as_str())
    {
        said([&["do"], &tokens[..]].concat())
    } else {
        None
    }
}

/// Where a clause's closing question begins, when it ends in a wh-word and a bare "is" or
/// "was" after what it asks of ("my pace how is", "my taquilla of february how much is").
fn asked_last(words: &[String]) -> Option<usize> {
    let (copula, before) = words.split_last()?;
    if !matches!(copula.as_str(), "is" | "was" | "are" | "were") {
        return None;
    }
    WH.iter()
        .chain(&[&["how"][..]])
        .filter(|p| before.len() > p.len() && before.ends_with(&p.iter().map(|w| w.to_string()).collect::<Vec<_>>()))
        .map(|p| before.len() - p.len())
        .min()
}

/// Whether the "have" at `at` owns rather than helps ("what I have on the felt right now";
/// not "what I have earned").
fn owning(words: &[String], at: usize) -> bool {
    matches!(words[at].as_str(), "have" | "has") && !words.get(at + 1).is_some_and(|n| participle(n))
}

/// Whether a word is a past participle a "have" helps ("earned", "made", "been").
fn participle(word: &str) -> bool {
    // (not "en" of "what i have en juego")
    word.len() > 3 && (word.ends_with("ed") || word.ends_with("en"))
        || matches!(
            word,
            "made" | "got" | "sold" | "done" | "won" | "paid" | "hit" | "had" | "lost"
        )
}

/// The index of the word after the subject that starts at `from`: a pronoun, "my" and up
/// to three words before its verb ("my CSI quota is lower"), "the" and up to four ("the
/// deal of Acme is counted", not after a wh-word: "why the hell is march negative"), or a
/// person's name ("what Jerome will get").
fn subject(tokens: &[&str], words: &[String], from: usize, person: &dyn Fn(&str) -> bool) -> Option<usize> {
    let first = words.get(from)?;
    if PRONOUNS.contains(&first.as_str()) || from > 0 && person(first) && tokens[from].starts_with(char::is_uppercase) {
        return Some(from + 1);
    }
    let longest = match first.as_str() {
        "my" | "our" => 3,
        "the" if from == 0 => 4,
        _ => return None,
    };
    (from + 2..=(from + 1 + longest).min(words.len().saturating_sub(1)))
        .find(|&k| matches!(words[k].as_str(), "is" | "are" | "was" | "were" | "will"))
}

#[cfg(test)]
mod tests {
    use super::in_question_order;

    fn ordered(said: &str) -> String {
        in_question_order(said, &|w| matches!(w, "jerome" | "dana"))
    }

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
            ("my quota is 100k\nI will hit it?", "my quota is 100k\nwill I hit it?"),
            ("my pace how is", "how is my pace"),
            ("now my heat level is what?", "what is now my heat level?"),
            (
                "need how much more to reach sedang?",
                "how much more do I need to reach sedang?",
            ),
            ("Need how much more?", "how much more do I need?"),
            ("how much made Pedro in q3", "how much did Pedro make in q3"),
            (
                "Why earns Sabine so much in July?",
                "Why does Sabine earn so much in July?",
            ),
            (
                "what I have on the felt right now",
                "what do I have on the felt right now",
            ),
            (
                "a meta of 110 mil for every quarter, the total cost how much is?",
                "a meta of 110 mil for every quarter, how much is the total cost?",
            ),
        ] {
            assert_eq!(ordered(said), read, "{said}");
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
            "I have three deals in the yard?",
            "why the hell is march negative??",
            "Which SPIFF is bigger?",
            "Quick q, my payout is how much?",
            "I would like to know my Q3 payout?",
            "my quota is 120k and I will hit it?",
            "i only join in april, my Q2 quota lower is it?",
            "I hit the carafe already?",
            "how many won deals in q3",
            "how much lost revenue in q3?",
            "how many closed won this month?",
            "how much sold today",
            "pivô of Fazenda Boa Vista had distrato last week, how much I lose with it?",
        ] {
            assert_eq!(ordered(said), said, "{said}");
        }
    }
}
