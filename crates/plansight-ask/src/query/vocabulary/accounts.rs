//! The accounts and deals a question names, by their names in this workspace's deals.

use super::{contains_words, Vocabulary};
use crate::fuzzy::same;
use crate::phrases::fold;
use crate::query::people::{name_or_id, raw_name};
use std::collections::BTreeSet;

impl Vocabulary<'_> {
    /// An account the question names: its full name, or its first word of four letters or
    /// more (typos allowed).
    pub fn account(&self, text: &str, ws: &[String]) -> Option<String> {
        match self.accounts_said(text, ws).as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// The accounts the question may name: its full name, else every account whose first
    /// word of four letters or more it says ("the mendoza deal": Mendoza Residence and T.
    /// Mendoza Residence).
    pub fn accounts_said(&self, text: &str, ws: &[String]) -> Vec<String> {
        // (asked of the same words several times while a question is read)
        let key = (text.to_string(), ws.to_vec());
        if let Some(found) = self.accounts_seen.borrow().get(&key) {
            return found.clone();
        }
        let found = self.accounts_read(text, ws);
        self.accounts_seen.borrow_mut().insert(key, found.clone());
        found
    }

    fn accounts_read(&self, text: &str, ws: &[String]) -> Vec<String> {
        let lower = text.to_lowercase();
        if let Some(a) = self
            .accounts
            .iter()
            .filter(|a| contains_words(&lower, &a.to_lowercase()))
            .max_by_key(|a| a.len())
        {
            return vec![a.clone()];
        }
        // ("what has top rail fence earned me" of Top Rail Fence Co: the name said whole but
        // for its company's word)
        if let Some(a) = self
            .accounts
            .iter()
            .filter(|a| {
                let name = a.to_lowercase();
                let bare = without_company_word(&name);
                // (not a territory of the same words: "how's the north shore team doing"
                // beside North Shore Co)
                // (looked up last: this runs for every account)
                let territory = || {
                    self.inputs
                        .roster
                        .iter()
                        .flatten()
                        .filter_map(|s| s.territory.as_deref())
                        .any(|t| t.eq_ignore_ascii_case(bare))
                };
                bare.len() < name.len() && bare.contains(' ') && contains_words(&lower, bare) && !territory()
            })
            .max_by_key(|a| a.len())
        {
            return vec![a.clone()];
        }
        // (the first word of its own: "perpetua" of St. Perpetua's Hospital)
        let key = |a: &str, own_word: bool| {
            if own_word {
                return self.own_account_words().get(a).cloned();
            }
            let words: Vec<String> = a
                .split_whitespace()
                .map(|w| {
                    w.to_lowercase()
                        .trim_end_matches("'s")
                        .trim_end_matches('.')
                        .to_string()
                })
                .collect();
            // (after a fort's title, a name of its own: not "worth" of Fort Worth Stockyard
            // Outfitters)
            let titled = |k: usize| words[..k].iter().any(|w| matches!(w.as_str(), "ft" | "fort"));
            words
                .iter()
                .enumerate()
                // (nor an initial: "mendoza" of T. Mendoza Residence; nor a street number:
                // "yarran" of 17 Yarran St, Manly)
                .find(|(_, w)| {
                    w.len() > 1
                        && !w.chars().any(|c| c.is_ascii_digit())
                        // (nor a vessel's prefix: "aquaholic" of M/V Aquaholic)
                        && !w.contains('/')
                        && !matches!(w.as_str(), "st" | "saint" | "the" | "mt" | "mount" | "ft" | "fort")
                })
                .filter(|(k, w)| !titled(*k) || !crate::english::as_written(w))
                .map(|(_, w)| w.clone())
                .filter(|k| k.len() >= 4)
        };
        // ("the Bow Valley job": a short first word with the next, where several accounts
        // begin so, asked back which one, below; "the red fork deal" of Red Fork Operating,
        // where one does)
        let begins = |a: &str| {
            let mut parts = a.split_whitespace().map(str::to_lowercase);
            Some([parts.next()?, parts.next()?])
        };
        // (the account's first two words, said)
        let two_words = |a: &str| {
            let [first, second] = begins(a)?;
            let said = ws.windows(2).any(|p| p[0] == first && p[1] == second);
            // ("the big skillet job" of Big Skillet Diners: "big" before a word no deal's is)
            let big_name = first == "big" && !crate::query::words::DEALS.contains(&second.as_str());
            let shape = first.len() == 3
                && first.chars().all(char::is_alphabetic)
                && (!matches!(
                    first.as_str(),
                    "the" | "new" | "big" | "top" | "all" | "one" | "our" | "old"
                ) || big_name)
                && second.len() >= 4;
            (shape && said).then_some([first, second])
        };
        // Typos only in long names: "dunder" must not be read in "under".
        let near = |w: &str, k: &str| w == k || k.len() >= 8 && same(w, k);
        // ("did i get the golden ladle": a word of a bonus's name said in full, its words
        // together, is the bonus's, not Golden Mile Banqueting Suite's)
        let of_a_bonus: Vec<String> = self
            .inputs
            .plan
            .bonuses
            .iter()
            .flat_map(|b| {
                let name = b.name.to_lowercase();
                let mut words: Vec<String> = name.split_whitespace().map(str::to_string).collect();
                // ("did i get the blue flame last qtr": the Blue Flame Bonus without its noun)
                if words.len() >= 3
                    && words
                        .last()
                        .is_some_and(|w| crate::query::words::BONUS_NOUNS.contains(&w.as_str()))
                {
                    words.pop();
                }
                let together = words.len() >= 2
                    && ws.windows(words.len()).any(|w| {
                        w.iter()
                            .zip(&words)
                            .all(|(a, b)| a.trim_end_matches("'s").trim_end_matches('s') == b.trim_end_matches('s'))
                    });
                if together {
                    words
                } else {
                    Vec::new()
                }
            })
            .collect();
        // (a word of the plan's own names is that name, not an account's misspelt: "the
        // roofline" is no "Brookline")
        // ("if we put billy penns hat at 100%" where the cap is Billy Penn's Hat: its word
        // typed without the apostrophe)
        let plan_word = |w: &str| {
            self.terms.iter().any(|(n, _)| {
                n.split_whitespace()
                    .any(|x| x == w || x.replace(['\'', '\u{2019}'], "") == w)
            }) || of_a_bonus.iter().any(|x| x == w)
        };
        // (a territory said is no account: "the brisbane & gold coast team")
        let territory_said: Vec<String> = self
            .inputs
            .roster
            .iter()
            .flatten()
            .filter_map(|s| s.territory.as_deref())
            .map(str::to_lowercase)
            .filter(|t| contains_words(&lower, t))
            .collect();
        // (nor is a deal type's word: "port ins" are port-in deals)
        let type_said = self.deal_type(ws).map(|t| t.to_lowercase().replace('-', " "));
        let first_names: BTreeSet<String> = self
            .inputs
            .roster
            .iter()
            .flatten()
            .filter_map(|s| name_or_id(s).split_whitespace().next().map(fold))
            // (and a nickname the roster quotes: "bubba" is Robert "Bubba" Thibodeaux, not
            // Bubba Gump Office Park)
            .chain(
                self.inputs
                    .roster
                    .iter()
                    .flatten()
                    .filter_map(|s| crate::query::people::quoted_nickname(raw_name(s)).map(fold)),
            )
            .collect();
        // (nor the plan's money: "the total rand value" is no Rand Aggregates)
        let money_word = CURRENCY_NAMES
            .iter()
            .find(|(code, _)| self.inputs.plan.currency.eq_ignore_ascii_case(code))
            .map(|(_, names)| *names)
            .unwrap_or(&[]);
        let territory_word = |w: &str| {
            // (nor a seller's first name: "grace" is Grace Kim, not Grace Fellowship)
            money_word.contains(&w)
                || first_names.contains(w)
                || territory_said.iter().any(|t| t.split_whitespace().any(|x| x == w))
                || type_said.as_ref().is_some_and(|t| t.split_whitespace().any(|x| x == w))
        };
        // (an everyday word that begins many accounts' names is their kind, no one's:
        // "Restaurant Nam-Zim" is called "nam-zim", when no account's first word is said)
        let said_by = |own_word: bool| -> Vec<&String> {
            self.accounts
                .iter()
                .filter(|a| {
                    // (not a territory's or the plan's words: "the red river territory")
                    !own_word
                        && two_words(a).is_some_and(|[f, s]| {
                            !territory_word(&f) && !territory_word(&s) && !plan_word(&f) && !plan_word(&s)
                        })
                        || key(a, own_word).is_some_and(|k| {
                            ws.iter().enumerate().any(|(i, w)| {
                                let w = w.trim_end_matches("'s");
                                // (an everyday word said as a verb: "if I land a 40k pod" is no Land
                                // Records Agency; "sold to Summit" is Summit Health)
                                let verb = || {
                                    crate::query::words::said_as_verb(ws, i) && crate::query::unrecognised::common(w)
                                };
                                // (a tier's name is the tier: "the umbrella" is no Umbrella Corporation)
                                // ("sudsys" for Sudsy's Laundromat, "st lukes" for St. Luke's
                                // Hospital: the possessive without its apostrophe)
                                // (the cheap test first: this runs for every account and word)
                                let possessive = w.strip_suffix('s') == Some(k.as_str())
                                    && a.to_lowercase()
                                        .split_whitespace()
                                        .any(|x| x.trim_end_matches('.') == format!("{k}'s"));
                                // ("why my may payout so little ah" beside Little India Spice
                                // Traders: an everyday word after "so", no name)
                                let degree = i > 0
                                    && matches!(ws[i - 1].as_str(), "so" | "too" | "very" | "how")
                                    && crate::query::unrecognised::common(w);
                                // ("how much have we paid out across gauteng" beside Gauteng
                                // Schools Trust: a place the pay is spread across, alone)
                                let across = i > 0
                                    && matches!(ws[i - 1].as_str(), "across" | "throughout")
                                    && a.split_whitespace().nth(1).is_none_or(|second| {
                                        ws.get(i + 1).is_none_or(|n| !n.eq_ignore_ascii_case(second))
                                    });
                                // ("how much fee credit did I book" beside Credit River Fire
                                // District, "bottom three on my team" beside Three Lakes: a word
                                // the question asks with is the account's only with the name's
                                // next word)
                                // (tested last: it runs only where a word matched the account)
                                let asking_word = || {
                                    ASKING_WORDS.contains(&w)
                                        && a.to_lowercase()
                                            .split_whitespace()
                                            .nth(1)
                                            .is_none_or(|second| ws.get(i + 1).is_none_or(|n| n != second))
                                };
                                (w == k || near(w, &k) || possessive)
                                    && !plan_word(w)
                                    && !territory_word(w)
                                    && !verb()
                                    && !degree
                                    && !across
                                    && !asking_word()
                            }) && !self.products.iter().any(|p| p.to_lowercase().starts_with(&k))
                        })
                })
                .collect()
        };
        let mut found = said_by(false);
        if found.is_empty() {
            found = said_by(true);
        }
        if found.is_empty() {
            found = self.by_its_last_word(ws, &|w| plan_word(w) || territory_word(w));
        }
        // ("the Cherry Hills chiller" beside Cherry Creek Steakhouse: the first two words
        // said together pick one)
        if found.len() > 1 {
            let two: Vec<&String> = found
                .iter()
                .copied()
                .filter(|a| begins(a).is_some_and(|[f, s]| ws.windows(2).any(|p| p[0] == f && p[1] == s)))
                .collect();
            if let [one] = two[..] {
                return vec![one.clone()];
            }
        }
        found.into_iter().cloned().collect()
    }

    /// The account called by the place its name ends in, before the deal's product ("what
    /// did the galway tower pay me" of University Hospital Galway, "the QE Birmingham tower"):
    /// a word no other account's name has, none the rules read, nor one of `taken`.
    fn by_its_last_word<'s>(&'s self, ws: &[String], taken: &dyn Fn(&str) -> bool) -> Vec<&'s String> {
        // (a product's word after it, not any deal's noun: "how many medical orders" is no
        // Apex Medical's)
        let deal_word = |w: &str| {
            self.products
                .iter()
                .any(|p| p.to_lowercase().split_whitespace().any(|x| x == w))
                || self.product_aliases.iter().any(|(_, a)| a == w)
        };
        // (said as one deal's: "the galway tower", "the may galway tower", "the QE Birmingham
        // tower")
        let the_deals = |i: usize| {
            let before = ws[i - 1].as_str();
            before == "the"
                || crate::phrases::month_number(before).is_some()
                || i > 1 && ws[i - 2] == "the" && before.len() <= 3
        };
        let last = |a: &String| a.split_whitespace().last().map(|w| w.to_lowercase());
        let found: Vec<&String> = self
            .accounts
            .iter()
            .filter(|a| a.split_whitespace().count() >= 2)
            .filter(|a| {
                let Some(k) = last(a) else { return false };
                // (the cheap test first: this runs for every account on every question that
                // named none)
                ws.contains(&k)
                    && k.len() >= 5
                    && k.chars().all(char::is_alphabetic)
                    && !crate::query::unrecognised::rule_word(&k)
                    && !taken(&k)
                    && !deal_word(&k)
                    && self
                        .accounts
                        .iter()
                        .filter(|b| b.to_lowercase().split_whitespace().any(|x| x == k))
                        .count()
                        == 1
                    && (1..ws.len().saturating_sub(1))
                        .any(|i| ws[i] == k && the_deals(i) && deal_word(ws[i + 1].trim_end_matches('s')))
            })
            .collect();
        if found.len() == 1 {
            found
        } else {
            Vec::new()
        }
    }

    /// The accounts called by their own word after an everyday word that begins three or
    /// more accounts' names ("Restaurant Nam-Zim" is called "nam-zim"): account, its word.
    fn own_account_words(&self) -> &std::collections::HashMap<String, String> {
        self.own_account_words.get_or_init(|| {
            let mut firsts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
            for a in &self.accounts {
                if let Some(f) = a.split_whitespace().next() {
                    *firsts.entry(f.to_lowercase()).or_default() += 1;
                }
            }
            self.accounts
                .iter()
                .filter_map(|a| {
                    let words: Vec<String> = a.split_whitespace().map(str::to_lowercase).collect();
                    let (first, next) = (words.first()?, words.get(1)?);
                    (firsts.get(first).is_some_and(|n| *n >= 3)
                        && crate::query::unrecognised::common(first)
                        && next.len() >= 4
                        && !crate::query::unrecognised::common(next))
                    .then(|| (a.clone(), next.clone()))
                })
                .collect()
        })
    }

    /// A seller's deals at an account.
    pub fn deals_at<'s>(
        &'s self,
        seller: &'s str,
        account: &'s str,
    ) -> impl Iterator<Item = &'s plansight_plan::CreditLine> + 's {
        self.inputs
            .lines
            .iter()
            .filter(move |l| l.seller == seller && l.account.as_deref() == Some(account))
    }

    /// Whether the seller has deals at the account.
    pub fn sells_at(&self, seller: &str, account: &str) -> bool {
        self.deals_at(seller, account).next().is_some()
    }

    /// A deal the question names by its id.
    pub fn deal(&self, ws: &[String]) -> Option<String> {
        let raw: Vec<String> = ws
            .iter()
            .map(|w| {
                w.trim_end_matches("'s")
                    .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            })
            .map(str::to_string)
            // ("why did pol 59563 pay me nothing" of POL-59563: the id's hyphen said as a space)
            .chain(
                ws.windows(2)
                    .filter(|p| p[0].chars().all(char::is_alphabetic) && p[1].chars().all(|c| c.is_ascii_digit()))
                    .map(|p| format!("{}-{}", p[0], p[1])),
            )
            .collect();
        self.inputs
            .lines
            .iter()
            .find(|l| l.id.len() >= 4 && raw.iter().any(|w| w.eq_ignore_ascii_case(&l.id)))
            .map(|l| l.id.clone())
    }
}

/// The names a plan's currency is said by, which name no account.
const CURRENCY_NAMES: &[(&str, &[&str])] = &[
    ("ZAR", &["rand", "rands"]),
    ("INR", &["rupee", "rupees"]),
    ("USD", &["dollar", "dollars"]),
    ("EUR", &["euro", "euros"]),
    ("GBP", &["pound", "pounds"]),
    ("NGN", &["naira"]),
    ("PHP", &["peso", "pesos", "piso"]),
    ("BRL", &["real", "reais"]),
];

/// Words a question asks with (a figure, a count, a rank), which begin some accounts' names
/// too ("Credit River Fire District", "Three Lakes Library District", "Top Notch Roofing").
const ASKING_WORDS: &[&str] = &[
    "credit",
    "quota",
    "target",
    "commission",
    "bonus",
    "rate",
    "tier",
    "pipeline",
    "payout",
    "earnings",
    "pace",
    "draw",
    "rank",
    "total",
    "cost",
    "three",
    "four",
    "five",
    "seven",
    "eight",
    "nine",
    "first",
    "second",
    "third",
    "best",
    "top",
    "bottom",
    "most",
    "last",
    "next",
    // ("clawed back", "charged back" beside Back Bay Neuroscience Institute)
    "back",
];

/// An account's name without the company's word that ends it ("top rail fence" of Top Rail
/// Fence Co).
fn without_company_word(name: &str) -> &str {
    // (the longer first: "pty ltd" before "ltd")
    const COMPANY_WORDS: &[&str] = &[
        "pty ltd", "co", "co.", "inc", "inc.", "llc", "ltd", "ltd.", "corp", "corp.", "company", "limited", "plc",
    ];
    COMPANY_WORDS
        .iter()
        .find_map(|w| {
            name.strip_suffix(w)
                .and_then(|n| n.strip_suffix(' '))
                .map(|n| n.trim_end_matches(','))
        })
        .unwrap_or(name)
}
