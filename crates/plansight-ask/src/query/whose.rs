//! Whose figures a question asks for: a seller named (not an account's words that sound
//! like one), a manager's team, the whole plan's people, or the asker; and the account it
//! names, read once for the rest of the question.

use super::parse::exact;
use super::vocabulary::Vocabulary;
use super::words::*;
use super::Who;
use crate::fuzzy::mentions;

/// Whose figures, and what was read on the way.
pub(super) struct Whose {
    /// The account the question names, of several a word names the asker's.
    pub account_said: Option<String>,
    /// Whether the asker manages a team.
    pub asker_manages: bool,
    /// Whether a team is asked about (the whole plan's people or a manager's).
    pub team: bool,
    /// Whose figures.
    pub who: Option<Who>,
}

/// Whose figures the question asks for (see [`Whose`]).
pub(super) fn whose(v: &Vocabulary, asker: &str, question: &str, ws: &[String]) -> Whose {
    // (read once: the account scope below is the same; of several that one word names,
    // "the chavez job", the asker's one)
    let account_said = v
        .account(question, ws)
        .or_else(|| {
            let theirs: Vec<String> = v
                .accounts_said(question, ws)
                .into_iter()
                .filter(|a| v.sells_at(asker, a))
                .collect();
            (theirs.len() == 1).then(|| theirs[0].clone())
        })
        .or_else(|| by_surname(v, asker, question, ws));
    // (an account's words are no seller's: "Whitmore Cole" is not Samantha Cole)
    let named = match &account_said {
        Some(a) => {
            let mut rest = question.to_lowercase();
            for w in a.to_lowercase().split_whitespace() {
                rest = rest.replace(w, " ");
            }
            v.seller(&rest)
        }
        None => v.seller(question),
    };
    // A manager asking about "my team" means theirs.
    let asker_manages = v.managers.iter().any(|m| m == asker);
    // ("why does 83JP1K4E only give me part of the credit?? lacey gets a chunk of my deal??":
    // the seller who shares the asker's deal is why, the figures are the asker's)
    // (the verb and the share said together: not "kyle got half of my old territory")
    let shares_mine = !asker_manages
        && ws.windows(4).any(|w| {
            matches!(w[0].as_str(), "gets" | "get" | "got" | "takes" | "take" | "took")
                && matches!(w[1].as_str(), "a" | "part" | "some")
                && matches!(
                    w[2].as_str(),
                    "chunk" | "cut" | "piece" | "share" | "slice" | "bit" | "of"
                )
                && matches!(w[3].as_str(), "of" | "my")
        })
        && exact(ws, &["deal", "deals", "credit", "commission"]);
    // ("Priya told me I am close to the next floor. How much more do I need …": who told the
    // asker, not whom the question is about)
    let teller_named = named.as_deref().is_some_and(|n| {
        let first = n.to_lowercase();
        let first = first.split_whitespace().next().unwrap_or("");
        ws.windows(3).any(|w| {
            w[0] == first
                && matches!(
                    w[1].as_str(),
                    "told" | "tells" | "said" | "says" | "mentioned" | "reckons"
                )
                && matches!(w[2].as_str(), "me" | "i" | "i'm" | "im" | "that")
        }) && exact(ws, &["i", "my", "me"])
    });
    // ("how much have the package splits with Kevin made me": the one the asker shares with,
    // the figures the asker's)
    let partner_named = !asker_manages
        && named.as_deref().is_some_and(|n| {
            let first = n.to_lowercase();
            let first = first.split_whitespace().next().unwrap_or("");
            ws.windows(2).any(|w| w[0] == "with" && w[1] == first)
        })
        && exact(ws, &["me", "my", "i"])
        && exact(ws, &["split", "splits", "shared", "share", "joint"]);
    let named = named.filter(|_| !shares_mine && !teller_named && !partner_named);
    let manager = v.manager(question).or_else(|| v.manager_by_first_name(ws)).or_else(|| {
        (asker_manages && exact(ws, &["my", "our", "mine"]) && exact(ws, super::words::THEIR_PEOPLE)
            || asker_manages
                && mentions(
                    ws,
                    &[
                        "i manage",
                        "my org",
                        "under me",
                        "report to me",
                        "my lot",
                        "our lot",
                        "costing me",
                        "cost me",
                        "costs me",
                    ],
                )
            // ("what does my showroom cost": the place a manager runs)
            || asker_manages && mentions(ws, super::words::MY_PLACE)
            // A manager's "our most expensive payout quarter": their team's cost.
            // (not "our dearest month … company-wide": the company's)
            || asker_manages && exact(ws, &["our"]) && mentions(ws, COST) && !mentions(ws, WHOLE_PLAN))
        .then(|| asker.to_string())
    });
    let personal_rank = exact(
        ws,
        &["rank", "ranked", "ranking", "position", "stand", "place", "stack", "rank-wise", "ranking-wise", "sit"],
    ) && (exact(ws, &["i", "am", "i'm"])
        || !asker_manages && exact(ws, &["my", "me"])
        || mentions(ws, &["my rank", "my position", "my place", "my ranking", "rank me"]))
        // "out of all the agents, where do my earnings put me"
        || mentions(ws, &["where do my", "where does my"]) && mentions(ws, &["put me", "place me"]);
    // ("my quota of net new is different from the other agents, no?": the asker's, the others
    // only a reference)
    let against_the_others = !asker_manages
        && exact(ws, &["my", "i", "me"])
        && exact(ws, &["different", "than", "vs", "compared", "same", "unlike"])
        && mentions(
            ws,
            &[
                "the other agents",
                "the other reps",
                "the other sellers",
                "the others",
                "other people",
            ],
        );
    // ("everyone says its paying off. how much have my plus pros earned me": hearsay, no
    // team asked about)
    // ("someone on my team said i've already maxed out …", "started in march like everybody
    // else": who said it, or who else did, is no team asked about)
    let says = |n: &str| {
        matches!(
            n,
            "says" | "said" | "say" | "thinks" | "reckons" | "tells" | "told" | "keeps" | "mentioned"
        )
    };
    let teller = |w: &str| matches!(w, "everyone" | "everybody" | "people" | "someone" | "somebody");
    let hearsay: Vec<usize> = ws
        .iter()
        .enumerate()
        .filter(|(_, w)| teller(w))
        .flat_map(|(i, _)| {
            let said_at = (i + 1..(i + 5).min(ws.len())).find(|&k| says(&ws[k]));
            let like_else = i > 0 && ws[i - 1] == "like" && ws.get(i + 1).is_some_and(|n| n == "else");
            match (said_at, like_else) {
                (Some(k), _) => (i..=k).collect::<Vec<_>>(),
                (None, true) => vec![i - 1, i, i + 1],
                _ => Vec::new(),
            }
        })
        .collect();
    // ("I am still new in the team and learning", "since I joined the team": the asker's
    // place in it, no team asked about)
    let joined = |i: usize| {
        ws[i] == "team"
            && i >= 2
            && matches!(ws[i - 1].as_str(), "the" | "this" | "your")
            && (ws[i - 2] == "joined"
                || ws[i - 2] == "join"
                || i >= 3 && ws[i - 3] == "new" && matches!(ws[i - 2].as_str(), "in" | "to" | "on"))
    };
    // ("how many squad packs did i sell", "my red team exercises": a word of a product's name
    // is no team asked about)
    let products = v.product_words();
    let in_product = |i: usize| {
        products.iter().any(|(_, pw)| {
            pw.len() >= 2
                && (0..pw.len()).any(|k| {
                    i >= k
                        && i - k + pw.len() <= ws.len()
                        && pw.iter().enumerate().all(|(j, x)| {
                            let w = ws[i - k + j].as_str();
                            w == x || w.strip_suffix('s') == Some(x.as_str())
                        })
                })
        })
    };
    let heard: Vec<String> = ws
        .iter()
        .enumerate()
        .filter(|(i, _)| !hearsay.contains(i) && !joined(*i) && !in_product(*i))
        .map(|(_, w)| w.clone())
        .collect();
    let team = named.is_none()
        && !personal_rank
        && !against_the_others
        && (manager.is_some()
            || exact(&heard, TEAM)
            || mentions(ws, WHOLE_PLAN)
            // (Indian English drops the article: "what did company pay on pagaar day"; not
            // "how much did company pay me")
            || mentions(ws, &["did company pay"]) && !exact(ws, &["me", "my", "i"])
            || mentions(
                ws,
                &[
                    "each seller",
                    "the agents",
                    "which seller",
                    "which rep",
                    "which agent",
                    "for us",
                    "cost us",
                    "save us",
                    "we pay",
                    "in the company",
                    "across the board",
                    "whose",
                    "i manage",
                ],
            )
            || mentions(ws, NATIONWIDE)
            // ("across all three desks": every team)
            || super::words::every_team(ws)
            // (a manager's "which three consultants" are theirs, below)
            || !asker_manages && super::people::which_of_the_sellers(ws)
            || mentions(ws, COST) && !exact(ws, &["my", "i", "me"]));
    // A manager's "team" is theirs, unless they say the whole team.
    let manager = manager.or_else(|| {
        // ("who's closest to Bastion", asked by a manager: among theirs)
        (asker_manages
            && team
            && (exact(
                ws,
                &[
                    "team", "team's", "reps", "agents", "aes", "sellers", "people", "earners",
                ],
            ) || ws
                .first()
                .is_some_and(|w| matches!(w.as_str(), "who" | "who's" | "whos"))
                // "which month cost us the most", asked as it is (no plan change)
                || mentions(ws, &["cost us", "costs us", "costing us"]) && !exact(ws, &["if", "would", "suppose"])
                // ("which rep has the most spills", asked as it is: among theirs)
                // (not "which agent sold the most GTK 500?", labelled the company's in the
                // Maven set: the two labels disagree, each kept)
                || mentions(ws, &["which rep", "which seller", "which ae"])
                    && !exact(ws, &["if", "would", "suppose", "were"]))
            && !mentions(ws, WHOLE_PLAN)
            && !mentions(
                ws,
                // (a manager's "the team's best month" is theirs, though "the team" is
                // everyone's: the Maven sets label a manager's "top 5 earners on the team" the
                // company's, the generated sets a few theirs; tried both ways, the company's
                // reading loses fewer)
                &[
                    "the team",
                    "entire team",
                    "everyone",
                    "the company",
                    "all the reps",
                    "every rep",
                    "every agent",
                    "whole plan",
                    "the plan",
                    "across all",
                    "all three",
                ],
            )
            && !mentions(ws, NATIONWIDE)
            && !super::words::every_team(ws))
        .then(|| asker.to_string())
    });
    let who = match (&named, team, &manager) {
        (Some(s), _, _) => Some(Who::Seller(s.clone())),
        (None, true, Some(m)) => Some(Who::TeamOf(m.clone())),
        (None, true, None) => Some(Who::Team),
        (None, false, _) if asker_manages && mentions(ws, COST) => Some(Who::TeamOf(asker.to_string())),
        _ => None,
    };
    Whose {
        account_said,
        asker_manages,
        team,
        who,
    }
}

/// "The jolly changeout", "the nunley job": a household (an account named by two words, a
/// first name and a surname) said by its surname before one deal's noun or its product,
/// where the asker sold to one such household (or to one that bought that product). Not a
/// kind of customer in the plural, "the hotel deals".
fn by_surname(v: &Vocabulary, asker: &str, question: &str, ws: &[String]) -> Option<String> {
    // (the product said is read only where a word may be a surname: most questions have
    // none, and this runs for every question naming no account)
    let product = std::cell::OnceCell::new();
    let product = || product.get_or_init(|| v.product(question)).clone();
    let one_deal = |k: usize| {
        ws.get(k).is_some_and(|n| {
            super::words::DEALS.contains(&n.as_str()) && !n.ends_with('s')
                || v.product_aliases.iter().any(|(_, a)| a == n)
                || product().is_some_and(|p| p.to_lowercase().split_whitespace().next() == Some(n.as_str()))
        })
    };
    // (not the words that pick one deal out of several: "the biggest job", "the last deal")
    let picks = |w: &str| {
        super::words::BEST.contains(&w)
            || super::words::WORST.contains(&w)
            || matches!(
                w,
                "last"
                    | "first"
                    | "biggest"
                    | "largest"
                    | "other"
                    | "next"
                    | "same"
                    | "latest"
                    | "newest"
                    | "final"
                    | "whole"
                    | "second"
                    | "third"
                    | "only"
                    | "big"
                    | "recent"
                    | "previous"
                    | "older"
                    | "newer"
            )
    };
    let said: Vec<&str> = (1..ws.len())
        .filter(|&i| {
            matches!(ws[i - 1].as_str(), "the" | "that" | "this")
                && ws[i].len() >= 4
                && ws[i].chars().all(char::is_alphabetic)
                && !picks(&ws[i])
                && one_deal(i + 1)
        })
        .map(|i| ws[i].as_str())
        .collect();
    let [surname] = said[..] else { return None };
    let mut theirs: Vec<&String> = v
        .accounts
        .iter()
        .filter(|a| {
            let words: Vec<String> = a.to_lowercase().split_whitespace().map(str::to_string).collect();
            words.len() == 2 && words[1] == surname && v.sells_at(asker, a)
        })
        .collect();
    if theirs.len() > 1 {
        let p = product()?;
        theirs.retain(|a| {
            v.deals_at(asker, a)
                .any(|l| l.stage.is_credited() && l.product.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(&p)))
        });
    }
    match theirs[..] {
        [a] => Some(a.clone()),
        _ => None,
    }
}
