//! The words of *this* workspace: its plan's measures, tiers and bonuses (with what the plan
//! document calls them), its sellers and managers, and the products, deal types, accounts
//! and deal ids of its deals. Built for each question, so what few questions need is read
//! from the document only when first asked for; nothing here is written for one sample plan.

use super::people::raw_name;
use crate::fuzzy::mentions;
use crate::phrases::fold;
use plansight_plan::Inputs;
use std::collections::BTreeSet;

mod accounts;
mod heard;
mod newcomer;
mod payday;
mod read;
mod tier_words;
mod trade;

pub(super) use trade::misspelt;

/// Resolves names in questions against the workspace.
pub struct Vocabulary<'a> {
    /// The workspace's inputs.
    pub inputs: &'a Inputs,
    /// The names of the saved scenarios.
    pub scenarios: Vec<String>,
    /// Distinct products of the deals.
    pub products: Vec<String>,
    /// Distinct deal types of the deals.
    pub deal_types: Vec<String>,
    /// Distinct accounts of the deals.
    pub accounts: Vec<String>,
    /// Distinct managers of the roster.
    pub managers: Vec<String>,
    /// The accelerator: (measure index, tier index), from the document or the tiers.
    pub accelerator: Option<(usize, usize)>,
    /// Extra words the plan document uses for the accelerator ("kicker").
    pub accelerator_words: Vec<String>,
    /// The plan document's names for tiers, the threshold and the caps ("Overdrive", "the
    /// Floor", "the earnings limit").
    pub terms: Vec<(String, super::terms::Term)>,
    /// The document's own word for a tier ("gear"), read as "tier".
    pub tier_nouns: Vec<String>,
    /// Brand words the document spells with capitals inside ("TrueFrame"), lower case: a
    /// product may be named by one alone.
    pub brands: BTreeSet<String>,
    /// Initials the document writes in capitals ("PV", "SCV"), lower case.
    pub capitals: BTreeSet<String>,
    /// Other names the document gives a measure: (measure id, name) ("disposables").
    pub measure_aliases: Vec<(String, String)>,
    /// Other names the document gives a deal type: (deal type, name) ("lease roll").
    pub type_aliases: Vec<(String, String)>,
    /// The document's own words for the plan's ideas: (word, plain word) ("stufen", "tier").
    pub idea_words: Vec<(String, String)>,
    /// Other names the document gives a product: (product, name) ("sps").
    pub product_aliases: Vec<(String, String)>,
    /// Other names the document gives a bonus, lower case ("mom" for the Man of the Match
    /// Award).
    pub bonus_aliases: Vec<String>,
    /// The plan document, for the words read from it only when a question needs them.
    document: Option<&'a str>,
    /// The glossary's words, read once when first needed.
    glossed: std::cell::OnceCell<Glossed>,
    /// The real words a phone's autocorrect makes of the plan's ("quote" for quota), that
    /// the document does not use itself: (slip, word meant), read once when first needed.
    slips: std::cell::OnceCell<Vec<(&'static str, &'static str)>>,
    /// The words the plan document uses, lower case, read once when first needed.
    document_words: std::cell::OnceCell<BTreeSet<String>>,
    /// Each account called by its own word after an everyday word many accounts begin with
    /// ("Restaurant Nam-Zim": "nam-zim"), read once when first needed.
    own_account_words: std::cell::OnceCell<std::collections::HashMap<String, String>>,
    /// The accounts each text said, as read (see `accounts_said`).
    accounts_seen: std::cell::RefCell<std::collections::HashMap<AccountsKey, Vec<String>>>,
}

/// A question's text and its words, as an account is looked for in them.
type AccountsKey = (String, Vec<String>);

/// The words read from the document's glossary.
struct Glossed {
    /// The trade's words the document's glossary says the plan does not measure ("send-out").
    unmeasured: Vec<String>,
    /// The trade's words the document's glossary says are a deal's amount ("fee").
    amount_words: Vec<String>,
    /// The trade's words the document titles as the credit ("**GCI (credit).**").
    credit_words: Vec<String>,
    /// Every word the glossary defines, folded ("pto").
    defined: BTreeSet<String>,
    /// The document's own noun for a deal ("**Award.** An opportunity in the TMS …").
    deal_nouns: Vec<String>,
}

impl<'a> Vocabulary<'a> {
    /// The vocabulary of a workspace and its plan document.
    pub fn new(inputs: &'a Inputs, document: Option<&'a str>, scenarios: Vec<String>) -> Vocabulary<'a> {
        let distinct = |f: &dyn Fn(&plansight_plan::CreditLine) -> Option<&str>| -> Vec<String> {
            let set: BTreeSet<&str> = inputs.lines.iter().filter_map(f).filter(|s| !s.is_empty()).collect();
            set.into_iter().map(str::to_string).collect()
        };
        let managers: BTreeSet<String> = inputs
            .roster
            .iter()
            .flatten()
            .filter_map(|s| s.manager.clone())
            .filter(|m| !m.is_empty())
            .collect();
        let deal_types = distinct(&|l| l.deal_type.as_deref());
        let products = distinct(&|l| l.product.as_deref());
        let read = read::of_plan(inputs, document, products, &deal_types);
        Vocabulary {
            inputs,
            scenarios,
            accounts: distinct(&|l| l.account.as_deref()),
            managers: managers.into_iter().collect(),
            accelerator: read.accelerator,
            accelerator_words: read.accelerator_words.clone(),
            terms: read.terms.clone(),
            tier_nouns: read.tier_nouns.clone(),
            brands: read.brands.clone(),
            capitals: read.capitals.clone(),
            measure_aliases: read.measure_aliases.clone(),
            type_aliases: read.type_aliases.clone(),
            idea_words: read.idea_words.clone(),
            own_account_words: std::cell::OnceCell::new(),
            accounts_seen: Default::default(),
            document,
            glossed: std::cell::OnceCell::new(),
            slips: std::cell::OnceCell::new(),
            document_words: std::cell::OnceCell::new(),
            product_aliases: read.product_aliases.clone(),
            bonus_aliases: read.bonus_aliases.clone(),
            products: read.products.clone(),
            deal_types,
        }
    }

    /// The trade's words the document's glossary says the plan does not measure ("send-out").
    pub fn unmeasured(&self) -> &[String] {
        &self.glossed().unmeasured
    }

    /// Whether the document titles or glosses the word as the credit ("| maechul | sales: the
    /// credit of won deals |").
    pub fn credit_word(&self, w: &str) -> bool {
        self.glossed().credit_words.iter().any(|c| c == w)
    }

    /// Whether the document's glossary defines the word ("| PTO | permission to operate |"):
    /// a word of the trade's, whatever it means elsewhere.
    pub fn defined(&self, w: &str) -> bool {
        self.glossed().defined.contains(w)
    }

    fn glossed(&self) -> &Glossed {
        self.glossed.get_or_init(|| {
            let rows = super::synonyms::glossary(self.document.unwrap_or_default());
            Glossed {
                unmeasured: super::synonyms::unmeasured(&rows),
                amount_words: super::synonyms::of_the_amount(&rows)
                    .into_iter()
                    .chain(super::synonyms::credited_noun(self.document.unwrap_or_default()))
                    .collect(),
                credit_words: super::synonyms::of_the_credit(self.document.unwrap_or_default(), &rows),
                deal_nouns: super::synonyms::deal_nouns(self.document.unwrap_or_default(), &rows),
                defined: rows.into_iter().map(|(term, _)| term).collect(),
            }
        })
    }

    /// Whether the plan document uses the word, lower case ("401k" of "the 401(k)").
    pub fn in_document(&self, w: &str) -> bool {
        self.document_words
            .get_or_init(|| {
                let lower = self.document.unwrap_or_default().to_lowercase().replace(['(', ')'], "");
                lower
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .contains(w)
    }

    /// A one-word name of the plan's typed as two words ("how far off the sand bar am i" for
    /// the Sandbar), joined back.
    fn names_typed_apart(&self, ws: &[String]) -> Vec<String> {
        let one_word =
            |joined: &str| joined.len() >= 6 && self.terms.iter().any(|(n, _)| !n.contains(' ') && n == joined);
        let mut out = Vec::with_capacity(ws.len());
        let mut i = 0;
        while i < ws.len() {
            // ("get me to double-header?" for the Double Header: a name of two words hyphened)
            let apart = ws[i].replace('-', " ");
            if ws[i].contains('-') && self.terms.iter().any(|(n, _)| *n == apart) {
                out.extend(apart.split(' ').map(str::to_string));
                i += 1;
                continue;
            }
            match ws.get(i + 1).map(|n| format!("{}{n}", ws[i])) {
                Some(joined) if one_word(&joined) => {
                    out.push(joined);
                    i += 2;
                }
                _ => {
                    out.push(ws[i].clone());
                    i += 1;
                }
            }
        }
        out
    }

    /// The words with the document's own word for a tier read as "tier" ("what gear am I
    /// in", "the next gear"), except inside a tier's own name ("High Gear").
    pub fn tier_words(&self, ws: &[String]) -> Vec<String> {
        let ws = &self.names_typed_apart(ws);
        let ws = &self.marks_by_first_word(ws);
        // (lower case once per question, not once per word)
        let products: Vec<String> = self.products.iter().map(|p| p.to_lowercase()).collect();
        ws.iter()
            .enumerate()
            .map(|(i, w)| {
                let singular = w.trim_end_matches('s');
                // ("High Gear", "Level 2": the name covers the word wherever it stands in it)
                // (and the document's phrase for another idea: "Firing Day", the payday,
                // where the firings are the tiers; or for a deal type or a product: "fresh
                // ink" deals where the inks are the tiers)
                let in_name = self
                    .terms
                    .iter()
                    .map(|(n, _)| n)
                    .chain(self.idea_words.iter().map(|(n, _)| n))
                    .chain(self.type_aliases.iter().map(|(_, a)| a))
                    .chain(self.product_aliases.iter().map(|(_, a)| a))
                    // ("a 40k dedicated lane" where the product is the Dedicated Lane and the
                    // tiers are lanes: the product's name)
                    .chain(&products)
                    .any(|n| {
                        let parts: Vec<&str> = n.split_whitespace().collect();
                        parts.len() > 1
                            && (0..parts.len()).any(|k| i.checked_sub(k).is_some_and(|s| said_at(ws, s, &parts)))
                    });
                // "what rung of the ladder am I on", "what tempo am I in": a word of the
                // plan's own for where one stands, on a plan whose tiers have names.
                let where_i_stand = i > 0
                    && matches!(ws[i - 1].as_str(), "what" | "which" | "wat")
                    && w.len() >= 3
                    && w.chars().all(char::is_alphabetic)
                    && !STANDING.contains(&singular)
                    // (the head word: "which renewal rate am I on" names a measure's rate)
                    && ws.get(i + 1).is_some_and(|x| matches!(x.as_str(), "am" | "i'm" | "im" | "of" | "are"))
                    && self.terms.iter().any(|(_, t)| matches!(t, super::terms::Term::Tier(..)))
                    && ws[i + 1..].windows(3).take(5).any(|x| {
                        matches!(x[0].as_str(), "am" | "are") && x[1] == "i"
                            || x[0] == "i'm" || x[0] == "im"
                    })
                    && ws[i + 1..].iter().any(|x| matches!(x.as_str(), "on" | "in" | "at"));
                let phrasal = super::synonyms::verb_with_down(ws, i);
                if !in_name
                    && !phrasal
                    && (where_i_stand
                        || self.tier_nouns.iter().any(|n| {
                            // ("the next finsh": a slip in a longer word of the plan's own)
                            n == singular || n == w || n.len() >= 6 && crate::fuzzy::same(w, n)
                        }))
                {
                    // ("the next glass": a noun ending in "s" of its own is one)
                    if w.ends_with('s') && singular != w && !self.tier_nouns.iter().any(|n| n == w) {
                        "tiers"
                    } else {
                        "tier"
                    }
                    .to_string()
                } else {
                    w.clone()
                }
            })
            .collect()
    }

    /// "before I make the cut" where the threshold is the Cut Line: a mark's name of two
    /// words, its last a plain noun, said by its first after a verb of reaching it, read as
    /// the mark's plain word ("make the threshold"; "cut" is then no lever's verb).
    fn marks_by_first_word(&self, ws: &[String]) -> Vec<String> {
        let mut out = ws.to_vec();
        for (name, term) in &self.terms {
            let [first, last] = name.split_whitespace().collect::<Vec<_>>()[..] else {
                continue;
            };
            let plain = match term {
                super::terms::Term::Threshold(_) => "threshold",
                super::terms::Term::Cap(_) | super::terms::Term::PayoutCap => "cap",
                _ => continue,
            };
            if !matches!(last, "line" | "point" | "mark" | "bar") || first.len() < 3 {
                continue;
            }
            for i in 2..out.len() {
                let reached = matches!(
                    out[i - 2].as_str(),
                    "make"
                        | "makes"
                        | "making"
                        | "made"
                        | "miss"
                        | "missed"
                        | "missing"
                        | "clear"
                        | "cleared"
                        | "clearing"
                );
                if reached && out[i - 1] == "the" && out[i] == first && out.get(i + 1).is_none_or(|n| n != last) {
                    out[i] = plain.to_string();
                }
            }
        }
        out
    }

    /// The words with a name of two words said as a verb and its object read as reaching
    /// it ("lighting the pilot" for the Pilot Light, "rings the bell" for the Bell Ring).
    fn terms_as_verbs(&self, ws: &[String]) -> Vec<String> {
        let mut out = ws.to_vec();
        for (name, _) in &self.terms {
            let [noun, verb] = name.split_whitespace().collect::<Vec<_>>()[..] else {
                continue;
            };
            let stem = verb.strip_suffix('e').unwrap_or(verb);
            let forms = [
                verb.to_string(),
                format!("{verb}s"),
                format!("{stem}ing"),
                format!("{stem}ed"),
            ];
            // (from past the last one read: "reach the X reach" must not be read again)
            let mut from = 0;
            while let Some(i) = (from..out.len().saturating_sub(2))
                .find(|&i| forms.contains(&out[i]) && out[i + 1] == "the" && out[i + 2] == noun)
            {
                from = i + 4;
                // (doing what the name says is reaching it: "do I light the pilot")
                out.splice(
                    i..i + 3,
                    [
                        "reach".to_string(),
                        "the".to_string(),
                        noun.to_string(),
                        verb.to_string(),
                    ],
                );
            }
        }
        out
    }

    /// Whether the word at `i` is only the last word of products' names, said without the
    /// words before it: "placements" are deals, though one product is a Perm Placement.
    pub(super) fn product_head_alone(&self, ws: &[String], i: usize) -> bool {
        if !trade::TRADE.iter().any(|(t, _)| *t == ws[i]) {
            return false;
        }
        let w = ws[i].trim_end_matches('s');
        let plan = &self.inputs.plan;
        let elsewhere = |n: &str| {
            n.to_lowercase()
                .split_whitespace()
                .any(|x| x.trim_end_matches('s') == w)
        };
        // ("a 40k cal contract" for "| cal contract | a Calibration Contract |": the word ends
        // the document's other name, said whole)
        let alias_ends = |a: &String| {
            let a: Vec<&str> = a.split_whitespace().collect();
            a.len() >= 2
                && i + 1 >= a.len()
                && a.last().is_some_and(|x| x.trim_end_matches('s') == w)
                && ws[i + 1 - a.len()..i].iter().zip(&a).all(|(x, y)| x == y)
        };
        if plan.measures.iter().any(|m| elsewhere(&m.name))
            || self.product_aliases.iter().any(|(_, a)| alias_ends(a))
            || plan.bonuses.iter().any(|b| elsewhere(&b.name))
            || self.deal_types.iter().any(|t| elsewhere(t))
            || self.terms.iter().any(|(n, _)| elsewhere(n))
        {
            return false;
        }
        let heads: Vec<Vec<String>> = self
            .products
            .iter()
            .map(|p| {
                p.to_lowercase()
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .filter(|p| p.iter().any(|x| x.trim_end_matches('s') == w))
            .collect();
        !heads.is_empty()
            && heads.iter().all(|p| {
                p.len() >= 2
                    && p.last().is_some_and(|x| x.trim_end_matches('s') == w)
                    && (i == 0 || ws[i - 1] != p[p.len() - 2])
            })
    }

    /// Whether a word of the trade's for a deal that many trades share ("rental",
    /// "contract") is, here, a word of a deal type's or a product's name.
    fn type_or_product_word(&self, w: &str) -> bool {
        let one = w.trim_end_matches('s');
        matches!(one, "rental" | "contract")
            && self
                .deal_types
                .iter()
                .chain(&self.products)
                .chain(self.type_aliases.iter().map(|(_, a)| a))
                .any(|n| {
                    n.to_lowercase()
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|x| x.trim_end_matches('s') == one)
                })
    }

    /// Whether a word is one of the plan's names (a measure's, a bonus's, a product's, a
    /// deal type's, a term's).
    pub(in crate::query) fn plan_word(&self, w: &str) -> bool {
        // (a letter alone, the "A" of Série A, is no name: Portuguese "a" stays a word)
        if w.chars().count() < 2 {
            return false;
        }
        let plan = &self.inputs.plan;
        let has = |n: &str| {
            n.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|x| x == w || x.trim_end_matches('s') == w.trim_end_matches('s'))
        };
        plan.measures.iter().any(|m| has(&m.name))
            // ("| dispos | Disposables Commission |" names the measure, not commission)
            || self.measure_aliases.iter().any(|(_, a)| has(a))
            || plan.bonuses.iter().any(|b| has(&b.name))
            || self.products.iter().chain(&self.deal_types).any(|p| has(p))
            || self.terms.iter().any(|(n, _)| has(n))
    }

    /// Whether a word is a seller's, a manager's or an account's (a name in any language:
    /// "Mi-rae", "La Cabaña").
    fn person_or_account_word(&self, w: &str) -> bool {
        let of = |n: &str| {
            fold(n)
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .any(|x| x == w)
        };
        self.inputs.roster.iter().flatten().map(raw_name).any(of)
            || self.managers.iter().any(|m| of(m))
            || self.accounts.iter().any(|a| of(a))
    }

    /// The as-of date, within the plan year: the day "now", "this quarter" and "so far"
    /// are read from.
    pub fn today(&self) -> chrono::NaiveDate {
        let plan = &self.inputs.plan;
        self.inputs.as_of().clamp(plan.start, plan.end)
    }

    /// The plan parts the words name by the document's terms, longest name first.
    pub fn terms_in(&self, ws: &[String]) -> Vec<super::terms::Term> {
        // ("the february maple grove espresso station" where Espresso is a tier: a word of a
        // product's name said whole is the product's)
        let mut in_product = vec![false; ws.len()];
        for p in &self.products {
            let parts: Vec<String> = p.to_lowercase().split_whitespace().map(str::to_string).collect();
            if parts.len() < 2 || ws.len() < parts.len() {
                continue;
            }
            for i in 0..=ws.len() - parts.len() {
                // ("maple grove espresso stations", "the espresso station's")
                let n = parts.len();
                let last = ws[i + n - 1].trim_end_matches("'s");
                if ws[i..i + n - 1] == parts[..n - 1]
                    && (last == parts[n - 1] || last.strip_suffix('s') == Some(&parts[n - 1]))
                {
                    in_product[i..i + parts.len()].iter_mut().for_each(|x| *x = true);
                }
            }
        }
        let said = |name: &str, near: bool| {
            // ("super accel" for the Super-accelerator: its hyphen a space, a long word cut
            // short in a name of several words)
            let spaced = name.replace('-', " ");
            // ("how close am i to handover" for the Hand-Over: the hyphen left out)
            let joined = name.replace('-', "");
            [name, spaced.as_str(), joined.as_str()].iter().any(|name| {
                let parts: Vec<&str> = name.split_whitespace().collect();
                ws.windows(parts.len()).enumerate().any(|(i, w)| {
                    !in_product[i..i + parts.len()].iter().all(|x| *x)
                        && w.iter().zip(&parts).all(|(a, b)| {
                            let a = a.trim_end_matches("'s");
                            // (a slip in a long name: "cusion" for the Cushion)
                            a == *b
                            // ("hitting my stride" for the glossary's "hitting your stride")
                            || *b == "your" && POSSESSIVES.contains(&a)
                            // ("builders rate" for the Builder's: the apostrophe left out)
                            || b.ends_with("'s") && (a == b.replace('\'', "") || a == b.trim_end_matches("'s"))
                            || near && b.len() >= 6 && crate::fuzzy::same(a, b)
                            || near && parts.len() >= 2 && a.len() >= 5 && b.len() > a.len() && b.starts_with(a)
                        })
                })
            })
        };
        let mut hits: Vec<(bool, usize, super::terms::Term)> = self
            .terms
            .iter()
            .filter(|(name, _)| said(name, true))
            .map(|(name, t)| (said(name, false), name.len(), *t))
            .collect();
        // Names said exactly first ("accelerator" is not the Decelerator misspelt), then
        // the longest.
        hits.sort_by_key(|h| (std::cmp::Reverse(h.0), std::cmp::Reverse(h.1)));
        hits.into_iter().map(|(_, _, t)| t).collect()
    }

    /// The words with the plan's names of two words or more taken out ("the minimum
    /// threshold", "the Maximum Annual Commission"), for reading what the words around them
    /// ask ("minimum" there is no ranking), and a tier's name of one word ("Peak").
    pub fn without_terms(&self, ws: &[String]) -> Vec<String> {
        let mut out = ws.to_vec();
        for (name, term) in &self.terms {
            let parts: Vec<&str> = name.split_whitespace().collect();
            // (a tier named by one word of the superlatives: "peak at 20%" is the Peak tier)
            if parts.len() == 1 && matches!(term, super::terms::Term::Tier(..)) {
                for w in out.iter_mut().filter(|w| *w == name) {
                    *w = "term".to_string();
                }
            }
            if parts.len() < 2 {
                continue;
            }
            let mut i = 0;
            while i + parts.len() <= out.len() {
                if said_at(&out, i, &parts) {
                    out.splice(i..i + parts.len(), ["term".to_string()]);
                }
                i += 1;
            }
        }
        // (nor a measure's name of several words with a superlative in it: "peak shave
        // attainment" ranks nothing)
        let ranking = |w: &str| super::words::BEST.contains(&w) || super::words::WORST.contains(&w);
        let names = self.inputs.plan.measures.iter().map(|m| m.name.to_lowercase());
        for name in names.chain(self.measure_aliases.iter().map(|(_, a)| a.clone())) {
            let parts: Vec<&str> = name.split_whitespace().collect();
            if parts.len() < 2 || !parts.iter().any(|p| ranking(p)) {
                continue;
            }
            if let Some(i) = (0..out.len()).find(|&i| said_at(&out, i, &parts)) {
                out.splice(i..i + parts.len(), ["measure".to_string()]);
            }
        }
        out
    }

    /// The words with the document's names for the draw read as "draw" ("what did december
    /// pay me with the bellows and everything", "why am I on the Swamp Cooler").
    pub fn draw_said_plainly(&self, ws: &[String]) -> Vec<String> {
        let mut out = ws.to_vec();
        let names = self.terms.iter().filter(|(_, t)| *t == super::terms::Term::Draw);
        for (name, _) in names {
            let parts: Vec<&str> = name.split_whitespace().collect();
            let mut i = 0;
            while i + parts.len() <= out.len() {
                if said_at(&out, i, &parts) {
                    out.splice(i..i + parts.len(), ["draw".to_string()]);
                }
                i += 1;
            }
        }
        out
    }

    /// Whether a tier is the accelerator: the plan's, or another measure's own where the
    /// document calls it so ("Pallet is the recurring side's accelerator") and it is the
    /// tier a distance to that measure's accelerator is measured to (the first from 100%
    /// that pays more than the first).
    pub fn is_accelerator(&self, mi: usize, ti: usize) -> bool {
        if Some((mi, ti)) == self.accelerator {
            return true;
        }
        let Some(m) = self.inputs.plan.measures.get(mi) else {
            return false;
        };
        if self.accelerator.is_some_and(|(am, _)| am == mi)
            || super::accelerator_words::first_richer_from_quota(m) != Some(ti)
        {
            return false;
        }
        let text = self.document.unwrap_or_default().to_lowercase();
        self.terms
            .iter()
            .filter(|(_, t)| *t == super::terms::Term::Tier(mi, ti))
            .any(|(name, _)| {
                text.split(['.', '\n']).any(|s| {
                    s.trim_start_matches(|c: char| !c.is_alphanumeric())
                        .starts_with(name.as_str())
                        && s.contains("accelerator")
                })
            })
    }

    /// Whether the words name the accelerator.
    pub fn says_accelerator(&self, ws: &[String]) -> bool {
        // "the decelerator" is its opposite, a near spelling of it.
        let kept: Vec<String> = ws.iter().filter(|w| !w.starts_with("decel")).cloned().collect();
        let ws = &kept[..];
        // ("who's closest to hitting their stride": the document's "hitting your stride")
        let yours: Vec<String> = ws
            .iter()
            .map(|w| {
                if POSSESSIVES.contains(&w.as_str()) {
                    "your".to_string()
                } else {
                    w.clone()
                }
            })
            .collect();
        mentions(ws, super::accelerator_words::ACCELERATOR_WORDS)
            || self.accelerator_words.iter().any(|w| mentions(ws, &[w.as_str()]) || mentions(&yours, &[w.as_str()]))
            // ("the extra money thing when you go over your number": a new hire's words for it)
            // ("who on my team is closest to the extra money level")
            || mentions(ws, &["extra money level", "extra money tier", "extra money rate", "extra money zone"])
            || mentions(ws, &["extra money", "extra commission", "higher rate", "bigger rate"])
                && mentions(
                    ws,
                    &["go over", "goes over", "over your", "over my", "over quota", "past your", "past my", "above quota"],
                )
    }
}

/// The possessives a plan's "your" stands for when a seller says the phrase of themselves
/// or a manager of a seller.
const POSSESSIVES: &[&str] = &["my", "his", "her", "their", "our", "ur", "your"];

/// Whether `name` appears in `text` as whole words.
pub(super) fn contains_words(text: &str, name: &str) -> bool {
    let mut from = 0;
    while let Some(i) = text[from..].find(name) {
        let a = from + i;
        let b = a + name.len();
        let before = text[..a].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = text[b..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return true;
        }
        from = a + 1;
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// A seller's name from the roster, else the id.
pub fn seller_name(inputs: &Inputs, id: &str) -> String {
    inputs
        .roster
        .as_deref()
        .and_then(|r| r.iter().find(|s| s.id == id))
        .and_then(|s| s.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// The document's words with a capital inside and a small letter ("TrueFrame", "NavPoint";
/// not "GTX"), lower case.
fn brands(document: &str) -> BTreeSet<String> {
    document
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 6 && w.chars().skip(1).any(char::is_uppercase) && w.chars().any(char::is_lowercase))
        .map(str::to_lowercase)
        .collect()
}

/// The document's words of two to four capitals ("PV", "SCV"; "TLB" of "TLBs"), lower case.
fn capitals(document: &str) -> BTreeSet<String> {
    document
        .split(|c: char| !c.is_alphanumeric())
        .map(|w| w.strip_suffix('s').filter(|o| o.len() >= 3).unwrap_or(w))
        .filter(|w| (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()))
        .map(str::to_lowercase)
        .collect()
}

/// Words for where one stands that are not a tier: "what place am I in".
const STANDING: &[&str] = &[
    // ("what percent of my quota am i at": the share, not a tier)
    "percent",
    "percentage",
    "share",
    "place",
    "position",
    "rank",
    "spot",
    "percentile",
    "quarter",
    "month",
    "period",
    "team",
    "region",
    "territory",
    "stage",
    "year",
    "time",
    "plan",
    "tier",
    "level",
    "band",
    "step",
    "group",
    "bucket",
    "role",
    "state",
];

/// Whether the words at `i` are a name's words (a possessive "'s" aside).
pub(super) fn said_at(ws: &[String], i: usize, parts: &[&str]) -> bool {
    let last = parts.len().saturating_sub(1);
    ws.len() >= i + parts.len()
        && ws[i..i + parts.len()]
            .iter()
            .zip(parts)
            .enumerate()
            // ("my drain pours" for "| drain pour |": the last word may be plural)
            // (not a phrase of place, "on the lanes" for "| on the lane |")
            .all(|(k, (a, b))| {
                a.trim_end_matches("'s") == *b
                    // ("everything on my table" for "| on the table |", as the glossary's
                    // phrases are read: [`super::synonyms::plain`])
                    || *b == "the" && k > 0 && matches!(a.as_str(), "my" | "our" | "his" | "her" | "their")
                    || k == last
                        && k > 0
                        && !matches!(parts[0], "on" | "in" | "at" | "the" | "a" | "off" | "under" | "over")
                        && a.strip_suffix('s') == Some(*b)
            })
}

/// Whether the words say `phrase` (one word or several) somewhere, each word as written (the
/// last of several may be plural, [`said_at`]).
pub(in crate::query) fn said_in(ws: &[String], phrase: &str) -> bool {
    let parts: Vec<&str> = phrase.split_whitespace().collect();
    !parts.is_empty() && (0..ws.len()).any(|i| said_at(ws, i, &parts))
}
