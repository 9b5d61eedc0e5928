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
    let Some(at) = (0..ws.len().saturating_sub(1)).find(|&i| MOVING.contains(&ws[i].as_str())) else {
        return ws.into();
    };
    let object = ws[at + 1].as_str();
    let said = if matches!(object, "her" | "him") {
        1
    } else {
        let names = v
            .inputs
            .roster
            .iter()
            .flatten()
            .filter_map(|s| s.name.as_deref().or(Some(s.id.as_str())));
        let Some(parts) = names
            .map(|n| n.to_lowercase())
            .map(|n| n.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .find(|p| p.first().is_some_and(|f| f.len() >= 3 && f == object))
        else {
            return ws.into();
        };
        // (the whole name said: its other words go with it)
        if ws.len() >= at + 1 + parts.len() && ws[at + 1..at + 1 + parts.len()] == parts[..] {
            parts.len()
        } else {
            1
        }
    };
    let mut out = ws.to_vec();
    out.splice(at + 1..at + 1 + said, ["me".to_string()]);
    out.into()
}
