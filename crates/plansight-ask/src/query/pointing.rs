//! Short follow-ups that point back at the previous figure with "it" or "that": "and how
//! much of it did I hit?" after a quota, "how do you qualify for it?" after a bonus.

use super::parse::exact;
use super::vocabulary::Vocabulary;
use super::{Figure, Mark, Query, Understood};
use crate::fuzzy::mentions;

/// The question, read as about the previous figure it points back at, when it does.
pub(super) fn pointing_back(v: &Vocabulary, prev: &Query, ws: &[String]) -> Option<Understood> {
    // ("how far off was i" after "did i catch the express in october?": the mark asked of
    // is the one just asked about, though no "it" points back)
    let how_short = ws.len() <= 5 && mentions(ws, &["how far off", "how close", "how short"]);
    if ws.len() > 11 || !(how_short || exact(ws, &["it", "that", "this", "them", "there"])) || !prev.scenario.is_none()
    {
        return None;
    }
    if let Some(topic) = rule_of(prev, ws) {
        return Some(Understood::PlanRule { topic });
    }
    // (after a quota, or its attainment: "did I hit quota in q2", then "how far off it am i")
    (matches!(prev.figure, Figure::Quota | Figure::Attainment) && prev.who.seller().is_some())
        .then(|| of_quota(v, prev, ws))
        .flatten()
        .map(Understood::Answer)
}

/// "How far am I from hitting it?", "did I hit it?" after a quota: the distance to 100% of
/// it, or its attainment.
fn of_quota(v: &Vocabulary, prev: &Query, ws: &[String]) -> Option<Query> {
    let how_far = mentions(
        ws,
        &[
            "how far",
            "how close",
            "how much more",
            "away from",
            "short of",
            "to go",
            "left to",
            "far off",
        ],
    );
    let reached = exact(ws, super::words::REACHED) || mentions(ws, &["how much of", "where am i", "where do i stand"]);
    let at_quota = super::mark::accelerator_at_quota(v, prev.scope.measure.as_deref());
    // (a measure with no accelerator whose next tier starts at quota: "premium attainment?",
    // then "how far off it am i", is the distance to that tier)
    let tier_at_quota = !at_quota
        && prev.scope.measure.as_deref().is_some_and(|id| {
            v.inputs.plan.measures.iter().enumerate().any(|(i, m)| {
                m.id == id
                    && v.accelerator.is_none_or(|(am, _)| am != i)
                    && m.tiers.iter().skip(1).any(|t| t.from.0 == 10_000)
            })
        });
    let (figure, mark) = match (how_far, reached) {
        (true, _) if at_quota => (Figure::Distance, Some(Mark::Accelerator)),
        (true, _) if tier_at_quota => (Figure::Distance, Some(Mark::NextTier)),
        (true, _) | (false, true) => (Figure::Attainment, None),
        (false, false) => return None,
    };
    // ("how far off it am i now" after last quarter's attainment: from where the asker
    // stands now, not in the quarter gone by; "how far short of it am I" after the Q3
    // quota, from that quota)
    let carried = prev.scope.period.clone().filter(|p| {
        figure != Figure::Distance
            || !exact(ws, &["now", "currently", "today"])
            || super::parse::span(v, p).is_none_or(|(_, last)| last >= v.today())
    });
    Some(Query {
        figure,
        mark,
        who: prev.who.clone(),
        scope: super::Scope {
            measure: prev.scope.measure.clone(),
            // ("did i hit it last quarter?": the period said, else the previous one)
            period: crate::phrases::periods(ws, v.inputs.plan.start, v.today())
                .into_iter()
                .next()
                .or(carried),
            ..Default::default()
        },
        ..Default::default()
    })
}

/// "How do you qualify for it?", "how does that work?" after a bonus, the draw or a
/// clawback: what the plan says about it.
fn rule_of(prev: &Query, ws: &[String]) -> Option<String> {
    let how = exact(
        ws,
        &["qualify", "qualifies", "eligible", "eligibility", "rules", "rule"],
    ) || mentions(
        ws,
        &[
            "how does it work",
            "how does that work",
            "how do i get it",
            "how do you get it",
        ],
    )
        // ("when is it recovered?", "when does it get paid?")
        || matches!(super::context::first_said(ws), "when" | "when's")
        // ("how do i pay it back" after the draw)
        || exact(ws, &["how"]) && mentions(ws, &["pay it back", "pay that back", "paid back", "repay it"])
        // ("How is it recovered?", "how is that calculated?")
        // (not "how much was it reduced?": an amount)
        || ws.len() <= 5
            && ws.first().is_some_and(|w| w == "how")
            && !matches!(ws.get(1).map(String::as_str), Some("much" | "many" | "far" | "long"))
            && mentions(ws, &["is it", "is that", "was it", "does it get", "does that get"])
            && ws.last().is_some_and(|w| w.len() > 4 && w.ends_with("ed"));
    let subject = match prev.figure {
        Figure::Bonus => "bonus",
        Figure::DrawAdvanced | Figure::DrawRecovered | Figure::DrawBalance => "draw",
        Figure::Clawback => "clawback",
        _ => return None,
    };
    how.then(|| format!("{} {subject}", super::rule::topic(ws)))
}
