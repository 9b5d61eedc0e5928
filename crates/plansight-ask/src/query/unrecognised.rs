//! A word the assistant does not know is a sign that a part of the question was not
//! understood ("how many abrufe did I book" read as every deal, "AE provision" as every
//! measure, "what did Tasha make" as the team). Rather than answer a different question
//! with real figures, the assistant asks back, offering the reading it has, so one click
//! answers it when the word did not matter.
//!
//! Known are: common English words (Zipf frequency ≥ 3, or ≥ 2.5 from six letters:
//! `data/english-words.txt`), the parser's own words (every word in a string literal of its
//! rules, collected by `build.rs`), this workspace's and plan document's names (sellers,
//! managers, territories, products, deal types, accounts, deals, measures, bonuses, the
//! document's names for tiers, marks and ideas), and a nickname of the person the reading
//! names. A typo of a known word, within the typos [`crate::fuzzy`] forgives, is known too.

use super::vocabulary::Vocabulary;
use super::{Understood, Who};
use crate::fuzzy::distance;
use crate::phrases::{fold, fold_umlauts};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Words of the trades, German words sellers mix into English, and the fillers of chat
/// ("ngl", "lah", "eish"), that no rule reads, since they do not change what is asked
/// ("explain the calc", "paid me zilch", "meine Zielerreichung").
const TRADE: &[&str] = &[
    "calc",
    // (the app's own name, and a revenue manager's "rev mgmt")
    "plansight",
    "mgmt",
    "zilch",
    "wieviel",
    "hab",
    "storniert",
    "mein",
    "meine",
    "arvo",
    // (Australian: "fair dinkum have i hit the load limit", "quick one at smoko")
    "dinkum",
    "smoko",
    // (South African and Indian English greetings and fillers: "howzit", "eish", "kindly")
    "howzit",
    // (Irish: "howya, what's the craic with my commission")
    "howya",
    "craic",
    "eish",
    // ("… do I owe back right now and dont sugarcoat it", "why was my first quarter check so
    // puny": a plain word of tone)
    "sugarcoat",
    "puny",
    // ("have i hit the vault yet boet", "haibo why is my october in the minus", "jislaaik
    // why was dineo's june so big", "ngicela my total payout": friends' words and Zulu's
    // "please", asking nothing)
    "boet",
    "bru",
    "haibo",
    "yoh",
    "jislaaik",
    "jislaik",
    "ngicela",
    "lekker",
    "ja",
    "kindly",
    "pls",
    "plz",
    "yaar",
    "ji",
    "needful",
    // (French: "total of the clawbacks on me this year svp"; a word that changes nothing
    // asked, as an SVP's title does not)
    "svp",
    // (Indian office mail and Hindi chat: "PFB my query", "Q4 incentive kitna banega?")
    "pfb",
    "kitna",
    "kitni",
    // ("rajdhani lagne ke baad": once it applies)
    "lagne",
    "banega",
    "banegi",
    "hoga",
    "hogi",
    "milega",
    "milegi",
    "hai",
    "kya",
    "bhai",
    // (Singlish: "compare my Q2 and Q1 earnings leh", "walao why i got zero CVC")
    "leh",
    "lah",
    // ("how much rice bowl kena recover in q3", "total i kena clawback how much": Singlish's
    // passive, which asks the same)
    "kena",
    // (Thai and Indonesian endings: "need how much more to reach sedang krub?", "… this
    // quarter ya?")
    "krub",
    "krap",
    // (Japanese and Korean: "Is it true ne?", "how much more I need yo?", "Morimoto desu")
    "ne",
    "yo",
    "desu",
    "kha",
    "ya",
    "lor",
    "meh",
    "hor",
    "walao",
    "sia",
    "liao",
    "aiyo",
    "aiyah",
    // (young sellers' chat: "ngl how much have i made", "deadass how far am i from the
    // summit", "what have my laps paid me ong", "thats an L fr")
    "ngl",
    "deadass",
    "tbh",
    "fr",
    "frfr",
    "ong",
    "lowkey",
    "highkey",
    "finna",
    "tryna",
    "bussin",
    "idk",
    "hbu",
    "imo",
    "smh",
    "lol",
    "lmao",
    "bruh",
    "istg",
    "bestie",
    // (a Spanish speaker's "oye, who of my team …", "pues", "bueno")
    "oye",
    "hola",
    "pues",
    "bueno",
];

/// The words the parser's rules read, sorted as `build.rs` writes them.
fn parser() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!(concat!(env!("OUT_DIR"), "/parser-words.txt"))
            .lines()
            .collect()
    })
}

/// Asks back when the question has a word the assistant does not know and was answered
/// anyway; the reading it has is offered as the choice.
pub(super) fn checked(v: &Vocabulary, ws: &[String], understood: Understood) -> Understood {
    let Understood::Answer(q) = &understood else {
        return understood;
    };
    // The people the reading names may be said by a nickname only they have.
    let roster = v.inputs.roster.as_deref().unwrap_or(&[]);
    let people: Vec<&str> = match &q.who {
        Who::Seller(id) => roster
            .iter()
            .find(|s| &s.id == id)
            .map_or(vec![id.as_str()], |s| vec![super::people::raw_name(s)]),
        Who::TeamOf(manager) => vec![manager.as_str()],
        Who::Nobody | Who::Team => Vec::new(),
    };
    match unknown(v, ws, &people) {
        Some(word) => Understood::AskBack {
            missing: format!("which reading of \"{word}\""),
            readings: vec![q.clone()],
        },
        None => understood,
    }
}

/// The question's first word that is not known; `people` are the names of those the reading
/// is about.
pub(super) fn unknown(v: &Vocabulary, ws: &[String], people: &[&str]) -> Option<String> {
    let mut names: Option<HashSet<String>> = None;
    for (i, w) in ws.iter().enumerate() {
        for piece in pieces(w) {
            let folded = fold(&piece);
            if common(&piece) || common(&folded) {
                continue;
            }
            let names = names.get_or_insert_with(|| workspace(v));
            if forms(&piece).chain(forms(&folded)).any(|f| names.contains(f))
                || people.iter().any(|p| super::calling::says(&folded, p))
                || people
                    .iter()
                    .any(|p| of_their_name(&folded, &ws[i.saturating_sub(1)..(i + 2).min(ws.len())], p))
                || TRADE.contains(&folded.as_str())
                || v.credit_word(&folded)
                // ("whats my qouta": a typo of the plan's noun)
                || super::vocabulary::misspelt(&folded).is_some()
                || names_one(v, &piece)
                || account_initials(v, &folded, ws.get(i + 1).map(String::as_str))
            {
                continue;
            }
            if !near(&folded, names) {
                return Some(w.clone());
            }
        }
    }
    None
}

/// Whether the word is the initials of an account's first words, said before the rest of
/// its name ("the QE Birmingham tower" of Queen Elizabeth Hospital Birmingham).
fn account_initials(v: &Vocabulary, word: &str, next: Option<&str>) -> bool {
    let Some(next) = next else { return false };
    (2..=4).contains(&word.len())
        && v.accounts.iter().any(|a| {
            let words: Vec<String> = a.split_whitespace().map(str::to_lowercase).collect();
            let n = word.len();
            words.len() > n
                && words[..n].iter().filter_map(|w| w.chars().next()).collect::<String>() == word
                && words[n..].iter().any(|w| w == next)
        })
}

/// Whether a word is a slip of a word of the name of the person the reading names, as
/// dictation and haste write it: a letter off ("hayden nelms" of Neloms, "rosalina deeter"
/// of Dieter), both names a slip or two off ("kerry hendrixon"), or the name split in two
/// ("marty freuden berg" of Freudenburg). `around`
/// is the word with its neighbours.
fn of_their_name(word: &str, around: &[String], person: &str) -> bool {
    let parts: Vec<String> = fold(person).split_whitespace().map(str::to_string).collect();
    let slip = |said: &str| parts.iter().any(|n| n.len() >= 4 && distance(said, n, 1) <= 1);
    let has = |pair: &[String]| pair.iter().any(|w| fold(w) == word);
    word.len() >= 3 && slip(word)
        || around.windows(2).any(|pair| {
            has(pair)
                && (slip(&fold(&pair.concat()))
                    || super::calling::slipped_full_name(&fold(&pair[0]), &fold(&pair[1]), &fold(person)))
        })
}

/// The parts of a word worth knowing: "kat's" is "kat", "step-up" is "step" and "up";
/// numbers, amounts, deal ids and single letters are left out.
fn pieces(word: &str) -> Vec<String> {
    let word = word.trim_end_matches('\'');
    // ("what've", "how'm", "who'd", "isn't": the contraction's first word)
    let word = ["'s", "'ve", "'m", "'d", "'ll", "'re", "n't"]
        .iter()
        .find_map(|end| word.strip_suffix(end))
        .unwrap_or(word);
    if word.chars().any(|c| c.is_ascii_digit()) {
        return Vec::new();
    }
    word.split(['-', '/', '.', ','])
        .map(|p| p.trim_matches('\''))
        .filter(|p| p.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .map(str::to_string)
        .collect()
}

/// The word and, if it ends as a plural does, its singulars ("boxes": "boxe", "box").
fn forms(word: &str) -> impl Iterator<Item = &str> {
    let s = word.strip_suffix('s').filter(|s| s.len() >= 2);
    let es = word.strip_suffix("es").filter(|s| s.len() >= 2);
    std::iter::once(word).chain(s).chain(es)
}

/// Whether the word is common English or one of the parser's.
pub(super) fn common(word: &str) -> bool {
    forms(word).any(|w| crate::english::as_written(w) || parser().binary_search(&w).is_ok())
}

/// Whether the word is one the parser's rules read (so it says something of its own in a
/// question: "total", "top", "best").
pub(super) fn rule_word(word: &str) -> bool {
    parser().binary_search(&word).is_ok()
}

/// Whether the word alone names someone or something the parser reads: a seller by a
/// nickname ("tasha", "gazza"), a manager, a measure by its initials ("e&r", "nn"), a
/// product, a deal type, a bonus, a tier or mark by the document's name, one of the
/// document's words for an idea ("stufe", "abrechnung").
fn names_one(v: &Vocabulary, word: &str) -> bool {
    let ws = [word.to_string()];
    v.seller(word).is_some()
        || v.manager(word).is_some()
        || v.ambiguous_name(&ws).is_some()
        || v.measure(&ws).is_some()
        || v.product(word).is_some()
        || v.deal_type(&ws).is_some()
        || v.bonus(&ws)
        || !v.terms_in(&ws).is_empty()
        || super::synonyms::plain(&ws, &v.idea_words, &|_| false) != ws
}

/// Whether the word is a typo of a known word, within what [`crate::fuzzy`] forgives; a
/// short word may have dropped one letter of a word the parser reads ("wht").
fn near(word: &str, names: &HashSet<String>) -> bool {
    let len = word.chars().count();
    let allowance = match len {
        0..=2 => return false,
        3..=5 => {
            return parser()
                .iter()
                .any(|k| k.chars().count() == len + 1 && distance(word, k, 1) <= 1)
        }
        6..=8 => 1,
        _ => 2,
    };
    let close = |k: &str| k.len().abs_diff(word.len()) <= allowance && distance(word, k, allowance) <= allowance;
    names.iter().any(|k| close(k))
        || parser().iter().any(|k| close(k))
        || crate::english::words().iter().any(|k| close(k))
}

/// The words of this workspace's and plan document's names, lower case and folded.
fn workspace(v: &Vocabulary) -> HashSet<String> {
    let inputs = v.inputs;
    let plan = &inputs.plan;
    let mut texts: Vec<&str> = vec![plan.id.as_str(), plan.name.as_str(), plan.currency.as_str()];
    for s in inputs.roster.iter().flatten() {
        texts.push(&s.id);
        texts.extend(s.name.as_deref());
        texts.extend(s.manager.as_deref());
        texts.extend(s.territory.as_deref());
        texts.extend(s.role.as_deref());
    }
    for l in &inputs.lines {
        texts.push(&l.id);
        texts.push(&l.seller);
        texts.extend(l.name.as_deref());
        texts.extend(l.account.as_deref());
    }
    for m in &plan.measures {
        texts.push(&m.id);
        texts.push(&m.name);
    }
    for b in &plan.bonuses {
        texts.push(&b.id);
        texts.push(&b.name);
    }
    let lists = [
        &v.products,
        &v.deal_types,
        &v.accounts,
        &v.managers,
        &v.scenarios,
        &v.accelerator_words,
        &v.tier_nouns,
    ];
    texts.extend(lists.into_iter().flatten().map(String::as_str));
    texts.extend(v.brands.iter().map(String::as_str));
    // ("im the NAL on it": the document's own initials, "National Account Lead (NAL)")
    texts.extend(v.capitals.iter().map(String::as_str));
    texts.extend(v.terms.iter().map(|(name, _)| name.as_str()));
    for pairs in [&v.measure_aliases, &v.type_aliases, &v.idea_words, &v.product_aliases] {
        texts.extend(pairs.iter().flat_map(|(a, b)| [a.as_str(), b.as_str()]));
    }
    // (each distinct text once: a workspace's deals repeat their accounts and sellers)
    let distinct: HashSet<&str> = texts.into_iter().collect();
    let mut out = HashSet::new();
    for t in distinct {
        let forms = if t.is_ascii() {
            vec![t.to_lowercase()]
        } else {
            vec![t.to_lowercase(), fold(t), fold_umlauts(t)]
        };
        for form in forms {
            out.extend(
                form.split(|c: char| !(c.is_alphanumeric() || c == '&'))
                    .filter(|w| !w.is_empty())
                    .map(str::to_string),
            );
            // ("a tpo reroof" for the TPO Re-Roof: a hyphenated word written whole)
            out.extend(form.split_whitespace().filter(|w| w.contains('-')).map(|w| {
                w.replace('-', "")
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_string()
            }));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_are_sorted_for_searching_in_halves() {
        assert!(crate::english::words().len() > 40_000);
        assert!(
            crate::english::words().windows(2).all(|w| w[0] < w[1]),
            "data/english-words.txt is sorted"
        );
        assert!(parser().windows(2).all(|w| w[0] < w[1]));
        assert!(common("commission") && common("tentatives") && common("attainment"));
        assert!(!common("abrufe") && !common("zorblat"));
    }

    #[test]
    fn a_word_is_read_in_its_pieces() {
        assert_eq!(pieces("what've"), vec!["what"]);
        assert_eq!(pieces("kat's"), vec!["kat"]);
        assert_eq!(pieces("step-up"), vec!["step", "up"]);
        assert_eq!(pieces("f&b"), vec!["f&b"]);
        assert!(pieces("pl-21709").is_empty() && pieces("q3").is_empty() && pieces("a").is_empty());
    }
}
