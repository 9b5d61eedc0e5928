//! The parts of a query's scope a question names in words of its own: the deals' stage, a
//! quota said in everyday words, a tier named by its rate, a deal type that a measure's name
//! also spells, and the words left once a product's name is taken out.

use super::parse::exact;
use super::vocabulary::Vocabulary;
use super::{Figure, Query};
use crate::fuzzy::mentions;

/// The words without the run of them that spells `name` ("GTX Pro" for "GTXPro").
pub(super) fn without_name(ws: &[String], name: &str) -> Vec<String> {
    let squash = |s: &str| s.to_lowercase().replace([' ', '-'], "");
    let target = squash(name);
    for len in (1..=4).rev() {
        for i in 0..ws.len().saturating_sub(len - 1) {
            if ws[i..i + len].iter().map(|w| squash(w)).collect::<String>() == target {
                let mut rest = ws[..i].to_vec();
                rest.extend_from_slice(&ws[i + len..]);
                return rest;
            }
        }
    }
    ws.to_vec()
}

/// Which deals a question counts: lost, open, cancelled (won is the default and absent).
pub(super) fn stage(ws: &[String]) -> Option<String> {
    // "engaging/prospecting": the CRM's stages said together.
    // ("how many new doors did i open": the verb, no open deal)
    let split: Vec<String> = ws
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            // ("how many new doors my team open in Q2?": a team or a name opens them too)
            !(*w == "open"
                && *i > 0
                && (matches!(
                    ws[i - 1].as_str(),
                    "i" | "we" | "to" | "they" | "he" | "she" | "you" | "team"
                ) || *i > 1 && ws[i - 2] == "did"
                    // ("how many new doors did south jersey open in q1": a team of two words)
                    || *i > 2
                        && ws[i - 3] == "did"
                        && !matches!(ws[i - 1].as_str(), "have" | "has" | "had" | "leave" | "keep" | "still" | "left" | "kept")
                        && ws.get(i + 1).is_none_or(|n| matches!(n.as_str(), "in" | "this" | "last" | "so" | "?"))))
        })
        .flat_map(|(_, w)| w.split('/'))
        .map(str::to_string)
        .collect();
    let ws = &split[..];
    let hypothetical = exact(ws, &["if", "would", "suppose", "imagine"]);
    // ("I'm a bit lost with it all": the asker is lost, no deal)
    let asker_lost = ws.windows(2).any(|p| {
        p[1] == "lost"
            && matches!(
                p[0].as_str(),
                "i'm" | "im" | "am" | "bit" | "little" | "totally" | "completely" | "feel" | "feeling" | "getting"
            )
    });
    // ("why did i lose capital money in july": pay lost, no deal)
    // (not "did i lose commission on any lost deals", "total lost deal dollars": deals lost)
    let deals_lost = ws
        .windows(2)
        .any(|p| matches!(p[0].as_str(), "lose" | "lost") && super::words::DEALS.contains(&p[1].as_str()));
    let pay_lost = !deals_lost
        && ws.iter().enumerate().any(|(i, w)| {
            matches!(w.as_str(), "lose" | "lost")
                && ws[i + 1..].iter().take(3).any(|x| {
                    matches!(
                        x.as_str(),
                        "money" | "commission" | "comm" | "commish" | "pay" | "earnings" | "dollars" | "bucks"
                    )
                })
        })
        // ("quota to 700k - what does ray lose": in the present, what a change costs someone;
        // "what did i lose" stays the deals)
        // ("how much does grainne lose" under a change, too)
        || ws.windows(4).any(|p| {
            matches!(p[0].as_str(), "what" | "much")
                && matches!(p[1].as_str(), "does" | "do" | "would" | "will" | "could")
                && p[3] == "lose"
        });
    if (exact(ws, &["lost", "losses", "lose", "non-renewed", "nonrenewed"]) && !asker_lost && !pay_lost
        || ws.iter().any(|w| w.starts_with("lost-"))
        || mentions(ws, &["got away", "slipped away", "fell through"])
        // ("how many deals did my team drop in October": lost; not a price or a pay dropping)
        || exact(ws, &["drop", "dropped", "drops"])
            && exact(ws, &["deal", "deals", "opportunities", "opps"])
            && !exact(
                ws,
                &[
                    "to", "by", "rate", "price", "pay", "commission", "earnings", "quota", "amount", "value", "why", "count",
                    "size", "average", "number", "since",
                ],
            ))
        && !mentions(
            ws,
            &[
                "lost most",
                "lose most",
                "lose pass",
                "lose the most",
                "lose out",
                "lose anything",
                "lose something",
                "lose much",
                "lose money",
            ],
        )
        && !hypothetical
    {
        Some("lost".into())
    } else if exact(
        ws,
        &[
            "open",
            "pipeline",
            // ("the total value of my pipline")
            "pipline",
            "funnel",
            "engaging",
            "prospecting",
            "in-progress",
            "pipe",
            "loi",
            "escrow",
            "tentative",
            "tentatives",
        ],
    ) && !hypothetical
        && !exact(ws, &["forecast", "projected", "won", "win", "close", "closes"])
        // ("whats all the stuff i'm working on worth": the deals still being worked)
        || mentions(
            ws,
            &[
                "stuff i'm working on",
                "stuff im working on",
                "everything i'm working on",
                "deals i'm working on",
                "what i'm working on",
                "what im working on",
            ],
        ) && !hypothetical
    {
        Some("open".into())
    } else if exact(
        ws,
        &[
            "cancelled",
            "canceled",
            "cancellations",
            "cancelations",
            // (a solar rep's "cancels": deals cancelled; a telecom's or a SaaS seller's churn)
            "cancels",
            "churn",
            "churned",
            "churns",
            "returned",
            "refunded",
            "reversed",
            "charged-back",
            "fall-off",
            "fall-offs",
            "falloffs",
            // the trades' words: a policy lapsed for non-payment, a bar's order "86'd"
            "lapsed",
            "nonpay",
            "non-pay",
            "86'd",
            "86d",
            // (a lender's loan that defaulted, or was paid off early, is clawed back)
            "defaulted",
        ],
    ) && (mentions(ws, &["how many", "which", "list", "show", "count", "number"])
        // ("who has the most rmas": ranked by how many)
        || exact(ws, &["deals", "deal", "most", "fewest"]))
        // ("the deals where the customer backed out after signing": won, then undone)
        || mentions(ws, &["backed out after", "pulled out after", "walked away after"])
            && exact(ws, &["signing", "signed"])
        // ("who on my desk has had the most orders pulled": won orders taken back)
        // (not "which deals pulled in from next quarter": closed early)
        || ws.windows(2).enumerate().any(|(i, p)| {
            matches!(p[0].as_str(), "orders" | "deals" | "jobs" | "pos" | "contracts")
                && matches!(p[1].as_str(), "pulled" | "cancelled" | "canceled" | "axed")
                && ws.get(i + 2).is_none_or(|n| !matches!(n.as_str(), "in" | "into" | "forward" | "ahead"))
        }) && exact(ws, &["most", "fewest", "many", "which", "list"])
    {
        Some("cancelled".into())
    } else {
        None
    }
}

/// Whether the words say a quota in everyday words: "my number", "my ACV bag", "how much am
/// I supposed to close" (not "the number of deals").
pub(super) fn quota_said(ws: &[String]) -> bool {
    exact(ws, &["quota", "quotas"])
        || ws.iter().enumerate().any(|(i, w)| {
            matches!(w.as_str(), "number" | "bag")
                && i > 0
                && !matches!(
                    ws[i - 1].as_str(),
                    "the" | "a" | "what" | "phone" | "bookings" | "booking" | "sales" | "credit" | "deal" | "deals"
                )
                && ws.get(i + 1).is_none_or(|n| n != "of")
        })
        // ("have I smashed my target", "what's his quarterly target": a seller's own target
        // is the quota; the plan's target incentive and on-target earnings are not)
        || (1..ws.len()).any(|i| {
            matches!(ws[i].as_str(), "target" | "targets")
                && (matches!(
                    ws[i - 1].as_str(),
                    "my" | "his" | "her" | "their" | "your" | "quarterly" | "monthly" | "annual" | "sales"
                        // ("I hit target already or not?": the article left unsaid)
                        | "hit" | "reach" | "reached" | "make" | "made" | "meet" | "met" | "pass" | "passed"
                    // ("what's my fee target for jul-sep": what the target counts, said
                    // after the owner)
                ) || i > 1
                    && matches!(ws[i - 2].as_str(), "my" | "his" | "her" | "their" | "your")
                    && matches!(
                        ws[i - 1].as_str(),
                        "fee" | "fees" | "gp" | "revenue" | "rev" | "billing" | "billings" | "margin" | "premium" | "volume"
                    ))
                && ws.get(i + 1).is_none_or(|n| {
                    !matches!(
                        n.as_str(),
                        "incentive" | "bonus" | "earnings" | "pay" | "comp" | "commission" | "payout" | "variable"
                    )
                })
        })
        || mentions(
            ws,
            &[
                "supposed to close",
                "supposed to book",
                "expected to book",
                "expected to close",
                "meant to close",
            ],
        )
}

/// "How many renewals did I close": when deals are counted, sized or listed, a word that
/// names both a measure and a deal type means the deals' type.
pub(super) fn counted_by_type(v: &Vocabulary, question: &str, ws: &[String], figure: Option<Figure>, q: &mut Query) {
    let deals = matches!(figure, Some(Figure::DealCount | Figure::DealAmount))
        || exact(ws, &["deal", "deals", "biggest", "largest", "smallest"])
            && !matches!(
                figure,
                Some(
                    Figure::Earnings
                        | Figure::Credit
                        | Figure::Attainment
                        | Figure::Quota
                        | Figure::Rate
                        | Figure::Distance
                )
            );
    if !deals || q.scope.deal_type.is_some() {
        return;
    }
    if let (Some(m), Some(t)) = (&q.scope.measure, v.deal_type(ws)) {
        if m.contains(t.as_str())
            || v.inputs
                .plan
                .measures
                .iter()
                .any(|x| x.id == *m && x.name.to_lowercase().contains(t.as_str()))
        {
            q.scope.measure = None;
            q.scope.deal_type = Some(t);
            q.scope.product = q.scope.product.take().or_else(|| v.product(question));
        }
    }
}

/// The tier a question names by its rate ("the 8% band", "the 4.5% tier"): (measure, tier).
pub(super) fn tier_by_rate(v: &Vocabulary, ws: &[String]) -> Option<(usize, usize)> {
    for (i, micros) in crate::phrases::percents(ws) {
        let next = ws.get(i + 1).map(String::as_str);
        let accelerator = next.is_some_and(|n| v.says_accelerator(&[n.to_string()]));
        // "getting paid 8%": the tier that pays it.
        // (not "if the top band paid 9%", a new rate)
        let paid = i > 0
            && matches!(ws[i - 1].as_str(), "paid" | "paying" | "pays" | "earning" | "earns")
            && !exact(ws, &["if", "were", "would", "suppose", "imagine", "say"]);
        if !matches!(next, Some("tier" | "band" | "rate" | "level" | "bracket" | "base")) && !accelerator && !paid {
            continue;
        }
        for (mi, m) in v.inputs.plan.measures.iter().enumerate() {
            if let Some(ti) = m.tiers.iter().position(|t| t.rate.0 as i128 == micros) {
                // "the 8% accelerator" names it only at its own rate; "a 9% kicker" is a
                // new rate for it.
                if !accelerator || v.accelerator == Some((mi, ti)) {
                    return Some((mi, ti));
                }
            }
        }
    }
    None
}

/// The tier a question names: the accelerator, "tier N", the top or the base tier.
pub(super) fn tier_index(v: &Vocabulary, ws: &[String], measure: Option<&str>) -> Option<(usize, usize)> {
    // A tier the document names ("if Cruise started at 60%").
    if let Some((mi, ti)) = v.terms_in(ws).into_iter().find_map(|t| match t {
        super::terms::Term::Tier(mi, ti) => Some((mi, ti)),
        _ => None,
    }) {
        return Some((mi, ti));
    }
    let plan = &v.inputs.plan;
    let mi = measure.and_then(|m| plan.measure_index(m));
    if let Some(t) = tier_by_rate(v, ws) {
        return Some(t);
    }
    let top_tier = mentions(
        ws,
        &[
            "top tier",
            "top band",
            "top rate",
            "highest tier",
            "highest rate",
            "highest band",
        ],
    );
    // "tier 2" said by its number, before any word the accelerator shares ("kicked in").
    let named_measure = mi;
    let mi = mi
        .or_else(|| plan.measures.iter().position(|m| m.tiers.len() > 1))
        .unwrap_or(0);
    let tiers = plan.measures.get(mi)?.tiers.len();
    for (i, w) in ws.iter().enumerate() {
        if w == "tier" || w == "band" {
            if let Some(n) = ws
                .get(i + 1)
                .and_then(|n| n.parse::<usize>().ok())
                .filter(|n| (1..=tiers).contains(n))
            {
                // With no measure named, "tier 2" of a plan whose measures all have one is
                // the measure whose tier 2 has a percentage the question quotes ("paid 4%
                // instead of 5%"), else not guessed.
                let with_it: Vec<usize> = (0..plan.measures.len())
                    .filter(|&k| plan.measures[k].tiers.len() >= n)
                    .collect();
                if named_measure.is_none() && with_it.len() > 1 {
                    let quoted = crate::phrases::percents(ws);
                    let fits: Vec<usize> = with_it
                        .into_iter()
                        .filter(|&k| {
                            let t = &plan.measures[k].tiers[n - 1];
                            quoted
                                .iter()
                                .any(|(_, q)| *q == t.rate.0 as i128 || *q == t.from.0 as i128 * 100)
                        })
                        .collect();
                    return match fits.as_slice() {
                        [k] => Some((*k, n - 1)),
                        _ => None,
                    };
                }
                return Some((mi, n - 1));
            }
        }
    }
    if v.says_accelerator(ws) && !exact(ws, &["super-accelerator"]) && !top_tier {
        if let Some((am, at)) = v.accelerator {
            if named_measure.is_none_or(|m| m == am) {
                return Some((am, at));
            }
        }
    }
    let tier_word = exact(ws, &["tier", "band", "rate", "level"]);
    if exact(ws, &["super-accelerator"])
        || mentions(ws, &["super accelerator"])
        || tier_word && exact(ws, &["top", "highest", "last"])
    {
        return Some((mi, tiers.saturating_sub(1)));
    }
    // "pay 4% base": the percentage said of the base tier.
    let said_base = crate::phrases::percents(ws)
        .iter()
        .any(|(i, _)| ws.get(i + 1).is_some_and(|w| w == "base"));
    if tier_word && exact(ws, &["base", "first", "bottom", "lowest", "entry"])
        || said_base
        || ws.iter().any(|w| w.starts_with("decelerator"))
    {
        return Some((mi, 0));
    }
    // "the renewals step-up": the tier above a two-tier measure's base.
    if mentions(ws, &["step-up", "step up", "uplift"]) && plan.measures[mi].tiers.len() == 2 && measure.is_some() {
        return Some((mi, 1));
    }
    // "paid 1.3x above quota": the tier that starts at quota.
    if mentions(
        ws,
        &[
            "above quota",
            "over quota",
            "past quota",
            "beyond quota",
            "above 100%",
            "over 100%",
        ],
    ) {
        if let Some(ti) = plan.measures[mi]
            .tiers
            .iter()
            .position(|t| t.from == plansight_plan::Point(10_000))
            .filter(|ti| *ti > 0)
        {
            return Some((mi, ti));
        }
    }
    for (k, word) in ["second", "third", "fourth", "fifth"].iter().enumerate() {
        if tier_word && exact(ws, &[word]) && k + 1 < tiers {
            return Some((mi, k + 1));
        }
    }
    if mentions(ws, &["rate", "commission rate"]) && tiers == 1 {
        return Some((mi, 0));
    }
    None
}
