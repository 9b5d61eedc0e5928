//! The plan document's own words for the plan's ideas: "Attainment (Zielerreichung)", "the
//! stages (Stufen)", a glossary row "| Storno | a cancelled order |": a question may use
//! either ("meine Zielerreichung", "kat's stornos"), and is read with the plain word.

/// The ideas a document may give another word for, and the word a question is read with.
const IDEAS: &[(&str, &str)] = &[
    ("attainment", "attainment"),
    ("quota", "quota"),
    ("quotas", "quota"),
    ("target", "quota"),
    ("tier", "tier"),
    ("tiers", "tier"),
    ("stage", "tier"),
    ("stages", "tier"),
    ("band", "tier"),
    ("bands", "tier"),
    ("commission", "commission"),
    ("payout", "payout"),
    ("statement", "payout"),
    ("cancelled", "cancelled"),
    ("cancellation", "cancelled"),
    ("cancellations", "cancelled"),
    ("quote", "pipeline"),
    ("quotes", "pipeline"),
    ("pipeline", "pipeline"),
    ("clawback", "clawback"),
    ("draw", "draw"),
    // ("| Zahltag | the payday of a quarter |")
    ("payday", "payday"),
    // ("| comm run | the commission payroll, the 15th of the month after |")
    ("payroll", "payday"),
    // ("| stage | a quarter of the plan year |")
    ("quarter", "quarter"),
    // ("| sprint | a month of the plan year |")
    ("month", "month"),
    // (a deal's fate: "| regret | a lost opportunity |", "| in eval | an open deal |")
    ("lost", "lost"),
    ("open", "open"),
    ("won", "won"),
];

fn idea(w: &str) -> Option<&'static str> {
    IDEAS.iter().find(|(d, _)| *d == w).map(|(_, q)| *q)
}

/// A glossary's word without the article it is written with, English or another language's
/// ("| o extrato |", "| as faixas |", "| la cuota |"): questions say "the extrato", "my faixa".
/// An article that is also an English word ("| As Sold |", "| Die Cast |") is one only before
/// a word no English one is spelt like ("| as faixas |").
pub(super) fn without_article(w: &str) -> &str {
    const ARTICLES: &[&str] = &[
        "the ", "a ", "an ", "o ", "os ", "les ", "el ", "los ", "las ", "il ", "het ", "der ", "das ", "la ",
    ];
    // ("| la meta |": "la" is an article before any word, English or not)
    const ALSO_ENGLISH: &[&str] = &["as ", "die ", "le ", "lo "];
    let w = w.trim();
    let foreign = |rest: &&str| {
        rest.split_whitespace()
            .next()
            .is_some_and(|first| !crate::english::as_written(first))
    };
    ARTICLES
        .iter()
        .find_map(|a| w.strip_prefix(a))
        .or_else(|| ALSO_ENGLISH.iter().find_map(|a| w.strip_prefix(a)).filter(foreign))
        .map(str::trim)
        .filter(|rest| rest.len() >= 3)
        .unwrap_or(w)
}

/// A glossary's word without an English article ("| the send-out |", "| a return |").
fn without_english_article(w: &str) -> &str {
    let w = w.trim();
    ["the ", "a ", "an "]
        .iter()
        .find_map(|a| w.strip_prefix(a))
        .map(str::trim)
        .unwrap_or(w)
}

/// A word fit to be another name: one word of letters, three or more ("| dud | a lost
/// opportunity |"; four in prose, see [`of_ideas`]).
fn a_name(w: &str) -> Option<String> {
    const PERIODS: &[&str] = &[
        "quarter",
        "month",
        "year",
        "week",
        "period",
        "annual",
        "quarterly",
        "monthly",
    ];
    // ("| a return | a cancelled order |"; another language's article stays: "| la erupción |"
    // is a tier's name, no word for tiers)
    let w = without_english_article(w);
    (w.chars().count() >= 3
        && w.chars().all(char::is_alphabetic)
        && idea(w).is_none()
        && !PERIODS.contains(&w.trim_end_matches('s')))
    .then(|| w.to_string())
}

/// A phrase fit to be another name: two or three words of letters, or one hyphenated
/// ("short-shipped", "finance fell through", "no-go").
fn a_phrase(w: &str) -> Option<String> {
    let w = without_english_article(w);
    let parts: Vec<&str> = w.split_whitespace().collect();
    // ("| on the drawing board | an open deal |": four words after a preposition)
    let placed = parts.len() == 4 && matches!(parts[0], "on" | "in" | "at" | "out" | "off")
        // ("| le Jour de la Coulée | the payday |": a thing of another, in four words)
        || parts.len() == 4 && matches!(parts[1], "of" | "de" | "du" | "des" | "da" | "do" | "del")
        // ("| went down the road | a lost deal |": a verb's phrase of four words)
        || parts.len() == 4 && parts[2] == "the" && parts[1].len() >= 3;
    (((1..=3).contains(&parts.len()) || placed)
        && w.len() >= 5
        && parts.iter().all(|p| p.chars().all(|c| c.is_alphabetic() || c == '-'))
        && (parts.len() > 1 || w.contains('-')))
    .then(|| w.to_string())
}

/// (word, the plain word it stands for) pairs the document gives.
pub fn of_ideas(document: &str) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    let mut prose: Vec<(String, &str)> = Vec::new();
    let mut add = |word: Option<String>, plain: &str| {
        // (folded as questions are, once)
        if let Some(w) = word
            .map(|w| crate::phrases::fold(&w))
            .filter(|w| !found.iter().any(|(x, _)| x == w))
        {
            found.push((w, plain.to_string()));
        }
    };
    for original in document.lines().map(|l| l.trim().replace(['*', '_'], "")) {
        let line = original.to_lowercase();
        if let Some(row) = line.strip_prefix('|') {
            // a glossary row: "| zielerreichung | attainment: credit divided by quota |"
            let cells: Vec<&str> = row.trim_end_matches('|').split('|').map(str::trim).collect();
            let [term, meaning] = cells.as_slice() else {
                continue;
            };
            // (a definition, not a table's cells: "| quarter | quota |" defines nothing; nor a
            // word the plan does not measure: "| X-date | the date a prospect's current policy
            // expires: not measured by this plan |")
            // ("| TI | the target incentive, $20,000 a year |": the incentive, no quota; a lever
            // reads "TI" itself)
            if meaning.split_whitespace().count() < 2
                || !unmeasured(&[(term.to_string(), meaning.to_string())]).is_empty()
                || meaning.trim_start_matches("the ").starts_with("target incentive")
            {
                continue;
            }
            let head = meaning.split([':', ',', '(', ';']).next().unwrap_or("");
            let words: Vec<&str> = head
                .split_whitespace()
                .filter(|w| !matches!(*w, "a" | "an" | "the"))
                .collect();
            // ("| snowbird season | Q4, December to February |": a quarter's own name)
            if let [label] = words.as_slice() {
                let quarter =
                    label.len() == 2 && label.starts_with('q') && matches!(&label[1..], "1" | "2" | "3" | "4");
                if quarter && term.chars().all(|c| c.is_alphabetic() || c == ' ') && term.len() >= 4 {
                    add(Some(term.trim_start_matches("the ").to_string()), label);
                    continue;
                }
            }
            // (its first word or, within a short phrase, its last: "a cancelled order",
            // "the quarterly commission statement")
            // (its first word when the phrase is short, "a cancelled order", or its last,
            // "the quarterly commission statement"; not "commission taken back on …")
            // ("the payday of a quarter": the noun before "of")
            // (not "a statement of work", a deal's paper, no pay statement)
            let head_noun = (words.len() <= 2 || words.len() <= 4 && words.get(1) == Some(&"of"))
                && !head.contains("statement of work");
            // (of two ideas, the noun's: "the commission payroll" is a payday; not "a lost
            // quote", whose first word says what the deal is)
            let noun = match words.as_slice() {
                [first, last] if idea(last).is_some() && matches!(*first, "commission" | "comm") => Some(*last),
                _ => words.first().copied(),
            };
            // ("| core | Payroll Core |": a name in capitals, a product's, says no idea by its
            // words)
            let named_head = original.split('|').nth(2).is_some_and(|cell| {
                let head = cell.split([':', ',', '(', ';']).next().unwrap_or("");
                let ws: Vec<&str> = head
                    .split_whitespace()
                    .filter(|w| !matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
                    .collect();
                ws.len() >= 2 && ws.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
            })
            // (a CRM's stage in capitals is still the stage: "| CW | Closed Won |")
            && !words
                .last()
                .and_then(|w| idea(w))
                .is_some_and(|p| matches!(p, "won" | "lost" | "open" | "cancelled"));
            // ("| WIP | work in progress: an open deal, proposal sent, … |": the fate after
            // the colon, said of a deal)
            let fate_after = meaning.split_once(':').and_then(|(_, after)| {
                let first: Vec<&str> = after
                    .split([',', ';', '('])
                    .next()?
                    .split_whitespace()
                    .filter(|w| !matches!(*w, "a" | "an" | "the"))
                    .collect();
                match first.as_slice() {
                    [fate, "deal" | "order" | "opportunity" | "sale"] => {
                        idea(fate).filter(|p| matches!(*p, "won" | "lost" | "open" | "cancelled"))
                    }
                    // ("| P&A | plugged and abandoned: a won deal the customer cancelled after
                    // signing |": won, then undone)
                    [fate, "deal" | "order" | "opportunity" | "sale", rest @ ..]
                        if idea(fate) == Some("won") && rest.iter().any(|w| idea(w) == Some("cancelled")) =>
                    {
                        Some("cancelled")
                    }
                    _ => None,
                }
            });
            let plain = fate_after
                .or_else(|| (head_noun && !named_head).then(|| noun.and_then(idea)).flatten())
                // (not "| cutoff | the day before payroll |": payroll is a payday only as
                // the row's noun, above)
                .or_else(|| {
                    (words.len() <= 3 && words.last() != Some(&"payroll") && !named_head)
                        .then(|| words.last().and_then(|w| idea(w)))
                        .flatten()
                })
                // ("| the objective | the monthly Vehicle Gross quota |": a measure's quota,
                // its period and name before it; not "the share of the quarter's quota")
                .or_else(|| {
                    (words.len() <= 6 && !words.contains(&"of"))
                        .then(|| words.last().and_then(|w| idea(w)).filter(|p| *p == "quota"))
                        .flatten()
                })
                // ("| the heat scale | the Street Sales Commission tiers |": the whole table)
                .or_else(|| {
                    // ("| the waves | the MG Software Incentive's rates: Ripple and Swell |")
                    // ("| the telegraph | the Tonnage Commission's engine orders: Half Ahead, … |":
                    // a measure's steps by a noun of the document's own)
                    // ("| the Scoville | the Booked Revenue peppers: Poblano, Cayenne, Habanero |":
                    // a plural noun of the document's own, its steps listed after the colon)
                    let listed = meaning
                        .split_once(':')
                        .is_some_and(|(_, after)| after.split(',').filter(|x| !x.trim().is_empty()).count() >= 3);
                    let plural_noun = |w: &str| {
                        w.len() >= 5
                            && w.ends_with('s')
                            // (not "work in progress", "business": no plural)
                            && !w.ends_with("ss")
                            && w.chars().all(char::is_alphabetic)
                            && !NOT_STEPS.contains(&w)
                    };
                    (words.len() <= 5
                        && words
                            .last()
                            .is_some_and(|w| steps_word(&words, w) || listed && words.len() >= 2 && plural_noun(w)))
                    .then_some("tier")
                })
                // ("| brekkie | the Sunrise Advance, the $3,000 quarterly draw |": the name,
                // then what it is after the comma)
                .or_else(|| {
                    // (not the comma of "$3,000")
                    let after: Vec<&str> = meaning
                        .split_once(", ")?
                        .1
                        .split(['(', ';', ':'])
                        .next()?
                        .split(", ")
                        .next()?
                        .split_whitespace()
                        .filter(|w| !matches!(*w, "a" | "an" | "the"))
                        .collect();
                    // (not "the stretch goal, 120% of quota", "…, not part of the draw")
                    let qualified = after.iter().any(|w| matches!(*w, "of" | "not" | "unlike" | "without"));
                    (after.len() <= 3 && words.len() <= 3 && !qualified)
                        .then(|| after.last().and_then(|w| idea(w)))
                        .flatten()
                        .filter(|p| matches!(*p, "draw" | "clawback" | "quota" | "payout" | "payday"))
                })
                // ("a reversed (cancelled) order": the one word in parentheses; "| RTV |
                // return to vendor: a won deal whose product came back … (a cancelled deal)
                // |": the fate said in them)
                .or_else(|| {
                    let inner = meaning.split_once('(')?.1.split(')').next()?.trim();
                    let inner: Vec<&str> = inner
                        .split_whitespace()
                        .filter(|w| !matches!(*w, "a" | "an" | "the"))
                        .collect();
                    let fate = |w: &str| idea(w).filter(|p| matches!(*p, "won" | "lost" | "open" | "cancelled"));
                    match inner.as_slice() {
                        [one] => idea(one),
                        [first, "deal" | "order" | "opportunity" | "sale"] => fate(first),
                        _ => None,
                    }
                    .filter(|_| words.len() <= 3)
                })
                // ("| the Give-Back | the clawback of a deal returned or cancelled within 90
                // days |": the idea, then what it is of)
                .or_else(|| {
                    (words.get(1) == Some(&"of"))
                        .then(|| words.first().and_then(|w| idea(w)))
                        .flatten()
                        .filter(|p| matches!(*p, "clawback" | "draw"))
                })
                // ("| DOA | dead on arrival: a lost opportunity |": the head spells the word
                // out, the deal's fate follows the colon)
                .or_else(|| {
                    let after: Vec<&str> = meaning
                        .split_once(':')?
                        .1
                        .split([',', '(', ';'])
                        .next()?
                        .split_whitespace()
                        .filter(|w| !matches!(*w, "a" | "an" | "the"))
                        .collect();
                    // ("| RTV | return to vendor: a won deal cancelled (…) |": won, then
                    // cancelled, is cancelled)
                    let cancelled = after.contains(&"cancelled") || after.contains(&"canceled");
                    (after.len() <= 3)
                        .then(|| {
                            if cancelled {
                                Some("cancelled")
                            } else {
                                after.first().and_then(|w| idea(w))
                            }
                        })
                        .flatten()
                        .filter(|p| matches!(*p, "won" | "lost" | "open" | "cancelled"))
                });
            // ("| short-shipped | a won deal later cancelled by the shipper |", "| finance
            // fell through | a cancelled deal |": a deal's fate may take a phrase to say)
            // ("| NTU | not taken up: a bound policy cancelled by the client |": the fate said
            // after the colon; not a clawback's definition, an idea of its own)
            // (the tiers as a whole, "| los metales | the Ventas bands |"; a payday in words
            // of its own, "| día de pago | the payday of a quarter |")
            let the_table =
                plain == Some("tier") && words.iter().any(|w| steps_word(&words, w)) || plain == Some("payday");
            let fate = meaning
                .split_once(':')
                .map(|(_, rest)| rest.split_whitespace().collect::<Vec<_>>());
            let cancelled = words.len() <= 8 && words.contains(&"cancelled")
                // ("| TONU | truck ordered, not used: a won deal the shipper cancelled after the
                // award |")
                // ("| NTU | not taken up: a bound policy cancelled because the first debit order
                // never went through |": the fate said first, its reason after)
                || idea(term).is_none()
                    && fate.is_some_and(|f| {
                        f.len() <= 10 && f.contains(&"cancelled")
                            || f.iter().take(4).any(|w| matches!(*w, "cancelled" | "canceled")) && !f.contains(&"not")
                    });
            // (an abbreviation the document writes in capitals: "NTU", "RO")
            let written = original.trim_start_matches('|').split('|').next().unwrap_or("").trim();
            // ("| P&A | plugged and abandoned: … |": initials joined by an ampersand too)
            let abbreviation = (2..=4).contains(&written.len())
                && written.chars().all(|c| c.is_ascii_uppercase() || c == '&')
                && written.chars().filter(char::is_ascii_uppercase).count() >= 2;
            let a_name = |t: &str| a_name(t).or_else(|| abbreviation.then(|| t.to_string()));
            match plain {
                // (a phrase only for a deal's fate: "| in eval | an open deal |", not "| the
                // Solar Max | the Clear Sky tier |", a tier's name the terms read)
                Some(p) => add(
                    a_name(term)
                        // ("| la meta | the quota of the quarter |": the quota's word without
                        // its article; a tier's name keeps its own, "| la erupción |")
                        .or_else(|| (p == "quota").then(|| a_name(without_article(term))).flatten())
                        // ("| stage | a quarter of the plan year |": a word of the plain ones,
                        // given another meaning)
                        .or_else(|| {
                            // (not a month's own name: "| October | the plan year's first month |")
                            (matches!(p, "quarter" | "month")
                                && term.chars().all(char::is_alphabetic)
                                && term.len() >= 3
                                && crate::phrases::month_number(term).is_none())
                            .then(|| term.to_string())
                            // ("| refresh cycle | a quarter of the plan year |")
                            .or_else(|| matches!(p, "quarter" | "month").then(|| a_phrase(term)).flatten())
                        })
                        .or_else(|| {
                            // (or the tiers as a whole: "| the tide table | the tiers of … |")
                            // ("| in the bag | a won deal |", "| on rent | a won contract |")
                            // ("| the run sheet | the monthly commission statement |"; not "| the
                            // Seedling Advance | the quarterly minimum payout … |", a draw)
                            let statement = p == "payout" && words.last() == Some(&"statement");
                            // ("| the Give-Back | the clawback of … |": a hyphened word)
                            let hyphened = matches!(p, "clawback" | "draw") && term.contains('-');
                            (cancelled
                                || matches!(p, "cancelled" | "lost" | "open" | "won")
                                || statement
                                || the_table
                                || hyphened)
                                .then(|| a_phrase(term))
                                .flatten()
                        }),
                    p,
                ),
                None if cancelled => add(a_name(term).or_else(|| a_phrase(term)), "cancelled"),
                None => {}
            }
            continue;
        }
        // prose: 'Plan year (FY2017, "the season"): …': the document's own name for its year,
        // quoted in the parentheses after it ("this season" is this year)
        for year in ["plan year (", "fiscal year (", "financial year ("] {
            let Some(at) = line.find(year) else { continue };
            let inside = line[at + year.len()..].split(')').next().unwrap_or("");
            let quoted: Vec<&str> = inside.split(['"', '\u{201c}', '\u{201d}']).collect();
            if let Some(name) = quoted.get(1).map(|q| q.trim().trim_start_matches("the ").trim()) {
                if name.len() >= 4
                    && name.chars().all(|c| c.is_alphabetic() || c == ' ')
                    && crate::phrases::month_number(name).is_none()
                {
                    prose.push((crate::phrases::fold(name), "year"));
                }
            }
        }
        // prose: "attainment (zielerreichung)", "the ae stages (stufen)"
        for (i, _) in line.match_indices(" (") {
            let before = line[..i]
                .rsplit(|c: char| !c.is_alphabetic() && c != '-')
                .next()
                .unwrap_or("");
            let Some(p) = idea(before) else {
                continue;
            };
            // (a name of its own, capitalised as the document writes it: "(Zielerreichung)",
            // not "(quarterly)")
            let capitalised = original
                .get(i + 2..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase);
            let inside = line[i + 2..].split([')', ',']).next().unwrap_or("");
            // (one name, not a list: "reached in the quarter (Faceoff, Forecheck, Power
            // Play, Overtime)" names tiers, no quarter)
            let listed = line[i + 2..].split(')').next().unwrap_or("").contains(',');
            // (four letters or more in prose: "quota (EUR)" names a currency, no quota)
            if capitalised && !listed {
                if let Some(w) =
                    a_name(inside).filter(|w| w.chars().count() >= 4 && crate::phrases::month_number(w).is_none())
                {
                    prose.push((crate::phrases::fold(&w), p));
                }
            }
        }
    }
    // (a glossary's row says what a word means; prose only names it beside another:
    // "## Clawback (RMAs)" where "| RMA | a won deal cancelled by the customer |")
    for (w, p) in prose {
        let singular = w.strip_suffix('s').unwrap_or(&w);
        if !found
            .iter()
            .any(|(x, _)| *x == w || x == singular || x.strip_suffix('s') == Some(w.as_str()))
        {
            found.push((w, p.to_string()));
        }
    }
    // ("the oct cash out" for "| Cash-Out Day |": a payday of a hyphened name said without
    // its "day"; "q4 jeongsan" for "| Jeongsan Day |", of a word of no English)
    let short: Vec<(String, String)> = found
        .iter()
        .filter(|(_, p)| p == "payday")
        .filter_map(|(w, _)| {
            w.strip_suffix(" day").filter(|s| {
                s.contains('-') && s.len() >= 6 || !s.contains(' ') && s.len() >= 4 && !crate::english::as_written(s)
            })
        })
        .filter(|s| !found.iter().any(|(x, _)| x == s))
        .map(|s| (s.to_string(), "payday".to_string()))
        .collect();
    found.extend(short);
    // ("aoife's long finger deals" for "| on the long finger |": a deal's state said as a
    // place, its place's words of two or more said before the deals' noun)
    let placed: Vec<(String, String)> = found
        .iter()
        .filter(|(_, p)| matches!(p.as_str(), "open" | "lost" | "won" | "cancelled"))
        .filter_map(|(w, p)| {
            let rest = ["on the ", "in the ", "at the ", "off the "]
                .iter()
                .find_map(|a| w.strip_prefix(a))?;
            (rest.split_whitespace().count() >= 2 && !found.iter().any(|(x, _)| x == rest))
                .then(|| (rest.to_string(), p.clone()))
        })
        .collect();
    found.extend(placed);
    found
}

/// Whether the word at `i` is a verb with "down" after it ("can you break that down"
/// where the tiers are "breaks"): the everyday verb, not the document's word.
pub(super) fn verb_with_down(ws: &[String], i: usize) -> bool {
    ws[i + 1..(i + 3).min(ws.len())].iter().any(|x| x == "down")
}

/// The glossary's rows: (word folded, meaning lower case).
pub(super) fn glossary(document: &str) -> Vec<(String, String)> {
    document
        .lines()
        .filter_map(|line| {
            let row = line.trim().strip_prefix('|')?;
            let cells: Vec<&str> = row.trim_end_matches('|').split('|').map(str::trim).collect();
            let [term, meaning] = cells.as_slice() else {
                return None;
            };
            let term = crate::phrases::fold(&term.replace(['*', '_'], ""));
            // ("| up | a customer on the lot … (not measured) |")
            (term.len() >= 2).then(|| (term, meaning.to_lowercase()))
        })
        .collect()
}

/// The trade's words the document's glossary says the plan does not measure ("| send-out
/// | a candidate sent to a client interview (not measured by this plan) |"): a figure of
/// one is no figure the workspace holds.
pub(super) fn unmeasured(glossary: &[(String, String)]) -> Vec<String> {
    const NOT_MEASURED: &[&str] = &[
        // (not "not credited": a cancelled deal earns no credit and is still counted)
        "not measured",
        "not tracked",
        "not part of this plan",
        "outside this plan",
        "outside the plan",
    ];
    glossary
        .iter()
        .filter(|(_, meaning)| NOT_MEASURED.iter().any(|p| meaning.contains(p)))
        // ("| the GM | gross margin (not measured …) |": "my gm"; "| cases | the case count:
        // boxes shipped, not measured … |": "my case count" too)
        .flat_map(|(term, meaning)| {
            let head = meaning.split([':', ',', '(']).next().unwrap_or("").trim();
            let head = head.trim_start_matches("the ");
            let named = (head.ends_with(" count") && head.split_whitespace().count() <= 3).then(|| head.to_string());
            std::iter::once(term.trim_start_matches("the ").to_string()).chain(named)
        })
        // ("| case count | cases covered: … not measured by this plan |": "how many cases did
        // i cover", the thing counted)
        .flat_map(|term| {
            let counted = term
                .strip_suffix(" count")
                // (not a deal's noun: "| order count |" leaves "my orders" the deals)
                .filter(|t| !t.contains(' ') && t.len() >= 3 && !super::words::DEALS.contains(t))
                .map(str::to_string);
            std::iter::once(term).chain(counted)
        })
        .collect()
}

/// The document's own noun for a deal, other than "deal": a term it defines as an
/// opportunity ("3.1 **Award.** An opportunity in the TMS/CRM: …", "| award | an
/// opportunity … |"), singular and lower case.
pub(super) fn deal_nouns(document: &str, glossary: &[(String, String)]) -> Vec<String> {
    let opens = |meaning: &str| {
        let m = meaning.trim().to_lowercase();
        m.starts_with("an opportunity") || m.starts_with("a deal in") || m.starts_with("a deal recorded")
    };
    let mut found: Vec<String> = Vec::new();
    for line in document.lines() {
        // ("3.1 **Award.** An opportunity …": a numbered definition, its term in bold)
        let Some((_, rest)) = line.split_once("**") else {
            continue;
        };
        let Some((term, after)) = rest.split_once(".**") else {
            continue;
        };
        if opens(after) {
            found.push(term.trim().to_lowercase());
        }
    }
    found.extend(
        glossary
            .iter()
            .filter(|(_, m)| opens(m))
            .map(|(t, _)| t.trim_start_matches("the ").to_string()),
    );
    found.retain(|t| {
        t.len() >= 3 && t.chars().all(char::is_alphabetic) && !matches!(t.as_str(), "deal" | "opportunity" | "opp")
    });
    found.dedup();
    found
}

/// The trade's words the glossary says are a deal's amount ("| fee | the placement fee
/// invoiced to the client: the deal amount |"), of one word.
pub(super) fn of_the_amount(glossary: &[(String, String)]) -> Vec<String> {
    glossary
        .iter()
        .filter(|(term, meaning)| {
            !term.contains(' ')
                && ([
                    "the deal amount",
                    "a deal's amount",
                    "the deal's amount",
                    "the deal value",
                ]
                .iter()
                .any(|p| meaning.trim_end_matches(['.', ' ']).ends_with(p))
                    // ("| ACV | annual contract value: a contract deal's amount |": a kind of
                    // deal's, said after the colon in a few words; not "| split | each
                    // seller's half of a shared deal's amount |")
                    || meaning.rsplit_once(':').is_some_and(|(_, after)| {
                        let after = after.trim().trim_end_matches('.');
                        after.ends_with(" deal's amount") && after.split_whitespace().count() <= 4
                    })
                    // ("| ACV | annual contract value; a deal's amount is its first-year ACV |")
                    || ["a deal's amount is", "the deal amount is", "the deal's amount is"]
                        .iter()
                        .any(|p| meaning.contains(p)))
        })
        .map(|(term, _)| term.clone())
        .collect()
}

/// The trade's own noun for a deal's amount, in the document's definition of credit
/// ("**Credit.** The deal's annual premium in pounds": "the total premium on my MTAs" is
/// their amount); not an everyday word for any amount ("the deal's close value in USD").
pub(super) fn credited_noun(document: &str) -> Option<String> {
    let (_, after) = document.split_once("**Credit.**")?;
    let after = after.trim_start().to_lowercase();
    let rest = ["the deal's ", "the order's ", "the policy's "]
        .iter()
        .find_map(|p| after.strip_prefix(p))?;
    let rest = rest.strip_prefix("annual ").unwrap_or(rest);
    let (noun, next) = rest.split_once(' ')?;
    (next.starts_with("in ")
        && noun.len() >= 4
        && noun.chars().all(char::is_alphabetic)
        && !matches!(
            noun,
            "value" | "amount" | "price" | "total" | "revenue" | "sales" | "margin" | "profit"
        ))
    .then(|| noun.to_string())
}

/// The trade's words the document titles as the credit ("3.3 **GCI (credit).** Gross
/// commission income …") or glosses as it ("| maechul | sales: the credit of won deals |"),
/// of one word: a seller's "my GCI" is their credit.
pub(super) fn of_the_credit(document: &str, glossary: &[(String, String)]) -> Vec<String> {
    let titled = document.split("**").skip(1).step_by(2).filter_map(|title| {
        let name = title.trim().trim_end_matches('.').strip_suffix("(credit)")?.trim();
        (!name.is_empty() && !name.contains(' ')).then(|| crate::phrases::fold(name))
    });
    // ("| maechul | sales: the credit of won deals |": a glossary's row whose meaning is the
    // credit, after a gloss of the word)
    let glossed = glossary.iter().filter_map(|(word, meaning)| {
        let meaning = meaning.split_once(": ").map_or(meaning.as_str(), |(_, m)| m);
        let credit = ["the credit", "credit"].iter().any(|c| {
            meaning
                .strip_prefix(c)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(" of ") || rest.starts_with(','))
        });
        (credit && !word.contains(' ') && word.chars().all(char::is_alphabetic) && !crate::english::as_written(word))
            .then(|| word.clone())
    });
    titled.chain(glossed).collect()
}

/// A past participle's verb when it doubles its last consonant ("dropped", "scrapped").
fn undoubled(word: &str) -> Option<&str> {
    let stem = word.strip_suffix("ed")?;
    let single = single_final(stem);
    (single.len() < stem.len()).then_some(single)
}

/// A verb's stem before "-ed" or "-ing" with a doubled last consonant made single
/// ("scrubb" of "scrubbed", "runn" of "running"); a stem under four letters ("add",
/// "see") keeps its letters, as the verb does.
pub(super) fn single_final(stem: &str) -> &str {
    let b = stem.as_bytes();
    let n = b.len();
    let doubled = n >= 4 && b[n - 1] == b[n - 2] && b[n - 1].is_ascii_alphabetic() && !b"aeiou".contains(&b[n - 1]);
    if doubled {
        &stem[..n - 1]
    } else {
        stem
    }
}

/// Plural nouns that name no measure's steps (its products, deals or bonuses), where a
/// glossary's own noun would ("| the pour chart | the Brew Revenue Commission's styles: … |").
const NOT_STEPS: &[&str] = &[
    "products",
    "deals",
    "types",
    "bonuses",
    "accounts",
    "customers",
    "reps",
    "sellers",
    "quotas",
    "payouts",
    "spiffs",
    "awards",
    "orders",
    "contracts",
    "statements",
    "rules",
    "terms",
    "words",
    // ("| the book | a producer's renewal clients |")
    "clients",
    "policies",
    "jobs",
    "sales",
    "renewals",
    "opportunities",
    "leads",
];

/// Whether `w`, a word of a glossary's meaning `words`, names a table of steps: "tiers",
/// "bands", "rates", "levels", or a measure's own noun for them after its name's possessive
/// ("the Tonnage Commission's engine orders").
fn steps_word(words: &[&str], w: &str) -> bool {
    matches!(w, "tiers" | "bands" | "rates" | "levels")
        || words.iter().any(|x| x.ends_with("'s")) && matches!(w, "orders" | "steps" | "grades" | "gears" | "stages")
        || words.iter().any(|x| x.ends_with("'s")) && w.len() >= 5 && w.ends_with('s') && !NOT_STEPS.contains(&w)
}

/// Forms of one irregular verb, so that a phrase of the document's is heard in any tense
/// ("went west", "falls through").
fn same_verb(said: &str, written: &str) -> bool {
    said != written && IRREGULAR.iter().any(|f| f.contains(&said) && f.contains(&written))
}

/// The irregular past of a verb by its base form ("get": "got", "take": "took").
pub(super) fn irregular_past(base: &str) -> Option<&'static str> {
    IRREGULAR.iter().find(|f| f[0] == base).and_then(|f| f.last().copied())
}

/// Irregular verbs, each with its forms: the base first, its past last.
const IRREGULAR: &[&[&str]] = &[
    &["go", "goes", "going", "gone", "went"],
    &["fall", "falls", "falling", "fallen", "fell"],
    &["come", "comes", "coming", "came"],
    &["get", "gets", "getting", "gotten", "got"],
    &["sink", "sinks", "sinking", "sunk", "sank"],
    &["take", "takes", "taking", "taken", "took"],
    // ("the orders that have unwound on me" for "| unwind |")
    &["unwind", "unwinds", "unwinding", "unwound"],
    &["blow", "blows", "blowing", "blown", "blew"],
    &["slide", "slides", "sliding", "slid"],
    // ("how many did I bind" for "| bound | a won deal |")
    &["bind", "binds", "binding", "bound"],
];

/// The plain words a document's idea word may stand for that are nouns of the plan, never a
/// deal's fate: no verb's tense reads as them ("if it had slipped" is no "| slip |").
const PAY_NOUNS_OF_IDEAS: &[&str] = &["tier", "tiers", "payout", "payday", "draw"];

/// The words with the document's other words read as the plain ones; a word that is the
/// end of a longer one ("abrechnung" of "provisionsabrechnung") is read so too.
pub(super) fn plain(ws: &[String], synonyms: &[(String, String)], named: &dyn Fn(&str) -> bool) -> Vec<String> {
    if synonyms.is_empty() {
        return ws.to_vec();
    }
    // (a phrase of the document's, "finance fell through", is read as its one plain word)
    // ("my bounce backs" for "| bounce-back |": a hyphened word written apart, after the
    // phrase as the document writes it, "early off-hires")
    let as_written: Vec<(Vec<&str>, &String)> = synonyms.iter().map(|(s, p)| (s.split(' ').collect(), p)).collect();
    let apart: Vec<(Vec<&str>, &String)> = synonyms
        .iter()
        .filter(|(s, _)| s.contains('-'))
        .map(|(s, p)| (s.split([' ', '-']).collect(), p))
        .collect();
    let folded: Vec<String> = ws.iter().map(|w| crate::phrases::fold(w)).collect();
    let mut joined: Vec<String> = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        // ("bounced pos" for "| bounced PO |": the last word may be plural)
        let phrase = [&as_written, &apart].into_iter().find_map(|spellings| {
            spellings.iter().find_map(|(parts, p)| {
                let n = parts.len();
                (n > 1
                    && ws.len() >= i + n
                    && folded[i..i + n]
                        .iter()
                        .zip(parts)
                        .enumerate()
                        // (Spanish plurals each word: "cotizaciones perdidas")
                        .all(|(k, (w, x))| {
                            w == x
                                // ("everything in my queue" for "| in the queue |")
                                || *x == "the" && k > 0 && matches!(w.as_str(), "my" | "our" | "his" | "her" | "their")
                                // ("the quincena of january", "my recibo" for "| la Quincena |",
                                // "| el recibo |": another language's article said in English)
                                || k == 0
                                    && n > 1
                                    && matches!(*x, "la" | "el" | "los" | "las" | "der" | "die" | "das" | "het")
                                    && matches!(
                                        w.as_str(),
                                        "the" | "my" | "our" | "his" | "her" | "their" | "this" | "next" | "last"
                                    )
                                || k + 1 == n && w.strip_suffix('s') == Some(x)
                                // ("what mile marker am i on" for "| the mile markers |")
                                || k + 1 == n && x.len() >= 4 && x.strip_suffix('s') == Some(w.as_str())
                                // ("my short closed deals" for "| short-close |")
                                || k + 1 == n && x.ends_with('e') && w.strip_suffix('d') == Some(x)
                                || n > 1 && (w.strip_suffix("es") == Some(x) || w.strip_suffix('s') == Some(x))
                                // ("how many went west" for "| gone west |")
                                || n > 1 && same_verb(w, x)
                        }))
                .then_some((n, *p))
                // ("whats my aug 15 drop" where the payday is "| drop day |": its first word,
                // after the day)
                .or_else(|| {
                    // (not a word of pay already: "my nov 15 cheque" where it is "| cheque day |")
                    // ("my Q4 alert" where the payday is "| Alert Day |": after a quarter)
                    (n > 1
                        && *p == "payday"
                        && folded[i] == parts[0]
                        && !super::words::PAY_NOUNS.contains(&parts[0])
                        && i.checked_sub(1).is_some_and(|j| {
                            crate::phrases::day_of_month(&ws[j]).is_some()
                                || crate::phrases::quarter_code(&folded[j]).is_some()
                        }))
                    .then_some((1, *p))
                })
            })
        });
        match phrase {
            Some((n, p)) => {
                joined.push(p.clone());
                i += n;
            }
            None => {
                joined.push(ws[i].clone());
                i += 1;
            }
        }
    }
    let ws = &joined[..];
    ws.iter()
        .enumerate()
        .map(|(i, w)| {
            let phrasal = verb_with_down(ws, i);
            let bare = crate::phrases::fold(w.trim_end_matches("'s"));
            // ("enquiries" for "| enquiry |")
            let one = match bare.strip_suffix("ies") {
                Some(stem) => format!("{stem}y"),
                None => bare.strip_suffix('s').unwrap_or(&bare).to_string(),
            };
            let one = one.as_str();
            let hit = synonyms.iter().find(|(s, p)| {
                *s == bare
                    || s == one
                    // ("and ntp'd?" for "| NTP |": initials made a verb)
                    || bare.strip_suffix("'d").or_else(|| bare.strip_suffix("'ed")) == Some(s.as_str())
                    // ("how many deals did i sink" for "| sunk |": a deal's fate; not "why has
                    // December gone negative" where the tiers are "| going |")
                    || same_verb(&bare, s) && !PAY_NOUNS_OF_IDEAS.contains(&p.as_str())
                    // ("in-play deals" for "| in play |")
                    || one.contains('-') && one.replace('-', " ") == *s
                    // ("did my team shelve", "ink" for "| shelved |", "| inked |")
                    || bare.len() >= 3 && (s.strip_suffix('d') == Some(bare.as_str()) || s.strip_suffix("ed") == Some(bare.as_str()))
                    // ("how many did my team drop" for "| dropped |")
                    || one.len() >= 3 && undoubled(s) == Some(one)
                    // ("had been scrubbed", "aborted" for "| scrub |", "| abort |")
                    // (not a noun of pay made a verb: "if it had slipped to april" where the pay
                    // statement is "| slip |")
                    || s.len() >= 4
                        && (undoubled(&bare) == Some(s.as_str()) || bare.strip_suffix("ed") == Some(s.as_str()))
                        && !PAY_NOUNS_OF_IDEAS.contains(&p.as_str())
                    // ("my short-closed deals" for "| short-close |")
                    || s.len() >= 4 && s.ends_with('e') && bare.strip_suffix('d') == Some(s.as_str())
                    || s.strip_suffix('n').is_some_and(|x| x == bare)
                    // ("my storni", "ordini sfumati" for "| storno |", "| sfumato |": Italian's
                    // plural)
                    || s.len() >= 5 && bare.len() == s.len() && s.ends_with('o') && bare.ends_with('i') && s[..s.len() - 1] == bare[..bare.len() - 1]
                    // ("in which faixa I am" for "| as faixas |": the glossary's plural)
                    || bare.len() >= 4 && s.strip_suffix('s') == Some(bare.as_str())
                    // ("how much did icing cost my team" for "| iced |": the doing for the done)
                    || bare.len() >= 5
                        && s.len() >= 4
                        && bare.strip_suffix("ing").is_some_and(|stem| s.strip_suffix("ed") == Some(stem))
                    // ("if a deal derails" for "| derailment |": the noun's verb, in any tense)
                    || s.strip_suffix("ment").is_some_and(|stem| {
                        stem.len() >= 4
                            // (inflected only: "where do I place" is no "| placement |")
                            && (bare.strip_suffix('s') == Some(stem)
                                || bare.strip_suffix("ed") == Some(stem)
                                || bare.strip_suffix("ing") == Some(stem))
                    })
                    // ("kami's derailments" for "| derailed |": the noun of the verb done)
                    || one.strip_suffix("ment").is_some_and(|stem| stem.len() >= 4 && s.strip_suffix("ed") == Some(stem))
                    // ("my brewin deals" for "| brewing |": the g dropped)
                    || bare.len() >= 4 && bare.ends_with("in") && s.strip_suffix('g') == Some(bare.as_str())
                    // (German and Dutch plurals: "Rücktritte", "Absagen", "Verlängerungen")
                    || s.len() >= 5 && ["e", "en", "n"].iter().any(|end| bare.strip_suffix(end) == Some(s.as_str()))
                    // (Swedish and Danish: "hävningar", "hävninger" for "| hävning |", and its
                    // verb done, "hävde", "hävd"; a word no English one is)
                    || s.len() >= 5
                        && !crate::english::as_written(s)
                        && (["ar", "er", "or"].iter().any(|end| bare.strip_suffix(end) == Some(s.as_str()))
                            || s.strip_suffix("ning").is_some_and(|stem| {
                                stem.len() >= 3
                                    && ["de", "d", "t", "te"].iter().any(|end| bare.strip_suffix(end) == Some(stem))
                            }))
                    // (not the last part of a phrase: "closed" is no "short-closed")
                    || bare.len() >= 6
                        && s.len() > bare.len()
                        && s.ends_with(&bare)
                        && s[..s.len() - bare.len()].ends_with(char::is_alphabetic)
                    // ("if all my enquries convert" for "| enquiry |": a long word typed wrong)
                    // (a long word no English one is, "biller" is no "| billed |")
                    || s.len() >= 6
                        && !s.contains(' ')
                        && bare.len() >= 7
                        && !crate::english::as_written(&bare)
                        && !crate::english::as_written(one)
                        && crate::fuzzy::same(one, s)
            });
            // (a word the questions' own lists know keeps its meaning: "chargebacks")
            let known = [
                super::words::CLAWBACK,
                super::words::CREDIT,
                super::words::COST,
                super::words::BONUS,
            ]
            .iter()
            .any(|list| list.contains(&w.as_str()) || list.contains(&one));
            // ("show me my backfires" where the tiers are "| show |": the verb, not the word)
            let as_a_verb = matches!(w.as_str(), "show" | "list" | "pull" | "give")
                && ws.get(i + 1).is_some_and(|n| matches!(n.as_str(), "me" | "us" | "my" | "all" | "him" | "her"))
                // ("if we scrapped the flashpoint" where "| scrap | a lost deal |": a part of
                // the plan done away with, no deal lost)
                || ws.get(i + 1).is_some_and(|n| n == "the")
                    && ws.get(i + 2).is_some_and(|x| {
                        named(x)
                            || matches!(
                                x.as_str(),
                                "threshold" | "cap" | "accelerator" | "tier" | "tiers" | "draw" | "spiff" | "bonus" | "kicker"
                            )
                    });
            // ("show me shanice's holds", "if all my holds sign" for "| on hold |": the place's
            // noun, in the plural, of someone's)
            // ("show me garrets lineup": a name's possessive typed without its apostrophe)
            let unmarked = |p: &str| p.len() >= 4 && p.strip_suffix('s').is_some_and(named) && !named(p);
            let owned = i > 0
                && (matches!(ws[i - 1].as_str(), "my" | "our" | "his" | "her" | "their" | "all")
                    || ws[i - 1].ends_with("'s")
                    || unmarked(&ws[i - 1]));
            let hit = hit.or_else(|| {
                synonyms.iter().find(|(s, _)| {
                    let parts: Vec<&str> = s.split(' ').collect();
                    owned
                        && parts.len() >= 2
                        && matches!(parts[0], "on" | "in")
                        && bare.len() >= 4
                        // (not "my orders" for "| on order |": a deal's own noun)
                        && !super::words::DEALS.contains(&bare.as_str())
                        && (bare.strip_suffix('s') == parts.last().copied()
                            // ("whats my lineup worth" for "| in the lineup |": the place itself,
                            // someone's)
                            // (not in a supposition: "if all of ethan's funnel came in" keeps
                            // the word the pipeline is said by)
                            || parts.len() == 3
                                && parts[1] == "the"
                                && Some(bare.as_str()) == parts.last().copied()
                                && !ws.iter().any(|w| w == "if"))
                })
            });
            // ("how many slag deals", "the most slag" where "| slag | a lost deal |", though
            // an account is Duquesne Slag Products: the word before a deal's noun, or counted,
            // with no other word of a name beside it)
            let deals_of_it = (ws.get(i + 1).is_some_and(|n| super::words::DEALS.contains(&n.as_str()))
                || i > 0 && matches!(ws[i - 1].as_str(), "most" | "many" | "fewest" | "least"))
                && !(i > 0 && named(&ws[i - 1]) && !matches!(ws[i - 1].as_str(), "most" | "many" | "fewest" | "least"));
            // ("what will the january splashdown pay me" where the payday is "| Splashdown Day
            // |": its first word alone, after the month it falls in)
            // ("the taquilla of january", "my taquilla" where it is "| Taquilla Day |": before
            // the month it falls in, or after a possessive where the word is no English one)
            let month_after = ws.get(i + 1).is_some_and(|n| n == "of")
                && ws.get(i + 2).is_some_and(|m| crate::phrases::month_number(m).is_some());
            let payday_owned = i > 0
                && matches!(ws[i - 1].as_str(), "the" | "my" | "his" | "her" | "their" | "our")
                && !crate::english::as_written(w);
            let payday_by_its_first = (i > 0
                && (crate::phrases::month_number(&ws[i - 1]).is_some() || matches!(ws[i - 1].as_str(), "next" | "last"))
                || month_after
                || payday_owned)
                && ws.get(i + 1).is_none_or(|n| n != "day")
                // (not an everyday word of pay: "my august cheque" is August's)
                && !matches!(w.as_str(), "cheque" | "check" | "pay" | "payroll" | "salary" | "payout" | "commission" | "statement")
                && synonyms
                    .iter()
                    .any(|(s, p)| p == "payday" && s.strip_suffix(" day").is_some_and(|x| x == w && x.len() >= 5));
            // ("the whole firm" where a won deal "goes | firm |": the company, no deal's fate;
            // "my whole slate" is still the open deals, a place)
            let whole = i > 0
                && matches!(ws[i - 1].as_str(), "whole" | "entire")
                && hit.is_some_and(|(_, p)| matches!(p.as_str(), "won" | "lost" | "cancelled"));
            match hit {
                Some((_, p)) if (!named(w) || deals_of_it) && !known && !phrasal && !as_a_verb && !whole => p.clone(),
                _ if payday_by_its_first => "payday".to_string(),
                _ => w.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_glossary_row_says_what_a_word_means_over_prose_naming_it_beside_another() {
        let doc = "## 11. Clawback (RMAs)\n\n| word | meaning |\n| --- | --- |\n\
                   | RMA | return merchandise authorisation: a won deal cancelled by the customer |\n";
        assert_eq!(of_ideas(doc), [("rma".to_string(), "cancelled".to_string())]);
    }

    #[test]
    fn the_documents_words_for_the_plans_ideas_are_read() {
        let doc = "Attainment (Zielerreichung) is credit over quota. The AE stages (Stufen) are named for \
                   steel. Open quotes (Angebote) earn nothing.\n\n| term | meaning |\n| --- | --- |\n\
                   | Storno | a cancelled order (section 11) |\n| Provisionsabrechnung | the quarterly commission statement |\n\
                   | Rückbuchung | a reversed (cancelled) order |\n\
                   | the Blasebalg | Gelbglut, our accelerator |\n\
                   | short-shipped | a won deal later cancelled by the shipper |\n\
                   | finance fell through | a cancelled deal (section 11) |\n";
        let found = of_ideas(doc);
        let pairs: Vec<(&str, &str)> = found.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            pairs,
            [
                ("storno", "cancelled"),
                ("provisionsabrechnung", "payout"),
                ("ruckbuchung", "cancelled"),
                ("short-shipped", "cancelled"),
                ("finance fell through", "cancelled"),
                ("zielerreichung", "attainment"),
                ("stufen", "tier"),
                ("angebote", "pipeline")
            ]
        );
        let ws: Vec<String> = ["deals", "where", "the", "finance", "fell", "through"]
            .map(String::from)
            .to_vec();
        assert_eq!(plain(&ws, &found, &|_| false), ["deals", "where", "the", "cancelled"]);
        let ws: Vec<String> = ["q3", "abrechnung", "kat's", "stornos", "next", "stufe"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            plain(&ws, &found, &|_| false),
            ["q3", "payout", "kat's", "cancelled", "next", "tier"]
        );
    }
}
