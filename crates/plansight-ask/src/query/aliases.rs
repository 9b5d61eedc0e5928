//! Other names the plan document gives a measure, in parentheses after its name
//! ("Consumables Commission (disposables contracts)", "| Consumables (disposables) |"): a
//! question may use either ("my disposables commission").

use plansight_plan::Plan;

/// Words too plain to name a measure on their own.
const PLAIN: &[&str] = &[
    "the",
    "and",
    "our",
    "your",
    "all",
    "see",
    "incl",
    "including",
    "also",
    "called",
    "known",
    "deals",
    "deal",
    "contracts",
    "contract",
    "sales",
    "commission",
    "incentive",
    "bonus",
    "revenue",
    "bookings",
    "only",
    "paid",
    "quarterly",
    "monthly",
    "annual",
    "section",
    "measure",
    "measured",
    "each",
    "per",
    "tier",
    "tiers",
    "band",
    "bands",
    "level",
    "levels",
    "step",
    "steps",
    "rate",
    "rates",
    "from",
    "with",
    "for",
    "plus",
    "this",
    "that",
    "which",
    "when",
    "where",
    "formerly",
    "previously",
];

/// (measure id, another name) pairs the document gives.
pub fn of_measures(plan: &Plan, document: &str) -> Vec<(String, String)> {
    let lower = document.to_lowercase();
    let mut found: Vec<(String, String)> = Vec::new();
    for m in &plan.measures {
        let name = m.name.to_lowercase();
        // The name in full, or its first word when that is a word of its own ("Consumables").
        let first = name.split_whitespace().next().unwrap_or("").to_string();
        let mut said = vec![name.clone()];
        if first.len() >= 5 && !PLAIN.contains(&first.as_str()) {
            said.push(first);
        }
        for s in &said {
            for (i, _) in lower.match_indices(s.as_str()) {
                // (a word of its own: not "consumablesx", and its start not inside a word)
                let start_ok = i == 0 || !lower[..i].ends_with(|c: char| c.is_alphanumeric());
                let rest = &lower[i + s.len()..];
                let Some(inside) = rest.strip_prefix(" (").and_then(|r| r.split(')').next()) else {
                    continue;
                };
                // (a short other name: "(disposables contracts)", not "(Tier 2)" or a clause)
                if inside.split_whitespace().count() > 3 || inside.chars().any(|c| c.is_ascii_digit()) {
                    continue;
                }
                let Some(word) = inside.split_whitespace().next() else {
                    continue;
                };
                let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                if start_ok
                    && word.len() >= 4
                    && word.chars().all(|c| c.is_alphabetic() || c == '-')
                    && !PLAIN.contains(&word)
                    && !name.split_whitespace().any(|w| w == word)
                    && !plan
                        .measures
                        .iter()
                        .any(|o| o.id != m.id && o.name.to_lowercase().contains(word))
                    && !found.iter().any(|(_, w)| w == word)
                {
                    found.push((m.id.clone(), word.to_string()));
                }
            }
        }
    }
    found
}
