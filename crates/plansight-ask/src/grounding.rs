//! The grounding check: every number an answer writes must be one the engine's figures, the
//! engine-written text it quotes, its arguments or the question gave; and the model's
//! wording of an answer must keep the template's numbers and add none.
//!
//! Numbers are compared by value, never as text (a one-digit number is a substring of
//! almost any amount). A number is read the same way wherever it is written:
//!
//! - a decimal, with thousands grouped by commas or not, and any currency sign, percent
//!   sign or plus or minus sign around it left out: "$17,500.00", "17500", "17,500.0",
//!   "-17,500" are all 17500; "45.2%" is 45.2. The value is exact, the digits in lowest
//!   terms (no leading zeros, no trailing zeros in the fraction): 17,500.50 and 17500.5 are
//!   one number, and 7 is not 17,500.
//! - a date written as YYYY-MM-DD is one value, a date: 2026-03-31 is not 2026, 3 or 31.
//!   A date spelled another way ("March 31, 2026") is read as its separate numbers, which a
//!   template (always YYYY-MM-DD) does not give.
//!
//! Digits inside a name are numbers too ("Q3" is 3, "D-000012" is 12), read alike on
//! both sides, so a period or deal the sources name is grounded and another is not.

use crate::Answer;
use std::collections::BTreeSet;

/// The numbers written in the answer (as it writes them) whose values are not among its
/// figures, its arguments, the engine-written text it quotes, or the question: an answer
/// with any is refused (the template wording stands).
pub fn ungrounded(answer: &Answer, question: &str) -> Vec<String> {
    let mut known = values(question);
    known.extend(values(&answer.arguments.to_string()));
    for text in answer.figures.values().chain(&answer.evidence) {
        known.extend(values(text));
    }
    // A deal's id ("OPP-20262", "D-000122") names a record; its digits are not a figure.
    for word in answer
        .answer
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')'))
    {
        let word = word.trim_end_matches(['.', '?', '!', '\'', '"']);
        if let Some((prefix, digits)) = word.rsplit_once('-') {
            if !prefix.is_empty()
                && prefix.chars().all(|c| c.is_ascii_alphabetic())
                && !digits.is_empty()
                && digits.chars().all(|c| c.is_ascii_digit())
            {
                known.extend(values(digits));
            }
        }
    }
    numbers(&answer.answer)
        .into_iter()
        .filter(|n| !known.contains(&n.value))
        .map(|n| n.written)
        .collect()
}

/// Whether every number of the answer comes from the engine, the question or the cited
/// plan document.
pub fn grounded(answer: &Answer, question: &str) -> bool {
    ungrounded(answer, question).is_empty()
}

/// Whether the model's `worded` text may stand for the template's words of `answer`: it is
/// not empty, it carries every number of the template, and each of its numbers is one the
/// template's words or the question wrote (by value: "17,500" keeps "17,500.00").
pub fn accepts_wording(answer: &Answer, worded: &str, question: &str) -> bool {
    let template = values(&answer.answer);
    let asked = values(question);
    let written = values(worded);
    let kept = template.is_subset(&written);
    let added = written.iter().any(|v| !template.contains(v) && !asked.contains(v));
    let mut candidate = answer.clone();
    candidate.answer = worded.to_string();
    !worded.trim().is_empty() && kept && !added && grounded(&candidate, question)
}

/// A number's value: an exact decimal in lowest terms, or a date.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Value {
    /// Digits in lowest terms: "17500", "45.2", "0.5".
    Decimal(String),
    /// YYYY-MM-DD.
    Date(String),
}

/// A number as the text writes it, and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Number {
    written: String,
    value: Value,
}

/// The values of the numbers written in a text.
fn values(text: &str) -> BTreeSet<Value> {
    numbers(text).into_iter().map(|n| n.value).collect()
}

/// The numbers written in a text, in order.
fn numbers(text: &str) -> Vec<Number> {
    let bytes = text.as_bytes();
    let digits_from = |i: usize| bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        if let Some(date) = date_at(bytes, i) {
            found.push(Number {
                written: date.to_string(),
                value: Value::Date(date.to_string()),
            });
            i += date.len();
            continue;
        }
        let mut whole = String::new();
        let run = digits_from(i);
        whole.push_str(&text[i..i + run]);
        i += run;
        // Thousands: a comma followed by exactly three digits.
        while bytes.get(i) == Some(&b',') && digits_from(i + 1) == 3 {
            whole.push_str(&text[i + 1..i + 4]);
            i += 4;
        }
        let mut fraction = "";
        if bytes.get(i) == Some(&b'.') && i + 1 < bytes.len() && bytes[i + 1].is_ascii_digit() {
            let run = digits_from(i + 1);
            fraction = &text[i + 1..i + 1 + run];
            i += 1 + run;
        }
        found.push(Number {
            written: text[start..i].to_string(),
            value: Value::Decimal(lowest_terms(&whole, fraction)),
        });
    }
    found
}

/// A date written YYYY-MM-DD at `i` (not part of a longer run of digits), as written.
fn date_at(bytes: &[u8], i: usize) -> Option<&str> {
    let candidate = bytes.get(i..i + 10)?;
    let shape = candidate.iter().enumerate().all(|(k, b)| {
        if k == 4 || k == 7 {
            *b == b'-'
        } else {
            b.is_ascii_digit()
        }
    });
    let ends = bytes.get(i + 10).is_none_or(|b| !b.is_ascii_digit());
    (shape && ends).then(|| std::str::from_utf8(candidate).expect("ASCII digits and dashes"))
}

/// The decimal `whole.fraction` without leading zeros of the whole part or trailing zeros
/// of the fraction ("017500" and "00" is "17500"; "0" and "50" is "0.5").
fn lowest_terms(whole: &str, fraction: &str) -> String {
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, Value)> {
        numbers(text).into_iter().map(|n| (n.written, n.value)).collect()
    }

    fn decimal(written: &str, value: &str) -> (String, Value) {
        (written.to_string(), Value::Decimal(value.to_string()))
    }

    #[test]
    fn amounts_are_read_whole_and_compared_in_lowest_terms() {
        assert_eq!(
            read("USD 17,500.00, $17,500 and 17500.5; -1,234,567.10 (+0.50)."),
            vec![
                decimal("17,500.00", "17500"),
                decimal("17,500", "17500"),
                decimal("17500.5", "17500.5"),
                decimal("1,234,567.10", "1234567.1"),
                decimal("0.50", "0.5"),
            ]
        );
    }

    #[test]
    fn percents_dates_names_and_lists_are_read_alike_everywhere() {
        assert_eq!(
            read("45.2% in Q3, as of 2026-06-30; deals D-000012, 7,50 and 1,2345."),
            vec![
                decimal("45.2", "45.2"),
                decimal("3", "3"),
                ("2026-06-30".to_string(), Value::Date("2026-06-30".to_string())),
                decimal("000012", "12"),
                decimal("7", "7"),
                decimal("50", "50"),
                decimal("1", "1"),
                decimal("2345", "2345"),
            ]
        );
        // A longer run of digits is not a date.
        assert_eq!(read("12026-06-30")[0], decimal("12026", "12026"));
    }
}
