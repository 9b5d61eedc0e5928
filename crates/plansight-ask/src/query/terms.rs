//! The plan document's own names for the plan's parts: a tier called "Overdrive" or
//! "Cruise" in a rate table, a threshold called "the Floor", an attainment cap called "the
//! Ceiling", a payout cap called "the earnings limit". They are found by matching what the
//! document says against the plan's numbers (a table row with a tier's rate, a clause that
//! quotes the threshold's percentage), never from a list written for one plan.

use plansight_plan::document::{parse, PlanDocument};
use plansight_plan::shown::{point_percent, rate_percent};
use plansight_plan::Plan;

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
    (without_articles(names_in(plan, document, &doc)), tier_nouns(plan, &doc))
}

/// The names and, for a name given with its article ("el Cráter", "la Fumarola"), the name
/// without it too: a question says "cráter at 200%".
fn without_articles(mut terms: Vec<(String, Term)>) -> Vec<(String, Term)> {
    const ARTICLES: &[&str] = &[
        "el ", "la ", "los ", "las ", "le ", "les ", "het ", "de ", "der ", "die ", "das ",
    ];
    let bare: Vec<(String, Term)> = terms
        .iter()
        .filter_map(|(n, t)| {
            let rest = ARTICLES.iter().find_map(|a| n.strip_prefix(a))?;
            (rest.len() >= 4 && !terms.iter().any(|(m, _)| m == rest)).then(|| (rest.to_string(), *t))
        })
        .collect();
    terms.extend(bare);
    terms
}

/// The document's names for the plan's parts, lower case.
pub fn terms(plan: &Plan, document: &str) -> Vec<(String, Term)> {
    read(plan, document).0
}

/// The names of [`terms`], from the document parsed once.
fn names_in(plan: &Plan, document: &str, doc: &PlanDocument) -> Vec<(String, Term)> {
    let mut found = Vec::new();
    tier_names(plan, doc, &mut found);
    prose_tier_names(plan, doc, &mut found);
    let named = |found: &Vec<(String, Term)>, t: Term| found.iter().any(|(_, x)| *x == t);
    for section in &doc.sections {
        for clause in &section.clauses {
            // The first titled clause that quotes the threshold (or the cap) names it.
            // (a worked example quotes the numbers; it names nothing)
            // (nor does a title of common words only: "Commission bands" quoting "the next 40%")
            let Some(title) = title(&clause.text)
                .filter(|t| !t.contains("example") && t.split_whitespace().any(|w| !COMMON.contains(&w)))
            else {
                continue;
            };
            for (mi, m) in plan.measures.iter().enumerate() {
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
                if quoted(m.threshold) && of_threshold && !named(&found, Term::Threshold(mi)) {
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
        // A section about the draw under a name of its own ("8. The Bridge (monthly draw)").
        if plan.draw.is_some()
            && ["draw", "guarantee", "advance", "minimum"]
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
            let about_itself = first
                .split_whitespace()
                .any(|w| rest.split_whitespace().any(|x| x == w));
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

/// Rows of rate tables: a row that quotes a tier's rate names that tier by its first cell.
fn tier_names(plan: &Plan, doc: &PlanDocument, found: &mut Vec<(String, Term)>) {
    let before = found.len();
    let tables = || {
        doc.sections
            .iter()
            .flat_map(|s| &s.clauses)
            .filter_map(|c| c.table.as_ref())
    };
    // The first cells of the tables of tiers.
    let tier_rows: Vec<String> = tables()
        .filter(|t| of_tiers(t))
        .flat_map(|t| &t.rows)
        .filter_map(|r| r.first())
        .map(|c| {
            let n = cell_name(c).to_lowercase();
            n.strip_prefix("the ").unwrap_or(&n).to_string()
        })
        .filter(|n| !n.is_empty())
        .collect();
    for section in &doc.sections {
        for table in section.clauses.iter().filter_map(|c| c.table.as_ref()) {
            // A table of tiers (its first column headed "tier") in the section of one measure,
            // one row a tier: each row names its tier in order, whatever its rate looks like
            // ("| Limelight | 100% – 200% | 1.5% of the quarter's target |").
            let heading = section.heading.to_lowercase();
            let of_measure: Vec<usize> = (0..plan.measures.len())
                .filter(|&mi| heading.contains(&plan.measures[mi].name.to_lowercase()))
                .collect();
            let tier_column = of_tiers(table);
            let in_order = match of_measure.as_slice() {
                [mi] if tier_column && table.rows.len() == plan.measures[*mi].tiers.len() => Some(*mi),
                _ => None,
            };
            for (ri, row) in table.rows.iter().enumerate() {
                let Some(name) = row.first().map(|c| cell_name(c)) else {
                    continue;
                };
                let name = name.strip_prefix("the ").unwrap_or(&name).to_string();
                // "Level 2": a tier named by its number, kept only where it is that tier.
                let number = numbered(&name);
                if name.is_empty()
                    || number.is_none() && name.chars().any(|c| c.is_ascii_digit())
                    || name.split_whitespace().count() > 3
                {
                    continue;
                }
                // A bonus's or a measure's row ("| Pinnacle Bonus | 150% of GTX quota | …") is
                // not a tier's.
                let lower = name.to_lowercase();
                let said = meaning(row);
                if plan.bonuses.iter().any(|b| b.name.to_lowercase() == lower)
                    || plan.measures.iter().any(|m| m.name.to_lowercase() == lower)
                    || lower.contains("bonus")
                    || said.split(|c: char| !c.is_alphanumeric()).any(|w| w == "bonus")
                {
                    continue;
                }
                // A glossary's row naming a tier by its name ("| the Bumper | the Sapphire
                // band, our accelerator |") is read once the tiers' names are known; one that
                // speaks of no tier ("| Credit | the broker's share (100% unless co-brokered) |")
                // names none, whatever percentage it quotes.
                // (a table of a name and what it means, not "| 100% – 150% (the kicker) | 7% |")
                let glossary = table.header.len() <= 2
                    && !row.iter().skip(1).any(|c| {
                        let c = clean(c);
                        c.ends_with('%') && c.split_whitespace().count() == 1
                    });
                if !tier_column
                    && (!names_of_tiers(&said, &tier_rows).is_empty()
                        || glossary
                            && !said.split(|c: char| !c.is_alphanumeric()).any(|w| {
                                matches!(
                                    w,
                                    "tier"
                                        | "tiers"
                                        | "band"
                                        | "bands"
                                        | "rate"
                                        | "rates"
                                        | "level"
                                        | "step"
                                        | "accelerator"
                                        | "accelerated"
                                        | "bracket"
                                )
                            }))
                {
                    continue;
                }
                // The measure the section is about, when the heading names one.
                let heading = section.heading.to_lowercase();
                let candidates: Vec<usize> = (0..plan.measures.len())
                    .filter(|&mi| heading.contains(&plan.measures[mi].name.to_lowercase()))
                    .collect();
                let measures: Vec<usize> = if candidates.is_empty() {
                    (0..plan.measures.len()).collect()
                } else {
                    candidates
                };
                // A cell that is the rate alone first ("| Jet Stream | above 100% | 180% |":
                // the 100% is where it starts, the rate of the tier below).
                let tier = [true, false].into_iter().find_map(|alone| {
                    // Right to left when quoted: the rate comes after where the tier starts
                    // ("| Part B | above 100% | 150% of the quarter's target |").
                    let cells: Vec<&String> = if alone {
                        row.iter().skip(1).collect()
                    } else {
                        row.iter().skip(1).rev().collect()
                    };
                    cells.into_iter().find_map(|cell| {
                        measures.iter().find_map(|&mi| {
                            // (the rate said first in the cell: "150% of the base per 100% of
                            // attainment" is the 150% tier's)
                            plan.measures[mi]
                                .tiers
                                .iter()
                                .enumerate()
                                .filter_map(|(ti, t)| {
                                    let rate = format!("{}%", rate_percent(t.rate));
                                    // ("4.0%" is 4%; "1.25x" the multiple of an incentive's rate)
                                    let cell = plain_percents(&clean(cell));
                                    let times = crate::phrases::fraction_text(t.rate.0 as i128, 1_000_000);
                                    let multiple = |c: &str| {
                                        c.split_whitespace().any(|w| {
                                            let w = w.trim_end_matches([',', ';', '.']);
                                            w.strip_suffix(['x', '×'])
                                                .is_some_and(|n| n.trim_end_matches(".0") == times)
                                        })
                                    };
                                    let said = if alone {
                                        cell == rate || multiple(&cell) && cell.split_whitespace().count() == 1
                                    } else {
                                        // ("| going jacquard | reaching the accelerator (100% of
                                        // the quarter's quota) |": where a tier starts, no rate)
                                        quotes(&cell, &rate) && !(glossary && of_quota(&cell, &rate)) || multiple(&cell)
                                    };
                                    said.then(|| (cell.find(&rate).unwrap_or(usize::MAX), ti))
                                })
                                .min()
                                .map(|(_, ti)| (mi, ti))
                        })
                    })
                });
                let tier = in_order.map(|mi| (mi, ri)).or(tier);
                if let Some((mi, ti)) = tier.filter(|(_, ti)| number.is_none_or(|n| n == ti + 1)) {
                    // (a table of tiers says best which tier a name is: a glossary's "at and
                    // above 100%" may look like a rate of 100%)
                    if tier_column {
                        found.retain(|(n, t)| *n != lower || !matches!(t, Term::Tier(..)));
                    }
                    found.push((lower, Term::Tier(mi, ti)));
                }
            }
        }
    }
    // Another name of one tier, in a table of names ("| the Whitewater | the Rapids grade,
    // the capital accelerator |"; not "| the grades | Brook, Stream, Rapids, Falls |").
    let before_aliases = found.len();
    for row in tables()
        .filter(|t| !of_tiers(t))
        .flat_map(|t| &t.rows)
        .filter(|r| r.len() >= 2)
    {
        let name = clean(&row[0]).to_lowercase();
        let name = name.strip_prefix("the ").unwrap_or(&name).trim().to_string();
        let said = meaning(row);
        // (the tiers' names found before this pass: a table headed by the plan's own noun,
        // "| Floor |", too; not a name this pass gives)
        let tier_names: Vec<String> = found[..before_aliases]
            .iter()
            .filter(|(_, t)| matches!(t, Term::Tier(..)))
            .map(|(n, _)| n.clone())
            .chain(tier_rows.iter().cloned())
            .collect();
        let named = names_of_tiers(&said, &tier_names);
        let tiers: Vec<Term> = found
            .iter()
            .filter(|(n, t)| matches!(t, Term::Tier(..)) && named.contains(n))
            .map(|(_, t)| *t)
            .collect();
        let of_part = plan
            .measures
            .iter()
            .map(|m| &m.name)
            .chain(plan.bonuses.iter().map(|b| &b.name))
            .any(|n| n.to_lowercase() == name);
        if let [t] = tiers.as_slice() {
            if !name.is_empty()
                && !of_part
                && name.split_whitespace().count() <= 3
                && !name.chars().any(|c| c.is_ascii_digit())
                && !found.iter().any(|(n, _)| *n == name)
            {
                found.push((name, *t));
            }
        }
    }
    // "Tier 2" in the tables of two measures names neither.
    let mine = found.split_off(before);
    let kept: Vec<(String, Term)> = mine
        .iter()
        .filter(|(n, t)| numbered(n).is_none() || mine.iter().all(|(m, u)| m != n || u == t))
        .cloned()
        .collect();
    found.extend(kept);
}

/// Tiers named in a sentence of their own in a measure's section, the name before its rate
/// ("Case Rate: 4% of disposables credit up to 100% of the quarter's quota. Full Tray: 6%
/// above"): a name of one to three capitalised words, a rate that is one tier's of the
/// measure the heading names.
fn prose_tier_names(plan: &Plan, doc: &PlanDocument, found: &mut Vec<(String, Term)>) {
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

/// A cell with its percentages written plainly: "4.0%" is "4%", "0.20%" is "0.2%".
fn plain_percents(cell: &str) -> String {
    cell.split(' ')
        .map(|w| match w.strip_suffix('%') {
            Some(n) if n.contains('.') && n.chars().all(|c| c.is_ascii_digit() || c == '.') => {
                format!("{}%", n.trim_end_matches('0').trim_end_matches('.'))
            }
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What a table's row says of the name in its first cell: its other cells, plain and lower
/// case.
fn meaning(row: &[String]) -> String {
    row.iter()
        .skip(1)
        .map(|c| clean(c).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a table's first header names tiers ("| Tier | Attainment | Rate |").
fn of_tiers(table: &plansight_plan::document::Table) -> bool {
    table.header.first().is_some_and(|h| {
        [
            "tier", "tiers", "level", "levels", "band", "bands", "step", "steps", "stage", "rate", "rates", "bracket",
        ]
        .contains(&clean(h).to_lowercase().as_str())
    })
}

/// The name a table row's first cell gives: the name set in bold within it ("100% – 150%
/// (**the kicker**)"), or the cell without what it explains itself as ("Local (Tier 1)").
fn cell_name(cell: &str) -> String {
    let n = bold(cell).unwrap_or_else(|| clean(cell));
    n.split('(').next().unwrap_or("").trim().to_string()
}

/// The tiers' names (first cells of the tables of tiers) a text says as words.
fn names_of_tiers(said: &str, tier_rows: &[String]) -> Vec<String> {
    let words: Vec<&str> = said.split(|c: char| !c.is_alphanumeric() && c != '-').collect();
    let spans = |n: &str| -> Vec<(usize, usize)> {
        let parts: Vec<&str> = n.split_whitespace().collect();
        if parts.is_empty() {
            return Vec::new();
        }
        words
            .windows(parts.len())
            .enumerate()
            .filter(|(_, w)| *w == parts.as_slice())
            .map(|(i, _)| (i, i + parts.len()))
            .collect()
    };
    let said: Vec<(&String, Vec<(usize, usize)>)> = tier_rows.iter().map(|n| (n, spans(n))).collect();
    // ("Top Secret" says no "Secret": a name said only inside a longer one is not said)
    said.iter()
        .filter(|(_, mine)| {
            mine.iter().any(|&(a, b)| {
                !said
                    .iter()
                    .flat_map(|(_, other)| other)
                    .any(|&(c, d)| d - c > b - a && c <= a && b <= d)
            })
        })
        .map(|(n, _)| (*n).clone())
        .collect()
}

/// Rows of a glossary table ("| the Soundcheck | the 30% hardware threshold (4.5) |"): a
/// short name in the first cell, and what it is in the next, by the word for the part and,
/// for a measure's threshold or cap, its percentage.
fn glossary(plan: &Plan, doc: &PlanDocument, found: &mut Vec<(String, Term)>) {
    for table in doc
        .sections
        .iter()
        .flat_map(|s| &s.clauses)
        .filter_map(|c| c.table.as_ref())
    {
        for row in table.rows.iter().filter(|r| r.len() >= 2) {
            let name = clean(&row[0]).to_lowercase();
            let name = name.strip_prefix("the ").unwrap_or(&name).trim().to_string();
            if name.is_empty()
                || name.split_whitespace().count() > 3
                || name.contains([',', '/', '%'])
                || name.chars().any(|c| c.is_ascii_digit())
                || found.iter().any(|(n, _)| *n == name)
            {
                continue;
            }
            let said = clean(&row[1]).to_lowercase();
            let quoted =
                |p: Option<plansight_plan::Point>| p.is_some_and(|p| quotes(&said, &format!("{}%", point_percent(p))));
            let term = plan.measures.iter().enumerate().find_map(|(mi, m)| {
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
            if let Some(t) = term.filter(|t| !found.iter().any(|(_, x)| x == t)) {
                found.push((name, t));
            }
        }
    }
}

/// "Level 2" → 2: a name that is a word of the document's own and a tier's number ("Tier 2"
/// and "Band 2" are every measure's words, so they name no measure).
fn numbered(name: &str) -> Option<usize> {
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
fn tier_nouns(plan: &Plan, doc: &PlanDocument) -> Vec<String> {
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
                if word.len() >= 4 && !nouns.contains(&word) && !COMMON.contains(&word.as_str()) {
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

/// A clause's bold title ("**The Floor.**"), without its article and full stop, lower case.
fn title(text: &str) -> Option<String> {
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
fn heading_name(heading: &str) -> String {
    let h = heading.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    let h = h.split('(').next().unwrap_or("").trim().to_lowercase();
    h.strip_prefix("the ").unwrap_or(&h).trim().to_string()
}

/// The text set in bold within a cell, lower case, if any.
fn bold(cell: &str) -> Option<String> {
    let start = cell.find("**")? + 2;
    let end = start + cell[start..].find("**")?;
    let t = clean(&cell[start..end]).to_lowercase();
    (!t.is_empty()).then_some(t)
}

/// A cell or title without emphasis marks and trailing stops.
fn clean(text: &str) -> String {
    text.replace(['*', '_', '`'], "")
        .trim()
        .trim_end_matches('.')
        .trim()
        .to_string()
}

/// Whether the text says the percentage only as a share of a quota ("100% of the quarter's
/// quota"): a point of attainment.
fn of_quota(text: &str, percent: &str) -> bool {
    let plain = text.replace('*', "");
    plain.match_indices(percent).all(|(i, _)| {
        let after: Vec<&str> = plain[i + percent.len()..].split_whitespace().take(6).collect();
        after.first() == Some(&"of")
            && after
                .iter()
                .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).starts_with("quota"))
    })
}

/// Whether `text` quotes `percent` ("35%") as a whole number, not inside "135%".
fn quotes(text: &str, percent: &str) -> bool {
    let plain = text.replace('*', "");
    plain.match_indices(percent).any(|(i, _)| {
        plain[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_ascii_digit() && c != '.')
    })
}
