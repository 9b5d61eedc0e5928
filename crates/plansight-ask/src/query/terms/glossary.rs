//! The glossary's names for the plan's parts, and the document's own word for a tier.
use plansight_plan::document::PlanDocument;
use plansight_plan::shown::{point_percent, rate_percent};
use plansight_plan::Plan;

use super::prose::{clean, quotes};
use super::tables::plain_percents;
use super::{Term, COMMON};

/// Rows of a glossary table ("| the Soundcheck | the 30% hardware threshold (4.5) |"): a
/// short name in the first cell, and what it is in the next, by the word for the part and,
/// for a measure's threshold or cap, its percentage.
pub(super) fn glossary(plan: &Plan, doc: &PlanDocument, found: &mut Vec<(String, Term)>) {
    for table in doc
        .sections
        .iter()
        .flat_map(|s| &s.clauses)
        .filter_map(|c| c.table.as_ref())
    {
        for row in table.rows.iter().filter(|r| r.len() >= 2) {
            let name = clean(&row[0]).to_lowercase();
            let name = crate::query::synonyms::without_article(&name).to_string();
            // (four words only as "end of the line": a thing of another)
            let parts: Vec<&str> = name.split_whitespace().collect();
            let of_the = parts.len() == 4 && parts[1] == "of" && parts[2] == "the";
            if name.is_empty()
                || parts.len() > 3 && !of_the
                || name.contains([',', '/', '%'])
                || name.chars().any(|c| c.is_ascii_digit())
                || found.iter().any(|(n, _)| *n == name)
            {
                continue;
            }
            let said = clean(&row[1]).to_lowercase();
            let quoted =
                |p: Option<plansight_plan::Point>| p.is_some_and(|p| quotes(&said, &format!("{}%", point_percent(p))));
            let of_measure = super::named_measure(plan, &said);
            let term = plan
                .measures
                .iter()
                .enumerate()
                .filter(|(mi, _)| of_measure.is_none_or(|o| o == *mi))
                .find_map(|(mi, m)| {
                    if said.contains("threshold") && quoted(m.threshold) {
                        Some(Term::Threshold(mi))
                    } else if said.contains("cap") && !said.contains("payout") && quoted(m.cap) {
                        Some(Term::Cap(mi))
                    } else {
                        None
                    }
                });
            let term = term.or_else(|| {
                let payout_cap = plan.payout_cap.is_some()
                    && said.contains("payout")
                    && ["cap", "maximum", "limit", "ceiling"].iter().any(|w| said.contains(w));
                let draw = plan.draw.is_some() && said.contains("draw");
                (payout_cap != draw).then_some(if payout_cap { Term::PayoutCap } else { Term::Draw })
            });
            // (a second name for a part only when it is a word of its first: "| o vale |" for
            // the Vale Safra)
            let shortened = |t: &Term| {
                found
                    .iter()
                    .any(|(n, x)| x == t && n.split_whitespace().any(|w| w == name))
            };
            // (or when its meaning opens with the part's first name: "| slip money | the
            // Slipway, the $1,000 monthly draw |")
            // ("| primed | past the Priming Point, the 30% threshold |": being past it)
            let restates = |t: Option<&Term>| {
                let plain = [
                    "past ",
                    "reaching ",
                    "hitting ",
                    "crossing ",
                    "above ",
                    "over ",
                    "beyond ",
                ]
                .iter()
                .find_map(|v| said.strip_prefix(v))
                .unwrap_or(&said);
                // ("| the LOD | limit of detection: the Detection Limit |": the part named after
                // what the word stands for)
                let after_colon = said.split_once(": ").map(|(_, r)| r);
                found
                    .iter()
                    .find(|(n, x)| {
                        // (a part named by the meaning alone, "| off the mark | past the Crease |",
                        // or set apart by a comma; not "| gate review | the Gate is reviewed … |")
                        let ends = |r: &str| match t {
                            Some(_) => r.is_empty() || r.starts_with([',', ' ', ':', ';']),
                            None => r.is_empty() || r.starts_with([',', ';']),
                        };
                        t.is_none_or(|t| x == t)
                            && [n.clone(), format!("the {n}")].iter().any(|p| {
                                plain.strip_prefix(p.as_str()).is_some_and(ends)
                                    // (the whole of what follows: not a list, "…'s tiers:
                                    // Technical, Purified, …")
                                    || after_colon.is_some_and(|r| {
                                        r.trim_end_matches('.') == p
                                            // ("| WOT | wide open throttle: Wide Open, the top
                                            // tier |": the name, then what it is)
                                            || r.strip_prefix(p.as_str()).is_some_and(|rest| {
                                                rest.starts_with(", the ") || rest.starts_with(", our ")
                                            })
                                    })
                            })
                    })
                    .map(|(_, x)| *x)
            };
            // ("| off the mark | past the Crease |": the part its meaning names, where the
            // meaning quotes no figure of it)
            let term = term.or_else(|| restates(None));
            if let Some(t) =
                term.filter(|t| !found.iter().any(|(_, x)| x == t) || shortened(t) || restates(Some(t)).is_some())
            {
                found.push((name, t));
            }
        }
    }
}

/// "Level 2" → 2: a name that is a word of the document's own and a tier's number ("Tier 2"
/// and "Band 2" are every measure's words, so they name no measure).
pub(super) fn numbered(name: &str) -> Option<usize> {
    match name.split_whitespace().collect::<Vec<_>>().as_slice() {
        [word, n]
            if word.chars().all(char::is_alphabetic) && !["tier", "band"].contains(&word.to_lowercase().as_str()) =>
        {
            n.parse().ok()
        }
        _ => None,
    }
}

/// The document's own word for a tier: the first header cell of a rate table whose rows
/// name tiers ("| gear | attainment | rate |", "| altitude band | …"), its last word, when it
/// is not already "tier" ("level" is read as "tier" where the document calls tiers so).
pub(super) fn tier_nouns(plan: &Plan, doc: &PlanDocument) -> Vec<String> {
    let mut nouns = Vec::new();
    // "the bands are named for tempos": the document's word for its tiers.
    for clause in doc.sections.iter().flat_map(|s| &s.clauses) {
        let text = clause.text.to_lowercase();
        for said in ["named for ", "named after "] {
            for (i, _) in text.match_indices(said) {
                // (of the tiers: "the bands are named for …", not "a bonus named after …")
                let before = &text[text[..i].rfind(['.', '\n']).map_or(0, |k| k + 1)..i];
                if !["tier", "band", "level", "step"].iter().any(|w| before.contains(w)) {
                    continue;
                }
                let rest = text[i + said.len()..].trim_start_matches("the ");
                // (the phrase's noun: "named for the broadcast dayparts, cheapest …" is
                // "daypart"; "named for birds of prey" is "bird")
                let phrase = rest.split([',', '.', ';', ':', '(', '\n']).next().unwrap_or("");
                let phrase = phrase.split(" of ").next().unwrap_or("");
                let phrase = phrase.split(" from ").next().unwrap_or("");
                // ("named for the roads a load travels": the noun ends where a clause begins)
                const STOPS: &[&str] = &[
                    "a", "an", "the", "that", "which", "they", "it", "we", "in", "on", "to", "with",
                ];
                let phrase: Vec<&str> = phrase
                    .split_whitespace()
                    .skip_while(|w| matches!(*w, "a" | "an"))
                    .take_while(|w| !STOPS.contains(w))
                    .take(2)
                    .collect();
                let word: String = phrase
                    .last()
                    .map(|w| w.chars().take_while(|c| c.is_alphabetic()).collect())
                    .unwrap_or_default();
                // ("volcanoes": a volcano)
                let word = word
                    .strip_suffix("oes")
                    .map(|w| format!("{w}o"))
                    .unwrap_or_else(|| word.strip_suffix('s').unwrap_or(&word).to_string());
                // (not one tier named after its namesake: "Bore is the top band, named after
                // the Severn Bore")
                let one_tier = before.split(|c: char| !c.is_alphabetic()).any(|w| w == word);
                if word.len() >= 4 && !one_tier && !nouns.contains(&word) && !COMMON.contains(&word.as_str()) {
                    nouns.push(word);
                }
            }
        }
    }
    for section in &doc.sections {
        for table in section.clauses.iter().filter_map(|c| c.table.as_ref()) {
            let names_tiers = table.rows.iter().any(|row| {
                row.iter().skip(1).any(|cell| {
                    plan.measures.iter().any(|m| {
                        m.tiers.iter().any(|t| {
                            // ("2.0%" is 2%)
                            plain_percents(&clean(cell)) == format!("{}%", rate_percent(t.rate))
                        })
                    })
                })
            });
            let Some(noun) = table
                .header
                .first()
                .and_then(|h| clean(h).to_lowercase().split_whitespace().last().map(str::to_string))
            else {
                continue;
            };
            // (a header of one or two words over rows that are names: "| Service attainment
            // for the year | …" over "| 0% to 80% |" names no tier)
            let short = table
                .header
                .first()
                .is_some_and(|h| clean(h).split_whitespace().count() <= 2);
            let rows_named = table
                .rows
                .iter()
                .all(|r| r.first().is_some_and(|c| !c.chars().any(|c| c.is_ascii_digit())));
            if names_tiers
                && short
                && rows_named
                && noun.len() >= 3
                && noun.chars().all(char::is_alphabetic)
                && !["tier", "tiers", "rate", "attainment", "quarter", "month"].contains(&noun.as_str())
                && !nouns.contains(&noun)
            {
                // ("| Print mode | …": the header's two words too, so that "what print mode
                // am I in" names no product by "print")
                let header = table
                    .header
                    .first()
                    .map(|h| clean(h).to_lowercase())
                    .unwrap_or_default();
                if header.split_whitespace().count() == 2 && header.chars().all(|c| c.is_alphabetic() || c == ' ') {
                    nouns.push(header);
                }
                nouns.push(noun);
            }
            // ("| the dynamics | the four New ARR tiers: Piano, Mezzo, … |": a glossary's
            // word for the tiers)
            for row in table.rows.iter().filter(|r| r.len() == 2) {
                let term = clean(&row[0]).to_lowercase();
                let term = term.strip_prefix("the ").unwrap_or(&term);
                let meaning = clean(&row[1]).to_lowercase();
                let of_tiers = meaning
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| matches!(w, "tiers" | "bands" | "levels"));
                let Some(one) = term.strip_suffix('s') else { continue };
                if of_tiers
                    && one.len() >= 4
                    && one.chars().all(char::is_alphabetic)
                    && !COMMON.contains(&one)
                    && !["tier", "band", "level", "rate"].contains(&one)
                    && !nouns.iter().any(|n| n == one)
                {
                    nouns.push(one.to_string());
                }
            }
        }
    }
    nouns
}
