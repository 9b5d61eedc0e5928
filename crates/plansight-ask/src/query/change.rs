//! A plan change said with the value it replaces ("cut tier 2 from 8% to 6%", "paying 5%
//! instead of 4%", "counted up to 200% instead of 150%"): the old value is one the plan has
//! today, and which part has it says what changes, whatever the words for it.

use super::parse::exact;
use super::vocabulary::Vocabulary;
use super::{Lever, LeverKind};
use crate::phrases::{fraction_text, percents};

/// The part of the plan that has a value today, with the lever that changes it.
struct Part {
    kind: LeverKind,
    measure: usize,
    tier: Option<usize>,
}

/// The lever of a change said with its old percentage, when exactly one part of the plan
/// (of the measure named, when one is) has that value today.
pub(super) fn from_old_value(v: &Vocabulary, ws: &[String], measure: Option<&str>) -> Option<Lever> {
    // (a rate said as a multiple counts too: "at 2.5x instead of 2x")
    let mut said = percents(ws);
    said.extend(ws.iter().enumerate().filter_map(|(i, w)| {
        let n = w.strip_suffix('x').filter(|n| !n.is_empty())?;
        Some((i, crate::phrases::scaled(n, 1_000_000)?))
    }));
    // ("full bloom paying double instead of 1.5": a multiple said bare or in words, where
    // a multiple is said as the old value too; not a tier's number)
    let multiple = |i: usize, w: &str| match w {
        "double" => Some(2_000_000),
        "triple" => Some(3_000_000),
        _ if i > 0 && matches!(ws[i - 1].as_str(), "tier" | "band" | "level" | "step") => None,
        // (not a count: "3 deals instead of 2")
        _ if ws
            .get(i + 1)
            // (but "2.5 times the base" is a multiple)
            .is_some_and(|n| n.len() > 2 && n.chars().all(char::is_alphabetic) && n.ends_with('s') && n != "times") =>
        {
            None
        }
        _ => crate::phrases::scaled(w, 1_000_000).filter(|n| (1..=10_000_000).contains(n)),
    };
    let bare: Vec<(usize, i128)> = ws
        .iter()
        .enumerate()
        .filter(|(i, _)| !said.iter().any(|(j, _)| j == i))
        .filter_map(|(i, w)| Some((i, multiple(i, w)?)))
        .collect();
    // (a multiple's form, in words or with a decimal point, said at least once)
    let bare_multiples = said.is_empty()
        && bare.len() == 2
        && bare
            .iter()
            .any(|(i, _)| matches!(ws[*i].as_str(), "double" | "triple") || ws[*i].contains('.'));
    if bare_multiples {
        said = bare;
    } else if let [(at, _)] = said[..] {
        // ("paid double the base instead of 1.5x": a multiple in words beside one written)
        if ws[at].ends_with('x') {
            said.extend(
                bare.into_iter()
                    .filter(|(i, _)| matches!(ws[*i].as_str(), "double" | "triple")),
            );
        }
    }
    said.sort();
    let old_at = |i: usize| {
        let before = |k: usize| i.checked_sub(k).map(|j| ws[j].as_str());
        matches!((before(2), before(1)), (Some("instead"), Some("of")) | (Some("rather"), Some("than")))
            || matches!(before(1), Some("not" | "vs" | "versus"))
            // "from 8% to 6%": the first is today's.
            || before(1) == Some("from") && said.iter().any(|(j, _)| *j > i && ws[j - 1] == "to")
            || matches!(ws.get(i + 1).map(String::as_str), Some("now" | "today" | "currently"))
    };
    let (old, new): (Vec<_>, Vec<_>) = said.iter().partition(|(i, _)| old_at(*i));
    let [(_, old)] = old.as_slice() else { return None };
    let [(_, new)] = new.as_slice() else { return None };
    let plan = &v.inputs.plan;
    let named = measure.and_then(|m| plan.measure_index(m));
    // "tier 2": the tier said by its number narrows the parts.
    let tier_said = ws
        .windows(2)
        .find(|w| w[0] == "tier")
        .and_then(|w| w[1].parse::<usize>().ok());
    let point = |p: plansight_plan::Point| p.0 as i128 * 100;
    let mut parts = Vec::new();
    for (mi, m) in plan.measures.iter().enumerate() {
        if named.is_some_and(|n| n != mi) {
            continue;
        }
        if m.threshold.is_some_and(|t| point(t) == *old) && tier_said.is_none() {
            parts.push(Part {
                kind: LeverKind::Threshold,
                measure: mi,
                tier: None,
            });
        }
        if m.cap.is_some_and(|c| point(c) == *old) && tier_said.is_none() {
            parts.push(Part {
                kind: LeverKind::Cap,
                measure: mi,
                tier: None,
            });
        }
        for (ti, t) in m.tiers.iter().enumerate() {
            if tier_said.is_some_and(|n| n != ti + 1) {
                continue;
            }
            if t.rate.0 as i128 == *old {
                parts.push(Part {
                    kind: LeverKind::Rate,
                    measure: mi,
                    tier: Some(ti),
                });
            }
            if ti > 0 && point(t.from) == *old {
                parts.push(Part {
                    kind: LeverKind::TierStart,
                    measure: mi,
                    tier: Some(ti),
                });
            }
        }
    }
    // A tier the document names picks its own ("Mile High kicking in at 130% instead of
    // 150%", where another measure's tier pays 1.5x).
    let tier_named = v.terms_in(ws).into_iter().find_map(|t| match t {
        super::terms::Term::Tier(mi, ti) => Some((mi, ti)),
        _ => None,
    });
    if let Some((mi, ti)) = tier_named {
        if parts.iter().any(|p| p.measure == mi && p.tier == Some(ti)) {
            parts.retain(|p| p.measure == mi && p.tier == Some(ti));
        }
    }
    // A word for the kind picks among parts that share the value ("the threshold from 50%").
    if parts.len() > 1 {
        let kind_said = |k: LeverKind| match k {
            LeverKind::Threshold => exact(ws, &["threshold", "minimum", "gate"]),
            LeverKind::Cap => exact(ws, &["cap", "capped", "ceiling", "up"]),
            LeverKind::Rate => exact(ws, &["rate", "pays", "paying", "paid", "pay"]),
            LeverKind::TierStart => exact(ws, &["start", "starts", "starting", "kicks", "begins"]),
            _ => false,
        };
        parts.retain(|p| kind_said(p.kind));
    }
    // (a multiple said bare is a rate's)
    if bare_multiples {
        parts.retain(|p| p.kind == LeverKind::Rate);
    }
    let [part] = parts.as_slice() else { return None };
    Some(Lever {
        kind: part.kind,
        measure: Some(plan.measures[part.measure].id.clone()),
        tier: part.tier.map(|t| t as u32 + 1),
        value: fraction_text(*new, 1_000_000),
    })
}
