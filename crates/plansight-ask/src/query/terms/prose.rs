//! Names said in the document's sentences: a tier named before its rate, a clause's bold
//! title, a section heading.
use plansight_plan::document::PlanDocument;
use plansight_plan::shown::rate_percent;
use plansight_plan::Plan;

use super::{Term, COMMON};

/// Tiers named in a sentence of their own in a measure's section, the name before its rate
/// ("Case Rate: 4% of disposables credit up to 100% of the quarter's quota. Full Tray: 6%
/// above"): a name of one to three capitalised words, a rate that is one tier's of the
/// measure the heading names.
pub(super) fn prose_tier_names(plan: &Plan, doc: &PlanDocument, found: &mut Vec<(String, Term)>) {
    for section in &doc.sections {
        let heading = section.heading.to_lowercase();
        let of_measure: Vec<usize> = (0..plan.measures.len())
            .filter(|&mi| heading.contains(&plan.measures[mi].name.to_lowercase()))
            .collect();
        let [mi] = of_measure.as_slice() else { continue };
        let tiers = &plan.measures[*mi].tiers;
        for clause in section.clauses.iter().filter(|c| c.table.is_none()) {
            let text = clause.text.replace("**", "");
            // ("Case Rate: 4% of …", or "… RETROACTIVE: Single Click pays 100% of the base;
            // Double Click pays 150% …": the capitalised words before "pays")
            let named_rates = text.split(". ").flat_map(|sentence| {
                let before_colon = sentence
                    .split_once(':')
                    .map(|(name, said)| (name.trim().to_string(), said.to_string()));
                let paying = sentence.split([';', ':', ',']).filter_map(|part| {
                    let (before, said) = part.split_once(" pays ")?;
                    let words: Vec<&str> = before.split_whitespace().collect();
                    // (a word in title case: "MRR pays 6%" is the measure's, no tier's)
                    let capital = |w: &&&str| {
                        let mut cs = w.chars();
                        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
                    };
                    // (not the sentence's article: "The Double Click pays 150%")
                    let k = words.iter().rev().take_while(capital).count();
                    let named: Vec<&str> = words[words.len() - k..]
                        .iter()
                        .copied()
                        .skip_while(|w| matches!(*w, "The" | "A" | "An" | "Each" | "Every"))
                        .collect();
                    (!named.is_empty()).then(|| (named.join(" "), said.to_string()))
                });
                before_colon.into_iter().chain(paying).collect::<Vec<_>>()
            });
            for (name, said) in named_rates {
                let words: Vec<&str> = name.split_whitespace().collect();
                let named = (1..=3).contains(&words.len())
                    && words
                        .iter()
                        .all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic));
                let Some(rate) = said.split_whitespace().next() else {
                    continue;
                };
                let rate = rate.trim_end_matches([',', ';']);
                let at: Vec<usize> = (0..tiers.len())
                    .filter(|&ti| format!("{}%", rate_percent(tiers[ti].rate)) == rate)
                    .collect();
                let lower = name.to_lowercase();
                if let (true, [ti]) = (named, at.as_slice()) {
                    if !COMMON.contains(&lower.as_str()) && !found.iter().any(|(n, _)| *n == lower) {
                        found.push((lower, Term::Tier(*mi, *ti)));
                    }
                }
            }
        }
    }
}

/// A clause's bold title ("**The Floor.**"), without its article and full stop, lower case.
pub(super) fn title(text: &str) -> Option<String> {
    // After the clause's number, if any ("3.3 **The Floor.** …").
    let text = text.trim_start();
    let text = text
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
        .trim_start();
    let t = match text.strip_prefix("**") {
        Some(rest) => clean(&rest[..rest.find("**")?]).to_lowercase(),
        // An unbolded title is its first sentence, when it reads as a name: "4.5 The
        // Soundcheck (threshold). Nothing is paid …" (a parenthesis saying what it is, or
        // every word capitalised).
        None => {
            let end = text
                .find(". ")
                .or_else(|| text.ends_with('.').then(|| text.len() - 1))?;
            let first = &text[..end];
            let name = first.split('(').next().unwrap_or("");
            let named = first.trim_end().ends_with(')')
                || name
                    .split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "of" | "the" | "and"));
            if !named || name.split_whitespace().count() > 4 {
                return None;
            }
            clean(first).to_lowercase()
        }
    };
    // "The Crease (threshold)": the name, without what it explains itself as (nor the
    // clause's number inside the bold: "**5.4 The Perch (threshold).**").
    let t = t.split('(').next().unwrap_or("").trim();
    let t = t
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
        .trim_start()
        .to_string();
    let t = t
        .strip_prefix("the ")
        .unwrap_or(&t)
        .trim_end_matches('.')
        .trim()
        .to_string();
    // (four words at most: "End of the Line"; a phrase with a comma is no name)
    (!t.is_empty() && t.split_whitespace().count() <= 4 && !t.contains([',', ';', ':'])).then_some(t)
}

/// A section heading as a name: without its number, article and parenthesis, lower case.
pub(super) fn heading_name(heading: &str) -> String {
    let h = heading.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    let h = h.split('(').next().unwrap_or("").trim().to_lowercase();
    h.strip_prefix("the ").unwrap_or(&h).trim().to_string()
}

/// The text set in bold within a cell, lower case, if any.
pub(super) fn bold(cell: &str) -> Option<String> {
    let start = cell.find("**")? + 2;
    let end = start + cell[start..].find("**")?;
    let t = clean(&cell[start..end]).to_lowercase();
    (!t.is_empty()).then_some(t)
}

/// A cell or title without emphasis marks and trailing stops.
pub(super) fn clean(text: &str) -> String {
    text.replace(['*', '_', '`'], "")
        .trim()
        .trim_end_matches('.')
        .trim()
        .to_string()
}

/// Whether the text says the percentage only as a share of a quota ("100% of the quarter's
/// quota", "100% of the month's objective"): a point of attainment.
pub(super) fn of_quota(text: &str, percent: &str) -> bool {
    let plain = text.replace('*', "");
    plain.match_indices(percent).all(|(i, _)| {
        let after: Vec<&str> = plain[i + percent.len()..].split_whitespace().take(6).collect();
        after.first() == Some(&"of")
            && after.iter().any(|w| {
                // ("100% of the GCI Target": the document's capitals)
                let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                ["quota", "target", "objective", "goal"]
                    .iter()
                    .any(|q| w.starts_with(q))
            })
    })
}

/// Whether `text` quotes `percent` ("35%") as a whole number, not inside "135%".
pub(super) fn quotes(text: &str, percent: &str) -> bool {
    let plain = text.replace('*', "");
    plain.match_indices(percent).any(|(i, _)| {
        plain[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_ascii_digit() && c != '.')
    })
}
