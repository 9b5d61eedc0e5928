//! A plan change said without its new value ("run the numbers on a higher kicker", "if the
//! ladder paid more"): asked back, never quoted or guessed.

use super::parse::exact;
use super::vocabulary::Vocabulary;
use crate::fuzzy::mentions;

/// The words for the parts of a plan a what-if may change.
pub(super) const PLAN_PARTS: &[&str] = &[
    "rate",
    "quota",
    "goal",
    "threshold",
    "cap",
    "tier",
    "band",
    "rates",
    "quotas",
    "thresholds",
    "caps",
    "tiers",
    "bands",
];

/// "Run the numbers on a higher kicker", "model a tougher wheels-up", "what if we lowered
/// the MG quota": a plan change without its new value (asked back, never quoted or guessed).
pub(super) fn vague_plan_change(v: &Vocabulary, ws: &[String]) -> bool {
    // ("if the colours paid a bit more": what pays, said in the plan's own word)
    let pays_at = |k: usize| {
        ws.get(k)
            .is_some_and(|w| matches!(w.as_str(), "paid" | "pay" | "paying"))
    };
    let plan_pays = ws
        .windows(2)
        .enumerate()
        .any(|(i, w)| w[0] == "if" && w[1] == "the" && (pays_at(i + 3) || pays_at(i + 4)));
    // ("what if we made the heavy weather side a bit more generous": a measure made richer)
    let measure_richer = v.measure(ws).is_some()
        && exact(
            ws,
            &[
                "generous", "stingier", "juicier", "richer", "sweeter", "tougher", "harsher",
            ],
        );
    // ("what if the disposables payout was better": a measure's pay made better, no number)
    let measure_pays_better = v.measure(ws).is_some()
        && ws.windows(4).any(|w| {
            w[0] == "the"
                && matches!(w[2].as_str(), "payout" | "payouts" | "rate" | "rates" | "pay")
                && matches!(w[3].as_str(), "was" | "were" | "got" | "became")
        })
        && exact(ws, &["better", "higher", "bigger", "more"])
        && crate::phrases::percent(ws).is_none()
        && crate::phrases::amount(ws).is_none();
    // ("make the drams a wee bit more generous" where "| the drams | … tiers |": a part of
    // the plan by the document's word)
    let plan_part = exact(ws, PLAN_PARTS)
        || exact(
            &super::synonyms::plain(ws, &v.idea_words, &|_| false),
            &["tier", "tiers"],
        )
        || v.says_accelerator(ws)
        || !v.terms_in(ws).is_empty()
        || plan_pays
        || measure_richer
        || measure_pays_better;
    // (a word of a term's own name changes nothing: "make the first move", the threshold)
    let beside_terms = v.without_terms(ws);
    let changes_it = (exact(
        &beside_terms,
        &[
            "higher",
            "lower",
            "richer",
            "bigger",
            "smaller",
            "moving",
            "move",
            "shift",
            "shifting",
            "raise",
            "cut",
            "lowered",
            "raised",
            "lowering",
            "raising",
            "reduced",
            "increased",
            "decreased",
            "dropped",
            "generous",
            "juicier",
            "juicy",
            "tougher",
            "stingier",
            // ("if the sluice rates were less stingy")
            "stingy",
            // ("if the reef levels were a bit more lekker")
            "lekker",
            "kinder",
            "sweeter",
            "harder",
            "easier",
            "steeper",
            "softer",
            // ("soften the crease a bit - whats the cost?")
            "soften",
            "softened",
            "relax",
            "relaxed",
            "tighter",
            "looser",
            "tighten",
            "tightened",
            "loosen",
            "loosened",
            "fatter",
            "leaner",
            "better",
            "worse",
            "sweetened",
            "sweeten",
            "sweetening",
            "boosted",
            "boost",
            "attractive",
            "lucrative",
            "rewarding",
            // ("what if evergreen kicked in earlier")
            "earlier",
            "later",
            "sooner",
            "nearer",
            // ("make the bonfire hotter": the plan's own image for its accelerator)
            "hotter",
            "richer",
            "bigger",
            "smaller",
            "stronger",
            "weaker",
        ],
    ) || bring_forward(ws)
        || mentions(
            ws,
            &[
                "went up",
                "go up",
                "goes up",
                "went down",
                "go down",
                "goes down",
                "paid more",
                "pay more",
                "paid a bit more",
                "paid a little more",
                "paid a lot more",
                "paid less",
                "pay less",
                // ("what if we made taking the elevator more worth it")
                "more worth it",
                "worth more",
                "less worth it",
            ],
        ))
        && exact(
            ws,
            &[
                "model", "run", "simulate", "what", "what's", "whats", "if", "try", "made", "make", "tighten",
                "loosen", "soften", "relax",
            ],
        );
    // (not "I thought I made full throttle. Why was it paid at the lower rate?": why what was
    // paid was so, no change supposed)
    let asks_why_it_was = exact(ws, &["why"]) && !exact(ws, &["if", "suppose", "imagine", "would"]);
    plan_part
        && changes_it
        && !asks_why_it_was
        && crate::phrases::percent(ws).is_none()
        && crate::phrases::amount(ws).is_none()
}

/// "Bring Lenana forward a little": a part moved forward, not "my quota going forward".
fn bring_forward(ws: &[String]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        w == "forward"
            && ws[..i].iter().rev().take(3).any(|x| {
                matches!(
                    x.as_str(),
                    "bring" | "brought" | "move" | "moved" | "pull" | "pulled" | "push"
                )
            })
    })
}
