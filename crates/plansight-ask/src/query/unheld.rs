//! A restriction no query holds: deals over or under an amount ("how many orders over 50k
//! did I book"), a rolling window of days ("over the trailing 90 days"). Asked back, with
//! the question without it as the reading offered, never answered as if it were not said
//! (an amount after "over" is no new deal, 90 days no period).

use super::vocabulary::Vocabulary;
use super::Understood;
use crate::phrases::amount;

/// The words of the restriction, when the question says one, and where they stand.
fn restriction(ws: &[String]) -> Option<(usize, usize)> {
    // ("orders over 50k", "deals bigger than 10k", "anything under 5,000")
    let size = ws.iter().enumerate().find_map(|(i, w)| {
        let at = match (w.as_str(), ws.get(i + 1).map(String::as_str)) {
            ("over" | "above" | "under" | "below" | "exceeding", _) => i + 1,
            ("more" | "less" | "bigger" | "larger" | "smaller" | "greater", Some("than")) => i + 2,
            _ => return None,
        };
        // (the deals' noun right before: "orders over 50k", not "my sales are over 1.2M")
        let deals_before = i > 0
            && matches!(
                ws[i - 1].as_str(),
                "deals" | "orders" | "opps" | "opportunities" | "contracts" | "ones"
            );
        // (the amount in one word, "50k", or two, "50 grand")
        let end = (at..(at + 2).min(ws.len())).find(|&e| amount(&ws[at..=e]).is_some())?;
        deals_before.then_some((i, end))
    });
    // ("over the trailing 90 days", "in the last 30 days", "past 60 days")
    let window = ws.windows(3).enumerate().find_map(|(i, w)| {
        (matches!(w[0].as_str(), "trailing" | "last" | "past" | "rolling")
            && w[1].parse::<u32>().is_ok_and(|n| n > 1)
            && matches!(w[2].as_str(), "days" | "weeks"))
        .then_some((i, i + 2))
    });
    size.or(window)
}

/// The ask-back for a restriction no query holds, with the question without it as the reading.
pub(super) fn unheld(v: &Vocabulary, asker: &str, ws: &[String]) -> Option<Understood> {
    // (a supposition or a question of the plan's rule keeps its words: "what if I close 3
    // deals over 20k", "do deals over 50k need VP approval?")
    let supposed = ws
        .iter()
        .any(|w| matches!(w.as_str(), "if" | "suppose" | "say" | "would"));
    let rule = ws
        .first()
        .is_some_and(|w| matches!(w.as_str(), "do" | "does" | "is" | "are" | "will" | "can"));
    if supposed || rule {
        return None;
    }
    let (from, to) = restriction(ws)?;
    let said = ws[from..=to.min(ws.len() - 1)].join(" ");
    let rest: Vec<String> = ws[..from]
        .iter()
        .chain(ws.get(to + 1..).unwrap_or_default())
        .cloned()
        .collect();
    let rest_text = rest.join(" ");
    let parts = super::parse::parts(v, asker, &rest_text, &rest);
    let readings = match super::assemble::assemble(v, asker, &rest, parts) {
        Understood::Answer(q) => vec![q],
        _ => Vec::new(),
    };
    Some(Understood::AskBack {
        missing: format!("which reading of \"{said}\""),
        readings,
    })
}
