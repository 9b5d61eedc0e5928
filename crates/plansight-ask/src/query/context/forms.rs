//! The follow-ups of a particular form: a new size for the last what-if ("make it
//! 300k"), the other one ("and the other deal?"), the draw after a payout ("and after the
//! draw?"), this one, the nth quarter, the other measure, and what the last answer's one
//! deal did.

use super::{closing_date, first_said};
use crate::fuzzy::mentions;
use crate::query::parse::{exact, Parts};
use crate::query::vocabulary::Vocabulary;
use crate::query::{DealAmount, Figure, LeverKind, MoveDeal, Op, Query, Scope, Who};
/// "What if it were twice that?", "make it 300k", "and at 40%?": the previous what-if with
/// a new size.
pub(in crate::query) fn resize(v: &Vocabulary, prev: &Query, ws: &[String]) -> Option<Query> {
    let mut q = prev.clone();
    // ("and if it had spoiled?" after the deal moved, where a lost deal is "spoiled": that
    // deal at nothing instead)
    let deal = prev.scenario.move_deal.as_ref().map(|m| m.deal.clone());
    if let Some(deal) = deal.filter(|_| exact(ws, &["it", "that"]) && crate::query::scenario::lost_instead(ws)) {
        q.scenario.move_deal = None;
        q.scenario.deal_amount_to = Some(DealAmount {
            deal,
            amount: plansight_plan::Exact::from_cents(plansight_plan::Cents(0)).money(),
        });
        return Some(q);
    }
    let factor = if exact(ws, &["twice", "double", "doubled"]) {
        Some((2, 1))
    } else if exact(ws, &["half", "halved"]) {
        Some((1, 2))
    } else if exact(ws, &["triple", "tripled"]) {
        Some((3, 1))
    } else {
        None
    };
    let money = crate::phrases::amount(ws);
    let pct = crate::phrases::percent(ws);
    // ("If that deal amount was 20,000 only, it pays how much?" after a deal explained: that
    // deal at the amount said)
    if let (Some(deal), Some(c)) = (prev.scope.deal.clone(), money) {
        let that_deal = mentions(
            ws,
            &["that deal", "this deal", "that one", "it was", "it were", "it had been"],
        );
        // (its size said outright, "was 20,000": not "… do I still get the $5,000 kicker?",
        // nor "10k bigger")
        // (the size with its unit: "was 18 lakh")
        let sized = (0..ws.len()).any(|i| {
            matches!(ws[i].as_str(), "was" | "were" | "is" | "been" | "at")
                && crate::phrases::amount(&ws[i + 1..(i + 3).min(ws.len())]).is_some()
        }) && !exact(
            ws,
            &[
                "bigger", "larger", "smaller", "more", "less", "kicker", "bonus", "spiff",
            ],
        );
        if prev.scenario.is_none() && that_deal && sized && exact(ws, &["if", "suppose"]) && v.deal(ws).is_none() {
            q.op = Op::Value;
            q.figure = Figure::Earnings;
            // (the deal's own pay, not its account's: "why did the kinnamplus deal pay me so
            // little" then "and if it had come in at 25k?")
            q.scope.account = None;
            q.scenario.deal_amount_to = Some(DealAmount {
                deal,
                amount: plansight_plan::Exact::from_cents(c).money(),
            });
            return Some(q);
        }
    }
    // ("And if the wrap came in at $60,000 instead?": a longer follow-up, the deal said by
    // its product, "instead" what it replaces)
    let instead = ws.len() <= 11 && exact(ws, &["instead"]);
    // ("and at 35%, which 3 of my reps lose the most" after a plan change: its new value
    // said first, then the question asked of it)
    let at_first = prev.scenario.lever.is_some()
        && ws.len() <= 14
        && matches!(
            ws.iter().map(String::as_str).take(2).collect::<Vec<_>>()[..],
            ["and", "at" | "to"] | ["at" | "to", _]
        )
        && ws
            .iter()
            .take(3)
            .any(|w| crate::phrases::percent(std::slice::from_ref(w)).is_some())
        // (a ranking asked of it, which the follow-up keeps; not "and at 7%, how much does
        // that save")
        && exact(ws, &["which", "who", "who's", "whos", "top", "bottom"]);
    if ws.len() > 8 && !instead && !at_first || v.deal(ws).is_some() {
        return None;
    }
    if let Some(d) = q.scenario.new_deal.as_mut() {
        let cents = match (factor, money) {
            (Some((n, k)), _) => {
                let c = plansight_plan::fixed::parse_scaled(&d.amount, 2).ok()? as i128;
                Some(plansight_plan::Cents((c * n / k) as i64))
            }
            // ("ok and if it was 5k bigger?": the amount said on top of the one before)
            (None, Some(c)) if exact(ws, &["bigger", "larger", "higher", "smaller", "lower"]) => {
                let was = plansight_plan::fixed::parse_scaled(&d.amount, 2).ok()?;
                let down = exact(ws, &["smaller", "lower"]);
                // (a deal made smaller than nothing is no deal: not read so)
                let now = if down {
                    was.checked_sub(c.0)?
                } else {
                    was.checked_add(c.0)?
                };
                (now > 0).then_some(plansight_plan::Cents(now))
            }
            (None, Some(c)) => Some(c),
            _ => None,
        }?;
        d.amount = plansight_plan::Exact::from_cents(cents).money();
        // ("what about a 4k flatbed" after a reefer load: the product or type said)
        if let Some(p) = v.product(&ws.join(" ")) {
            d.product = Some(p);
        }
        if let Some(t) = v.deal_type(ws) {
            d.deal_type = Some(t);
        }
        return Some(q);
    }
    if let Some(l) = q.scenario.lever.as_mut() {
        let fraction = matches!(
            l.kind,
            LeverKind::Rate | LeverKind::TierStart | LeverKind::Threshold | LeverKind::Cap
        );
        // "and at 9?" after "high gear at 8%": the same unit as the value it replaces.
        // (not a count of sellers: "which 3 reps gain the most from that")
        let counted = |i: usize| {
            i.checked_sub(1)
                .is_some_and(|j| matches!(ws[j].as_str(), "which" | "top" | "bottom" | "the" | "best" | "worst"))
                || ws.get(i + 1).is_some_and(|n| {
                    n.len() > 3 && n.ends_with('s') && !matches!(n.as_str(), "bps" | "pts" | "points" | "percent")
                })
        };
        let bare = || {
            let [n] = ws
                .iter()
                .enumerate()
                .filter(|(i, _)| !counted(*i))
                .filter_map(|(i, w)| {
                    let w = w.trim_end_matches('?');
                    // ("and at eleven"; not "the other one")
                    let at = i.checked_sub(1).is_some_and(|j| matches!(ws[j].as_str(), "at" | "to"));
                    // ("and at 10.5?": in hundredths, a decimal too)
                    crate::phrases::scaled(w, 100).or_else(|| {
                        crate::spoken::lone_number(w)
                            .filter(|_| at)
                            .map(|n| i128::from(n) * 100)
                    })
                })
                .filter(|n| (100..=50_000).contains(n))
                .collect::<Vec<_>>()[..]
            else {
                return None;
            };
            // ("and at 25?" after "silk at 45 bps": a rate under 1% was said in basis points)
            let bps = l.kind == LeverKind::Rate
                && plansight_plan::fixed::parse_scaled(&l.value, 6).is_ok_and(|micros| micros < 10_000);
            Some(crate::phrases::fraction_text(n, if bps { 1_000_000 } else { 10_000 }))
        };
        // ("and at 1.8?" after "nimbus paid 1.6x": a multiple, said as one)
        let multiple = || {
            let was_multiple = l.kind == LeverKind::Rate
                && plansight_plan::fixed::parse_scaled(&l.value, 6).is_ok_and(|micros| micros >= 1_000_000);
            let said: Vec<i128> = ws
                .iter()
                .enumerate()
                // (not a count of sellers: "which 3 reps gain the most from that")
                .filter(|(i, _)| !counted(*i))
                .filter_map(|(_, w)| {
                    // (a whole one too: "and at 2?")
                    let w = w.trim_end_matches('?');
                    let w = w.strip_suffix('x').unwrap_or(w);
                    crate::phrases::scaled(w, 1_000_000)
                })
                .filter(|m| (1_000_000..=10_000_000).contains(m))
                .collect();
            match said[..] {
                [m] if was_multiple => Some(crate::phrases::fraction_text(m, 1_000_000)),
                _ => None,
            }
        };
        let pct = pct.or_else(multiple);
        match (fraction, pct.or_else(|| bare().filter(|_| money.is_none())), money) {
            (true, Some(p), _) => l.value = p,
            (false, _, Some(c)) => l.value = plansight_plan::Exact::from_cents(c).money(),
            _ => return None,
        }
        return Some(q);
    }
    if let Some(a) = q.scenario.deal_amount_to.as_mut() {
        a.amount = plansight_plan::Exact::from_cents(money?).money();
        return Some(q);
    }
    None
}

/// "And the other Priya?" after a question about one of two Priyas: the same question of
/// the other.
pub(in crate::query) fn the_other(v: &Vocabulary, prev: &Query, ws: &[String]) -> Option<Query> {
    if !exact(ws, &["other"]) || ws.len() > 6 {
        return None;
    }
    let namesakes = v.ambiguous_name(ws)?;
    if !namesakes.contains(&prev.who) {
        return None;
    }
    let others: Vec<&Who> = namesakes.iter().filter(|w| **w != prev.who).collect();
    let [other] = others.as_slice() else {
        return None;
    };
    let mut q = prev.clone();
    q.who = (*other).clone();
    Some(q)
}

/// "And how much do I still owe on it?" after the draw: the draw's balance; "how much of it
/// have I paid back", what was recovered; "how much have they advanced me", what was paid.
pub(in crate::query) fn draw_follow_up(v: &Vocabulary, prev: &Query, ws: &[String]) -> Option<Query> {
    use Figure::{DrawAdvanced, DrawBalance, DrawRecovered};
    // ("when is it recovered?", "and if I leave before it's paid back?": the plan's timing
    // and its rule for leavers, not a figure)
    if matches!(first_said(ws), "when" | "when's") || crate::query::rule::leaving(ws) {
        return None;
    }
    // ("how does it get paid back?": the way the plan recovers it, not how much was)
    let how = ws
        .iter()
        .position(|w| w == "how")
        .is_some_and(|i| !matches!(ws.get(i + 1).map(String::as_str), Some("much" | "many" | "far")));
    let figure = if exact(ws, &["owe", "owed", "outstanding", "balance", "left", "remaining"]) {
        DrawBalance
    } else if mentions(
        ws,
        &[
            "paid back",
            "pay back",
            "paid off",
            "recovered",
            "repaid",
            "taken back",
            // ("how much of it came back?" after what was advanced)
            "came back",
            "come back",
            "got back",
            // ("and how much of it I already gave back?")
            "gave back",
            "given back",
            "give back",
        ],
    )
        // ("have i paid any of it back yet": the verb and its "back" apart)
        || crate::query::words::verb_then(ws, &["paid", "repaid", "gave", "given"], &["back"])
    {
        if how {
            return None;
        }
        DrawRecovered
    } else if exact(ws, &["advanced", "fronted"]) {
        DrawAdvanced
    } else {
        return None;
    };
    if ws.len() > 12 || !matches!(prev.figure, DrawAdvanced | DrawRecovered | DrawBalance) || !prev.scenario.is_none() {
        return None;
    }
    // ("and how much was advanced to me in total this year?": the period it names)
    let plan = &v.inputs.plan;
    let today = v.today();
    // (what came back of it: over the period the advance was asked for, unless "already"; a
    // balance is now)
    let period = crate::phrases::periods(ws, plan.start, today)
        .into_iter()
        .next()
        .or_else(|| {
            prev.scope.period.clone().filter(|_| {
                figure != DrawBalance
                    && !mentions(
                        ws,
                        &["already", "so far", "to date", "until now", "yet", "have i", "have we"],
                    )
            })
        });
    Some(Query {
        figure,
        op: Op::Value,
        who: prev.who.clone(),
        scope: Scope {
            period,
            ..Default::default()
        },
        ..Default::default()
    })
}

/// "And this one?" after a figure of last quarter (or month): the same of the one under way.
pub(in crate::query) fn this_one(v: &Vocabulary, prev: &Query, ws: &[String]) -> Option<Query> {
    let period = prev.scope.period.as_deref()?;
    if ws.len() > 4 || !mentions(ws, &["this one"]) {
        return None;
    }
    let grain = if period.starts_with('Q') {
        "quarter"
    } else if period.starts_with('M') {
        "month"
    } else {
        return None;
    };
    let said = ["this".to_string(), grain.to_string()];
    let mut q = prev.clone();
    q.scope.period = crate::phrases::periods(&said, v.inputs.plan.start, v.today())
        .into_iter()
        .next();
    Some(q)
}

/// The words a short follow-up opens and pads with ("and the …?", "ok what about …").
const FOLLOW_UP_FILLER: &[&str] = &[
    "and", "the", "in", "during", "what", "about", "how", "one", "side", "then", "ok", "okay", "now", "for", "?",
];

/// A short follow-up's words other than its filler ("and the third?": "third").
fn follow_up_rest(ws: &[String]) -> Option<Vec<&String>> {
    (ws.len() <= 5 && exact(ws, &["and", "about"]))
        .then(|| ws.iter().filter(|w| !FOLLOW_UP_FILLER.contains(&w.as_str())).collect())
}

/// "And the third?" after a quarter's figure: the same figure of the quarter numbered so.
pub(in crate::query) fn the_nth_quarter(prev: &Query, ws: &[String]) -> Option<Query> {
    let rest = follow_up_rest(ws)?;
    let [ordinal] = rest.as_slice() else {
        return None;
    };
    let n = crate::phrases::quarter_ordinal(ordinal)?;
    if !prev.scope.period.as_deref().is_some_and(|p| p.starts_with('Q')) {
        return None;
    }
    let mut q = prev.clone();
    q.scope.period = Some(format!("Q{n}"));
    Some(q)
}

/// "How about the other product line?" after one measure's figure, on a plan of two: the
/// same figure of the other measure.
pub(in crate::query) fn the_other_measure(v: &Vocabulary, prev: &Query, ws: &[String]) -> Option<Query> {
    let measures = &v.inputs.plan.measures;
    // ("and the revenue side?" after the Plus Line Incentive's pay: the other measure said
    // by its name alone, every word of it the name's, its own word for an amount though it is)
    let said = prev.scope.measure.as_deref()?;
    let named_alone = follow_up_rest(ws).and_then(|rest| {
        let rest: Vec<String> = rest.into_iter().cloned().collect();
        let m = v.measure(&rest).filter(|m| m != said)?;
        let names = v.measure_names(&m);
        let of_name = |w: &String| names.iter().any(|n| n.split_whitespace().any(|x| x == w));
        ((1..=2).contains(&rest.len()) && rest.iter().all(of_name)).then_some(m)
    });
    if let Some(m) =
        named_alone.filter(|_| matches!(prev.figure, Figure::Earnings | Figure::Payable | Figure::Attainment))
    {
        let mut q = prev.clone();
        q.scope.measure = Some(m);
        return Some(q);
    }
    if ws.len() > 8
        || measures.len() != 2
        || !mentions(
            ws,
            &[
                "other product line",
                "other line",
                "other measure",
                "other side",
                "other commission",
                "other incentive",
                "other bucket",
                "other one",
            ],
        )
    {
        return None;
    }
    let other = measures.iter().find(|m| m.id != said)?;
    let mut q = prev.clone();
    q.scope.measure = Some(other.id.clone());
    Some(q)
}

/// The previous query about its one deal, for "why?" and "what if it closed in March?".
pub(in crate::query) fn about_focus(
    prev: &Query,
    focus: &str,
    parts: &Parts,
    ws: &[String],
    v: &Vocabulary,
) -> Option<Query> {
    // ("why it paid that?": the deal's pay, explained)
    let why = exact(ws, &["why", "explain", "how", "breakdown"])
        && ws.len() <= 8
        && (parts.figure.is_none()
            || exact(ws, &["why"]) && matches!(parts.figure, Some(Figure::Payable | Figure::Earnings)));
    let mut q = Query {
        who: prev.who.clone(),
        ..Default::default()
    };
    q.scope.deal = Some(focus.to_string());
    if why {
        q.op = Op::Explain;
        return Some(q);
    }
    // ("what did it pay me" after my biggest job: that deal's pay; "and" or "so" before it)
    let said = ws
        .iter()
        .filter(|w| !matches!(w.as_str(), "and" | "so" | "ok" | "okay"))
        .count();
    if said <= 7
        && exact(ws, &["it", "that"])
        && (mentions(ws, &["did it pay", "did that pay", "does it pay", "does that pay"])
            // ("how much did that one pay me?" after my biggest deal)
            || mentions(ws, &["did that one pay", "does that one pay", "did that deal pay", "does that deal pay"])
            // ("how much it paid me?": said in another language's order)
            || mentions(ws, &["it paid me", "that paid me", "it earned me", "it pays me"])
            || mentions(ws, &["did i make on", "did i earn on", "do i make on", "do i earn on"]))
        && parts.query.scope == Default::default()
        && parts.query.scenario.is_none()
    {
        q.figure = Figure::Earnings;
        return Some(q);
    }
    if exact(ws, &["it", "that", "this"]) {
        if let Some(close) = closing_date(v, ws) {
            q.scenario.move_deal = Some(MoveDeal {
                deal: focus.to_string(),
                close_date: close,
            });
            q.scope.deal = None;
            return Some(q);
        }
    }
    None
}
