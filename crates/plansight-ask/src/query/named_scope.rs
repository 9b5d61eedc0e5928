//! The scope a question names by the workspace's names: the measure, the product and the
//! deal type, each read with the others' words set apart ("my PM agreements" is the
//! Maintenance Agreement, no Service Agreement Incentive; "total gp on range extensions" a
//! type, no measure).

use super::vocabulary::contains_words;
use super::vocabulary::Vocabulary;
use super::Scope;
use crate::phrases::{normalize, words};

/// The measure, product and deal type the question names (`account_said` is the account
/// read already, whose words name none of them), and the question's words without the
/// measure's and the account's names.
pub(super) fn named_scope(
    v: &Vocabulary,
    question: &str,
    ws: &[String],
    account_said: Option<&str>,
) -> (Scope, Vec<String>) {
    let mut scope = Scope::default();
    // A team's territory said in full is the team's ("the catering & weddings team").
    let territory = v.territory_said(question);
    let scoped_ws: Vec<String> = match &territory {
        Some(t) => words(&normalize(&question.to_lowercase().replace(t.as_str(), " "))),
        None => ws.to_vec(),
    };
    // (nor a bonus's name said in full: "the golden hard hat" names no Hard Goods
    // Commission)
    scope.measure = v
        .measure(&v.without_bonus_names(&scoped_ws))
        .and_then(|m| other_measure_when_left_out(v, ws, m));
    // The words of a measure's name are not a product or a deal type ("Platform Expansion",
    // "Net New Bookings").
    let mut unnamed = question.to_lowercase();
    if let Some(t) = &territory {
        unnamed = unnamed.replace(t.as_str(), " ");
    }
    if let Some(m) = &scope.measure {
        let mut names = v.measure_names(m);
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        for n in names.iter().filter(|n| n.contains(' ')) {
            // (a product's full name stays the product's when the measure is said by another
            // name too: "a 40L managed services renewal … msav commission")
            let product = v.products.iter().any(|p| p.eq_ignore_ascii_case(n));
            let without = unnamed.replace(n.as_str(), " ");
            if product && v.measure(&words(&normalize(&without))).as_deref() == Some(m.as_str()) {
                continue;
            }
            unnamed = without;
        }
    }
    let named_rest: Vec<String> = v.trade_words_beside(&v.tier_words(&words(&normalize(&unnamed))), Some(ws));
    let measure_said_apart = named_rest.len() < ws.len();
    // (a tier's or a mark's name of two words is no product's: "the Solar Max" is no Solar PV)
    let mut unproduct = unnamed.clone();
    // (nor is an account's: "Poole Hospital" is no Hospital Contract Cleaning)
    if let Some(a) = account_said {
        unproduct = unproduct.replace(a.to_lowercase().as_str(), " ");
    }
    // (nor the document's word for a tier: "what print mode am I in" names no ClearPrint
    // Managed Print; nor a bonus's name said whole: "the big iron spiff" names no GTK 500 by
    // "| big iron |")
    // (a bonus named for a product itself keeps it: "the GTK 500 spiffs" are the GTK 500's)
    // (nor the glossary's word for an idea: "which response level am I on" of "| the
    // response levels | the … tiers |" names no Armed Response Monitoring)
    let ideas: Vec<String> = v
        .idea_words
        .iter()
        .filter(|(_, plain)| plain == "tier")
        .map(|(n, _)| n.strip_suffix('s').unwrap_or(n).to_string())
        .collect();
    let bonuses: Vec<String> = v
        .inputs
        .plan
        .bonuses
        .iter()
        .map(|b| b.name.to_lowercase())
        .filter(|n| !v.products.iter().any(|p| contains_words(n, &p.to_lowercase())))
        // ("Plus Pro Push money" for the Plus Pro Push SPIFF: its name without the noun, too)
        .flat_map(|n| {
            let own = n
                .rsplit_once(' ')
                .filter(|(head, last)| {
                    super::words::BONUS_NOUNS.contains(last)
                        && head.contains(' ')
                        // (not the Big Blind SPIFF's "big blind", the GTK 500's other name,
                        // nor the GTX Plus SPIFF's "gtx plus", the GTX Plus Pro's first words)
                        && !v.product_aliases.iter().any(|(_, a)| a == head)
                        && head.split_whitespace().any(|w| {
                            !v.products.iter().any(|p| p.to_lowercase().split_whitespace().any(|x| x == w))
                        })
                })
                .map(|(head, _)| head.to_string());
            std::iter::once(n).chain(own)
        })
        .collect();
    for name in v
        .terms
        .iter()
        .map(|(n, _)| n)
        .chain(&v.accelerator_words)
        .chain(&v.tier_nouns)
        .chain(&bonuses)
        .chain(&ideas)
    {
        // ("the print modes" too)
        for said in [format!("{name}s"), name.clone()] {
            if name.contains(' ') && contains_words(&unproduct, &said) {
                unproduct = unproduct.replace(said.as_str(), " ");
                // (the tiers of one measure: "which response level am I on" asks its rate)
                if scope.measure.is_none() && ideas.contains(name) {
                    scope.measure = v.measure_of_tier_word(name);
                }
            }
        }
    }
    // ("how many placements", "a 15k placement": the trade's word for a deal, not the Perm
    // Placement it ends the name of)
    let said = words(&normalize(question));
    let heads: Vec<String> = (0..said.len())
        .filter(|&i| v.product_head_alone(&said, i))
        .map(|i| said[i].clone())
        .collect();
    if !heads.is_empty() {
        unproduct = unproduct
            .split_whitespace()
            .filter(|t| !heads.contains(&t.trim_matches(|c: char| !c.is_alphanumeric()).to_string()))
            .collect::<Vec<_>>()
            .join(" ");
    }
    scope.product = v.product(&unproduct);
    // ("perm placements" for the Perm Placement: a word of the product's full name names no
    // measure, the Perm Fees)
    let beside_product = scope
        .product
        .as_deref()
        .and_then(|p| without_name(question, p).or_else(|| without_alias(v, question, p)));
    if beside_product.as_ref().is_some_and(|rest| v.measure(rest).is_none()) {
        scope.measure = None;
    }
    // (nor an account's: the "club" of Salt Creek Golf Club is no President's Club)
    let rest: Vec<String> = match account_said {
        Some(a) => {
            let unaccounted = unnamed.replace(a.to_lowercase().as_str(), " ");
            v.trade_words_beside(&v.tier_words(&words(&normalize(&unaccounted))), Some(ws))
        }
        None => named_rest,
    };
    let ws_rest = &rest[..];
    // ("total gp on range extensions": a type of two words said in full is no measure's)
    let type_in_full = v.deal_type(ws_rest).is_some_and(|t| {
        let parts: Vec<&str> = t.split(['_', ' ']).collect();
        parts.len() >= 2
            && parts
                .iter()
                .all(|p| ws_rest.iter().any(|w| w == p || w.strip_suffix('s') == Some(p)))
    });
    // ("my care renewals" for "| care renewal | a deal of type renewal |": the type's own
    // name of several words, whose first word is no measure's here)
    let joined = format!(" {} ", ws_rest.join(" "));
    let alias_in_full = v
        .type_aliases
        .iter()
        .find(|(_, a)| a.contains(' ') && ["", "s"].iter().any(|end| joined.contains(&format!(" {a}{end} "))));
    if let Some((_, a)) = alias_in_full {
        let others: Vec<String> = ws_rest
            .iter()
            .filter(|w| !a.split(' ').any(|x| x == w.as_str() || format!("{x}s") == **w))
            .cloned()
            .collect();
        if v.measure(&others).is_none() {
            scope.measure = None;
        }
    }
    let type_in_full = type_in_full || alias_in_full.is_some();
    if scope.measure.is_none() || scope.product.is_some() || measure_said_apart || type_in_full {
        scope.deal_type = v.deal_type(ws_rest).filter(|t| {
            // "renewals" names the Renewals measure, not only the deal type.
            scope
                .measure
                .as_deref()
                .is_none_or(|m| !m.contains(t.as_str()) && !v.measure_names(m).iter().any(|n| n.contains(t.as_str())))
        });
    }
    if scope.deal_type.is_some() && v.deal_type(&v.without_bonus_names(ws_rest)).is_none() {
        scope.deal_type = None;
    }
    // ("my analytics add-on deals": the type's word inside the product's full name is the
    // product's)
    if scope.product.as_ref().is_some_and(|p| p.contains(' '))
        && beside_product.as_ref().is_some_and(|rest| v.deal_type(rest).is_none())
    {
        scope.deal_type = None;
    }
    (scope, rest)
}

/// The question's words without a name said in it, in full or by two or more of its words
/// in order, if it is ("how many perm placements" without the Perm Placement, "my plus pro
/// deals" without the GTX Plus Pro).
fn without_name(question: &str, name: &str) -> Option<Vec<String>> {
    let (said, name) = (question.to_lowercase(), name.to_lowercase());
    // ("my two biggest plus pro deals" of the GTX Plus Pro: two words or more of its name, in
    // its order)
    let parts: Vec<&str> = name.split_whitespace().collect();
    let n = parts.len();
    let spoken = Some(name.clone())
        .filter(|full| said.contains(full.as_str()))
        .or_else(|| {
            (2..n)
                .rev()
                .flat_map(|k| (0..=n - k).map(move |i| (i, k)))
                .map(|(i, k)| parts[i..i + k].join(" "))
                // ("same but for the plus pros": in the plural too)
                .flat_map(|part| [format!("{part}s"), part])
                .find(|part| contains_words(&said, part))
        })?;
    Some(words(&normalize(&said.replace(spoken.as_str(), " "))))
}

/// The question without the document's other name for a product ("my PM agreements" of the
/// Maintenance Agreement), if it says it.
fn without_alias(v: &Vocabulary, question: &str, product: &str) -> Option<Vec<String>> {
    let said = question.to_lowercase();
    let alias = v
        .product_alias_said(&said)
        .filter(|(p, _)| p.eq_ignore_ascii_case(product))
        .map(|(_, a)| a)
        // (an other name of one word: "| off-site | CCTV Remote Monitoring |")
        .or_else(|| {
            v.product_aliases
                .iter()
                .find(|(p, a)| p.eq_ignore_ascii_case(product) && contains_words(&said, a))
                .map(|(_, a)| a.clone())
        })?;
    // ("off-site monitoring" of "| off-site | CCTV Remote Monitoring |": the product's last
    // word said after its other name is the product's too)
    // (taken out as whole words: an alias "ar" leaves "quarter" whole)
    let mut ws = words(&normalize(&said));
    let alias = words(&normalize(&alias));
    let last = product.to_lowercase().split_whitespace().last().map(str::to_string);
    let n = alias.len();
    if let Some(at) = (0..(ws.len() + 1).saturating_sub(n)).find(|&i| n > 0 && ws[i..i + n] == alias[..]) {
        let end = if ws.get(at + n) == last.as_ref() {
            at + n + 1
        } else {
            at + n
        };
        ws.drain(at..end);
    }
    Some(ws)
}

/// "What did I make … excluding the service side": of a plan's two measures, the one not
/// left out (of more, none said).
fn other_measure_when_left_out(v: &Vocabulary, ws: &[String], m: String) -> Option<String> {
    let measures = &v.inputs.plan.measures;
    let left_out = ws.iter().enumerate().any(|(i, w)| {
        let after = match (w.as_str(), ws.get(i + 1).map(String::as_str)) {
            ("excluding" | "except" | "exclude" | "without" | "minus", _) => i + 1,
            ("not", Some("counting" | "including")) | ("other", Some("than")) | ("leaving", Some("out")) => i + 2,
            _ => return false,
        };
        let said = &ws[after.min(ws.len())..(after + 4).min(ws.len())];
        v.measure(said).as_deref() == Some(m.as_str())
    });
    match measures.as_slice() {
        [a, b] if left_out => Some(if a.id == m { b.id.clone() } else { a.id.clone() }),
        _ if left_out => None,
        _ => Some(m),
    }
}
