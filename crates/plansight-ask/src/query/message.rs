//! A message's question among what surrounds it. People write to the assistant as they
//! would to an analyst: a greeting, why they ask, the question, thanks. The words around
//! the question are no part of it ("I'm still a bit lost" is no lost deal, "Grant said I
//! should check here" no question about Grant's team), so the question is read alone.
//!
//! Only what is plainly chatter is left out: greetings and thanks, sentences that tell the
//! asker's own story ("I joined in November …") before or after the sentence that asks,
//! and, before a question that says all it asks, sentences of why one asks ("Between the
//! Yarrow State catalog mess and my kid's graduation it's been a blur."). A sentence that
//! sets up the question ("Say I close Acme in June. What would I make?", "Codehow has been
//! good to me. What have they earned me?") stays.

/// Words that are only greeting or thanks; a sentence of nothing else is chatter.
const PLEASANTRIES: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "hiya",
    "dear",
    // (Irish: "c'mere, how far am i from the next grade")
    "c'mere",
    "cmere",
    "there",
    "team",
    "all",
    "everyone",
    "folks",
    "morning",
    "afternoon",
    "evening",
    "good",
    "g'day",
    "gday",
    "kia",
    "ora",
    // (German and Dutch: "Moin, what did the key-account bonus bring me", "hoi, …",
    // "Goedemiddag, …")
    "moin",
    // (Japanese: "Sumimasen, please teach me my incentive until now.")
    "sumimasen",
    "onegaishimasu",
    "onegai",
    "shimasu",
    "arigatou",
    "arigato",
    "gozaimasu",
    "yoroshiku",
    // (Scandinavian: "Hej, what has Jens earned before he left? Tak")
    "hej",
    "hei",
    "tak",
    "tack",
    "takk",
    "hoi",
    "hallo",
    "servus",
    "goedemorgen",
    "goedemiddag",
    "goedenavond",
    "cheers",
    "heaps",
    "thanks",
    "thank",
    "you",
    "so",
    "much",
    "very",
    "many",
    "appreciated",
    "appreciate",
    "it",
    "ta",
    "mate",
    "legend",
    "in",
    "advance",
    "regards",
    "kind",
    "best",
    "a",
    "lot",
    "again",
    "please",
    "pls",
    // ("ok so i closed a bunch of stuff in july …": fillers before the story)
    "ok",
    "okay",
    "um",
    "umm",
    "hmm",
    "anyway",
    "anyways",
];

/// The first words of a sentence that tells the asker's story rather than asks.
const STORY: &[&str] = &[
    "i",
    "i'm",
    "im",
    "i've",
    "ive",
    "i'd",
    "id",
    "i'll",
    "ill",
    "just",
    "trying",
    "he's",
    "she's",
    "hes",
    "shes",
    "he",
    "she",
    "they",
    "they're",
    "we",
    "we're",
    "someone",
    "quick",
    "sorry",
    "still",
    "it'd",
    "that'd",
    "out",
    // ("Been chasing a couple of MG Advanced deals all week.")
    "been",
    // ("started in march like everybody else apparently.")
    "started",
    "joined",
    // ("prepping for my pipeline review tomorrow: can you line up my reps …")
    "prepping",
    "preparing",
    "planning",
    "getting",
];

/// Words that point back at something said before ("What have they earned me?").
const POINTING_BACK: &[&str] = &[
    "they", "them", "their", "it", "its", "that", "those", "he", "she", "him", "her", "his", "one",
];

/// The first words of a sentence after the question that still asks or says which
/// ("… this quarter? how much", "commission on BR-72158? that's the Ardagh one").
const ASKING_ON: &[&str] = &[
    "how",
    "how's",
    "hows",
    "what",
    "what's",
    "whats",
    "which",
    "who",
    "who's",
    "whos",
    "when",
    "where",
    "where's",
    "wheres",
    "why",
    "explain",
    "list",
    "show",
    "and",
    "also",
    "plus",
    "that's",
    "thats",
    "it's",
    "its",
    "that",
    "this",
    "is",
    "was",
    "did",
    "does",
    "do",
    "can",
    "could",
    "would",
    "will",
    "in",
    "for",
    "vs",
    "versus",
    "incl",
    "including",
    "excluding",
    "with",
    "without",
    "only",
    "per",
    "by",
    "break",
    "split",
    "compare",
    "give",
    "tell",
    // ("what if stretch started at 90%? cost for the whole company": the figure asked, said
    // after the what-if)
    "cost",
    "costs",
    "impact",
    "difference",
    "delta",
];

/// Words that set up a what-if: a sentence with one is no story, whatever it starts with.
const SUPPOSING: &[&str] = &[
    "if",
    "say",
    "suppose",
    "supposing",
    "imagine",
    "assume",
    "assuming",
    "hypothetically",
    "hypothetical",
    "pretend",
    "picture",
];

/// The sentences of `text`: each ends after its run of `.`, `?` or `!`, or a picture (an
/// emoji), before a space.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        // ("july just fell off a cliff 📉 why was my july receipt so small": a picture ends it)
        let pictograph = matches!(c as u32, 0x1F300..=0x1FAFF | 0x2600..=0x27BF);
        let ends = (matches!(c, '.' | '?' | '!') || pictograph)
            && chars.get(k + 1).is_some_and(|&(_, n)| n.is_whitespace())
            // ("1.5k" and "vs. last" do not end a sentence: a letter before a lone dot of
            // a short word is an abbreviation)
            && !(c == '.' && abbreviation(&text[start..i]))
            // ("Kachi-koshi this quarter... how much more I need": a pause after a topic of a
            // few words, the sentence goes on; not "ugh lost the Acme deal... how much …", a
            // story told)
            && !(c == '.'
                && text[..i].ends_with("..")
                && text[start..i].split_whitespace().count() <= 3
                && chars[k + 1..].iter().find(|(_, n)| !n.is_whitespace()).is_some_and(|(_, n)| n.is_lowercase()));
        if ends {
            let end = i + c.len_utf8();
            out.push(text[start..end].trim());
            start = end;
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// A message of sentences that tell, then one last sentence (the question): what is told
/// and what is asked, or nothing when any sentence before the last asks too.
pub(super) fn told_then_asked(text: &str) -> Option<(String, &str)> {
    let all = sentences(text);
    let (asked, told) = all.split_last()?;
    (!told.is_empty() && told.iter().all(|s| !s.ends_with('?'))).then(|| (told.join(" "), *asked))
}

/// Whether the text before a dot ends in an abbreviation ("vs", "approx", "incl").
fn abbreviation(before: &str) -> bool {
    let last = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    matches!(
        last.to_lowercase().as_str(),
        "vs" | "approx" | "incl" | "excl" | "e.g" | "i.e" | "etc" | "no" | "st" | "mr" | "mrs" | "ms" | "dr"
            // (German thousands and millions: "a 30 Tsd. FU Nachorder")
            | "tsd" | "mio"
    )
}

/// A sentence's words, lower case, without punctuation at their ends.
pub(super) fn lower_words(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| c.is_whitespace() || c == ',' || c == '-' || c == '—' || c == '–')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .replace('’', "'")
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn pleasantry(sentence: &str) -> bool {
    let sentence = unsigned(sentence).unwrap_or(sentence);
    lower_words(sentence).iter().all(|w| PLEASANTRIES.contains(&w.as_str()))
}

/// The thanks a message is signed off with, without the name signed ("Kind regards,\nGladys",
/// "Thank you in advance, Donn"): the name is the asker's, no one asked about.
fn unsigned(sentence: &str) -> Option<&str> {
    let (before, name) = sentence.rsplit_once([',', '\n'])?;
    let names: Vec<&str> = name.split_whitespace().collect();
    let capital = |w: &&str| {
        let mut cs = w.trim_end_matches('.').chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_alphabetic)
    };
    let thanks = lower_words(before)
        .iter()
        .any(|w| matches!(w.as_str(), "thanks" | "thank" | "regards" | "cheers" | "best" | "ta"));
    ((1..=2).contains(&names.len()) && names.iter().all(capital) && thanks).then_some(before)
}

/// A sentence that tells the asker's story: it starts (after any greeting) with a word of
/// the asker's own ("I joined …", "Just trying to …"), asks nothing and supposes nothing.
fn story(sentence: &str) -> bool {
    let ws = lower_words(sentence);
    let first = ws.iter().find(|w| !PLEASANTRIES.contains(&w.as_str()));
    // ("the guy who sits next to me says im super close to the next cup.": what someone
    // said, told before the question)
    let heard = ws.iter().take(8).any(|w| {
        matches!(
            w.as_str(),
            "says" | "said" | "told" | "tells" | "mentioned" | "reckons" | "claims"
        )
    });
    tells(sentence, &ws) && (first.is_some_and(|w| STORY.contains(&w.as_str())) || heard)
}

/// Whether a sentence only tells: it asks nothing, supposes nothing and says no number.
fn tells(sentence: &str, ws: &[String]) -> bool {
    // ("trying to work out if it's worth pushing": whether, not a what-if)
    let supposes = ws.iter().enumerate().any(|(i, w)| {
        SUPPOSING.contains(&w.as_str())
            // ("I'd like to know the overall picture first": a noun, no supposing; "picture
            // this", "just imagine" suppose)
            && !(matches!(w.as_str(), "picture" | "imagine")
                && i > 0
                && !matches!(ws[i - 1].as_str(), "just" | "now" | "so" | "ok" | "okay" | "and" | "but"))
            && !(w == "if"
                && i > 0
                && matches!(
                    ws[i - 1].as_str(),
                    "out" | "see" | "wondering" | "wonder" | "know" | "sure" | "decide" | "deciding"
                ))
    });
    !sentence.ends_with('?') && !supposes && !says_a_number(sentence)
}

/// Whether a sentence says a number other than a day of a month named ("the 25 juli
/// Spuidag was a joke." says none).
fn says_a_number(sentence: &str) -> bool {
    let ws: Vec<&str> = sentence.split_whitespace().collect();
    let month = |i: usize| {
        ws.get(i).is_some_and(|w| {
            crate::phrases::month_number(w.to_lowercase().trim_matches(|c: char| !c.is_alphabetic())).is_some()
        })
    };
    ws.iter().enumerate().any(|(i, w)| {
        let day = w
            .trim_end_matches([',', '.'])
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        // ("at his 90-day review": a span of time naming a thing, no figure)
        let span = w.split_once('-').is_some_and(|(n, unit)| {
            n.chars().all(|c| c.is_ascii_digit())
                && matches!(
                    unit.trim_end_matches(|c: char| !c.is_alphabetic()),
                    "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"
                )
        });
        // ("I closed a chair at Bucktown Dental on the 6th": a day of this month)
        let ordinal =
            i > 0 && ws[i - 1].eq_ignore_ascii_case("the") && day.len() < w.trim_end_matches([',', '.']).len();
        // ("a third went quiet for 6 weeks": a span, no figure; "4 months after signing it"
        // is one, how long after: a clawback window's question needs it)
        let unit = |x: &str| {
            matches!(
                x.trim_end_matches([',', '.']),
                "days" | "weeks" | "months" | "years" | "day" | "week" | "month" | "year"
            )
        };
        let span_said = ws.get(i + 1).is_some_and(|u| unit(u))
            && !ws
                .get(i + 2)
                .is_some_and(|a| matches!(a.trim_end_matches([',', '.']), "after" | "later" | "since" | "before"));
        // ("The GTK 500 is most of what I sell": a model's number, part of its name)
        // (not a currency's code: "worth USD 25000" says a figure)
        // ("ZH2TBHVZ wasnt really cancelled": a deal's id names it, no figure)
        let id = {
            let w = w.trim_end_matches([',', '.']);
            w.len() >= 6
                && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && w.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 2
                && w.chars().any(|c| c.is_ascii_digit())
        };
        let model = i > 0
            && ws[i - 1].len() >= 2
            && ws[i - 1].chars().all(|c| c.is_ascii_uppercase())
            && !crate::phrases::CURRENCY_WORDS.contains(&ws[i - 1].to_lowercase().as_str())
            && !matches!(
                ws[i - 1],
                "NZD" | "AUD" | "CAD" | "SGD" | "JPY" | "CHF" | "AED" | "MXN" | "HKD"
            )
            && w.trim_end_matches([',', '.', 's']).chars().all(|c| c.is_ascii_digit());
        w.chars().any(|c| c.is_ascii_digit())
            && !span
            && !span_said
            && !model
            && !id
            && !(day.len() <= 2
                && day.chars().all(|c| c.is_ascii_digit())
                && (month(i + 1) || i > 0 && month(i - 1) || ordinal))
    })
}

/// A sentence that tells why one asks, whoever it is about ("Zotware's buyer told me they
/// want to lock in their gift boxes before Labor Day."), and gives no order.
fn context(sentence: &str) -> bool {
    let ws = lower_words(sentence);
    // ("Show me my deals at Acme.", "Exclude the Acme deal.": an order, part of what is asked)
    let orders = ws.first().is_some_and(|w| {
        ASKING_ON.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "show"
                    | "list"
                    | "exclude"
                    | "include"
                    | "ignore"
                    | "only"
                    | "focus"
                    | "pretend"
                    | "picture"
                    | "let's"
                    | "lets"
                    | "let"
                    | "check"
                    | "look"
                    | "use"
                    | "take"
                    | "leave"
                    | "count"
                    | "keep"
                    | "please"
                    | "pls"
            )
    });
    // ("Is a hard quarter, many clients choose the competition.": "it" left unsaid, as
    // Spanish and Portuguese leave it; a statement)
    let it_unsaid = matches!(ws.first().map(String::as_str), Some("is" | "was"))
        && ws
            .get(1)
            .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "very" | "so" | "too" | "really"));
    tells(sentence, &ws) && (!orders || it_unsaid)
}

/// A run-on sentence's story and the question it ends with after "so", "but" or "anyway" ("just
/// got off the roof …, anyway my wife keeps asking … and honestly I have no idea where I'm
/// at so how much have I made so far this year"), when the story is long.
fn run_on(sentence: &str) -> Option<(&str, &str)> {
    // (ASCII lower case keeps every byte where it is: the offsets found are the sentence's)
    let lower = &sentence.to_ascii_lowercase();
    let at = ["so", "anyway", "anyways", "but"]
        .iter()
        .flat_map(|joint| {
            [
                "how ", "what ", "whats ", "what's ", "which ", "where ", "did i ", "am i ", "is my ",
            ]
            .iter()
            .filter_map(move |wh| lower.rfind(&format!(" {joint} {wh}")).map(|i| i + joint.len() + 2))
        })
        .max()?;
    let (story, question) = (sentence[..at].trim(), sentence[at..].trim());
    (lower_words(story).len() >= 12 && lower_words(question).len() >= 4).then_some((story, question))
}

/// Whether a long sentence told before the question is only the asker's story, whatever
/// numbers or suppositions it holds ("just got off the roof at northfield, … the
/// facilities guy wants a number by friday …"): the question says all it asks (see
/// [`says_all`]), or points ("that", "it") only after an amount it says itself; it supposes
/// nothing it does not say itself, with its own "if" or amount ("I might land a 25k deal.
/// how much would I get?" keeps the deal); it asks no distance from money the story gives
/// ("… kicks in at 110% and I'm at 104%. how much more do I need"); and it is no yes-or-no a
/// rule answers from the story.
fn aside(told: &str, question: &str) -> bool {
    let q = lower_words(question);
    let told_words = lower_words(told);
    // (an amount of its own: "if I sign a 25k BAS today what does that add to my pay",
    // "override at 2x instead of 1.75x, what would my team cost"; not a period's label,
    // "what would my Q3 commission be")
    let own_amount = money_said(question);
    let conditional = q
        .iter()
        .any(|w| matches!(w.as_str(), "would" | "could" | "wud" | "i'd" | "id" | "it'd" | "that'd"));
    // ("main breaker up to 200k, what does that cost us", "if I close a 45k boiler today what
    // do I make on it": pointing only after the amount it says; not "if it had come in at
    // 9k", the story's deal)
    let first_amount = q.iter().position(|w| money_said(w));
    let points_at_its_own = first_amount.is_some_and(|k| {
        q.len() >= 3
            && !q[..k].iter().any(|w| POINTING_BACK.contains(&w.as_str()))
            && !q[k..]
                .iter()
                .any(|w| POINTING_BACK.contains(&w.as_str()) && !matches!(w.as_str(), "that" | "this" | "it"))
    });
    // (its own supposition: "if the zoomit deal from february had closed in january instead,
    // what would i have made?")
    let supposes_itself = q.first().is_some_and(|w| w == "if") || own_amount;
    // (a short question too: "whats kyle's pace")
    let alone = points_at_its_own || says_all(question, 3);
    // ("… just under a Grand Slam for Q3. How close am I?": the mark the story names)
    let object_told = ["am i", "is he", "is she"].iter().any(|end| q.join(" ").ends_with(end));
    // ("… kicks in at 110% and I'm at about 104% right now. how much more do I need")
    let distance_from_told =
        money_said(told) && crate::fuzzy::mentions(&q, &["how much more", "how far", "how close", "need"]);
    // ("how much more would Q4 pay me if I sign a 30 Tsd." cut at its abbreviation: a
    // sentence told that asks itself)
    let told_asks = told_words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "how" | "what" | "what's" | "whats" | "which" | "who" | "why" | "when"
        )
    });
    // ("One of my customers cancelled a GTX order about four months after signing it. Will
    // the commission be taken back from me?": a rule answered from the story's facts)
    let rules_on_it = q.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "will" | "would" | "does" | "do" | "can" | "could" | "should" | "is" | "are"
        )
    });
    // ("Where is the rest going??": what is left of a figure told)
    let of_the_told = q
        .iter()
        .any(|w| matches!(w.as_str(), "rest" | "difference" | "remainder" | "else" | "other"));
    !told.ends_with('?')
        && !told_asks
        && told_words.len() >= 12
        && alone
        && !rules_on_it
        && !of_the_told
        && !object_told
        && !distance_from_told
        && (!conditional || supposes_itself)
}

/// Whether a sentence says an amount of money ($100 or more), a percentage or a multiplier
/// ("200k", "6%", "2x"); a period's label ("Q3") or a count ("two rooftops") is none.
fn money_said(sentence: &str) -> bool {
    sentence.split_whitespace().any(|t| {
        let t = t.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '%' | '$' | '.'));
        let t = t.trim_end_matches('.');
        let rate = t
            .strip_suffix(['%', 'x'])
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'));
        rate || crate::phrases::amount(&[t.to_lowercase()]).is_some_and(|c| c.0 >= 10_000)
    })
}

/// A question that says all it asks: five words or more, and none pointing back at what
/// came before ("What are her clawbacks?" needs the sentence that names her).
fn stands_alone(question: &str) -> bool {
    says_all(question, 5)
}

/// Whether a question of at least `least` words points back at nothing (see
/// [`stands_alone`]).
fn says_all(question: &str, least: usize) -> bool {
    let ws = lower_words(question);
    // ("Heaps of jackknifes lately. Which of my lot has had the most?": most of what the
    // sentence before says)
    let of_what_before = crate::query::words::had_the_most(&ws);
    // ("this year", "this quarter": a time of its own, pointing back at nothing)
    let this_time = |i: usize| {
        ws[i] == "this"
            && ws.get(i + 1).is_some_and(|n| {
                matches!(
                    n.as_str(),
                    "year" | "yr" | "quarter" | "qtr" | "month" | "week" | "plan" | "fy" | "fiscal" | "financial"
                )
            })
    };
    ws.len() >= least
        && !of_what_before
        && !ws.iter().enumerate().any(|(i, w)| {
            // ("Quick one, how far am I …": the question itself, no one before)
            // ("how much will they pay me?": the company that pays, no one told of before; not
            // "Acme has been a great account. What have they paid me?")
            let paying_they = w == "they" && ws[i + 1..].iter().take(2).any(|n| matches!(n.as_str(), "pay" | "give"));
            POINTING_BACK.contains(&w.as_str()) && !(w == "one" && i > 0 && ws[i - 1] == "quick") && !paying_they
                || matches!(w.as_str(), "this" | "these" | "there" | "then" | "here" | "same") && !this_time(i)
        })
}

/// A sentence after the question that still asks something of it or names what it asks
/// about (a number, a deal's id); anything else there is why the asker asks.
fn asks_on(sentence: &str) -> bool {
    let ws = lower_words(sentence);
    // ("Planning my Q4.": what the asker is doing, though it says a period)
    let doing = ws.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "planning" | "preparing" | "prepping" | "trying" | "working" | "putting" | "building" | "doing"
        )
    });
    // ("(Darcel's deal)": an aside in brackets says whose or which; "if not by how much")
    sentence.starts_with('(')
        || ws.len() >= 2 && ws[0] == "if" && ws[1] == "not"
        || sentence.chars().any(|c| c.is_ascii_digit()) && !doing
        // ("what is there in my funnel? total value": the figure asked of what the question
        // named, in a word or two; not "Total disaster, Acme walked.")
        || ws.len() <= 3 && ws.first().is_some_and(|w| matches!(w.as_str(), "total" | "sum"))
        // ("am i tracking ok for the year? pace wise": the figure the question means, "-wise")
        || ws.len() <= 3 && ws.last().is_some_and(|w| w == "wise" || w.ends_with("-wise"))
        || ws
            .iter()
            .find(|w| !PLEASANTRIES.contains(&w.as_str()))
            .is_some_and(|w| ASKING_ON.contains(&w.as_str()))
}

/// ("I only started in June. Is my quota lower?": when the asker started is what a
/// question about their quota turns on, the plan's proration)
fn starter_for_quota(story: &str, asking: &str) -> bool {
    let told = lower_words(story);
    let asked = lower_words(asking);
    told.iter()
        .any(|w| matches!(w.as_str(), "started" | "joined" | "hired" | "began" | "start" | "join"))
        && asked
            .iter()
            .any(|w| matches!(w.as_str(), "quota" | "target" | "draw" | "prorated" | "pro-rated"))
}

/// The sentence without an opening that only says where the question comes from ("Quick
/// question from the Wellington office: how much …").
fn without_preamble(sentence: &str) -> &str {
    // ("Ahead of our regional review next week, could you please tell me who …": when and
    // why one asks, before the asking)
    // (ASCII lower case keeps every byte where it was, for the slicing below)
    let lower = sentence.to_ascii_lowercase();
    let occasion = ["ahead of ", "in preparation for ", "as part of "]
        .iter()
        .any(|p| lower.starts_with(p));
    if let Some(at) = [", could you", ", can you", ", would you", ", please"]
        .iter()
        .filter_map(|p| lower.find(p))
        .min()
    {
        if occasion && !sentence[..at].chars().any(|c| c.is_ascii_digit()) && sentence.is_char_boundary(at + 2) {
            return sentence[at + 2..].trim();
        }
    }
    match sentence.split_once(": ") {
        Some((before, after))
            if story(before) && before.split_whitespace().count() <= 8 && !after.trim().is_empty() =>
        {
            after.trim()
        }
        _ => sentence,
    }
}

/// The sentence without a wish said politely before what is asked ("I would like to
/// understand why opportunity 60UOBOEM has reduced my commission": no what-if; the "would"
/// supposes nothing), where the sentence is the one that asks (not "I would like to see where
/// it stands before the quarter closes." after the question, the asker's story).
fn without_wish(sentence: &str) -> &str {
    let lower = sentence.to_ascii_lowercase();
    for lead in ["i would like to ", "i'd like to ", "id like to "] {
        for verb in ["know ", "understand ", "confirm ", "check ", "see ", "ask "] {
            let opening = format!("{lead}{verb}");
            if lower.starts_with(&opening) && sentence.len() > opening.len() + 3 {
                return sentence[opening.len()..].trim();
            }
        }
    }
    sentence
}

/// The sentence without a lead-in that only says a question comes ("Quick one - does the Hard
/// Cap include SPIFFs, or just commission?", "hi sam, quick q: …" once greeted).
fn without_lead_in(sentence: &str) -> &str {
    let lower = sentence.to_ascii_lowercase();
    // ("Could you explain whether, and why, that affects my commission on it?": a request,
    // no supposing)
    for lead in ["could you ", "can you ", "would you "] {
        let Some(rest) = lower.strip_prefix(lead) else { continue };
        let rest = rest.trim_start_matches("please ").trim_start_matches("kindly ");
        let verb = rest.split([' ', ',']).next().unwrap_or("");
        let asks = matches!(
            verb,
            "explain" | "tell" | "confirm" | "list" | "show" | "advise" | "check" | "clarify" | "walk" | "give"
        );
        if asks && rest.len() > verb.len() + 3 {
            return sentence[sentence.len() - rest.len()..].trim();
        }
    }
    // ("Hi, sorry to be annoying - have I hit the Top Shelf yet or not?")
    for lead in [
        "quick one",
        "quick q",
        "quick question",
        "qq",
        "sorry to be annoying",
        "sorry to bother you",
        "sorry to bother you again",
        "sorry to be a pain",
        "sorry to bug you",
        "sorry to bug you again",
    ] {
        for joint in [" - ", " – ", " — ", "—", " -- ", ": ", ", "] {
            if lower.starts_with(&format!("{lead}{joint}")) {
                let rest = sentence[lead.len() + joint.len()..].trim();
                if !rest.is_empty() {
                    return rest;
                }
            }
        }
    }
    sentence
}

/// The sentence without the greeting or the word of assent it opens with ("Hi team, kindly
/// tell what is my incentive till date": the channel greeted, no team asked about; "grand,
/// and with a 10k gtx pro today?": the answer before taken, no money said).
fn without_greeting(sentence: &str) -> &str {
    let greeting = |before: &str| {
        let ws = lower_words(before);
        let greets = |w: &String| {
            matches!(
                w.as_str(),
                "hi" | "hello" | "hey" | "hiya" | "dear" | "morning" | "g'day" | "gday" | "c'mere" | "cmere"
            )
        };
        pleasantry(before) && ws.iter().any(greets)
            // ("Dear Sales Ops team, …", "Hello Kenji, …": the ones asked, addressed; not "hey
            // whats tom's tier, roughly?", which asks)
            || ws.first().is_some_and(greets)
                && ws.len() <= 4
                && !ws.iter().any(|w| {
                    w.chars().any(|c| c.is_ascii_digit())
                        || matches!(
                            w.as_str(),
                            "my" | "i" | "me" | "what" | "whats" | "what's" | "how" | "which" | "who" | "where" | "when"
                                | "why" | "is" | "are" | "do" | "does" | "can"
                        )
                })
            // ("my boss, how much will I earn on the 28th?": the one asked, addressed)
            || matches!(ws.as_slice(), [a, b] if a == "my" && matches!(b.as_str(), "boss" | "guy" | "dear"))
            || matches!(
                ws.as_slice(),
                [w] if matches!(
                    w.as_str(),
                    "grand" | "sound" | "lovely" | "brilliant" | "great" | "cool" | "nice" | "perfect" | "lekker" | "sweet"
                )
            )
    };
    match sentence.split_once(", ") {
        Some((before, after)) if greeting(before) && !after.trim().is_empty() => after.trim(),
        _ => sentence,
    }
}

/// The question of a message: its greetings, thanks and the asker's story around the
/// sentence that asks are left out, and the thanks it ends with. A message of one sentence,
/// or with no sentence that asks, keeps all but those thanks.
pub fn the_question(text: &str) -> String {
    without_sign_off(&sentences_asking(text))
}

/// The sentences of `text` that ask (see [`the_question`]).
fn sentences_asking(text: &str) -> String {
    let owned: Vec<String> = sentences(text)
        .into_iter()
        .map(without_preamble)
        .map(without_greeting)
        .map(without_lead_in)
        .map(|s| {
            if text.contains('?') && !s.ends_with('?') {
                s
            } else {
                without_wish(s)
            }
        })
        .map(super::remark::without_trailing_remark)
        .collect();
    let mut all: Vec<&str> = owned.iter().map(String::as_str).collect();
    if let Some((story, question)) = all.last().and_then(|s| run_on(s)) {
        all.pop();
        all.extend([story, question]);
    }
    if all.len() < 2 {
        return all.first().map_or_else(|| text.to_string(), |s| s.to_string());
    }
    let kept: Vec<&str> = all.into_iter().filter(|s| !pleasantry(s)).collect();
    let Some(first) = kept.iter().position(|s| s.ends_with('?')) else {
        // ("Sam had a slow start, which is normal for a new hire. Please lower Sam's quota
        // to 600k in Plansight.": the order, after why it is given)
        let order = kept.iter().rposition(|s| {
            lower_words(s).first().is_some_and(|w| {
                // (an order to change the data, not a what-if's "add a 20k deal with them",
                // which needs the sentence before)
                matches!(
                    w.as_str(),
                    "please"
                        | "pls"
                        | "plz"
                        | "kindly"
                        | "lower"
                        | "raise"
                        | "change"
                        | "update"
                        | "delete"
                        | "remove"
                        | "edit"
                        | "mark"
                        | "flip"
                )
            })
        });
        if let Some(at) = order.filter(|&at| at > 0 && kept[..at].iter().all(|s| story(s) || context(s))) {
            return kept[at..].join(" ");
        }
        // ("Been chasing a couple of MG Advanced deals all week. how much more do i need to
        // sell before my q4 commission starts": a question typed without its mark, after the
        // asker's story)
        let Some(asking) = kept.len().checked_sub(1) else {
            return String::new();
        };
        let asked = lower_words(kept[asking]);
        let wh_word = |w: &String| {
            matches!(
                w.as_str(),
                "how" | "what" | "what's" | "whats" | "which" | "who" | "when" | "where" | "why"
            )
        };
        let opening = asked.iter().find(|w| !PLEASANTRIES.contains(&w.as_str()));
        let wh = opening.is_some_and(wh_word);
        // ("shame my may is dry. if i sign a 5k AR contract today how much do i get": a
        // what-if that asks, after why one asks)
        let what_if = opening.is_some_and(|w| w == "if") && asked.iter().skip(3).any(wh_word);
        // ("just got off a brutal call w a chiro office. whats my sept payout": four words
        // that say all they ask, after the asker's own story)
        let says_it_after_a_story = says_all(kept[asking], 4) && kept[..asking].iter().all(|s| story(s));
        if (wh || what_if)
            && (stands_alone(kept[asking]) || says_it_after_a_story)
            && kept[..asking]
                .iter()
                // ("Bit of a rubbish month, two big ones went to a competitor. why is my november
                // ticket so low": why one asks, before a question that says all it asks)
                .all(|s| (story(s) || context(s) || aside(s, kept[asking])) && !starter_for_quota(s, kept[asking]))
        {
            return kept[asking].to_string();
        }
        // ("corporate wants to raise the standard equipment number … . equipment quota up to
        // 300k, what does deuce lose", "… . show me my pulled jobs": a question of any other
        // opening, after a long story)
        if kept[..asking]
            .iter()
            .all(|s| aside(s, kept[asking]) && !starter_for_quota(s, kept[asking]))
        {
            return kept[asking].to_string();
        }
        return kept.join(" ");
    };
    // ("what's a shadow deal? why do i only get half the credit on some of them": a word of
    // the plan's asked first is what is asked; the rest is why)
    let defines = lower_words(kept[first]);
    if defines.len() <= 6
        && matches!(
            defines.iter().take(3).map(String::as_str).collect::<Vec<_>>()[..],
            ["what's" | "whats", "a" | "an", _] | ["what", "is", "a" | "an"]
        )
        && !defines.iter().any(|w| POINTING_BACK.contains(&w.as_str()) || matches!(w.as_str(), "my" | "i" | "me"))
        && first + 1 < kept.len()
        // (then why it matters: not "what's a shadow deal? do I have any this quarter?")
        && lower_words(kept[first + 1]).first().is_some_and(|w| matches!(w.as_str(), "why" | "why'd" | "whyd"))
    {
        return kept[first].to_string();
    }
    // ("My MG quota of this month, what is the number? It is same as other agents?": a remark
    // after a question that asks on its own)
    let remark_after =
        |k: usize| k > first && super::remark::is_remark(kept[k]) && super::remark::asks_whole(kept[first]);
    let last = (0..kept.len())
        .rev()
        .find(|&k| kept[k].ends_with('?') && !remark_after(k))
        .unwrap_or(first);
    // ("If I closed a £25,000 GTK 500 today, how much would it add to my pay?": "it" is the
    // deal its own "if" says, with its size)
    let asked = lower_words(kept[first]);
    let points_back = asked.iter().enumerate().any(|(j, w)| {
        POINTING_BACK.contains(&w.as_str())
            && !asked[..j]
                .iter()
                .position(|x| x == "if")
                .is_some_and(|at| asked[at..j].iter().any(|x| x.chars().any(|c| c.is_ascii_digit())))
    })
        // ("… I'm getting close to the next floor. How much more do I need to book to get
        // there?": the place the story names)
        || asked.windows(2).any(|w| matches!(w[0].as_str(), "get" | "getting" | "reach") && w[1] == "there");
    let mut out: Vec<&str> = Vec::new();
    for (k, s) in kept.iter().enumerate() {
        let told_before = k < first
            && (story(s) && !(points_back && k + 1 == first)
                || context(s) && stands_alone(kept[first])
                || aside(s, kept[first]) && !points_back)
            && !starter_for_quota(s, kept[first]);
        // ("… at the Top Shelf now? would explain a lot": chatter after the question)
        let told_after =
            k > last && (!asks_on(s) || !s.ends_with('?') && super::remark::is_remark(s)) || remark_after(k);
        if !told_before && !told_after {
            out.push(s);
        }
    }
    out.join(" ")
}

/// The question without the thanks it ends with ("… in q one cheers", "… thanks mate"): a
/// sign-off is no account's name (the Maven export has a "Cheers").
fn without_sign_off(question: &str) -> String {
    const SIGN_OFFS: &[&str] = &[
        "cheers", "thanks", "thx", "ty", "tia", "mate", "pls", "please", "plz", "tak", "tack", "takk",
    ];
    let mut tokens: Vec<&str> = question.split_whitespace().collect();
    let bare = |t: &str| t.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    while tokens.len() > 3 && tokens.last().is_some_and(|t| SIGN_OFFS.contains(&bare(t).as_str())) {
        // (after "for", "at", "with": a name, "the deal for cheers")
        let before = bare(tokens[tokens.len() - 2]);
        // (a Scandinavian thanks after a pause or its own word, "…, tack", "tusen tack"; not
        // a plan's word, "how far to flat tack")
        let nordic = tokens
            .last()
            .is_some_and(|t| matches!(bare(t).as_str(), "tak" | "tack" | "takk"));
        if nordic
            && !tokens[tokens.len() - 2].ends_with([',', '.', '!', '?'])
            && !matches!(before.as_str(), "mange" | "tusen" | "tusind")
        {
            break;
        }
        if matches!(
            before.as_str(),
            "for"
                | "at"
                | "with"
                | "from"
                | "to"
                | "on"
                | "the"
                | "of"
                | "off"
                | "by"
                | "about"
                | "in"
                | "into"
                | "over"
        ) {
            break;
        }
        tokens.pop();
    }
    if tokens.len() == question.split_whitespace().count() {
        question.to_string()
    } else {
        tokens.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::the_question;

    #[test]
    fn greetings_thanks_and_the_askers_story_are_left_out() {
        // (the ones asked, addressed; a greeting that asks stays whole)
        assert_eq!(
            the_question("Dear Sales Ops team, my Q3 commission, how much?"),
            "my Q3 commission, how much?"
        );
        assert_eq!(
            the_question("hey whats tom's tier, roughly?"),
            "hey whats tom's tier, roughly?"
        );
        assert_eq!(
            the_question("How much would I get if I close the Bluegum deal? It's a renewal."),
            "How much would I get if I close the Bluegum deal? It's a renewal."
        );
        assert_eq!(
            the_question("Hello! I joined the Wellington office in May and Anna said to ask here. What is my June payout? Thanks so much."),
            "What is my June payout?"
        );
        assert_eq!(
            the_question("What's my quota this quarter? I'm a bit lost with the new plan."),
            "What's my quota this quarter?"
        );
        assert_eq!(
            the_question("Did I hit the cap this year? A few people have said I might have."),
            "Did I hit the cap this year?"
        );
        assert_eq!(
            the_question("Quick question from the Leeds office: how much has the bonus paid me?"),
            "how much has the bonus paid me?"
        );
    }

    #[test]
    fn what_sets_up_the_question_stays() {
        let q = "Say I close Initech for 40k in June. What would I make?";
        assert_eq!(the_question(q), q);
        let q = "Acme has been a great account for me. What have they paid me?";
        assert_eq!(the_question(q), q);
        let q = "I closed a big one last week. Could you help me see what it did to my pay?";
        assert_eq!(the_question(q), q);
        let q = "drop the growth quota to 150k. top 5 winners?";
        assert_eq!(the_question(q), q);
        for q in [
            "did i get any spiffs this yr? how much",
            "commission on BR-72158? thats the ardagh seat reduction",
            "NB-55846 paid me zero?? explain",
            "anyone near the accelerator? who's nearest",
            "why did it pay what it did? (Darcel's deal)",
        ] {
            assert_eq!(the_question(q), q);
        }
    }

    #[test]
    fn one_sentence_and_numbers_with_dots_are_kept_whole() {
        let q = "if I sign a 1.5k deal vs. last month what changes";
        assert_eq!(the_question(q), q);
    }
}
