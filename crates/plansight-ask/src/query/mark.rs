//! The mark a distance is measured to (the threshold, the next tier, the accelerator, the
//! cap), from the plan document's names for them and the domain's words.

use super::parse::exact;
use super::scope::tier_by_rate;
use super::terms::Term;
use super::vocabulary::Vocabulary;
use super::{Mark, Query};
use crate::fuzzy::mentions;

/// "before commission even kicks in", "before my pay actually starts": the point pay begins,
/// which is the threshold, however many words stand between.
fn commission_starts(ws: &[String]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        // (the pay itself, not "before my pay period starts")
        let pay_at = |k: usize| {
            ws.get(k).is_some_and(|p| {
                matches!(
                    p.as_str(),
                    "commission" | "commissions" | "comission" | "commision" | "pay" | "payout" | "earnings"
                )
            }) && !ws
                .get(k + 1)
                .is_some_and(|n| matches!(n.as_str(), "period" | "cycle" | "run" | "year" | "month" | "quarter"))
        };
        w == "before"
            && (i + 1..i + 4).any(pay_at)
            && ws
                .iter()
                .skip(i + 2)
                .take(4)
                .any(|s| matches!(s.as_str(), "starts" | "kicks" | "begins" | "kick" | "start"))
    })
}

/// The mark the question measures to, if any (none under a plan change: its words are the
/// lever's).
pub(super) fn mark(v: &Vocabulary, ws: &[String], q: &Query, named: &[Term]) -> Option<Mark> {
    let lever = q.scenario.lever.as_ref().map(|l| l.kind);
    if lever.is_some() {
        None
    } else if let Some(t) = named.iter().find(|t| !matches!(t, Term::Draw | Term::PayoutCap)) {
        // The document's own name for a part of the plan: "Overdrive", "the Floor".
        Some(match t {
            Term::Tier(mi, ti) if v.is_accelerator(*mi, *ti) => Mark::Accelerator,
            Term::Tier(..) => Mark::NextTier,
            Term::Threshold(_) => Mark::Threshold,
            Term::Cap(_) => Mark::Cap,
            // ("did she hit the Terminus": what she earned, against the payout cap)
            Term::Draw | Term::PayoutCap => unreachable!("the draw and the payout cap are no marks"),
        })
    } else if v.says_accelerator(ws)
        || mentions(ws, &["super-accelerator"])
        || tier_by_rate(v, ws).is_some_and(|t| Some(t) == v.accelerator)
        // "how far was I from tier 3", tier 3 being the accelerator
        || v.accelerator.is_some_and(|(am, at)| {
            ws.windows(2).any(|w| w[0] == "tier" && w[1].parse::<usize>().ok() == Some(at + 1))
                && q.scope.measure.as_deref().is_none_or(|m| v.inputs.plan.measures[am].id == m)
        })
        || quota_is_the_accelerator(v, ws, q)
    {
        Some(Mark::Accelerator)
    } else if mentions(ws, &["threshold", "minimum attainment", "gate"]) && lever != Some(super::LeverKind::Threshold)
        // ("would a 10k deal today get me past the minimum thing?": a new hire's word for it)
        || mentions(ws, super::words::THE_MINIMUM) && lever.is_none()
        || mentions(
            ws,
            &[
                "start earning",
                "earning anything",
                "earn anything",
                "start getting paid",
                "get paid at all",
                "actually getting paid",
                "actually get paid",
                // ("how much do I need to sell before the commission even starts")
                "before the commission starts",
                // ("how much am I short of the point where December commission starts paying")
                "commission starts paying",
                "before the commission even starts",
                "before commission starts",
                "before commission even starts",
                // ("how much more do I need to sell before any commission starts")
                "before any commission",
                // ("how much do i need to sell before i start making commission")
                "start making commission",
                "start making money",
                "start making anything",
                "making any commission",
                "before commission kicks in",
                "before i earn anything",
                // ("how much more premium do I need to place before anything pays on core?")
                "before anything pays",
                "before anything is paid",
                "before anything gets paid",
                "before anything kicks in",
                "before anything at all",
                // ("how much more do I have to sell before I get paid anything on it")
                "get paid anything",
                "getting paid anything",
            ],
        ) && lever.is_none()
        || commission_starts(ws) && lever.is_none()
    {
        Some(Mark::Threshold)
    } else if mentions(
        ws,
        &[
            "next tier",
            "next band",
            "next level",
            "next rate",
            "tier",
            "band",
            "rate goes up",
            "rate bump",
            "rate bumps",
            "bumps up",
            "rate jumps",
            "rate increase",
            "higher rate",
            "step-up",
            "step up",
            "steps up",
            "decelerator",
        ],
    ) && lever.is_none()
        // ("how far to the next one")
        || mentions(ws, &["next one"])
            && mentions(ws, &["how far", "how much more", "away from", "to go", "need for", "need to get"])
        // "the next flight level", "the next commission band"
        || ws.iter().enumerate().any(|(i, w)| {
            w == "next"
                && ws[i + 1..]
                    .iter()
                    .take(2)
                    .any(|n| matches!(n.as_str(), "tier" | "level" | "band" | "step" | "bracket"))
        }) && lever.is_none()
        || quota_is_a_tier(v, ws, q)
        // ("what does it take to get out of decel this q": the next tier's distance; "am i
        // out of decel yet" asks the rate)
        || exact(ws, &["decel"]) && mentions(ws, &["what does it take", "how far", "how much more", "how much to"])
        // ("how much more mg do i have to sell to get the bigger mg payout": the better rate,
        // said by one who does not know the tiers' names)
        || mentions(ws, &["get the bigger", "get the higher", "get the better", "to the bigger", "to the higher"])
            && mentions(ws, &["how much more", "how far", "how close", "have to sell", "need to sell", "do i need"])
            && lever.is_none()
    {
        Some(Mark::NextTier)
    } else if (exact(ws, &["cap", "capped", "ceiling"])
        // ("how close am i to the top limit on the mg thing")
        || mentions(ws, &["top limit", "upper limit", "the limit on"])
        // ("have i maxed out the strategic incentive yet": its attainment cap)
        || mentions(ws, super::words::MAXED_OUT)
            && q.scope.measure.as_ref().is_some_and(|id| v.inputs.plan.measures.iter().any(|m| m.id == *id && m.cap.is_some())))
        && lever.is_none()
    {
        Some(Mark::Cap)
    } else {
        None
    }
}

/// Whether the question asks how far the asker is from quota ("how far am I from hitting my
/// quota?", "how much more to hit my number", "would a 10k deal get me to quota"), not the
/// share of it reached ("how far along my quota am I, percentage-wise").
fn to_quota(ws: &[String], q: &Query) -> bool {
    let how_far = mentions(
        ws,
        &[
            "how far",
            "how much more",
            "how much further",
            "away from",
            "short of",
            "to go",
            "left to",
            // ("and the gap to 100%?")
            "gap to",
            "delta to",
            // ("how much is missing to hit my quota")
            "missing to",
            // ("what do i need to sell to hit my quota this quarter")
            "need to sell to",
            "need to close to",
            "need to book to",
            "have to sell to",
        ],
    )
        // ("how close am i to hitting quota": the distance; "how close am I to my quota" asks
        // the share reached)
        || mentions(ws, &["how close"]) && exact(ws, &["hitting", "hit", "reaching", "reach", "making", "make"])
        // ("who on my team is closest to hitting quota": the least credit still to go)
        || mentions(ws, &["closest to", "nearest to"]) && exact(ws, &["who", "which", "who's", "whos"])
        // ("would a 10k deal get me to quota this quarter?": whether it reaches it)
        || q.scenario.new_deal.is_some() && mentions(ws, &["get me to", "take me to", "bring me to", "put me at", "get me over"]);
    // ("hit my number": the quota)
    let quota = exact(ws, &["quota", "target", "100%"]) || super::scope::quota_said(ws);
    let share = mentions(
        ws,
        &[
            "how far along",
            "percentage-wise",
            "percentage wise",
            "what percent",
            "what %",
        ],
    );
    how_far && quota && !share
}

/// "How far am I from hitting my quota?": the credit still needed to reach 100% of it,
/// which is the accelerator's start when the accelerator begins at quota (otherwise no
/// mark of the plan stands at 100%, and the question stays one of attainment).
fn quota_is_the_accelerator(v: &Vocabulary, ws: &[String], q: &Query) -> bool {
    to_quota(ws, q) && accelerator_at_quota(v, q.scope.measure.as_deref())
}

/// "How much more do I need to hit my strategic target", the measure named not the
/// accelerator's: its tier that starts at 100% of quota.
fn quota_is_a_tier(v: &Vocabulary, ws: &[String], q: &Query) -> bool {
    to_quota(ws, q)
        && !accelerator_at_quota(v, q.scope.measure.as_deref())
        && q.scope.measure.as_deref().is_some_and(|id| {
            v.inputs
                .plan
                .measures
                .iter()
                .find(|m| m.id == id)
                .is_some_and(|m| m.tiers.iter().skip(1).any(|t| t.from.0 == 10_000))
        })
}

/// Whether the accelerator (of `measure`, when one is named) begins at 100% of quota, so
/// the distance to quota is the distance to it.
pub(super) fn accelerator_at_quota(v: &Vocabulary, measure: Option<&str>) -> bool {
    v.accelerator.is_some_and(|(am, at)| {
        let m = &v.inputs.plan.measures[am];
        m.tiers[at].from.0 == 10_000 && measure.is_none_or(|id| m.id == id)
    })
}

/// "who on my team is furthest from the zeppelin": a distance asked from a mark said in
/// words no part of the plan has, read as another figure. Answering that figure would
/// answer a different question, so the marks the plan has are offered instead.
pub(super) fn asked_back_unplaced(
    v: &Vocabulary,
    question: &str,
    ws: &[String],
    understood: super::Understood,
) -> super::Understood {
    use super::{Figure, Understood};
    const FROM: &[&str] = &[
        "how far",
        "furthest from",
        "farthest from",
        "far from",
        "far off",
        "how close",
        "closest to",
        "nearest to",
    ];
    let Understood::Answer(q) = &understood else {
        return understood;
    };
    let another = matches!(
        q.figure,
        Figure::Earnings | Figure::Payable | Figure::Credit | Figure::DealCount | Figure::DealAmount
    );
    // (not a part of the plan the document names, "how far I am from the Flatline" where the
    // Flatline is the payout cap; nor Pidgin's greeting, "how far, wetin …")
    // (and only a place named after "from the"/"to the"/"off the": not "how close was my Q3
    // commission to my Q2", a comparison, "how far off is my next payout", nor "which of my
    // deals are closest to closing")
    let place_named = ws.windows(3).any(|w| {
        matches!(w[0].as_str(), "from" | "to" | "off")
            && w[1] == "the"
            && !crate::query::words::DEALS.contains(&w[2].as_str())
            && crate::phrases::periods(std::slice::from_ref(&w[2]), v.inputs.plan.start, v.today()).is_empty()
    });
    if !another
        || !q.scenario.is_none()
        || q.scope.versus.is_some()
        || !mentions(ws, FROM)
        || !place_named
        || exact(ws, &["closing", "close", "closes"])
        || !v.terms_in(ws).is_empty()
        || greets_how_far(question)
    {
        return understood;
    }
    let to = |mark: Mark| Query {
        figure: Figure::Distance,
        mark: Some(mark),
        ..q.clone()
    };
    // (the marks this plan has)
    let threshold = v.inputs.plan.measures.iter().any(|m| m.threshold.is_some());
    let mut readings: Vec<Query> = Vec::new();
    readings.extend(threshold.then(|| to(Mark::Threshold)));
    readings.extend(v.accelerator.is_some().then(|| to(Mark::Accelerator)));
    readings.push(to(Mark::NextTier));
    Understood::AskBack {
        missing: "how far from which mark".into(),
        readings,
    }
}

/// Pidgin's greeting "how far" ("how far, wetin …", "How far una, who …"), no distance.
fn greets_how_far(question: &str) -> bool {
    let lower = question.trim_start().to_lowercase();
    lower.strip_prefix("how far").is_some_and(|rest| {
        let rest = rest.trim_start();
        rest.starts_with([',', '?', '!', '.'])
            || ["una", "o ", "bro", "oga", "my guy"]
                .iter()
                .any(|w| rest.starts_with(w))
    })
}
