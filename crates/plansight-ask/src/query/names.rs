//! How a question names the plan's measures, bonuses and deal types: by their names, the
//! words only they have, initials and everyday short forms, found from this plan, never
//! from a list written for one plan (products: `products.rs`).

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

/// The words of measures' names that name no measure alone ("commission", "sales").
pub(super) const GENERIC: &[&str] = &[
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
    // ("Closed Value Commission": "had it closed", "how close am I" name no measure)
    "closed",
    "close",
    "won",
    "signed",
    "booked",
    // ("Systems Quarter Incentive": "this quarter" names no measure)
    "quarter",
    "quarters",
    "month",
    "months",
    "year",
    "years",
];

/// The words of a measure's name that say how often it is paid or measured: said only
/// as written, since a period said ("this quarter") is no measure's name.
const PERIODIC: &[&str] = &["quarterly", "monthly", "yearly", "weekly"];

/// The last part of a word written in two capitals ("ShambaSense": "sense"), of four
/// letters or more.
fn camel_tail(word: &str) -> Option<String> {
    let at = word.char_indices().skip(1).filter(|(_, c)| c.is_uppercase()).last()?.0;
    let tail = &word[at..];
    (tail.len() >= 4 && word[..at].chars().any(char::is_lowercase) && tail.chars().skip(1).all(char::is_lowercase))
        .then(|| tail.to_lowercase())
}

/// The words said after a measure's word that make it the measure's, not a deal's: "contract
/// credit", "the contract side".
pub(super) const OF_A_MEASURE: &[&str] = &[
    "book",
    "commission",
    "commish",
    "comm",
    "quota",
    "quotas",
    "attainment",
    "credit",
    "incentive",
    "revenue",
    "sales",
    "rate",
    "tier",
    "tiers",
    "target",
    "value",
    "volume",
    "fee",
    "fees",
    "margin",
    "bonus",
    // ("nothing on the contract side in q2")
    "side",
    // ("if the contract cap was 125%": the measure's own marks)
    "cap",
    "threshold",
    "accelerator",
];

/// Whether the word at `i` is a trade's noun for a deal said of deals, not the measure its
/// name shares ("the Larkspur order", "biggest system i closed" of an Order Book
/// Commission, a System Sales Commission): unless a measure's word follows ("order credit").
fn deal_noun(ws: &[String], i: usize) -> bool {
    const NOUNS: &[&str] = &["order", "orders", "system", "systems", "contract", "contracts"];
    // ("what did hayden pull in on systems", "what would systems pay me": the side of the
    // plan, said where no deal is)
    // ("how much systems have i sold": the side's amount, not a count of systems)
    let a_side = i > 0
        && (matches!(ws[i - 1].as_str(), "on" | "from" | "much")
            || matches!(ws[i - 1].as_str(), "would" | "did" | "does" | "will")
                && ws
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.as_str(), "pay" | "paid" | "pays" | "give" | "bring")));
    NOUNS.contains(&ws[i].as_str()) && !a_side && !ws.get(i + 1).is_some_and(|n| OF_A_MEASURE.contains(&n.as_str()))
}

/// Whether the word at `i` is a verb of selling said of a deal by its seller ("the biggest job
/// i sold", "the last deal we've booked", "the jobs i just signed").
fn sold_by_someone(ws: &[String], i: usize) -> bool {
    const SUBJECTS: &[&str] = &[
        "i", "we", "he", "she", "they", "you", "u", "i've", "ive", "we've", "weve", "they've",
    ];
    matches!(ws[i].as_str(), "sold" | "booked" | "closed" | "signed" | "won")
        && (1..=2).any(|back| {
            i > back
                && SUBJECTS.contains(&ws[i - back].as_str())
                && (back == 1 || matches!(ws[i - 1].as_str(), "just" | "have" | "had" | "already" | "ever"))
                && ws[..i - back]
                    .iter()
                    .rev()
                    .take(3)
                    .any(|x| super::words::DEALS.contains(&x.as_str()))
        })
}

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
        let mut best: Option<(usize, bool, String)> = None;
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
                        !deal_noun(ws, i)
                            // ("how much jump start did they front me" of a Front-End Gross:
                            // the verb, its object after it)
                            && !ws.get(i + 1).is_some_and(|n| matches!(n.as_str(), "me" | "him" | "her" | "us" | "them"))
                            // ("the biggest job i sold" of the Sold Work Commission: the verb
                            // of someone selling a deal, not the measure's word; "how much have
                            // i booked" keeps the Booked Revenue's)
                            && !sold_by_someone(ws, i)
                            // ("top 5 deals this quarter" of the Quarterly Revenue Commission:
                            // the name's word of a period only as the name says it)
                            && (crate::fuzzy::same(w, &n) && (w == &n || !PERIODIC.contains(&n.as_str()))
                                && !self.word_of_another_phrase(ws, i)
                                && !self.type_of_deal_said(ws, i)
                                // ("proc attn": four letters no everyday word has)
                                || (w.len() >= 5 || w.len() == 4 && !super::unrecognised::common(w))
                                    && n.len() >= w.len() + 3
                                    && n.starts_with(w.as_str())
                                    && w.chars().all(char::is_alphabetic)
                                    // (not a word the questions' rules read: "after the
                                    // skyway" is no Aftermarket's)
                                    && !super::unrecognised::rule_word(w)
                                    // ("my serenity chair wins" where "chairside" is a
                                    // measure: the product's own word)
                                    && !self.products.iter().any(|p| {
                                        p.to_lowercase().split_whitespace().any(|x| x == w || x == w.trim_end_matches('s'))
                                    }))
                    })
                };
                // (of two names as long, the one that is its measure's first word: "renewal
                // premium" for the Renewal Retention Incentive, not the New Premium Commission)
                let heads = m.name.to_lowercase().split_whitespace().next() == Some(n.as_str());
                if hit
                    && best
                        .as_ref()
                        .is_none_or(|(len, head, _)| (n.len(), heads) > (*len, *head))
                {
                    best = Some((n.len(), heads, m.id.clone()));
                }
            }
        }
        // ("my pro quota", "pro credit" for the Pro Series Incentive: a short first word of
        // one measure's name, with what only a measure has)
        best.map(|(_, _, id)| id).or_else(|| {
            let had: Vec<&plansight_plan::Measure> = self
                .inputs
                .plan
                .measures
                .iter()
                .filter(|m| {
                    let name = m.name.to_lowercase();
                    let first = name.split_whitespace().next().unwrap_or_default().to_string();
                    // ("sense quota" for the ShambaSense Subscription Incentive: the last part
                    // of a first word written in two capitals)
                    let tail = camel_tail(m.name.split_whitespace().next().unwrap_or_default())
                        .filter(|t| !GENERIC.contains(&t.as_str()));
                    // ("worst quarter for gen credit" of the Generation Commission: the
                    // first letters of a long first word, before what only a measure has)
                    let said_first = |w: &str| {
                        w == first
                            || tail.as_deref() == Some(w)
                            || w.len() >= 3
                                && first.len() >= w.len() + 4
                                && first.starts_with(w)
                                && w.chars().all(char::is_alphabetic)
                                // (not a word every question has: "what's her quota" of a
                                // HerdSense incentive, "the quota" of a Thermal one)
                                && !matches!(
                                    w,
                                    "the" | "her" | "his" | "for" | "net" | "new" | "all" | "any" | "per" | "our" | "you"
                                        | "she" | "and" | "not" | "but" | "can" | "out" | "one" | "two" | "get" | "got"
                                        | "top" | "own" | "may" | "way" | "day" | "how" | "who" | "why" | "what" | "this"
                                        | "that" | "them" | "they" | "their" | "team" | "total" | "year"
                                )
                                && !super::unrecognised::rule_word(w)
                    };
                    first.len() >= 3
                        && (!GENERIC.contains(&first.as_str())
                            && ws.windows(2).any(|w| {
                                said_first(&w[0])
                                    && matches!(w[1].as_str(), "quota" | "quotas" | "credit" | "attainment")
                                    || tail.as_deref() == Some(w[0].as_str())
                                        && matches!(w[1].as_str(), "incentive" | "commission" | "bonus")
                            })
                            // ("how much did the systems side pay me": a side of the plan is a
                            // measure, however everyday its first word)
                            || ws.windows(2).any(|w| w[0] == first && w[1] == "side"))
                })
                .collect();
            match had[..] {
                [m] => Some(m.id.clone()),
                _ => None,
            }
        })
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

    /// Whether the word at `i` is a deal type said of a deal ("the fleet deal" where the
    /// Fleet Contract Incentive credits the fleet deals): the type, not the measure.
    fn type_of_deal_said(&self, ws: &[String], i: usize) -> bool {
        self.deal_types.iter().any(|t| t.eq_ignore_ascii_case(&ws[i]))
            && ws.get(i + 1).is_some_and(|n| matches!(n.as_str(), "deal" | "deals"))
            // ("how many conquistas i won" where "| conquista | a new-logo deal |" and the
            // Conquista Incentive pays on them: the deals, said in the plural)
            || self.type_aliases.iter().any(|(_, a)| ws[i].strip_suffix('s') == Some(a.as_str()))
    }

    /// Every way a question may name a measure: its name (and without a plural "s"), its
    /// id, the first two words of a longer name ("net new"), its initials ("nnb"), a word
    /// only its name has ("hardware"), the product series it credits ("gtx").
    pub fn measure_names(&self, id: &str) -> Vec<String> {
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
        // ("how much did bolt ons pay me" for the Bolt-On Incentive: a hyphened first word
        // written apart, in the plural too)
        if let Some(first) = words.first().filter(|w| w.contains('-') && words.len() >= 2) {
            let apart = first.replace('-', " ");
            names.push(format!("{apart}s"));
            names.push(format!("{first}s"));
        }
        if words.len() >= 2 && !GENERIC.contains(&words[0]) {
            // ("the kit side" for Kit Margin Commission: its first word, as a side of the plan)
            names.push(format!("{} side", words[0]));
        }
        // ("fee credit", "my fee commission" for the Treasury Fee Revenue Commission: a short
        // word of its own name before a figure of the measure, where no other measure's name
        // has it)
        // (not an everyday word that says what kind: "big commission", "net credit")
        const EVERYDAY_SHORT: &[&str] = &[
            "net", "big", "top", "all", "for", "per", "pro", "new", "old", "key", "one", "two", "max", "min", "our",
            "the", "and", "low", "add", "sub",
        ];
        for word in words.iter().filter(|w| {
            w.len() == 3 && w.chars().all(char::is_alphabetic) && !GENERIC.contains(w) && !EVERYDAY_SHORT.contains(w)
        }) {
            let others = plan
                .measures
                .iter()
                .any(|x| x.id != m.id && x.name.to_lowercase().split_whitespace().any(|y| y == *word));
            if !others {
                for figure in ["credit", "commission", "commision", "quota", "attainment"] {
                    names.push(format!("{word} {figure}"));
                }
            }
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
                // ("back end commish" of the F&I Back-End Commission: the hyphen unsaid)
                if word.contains('-') {
                    names.push(word.replace('-', " "));
                }
                // The everyday short forms of a word ("hw" for hardware).
                if let Some((_, short)) = SHORT_FORMS.iter().find(|(w, _)| w == word) {
                    names.extend(short.iter().map(|s| s.to_string()));
                }
            }
        }
        // ("rank on the team for ARR" where only the Subscription ARR Commission says ARR:
        // the money it is named for, when no other measure's name says it)
        for acronym in words.iter().filter(|w| matches!(**w, "arr" | "acv" | "tcv" | "mrr")) {
            if !plan
                .measures
                .iter()
                .any(|x| x.id != m.id && x.name.to_lowercase().split_whitespace().any(|w| w == *acronym))
            {
                names.push(acronym.to_string());
            }
        }
        // (not when a product outside the measure begins so too: "gtx" where the GTX Pro
        // and GTX Plus Pro are Pro Range's but the GTX Basic is not)
        // (nor the company's own name, the plan's first word: "Hatch POS", "Hatch KDS" of
        // Hatch Technologies, "who's earned the most in hatch this FY")
        let company = plan.name.split_whitespace().next().map(str::to_lowercase);
        if let Some(series) = m.products.as_ref().and_then(|p| {
            series(p).filter(|s| {
                !self.products.iter().any(|x| {
                    let x = x.to_lowercase();
                    x.starts_with(s.as_str()) && !p.iter().any(|own| own.to_lowercase() == x)
                }) && company.as_deref() != Some(s.as_str())
            })
        }) {
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
        // ("ceád míle fáilte money" for the Cead Mile Failte SPIFF: accents as they fall)
        let folded: Vec<String> = ws.iter().map(|x| crate::phrases::fold(x)).collect();
        let said = |w: &str| {
            let w = crate::phrases::fold(w);
            folded.iter().enumerate().any(|(j, x)| {
                x.trim_end_matches("'s") == w
                    || x.trim_end_matches('s') == w
                    // ("BOR bounties" for the BOR Bounty)
                    || x.strip_suffix("ies").is_some_and(|stem| w.strip_suffix('y') == Some(stem))
                    || x.replace(['\'', '’'], "") == w
                    // ("poacher money" for the Poacher's Bonus, its apostrophe dropped, said
                    // before a word for the bonus's money; not "am i on track for the year"
                    // beside a Fresh Tracks Bonus)
                    || x.len() >= 5
                        && w.strip_suffix('s') == Some(x.as_str())
                        && folded
                            .get(j + 1)
                            .is_some_and(|n| matches!(n.as_str(), "money" | "bonus" | "award" | "spiff" | "cash" | "payout"))
            })
        };
        // ("did i get the MoM in Q1" where the document calls the award so)
        if self.bonus_aliases.iter().any(|a| {
            if a.contains(' ') {
                mentions(ws, &[a.as_str()])
            } else {
                ws.iter().any(|w| w == a || w.trim_end_matches("'s") == a)
            }
        }) {
            return true;
        }
        // (a word of a type's other name said whole: "fresh ground deals" where "| fresh
        // ground |" is a new-account deal, beside the Fresh Ground SPIFF; not "fresh gate
        // money" where "| new gate |" is)
        let type_alias_said = |w: &str| {
            self.type_aliases
                .iter()
                .any(|(_, a)| a.split_whitespace().any(|x| x == w) && mentions(ws, &[a.as_str()]))
        };
        self.inputs.plan.bonuses.iter().any(|b| {
            // (a bonus named by its id, "blue_ribbon", is said in words)
            // (a possessive is said with or without its apostrophe: "the surgeons knot" for
            // the Surgeon's Knot Award)
            let name = b.name.to_lowercase().replace('_', " ").replace(['\'', '’'], "");
            let words: Vec<&str> = name.split_whitespace().collect();
            // ("hat trick money" for the Hat Trick Award: the name without its word for a
            // bonus, two words or more)
            let own: Vec<&&str> = words
                .iter()
                .filter(|w| !super::words::BONUS_NOUNS.contains(*w))
                .collect();
            // (each a word of the bonus's own: not "GTK 500" of the GTK 500 SPIFF, a product,
            // nor "new account" of the New Account Bonus, a deal's kind)
            let distinctive = |w: &&&str| {
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
                        .any(|p| p.to_lowercase().split([' ', '-', '_']).any(|x| x == **w))
                    && !type_alias_said(w)
            };
            let own_words = own.iter().all(distinctive);
            // ("Plus Pro Push money" for the Plus Pro Push SPIFF: the name without its noun said
            // as one phrase, a word of it not a product's, beside the GTX Plus Pro's words)
            let phrase = own.iter().map(|w| **w).collect::<Vec<_>>().join(" ");
            let own_phrase = own.len() >= 2
                && own.len() < words.len()
                && mentions(&folded, &[phrase.as_str()])
                // (not "fresh ground deals" where "| fresh ground |" is a type's name too, nor
                // "big blinds" where "| big blind |" is the GTK 500 the Big Blind SPIFF pays on)
                && !own.iter().any(|w| type_alias_said(w))
                && !self.product_aliases.iter().any(|(_, a)| *a == phrase)
                && own.iter().any(distinctive);
            words.iter().all(|w| said(w))
                || own.len() >= 2 && own.len() < words.len() && own_words && own.iter().all(|w| said(w))
                || own_phrase
                || words
                    .iter()
                    .filter(|w| {
                        w.len() >= 6
                            && ![
                                "bonus",
                                "milestone",
                                "commitment",
                                "quarterly",
                                // (a period or a figure of every plan: "what did I earn last
                                // quarter" is no Quarter Club Bonus)
                                "quarter",
                                "quarters",
                                "months",
                                "period",
                                "periods",
                                "season",
                                "target",
                                "targets",
                                "number",
                                "payout",
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
                    // (nor the document's word for a type: "takeaway" of the Takeaway SPIFF;
                    // "fresh ground deals" of the Fresh Ground SPIFF, where "| fresh ground |"
                    // is a new-account deal)
                    .filter(|w| self.deal_type(&[w.to_string()]).is_none())
                    .filter(|w| !type_alias_said(w))
                    // ("my extractors" for the Washer-Extractor, beside the Extractor Blitz
                    // SPIFF: a part of a hyphenated name, or the document's name for it)
                    .filter(|w| {
                        !self.products.iter().any(|p| {
                            p.to_lowercase()
                                .split([' ', '-'])
                                .any(|x| x.trim_end_matches('s') == w.trim_end_matches('s'))
                        }) && !self
                            .product_aliases
                            .iter()
                            .any(|(_, a)| a.trim_end_matches('s') == w.trim_end_matches('s'))
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
            // ("the golden hard hat" for the Golden Hard Hat Award: its own words, three or
            // more, without the word for a bonus)
            let all: Vec<&str> = name.split_whitespace().collect();
            let own: Vec<&str> = all
                .iter()
                .copied()
                .filter(|w| !super::words::BONUS_NOUNS.contains(w))
                .collect();
            let said = |w: &str| {
                rest.iter()
                    .any(|x| x.trim_end_matches("'s").trim_end_matches('s') == w.trim_end_matches('s'))
            };
            let words = if own.len() >= 3 && own.len() < all.len() && own.iter().all(|w| said(w)) {
                own
            } else {
                all
            };
            if words.len() >= 2 && words.iter().all(|w| said(w)) {
                rest.retain(|x| {
                    !words.contains(&x.trim_end_matches("'s").trim_end_matches('s')) && !words.contains(&x.as_str())
                });
            }
        }
        rest
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
        let ws = &without_new_to_the_job(ws)[..];
        let joined = format!(" {} ", ws.join(" "));
        let bare = |w: &str| w.trim_end_matches('s').replace(['-', ' ', '_'], "");
        // ("recons" for recontracts: the first letters of one type's name)
        let shortened: Vec<&String> = self
            .deal_types
            .iter()
            .filter(|t| {
                let t = bare(&t.to_lowercase());
                ws.iter().enumerate().any(|(i, w)| {
                    let w = w.trim_end_matches('s');
                    // (not a word of a tier's name: "Heavy Pour" is no pouring-rights deal)
                    let of_term = self.terms.iter().any(|(n, _)| n.split_whitespace().any(|x| x == w));
                    // ("would a 2k ext today get me there": three letters after a deal's size)
                    let sized = i > 0
                        && crate::phrases::amount(&ws[i - 1..i]).is_some()
                        && !matches!(
                            w,
                            "per" | "net" | "new" | "for" | "all" | "and" | "the" | "one" | "two" | "pro" | "top"
                        );
                    (w.len() >= 4 || w.len() == 3 && sized)
                        && w.chars().all(char::is_alphabetic)
                        && t.len() >= w.len() + 3
                        && t.starts_with(w)
                        && !of_term
                        // ("list my spoiled deals" where a type is Listing: the parser's own word)
                        && !super::unrecognised::rule_word(w)
                })
            })
            .collect();
        self.deal_types
            .iter()
            .find(|t| {
                let t = t.to_lowercase();
                // ("who on my team has made the most" where a type is "team": the people, unless
                // said before a deal's noun, "team lines")
                let people = matches!(
                    t.as_str(),
                    "team" | "group" | "office" | "region" | "crew" | "squad" | "branch"
                );
                let said_at = |i: usize| {
                    !people
                        || ws.get(i + 1).is_some_and(|n| {
                            super::words::DEALS.contains(&n.as_str()) || matches!(n.as_str(), "type" | "lines" | "line")
                        })
                };
                // ("port-in", "port in", "port-ins")
                ws.iter().enumerate().any(|(i, w)| (*w == t || bare(w) == bare(&t)) && said_at(i))
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
                    // ("swap outs" for "| swap-out |": the hyphen said as a space)
                    .find(|(_, a)| {
                        // (said with a space only in the plural or before a deal's noun, not
                        // "does my extra credit roll over" of "| roll-over |")
                        let spaced = a.replace('-', " ");
                        let spaced_said = spaced != **a
                            && (joined.contains(&format!(" {spaced}s "))
                                || super::words::DEALS
                                    .iter()
                                    .any(|d| joined.contains(&format!(" {spaced} {d} "))));
                        let found = std::iter::once(a.as_str()).any(|a| {
                            // (Spanish plurals each word: "cuentas nuevas" for "cuenta nueva")
                            let each: String = a.split(' ').map(|w| format!("{w}s")).collect::<Vec<_>>().join(" ");
                            // ("repeat orders" for "| repeat order |", the questions' "orders"
                            // read as deals by then)
                            let as_deal = a
                                .rsplit_once(' ')
                                .filter(|(_, last)| {
                                    matches!(
                                        *last,
                                        "order" | "job" | "placement" | "rental" | "contract" | "load" | "buy"
                                    )
                                })
                                .map(|(head, _)| format!("{head} deal"))
                                // ("my job packs" for "| job pack |", its "job" read as a deal)
                                .or_else(|| {
                                    a.split_once(' ')
                                        .filter(|(first, _)| matches!(*first, "job" | "order" | "sale"))
                                        .map(|(_, rest)| format!("deal {rest}"))
                                });
                            // ("my resupplies" for "| resupply |")
                            let ies = a.strip_suffix('y').map(|stem| format!(" {stem}ies "));
                            // ("serwisówki" for "| serwisówka |": a Slavic or Italian plural)
                            let slavic = a.strip_suffix('a').filter(|stem| stem.len() >= 4).is_some_and(|stem| {
                                ["i", "y", "e"]
                                    .iter()
                                    .any(|end| joined.contains(&format!(" {stem}{end} ")))
                            });
                            ies.is_some_and(|p| joined.contains(&p))
                                || slavic
                                || ["", "s", "es", "e", "en", "n"].iter().any(|end| {
                                    joined.contains(&format!(" {a}{end} "))
                                        || as_deal
                                            .as_ref()
                                            .is_some_and(|d| joined.contains(&format!(" {d}{end} ")))
                                })
                                || a.contains(' ') && joined.contains(&format!(" {each} "))
                        });
                        found || spaced_said
                    })
                    .map(|(t, _)| t)
            })
            .or_else(|| {
                // (not a word a measure's name has: "add-on ARR" where the plan pays an
                // Add-On Module Incentive)
                let a_measures = |w: &str| {
                    self.inputs.plan.measures.iter().any(|m| {
                        format!(" {} ", m.name.to_lowercase().replace('-', " "))
                            .contains(&format!(" {} ", w.replace('-', " ")))
                    })
                };
                self.deal_types.iter().find(|t| {
                    SAID_AS.iter().any(|(ty, words)| {
                        t.eq_ignore_ascii_case(ty)
                            && words
                                .iter()
                                .any(|w| joined.contains(&format!(" {w} ")) && !a_measures(w.trim_end_matches('s')))
                    })
                })
            })
            .cloned()
    }
}

/// The words without a "new" that says someone is new ("I'm still fairly new", "he's new
/// here", "the new guy"): no new-customer deal.
fn without_new_to_the_job(ws: &[String]) -> Vec<String> {
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
        "guy", "guys", "girl", "hire", "hires", "starter", "starters", "joiner", "joiners", "here", "rep", "reps",
        "to", "on", "kid", "person", "people", "recruit", "recruits", "member", "members",
        // (Irish and British: "new lad here", "the new lad Eoin")
        "lad", "lads", "fella", "bloke", "boy", "hand",
        // ("still figuring this new plan out", "new manager here": no deal's kind)
        "plan", "plans", "manager", "managers", "role", "scheme", "year", "quarter",
    ];
    ws.iter()
        .enumerate()
        .filter(|(i, w)| {
            // ("Bongani's new and keeps asking me": he is new, with no deal said after it)
            // ("is Kyle lazy or just new?", not "just new logos")
            let of_a_person = i
                .checked_sub(1)
                .is_some_and(|b| ws[b].ends_with("'s") || ws[b] == "just")
                && ws
                    .get(i + 1)
                    .is_none_or(|a| matches!(a.as_str(), "and" | "but" | "so" | "too" | "or" | "-" | "should"));
            w.as_str() != "new"
                // ("im brand new (started aug 21)")
                || !(i.checked_sub(1).is_some_and(|b| {
                    BEFORE.contains(&ws[b].as_str())
                        || ws[b] == "brand" && b.checked_sub(1).is_some_and(|c| BEFORE.contains(&ws[c].as_str()))
                })
                    || of_a_person
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
pub(super) const EVERYDAY_PAIRS: &[&str] = &[
    "at", "in", "on", "my", "me", "no", "so", "to", "it", "is", "or", "am", "an", "as", "be", "by", "do", "go", "he",
    "if", "of", "up", "us", "we", "ok", "hi",
];
