//! Follow-ups: "and in Q3?", "what about renewals?", "and for Priya?", "and if it closed in
//! March?" are the previous query with the parts the new question names replaced.

mod forms;

use super::parse::exact;
use super::parse::Parts;
use super::vocabulary::Vocabulary;
use super::{Figure, MoveDeal, Op, Query};
use crate::fuzzy::mentions;
pub(super) use forms::{about_focus, draw_follow_up, resize, the_nth_quarter, the_other, the_other_measure, this_one};
use serde::{Deserialize, Serialize};

/// What a conversation keeps between questions: the last query (the CLI's `--context`
/// file and the Ask screen hold it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversation {
    /// The last query answered.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub last: Option<Query>,
    /// The one deal the last answer was about (its top deal, or the deal explained), for
    /// "why?" and "what if it closed in March?".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub focus: Option<String>,
    /// The one seller the last answer was about (a team's top seller, a seller asked about),
    /// for "what did he make in Q2?".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub person: Option<String>,
}

/// Words that open a follow-up.
const OPENERS: &[&str] = &[
    "and",
    "what about",
    "how about",
    "same for",
    "same thing for",
    "now for",
    "also",
    "ok and",
    "okay and",
    "then",
    "what if it",
    "and if",
    "same but",
    "same question",
    "how bout",
    "and what about",
    "for",
    "ok then",
    "okay then",
    "now",
    "same thing",
    "and the",
];

/// The first word of a follow-up past the words that open it ("when" of "ok and when is it
/// recovered"), or "".
pub(super) fn first_said(ws: &[String]) -> &str {
    ws.iter()
        .map(String::as_str)
        .find(|w| !matches!(*w, "ok" | "okay" | "and" | "so" | "um" | "uh" | "then"))
        .unwrap_or("")
}

/// The previous query with the parts the question names replaced, when the question is a
/// follow-up (it opens like one, or names parts but no figure of its own).
/// Whether the question opens like a follow-up ("and …", "what about …").
pub(super) fn opens_follow_up(ws: &[String]) -> bool {
    OPENERS.iter().any(|o| {
        let o: Vec<&str> = o.split(' ').collect();
        ws.len() >= o.len() && ws.iter().zip(&o).all(|(a, b)| a == b)
    })
}

/// "And how many did I win?" after a list: the listed deals counted.
fn counted_after_a_list(q: &mut Query, ws: &[String]) {
    if q.op == super::Op::List && mentions(ws, &["how many", "number of"]) {
        q.op = super::Op::Value;
        q.figure = super::Figure::DealCount;
    }
}

pub(super) fn follow_up(v: &Vocabulary, prev: &Query, parts: &Parts, ws: &[String]) -> Option<Query> {
    // ("what if the outrigger kicked in earlier" after the plan's cost: a change without its
    // new value, asked back, not the cost again)
    if parts.query.scenario.is_none() && super::vague_change::vague_plan_change(v, ws) {
        return None;
    }
    let opens = opens_follow_up(ws);
    let short = ws.len() <= 7;
    let resized = resize(v, prev, ws);
    if let Some(mut q) = resized {
        // ("who'd have lost the most at 60% then?" after what 60% costs: the change at its
        // new value, ranked as now asked)
        if let Some(op) = parts.op.filter(|o| matches!(o, Op::Top | Op::Bottom)) {
            // (losing the most under the change is the foot of the ranking)
            q.op = if mentions(ws, &["lost the most", "lose the most", "loses the most"]) {
                Op::Bottom
            } else {
                op
            };
            q.figure = parts.figure.unwrap_or(Figure::Earnings);
            q.n = parts
                .query
                .n
                .or_else(|| exact(ws, &["who", "who'd", "who's", "whod"]).then_some(1));
        }
        // ("… which 3 of my reps lose the most": the manager's own team, said)
        if let Some(who @ super::Who::TeamOf(_)) = &parts.who {
            if exact(ws, &["my", "our"]) && exact(ws, super::words::THEIR_PEOPLE) {
                q.who = who.clone();
            }
        }
        return Some(q);
    }
    // "and won?" after a count of lost or open deals: the won ones (no stage is won).
    // ("and how many did they win?" after the lost ones)
    // ("and inked?" where the document's word for won is "| inked |")
    let won_word = |w: &String| v.idea_words.iter().any(|(x, p)| p == "won" && x == w);
    // ("and PO in hand?" where the document's phrase for won is "| PO in hand |")
    let plain = super::synonyms::plain(ws, &v.idea_words, &|_| false);
    let won_asked = plain.len() <= 3
        // ("and sold?" after the walks)
        && (exact(&plain, &["won", "wins", "closed", "closed-won", "booked", "signed", "sold", "delivered"])
            || ws.iter().any(won_word))
        || ws.len() <= 7
            && mentions(
                ws,
                &["did they win", "did we win", "did i win", "did he win", "did she win"],
            )
        // ("and how many have I signed?" after the handbacks; "and how many did I actually
        // get signed?")
        || ws.len() <= 9
            // ("and how many did i actually win" after the whiteouts)
            && exact(
                ws,
                &["won", "signed", "booked", "sign", "close", "book", "win", "sold", "sell", "deliver", "delivered"],
            )
            // ("and how many got booked?" after the dead quotes; "and how many did i sign?"
            // after the pike-outs)
            // ("and how many won?" after a team's lost deals)
            && (exact(ws, &["i", "we", "they", "he", "she"]) || mentions(ws, &["how many got", "how many were", "how many won"]))
            && !exact(ws, &["lost", "cancelled", "open", "if"])
        // ("and the ones I won last month, how many were there?" after the lost ones)
        || ws.len() <= 12
            && exact(ws, &["won"])
            && exact(ws, &["i", "we", "they", "he", "she"])
            && !exact(ws, &["lost", "cancelled", "open", "if", "would"]);
    if opens && won_asked && prev.scope.stage.is_some() {
        let mut q = prev.clone();
        q.scope.stage = None;
        // ("and how many did i win" after a list of the lost ones: the count)
        counted_after_a_list(&mut q, ws);
        return Some(q);
    }
    if let Some(q) = super::further::taken_further(prev, parts, ws, opens) {
        return Some(q);
    }
    // ("and weighted?" after every open deal won: the pipeline weighted)
    if prev.scenario.pipeline.is_some()
        && ws.len() <= 9
        // (not "what's my weighted pipeline for Q4", a question of its own)
        && parts.query.scope.period.is_none()
        && parts.query.scope.measure.is_none()
        // ("ok what if you weight them by probability")
        && exact(ws, &["weighted", "risk-adjusted", "probability-weighted", "weight", "weigh"])
    {
        let mut q = prev.clone();
        q.scenario.pipeline = Some(super::Pipeline::Weighted);
        return Some(q);
    }
    if let Some(q) = super::further::open_deals_won(prev, parts, ws) {
        return Some(q);
    }
    let new = &parts.query;
    // "and if it all closes?", "and if everything lands?" after the weighted pipeline: every
    // open deal won.
    let whole_pipeline = prev.scenario.pipeline.is_some()
        && new.scenario.is_none()
        && exact(ws, &["all", "everything", "every"])
        && exact(
            ws,
            &["close", "closes", "closed", "land", "lands", "won", "wins", "comes"],
        );
    let names_parts = whole_pipeline
        || parts.who.is_some()
        || parts.mark.is_some()
        || exact(ws, &["they", "them", "those", "these", "ones"])
        || new.scope != Default::default()
        || !new.scenario.is_none()
        || mentions(ws, &["if it", "if that", "if this", "closed", "closes", "instead"]);
    // ("how far is he from the slam" after a question about Bobby: still Bobby)
    let person = prev.who.seller().is_some()
        && parts.who.is_none()
        && exact(ws, &["he", "she", "him", "her", "he's", "she's", "hes", "shes"]);
    // ("which 3 reps gain the most from that" after a plan change: under that change)
    let under_it = !prev.scenario.is_none()
        && ws.len() <= 10
        && mentions(
            ws,
            &[
                "from that",
                "from this",
                "by that",
                "by this",
                "under that",
                "under this",
            ],
        );
    let pronoun = short && exact(ws, &["they", "them", "those", "these", "that", "it", "ones"]) || person || under_it;
    // ("how far is he from it?" after who is closest to the accelerator: the same distance)
    // ("ok how much does she still need to get there")
    let distance_again = parts.figure.is_none()
        && parts.mark.is_none()
        && prev.figure == Figure::Distance
        // ("ok so how much more do i need to get past it?")
        && ws.len() <= 12
        && (mentions(ws, super::words::DISTANCE) || mentions(ws, &["get there", "still need", "to go", "get past it"]));
    let tiny = ws.len() <= 2 && parts.figure.is_some();
    let bare = ws.len() <= 5 && parts.figure.is_some() && new_names_nothing(parts);
    let shifted = shift(prev, ws);
    let moved_back_or_on = shifted.is_some();
    let compares = short && super::operation::compares(ws);
    if !(opens
        || pronoun
        || distance_again
        || tiny
        || bare
        || compares
        || shifted.is_some()
        || short && parts.figure.is_none() && (names_parts || parts.op.is_some()))
    {
        return None;
    }
    // ("and what would that add to my pay?" after whether a new deal gets me to a tier: what
    // the deal earns me; "pay" alone may be earned or paid, but a what-if changes earnings)
    let pay_of_what_if = parts.figure.is_none()
        && !prev.scenario.is_none()
        && exact(ws, &["pay", "paycheck"])
        && mentions(ws, &["add to", "adds to", "do to", "does to"]);
    let figure = parts.figure.or(pay_of_what_if.then_some(Figure::Earnings));
    if figure.is_none()
        && !names_parts
        && !distance_again
        && parts.op.is_none()
        && shifted.is_none()
        && !super::operation::compares(ws)
    {
        return None;
    }
    let mut q = prev.clone();
    if let Some(f) = figure {
        // ("and how much is missing to the threshold then?" after a why: a figure asked)
        // ("how far is he from the next tier" after where he ranks: a figure of his)
        // ("how far is he from Implant" after his best quarter: a figure no period is ranked
        // by, his own)
        // ("and on fyp credit?" after where the asker ranks on earnings: ranked on it too)
        let ranked_on = q.op == super::Op::Rank
            && ws.len() <= 5
            && ws
                .first()
                .is_some_and(|w| matches!(w.as_str(), "and" | "on" | "by" | "what"))
            && exact(ws, &["on", "by"])
            && matches!(
                f,
                Figure::Earnings
                    | Figure::Credit
                    | Figure::Attainment
                    | Figure::DealCount
                    | Figure::DealAmount
                    | Figure::Bonus
            );
        if matches!(q.op, super::Op::Explain | super::Op::Rank) && parts.op.is_none() && f != prev.figure && !ranked_on
            || q.op == super::Op::Explain && parts.op.is_none()
            || matches!(q.op, super::Op::BestPeriod | super::Op::WorstPeriod)
                && parts.op.is_none()
                && matches!(
                    f,
                    super::Figure::Distance | super::Figure::Pace | super::Figure::DrawBalance
                )
        {
            q.op = super::Op::Value;
        }
        // ("how far is she from field gear" after whether her Q2 beat her Q1: a figure of
        // her own now, no comparison)
        if q.op == super::Op::Compare && parts.op.is_none() && f != prev.figure && !super::operation::compares(ws) {
            q.op = super::Op::Value;
            q.scope.versus = None;
        }
        // (what a new deal earns, after how far it takes me in a quarter: its earnings, the
        // quarter was the distance's)
        if prev.figure == Figure::Distance
            && f == Figure::Earnings
            && q.scenario.new_deal.is_some()
            && parts.query.scope.period.is_none()
        {
            q.scope.period = None;
        }
        q.figure = f;
        q.mark = parts.mark.or(if f == super::Figure::Distance { q.mark } else { None });
        // ("so how much more until the threshold?" after why a deal paid nothing: the
        // seller's distance, of no one deal)
        if f == super::Figure::Distance && parts.query.scope.deal.is_none() {
            q.scope.deal = None;
        }
    } else if let Some(m) = parts.mark {
        if q.figure == super::Figure::Distance {
            q.mark = Some(m);
        }
    }
    if let Some(op) = parts.op {
        // ("and the worst?" after the best quarter: the worst quarter)
        q.op = match (prev.op, op) {
            (super::Op::BestPeriod | super::Op::WorstPeriod, super::Op::Bottom) => super::Op::WorstPeriod,
            (super::Op::BestPeriod | super::Op::WorstPeriod, super::Op::Top) => super::Op::BestPeriod,
            _ => op,
        };
    } else if super::operation::compares(ws)
        && (!q.scenario.is_none() || new.scope.period.is_some() || shifted.is_some())
    {
        q.op = super::Op::Compare;
    } else if matches!(q.op, super::Op::BestPeriod | super::Op::WorstPeriod) && new.scope.period.is_some() {
        // ("what did he earn in Q3?" after his best quarter: that quarter's figure)
        q.op = super::Op::Value;
    }
    if parts.op.is_none()
        && (exact(ws, &["show", "list", "pull", "name"]) && exact(ws, &["them", "those", "these"])
            || mentions(
                ws,
                &[
                    "which ones",
                    "what were they",
                    "which were they",
                    "which are they",
                    "what are they",
                ],
            ))
    {
        q.op = super::Op::List;
    }
    // "how much were they worth altogether" after a list: their sum.
    if parts.op.is_none()
        && q.op == super::Op::List
        && (mentions(ws, &["how much", "altogether", "in total", "combined"]) || exact(ws, &["total", "worth"]))
    {
        q.op = super::Op::Value;
    }
    if parts.op.is_none() {
        counted_after_a_list(&mut q, ws);
    }
    // "list them" after a count: the deals themselves.
    if q.op == super::Op::List && q.figure == super::Figure::DealCount && parts.figure.is_none() {
        q.figure = super::Figure::DealAmount;
    }
    // ("and who made the least" after a manager's question: still their team)
    if let Some(who) = &parts.who {
        let theirs = matches!((&q.who, who), (super::Who::TeamOf(_), super::Who::Team))
            && !mentions(
                ws,
                &[
                    "company",
                    "everyone",
                    "all reps",
                    "whole team",
                    "all agents",
                    "all sellers",
                ],
            )
            // ("and across both regions?" after what the manager's team cost)
            && !super::words::every_team(ws)
            // ("now company-wide")
            && !mentions(ws, super::words::WHOLE_PLAN)
            // (a plan change is the whole team's, unless the manager says theirs)
            || matches!((&q.who, who), (super::Who::Team, super::Who::TeamOf(_)))
                && q.scenario.lever.is_some()
                && !ws
                    .windows(2)
                    .any(|p| p[0] == "my" && super::words::THEIR_PEOPLE.contains(&p[1].as_str()))
                // ("and for downtown only?": a team named is that team)
                && v.territory_said(&ws.join(" ")).is_none()
                && v.manager(&ws.join(" ")).is_none();
        // ("which 3 reps lose the most?" after a plan change: the whole team's, unless the
        // manager says theirs)
        let whole_under_change = matches!(who, super::Who::TeamOf(_))
            && prev.scenario.lever.is_some()
            && !(exact(ws, &["my", "our", "mine"]) && exact(ws, super::words::THEIR_PEOPLE))
            && v.territory_said(&ws.join(" ")).is_none()
            && v.manager(&ws.join(" ")).is_none();
        if whole_under_change {
            q.who = super::Who::Team;
        } else if !theirs {
            q.who = who.clone();
        }
        // ("and for Kirsty?" after who made the most: Kirsty's own figure, no ranking)
        if matches!(who, super::Who::Seller(_))
            && !matches!(parts.op, Some(super::Op::Top | super::Op::Bottom))
            && matches!(q.op, super::Op::Top | super::Op::Bottom)
        {
            q.op = super::Op::Value;
            q.n = None;
        }
    }
    // "who gains the most from that": sellers ranked by what they earn, the one first.
    // ("and the worst?" after the team's dearest month: the same cost's other end)
    if matches!(parts.op, Some(super::Op::Top | super::Op::Bottom))
        && parts.figure.is_none()
        && !matches!(prev.op, super::Op::BestPeriod | super::Op::WorstPeriod)
    {
        if q.figure == super::Figure::Cost {
            q.figure = super::Figure::Earnings;
        }
        if new.n.is_none() && exact(ws, &["who", "who's", "whose"]) {
            q.n = Some(1);
        }
    }
    // ("just the uc voice ones" after a list: that product's deals)
    let mut narrowed = new.clone();
    super::resolve::listed_product(v, &ws.join(" "), Some(q.op), Some(q.figure), &mut narrowed);
    // ("what about agreements?" after a list of deals: the deals of that type)
    super::resolve::listed_type(v, ws, Some(q.op), Some(q.figure), &mut narrowed);
    let s = &narrowed.scope;
    // "make it a GTX Plus Pro", "and if it was a new logo instead?": the previous new deal's
    // product or type, not a filter.
    if new.scenario.is_none() && exact(ws, &["it", "it's", "instead", "make", "swap", "switch"]) {
        let deal_type = v.deal_type(ws).or_else(|| {
            mentions(ws, &["upsell", "upgrade", "expand"])
                .then(|| "expansion".to_string())
                .filter(|t| v.deal_types.contains(t))
        });
        if let Some(d) = q.scenario.new_deal.as_mut() {
            if s.product.is_some() || deal_type.is_some() {
                if s.product.is_some() {
                    d.product = s.product.clone();
                }
                if deal_type.is_some() {
                    d.deal_type = deal_type;
                }
                return Some(q);
            }
        }
    }
    macro_rules! replace {
        ($($field:ident),*) => {$(
            if s.$field.is_some() {
                q.scope.$field = s.$field.clone();
            }
        )*};
    }
    replace!(measure, period, product, deal_type, account, deal, stage);
    // ("what about sonron?" after what the labdrill deal paid: the other account's, not the
    // deal just asked about)
    if s.account.is_some() && s.deal.is_none() && prev.scope.account != s.account {
        q.scope.deal = None;
    }
    // ("and the feb 15 one?" after what a payday pays: the period that payday pays)
    if prev.figure == super::Figure::Payable && s.period.is_some() && ws.len() <= 6 {
        if let Some(p) = super::when::pays_on(v, ws) {
            q.scope.period = Some(p);
        }
    }
    if s.period.is_some() {
        q.scope.versus = s.versus.clone();
        // "compare with Q2": the previous period against the one named.
        // ("and how does q2 compare": the one named against the previous)
        let named_first = mentions(ws, &["how does", "how did", "how do"])
            && !mentions(ws, &["does that", "does it", "does this", "did that", "did it"]);
        if q.op == super::Op::Compare
            && s.versus.is_none()
            && prev.scope.period.is_some()
            && prev.scope.period != s.period
        {
            if named_first {
                q.scope.versus = prev.scope.period.clone();
            } else {
                q.scope.versus = s.period.clone();
                q.scope.period = prev.scope.period.clone();
            }
        }
    } else if let Some(p) = shifted {
        // "vs the quarter before?": the previous period against the one before it.
        if q.op == super::Op::Compare && q.scenario.is_none() {
            q.scope.versus = Some(p);
        } else {
            q.scope.period = Some(p);
        }
    }
    if s.measure.is_some() && s.deal_type.is_none() {
        q.scope.deal_type = None;
    }
    if s.product.is_some() && q.figure == super::Figure::Earnings && q.scope.measure.is_some() && s.measure.is_none() {
        q.scope.measure = None;
    }
    // ("and in the last one?": the period before, not one of a ranking)
    if new.n.is_some() && !(moved_back_or_on && q.n.is_none()) {
        q.n = new.n;
    }
    if whole_pipeline {
        q.scenario.pipeline = Some(super::Pipeline::All);
    }
    if !new.scenario.is_none() {
        // A new amount for the previous hypothetical deal keeps its date and type.
        match (&mut q.scenario.new_deal, &new.scenario.new_deal) {
            (Some(old), Some(fresh)) => {
                old.amount = fresh.amount.clone();
                if fresh.close_date.is_some() {
                    old.close_date = fresh.close_date.clone();
                }
                if fresh.deal_type.is_some() {
                    old.deal_type = fresh.deal_type.clone();
                }
                // ("what about a 4k flatbed" after a reefer: the product said)
                if fresh.product.is_some() {
                    old.product = fresh.product.clone();
                }
                // ("what about 3 x 10k?" after one deal; "and a single 20k one?" after three:
                // how many is said again each time)
                // ("what about 15k each?" after three deals: still three)
                old.count = fresh.count.or(old.count.filter(|_| exact(ws, &["each", "apiece"])));
            }
            _ => q.scenario = new.scenario.clone(),
        }
    } else if let Some(close) = closing_date(v, ws).or_else(|| {
        // "and in January?" after a deal moved or added: the new close date.
        let dated =
            q.scenario.move_deal.is_some() || q.scenario.new_deal.as_ref().is_some_and(|d| d.close_date.is_some());
        let plan = &v.inputs.plan;
        let today = v.today();
        dated
            .then(|| crate::phrases::date(ws, plan.start, today))
            .flatten()
            .map(|d| d.to_string())
    }) {
        // "and if it closed in March?": the previous deal (hypothetical or real) moves.
        if let Some(d) = q.scenario.new_deal.as_mut() {
            d.close_date = Some(close);
        } else if let Some(deal) = q.scope.deal.clone() {
            q.scenario.move_deal = Some(MoveDeal {
                deal,
                close_date: close,
            });
        } else if let Some(m) = q.scenario.move_deal.as_mut() {
            m.close_date = match chrono::NaiveDate::parse_from_str(&close, "%Y-%m-%d") {
                Ok(d) => super::scenario::slipped(v, ws, &m.deal, d).to_string(),
                Err(_) => close,
            };
        }
        q.scope.period = prev.scope.period.clone();
        q.scope.versus = prev.scope.versus.clone();
    }
    Some(q)
}

/// A close date, when the question moves the previous deal ("if it closed in March").
fn closing_date(v: &Vocabulary, ws: &[String]) -> Option<String> {
    if !mentions(
        ws,
        &[
            "if it", "if that", "if this", "closed", "closes", "closing", "close", "landed", "signed", "slipped",
            "slips", "pushed",
        ],
    ) {
        return None;
    }
    let plan = &v.inputs.plan;
    let today = v.today();
    crate::phrases::date(ws, plan.start, today).map(|d| d.clamp(plan.start, plan.end).to_string())
}

/// Whether the question names no part of a scope of its own (so a short one follows on).
fn new_names_nothing(parts: &Parts) -> bool {
    parts.who.is_none() && parts.query.scope == Default::default() && parts.query.scenario.is_none()
}

/// "the quarter before", "the one after that", "the month before": the previous query's
/// period moved by one.
fn shift(prev: &Query, ws: &[String]) -> Option<String> {
    let p = prev.scope.period.as_deref()?;
    let back = mentions(
        ws,
        &[
            "quarter before",
            "month before",
            "period before",
            "one before",
            "the previous one",
            // ("and in the last one?" after this quarter's figure: the quarter before)
            "in the last one",
            "for the last one",
            "prior quarter",
            "prior month",
            "quarter prior",
            "month prior",
            "go back one",
            "back one more",
            "one more back",
        ],
    );
    let ahead = mentions(
        ws,
        &[
            "quarter after",
            "month after",
            "one after",
            "the next one",
            "following quarter",
            "following month",
            "the following one",
        ],
    );
    match (back, ahead) {
        (true, false) => crate::phrases::shift_label(p, -1),
        (false, true) => crate::phrases::shift_label(p, 1),
        _ => None,
    }
}

/// "what did he make in Q2?" after who tops the team: "he" or "she" is the one seller the
/// last answer was about, when the question names no one else and was read as the asker's
/// or the team's.
pub(super) fn the_person_meant(
    v: &Vocabulary,
    asker: &str,
    question: &str,
    conversation: &Conversation,
    u: super::Understood,
) -> super::Understood {
    let Some(person) = conversation.person.as_deref().filter(|p| *p != asker) else {
        return u;
    };
    let ws = crate::phrases::words(&crate::phrases::normalize(question));
    let pronoun = exact(&ws, &["he", "she", "him", "her", "his", "hers", "he's", "she's"]);
    // (not "how much did the rest of the team make besides him?")
    let team_said = exact(&ws, &["team", "rest", "everyone", "everybody", "others", "besides"]);
    if !pronoun || team_said || v.seller(question).is_some() {
        return u;
    }
    match u {
        super::Understood::Answer(mut q)
            if matches!(&q.who, super::Who::Seller(s) if s == asker) || q.who.is_team() =>
        {
            // (a ranking of the team stays the team's: "who beat her?")
            let ranks = exact(
                &ws,
                &[
                    "who", "who's", "whos", "which", "top", "bottom", "rank", "beat", "most", "least", "ahead",
                    "behind",
                ],
            );
            if matches!(q.op, Op::Top | Op::Bottom | Op::Rank) && q.who.is_team() && ranks {
                return super::Understood::Answer(q);
            }
            // ("and what did he earn back in q1?" after the top one: his figure, no ranking)
            if matches!(q.op, Op::Top | Op::Bottom) {
                q.op = Op::Value;
            }
            q.who = super::Who::Seller(person.to_string());
            q.n = None;
            super::Understood::Answer(q)
        }
        u => u,
    }
}
