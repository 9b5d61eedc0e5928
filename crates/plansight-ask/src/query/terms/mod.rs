//! The plan document's own names for the plan's parts: a tier called "Overdrive" or
//! "Cruise" in a rate table, a threshold called "the Floor", an attainment cap called "the
//! Ceiling", a payout cap called "the earnings limit". They are found by matching what the
//! document says against the plan's numbers (a table row with a tier's rate, a clause that
//! quotes the threshold's percentage), never from a list written for one plan.

mod glossary;
mod prose;
mod tables;

use glossary::{glossary, tier_nouns};
use plansight_plan::document::{parse, PlanDocument};
use plansight_plan::shown::point_percent;
use plansight_plan::Plan;
use prose::{heading_name, prose_tier_names, quotes, title};
use tables::tier_names;

/// A part of the plan a document term names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    /// A tier: (measure index, tier index).
    Tier(usize, usize),
    /// A measure's attainment threshold.
    Threshold(usize),
    /// A measure's attainment cap.
    Cap(usize),
    /// The plan-year payout cap.
    PayoutCap,
    /// The plan's draw.
    Draw,
}

/// Words too common to be a name of their own.
const COMMON: &[&str] = &[
    "the",
    "a",
    "an",
    "rate",
    "rates",
    "tier",
    "tiers",
    "band",
    "bands",
    "quota",
    "attainment",
    "credit",
    "commission",
    "what",
    "counts",
    "target",
    "example",
    "examples",
    "plan",
    "earnings",
    "your",
    "you",
    "monthly",
    "quarterly",
];

/// The document's names for the plan's parts and its own word for a tier, read from one
/// parse of the document.
pub fn read(plan: &Plan, document: &str) -> (Vec<(String, Term)>, Vec<String>) {
    let doc = parse(document);
    let names = without_articles(names_in(plan, document, &doc));
    (
        with_street_short(with_rate_heads(plan, document, names)),
        tier_nouns(plan, &doc),
    )
}

/// A name ending in "street" said as the sign writes it: "how far am i from front st" for
/// the Front Street threshold.
fn with_street_short(mut terms: Vec<(String, Term)>) -> Vec<(String, Term)> {
    let short: Vec<(String, Term)> = terms
        .iter()
        .filter_map(|(n, t)| {
            let stem = n.strip_suffix(" street")?;
            (!stem.is_empty()).then(|| (format!("{stem} st"), *t))
        })
        .filter(|(n, _)| !terms.iter().any(|(x, _)| x == n))
        .collect();
    terms.extend(short);
    terms
}

/// A tier above the first named "<word> Rate" (or Level, Tier) is said by its word after a
/// verb of reaching it: "how much more do I need to hit priority", "how far from priority"
/// where the tier is the Priority Rate; the word alone is no name ("my top priority",
/// "priority calls"). Only a word of five letters or more, no word of another name,
/// measure, product or bonus of the plan, that the document says mostly in the tier's name.
fn with_rate_heads(plan: &Plan, document: &str, mut terms: Vec<(String, Term)>) -> Vec<(String, Term)> {
    const GENERIC: &[&str] = &["standard", "higher", "lower", "normal", "regular", "basic", "premium"];
    const REACHING: &[&str] = &[
        "hit", "hits", "hitting", "reach", "reaches", "reached", "reaching", "make", "made", "making", "into", "to",
        "from", "past", "get", "got",
    ];
    let lower_document = document.to_lowercase();
    let words: Vec<String> = lower_document
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    // (how often the word, in the singular or the plural, is said outside the tier's name,
    // and inside it)
    let said = |head: &str, noun: &str| {
        let at: Vec<usize> = (0..words.len())
            .filter(|&i| words[i] == head || words[i].strip_suffix('s') == Some(head))
            .collect();
        let whole = at
            .iter()
            .filter(|&&i| words.get(i + 1).is_some_and(|n| n == noun))
            .count();
        (at.len() - whole, whole)
    };
    let elsewhere: Vec<String> = terms
        .iter()
        .map(|(n, _)| n.clone())
        .chain(plan.measures.iter().map(|m| m.name.to_lowercase()))
        .chain(plan.bonuses.iter().map(|b| b.name.to_lowercase()))
        .chain(
            plan.measures
                .iter()
                .flat_map(|m| m.products.iter().flatten().map(|p| p.to_lowercase())),
        )
        .collect();
    let heads: Vec<(String, Term)> = terms
        .iter()
        .filter(|(_, t)| matches!(t, Term::Tier(_, ti) if *ti > 0))
        .filter_map(|(n, t)| {
            let (head, noun) = n.split_once(' ')?;
            let (alone, whole) = said(head, noun);
            let fits = matches!(noun, "rate" | "level" | "tier")
                && head.len() >= 5
                && head.chars().all(|c| c.is_alphabetic() || c == '-')
                && !COMMON.contains(&head)
                && !GENERIC.contains(&head)
                // (a hyphened head counted in the document's words with their hyphens: never said
                // outside the name, "multi-year deals")
                && (alone < whole || head.contains('-') && hyphened_alone(&lower_document, head, noun) == 0)
                && elsewhere.iter().filter(|e| *e != n).all(|e| {
                    !e.split([' ', '-'])
                        .any(|w| w.starts_with(head) || head.starts_with(w) && w.len() >= 4)
                });
            fits.then(|| (head.to_string(), *t))
        })
        .collect();
    for (head, t) in heads {
        // ("all-star at 2x" for the All-Star Rate: a hyphened word is a name alone)
        if head.contains('-') && !terms.iter().any(|(n, _)| *n == head) {
            terms.push((head.clone(), t));
        }
        for verb in REACHING {
            let phrase = format!("{verb} {head}");
            if !terms.iter().any(|(n, _)| *n == phrase) {
                terms.push((phrase, t));
            }
        }
    }
    terms
}

/// How often the document says a hyphened word ("all-star") other than before `noun`.
fn hyphened_alone(document_lower: &str, head: &str, noun: &str) -> usize {
    let words: Vec<&str> = document_lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    (0..words.len())
        .filter(|&i| words[i] == head && words.get(i + 1) != Some(&noun))
        .count()
}

/// The names and, for a name given with its article ("el Cráter", "la Fumarola"), the name
/// without it too: a question says "cráter at 200%". (Not where the rest is a word of
/// another part's name too: the Die Line beside the Score Line is no German "die".)
fn without_articles(mut terms: Vec<(String, Term)>) -> Vec<(String, Term)> {
    const ARTICLES: &[&str] = &[
        "el ", "la ", "los ", "las ", "le ", "les ", "het ", "de ", "der ", "die ", "das ",
    ];
    let bare: Vec<(String, Term)> = terms
        .iter()
        .filter_map(|(n, t)| {
            let rest = ARTICLES.iter().find_map(|a| n.strip_prefix(a))?;
            let shared = terms
                .iter()
                .any(|(m, u)| u != t && m.split_whitespace().any(|w| w == rest));
            (rest.len() >= 4 && !shared && !terms.iter().any(|(m, _)| m == rest)).then(|| (rest.to_string(), *t))
        })
        .collect();
    terms.extend(bare);
    terms
}

/// The document's names for the plan's parts, lower case.
pub fn terms(plan: &Plan, document: &str) -> Vec<(String, Term)> {
    read(plan, document).0
}

/// The one measure a heading or a glossary row names by its name ("6. Contract Logistics
/// Incentive", "the 200% cap of the Road Freight Commission").
pub(super) fn named_measure(plan: &Plan, text: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    let mut named = plan
        .measures
        .iter()
        .enumerate()
        .filter(|(_, m)| lower.contains(&m.name.to_lowercase()))
        .map(|(mi, _)| mi);
    named.next().filter(|_| named.next().is_none())
}

/// "5.5 **The Loading Dock (threshold).** No … is earned … until … 25%": a titled clause that
/// says what it is in brackets names that mark of the measure whose value it quotes, before
/// any clause that only mentions the words (a clause on splits may quote the same 25%).
fn declared_marks(plan: &Plan, doc: &PlanDocument, found: &mut Vec<(String, Term)>) {
    for section in &doc.sections {
        let of_measure = named_measure(plan, &section.heading);
        for clause in &section.clauses {
            let Some(name) = title(&clause.text) else { continue };
            let head = clause.text.to_lowercase();
            let head = head.split("**").nth(1).unwrap_or("");
            let (threshold, cap) = (head.contains("(threshold"), head.contains("cap)"));
            if !threshold && !cap {
                continue;
            }
            let quoted = |p: Option<plansight_plan::Point>| {
                p.is_some_and(|p| quotes(&clause.text, &format!("{}%", point_percent(p))))
            };
            let of = |t: &Term| found.iter().any(|(_, x)| x == t);
            let marks = plan
                .measures
                .iter()
                .enumerate()
                .filter(|(mi, _)| of_measure.is_none_or(|o| o == *mi));
            for (mi, m) in marks {
                let term = if threshold && quoted(m.threshold) {
                    Term::Threshold(mi)
                } else if cap && quoted(m.cap) {
                    Term::Cap(mi)
                } else {
                    continue;
                };
                if !of(&term) {
                    found.push((name.clone(), term));
                    break;
                }
            }
        }
    }
}

/// The names of [`terms`], from the document parsed once.
fn names_in(plan: &Plan, document: &str, doc: &PlanDocument) -> Vec<(String, Term)> {
    let mut found = Vec::new();
    tier_names(plan, doc, &mut found);
    prose_tier_names(plan, doc, &mut found);
    let named = |found: &Vec<(String, Term)>, t: Term| found.iter().any(|(_, x)| *x == t);
    declared_marks(plan, doc, &mut found);
    for section in &doc.sections {
        // (a measure's own section names its marks only: "5.6 The Limiter" of Road Freight
        // does not name the other measure's cap at the same 200%)
        let of_measure = named_measure(plan, &section.heading);
        for clause in &section.clauses {
            // The first titled clause that quotes the threshold (or the cap) names it.
            // (a worked example quotes the numbers; it names nothing)
            // (nor does a title of common words only: "Commission bands" quoting "the next 40%")
            let Some(title) = title(&clause.text)
                .filter(|t| !t.contains("example") && t.split_whitespace().any(|w| !COMMON.contains(&w)))
            else {
                continue;
            };
            for (mi, m) in plan
                .measures
                .iter()
                .enumerate()
                .filter(|(mi, _)| of_measure.is_none_or(|o| o == *mi))
            {
                let quoted = |p: Option<plansight_plan::Point>| {
                    p.is_some_and(|p| quotes(&clause.text, &format!("{}%", point_percent(p))))
                };
                // (a clause about splits may quote 50% too: "Co-brokered lanes … 50% of its GM")
                let lower = clause.text.to_lowercase();
                let of_threshold = [
                    "threshold",
                    "nothing is paid",
                    "minimum",
                    "below",
                    "gate",
                    "floor",
                    "until",
                ]
                .iter()
                .any(|w| lower.contains(w));
                let of_cap = [
                    "cap",
                    "maximum",
                    "no further",
                    "nothing more",
                    "limit",
                    "ceiling",
                    "above",
                    "beyond",
                ]
                .iter()
                .any(|w| lower.contains(w));
                // (nor does a clause on splits: "plans the floor layout … shared 75%/25%")
                let of_splits = title.contains("split");
                if quoted(m.threshold) && of_threshold && !of_splits && !named(&found, Term::Threshold(mi)) {
                    found.push((title.clone(), Term::Threshold(mi)));
                }
                if quoted(m.cap) && of_cap && !named(&found, Term::Cap(mi)) {
                    found.push((title.clone(), Term::Cap(mi)));
                }
            }
        }
        // A section that quotes the payout cap is named for it ("6. Earnings limit"): the
        // first such, not a measure's or a bonus's section quoting it in an example.
        let heading_lower = section.heading.to_lowercase();
        let about_other = plan
            .measures
            .iter()
            .any(|m| heading_lower.contains(&m.name.to_lowercase()))
            || plan
                .bonuses
                .iter()
                .any(|b| heading_lower.contains(&b.name.to_lowercase()))
            || [
                "definition",
                "example",
                "bonus",
                "timing",
                "purpose",
                "scope",
                "summary",
                "overview",
                "pay mix",
                "eligib",
                "dispute",
                "new hire",
                "leaver",
                "administration",
            ]
            .iter()
            .any(|w| heading_lower.contains(w));
        if let Some(cap) = plan
            .payout_cap
            .filter(|_| !about_other && !named(&found, Term::PayoutCap))
        {
            let amount = plansight_plan::fixed::group_thousands(&plansight_plan::Exact::from_cents(cap).money());
            let whole = amount.trim_end_matches(".00").to_string();
            // (however the document groups its digits: "9,00,000" in India)
            let digits = whole.replace(',', "");
            // (a whole number: "450,000" does not say 45,000)
            let says = |text: &str, n: &str| {
                text.match_indices(n).any(|(at, _)| {
                    !text[..at].ends_with(|c: char| c.is_ascii_digit())
                        && !text[at + n.len()..].starts_with(|c: char| c.is_ascii_digit() || c == ',')
                })
            };
            if section.clauses.iter().any(|c| {
                says(&c.text, &amount) || says(&c.text, &whole) || says(&c.text.replace([',', ' '], ""), &digits)
            }) {
                let heading = heading_name(&section.heading);
                if !heading.is_empty() && heading.split_whitespace().count() <= 3 {
                    found.push((heading, Term::PayoutCap));
                }
            }
        }
        // A section about the draw under a name of its own ("8. The Bridge (monthly draw)",
        // "10. The Jump Start (monthly retainer)").
        if plan.draw.is_some()
            && ["draw", "guarantee", "advance", "minimum", "retainer"]
                .iter()
                .any(|w| section.heading.to_lowercase().contains(w))
        {
            let heading = heading_name(&section.heading);
            if !heading.is_empty() && !heading.contains("draw") && heading.split_whitespace().count() <= 3 {
                found.push((heading, Term::Draw));
            }
        }
    }
    glossary(plan, doc, &mut found);
    // "runway" for the Runway Advance, "roof" for the Payout Roof: the distinctive word alone.
    // ("trail" of the Trail Gate is no threshold where "trail day" is the payday, "on the
    // trail" an open deal: the first cells of the document's tables)
    // (not a row about the same part: "| the Toque | the Toque Advance, our draw |")
    let first_cells: Vec<String> = document
        .lines()
        .filter_map(|l| l.trim().strip_prefix('|'))
        .filter_map(|row| {
            let row = row.replace("**", "").to_lowercase();
            let (first, rest) = row.split_once('|')?;
            let first = first.trim().to_string();
            // (by a word of its own: "the" of "| the pool report | the monthly … |" is none)
            let about_itself = first
                .split_whitespace()
                .any(|w| w.len() > 3 && rest.split_whitespace().any(|x| x == w));
            (!about_itself).then_some(first)
        })
        .collect();
    let mut alone = Vec::new();
    for (name, t) in &found {
        // ("clipping" for the Clipping Point, a cap: its first word, when a mark's)
        let mark = matches!(t, Term::Cap(_) | Term::Threshold(_));
        if (matches!(t, Term::Draw | Term::PayoutCap) || mark) && name.contains(' ') {
            const PLAIN: &[&str] = &[
                "advance", "payout", "earnings", "limit", "cap", "draw", "the", "annual", "plan", "money", "key",
                "pay", "cash", // (a ranking's words: "top 3 on my team" is no Top Shelf)
                "top", "bottom", "best", "worst", "most", "least", "high", "low", "first", "last",
            ];
            // ("ticket" of the Season Ticket is not the Big Ticket Bonus's)
            // (nor "charge" of the Trickle Charge, when the Full Charge is a cap)
            let elsewhere = |w: &str| {
                plan.bonuses
                    .iter()
                    .map(|b| b.name.to_lowercase())
                    .chain(plan.measures.iter().map(|m| m.name.to_lowercase()))
                    .chain(
                        found
                            .iter()
                            .filter(|(n, u)| n != name && u != t)
                            .map(|(n, _)| n.clone()),
                    )
                    .any(|n| n.split_whitespace().any(|x| x == w))
                    || first_cells.iter().any(|c| {
                        // ("| ang pao | the quarterly advance |": the Ang Pao Advance said short)
                        !name.contains(c.trim_start_matches("the ")) && c.split_whitespace().any(|x| x == w)
                    })
            };
            // (not a word the questions' rules read: "pass" of the Season Pass)
            for w in name
                .split_whitespace()
                .take(if mark { 1 } else { usize::MAX })
                .filter(|w| {
                    !PLAIN.contains(w)
                        && !COMMON.contains(w)
                        && w.len() >= 3
                        && !elsewhere(w)
                        && !super::unrecognised::rule_word(w)
                })
            {
                alone.push((w.to_string(), *t));
                // "the max" for the Maximum Annual Commission.
                if let Some(short) = [("maximum", "max"), ("minimum", "min")]
                    .iter()
                    .find_map(|(long, short)| (w == *long).then_some(*short))
                {
                    alone.push((short.to_string(), *t));
                }
            }
        }
    }
    found.extend(alone);
    // "Maximum Incentive Earnings (MIE)": the initials the document gives a name.
    let initials: Vec<(String, Term)> = found
        .iter()
        .filter(|(n, _)| n.split_whitespace().count() >= 2)
        .filter_map(|(n, t)| {
            let i: String = n.split_whitespace().filter_map(|w| w.chars().next()).collect();
            document.contains(&format!("({})", i.to_uppercase())).then_some((i, *t))
        })
        .collect();
    found.extend(initials);
    // ("Limit" or "Cap" alone, a clause's title, names no one part)
    found.retain(|(name, _)| {
        name.split_whitespace().any(|w| !COMMON.contains(&w)) && !matches!(name.as_str(), "limit" | "cap" | "maximum")
    });
    found.dedup();
    found
}
