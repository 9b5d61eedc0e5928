//! How a question names the plan's measures, bonuses, products and deal types: by their
//! names, the words only they have, initials and everyday short forms, found from this
//! plan, never from a list written for one plan.

use super::vocabulary::contains_words;
use super::vocabulary::Vocabulary;
use crate::fuzzy::mentions;

/// Everyday short forms of words measure names use.
const SHORT_FORMS: &[(&str, &[&str])] = &[
    ("hardware", &["hw"]),
    ("software", &["sw"]),
    ("services", &["svcs", "svc"]),
    ("service", &["svc"]),
    ("subscription", &["subs", "sub"]),
    ("subscriptions", &["subs"]),
    ("maintenance", &["maint"]),
    ("professional", &["prof"]),
    ("renewals", &["rnw"]),
    ("renewal", &["rnw"]),
    ("expansion", &["exp"]),
    ("account", &["acct", "acc"]),
    ("accounts", &["accts"]),
    ("retention", &["ret"]),
    ("margin", &["gm"]),
    ("business", &["biz"]),
];

/// Names of one kind of money that the trade uses for each other.
const SAME_MONEY: &[(&str, &[&str])] = &[
    ("gross profit", &["margin", "gross margin", "gm"]),
    ("margin", &["gross profit", "gp"]),
];

impl Vocabulary<'_> {
    /// A measure the question names: its name, its id, its name without a plural "s", or
    /// a word only its name has ("hardware"), or the series all its products share
    /// ("GTX"); the longest name wins ("MG Systems" over "Systems").
    pub fn measure(&self, ws: &[String]) -> Option<String> {
        // "new-ARR commission": a hyphenated name is the name.
        let split: Vec<String>;
        let ws = if ws
            .iter()
            .any(|w| w.contains('-') && w.chars().all(|c| c.is_alphabetic() || c == '-'))
        {
            // (the words as said, then split: "big-ticket" may be the name's own spelling)
            split = ws
                .iter()
                .cloned()
                .chain(ws.iter().flat_map(|w| {
                    if w.chars().all(|c| c.is_alphabetic() || c == '-') {
                        w.split('-').map(str::to_string).collect::<Vec<_>>()
                    } else {
                        vec![w.clone()]
                    }
                }))
                .collect();
            &split[..]
        } else {
            ws
        };
        let mut best: Option<(usize, String)> = None;
        for m in &self.inputs.plan.measures {
            for n in self.measure_names(&m.id) {
                let hit = if n.contains(' ') {
                    // "rev comm" for Revenue Commission: each word's first letters.
                    let parts: Vec<&str> = n.split_whitespace().collect();
                    let shortened = ws.windows(parts.len()).any(|w| {
                        w.iter().zip(&parts).all(|(a, b)| {
                            a.len() >= 3 && a.chars().all(char::is_alphabetic) && b.starts_with(a.as_str())
                                // "new acct" for New Account …: a word's everyday short form
                                || SHORT_FORMS
                                    .iter()
                                    .any(|(long, short)| long == b && short.contains(&a.as_str()))
                        })
                    });
                    mentions(ws, &[n.as_str()]) || shortened
                } else {
                    // ("equip commission": the first letters of a word only its name has)
                    ws.iter().enumerate().any(|(i, w)| {
                        crate::fuzzy::same(w, &n) && !self.word_of_another_phrase(ws, i)
                            || w.len() >= 5
                                && n.len() >= w.len() + 3
                                && n.starts_with(w.as_str())
                                && w.chars().all(char::is_alphabetic)
                    })
                };
                if hit && best.as_ref().is_none_or(|(len, _)| n.len() > *len) {
                    best = Some((n.len(), m.id.clone()));
                }
            }
        }
        best.map(|(_, id)| id)
    }

    /// Whether the word at `i` is part of a product's name said in full ("a leased line"
    /// for Line Rental Commission) or of an everyday phrase ("over the line"), not a
    /// measure's word alone.
    fn word_of_another_phrase(&self, ws: &[String], i: usize) -> bool {
        const IDIOMS: &[&[&str]] = &[
            &["over", "the", "line"],
            &["on", "the", "line"],
            &["bottom", "line"],
            &["top", "line"],
            &["dotted", "line"],
            &["line", "item"],
            &["line", "items"],
        ];
        let spans = |phrase: &[&str]| {
            phrase.iter().enumerate().any(|(k, p)| {
                *p == ws[i]
                    && i >= k
                    && ws.len() >= i - k + phrase.len()
                    && ws[i - k..i - k + phrase.len()].iter().zip(phrase).all(|(a, b)| a == b)
            })
        };
        IDIOMS.iter().any(|p| spans(p))
            // ("the frost line" of a plan with a Premium Line Incentive: the threshold's name)
            || self.terms.iter().any(|(n, _)| {
                let words: Vec<&str> = n.split_whitespace().collect();
                words.len() >= 2 && spans(&words)
            })
            || self.products.iter().any(|p| {
                let lower = p.to_lowercase();
                let words: Vec<&str> = lower.split_whitespace().collect();
                words.len() >= 2 && spans(&words)
            })
    }

    /// Every way a question may name a measure: its name (and without a plural "s"), its
    /// id, the first two words of a longer name ("net new"), its initials ("nnb"), a word
    /// only its name has ("hardware"), the product series it credits ("gtx").
    pub fn measure_names(&self, id: &str) -> Vec<String> {
        const GENERIC: &[&str] = &[
            "bookings",
            "booking",
            "commission",
            "incentive",
            "revenue",
            "sales",
            "new",
            "arr",
            "acv",
            "tcv",
            "mrr",
            "the",
            "and",
            "of",
            "plan",
            "dollars",
            "dollar",
            "value",
            "annual",
            "count",
            "total",
            "account",
            "accounts",
            "customer",
            "customers",
            "deal",
            "deals",
            "product",
            "products",
            "team",
            "systems",
            // ("Order Intake": an order is any deal)
            "order",
            "orders",
        ];
        let plan = &self.inputs.plan;
        let Some(m) = plan.measures.iter().find(|m| m.id == id) else {
            return Vec::new();
        };
        let name = m.name.to_lowercase();
        let mut names = vec![name.clone(), m.id.replace('_', " ")];
        if let Some(n) = name.strip_suffix('s') {
            names.push(n.to_string());
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() >= 3 {
            names.push(words[..2].join(" "));
            // "new bookings" for Net New Bookings, unless another measure ends so too.
            let tail = words[words.len() - 2..].join(" ");
            if !plan
                .measures
                .iter()
                .any(|x| x.id != m.id && x.name.to_lowercase().ends_with(&tail))
            {
                // ("GP" for Hardware Gross Profit: the tail's initials too)
                let initials: String = tail.split_whitespace().filter_map(|w| w.chars().next()).collect();
                if !tail.split_whitespace().any(|w| GENERIC.contains(&w))
                    && !EVERYDAY_PAIRS.contains(&initials.as_str())
                {
                    names.push(initials);
                }
                names.push(tail);
            }
        }
        if words.len() >= 3 && !GENERIC.contains(&words[0]) {
            // ("kit commission" for Kit Margin Commission: the name without its middle)
            names.push(format!("{} {}", words[0], words[words.len() - 1]));
        }
        if words.len() >= 2 && !GENERIC.contains(&words[0]) {
            // ("the kit side" for Kit Margin Commission: its first word, as a side of the plan)
            names.push(format!("{} side", words[0]));
        }
        if words.len() >= 2 {
            let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
            names.push(initials);
        }
        // "NL" for New Logo Revenue: the initials of the words before a generic last one.
        if words.len() >= 3 && words.last().is_some_and(|w| GENERIC.contains(w)) {
            let initials: String = words[..words.len() - 1]
                .iter()
                .filter_map(|w| w.chars().next())
                .collect();
            if !EVERYDAY_PAIRS.contains(&initials.as_str()) {
                names.push(initials);
            }
        }
        // ("PT" for Pull-Through Incentive: a hyphenated word's parts have initials too)
        if name.contains('-') {
            let parts: Vec<&str> = name.split([' ', '-']).filter(|p| !p.is_empty()).collect();
            let initials = |ps: &[&str]| -> String { ps.iter().filter_map(|w| w.chars().next()).collect() };
            names.push(initials(&parts));
            if parts.len() >= 3 && parts.last().is_some_and(|w| GENERIC.contains(w)) {
                let short = initials(&parts[..parts.len() - 1]);
                if !EVERYDAY_PAIRS.contains(&short.as_str()) {
                    names.push(short);
                }
            }
        }
        // ("f&b": an initialism with an ampersand is a word of its own)
        for word in words
            .iter()
            .filter(|w| (w.len() >= 4 || w.len() >= 3 && w.contains('&')) && !GENERIC.contains(w))
        {
            let others = plan
                .measures
                .iter()
                .filter(|x| x.id != m.id)
                .any(|x| x.name.to_lowercase().contains(word))
                // ("range" of Reserve Range Incentive is the range extension deal's too)
                || self.deal_types.iter().any(|t| {
                    t.contains(['_', ' ', '-']) && t.split(['_', ' ', '-']).any(|x| x.eq_ignore_ascii_case(word))
                });
            if !others {
                names.push(word.to_string());
                // The everyday short forms of a word ("hw" for hardware).
                if let Some((_, short)) = SHORT_FORMS.iter().find(|(w, _)| w == word) {
                    names.extend(short.iter().map(|s| s.to_string()));
                }
            }
        }
        if let Some(series) = m.products.as_ref().and_then(|p| series(p)) {
            names.push(series);
        }
        // ("margin" for Project Gross Profit: the trade's other name for the same money)
        for (said, other) in SAME_MONEY {
            let own = |x: &plansight_plan::Measure| x.name.to_lowercase().contains(said);
            if own(m) && !plan.measures.iter().any(|x| x.id != m.id && own(x)) {
                names.extend(other.iter().map(|o| o.to_string()));
            }
        }
        for (_, alias) in self.measure_aliases.iter().filter(|(mid, _)| *mid == m.id) {
            names.push(alias.clone());
            if let Some(one) = alias.strip_suffix('s') {
                names.push(one.to_string());
            }
        }
        names
    }

    /// Whether the words name one of the plan's bonuses (a distinctive word of its name).
    pub fn bonus(&self, ws: &[String]) -> bool {
        // A word a tier is named by ("Summit") names the bonus ("Summit Flag") only with the
        // rest of its name.
        let tier_word = |w: &str| {
            self.terms
                .iter()
                .any(|(n, t)| matches!(t, super::terms::Term::Tier(..)) && n.split_whitespace().any(|x| x == w))
        };
        let said = |w: &str| {
            ws.iter()
                .any(|x| x.trim_end_matches("'s") == w || x.trim_end_matches('s') == w)
        };
        self.inputs.plan.bonuses.iter().any(|b| {
            // (a bonus named by its id, "blue_ribbon", is said in words)
            let name = b.name.to_lowercase().replace('_', " ");
            let words: Vec<&str> = name.split_whitespace().collect();
            // ("hat trick money" for the Hat Trick Award: the name without its word for a
            // bonus, two words or more)
            let own: Vec<&&str> = words
                .iter()
                .filter(|w| !matches!(**w, "bonus" | "award" | "spiff" | "prize" | "kicker"))
                .collect();
            // (each a word of the bonus's own: not "GTK 500" of the GTK 500 SPIFF, a product,
            // nor "new account" of the New Account Bonus, a deal's kind)
            let own_words = own.iter().all(|w| {
                w.len() >= 3
                    && w.chars().all(char::is_alphabetic)
                    && !matches!(
                        **w,
                        "new" | "account" | "accounts" | "customer" | "logo" | "deal" | "deals"
                    )
                    && !self
                        .products
                        .iter()
                        .chain(&self.deal_types)
                        .chain(self.inputs.plan.measures.iter().map(|m| &m.name))
                        .any(|p| p.to_lowercase().split([' ', '-']).any(|x| x == **w))
            });
            words.iter().all(|w| said(w))
                || own.len() >= 2 && own.len() < words.len() && own_words && own.iter().all(|w| said(w))
                || words
                    .iter()
                    .filter(|w| {
                        w.len() >= 6
                            && ![
                                "bonus",
                                "milestone",
                                "commitment",
                                "quarterly",
                                "commission",
                                "incentive",
                                "payment",
                                "reward",
                                "annual",
                                "monthly",
                                // whose deal it is: "new account orders" are a type
                                "account",
                                "accounts",
                                "customer",
                            ]
                            .contains(w)
                    })
                    // A word a deal type or a product has ("Renewal Commission", "MG Advanced
                    // SPIFF") names those, not the bonus alone.
                    .filter(|w| !self.deal_types.iter().any(|t| w.trim_end_matches('s') == t))
                    // (nor the document's word for a type: "takeaway" of the Takeaway SPIFF)
                    .filter(|w| self.deal_type(&[w.to_string()]).is_none())
                    .filter(|w| {
                        !self.products.iter().any(|p| {
                            p.to_lowercase()
                                .split_whitespace()
                                .any(|x| x.trim_end_matches('s') == w.trim_end_matches('s'))
                        })
                    })
                    .any(|w| !tier_word(w) && said(w))
        })
    }

    /// The words without the names of the bonuses said in full ("takeaway spiff ytd" is
    /// "ytd": the Takeaway SPIFF's name says no takeaway deals).
    pub fn without_bonus_names(&self, ws: &[String]) -> Vec<String> {
        let mut rest = ws.to_vec();
        for b in &self.inputs.plan.bonuses {
            let name = b.name.to_lowercase().replace('_', " ");
            let words: Vec<&str> = name.split_whitespace().collect();
            let said = |w: &str| {
                rest.iter()
                    .any(|x| x.trim_end_matches("'s").trim_end_matches('s') == w.trim_end_matches('s'))
            };
            if words.len() >= 2 && words.iter().all(|w| said(w)) {
                rest.retain(|x| {
                    !words.contains(&x.trim_end_matches("'s").trim_end_matches('s')) && !words.contains(&x.as_str())
                });
            }
        }
        rest
    }

    /// Each product with the words of its name, lowered.
    fn product_words(&self) -> Vec<(String, Vec<String>)> {
        self.products
            .iter()
            .map(|p| {
                (
                    p.clone(),
                    p.to_lowercase().split_whitespace().map(str::to_string).collect(),
                )
            })
            .collect()
    }

    /// The products whose names begin with words the question says, when the words are no
    /// product's whole name: two or more ("gtx plus" of GTX Plus Basic and GTX Plus Pro), or
    /// a brand before a word for deals ("my cadence deals").
    pub fn products_begun(&self, ws: &[String]) -> Vec<String> {
        let names = self.product_words();
        let mut found: Vec<String> = Vec::new();
        for (i, w) in ws.iter().enumerate() {
            // ("my cadence deals" with a Cadence Syringe Pump and a Cadence Infusion Pump: a
            // brand of several, before a word for deals, that no measure is named by)
            let brand = w.len() >= 4
                && w.chars().all(char::is_alphabetic)
                && ws
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.as_str(), "deals" | "deal" | "sales" | "orders" | "units"))
                && self.measure(std::slice::from_ref(w)).is_none()
                && !self.measure_word(w);
            let shortest = if brand { 1 } else { 2 };
            for k in shortest..=3 {
                let Some(said) = ws.get(i..i + k) else { break };
                let begun: Vec<&String> = names
                    .iter()
                    .filter(|(_, n)| n.len() > k && n[..k] == *said)
                    .map(|(p, _)| p)
                    .collect();
                let whole = names.iter().any(|(_, n)| n[..] == *said);
                // (the next word said may finish one of the names: "gtx plus pro")
                let finished = names
                    .iter()
                    .any(|(_, n)| n.len() > k && n[..k] == *said && ws.get(i + k).is_some_and(|w| *w == n[k]));
                if begun.len() > 1 && !whole && !finished {
                    found = begun.into_iter().cloned().collect();
                }
            }
        }
        found
    }

    /// The products whose names end with a word the question says before a word for a deal,
    /// when it ends more than one ("a 25k medical case" with a Fully Insured Medical and a
    /// Self-Funded Medical).
    pub fn products_ended(&self, ws: &[String]) -> Vec<String> {
        let names = self.product_words();
        for i in 0..ws.len().saturating_sub(1) {
            if !matches!(
                ws[i + 1].as_str(),
                "case" | "cases" | "deal" | "deals" | "policy" | "policies" | "sale" | "sales"
            ) {
                continue;
            }
            let ended: Vec<String> = names
                .iter()
                .filter(|(_, n)| n.len() >= 2 && n.last() == Some(&ws[i]))
                .map(|(p, _)| p.clone())
                .collect();
            if ended.len() > 1 {
                return ended;
            }
        }
        Vec::new()
    }

    /// A product the question names (the longest such name), exactly or nearly.
    pub fn product(&self, text: &str) -> Option<String> {
        let squash = |s: &str| s.to_lowercase().replace([' ', '-'], "");
        let t = squash(text);
        let lower = text.to_lowercase();
        self.products
            .iter()
            .filter(|p| {
                let p_lower = p.to_lowercase();
                // ("a 30k sponsorship" for Sponsorships, "a TLB sale" for TLBs: one of a
                // plural name, a long word or initials in capitals)
                let one = p_lower
                    .strip_suffix('s')
                    .filter(|o| o.len() >= 5 || o.len() >= 3 && self.capitals.contains(*o));
                contains_words(&lower, &p_lower)
                    || one.is_some_and(|o| contains_words(&lower, o))
                    // ("my temps" for Temp: a product said in the plural)
                    || p_lower.len() >= 4 && contains_words(&lower, &format!("{p_lower}s"))
                    // ("my home batteries" for Home Battery)
                    || p_lower
                        .strip_suffix('y')
                        .is_some_and(|stem| stem.len() >= 4 && contains_words(&lower, &format!("{stem}ies")))
                    || p.len() >= 5 && t.contains(&squash(p))
            })
            .max_by_key(|p| p.len())
            .cloned()
            .or_else(|| self.product_by_word(&lower))
            .or_else(|| self.product_by_initials(&lower))
            .or_else(|| self.product_shortened(&lower))
            .or_else(|| {
                // ("my SPS orders", "servos": the document's other name for a product)
                let said = crate::phrases::words(&crate::phrases::normalize(&lower));
                self.product_aliases
                    .iter()
                    // (and "RTU" for "RTUs": a plural name said of one; "AMS" is no "am")
                    .find(|(_, a)| {
                        said.iter().any(|w| {
                            w == a
                                || w.strip_suffix('s') == Some(a.as_str())
                                || a.len() >= 4 && a.strip_suffix('s') == Some(w.as_str())
                        })
                    })
                    .map(|(p, _)| p.clone())
            })
            .or_else(|| {
                // "my knee deals" for the Stratus Knee: a word of one product's name only,
                // not one a measure's name has.
                let lower_products: Vec<String> = self.products.iter().map(|p| p.to_lowercase()).collect();
                // (an account's word, "trucking" of Hanley Trucking, "range" of Front Range
                // Surgery Center, said before the product's word; looked up only then)
                let of_account = |x: &str| {
                    x.len() >= 3
                        && self
                            .accounts
                            .iter()
                            .any(|a| a.to_lowercase().split_whitespace().any(|y| y == x))
                };
                let said: Vec<&str> = lower.split_whitespace().collect();
                self.products.iter().zip(&lower_products).find_map(|(p, lp)| {
                    let words: Vec<&str> = lp.split_whitespace().collect();
                    (words.len() >= 2
                        && words.iter().any(|w| {
                            w.len() >= 3
                                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                                && !self.measure_word(w)
                                && lower_products
                                    .iter()
                                    .filter(|o| o.split_whitespace().any(|x| x == *w))
                                    .count()
                                    == 1
                                // (a brand's own word anywhere, typos allowed: "truframe" for
                                // TrueFrame; an everyday word, "Advanced", only before "deals")
                                && (self.brands.contains(*w)
                                    && said.iter().any(|x| crate::fuzzy::same(x.trim_end_matches(['?', '.', ',']), w))
                                    // (right after an amount, a deal is being said: "a 15k byd",
                                    // "a 30k GP press")
                                    || said.windows(2).enumerate().any(|(i, x)| {
                                        let after = |y: &str| y.trim_end_matches(['?', '.', ',']) == *w;
                                        crate::phrases::amount(&[x[0].replace(['£', '€'], "$")]).is_some()
                                            && (after(x[1])
                                                || self.measure(&[x[1].to_string()]).is_some()
                                                    && said.get(i + 2).is_some_and(|y| after(y))
                                                // ("a 250k replacement tower", "a 1.4m new
                                                // account robot": the deal's type between)
                                                || (1..=2).any(|k| {
                                                    said.get(i + 1..i + 1 + k).is_some_and(|t| {
                                                        let t: Vec<String> = t.iter().map(|s| s.to_string()).collect();
                                                        self.deal_type(&t).is_some()
                                                    }) && said.get(i + 1 + k).is_some_and(|y| after(y))
                                                }))
                                    })
                                    || said.windows(2).any(|x| {
                                    x[0] == *w
                                        && matches!(
                                            x[1].trim_end_matches(['?', '.', ',']),
                                            "deal"
                                                | "deals"
                                                | "orders"
                                                | "order"
                                                | "sales"
                                                | "sale"
                                                | "opps"
                                                | "opp"
                                                | "business"
                                                | "units"
                                                | "cases"
                                                | "new"
                                                | "upsell"
                                                | "renewal"
                                                | "expansion"
                                        )
                                })
                                    // (after an account, the deal it names: "the Hanley
                                    // Trucking auto")
                                    || said.windows(2).any(|x| {
                                        x[1].trim_end_matches(['?', '.', ',']) == *w && of_account(x[0])
                                    }))
                        }))
                    .then(|| p.clone())
                })
            })
            .or_else(|| {
                // "my biggest tech placement" for Technology: a one-word product's first letters
                // (four or more) before a word for a deal.
                let said: Vec<&str> = lower.split_whitespace().collect();
                let found: Vec<&String> = self
                    .products
                    .iter()
                    .filter(|p| {
                        let p = p.to_lowercase();
                        !p.contains(' ')
                            && said.windows(2).any(|x| {
                                x[0].len() >= 4
                                    && x[0].len() < p.len()
                                    && p.starts_with(x[0])
                                    && matches!(
                                        x[1].trim_end_matches(['?', '.', ',']),
                                        "deal"
                                            | "deals"
                                            | "placement"
                                            | "placements"
                                            | "job"
                                            | "jobs"
                                            | "order"
                                            | "orders"
                                            | "sale"
                                            | "sales"
                                            | "wins"
                                            | "win"
                                            | "role"
                                            | "roles"
                                    )
                            })
                    })
                    .collect();
                (found.len() == 1).then(|| found[0].clone())
            })
    }

    /// Whether a word is one of a measure's name ("hardware" names a measure, not a
    /// product).
    pub(super) fn measure_word(&self, w: &str) -> bool {
        self.inputs
            .plan
            .measures
            .iter()
            .any(|m| m.name.to_lowercase().split_whitespace().any(|x| x == w))
    }

    /// A product of three words or more said by its initials, whole ("nee") or after its
    /// first word ("nbn ee" for NBN Enterprise Ethernet), when no other product's are so.
    fn product_by_initials(&self, lower: &str) -> Option<String> {
        let forms = |p: &str| -> Vec<String> {
            let words: Vec<String> = p.to_lowercase().split_whitespace().map(str::to_string).collect();
            if words.len() < 3 {
                return Vec::new();
            }
            let initials = |ws: &[String]| ws.iter().filter_map(|w| w.chars().next()).collect::<String>();
            // ("the LOCs": a plural of the initials too)
            vec![
                initials(&words),
                format!("{}s", initials(&words)),
                format!("{} {}", words[0], initials(&words[1..])),
            ]
        };
        let found: Vec<&String> = self
            .products
            .iter()
            .filter(|p| forms(p).iter().any(|f| contains_words(lower, f)))
            .collect();
        (found.len() == 1).then(|| found[0].clone())
    }

    /// A product said by a word of its name no other product has: its model number
    /// ("kg-150s" for the Kestrel KG-150) or its brand, the first word of a longer name
    /// ("a 30k muskeg" for the Muskeg LT-25), not an everyday word of the trade.
    fn product_by_word(&self, lower: &str) -> Option<String> {
        const EVERYDAY: &[&str] = &[
            "premium",
            "premier",
            // ("between cases": a surgery, not the Case Kits)
            "case",
            "standard",
            "basic",
            "advanced",
            "special",
            "enterprise",
            "professional",
            "support",
            "service",
            "services",
            "starter",
            "growth",
            "plus",
            "core",
            "platform",
            "cloud",
            "suite",
            "edition",
            "license",
            "licence",
            "annual",
            "monthly",
            "renewal",
            "new",
            "managed",
            "team",
            "business",
            "unit",
            "pack",
            "mini",
            "lite",
            "care",
            "home",
            "life",
            "data",
        ];
        let said: Vec<&str> = lower
            .split(|c: char| c.is_whitespace() || matches!(c, '?' | ',' | '!' | '(' | ')'))
            .map(|w| w.trim_end_matches('.').trim_end_matches("'s"))
            .filter(|w| !w.is_empty())
            .collect();
        let names: Vec<Vec<String>> = self
            .products
            .iter()
            .map(|p| p.to_lowercase().split_whitespace().map(str::to_string).collect())
            .collect();
        let unique = |w: &str| names.iter().filter(|n| n.iter().any(|x| x == w)).count() == 1;
        let hit = |w: &str| said.iter().any(|x| *x == w || x.strip_suffix('s') == Some(w));
        self.products.iter().zip(&names).find_map(|(p, n)| {
            // ("K7" for the Kestrel K7, not a period's label: "q2", "h1", "m3")
            let period_like = |w: &str| {
                let mut c = w.chars();
                matches!(c.next(), Some('q' | 'h' | 'm')) && c.all(|x| x.is_ascii_digit())
            };
            let model = n.iter().any(|w| {
                w.len() >= 2
                    && !period_like(w)
                    && w.chars().any(|c| c.is_ascii_digit())
                    && w.chars().any(char::is_alphabetic)
                    && unique(w)
                    && hit(w)
            });
            // (the brand first; a longer word of its own anywhere: "my powerwalls", "my
            // knees" for the Total Knee System; not a word the questions' rules read, "total")
            let brand = n.len() >= 2
                && n.iter().enumerate().any(|(k, w)| {
                    let own = !super::unrecognised::rule_word(w);
                    w.len() >= if k == 0 || own { 4 } else { 6 }
                        && (own || k > 0)
                        // ("my self-funded cases": a hyphenated brand word too)
                        && w.chars().all(|c| c.is_alphabetic() || c == '-')
                        && !EVERYDAY.contains(&w.as_str())
                        && !self.measure_word(w)
                        && unique(w)
                        && hit(w)
                });
            (model || brand).then(|| p.clone())
        })
    }

    /// A product said as people shorten a name of several words: its last words in the
    /// plural ("my towers" for the Aurora 4K Tower, "arm kits" for the Meridian Arm Kit), or
    /// each word by its first letters ("pulsar gen" for the Pulsar Generator), or its first or
    /// last two words as they are ("mod bit", "plus pro" for the GTX Plus Pro); only one
    /// product's name may fit.
    fn product_shortened(&self, lower: &str) -> Option<String> {
        let said: Vec<String> = crate::phrases::words(&crate::phrases::normalize(lower));
        let names: Vec<(String, Vec<String>)> = self
            .product_words()
            .into_iter()
            .filter(|(_, ws): &(String, Vec<String>)| ws.len() >= 2)
            .collect();
        // How many of the name's words the question says (0: it does not fit); the name said
        // with more of its words wins ("the plus pros" is the GTX Plus Pro, not the GTX Pro).
        let fits = |words: &[String]| -> usize {
            // (the last words, the very last one plural)
            let tail = (1..=2.min(words.len() - 1)).rev().find(|&k| {
                let part = &words[words.len() - k..];
                said.windows(k).any(|w| {
                    w[..k - 1] == part[..k - 1]
                        && w[k - 1] == format!("{}s", part[k - 1])
                        && part[k - 1].len() >= 3
                        && part[k - 1].chars().all(char::is_alphabetic)
                        && !self.measure_word(&part[k - 1])
                })
            });
            let shortened = words.windows(2).any(|pair| {
                said.windows(2).any(|w| {
                    w[0] == pair[0]
                        && w[1].len() >= 3
                        && w[1].len() < pair[1].len()
                        && pair[1].starts_with(w[1].as_str())
                })
            });
            // ("a 6k plus pro" for the GTX Plus Pro: its last two words, said as they are)
            let last_two = words.len() >= 3 && said.windows(2).any(|w| w == &words[words.len() - 2..]);
            // ("what about mod bit" for the Mod Bit Re-Roof: its first two)
            let first_two = words.len() >= 3 && said.windows(2).any(|w| w == &words[..2]);
            let two = shortened || last_two || first_two;
            tail.unwrap_or(0).max(if two { 2 } else { 0 })
        };
        let most = names.iter().map(|(_, ws)| fits(ws)).max().unwrap_or(0);
        let mut found: Vec<&String> = names
            .iter()
            .filter(|(_, ws)| most > 0 && fits(ws) == most)
            .map(|(p, _)| p)
            .collect();
        for p in &self.products {
            let lower_name = p.to_lowercase();
            let first = lower_name.split_whitespace().next().unwrap_or("");
            // ("a 15k batt", "batts" for Battery Storage: its first word cut short, a word no
            // one writes otherwise)
            let cut = said.iter().any(|w| {
                let w = w.strip_suffix('s').unwrap_or(w);
                w.len() >= 4
                    && first.len() >= w.len() + 2
                    && first.starts_with(w)
                    && w.chars().all(char::is_alphabetic)
                    && !super::unrecognised::common(w)
                    && !self.measure_word(w)
                    // (the plan's own name for a part of it: "the Deich" is no Deichwacht)
                    && !self.terms.iter().any(|(n, _)| n.split_whitespace().any(|x| x == w))
            });
            // ("a 32k lease pv" for Solar PV: its initials, the document writes in capitals)
            let initials = lower_name.split_whitespace().skip(1).any(|x| {
                // (not an everyday word: "IT" of Managed IT is no "it")
                self.capitals.contains(x)
                    && !EVERYDAY_PAIRS.contains(&x)
                    && !matches!(x, "its" | "all" | "any" | "was" | "are" | "can" | "per")
                    && said.iter().any(|w| w == x || *w == format!("{x}s"))
            });
            if (cut || initials) && !found.contains(&p) {
                found.push(p);
            }
        }
        (found.len() == 1).then(|| found[0].clone())
    }

    /// A deal type the question names ("renewal", "renewals", "new logo"), or by the trade's
    /// word for it ("add-on orders", "upsells" are expansions).
    pub fn deal_type(&self, ws: &[String]) -> Option<String> {
        const SAID_AS: &[(&str, &[&str])] = &[
            (
                "expansion",
                &[
                    "add-on",
                    "add-ons",
                    "addon",
                    "addons",
                    "add on",
                    "add ons",
                    "upsell",
                    "upsells",
                    "cross-sell",
                    "cross-sells",
                ],
            ),
            ("renewal", &["renew", "renewed", "renewing"]),
            // (staffing: a contract placement is a temp or interim one)
            ("contract", &["temp", "temps", "interim", "contractor", "contractors"]),
        ];
        let ws = &without_a_newcomer(ws)[..];
        let joined = format!(" {} ", ws.join(" "));
        let bare = |w: &str| w.trim_end_matches('s').replace(['-', ' ', '_'], "");
        // ("recons" for recontracts: the first letters of one type's name)
        let shortened: Vec<&String> = self
            .deal_types
            .iter()
            .filter(|t| {
                let t = bare(&t.to_lowercase());
                ws.iter().any(|w| {
                    let w = w.trim_end_matches('s');
                    // (not a word of a tier's name: "Heavy Pour" is no pouring-rights deal)
                    let of_term = self.terms.iter().any(|(n, _)| n.split_whitespace().any(|x| x == w));
                    w.len() >= 4
                        && w.chars().all(char::is_alphabetic)
                        && t.len() >= w.len() + 3
                        && t.starts_with(w)
                        && !of_term
                })
            })
            .collect();
        self.deal_types
            .iter()
            .find(|t| {
                let t = t.to_lowercase();
                // ("port-in", "port in", "port-ins")
                ws.iter().any(|w| *w == t || bare(w) == bare(&t))
                    // ("new account" for new_account)
                    || t.contains(['-', '_'])
                        && [" ", "s "]
                            .iter()
                            .any(|end| joined.contains(&format!(" {}{end}", t.replace(['-', '_'], " "))))
            })
            .or_else(|| (shortened.len() == 1).then(|| shortened[0]))
            // ("lease rolls" for Refresh: the document's other name for a type)
            .or_else(|| {
                self.type_aliases
                    .iter()
                    // (plurals: "lease rolls", "Abrufe")
                    .find(|(_, a)| {
                        // (Spanish plurals each word: "cuentas nuevas" for "cuenta nueva")
                        let each: String = a.split(' ').map(|w| format!("{w}s")).collect::<Vec<_>>().join(" ");
                        ["", "s", "es", "e", "en", "n"]
                            .iter()
                            .any(|end| joined.contains(&format!(" {a}{end} ")))
                            || a.contains(' ') && joined.contains(&format!(" {each} "))
                    })
                    .map(|(t, _)| t)
            })
            .or_else(|| {
                self.deal_types.iter().find(|t| {
                    SAID_AS.iter().any(|(ty, words)| {
                        t.eq_ignore_ascii_case(ty) && words.iter().any(|w| joined.contains(&format!(" {w} ")))
                    })
                })
            })
            .cloned()
    }
}

/// The words without a "new" that says someone is new ("I'm still fairly new", "he's new
/// here", "the new guy"): no new-customer deal.
fn without_a_newcomer(ws: &[String]) -> Vec<String> {
    const BEFORE: &[&str] = &[
        "i'm",
        "im",
        "am",
        "he's",
        "she's",
        "hes",
        "shes",
        "still",
        "fairly",
        "pretty",
        "quite",
        "very",
        "being",
        "bit",
        "totally",
        "relatively",
    ];
    const AFTER: &[&str] = &[
        "guy", "girl", "hire", "hires", "starter", "starters", "joiner", "joiners", "here", "rep", "reps", "to", "on",
        "kid", "person", "recruit", "recruits", "member",
    ];
    ws.iter()
        .enumerate()
        .filter(|(i, w)| {
            w.as_str() != "new"
                || !(i.checked_sub(1).is_some_and(|b| BEFORE.contains(&ws[b].as_str()))
                    || ws.get(i + 1).is_some_and(|a| AFTER.contains(&a.as_str())))
        })
        .map(|(_, w)| w.clone())
        .collect()
}

/// The series all of a measure's products share as a first word ("gtx"), if any.
fn series(products: &[String]) -> Option<String> {
    let first = products.first()?.to_lowercase();
    let lead: String = first.chars().take_while(|c| c.is_alphabetic()).collect();
    (lead.len() >= 2 && products.iter().all(|p| p.to_lowercase().starts_with(&lead))).then_some(lead)
}

/// Two-letter words a measure's initials must not be read in ("at", "in").
const EVERYDAY_PAIRS: &[&str] = &[
    "at", "in", "on", "my", "me", "no", "so", "to", "it", "is", "or", "am", "an", "as", "be", "by", "do", "go", "he",
    "if", "of", "up", "us", "we", "ok", "hi",
];
