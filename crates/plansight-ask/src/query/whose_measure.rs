//! A question that names no measure where several have the part it asks about ("how far am
//! I from tier 2", "what if the quota went to 320k"): asked back, each measure's reading a
//! choice.

use super::parse::exact;
use super::vocabulary::Vocabulary;
use super::{Figure, Op, Query, Understood};
use crate::fuzzy::mentions;

/// The distance to "tier N" (or its rate, and a change to it) of each measure that has one,
/// when the question names no measure and more than one has a tier N.
pub(super) fn tier_of_which_measure(v: &Vocabulary, ws: &[String], query: &Query) -> Option<Vec<Query>> {
    // ("what if the second tier started at 70%": the ordinal before the noun)
    let ordinal = ws.windows(2).find_map(|w| {
        matches!(w[1].as_str(), "tier" | "level" | "band" | "step")
            .then(|| {
                ["first", "second", "third", "fourth", "fifth"]
                    .iter()
                    .position(|o| *o == w[0])
                    .map(|i| i + 1)
            })
            .flatten()
    });
    let n = ordinal.or_else(|| {
        ws.windows(2).find_map(|w| {
            matches!(w[0].as_str(), "tier" | "level" | "band" | "step")
                // ("whats my tier two rate", dictated)
                .then(|| {
                    w[1].parse::<usize>().ok().or_else(|| {
                        ["one", "two", "three", "four", "five", "six"]
                            .iter()
                            .position(|n| *n == w[1])
                            .map(|i| i + 1)
                    })
                })
                .flatten()
        })
    })?;
    let with_tier: Vec<&plansight_plan::Measure> = v
        .inputs
        .plan
        .measures
        .iter()
        .filter(|m| n >= 2 && m.tiers.len() >= n)
        .collect();
    // ("what if tier 2 paid 6%": the change to whose tier 2, each reading the change made)
    let changed = mentions(ws, super::scenario::HYPOTHETICAL) && crate::phrases::percent(ws).is_some();
    // (a lever already read of the first measure's tier, no measure said, is one reading;
    // not where its old value says whose tier it is, "cut tier 2 from 8% to 6%")
    let old_value_said = mentions(ws, &["from", "instead of", "rather than"]);
    let lever_of_tier = query
        .scenario
        .lever
        .as_ref()
        .is_none_or(|l| l.tier == u32::try_from(n).ok() && !old_value_said);
    if changed && query.scope.measure.is_none() && v.measure(ws).is_none() && lever_of_tier {
        let readings: Vec<Query> = with_tier
            .iter()
            .filter_map(|m| {
                let mut said = ws.to_vec();
                said.extend(["on".to_string(), m.name.to_lowercase()]);
                let lever = super::lever::lever(v, &crate::phrases::words(&said.join(" ")))?;
                let mut q = query.clone();
                q.scenario.lever = Some(lever);
                Some(q)
            })
            .collect();
        // (readings of different measures only: where the document's word for tiers is one
        // measure's, "level 2", every reading is that measure's, and nothing is unclear)
        let mut levers: Vec<Option<super::Lever>> = Vec::new();
        let readings: Vec<Query> = readings
            .into_iter()
            .filter(|q| {
                let new = !levers.contains(&q.scenario.lever);
                levers.push(q.scenario.lever.clone());
                new
            })
            .collect();
        if readings.len() > 1 {
            return Some(readings);
        }
    }
    // ("what's my tier 2 rate": whose tier 2, too)
    if !matches!(query.figure, Figure::Distance | Figure::Rate)
        || query.scope.measure.is_some()
        || !query.scenario.is_none()
    {
        return None;
    }
    let readings: Vec<Query> = with_tier
        .iter()
        .map(|m| {
            let mut q = query.clone();
            q.scope.measure = Some(m.id.clone());
            q
        })
        .collect();
    (readings.len() > 1).then_some(readings)
}

/// "what if the quota went to 320k": a new quota, with several measures on quota and none
/// named nor clearly nearest, is asked back with each measure's quota as a reading (not
/// read as a deal of that size).
pub(super) fn whose_quota(
    v: &Vocabulary,
    ws: &[String],
    query: &Query,
    figure: Option<Figure>,
    op: Option<Op>,
) -> Option<Understood> {
    let w = &query.scenario;
    if w.lever.is_some() || query.scope.measure.is_some() {
        return None;
    }
    let size = match &w.new_deal {
        Some(d) => d.amount.clone(),
        None => plansight_plan::Exact::from_cents(crate::phrases::amount(ws)?).money(),
    };
    // ("what if my target becomes 1 cr": the quota, not the target incentive)
    let target = exact(ws, &["target", "targets"])
        && !mentions(
            ws,
            &[
                "target incentive",
                "target pay",
                "target payout",
                "target earnings",
                "target comp",
                "target commission",
                "on target",
                "on-target",
                "target bonus",
            ],
        );
    let changed = (mentions(ws, &["quota", "quotas"]) || target)
        && exact(
            ws,
            &[
                "to", "at", "went", "goes", "raised", "set", "became", "was", "were", "of", "is", "becomes",
            ],
        )
        && !exact(
            ws,
            &[
                "deal", "close", "closed", "land", "landed", "win", "won", "book", "booked", "sign", "signed", "sell",
            ],
        );
    if !changed {
        return None;
    }
    let readings: Vec<Query> = v
        .inputs
        .plan
        .measures
        .iter()
        .filter(|m| !m.quotas.is_empty())
        .map(|m| {
            let mut q = query.clone();
            q.scenario.new_deal = None;
            q.scenario.lever = Some(super::Lever {
                kind: super::LeverKind::Quota,
                measure: Some(m.id.clone()),
                tier: None,
                value: size.clone(),
            });
            q.figure = figure.filter(|f| *f != Figure::Quota).unwrap_or(Figure::Earnings);
            q.op = op.unwrap_or(Op::Value);
            q
        })
        .collect();
    (readings.len() > 1).then(|| Understood::AskBack {
        missing: "which measure's quota".into(),
        readings,
    })
}
