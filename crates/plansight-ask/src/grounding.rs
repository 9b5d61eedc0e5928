//! The grounding check: every number an answer writes must come from the engine's figures,
//! the engine-written text it quotes, its arguments or the question.

use crate::Answer;

/// Every number written in the answer that is not among its figures, its arguments, the
/// engine-written text it quotes, or the question: an answer with any is refused (the
/// template wording stands).
pub fn ungrounded(answer: &Answer, question: &str) -> Vec<String> {
    let strip = |s: &str| s.replace(',', "");
    let known: Vec<String> = answer.figures.values().map(|v| strip(v)).collect();
    let mut sources = strip(question);
    sources.push_str(&strip(&answer.arguments.to_string()));
    for e in &answer.evidence {
        sources.push(' ');
        sources.push_str(&strip(e));
    }
    numbers(&answer.answer)
        .into_iter()
        .filter(|n| {
            !known
                .iter()
                .any(|k| k == n || k.strip_suffix(".00") == Some(n.as_str()))
                && !sources.contains(n.as_str())
        })
        .collect()
}

/// Whether every number of the answer comes from the engine, the question or the cited
/// plan document.
pub fn grounded(answer: &Answer, question: &str) -> bool {
    ungrounded(answer, question).is_empty()
}

/// Whether the model's `worded` text may stand for the template's words of `answer`: it is
/// not empty, it carries every number of the template, and it has no number that the
/// template's sources or the question did not give.
pub fn accepts_wording(answer: &Answer, worded: &str, question: &str) -> bool {
    let written = numbers(worded);
    let kept = numbers(&answer.answer).iter().all(|n| written.contains(n));
    let mut candidate = answer.clone();
    candidate.answer = worded.to_string();
    kept && !worded.is_empty() && grounded(&candidate, question)
}

/// The numbers written in a text (dates and decimals whole; thousands separators dropped).
fn numbers(text: &str) -> Vec<String> {
    text.replace(',', "")
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .map(|n| n.trim_matches(|c| c == '.' || c == '-'))
        .filter(|n| n.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .collect()
}
