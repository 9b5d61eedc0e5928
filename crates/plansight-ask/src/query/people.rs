//! The people a question names: sellers by their names as people say them (accents
//! folded, first letters, nicknames, initials), managers and their teams, and a territory
//! said for a team.

use super::calling::{calls, calls_by, hyphen_initials, says, shortens, slipped_full_name, NICKNAMES};
use super::vocabulary::{contains_words, Vocabulary};
use crate::fuzzy::distance;
use crate::phrases::fold;
use std::collections::BTreeSet;

impl Vocabulary<'_> {
    /// A seller the question names by full name, id, or a first or last name no one else
    /// has.
    pub fn seller(&self, text: &str) -> Option<String> {
        let roster = self.inputs.roster.as_deref().unwrap_or(&[]);
        // A manager's name is not a seller's ("Mateo Tanaka's team" is not Fatima Tanaka).
        let mut lower = self.folded(text).replace('\u{2019}', "'");
        for m in &self.managers {
            lower = lower.replace(&fold(m), " ");
        }
        let ws: Vec<String> = crate::phrases::words(&crate::phrases::normalize(&lower));
        let ws = &ws[..];
        let ids: Vec<(String, Option<String>)> = if roster.is_empty() {
            let set: BTreeSet<&str> = self.inputs.lines.iter().map(|l| l.seller.as_str()).collect();
            set.into_iter().map(|s| (s.to_string(), None)).collect()
        } else {
            roster.iter().map(|s| (s.id.clone(), s.name.clone())).collect()
        };
        let name_of = |(id, name): &(String, Option<String>)| fold(&plain_name(name.as_deref().unwrap_or(id)));
        if let Some(s) = ids.iter().find(|s| contains_words(&lower, &name_of(s))) {
            return Some(s.0.clone());
        }
        if let Some(s) = ids.iter().find(|s| ws.iter().any(|w| *w == fold(&s.0))) {
            return Some(s.0.clone());
        }
        // ("còn Mỹ Linh?" of Hồ Mỹ Linh beside Nguyễn Thị Linh: a Vietnamese name's last two
        // words)
        let middle_and_given: Vec<&(String, Option<String>)> = ids
            .iter()
            .filter(|s| {
                let name = name_of(s);
                let parts: Vec<&str> = name.split_whitespace().collect();
                super::calling::vietnamese(&name) && contains_words(&lower, &parts[parts.len() - 2..].join(" "))
            })
            .collect();
        if let [s] = middle_and_given.as_slice() {
            return Some(s.0.clone());
        }
        // ("how much did bong make": the nickname the roster quotes, one seller's)
        let quoted: Vec<&(String, Option<String>)> = ids
            .iter()
            .filter(|(_, name)| {
                name.as_deref()
                    .and_then(quoted_nickname)
                    .is_some_and(|n| ws.iter().any(|w| w.trim_end_matches("'s") == fold(n)))
            })
            .collect();
        if let [s] = quoted.as_slice() {
            return Some(s.0.clone());
        }
        // ("garrets open pipeline": a possessive typed without its apostrophe, before what
        // is the person's)
        let bare_possessive = |i: usize, w: &str| {
            w.len() >= 5
                && !w.ends_with("ss")
                && ws.get(i + 1).is_some_and(|n| {
                    n.chars().all(char::is_alphabetic)
                        && !matches!(
                            n.as_str(),
                            "is" | "are"
                                | "was"
                                | "were"
                                | "do"
                                | "did"
                                | "does"
                                | "have"
                                | "has"
                                | "had"
                                | "the"
                                | "a"
                                | "an"
                                | "and"
                                | "or"
                                | "to"
                                | "of"
                                | "in"
                                | "on"
                                | "for"
                                | "with"
                                | "at"
                                | "by"
                                | "from"
                                | "that"
                                | "this"
                                | "i"
                                | "we"
                                | "you"
                                | "me"
                        )
                })
        };
        let said: Vec<(usize, &str)> = ws
            .iter()
            .enumerate()
            .filter(|(_, w)| w.len() >= 3)
            .flat_map(|(i, w)| {
                let w = w.trim_end_matches("'s");
                let possessive = w.strip_suffix('s').filter(|_| bare_possessive(i, w));
                std::iter::once((i, w)).chain(possessive.map(|p| (i, p)))
            })
            .collect();
        // (the plan's own names of two words or more, folded once: "tạm ứng" is the draw)
        let term_words: Vec<Vec<String>> = self
            .terms
            .iter()
            .map(|(t, _)| fold(t).split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .filter(|t| t.len() >= 2)
            .collect();
        for (i, w) in said {
            for part in [0usize, 1] {
                let mut named: Vec<_> = ids
                    .iter()
                    .filter(|s| {
                        let name = name_of(s);
                        !super::calling::vietnamese(&name) && name.split_whitespace().nth(part).is_some_and(|p| p == w)
                            // ("Tâm hit max gross already": Võ Thanh Tâm by his given name, last)
                            // (not the plan's own name said whole: "tạm ứng" is the draw, no Tâm)
                            // (a given name that is an everyday word, "Long", "Nam", only as
                            // a name is written, capitalised: not "how long until payday")
                            || part == 0
                                && super::calling::given_name(&name) == w
                                && (!crate::english::as_written(w) && !VIETNAMESE_WORDS.contains(&w) || capitalised(text, w))
                                && !term_words.iter().any(|t| {
                                    t.windows(2).any(|p| p[0] == w && ws.get(i + 1) == Some(&p[1]))
                                        || t.windows(2).any(|p| p[1] == w && i > 0 && ws[i - 1] == p[0])
                                })
                    })
                    .collect();
                // "Maria K", "Tom L's": a shared first name and the surname's first letters.
                if part == 0 && named.len() > 1 {
                    if let Some(initial) = ws
                        .get(i + 1)
                        .map(|n| n.trim_end_matches("'s").trim_end_matches('.'))
                        .filter(|n| (1..=3).contains(&n.len()) && n.chars().all(char::is_alphabetic))
                    {
                        named.retain(|s| {
                            name_of(s)
                                .split_whitespace()
                                .nth(1)
                                .is_some_and(|p| p.starts_with(initial))
                        });
                    }
                }
                // (a word of a manager's name is theirs; "ana" within "Dana" is not)
                if named.len() == 1 && !self.managers.iter().any(|m| fold(m).split_whitespace().any(|p| p == w)) {
                    return Some(named[0].0.clone());
                }
            }
        }
        // ("kerry hendrixon" of Kary Hendrixson: both names a slip off, as dictation writes them)
        let slipped: Vec<_> = ids
            .iter()
            .filter(|s| {
                ws.windows(2)
                    .any(|p| slipped_full_name(&p[0], p[1].trim_end_matches("'s"), &name_of(s)))
            })
            .collect();
        if let [s] = slipped[..] {
            return Some(s.0.clone());
        }
        // ("hw much did parcel make", "how close is violent": autocorrect's real word a
        // letter off a first name, where a person is said)
        let slot = |i: usize| {
            i.checked_sub(1).is_some_and(|j| {
                matches!(
                    ws[j].as_str(),
                    "did" | "does" | "is" | "was" | "has" | "for" | "about" | "whats" | "what's" | "hows" | "how's"
                )
            }) || ws.get(i + 1).is_some_and(|n| {
                matches!(
                    n.as_str(),
                    "make" | "made" | "earn" | "earned" | "get" | "got" | "sell" | "sold"
                )
            })
        };
        // (a seller's own first name is never another's typed a letter off: "melvin earn how
        // much" with Melvin Tan and Melvin Chua is asked back, no Kelvin Ng)
        let firsts: BTreeSet<String> = ids
            .iter()
            .filter_map(|s| name_of(s).split_whitespace().next().map(str::to_string))
            .collect();
        let autocorrected: Vec<_> = ids
            .iter()
            .filter(|s| {
                let name = name_of(s);
                let first = name.split_whitespace().next().unwrap_or_default().to_string();
                ws.iter().enumerate().any(|(i, w)| {
                    first.len() >= 5
                        && w.len() >= 5
                        && *w != first
                        && !firsts.contains(w)
                        && slot(i)
                        && super::unrecognised::common(w)
                        // (a month is no name: "my total for march" with a Marco)
                        && crate::phrases::month_number(w).is_none()
                        && distance(w, &first, 1) <= 1
                })
            })
            .collect();
        if let [s] = autocorrected[..] {
            return Some(s.0.clone());
        }
        self.shortened_first_name(ws, &ids.iter().map(|s| (s.0.clone(), name_of(s))).collect::<Vec<_>>())
    }

    /// "jon's attainment", "what did Jo make": the first letters of one seller's first
    /// name (and of no manager's), said where a person is (before "'s" or a verb of
    /// selling and pay, after "did"/"for"/"about").
    fn shortened_first_name(&self, ws: &[String], ids: &[(String, String)]) -> Option<String> {
        for (i, said) in ws.iter().enumerate() {
            let w = said.trim_end_matches("'s");
            let known = NICKNAMES.iter().find(|(n, _)| *n == w).map(|(_, full)| *full);
            // ("J-P's pace": a hyphenated first name's initials)
            let initials = w.len() == 3
                && w.chars().nth(1) == Some('-')
                && w.chars().filter(|c| *c != '-').all(char::is_alphabetic);
            if !(2..=6).contains(&w.len()) && known.is_none()
                || !w.chars().all(char::is_alphabetic) && !initials
                || NOT_NAMES.contains(&w) && !only_a_person(ws, i)
                // ("clawed back from me for PO cancels": the document's initials, no one's name)
                || self.capitals.contains(w) && known.is_none()
            {
                continue;
            }
            let at_person = said.ends_with("'s")
                || ws.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.as_str(),
                        "make"
                            | "made"
                            | "earn"
                            | "earned"
                            | "get"
                            | "got"
                            | "hit"
                            | "close"
                            | "closed"
                            | "sell"
                            | "sold"
                            | "doing"
                            | "getting"
                            | "going"
                            | "tracking"
                            | "looking"
                            | "stand"
                            | "stands"
                            | "at"
                            | "lose"
                            | "gain"
                            // ("what Kasia loses?")
                            | "loses"
                            | "gains"
                            | "earns"
                            | "makes"
                            | "gets"
                            // ("if lachie lands a 12k rooftop": a deal won, said of the person)
                            | "closes"
                            | "sells"
                            | "wins"
                            | "won"
                            | "lands"
                            | "landed"
                            | "signs"
                            | "signed"
                            | "books"
                            | "booked"
                            // (Portuguese: "quanto a duda ganhou", "o rafa teve")
                            | "ganhou"
                            | "fez"
                            | "vendeu"
                            | "teve"
                            | "fechou"
                            // ("how much funmi will lose", Pidgin's "funmi go lose")
                            | "will"
                            | "would"
                    )
                        || n == "go"
                            && ws
                                .get(i + 2)
                                .is_some_and(|v| matches!(v.as_str(), "lose" | "gain" | "get" | "make" | "earn"))
                })
                || i > 0
                    && matches!(
                        ws[i - 1].as_str(),
                        "did" | "does" | "for" | "about" | "has" | "is" | "was" | "would" | "will" | "could" | "hows" | "how's"
                        // (German order: "where ranks Franzi")
                        | "ranks"
                        // (Portuguese "da Fer": Fer's)
                        | "da"
                        // (Spanish order, the person after the verb: "cuanto ganaria marifer",
                        // "cuanto hizo kevin")
                        | "earn"
                        | "earned"
                        | "made"
                    )
                // (Tagalog's words before a name: "kinita ni Jun", "kay Tin")
                || i > 0 && crate::phrases::after_a_person_word(Some(ws[i - 1].as_str()))
                // ("where seun rank for risk assets credit": where someone stands)
                || i > 0
                    && matches!(ws[i - 1].as_str(), "where" | "wheres" | "where's")
                    && ws
                        .get(i + 1)
                        // ("wheres sav on the pours rn": where she stands on them)
                        .is_some_and(|n| {
                            matches!(n.as_str(), "rank" | "ranks" | "stand" | "stands" | "sit" | "sits" | "on" | "with")
                        })
                // "and jo?": a follow-up about someone else
                || i == 1 && ws.len() == 2 && ws[0] == "and"
                // ("bisi tpv attainment july", "seun pace?", "why emeka may pay so big": a
                // word no one writes but as a name, where a question starts)
                || w.len() >= 4
                    && !super::unrecognised::common(w)
                    && (i == 0 || matches!(ws[i - 1].as_str(), "why" | "whats" | "what's" | "approve"))
                // ("show me Piotrek wypowiedzenia": a diminutive no English word is, anywhere)
                || known.is_some() && w.len() >= 5 && !crate::english::as_written(w);
            // ("Beto": Roberto Carlos, by his first given name, before Luis Alberto by his
            // second)
            let by_first: Vec<&(String, String)> = ids.iter().filter(|(_, n)| calls_by(w, n, false)).collect();
            let of = |n: &str| calls(w, n);
            let named: Vec<&(String, String)> = if by_first.is_empty() {
                ids.iter().filter(|(_, n)| of(n)).collect()
            } else {
                by_first
            };
            // "josh h's attainment": the last name's initial tells two Joshuas apart.
            let initial = ws.get(i + 1).map(|n| n.trim_end_matches("'s")).filter(|n| n.len() == 1);
            if let Some(c) = initial.filter(|_| named.len() > 1) {
                let by_initial: Vec<&&(String, String)> = named
                    .iter()
                    .filter(|(_, n)| n.split_whitespace().nth(1).is_some_and(|l| l.starts_with(c)))
                    .collect();
                if by_initial.len() == 1 {
                    return Some(by_initial[0].0.clone());
                }
            }
            if at_person && named.len() == 1 && !self.managers.iter().any(|m| of(&fold(m))) {
                return Some(named[0].0.clone());
            }
        }
        None
    }

    /// When a first name in the words is both a seller's and a manager's (and no full name
    /// is given): the two readings, the seller and the manager's team.
    pub fn ambiguous_name(&self, ws: &[String]) -> Option<Vec<super::Who>> {
        let roster = self.inputs.roster.as_deref()?;
        // (folded once: the folding respells whole words, so the words stay the words)
        let ws: Vec<String> = self.folded(&ws.join(" ")).split(' ').map(str::to_string).collect();
        for w in ws.iter().map(|w| w.trim_end_matches("'s")).filter(|w| w.len() >= 3) {
            let first = |n: &str| n.split_whitespace().next().is_some_and(|f| fold(f) == w);
            // ("josh" with a Joshua Harris and a Joshua Tupou: the first letters of both;
            // "J-F" with two Jean-François: the initials of both)
            let shortened = |n: &str| {
                let f = fold(n.split_whitespace().next().unwrap_or(""));
                (w.chars().all(char::is_alphabetic)
                    && !NOT_NAMES.contains(&w)
                    && !self.managers.iter().any(|m| fold(m).starts_with(w))
                    && shortens(w, &f))
                    || hyphen_initials(w, &f)
            };
            let sellers: Vec<&plansight_plan::Seller> = roster.iter().filter(|s| first(&name_or_id(s))).collect();
            let sellers = if sellers.is_empty() {
                roster.iter().filter(|s| shortened(&name_or_id(s))).collect()
            } else {
                sellers
            };
            let managers: Vec<&String> = self.managers.iter().filter(|m| first(m)).collect();
            let full = |n: &str| {
                let parts: Vec<String> = fold(n).split_whitespace().map(str::to_string).collect();
                !parts.is_empty()
                    && ws.windows(parts.len()).any(|x| {
                        x.iter()
                            .map(|y| y.trim_end_matches("'s"))
                            .eq(parts.iter().map(String::as_str))
                    })
            };
            if sellers.len() == 1
                && managers.len() == 1
                && !full(sellers[0].name.as_deref().unwrap_or(""))
                && !full(managers[0])
            {
                return Some(vec![
                    super::Who::Seller(sellers[0].id.clone()),
                    super::Who::TeamOf(managers[0].clone()),
                ]);
            }
            // ("what did sam make in october" with a Sam Kowalczyk and a Samantha Ruiz: either,
            // neither said in full)
            // (a short name only, the other's longer by a syllable: not "stefan" with a
            // Stefanie)
            let nickname = |n: &str| {
                let f = fold(n.split_whitespace().next().unwrap_or(""));
                w.len() <= 5 && f.len() >= w.len() + 3
            };
            if let ([one], true) = (sellers.as_slice(), managers.is_empty()) {
                let also: Vec<&plansight_plan::Seller> = roster
                    .iter()
                    .filter(|s| s.id != one.id && shortened(&name_or_id(s)) && nickname(&name_or_id(s)))
                    .collect();
                if let [other] = also.as_slice() {
                    if !full(&name_or_id(one)) && !full(&name_or_id(other)) {
                        return Some(vec![
                            super::Who::Seller(one.id.clone()),
                            super::Who::Seller(other.id.clone()),
                        ]);
                    }
                }
            }
            // "what did Maria make": two sellers of that first name, neither said in full.
            if sellers.len() > 1
                && managers.is_empty()
                && !sellers.iter().any(|s| full(&name_or_id(s)))
                && self.seller(&ws.join(" ")).is_none()
            {
                return Some(
                    sellers
                        .iter()
                        .take(3)
                        .map(|s| super::Who::Seller(s.id.clone()))
                        .collect(),
                );
            }
        }
        None
    }

    /// The question with a name's possessive written without its apostrophe, as dictated
    /// and hurried questions write it ("cals q3 pay", "whats ollies pace", "siobhans desk"),
    /// given it back: a word of no one's name whose stem calls a seller or a manager, before
    /// what a person has (a period, a figure, a desk).
    pub(super) fn with_possessives(&self, question: &str) -> String {
        const HELD: &[&str] = &[
            "pace",
            "pay",
            "payout",
            "desk",
            "team",
            "region",
            "market",
            "quota",
            "number",
            "attainment",
            "commission",
            "comp",
            "earnings",
            "deals",
            "draw",
            "bonus",
            "bonuses",
            "clawback",
            "clawbacks",
            "spiff",
            "spiffs",
            "balance",
            "rank",
            "rate",
            "tier",
            "check",
            "salary",
            "pipeline",
            "ytd",
            "total",
            "credit",
            "year",
            "quarter",
            "month",
            "last",
            "best",
            "worst",
            "biggest",
            "numbers",
        ];
        let people: Vec<String> = self
            .inputs
            .roster
            .iter()
            .flatten()
            .map(|s| fold(&name_or_id(s)))
            .chain(self.managers.iter().map(|m| fold(m)))
            .collect();
        // ("packies july payout", "JPs pace": the roster's quoted nicknames, however short)
        let nicknames: Vec<String> = self
            .inputs
            .roster
            .iter()
            .flatten()
            .filter_map(|s| quoted_nickname(raw_name(s)).map(fold))
            .collect();
        let names_one = |w: &str| {
            nicknames.iter().any(|n| n == w)
                || people
                    .iter()
                    .any(|p| p.split_whitespace().any(|x| x == w) || says(w, p))
        };
        let tokens: Vec<&str> = question.split_whitespace().collect();
        let bare: Vec<String> = tokens
            .iter()
            .map(|t| fold(t.trim_matches(|c: char| !c.is_alphanumeric())))
            .collect();
        // ("Hyunwoo distance to …" of Jung Hyun-woo: a given name typed without its hyphen)
        // (each with its spelling without the hyphen, made once)
        let hyphened: Vec<(&str, String)> = people
            .iter()
            .flat_map(|p| p.split_whitespace())
            .filter(|x| x.contains('-'))
            .map(|x| (x, x.replace('-', "")))
            .collect();
        let mut out: Vec<String> = Vec::with_capacity(tokens.len());
        for (i, t) in tokens.iter().enumerate() {
            let stem = bare[i].trim_end_matches("'s");
            if let Some((h, _)) = hyphened.iter().find(|(_, joined)| stem.len() >= 5 && joined == stem) {
                // (the word's marks kept: "Minjun?")
                let marks = &t[t.trim_end_matches(|c: char| !c.is_alphanumeric()).len()..];
                out.push(format!("{h}{}{marks}", &bare[i][stem.len()..]));
                continue;
            }
            let next = bare.get(i + 1).map(String::as_str).unwrap_or("");
            // (or a word no one writes but as a name's: "megans implant attainment", "shaunas
            // bounced pos"; or before the plan's own word: "kits drip balance")
            let held = HELD.contains(&next)
                || crate::phrases::month_number(next).is_some()
                || next.len() == 2 && next.starts_with('q') && next.ends_with(|c: char| c.is_ascii_digit())
                || !super::unrecognised::common(&bare[i])
                || self.measure_word(next)
                || !self.terms_in(&[next.to_string()]).is_empty()
                || self.idea_words.iter().any(|(w, _)| w.split(' ').next() == Some(next));
            match bare[i].strip_suffix('s') {
                Some(stem)
                    if held
                        && (stem.len() >= 3 || nicknames.iter().any(|n| n == stem))
                        && bare[i].chars().all(char::is_alphabetic)
                        && !names_one(&bare[i])
                        // ("this quarter" is no Thiago's)
                        && !matches!(bare[i].as_str(), "this" | "his" | "its" | "has" | "was" | "is" | "us" | "yes" | "less" | "plus" | "thus")
                        && names_one(stem) =>
                {
                    out.push(format!("{stem}'s"))
                }
                _ => out.push(t.to_string()),
            }
        }
        out.join(" ")
    }

    /// The text folded as names are compared (`phrases::fold`), a roster name's German
    /// spelling without umlauts read as the name ("joerg" is "jorg", as "Jörg" folds).
    fn folded(&self, text: &str) -> String {
        let mut t = fold(text);
        let roster = self.inputs.roster.iter().flatten().map(raw_name);
        for word in roster
            .chain(self.managers.iter().map(String::as_str))
            .flat_map(str::split_whitespace)
        {
            let (spelt, plain) = (crate::phrases::fold_umlauts(word), fold(word));
            if spelt != plain && t.contains(&spelt) {
                t = t.replace(&spelt, &plain);
            }
        }
        t
    }

    /// The territory the question names in full, for a team ("the catering & weddings team
    /// cost"): its words are the team's, no measure's, type's or product's.
    pub fn territory_said(&self, text: &str) -> Option<String> {
        let lower = self.without_accounts(&text.to_lowercase());
        let roster = self.inputs.roster.as_deref().unwrap_or(&[]);
        let territories: BTreeSet<String> = roster
            .iter()
            .filter_map(|s| s.territory.as_deref())
            .map(str::to_lowercase)
            .collect();
        let whole = territories
            .iter()
            .find(|t| !COMMON_PLACES.contains(&t.as_str()) && contains_words(&lower, t) && said_as_team(&lower, t));
        // ("the gables desk" of Coral Gables: one word of the place, said as a team's, that no
        // other territory has)
        let by_a_word = || {
            let mut found = territories.iter().filter(|t| {
                t.split_whitespace().count() > 1
                    && t.split_whitespace()
                        .any(|w| place_word(w) && contains_words(&lower, w) && said_as_team(&lower, w))
            });
            found.next().filter(|_| found.next().is_none())
        };
        whole.or_else(by_a_word).cloned()
    }

    /// The managers whose teams share a territory the question names as a team's ("what's
    /// central costing us" where two managers' teams sit in Central): whose is asked back.
    pub fn shared_territory(&self, text: &str) -> Option<Vec<String>> {
        let lower = self.without_accounts(&text.to_lowercase());
        let roster = self.inputs.roster.as_deref().unwrap_or(&[]);
        let territories: BTreeSet<&str> = roster.iter().filter_map(|s| s.territory.as_deref()).collect();
        territories.into_iter().find_map(|t| {
            let t_lower = t.to_lowercase();
            let said = contains_words(&lower, &t_lower)
                && (said_as_team(&lower, &t_lower) || !COMMON_PLACES.contains(&t_lower.as_str()));
            if !said {
                return None;
            }
            let managers: BTreeSet<String> = roster
                .iter()
                .filter(|s| s.territory.as_deref() == Some(t))
                .filter_map(|s| s.manager.clone())
                .collect();
            (managers.len() >= 2).then(|| managers.into_iter().collect())
        })
    }

    /// The text without the names of accounts of two words or more it says: "the Halifax
    /// Harbour Pilots deal" names no Halifax team.
    fn without_accounts(&self, lower: &str) -> String {
        let mut out = lower.to_string();
        for a in &self.accounts {
            let a = a.to_lowercase();
            if a.contains(' ') && contains_words(&out, &a) {
                out = out.replace(&a, " ");
            }
        }
        out
    }

    /// A manager named by their first name alone before their people ("which of Gareth's
    /// brokers"), when no other manager shares it.
    pub(super) fn manager_by_first_name(&self, ws: &[String]) -> Option<String> {
        const PEOPLE: &[&str] = &[
            "team",
            "team's",
            "brokers",
            "reps",
            "people",
            "sellers",
            "agents",
            "aes",
            "guys",
            "crew",
            "region",
            "desk",
            "group",
            "territory",
            "lot",
            // ("and Rocco's mob?": an Australian manager's)
            "mob",
            "engineers",
            "ams",
            // ("and Cara's area?": a British area manager's)
            "area",
            "officers",
            // ("and carolyn's bunch?": a Texan principal's)
            "bunch",
            "outfit",
            "producers",
        ];
        let named = |first: &str| -> Vec<&String> {
            self.managers
                .iter()
                .filter(|m| {
                    // ("ciaran's lot" for Ciarán Moynihan: accents as they fall)
                    m.split_whitespace()
                        .next()
                        .is_some_and(|f| fold(&f.to_lowercase()) == fold(first))
                })
                .collect()
        };
        // ("total payout for rosas guys": the possessive without its apostrophe, where it is
        // no name of its own)
        let possessive = |w: &str| {
            w.strip_suffix("'s").map(str::to_string).or_else(|| {
                w.strip_suffix('s')
                    .filter(|f| f.len() >= 3 && named(w).is_empty())
                    .map(str::to_string)
            })
        };
        let before_people = ws.windows(2).find_map(|w| {
            let first = possessive(&w[0])?;
            let named = named(&first);
            (PEOPLE.contains(&w[1].as_str()) && named.len() == 1).then(|| named[0].clone())
        });
        // ("and rosa?", "and rosas?" after a team's figure: the manager's first name alone in
        // a follow-up, where no seller has it)
        let alone = || {
            let rest: Vec<&String> = ws
                .iter()
                .filter(|w| !matches!(w.as_str(), "and" | "what" | "about" | "how" | "for" | "?" | "."))
                .collect();
            let [only] = rest[..] else {
                return None;
            };
            let first = possessive(only).unwrap_or_else(|| only.clone());
            // (a month is no manager's name: "and may?" after a monthly figure)
            if crate::phrases::month_number(&first).is_some() {
                return None;
            }
            let managers = named(&first);
            let seller_too = self.inputs.roster.iter().flatten().any(|s| {
                name_or_id(s)
                    .split_whitespace()
                    .next()
                    .is_some_and(|f| fold(f) == fold(&first))
            });
            (crate::query::context::opens_follow_up(ws) && managers.len() == 1 && !seller_too)
                .then(|| managers[0].clone())
        };
        before_people.or_else(alone)
    }

    /// A manager the question names (by full name, or first name no one else has).
    pub fn manager(&self, text: &str) -> Option<String> {
        let lower = text.to_lowercase();
        if let Some(m) = self.managers.iter().find(|m| contains_words(&lower, &m.to_lowercase())) {
            return Some(m.clone());
        }
        // "total comp cost for omaha": a territory one manager's team alone covers, by its
        // full name.
        let roster = self.inputs.roster.as_deref().unwrap_or(&[]);
        let territories: BTreeSet<&str> = roster.iter().filter_map(|s| s.territory.as_deref()).collect();
        let mut lower = self.without_accounts(&lower);
        // (nor a product's name said whole: "a 40k downtown office" beside the Downtown desk)
        for p in &self.products {
            let p = p.to_lowercase();
            if p.contains(' ') && contains_words(&lower, &p) {
                lower = lower.replace(p.as_str(), " ");
            }
        }
        let folded = self.folded(&lower);
        let ws = crate::phrases::words(&crate::phrases::normalize(&lower));
        for t in territories {
            let t_lower = t.to_lowercase();
            // ("kzn" for KwaZulu-Natal: the capitals of its name)
            let capitals: String = t
                .chars()
                .filter(char::is_ascii_uppercase)
                .collect::<String>()
                .to_lowercase();
            let initials = capitals.len() >= 3 && ws.iter().any(|w| w.trim_end_matches("'s") == capitals);
            // ("the gables desk" for Coral Gables: a word of the place, said as a team's)
            let by_a_word = t_lower.split_whitespace().count() > 1
                && t_lower
                    .split_whitespace()
                    .any(|w| place_word(w) && said_as_team(&lower, w));
            // ("sued" for Süd: the name as typed without its umlaut)
            // ("the west and north lot" for West & North)
            let said = contains_words(&lower, &t_lower)
                || t_lower.contains(" & ") && contains_words(&lower, &t_lower.replace(" & ", " and "))
                || contains_words(&folded, &fold(t))
                || contains_words(&folded, &crate::phrases::fold_umlauts(t))
                || initials
                || by_a_word;
            // ("the west costing us", "what will north cost": an everyday place word, as a
            // team's; "and south?" after a team's figure, the place alone)
            let alone = ws
                .iter()
                .filter(|w| !matches!(w.as_str(), "and" | "what" | "about" | "how" | "for" | "the"))
                .map(String::as_str)
                .eq(t_lower.split_whitespace());
            let common_as_team = said_as_team(&lower, &t_lower) || alone || by_a_word;
            // ("the vehement finance director": a territory's word after an account's is the
            // account's deal, the Finance desk only when said as a team)
            let after_account = ws.windows(2).any(|w| {
                w[1] == t_lower
                    && w[0].len() >= 4
                    && self
                        .accounts
                        .iter()
                        .any(|a| a.to_lowercase().split_whitespace().any(|x| x == w[0]))
            });
            let everyday = COMMON_PLACES.contains(&t_lower.as_str()) || after_account;
            if everyday && !common_as_team || !said {
                continue;
            }
            // ("a 140k corporate group": a deal type or a product of that name, unless a
            // team is said)
            let team_said = said_as_team(&lower, &t_lower)
                || lower.contains(&format!("{t_lower} group's"))
                || initials
                || by_a_word;
            if !team_said
                && self
                    .deal_types
                    .iter()
                    .chain(&self.products)
                    .any(|x| x.eq_ignore_ascii_case(t))
            {
                continue;
            }
            let managers: BTreeSet<&str> = roster
                .iter()
                .filter(|s| s.territory.as_deref() == Some(t))
                .filter_map(|s| s.manager.as_deref())
                .collect();
            let others: bool = roster
                .iter()
                .any(|s| s.territory.as_deref() != Some(t) && managers.iter().any(|m| s.manager.as_deref() == Some(m)));
            if let ([m], false) = (managers.iter().copied().collect::<Vec<_>>().as_slice(), others) {
                return Some(m.to_string());
            }
        }
        // "Marcus's team", "martin's desk": a first name only one manager has, and no
        // seller, with a word for a team.
        if !ws.iter().any(|w| {
            w.starts_with("team")
                || matches!(
                    w.trim_end_matches('s'),
                    "desk" | "region" | "route" | "office" | "branch" | "territory" | "pod" | "squad" | "crew"
                )
        }) {
            return None;
        }
        let first = |n: &str| n.split_whitespace().next().map(str::to_lowercase);
        // (and a Korean name's given name, said after the family name: "So-yeon" of Kim So-yeon)
        let given = |n: &str| super::calling::given_name(&n.to_lowercase()).to_string();
        let sellers: Vec<String> = self
            .inputs
            .roster
            .iter()
            .flatten()
            .filter_map(|s| first(&name_or_id(s)))
            .collect();
        ws.iter().map(|w| w.trim_end_matches("'s")).find_map(|w| {
            let hits: Vec<&String> = self
                .managers
                .iter()
                .filter(|m| first(m).as_deref() == Some(w) || given(m) == w)
                .collect();
            (hits.len() == 1 && !sellers.iter().any(|s| s == w)).then(|| hits[0].clone())
        })
    }
}

/// A word of a territory's name that names it alone ("gables" of Coral Gables; not "north",
/// "coast" or "city", which many places have).
fn place_word(w: &str) -> bool {
    // ("the UK team" of UK & NI: a country's or a state's letters)
    (w.len() >= 4 || matches!(w, "uk" | "eu" | "nz" | "nsw" | "qld" | "uae" | "ksa" | "usa"))
        && !COMMON_PLACES.contains(&w)
        && !matches!(
            w,
            "area" | "city" | "coast" | "valley" | "county" | "metro" | "region" | "bay" | "lake" | "park"
        )
        // (nor the kind of team a territory is: "my desk" is the asker's, not the Agency
        // Desk)
        && !matches!(
            w,
            "desk" | "team" | "office" | "branch" | "group" | "squad" | "crew" | "route" | "territory" | "district" | "division" | "unit"
        )
}

/// Whether a territory is said as a team's ("the catering & weddings team", "sued desk").
fn said_as_team(lower: &str, territory: &str) -> bool {
    // ("cost for the west if …": a place the cost is for)
    let for_the = ["for the ", "across the "].iter().any(|before| {
        lower
            .match_indices(&format!("{before}{territory}"))
            .any(|(i, m)| !lower[i + m.len()..].starts_with(|c: char| c.is_alphanumeric()))
    });
    // ("how many deals did the west lose in april": the region doing something)
    let acting = [
        "lose", "lost", "win", "won", "sell", "sold", "close", "closed", "earn", "earned", "make", "made", "book",
        "booked",
    ]
    .iter()
    .any(|verb| {
        // ("how many deals did central win in july")
        ["the", "did", "has", "have"]
            .iter()
            .any(|before| contains_words(lower, &format!("{before} {territory} {verb}")))
    });
    for_the
        || acting
        || [
            " team", " desk", " region", " office", " branch", "'s", " costing", " cost", " reps", " doing",
            // (British: "the field lot", "the inside lads")
            " lot", " lads", " guys", " crew", " squad", " people", " sellers", " agents",
        ]
        .iter()
        .any(|w| lower.contains(&format!("{territory}{w}")))
}

/// A seller's name as the roster gives it, else their id (see [`plain_name`]).
pub(super) fn name_or_id(s: &plansight_plan::Seller) -> std::borrow::Cow<'_, str> {
    plain_name(raw_name(s))
}

/// A seller's name as the roster gives it (a nickname it quotes kept), else their id.
pub(super) fn raw_name(s: &plansight_plan::Seller) -> &str {
    s.name.as_deref().filter(|n| !n.trim().is_empty()).unwrap_or(&s.id)
}

/// A roster's name without the nickname it quotes (`Rodolfo "Jun" Santos`): no one says
/// the nickname inside the full name.
fn plain_name(name: &str) -> std::borrow::Cow<'_, str> {
    match quoted_nickname(name) {
        Some(nick) => name
            .replacen(&format!("\"{nick}\""), " ", 1)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .into(),
        None => name.into(),
    }
}

/// The nickname a roster's name quotes ("Jun" of `Rodolfo "Jun" Santos`).
pub(super) fn quoted_nickname(name: &str) -> Option<&str> {
    let (_, rest) = name.split_once('"')?;
    let (nick, _) = rest.split_once('"')?;
    Some(nick.trim()).filter(|n| !n.is_empty())
}

/// Whether the `i`th word stands where only a person can ("would max earn", "and max?"):
/// there an everyday word ("max") is a name.
pub(super) fn only_a_person(ws: &[String], i: usize) -> bool {
    // (a pronoun is nobody's name: "what did he make in q1" is no Hector)
    let pronoun = matches!(
        ws[i].as_str(),
        "he" | "she" | "we" | "they" | "it" | "you" | "i" | "her" | "him"
    );
    !pronoun
        && (i > 0
            && matches!(ws[i - 1].as_str(), "did" | "does" | "would" | "will" | "could")
            && ws.get(i + 1).is_some_and(|n| {
                matches!(
                    n.as_str(),
                    "make" | "made" | "earn" | "earned" | "get" | "sell" | "close"
                )
            })
            || i == 1 && ws.len() == 2 && ws[0] == "and")
}

/// Territory names that are everyday words too ("east" in "least"; "field" sales).
const COMMON_PLACES: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "central",
    "greater",
    "upper",
    "lower",
    "inner",
    "outer",
    "metro",
    "region",
    "enterprise",
    "commercial",
    "strategic",
    "inside",
    "field",
    "team",
];

/// Everyday words of two to four letters, which a name's first letters may also be, and
/// everyday words a nickname's ending makes of a name's first letters ("very" of Versie,
/// "early" of Earlene, "many" of Manuel).
const NOT_NAMES: &[&str] = &[
    "very", "early", "many", "easy", "busy", "ready", "pretty", "sorry", "happy", "lately", "really", "to", "me", "do",
    // (Taglish's verb prefix written apart, "ma close")
    "ma", "in", "on", "at", "it", "is", "be", "by", "go", "he", "if", "my", "no", "of", "or", "so", "up", "us", "we",
    "am", "an", "as", "ok", "the", "all", "any", "can", "her", "him", "his", "its", "may", "new", "our", "you", "top",
    "won", "ytd", "how", "was", "not", "now", "per", "are", "and", "for", "has", "did", "get", "got", "had", "who",
    "why", "mar", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "jan", "feb", "apr", "max", "min", "tot", "this",
    "that", "what", "much", "more", "need", "sell", "when", "then", "than", "they", "them", "with", "from", "have",
    "just", "also", "some", "most", "each", "into", "over", "only", "ever", "even", "hit", "let", "say", "see", "she",
    "one", "two", "out", "off", "own", "set", "pay", "paid", "made", "make", "deal", "team", "rep", "reps", "year",
    "rate", "tier", "does", "doing", "will", "well", "were", "ask", "help", "show", "tell", "give", "dear", "hey",
    "hi", "yo", "boss", "mgr", // ("a turnover of mine closes" with a Jasmine: the end of a name, no name)
    "mine", "yours", "ours", "theirs", "hers", "ones", "none", // (French: "si je signe", "ma commission")
    "je", "mon", "ce", "si", "un", "de", "le", "la", "il", "tu",
];

/// "Which three account managers lose the most", "which 5 brokers gain": some of the
/// sellers, by the trade's word for them, are the team ranked.
pub(super) fn which_of_the_sellers(ws: &[String]) -> bool {
    const SELLERS: &[&str] = &[
        "brokers",
        "producers",
        "consultants",
        "advisors",
        "advisers",
        "engineers",
        "ams",
        "aes",
        "bdms",
        "recruiters",
        "managers",
        "reps",
        "sellers",
        "agents",
        "people",
        // ("the 3 officers hit hardest": field officers)
        "officers",
        "salespeople",
    ];
    let count = |w: &str| {
        w.parse::<u32>().is_ok()
            || matches!(
                w,
                "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "the"
            )
    };
    ws.iter()
        .enumerate()
        .filter(|(_, w)| matches!(w.as_str(), "which" | "what"))
        .any(|(i, _)| {
            let mut rest = ws[i + 1..].iter().map(String::as_str).skip_while(|x| count(x));
            match (rest.next(), rest.next()) {
                (Some("account"), Some("managers")) => true,
                (Some(first), _) => SELLERS.contains(&first),
                _ => false,
            }
        })
        // ("the 3 officers hit hardest")
        || ws
            .windows(3)
            .any(|w| w[0] == "the" && w[1].parse::<u32>().is_ok() && SELLERS.contains(&w[2].as_str()))
}

/// Vietnamese words of time and address that are given names too (Thắng, Nam, Quý):
/// read as names only where written capitalised.
const VIETNAMESE_WORDS: &[&str] = &[
    "thang", "nam", "quy", "tin", "con", "em", "anh", "chi", "bao", "hoa", "hong",
];

/// Whether the question writes the word (folded) with a capital: opening it, only a word
/// the parser's rules do not read ("Tâm hit max gross", not "Long story short").
fn capitalised(text: &str, w: &str) -> bool {
    let opening = !super::unrecognised::rule_word(w);
    text.split_whitespace().enumerate().any(|(k, t)| {
        let t = t.trim_matches(|c: char| !c.is_alphanumeric());
        (k > 0 || opening) && t.starts_with(char::is_uppercase) && fold(t) == w
    })
}
