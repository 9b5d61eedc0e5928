//! The accelerator the plan document names, and the document's own words for it ("the
//! booster", "going golden" and its verb's forms).

use super::vocabulary::said_at;
use plansight_plan::{Inputs, Point};

/// Words that name the accelerator in any plan.
pub(super) const ACCELERATOR_WORDS: &[&str] = &[
    "accelerator",
    "accelerators",
    "accelerated",
    "kicker",
    "accel",
    "booster",
];

/// The accelerator: the tier the plan document calls so (a clause with an accelerator
/// word and the tier's rate), else the first tier from 100% attainment that pays more than
/// the first tier; with the document's own word for it, when it uses one.
pub(super) fn accelerator(
    inputs: &Inputs,
    document: Option<&str>,
    terms: &[(String, super::terms::Term)],
) -> (Option<(usize, usize)>, Vec<String>) {
    let plan = &inputs.plan;
    let mut words = Vec::new();
    // Every sentence about the accelerator gives its words ("… which the sales floor calls
    // **the fast track**"); the first that says which tier it is, the tier.
    let mut found = None;
    if let Some(doc) = document {
        let lower = doc.to_lowercase();
        for paragraph in prose(&lower) {
            let mut it_named = false;
            for sentence in paragraph.split('.') {
                let ws: Vec<String> = crate::phrases::words(&crate::phrases::normalize(sentence));
                // (not a word of a tier's own name: "Loading Dose, …, Booster Dose" lists the
                // doses, no accelerator is named there)
                let of_a_name = |w: &str| {
                    terms
                        .iter()
                        .any(|(n, _)| n.contains(' ') && n.split_whitespace().any(|x| x == w))
                };
                let named = ws.iter().find(|w| {
                    (ACCELERATOR_WORDS.contains(&w.as_str()) || w.contains("accelerat") && !w.contains("super"))
                        && !of_a_name(w)
                });
                // ("Ridgeline is the accelerator … The sales floor calls reaching it **topping
                // out**": a name given it in the next sentence, once the tier is known)
                let of_it = named.is_none() && it_named && found.is_some() && ws.iter().any(|w| w == "it");
                it_named |= named.is_some();
                if named.is_none() && !of_it {
                    continue;
                }
                for bold in names_given(sentence, found.is_none()) {
                    if !words.contains(&bold) {
                        // ("time and a half" as said without its hyphens)
                        if bold.contains('-') {
                            words.push(bold.replace('-', " "));
                        }
                        words.extend(verb_forms(&bold));
                        words.push(bold);
                    }
                }
                let (Some(word), None) = (named, found) else {
                    continue;
                };
                // "Turbo is the plan's accelerator": a tier the document names, in the sentence.
                // (the name said first, the sentence's subject: "Bastion is the accelerator …
                // above 150% the Citadel rate"; the longer at one place: "Top Secret", not "Secret")
                found = terms
                    .iter()
                    .filter_map(|(name, t)| match t {
                        super::terms::Term::Tier(mi, ti) => {
                            let parts: Vec<&str> = name.split_whitespace().collect();
                            (0..ws.len())
                                .find(|&i| said_at(&ws, i, &parts))
                                .map(|i| ((i, std::cmp::Reverse(parts.len())), (*mi, *ti)))
                        }
                        _ => None,
                    })
                    .min_by_key(|(at, _)| *at)
                    .map(|(_, t)| t);
                if found.is_some() {
                    continue;
                }
                // ("Tier 3 is **the accelerator**: … paid at 8% instead of 5%": the tier said by
                // its number, whose rate the sentence quotes; else the rate said first)
                let numbered = ws
                    .windows(2)
                    .find(|p| p[0] == "tier")
                    .and_then(|p| p[1].parse::<usize>().ok())
                    .filter(|n| *n >= 2);
                let at = |t: &plansight_plan::Tier| {
                    let rate = format!("{}%", plansight_plan::shown::rate_percent(t.rate));
                    ws.iter().position(|w| *w == rate)
                };
                let by_number = numbered.and_then(|n| {
                    plan.measures
                        .iter()
                        .enumerate()
                        .find(|(_, m)| m.tiers.get(n - 1).is_some_and(|t| at(t).is_some()))
                        .map(|(mi, _)| (mi, n - 1))
                });
                let by_rate = plan
                    .measures
                    .iter()
                    .enumerate()
                    .flat_map(|(mi, m)| m.tiers.iter().enumerate().skip(1).map(move |(ti, t)| (mi, ti, t)))
                    .filter_map(|(mi, ti, t)| at(t).map(|k| (k, mi, ti)))
                    .min()
                    .map(|(_, mi, ti)| (mi, ti));
                if let Some(t) = by_number.or(by_rate) {
                    if !ACCELERATOR_WORDS.contains(&word.as_str()) && !words.contains(word) {
                        words.push(word.clone());
                    }
                    found = Some(t);
                }
            }
        }
    }
    if let Some(at) = found {
        // ("hitting noon" where the accelerator is High Noon: "noon" alone, the word the
        // tier's name and the floor's verb share)
        let shared: Vec<String> = terms
            .iter()
            .filter(|(_, t)| *t == super::terms::Term::Tier(at.0, at.1))
            .filter_map(|(name, _)| {
                let last = name
                    .split_whitespace()
                    .nth(1)
                    .filter(|_| name.split_whitespace().count() == 2)?;
                words
                    .iter()
                    .any(|w| {
                        w.split_once(' ')
                            .is_some_and(|(verb, rest)| verb.ends_with("ing") && rest == last)
                    })
                    .then(|| last.to_string())
            })
            .filter(|w| w.len() >= 4)
            .collect();
        for w in shared {
            if !words.contains(&w) {
                words.push(w);
            }
        }
        return (found, words);
    }
    for (mi, m) in plan.measures.iter().enumerate() {
        if let Some(ti) = first_richer_from_quota(m) {
            return (Some((mi, ti)), words);
        }
    }
    (None, words)
}

/// A measure's first tier from 100% attainment that pays more than its first tier: the
/// accelerator when the document names none, and the mark a distance to a measure's
/// accelerator is measured to.
pub(super) fn first_richer_from_quota(m: &plansight_plan::Measure) -> Option<usize> {
    let base = m.tiers.first().map(|t| t.rate);
    m.tiers
        .iter()
        .position(|t| t.from >= Point(10_000) && Some(t.rate) > base)
}

/// The bold names a sentence gives the accelerator: "Escape Velocity is **the booster**,
/// this plan's accelerator" (any bold name, while the tier is not yet known: `all`), and
/// the name after "call", "known as" ("**Red Seal** is the accelerator, which the floors
/// call **time-and-a-half**").
fn names_given(sentence: &str, all: bool) -> Vec<String> {
    let naming = ["call", "known as", "nickname", "a.k.a"]
        .iter()
        .filter_map(|w| sentence.find(w))
        .min();
    let mut out: Vec<String> = Vec::new();
    for from in all.then_some(0).into_iter().chain(naming) {
        let Some(start) = sentence[from..].find("**").map(|k| k + from) else {
            continue;
        };
        let Some(len) = sentence[start + 2..].find("**") else {
            continue;
        };
        let bold = sentence[start + 2..start + 2 + len].trim();
        let bold = bold.strip_prefix("the ").unwrap_or(bold).trim().to_string();
        if !bold.is_empty()
            // ("**putting the hammer down**": a verb's phrase of four words)
            && bold.split_whitespace().count() <= 4
            && !bold.chars().any(|c| c.is_ascii_digit())
            && !out.contains(&bold)
        {
            out.push(bold);
        }
    }
    out
}

/// Words a name's verb may reach that are every plan's, no place of the accelerator's own
/// ("hitting the number" is the quota's too).
const NO_PLACE: &[&str] = &[
    "number",
    "quota",
    "target",
    "goal",
    "plan",
    "mark",
    "bar",
    "top",
    "max",
    "cap",
    "ceiling",
    "threshold",
    "floor",
    "tier",
    "line",
    "cut",
    "peak",
    "next",
    "limit",
    "accelerator",
    "bonus",
    "the",
];

/// The forms of a name that starts with a verb in "-ing" ("topping out": "top out",
/// "tops out", "topped out"; "hitting the spin": also "the spin").
pub(super) fn verb_forms(name: &str) -> Vec<String> {
    let Some((first, rest)) = name.split_once(' ') else {
        // ("enchilarse", a Spanish verb of the self: "ya me enchilé", "me enchilo", "se
        // enchila", conjugated as chat writes it, accents dropped)
        if let Some(stem) = name
            .strip_suffix("arse")
            .filter(|s| s.len() >= 3 && s.chars().all(|c| c.is_ascii_alphabetic()))
        {
            let mut forms: Vec<String> = ["o", "e", "a", "amos", "ando", "ar", "aste", "ara", "aria"]
                .iter()
                .map(|end| format!("{stem}{end}"))
                .collect();
            forms.retain(|f| !super::unrecognised::common(f));
            return forms;
        }
        // ("castling": "get me castled"; a stem ending in a consonant and "l" takes back its
        // "e", "castle")
        let Some(stem) = name
            .strip_suffix("ing")
            .filter(|s| s.len() >= 4 && s.chars().all(char::is_alphabetic))
        else {
            return Vec::new();
        };
        let mut forms = vec![format!("{stem}ed")];
        let chars: Vec<char> = stem.chars().collect();
        if let [.., a, 'l'] = chars[..] {
            if !"aeiou".contains(a) && a != 'l' {
                forms.extend([format!("{stem}e"), format!("{stem}es")]);
            }
        }
        // (not "closed" of a bold "Closing" in a sentence on the accelerator: an everyday word
        // keeps its meaning)
        forms.retain(|f| !super::unrecognised::common(f));
        return forms;
    };
    let Some(stem) = first.strip_suffix("ing").filter(|s| s.len() >= 2) else {
        return Vec::new();
    };
    let base = super::synonyms::single_final(stem);
    // ("going clear": "go clear", "goes clear"; a stem of two letters has no regular past)
    let third = if base.ends_with('o') {
        format!("{base}es")
    } else {
        format!("{base}s")
    };
    let mut forms = vec![base.to_string(), third];
    // ("getting barrelled": "got barrelled", an irregular past; else "topped out")
    match super::synonyms::irregular_past(base) {
        Some(past) => forms.push(past.to_string()),
        None if base.len() > 2 => forms.push(format!("{stem}ed")),
        None => {}
    }
    // ("taking the elevator": "take the elevator", "takes", "took"; a stem of a consonant,
    // a vowel and a consonant lost its "e")
    let c = |ch: char| ch.is_ascii_alphabetic() && !"aeiou".contains(ch);
    let chars: Vec<char> = stem.chars().collect();
    if let [a, b, d] = chars[..] {
        if c(a) && "aeiou".contains(b) && c(d) && !"wxy".contains(d) && base == stem {
            let whole = format!("{stem}e");
            forms.push(format!("{stem}es"));
            // (and its irregular past: "took the elevator")
            forms.extend(super::synonyms::irregular_past(&whole).map(str::to_string));
            forms.push(whole);
        }
    }
    // ("going golden": "went golden", and what a deal does, "would a 6k cage get me golden";
    // "getting called up": "would a 9k deal get me called up")
    if matches!(base, "go" | "get") {
        // ("went" is its irregular past, above)
        if base == "go" {
            forms.push("gone".to_string());
        }
        forms.extend(["get me", "gets me", "got me", "make me", "makes me"].map(str::to_string));
    }
    let mut out: Vec<String> = forms.into_iter().map(|f| format!("{f} {rest}")).collect();
    // ("going full bleed": "would a 20k offset run get me to full bleed", "how far from full
    // bleed", the state reached said as a place)
    if base == "go" && rest.contains(' ') && !rest.starts_with("the ") {
        out.extend([format!("to {rest}"), format!("from {rest}")]);
    }
    // ("hitting the spin": "who's closest to the spin", the place reached; not "the
    // number" of "hitting the number", which is the quota's too)
    // ("shipping to prod": "how far is ryan from prod", "would a 25k deal get me to prod")
    // ("hitting your stride": "would a 10k deal get me to my stride", the seller's own)
    let place = rest
        .strip_prefix("the ")
        .or_else(|| rest.strip_prefix("your "))
        .or_else(|| ["to ", "into "].iter().find_map(|p| rest.strip_prefix(p)));
    // ("raising the green flag": "how far is aoife off the green flag", two words too)
    if let Some(noun) = place.filter(|noun| {
        let words: Vec<&str> = noun.split(' ').collect();
        words.len() <= 2
            && noun.len() >= 3
            && words
                .iter()
                .all(|w| w.chars().all(char::is_alphabetic) && !NO_PLACE.contains(w))
            && (words.len() == 1 || rest.starts_with("the "))
    }) {
        out.push(if rest.starts_with("the ") || rest.starts_with("your ") {
            rest.to_string()
        } else {
            noun.to_string()
        });
        // ("getting your ton": "who is nearest to getting ton", the seller's own said bare)
        if rest.starts_with("your ") {
            out.extend([first.to_string(), base.to_string(), format!("{base}s")].map(|f| format!("{f} {noun}")));
        }
    } else if matches!(first, "hitting" | "reaching" | "striking")
        // (two words: one alone may be a name's first word read as a verb's object, "hitting
        // priority" of the Priority Rate)
        && rest.split(' ').count() == 2
        && rest
            .split(' ')
            .all(|w| w.len() >= 3 && w.chars().all(char::is_alphabetic) && !NO_PLACE.contains(&w))
    {
        // ("hitting pay dirt": "how far off pay dirt am i", "would an 80k excavator get me to
        // pay dirt", the place reached said bare)
        out.push(rest.to_string());
    }
    out
}

/// The document's paragraphs, a clause wrapped over lines joined into one ("… which the
/// sales floor calls\n**the Escalation**"); a table's row or a heading is one of its own.
fn prose(document: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut paragraph = String::new();
    for line in document.lines().map(str::trim) {
        let own = line.starts_with('|') || line.starts_with('#');
        // (a list's item or a numbered clause starts anew)
        // (not a bold name wrapped to the head of a line: "calls reaching it\n**ringing flank**.")
        // (a clause's number, "5.4 " or "2. ", not a figure wrapped to the head of a line:
        // "re-rated from\n4.5% to 6%. The sales floor calls reaching it **getting barrelled**")
        let numbered = line.split_whitespace().next().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ')')
        });
        let item = line.starts_with("- ") || line.starts_with("* ") || numbered;
        if line.is_empty() || own || item {
            if !paragraph.is_empty() {
                out.push(std::mem::take(&mut paragraph));
            }
            if own {
                out.push(line.to_string());
            }
        }
        if !line.is_empty() && !own {
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(line);
        }
    }
    if !paragraph.is_empty() {
        out.push(paragraph);
    }
    out
}
