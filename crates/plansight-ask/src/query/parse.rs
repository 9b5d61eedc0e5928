//! Understanding a question: each part of a [`Query`] is recognised on its own (the figure,
//! the operation, whose, which measure, period, product, account, deal, stage, and the
//! what-if), so parts compose without a rule per combination. Deterministic; names come
//! from this workspace's [`Vocabulary`]. Deal names and the plan document are only ever
//! matched against, never followed.

use super::context::follow_up;
use super::vocabulary::contains_words;
use super::vocabulary::Vocabulary;
use super::whose::{whose, Whose};
use super::words::*;
use super::{Figure, Mark, Op, Query, Understood, Who};
use crate::fuzzy::mentions;
use crate::phrases::{normalize, words};

/// The parts a question names, before they are put together.
pub(super) struct Parts {
    pub figure: Option<Figure>,
    pub mark: Option<Mark>,
    pub op: Option<Op>,
    pub who: Option<Who>,
    pub query: Query,
    /// Whether the question speaks of the asker ("my", "I").
    pub personal: bool,
    /// Whether its last clause asks yes or no ("I'm leaving in March - do deals … still
    /// count?", "a customer cancelled, is my commission clawed back?").
    pub ends_yes_no: bool,
}

/// Understands `question`, asked by `asker` (the seller the app or `--seller` chose);
/// `previous` is the last query of the conversation, for follow-ups.
pub fn understand(
    v: &Vocabulary,
    asker: &str,
    question: &str,
    conversation: &super::context::Conversation,
) -> Understood {
    let in_order =
        super::word_order::in_question_order(&super::message::the_question(question), &|w| v.seller(w).is_some());
    let question = &v.with_possessives(&in_order);
    let u = super::context::the_person_meant(
        v,
        asker,
        question,
        conversation,
        understood(v, asker, question, conversation),
    );
    // (the checks read another language's words as the reading did: "R$ 80 mil" is 80,000)
    let ws = v.in_english(&words(&normalize(question)));
    let u = match u {
        // ("and what does that do to the total bill?" after who gains most: one figure, no
        // count of a ranking left, however it was reached)
        Understood::Answer(mut q) => {
            if matches!(q.op, Op::Value | Op::Compare) {
                q.n = None;
            }
            of_the_measures_one_product(v, &mut q);
            that_period(conversation.last.as_ref(), &ws, &mut q);
            what_a_team_costs(&ws, &mut q);
            who_has_not_reached(&ws, &mut q);
            Understood::Answer(q)
        }
        u => u,
    };
    super::unrecognised::checked(v, &ws, super::unexplained::checked(v, &ws, u))
}

/// "How far was I from the On-Ramp that month?" after October's check: the period asked
/// before, of the kind said.
fn that_period(prev: Option<&Query>, ws: &[String], q: &mut Query) {
    let Some(said) = prev.and_then(|p| p.scope.period.as_deref()) else {
        return;
    };
    let kind = if mentions(ws, &["that month", "the same month", "that same month"]) {
        'M'
    } else if mentions(ws, &["that quarter", "the same quarter", "that same quarter"]) {
        'Q'
    } else {
        return;
    };
    if q.scope.period.is_none() && said.starts_with(kind) {
        q.scope.period = Some(said.to_string());
    }
}

/// "Would a 5k install job get me there" where Install Services is the install measure's one
/// product: the new deal is of it, or it would count for no measure named (however the
/// measure was reached, in the question or before it).
fn of_the_measures_one_product(v: &Vocabulary, q: &mut Query) {
    if let (Some(deal), Some(m)) = (q.scenario.new_deal.as_mut(), q.scope.measure.as_deref()) {
        let products = v
            .inputs
            .plan
            .measures
            .iter()
            .find(|x| x.id == m)
            .and_then(|x| x.products.as_deref());
        if let (None, Some([one])) = (&deal.product, products) {
            deal.product = Some(one.clone());
        }
    }
}

/// "B-side at 2.5% instead of 2 - what does my team get out of that", "module quota up to
/// 90k, what does my team lose": a team's pay in all under a plan change is what the team
/// costs, unless its earnings are asked in so many words ("what would my team earn").
fn what_a_team_costs(ws: &[String], q: &mut Query) {
    // ("if target incentive goes to 12k, how much more we pay?": the lever's name is no word
    // for earnings)
    let ws: &[String] = &ws
        .iter()
        .enumerate()
        .filter(|(i, w)| !(*w == "incentive" && *i > 0 && ws[i - 1] == "target"))
        .map(|(_, w)| w.clone())
        .collect::<Vec<_>>();
    if q.who.is_team()
        && matches!(q.op, Op::Value | Op::Compare)
        && q.figure == Figure::Earnings
        && q.scenario.lever.is_some()
        && q.scenario.new_deal.is_none()
        && !exact(
            ws,
            &[
                "earn",
                "earned",
                "earning",
                "earnings",
                "commission",
                "commissions",
                "incentive",
            ],
        )
        // (said in this question: not "and at 3%?" after what the team would earn)
        && (exact(ws, &["team", "team's", "everyone", "company", "reps", "crew", "desk"])
            || mentions(ws, &["we pay", "we'd pay", "would we pay", "do we pay", "we spend", "we'd spend"]))
    {
        q.figure = Figure::Cost;
    }
}

/// "Who on my team still hasn't cleared the soundcheck this quarter": the team by attainment
/// from the lowest, where those short of the mark come first (not the one closest to it).
fn who_has_not_reached(ws: &[String], q: &mut Query) {
    let not_yet = ws.windows(2).any(|w| {
        matches!(
            w[0].as_str(),
            "hasnt" | "hasn't" | "havent" | "haven't" | "didnt" | "didn't" | "not"
        ) && matches!(
            w[1].as_str(),
            "cleared" | "clear" | "hit" | "reached" | "reach" | "made" | "make" | "crossed" | "cross" | "passed"
        )
    });
    if q.who.is_team()
        && q.figure == Figure::Distance
        && q.mark.is_some()
        && q.scenario.is_none()
        && not_yet
        && exact(ws, &["who", "who's", "whos", "which"])
    {
        q.figure = Figure::Attainment;
        q.mark = None;
        q.op = Op::Bottom;
        q.n = None;
    }
}

/// The understood question, before its numbers are checked.
fn understood(v: &Vocabulary, asker: &str, question: &str, conversation: &super::context::Conversation) -> Understood {
    let previous = conversation.last.as_ref();
    let text = normalize(question);
    let ws = v.trade_words(&v.tier_words(&words(&text)));
    // ("and if it had slipped?" after a deal: slipped to when?)
    if let Some(u) = previous.and_then(|prev| super::further::slip_unsaid(v, prev, conversation.focus.as_deref(), &ws))
    {
        return u;
    }
    if let Some(q) = previous.filter(|_| conversation.focus.is_none()).and_then(|prev| {
        super::further::explain_previous(v, prev, &ws)
            .or_else(|| super::context::draw_follow_up(v, prev, &ws))
            .or_else(|| super::context::the_other(v, prev, &ws))
            .or_else(|| super::further::worth_of_listed(prev, &ws))
            .or_else(|| super::further::cost_of_cancelled(v, prev, &ws))
            .or_else(|| super::context::this_one(v, prev, &ws))
            .or_else(|| super::context::the_other_measure(v, prev, &ws))
            .or_else(|| super::context::the_nth_quarter(prev, &ws))
    }) {
        return Understood::Answer(q);
    }
    if let Some(u) = previous
        .filter(|_| conversation.focus.is_none())
        .and_then(|prev| super::pointing::pointing_back(v, prev, &ws))
    {
        return u;
    }
    // "and at 9?" after a plan change: the change at another value.
    if let Some(q) = previous
        .filter(|p| p.scenario.lever.is_some() && ws.len() <= 5 && super::context::opens_follow_up(&ws))
        .and_then(|prev| super::context::resize(v, prev, &ws))
    {
        return Understood::Answer(q);
    }
    if let Some(declined) = super::decline::declined(v, &ws) {
        // "which ones?", "go back one more quarter": short words of no topic follow on
        // from the previous query, when they do.
        let off_topic = matches!(&declined, Understood::Decline { offer: None, .. });
        if let Some(q) = previous.filter(|_| off_topic && ws.len() <= 6).and_then(|prev| {
            let parts = parts(v, asker, question, &ws);
            follow_up(v, prev, &parts, &ws)
        }) {
            return Understood::Answer(q);
        }
        return declined;
    }
    if let Some(h) = super::health::health(v, asker, &ws) {
        return h;
    }
    if let Some(f) = super::forecast::forecast(v, asker, &ws) {
        return f;
    }
    if let Some(u) = super::unheld::unheld(v, asker, &ws) {
        return u;
    }
    let parts = parts(v, asker, question, &ws);
    // "how much did Steph make" with no Steph: asked back, not read as the asker.
    if parts.who.is_none() {
        let base = match previous.filter(|_| ws.len() <= 2) {
            Some(prev) => prev.clone(),
            None => Query {
                figure: parts.figure.unwrap_or(Figure::Earnings),
                op: parts.op.unwrap_or(Op::Value),
                mark: parts.mark,
                ..parts.query.clone()
            },
        };
        if let Some(u) = super::stranger::ask_who(v, asker, question, &ws, &base) {
            return u;
        }
    }
    let opens = super::context::opens_follow_up(&ws);
    if let (Some(prev), Some(focus)) = (previous, conversation.focus.as_deref()) {
        if let Some(q) = super::context::about_focus(prev, focus, &parts, &ws, v) {
            return Understood::Answer(q);
        }
    }
    // ("ok and how does that spiff work exactly": the plan's rule, though it follows on)
    // ("and if I leave before it's paid back?": the rule for leavers)
    let how_it_works = mentions(&ws, &["how does", "how do", "how is", "explain how"])
        && exact(&ws, &["work", "works", "calculated", "worked", "computed"])
        || super::rule::leaving(&ws);
    if let Some(prev) = previous.filter(|_| opens && !how_it_works) {
        if let Some(q) = follow_up(v, prev, &parts, &ws) {
            return Understood::Answer(settled(v, q, &parts, &ws));
        }
    }
    if let Some(topic) = super::rule::plan_rule(v, &ws, &parts) {
        return Understood::PlanRule { topic };
    }
    if let Some(prev) = previous {
        if let Some(q) = follow_up(v, prev, &parts, &ws) {
            return Understood::Answer(settled(v, q, &parts, &ws));
        }
    }
    let (figure_said, period_said) = (parts.figure.is_some(), parts.query.scope.period.is_some());
    let team = |w: &Who| matches!(w, Who::Team | Who::TeamOf(_));
    match (super::assemble::assemble(v, asker, &ws, parts), previous) {
        // ("what does the plan cost us this year" then "what if elevated kicked in at 60%
        // instead": the same cost, under the change)
        (Understood::Answer(mut q), Some(prev))
            if q.scenario.lever.is_some()
                && (prev.figure == Figure::Cost || prev.scenario.lever.is_some())
                && !figure_said
                && team(&q.who)
                && team(&prev.who)
                && ws.len() <= 10 =>
        {
            q.figure = prev.figure;
            q.who = prev.who.clone();
            if !period_said {
                q.scope.period = prev.scope.period.clone();
            }
            Understood::Answer(q)
        }
        // ("why'd i get nothing in q3" then "how much is missing to the scale house": the
        // distance in the quarter just asked about, when it is the one under way)
        (Understood::Answer(mut q), Some(prev))
            if q.figure == Figure::Distance
                && !period_said
                && q.scope.period.is_none()
                && q.who == prev.who
                && prev
                    .scope
                    .period
                    .as_deref()
                    .is_some_and(|p| span(v, p).is_some_and(|(first, last)| (first..=last).contains(&v.today()))) =>
        {
            q.scope.period = prev.scope.period.clone();
            // ("how far off 100 am i" after the programs attainment: that measure's mark at
            // 100%, though another measure's accelerator starts there too)
            let prev_measure = prev.scope.measure.as_deref();
            if q.scope.measure.is_none() {
                if let Some((mi, m)) = super::assemble::percent_mark_of(v, &ws, prev_measure)
                    .filter(|(mi, _)| prev_measure == Some(v.inputs.plan.measures[*mi].id.as_str()))
                {
                    q.mark = Some(m);
                    // (the plan's first measure is the one a mark of no measure reads anyway)
                    if mi > 0 {
                        q.scope.measure = prev.scope.measure.clone();
                    }
                }
            }
            Understood::Answer(q)
        }
        (u, _) => u,
    }
}

/// The first and last day of the month or quarter a period label names ("M08", "Q3").
pub(super) fn span(v: &Vocabulary, label: &str) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    [
        plansight_plan::PeriodKind::Monthly,
        plansight_plan::PeriodKind::Quarterly,
    ]
    .into_iter()
    .flat_map(|k| plansight_plan::calendar::periods(v.inputs.plan.start, k))
    .find(|p| p.label == label)
    .map(|p| (p.first, p.last))
}

/// A follow-up's query with what it carried over but cannot mean: the period of a best or
/// worst period (a ranking of periods), of a draw's balance (a running figure), or a past
/// period of a distance (measured from now), when the question says none; a clawback's
/// cancelled deals (every clawback is of them); a best or worst period's comparison.
fn settled(v: &Vocabulary, mut q: Query, parts: &Parts, ws: &[String]) -> Query {
    let said = parts.query.scope.period.is_some();
    // ("how far is he from the axle limit" after what he made in Q2: a distance is from
    // where he stands now, not in a quarter gone by)
    if !said
        && q.figure == Figure::Distance
        && q.scenario.is_none()
        // ("and how far from the kicker was I?": then, as the quarter asked about stood)
        && !exact(ws, &["was", "were", "did", "had"])
        && q.scope.period.as_deref().and_then(|p| span(v, p)).is_some_and(|(_, last)| last < v.today())
    {
        q.scope.period = None;
    }
    // ("and how far is she from clasificar" after what her GTK 500 deals earned this year: a
    // mark is the measure's, whatever sold, and from where she stands now)
    if q.figure == Figure::Distance && q.scenario.is_none() && parts.query.scope.product.is_none() {
        q.scope.product = None;
        if !said && q.scope.period.as_deref() == Some("FY") {
            q.scope.period = None;
        }
    }
    if !said && matches!(q.op, Op::BestPeriod | Op::WorstPeriod) && q.scope.period.as_deref() != Some("FY") {
        q.scope.period = None;
    }
    // ("which month was the worst" after Q2 against Q1: no comparison left)
    if matches!(q.op, Op::BestPeriod | Op::WorstPeriod) {
        q.scope.versus = None;
    }
    if !said && q.figure == Figure::DrawBalance {
        q.scope.period = None;
    }
    if q.figure == Figure::Clawback && q.scope.stage.as_deref() == Some("cancelled") {
        q.scope.stage = None;
    }
    // ("and what would that do to darcel" after who is hurt most: one seller's figure, no
    // count of a ranking left)
    if !matches!(q.op, Op::Top | Op::Bottom | Op::Rank | Op::List) && matches!(q.who, Who::Seller(_)) {
        q.n = None;
    }
    // ("and what would that do to vicki" after what a change costs: what she would earn)
    if q.figure == Figure::Cost && matches!(q.who, Who::Seller(_)) && q.scenario.lever.is_some() {
        q.figure = Figure::Earnings;
    }
    q
}

/// Recognises each part of the question independently.
pub(super) fn parts(v: &Vocabulary, asker: &str, question: &str, ws: &[String]) -> Parts {
    let inputs = v.inputs;
    let plan = &inputs.plan;
    let today = inputs.as_of().clamp(plan.start, plan.end);
    let mut query = Query::default();
    let Whose {
        account_said,
        asker_manages,
        team,
        who,
    } = whose(v, asker, question, ws);
    let (scope, rest) = super::named_scope::named_scope(v, question, ws, account_said.as_deref());
    query.scope = scope;
    let ws_rest = &rest[..];
    query.scope.deal = v.deal(ws);
    // A deal named is itself: "seems low for a navpoint" filters nothing.
    if query.scope.deal.is_some() {
        query.scope.product = None;
    }
    if query.scope.deal.is_none() {
        query.scope.account = account_said;
    }
    // A deal named has its own stage: "OPP-21363 fell through" filters nothing.
    // ("total open door spiff my team earned": a bonus's name says no stage)
    // ("how far off open road am i" where Open Road is a tier: the plan's name, no stage)
    let without_terms: Vec<String> = {
        let mut rest = v.without_bonus_names(ws);
        for (t, _) in v.terms.iter().filter(|(t, _)| t.contains(' ')) {
            let parts: Vec<&str> = t.split(' ').collect();
            while let Some(i) = (0..rest.len().saturating_sub(parts.len() - 1))
                .find(|&i| rest[i..i + parts.len()].iter().zip(&parts).all(|(a, b)| a == b))
            {
                rest.drain(i..i + parts.len());
            }
        }
        rest
    };
    query.scope.stage = super::scope::stage(&without_terms).filter(|_| query.scope.deal.is_none());
    // ("What would Reed lose if the Konex GTX Plus Pro had fallen through?": Reed's deal
    // there, asked by his manager)
    let dealer = match &who {
        Some(Who::Seller(s)) => s.as_str(),
        _ => asker,
    };
    query.scenario = super::scenario::what_if(v, dealer, ws, &query.scope);
    // ("say I book a 7k rematch with Kan-code": the new deal's customer, no filter)
    if query.scenario.new_deal.is_some() && super::scenario::new_deal_with(ws, query.scope.account.as_deref()) {
        query.scope.account = None;
    }
    super::what_if_scope::no_lost_deals_for_pay_lost(ws, &mut query);
    // "a 30k GP press": the measure right after a new deal's amount is the amount's unit.
    if (query.scenario.new_deal.is_some() || query.scenario.deal_amount_to.is_some()) && query.scope.measure.is_some() {
        let unitless: Vec<String> = ws
            .iter()
            .enumerate()
            // ("3 grand margin": the amount may be said in two words)
            .filter(|(i, _)| {
                *i == 0
                    || crate::phrases::amount(&ws[i - 1..*i]).is_none()
                        && (*i < 2 || crate::phrases::amount(&ws[i - 2..*i]).is_none())
            })
            .map(|(_, w)| w.clone())
            .collect();
        if v.measure(&unitless).is_none() {
            query.scope.measure = None;
        }
    }
    super::resolve::measure_of_product(v, &mut query);
    // The pipeline won is a what-if: the stage it names is not the scope.
    if query.scenario.pipeline.is_some() {
        query.scope.stage = None;
    }
    let who = super::what_if_scope::plan_change_team(v, asker, question, ws, asker_manages, who, &query);
    super::what_if_scope::owned_parts_unfiltered(v, &mut query);
    super::resolve::new_deal_type_or_measure(v, ws, ws_rest, &mut query);
    // A deal the question says closes "today" (or "this month", on its last day) closes on
    // the as-of date, the default.
    if let Some(d) = query.scenario.new_deal.as_mut() {
        if (exact(ws, &["today", "now", "tonight"]) || mentions(ws, &["this month", "this arvo", "this afternoon"]))
            && d.close_date.as_deref() == Some(today.to_string().as_str())
        {
            d.close_date = None;
        }
    }
    let mut found = super::when::asked(v, ws, &query, today);
    // ("I started on October 2nd and haven't closed anything yet. What have I actually been
    // paid?": the day the asker started tells their story, no period asked)
    // (not "how much have I earned since I started in March?": the time since, asked)
    if !found.is_empty()
        && exact(ws, &["started", "joined"])
        && exact(ws, &["i", "i'm", "im", "i've"])
        && !mentions(
            ws,
            &[
                "since i started",
                "since i joined",
                "from when i started",
                "since starting",
            ],
        )
    {
        let told: Vec<String> = ws
            .iter()
            .enumerate()
            // (the words after the joining, up to where a question begins: "I joined in May,
            // what did I make in June?" asks of June)
            .filter(|(i, _)| {
                let before = &ws[i.saturating_sub(8)..*i];
                let Some(j) = before
                    .iter()
                    .rposition(|w| matches!(w.as_str(), "started" | "joined" | "start" | "joining"))
                else {
                    return true;
                };
                before[j + 1..].iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "what"
                            | "whats"
                            | "what's"
                            | "how"
                            | "hows"
                            | "how's"
                            | "did"
                            | "do"
                            | "is"
                            | "make"
                            | "made"
                            | "earn"
                            | "earned"
                            | "paid"
                            | "get"
                            | "got"
                            | "why"
                            | "which"
                    )
                })
            })
            .map(|(_, w)| w.clone())
            .collect();
        let rest = super::when::asked(v, &told, &query, today);
        if rest.len() < found.len() {
            found = rest;
        }
    }
    // ("Q1 and Q2 were huge … why is my q3 check so much smaller than q2?": a story's
    // periods first, then the question's own; the last sentence names what is compared)
    if found.len() > 2 {
        let last = question
            .split(['.', '?', '!'])
            .map(str::trim)
            .rfind(|s| !s.is_empty())
            .unwrap_or(question);
        let own = super::when::asked(
            v,
            &v.trade_words(&v.tier_words(&words(&normalize(last)))),
            &query,
            today,
        );
        if own.len() == 2 {
            found = own;
        }
    }
    // ("I blew past the high limit in q1. how far am I from it this quarter": a period told
    // in a sentence before the question, which asks of its own; nothing compares them)
    if found.len() == 2 && !compares_periods(ws) {
        if let Some((told, asked)) = super::message::told_then_asked(question) {
            let periods =
                |s: &str| super::when::asked(v, &v.trade_words(&v.tier_words(&words(&normalize(s)))), &query, today);
            let (own, before) = (periods(asked), periods(&told));
            if own.len() == 1 && !before.is_empty() {
                found = own;
            }
        }
    }
    // ("gladys had a great q2 but q3 is way down, why": what follows "but" is the period
    // asked about, what came before it is what it is held against)
    let but = ws
        .iter()
        .position(|w| w == "but")
        .filter(|_| !exact(ws, &["than", "vs", "versus", "compared", "against"]));
    if let ([a, b], Some(i)) = (&found[..], but) {
        let (earlier, later) = (&ws[..i], &ws[i + 1..]);
        if super::when::asked(v, earlier, &query, today) == [a.clone()]
            && super::when::asked(v, later, &query, today) == [b.clone()]
        {
            found = vec![b.clone(), a.clone()];
        }
    }
    query.scope.period = found.first().cloned();
    query.scope.versus = found.get(1).cloned();
    // ("if we capped everyone's total earnings at 40k for the year": the cap's span, no
    // period asked)
    if query.scope.period.as_deref() == Some("FY")
        && query.scenario.lever.as_ref().is_some_and(|l| l.kind == super::LeverKind::PayoutCap)
        // (said right after the cap's amount: "at 40k for the year"; not "what does the plan
        // cost for the year")
        && ws.iter().enumerate().any(|(i, w)| {
            crate::phrases::amount(std::slice::from_ref(w)).is_some()
                && ["for the year", "a year", "per year", "each year", "annually"]
                    .iter()
                    .any(|p| ws[i + 1..].join(" ").starts_with(p))
        })
    {
        query.scope.period = None;
    }
    // ("my Q4 - oct to dec I mean", "I think of Q3 as calendar Q3, so July to September":
    // a quarter's label said the calendar's way, then its months, which name the plan's)
    if let [a, b] = &found[..] {
        let labelled = |p: &String| ws.iter().any(|w| w.eq_ignore_ascii_case(p));
        if labelled(a) != labelled(b)
            && a.starts_with('Q')
            && b.starts_with('Q')
            && mentions(ws, &["i mean", "calendar", "meaning", "as in", "i.e", "ie"])
            && !exact(ws, &["vs", "versus", "compare", "compared", "than", "against"])
        {
            query.scope.period = Some(if labelled(a) { b.clone() } else { a.clone() });
            query.scope.versus = None;
        }
    }
    // ("the Breda order from June had come in at 30k": June says which deal, no period)
    // ("if venky's november Talegaon Paper Mills pump order had fallen through": the month
    // before the account's name says which deal)
    let month_of_account = ws.windows(2).any(|p| {
        crate::phrases::month_number(&p[0]).is_some()
            && v.accounts
                .iter()
                .any(|a| a.to_lowercase().split_whitespace().next() == Some(p[1].as_str()))
    });
    // ("The Kan-code MG Advanced I closed in November - if it had actually closed in
    // January": the month the deal closed in says which deal, when no pay of it is asked)
    let changed_deal = query.scenario.deal_amount_to.as_ref().map(|d| &d.deal).or(query
        .scenario
        .move_deal
        .as_ref()
        .map(|m| &m.deal));
    let its_month = changed_deal.is_some_and(|id| {
        let closed = v.inputs.lines.iter().find(|l| l.id == *id).and_then(|l| l.close_date);
        // (the month said after the deal closing: "I closed in November"; not "what would I
        // have made in january")
        let after_closing = ws.iter().enumerate().any(|(i, w)| {
            crate::phrases::month_number(w).is_some()
                && ws[i.saturating_sub(3)..i]
                    .iter()
                    // ("the plussunin deal back in april, if it had come in at 6k")
                    .any(|x| {
                        matches!(
                            x.as_str(),
                            "closed"
                                | "signed"
                                | "booked"
                                | "won"
                                | "landed"
                                | "back"
                                | "deal"
                                | "order"
                                | "opp"
                                | "job"
                        )
                    })
        });
        // ("umbrella corp finally signed the gtx pro this month … . if it had come in at 9k":
        // the month told, before the question names none)
        let told_closing = super::message::told_then_asked(question).is_some_and(|(told, asked)| {
            let (told, asked) = (words(&normalize(&told)), words(&normalize(asked)));
            exact(&told, &["closed", "signed", "booked", "won", "landed"])
                && super::when::asked(v, &asked, &query, today).is_empty()
        });
        (after_closing || told_closing)
            && query.scope.period.as_deref().is_some_and(|p| {
                p.starts_with('M')
                    && span(v, p)
                        .zip(closed)
                        .is_some_and(|((first, last), d)| first <= d && d <= last)
            })
            && !exact(ws, &["check", "pay", "payout", "paycheck", "payable", "paid", "cheque"])
    });
    // (the month "from" names, not another period asked beside it: "what would q3 pay me if
    // the neville island quad from march had come in at 20k")
    let from_month_asked = super::scenario::from_month(ws).is_some_and(|m| {
        let label = crate::phrases::periods(&[crate::phrases::MONTHS[m as usize - 1].to_string()], plan.start, today);
        label.first().is_some_and(|l| query.scope.period.as_ref() == Some(l))
    });
    // ("The … deal might have to be re-signed in October. If it slips to October, what do I
    // lose?": the month told is where the deal goes, the question asks of none)
    let told_target = query.scenario.move_deal.as_ref().is_some_and(|m| {
        let to = chrono::NaiveDate::parse_from_str(&m.close_date, "%Y-%m-%d").ok();
        super::message::told_then_asked(question)
            .is_some_and(|(_, asked)| super::when::asked(v, &words(&normalize(asked)), &query, today).is_empty())
            && query
                .scope
                .period
                .as_deref()
                .and_then(|p| span(v, p))
                .zip(to)
                .is_some_and(|((first, last), d)| first <= d && d <= last)
    });
    if (query.scenario.deal_amount_to.is_some() || query.scenario.move_deal.is_some())
        && (from_month_asked || month_of_account || its_month || told_target)
    {
        query.scope.period = None;
    }
    // ("whats my attainment on the annual hw quota": the quota is the year's, the
    // attainment to date)
    if query.scope.period.as_deref() == Some("FY") && query.scope.versus.is_none() && annual_quota_only(ws) {
        query.scope.period = None;
    }
    // ("ilang percent na ako sa quarterly quota ngayon": the quota said as a quarter's is
    // this quarter's)
    if query.scope.period.is_none() && query.scenario.is_none() {
        let this = |kind: &str| {
            crate::phrases::periods(&["this".to_string(), kind.to_string()], plan.start, today)
                .first()
                .cloned()
        };
        if mentions(ws, &["quarterly quota", "quarterly target", "quarterly number"]) {
            query.scope.period = this("quarter");
        } else if mentions(ws, &["monthly quota", "monthly target", "monthly number"]) {
            query.scope.period = this("month");
        }
    }
    // Words of a what-if or of a saved scenario's name are not the figure ("Lower quota",
    // "attainment cap", "payout cap"), nor are ranking words ("where do I stand vs").
    let mut not_figure: Vec<String> = query
        .scenario
        .saved
        .iter()
        .flat_map(|name| crate::phrases::words(&normalize(name)))
        .collect();
    // The plan's own name for what a lever changes ("the Payout Roof") is not the figure.
    if let Some(l) = &query.scenario.lever {
        use super::LeverKind::*;
        match l.kind {
            Cap => not_figure.push("attainment".into()),
            // ("what would darcel earn if we put a 35k annual cap on payouts")
            PayoutCap => not_figure.extend(["payout".to_string(), "payouts".to_string()]),
            _ => {}
        }
        // "the 5% band starting at 70% of quota": the quota names where the tier starts.
        if matches!(l.kind, TierStart | Threshold | Cap) {
            not_figure.extend(["quota".to_string(), "%".to_string()]);
        }
        for (name, _) in v.terms.iter().filter(|(n, _)| mentions(ws, &[n.as_str()])) {
            not_figure.extend(name.split_whitespace().map(str::to_string));
        }
    }
    if mentions(ws, &["stand vs", "stand versus", "stand against", "vs everyone"]) {
        not_figure.push("stand".into());
    }
    // ("what did the book pay me", "worst quarter on the book side" where "book" names the
    // Book Retention Incentive: the measure that pays, no booking)
    if let Some(id) = query.scope.measure.as_deref() {
        let names = v.measure_names(id);
        for p in ws
            .windows(2)
            .filter(|p| matches!(p[1].as_str(), "pay" | "paid" | "pays" | "side"))
        {
            if names.iter().any(|n| n.split_whitespace().any(|n| n == p[0])) {
                not_figure.push(p[0].clone());
            }
        }
    }
    // ("would a 40k payroll cloud get me over it": a word of the product's name is no
    // figure's)
    let product = query
        .scope
        .product
        .as_ref()
        .or(query.scenario.new_deal.as_ref().and_then(|d| d.product.as_ref()));
    // (the name as said, where it is said: "would a 6k tap build get me to double tap" keeps
    // the tier's "tap")
    let mut product_said: Vec<Vec<String>> = Vec::new();
    if let Some(p) = product.filter(|p| p.contains(' ') && contains_words(&ws.join(" "), &p.to_lowercase())) {
        product_said.push(p.to_lowercase().split_whitespace().map(str::to_string).collect());
    }
    // ("and if it is a big roaster?" where "| big roaster | the GTK 500 |": the words of a
    // product's other name are no figure's)
    if let Some((_, said)) = v.product_alias_said(&ws.join(" ")) {
        product_said.push(said.split_whitespace().map(str::to_string).collect());
    }
    // ("list my comp policies" where "| comp | Workers' Compensation |": the product's word,
    // no pay)
    if let Some(p) = product {
        not_figure.extend(
            v.product_aliases
                .iter()
                .filter(|(q, a)| q.eq_ignore_ascii_case(p) && super::products::pay_word(a) && ws.contains(a))
                .map(|(_, a)| a.clone()),
        );
    }
    // ("comission on rehersal dinners": a typo of the product's word is the product's, not
    // the "reversal" it is as near to)
    if let Some(p) = product {
        let lower = p.to_lowercase();
        not_figure.extend(
            ws.iter()
                .filter(|w| {
                    w.len() >= 5
                        && lower
                            .split_whitespace()
                            .any(|x| x != w.as_str() && crate::fuzzy::same(w, x))
                })
                .cloned(),
        );
    }
    let without = |words: &[String]| -> Vec<String> {
        // (a name not said word for word here is taken out word by word)
        let scattered: Vec<&String> = product_said
            .iter()
            .filter(|p| !words.windows(p.len()).any(|w| w == p.as_slice()))
            .flatten()
            .collect();
        let mut kept: Vec<String> = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            if let Some(p) = product_said.iter().find(|p| words[i..].starts_with(p)) {
                i += p.len();
                continue;
            }
            if !not_figure.contains(&words[i]) && !scattered.contains(&&words[i]) {
                kept.push(words[i].clone());
            }
            i += 1;
        }
        kept
    };
    // "a GTX Plus Pro … my december check": the series words name the product, not the
    // measure, before the figure is read.
    super::resolve::series_measure(v, ws, &mut query);
    // A measure's name is the figure only when nothing else is: "what did Net New Bookings
    // pay me" asks for earnings, "worst quarter for hardware bookings" for its credit.
    let joined = ws.join(" ");
    let (figure, mark) = match super::figure::figure(v, &without(&rest), &query) {
        // ("big iron quota to 25k - which 3 reps lose the most": the pay the change takes,
        // though the measure's name says sales)
        (None, mark)
            if query.scenario.lever.is_some()
                && (exact(ws, LOSE)
                    || exact(
                        ws,
                        &["gain", "gains", "gaining", "win", "wins", "hurt", "hurts", "ahead"],
                    )) =>
        {
            (Some(Figure::Earnings), mark)
        }
        // ("where does chris o rank on cap equipment": a word of the document's other name
        // for a measure is no figure's, though the name's own may be)
        (None, mark)
            if query.scope.measure.is_some()
                && v.measure_aliases.iter().any(|(m, alias)| {
                    query.scope.measure.as_ref() == Some(m)
                    && alias.contains(' ')
                    && contains_words(&joined, alias)
                    // ("worst quarter for nb comm": a name that says pay is the pay)
                    && !alias
                        .split_whitespace()
                        .any(|w| super::words::COMMISSION.contains(&w) || matches!(w, "incentive" | "bonus" | "pay"))
                }) =>
        {
            (None, mark)
        }
        // ("bookings commision so far this quarter?" of the Bookings Commission: the measure
        // named for its pay, said with that word, is its pay)
        (None | Some(Figure::Credit), mark)
            if query.scope.measure.as_deref().is_some_and(|m| {
                v.measure_names(m)
                    .iter()
                    .any(|n| n.split_whitespace().any(|w| w == "commission"))
            }) && mentions(ws, &["commission"])
                && query.scenario.is_none()
                && !exact(
                    ws,
                    &[
                        "credit",
                        "credited",
                        "sold",
                        "booked",
                        "quota",
                        "attainment",
                        "rate",
                        "tier",
                    ],
                ) =>
        {
            (Some(Figure::Earnings), mark)
        }
        // ("best month for MG sales?", "bottom 2 on my team for MG sales": a measure's sales,
        // ranked, are its credit, not one deal's size)
        (Some(Figure::DealAmount), mark)
            if query.scope.measure.is_some()
                && query.scope.stage.is_none()
                && query.scope.product.is_none()
                // (ranked by it, not "my 3 biggest MG sales" nor "list my MG sales")
                && exact(ws, &["best", "worst", "top", "bottom", "rank", "most", "least"])
                && !exact(ws, &["biggest", "largest", "smallest", "list", "show", "deal", "deals"])
                && ws.windows(2).any(|p| {
                    matches!(p[1].as_str(), "sales" | "revenue" | "bookings")
                        && v.measure(std::slice::from_ref(&p[0])) == query.scope.measure
                }) =>
        {
            (Some(Figure::Credit), mark)
        }
        // ("if id booked a 40k tailgate contract … how much more program incentive wud i
        // have": the measure's pay, said by its noun for pay, that a new deal would add)
        (None | Some(Figure::Credit), mark)
            if query.scenario.new_deal.is_some()
                && mentions(ws, &["how much more", "how much extra"])
                && query.scope.measure.as_deref().is_some_and(|m| {
                    v.measure_names(m).iter().any(|n| {
                        let said: Vec<&str> = n.split_whitespace().collect();
                        said.iter().any(|w| matches!(*w, "incentive" | "commission"))
                            && ws.windows(2).any(|p| {
                                said.contains(&p[0].as_str())
                                    && matches!(p[1].as_str(), "incentive" | "commission")
                                    && said.contains(&p[1].as_str())
                            })
                    })
                }) =>
        {
            (Some(Figure::Earnings), mark)
        }
        (None, mark) => {
            let (f, m) = super::figure::figure(v, &without(ws), &query);
            // ("bottom 2 for PM value" of Service Agreement Value: the measure's own word for
            // money is its credit, not the deals' size)
            // (in a follow-up, "and system sales?", the measure alone: the figure stays)
            let f = match f {
                Some(Figure::DealAmount) if query.scope.measure.is_some() && query.scope.stage.is_none() => {
                    (!super::context::opens_follow_up(ws)).then_some(Figure::Credit)
                }
                // ("bottom 3 by fee income", "worst quarter for fee income": the income a
                // measure is named for is its credit, not pay)
                Some(Figure::Earnings)
                    if query.scope.measure.as_deref().is_some_and(|m| {
                        v.measure_names(m)
                            .iter()
                            .any(|n| n.split_whitespace().any(|w| w == "income"))
                    }) && exact(ws, &["income"]) =>
                {
                    Some(Figure::Credit)
                }
                f => f,
            };
            (f, mark.or(m))
        }
        // ("how much margin did dave sell": the measure's own quantity sold is its credit,
        // not the deals' size)
        (Some(Figure::DealAmount), mark) if super::resolve::measure_sold(v, ws, &query) => (Some(Figure::Credit), mark),
        found => found,
    };
    // "did I max out the Governor", "did Darcel hit the payout cap": what was earned, which
    // the answer sets against the payout cap (no attainment mark).
    // ("if the mg cap went down to 100%, which 2 sellers would lose the most?": what the
    // change takes from their pay, not their attainment)
    let figure = if query.scenario.lever.is_some()
        && figure == Some(Figure::Attainment)
        && exact(ws, super::words::LOSE)
        && !exact(ws, super::words::ATTAINMENT)
    {
        Some(Figure::Earnings)
    } else {
        figure
    };
    let (mut figure, mark) = if query.scenario.lever.is_none()
        && matches!(figure, None | Some(Figure::Distance))
        && (v.terms_in(ws).contains(&super::terms::Term::PayoutCap)
            || mentions(ws, &["payout cap", "earnings cap", "payout limit", "earnings limit"])
            // ("did i max out the annual cap yet": the year's cap on pay, where the plan has one)
            || v.inputs.plan.payout_cap.is_some() && mentions(ws, &["annual cap", "yearly cap", "year's cap"]))
    {
        // (the payout cap is the year's: "annual" says no period of its own)
        if mentions(ws, &["annual", "yearly", "year's"]) && query.scope.period.as_deref() == Some("FY") {
            query.scope.period = None;
        }
        (Some(Figure::Earnings), None)
    } else {
        (figure, mark)
    };
    // ("how much more gtx plus pro or gtk 500 do i need to hit my strategic target": the
    // products say what to sell, the distance is the measure's)
    if figure == Some(Figure::Distance) && query.scenario.is_none() && query.scope.measure.is_some() {
        query.scope.product = None;
    }
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
    // A manager's "what have I paid out, all my reps together": what the team costs.
    if matches!(who, Some(Who::TeamOf(_) | Who::Team))
        && matches!(figure, Some(Figure::Payable | Figure::Earnings) | None)
        && mentions(
            ws,
            &[
                "have i paid",
                "did i pay",
                "i paid",
                "we paid",
                "did we pay",
                "have we paid",
                "i pay out",
                "we pay out",
                // "total comp for my reps": the team's total, what it costs
                "total comp",
                "total payout",
                "total payouts",
            ],
        )
    {
        figure = Some(Figure::Cost);
    }
    // Pace is over the year by definition: "for the year" adds nothing to it.
    // (nor does the day it is measured by: "fast enough to make my number by october")
    let by_month = ws
        .windows(2)
        .any(|w| w[0] == "by" && crate::phrases::month_number(&w[1]).is_some());
    if figure == Some(Figure::Pace) && (query.scope.period.as_deref() == Some("FY") || by_month) {
        query.scope.period = None;
    }
    if figure == Some(Figure::DealAmount) && !query.scenario.is_none() && !exact(ws, &["how many", "size"]) {
        figure = Some(Figure::Earnings);
    }
    super::resolve::lever_measure(v, ws, figure, &mut query);
    super::scope::counted_by_type(v, question, ws, figure, &mut query);
    // "list my airport plaza bookings": the bookings are the deals, not their credit.
    if op_listed(ws)
        && figure == Some(Figure::Credit)
        && !exact(
            ws,
            &[
                "credit", "credited", "count", "counts", "counted", "counting", "toward", "towards",
            ],
        )
    {
        figure = Some(Figure::DealAmount);
    }
    // "show me my cancelled groups": the cancelled deals themselves, not what they clawed
    // back.
    if figure == Some(Figure::Clawback)
        && !mentions(ws, CLAWBACK)
        && exact(ws, &["show", "list", "pull", "see"])
        && !mentions(ws, &["how much", "total", "sum", "cost", "money", "lose", "lost"])
    {
        figure = Some(Figure::DealAmount);
        query.scope.stage = Some("cancelled".into());
    }
    // ("how many reversals", "show me my reversals" where "| reversal | a cancelled deal |")
    if super::figure::cancelled_deals_named(v, ws) && query.scope.stage.is_none() {
        query.scope.stage = Some("cancelled".into());
        if figure.is_none() && exact(ws, &["show", "list", "which"]) {
            figure = Some(Figure::DealAmount);
        }
    }
    super::resolve::redundant_filters(v, figure, &mut query);
    // ("why was my november alert so small" where "| Alert Day | the payday |": the pay that
    // payday brought, said by its name)
    let payday_said = super::synonyms::plain(ws, &v.idea_words, &|_| false)
        .iter()
        .any(|w| w == "payday");
    let mut op = super::operation::op(&v.without_terms(ws), &query, team, payday_said);
    // ("so why am i on the bellows then": the pay the draw was paid against, explained)
    if super::figure::why_on_the_draw(v, ws) && query.scenario.is_none() {
        op = Some(Op::Explain);
    }
    // ("Cabbagetown Consulting has been one of my best clients this year. How much have they
    // earned me?": the superlative told; the question asks how much) ("My team had a rough
    // quarter. Who earned the least?": the quarter told; the question ranks people)
    if matches!(op, Some(Op::Top | Op::Bottom | Op::BestPeriod | Op::WorstPeriod)) {
        if let Some((_, asked)) = super::message::told_then_asked(question) {
            let asked = v.trade_words(&v.tier_words(&words(&normalize(asked))));
            let own = super::operation::op(&v.without_terms(&asked), &query, team, payday_said);
            let how_much = matches!(op, Some(Op::Top | Op::Bottom))
                && mentions(&asked, &["how much"])
                && own.is_none_or(|o| o == Op::Value);
            let people = matches!(op, Some(Op::BestPeriod | Op::WorstPeriod))
                && matches!(own, Some(Op::Top | Op::Bottom))
                && !exact(&asked, &["quarter", "month", "period", "week", "year"]);
            if how_much || people {
                op = own;
            }
        }
    }
    // ("Q3 payout by rep?": each of the team's, ranked; a rep's payout is what they are paid)
    let by_rep = (team || asker_manages) && mentions(ws, BY_REP);
    // (shown by rep: "show me November's payout for each of my team", a pay figure asked)
    let pay_shown = op == Some(Op::List)
        && matches!(
            figure,
            Some(Figure::Payable | Figure::Earnings | Figure::Cost | Figure::Credit)
        );
    if by_rep && (matches!(op, None | Some(Op::Value)) || pay_shown) {
        op = Some(Op::Top);
    }
    // "farthest off the threshold": the largest distance (furthest behind in attainment is
    // the lowest).
    if op == Some(Op::Bottom) && mark.is_some() && exact(ws, &["farthest", "furthest"]) {
        op = Some(Op::Top);
    }
    // ("worst quarter for me this yr": the year's quarters ranked)
    if matches!(op, Some(Op::BestPeriod | Op::WorstPeriod)) && query.scope.period.as_deref() == Some("FY") {
        query.scope.period = None;
    }
    super::resolve::listed_type(v, ws, op, figure, &mut query);
    super::resolve::listed_product(v, question, op, figure, &mut query);
    super::resolve::type_as_measure(v, op, figure, &mut query);
    query.n = super::operation::count(ws);
    // "where do I stand in the company on earnings": the rank of what is named.
    if op == Some(Op::Rank) && figure == Some(Figure::Attainment) && exact(ws, &["earnings", "earned", "commission"]) {
        figure = Some(Figure::Earnings);
    }
    if op == Some(Op::Explain) && query.scope.deal.is_some() {
        // A deal explained is explained whole: "OPP-20435 took money off me in june?? explain".
        query.scope.period = None;
        query.scope.versus = None;
    }
    let personal = mentions(ws, &["my", "i", "me", "i'm", "im", "am", "mine", "i've", "ive"]);
    let last_clause = question
        .rsplit([',', ';', ':', '-', '\u{2013}', '\u{2014}'])
        .next()
        .unwrap_or("");
    let ends_yes_no = words(&normalize(last_clause))
        .first()
        .is_some_and(|w| matches!(w.as_str(), "is" | "are" | "do" | "does" | "can" | "will" | "should"))
        && question.len() > last_clause.len();
    let figure = match figure {
        Some(Figure::Cost) if by_rep => Some(Figure::Payable),
        f => f,
    };
    // ("the bonus for bringing in new customers": the bonus described, no deals of a type)
    if figure == Some(Figure::Bonus) {
        query.scope.deal_type = None;
    }
    // ("if the may cheers gtk 500 had been scuttled": the month says which deal, no period)
    // (not "the june check", the pay asked about; "my october green-plus deal" too)
    if (query.scenario.deal_amount_to.is_some() || query.scenario.move_deal.is_some())
        && ws.windows(3).any(|p| {
            matches!(p[0].as_str(), "the" | "my" | "our" | "his" | "her" | "their")
                && crate::phrases::month_number(&p[1]).is_some()
                && !PAY_NOUNS.contains(&p[2].as_str())
                && p[2] != "payday"
        })
    {
        query.scope.period = None;
    }
    Parts {
        figure,
        mark,
        op,
        who,
        query,
        personal,
        ends_yes_no,
    }
}

/// Whether one of the words is exactly one of `targets` (no typo allowance: for short
/// function words such as "last", "most", "lose", where a typo match changes the meaning).
pub(super) fn exact(ws: &[String], targets: &[&str]) -> bool {
    ws.iter().any(|w| targets.contains(&w.as_str()))
}

/// Whether the words hold two periods against each other ("than", "vs", "better", "up").
fn compares_periods(ws: &[String]) -> bool {
    exact(
        ws,
        &[
            "than",
            "vs",
            "versus",
            "compared",
            "compare",
            "against",
            "better",
            "worse",
            "difference",
            "diff",
            "more",
            "less",
            "higher",
            "lower",
            "up",
            "down",
            "same",
            "both",
            "each",
            "again",
            "still",
        ],
    )
}

/// Whether the question asks for a list in so many words ("list my …", "show me my …").
fn op_listed(ws: &[String]) -> bool {
    ws.first()
        .is_some_and(|w| matches!(w.as_str(), "list" | "show" | "pull"))
        && !mentions(ws, &["how much", "total", "sum", "how many"])
}

/// Whether the only word of a year the question says is the quota's ("the annual hw quota",
/// "my yearly target").
fn annual_quota_only(ws: &[String]) -> bool {
    let yearly = |w: &str| matches!(w, "annual" | "yearly");
    let of_quota = |i: usize| {
        ws[i + 1..(i + 4).min(ws.len())]
            .iter()
            .any(|w| matches!(w.as_str(), "quota" | "target" | "number" | "goal"))
    };
    let year_words: Vec<usize> = (0..ws.len())
        .filter(|&i| {
            yearly(&ws[i])
                || matches!(ws[i].as_str(), "year" | "fy" | "ytd" | "annually" | "full-year" | "yr")
                || ws[i].starts_with("fy2")
        })
        .collect();
    !year_words.is_empty() && year_words.iter().all(|&i| yearly(&ws[i]) && of_quota(i))
}
