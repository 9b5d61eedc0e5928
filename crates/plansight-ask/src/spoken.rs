//! Numbers said in words, as a dictated or hurried question writes them: "eight thousand
//! five hundred", "twelve and a half k", "twenty five percent", "q three", "quarter for"
//! (heard for "four"). They are written in digits before the question is read, so every
//! rule that reads an amount, a percentage or a quarter reads these too.
//!
//! A lone small number word is left alone ("which three reps", "the other one", "tier
//! two"): it becomes digits only beside a unit ("forty k", "three grand", "six percent"),
//! after a quarter ("q two"), or as the old value of a change whose new one is said in
//! digits or words ("from six to seven percent", "fifteen percent instead of twelve").

/// The value of a number word, in tenths, and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    /// One to nineteen (and zero).
    Unit(i64),
    /// Twenty to ninety.
    Tens(i64),
    /// Hundred, thousand, million.
    Scale(i64),
}

fn word(w: &str) -> Option<Word> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(Word::Unit(i as i64));
    }
    if let Some(i) = TENS.iter().position(|u| *u == w) {
        return Some(Word::Tens(20 + 10 * i as i64));
    }
    match w {
        "hundred" => Some(Word::Scale(100)),
        "thousand" => Some(Word::Scale(1_000)),
        "million" => Some(Word::Scale(1_000_000)),
        _ => None,
    }
}

/// The number a lone number word says ("eleven", "forty"), which [`in_digits`] leaves
/// alone: a follow-up's bare new value reads it ("and at eleven" after a rate of twelve).
pub(crate) fn lone_number(w: &str) -> Option<u32> {
    match word(w)? {
        Word::Unit(n) | Word::Tens(n) => u32::try_from(n).ok(),
        Word::Scale(_) => None,
    }
}

/// Words after a number that make it an amount, a share or a span of time (a span said so
/// also writes a pending old value of a change in digits, as any unit does).
const UNITS_AFTER: &[&str] = &[
    "x", "k", "grand", "percent", "per", "pct", "%", "bps", "basis", "quid", "pounds", "dollars", "bucks", "euros",
    "rand", "mil", "m", "lakh", "crore", "cr",
    // ("about four months after signing it": a span, which a clawback window is read by)
    "days", "weeks", "months", "years",
];

/// Words before "quarter" that make it a quarter of some kind, not a quarter's number
/// ("the quarter to date", "best quarter for fees").
const QUARTER_OF: &[&str] = &[
    "the",
    "a",
    "this",
    "last",
    "next",
    "that",
    "which",
    "each",
    "every",
    "per",
    "my",
    "our",
    "your",
    "their",
    "his",
    "her",
    "best",
    "worst",
    "whole",
    "same",
    "prior",
    "previous",
    "current",
    "one",
    "any",
    "what",
    "its",
    "first",
    "second",
    "third",
    "fourth",
    "final",
    "biggest",
    "strongest",
    "weakest",
    "highest",
    "lowest",
    "top",
    "bottom",
    "good",
    "bad",
    "slow",
    "big",
    "than",
    "by",
];

/// Words before a quarter's number ("in quarter for", "did quarter to pay").
const AT_A_QUARTER: &[&str] = &[
    "in", "did", "for", "of", "during", "since", "and", "from", "through", "thru", "vs", "versus", "than", "until",
    "til", "was", "is", "about", "on", "whats", "what's",
];

/// A run of number words read: its value in tenths, and how many words it took.
fn run(ws: &[String]) -> Option<(i64, usize)> {
    let (mut total, mut current, mut used, mut last): (i64, i64, usize, Option<Word>) = (0, 0, 0, None);
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i].as_str();
        // "a hundred", "a thousand": one of them.
        if w == "a"
            && last.is_none()
            && ws
                .get(i + 1)
                .and_then(|n| word(n))
                .is_some_and(|n| matches!(n, Word::Scale(_)))
        {
            current = 10;
            last = Some(Word::Unit(1));
            i += 1;
            used = i;
            continue;
        }
        // "twelve and a half": a half of the last unit said.
        if w == "and"
            && last.is_some()
            && ws.get(i + 1).map(String::as_str) == Some("a")
            && ws.get(i + 2).map(String::as_str) == Some("half")
        {
            current += 5;
            i += 3;
            used = i;
            last = Some(Word::Unit(0));
            continue;
        }
        // "two hundred and fifty": the British "and".
        if w == "and" && matches!(last, Some(Word::Scale(_))) && ws.get(i + 1).and_then(|n| word(n)).is_some() {
            i += 1;
            continue;
        }
        // "one point five": a tenth after the point.
        if w == "point" && last.is_some() {
            if let Some(Word::Unit(d @ 0..=9)) = ws.get(i + 1).and_then(|n| word(n)) {
                current += d;
                used = i + 2;
            }
            break;
        }
        let Some(n) = word(w) else { break };
        // "one eighty percent", "two fifty k": hundreds said as a unit and its tens, heard
        // only before the unit the number is of.
        if let (Some(Word::Unit(u @ 1..=9)), Word::Tens(t), 1) = (last, n, i) {
            let ones = ws.get(i + 1).and_then(|x| word(x)).and_then(|x| match x {
                Word::Unit(o @ 1..=9) => Some(o),
                _ => None,
            });
            let unit_at = i + 1 + usize::from(ones.is_some());
            if ws.get(unit_at).is_some_and(|x| UNITS_AFTER.contains(&x.as_str())) {
                return Some((10 * (100 * u + t + ones.unwrap_or(0)), unit_at));
            }
        }
        let fits = match (last, n) {
            (None, _) => true,
            (Some(Word::Tens(_)), Word::Unit(u)) => u > 0 && u < 10,
            (Some(Word::Unit(_) | Word::Tens(_)), Word::Scale(_)) => true,
            (Some(Word::Scale(s)), Word::Unit(_) | Word::Tens(_)) => s >= 100,
            (Some(Word::Scale(s)), Word::Scale(t)) => t > s && s == 100,
            _ => false,
        };
        if !fits {
            break;
        }
        match n {
            Word::Unit(u) | Word::Tens(u) => current += 10 * u,
            Word::Scale(100) => current = current.max(10) * 100,
            Word::Scale(s) => {
                total += current.max(10) * s;
                current = 0;
            }
        }
        last = Some(n);
        i += 1;
        used = i;
    }
    (used > 0).then_some((total + current, used))
}

/// Tenths in digits: "12.5", "8500".
fn digits(tenths: i64) -> String {
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// The quarter a word after "q" or "quarter" says: a number word, or one heard for it
/// ("quarter to", "q for").
fn quarter_number(w: &str, heard: bool) -> Option<u8> {
    match w {
        "one" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "won" if heard => Some(1),
        "to" | "too" if heard => Some(2),
        "for" | "fore" if heard => Some(4),
        _ => None,
    }
}

/// The question's tokens, and each one's word: lower case, without the punctuation around
/// it (and without a percent sign after it unless `percent`).
fn tokens(question: &str, percent: bool) -> (Vec<&str>, Vec<String>) {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let bare = tokens
        .iter()
        .map(|t| {
            t.trim_matches(|c: char| !(c.is_alphanumeric() || percent && c == '%'))
                .to_lowercase()
        })
        .collect();
    (tokens, bare)
}

/// The question with its numbers said in words written in digits.
pub fn in_digits(question: &str) -> String {
    let (tokens, bare) = tokens(question, true);
    if !bare.iter().any(|w| {
        w.split('-')
            .any(|p| word(p).is_some() || ORDINALS.iter().any(|(o, _)| *o == p))
            || w == "q"
            || w == "quarter"
            || w == "cue"
    }) {
        return question.to_string();
    }
    let mut out: Vec<String> = Vec::new();
    let mut said_with_unit = false;
    let mut pending: Vec<(usize, String)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let w = bare[i].as_str();
        // "q three", "quarter three", "in quarter for": the quarter's number.
        // ("for cue three": "q" as a dictation hears it, before a number word only)
        let cue = w == "cue" && bare.get(i + 1).is_some_and(|n| quarter_number(n, false).is_some());
        if (w == "q" || w == "quarter" || cue) && i + 1 < tokens.len() {
            let before = if i == 0 { "" } else { bare[i - 1].as_str() };
            let after = bare.get(i + 2).map(String::as_str).unwrap_or("");
            // (heard only where a quarter's number stands: "in quarter for so far", "how
            // much did quarter to pay me"; not "the biggest payout quarter for my team")
            let heard = !QUARTER_OF.contains(&before)
                && (i == 0 || AT_A_QUARTER.contains(&before))
                && after != "date"
                && word(after).is_none()
                && !matches!(
                    after,
                    "my" | "me" | "the" | "us" | "our" | "each" | "every" | "all" | "a"
                );
            if let Some(n) = quarter_number(&bare[i + 1], heard) {
                out.push(format!("q{n}{}", trailing(tokens[i + 1])));
                i += 2;
                continue;
            }
        }
        // ("slipped to january twenty twenty seven"): a year, said as its two halves.
        if let Some((year, used)) = year(&bare[i..]) {
            out.push(format!("{year}{}", trailing(tokens[i + used - 1])));
            i += used;
            continue;
        }
        // ("how much am i getting on the twelfth"): a day said alone, as its ordinal in digits
        // (not "the fourth quarter", "the fifth deal"; nor the first to the third, which say
        // an order as often)
        let on_the = i >= 2 && bare[i - 1] == "the" && matches!(bare[i - 2].as_str(), "on" | "by" | "till" | "until");
        let ends = bare.get(i + 1).is_none_or(|n| {
            matches!(
                n.as_str(),
                "for" | "and" | "this" | "next" | "pay" | "payday" | "check" | "payout"
            )
        });
        if let Some((_, d)) = ORDINALS
            .iter()
            .find(|(o, _)| *o == w)
            .filter(|(_, d)| *d > 3 && on_the && ends)
        {
            let suffix = match d % 10 {
                1 if *d != 11 => "st",
                2 if *d != 12 => "nd",
                3 if *d != 13 => "rd",
                _ => "th",
            };
            out.push(format!("{d}{suffix}{}", trailing(tokens[i])));
            i += 1;
            continue;
        }
        // ("the november fifteen pour day", "the fifteenth of august"): a day of a month.
        if let Some((day, used)) = day_of_a_month(&bare, i) {
            out.push(format!("{day}{}", trailing(tokens[i + used - 1])));
            i += used;
            continue;
        }
        // ("twenty-five": one number)
        let split: Vec<String> = bare[i..]
            .iter()
            .flat_map(|w| w.split('-').map(str::to_string))
            .collect();
        if let Some((tenths, used_split)) = run(&split) {
            // How many tokens the run used (a hyphenated token counts once).
            let (mut used, mut parts) = (0, 0);
            while parts < used_split && i + used < tokens.len() {
                parts += bare[i + used].split('-').count();
                used += 1;
            }
            let words_said = split[..used_split].iter().filter(|w| word(w).is_some()).count();
            let next = bare.get(i + used).map(String::as_str).unwrap_or("");
            let halves = split[..used_split].iter().any(|w| w == "half");
            let unit = UNITS_AFTER.contains(&next);
            if parts == used_split && (words_said >= 2 || halves || unit) {
                said_with_unit |= unit || words_said >= 2;
                // ("forty k": one amount, "40k"; "two x": a multiple, "2x")
                if matches!(next, "k" | "m" | "mil" | "x") {
                    out.push(format!("{}{}{}", digits(tenths), next, trailing(tokens[i + used])));
                    i += used + 1;
                } else {
                    out.push(format!("{}{}", digits(tenths), trailing(tokens[i + used - 1])));
                    i += used;
                }
                continue;
            }
            // ("from six to seven percent", "instead of twelve"): the old value of a change.
            let before = if i == 0 { "" } else { bare[i - 1].as_str() };
            let old_value = matches!(before, "from" | "than" | "vs" | "versus")
                || (before == "of" && i >= 2 && bare[i - 2] == "instead");
            if used == 1 && tenths >= 20 && old_value {
                pending.push((out.len(), format!("{}{}", digits(tenths), trailing(tokens[i]))));
            }
        }
        out.push(tokens[i].to_string());
        i += 1;
    }
    if said_with_unit {
        for (at, d) in pending {
            out[at] = d;
        }
    }
    out.join(" ")
}

/// A year of this century said as two halves, and how many words it took: "twenty twenty
/// seven", "twenty twenty-six" (a lone "twenty twenty" is left alone: it is a score as
/// often).
fn year(bare: &[String]) -> Option<(i64, usize)> {
    let unit = |w: &str| match word(w) {
        Some(Word::Unit(u @ 1..=9)) => Some(u),
        _ => None,
    };
    if bare.first()? != "twenty" {
        return None;
    }
    match bare.get(1)?.split_once('-') {
        Some(("twenty", u)) => Some((2020 + unit(u)?, 2)),
        None if bare[1] == "twenty" => Some((2020 + unit(bare.get(2)?)?, 3)),
        _ => None,
    }
}

/// What a speaker says to take back the word before it ("march no wait april").
const TAKEN_BACK: &[&str] = &[
    "no wait",
    "wait no",
    "no sorry",
    "sorry no",
    "sorry i mean",
    "no i mean",
    "i mean",
    "or rather",
    "scratch that",
    "make that",
];

/// Text-speak, as a phone or a hurry types it, and the word meant (none that is as often
/// a name: "wen", "mak", "bc"); and a British word the rules read in its plain form.
const TYPED_SHORT: &[(&str, &str)] = &[
    // (British, and spelt out exactly: "nearest" is no "dearest")
    ("dearest", "most expensive"),
    ("dearer", "more expensive"),
    ("wud", "would"),
    ("wld", "would"),
    ("cud", "could"),
    ("shud", "should"),
    ("wat", "what"),
    ("wats", "whats"),
    ("wot", "what"),
    // ("wich of my deals paid me the most this year")
    ("wich", "which"),
    ("whcih", "which"),
    ("hwo", "how"),
    // (a thumb's slip: "hiw much of the bank roll have i paid back")
    ("hiw", "how"),
    ("rigth", "right"),
    // (northern English: "why did I get nowt on equipment")
    ("nowt", "nothing"),
    // (Pittsburgh's "and that": "commision bonuses n'at")
    ("n'at", "and all"),
    // ("what all's on my whiteboard rn": what is)
    ("all's", "is"),
    // (Australian and British: "what have my brolgas earnt me")
    ("earnt", "earned"),
    ("owt", "anything"),
    // (northern English WhatsApp: "total paid me this yr wiv the sub an all", "wots on me
    // slate worth"; not "wer", German's "who")
    ("wiv", "with"),
    ("wots", "whats"),
    ("teken", "taken"),
    ("u", "you"),
    ("ur", "your"),
    ("thru", "through"),
    ("tho", "though"),
    ("abt", "about"),
    ("cuz", "because"),
    ("b4", "before"),
    ("2day", "today"),
    ("tdy", "today"),
    ("tday", "today"),
    ("ppl", "people"),
    // ("q1 check amt?", "btwn cases rn")
    ("amt", "amount"),
    ("btwn", "between"),
    // (a finance partner's shorthand: quarter on quarter)
    ("qoq", "this quarter vs last quarter"),
    ("q-o-q", "this quarter vs last quarter"),
    ("m-o-m", "this month vs last month"),
    ("q/q", "this quarter vs last quarter"),
    ("m/m", "this month vs last month"),
    // (a rep's shorthand: "q3 equipment att")
    ("att", "attainment"),
    ("payed", "paid"),
    // (Portuguese and Spanish speakers' "trimester": three months, the quarter; their own
    // "trimestre" is read with their language's words)
    ("trimester", "quarter"),
    ("trimesters", "quarters"),
];

/// The question with its text-speak read as the words meant ("wat do i lose", "hw much
/// wud i make"); "r" is "are" only before whom it asks of ("r u", "r my").
fn spelt_out(question: &str) -> String {
    let (tokens, bare) = tokens(question, false);
    // ("whats my capital quote a this quarter": "quota" heard as two words, an article
    // before no noun)
    let quote_a = |i: usize| {
        bare[i] == "quote"
            && bare.get(i + 1).is_some_and(|n| n == "a")
            && bare.get(i + 2).is_none_or(|n| {
                matches!(
                    n.as_str(),
                    "this" | "last" | "next" | "for" | "in" | "on" | "is" | "was" | "so" | "and" | "now" | "right"
                )
            })
    };
    let said = tokens
        .iter()
        .enumerate()
        .filter(|(i, _)| !(*i > 0 && quote_a(i - 1)))
        .map(|(i, t)| {
            let w = &bare[i];
            if quote_a(i) {
                return format!("quota{}", trailing(tokens[i + 1]));
            }
            // ("what do i need to hit WOT" where "| WOT |" is a tier: initials in capitals are
            // a name, not text-speak)
            // (its punctuation aside; not where the whole question is typed in capitals)
            let bare_token = t.trim_matches(|c: char| !c.is_alphanumeric());
            let initials = bare_token.len() >= 3
                && bare_token.chars().all(|c| c.is_ascii_uppercase())
                && question.chars().any(|c| c.is_ascii_lowercase());
            let meant = TYPED_SHORT
                .iter()
                .find(|(short, _)| short == w && !initials)
                .map(|(_, m)| *m)
                // ("k and net of the backlight?": ok)
                .or_else(|| (i == 0 && w == "k" && tokens.len() > 1).then_some("ok"))
                // (Texas: "what am I fixin to get on the june 10 crew change"; not "I'm
                // fixin the quote")
                .or_else(|| (w == "fixin" && bare.get(i + 1).is_some_and(|n| n == "to")).then_some("going"))
                // ("the guy who sits next to me says …": a relative "who", asking no one)
                .or_else(|| {
                    (w == "who"
                        && i > 0
                        && matches!(
                            bare[i - 1].as_str(),
                            "guy"
                                | "lady"
                                | "woman"
                                | "man"
                                | "colleague"
                                | "buddy"
                                | "friend"
                                | "someone"
                                | "somebody"
                                | "coworker"
                                | "girl"
                        ))
                    .then_some("that")
                })
                .or_else(|| {
                    (w == "r"
                        && bare
                            .get(i + 1)
                            .is_some_and(|n| matches!(n.as_str(), "u" | "you" | "we" | "my" | "they" | "i")))
                    .then_some("are")
                })
                // ("and in the first tri?", "this tri": the quarter, after a word that says
                // which)
                .or_else(|| {
                    (w == "tri"
                        && i > 0
                        && matches!(
                            bare[i - 1].as_str(),
                            "this"
                                | "last"
                                | "next"
                                | "first"
                                | "second"
                                | "third"
                                | "fourth"
                                | "1st"
                                | "2nd"
                                | "3rd"
                                | "4th"
                                | "the"
                                | "that"
                                | "each"
                                | "per"
                                | "a"
                                | "every"
                        ))
                    .then_some("quarter")
                })
                // ("y so little": why, first, before what it asks of; Spanish's "q3 y q4" stays)
                .or_else(|| {
                    (w == "y"
                        && i == 0
                        && bare.get(1).is_some_and(|n| {
                            matches!(
                                n.as_str(),
                                "so" | "is" | "was" | "did" | "do" | "does" | "am" | "my" | "not" | "only"
                            )
                        }))
                    .then_some("why")
                })
                // ("hw far from acc": how, before what it asks; "hw" alone stays hardware)
                .or_else(|| {
                    (w == "hw"
                        && i == 0
                        && bare
                            .get(i + 1)
                            .is_some_and(|n| matches!(n.as_str(), "far" | "much" | "many" | "close" | "long")))
                    .then_some("how")
                })
                // ("hw far from acc", "how close to the acc": the accelerator, after a word
                // of reaching and ending what is said; "hit my acc", "the acc manager" stay)
                .or_else(|| {
                    (w == "acc"
                        && i > 0
                        && matches!(
                            bare[i - 1].as_str(),
                            "from" | "to" | "the" | "past" | "reach" | "hit" | "hitting" | "near"
                        )
                        && bare
                            .get(i + 1)
                            .is_none_or(|n| matches!(n.as_str(), "yet" | "this" | "in" | "by" | "now" | "for")))
                    .then_some("accelerator")
                });
            match meant {
                Some(m) => format!("{m}{}", trailing(t)),
                None => t.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    instead_of_not(&the_last_one(&most_said_more(&what_is_there(&half_said(&said)))))
}

/// "3 and a half percent": a half of the number said in digits ("3.5 percent").
fn half_said(said: &str) -> String {
    let ws: Vec<&str> = said.split(' ').collect();
    let Some(i) = (0..ws.len().saturating_sub(3)).find(|&i| {
        !ws[i].is_empty()
            && ws[i].chars().all(|c| c.is_ascii_digit())
            && ws[i + 1] == "and"
            && ws[i + 2] == "a"
            && ws[i + 3].trim_end_matches(['?', ',', '.', '!']) == "half"
    }) else {
        return said.to_string();
    };
    let tail = &ws[i + 3]["half".len()..];
    let mut out: Vec<String> = ws[..i].iter().map(|w| w.to_string()).collect();
    out.push(format!("{}.5{tail}", ws[i]));
    out.extend(ws[i + 4..].iter().map(|w| w.to_string()));
    out.join(" ")
}

/// "my more big deal", "the month more expensive of my team": Spanish and Portuguese word
/// order for the superlative ("más grande", "o mês mais caro"), read as the English one.
fn most_said_more(said: &str) -> String {
    const PLAIN: &[(&str, &str)] = &[
        ("big", "biggest"),
        ("large", "largest"),
        ("high", "highest"),
        ("low", "lowest"),
        ("small", "smallest"),
        ("good", "best"),
        ("bad", "worst"),
    ];
    const NOUNS: &[&str] = &[
        "month",
        "quarter",
        "trimester",
        "year",
        "week",
        "deal",
        "sale",
        "seller",
        "rep",
        "agent",
    ];
    let mut ws: Vec<String> = said.split(' ').map(str::to_string).collect();
    let bare = |w: &str| w.trim_end_matches(['?', ',', '.', '!']).to_lowercase();
    // (the punctuation a word ends with, cut from the word as written: lowercasing may
    // change a word's length)
    let tail = |w: &str| w[w.trim_end_matches(['?', ',', '.', '!']).len()..].to_string();
    let mut i = 0;
    while i + 1 < ws.len() {
        let (this, next) = (bare(&ws[i]), bare(&ws[i + 1]));
        // ("which would be the cost of my team?": "cuál sería", what it would be)
        if this == "which"
            && matches!(next.as_str(), "would" | "will")
            && ws.get(i + 2).is_some_and(|b| bare(b) == "be")
            && ws.get(i + 3).is_some_and(|t| matches!(bare(t).as_str(), "the" | "my"))
        {
            ws[i] = "what".to_string();
        }
        // ("and the 3 with more?": "los 3 con más", the most of what was asked)
        if this == "with" && matches!(next.as_str(), "more" | "less") && i + 2 == ws.len() {
            let end = tail(&ws[i + 1]);
            let most = if next == "more" { "most" } else { "least" };
            ws[i + 1] = format!("the {most}{end}");
        }
        // (after the superlative's possessive only: not "how much more big iron do i need",
        // where Big Iron is a product, nor "the more big deals i close, the higher …")
        let determined = i > 0 && matches!(bare(&ws[i - 1]).as_str(), "my" | "his" | "her" | "our" | "their");
        // (a comparison said: "is my deal more valuable than dave's?")
        let compared = ws.get(i + 4).is_some_and(|w| bare(w) == "than");
        if this == "more" && determined {
            if let Some((_, most)) = PLAIN.iter().find(|(p, _)| *p == next) {
                let end = tail(&ws[i + 1]);
                ws.splice(i..i + 2, [format!("{most}{end}")]);
            }
        } else if i + 2 < ws.len()
            && matches!(this.as_str(), "the" | "my")
            && !compared
            && NOUNS.contains(&next.as_str())
            && bare(&ws[i + 2]) == "more"
            && ws[i + 1].len() == next.len()
            && ws.get(i + 3).is_some_and(|a| {
                let a = bare(a);
                a.len() >= 4 && !PLAIN.iter().any(|(p, _)| *p == a) && a.chars().all(char::is_alphabetic)
            })
            // (not "the deal more than doubled")
            && bare(&ws[i + 3]) != "than"
        {
            let noun = ws[i + 1].clone();
            let adj = ws[i + 3].clone();
            let end = tail(&adj);
            let a = bare(&adj);
            ws.splice(i + 1..i + 4, [format!("most {a} {noun}{end}")]);
        }
        i += 1;
    }
    ws.join(" ")
}

/// "what is there in my funnel": Indian English for what is in it (a question of the
/// deals, not whether the plan has something: "is there a cap").
fn what_is_there(said: &str) -> String {
    // (ASCII lowercasing keeps every byte in place)
    let lower = said.to_ascii_lowercase();
    ["what is there in ", "what's there in ", "whats there in "]
        .iter()
        .find_map(|p| lower.find(p).map(|at| (at, p.len())))
        .map_or_else(
            || said.to_string(),
            |(at, n)| format!("{}what is in {}", &said[..at], &said[at + n..]),
        )
}

/// "my biggest deal of the trimester passed": Portuguese and Spanish word order for the last
/// quarter, month or year, said at the end (not "once the quarter passed 120%").
fn the_last_one(said: &str) -> String {
    let mut ws: Vec<String> = said.split(' ').map(str::to_string).collect();
    for i in 0..ws.len().saturating_sub(2) {
        let passed = ws[i + 2].trim_end_matches(['?', ',', '.', '!']).to_string();
        let unit = ws[i + 1].to_lowercase();
        if ws[i].eq_ignore_ascii_case("the")
            && matches!(unit.as_str(), "quarter" | "month" | "year")
            && passed.eq_ignore_ascii_case("passed")
            && (ws.len() == i + 3 || passed.len() < ws[i + 2].len())
        {
            let tail = ws[i + 2][passed.len()..].to_string();
            ws.splice(i..i + 3, [format!("last {unit}{tail}")]);
            break;
        }
    }
    ws.join(" ")
}

/// "8 not 6 percent": the new rate, instead of the old ("8% instead of 6%").
fn instead_of_not(said: &str) -> String {
    let ws: Vec<&str> = said.split(' ').collect();
    let number =
        |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == '.');
    // ("had come in at 3k not 6.5k": money, the new amount before the old)
    let money = |w: &str| {
        let w = w.trim_end_matches(['?', ',', '.']).trim_start_matches('$');
        w.len() >= 2
            && w.starts_with(|c: char| c.is_ascii_digit())
            && w.ends_with(['k', 'K'])
            && w[..w.len() - 1].chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    if let Some(i) = (1..ws.len().saturating_sub(1)).find(|&i| ws[i] == "not" && money(ws[i - 1]) && money(ws[i + 1])) {
        let mut out: Vec<String> = ws.iter().map(|w| w.to_string()).collect();
        out[i] = "instead of".to_string();
        return out.join(" ");
    }
    let at = (0..ws.len().saturating_sub(3)).find(|&i| {
        number(ws[i])
            && ws[i + 1] == "not"
            && number(ws[i + 2])
            && matches!(ws[i + 3].trim_end_matches(['?', ',', '.']), "percent" | "pct" | "%")
    });
    let Some(i) = at else {
        return said.to_string();
    };
    let unit_tail = &ws[i + 3][ws[i + 3].trim_end_matches(['?', ',', '.']).len()..];
    let mut out: Vec<String> = ws[..i].iter().map(|w| w.to_string()).collect();
    out.push(format!("{}% instead of {}%{unit_tail}", ws[i], ws[i + 2]));
    out.extend(ws[i + 4..].iter().map(|w| w.to_string()));
    out.join(" ")
}

/// The question as dictated or typed fast, read as meant: text-speak spelt out
/// ([`spelt_out`]), numbers said in words in digits ([`in_digits`]), and a word taken back
/// dropped for the one said after it ("what did i earn in march no wait april": April; "a
/// forty k no sorry fifty k deal": 50k). Only a word of the same kind (a month, a quarter,
/// an amount) is taken back.
pub fn as_meant(question: &str) -> String {
    let said = quarter_heard(&in_digits(&spelt_out(&letters_joined(&dictated(question)))));
    let (tokens, bare) = tokens(&said, true);
    let kind = |w: &str| {
        if crate::phrases::month_number(w).is_some() {
            Some(0)
        } else if w.len() == 2 && w.starts_with('q') && w[1..].parse::<u8>().is_ok_and(|n| (1..=4).contains(&n)) {
            Some(1)
        } else if w.starts_with(|c: char| c.is_ascii_digit()) && crate::phrases::amount(&[w.to_string()]).is_some() {
            Some(2)
        } else {
            None
        }
    };
    for i in 1..tokens.len() {
        for marker in TAKEN_BACK {
            let n = marker.split(' ').count();
            let after = i + n;
            if after < tokens.len()
                && bare[i..after].join(" ") == *marker
                && kind(&bare[i - 1]).is_some()
                && kind(&bare[i - 1]) == kind(&bare[after])
            {
                let kept: Vec<&str> = tokens[..i - 1].iter().chain(&tokens[after..]).copied().collect();
                return as_meant(&kept.join(" "));
            }
        }
    }
    said
}

/// "how much did i earn last quota", "top three deals by what they paid me this quota":
/// "quarter" as speech-to-text hears it, after "this", "last" or "next", where the question
/// asks another figure than a quota, and nothing reaches the quota ("how far am i from this
/// quota", "how many deals do i need to hit this quota" keep it).
fn quarter_heard(said: &str) -> String {
    // (ASCII lower case keeps every byte where it was, for the replacing below)
    let lower = said.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let heard_at: Vec<usize> = (1..words.len())
        .filter(|&i| words[i] == "quota" && matches!(words[i - 1], "this" | "last" | "next"))
        .collect();
    // ("what did i make last quota" asks the pay; "did i make this quota" whether it was
    // reached)
    let asks_pay = matches!(words.first(), Some(&"what")) || lower.contains("how much");
    let reached = heard_at.iter().any(|&i| {
        i >= 2
            && match words[i - 2] {
                "make" | "made" | "making" => !asks_pay,
                w => matches!(
                    w,
                    "hit" | "reach" | "meet" | "beat" | "miss" | "to" | "for" | "from" | "hitting"
                ),
            }
    });
    let other_figure = words.iter().any(|w| {
        matches!(
            *w,
            "earn"
                | "earned"
                | "make"
                | "made"
                | "paid"
                | "pay"
                | "commission"
                | "won"
                | "sold"
                | "credit"
                | "most"
                | "closed"
                | "booked"
        )
    });
    if heard_at.is_empty()
        || reached
        || !other_figure
        || lower.contains("quota attainment")
        || lower.contains("of quota")
    {
        return said.to_string();
    }
    let mut out = said.to_string();
    for (was, meant) in [
        ("this quota", "this quarter"),
        ("last quota", "last quarter"),
        ("next quota", "next quarter"),
    ] {
        while let Some(at) = out.to_ascii_lowercase().find(was) {
            out.replace_range(at..at + was.len(), meant);
        }
    }
    out
}

/// What dictation writes of punctuation and sound-alikes, as typed: "so far period" (the
/// full stop said), "question mark", "top for deals" (four), "the heavy haul quote a to 150k"
/// (the quota).
fn dictated(question: &str) -> String {
    let mut ws: Vec<String> = question.split_whitespace().map(str::to_string).collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    // (not "this pay period", "what's my period")
    let last_two: Vec<String> = ws.iter().rev().take(2).map(|w| bare(w)).collect();
    if let [last, before] = last_two.as_slice() {
        if last == "mark" && before == "question" {
            ws.truncate(ws.len() - 2);
            if let Some(w) = ws.last_mut() {
                w.push('?');
            }
        } else if last == "period"
            && ws.len() > 4
            // (dictated: no mark of its own; the word before ends a clause, "so far period",
            // not "the clawback period", "the current period")
            && !question.contains(['?', '.', ',', '!'])
            && (matches!(before.as_str(), "far" | "now" | "today" | "date" | "ytd" | "qtd" | "mtd" | "year" | "please")
                || crate::phrases::quarter_code(before).is_some()
                || crate::phrases::month_number(before).is_some())
        {
            ws.pop();
        }
    }
    let plural = |w: &str| {
        matches!(
            w,
            "deals"
                | "reps"
                | "sellers"
                | "months"
                | "quarters"
                | "accounts"
                | "orders"
                | "people"
                | "agents"
                | "customers"
        )
    };
    for i in 1..ws.len().saturating_sub(1) {
        let (before, next) = (bare(&ws[i - 1]), bare(&ws[i + 1]));
        let opening = i < 2 || matches!(bare(&ws[i - 2]).as_str(), "my" | "the" | "show" | "list" | "me" | "our");
        if bare(&ws[i]) == "for" && matches!(before.as_str(), "top" | "bottom") && opening && plural(&next) {
            ws[i] = "4".to_string();
        }
    }
    let mut i = 0;
    while i + 1 < ws.len() {
        let after = ws.get(i + 2).map(|w| bare(w));
        if bare(&ws[i]) == "quote"
            && ws[i + 1] == "a"
            && after
                .as_deref()
                .is_none_or(|a| matches!(a, "to" | "is" | "was" | "at" | "of" | "goes" | "went"))
        {
            ws.splice(i..i + 2, ["quota".to_string()]);
        }
        i += 1;
    }
    ws.join(" ")
}

/// "How much m g credit": initials dictated letter by letter, joined ("mg"). Only letters
/// that are no word alone ("a", "i", "u"), nor "q" (a quarter's) or "k" (thousands).
fn letters_joined(question: &str) -> String {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let letter = |t: &str| {
        let mut c = t.chars();
        matches!((c.next(), c.next()), (Some(l), None) if l.is_ascii_alphabetic() && !matches!(l.to_ascii_lowercase(), 'a' | 'i' | 'u' | 'q' | 'k'))
    };
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        // (the run's last letter may carry the sentence's punctuation: "m g?")
        let run = tokens[i..].iter().take_while(|t| letter(t)).count();
        let last = tokens.get(i + run).filter(|t| {
            let bare = t.trim_end_matches(['?', ',', '.', '!']);
            bare.len() < t.len() && letter(bare)
        });
        let n = run + usize::from(last.is_some());
        if n >= 2 {
            out.push(tokens[i..i + n].concat());
            i += n;
        } else {
            out.push(tokens[i].to_string());
            i += 1;
        }
    }
    if out.len() == tokens.len() {
        question.to_string()
    } else {
        out.join(" ")
    }
}

/// The ordinals of the days of a month said in words ("first", "second" and "third" are
/// read only in "twenty first" or before "of" and a month: they name quarters and tiers
/// as often as days).
const ORDINALS: [(&str, i64); 22] = [
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("thirty-first", 31),
];

/// A day of the month said in words at `i`, and how many words it took: a number after a
/// month's name ("november fifteen", "aug twenty fifth") or an ordinal before "of" and a
/// month ("the fifteenth of november"). "May" is left alone: it is a verb as often.
fn day_of_a_month(bare: &[String], i: usize) -> Option<(i64, usize)> {
    let is_month = |w: &str| w != "may" && w.len() >= 3 && crate::phrases::month_number(w).is_some();
    let ordinal = |w: &str| ORDINALS.iter().find(|(o, _)| *o == w).map(|(_, d)| *d);
    let unit_of = |w: &str| match word(w) {
        Some(Word::Unit(u @ 1..=19)) => Some(u),
        _ => None,
    };
    let after_month = i > 0 && is_month(&bare[i - 1]);
    // ("twenty fifth", "twenty-first", "thirty one": the tens and a unit)
    let (head, tail) = match bare[i].split_once('-') {
        Some((t, u)) => (t, Some(u)),
        None => (bare[i].as_str(), None),
    };
    let tens = match word(head) {
        Some(Word::Tens(t @ 20..=30)) => Some(t),
        _ => None,
    };
    let small = |u: &str| ordinal(u).or_else(|| unit_of(u)).filter(|d| (1..10).contains(d));
    let (value, used, ordinal_said) = match (tens, tail) {
        (Some(t), Some(u)) => (t + small(u)?, 1, ordinal(u).is_some()),
        (Some(t), None) => match bare
            .get(i + 1)
            .and_then(|u| small(u).map(|d| (d, ordinal(u).is_some())))
        {
            Some((d, o)) => (t + d, 2, o),
            None => (t, 1, false),
        },
        (None, _) => match ordinal(&bare[i]) {
            Some(d) if d > 3 || bare.get(i + 1).map(String::as_str) == Some("of") => (d, 1, true),
            Some(_) => return None,
            None => (unit_of(&bare[i])?, 1, false),
        },
    };
    let before_of_month = ordinal_said
        && bare.get(i + used).map(String::as_str) == Some("of")
        && bare.get(i + used + 1).is_some_and(|m| is_month(m));
    // (not an amount or a share: "march forty k")
    let next = bare.get(i + used).map(String::as_str).unwrap_or("");
    ((after_month || before_of_month) && (1..=31).contains(&value) && !UNITS_AFTER.contains(&next))
        .then_some((value, used))
}

/// The punctuation a token ends with ("three?" ends with "?").
fn trailing(token: &str) -> &str {
    let end = token.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '%');
    &token[end.len()..]
}

#[cfg(test)]
mod tests {
    use super::{as_meant, in_digits};

    #[test]
    fn a_word_taken_back_gives_way_to_the_one_said_after_it() {
        for (said, meant) in [
            ("what i earn in march no wait april", "what i earn in april"),
            (
                "how much did i make in october no sorry september",
                "how much did i make in september",
            ),
            ("a forty k no sorry fifty k deal", "a 50k deal"),
            ("attainment in q two i mean q three", "attainment in q3"),
            ("slipped to january twenty twenty seven", "slipped to january 2027"),
            ("paid in twenty twenty-six", "paid in 2026"),
            ("if it fell thru wat do i lose?", "if it fell through what do i lose?"),
            ("hw much wud u make", "how much would you make"),
            ("hw far from acc", "how far from accelerator"),
            (
                "q3 equipment att q-o-q?",
                "q3 equipment attainment this quarter vs last quarter?",
            ),
            ("my hw deals", "my hw deals"),
            ("hit my acc yet", "hit my acc yet"),
            ("who is the acc manager", "who is the acc manager"),
            ("how much hw did i sell", "how much hw did i sell"),
            ("and in the first tri?", "and in the first quarter?"),
            ("y so little", "why so little"),
            ("q3 y q4", "q3 y q4"),
            ("gondola paying 8 not 6 percent", "gondola paying 8% instead of 6%"),
            (
                "my biggest deal of the trimester passed?",
                "my biggest deal of last quarter?",
            ),
            ("my atingimento this trimester", "my atingimento this quarter"),
            (
                "once the quarter passed 120% what then",
                "once the quarter passed 120% what then",
            ),
            ("r u sure", "are you sure"),
            ("keke at 3 and a half percent?", "keke at 3.5 percent?"),
            ("which was my more big deal?", "which was my biggest deal?"),
            (
                "which was the month more expensive of my team?",
                "which was the most expensive month of my team?",
            ),
            ("and the 3 with more?", "and the 3 with the most?"),
            (
                "which would be the cost of my team?",
                "what would be the cost of my team?",
            ),
            ("come in at 3k not 6.5k", "come in at 3k instead of 6.5k"),
            ("what is there in my funnel?", "what is in my funnel?"),
            ("Whats there in my pipe", "what is in my pipe"),
            ("the deal more GROẞ.", "the most groß deal."),
        ] {
            assert_eq!(as_meant(said), meant, "{said}");
        }
        // (English comparisons and products keep their words)
        for said in [
            "is my deal more valuable than dave's?",
            "how much more big iron do i need",
            "the more big deals i close, the higher my rate?",
        ] {
            assert_eq!(as_meant(said), said, "{said}");
        }
        // (nothing of the same kind is taken back)
        for said in [
            "what do i mean by attainment",
            "march no wait, what about my draw",
            "the twenty twenty deal",
            "what did chris r make",
        ] {
            assert_eq!(as_meant(said), said, "{said}");
        }
    }

    #[test]
    fn amounts_shares_and_quarters_said_in_words_are_written_in_digits() {
        for (said, written) in [
            (
                "a perm at eight thousand five hundred this quarter",
                "a perm at 8500 this quarter",
            ),
            ("twelve and a half k perm fee", "12.5k perm fee"),
            ("seven and a half k", "7.5k"),
            ("the caddy limit at forty five grand", "the caddy limit at 45 grand"),
            ("darjeeling at twenty five percent", "darjeeling at 25 percent"),
            ("teapot lid at two hundred percent", "teapot lid at 200 percent"),
            ("two hundred and fifty thousand", "250000"),
            ("a hundred k deal", "100k deal"),
            ("what about fifty k", "what about 50k"),
            ("three grand margin", "3 grand margin"),
            (
                "builders rate from six to seven percent",
                "builders rate from 6 to 7 percent",
            ),
            (
                "fifteen percent instead of twelve cost",
                "15 percent instead of 12 cost",
            ),
            ("what did aisling make in q one", "what did aisling make in q1"),
            ("and in quarter three?", "and in q3?"),
            ("how much did quarter to pay me", "how much did q2 pay me"),
            (
                "what have i earned in quarter for so far",
                "what have i earned in q4 so far",
            ),
            ("twenty-five percent", "25 percent"),
            (
                "if the hare paid one point five percent",
                "if the hare paid 1.5 percent",
            ),
            ("boundary at one eighty percent", "boundary at 180 percent"),
            ("a two fifty k deal", "a 250k deal"),
            (
                "what did the november fifteen pour day pay me",
                "what did the november 15 pour day pay me",
            ),
            ("the aug twenty fifth drop", "the aug 25 drop"),
            ("march forty k deal", "march 40k deal"),
            ("due on the fifteenth of august?", "due on the 15 of august?"),
            ("paid on sept twenty-first", "paid on sept 21"),
            (
                "full yard at two x instead of one point five",
                "full yard at 2x instead of 1.5",
            ),
        ] {
            assert_eq!(in_digits(said), written, "{said}");
        }
    }

    #[test]
    fn a_lone_number_word_and_a_quarter_of_some_kind_are_left_alone() {
        for said in [
            "which three reps billed the most",
            "and the other one",
            "tier two at 9%",
            "what have i earned this quarter to date",
            "best quarter for fee income",
            "biggest payout quarter for my team",
            "worst quarter for my payouts?",
            "which quarter for me was best",
            "top two on attainment",
            "one more deal",
            "from one account",
            "one twenty deals",
            "top one ninety",
            "at one point",
            "may one more deal close",
            "the fourth quarter",
        ] {
            assert_eq!(in_digits(said), said);
        }
    }
}
