//! A tier's name from a rate table: the first cell of a row that quotes the tier's rate.
use plansight_plan::document::PlanDocument;
use plansight_plan::shown::rate_percent;
use plansight_plan::Plan;

use super::glossary::numbered;
use super::prose::{bold, clean, of_quota, quotes};
use super::Term;

/// Rows of rate tables: a row that quotes a tier's rate names that tier by its first cell.
pub(super) fn tier_names(plan: &Plan, doc: &PlanDocument, found: &mut Vec<(String, Term)>) {
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
        .filter_map(|r| named_row(r).0.first().cloned())
        .map(|c| {
            let n = cell_name(&c).to_lowercase();
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
                let (row, numbered_cell) = named_row(row);
                let row = row.as_slice();
                let Some(name) = row.first().map(|c| cell_name(c)) else {
                    continue;
                };
                // ("| The Canter | up to 100% | …": the article in either case)
                let name = name
                    .strip_prefix("the ")
                    .or_else(|| name.strip_prefix("The "))
                    .unwrap_or(&name)
                    .to_string();
                // "Level 2": a tier named by its number, kept only where it is that tier.
                let number = numbered(&name).or(numbered_cell);
                // ("| 4G | 100% to 150% | 6% |", "| LN2 | above 160% | 12% |": a name of letters
                // and a digit, not a period's, "Q1", "H2", "FY26")
                let period_like = {
                    let l = name.to_ascii_lowercase();
                    ["q", "h", "m", "fy", "p", "w"].iter().any(|p| {
                        l.strip_prefix(p)
                            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
                    })
                };
                // (nor an amount, "50k", "2m", nor a half or an ordinal, "1H", "1st", nor a year's
                // or a fiscal quarter's, "Y1", "FQ1")
                let lower_name = name.to_ascii_lowercase();
                let counted = lower_name.starts_with(|c: char| c.is_ascii_digit())
                    && ["k", "m", "h", "q", "b", "st", "nd", "rd", "th"].iter().any(|s| {
                        lower_name
                            .strip_suffix(s)
                            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
                    });
                let coded = !period_like
                    && !counted
                    && !["fq", "y"].iter().any(|p| name.to_ascii_lowercase().starts_with(p))
                    && !name.contains(' ')
                    && name.len() <= 4
                    && name.chars().any(|c| c.is_ascii_alphabetic())
                    && name.chars().all(|c| c.is_ascii_alphanumeric());
                if name.is_empty()
                    || number.is_none() && !coded && name.chars().any(|c| c.is_ascii_digit())
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
                                    // (where in the cell the multiple stands: "1.5x the base per
                                    // 100% of attainment" is the 1.5x tier's, not the 100% one's)
                                    // ("0.6 × the base": the sign a word of its own)
                                    let multiple_at = |c: &str| {
                                        let ws: Vec<&str> = c.split_whitespace().collect();
                                        ws.iter().enumerate().position(|(k, w)| {
                                            let w = w.trim_end_matches([',', ';', '.']);
                                            let same =
                                                |n: &str| n.trim_end_matches(".0") == times.trim_end_matches(".0");
                                            w.strip_suffix(['x', '×']).is_some_and(same)
                                                || same(w) && ws.get(k + 1).is_some_and(|n| matches!(*n, "x" | "×"))
                                        })
                                    };
                                    let multiple = |c: &str| multiple_at(c).is_some();
                                    let said = if alone {
                                        cell == rate || multiple(&cell) && cell.split_whitespace().count() == 1
                                    } else {
                                        // ("| going jacquard | reaching the accelerator (100% of
                                        // the quarter's quota) |": where a tier starts, no rate)
                                        quotes(&cell, &rate) && !(glossary && of_quota(&cell, &rate)) || multiple(&cell)
                                    };
                                    let at = cell.find(&rate).or_else(|| {
                                        multiple_at(&cell)
                                            .map(|k| cell.split_whitespace().take(k).map(|w| w.len() + 1).sum())
                                    });
                                    said.then(|| (at.unwrap_or(usize::MAX), ti))
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
                    // ("| Long-Term Support (LTS) | 120% and above | …": its initials too)
                    if let Some(short) = row.first().and_then(|c| initials_after(&clean(c))) {
                        if !found.iter().any(|(n, _)| *n == short) {
                            found.push((short, Term::Tier(mi, ti)));
                        }
                    }
                }
            }
        }
    }
    // Another name of one tier, in a table of names ("| the Whitewater | the Rapids grade,
    // the capital accelerator |"; not "| the grades | Brook, Stream, Rapids, Falls |").
    let before_aliases = found.len();
    // ("| AR | Armed Response Monitoring |": a product's name, though it opens with the
    // Armed tier's; a product's name, or its first two words, "armed response call-outs",
    // said is a longer name the tier's is inside)
    let products: Vec<String> = plan
        .measures
        .iter()
        .flat_map(|m| m.products.iter().flatten())
        .map(|p| p.to_lowercase())
        .flat_map(|p| {
            let two: Vec<&str> = p.split_whitespace().take(2).collect();
            [two.join(" "), p.clone()]
        })
        .filter(|p| p.contains(' '))
        .collect();
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
        let longer: Vec<String> = tier_names.iter().chain(&products).cloned().collect();
        let named: Vec<String> = names_of_tiers(&said, &longer)
            .into_iter()
            .filter(|n| tier_names.contains(n))
            .collect();
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
        // ("| the yard | the Timber Yard Incentive, on timber and frame |": a measure's other
        // name, whatever tier a word of its meaning names; opened with it, not "| the summit
        // | the Mainframe tier of the Hardware Revenue Commission |")
        let opened = said.trim_start_matches("the ");
        let names_a_part = plan
            .measures
            .iter()
            .map(|m| &m.name)
            .chain(plan.bonuses.iter().map(|b| &b.name))
            .any(|n| {
                opened
                    .strip_prefix(n.to_lowercase().as_str())
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            });
        if let (false, [t]) = (names_a_part, tiers.as_slice()) {
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

/// A cell with its percentages written plainly: "4.0%" is "4%", "0.20%" is "0.2%", and a
/// decimal comma as Europe writes it, "5,5%", is "5.5%".
pub(super) fn plain_percents(cell: &str) -> String {
    cell.split(' ')
        .map(|w| match w.strip_suffix('%') {
            Some(n)
                if (n.contains('.') || n.contains(',') && n.matches(',').count() == 1)
                    && n.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
                    && !(n.contains('.') && n.contains(',')) =>
            {
                let n = n.replace(',', ".");
                format!("{}%", n.trim_end_matches('0').trim_end_matches('.'))
            }
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A row whose first cell numbers the tier and whose second names it ("| 3 | Espresso |
/// 100% - 140% | 14% |"): the row from its name on, with the number.
fn named_row(row: &[String]) -> (Vec<String>, Option<usize>) {
    let number = row.first().and_then(|c| clean(c).parse::<usize>().ok());
    match (number, row.get(1)) {
        (Some(n), Some(second)) if row.len() >= 3 => {
            let name = cell_name(second);
            // (a name, not a description of where the tier stands: "| 2 | Above quota | …")
            let describes = name.split_whitespace().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "quota"
                        | "above"
                        | "below"
                        | "over"
                        | "under"
                        | "up"
                        | "to"
                        | "from"
                        | "attainment"
                        | "of"
                        | "target"
                )
            });
            if name.chars().any(char::is_alphabetic)
                && !name.chars().any(|c| c.is_ascii_digit() || c == '%')
                && !describes
            {
                return (row[1..].to_vec(), Some(n));
            }
            (row.to_vec(), None)
        }
        _ => (row.to_vec(), None),
    }
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
            // ("| Grade | Attainment of the annual renewal quota | Pays, per 100% … |"; not
            // "Class", an insurer's class of business)
            "grade", "grades", "slab", "slabs",
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

/// The initials in capitals in parentheses after a name ("Liquid Nitrogen (LN2)"), lower
/// case; not a period's code ("(Q3)", "(FY26)").
fn initials_after(cell: &str) -> Option<String> {
    let inner = cell.split_once('(')?.1.split_once(')')?.0.trim();
    let lower = inner.to_lowercase();
    // (nor an English word in capitals: "Above Target (AT)" must not make "am I at" a tier)
    ((2..=5).contains(&inner.len())
        && inner.starts_with(|c: char| c.is_ascii_uppercase())
        && inner.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && !crate::query::aliases::period_code(&lower)
        && !crate::english::as_written(&lower))
    .then_some(lower)
}

/// The tiers' names (first cells of the tables of tiers) a text says as words.
fn names_of_tiers(said: &str, tier_rows: &[String]) -> Vec<String> {
    // (words only, as a product's name is split too: "Frame & Truss")
    let split = |s: &'_ str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let words: Vec<String> = split(said);
    let spans = |n: &str| -> Vec<(usize, usize)> {
        let parts: Vec<String> = split(n);
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
