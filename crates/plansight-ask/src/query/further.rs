//! Follow-ups that take the previous answer further: a deal added to a distance just
//! given ("would a 5k dental case get me over it?"), the one deal just paid resized ("what
//! if it had come in at 20k"), a part of the pay just given ("how much of that is the
//! supplies side"), every open deal just listed won ("and if it all comes in what
//! would Q3 pay"), the worth of deals just listed ("what's it all worth") and the pay just
//! given explained ("why so low?").

use super::parse::{exact, Parts};
use super::{DealAmount, Figure, Op, Pipeline, Query};
use crate::fuzzy::mentions;

/// Whether the mark is reached, asked after how far it is ("so if i book a 1k gtx plus basic
/// today am i over?").
const AM_I_OVER: &[&str] = &[
    "am i over",
    "am i past",
    "am i there",
    "would i be over",
    "will i be over",
];

/// The previous answer with the deal, the size or the part the question adds, when it adds
/// one.
pub(super) fn taken_further(prev: &Query, parts: &Parts, ws: &[String], opens: bool) -> Option<Query> {
    // ("would a 5k dental case get me over it?", "and with a 20k BOR today?" after how far a
    // mark is: that distance, with the deal)
    if prev.figure == Figure::Distance
        && prev.mark.is_some()
        && prev.scenario.is_none()
        && parts.query.scenario.new_deal.is_some()
        && (matches!(parts.figure, None | Some(Figure::Distance))
            // ("and if i bill a 9k fusion today?": earnings only as a new deal's default, no
            // word of pay said)
            || parts.figure == Some(Figure::Earnings)
                && !exact(
                    ws,
                    &["earn", "earned", "make", "made", "pay", "paid", "commission", "get", "worth", "add", "adds", "earnings"],
                )
            // ("a first pour of 3k would bring me there?": whether it reaches the mark)
            // ("so if i book a 1k gtx plus basic today am i over?")
            || mentions(ws, &["me there", "get there", "it there", "us there", "him there", "her there", "them there"])
            || mentions(ws, AM_I_OVER))
        && (opens || exact(ws, &["it", "there", "that"]) || mentions(ws, AM_I_OVER))
    {
        let mut q = prev.clone();
        q.scenario.new_deal = parts.query.scenario.new_deal.clone();
        return Some(q);
    }
    // ("ok so how much more do i need to get past it?" after why a measure paid nothing: the
    // threshold it is short of)
    if prev.op == super::Op::Explain
        && prev.scope.measure.is_some()
        && prev.scope.deal.is_none()
        && parts.figure.is_none()
        && parts.mark.is_none()
        && mentions(ws, &["how much", "how far"])
        // ("how much was I missing?": what it fell short by)
        && (mentions(ws, &["past it", "over it", "clear it"]) || exact(ws, &["missing", "miss", "missed", "short"]))
    {
        return Some(Query {
            figure: Figure::Distance,
            mark: Some(super::Mark::Threshold),
            who: prev.who.clone(),
            scope: super::Scope {
                measure: prev.scope.measure.clone(),
                period: prev.scope.period.clone(),
                ..Default::default()
            },
            ..Default::default()
        });
    }
    // ("what if it had come in at 20k" after what one deal paid: that deal, resized)
    if let (Some(deal), Some(cents)) = (prev.scope.deal.as_ref(), crate::phrases::amount(ws)) {
        if prev.scenario.is_none()
            && exact(ws, &["it", "that"])
            && mentions(
                ws,
                &[
                    "come in at",
                    "came in at",
                    "had been",
                    "was worth",
                    "been worth",
                    "closed at",
                    "instead",
                ],
            )
        {
            let mut q = prev.clone();
            // (the account only named the deal: "why did the kinnamplus deal pay me so little")
            q.scope.deal = None;
            q.scope.account = None;
            q.op = Op::Value;
            q.figure = Figure::Earnings;
            q.scenario.deal_amount_to = Some(DealAmount {
                deal: deal.clone(),
                amount: plansight_plan::Exact::from_cents(cents).money(),
            });
            return Some(q);
        }
    }
    // ("how much of that is the supplies side" after a pay: that pay, of the measure said)
    if matches!(prev.figure, Figure::Earnings | Figure::Payable)
        && prev.scenario.is_none()
        && mentions(
            ws,
            &[
                "how much of that",
                "how much of it",
                "how much of this",
                "what part of that",
            ],
        )
        && (parts.query.scope.measure.is_some() || parts.query.scope.product.is_some())
    {
        let mut q = prev.clone();
        q.figure = Figure::Earnings;
        // ("how much of that was the plus side" after why it was low: a figure again)
        q.op = Op::Value;
        q.scope.measure = parts.query.scope.measure.clone();
        q.scope.product = parts.query.scope.product.clone();
        return Some(q);
    }
    None
}

/// "And if it all comes in what would Q3 pay" after the open deals: every open deal won, the
/// figure and period the question says.
pub(super) fn open_deals_won(prev: &Query, parts: &Parts, ws: &[String]) -> Option<Query> {
    // ("and if it all comes in what would q3 pay" after the open deals: every open deal won)
    let all_of_it = exact(ws, &["all", "everything", "every"]) || mentions(ws, &["if they", "if those"]);
    let comes_in = exact(
        ws,
        &[
            "close", "closes", "closed", "land", "lands", "won", "wins", "comes", "come", "signs", "sign", "signed",
            "binds", "bind", "bound",
        ],
    );
    if prev.scope.stage.as_deref() == Some("open") && prev.scenario.is_none() && all_of_it && comes_in {
        let mut q = Query {
            figure: parts.figure.unwrap_or(Figure::Earnings),
            who: prev.who.clone(),
            ..Default::default()
        };
        q.scope.period = parts.query.scope.period.clone();
        q.scope.measure = parts.query.scope.measure.clone();
        q.scenario.pipeline = Some(if exact(ws, &["weighted"]) {
            Pipeline::Weighted
        } else {
            Pipeline::All
        });
        return Some(q);
    }
    None
}

/// "What's it all worth", "what are they worth all up" after a list (or a count) of deals:
/// the deals' amount.
pub(super) fn worth_of_listed(prev: &Query, ws: &[String]) -> Option<Query> {
    // (or counted: "whats all that worth" after how many sits I have)
    let counted = prev.op == super::Op::Value && prev.figure == super::Figure::DealCount;
    // ("total kitna hai?", "and the total?" after a list: what the listed deals add up to)
    let total = prev.op == super::Op::List
        && ws.len() <= 4
        && exact(ws, &["total"])
        && !exact(
            ws,
            &[
                "commission",
                "earnings",
                "earned",
                "pay",
                "paid",
                "payout",
                "incentive",
                "credit",
                "count",
                "many",
            ],
        );
    if total {
        let mut q = prev.clone();
        q.op = super::Op::Value;
        q.figure = super::Figure::DealAmount;
        return Some(q);
    }
    if !(prev.op == super::Op::List || counted)
        || ws.len() > 12
        // ("whats the total value of these?")
        // ("add those up for me - what do they come to?")
        || !(exact(ws, &["worth"]) || mentions(ws, &["total value", "value of", "sum of", "add those up", "add them up", "come to", "add up to"]))
        || !exact(ws, &["it", "they", "them", "those", "all", "that", "these"])
    {
        return None;
    }
    let mut q = prev.clone();
    q.op = super::Op::Value;
    q.figure = super::Figure::DealAmount;
    Some(q)
}

/// "How much did that cost me" after a list (or a count) of cancelled deals: what was
/// clawed back for them.
pub(super) fn cost_of_cancelled(v: &super::vocabulary::Vocabulary, prev: &Query, ws: &[String]) -> Option<Query> {
    let listed = prev.op == super::Op::List || prev.op == super::Op::Value && prev.figure == super::Figure::DealCount;
    // (the cancelled deals, or the clawbacks listed deal by deal)
    let cancelled = prev.scope.stage.as_deref() == Some("cancelled") || prev.figure == super::Figure::Clawback;
    if !listed
        || !cancelled
        || ws.len() > 8
        || !exact(ws, &["cost", "costed"])
        || !exact(ws, &["it", "they", "them", "those", "all", "that"])
    {
        return None;
    }
    let mut q = prev.clone();
    // ("which of those cost me money": the ones that did, listed)
    q.op = if exact(ws, &["which"]) {
        super::Op::List
    } else {
        super::Op::Value
    };
    q.figure = super::Figure::Clawback;
    q.scope.stage = None;
    // ("and what did they cost me in October?": that month's clawbacks)
    if let Some(p) = super::when::asked(v, ws, &Query::default(), v.today())
        .into_iter()
        .next()
    {
        q.scope.period = Some(p);
    }
    Some(q)
}

/// "Why so low?" after a period's or a measure's pay: that pay explained.
pub(super) fn explain_previous(v: &super::vocabulary::Vocabulary, prev: &Query, ws: &[String]) -> Option<Query> {
    // ("can you break that down for me": the pay just given, explained)
    let why = (exact(ws, &["why", "why's", "why'd", "explain"]) || mentions(ws, &["how come"])) && ws.len() <= 6
        || mentions(
            ws,
            // ("can break down or not": Singlish leaves the "it" unsaid)
            &["break that down", "break it down", "breakdown", "walk me through", "can break down"],
        ) && ws.len() <= 8
        // ("that looks light - what's in it?")
        || mentions(ws, &["what's in it", "whats in it", "what is in it", "what's in that", "whats in that"])
            && ws.len() <= 8;
    let pay = matches!(prev.figure, super::Figure::Payable | super::Figure::Earnings);
    if !why || !pay || !prev.scenario.is_none() || prev.who.seller().is_none() || prev.scope.deal.is_some() {
        return None;
    }
    // ("what did the kinnamplus placement pay me", then "why?": that account's one deal
    // explained; of several, the account's pay, below; in a period, not guessed)
    let one_deal = |account: &str| {
        prev.who
            .seller()
            .is_some_and(|s| v.deals_at(s, account).filter(|l| l.stage.is_credited()).count() == 1)
    };
    if prev.scope.period.is_none() && prev.scope.account.as_deref().is_some_and(one_deal) {
        return Some(Query {
            op: super::Op::Explain,
            who: prev.who.clone(),
            scope: super::Scope {
                deal: Some(super::named_deal::newest_deal(v.inputs, prev)?),
                ..Default::default()
            },
            ..Default::default()
        });
    }
    // (of several there, and no period: the account's pay explained, as "why did the
    // zotware deals pay that" is; the answer opens on its newest deal)
    if let (Some(account), None) = (&prev.scope.account, &prev.scope.period) {
        return Some(Query {
            op: super::Op::Explain,
            figure: super::Figure::Earnings,
            who: prev.who.clone(),
            scope: super::Scope {
                account: Some(account.clone()),
                deal: super::named_deal::newest_deal(v.inputs, prev),
                ..Default::default()
            },
            ..Default::default()
        });
    }
    if prev.scope.account.is_some() {
        return None;
    }
    Some(Query {
        op: super::Op::Explain,
        figure: super::Figure::Earnings,
        who: prev.who.clone(),
        // ("why?" after what my line jobs earned me: those deals' pay, explained)
        scope: super::Scope {
            period: prev.scope.period.clone(),
            measure: prev.scope.measure.clone(),
            product: prev.scope.product.clone(),
            deal_type: prev.scope.deal_type.clone(),
            ..Default::default()
        },
        ..Default::default()
    })
}

/// "And if it had slipped?" after a deal, with no day said: slipped to when? The deal moved
/// to the first day of the next month and of the next quarter, offered as choices.
pub(super) fn slip_unsaid(
    v: &super::vocabulary::Vocabulary,
    prev: &Query,
    focus: Option<&str>,
    ws: &[String],
) -> Option<super::Understood> {
    // (the verb said of the deal, "if it had slipped", "and if that slips?"; not "would that
    // have pushed me into tier 2")
    let slips = ws.windows(2).enumerate().any(|(i, w)| {
        matches!(w[0].as_str(), "it" | "that" | "this" | "had" | "has" | "was")
            && matches!(
                w[1].as_str(),
                "slip" | "slipped" | "slips" | "slid" | "pushed" | "moved"
            )
            && !ws.get(i + 2).is_some_and(|n| {
                matches!(
                    n.as_str(),
                    "me" | "us" | "him" | "her" | "over" | "into" | "past" | "up"
                )
            })
    });
    let plan = &v.inputs.plan;
    if !slips
        || ws.len() > 8
        || !exact(ws, &["it", "that", "this"])
        || crate::phrases::date(ws, plan.start, v.today()).is_some()
        || super::scenario::shifted_days(ws).is_some()
        || !prev.scenario.is_none()
    {
        return None;
    }
    let deal = focus
        .map(str::to_string)
        .or_else(|| prev.scope.deal.clone())
        .or_else(|| super::named_deal::newest_deal(v.inputs, prev))?;
    let close = v.inputs.lines.iter().find(|l| l.id == deal)?.close_date?;
    let next_month = chrono::Datelike::with_day(&close, 1)? + chrono::Months::new(1);
    let next_quarter = plansight_plan::calendar::periods(plan.start, plansight_plan::PeriodKind::Quarterly)
        .into_iter()
        .find(|p| p.first > close)
        .map(|p| p.first);
    let mut days = vec![next_month];
    days.extend(next_quarter.filter(|d| *d != next_month));
    let readings = days
        .into_iter()
        .filter(|d| *d <= plan.end)
        .map(|d| {
            let mut q = prev.clone();
            q.scope.deal = None;
            q.scope.account = None;
            q.scenario.move_deal = Some(super::MoveDeal {
                deal: deal.clone(),
                close_date: d.to_string(),
            });
            if q.op == super::Op::Explain {
                q.op = super::Op::Value;
                q.figure = super::Figure::Earnings;
            }
            q
        })
        .collect::<Vec<_>>();
    (!readings.is_empty()).then(|| super::Understood::AskBack {
        missing: "slipped to when".into(),
        readings,
    })
}
