//! Understanding a question: each part of a [`Query`] is recognised on its own (the figure,
//! the operation, whose, which measure, period, product, account, deal, stage, and the
//! what-if), so parts compose without a rule per combination. Deterministic; names come
//! from this workspace's [`Vocabulary`]. Deal names and the plan document are only ever
//! matched against, never followed.

use super::context::follow_up;
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
    // ("Haruka-san", "3万": a name's honorific and ten thousands, before anything reads the
    // names or the numbers)
    let question = &crate::east_asian::read(question);
    let in_order =
        super::word_order::in_question_order(&super::message::the_question(question), &|w| v.seller(w).is_some());
    let question = &v.as_heard(&v.with_possessives(&in_order));
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
    let u = super::mark::asked_back_unplaced(v, question, &ws, u);
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

/// "My Manitoba licence lapsed for two weeks in May. Do the policies I bound during that
/// time still count for me?": the story told, then a yes-or-no question of the plan's rule,
/// whose own words alone are the rule's (the story's month and lapse are no scope of it).
fn asked_last(v: &Vocabulary, asker: &str, question: &str, whole: &Parts) -> Option<String> {
    // (not a deal supposed in the story: "Say I land a 40k Lodestar next week. Does it count
    // toward my quota?" is the what-if)
    if !whole.query.scenario.is_none() {
        return None;
    }
    let (told, last) = question.trim_end().rsplit_once(". ")?;
    if crate::phrases::amount(&words(&normalize(told))).is_some() {
        return None;
    }
    let last_ws = v.trade_words(&v.tier_words(&words(&normalize(last))));
    let yes_or_no = last_ws
        .first()
        .is_some_and(|w| matches!(w.as_str(), "do" | "does" | "is" | "are" | "will" | "can" | "would"));
    if told.trim().is_empty() || !yes_or_no || last.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let parts = parts(v, asker, last, &last_ws);
    super::rule::plan_rule(v, &last_ws, &parts)
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
    // ("on a lease do i get credit on the rentals or the box price": the case it is asked of,
    // then the question of the rule)
    let case_said = matches!(ws.first().map(String::as_str), Some("on" | "for" | "with" | "under"))
        && matches!(ws.get(1).map(String::as_str), Some("a" | "an"));
    let case_said = case_said
        .then(|| {
            (3..=4).find(|&k| {
                ws.get(k).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "do" | "does" | "is" | "are" | "am" | "can" | "will" | "would"
                    )
                })
            })
        })
        .flatten();
    let rule = super::rule::plan_rule(v, &ws, &parts)
        .or_else(|| case_said.and_then(|k| super::rule::plan_rule(v, &ws[k..], &parts)))
        .or_else(|| asked_last(v, asker, question, &parts));
    if let Some(topic) = rule {
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
        // ("how much i made off navasota pipe this yr": the account's own words, said
        // together, say no stage; "my open deals at Open Road Logistics" keeps the first)
        if let Some(account) = &query.scope.account {
            let words: Vec<String> = crate::phrases::words(&account.to_lowercase());
            let of_it = |k: usize| rest.get(k).is_some_and(|w| words.contains(w));
            let said: Vec<bool> = (0..rest.len())
                .map(|k| of_it(k) && (k > 0 && of_it(k - 1) || of_it(k + 1)))
                .collect();
            let mut k = 0;
            rest.retain(|_| {
                k += 1;
                !said[k - 1]
            });
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
    super::resolve::product_said_as_measure(v, ws, &mut query);
    // The pipeline won is a what-if: the stage it names is not the scope.
    if query.scenario.pipeline.is_some() {
        query.scope.stage = None;
    }
    let who = super::what_if_scope::plan_change_team(v, asker, question, ws, asker_manages, who, &query);
    super::what_if_scope::owned_parts_unfiltered(v, ws, &mut query);
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
    // ("how Mai pace now em?" of Huỳnh Thị Mai: the name of the person asked about is no
    // month, German's "Mai")
    // (once: "what did April make in April?" keeps the second)
    let name = who.as_ref().and_then(Who::seller).map(|id| {
        let shown = inputs
            .roster
            .iter()
            .flatten()
            .find(|s| s.id == id)
            .and_then(|s| s.name.as_deref());
        crate::phrases::fold(shown.unwrap_or(id))
    });
    let of_the_person = |w: &String| {
        crate::phrases::month_number(w).is_some()
            && name
                .as_deref()
                .is_some_and(|n| n.split_whitespace().any(|p| p == w.as_str()))
    };
    let mut period_words: Vec<String> = ws.to_vec();
    if let Some(at) = period_words.iter().position(of_the_person) {
        period_words.remove(at);
    }
    super::period_asked::period(v, question, &period_words, today, &mut query);
    let (mut figure, mark) = super::figure::in_question::figure(v, ws, &rest, &mut query);
    super::measure_of_term::measure(v, question, ws, figure, &mut query);
    // ("how much more gtx plus pro or gtk 500 do i need to hit my strategic target": the
    // products say what to sell, the distance is the measure's; "how much more lawn do i need
    // to get striped", the measure its tier's)
    if figure == Some(Figure::Distance) && query.scenario.is_none() && query.scope.measure.is_some() {
        query.scope.product = None;
    }
    // ("closed bioholding on the 2nd and still under the boot line?? how far off am i": a
    // mark is reached by all the asker's credit, the account only what happened)
    if figure == Some(Figure::Distance) && query.scenario.is_none() && query.scope.deal.is_none() {
        query.scope.account = None;
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
                // ("how much we pay to my team for Q3", "how much more we must pay")
                "we pay",
                "we must pay",
                "we have to pay",
                // "total comp for my reps": the team's total, what it costs
                "total comp",
                "total payout",
                "total payouts",
            ],
        )
    {
        figure = Some(Figure::Cost);
    }
    // ("Model the specials quota at $10,000 a month. What does that do to total payout?":
    // what the plan pays in all under the change, not the measure's credit)
    if query.scenario.lever.is_some()
        && !matches!(who, Some(Who::Seller(_)))
        && matches!(figure, Some(Figure::Credit | Figure::Payable | Figure::Earnings) | None)
        && mentions(ws, &["total payout", "total payouts", "total pay", "total spend"])
        && !exact(ws, &["my", "i", "me", "his", "her", "credit", "bookings", "sales"])
    {
        figure = Some(Figure::Cost);
    }
    // ("delta if thresh 40%", "what changes if the cap is 200%": the change to the plan's
    // bill, nobody named)
    if query.scenario.lever.is_some()
        && matches!(who, Some(Who::Team) | None)
        && matches!(figure, Some(Figure::Earnings) | None)
        && exact(ws, &["delta", "change", "changes", "diff", "difference", "impact"])
        && !exact(
            ws,
            &[
                "my",
                "i",
                "me",
                "his",
                "her",
                "who",
                "which",
                "whose",
                "credit",
                "attainment",
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
    super::resolve::new_deal_measured(v, ws, &mut query);
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
    // (a hyphened name is no superlative's: "Min-jun's attainment" is no minimum; nor a
    // name's word beside another of the same name: "hui min best quarter" is Ng Hui Min's)
    let terms_out = v.without_terms(ws);
    let ranking = |w: &str| super::words::WORST.contains(&w) || super::words::BEST.contains(&w);
    // (the roster's names read only where a superlative is said at all)
    let names: Vec<Vec<String>> = if terms_out.iter().any(|w| ranking(w.trim_end_matches("'s"))) {
        let roster = v.inputs.roster.as_deref().unwrap_or(&[]);
        roster
            .iter()
            .map(|s| crate::phrases::words(&crate::phrases::normalize(s.name.as_deref().unwrap_or(&s.id))))
            // ("did i get the top shelf last quarter" where the Top Shelf Award is a bonus:
            // its name's word, no ranking)
            .chain(
                v.inputs
                    .plan
                    .bonuses
                    .iter()
                    .map(|b| crate::phrases::words(&crate::phrases::normalize(&b.name))),
            )
            .collect()
    } else {
        Vec::new()
    };
    let in_a_name = |i: usize| {
        let w = terms_out[i].trim_end_matches("'s");
        let beside = |j: Option<usize>| {
            j.and_then(|j| terms_out.get(j))
                .map(|x| x.trim_end_matches("'s").to_string())
        };
        let (before, after) = (beside(i.checked_sub(1)), beside(Some(i + 1)));
        ranking(w)
            && names.iter().any(|n| {
                n.iter().any(|x| x == w)
                    && [&before, &after]
                        .iter()
                        .any(|b| b.as_ref().is_some_and(|b| b != w && n.contains(b)))
            })
    };
    let named: Vec<bool> = (0..terms_out.len()).map(in_a_name).collect();
    let unnamed: Vec<String> = terms_out
        .into_iter()
        .enumerate()
        .map(|(i, w)| {
            let a_name = w.contains('-') && v.seller(w.trim_end_matches("'s")).is_some() || named[i];
            if a_name {
                "someone".to_string()
            } else {
                w
            }
        })
        .collect();
    let mut op = super::operation::op(&unnamed, &query, team, payday_said);
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
            // ("plussunin has been my best acct this year. what has it earnd me")
            // (a question of its own, not a signature: "top 3 on my team by booked revenue
            // credit. Dustin")
            let how_much = matches!(op, Some(Op::Top | Op::Bottom))
                && asked.len() >= 3
                && (mentions(&asked, &["how much"])
                    || !exact(
                        &asked,
                        &[
                            "best", "worst", "top", "bottom", "most", "least", "biggest", "largest", "rank",
                        ],
                    ))
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
    // (not a lever's value said per rep: "capped total pay at 15k a year per rep - cost?")
    let per_rep_value = query.scenario.lever.is_some()
        && ws.windows(2).enumerate().any(|(i, w)| {
            w[0] == "per"
                && (PER_PERSON.contains(&w[1].as_str()) || w[1] == "head")
                && ws[i.saturating_sub(3)..i]
                    .iter()
                    .any(|x| crate::phrases::amount(std::slice::from_ref(x)).is_some())
        });
    let by_rep = (team || asker_manages) && super::words::each_person(ws) && !per_rep_value;
    // (shown by rep: "show me November's payout for each of my team", a pay figure asked)
    let pay_shown = op == Some(Op::List)
        && matches!(
            figure,
            Some(Figure::Payable | Figure::Earnings | Figure::Cost | Figure::Credit)
        );
    if by_rep && (matches!(op, None | Some(Op::Value)) || pay_shown) {
        op = Some(Op::Top);
    }
    // ("break down october's payout rep by rep for me": each one's payout, not one's pay
    // explained)
    if by_rep
        && op == Some(Op::Explain)
        && !exact(ws, &["why", "how"])
        && !ws
            .iter()
            .any(|w| w.ends_with("'s") && v.seller(w.trim_end_matches("'s")).is_some())
    {
        op = Some(Op::Top);
        if figure.is_none() && exact(ws, &["payout", "payouts", "pay", "paid", "check", "checks", "payable"]) {
            figure = Some(Figure::Payable);
        }
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
    // ("can you read me my blowouts" where cancelled deals are "| blowout |": the deals listed,
    // not what was clawed back; "show me every clawback" keeps its own)
    if op == Some(Op::List)
        && figure == Some(Figure::Clawback)
        && query.scope.stage.is_none()
        && !mentions(ws, crate::query::words::CLAWBACK)
        && !exact(ws, &["clawback", "clawbacks", "chargeback", "chargebacks"])
        // ("which cancellations cost me money": what was taken back, listed)
        && !exact(ws, &["cost", "costs", "money", "clawed"])
    {
        figure = Some(Figure::DealAmount);
        query.scope.stage = Some("cancelled".into());
    }
    super::resolve::listed_type(v, ws, op, figure, &mut query);
    super::resolve::listed_product(v, question, op, figure, &mut query);
    super::resolve::type_as_measure(v, op, figure, &mut query);
    query.n = super::operation::count(ws);
    // "where do I stand in the company on earnings": the rank of what is named.
    if op == Some(Op::Rank)
        && figure == Some(Figure::Attainment)
        && exact(
            ws,
            &[
                "earnings",
                "earned",
                "commission",
                "incentive",
                "incentives",
                "payout",
                "pay",
            ],
        )
    {
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
    // (not after a figure asked outright: "how much has craig made so far, is he at the bar
    // tab yet" asks his earnings, the yes or no on top)
    let asks_figure_first = matches!(
        ws,
        [a, b, ..] if a == "how" && matches!(b.as_str(), "much" | "many")
            || a == "what" && matches!(b.as_str(), "has" | "have" | "did")
    );
    let clause_words = words(&normalize(last_clause));
    // ("I must return the incentive?": second-language English for "must I", an obligation
    // the plan sets, with or without a clause before)
    let must = matches!(&clause_words[..], [a, b, ..] if matches!(a.as_str(), "i" | "we") && b == "must");
    let ends_yes_no = (must
        || clause_words
            .first()
            .is_some_and(|w| matches!(w.as_str(), "is" | "are" | "do" | "does" | "can" | "will" | "should"))
            && question.len() > last_clause.len())
        && !asks_figure_first;
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
        // (a month: "my q2 payout if the december plusstrip deal slips" keeps the quarter)
        && query.scope.period.as_deref().is_none_or(|p| p.starts_with('M'))
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

/// Whether the question asks for a list in so many words ("list my …", "show me my …").
fn op_listed(ws: &[String]) -> bool {
    ws.first()
        .is_some_and(|w| matches!(w.as_str(), "list" | "show" | "pull"))
        && !mentions(ws, &["how much", "total", "sum", "how many"])
}
