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
    // (a question's own words, though a glossary writes them as initials: "| HOW | house of
    // worship |" must not make every "how" a type of deal)
    "how",
    "what",
    "who",
    "why",
    "whose",
    "can",
    "did",
    "does",
    "was",
    "are",
    "any",
    "you",
    "not",
    "has",
    "had",
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
        // the other name the measure's own name gives in parentheses ("Order Intake
        // (Auftragseingang)"), itself a name
        if let Some(inner) = name.split('(').nth(1).and_then(|r| r.split(')').next()) {
            let inner = inner.trim().to_string();
            if inner.len() >= 4 && inner.chars().all(char::is_alphabetic) {
                if !found.iter().any(|(_, w)| *w == inner) {
                    found.push((m.id.clone(), inner.clone()));
                }
                said.push(inner);
            }
        }
        for s in &said {
            for (i, _) in lower.match_indices(s.as_str()) {
                // (a word of its own: not "consumablesx", and its start not inside a word)
                let start_ok = i == 0 || !lower[..i].ends_with(|c: char| c.is_alphanumeric());
                let rest = &lower[i + s.len()..];
                // ("Renewal Commission Revenue, the second measure ("renewals", "the book")":
                // names in quotes a few words on, in the same cell)
                let later = rest
                    .split(['|', '\n', '.'])
                    .next()
                    .and_then(|cell| cell.split_once('('))
                    .filter(|(between, inside)| {
                        between.starts_with(',') && between.split_whitespace().count() <= 4 && inside.contains('"')
                    })
                    .and_then(|(_, inside)| inside.split(')').next());
                let Some(inside) = rest.strip_prefix(" (").and_then(|r| r.split(')').next()).or(later) else {
                    continue;
                };
                // ("Service Agreement Value ("SAV", "PM value")": each name in quotes)
                let quoted: Vec<&str> = inside.split(['"', '“', '”']).skip(1).step_by(2).collect();
                if !quoted.is_empty() {
                    let written = document.get(i + s.len()..).unwrap_or("");
                    for q in quoted.into_iter().map(|q| q.trim().trim_start_matches("the ")) {
                        let capitals = written.contains(&format!("\"{}\"", q.to_uppercase()));
                        if start_ok
                            && (q.len() >= 4 || capitals && q.len() >= 2)
                            && q.split_whitespace().count() <= 3
                            && q.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
                            && !PLAIN.contains(&q)
                            && *q != name
                            && !found.iter().any(|(_, w)| w == q)
                        {
                            found.push((m.id.clone(), q.to_string()));
                        }
                    }
                    continue;
                }
                // (a short other name: "(disposables contracts)", not "(Tier 2)" or a clause)
                if inside.split_whitespace().count() > 3 || inside.chars().any(|c| c.is_ascii_digit()) {
                    continue;
                }
                // ("Auftragseingang (AE)": initials the document writes in capitals)
                let capitals = document
                    .get(i + s.len() + 2..)
                    .and_then(|r| r.split(')').next())
                    .filter(|r| (2..=4).contains(&r.len()) && r.chars().all(|c| c.is_ascii_uppercase()));
                if let Some(c) = capitals.map(str::to_lowercase) {
                    if start_ok && !found.iter().any(|(_, w)| *w == c) {
                        found.push((m.id.clone(), c));
                    }
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
    // ("The Service Contract Incentive is also called the **SCI** or the **Wartungsprämie**.":
    // the other names a sentence gives a measure)
    let plain_doc = document.replace("**", "").replace('\n', " ").to_lowercase();
    for m in &plan.measures {
        let name = m.name.to_lowercase();
        // ("The Hardware Placement Commission is called the "kit commission" (or "HPC") on
        // the floor.")
        for said in [
            " is also called ",
            " is also known as ",
            " are also called ",
            " is called ",
        ] {
            let Some(at) = plain_doc.find(&format!("{name}{said}")) else {
                continue;
            };
            let rest = &plain_doc[at + name.len() + said.len()..];
            let sentence = rest.split(['.', ';', '(']).next().unwrap_or("");
            // (the other names it gives in parentheses: "(or "HPC")")
            let aside = rest
                .split(['.', ';'])
                .next()
                .and_then(|s| s.split_once('('))
                .and_then(|(_, r)| r.split(')').next())
                .and_then(|r| r.trim().strip_prefix("or "))
                .unwrap_or("");
            let sentence = sentence
                .trim_end()
                .trim_end_matches(" on the floor")
                .trim_end_matches(" on the sales floor")
                .trim_end_matches(" by the floor");
            for other in [sentence, aside]
                .into_iter()
                .flat_map(|s| s.split(','))
                .flat_map(|p| p.split(" or "))
                .flat_map(|p| p.split(" and "))
            {
                let other = other
                    .trim()
                    .trim_start_matches("the ")
                    .trim_matches(['"', '“', '”', ' ']);
                if (1..=3).contains(&other.split_whitespace().count())
                    && other.chars().count() >= 3
                    && other.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
                    && !PLAIN.contains(&other)
                    && other != name
                    && !found.iter().any(|(_, w)| w == other)
                {
                    found.push((m.id.clone(), other.to_string()));
                }
            }
        }
    }
    // ("| dispos | Disposables Commission, on Case Kits |": a glossary row whose meaning
    // opens with a measure's name gives the measure the row's term)
    for line in document.lines().map(str::trim) {
        let Some(row) = line.strip_prefix('|') else { continue };
        let cells: Vec<String> = row
            .trim_end_matches('|')
            .split('|')
            .map(|c| c.trim().replace("**", "").to_lowercase())
            .collect();
        let [term, meaning] = cells.as_slice() else { continue };
        let term = term.trim_start_matches("the ").trim();
        for m in &plan.measures {
            let name = m.name.to_lowercase();
            // (the name alone or before what it is on: "Disposables Commission, on Case
            // Kits"; not a table's cell, "| quarter | Strategic Solutions quota |")
            // ("| iron | machinery: the Machinery Commission and the machines it pays on |":
            // the measure's short name before a colon, its name after)
            // ("| cap equipment | capital equipment: the Capital Equipment Incentive's
            // products |": two words, then the name)
            // ("| the back end | warranties and service contracts: the Protection Products
            // Incentive's products |": what it is in a few words, then the name)
            let body = meaning
                .split_once(": ")
                .filter(|(head, _)| head.split_whitespace().count() <= 4)
                .map_or(meaning.as_str(), |(_, r)| r);
            // ("| back end | F&I: the F&I Add-On's products, Finance, MBI … |": the name without
            // its kind, before what it pays on)
            let short = ["commission", "incentive", "bonus"]
                .iter()
                .find_map(|kind| name.strip_suffix(&format!(" {kind}")))
                .filter(|s| s.len() >= 3);
            let short_opens = short.is_some_and(|s| {
                [meaning.as_str(), body].iter().any(|text| {
                    text.trim_start_matches("the ").strip_prefix(s).is_some_and(|rest| {
                        ["'s ", "’s "].iter().any(|p| {
                            rest.strip_prefix(p).is_some_and(|r| {
                                ["products", "deals", "sales", "business", "credit"]
                                    .iter()
                                    .any(|x| r.starts_with(x))
                            })
                        })
                    })
                })
            });
            let opens = short_opens || [meaning.as_str(), body].iter().any(|text| {
                text.trim_start_matches("the ")
                    .strip_prefix(name.as_str())
                    .is_some_and(|rest| {
                        rest.is_empty()
                            || [",", " (", " -", " –", ":", ";", " and "]
                                .iter()
                                .any(|p| rest.starts_with(p))
                            // ("the Capital Equipment Incentive's products": what it pays on,
                            // not "the Aftersales Incentive's upper step", a part of it)
                            || ["'s ", "’s "].iter().any(|p| {
                                rest.strip_prefix(p).is_some_and(|r| {
                                    // ("| GP | gross profit: the Equipment Gross Profit
                                    // Commission's credit |": what it measures; "| kit |
                                    // hardware: the Hardware Placement Commission's five
                                    // products |", counted)
                                    let r = r.split_once(' ').filter(|(n, _)| counted(n)).map_or(r, |(_, rest)| rest);
                                    ["products", "deals", "sales", "business", "credit"].iter().any(|x| r.starts_with(x))
                                })
                            })
                    })
            });
            // (an everyday word is a measure's only where the row says so outright:
            // "| iron | machinery: the Machinery Commission … |")
            // ("| iron | the Mechanical Project Commission: the four equipment products |": the
            // name itself, then what it is on, says so outright too)
            let named_outright = meaning
                .trim_start_matches("the ")
                .strip_prefix(name.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(':'));
            let plain_word =
                !term.contains(' ') && super::unrecognised::common(term) && body == meaning.as_str() && !named_outright;
            // ("| one-off | a specialist job: a Deep Clean, Washroom Hygiene or Window & Facade
            // job |": the products the row lists are the measure's, every one and no other's)
            // (after the colon: "| Verlängerung | a renewal of a Wartung Plus contract: a deal of
            // type renewal |" names a type, no measure)
            let list = meaning.split_once(':').map_or("", |(_, after)| after);
            let listed = |p: &String| list.contains(p.to_lowercase().as_str());
            let lists_its_products = !list.is_empty()
                && m.products
                    .as_ref()
                    .is_some_and(|ps| !ps.is_empty() && ps.iter().all(listed))
                && plan.measures.iter().filter(|o| o.id != m.id).all(|o| {
                    o.products.as_ref().is_some_and(|ps| {
                        ps.iter()
                            .all(|p| !listed(p) || m.products.iter().flatten().any(|x| x == p))
                    })
                });
            // ("one-off" is a word of its own here, "contract" an everyday one)
            // ("| annuity | the recurring services: ClearPrint …, PaperTrail Cloud |": every product
            // of the measure listed, under no word for a deal, says so outright too)
            let head_a_deal = meaning
                .split_once(':')
                .is_some_and(|(head, _)| head.split_whitespace().any(|w| super::words::DEALS.contains(&w)));
            let plain_word = plain_word && !(lists_its_products && (term.contains('-') || !head_a_deal));
            // ("| HW | the Hardware Revenue Commission |": two letters the document writes in
            // capitals are a name however short)
            // (not an English word written so: "| US | the US Enterprise Commission |")
            let capitals = term.len() == 2
                && capitals(line, term)
                && !matches!(
                    term,
                    "us" | "it"
                        | "is"
                        | "in"
                        | "on"
                        | "at"
                        | "to"
                        | "of"
                        | "or"
                        | "an"
                        | "as"
                        | "be"
                        | "by"
                        | "do"
                        | "go"
                        | "he"
                        | "if"
                        | "me"
                        | "my"
                        | "no"
                        | "so"
                        | "up"
                        | "we"
                        | "am"
                        | "ok"
                );
            if (opens || lists_its_products)
                && !plain_word
                && (term.len() >= 3 || capitals)
                && term.split_whitespace().count() <= 3
                // ("3PL": letters and digits, not a number)
                && term.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
                && term.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !PLAIN.contains(&term)
                && term != name
                && !found.iter().any(|(_, w)| w == term)
            {
                found.push((m.id.clone(), term.to_string()));
            }
        }
    }
    // ("cuanto llevo de comi" where "| la comi | the Hardware Commission |": the name without
    // its Spanish article, as said after "de", "mi", "my")
    let bare: Vec<(String, String)> = found
        .iter()
        .filter_map(|(id, alias)| {
            let (article, rest) = alias.split_once(' ')?;
            let bare = matches!(article, "la" | "el" | "los" | "las") && rest.len() >= 4 && !rest.contains(' ');
            bare.then(|| (id.clone(), rest.to_string()))
        })
        .filter(|(_, rest)| !PLAIN.contains(&rest.as_str()) && !found.iter().any(|(_, w)| w == rest))
        .collect();
    found.extend(bare);
    found
}

/// (deal type, another name) pairs the document gives: a glossary row whose meaning is one
/// deal type ("| lease roll | a Refresh deal (3.4) |"), or a name in quotes in parentheses
/// in a type's definition ("- **Refresh**: a lease renewal … (the "lease roll")").
pub fn of_deal_types(deal_types: &[String], document: &str) -> Vec<(String, String)> {
    let types: Vec<String> = deal_types.iter().map(|t| t.to_lowercase()).collect();
    // ("call-off" for the type calloff: written with or without its hyphen)
    // ("lease_renewal" written "lease renewal", "new_logo" as "new-logo")
    let bare = |w: &str| w.replace(['-', ' ', '_'], "");
    let is_type = |w: &str| {
        types
            .iter()
            .any(|t| t == w || t.replace('-', " ") == w || bare(t) == bare(w))
    };
    let mut found: Vec<(String, String)> = Vec::new();
    let mut add = |t: &str, alias: &str, capitals: bool| {
        let alias = alias
            .trim()
            .trim_start_matches("the ")
            // ("| a swap | a trade-in deal |")
            .trim_start_matches("a ")
            .trim_start_matches("an ")
            .trim_matches(|c: char| !c.is_alphanumeric());
        // ("PMs", "T&M": initials the document writes in capitals are a name however short;
        // a plural's "s" is the question's to say)
        let alias = if capitals {
            alias.strip_suffix('s').unwrap_or(alias)
        } else {
            alias
        };
        let words = alias.split_whitespace().count();
        if (1..=3).contains(&words)
            && (alias.len() >= 4 || capitals && alias.len() >= 2)
            && alias
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || capitals && c == '&')
            && !is_type(alias)
            && !PLAIN.contains(&alias)
            && !found.iter().any(|(_, a)| a == alias)
        {
            found.push((
                deal_types[types.iter().position(|x| x == t).expect("a type")].clone(),
                alias.to_string(),
            ));
        }
    };
    for line in document.lines().map(str::trim) {
        let lower = line.to_lowercase().replace("**", "");
        if let Some(row) = lower.strip_prefix('|') {
            let cells: Vec<&str> = row.trim_end_matches('|').split('|').map(str::trim).collect();
            let [term, meaning] = cells.as_slice() else {
                continue;
            };
            // (the meaning without its clause reference, "a refresh deal (3.4)", but with
            // what it says in words: "planned maintenance agreements (Agreement deals)")
            let (before, inside) = meaning.split_once('(').unwrap_or((meaning, ""));
            let inside = inside.split(')').next().unwrap_or("");
            let meaning = if inside.chars().any(|c| c.is_ascii_digit()) {
                before.trim().to_string()
            } else {
                format!("{before} {inside}")
            };
            // (a long description may say the type before or after a colon: "| re-up | a
            // renewal deal: a customer's agreement renewed |", "| Verlängerung | a renewal of
            // a Wartung Plus contract: a deal of type renewal |")
            let (before_colon, after_colon) = match meaning.split_once(':') {
                Some((b, a)) => (Some(b.to_string()), Some(a.to_string())),
                None => (None, None),
            };
            // (and the first clause after it: "| BOR | broker-of-record win: a new deal, the
            // first case a producer binds |")
            // ("| plug deal | a partner deal, sold through a reseller |": the meaning's first
            // clause, with no colon)
            let first_clause = after_colon
                .as_deref()
                .and_then(|a| a.split([',', ';']).next())
                // (with no colon, the meaning's own first clause when it defines: not "| Close
                // | For a sale, the close of escrow; … |", which says when)
                .or_else(|| {
                    meaning
                        .split([',', ';'])
                        .next()
                        .filter(|c| matches!(c.split_whitespace().next(), Some("a" | "an" | "the")))
                })
                // (not a clause that says what it is not: "| co-term | not a new deal, … |")
                .filter(|c| {
                    !c.split_whitespace()
                        .any(|w| matches!(w, "not" | "no" | "never" | "lost" | "cancelled"))
                })
                .map(str::to_string);
            for meaning in std::iter::once(meaning)
                .chain(before_colon)
                .chain(after_colon)
                .chain(first_clause)
            {
                let said: Vec<&String> = types
                    .iter()
                    .filter(|t| {
                        meaning.split_whitespace().any(|w| {
                            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                            // ("a new-logo deal", "a new-customer order": the type "new")
                            w == t.as_str()
                                || w.strip_suffix('s') == Some(t.as_str())
                                // ("| bolt-on | an add-on deal |" of the type addon)
                                || w.contains('-') && w.replace('-', "") == t.as_str()
                                || w.split_once('-').is_some_and(|(first, _)| first == t.as_str())
                                || t.contains('_') && w == t.replace('_', "-")
                        })
                        // ("| rewrite | a lease renewal deal |" of the type lease_renewal)
                        || t.contains('_') && super::vocabulary::contains_words(&meaning, &t.replace('_', " "))
                    })
                    .collect();
                let plain_meaning = meaning.split_whitespace().count() <= 6
                    && meaning
                        .split_whitespace()
                        // ("| fresh ink | a new-business placement |": the trade's word for a deal;
                        // not a product's noun, "| Dedicated | a dedicated-fleet contract |")
                        .any(|w| {
                            matches!(
                                w,
                                "deal"
                                    | "deals"
                                    | "sale"
                                    | "sales"
                                    | "placement"
                                    | "placements"
                                    | "order"
                                    | "orders"
                                    | "policy"
                                    | "policies"
                                    | "booking"
                                    | "bookings"
                                    // ("| greenfield | a new install: … |")
                                    | "install"
                                    | "installs"
                                    // ("| hot job | a rush job: shipped within 72 hours |")
                                    | "job"
                                    | "jobs"
                            )
                        });
                // ("| NB | New Business, a deal of type new |": the type said by its id)
                let of_type = |t: &str| super::vocabulary::contains_words(&meaning, &format!("of type {t}"));
                if let [t] = said
                    .as_slice()
                    .iter()
                    .filter(|t| plain_meaning || of_type(t))
                    .collect::<Vec<_>>()[..]
                {
                    add(t, term, capitals(line, term));
                    break;
                }
            }
        } else if let Some(item) = lower.strip_prefix("- ").or_else(|| lower.strip_prefix("* ")) {
            let head = item.split(':').next().unwrap_or("").trim();
            // "- **Abruf (call-off):** …": the name before the type in parentheses
            if let Some((name, inner)) = head.split_once(" (") {
                let inner = inner.trim_end_matches(')').trim();
                if is_type(inner) && !is_type(name) {
                    let t = types
                        .iter()
                        .find(|t| *t == inner || t.replace('-', " ") == inner || bare(t) == bare(inner))
                        .expect("a type")
                        .clone();
                    add(&t, name, false);
                }
                continue;
            }
            if !is_type(head) {
                continue;
            }
            let t = types
                .iter()
                .find(|t| *t == head || t.replace('-', " ") == head || bare(t) == bare(head))
                .expect("a type")
                .clone();
            for inside in item.split('(').skip(1).filter_map(|p| p.split(')').next()) {
                let quoted: Vec<&str> = inside.split(['"', '“', '”']).collect();
                if quoted.len() >= 3 {
                    add(&t, quoted[1], false);
                }
            }
        }
    }
    found
}

/// Whether the document writes a name (found lower case in its line) as initials in
/// capitals: "PMs", "T&M".
fn capitals(line: &str, lower: &str) -> bool {
    let Some(i) = line.to_lowercase().find(lower) else {
        return false;
    };
    let written = line.get(i..i + lower.len()).unwrap_or("");
    let letters = written.trim_end_matches('s');
    !written.contains(' ') && letters.len() >= 2 && letters.chars().all(|c| c.is_ascii_uppercase() || c == '&')
}

/// Products the document lists beside the deals' own ("… MG Special, MG Advanced, GTK
/// 500)"), though no deal sells them yet: a list of two or more known products names the
/// rest of its items as products too.
pub fn listed_beside(products: &[String], document: &str) -> Vec<String> {
    // (a known one in the plural too: "Production Presses" for the Production Press)
    let known = |item: &str| {
        let one = [item.strip_suffix("es"), item.strip_suffix('s')];
        let y = item.strip_suffix("ies").map(|stem| format!("{stem}y"));
        products.iter().any(|p| {
            p.eq_ignore_ascii_case(item)
                || one.iter().flatten().any(|o| p.eq_ignore_ascii_case(o))
                || y.as_ref().is_some_and(|y| p.eq_ignore_ascii_case(y))
        })
    };
    // (not a word of a known product's name: "GTX" is a series of them, "Produce" the
    // Fresh Produce said short)
    let part_of_one = |item: &str| {
        let item = item.to_lowercase();
        products.iter().any(|p| {
            let p = p.to_lowercase();
            p != item && format!(" {p} ").contains(&format!(" {item} "))
        })
    };
    let mut found: Vec<String> = Vec::new();
    for line in document.lines() {
        for chunk in line.replace(['*', '_'], "").split(['(', ')', ';', ':', '.']) {
            // ("…, Light Tower and Diesel Generator": the last two joined by "and")
            let items: Vec<&str> = chunk
                .split(',')
                .flat_map(|i| i.split(" and ").flat_map(|j| j.split(" or ")))
                .map(|i| i.trim().trim_start_matches("and ").trim_start_matches("or ").trim())
                .collect();
            if items.iter().filter(|i| known(i)).count() < 2 {
                continue;
            }
            for item in items {
                let words: Vec<&str> = item.split_whitespace().collect();
                let a_name = (1..=4).contains(&words.len())
                    && words
                        .iter()
                        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
                // (nor a known name with a word before it: "Won Sea Freight FCL")
                // (or its plural: "Won BAS Upgrades")
                let has_one = products.iter().any(|p| {
                    let (said, p) = (format!(" {} ", item.to_lowercase()), p.to_lowercase());
                    [" ", "s ", "es "]
                        .iter()
                        .any(|end| said.contains(&format!(" {p}{end}")))
                        || p.strip_suffix('y')
                            .is_some_and(|stem| said.contains(&format!(" {stem}ies ")))
                });
                if a_name
                    && !known(item)
                    && !part_of_one(item)
                    && !has_one
                    && !found.iter().any(|f| f.eq_ignore_ascii_case(item))
                {
                    found.push(item.to_string());
                }
            }
        }
    }
    found
}

/// Other names the document gives a bonus: a glossary's row ("| MoM | the Man of the Match
/// Award |") or a short name quoted after it ("Man of the Match Award (\"MoM\")"), lower
/// case.
pub fn of_bonuses(plan: &plansight_plan::Plan, document: &str) -> Vec<String> {
    let names: Vec<String> = plan.bonuses.iter().map(|b| b.name.to_lowercase()).collect();
    let mut found: Vec<String> = Vec::new();
    let mut keep = |alias: &str| {
        let alias = alias.trim().to_lowercase();
        let alias = alias.strip_prefix("the ").unwrap_or(&alias).to_string();
        if alias.len() >= 2
            && alias.split_whitespace().count() <= 2
            && alias.chars().all(|c| c.is_alphanumeric() || c == ' ')
            && !names.contains(&alias)
            && !found.contains(&alias)
        {
            found.push(alias);
        }
    };
    for line in document.lines().map(str::trim) {
        let lower = line.to_lowercase();
        if let Some(row) = line.strip_prefix('|') {
            let cells: Vec<&str> = row.trim_end_matches('|').split('|').map(str::trim).collect();
            if let [term, meaning] = cells.as_slice() {
                let meaning = meaning.to_lowercase();
                let names_a_bonus = |meaning: &str| {
                    let meaning = meaning.strip_prefix("the ").unwrap_or(meaning);
                    names.iter().any(|n| {
                        meaning == n
                            || meaning
                                .strip_prefix(n.as_str())
                                .is_some_and(|r| r.starts_with([',', ' ']))
                    })
                };
                // ("| making the ream | earning the Full Ream Bonus |": the floor's verb for
                // winning it, when the row names no bonus as it stands; the bonus is the
                // rest, "the ream")
                let winning = |s: &str| {
                    s.split_once(' ')
                        .filter(|(verb, _)| {
                            matches!(
                                verb.to_lowercase().as_str(),
                                "making"
                                    | "earning"
                                    | "winning"
                                    | "getting"
                                    | "hitting"
                                    | "taking"
                                    | "landing"
                                    | "bagging"
                            )
                        })
                        .map(|(_, rest)| rest.to_string())
                };
                if names_a_bonus(&meaning) {
                    keep(&term.replace("**", ""));
                } else if let (Some(t), Some(m)) = (winning(term), winning(&meaning)) {
                    if names_a_bonus(&m) {
                        keep(&t.replace("**", ""));
                    }
                }
            }
            continue;
        }
        for n in &names {
            let Some(at) = lower.find(n.as_str()) else {
                continue;
            };
            let after = lower[at + n.len()..].trim_start_matches("**").trim_start();
            if let Some(inner) = after
                .strip_prefix("(\"")
                .or_else(|| after.strip_prefix("(“"))
                .and_then(|r| r.split(['"', '”']).next())
            {
                keep(inner);
            }
        }
    }
    found
}

/// (product, another name) pairs from a table row that names a product in one cell and
/// lists other names in the next ("| PLC Systems | SPS, Steuerungen |").
pub fn of_products(products: &[String], document: &str) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    let lines: Vec<&str> = document.lines().map(str::trim).collect();
    // The header of the table the row is in, lower case ("| product | line | also called |").
    let mut header: Vec<String> = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        let Some(row) = line.strip_prefix('|') else {
            header.clear();
            continue;
        };
        if lines
            .get(at + 1)
            .is_some_and(|next| next.starts_with('|') && next.contains("---"))
        {
            header = row
                .trim_end_matches('|')
                .split('|')
                .map(|c| c.trim().to_lowercase())
                .collect();
        }
        let cells: Vec<String> = row
            .trim_end_matches('|')
            .split('|')
            .map(|c| c.trim().replace("**", ""))
            .collect();
        // ("| disposables | the Veristat Disposables Kit |": a glossary's word for a product)
        if let [term, meaning] = cells.as_slice() {
            // ("| the grand | the GTK 500 |": said "my grands")
            let term = term.trim().to_lowercase();
            let term = term.strip_prefix("the ").unwrap_or(&term).to_string();
            let named = meaning
                .trim()
                .trim_start_matches("the ")
                .trim_start_matches("The ")
                .trim_start_matches("a ")
                .trim_start_matches("an ")
                .trim();
            // ("| DC | a Dedicated Warehouse (distribution centre) |": the name, then what the
            // term spells out)
            // ("| comp | Workers' Compensation: a "comp policy" |": the name, then how it is said)
            let named = named
                .split_once(" (")
                .or_else(|| named.split_once(": "))
                .map(|(head, _)| head.trim())
                // ("| 500s | Frac Tanks (500-barrel steel tanks) |": the name in the plural)
                .map(|head| {
                    products
                        .iter()
                        .find(|p| {
                            head.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
                                && matches!(&head[p.len()..], "" | "s" | "es")
                        })
                        .map_or(head, |p| &head[..p.len()])
                })
                .filter(|head| products.iter().any(|p| p.eq_ignore_ascii_case(head)))
                .unwrap_or(named);
            // ("| BESS | battery energy storage system: Battery Storage |": the words spelt out,
            // then the product's name after the colon)
            // ("| MPS | managed print services: the Managed Print Agreement |": with its article)
            let named = meaning
                .rsplit_once(':')
                .map(|(_, after)| {
                    let after = after.trim().trim_end_matches('.');
                    ["the ", "The ", "a ", "an "]
                        .iter()
                        .find_map(|a| after.strip_prefix(a))
                        .unwrap_or(after)
                })
                .filter(|after| products.iter().any(|p| p.eq_ignore_ascii_case(after)))
                .unwrap_or(named);
            // ("| rig | a GTK 500 workstation |": the product's name and what kind of thing it is)
            // ("| the tank | the GTK 500 rack server |": what kind of thing, in a few words that
            // name no part of the plan; "| stacks | Stack Dryers |": the name in the plural)
            let kind_of_thing = |rest: &str| {
                let rest = rest.trim().to_lowercase();
                // ("| big blind | a GTK 500 deal |": a deal of the product, nothing more said)
                matches!(
                    rest.as_str(),
                    "workstation"
                        | "unit"
                        | "system"
                        | "machine"
                        | "device"
                        | "model"
                        | "kit"
                        | "package"
                        | "deal"
                        | "order" // ("| glass | the GTK 500 demountable glass wall system |": up to four words)
                ) || (1..=4).contains(&rest.split_whitespace().count())
                    && rest.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
                    // (not two products listed: "| MG | the MG Special and MG Advanced suites |")
                    && !rest.split_whitespace().any(|w| matches!(w, "and" | "or" | "plus"))
                    && !rest.split_whitespace().any(|w| {
                        matches!(
                            w,
                            "bonus"
                                | "spiff"
                                | "award"
                                | "quota"
                                | "tier"
                                | "tiers"
                                | "cap"
                                | "deal"
                                | "deals"
                                | "threshold"
                                | "draw"
                                | "commission"
                                | "incentive"
                                | "rate"
                                | "credit"
                                | "accelerator"
                                | "kicker"
                                | "multiplier"
                                | "target"
                                | "payout"
                        )
                    })
            };
            // (a product's whole name kept: "GTK 500 Service Contract" is no "GTK 500"; the
            // longest name the cell begins with)
            let whole = products.iter().any(|p| p.eq_ignore_ascii_case(named));
            let named = products
                .iter()
                .filter(|p| !whole && named.len() > p.len())
                .filter(|p| {
                    named.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p))
                        && named.get(p.len()..).is_some_and(|rest| {
                            rest.starts_with(' ') && kind_of_thing(rest) || matches!(rest, "s" | "es")
                        })
                })
                .max_by_key(|p| p.len())
                .map_or(named, |p| named.get(..p.len()).unwrap_or(named));
            // ("| VT | a Vertical Turbine Pump |": two capitals, an abbreviation, are enough)
            // (not an everyday word: "| AM | Annual Maintenance |" would make "am I on track" a
            // product's)
            let capitals = cells[0].trim().len() == 2
                && cells[0].trim().chars().all(|c| c.is_ascii_uppercase())
                && !matches!(
                    term.as_str(),
                    "am" | "an"
                        | "as"
                        | "at"
                        | "be"
                        | "by"
                        | "do"
                        | "go"
                        | "he"
                        | "hi"
                        | "if"
                        | "in"
                        | "is"
                        | "it"
                        | "me"
                        | "my"
                        | "no"
                        | "of"
                        | "oh"
                        | "ok"
                        | "on"
                        | "or"
                        | "so"
                        | "to"
                        | "up"
                        | "us"
                        | "we"
                );
            let short = (1..=2).contains(&term.split_whitespace().count())
                && (term.len() >= 3 || capitals)
                // ("| C&I | Commercial Solar |", "| M365 | Microsoft 365 Licences |"; not a
                // period, "| Q3 | … |")
                && term.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '&')
                && term.chars().any(char::is_alphabetic)
                && !period_code(&term);
            if let Some(p) = products.iter().find(|p| p.eq_ignore_ascii_case(named)) {
                if short
                    && !PLAIN.contains(&term.as_str())
                    && !products.iter().any(|q| q.eq_ignore_ascii_case(&term))
                    && !found.iter().any(|(_, o)| *o == term)
                {
                    found.push((p.clone(), term));
                }
            }
        }
        // ("| Lodestar Navigation System | capital | nav, the nav system |" under "| Product
        // | Line | Also called |": the names in the cell next to a product's, or in a column
        // headed as other names, each one word; not a line several products share, "capital")
        let names_column = |c: usize| {
            header.get(c).is_some_and(|h| {
                [
                    "also",
                    "called",
                    "nickname",
                    "aka",
                    "known as",
                    "floor",
                    "other name",
                    "short",
                ]
                .iter()
                .any(|w| h.contains(w))
            })
        };
        for (k, cell) in cells.iter().enumerate() {
            let Some(p) = products.iter().find(|p| p.eq_ignore_ascii_case(cell)) else {
                continue;
            };
            for (c, later) in cells.iter().enumerate().skip(k + 1) {
                if c > k + 1 && !names_column(c) {
                    continue;
                }
                for other in later.split([',', ';', '/']).map(|o| o.trim().to_lowercase()) {
                    let one_word = !other.contains(' ') && other.chars().all(|c| c.is_alphabetic() || c == '-');
                    if one_word
                        && other.len() >= 2
                        && !PLAIN.contains(&other.as_str())
                        && !products.iter().any(|q| q.eq_ignore_ascii_case(&other))
                        && !found.iter().any(|(_, o)| *o == other)
                        && !shared_cell(document, products, &other)
                    {
                        found.push((p.clone(), other));
                    }
                }
            }
        }
    }
    // ("Professional Indemnity (PI)": initials in capitals in parentheses after the name)
    let lowered: Vec<String> = products.iter().map(|p| p.to_lowercase()).collect();
    for line in document.lines().filter(|l| l.contains(" (")) {
        let lower = line.to_lowercase();
        // (the products may be held in lower case; the initials are read as written)
        if lower.len() != line.len() {
            continue;
        }
        for (p, p_lower) in products.iter().zip(&lowered) {
            let Some(at) = lower.find(p_lower.as_str()) else {
                continue;
            };
            // ("**Service Contract** (the vehicle service contract, VSC)": after the name in
            // bold, initials in any part of what the parentheses say)
            let Some(said) = line[at + p.len()..]
                .trim_start_matches("**")
                .strip_prefix(" (")
                .and_then(|r| r.split_once(')'))
                .map(|(i, _)| i)
            else {
                continue;
            };
            // ("**Workers Comp** (WC, "work comp")": a way it is said, quoted)
            for quoted in said.split(", ").filter_map(|x| {
                x.trim()
                    .strip_prefix('"')
                    .and_then(|x| x.strip_suffix('"'))
                    .or_else(|| {
                        x.trim()
                            .strip_prefix('\u{201c}')
                            .and_then(|x| x.strip_suffix('\u{201d}'))
                    })
            }) {
                let quoted = quoted.to_lowercase();
                // (not an English word alone: "comp", "it")
                if (1..=3).contains(&quoted.split_whitespace().count())
                    && (quoted.contains(' ') || !crate::english::as_written(&quoted))
                    && quoted.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
                    && !PLAIN.contains(&quoted.as_str())
                    && !products.iter().any(|q| q.eq_ignore_ascii_case(&quoted))
                    && !found.iter().any(|(_, o)| *o == quoted)
                {
                    found.push((p.clone(), quoted));
                }
            }
            for inner in said.split(", ") {
                let other = inner.to_lowercase();
                // ("Microsoft 365 Licences (M365)")
                // (not a period: "GTX Pro (Q3)", "Analytics (FY26)")
                let period_shaped = period_code(&other);
                if (2..=5).contains(&inner.len())
                    && inner.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && inner.starts_with(|c: char| c.is_ascii_uppercase())
                    && !period_shaped
                    // (not a small English word: "(IT, SMB)")
                    && !matches!(
                        other.as_str(),
                        "it" | "is" | "at" | "as" | "on" | "in" | "or" | "an" | "am" | "be" | "by" | "do" | "go" | "if"
                            | "me" | "my" | "no" | "of" | "ok" | "so" | "to" | "up" | "us" | "we" | "all" | "any" | "can"
                    )
                    && !products.iter().any(|q| q.eq_ignore_ascii_case(&other))
                    && !found.iter().any(|(_, o)| *o == other)
                {
                    found.push((p.clone(), other));
                }
            }
        }
    }
    // ("**GTX Plus Basic** (business laptop)": what the product is, in a word or three in
    // parentheses after its bold name; its last word names it where no other product's does)
    // (its parentheses may wrap onto the next line)
    let lower = document.replace('\n', " ").to_lowercase();
    for (product, p) in products.iter().zip(&lowered) {
        let Some(said) = lower
            .split(&format!("**{p}** (")[..])
            .nth(1)
            .and_then(|r| r.split_once(')'))
            .map(|(i, _)| i)
        else {
            continue;
        };
        // ("(the till software)", "(the kitchen display system)": the thing without its
        // article and its kind)
        if said.contains(',') {
            continue;
        }
        let mut words: Vec<&str> = said.split_whitespace().collect();
        if words.first().is_some_and(|w| matches!(*w, "the" | "a" | "an")) {
            words.remove(0);
        }
        while words.len() > 1 && words.last().is_some_and(|w| KIND_WORDS.contains(w)) {
            words.pop();
        }
        if words.len() > 3 {
            continue;
        }
        let Some(head) = words.last() else {
            continue;
        };
        // (the whole thing and its last word: "kitchen display", "display")
        for alias in [words.join(" "), head.to_string()] {
            if alias.len() >= 4
                && (alias.contains(' ') || !NOT_A_NAME_ALONE.contains(&alias.as_str()))
                && alias.chars().all(|c| c.is_alphabetic() || c == ' ')
                && !KIND_WORDS.contains(&alias.as_str())
                && !lowered.iter().any(|q| {
                    q.split_whitespace().any(|x| {
                        alias
                            .split_whitespace()
                            .any(|a| x.trim_end_matches('s') == a.trim_end_matches('s'))
                    })
                })
                && !found.iter().any(|(q, o)| *o == alias && q.eq_ignore_ascii_case(p))
            {
                found.push((product.clone(), alias));
            }
        }
    }
    // (a name two products share names neither)
    let shared: Vec<String> = found
        .iter()
        .filter(|(p, o)| found.iter().any(|(q, x)| x == o && q != p))
        .map(|(_, o)| o.clone())
        .collect();
    found.retain(|(_, o)| !shared.contains(o));
    found
}

#[cfg(test)]
mod tests {
    use super::of_deal_types;

    #[test]
    fn initials_in_capitals_name_a_deal_type_however_short() {
        let types = vec!["agreement".to_string(), "repair".to_string(), "project".to_string()];
        let doc = "| term | meaning |\n| --- | --- |\n\
            | PMs | planned maintenance agreements (Agreement deals) |\n\
            | T&M | a Repair deal (time and materials) |\n| pm | a Project deal |\n";
        assert_eq!(
            of_deal_types(&types, doc),
            [
                ("agreement".to_string(), "pm".to_string()),
                ("repair".to_string(), "t&m".to_string())
            ]
        );
    }

    #[test]
    fn a_glossary_row_that_says_the_type_names_it() {
        let types = vec!["new".to_string(), "renewal".to_string(), "mta".to_string()];
        let doc = "| word | meaning |\n| --- | --- |\n\
            | NB | New Business, a deal of type new |\n\
            | MTA | mid-term adjustment: a deal of type mta |\n";
        assert_eq!(of_deal_types(&types, doc), [("new".to_string(), "nb".to_string())]);
    }

    #[test]
    fn a_deal_type_is_named_by_the_glossary_and_its_definition() {
        let types = vec!["new".to_string(), "Refresh".to_string(), "port-in".to_string()];
        let doc = "- **Refresh**: a lease renewal that replaces equipment (the \"lease roll\").\n\n\
            | Term | Meaning |\n| --- | --- |\n| win-back | a port-in deal (3.2) |\n\
            | the Barrel | the accelerator tier |\n| new logo | a customer new to us, see the new deal rules and more |\n";
        assert_eq!(
            of_deal_types(&types, doc),
            [
                ("Refresh".to_string(), "lease roll".to_string()),
                ("port-in".to_string(), "win-back".to_string())
            ]
        );
    }
}

#[cfg(test)]
mod initials_tests {
    #[test]
    fn a_product_s_initials_in_parentheses_name_it() {
        let products = vec!["professional indemnity".to_string(), "Cyber Cover".to_string()];
        let doc = "Liability, Fleet Motor, Commercial Property, Professional Indemnity (PI), Cyber Cover,\n";
        assert_eq!(
            super::of_products(&products, doc),
            [("professional indemnity".to_string(), "pi".to_string())]
        );
        let products = vec!["Workers Comp".to_string()];
        let doc = "Liability** (GL), **Workers Comp** (WC, \"work comp\"), **Commercial Property**\n";
        assert_eq!(
            super::of_products(&products, doc),
            [
                ("Workers Comp".to_string(), "work comp".to_string()),
                ("Workers Comp".to_string(), "wc".to_string())
            ]
        );
        let products = vec!["Service Contract".to_string()];
        let doc = "F&I products: **Service Contract** (the vehicle service contract, VSC),\n";
        assert_eq!(
            super::of_products(&products, doc),
            [("Service Contract".to_string(), "vsc".to_string())]
        );
    }
}

/// Words that say what kind of thing a product is, said of many: no one product's other name.
const KIND_WORDS: &[&str] = &[
    "plan",
    "plans",
    "contract",
    "contracts",
    "service",
    "services",
    "subscription",
    "subscriptions",
    "system",
    "systems",
    "product",
    "products",
    "package",
    "bundle",
    "option",
    "offering",
    "solution",
    "solutions",
    "license",
    "licence",
    "licenses",
    "licences",
    "program",
    "programme",
    "policy",
    "cover",
    "coverage",
    "unit",
    "units",
    "item",
    "items",
    "line",
    "software",
    "platform",
    "app",
    "hardware",
    "device",
];

/// Words that say how or when of a product, or are said as often as a conjunction: no one
/// product's other name alone ("(monthly subscription)", "(the till software)" beside "how
/// much till I hit the accelerator").
const NOT_A_NAME_ALONE: &[&str] = &[
    "till",
    "until",
    "monthly",
    "annual",
    "annually",
    "yearly",
    "quarterly",
    "weekly",
    "daily",
    "standard",
    "basic",
    "new",
    "small",
    "large",
    "full",
    "online",
    "cloud",
    "managed",
    "premium",
    "starter",
    "entry",
    "advanced",
    "extra",
    "other",
];

/// Whether a short code is a period's ("q3", "h1", "fy26", "m04"), no product's initials
/// ("m365").
pub(super) fn period_code(code: &str) -> bool {
    [("q", 1), ("h", 1), ("m", 2), ("fy", 2), ("fy", 4)]
        .iter()
        .any(|(p, digits)| {
            code.strip_prefix(p)
                .is_some_and(|n| n.len() == *digits && n.chars().all(|c| c.is_ascii_digit()))
        })
}

/// A count said in words or digits before a noun ("five products", "3 products").
fn counted(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit())
        || matches!(
            w,
            "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "all" | "its"
        )
}

/// Whether a cell's word stands in the rows of two products or more ("| Lodestar Navigation
/// System | capital | … |", "| Saber Power System | capital | … |"): a line they share, no
/// one product's name.
fn shared_cell(document: &str, products: &[String], word: &str) -> bool {
    document
        .lines()
        .filter_map(|line| line.trim().strip_prefix('|'))
        .filter(|row| {
            let cells: Vec<String> = row
                .trim_end_matches('|')
                .split('|')
                .map(|c| c.trim().replace("**", ""))
                .collect();
            cells.iter().any(|c| products.iter().any(|p| p.eq_ignore_ascii_case(c)))
                && cells
                    .iter()
                    .any(|c| c.split([',', ';', '/']).any(|o| o.trim().eq_ignore_ascii_case(word)))
        })
        .count()
        >= 2
}
