//! Putting the recognised parts together: defaults an analyst would assume (the asker's
//! figures, the whole year to date, won deals, the next tier), and asking back when the
//! question leaves the figure open.

use super::parse::exact;
use super::parse::Parts;
use super::vocabulary::Vocabulary;
use super::words::COMMISSION;
use super::{Figure, Mark, Op, Query, Understood, Who};
use crate::fuzzy::mentions;

/// The understood question from its parts.
pub(super) fn assemble(v: &Vocabulary, asker: &str, ws: &[String], parts: Parts) -> Understood {
    let Parts {
        figure,
        mark,
        op,
        who,
        mut query,
        ..
    } = parts;
    // ("which account managers were under the Plinth in Q3": everyone ranked by attainment,
    // those under it at the foot; not the one nearest it)
    let sided = on_which_side(ws, mark, &who);
    let (figure, mark, op) = match sided {
        Some(side) => (Some(Figure::Attainment), None, Some(side)),
        None => (figure, mark, op),
    };
    query.who = who.unwrap_or_else(|| {
        if asker.is_empty() {
            Who::Nobody
        } else {
            Who::Seller(asker.to_string())
        }
    });
    // ("where did I finish on earnings across the company": the asker's rank among everyone)
    if op == Some(Op::Rank)
        && matches!(query.who, Who::Team)
        && exact(ws, &["i", "me", "my", "i'm", "im"])
        && v.inputs.roster.as_deref().unwrap_or(&[]).iter().any(|s| s.id == asker)
    {
        query.who = Who::Seller(asker.to_string());
    }
    // A manager has no figures of their own: what they ask of "me" is their team's.
    let seller_ids = v.inputs.roster.as_deref().unwrap_or(&[]);
    if matches!(&query.who, Who::Seller(s) if s == asker)
        && v.managers.iter().any(|m| m == asker)
        && !seller_ids.iter().any(|s| s.id == asker)
    {
        query.who = Who::TeamOf(asker.to_string());
    }
    // ("how much did i make in the spring": a season is no period of the plan; its
    // quarters are offered)
    if query.scope.period.is_none() {
        if let Some(readings) = season_quarters(v, ws).map(|quarters| {
            quarters
                .into_iter()
                .map(|label| {
                    let mut q = query.clone();
                    q.figure = figure.unwrap_or(Figure::Earnings);
                    q.op = op.unwrap_or(Op::Value);
                    q.scope.period = Some(label);
                    q
                })
                .collect()
        }) {
            return Understood::AskBack {
                missing: "which period".into(),
                readings,
            };
        }
    }
    // ("who's closest?": closest to which mark, no figure or mark said, is asked back)
    if figure.is_none()
        && mark.is_none()
        && op == Some(Op::Bottom)
        && exact(ws, &["closest", "nearest"])
        // ("which of them is closest, would ya say")
        && ws.len() <= 8
    {
        let reading = |m: Mark| Query {
            op: Op::Bottom,
            figure: Figure::Distance,
            mark: Some(m),
            n: Some(1),
            ..query.clone()
        };
        return Understood::AskBack {
            missing: "closest to which mark".into(),
            readings: vec![
                reading(Mark::Accelerator),
                reading(Mark::NextTier),
                reading(Mark::Threshold),
            ],
        };
    }
    // ("total comp for my bdos ytd", "compare q2 and q3 comp for my team": a team's comp,
    // in all, is what it costs)
    let figure = match figure {
        Some(Figure::Earnings | Figure::Payable)
            if query.who.is_team()
                && query.scenario.is_none()
                && exact(ws, &["comp"])
                && !exact(ws, &["who", "which", "whose", "top", "bottom", "rank"]) =>
        {
            Some(Figure::Cost)
        }
        f => f,
    };

    // ("What have I made so far this year on the whole plan, everything together?": the
    // asker's own pay over all of the plan, no cost)
    let figure = match figure {
        Some(Figure::Cost)
            if matches!(&query.who, Who::Seller(id) if id == asker)
                && query.scenario.is_none()
                && ws.windows(2).any(|w| {
                    matches!(w[0].as_str(), "i" | "i've" | "ive")
                        && matches!(w[1].as_str(), "made" | "earned" | "make" | "earn" | "get" | "got")
                        || matches!(w[0].as_str(), "have" | "did" | "do" | "will")
                            && w[1] == "i"
                            && ws
                                .iter()
                                .any(|x| matches!(x.as_str(), "made" | "earned" | "make" | "earn"))
                })
                && !exact(ws, &["cost", "costs", "costing", "spend"]) =>
        {
            Some(Figure::Earnings)
        }
        f => f,
    };
    // ("how much my GTK 500 orders have earned me, commission and SPIFFs together": all the
    // pay, bonuses with it)
    let figure = match figure {
        Some(Figure::Bonus)
            if exact(ws, COMMISSION)
                && exact(
                    ws,
                    &["together", "combined", "both", "included", "including", "incl", "plus"],
                )
                && !exact(ws, &["not", "excluding", "without", "excl", "minus"]) =>
        {
            Some(Figure::Earnings)
        }
        f => f,
    };
    // ("pico de orizaba paying 150% of mrr instead of 130%, total cost?": the measure named
    // is the plan change's, not a filter on the cost)
    if figure == Some(Figure::Cost)
        && query.scope.measure.is_some()
        && query
            .scenario
            .lever
            .as_ref()
            .is_some_and(|l| l.measure == query.scope.measure)
    {
        query.scope.measure = None;
    }
    // ("model the herdsense quota at 8k a month for me, what's the plan cost", asked by a
    // designer who sells nothing: the plan's cost, done for the asker)
    let off_roster = |id: &str| {
        v.inputs
            .roster
            .as_deref()
            .is_some_and(|r| !r.iter().any(|s| s.id == id))
    };
    if figure == Some(Figure::Cost) && matches!(&query.who, Who::Seller(id) if who_unnamed(ws) || off_roster(id)) {
        query.who = Who::Team;
    }
    // ("how much did corked orders cost me in feb": what a seller's cancelled deals took
    // back is the clawback, not what the seller costs)
    let figure = match figure {
        Some(Figure::Cost)
            if matches!(query.who, Who::Seller(_))
                && query.scope.stage.as_deref() == Some("cancelled")
                && query.scenario.is_none() =>
        {
            query.scope.stage = None;
            Some(Figure::Clawback)
        }
        f => f,
    };
    const CONTRACTIONS: &[&str] = &[
        "what's", "that's", "it's", "who's", "where's", "how's", "there's", "here's", "let's", "he's", "she's",
    ];
    let possessive = ws
        .iter()
        .any(|w| w.ends_with("'s") && !CONTRACTIONS.contains(&w.as_str()));
    // ("what's central costing us" where two managers' teams sit in Central: whose)
    // (unless a manager is named too: "Dustin's central team")
    // (read only for a team's figure: a seller's question never asks it)
    let shared = query.who.is_team().then(|| ws.join(" ")).and_then(|said| {
        v.shared_territory(&said)
            .filter(|_| v.manager(&said).or_else(|| v.manager_by_first_name(ws)).is_none())
    });
    if let Some(managers) = shared {
        let readings = managers
            .into_iter()
            .map(|m| Query {
                who: Who::TeamOf(m),
                figure: figure.unwrap_or(Figure::Cost),
                op: op.unwrap_or(Op::Value),
                ..query.clone()
            })
            .collect();
        return Understood::AskBack {
            missing: "whose team".into(),
            readings,
        };
    }
    // "Mateo K here": the asker says who they are.
    if let Some(whom) = v
        .ambiguous_name(ws)
        .filter(|_| possessive || !exact(ws, &["my", "i", "i'm", "here"]))
    {
        let readings = whom
            .into_iter()
            .map(|who| Query {
                who,
                figure: figure.unwrap_or(Figure::Attainment),
                op: op.unwrap_or(Op::Value),
                ..query.clone()
            })
            .collect();
        return Understood::AskBack {
            missing: "who".into(),
            readings,
        };
    }
    if v.scenarios.is_empty() && exact(ws, &["scenario", "scenarios"]) {
        return Understood::Decline {
            reason: "There are no saved scenarios yet.".into(),
            offer: Some("Save one in the Simulator to compare it.".into()),
        };
    }
    if let Some(asked) = super::whose_measure::whose_quota(v, ws, &query, figure, op) {
        return asked;
    }
    let scenario = !query.scenario.is_none();
    // "What if I closed another deal?", "what if the rate changed?": a what-if without its
    // size is asked back, not guessed.
    let hypothetical = exact(ws, &["if", "suppose", "imagine", "would"])
        // ("say i sell two or three more plus pros, what's q4 look like")
        || ws.first().is_some_and(|w| w == "say")
        // ("thinking i can squeeze a few more vault deals in before april ends, how does that
        // change my q3?": a what-if said as a plan)
        || mentions(
            ws,
            &["how does that change", "how would that change", "what does that do to", "how does that affect"],
        );
    if !scenario && super::vague_change::vague_plan_change(v, ws) && query.scope.deal.is_none() {
        return ask_back(query, "which new value");
    }
    // ("bird dog to 5%, what's it cost", "what if the red jacket paid 2000 instead": a bonus's
    // own rate or amount changed, which no lever of the plan is; asked back, never today's
    // cost or bonus)
    // (the number right after a word that sets it, "to 5%", "paid 2000"; not a level
    // reached, "if everyone hit 130%", "get to 130% for the red jacket")
    // ("what if we paid 300 on a mini" where the Mini is both a deal type and its flat pay)
    let type_paid = query.scope.deal_type.as_deref().is_some_and(|t| {
        v.inputs.plan.bonuses.iter().any(|b| {
            b.id.eq_ignore_ascii_case(t)
                || b.name
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(t))
        })
    });
    let set_to = ws.iter().enumerate().any(|(i, w)| {
        let number = crate::phrases::percent(std::slice::from_ref(w)).is_some()
            || crate::phrases::amount(std::slice::from_ref(w)).is_some()
            || exact(ws, &["instead"]) && w.parse::<u32>().is_ok_and(|n| n >= 10)
            // (after what pays it: "paid 300 on a mini"; not "at 12 minis by June")
            || type_paid
                && i > 0
                && matches!(ws[i - 1].as_str(), "paid" | "pay" | "pays")
                && w.parse::<u32>().is_ok_and(|n| n >= 10);
        let reached = ws[i.saturating_sub(3)..i].iter().any(|x| {
            matches!(
                x.as_str(),
                "hit"
                    | "hits"
                    | "hitting"
                    | "reach"
                    | "reaches"
                    | "reached"
                    | "get"
                    | "gets"
                    | "got"
                    | "quota"
                    | "attainment"
            )
        });
        number
            && i > 0
            && matches!(
                ws[i - 1].as_str(),
                "to" | "paid" | "pays" | "pay" | "paying" | "at" | "was" | "were"
            )
            && !reached
    });
    let bonus_rate_changed = (v.bonus(ws) || type_paid) && set_to && (hypothetical || exact(ws, &["to"]));
    if !scenario
        && bonus_rate_changed
        && query.scope.deal.is_none()
        && matches!(figure, Some(Figure::Cost | Figure::Bonus))
    {
        return ask_back(query, "which new value");
    }
    if !scenario && hypothetical && query.scope.deal.is_none() {
        // ("if i land a fifty case gin order": a deal of the trade's, its size not in money)
        let one_deal = ws
            .iter()
            .any(|w| super::words::DEALS.contains(&w.as_str()) && !w.ends_with('s'));
        // ("if i land a couple more placements": deals of no size said, where placements
        // are the trade's won deals, read as "won")
        let more_deals = (mentions(
            ws,
            &[
                "couple more",
                "one more",
                "few more",
                "two more",
                "three more",
                "several more",
                // ("what if i sell a bunch more mg advanced in dec": more of a product, how
                // much not said)
                "sell a bunch more",
                "squeeze a few more",
                "squeeze in a few more",
                "sell a lot more",
                "sell lots more",
                "sell more",
                "sold more",
                "close more",
                "land more",
            ],
        ) || ws
            .windows(2)
            .any(|p| p[1] == "more" && p[0].parse::<u32>().is_ok_and(|n| (1..=20).contains(&n))))
            && (ws
            .iter()
            .any(|w| super::words::DEALS.contains(&w.as_str()) || w == "won")
            // ("if i deliver a couple more units": a dealer's deals are the cars it delivers;
            // not "if my quota were 10 more units")
            || exact(ws, &["units", "cars", "car", "vehicles", "trucks"]) && !exact(ws, &["quota", "target", "goal"])
            // ("if i land a couple more powerpairs": a product's deals)
            || query.scope.product.is_some()
            || query.scope.deal_type.is_some()
            // ("if I close a couple more renewals": a measure's deals)
            || query.scope.measure.is_some());
        // ("say i sign 4 MG Advanced before the end of the month": so many of a product,
        // their size in money not said)
        // (not "I sold 3 MG Advanced in March, what would that pay me?": what was won)
        let so_many = query.scope.product.is_some()
            && (exact(ws, &["if", "suppose", "imagine"]) || ws.first().is_some_and(|w| w == "say"))
            && ws.windows(2).any(|w| {
                // ("if I sold 3 MG Advanced next month": supposed, so asked back too)
                matches!(
                    w[0].as_str(),
                    "sign"
                        | "sell"
                        | "close"
                        | "land"
                        | "win"
                        | "book"
                        | "signed"
                        | "sold"
                        | "closed"
                        | "landed"
                        | "won"
                ) && (w[1].parse::<u32>().is_ok_and(|n| n > 1)
                    || crate::spoken::lone_number(&w[1]).is_some_and(|n| n > 1))
            });
        // ("would selling a counter kit bump up my commish much": one of a product, its size
        // not said)
        let a_product = query.scope.product.is_some()
            && ws.windows(2).any(|w| {
                matches!(
                    w[0].as_str(),
                    "sell"
                        | "selling"
                        | "close"
                        | "closing"
                        | "land"
                        | "landing"
                        | "book"
                        | "booking"
                        | "sign"
                        | "signing"
                ) && matches!(w[1].as_str(), "a" | "an" | "one" | "another")
            });
        if (one_deal
            || more_deals
            || so_many
            || a_product
            || exact(ws, &["another", "bigger", "smaller", "larger", "something", "big"]))
            && (exact(ws, &["if", "suppose", "imagine", "would"]) || more_deals || so_many)
        {
            return ask_back(query, "how big a deal");
        }
        if exact(ws, super::vague_change::PLAN_PARTS)
            && exact(
                ws,
                &[
                    "changed",
                    "change",
                    "changes",
                    "different",
                    "higher",
                    "lower",
                    "went",
                    "goes",
                    "up",
                    "down",
                    "moves",
                    "moved",
                    "rises",
                    "drops",
                ],
            )
        {
            return ask_back(query, "which new value");
        }
    }
    let named_something = query.scope.deal.is_some() || query.scope.account.is_some();
    // ("who on my team sold the most rtk subs", "won the most pods", "new flags by rep",
    // "the most gone burgers": deals of a product, a type or a stage in the plural, counted;
    // "sold the most gtk 500" is their size)
    let figure = match figure {
        None | Some(Figure::DealAmount | Figure::Earnings)
            if matches!(op, Some(Op::Top | Op::Bottom))
                && deals_counted(v, ws, &query)
                && !super::figure::in_money(ws)
                && !exact(ws, super::words::EARN)
                && !exact(ws, PAY_SAID) =>
        {
            Some(Figure::DealCount)
        }
        f => f,
    };
    let figure = match (figure, op) {
        (Some(f), _) => Some(f),
        (None, Some(Op::Explain)) => Some(Figure::Earnings),
        (None, Some(Op::Top | Op::Bottom)) if mark.is_some() => Some(Figure::Distance),
        (None, Some(Op::List)) => Some(Figure::DealAmount),
        // "which 2 of my reps are sitting on the most open pipe": the pipeline's size.
        (None, Some(Op::Top | Op::Bottom)) if query.scope.stage.as_deref() == Some("open") => Some(Figure::DealAmount),
        // "my open opps at Hooli?": the deals themselves.
        (None, None) if query.scope.stage.is_some() && exact(ws, &["deals", "opps", "opportunities"]) => {
            query.op = Op::List;
            Some(Figure::DealAmount)
        }
        // "my biggest win", "my 3 fattest deals": the deals' size; "top 3 MG sellers": credit.
        // ("top 5 deals on my team this quarter": the team's deals, ranked)
        (None, Some(Op::Top | Op::Bottom))
            if (!query.who.is_team() || deals_ranked(ws))
                && exact(
                    ws,
                    &[
                        "deal",
                        "deals",
                        "win",
                        "wins",
                        "opp",
                        "opps",
                        "sale",
                        "sales",
                        "order",
                        "orders",
                        "contract",
                        "contracts",
                        // ("what's the biggest policy I've bound this quarter?")
                        "policy",
                        "policies",
                    ],
                )
                && !ws.iter().any(|w| {
                    w.contains("commission") || w.contains("pay") || w.contains("earn") || w.contains("lucrat")
                }) =>
        {
            Some(Figure::DealAmount)
        }
        // ("furthest behind on rentals": against quota, its attainment)
        (None, Some(Op::Top | Op::Bottom))
            if query.who.is_team()
                && query.scope.measure.is_some()
                && mark.is_none()
                && exact(ws, &["behind", "ahead"]) =>
        {
            Some(Figure::Attainment)
        }
        (None, Some(Op::Top | Op::Bottom))
            if query.who.is_team() && query.scope.measure.is_some() && mark.is_none() =>
        {
            Some(Figure::Credit)
        }
        // "where do I rank on gci", "biggest tcv month": a measure ranked with no figure
        // said is ranked by its credit; a period ranked, when a quantity is said.
        // (not "worst quarter on the service side": the side of the pay a measure earns)
        // (nor "my worst qtr on flagship", "best quarter on equipment", "worst quarter for
        // platform": what was earned on it)
        (None, Some(Op::BestPeriod | Op::WorstPeriod | Op::Rank))
            if query.scope.measure.is_some()
                && mark.is_none()
                && !scenario
                && !exact(ws, &["side"])
                && !(op != Some(Op::Rank)
                    && (measure_after_on(v, ws, query.scope.measure.as_deref()) || !quantity_said(ws))) =>
        {
            Some(Figure::Credit)
        }
        // ("worst quarter this year for units" where a unit is a won deal: the deals counted)
        (None, Some(Op::BestPeriod | Op::WorstPeriod))
            if mark.is_none()
                && !scenario
                && ws.last().is_some_and(|w| {
                    w == "won"
                        || super::words::DEALS.contains(&w.as_str())
                        || v.idea_words
                            .iter()
                            .any(|(x, p)| p == "won" && w.strip_suffix('s') == Some(x.as_str()))
                }) =>
        {
            Some(Figure::DealCount)
        }
        // ("the team's best quarter so far": the quarter it cost the most; "compare my
        // team's q two to q one": what each cost)
        (None, Some(Op::BestPeriod | Op::WorstPeriod | Op::Compare))
            if query.who.is_team() && mark.is_none() && !scenario =>
        {
            Some(Figure::Cost)
        }
        // ("which of my producers got dinged the most", "who lost the most last quarter": deals
        // lost, counted; a lost deal pays nothing)
        (None, Some(Op::Top | Op::Bottom))
            if query.scope.stage.as_deref() == Some("lost")
                && !exact(ws, super::words::EARN)
                && !exact(ws, PAY_SAID) =>
        {
            Some(Figure::DealCount)
        }
        (None, Some(Op::Top | Op::Bottom | Op::BestPeriod | Op::WorstPeriod | Op::Rank | Op::Compare)) => {
            Some(Figure::Earnings)
        }
        // ("what if we scrapped the time-out altogether", asked of the team: what the plan
        // would cost us)
        // ("raise the top station to 75k, how much extra", "what if the quench came down to
        // one fifty percent": what the change does to the plan's bill, nobody named)
        (None, None | Some(Op::Value))
            if query.scenario.lever.is_some()
                && query.who.is_team()
                && (exact(ws, &["we", "us", "our"]) || !exact(ws, &["who", "which", "whose"])) =>
        {
            Some(Figure::Cost)
        }
        (None, _) if scenario => Some(Figure::Earnings),
        (None, _) if mark.is_some() && !mentions(ws, &["what is", "what's", "whats"]) => Some(Figure::Distance),
        (None, _) if query.scope.deal.is_some() => {
            query.op = Op::Explain;
            Some(Figure::Earnings)
        }
        _ => None,
    };
    // "TRC for aug-oct?": a measure whose name is pay (a commission, an incentive) is its
    // money.
    // ("how much gp has my team done", of Gross Profit Commission: the part of its name
    // said is no pay, so its credit)
    let figure = figure.or_else(|| {
        let m = query.scope.measure.as_ref()?;
        let name = v.inputs.plan.measures.iter().find(|x| &x.id == m)?.name.to_lowercase();
        // ("my gci share for oct-dec?" of the GCI Share)
        let pay_named = ["commission", "incentive", " share"].iter().any(|p| name.ends_with(p));
        if op.is_some() || mentions(ws, super::words::DISTANCE) || !pay_named {
            return None;
        }
        let words = name.split_whitespace().count();
        // (of words only: "csi" for the Consumables & Service Incentive)
        let initials: String = name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_alphabetic())
            .collect();
        let pay_said = exact(ws, COMMISSION)
            || exact(ws, &["incentive"])
            || name.ends_with(" share") && exact(ws, &["share"])
            || words < 2
            || ws.contains(&initials);
        // ("my plus line deals this quarter": its deals, which figure of them unsaid)
        // (not "how much did my hospital contracts pay out": their pay)
        if !pay_said
            && exact(ws, super::words::DEALS)
            && query.scenario.is_none()
            && !exact(ws, super::words::EARN)
            && !exact(ws, &["pay", "pays", "paying", "paid", "payout"])
        {
            return None;
        }
        Some(
            if pay_said || !query.scenario.is_none() || !mentions(ws, &["how much", "total"]) {
                Figure::Earnings
            } else {
                Figure::Credit
            },
        )
    });
    // "how much SAI did I get": a measure's money.
    let figure = figure.or_else(|| {
        (query.scope.measure.is_some()
            && mentions(ws, &["how much"])
            && exact(ws, &["get", "got", "receive", "received", "earn", "earned"]))
        .then_some(Figure::Earnings)
    });
    // ("what'll I get on the 15th of April": a payday's pay)
    // ("wat am i getting nov 20th": a day with its month, what comes then)
    let figure = figure.or_else(|| {
        // ("how much am i getting this month": what the month pays)
        (query.scope.period.is_some()
            && (mentions(ws, super::words::GET_ON)
                || super::when::getting_on_a_date(ws)
                || query.scenario.is_none()
                    && mentions(ws, &["am i getting", "i'm getting", "im getting", "am i only getting"])))
        .then_some(Figure::Payable)
    });
    // ("how much will I earn on the 28th", the payday: what it pays)
    let figure = figure.map(|f| {
        let on_payday = query.scope.period.is_some() && query.scenario.is_none() && super::when::earned_on_a_day(ws);
        if f == Figure::Earnings && on_payday {
            Figure::Payable
        } else {
            f
        }
    });
    // ("how much did i get from kharadi software park sd-wan", "whats my YTD")
    let figure = figure.or_else(|| super::figure::plainly::figure(ws, &query));
    let Some(figure) = figure else {
        let vague = named_something
            || mentions(
                ws,
                &[
                    "how much",
                    "how many",
                    "what about",
                    "how about",
                    "numbers",
                    "figures",
                    "status",
                    "update",
                    "her",
                    "him",
                    "doing",
                    "what if",
                    "them",
                    "that",
                    "compare",
                    // ("if it closes next week what do I get": which deal, which figure?)
                    "if it",
                    "what do i get",
                ],
            )
            // "what does 25k do for me": a number the question is about, its reading open.
            || crate::phrases::amount(ws).is_some()
            || crate::phrases::percent(ws).is_some()
            || query.scope.period.is_some()
            || query.scope.product.is_some()
            || query.scope.measure.is_some()
            // ("my gtx deals", begun by several products' names)
            || v.products_begun(ws).len() > 1
            || !matches!(query.who, Who::Seller(ref s) if s == asker);
        if vague {
            return ask_back(query, "which figure");
        }
        // "do I get paid at signing or at PTO", "is there a redline on my deals": a yes-or-no
        // question about pay and no figure is how the plan works.
        let yes_or_no = ws.first().is_some_and(|w| {
            matches!(
                w.as_str(),
                "do" | "does" | "is" | "are" | "can" | "will" | "should" | "am"
            )
        });
        if yes_or_no
            && exact(
                ws,
                &[
                    "paid",
                    "pay",
                    "pays",
                    "commission",
                    "comp",
                    "deal",
                    "deals",
                    "leads",
                    "lead",
                    "credit",
                    "credited",
                    "quota",
                    "bonus",
                ],
            )
        {
            return Understood::PlanRule {
                topic: super::rule::topic(ws),
            };
        }
        return Understood::Decline {
            reason: "not about the plan, the deals or the payouts".into(),
            offer: None,
        };
    };
    // A deal ranked or listed by what it paid: its earnings.
    let figure =
        if matches!(op, Some(Op::Top | Op::Bottom | Op::List)) && figure == Figure::Payable && !query.who.is_team() {
            Figure::Earnings
        } else {
            figure
        };
    // "why so low, i finally got past the first tap": a mark said beside a why is the
    // story, not a distance asked.
    let figure = if op == Some(Op::Explain) && figure == Figure::Distance {
        Figure::Earnings
    } else {
        figure
    };
    query.figure = figure;
    // Clawbacks are of cancelled deals by definition: the stage adds nothing.
    // (and a draw "still open" is its balance owed: "how much anticipo my team has still open")
    if figure == Figure::Clawback || figure == Figure::DrawBalance && query.scope.stage.as_deref() == Some("open") {
        query.scope.stage = None;
    }
    if figure == Figure::Distance {
        query.mark = Some(mark.or_else(|| percent_mark(v, ws)).unwrap_or(Mark::NextTier));
    }
    if query.op == Op::Value {
        query.op = op.unwrap_or(Op::Value);
    }
    // ("anybody still way under the breakwater? whos worst": the worst off is the furthest
    // from the mark, the top of the distances)
    if figure == Figure::Distance
        && query.op == Op::Bottom
        && exact(ws, &["worst", "weakest"])
        && !exact(ws, &["closest", "nearest", "least", "smallest", "lowest", "bottom"])
    {
        query.op = Op::Top;
    }
    // ("which quarter was my best one": the one period, no count of them)
    if matches!(query.op, Op::BestPeriod | Op::WorstPeriod) && query.n == Some(1) {
        query.n = None;
    }
    // (a why of one period: another said by the way is no comparison)
    if query.op == Op::Explain {
        query.scope.versus = None;
    }
    // ("line up my crew by earnings, top to bottom": all of them)
    let all_of_them = mentions(ws, super::words::IN_ORDER);
    if matches!(query.op, Op::Top | Op::Bottom) && query.n.is_none() && sided.is_none() && !all_of_them {
        let nouns = [
            "deals",
            "aes",
            "sellers",
            "reps",
            "people",
            "agents",
            "accounts",
            "customers",
            "earners",
            // ("which AMs gain the most", "which RMs")
            "ams",
            "guys",
            "folks",
            "rms",
            "producers",
            "salespeople",
            "consultants",
            "advisors",
            "brokers",
        ];
        // "which of my agents is furthest": one answer, though the noun is plural.
        let singular = ws
            .windows(2)
            .any(|w| {
                nouns.contains(&w[0].as_str())
                    && matches!(
                        w[1].as_str(),
                        "is" | "has" | "was" | "had" | "topped" | "got" | "earned" | "made" | "did"
                            // ("which of my reps needs the least to hit the warm wind")
                            | "needs" | "gets" | "leads" | "sits" | "stands" | "does" | "owes" | "earns"
                            | "makes" | "sells" | "closes" | "costs"
                            // ("peregrine at 9%, which of my reps gains the most": one, the
                            // verb said of one)
                            | "gains" | "loses" | "benefits" | "drops"
                            // ("which of my reps comes out ahead the most")
                            | "comes" | "ends" | "wins"
                    )
                    // ("which of my reps landed the most gtk 500s", "which of my deals paid me
                    // the most": one of them)
                    || nouns.contains(&w[0].as_str())
                        && matches!(
                            w[1].as_str(),
                            "landed" | "closed" | "sold" | "signed" | "booked" | "won" | "paid" | "pays"
                        )
                        && mentions(ws, &["which of"])
            })
            // ("which of my AEs would gain the most": one, though the verb's mood hides it)
            || mentions(ws, &["which of"])
                && mentions(ws, &["the most", "the least"])
                && ws.windows(2).any(|w| {
                    // ("which of my AMs collected the most fuel money", Pidgin's "don collect")
                    nouns.contains(&w[0].as_str())
                        && (matches!(w[1].as_str(), "would" | "will" | "could" | "might" | "don")
                            || w[1].len() > 4 && w[1].ends_with("ed"))
                })
            // ("which of my deals this year paid me the most": the verb of one, after its time)
            || mentions(ws, &["which of"])
                && ws.iter().position(|w| nouns.contains(&w.as_str())).is_some_and(|i| {
                    let time = |x: &String| {
                        matches!(x.as_str(), "this" | "last" | "year" | "quarter" | "month" | "so" | "far" | "in")
                            || crate::phrases::quarter_code(x).is_some()
                    };
                    ws[i + 1..].iter().find(|x| !time(x)).is_some_and(|x| {
                        matches!(
                            x.as_str(),
                            "is" | "was" | "has" | "had" | "paid" | "pays" | "earned" | "made" | "got" | "brought"
                            // ("which of my guys furthest behind pace": the verb unsaid)
                            | "furthest" | "farthest" | "closest" | "nearest" | "highest" | "lowest" | "biggest"
                        )
                    })
                })
            // "the weakest attainment among my agents": one of them.
            || exact(ws, &["among", "amongst"])
            // ("which rep has the most resigned deals": one rep, whatever the deals)
            // (said exactly: "which sellers lose most" is many)
            // ("which AM on my team has the most pulped jobs": an account manager; not "which am
            // i closest to")
            || ws.windows(2).enumerate().any(|(i, w)| {
                w[0] == "which"
                    && (matches!(
                        w[1].as_str(),
                        "rep" | "seller" | "agent" | "ae" | "person" | "rm" | "kam" | "bdr" | "sdr" | "exec" | "producer"
                            | "salesperson" | "consultant" | "advisor" | "broker"
                    ) || w[1] == "am" && ws.get(i + 2).is_some_and(|n| n != "i"))
            });
        // ("whos closest … out of my people": one of them)
        let plural = exact(ws, &nouns) && !exact(ws, &["who", "who's", "whos"]) && !singular
            || mentions(ws, super::words::RANK_ALL)
            // ("Q3 payout by rep?": each rep's)
            || super::words::each_person(ws)
            // ("who gets hurt if the ticket gate goes up to 50%": all who do; not "who gets
            // hurt most")
            || mentions(ws, &["who gets hurt", "who would get hurt", "who'd get hurt", "who gets hit"])
                && !exact(ws, &["most", "worst", "hardest", "biggest"]);
        if !plural {
            query.n = Some(1);
        }
    }
    if query.op == Op::Compare && query.scope.versus.is_none() && !scenario {
        query.op = Op::Value;
    }
    // (the account a new deal would be with scopes no pay: "Markita is close on a big iron
    // deal with Treequote. What would Markita earn if she signed a 30k GTK 500 today?")
    if query.scenario.new_deal.is_some() {
        query.scope.account = None;
    }
    // (a measure's word inside the name of the deal changed says which deal, no pay of that
    // measure asked: "If the Humber Steel Fixings e-fulfilment deal from December had fallen
    // through, what would that cost me?"; not "… had closed in July, what would my q4
    // equipment commission be")
    let changed = query.scenario.deal_amount_to.is_some() || query.scenario.move_deal.is_some();
    if changed && query.figure == Figure::Earnings && query.scope.measure.is_some() {
        let supposed = ws.iter().position(|w| {
            matches!(
                w.as_str(),
                "had" | "was" | "were" | "slipped" | "slips" | "slid" | "fell" | "falls"
            )
        });
        // (and none named before the "if": "what would my q4 equipment commission be if
        // NB-45331 had closed in september")
        let before_if = ws.iter().position(|w| w == "if").unwrap_or(0);
        if supposed.is_some_and(|at| v.measure(&ws[at..]).is_none() && v.measure(&ws[..before_if]).is_none()) {
            query.scope.measure = None;
        }
    }
    // A deal explained is itself; a period's pay is explained on the measure named.
    if query.op == Op::Explain && (query.scope.deal.is_some() || query.scope.account.is_some()) {
        query.scope.measure = None;
        query.scope.deal_type = None;
    }
    // (what a deal that fell off, or rebates, "cost me" is what was clawed back)
    if query.figure == Figure::Cost
        && (exact(ws, &["fall-off", "falloff"]) || mentions(ws, super::words::CLAWBACK))
        && exact(ws, &["me", "my", "i"])
    {
        query.figure = Figure::Clawback;
    }
    // ("the Saldanha excavator sale": one of several there, by its product and type)
    super::named_deal::account_deal(v, ws, &mut query);
    super::named_deal::lost_on_cancelled(v, ws, &mut query);
    // "The Pied Piper deal" when the seller has several there: which one?
    if let (Some(account), Some(seller), false) = (
        &query.scope.account,
        query.who.seller(),
        exact(ws, &["deals", "all", "each", "every"]),
    ) {
        // ("the bioholding plus pro" with two of them there: of the product said)
        let product = query.scope.product.as_deref();
        let deals: Vec<&plansight_plan::CreditLine> = v
            .deals_at(seller, account)
            // (a cancelled deal paid too, before it was clawed back)
            .filter(|l| l.stage.is_credited())
            .filter(|l| product.is_none_or(|p| l.product.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(p))))
            .collect();
        let one_said = super::named_deal::one_deal_said(v, ws)
            || product.is_some_and(|p| super::named_deal::one_product_said(v, ws, p)) && query.op == Op::Value;
        // ("The Lexiqvolax GTX Plus Basic I closed on June 13 paid way more …": the day said
        // picks the deal)
        // ("how much the Iligan Falls bedside from december paid me?": the month it is from)
        let day = crate::phrases::date(ws, v.inputs.plan.start, v.today());
        let from = super::scenario::from_month(ws);
        let of_day: Vec<&&plansight_plan::CreditLine> = deals
            .iter()
            .filter(|l| {
                day.is_some() && l.close_date == day
                    || from.is_some_and(|m| l.close_date.is_some_and(|d| chrono::Datelike::month(&d) == m))
            })
            .collect();
        if let ([one], true) = (&of_day[..], deals.len() > 1) {
            query.scope = super::Scope {
                deal: Some(one.id.clone()),
                ..Default::default()
            };
        } else if deals.len() > 1 && one_said {
            let readings = deals
                .iter()
                .rev()
                .take(3)
                .map(|l| Query {
                    op: if query.op == Op::Value { Op::Value } else { Op::Explain },
                    figure: if query.op == Op::Value {
                        query.figure
                    } else {
                        Figure::Earnings
                    },
                    who: query.who.clone(),
                    scope: super::Scope {
                        deal: Some(l.id.clone()),
                        ..Default::default()
                    },
                    ..Default::default()
                })
                .collect();
            return Understood::AskBack {
                missing: "which deal".into(),
                readings,
            };
        }
    }
    // "The Mendoza deal" of a seller with deals at Mendoza Residence and T. Mendoza
    // Residence: which one?
    if let (None, None, Some(seller)) = (&query.scope.account, &query.scope.deal, query.who.seller()) {
        let accounts: Vec<String> = v
            .accounts_said(&ws.join(" "), ws)
            .into_iter()
            .filter(|a| v.sells_at(seller, a))
            .collect();
        // ("how much Budmat paid me" of Budmat Swarzędz and Budmat Turek: which, not neither)
        let first_word = |a: &String| a.split_whitespace().next().unwrap_or("").to_lowercase();
        let paid_by = query.op == Op::Value
            // (one word they all begin with: not "Budmat and Stalprofil")
            && accounts.iter().all(|a| first_word(a) == first_word(&accounts[0]))
            && accounts.iter().all(|a| {
                let first = first_word(a);
                first.len() >= 4 && ws.contains(&first) && !crate::query::unrecognised::common(&first)
            })
            && !exact(ws, &["both", "all", "every", "each", "total", "combined"]);
        if accounts.len() > 1 && (super::named_deal::one_deal_said(v, ws) || paid_by) {
            let readings = accounts
                .into_iter()
                .map(|a| {
                    let mut q = query.clone();
                    q.scope.account = Some(a);
                    q
                })
                .collect();
            return Understood::AskBack {
                missing: "which account".into(),
                readings,
            };
        }
    }
    // "my gtx plus deals" with a GTX Plus Basic and a GTX Plus Pro: which one? (not when a
    // deal is named: "if the umbrella corp gtx pro deal had come in at 9k", its product)
    let deal_named =
        query.scope.deal.is_some() || query.scenario.deal_amount_to.is_some() || query.scenario.move_deal.is_some();
    if query.scope.product.is_none()
        && !deal_named
        && query.scenario.new_deal.as_ref().is_none_or(|d| d.product.is_none())
    {
        let mut begun = v.products_begun(ws);
        if begun.len() < 2 {
            begun = v.products_ended(ws);
        }
        // ("a 60k harbourline licence" with Harbourline ERP Licence and Harbourline ERP Cloud:
        // the one whose last word is said too)
        let by_last: Vec<String> = begun
            .iter()
            .filter(|p| {
                p.to_lowercase().split_whitespace().last().is_some_and(|l| {
                    ws.iter().any(|w| w == l || w.strip_suffix('s') == Some(l)) && !p.to_lowercase().starts_with(l)
                })
            })
            .cloned()
            .collect();
        if begun.len() > 1 {
            if let [one] = &by_last[..] {
                match query.scenario.new_deal.as_mut() {
                    Some(d) => d.product = Some(one.clone()),
                    None => query.scope.product = Some(one.clone()),
                }
                begun.clear();
            }
        }
        if begun.len() > 1 {
            let readings = begun
                .into_iter()
                .take(3)
                .map(|p| {
                    let mut q = query.clone();
                    // (a new deal's product, when the deal is new: "a 25k medical case")
                    match q.scenario.new_deal.as_mut() {
                        Some(d) => d.product = Some(p),
                        None => q.scope.product = Some(p),
                    }
                    q
                })
                .collect();
            return Understood::AskBack {
                missing: "which product".into(),
                readings,
            };
        }
    }
    // ("why did the Esposito job pay so much": the account's deal is the one explained, named
    // beside the account)
    if query.op == Op::Explain && query.scope.deal.is_none() && query.scope.account.is_some() {
        // (the asker's own, where no one else is named)
        let mut theirs = query.clone();
        if theirs.who == Who::Nobody {
            theirs.who = Who::Seller(asker.to_string());
        }
        query.scope.deal = super::named_deal::newest_deal(v.inputs, &theirs);
    }
    // "How far am I from tier 2", when more than one measure has a tier 2: whose?
    if let Some(readings) = super::whose_measure::tier_of_which_measure(v, ws, &query) {
        return Understood::AskBack {
            missing: "which measure's tier".into(),
            readings,
        };
    }
    // ("why have I tripped the Circuit Breaker already?": the year's pay the payout cap
    // stopped, explained over the year)
    let year_capped = v
        .terms_in(ws)
        .iter()
        .any(|t| matches!(t, super::terms::Term::PayoutCap));
    if query.op == Op::Explain
        && query.scope.deal.is_none()
        && super::named_deal::newest_deal(v.inputs, &query).is_none()
        && query.scope.period.is_none()
        && query.scope.measure.is_none()
        && !year_capped
    {
        // ("so why am i on the bellows then": the pay of a month the draw topped up, this
        // payout period's or the last's)
        if super::figure::why_on_the_draw(v, ws) {
            let plan = &v.inputs.plan;
            let today = v.today();
            let periods = plansight_plan::calendar::periods(plan.start, plan.payout_period);
            let now = periods.iter().position(|p| p.first <= today && today <= p.last);
            let readings: Vec<Query> = now
                .into_iter()
                .flat_map(|k| [Some(k), k.checked_sub(1)])
                .flatten()
                .map(|k| {
                    let mut q = query.clone();
                    q.scope.period = Some(periods[k].label.clone());
                    q
                })
                .collect();
            if !readings.is_empty() {
                return Understood::AskBack {
                    missing: "which payout period".into(),
                    readings,
                };
            }
        }
        return ask_back(query, "which deal");
    }
    deadline_month_dropped(v, ws, &mut query);
    Understood::Answer(query)
}

/// "How far from the crease I am, need to cross it this month itself": of a measure whose
/// quota is no month's, a month said as when the asker must get there is no period of the
/// distance (the quarter's, as "if I close 45k this month would that get me to bullet" is).
fn deadline_month_dropped(v: &Vocabulary, ws: &[String], query: &mut Query) {
    let month = query.scope.period.as_deref().is_some_and(|p| p.starts_with('M'));
    let measures = &v.inputs.plan.measures;
    let monthly = measures
        .iter()
        .filter(|m| query.scope.measure.as_deref().is_none_or(|id| id == m.id))
        .any(|m| m.quota_period == plansight_plan::PeriodKind::Monthly);
    let deadline = ws.windows(2).any(|w| {
        matches!(w[0].as_str(), "need" | "needs" | "have" | "has" | "want" | "got") && w[1] == "to"
            || matches!(w[0].as_str(), "gotta" | "must")
    });
    if query.figure == Figure::Distance && query.scenario.is_none() && month && !monthly && deadline {
        query.scope.period = None;
    }
}

/// Words that ask for money, so deals ranked by them are not counted ("who has the most lost
/// dollars", "the most lost revenue").
const PAY_SAID: &[&str] = &[
    "pay", "paid", "payout", "money", "dollars", "value", "amount", "revenue", "bonus", "spiff", "worth",
];

/// Words for what a measure counts ("gp", "fees", "revenue"): a period ranked for one of
/// them ranks the credit; for a measure named by its goods or its initials ("worst quarter
/// for platform", "which month was my best for mg", "worst quarter for LRC") what the period
/// earned on it.
const QUANTITIES: &[&str] = &[
    "gp", "gm", "fees", "fee", "revenue", "rev", "income", "sales", "bookings", "billings", "volume", "vol", "tcv",
    "arr", "acv", "mrr", "margin", "umsatz", "value", "units", "gci", "premiums",
];

/// Whether a quantity is said, alone or "-wise" ("worst quarter GP-wise?").
fn quantity_said(ws: &[String]) -> bool {
    ws.iter()
        .any(|w| QUANTITIES.contains(&w.strip_suffix("-wise").unwrap_or(w)))
}

/// Whether the measure is said right after "on" ("worst qtr on flagship", "best quarter on
/// the equipment").
fn measure_after_on(v: &Vocabulary, ws: &[String], measure: Option<&str>) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        w == "on" && {
            let rest: Vec<String> = ws[i + 1..]
                .iter()
                .skip_while(|x| matches!(x.as_str(), "the" | "my"))
                .take(1)
                .cloned()
                .collect();
            !rest.is_empty() && v.measure(&rest).as_deref() == measure
        }
    })
}

/// Whether the deals themselves are ranked ("top 5 deals on my team", "the 3 biggest
/// orders"), not the sellers who made them ("top 3 sellers by deals").
fn deals_ranked(ws: &[String]) -> bool {
    // (not "sales": "top 3 sales guys" are people)
    const DEALS: &[&str] = &["deals", "orders", "wins", "opps", "contracts"];
    let ranked = ws.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "top" | "biggest" | "largest")
            && (ws.get(i + 1).is_some_and(|n| DEALS.contains(&n.as_str()))
                || ws.get(i + 1).is_some_and(|n| {
                    n.parse::<u32>().is_ok_and(|n| (1..=50).contains(&n))
                        || ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
                            .contains(&n.as_str())
                }) && ws.get(i + 2).is_some_and(|n| DEALS.contains(&n.as_str())))
    });
    ranked
        && !exact(
            ws,
            &["who", "who's", "whos", "which", "sellers", "reps", "agents", "people"],
        )
}

/// Whether the question names no one ("what does it cost" rather than "what do I cost").
fn who_unnamed(ws: &[String]) -> bool {
    !exact(ws, &["my", "i", "me", "mine"])
}

/// The plan's quarters a season said as a time ("in the spring", "over the summer", "during
/// the long rains") or a festival ("diwali ke time") falls in, months as the northern
/// calendar has them (East Africa's rains as they fall there).
fn season_quarters(v: &Vocabulary, ws: &[String]) -> Option<Vec<String>> {
    const FESTIVALS: &[&str] = &[
        "diwali",
        "christmas",
        "xmas",
        "easter",
        "thanksgiving",
        "lunar new year",
        "chinese new year",
    ];
    const SEASONS: &[(&str, [u32; 3])] = &[
        ("spring", [3, 4, 5]),
        ("summer", [6, 7, 8]),
        ("fall", [9, 10, 11]),
        ("autumn", [9, 10, 11]),
        ("winter", [12, 1, 2]),
        // (East Africa's: "during the long rains")
        ("long rains", [3, 4, 5]),
        ("short rains", [10, 11, 12]),
        // (a festival's time: "diwali ke time pe kitna kamaya tha maine?", its date moving
        // from year to year; the quarters it may fall in offered)
        ("diwali", [10, 11, 11]),
        ("christmas", [12, 12, 12]),
        ("xmas", [12, 12, 12]),
        ("easter", [3, 4, 4]),
        ("thanksgiving", [11, 11, 11]),
        ("lunar new year", [1, 2, 2]),
        ("chinese new year", [1, 2, 2]),
    ];
    // (not a word of the plan's own names: "the Winter Feed", a draw; nor of the plan's: "so
    // far this summer" of a Summer Sales Compensation Plan is its season, the plan's year)
    let named = |s: &str| {
        v.terms.iter().any(|(n, _)| n.split_whitespace().any(|w| w == s))
            || v.inputs.plan.name.to_lowercase().split_whitespace().any(|w| w == s)
            || v.inputs
                .plan
                .bonuses
                .iter()
                .any(|b| b.name.to_lowercase().split_whitespace().any(|w| w == s))
    };
    let said = format!(" {} ", ws.join(" "));
    let (_, months) = SEASONS.iter().find(|(s, _)| {
        !named(s)
            // ("in winter", "during summer": said without its article too)
            && (["the", "this", "last", "over", "in", "during", "through", "around", "at"]
                .iter()
                .any(|before| said.contains(&format!(" {before} {s} ")))
                // (a festival is a time however it is said: "diwali ke time")
                // (not a day it is paid by, "paid before christmas", nor an account's name,
                // "Christmas Tree Shops")
                || FESTIVALS.contains(s)
                    && said.contains(&format!(" {s} "))
                    && !["before", "by", "until", "till", "after"]
                        .iter()
                        .any(|b| said.contains(&format!(" {b} {s} ")))
                    && !v.accounts.iter().any(|a| a.to_lowercase().split_whitespace().any(|w| w == *s)))
    })?;
    let start = chrono::Datelike::month(&v.inputs.plan.start);
    let mut quarters: Vec<String> = Vec::new();
    for m in months {
        let label = format!("Q{}", (m + 12 - start) % 12 / 3 + 1);
        if !quarters.contains(&label) {
            quarters.push(label);
        }
    }
    Some(quarters)
}

/// Whether the deals ranked are said in the plural by what they are, after "the most" (or
/// "fewest", "least") or before "by rep": a product ("subs" of the RTK Sub, "500s"; not
/// "plus"), a deal type ("new flags") or a stage ("the most gone burgers").
fn deals_counted(v: &Vocabulary, ws: &[String], query: &Query) -> bool {
    let after_most = ws
        .iter()
        .position(|w| matches!(w.as_str(), "most" | "fewest" | "least"))
        .map(|at| {
            ws[at + 1..]
                .iter()
                .take_while(|w| {
                    !matches!(
                        w.as_str(),
                        "on" | "in" | "this" | "for" | "at" | "my" | "last" | "so" | "across"
                    )
                })
                .take(4)
                .cloned()
                .collect::<Vec<_>>()
        });
    let before_by = ws
        .windows(2)
        .position(|p| p[0] == "by" && matches!(p[1].as_str(), "rep" | "seller" | "agent" | "person" | "ae" | "bde"))
        .map(|at| ws[at.saturating_sub(3)..at].to_vec());
    let said: Vec<String> = after_most.into_iter().chain(before_by).flatten().collect();
    if said.is_empty() {
        return false;
    }
    // (a name's last word in the plural, its other words as they are)
    let plural_of = |name: &str| {
        let parts: Vec<&str> = name.split_whitespace().collect();
        let Some((last, before)) = parts.split_last() else {
            return false;
        };
        said.windows(parts.len()).any(|w| {
            w[..before.len()].iter().zip(before).all(|(a, b)| a == b)
                && w[before.len()].strip_suffix('s').is_some_and(|one| one == *last)
        })
    };
    let product_words: Vec<String> = v
        .products
        .iter()
        .map(|p| p.to_lowercase())
        .chain(v.product_aliases.iter().map(|(_, a)| a.clone()))
        .flat_map(|n| n.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect();
    let products = query.scope.product.is_some()
        && said.iter().any(|w| {
            w.len() >= 3
                && !product_words.contains(w)
                && w.strip_suffix('s')
                    .is_some_and(|one| product_words.iter().any(|x| x == one))
        });
    let types = query.scope.deal_type.is_some()
        && v.type_aliases
            .iter()
            .map(|(_, a)| a.as_str())
            .chain(v.deal_types.iter().map(String::as_str))
            .any(plural_of);
    // (the glossary's word for a stage is read as the stage by now: "the most gone burgers"
    // is "the most cancelled")
    // (not "the most open pipeline": its size)
    let stages = query.scope.stage.is_some()
        // (nor "the most on deck", open deals: their size)
        && said.first().is_some_and(|w| matches!(w.as_str(), "lost" | "cancelled"))
        && said.get(1).is_none_or(|n| super::words::DEALS.contains(&n.as_str()));
    products || types || stages
}

/// Readings of a question that leaves something open, offered as choices.
fn ask_back(base: Query, missing: &str) -> Understood {
    let reading = |figure: Figure, mark: Option<Mark>, op: Op| Query {
        figure,
        mark,
        op,
        ..base.clone()
    };
    let mut readings = vec![
        reading(Figure::Earnings, None, Op::Value),
        reading(Figure::Attainment, None, Op::Value),
        reading(Figure::Distance, Some(Mark::NextTier), Op::Value),
    ];
    if base.scope.deal.is_some() || base.scope.account.is_some() {
        readings.insert(0, reading(Figure::Earnings, None, Op::Explain));
        readings.truncate(2);
    }
    if base.scope.stage.is_some() || base.scope.product.is_some() {
        readings.insert(0, reading(Figure::DealCount, None, Op::Value));
        readings.insert(1, reading(Figure::DealAmount, None, Op::Value));
        readings.truncate(3);
    }
    Understood::AskBack {
        missing: missing.into(),
        readings,
    }
}

/// The mark that starts at the percentage a question names ("how far am I from 100%"): the
/// accelerator, the threshold, the cap, else the next tier.
fn percent_mark(v: &Vocabulary, ws: &[String]) -> Option<Mark> {
    percent_mark_of(v, ws, None).map(|(_, m)| m)
}

/// The mark at the percentage a question names, searched first in `measure` ("how far off
/// 100 am i" after a question of the programs measure: its tier at 100%, though another
/// measure's accelerator starts there too).
pub(super) fn percent_mark_of(v: &Vocabulary, ws: &[String], measure: Option<&str>) -> Option<(usize, Mark)> {
    let micros = crate::phrases::percent_micros(ws)?;
    let point = plansight_plan::Point((micros / 100) as i64);
    let measures = v.inputs.plan.measures.iter().enumerate();
    let (first, rest): (Vec<_>, Vec<_>) = measures.partition(|(_, m)| Some(m.id.as_str()) == measure);
    for (mi, m) in first.into_iter().chain(rest) {
        if m.threshold == Some(point) {
            return Some((mi, Mark::Threshold));
        }
        if m.cap == Some(point) {
            return Some((mi, Mark::Cap));
        }
        if let Some(ti) = m.tiers.iter().position(|t| t.from == point) {
            let mark = if v.accelerator == Some((mi, ti)) {
                Mark::Accelerator
            } else {
                Mark::NextTier
            };
            return Some((mi, mark));
        }
    }
    None
}

/// "Which reps were under the threshold", "who is above the accelerator": the team ranked by
/// attainment (from the foot when under), when a mark is said of a side of it.
fn on_which_side(ws: &[String], mark: Option<Mark>, who: &Option<Who>) -> Option<Op> {
    if mark.is_none() || matches!(who, Some(Who::Seller(_))) {
        return None;
    }
    // (of people: "which reps were", "who is"; not "which deals were over the cap")
    let people = ws.windows(2).any(|w| {
        w[0] == "which"
            && matches!(
                w[1].as_str(),
                "reps"
                    | "sellers"
                    | "agents"
                    | "aes"
                    | "people"
                    | "consultants"
                    | "ams"
                    | "of"
                    | "members"
                    | "brokers"
                    | "producers"
                    | "estimators"
                    | "engineers"
                    | "staff"
                    | "guys"
                    | "folks"
            )
            // ("who in my team is still under the weighbridge": who, its verb within a few
            // words; not "who do I ask if my deal is over the cap")
            || matches!(w[0].as_str(), "who's" | "whos")
            || w[0] == "who" && matches!(w[1].as_str(), "is" | "was" | "were" | "are" | "in" | "on" | "of")
    }) || ws
        .windows(3)
        .any(|w| w[0] == "which" && w[2] == "managers" && w[1] == "account");
    if !people {
        return None;
    }
    // (the side said after the verb, "is still under", "'s already over")
    let after_verb: Vec<&str> = ws
        .iter()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "still" | "yet" | "already" | "currently" | "now" | "all"))
        .collect();
    after_verb.windows(2).find_map(|w| {
        if !matches!(
            w[0],
            "were" | "are" | "was" | "is" | "stayed" | "sat" | "fell" | "finished" | "who's" | "whos"
        ) {
            return None;
        }
        match w[1] {
            "under" | "below" | "short" => Some(Op::Bottom),
            "over" | "above" | "past" | "beyond" => Some(Op::Top),
            _ => None,
        }
    })
}
