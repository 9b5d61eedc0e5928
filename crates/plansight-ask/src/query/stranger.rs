//! A person the question names whom the workspace does not know ("how much did Steph make"
//! with no Steph on the roster): asked back with the sellers it may be, never read as the
//! asker or their team.

use super::vocabulary::Vocabulary;
use super::{Query, Understood, Who};
use crate::phrases::fold;

/// Words that stand where a person does but are not one ("how much did everyone make").
const NOT_PEOPLE: &[&str] = &[
    "i",
    "we",
    "you",
    "they",
    "he",
    "she",
    "it",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "nobody",
    "noone",
    "won",
    "win",
    "wins",
    "booked",
    "signed",
    "anything",
    "something",
    "nothing",
    "everything",
    "each",
    "every",
    "all",
    "both",
    "the",
    "my",
    "our",
    "their",
    "his",
    "her",
    "this",
    "that",
    "team",
    "reps",
    "people",
    "agents",
    "brokers",
    "sellers",
    "company",
    "plan",
    "deal",
    "deals",
    "ya",
    "u",
    "y'all",
    "yall",
    "guys",
    "folks",
    "one",
    "most",
    "who",
    "what",
    "and",
    "or",
    "not",
    "also",
    "still",
    "ever",
    "really",
    "actually",
    "just",
    "even",
    "then",
    "now",
    "reference",
    "context",
    "example",
    "instance",
    "sure",
    // ("and weighted?": the pipeline's words)
    "weighted",
    "unweighted",
    "pipeline",
    "total",
    "overall",
    // ("how much more I would have earned": the verb's own helper)
    "have",
    "has",
    "had",
    "be",
    "been",
];

/// Verbs after a person in a question of their figures ("did X make", "would X earn").
const PERSON_VERBS: &[&str] = &[
    "make",
    "made",
    "earn",
    "earned",
    "get",
    "got",
    "hit",
    "close",
    "closed",
    "sell",
    "sold",
    "finish",
    "finished",
    "end",
    "rank",
    "stand",
    "do",
    "deliver",
    "delivered",
];

/// The word of a question standing where a person does, when the workspace knows no one by
/// it: "did X make", "would X earn", "and X?".
fn stranger(v: &Vocabulary, ws: &[String], question: &str) -> Option<String> {
    let known = |w: &str| {
        v.seller(w).is_some()
            || v.manager(w).is_some()
            || v.measure(std::slice::from_ref(&w.to_string())).is_some()
            || v.product(w).is_some()
            || v.account(w, std::slice::from_ref(&w.to_string())).is_some()
            || v.deal_type(std::slice::from_ref(&w.to_string())).is_some()
            || !v.terms_in(std::slice::from_ref(&w.to_string())).is_empty()
            || crate::phrases::month_number(w).is_some()
            || super::scope::stage(std::slice::from_ref(&w.to_string())).is_some()
            || v.deal(std::slice::from_ref(&w.to_string())).is_some()
            || v.territory_said(w).is_some()
            || v.bonus(std::slice::from_ref(&w.to_string()))
            // ("and walks?" where the document calls a lost deal a walk)
            || v.idea_words.iter().any(|(said, _)| said == w)
    };
    let person = |w: &str| {
        w.len() >= 2
            // ("How much did Sung-min make": a hyphened given name, written as a name is; not
            // "for jan-mar")
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && (!w.contains('-')
                || w.split('-').all(|p| !p.is_empty() && crate::phrases::month_number(p).is_none())
                    && capitalised(question, w.split('-').next().unwrap_or_default()))
            && !NOT_PEOPLE.contains(&w)
            // (a verb of a person's figures is none: "and sold?" after the lost deals)
            && !PERSON_VERBS.contains(&w)
            && !super::parse::exact(&[w.to_string()], super::words::BEST)
    };
    let at = ws.iter().enumerate().find_map(|(i, w)| {
        let asked = i > 0
            && matches!(ws[i - 1].as_str(), "did" | "does" | "would" | "will" | "could" | "has")
            && ws.get(i + 1).is_some_and(|n| PERSON_VERBS.contains(&n.as_str()))
            || i == 1 && ws.len() == 2 && ws[0] == "and"
            // ("how much Carla made in Q2?": a capitalised name in a statement's order)
            || i >= 2
                && ws[i - 2] == "how"
                && ws[i - 1] == "much"
                && capitalised(question, w)
                && ws.get(i + 1).is_some_and(|n| PERSON_VERBS.contains(&n.as_str()))
            // ("Q3 earnings for Marcel?": a capitalised name last, after "for")
            // (or typed in lower case, a word none of the parser's rules reads: "q3 earnings
            // for marc?")
            || i > 0
                && i + 1 == ws.len()
                && ws[i - 1] == "for"
                && (capitalised(question, w) || w.len() >= 3 && !super::unrecognised::rule_word(w));
        // ("what is ramesh's incentive till date": a name's pay, by its possessive)
        let owner = w.strip_suffix("'s").filter(|_| {
            ws.get(i + 1).is_some_and(|n| {
                matches!(
                    n.as_str(),
                    "incentive" | "earnings" | "pay" | "commission" | "quota" | "attainment" | "credit" | "payout"
                )
            }) && i > 0
                && matches!(ws[i - 1].as_str(), "is" | "was" | "what's" | "whats" | "show" | "and")
        });
        if let Some(o) = owner.filter(|o| person(o)) {
            return Some(o.to_string());
        }
        (asked && person(w)).then(|| w.clone())
    })?;
    (!known(&at)).then_some(at)
}

/// The ask-back for a stranger, when the question names one and no one else: the sellers
/// whose first name starts as the word does (else the asker's team), as readings of `base`.
pub(super) fn ask_who(v: &Vocabulary, asker: &str, question: &str, ws: &[String], base: &Query) -> Option<Understood> {
    let word = stranger(v, ws, question)?;
    let roster = v.inputs.roster.as_deref().unwrap_or(&[]);
    let first = |s: &plansight_plan::Seller| fold(&super::people::name_or_id(s));
    let initial: String = word.chars().take(1).collect();
    let mut like: Vec<&plansight_plan::Seller> = roster
        .iter()
        .filter(|s| first(s).starts_with(initial.as_str()))
        .collect();
    if like.is_empty() {
        like = roster.iter().filter(|s| s.manager.as_deref() == Some(asker)).collect();
    }
    Some(Understood::AskBack {
        missing: "who".into(),
        readings: like
            .iter()
            .take(5)
            .map(|s| Query {
                who: Who::Seller(s.id.clone()),
                ..base.clone()
            })
            .collect(),
    })
}

/// Whether the question writes the word with a capital, as a name is (not in capitals, as
/// "FY" or "PTO" are).
fn capitalised(question: &str, word: &str) -> bool {
    question.split(|c: char| !c.is_alphabetic()).any(|t| {
        t.starts_with(char::is_uppercase) && t.chars().skip(1).any(char::is_lowercase) && t.to_lowercase() == word
    })
}
