//! The trade's words read plainly: its own nouns for a deal ("my cancelled jobs"), what a
//! phone's autocorrect makes of the plan's words, another language's words, and money
//! "won" that is pay.

use super::Vocabulary;

/// What a phone's autocorrect makes of the plan's words (not "quotes": open deals are
/// quotes as often).
pub(super) const AUTOCORRECT: &[(&str, &str)] = &[
    ("quote", "quota"),
    ("tear", "tier"),
    ("tears", "tiers"),
    ("commotion", "commission"),
    ("commotions", "commissions"),
    // ("cap eq attachment rn?": a phone's word for attainment)
    ("attachment", "attainment"),
];

/// The plan's everyday nouns, read by their exact spelling in many rules: a typo of one
/// ("qouta", "comision") is read as the word, where the typo is no English word itself.
const MISSPELT: &[&str] = &[
    "quota",
    "quotas",
    "bonus",
    "bonuses",
    "payout",
    "payouts",
    "commission",
    "attainment",
    "threshold",
    "accelerator",
    "clawback",
    "clawbacks",
    "earnings",
    "pipeline",
    "quarter",
    // ("whats my bigest deal")
    "biggest",
    "largest",
    "smallest",
];

/// The plan's nouns cut short, typed in a hurry ("whats my arc qta", "how far from the thr").
const SHORTHAND: &[(&str, &str)] = &[
    ("qta", "quota"),
    ("qtas", "quotas"),
    ("thr", "threshold"),
    ("thresh", "threshold"),
];

/// The plan's noun a word is a typo of (see [`MISSPELT`]), or cut short to.
pub(in crate::query) fn misspelt(w: &str) -> Option<String> {
    if let Some((_, noun)) = SHORTHAND.iter().find(|(short, _)| *short == w) {
        return Some(noun.to_string());
    }
    if MISSPELT.contains(&w) || w.len() < 5 || !w.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    // (a typo keeps the word's first letter: "decelerator" is no "accelerator")
    MISSPELT
        .iter()
        .find(|m| m.as_bytes()[0] == w.as_bytes()[0] && crate::fuzzy::same(w, m))
        .filter(|_| !crate::english::as_written(w))
        .map(|m| m.to_string())
}

/// A trade's own nouns for a deal, and the plain word.
pub(super) const TRADE: &[(&str, &str)] = &[
    ("job", "deal"),
    ("jobs", "deals"),
    ("placement", "deal"),
    ("placements", "deals"),
    // (an insertion order, a freight load)
    ("buy", "deal"),
    ("buys", "deals"),
    ("io", "deal"),
    ("ios", "deals"),
    ("load", "deal"),
    ("loads", "deals"),
    ("policies", "deals"),
    ("orders", "deals"),
    // (an equipment rental, a staffing or service contract)
    ("rental", "deal"),
    ("rentals", "deals"),
    ("contract", "deal"),
    ("contracts", "deals"),
];

impl Vocabulary<'_> {
    fn slips(&self) -> &[(&'static str, &'static str)] {
        self.slips.get_or_init(|| {
            AUTOCORRECT
                .iter()
                .filter(|(slip, _)| !self.in_document(slip))
                .copied()
                .collect()
        })
    }

    /// The words with another language's read as English (`foreign::english`), the
    /// workspace's names kept.
    pub fn in_english(&self, ws: &[String]) -> Vec<String> {
        let home = crate::query::foreign::of_currency(&self.inputs.plan.currency);
        // ("and PO in hand?" where the glossary says "| PO in hand |": the document's own
        // initials, no Tagalog "po")
        let initials = |w: &str| {
            self.capitals.contains(w)
                && self
                    .idea_words
                    .iter()
                    .any(|(n, _)| n.split_whitespace().any(|x| x == w))
        };
        // ("chapaa day - how much is coming my way?" where the payday is "| chapaa day |": the
        // document's own word, though Sheng's for money)
        // (only where the phrase is said: "pon" of "| pon di table |" is Patois's "on" in
        // "how much mi a go get pon Settle Day")
        // (folded as the idea words are: "día de pago"; the words where the phrase is said,
        // not "de" elsewhere: "el dia de raya de julio" is July's)
        let folded: Vec<String> = ws.iter().map(|w| crate::phrases::fold(w)).collect();
        let mut glossed = vec![false; ws.len()];
        for (n, _) in self.idea_words.iter().filter(|(n, _)| n.contains(' ')) {
            let parts: Vec<&str> = n.split_whitespace().collect();
            if parts.len() < 2 {
                continue;
            }
            for i in 0..folded.len().saturating_sub(parts.len() - 1) {
                if parts.iter().enumerate().all(|(k, p)| folded[i + k] == *p) {
                    glossed[i..i + parts.len()].iter_mut().for_each(|g| *g = true);
                }
            }
        }
        // (an article of a plan's name, "El Tope", "La Garita", is no name alone: "el trimestre
        // pasado" is the last quarter; the name is also read without it)
        let article = |w: &str| matches!(w, "la" | "el" | "los" | "las" | "de" | "del");
        let english = crate::query::foreign::english(
            ws,
            &|i, w| !article(w) && self.plan_word(w) || self.person_or_account_word(w) || initials(w) || glossed[i],
            home,
        );
        self.mil_in_thousands(mila_in_thousands(english))
    }

    /// "18 mil and not 3 mil", "12 mil dolares" of deals a few thousand each: Spanish and
    /// Portuguese "mil", a thousand, where a million would be far beyond any deal in the
    /// workspace (fifty times its largest); English's "2 mil", two million, elsewhere, and
    /// of what is no deal ("if my quota goes up to 2 mil", "the team did 5 mil this year").
    fn mil_in_thousands(&self, mut ws: Vec<String>) -> Vec<String> {
        let no_deal = |w: &String| {
            matches!(
                w.as_str(),
                "quota" | "quotas" | "target" | "cap" | "total" | "team" | "company" | "year" | "ytd" | "pipeline"
            )
        };
        if !ws.iter().any(|w| w == "mil") || ws.iter().any(no_deal) {
            return ws;
        }
        let Some(largest) = self.inputs.lines.iter().map(|l| l.amount.0).max() else {
            return ws;
        };
        let mut i = 1;
        while i < ws.len() {
            let n = ws[i - 1].parse::<i64>().ok().filter(|n| (1..100).contains(n));
            match n {
                Some(n) if ws[i] == "mil" && n * 1_000_000 * 100 > 50 * largest => {
                    ws[i - 1] = format!("{n}k");
                    ws.remove(i);
                }
                _ => i += 1,
            }
        }
        ws
    }

    /// Whether the word at `i` is the document's own noun for a deal, not said as a word of a
    /// bonus's name.
    fn document_deal_noun(&self, ws: &[String], i: usize) -> bool {
        let one = ws[i].strip_suffix('s').unwrap_or(&ws[i]);
        // ("when do shippers award lanes": the verb; "did I win the award" where a bonus's
        // name ends in the noun: the bonus)
        let bonus_ends = || {
            self.inputs
                .plan
                .bonuses
                .iter()
                .any(|b| b.name.to_lowercase().ends_with(&format!(" {one}")))
        };
        let the_bonus = i > 0 && matches!(ws[i - 1].as_str(), "the" | "this" | "that") && bonus_ends();
        // ("the road king award": a word of a bonus's name, after the word before it there)
        let in_a_bonus_name = i > 0
            && self
                .inputs
                .plan
                .bonuses
                .iter()
                .any(|b| b.name.to_lowercase().contains(&format!("{} {one}", ws[i - 1])));
        let noun = self.glossed().deal_nouns.iter().any(|n| n == one);
        noun && !the_bonus && !in_a_bonus_name && !crate::query::words::said_as_verb(ws, i)
    }

    /// Whether the trade's noun for a deal at `i` stands alone, though a measure's name has
    /// it ("my allied therapy placements" are deals; "the placement incentive", "specialty
    /// placement" are the Specialty Placement Incentive).
    fn deal_noun_alone(&self, ws: &[String], i: usize) -> bool {
        let one = ws[i].trim_end_matches('s');
        let of_name = |name: &str| name.split_whitespace().any(|x| x.trim_end_matches('s') == one);
        let measure_names: Vec<Vec<String>> = self
            .inputs
            .plan
            .measures
            .iter()
            .map(|m| m.name.to_lowercase().split_whitespace().map(str::to_string).collect())
            .collect();
        // (only a measure's word; a tier's or a cap's, "Premier Placement", "the ad load
        // limit", stays the name)
        let measure_word = measure_names
            .iter()
            .any(|name| name.iter().any(|x| x.trim_end_matches('s') == one));
        let other_name = self.terms.iter().any(|(n, _)| of_name(n))
            || self.inputs.plan.bonuses.iter().any(|b| of_name(&b.name.to_lowercase()));
        measure_word
            && !other_name
            && !measure_names.iter().any(|name| {
                name.iter().enumerate().any(|(k, n)| {
                    n.trim_end_matches('s') == one
                        && (k > 0 && i > 0 && ws[i - 1] == name[k - 1]
                            // ("rental rev", "rental comm" for Rental Revenue Commission: a later
                            // word of the name, begun)
                            || ws.get(i + 1).is_some_and(|w| {
                                name[k + 1..]
                                    .iter()
                                    .any(|next| w == next || w.len() >= 3 && next.starts_with(w.as_str()))
                                    // ("my contract credit", "the contract side" of the
                                    // Contract Value Commission: the measure's own figure)
                                    || k == 0 && crate::query::names::OF_A_MEASURE.contains(&w.as_str())
                            }))
                })
            })
            && !self.products.iter().any(|p| {
                p.to_lowercase()
                    .split_whitespace()
                    .any(|x| x.trim_end_matches('s') == one)
            })
    }

    /// The words with a trade's own noun for a deal read as "deal" ("my cancelled jobs",
    /// "perm placements"), unless a name in the plan or the deals has that word and the
    /// question says it as the name's (a "Placement Bonus", a "Job Site Kit"); its verb for
    /// selling ("how much more do I need to bill") as "sell" (not the bill the plan runs
    /// up); and everyday spellings read plainly ("why'd" is "why", "how many quid" is "how
    /// much").
    pub fn trade_words(&self, ws: &[String]) -> Vec<String> {
        self.trade_words_beside(ws, None)
    }

    /// The plan's word a phone's autocorrect wrote as another real word, at `i` ("my
    /// commotion", "the next tear", "my pro quote"), when the document never uses that word
    /// itself; "quote" only where a quota is had ("my quote", "annual quote"), since a
    /// quote is also a deal.
    fn autocorrected(&self, ws: &[String], i: usize) -> Option<String> {
        // (the document is read for its words only when a slip is written)
        if !AUTOCORRECT.iter().any(|(slip, _)| *slip == ws[i]) {
            return None;
        }
        let (_, meant) = self.slips().iter().find(|(slip, _)| *slip == ws[i])?;
        let before = i.checked_sub(1).map(|j| ws[j].as_str()).unwrap_or("");
        let had = matches!(
            before,
            "my" | "his" | "her" | "their" | "our" | "your" | "annual" | "quarterly" | "monthly"
        ) || self.measure(&[before.to_string()]).is_some()
            // ("my pro quote" of the Pro Series Incentive; not "new quote" of New Business)
            || !crate::query::names::GENERIC.contains(&before)
                && self.inputs.plan.measures.iter().any(|m| m.name.to_lowercase().split_whitespace().next() == Some(before));
        (ws[i] != "quote" || had).then(|| meant.to_string())
    }

    /// The trade's words read plainly in a part of the question (its words without a
    /// measure's name): "won" is money earned only if it is so in the whole question ("how
    /// much system sales have i won" is the measure's deals won, though "how much have i
    /// won" is pay).
    pub fn trade_words_beside(&self, ws: &[String], whole: Option<&[String]>) -> Vec<String> {
        let named = |w: &str| self.plan_word(w);
        let person_or_account = |w: &str| self.person_or_account_word(w);
        let ws = &self.newcomer_words(ws);
        let ws = &self.terms_as_verbs(ws);
        let ws = &self.in_english(ws);
        // ("who won the most heavy pieces" where "| heavy piece |" is the GTK 500 and the
        // pieces are the tiers: a word of a product's or a type's other name said whole)
        let in_alias: Vec<&str> = self
            .product_aliases
            .iter()
            .chain(&self.type_aliases)
            .map(|(_, a)| a.split_whitespace().collect::<Vec<_>>())
            .filter(|parts| parts.len() > 1)
            .flat_map(|parts| {
                (0..ws.len())
                    .filter(|&i| super::said_at(ws, i, &parts))
                    .flat_map(|i| ws[i..i + parts.len()].iter().map(String::as_str))
                    .collect::<Vec<_>>()
            })
            .collect();
        let ws = &crate::query::synonyms::plain(ws, &self.idea_words, &|w| {
            named(w) || person_or_account(w) || in_alias.contains(&w)
        });
        // ("whats my GCI sitting at" where "**GCI (credit).**": the seller's credit on the
        // measure the word names; "a 30k gci sale" is still a deal's amount, "my gci target"
        // the measure's quota)
        let of_a_deal = |i: usize| i > 0 && crate::phrases::amount(&ws[i - 1..i]).is_some();
        let credit_said = |i: usize| self.glossed().credit_words.contains(&ws[i]) && !of_a_deal(i);
        // (said as the seller's own, "my gci", "total gci", "top on gci"; not "a deal with no
        // gross", nor "gci wise")
        // ("my gci target": the measure's, by its name)
        let before_its_name = |i: usize| {
            ws.get(i + 1)
                .is_some_and(|n| named(n) || matches!(n.as_str(), "target" | "quota" | "goal"))
        };
        let credit_word = |i: usize| {
            credit_said(i)
                && i > 0
                && (matches!(ws[i - 1].as_str(), "my" | "his" | "her" | "their" | "our" | "your" | "total")
                    // ("my jangbi maechul": after a measure's other name, its credit)
                    || self.measure_aliases.iter().any(|(_, a)| *a == ws[i - 1])
                    // ("who's top on gci"; not "what did I earn on GCI", its pay)
                    || matches!(ws[i - 1].as_str(), "on" | "in")
                        && !ws.iter().any(|x| {
                            matches!(x.as_str(), "earn" | "earned" | "make" | "made" | "paid" | "pay" | "commission")
                        }))
                && !before_its_name(i)
                && ws.get(i + 1).is_none_or(|n| n != "wise")
                // (not "the total gci on those": the deals just listed, their amount)
                && !(ws.get(i + 1).is_some_and(|n| matches!(n.as_str(), "on" | "of" | "in"))
                    && ws.get(i + 2).is_some_and(|n| matches!(n.as_str(), "those" | "them" | "these" | "that")))
        };
        // ("total fees from repeat clients" where "| fee | … the deal amount |": the deals'
        // amount, unless said in a name with its next word, "the Perm Fee Commission")
        let amount_word = |i: usize| {
            let w = ws[i].trim_end_matches('s');
            self.glossed().amount_words.iter().any(|a| a == w || a == &ws[i])
                && !ws.get(i + 1).is_some_and(|n| named(n) && named(w))
                // ("what's my fee target for jul-sep": the measure's quota, by its word)
                && !ws.get(i + 1).is_some_and(|n| matches!(n.as_str(), "target" | "targets" | "quota" | "goal"))
        };
        let ws: &Vec<String> = &ws
            .iter()
            .enumerate()
            .flat_map(|(i, w)| {
                if credit_word(i) {
                    vec![w.clone(), "credit".to_string()]
                } else if amount_word(i)
                    && i > 0
                    && self.measure(&ws[i - 1..i]).is_some()
                    && ws
                        .iter()
                        .any(|x| matches!(x.as_str(), "rank" | "ranks" | "ranked" | "ranking" | "top" | "bottom"))
                {
                    // ("where does anjali rank on core premium": a measure's amount is its
                    // credit)
                    vec!["credit".to_string()]
                } else if amount_word(i) && !credit_word(i) && !(credit_said(i) && before_its_name(i)) {
                    vec!["amount".to_string()]
                } else {
                    vec![self
                        .autocorrected(ws, i)
                        .or_else(|| misspelt(w).filter(|_| !named(w) && !person_or_account(w)))
                        .unwrap_or_else(|| w.clone())]
                }
            })
            .collect();
        let money_won =
            won_as_earned(ws) && !whole.is_some_and(|w| w.iter().any(|x| matches!(x.as_str(), "win" | "won" | "wins")));
        // ("chasing the hottechi people": the customer's staff, no team of sellers)
        // (an account's own word after "the", not an everyday one many accounts end with:
        // "my construction guys" are sellers)
        let customers_people = |i: usize| {
            matches!(ws[i].as_str(), "people" | "guys" | "folks" | "lot")
                && i > 1
                && ws[i - 2] == "the"
                && !crate::query::unrecognised::common(&ws[i - 1])
                && self
                    .accounts
                    .iter()
                    .any(|a| a.to_lowercase().split_whitespace().last() == Some(ws[i - 1].as_str()))
        };
        let ws: &Vec<String> = &ws
            .iter()
            .enumerate()
            .filter(|(i, _)| !customers_people(*i))
            .map(|(_, w)| w.clone())
            .collect();
        let ws: Vec<String> = ws
            .iter()
            .enumerate()
            .map(|(i, w)| match TRADE.iter().find(|(t, _)| t == w) {
                _ if money_won && matches!(w.as_str(), "win" | "won" | "wins") => {
                    if w == "win" { "earn" } else { "earned" }.to_string()
                }
                // ("biggest award i landed" where "**Award.** An opportunity …": the
                // document's deal; not "the road king award", a bonus by its name)
                _ if self.document_deal_noun(ws, i) => if w.ends_with('s') { "deals" } else { "deal" }.to_string(),
                // ("should I buy", "to load": the verb, not the trade's noun)
                Some(_)
                    if i > 0
                        && matches!(
                            ws[i - 1].as_str(),
                            "i" | "to" | "we" | "you" | "should" | "can" | "could" | "would" | "will"
                        ) =>
                {
                    w.clone()
                }
                // ("how many rentals did i sign" where a rental is a deal type, "my travel
                // contracts" where products are contracts: the type's or the products' word)
                Some(_) if self.type_or_product_word(w) => w.clone(),
                // ("how many loads did i move" where "| load count | … not measured |": the
                // thing the plan does not count, no deal)
                Some(_) if self.unmeasured().iter().any(|u| u.as_str() == w.trim_end_matches('s')) => w.clone(),
                Some((_, deal)) if !named(w) || self.product_head_alone(ws, i) || self.deal_noun_alone(ws, i) => {
                    deal.to_string()
                }
                _ if matches!(w.as_str(), "why'd" | "whyd") => "why".into(),
                // ("y was my july check only 750", typed fast)
                _ if w == "y"
                    && i == 0
                    && ws.get(1).is_some_and(|n| {
                        matches!(n.as_str(), "was" | "is" | "did" | "does" | "do" | "are" | "were" | "am")
                    }) =>
                {
                    "why".into()
                }
                // ("how many deals did my team loose in december": lose, typed as it sounds)
                _ if w == "loose"
                    && i > 0
                    && matches!(
                        ws[i - 1].as_str(),
                        "did"
                            | "do"
                            | "does"
                            | "will"
                            | "would"
                            | "to"
                            | "i"
                            | "we"
                            | "they"
                            | "team"
                            | "gonna"
                            | "might"
                    ) =>
                {
                    "lose".into()
                }
                // ("tmrw", "tmr": tomorrow; "tmrws ticket day", "tomorrow's payday": the day's)
                _ if matches!(
                    w.as_str(),
                    "tmrw" | "tmr" | "tmw" | "2moro" | "2morrow" | "tmrws" | "tmrw's" | "tomorrow's" | "tomorrows"
                ) =>
                {
                    "tomorrow".into()
                }
                // ("how is my pace lookin": a dropped "g")
                _ if w.len() >= 5
                    && w.ends_with("in")
                    && !named(w)
                    && !person_or_account(w)
                    && crate::query::unrecognised::common(&format!("{w}g")) =>
                {
                    format!("{w}g")
                }
                // (Indian English: a deal "preponed" moved earlier)
                _ if matches!(w.as_str(), "preponed" | "prepone" | "preponing") => "moved".into(),
                // (English after Spanish: "my worst trimester" is a quarter; "the 3 sellers
                // with less attainment", the least)
                _ if matches!(w.as_str(), "trimester" | "trimestre") => "quarter".into(),
                _ if matches!(w.as_str(), "trimesters" | "trimestres") => "quarters".into(),
                _ if w == "less" && i > 0 && ws[i - 1] == "with" => "least".into(),
                // (a report's shorthand, last: "kary's bootstrap bal")
                _ if w == "bal" && i > 0 && i + 1 == ws.len() => "balance".into(),
                // ("am i at plan this qtr": the quota, as a plan's number)
                _ if w == "plan"
                    && i > 1
                    && matches!(ws[i - 1].as_str(), "at" | "above" | "below" | "over" | "under")
                    && matches!(
                        ws[i - 2].as_str(),
                        "i" | "i'm" | "im" | "am" | "are" | "is" | "we" | "he" | "she" | "they" | "was" | "were"
                    ) =>
                {
                    "quota".into()
                }
                _ if w == "bill" && i > 0 && matches!(ws[i - 1].as_str(), "to" | "i" | "we" | "you") => "sell".into(),
                // "how many quid am I off": money, not a count
                _ if w == "many"
                    && i > 0
                    && ws[i - 1] == "how"
                    && ws.get(i + 1).is_some_and(|n| {
                        matches!(
                            n.as_str(),
                            "quid" | "dollars" | "bucks" | "pounds" | "euros" | "grand" | "$"
                        )
                    }) =>
                {
                    "much".into()
                }
                _ => w.clone(),
            })
            .collect();
        self.draw_named_as_cost(ws)
    }

    /// The words with the draw's name read as "draw" where the name has a word of cost in it
    /// ("how much do i still owe back on the feed bill" for the Feed Bill: a draw, no bill
    /// the plan runs up).
    fn draw_named_as_cost(&self, ws: Vec<String>) -> Vec<String> {
        let costly = self.terms.iter().any(|(n, t)| {
            *t == crate::query::terms::Term::Draw
                && n.contains(' ')
                && n.split_whitespace().any(|w| crate::query::words::COST.contains(&w))
        });
        if costly {
            self.draw_said_plainly(&ws)
        } else {
            ws
        }
    }
}

/// "How much I have won until now?", "how much did Daniela win this year?": money won, with
/// no deal or revenue said, is pay ("ganar" is to earn); "how much revenue have I won" and
/// "how many deals did I win" keep the deals.
fn won_as_earned(ws: &[String]) -> bool {
    let how_much = ws.windows(3).any(|w| {
        w[0] == "how"
            && w[1] == "much"
            && matches!(
                w[2].as_str(),
                "i" | "did" | "do" | "does" | "have" | "has" | "had" | "would" | "will" | "he" | "she" | "we" | "they"
            )
    });
    // (a deal of a what-if is not the deals won: "how much I will win if I close a deal")
    let what_if = ws.iter().any(|w| w == "if");
    let deals_said = ws.iter().any(|w| {
        matches!(
            w.as_str(),
            "revenue"
                | "business"
                | "sales"
                | "bookings"
                | "worth"
                | "value"
                | "volume"
                | "credit"
                | "arr"
                | "acv"
                | "mrr"
                | "gp"
                | "margin"
                | "pipeline"
                | "quota"
        ) || !what_if && matches!(w.as_str(), "deal" | "deals" | "order" | "orders")
    });
    // ("if all of it is won": deals won, said in the passive)
    let passive = ws.windows(2).any(|w| {
        matches!(
            w[0].as_str(),
            "is" | "are" | "was" | "were" | "be" | "been" | "get" | "gets" | "got"
        ) && w[1] == "won"
    });
    how_much && !deals_said && !passive && ws.iter().any(|w| matches!(w.as_str(), "win" | "won" | "wins"))
}

/// Italian's "mila" after a number of thousands is thousands, whatever the deals' sizes
/// ("20 mila": 20k); not Hindi's "got" after a whole amount ("sirf 45000 mila?").
fn mila_in_thousands(mut ws: Vec<String>) -> Vec<String> {
    let mut i = 1;
    while i < ws.len() {
        let whole = ws[i - 1].split('.').next().unwrap_or("");
        let number =
            ws[i - 1].chars().all(|c| c.is_ascii_digit() || c == '.') && whole.parse::<u32>().is_ok_and(|n| n < 1000);
        if ws[i] == "mila" && number {
            ws[i - 1] = format!("{}k", ws[i - 1]);
            ws.remove(i);
        } else {
            i += 1;
        }
    }
    ws
}
