//! The measure a question names by one of its terms: a tier, a threshold or a cap the
//! document names ("how far am I from Lift"), the noun its tiers' names end in ("what shot
//! am i on"), its annual quota.

use super::vocabulary::Vocabulary;
use super::{Figure, Query};
use crate::fuzzy::mentions;
use crate::phrases::{normalize, words};

/// Sets the query's measure from a term of it said, where the question names none (or one
/// by its initials alone, for a distance).
pub(super) fn measure(v: &Vocabulary, question: &str, ws: &[String], figure: Option<Figure>, query: &mut Query) {
    let plan = &v.inputs.plan;
    // A tier the document names belongs to its measure ("how far am I from Lift"), over a
    // measure said by its initials alone ("new logo GP to get to Sapling").
    let by_initials = query.scope.measure.is_some()
        && v.measure(&ws.iter().filter(|w| w.len() > 3).cloned().collect::<Vec<_>>())
            .is_none();
    if query.scope.measure.is_none() || by_initials && figure == Some(Figure::Distance) {
        use super::terms::Term;
        // The plan's first measure is the one a one-measure figure reads anyway.
        // ("how far am I from the Full Charge": the battery measure's cap)
        let of = match v.terms_in(ws).first().copied() {
            Some(Term::Tier(mi, ti)) if v.accelerator != Some((mi, ti)) => Some(mi),
            Some(Term::Threshold(mi) | Term::Cap(mi)) if query.scenario.lever.is_none() => Some(mi),
            _ => None,
        };
        match of {
            Some(mi) if mi > 0 => query.scope.measure = Some(plan.measures[mi].id.clone()),
            Some(_) if by_initials && query.scope.measure.as_ref() != Some(&plan.measures[0].id) => {
                query.scope.measure = None
            }
            _ => {}
        }
    }
    // ("what shot am i on rn" where one measure's tiers are the Single, Double and Triple
    // Shot: the noun its tiers' names end in, said of no other measure's; read in the words
    // as typed, since `tier_words` has already made "shot" a "tier")
    if query.scope.measure.is_none() {
        let typed = words(&normalize(question));
        // (not a word of another phrase of the plan's: "tide day", the payday, where the MG
        // tiers are the Low and the High Tide)
        let in_phrase = |i: usize| {
            let pair = |a: usize| typed.get(a..a + 2).map(|p| p.join(" "));
            [i.checked_sub(1).and_then(pair), pair(i)]
                .into_iter()
                .flatten()
                .any(|p| {
                    v.idea_words.iter().any(|(n, _)| *n == p)
                        || v.terms
                            .iter()
                            .any(|(n, t)| *n == p && !matches!(t, super::terms::Term::Tier(..)))
                })
        };
        // (asked where one stands: "what shot", "which shot", "the next shot"; not "list my tap
        // steals", "the tabor tap room", "cut flat shade from 3.5%")
        let asked = |i: usize| i > 0 && matches!(typed[i - 1].as_str(), "what" | "which" | "wat" | "next");
        let of = typed
            .iter()
            .enumerate()
            .filter(|(i, _)| asked(*i) && !in_phrase(*i))
            .find_map(|(_, w)| {
                let w = w.strip_suffix('s').unwrap_or(w);
                let generic = ["tier", "rate", "level", "band", "step", "stage", "rung", "bracket"].contains(&w);
                let ending: Vec<usize> = v
                    .terms
                    .iter()
                    .filter_map(|(name, t)| match t {
                        super::terms::Term::Tier(mi, _) if name.rsplit_once(' ').is_some_and(|(_, last)| last == w) => {
                            Some(*mi)
                        }
                        _ => None,
                    })
                    .collect();
                // (a naming scheme: two tiers or more of one measure, no other's)
                (!generic
                    && w.len() >= 3
                    && w.chars().all(char::is_alphabetic)
                    && ending.len() >= 2
                    && ending.iter().all(|m| *m == ending[0]))
                .then(|| ending[0])
            });
        if let Some(mi) = of.filter(|&mi| mi > 0) {
            query.scope.measure = Some(plan.measures[mi].id.clone());
        }
    }
    // "my annual quota": the measure whose quota is annual.
    if query.scope.measure.is_none() && mentions(ws, &["annual quota", "annual target", "yearly quota"]) {
        query.scope.measure = plan
            .measures
            .iter()
            .find(|m| m.quota_period == plansight_plan::PeriodKind::Annual)
            .map(|m| m.id.clone());
    }
}
