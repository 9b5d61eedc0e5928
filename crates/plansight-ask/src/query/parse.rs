//! Understanding a question: each part of a [`Query`] is recognised on its own (the figure,
//! the operation, whose, which measure, period, product, account, deal, stage, and the
//! what-if), so parts compose without a rule per combination. Deterministic; names come
//! from this workspace's [`Vocabulary`]. Deal names and the plan document are only ever
//! matched against, never followed.

use super::context::follow_up;
use super::vocabulary::Vocabulary;
use super::words::*;
use super::{Figure, Mark, Op, Query, Understood, Who};
use crate::fuzzy::mentions;
use crate::phrases::{normalize, periods, words};

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
    let u = understood(v, asker, question, conversation);
    super::unexplained::checked(v, &words(&normalize(question)), u)
}

/// The understood question, before its numbers are checked.
fn understood(v: &Vocabulary, asker: &str, question: &str, conversation: &super::context::Conversation) -> Understood {
    let previous = conversation.last.as_ref();
    let text = normalize(question);
    let ws = words(&text);
    if let Some(declined) = super::decline::declined(v, &ws) {
        return declined;
    }
    if let Some(h) = super::health::health(v, asker, &ws) {
        return h;
    }
    if let Some(f) = super::forecast::forecast(v, asker, &ws) {
        return f;
    }
    let parts = parts(v, asker, question, &ws);
    let opens = super::context::opens_follow_up(&ws);
    if let (Some(prev), Some(focus)) = (previous, conversation.focus.as_deref()) {
        if let Some(q) = super::context::about_focus(prev, focus, &parts, &ws, v) {
            return Understood::Answer(q);
        }
    }
    if let Some(prev) = previous.filter(|_| opens) {
        if let Some(q) = follow_up(v, prev, &parts, &ws) {
            return Understood::Answer(q);
        }
    }
    if let Some(topic) = super::rule::plan_rule(v, &ws, &parts) {
        return Understood::PlanRule { topic };
    }
    if let Some(prev) = previous {
        if let Some(q) = follow_up(v, prev, &parts, &ws) {
            return Understood::Answer(q);
        }
    }
    super::assemble::assemble(v, asker, &ws, parts)
}

/// Recognises each part of the question independently.
pub(super) fn parts(v: &Vocabulary, asker: &str, question: &str, ws: &[String]) -> Parts {
    let inputs = v.inputs;
    let plan = &inputs.plan;
    let today = inputs.as_of().clamp(plan.start, plan.end);
    let mut query = Query::default();
    let named = v.seller(question);
    // A manager asking about "my team" means theirs.
    let asker_manages = v.managers.iter().any(|m| m == asker);
    let manager = v.manager(question).or_else(|| {
        (asker_manages
            && exact(ws, &["my", "our", "mine"])
            && exact(
                ws,
                &[
                    "team",
                    "team's",
                    "reps",
                    "agents",
                    "sellers",
                    "people",
                    "group",
                    "earner",
                    "agent",
                    "rep",
                    "squad",
                    "guys",
                    "crew",
                    "aes",
                    "ae's",
                    "earners",
                    "attainers",
                    "performers",
                    "mine",
                ],
            )
            || asker_manages && mentions(ws, &["i manage", "my region", "my org", "under me", "report to me"])
            // A manager's "our most expensive payout quarter": their team's cost.
            || asker_manages && exact(ws, &["our"]) && mentions(ws, COST))
        .then(|| asker.to_string())
    });
    let personal_rank = exact(
        ws,
        &["rank", "ranked", "ranking", "position", "stand", "place", "stack", "rank-wise", "ranking-wise"],
    ) && (exact(ws, &["i", "am", "i'm"])
        || !asker_manages && exact(ws, &["my", "me"])
        || mentions(ws, &["my rank", "my position", "my place", "my ranking", "rank me"]))
        // "out of all the agents, where do my earnings put me"
        || mentions(ws, &["where do my", "where does my"]) && mentions(ws, &["put me", "place me"]);
    let team = named.is_none()
        && !personal_rank
        && (manager.is_some()
            || exact(ws, TEAM)
            || mentions(
                ws,
                &[
                    "all sellers",
                    "all reps",
                    "each seller",
                    "whole team",
                    "all agents",
                    "the agents",
                    "which seller",
                    "which rep",
                    "which agent",
                    "for us",
                    "cost us",
                    "save us",
                    "we pay",
                    "whole company",
                    "entire company",
                    "whose",
                    "company-wide",
                    "company wide",
                    "both teams",
                    "every team",
                    "i manage",
                ],
            )
            || mentions(ws, COST) && !exact(ws, &["my", "i", "me"]));
    // A manager's "team" is theirs, unless they say the whole team.
    let manager = manager.or_else(|| {
        (asker_manages
            && team
            && exact(
                ws,
                &[
                    "team", "team's", "reps", "agents", "aes", "sellers", "people", "earners",
                ],
            )
            && !mentions(
                ws,
                &[
                    "the team",
                    "the team's",
                    "whole team",
                    "entire team",
                    "all teams",
                    "everyone",
                    "the company",
                    "both teams",
                    "every team",
                    "company-wide",
                    "company wide",
                    "across the company",
                    "whole company",
                    "entire company",
                    "all agents",
                    "all reps",
                    "all sellers",
                    "all the reps",
                    "every rep",
                    "every agent",
                ],
            ))
        .then(|| asker.to_string())
    });
    let who = match (&named, team, &manager) {
        (Some(s), _, _) => Some(Who::Seller(s.clone())),
        (None, true, Some(m)) => Some(Who::TeamOf(m.clone())),
        (None, true, None) => Some(Who::Team),
        (None, false, _) if asker_manages && mentions(ws, COST) => Some(Who::TeamOf(asker.to_string())),
        _ => None,
    };
    query.scope.measure = v.measure(ws);
    // The words of a measure's name are not a product or a deal type ("Platform Expansion",
    // "Net New Bookings").
    let mut unnamed = question.to_lowercase();
    if let Some(m) = &query.scope.measure {
        let mut names = v.measure_names(m);
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        for n in names.iter().filter(|n| n.contains(' ')) {
            unnamed = unnamed.replace(n.as_str(), " ");
        }
    }
    let rest: Vec<String> = words(&normalize(&unnamed));
    let ws_rest = &rest[..];
    query.scope.product = v.product(&unnamed);
    if query.scope.measure.is_none() || query.scope.product.is_some() || rest.len() < ws.len() {
        query.scope.deal_type =
            v.deal_type(ws_rest).filter(|t| {
                // "renewals" names the Renewals measure, not only the deal type.
                query.scope.measure.as_deref().is_none_or(|m| {
                    !m.contains(t.as_str()) && !v.measure_names(m).iter().any(|n| n.contains(t.as_str()))
                })
            });
    }
    query.scope.deal = v.deal(ws);
    // A deal named is itself: "seems low for a navpoint" filters nothing.
    if query.scope.deal.is_some() {
        query.scope.product = None;
    }
    if query.scope.deal.is_none() {
        query.scope.account = v.account(question, ws);
    }
    // A deal named has its own stage: "OPP-21363 fell through" filters nothing.
    query.scope.stage = super::scope::stage(ws).filter(|_| query.scope.deal.is_none());
    query.scenario = super::scenario::what_if(v, asker, ws, &query.scope);
    // A product that a measure credits alone names that measure ("my navpoint quota").
    if let Some(p) = query
        .scope
        .product
        .as_ref()
        .filter(|_| query.scenario.new_deal.is_none())
    {
        if let Some(m) = plan.measures.iter().find(|m| {
            m.products
                .as_deref()
                .is_some_and(|ps| ps.len() == 1 && ps[0] == p.to_lowercase())
        }) {
            if query.scope.measure.as_deref().is_none_or(|x| x == m.id) {
                query.scope.measure = Some(m.id.clone());
                query.scope.product = None;
            }
        }
    }
    // The pipeline won is a what-if: the stage it names is not the scope.
    if query.scenario.pipeline.is_some() {
        query.scope.stage = None;
    }
    // A plan change is a design question: its "team" is the whole team, unless the
    // manager says theirs ("my team's cost if …") or names another's.
    let who = match who {
        Some(Who::TeamOf(m))
            if query.scenario.lever.is_some()
                && m == asker
                && v.manager(question).is_none()
                && !mentions(
                    ws,
                    &[
                        "my team",
                        "my team's",
                        "our team",
                        "my reps",
                        "my agents",
                        "my people",
                        "my sellers",
                        "my aes",
                        "my ae's",
                        "my group",
                        "my group's",
                        "my org",
                        "my org's",
                        "my reps'",
                    ],
                ) =>
        {
            Some(Who::Team)
        }
        None if asker_manages && query.scenario.lever.is_some() => Some(Who::Team),
        who => who,
    };
    // The parts a what-if owns are not the scope: a new deal's product, the deal moved,
    // the measure a lever changes, the month a deal closes in.
    let w = &query.scenario;
    if let Some(d) = &w.new_deal {
        if d.product.is_some() {
            query.scope.product = None;
        }
        if d.deal_type.is_some() {
            query.scope.deal_type = None;
        }
    }
    if w.move_deal.is_some() || w.deal_amount_to.is_some() {
        query.scope.deal = None;
    }
    // "a 6k GTX Plus Pro new logo": the new deal's type, not the New Logo measure; "a 200k
    // deal - new arr attainment then?": the measure (a figure follows its name), not a type.
    if let (Some(t), Some(m)) = (
        query.scenario.new_deal.as_ref().and_then(|d| d.deal_type.clone()),
        query.scope.measure.clone(),
    ) {
        let joined = format!(" {} ", ws.join(" "));
        let said_once = v
            .measure_names(&m)
            .into_iter()
            .filter(|n| n.contains(' ') && n.contains(t.as_str()))
            .find(|n| joined.matches(&format!(" {n} ")).count() == 1);
        if let Some(n) = said_once {
            let after = joined
                .split(&format!(" {n} "))
                .nth(1)
                .and_then(|rest| rest.split_whitespace().next())
                .unwrap_or("");
            let figure_follows = matches!(
                after.trim_end_matches("'s"),
                "attainment"
                    | "credit"
                    | "quota"
                    | "commission"
                    | "earnings"
                    | "pay"
                    | "payout"
                    | "%"
                    | "number"
                    | "rate"
                    | "tier"
                    | "bookings"
            );
            if figure_follows {
                if v.deal_type(ws_rest).is_none() {
                    if let Some(d) = query.scenario.new_deal.as_mut() {
                        d.deal_type = None;
                    }
                }
            } else {
                query.scope.measure = None;
            }
        }
    }
    // A deal the question says closes "today" closes on the as-of date, the default.
    if let Some(d) = query.scenario.new_deal.as_mut() {
        if exact(ws, &["today", "now"]) && d.close_date.as_deref() == Some(today.to_string().as_str()) {
            d.close_date = None;
        }
    }
    let w = &query.scenario;
    let closing = w
        .new_deal
        .as_ref()
        .and_then(|d| d.close_date.clone())
        .or_else(|| w.move_deal.as_ref().map(|m| m.close_date.clone()));
    // "I started in June": when the asker started, not the period asked about.
    let dated: Vec<String> = ws
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            // "since jan": the year to date, not January; "started oct 16th": a start date.
            !(*i >= 1
                && matches!(ws[i - 1].as_str(), "since" | "started" | "joined" | "hired" | "began" | "start")
                && crate::phrases::month_number(&ws[*i]).is_some()
                || *i >= 2
                && ws[i - 1] == "in"
                && matches!(ws[i - 2].as_str(), "started" | "joined" | "hired" | "began" | "start")
                // "in March instead of May": the date it had, not a period asked about.
                || *i >= 2 && (ws[i - 2] == "instead" && ws[i - 1] == "of" || ws[i - 2] == "rather" && ws[i - 1] == "than"))
        })
        .map(|(_, w)| w.clone())
        .collect();
    let mut found = periods(&dated, plan.start, today);
    // "a 1M annual quota", "the annual maximum": the lever's own period, not the one asked.
    if query.scenario.lever.is_some()
        && !mentions(
            ws,
            &[
                "this year",
                "the year",
                "fy",
                "full year",
                "whole year",
                "plan year",
                "my year",
                "this yr",
            ],
        )
    {
        found.retain(|p| p != "FY");
    }
    if let Some(c) = closing.and_then(|c| c.parse::<chrono::NaiveDate>().ok()) {
        // The close date's month (or quarter, when only a quarter was said) is not a period asked about.
        // (a month past the plan year's end, "slipped into january", is still its month word)
        let m = plansight_plan::calendar::month_index(plan.start, c).rem_euclid(12);
        let month = format!("M{:02}", m + 1);
        let quarter = format!("Q{}", m / 3 + 1);
        let had_month = found.contains(&month);
        // Unless the month is said twice: "a renewal in Feb: my attainment for Feb".
        let said = |m: u32| ws.iter().filter(|w| crate::phrases::month_number(w) == Some(m)).count();
        // Or the period is "this month" and an attainment is asked ("say I close 10k of MG
        // Advanced this month, what's my MG attainment"): the deal's month is the one asked.
        // (a measure whose quota is for that period: MG's monthly attainment this month)
        let period_kind = |k: plansight_plan::PeriodKind| {
            query
                .scope
                .measure
                .as_deref()
                .and_then(|m| plan.measures.iter().find(|x| x.id == m))
                .is_some_and(|m| m.quota_period == k)
        };
        let this_period_attainment = (mentions(ws, &["this month"])
            && period_kind(plansight_plan::PeriodKind::Monthly)
            || mentions(ws, &["this quarter"]) && period_kind(plansight_plan::PeriodKind::Quarterly))
            && (mentions(ws, &["attainment"]) || exact(ws, &["%"]));
        if said(chrono::Datelike::month(&c)) < 2 && !this_period_attainment {
            found.retain(|p| *p != month && (had_month || *p != quarter));
        }
    }
    // "from Q2 to Q3": the later one is asked about, against the earlier.
    // "from October to November", "from Q2 to Q3".
    let from_to = found.len() == 2 && exact(ws, &["from"]) && exact(ws, &["to", "till", "until", "through"]);
    if from_to {
        found.swap(0, 1);
    }
    // "what's hitting my bank account in january for Q4": paid in one, earned for the other.
    if found.len() == 2 && !from_to && !super::operation::compares(ws) && !exact(ws, &["and", "or", "than"]) {
        let for_period = ws.windows(2).find_map(|w| {
            (w[0] == "for")
                .then(|| crate::phrases::periods(&w[1..], plan.start, today))
                .and_then(|p| p.into_iter().next())
        });
        if let Some(p) = for_period.filter(|p| found.contains(p)) {
            found = vec![p];
        }
    }
    query.scope.period = found.first().cloned();
    query.scope.versus = found.get(1).cloned();
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
            PayoutCap => not_figure.push("payout".into()),
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
    let without =
        |words: &[String]| -> Vec<String> { words.iter().filter(|w| !not_figure.contains(w)).cloned().collect() };
    // A measure's name is the figure only when nothing else is: "what did Net New Bookings
    // pay me" asks for earnings, "worst quarter for hardware bookings" for its credit.
    let (mut figure, mark) = match super::figure::figure(v, &without(&rest), &query) {
        (None, mark) => {
            let (f, m) = super::figure::figure(v, &without(ws), &query);
            (f, mark.or(m))
        }
        found => found,
    };
    // A tier the document names belongs to its measure ("how far am I from Lift").
    if query.scope.measure.is_none() {
        if let Some(super::terms::Term::Tier(mi, ti)) = v.terms_in(ws).first().copied() {
            // The plan's first measure is the one a one-measure figure reads anyway.
            if v.accelerator != Some((mi, ti)) && mi > 0 {
                query.scope.measure = Some(plan.measures[mi].id.clone());
            }
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
            ],
        )
    {
        figure = Some(Figure::Cost);
    }
    // Pace is over the year by definition: "for the year" adds nothing to it.
    if figure == Some(Figure::Pace) && query.scope.period.as_deref() == Some("FY") {
        query.scope.period = None;
    }
    if figure == Some(Figure::DealAmount) && !query.scenario.is_none() && !exact(ws, &["how many", "size"]) {
        figure = Some(Figure::Earnings);
    }
    if let Some(l) = &query.scenario.lever {
        // Unless the measure is named for the figure too: "my MG earnings if the MG quota were 6k".
        // (or the lever is named by the document's word for it: "the waterline at 10%,
        // my implant commish")
        let named_twice = query.scope.measure.as_deref().is_some_and(|m| {
            let joined = format!(" {} ", ws.join(" "));
            let said = |n: &String| joined.matches(&format!(" {n} ")).count();
            let names = v.measure_names(m);
            // (the measure said apart from the term's own words: not "the MG step-up")
            let mut apart = joined.clone();
            // (a name of the plan's own, not a title that is the domain word: "Threshold.")
            const PLAIN: &[&str] = &[
                "threshold",
                "cap",
                "attainment",
                "gate",
                "tier",
                "band",
                "rate",
                "limit",
                "payout",
            ];
            let own = |t: &str| t.split_whitespace().any(|w| !PLAIN.contains(&w));
            for (term, _) in v
                .terms
                .iter()
                .filter(|(t, _)| own(t) && joined.contains(&format!(" {t} ")))
            {
                apart = apart.replace(&format!(" {term} "), " ");
            }
            let said_apart = |n: &String| apart.matches(&format!(" {n} ")).count();
            names.iter().any(|n| n.len() >= 2 && said(n) >= 2)
                || apart != joined && names.iter().any(|n| n.len() >= 2 && said_apart(n) >= 1)
        });
        if l.measure == query.scope.measure
            && !named_twice
            && !matches!(
                figure,
                Some(Figure::Attainment | Figure::Credit | Figure::Quota | Figure::Rate | Figure::Distance)
            )
        {
            query.scope.measure = None;
        }
    }
    // "GTX Pro" names a product; the measure its series words also name is not asked.
    let product = query
        .scope
        .product
        .clone()
        .or_else(|| query.scenario.new_deal.as_ref().and_then(|d| d.product.clone()));
    if let (Some(p), Some(m)) = (&product, &query.scope.measure) {
        // Unless the measure is named apart from the product ("my GTX attainment if I book
        // 20k of GTX Basic").
        let apart = super::scope::without_name(ws, p);
        if plan.measures.iter().any(|x| {
            x.id == *m && !mentions(ws, &[x.name.to_lowercase().as_str()]) && v.measure(&apart).as_deref() != Some(m)
        }) {
            query.scope.measure = None;
        }
    }
    super::scope::counted_by_type(v, question, ws, figure, &mut query);
    // A clawback is of cancelled deals by definition.
    if figure == Some(Figure::Clawback) && query.scope.stage.as_deref() == Some("cancelled") {
        query.scope.stage = None;
    }
    // A deal type the measure credits alone filters nothing ("first ascent on new logos").
    if let (Some(t), Some(m)) = (&query.scope.deal_type, &query.scope.measure) {
        if plan
            .measures
            .iter()
            .any(|x| x.id == *m && x.deal_types.as_deref() == Some(std::slice::from_ref(t)))
        {
            query.scope.deal_type = None;
        }
    }
    let mut op = super::operation::op(ws, &query, team);
    // "farthest off the threshold": the largest distance (furthest behind in attainment is
    // the lowest).
    if op == Some(Op::Bottom) && mark.is_some() && exact(ws, &["farthest", "furthest"]) {
        op = Some(Op::Top);
    }
    // "list my renewals": the deals of that type, not the Renewals measure.
    if op == Some(Op::List) && query.scope.deal_type.is_none() && figure.is_none_or(|f| f == Figure::DealAmount) {
        if let (Some(t), Some(m)) = (v.deal_type(ws), query.scope.measure.clone()) {
            if v.measure_names(&m).iter().any(|n| n.contains(t.as_str())) {
                query.scope.deal_type = Some(t);
                query.scope.measure = None;
            }
        }
    }
    query.n = super::operation::count(ws);
    // A deal explained is explained whole: "OPP-20435 took money off me in june?? explain".
    if op == Some(Op::Explain) && query.scope.deal.is_some() {
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
