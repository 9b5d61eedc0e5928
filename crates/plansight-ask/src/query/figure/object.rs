//! "Would a 30k deal get Markita to the final table": the seller asked about, said where the
//! asker says "me", read as "me" so that the verbs of reaching a mark read the same whoever
//! reaches it.

use super::super::vocabulary::Vocabulary;
use std::borrow::Cow;

/// Verbs a deal does to the seller it takes somewhere ("get me to", "put her over").
const MOVING: &[&str] = &[
    "get", "gets", "put", "puts", "take", "takes", "push", "pushes", "bump", "bumps", "tip", "tips", "bring", "brings",
];

/// The words with a seller of the roster (by first name or full name, or "her" or "him")
/// after a verb of moving read as "me"; the words as they are when no such seller is said.
/// (Who is asked about is read apart, from the names; this only keeps the verb's phrase.)
pub(super) fn seller_as_me<'w>(v: &Vocabulary, ws: &'w [String]) -> Cow<'w, [String]> {
    // (most questions have no verb of moving: the roster is read only for those that do)
    if !ws.iter().any(|w| MOVING.contains(&w.as_str())) {
        return ws.into();
    }
    let names: Vec<Vec<String>> = v
        .inputs
        .roster
        .iter()
        .flatten()
        .filter_map(|s| s.name.as_deref().or(Some(s.id.as_str())))
        .map(|n| n.to_lowercase().split_whitespace().map(str::to_string).collect())
        .collect();
    // (how many words the seller moved takes: "her", a first name, or the whole name)
    let moved = |at: usize| -> Option<usize> {
        let object = ws.get(at + 1)?.as_str();
        if matches!(object, "her" | "him") {
            return Some(1);
        }
        let parts = names
            .iter()
            .find(|p| p.first().is_some_and(|f| f.len() >= 3 && f == object))?;
        Some(if ws.get(at + 1..at + 1 + parts.len()) == Some(&parts[..]) {
            parts.len()
        } else {
            1
        })
    };
    // ("if I get a 30k deal would it get Markita to the final table": the verb whose object
    // is a seller, not the first verb)
    let Some((at, said)) = (0..ws.len())
        .filter(|&i| MOVING.contains(&ws[i].as_str()))
        .find_map(|i| moved(i).map(|n| (i, n)))
    else {
        return ws.into();
    };
    let mut out = ws.to_vec();
    out.splice(at + 1..at + 1 + said, ["me".to_string()]);
    out.into()
}
