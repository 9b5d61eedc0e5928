//! The operation a question asks for (a list, the top or bottom N, the best period, a
//! comparison, an explanation, a rank) and how many.

use super::parse::exact;
use super::words::*;
use super::{Op, Query};
use crate::fuzzy::mentions;

/// "Zero from equipment every single robo, what's going on?": a why.
// ("paid me zilch, what's the story": the Irish "what's going on")
const GOING_ON: &[&str] = &[
    "what's going on",
    "whats going on",
    "what is going on",
    "what's the story",
    "whats the story",
    // ("earned 5,086.32 but payable only 3,000.00. Where is the rest going??")
    "where is the rest",
    "where's the rest",
    "wheres the rest",
    "where did the rest",
    // ("what did november pay me and what's in it?")
    "and what's in it",
    "and whats in it",
    "and what is in it",
];

/// Asking for a figure taken apart ("break down my june", "can u break it down for me").
const BREAK_DOWN: &[&str] = &[
    "break down",
    "break it down",
    "break that down",
    "break this down",
    // ("can you break up my Q3 big ticket incentive for me")
    "break up my",
    "break it up",
];

/// The operation the question asks for, when it names one (`payday_said`: the document's
/// name for the payday is said, "my november alert", so pay is).
pub(super) fn op(ws: &[String], q: &Query, team: bool, payday_said: bool) -> Option<Op> {
    // ("what would max earn": a name, not the most; "what did Tilburg Drukkerij earn me, at
    // least that customer should be decent": "at least" ranks nothing)
    let ws: &[String] = &ws
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            !(w.as_str() == "max" && super::people::only_a_person(ws, *i)
                // ("how far to the top tier": the plan's highest tier, no ranking)
                || w.as_str() == "top"
                    && ws
                        .get(i + 1)
                        .is_some_and(|n| {
                            // ("how close am i to the top limit on the mg thing": the cap)
                            matches!(
                                n.as_str(),
                                "tier" | "band" | "rate" | "level" | "step" | "rung" | "limit" | "ceiling"
                            )
                        })
                // ("get me past the minimum thing": the threshold, no ranking)
                || w.as_str() == "minimum" && mentions(ws, super::words::THE_MINIMUM)
                // ("is kiwisaver paid on top of my commission": as well as, no ranking)
                || w.as_str() == "top"
                    && *i > 0
                    && ws[i - 1] == "on"
                    && ws.get(i + 1).is_some_and(|n| n == "of")
                    && ws.get(i + 2).is_some_and(|n| matches!(n.as_str(), "my" | "your" | "our"))
                || *w == "at" && ws.get(i + 1).is_some_and(|n| n == "least")
                || *w == "least" && *i > 0 && ws[i - 1] == "at"
                // ("is commission on list price?": the price, no listing)
                || *w == "list" && ws.get(i + 1).is_some_and(|n| matches!(n.as_str(), "price" | "prices")))
        })
        .map(|(_, w)| w.clone())
        .collect::<Vec<_>>();
    // ("break down my q3 earnings deal by deal": each deal's, listed)
    if mentions(ws, &["deal by deal", "deal-by-deal", "per deal", "by deal"]) && q.scenario.is_none() && !team {
        return Some(Op::List);
    }
    // "90k a quarter" says how often, not which period is ranked.
    let period_ranked = ws.iter().enumerate().any(|(i, w)| {
        matches!(
            w.as_str(),
            "quarter" | "month" | "period" | "quarters" | "months" | "quater" | "quarer" | "quartr" | "qtr"
        ) && !matches!(
            i.checked_sub(1).map(|j| ws[j].as_str()),
            Some("a" | "per" | "each" | "every")
        )
            // ("which quarter's been dearest": the period, said with its verb)
            || matches!(w.as_str(), "quarter's" | "month's" | "quarters" | "months")
                && matches!(i.checked_sub(1).map(|j| ws[j].as_str()), Some("which" | "what"))
    }) && q.scope.period.as_deref().is_none_or(|p| p == "FY");
    let prefixed = |list: &[&str]| {
        ws.iter()
            .any(|w| w != "top-up" && list.iter().any(|b| w.starts_with(&format!("{b}-"))))
    };
    let best = (exact(ws, BEST) || prefixed(BEST))
        && !mentions(
            ws,
            &[
                "best case",
                "best-case",
                "top out",
                "tops out",
                "max out",
                "maxed out",
                "max me out",
                "top me up",
                "top up",
                "tops up",
            ],
        );
    // "a draw to make up the minimum" is the plan's floor, not the lowest of a ranking.
    let worst = (exact(ws, WORST) || prefixed(WORST))
        && !mentions(
            ws,
            &[
                "make up the minimum",
                "guaranteed minimum",
                "the minimum draw",
                "a minimum",
            ],
        );
    let why = mentions(ws, GOING_ON)
        || exact(
            ws,
            &[
                "why",
                "why'd",
                "why's",
                "explain",
                "breakdown",
                "calculated",
                "calculate",
                "justify",
                "itemize",
                "itemise",
                "itemized",
                "itemised",
            ],
        )
        || mentions(ws, BREAK_DOWN)
        || mentions(
            ws,
            &[
                "how come",
                "where does",
                "walk me",
                "behind the number",
                "behind the figure",
                "story behind",
                "how did you get",
                "how did we get",
                "what happened",
                "oddly",
                "come out to",
                "came out to",
                "end up at",
                "how was",
                "worked out",
                "work out",
            ],
        );
    // "how did X end up paying what it did" asks why; "what did X end up paying", how much.
    let why = why
        || exact(ws, &["how"])
            && mentions(
                ws,
                &[
                    "end up paying",
                    "ended up paying",
                    "end up at",
                    "came out",
                    "come out",
                    "computed",
                    "figured",
                ],
            );
    if why && (q.scope.deal.is_some() || q.scope.account.is_some()) {
        return Some(Op::Explain);
    }
    // "why is my April check so low", "why did I get nothing on Premium all year": a
    // period's or a measure's pay, explained.
    let pay_said = exact(
        ws,
        &[
            "check",
            "cheque",
            "payout",
            "paycheck",
            // ("walk me through Tariq's August statement")
            "statement",
            "paid",
            "pay",
            "commission",
            "commish",
            "commo",
            "comm",
            "earnings",
            "earned",
            "earn",
            // ("why did she stop earning in August?")
            "earning",
            "made",
            // ("why does Sabine make so much in October?")
            "make",
            "makes",
            "earns",
            "get",
            "got",
            "getting",
            // ("why did i recieve a payment in september")
            "payment",
            "receive",
            "received",
            "nothing",
            "zero",
            // (only pay goes below zero: "why am I in the negative")
            "negative",
            "minus",
        ],
    ) || mentions(ws, &["in the red", "into the red", "why no", "go backwards", "went backwards", "gone backwards"])
        // ("why was money taken back from me in October?": the month's pay, a clawback in it)
        || mentions(ws, &["taken back", "took back", "clawed back", "charged back"])
        // ("why they took me money in december?": a second language's "took money from me")
        || mentions(ws, &["took me money", "take me money", "took money", "taken money", "take money"])
        // ("why was his Q2 so weak", "my fit-out number looks dire - why?", "why didn't my Q1
        // go higher": a period's or a measure's pay, judged)
        || exact(
            ws,
            &[
                "weak", "dire", "poor", "disappointing", "lousy", "rubbish", "terrible", "awful", "bad", "higher",
                // ("why is my november so low??")
                "low", "lower", "light", "skinny", "thin", "tiny", "meagre", "meager",
                // ("why did darcel's september fall off a cliff?")
                "cliff", "tanked", "cratered", "slumped", "nosedived", "dipped",
                // ("why did elease's q3 tank": the present after "did")
                "tank", "crater", "slump", "nosedive", "dip", "flop", "flopped",
            ],
        )
        // ("why was jamal's april so big": pay found high is explained too; not "why were my q3
        // deals so big")
        || exact(ws, &["big", "huge", "high", "large", "massive"]) && !exact(ws, DEALS_JUDGED)
        // ("why was october so small for me", "why so little chairside in q3": a period's or a
        // measure's money, found short; not "why were my q3 deals so small")
        || (mentions(ws, &["so small", "so little"]) || q.scope.measure.is_some() && mentions(ws, &["so low", "so light"]))
            && !exact(ws, DEALS_JUDGED)
        // ("why did tylers program money dry up this quarter")
        || exact(ws, &["money"]) && mentions(ws, &["dry up", "dried up", "drop off", "dropped off", "fall off", "fell off"])
        // ("why did i lose capital money in july": pay that went)
        || exact(ws, &["money"]) && exact(ws, &["lose", "lost", "losing"])
        // ("why didnt my Q1 supply comission go higher": a typo of it)
        || mentions(ws, &["commission"])
        // ("why was my renewal retention incentive so low": a measure named for its pay)
        || q.scope.measure.is_some() && exact(ws, &["incentive"]);
    // ("why is my october payout so low, im over quota": where one stands, said by the way)
    let by_the_way = |w: &[String]| {
        matches!(
            w[0].as_str(),
            "over" | "under" | "above" | "below" | "past" | "hit" | "beat"
        ) && matches!(w[1].as_str(), "quota" | "target")
    };
    let ws_figure: Vec<String> = ws
        .iter()
        .enumerate()
        .filter(|(i, _)| !(*i > 0 && by_the_way(&ws[i - 1..=*i])))
        .map(|(_, w)| w.clone())
        .collect();
    let other_figure = exact(
        &ws_figure,
        &[
            "quota",
            "quotas",
            "target",
            "ti",
            "rate",
            "tier",
            "threshold",
            "cap",
            "attainment",
            "bonus",
        ],
    )
        // (not "why was it paid at the lower rate?": the rate that paid it, the pay explained)
        && !mentions(
            ws,
            &["paid at the", "paid at a", "paid out at the", "paid at my", "pay at the", "pays at the", "paying at the"],
        )
        // (nor "what's the story with the cap adjustment on my q3 docket": a part of the
        // period's pay, the pay explained)
        && !ws.windows(2).any(|w| {
            matches!(w[0].as_str(), "cap" | "threshold" | "tier" | "rate" | "bonus")
                && matches!(w[1].as_str(), "adjustment" | "adjustments" | "deduction" | "cut" | "line" | "item")
        });
    // (a real "why", not "how much … came out of my check"; two periods compare)
    // ("how did I earn negative in December": a why)
    // ("theres 1,000 on my december sheet and i havent sold anything yet?? what is that": an
    // amount on the asker's period told, then what it is: that period's pay explained)
    let what_is_that_told = {
        let tail: Vec<&str> = ws.iter().rev().take(3).rev().map(String::as_str).collect();
        let asks = matches!(
            tail[..],
            ["what", "is", "that" | "this"] | [.., "what's" | "whats", "that" | "this"]
        );
        asks && ws.len() >= 6 && exact(ws, &["my"]) && crate::phrases::amount(ws).is_some() && q.scope.period.is_some()
    };
    let asks_why = what_is_that_told
        || exact(ws, &["why", "why'd", "why's", "explain"])
        || mentions(ws, BREAK_DOWN)
        || mentions(ws, &["how come", "walk me", "consist of", "consisted of", "made up of"])
        // ("my q3 number shows a minus?? what happened": the pay gone wrong, explained)
        || mentions(ws, &["what happened"]) && exact(ws, &["minus", "negative", "nothing", "zero"])
        // ("my plus incentive last month looks light, whats in it"; not "whats in it for me")
        || mentions(
            ws,
            &["whats in it", "what's in it", "what is in it", "what went into", "what goes into"],
        ) && !mentions(ws, &["in it for"])
        || mentions(ws, GOING_ON)
        || exact(ws, &["how"]) && exact(ws, &["negative", "minus"]);
    // ("why is my december so small?": a month of the asker's, said small, is its pay)
    let month_small = ws
        .windows(2)
        .any(|p| p[0] == "my" && crate::phrases::month_number(&p[1]).is_some())
        && exact(ws, &["small", "low", "light", "little", "tiny", "short"]);
    // ("explain my q3 SAI": a short order to explain is about the pay)
    let pay_said = pay_said
        || payday_said
        || month_small
        || what_is_that_told
        || exact(ws, &["explain"]) && ws.len() <= 6
        // ("can you break down my june for me": a period of the asker's, its pay)
        || q.scope.period.is_some() && mentions(ws, &["break down my", "breakdown of my", "walk me through my"])
        // ("break down ngozi Q3 for me": a seller's period, its pay)
        || q.scope.period.is_some() && ws.first().is_some_and(|w| w == "break") && mentions(ws, &["break down"]) && ws.len() <= 7;
    // ("i see -1.18 taken back in june for QM6GJ78P, what is this": a line of a deal's,
    // explained)
    // (said last: "what's this QM6GJ78P deal worth to me" asks its worth)
    let said = ws.join(" ");
    let ends_with = |p: &str| said.ends_with(p);
    if q.scope.deal.is_some()
        && [
            "what is this",
            "what's this",
            "whats this",
            "what is that",
            "what's that",
            "whats that",
        ]
        .iter()
        .any(|p| ends_with(p))
    {
        return Some(Op::Explain);
    }
    // ("breakdown of my august payout", Taglish "pa breakdown naman po ng august payout ko":
    // a period's pay taken apart)
    if (mentions(ws, &["breakdown of my", "break down my", "breakdown for my"])
        || mentions(ws, &["breakdown of"]) && ws.last().is_some_and(|w| w == "my"))
        && !team
        && exact(
            ws,
            &[
                "payout",
                "pay",
                "check",
                "cheque",
                "paycheck",
                "commission",
                "earnings",
                "statement",
            ],
        )
        && q.scope.period.is_some()
        && q.scenario.is_none()
        && q.scope.deal.is_none()
    {
        return Some(Op::Explain);
    }
    // ("Why have I tripped the Circuit Breaker already?", "how come i maxed out": the
    // asker's pay a cap stopped, explained; not the plan's cap asked why it is where it is,
    // "why is club attainment capped at 200%", "why does the main breaker trip at 75k")
    let where_it_is = ws.windows(2).any(|w| {
        matches!(
            w[0].as_str(),
            "capped" | "trip" | "trips" | "tripped" | "maxed" | "max" | "out"
        ) && (w[1] == "at"
            || crate::phrases::percent(std::slice::from_ref(&w[1])).is_some()
            || crate::phrases::amount(std::slice::from_ref(&w[1])).is_some())
    });
    if (exact(ws, &["why", "why'd", "why's"]) || mentions(ws, &["how come"]))
        && exact(ws, &["i", "i'm", "im", "me", "my", "i've", "ive"])
        && (exact(ws, &["tripped", "trip", "trips", "tripping", "capped", "maxed"])
            || mentions(ws, &["max out", "maxing out", "hit the cap", "hit my cap"]))
        && !where_it_is
        && q.scenario.is_none()
        && q.scope.deal.is_none()
    {
        return Some(Op::Explain);
    }
    // ("hows q3 looking so far": the period's pay, all of it, said with nothing else)
    let plain_status = ws.iter().all(|w| {
        matches!(
            w.as_str(),
            "hows"
                | "how's"
                | "how"
                | "is"
                | "my"
                | "the"
                | "looking"
                | "shaping"
                | "up"
                | "so"
                | "far"
                | "for"
                | "me"
                | "now"
                | "rn"
                | "?"
        ) || crate::phrases::quarter_code(w).is_some()
            || crate::phrases::month_number(w).is_some()
            || matches!(w.as_str(), "this" | "last" | "quarter" | "qtr" | "month")
    });
    if plain_status
        && ws
            .first()
            .is_some_and(|w| matches!(w.as_str(), "hows" | "how's" | "how"))
        && exact(ws, &["looking", "shaping"])
        && q.scope.period.is_some()
        && q.scenario.is_none()
    {
        return Some(Op::Explain);
    }
    // ("why is my Q4 so far just the mulligan??": a period's pay found to be only one part)
    if exact(ws, &["why", "why's"])
        && q.scope.period.is_some()
        && mentions(ws, &["just the", "only the", "nothing but the"])
        && q.scenario.is_none()
    {
        return Some(Op::Explain);
    }
    // ("why did kaden need the draw in june": why the period's pay fell short of the draw,
    // the period's pay explained)
    if exact(ws, &["why", "why'd"])
        && exact(ws, &["need", "needed", "get", "got", "take", "took"])
        && exact(ws, &["draw", "advance"])
        && q.scope.period.is_some()
        && q.scenario.is_none()
    {
        return Some(Op::Explain);
    }
    if asks_why
        && pay_said
        && !other_figure
        // ("why is my q4 payout only the advance, explain": the payout, explained)
        && (!exact(ws, &["draw", "recovery", "recovered", "advance", "advanced"])
            || exact(ws, &["explain"]) && exact(ws, &["payout", "check", "cheque", "paycheck"]))
        && q.scenario.is_none()
        // ("why was April zero, I smashed Q1": a second period said by the way compares nothing)
        && (q.scope.versus.is_none() || !exact(ws, &["compare", "compared", "vs", "versus", "than", "against"]))
        && (q.scope.period.is_some()
            || q.scope.measure.is_some()
            // ("why is my commission so low": pay found short with no period said, explained
            // once the asker says which)
            // ("Why my Q4 earning is so less?": a second language's "so low")
            || exact(ws, &["so", "too", "really", "very", "pretty"])
                && exact(ws, &["low", "small", "little", "light", "weak", "poor", "less"]))
    {
        return Some(Op::Explain);
    }
    let me = exact(ws, &["i", "i'm", "im", "am"])
        || mentions(ws, &["my rank", "my position", "my place", "my ranking", "rank me"]);
    use super::words::OWN_NUMBER;
    // ("where do I stand against my number": against the asker's own quota, no one else)
    let own_number = super::words::against_own_number(ws);
    // ("where reed stands on SBC credit this quarter", "where do i stand on earnings": a
    // figure said, where one stands is among the others; not "on the Acme deal")
    let stands_on = exact(ws, &["where"])
        && ws
            .windows(2)
            // ("where do i sit for earnings")
            .any(|w| {
                matches!(w[0].as_str(), "stand" | "stands" | "sit" | "sits") && matches!(w[1].as_str(), "on" | "for")
            })
        && exact(
            ws,
            &[
                "earnings",
                "credit",
                "commission",
                // ("where do i sit for commo")
                "commish",
                "commo",
                "comm",
                "attainment",
                "revenue",
                "bookings",
                "sales",
                "incentive",
                "pay",
            ],
        )
        && !exact(ws, OWN_NUMBER)
        && !exact(ws, &["if", "deal", "tier", "bonus", "accelerator", "threshold", "cap"]);
    let ranks = stands_on
        || mentions(ws, &["stand against", "stands against"]) && !own_number
        // (a place among the others, in the floor's words)
        || mentions(ws, &["league table", "pecking order"])
        || exact(
            ws,
            &[
                "rank",
                "ranked",
                "ranking",
                // (German order: "where ranks Franzi on Umsatz")
                "ranks",
                "leaderboard",
                "position",
                "rank-wise",
                "standings",
                // ("where's gareth in the rankings for device credit")
                "rankings",
            ],
        )
        || ws.iter().enumerate().any(|(i, w)| {
            // ("if I place a 14k perm": a recruiter's verb, not a position)
            w == "place"
            // ("not sure this is the right place to ask": the channel, not a position)
            && !(i > 0 && matches!(ws[i - 1].as_str(), "right" | "wrong" | "best" | "good"))
            // ("how many fleets did anele place this year": a broker's verb of selling, after
            // "how many"; not "where did she place", "how did i place")
            // ("and how many did I actually place?": a word between)
            && !(mentions(ws, &["how many", "how much"])
                && (i >= 2 && matches!(ws[i - 2].as_str(), "did" | "does" | "do" | "will" | "can")
                    || i > 0 && matches!(ws[i - 1].as_str(), "i" | "we" | "they" | "you")
                    || i > 1
                        && matches!(ws[i - 1].as_str(), "actually" | "really" | "even" | "ever")
                        && matches!(ws[i - 2].as_str(), "i" | "we" | "they" | "you")))
            && !matches!(
                ws.get(i + 1).map(String::as_str),
                Some("a" | "an" | "another" | "one" | "two" | "three")
            )
            // ("say all my in market cases place": the deals placed, won, supposed; not "where
            // do all my reps place")
            && !(i > 0
                && (super::words::DEALS.contains(&ws[i - 1].as_str())
                    || ws[i - 1].ends_with('s')
                        && exact(&ws[..i], &["all", "every", "everything"])
                        && (exact(ws, &["if", "suppose", "imagine"]) || ws.first().is_some_and(|w| w == "say"))))
            // ("how much more premium do I need to place before anything pays": the verb after
            // "need to", "have to")
            && !(i >= 2 && ws[i - 1] == "to" && matches!(ws[i - 2].as_str(), "need" | "have" | "needs" | "has" | "got"))
            // ("the fleets I place for the other desks": a broker's verb after what is placed;
            // not "where do i place", "how did we place")
            && !(i >= 2
                && matches!(ws[i - 1].as_str(), "i" | "we" | "they" | "you")
                && !matches!(
                    ws[i - 2].as_str(),
                    "do" | "did" | "does" | "will" | "would" | "can" | "where" | "how" | "could" | "should"
                ))
            && ws
                .get(i + 1)
                .is_none_or(|n| crate::phrases::amount(std::slice::from_ref(n)).is_none())
        })
        || mentions(
            ws,
            &[
                "stand vs",
                "stand versus",
                "stack up",
                "vs everyone",
                "vs everybody",
                // ("out of everyone, where's wilburn sitting on steel credit")
                "out of everyone",
                "out of everybody",
                "versus everyone",
                "versus everybody",
                "against everybody",
                "against everyone",
                "compared to the team",
                // ("how do i compare to the rest of the team")
                "compare to the rest",
                "compare with the rest",
                "compared to the rest",
                "compared with the rest",
                "compare to the team",
                "compare to everyone",
                "compare with everyone",
                // ("how did marty do against the rest of my team on earnings")
                "against the rest",
                "vs the rest",
                "versus the rest",
            ],
        )
        || mentions(
            ws,
            &[
                "where do i stand",
                "where i stand",
                "how do i stack",
                "where do i sit",
                "where i sit",
                "where does",
                "put me",
                "puts me",
            ],
        ) && exact(
            ws,
            &[
                "team",
                "agents",
                "reps",
                "sellers",
                "everybody",
                "others",
                "everyone",
                "vs",
                "rest",
                "company",
                "org",
                "peers",
                "colleagues",
                "team's",
            ],
        )
        || mentions(ws, &["where do i stand", "where do i sit", "where i stand"])
        // ("where do I stand in my region on achievement")
        && exact(ws, &["region", "zone", "territory", "office", "branch"]);
    // ("where is Corliss in the company for earnings", "where did I finish on earnings
    // across the company": among everyone; not "where is she vs her quota")
    let ranks = ranks
        || mentions(ws, &["where is", "where's", "where did i finish", "where did i end up"])
            && mentions(
                ws,
                &[
                    "in the company",
                    "across the company",
                    "in the team",
                    "on the team",
                    "in my team",
                    "in the region",
                    "in my region",
                    "among",
                ],
            );
    // "how's that stack up against today": a what-if against today, not a rank.
    let against_today = mentions(
        ws,
        &[
            "against today",
            "vs today",
            "to now",
            "against now",
            "than today",
            "to today",
        ],
    );
    // "rank my reps by attainment": the team ranked, top first.
    // ("can i get the lads ranked by earnings, highest first": the asker wants the list)
    let highest_first = mentions(ws, super::words::IN_ORDER);
    if (mentions(ws, super::words::RANK_ALL) || highest_first && ranks) && (!me || highest_first) && !worst {
        return Some(Op::Top);
    }
    if ranks && (me || !team) && !against_today && q.scope.versus.is_none() {
        return Some(Op::Rank);
    }
    let losing = mentions(
        ws,
        &[
            "lose most",
            // (Nigerian English: "who lose pass")
            "lose pass",
            "drops the most",
            "drop the most",
            "drops most",
            "falls the most",
            "goes down the most",
            "lose the most",
            "loses most",
            "loses the most",
            "lost most",
            "hurt most",
            "hit hardest",
            "gets cut",
            "get cut",
            "gets hit",
            "get hit",
            // ("plimsoll line at 150% - who kena hit the most": Singlish's passive)
            "kena hit",
            "lose out",
            "loses out",
            "biggest hit",
            "hardest hit",
            "worst hit",
            "hit the hardest",
            "hurt the most",
            "hurts the most",
            "biggest loser",
            "biggest losers",
            "biggest cut",
            "who loses",
            "who would lose",
            "who'd lose",
            // ("Final whistle at 200%, who is losing most?")
            "losing most",
            "losing the most",
            // ("cut-in at 50%, who gets hurt")
            "who gets hurt",
            "who get hurt",
            "who would get hurt",
            "who'd get hurt",
            "who is hurt",
            "who's hurt",
        ],
    );
    // ("who'd have lost the most at 60%": the pay a change takes; not "who lost the most deals")
    // ("thermal limit at 175% - which reps would get hurt by that?")
    let losing = losing
        || q.scenario.lever.is_some()
            && (mentions(ws, &["lost the most", "get hurt", "gets hurt", "be hurt", "hurt by"])
                // ("who'd be worse off if tier 2 moved to 60%"; not "am i worse off than last
                // year", nor "how much worse off is gladys")
                || mentions(ws, &["worse off"]) && exact(ws, &["who", "which", "who'd", "whod"]));
    if losing && q.scenario.lever.is_some() {
        return Some(Op::Bottom);
    }
    // ("in which quarter my team costed more": the comparative said for the superlative)
    let which_period = mentions(ws, &["which quarter", "which month", "what quarter", "what month"])
        && !exact(ws, &["than", "need", "if", "to"]);
    let best = best || which_period && exact(ws, &["more", "higher", "bigger"]);
    let worst = worst || which_period && exact(ws, &["less", "lower", "smaller"]);
    if period_ranked && (best || worst) {
        return Some(if worst { Op::WorstPeriod } else { Op::BestPeriod });
    }
    if q.scope.versus.is_some()
        // ("if full throttle started at 85%, who'd gain most": a ranking, not a comparison)
        || compares(ws)
            && !q.scenario.is_none()
            && (!exact(ws, &["who", "which", "who'd", "whod", "who's", "whos"]) || q.scenario.saved.len() >= 2)
    {
        return Some(Op::Compare);
    }
    let behind = mentions(
        ws,
        &[
            "furthest behind",
            "farthest behind",
            "off pace",
            "furthest off",
            "farthest off",
            "most behind",
            "bringing up the rear",
        ],
    ) || exact(ws, &["trailing", "lagging"])
        // ("am I on track or lagging behind?": the seller's own pace, not a ranking)
        && (team || exact(ws, &["who", "which", "who's", "whos"]));
    // ("who of my team is more close to Cromo", "who's closer to the kicker": the nearest)
    let nearest = exact(ws, &["closest", "nearest"])
        || mentions(ws, &["more close", "more near"])
        || exact(ws, &["closer", "nearer"]) && exact(ws, &["who", "which", "who's", "whos"]);
    // ("line up my crew by earnings so far, top to bottom": everyone, from the top)
    // ("can i get the lads ranked by earnings, highest first")
    if mentions(ws, super::words::IN_ORDER) {
        return Some(Op::Top);
    }
    if worst || behind || losing || nearest {
        return Some(Op::Bottom);
    }
    // "if the top band paid 10%": the band, not the top of a ranking.
    let best = best
        && !(q.scenario.lever.is_some()
            && mentions(ws, &["top band", "top tier", "top rate"])
            && !exact(ws, &["who", "which"]))
        && !names_the_maximum(ws, q);
    // ("cattle grid down to 15% - who's the big winner")
    let best = best || mentions(ws, &["the big winner", "the big winners"]);
    if best || team && exact(ws, &["who", "which"]) {
        return Some(Op::Top);
    }
    // ("what's on the boil for me", the glossary's open deals: "what's open")
    // ("whats in burn-in for me" where open deals are "| burn-in |")
    if q.scope.stage.as_deref() == Some("open")
        && ws.len() <= 8
        && (mentions(
            ws,
            &[
                // ("whats sitting in vac for me right now")
                "what's sitting",
                "whats sitting",
                "what is sitting",
                "what's open",
                "whats open",
                "what is open",
                "what have i got open",
                // ("what have I on the long finger" where open deals are "| on the long finger |")
                "what have i open",
                "what do i have open",
                "what's in open",
                "whats in open",
                "what is in open",
                // ("whats cooking in my jikoni" where open deals are "| jikoni |")
                "what's cooking",
                "whats cooking",
                "what is cooking",
            ],
        )
            // ("what's georgia got in the ute" where open deals are "| in the ute |": the
            // deals themselves)
            || exact(ws, &["what's", "whats", "what"])
                && mentions(
                    ws,
                    &["got in the", "got on the", "have in the", "has in the", "got in my", "got open", "has open"],
                )
                && !exact(ws, &["pipeline", "pipe", "funnel"]))
        // ("whats in the rack for me, total value", "whats sitting on my board, $ wise": their
        // sum)
        && !exact(ws, &["total", "value", "sum", "worth"])
        && !super::figure::in_money(ws)
    {
        return Some(Op::List);
    }
    let listing = exact(ws, &["list", "which", "show", "pull", "rundown", "display"])
        || mentions(ws, &["what deals", "what opps", "what opportunities"])
        // ("can i see my autogoles?")
        || mentions(ws, &["can i see", "could i see", "can we see", "can i view"]);
    // ("can you read me my blowouts": the deals of a stage, said aloud to one driving)
    if mentions(ws, &["read me my", "read out my", "read me the"])
        && q.scenario.is_none()
        // (the deals of a stage, the document's word for it read as the plain one by now)
        && (q.scope.stage.is_some()
            || exact(ws, super::words::DEALS)
            || exact(ws, &["cancellations", "cancels", "cancelled", "lost", "won", "open"]))
    {
        return Some(Op::List);
    }
    let summed = mentions(ws, &["how much", "how many", "total", "sum", "count"]);
    if listing
        && exact(
            ws,
            &[
                "deals",
                "deal",
                "opportunities",
                "opps",
                "opp",
                // ("show me Hamish's wins from January")
                "wins",
                "clawbacks",
                "cancellations",
                "bonuses",
                "items",
                "renewals",
                "expansions",
                "pipeline",
                "pipe",
                "funnel",
            ],
        )
        && q.scenario.is_none()
        || counts_toward(ws) && exact(ws, &["what", "which", "list", "show"]) && !summed
        || mentions(
            ws,
            &["deal by deal", "one by one", "line by line", "itemized", "itemised"],
        ) && q.scope.deal.is_none()
        || exact(ws, &["list", "listed", "itemize", "itemise", "enumerate"]) && !summed
        || listing && exact(ws, &["every", "each"]) && !summed
        // "show me the GTK 500s I've won", "show me my q3 grands"
        || exact(ws, &["show", "list"])
            && q.scope.product.is_some()
            && (exact(ws, &["won", "closed", "sold", "lost", "booked", "signed", "wins"])
                || mentions(ws, &["show me my", "show my"]) && ws.last().is_some_and(|w| w.ends_with('s')))
            && !summed
            && q.scenario.is_none()
        || mentions(
            ws,
            &[
                "what have i got",
                "what do i have",
                "what's in my",
                "whats in my",
                "what is in my",
                "what's still",
                "whats still",
                "what is still",
            ],
        ) && q.scope.stage.is_some()
            && !summed
            // (not "what do I have in the works, and what is it all worth?": their sum)
            && !exact(ws, &["worth"])
        // ("What does Nia currently have on the drawing board?": someone's, an adverb between)
        || ws.len() >= 4
            && ws[0] == "what"
            && matches!(ws[1].as_str(), "do" | "does")
            && ws[2..(ws.len()).min(6)].iter().any(|w| w == "have")
            && q.scope.stage.is_some()
            && !summed
            && !exact(ws, &["worth", "if", "would", "need"])
        // ("what I have open right now", the question in a statement's order; not "is what i
        // have open enough")
        || ws.len() >= 3 && ws[..3] == ["what", "i", "have"]
            && q.scope.stage.is_some()
            && !summed
            && !exact(ws, &["enough", "will", "if", "would"])
        || mentions(
            ws,
            &[
                "what did i close",
                "what did i win",
                "what did i sell",
                "what did i book",
                "what have i closed",
                "what have i won",
            ],
        ) && !summed
        || ws.first().is_some_and(|w| w == "list")
        // "show me kat's stornos", "show me my tentatives": the deals at that stage; "show
        // me my reorders": of that type
        || listing && q.scope.stage.is_some() && !summed && q.scenario.is_none()
        || exact(ws, &["show", "pull"]) && q.scope.deal_type.is_some() && !summed && q.scenario.is_none()
        // ("which bolt-ons have i closed in q3": the deals of that type or product, named)
        || exact(ws, &["which"])
            && (q.scope.deal_type.is_some() || q.scope.product.is_some())
            && exact(
                ws,
                &[
                    "closed", "won", "sold", "signed", "booked", "landed", "bring", "brought", "close", "win", "sell", "sign",
                    "book", "land",
                ],
            )
            && !summed
            && q.scenario.is_none()
        || exact(ws, &["show", "pull", "list"])
            && mentions(ws, &["everything", "what i closed", "what i won", "what i sold"])
    {
        return Some(Op::List);
    }
    None
}

/// The deals themselves, judged big or small ("why were my q3 deals so big"): their sizes,
/// no pay to explain.
const DEALS_JUDGED: &[&str] = &["pipeline", "deals", "orders", "units", "deal", "order"];

/// "What counted toward my Retention": the credit, deal by deal.
pub(super) fn counts_toward(ws: &[String]) -> bool {
    ws.windows(2).any(|w| match w[0].as_str() {
        "count" | "counts" | "counted" | "counting" => matches!(w[1].as_str(), "toward" | "towards" | "to" | "into"),
        // "which deals fed my strategic number".
        "fed" | "feed" | "feeds" => matches!(w[1].as_str(), "my" | "into" | "the"),
        "went" | "go" | "goes" | "going" => matches!(w[1].as_str(), "toward" | "towards"),
        // "how much have i got towards my target": what is credited so far.
        "got" | "done" | "put" | "banked" => matches!(w[1].as_str(), "toward" | "towards"),
        _ => false,
    })
}

/// "A 120k annual maximum": the payout cap a lever changes, not the top of a ranking
/// (unless another superlative or "who" ranks: "who'd be the top 3 earners").
fn names_the_maximum(ws: &[String], q: &Query) -> bool {
    let ranked = ws
        .iter()
        .any(|w| BEST.contains(&w.as_str()) && !matches!(w.as_str(), "maximum" | "max"))
        || exact(ws, &["who", "which", "whose", "who'd"]);
    q.scenario.lever.is_some() && exact(ws, &["maximum", "max"]) && !ranked
}

/// Whether the words compare (with today, or two periods): "vs", "how much more", "do to".
pub(super) fn compares(ws: &[String]) -> bool {
    // "how much does my commish move": by how much the what-if changes it.
    let moves = exact(ws, &["how"])
        && ws.last().is_some_and(|w| {
            matches!(
                w.as_str(),
                "move" | "moves" | "shift" | "shifts" | "swing" | "swings" | "change" | "differ"
            )
        });
    // "how much extra", "extra money" compares; "an extra 90k expansion" is the deal.
    let extra = ws.iter().enumerate().any(|(i, w)| {
        w == "extra"
            && !ws.get(i + 1).is_some_and(|n| {
                crate::phrases::amount(std::slice::from_ref(n)).is_some() || matches!(n.as_str(), "deal" | "one")
            })
    });
    // "what does raising the cap to 250% cost": the cost of the change is what it adds.
    let changing = exact(
        ws,
        &[
            "raising",
            "cutting",
            "lowering",
            "lifting",
            "increasing",
            "reducing",
            "dropping",
            "bumping",
            "moving",
            "shifting",
            "changing",
        ],
    ) && exact(ws, &["cost", "costs", "cost?"]);
    // "what happens to lerato's pay if bedrock starts at 175%": a seller's pay, changed.
    let happens = mentions(ws, &["happens to"])
        && exact(ws, &["pay", "earnings", "commission", "comp", "payout"])
        && !exact(ws, &["cost", "total", "team"]);
    moves
        || extra
        || changing
        || happens
        || exact(
            ws,
            &[
                "compare",
                "compared",
                "versus",
                "vs",
                "difference",
                "change",
                "changes",
                "impact",
                "save",
                "saves",
                "lose",
                "gain",
                "gains",
                "against",
                "savings",
                "cheaper",
                "delta",
                "differ",
                "differs",
            ],
        )
        || mentions(
            ws,
            &[
                "cost move",
                "cost moves",
                "earnings move",
                "earnings change",
                "vs today",
                "versus today",
                "than today",
                "against today",
                "compared to today",
                "from today",
                "add to",
                "adds to",
                "add anything",
                "adds anything",
                "would add",
                "does that add",
                "does it add",
                "would that add",
                "would it add",
                "does this add",
                "move my",
                "how much more",
                "how much less",
                "more than",
                "less than",
                "do to",
                "spend shift",
                "cost shift",
                "spend change",
                "spend move",
                "vs.",
                "move vs",
                // "what happens to my pay if VM-51401 slips to July": the change to it
                "happens to my",
                "happen to my",
            ],
        )
}

/// How many, for top and bottom: "top 3", "five biggest".
pub(super) fn count(ws: &[String]) -> Option<u32> {
    const NUMBERS: [&str; 10] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    for (i, w) in ws.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| ws[j].as_str());
        let n = w
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=50).contains(n))
            .or_else(|| NUMBERS.iter().position(|x| x == w).map(|p| p as u32 + 1));
        let Some(n) = n else { continue };
        let after = ws.get(i + 1).map(String::as_str);
        if matches!(after, Some("months" | "month" | "weeks" | "days" | "quarters")) {
            continue;
        }
        if matches!(
            before,
            Some("top" | "bottom" | "best" | "biggest" | "largest" | "worst" | "smallest" | "first" | "last")
        ) || matches!(before, Some("which" | "what")) && n > 1
            || before.is_some_and(|b| BEST.contains(&b) || WORST.contains(&b))
            || after.is_some_and(|a| {
                BEST.iter()
                    .chain(WORST)
                    .any(|b| a == *b || a.starts_with(&format!("{b}-")))
                    || matches!(
                        a,
                        "deals" | "sellers" | "reps" | "people" | "agents" | "earners" | "aes"
                            // ("the 3 consultants with the lowest …"; the trade's words for sellers)
                            | "consultants" | "ams" | "advisers" | "advisors" | "associates" | "executives"
                            | "brokers" | "recruiters" | "managers" | "officers" | "salespeople" | "producers"
                    )
            })
        {
            return Some(n);
        }
    }
    None
}
