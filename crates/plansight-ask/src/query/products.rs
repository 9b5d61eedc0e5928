//! How a question names the products: by their whole names, a plural, the words only one
//! has, initials, the first or last words of a long name, and the products a brand or a
//! last word leaves open (asked back), found from this workspace and its plan document.

use super::names::EVERYDAY_PAIRS;
use super::vocabulary::contains_words;
use super::vocabulary::Vocabulary;

/// Everyday words of products' names, which name no product alone ("the team", "basic").
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
    // (the trade's noun for a deal: "biggest policy I've bound" beside a Business Owners
    // Policy, "my contracts" beside a Service Contract)
    "policy",
    "contract",
    "agreement",
    "order",
];

/// Whether a product's other name is a word of pay ("| comp | Workers' Compensation |"),
/// which names the product only before a deal's noun ("my comp policies", not "my comp").
pub(super) fn pay_word(alias: &str) -> bool {
    matches!(alias, "comp" | "pay" | "commission" | "bonus")
}

impl Vocabulary<'_> {
    /// The product whose document name of several words ("| PM agreement | the Maintenance
    /// Agreement |") the lower-case text says, singular or plural, with the words as said.
    pub(super) fn product_alias_said(&self, lower: &str) -> Option<(&str, String)> {
        // ("a front loader" for "| front-loaders |": a hyphened name written apart, one of it)
        self.product_aliases
            .iter()
            .filter(|(_, a)| a.contains(' ') || a.contains('-'))
            .flat_map(|(p, a)| {
                let apart = a.replace('-', " ");
                let one = apart.strip_suffix('s').map(str::to_string);
                // ("how many sit stands" for "| sit-stand |")
                let many = format!("{apart}s");
                // ("the big boxes" for "| the big box |")
                let es = apart.ends_with(['s', 'x', 'h']).then(|| (p, format!("{apart}es")));
                [
                    es,
                    Some((p, many)),
                    Some((p, format!("{a}s"))),
                    Some((p, a.clone())),
                    Some((p, apart)),
                    one.map(|o| (p, o)),
                ]
            })
            .flatten()
            .find(|(_, a)| a.contains(' ') && contains_words(lower, a))
            .map(|(p, a)| (p.as_str(), a))
    }

    /// Each product with the words of its name, lowered.
    pub(crate) fn product_words(&self) -> Vec<(String, Vec<String>)> {
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
            // ("how many sun deals" of Sun Starter and Sun Plus: three letters will do)
            // ("if i close a 3L surya today" with a Surya Solar Pump and a Surya Pro Solar
            // Pump: a brand right after a deal's amount)
            let brand = w.len() >= 3
                && w.chars().all(char::is_alphabetic)
                && (ws
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.as_str(), "deals" | "deal" | "sales" | "orders" | "units"))
                    // (not an everyday word, "a 50k annual renewal", nor initials the document
                    // writes in capitals)
                    || i > 0
                        && crate::phrases::amount(&ws[i - 1..i]).is_some()
                        && !EVERYDAY.contains(&w.as_str())
                        && !crate::english::as_written(w)
                        && !self.capitals.contains(w))
                && self.measure(std::slice::from_ref(w)).is_none()
                && !self.measure_word(w);
            // ("how many rooftops did i sell" with a Rooftop 30 and a Rooftop 100: the brand
            // in the plural, deals of it)
            let plural = w.strip_suffix('s').filter(|one| {
                one.len() >= 4
                    && one.chars().all(char::is_alphabetic)
                    && !EVERYDAY.contains(one)
                    && !super::words::DEALS.contains(&w.as_str())
                    && !self.measure_word(one)
            });
            if let Some(one) = plural {
                let begun: Vec<&String> = names
                    .iter()
                    .filter(|(_, n)| n.len() > 1 && n[0] == one)
                    .map(|(p, _)| p)
                    .collect();
                if begun.len() > 1 {
                    found = begun.into_iter().cloned().collect();
                    continue;
                }
            }
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
                // (nor a measure's name: "my direct hire attainment" where the products are
                // Direct Hire RN and Direct Hire Leader and the measure Direct Hire Fee)
                let a_measure = self.measure(said).is_some();
                if begun.len() > 1 && !whole && !finished && !a_measure {
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
        for i in 0..ws.len() {
            let of_deals = ws.get(i + 1).is_some_and(|n| {
                matches!(
                    n.as_str(),
                    "case" | "cases" | "deal" | "deals" | "policy" | "policies" | "sale" | "sales"
                )
            });
            // ("if i book a 20k excavator": a new deal's product, right after its amount)
            // (not initials the document writes in capitals: "a 12k FCL" is read on)
            let sized = i > 0 && crate::phrases::amount(&ws[i - 1..i]).is_some() && !self.capitals.contains(&ws[i]);
            // ("how much have i made on heaters" of a ThermaSun Heater and a BlazeStar Gas
            // Heater: the last word both end in, in the plural)
            if !of_deals && !sized {
                // (not the trade's own noun, which every product ends in ("my loans"), nor a
                // measure's ("service contracts"))
                let plural: Vec<String> = ws[i]
                    .strip_suffix('s')
                    .filter(|one| one.len() >= 4 && !self.measure_word(one) && self.measure(ws).is_none())
                    // (what was made on them: not "how many of my loans", the trade's deals)
                    // ("how many retrofits have i closed" of a Central Plant Retrofit and a VFD
                    // Retrofit: how many of them)
                    .filter(|_| i > 0 && matches!(ws[i - 1].as_str(), "on" | "from" | "off" | "many"))
                    .map(|one| {
                        names
                            .iter()
                            .filter(|(_, n)| n.len() >= 2 && n.last().is_some_and(|l| l == one))
                            .map(|(p, _)| p.clone())
                            .collect()
                    })
                    .unwrap_or_default();
                if plural.len() > 1 && plural.len() < names.len() {
                    return plural;
                }
                continue;
            }
            // ("how many infusion deals" of a Vireo Infusion Pump and an Infusion Disposables
            // Contract: before a word for deals, a word anywhere in two names, no measure's)
            // (a word of the product's own, not "total", "new" or a stage's)
            let anywhere = of_deals
                && ws[i].len() >= 4
                && !matches!(
                    ws[i].as_str(),
                    "total" | "open" | "lost" | "closed" | "won" | "cancelled" | "big" | "biggest" | "direct" | "more"
                )
                && self.deal_type(&ws[i..=i]).is_none()
                && self.measure(&ws[i..=i]).is_none()
                && !self.measure_word(&ws[i]);
            let ended: Vec<String> = names
                .iter()
                .filter(|(_, n)| n.len() >= 2 && (n.last() == Some(&ws[i]) || anywhere && n.contains(&ws[i])))
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
                    // ("my temps" for Temp, "how many utes did i deliver" for Ute: a product said
                    // in the plural)
                    || p_lower.len() >= 3 && contains_words(&lower, &format!("{p_lower}s"))
                    // ("my home batteries" for Home Battery)
                    || p_lower
                        .strip_suffix('y')
                        .is_some_and(|stem| stem.len() >= 4 && contains_words(&lower, &format!("{stem}ies")))
                    || p.len() >= 5 && t.contains(&squash(p))
            })
            .max_by_key(|p| p.len())
            .cloned()
            // ("a 12k heat pump" for "| heat pump | the ThermaSun Heater |": the document's
            // other name of several words, said whole, before a word of another's name, "pump")
            .or_else(|| self.product_alias_said(&lower).map(|(p, _)| p.to_string()))
            .or_else(|| self.product_by_word(&lower))
            .or_else(|| self.product_by_initials(&lower))
            .or_else(|| self.product_shortened(&lower))
            .or_else(|| {
                // ("my SPS orders", "servos": the document's other name for a product)
                let said = crate::phrases::words(&crate::phrases::normalize(&lower));
                // ("my PM agreements": a name of two words, said in full)
                if let Some((p, _)) = self.product_alias_said(&lower) {
                    return Some(p.to_string());
                }
                self.product_aliases
                    .iter()
                    // (and "RTU" for "RTUs": a plural name said of one; "AMS" is no "am")
                    .find(|(_, a)| {
                        // ("26 grand" is money; "a 26k grand" the floor's GTK 500)
                        said.iter().enumerate().any(|(i, w)| {
                            // (not "2 beasts at 25k each": so many of it, in the plural)
                            // ("2 HRMS deals of 25L each": the product, a deal's noun after it)
                            // ("a 1500 vsc": a number no count of things is the deal's amount)
                            let unit_of_a_number = i > 0
                                && said[i - 1].chars().all(|c| c.is_ascii_digit() || c == '.')
                                && said[i - 1].parse::<u32>().is_ok_and(|n| n <= 100)
                                && w == a
                                && !said.get(i + 1).is_some_and(|n| super::words::DEALS.contains(&n.as_str()));
                            !unit_of_a_number
                                // ("pivot SPIFF money" of the Pivot Pioneer SPIFF)
                                && !self.bonus_said(w, &said)
                                // (a word of pay, "| comp | Workers' Compensation |", names the
                                // product only before a deal's noun: "my comp policies", not
                                // "my comp this month")
                                && (!pay_word(a)
                                    || said.get(i + 1).is_some_and(|n| {
                                        matches!(
                                            n.as_str(),
                                            "policy" | "policies" | "deal" | "deals" | "renewal" | "renewals" | "account" | "accounts"
                                        )
                                    }))
                                && (w == a
                                    || w.strip_suffix('s') == Some(a.as_str())
                                    // ("harnesses")
                                    || a.ends_with(['s', 'x', 'h']) && w.strip_suffix("es") == Some(a.as_str())
                                    // ("batteries")
                                    || a.strip_suffix('y').is_some_and(|stem| w.strip_suffix("ies") == Some(stem))
                                    || a.len() >= 4 && a.strip_suffix('s') == Some(w.as_str()))
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
                // (not a small word an account's name has too: "on the team" is no The Clay Co's)
                let of_account = |x: &str| {
                    x.len() >= 3
                        && !matches!(x, "the" | "and" | "for" | "our" | "all" | "any" | "one" | "new")
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
                                // (not the team's people: "my techs" beside a Tech Turnover)
                                && (self.brands.contains(*w)
                                    && said.iter().any(|x| {
                                        let x = x.trim_end_matches(['?', '.', ',']);
                                        crate::fuzzy::same(x, w) && !super::words::THEIR_PEOPLE.contains(&x)
                                    })
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

    /// Whether a word is said as one of a bonus's name, with the word after it in the name
    /// too ("pivot spiff" of the Pivot Pioneer SPIFF).
    fn bonus_said<S: AsRef<str>>(&self, w: &str, said: &[S]) -> bool {
        self.inputs.plan.bonuses.iter().any(|b| {
            let name = b.name.to_lowercase();
            let words: Vec<&str> = name.split_whitespace().collect();
            words.contains(&w)
                && said
                    .windows(2)
                    .any(|p| p[0].as_ref() == w && p[1].as_ref() != w && words.contains(&p[1].as_ref()))
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
            // (not an everyday word the initials spell: "this" of the Topanga Haze IPAs)
            .filter(|p| {
                forms(p)
                    .iter()
                    .any(|f| contains_words(lower, f) && !crate::english::as_written(f))
            })
            .collect();
        (found.len() == 1).then(|| found[0].clone())
    }

    /// A product said by a word of its name no other product has: its model number
    /// ("kg-150s" for the Kestrel KG-150) or its brand, the first word of a longer name
    /// ("a 30k muskeg" for the Muskeg LT-25), not an everyday word of the trade.
    fn product_by_word(&self, lower: &str) -> Option<String> {
        let said: Vec<&str> = lower
            .split(|c: char| c.is_whitespace() || matches!(c, '?' | ',' | '!' | '(' | ')'))
            .map(|w| w.trim_end_matches('.').trim_end_matches("'s"))
            .filter(|w| !w.is_empty())
            .collect();
        // ("a 4.2M pivot" for the Centre-Pivot Irrigation: a long part of a hyphenated word
        // too, after the name's own words)
        let names: Vec<Vec<String>> = self
            .products
            .iter()
            .map(|p| {
                let lower = p.to_lowercase();
                let whole = lower.split_whitespace().map(str::to_string);
                let parts = lower
                    .split_whitespace()
                    .filter(|w| w.contains('-'))
                    .flat_map(|w| w.split('-').map(str::to_string).collect::<Vec<_>>())
                    // (not a bonus's word said with another of its name: "pivot SPIFF" for
                    // the Pivot Pioneer SPIFF)
                    .filter(|x| x.len() >= 5 && !self.bonus_said(x, &said))
                    // (an everyday word, "front" of the Front-Load Washer, only said as a
                    // deal: in the plural or after an amount; not "paid up front")
                    .filter(|x| {
                        !super::unrecognised::common(x)
                            || said.iter().any(|w| *w == format!("{x}s"))
                            || said
                                .windows(2)
                                .any(|p| p[1] == x.as_str() && crate::phrases::amount(&[p[0].to_string()]).is_some())
                    })
                    .collect::<Vec<_>>();
                whole.chain(parts).collect()
            })
            .collect();
        let unique = |w: &str| names.iter().filter(|n| n.iter().any(|x| x == w)).count() == 1;
        // (not the team's people: "my techs" beside a Tech Turnover)
        let hit = |w: &str| {
            said.iter()
                .any(|x| *x == w || x.strip_suffix('s') == Some(w) && !super::words::THEIR_PEOPLE.contains(x))
        };
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
                        // (nor the document's name for a tier or a mark: "from armed" is
                        // the Armed tier, though Armed Response Monitoring opens with it)
                        && !self.terms.iter().any(|(t, _)| t == w)
                        && unique(w)
                        && hit(w)
                });
            // ("how much o&m did i sign" for the O&M Agreement: initials joined by an
            // ampersand, the name's first word)
            let initials = n.len() >= 2
                && n[0].len() >= 3
                && n[0].contains('&')
                && n[0].chars().all(|c| c.is_alphabetic() || c == '&')
                && unique(&n[0])
                && hit(&n[0]);
            // ("Total VRF sold" for the VRF System: a first word of three letters the
            // document writes in capitals)
            let acronym = n.len() >= 2
                && n[0].len() == 3
                && n[0].chars().all(|c| c.is_ascii_alphabetic())
                && self.capitals.contains(n[0].as_str())
                && unique(&n[0])
                && hit(&n[0]);
            (model || brand || initials || acronym).then(|| p.clone())
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
                    // ("canopies" for the Extraction Canopy)
                    let plural = |x: &str| {
                        x == format!("{}s", part[k - 1])
                            || part[k - 1]
                                .strip_suffix('y')
                                .is_some_and(|stem| x == format!("{stem}ies"))
                    };
                    w[..k - 1] == part[..k - 1]
                        && plural(&w[k - 1])
                        && part[k - 1].len() >= 3
                        && part[k - 1].chars().all(char::is_alphabetic)
                        // ("across both teams" is no Wheel Team's)
                        && (k > 1 || !EVERYDAY.contains(&part[0].as_str()))
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
            // ("how many surya pros have i won" for the Surya Pro Solar Pump: the second plural)
            let first_two = words.len() >= 3
                && said
                    .windows(2)
                    .any(|w| w == &words[..2] || w[0] == words[0] && w[1] == format!("{}s", words[1]));
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
            let cut = said.iter().enumerate().any(|(k, w)| {
                let w = w.strip_suffix('s').unwrap_or(w);
                // ("a twelve k ozone" for the OzoneClean System: an everyday word too, right
                // after an amount, when it is the first part of a name written in two capitals)
                let camel_head = p
                    .split_whitespace()
                    .next()
                    .and_then(|f| f.chars().nth(w.chars().count()))
                    .is_some_and(char::is_uppercase);
                let after_amount = camel_head && k > 0 && crate::phrases::amount(&said[k - 1..k]).is_some();
                w.len() >= 4
                    && first.len() >= w.len() + 2
                    && first.starts_with(w)
                    && w.chars().all(char::is_alphabetic)
                    && (!super::unrecognised::common(w) || after_amount)
                    && !self.measure_word(w)
                    // (the plan's own name for a part of it: "the Deich" is no Deichwacht)
                    && !self.terms.iter().any(|(n, _)| n.split_whitespace().any(|x| x == w))
            });
            // ("a 32k lease pv" for Solar PV: its initials, the document writes in capitals)
            let initials = lower_name.split_whitespace().skip(1).any(|x| {
                // (not an everyday word: "IT" of Managed IT is no "it")
                self.capitals.contains(x)
                    && !EVERYDAY_PAIRS.contains(&x)
                    // ("q2 vs q1" is no Desert Flow VS Pump)
                    && !matches!(x, "its" | "all" | "any" | "was" | "are" | "can" | "per" | "vs")
                    && said.iter().any(|w| w == x || *w == format!("{x}s"))
            });
            if (cut || initials) && !found.contains(&p) {
                found.push(p);
            }
        }
        (found.len() == 1).then(|| found[0].clone())
    }
}
