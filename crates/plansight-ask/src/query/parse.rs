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
}

/// Understands `question`, asked by `asker` (the seller the app or `--seller` chose);
/// `previous` is the last query of the conversation, for follow-ups.
pub fn understand(v: &Vocabulary, asker: &str, question: &str, previous: Option<&Query>) -> Understood {
    let text = normalize(question);
    let ws = words(&text);
    if let Some(declined) = super::decline::declined(&ws) {
        return declined;
    }
    let parts = parts(v, asker, question, &ws);
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
    let named = v.seller(question, ws);
    let manager = v.manager(question);
    let team = named.is_none() && (manager.is_some() || mentions(ws, TEAM));
    let who = match (&named, team, &manager) {
        (Some(s), _, _) => Some(Who::Seller(s.clone())),
        (None, true, Some(m)) => Some(Who::TeamOf(m.clone())),
        (None, true, None) => Some(Who::Team),
        _ => None,
    };
    let _ = asker;
    query.scope.measure = v.measure(ws);
    query.scope.product = v.product(question);
    if query.scope.measure.is_none() || query.scope.product.is_some() {
        query.scope.deal_type = v.deal_type(ws).filter(|t| {
            // "renewals" names the Renewals measure, not only the deal type.
            query.scope.measure.as_deref().is_none_or(|m| !m.contains(t.as_str()))
        });
    }
    query.scope.deal = v.deal(ws);
    if query.scope.deal.is_none() {
        query.scope.account = v.account(question, ws);
    }
    query.scope.stage = stage(ws);
    query.scenario = super::scenario::what_if(v, asker, ws, &query.scope);
    let dated = query.scenario.new_deal.as_ref().is_some_and(|d| d.close_date.is_some())
        || query.scenario.move_deal.is_some();
    if !dated {
        let found = periods(ws, plan.start, today);
        query.scope.period = found.first().cloned();
        query.scope.versus = found.get(1).cloned();
    }
    let (figure, mark) = figure(v, ws, &query);
    let op = op(ws, &query, team);
    query.n = count(ws);
    let personal = mentions(ws, &["my", "i", "me", "i'm", "im", "am", "mine", "i've", "ive"]);
    Parts {
        figure,
        mark,
        op,
        who,
        query,
        personal,
    }
}

/// Which deals a question counts: lost, open, cancelled (won is the default and absent).
fn stage(ws: &[String]) -> Option<String> {
    if mentions(ws, &["lost", "lose", "losses", "lost deals"]) && !mentions(ws, &["lose most", "lose the most", "lost most"]) {
        Some("lost".into())
    } else if mentions(ws, &["open", "pipeline deals", "in progress", "still open", "engaging", "prospecting"])
        && !mentions(ws, &["pipeline closes", "open deals close", "if all", "if my open"])
    {
        Some("open".into())
    } else if mentions(ws, &["cancelled", "canceled", "cancellations"]) && mentions(ws, &["how many", "which", "list"]) {
        Some("cancelled".into())
    } else {
        None
    }
}

/// The figure the question asks for, and the mark of a distance.
fn figure(v: &Vocabulary, ws: &[String], q: &Query) -> (Option<Figure>, Option<Mark>) {
    let mark = if v.says_accelerator(ws) {
        Some(Mark::Accelerator)
    } else if mentions(ws, &["threshold", "minimum attainment", "gate"]) {
        Some(Mark::Threshold)
    } else if mentions(ws, &["next tier", "next band", "next level", "tier", "band", "next rate"]) {
        Some(Mark::NextTier)
    } else if mentions(ws, &["cap", "capped", "ceiling", "max out", "maxed"]) {
        Some(Mark::Cap)
    } else {
        None
    };
    let draw = mentions(ws, &["draw", "draws", "advance"]);
    let f = if mentions(ws, COST) {
        Some(Figure::Cost)
    } else if draw && mentions(ws, &["balance", "owe", "owed", "outstanding", "still", "remaining", "left", "deficit"]) {
        Some(Figure::DrawBalance)
    } else if draw && mentions(ws, &["recover", "recovered", "recovery", "repaid", "repay", "paid back", "recouped", "taken back", "clawed"]) {
        Some(Figure::DrawRecovered)
    } else if draw {
        Some(Figure::DrawAdvanced)
    } else if mentions(ws, CLAWBACK) {
        Some(Figure::Clawback)
    } else if mentions(ws, BONUS) {
        Some(Figure::Bonus)
    } else if mark.is_some() && mentions(ws, DISTANCE) {
        Some(Figure::Distance)
    } else if mentions(ws, PACE) {
        Some(Figure::Pace)
    } else if mentions(ws, RATE) && !q.scenario.lever.as_ref().is_some_and(|l| l.kind == super::LeverKind::Rate) {
        Some(Figure::Rate)
    } else if mentions(ws, ATTAINMENT) {
        Some(Figure::Attainment)
    } else if mentions(ws, &["quota", "quotas", "target", "number"]) && !mentions(ws, EARN) && q.scenario.lever.is_none() {
        Some(Figure::Quota)
    } else if mentions(ws, COUNT) {
        Some(Figure::DealCount)
    } else if mentions(ws, CREDIT) {
        Some(Figure::Credit)
    } else if mentions(ws, DEAL_AMOUNT) || q.scope.stage.is_some() && mentions(ws, &["how much", "worth", "value"]) {
        Some(Figure::DealAmount)
    } else if mentions(ws, PAYABLE) && !mentions(ws, &["pays the most", "paid the most", "paying", "pays most"]) {
        Some(Figure::Payable)
    } else if mentions(ws, EARN) {
        Some(Figure::Earnings)
    } else if mark.is_some() && mentions(ws, &["how much", "need", "to go"]) {
        Some(Figure::Distance)
    } else {
        None
    };
    (f, mark)
}

/// The operation the question asks for, when it names one.
fn op(ws: &[String], q: &Query, team: bool) -> Option<Op> {
    let period_ranked = mentions(ws, &["quarter", "month", "period", "quarters", "months"])
        && q.scope.period.is_none()
        && mentions(ws, &["which", "what", "best", "worst", "strongest", "weakest"]);
    let best = mentions(ws, BEST);
    let worst = mentions(ws, WORST);
    if mentions(ws, &["why", "explain", "breakdown", "break down", "calculated", "how come", "where does", "walk me"])
        && (q.scope.deal.is_some() || q.scope.account.is_some())
    {
        return Some(Op::Explain);
    }
    if mentions(ws, &["rank", "ranked", "ranking", "leaderboard", "position", "place"]) && !team {
        return Some(Op::Rank);
    }
    if period_ranked && (best || worst) {
        return Some(if worst { Op::WorstPeriod } else { Op::BestPeriod });
    }
    if q.scope.versus.is_some() || mentions(ws, &["compare", "compared", "versus", "vs"]) && q.scenario.is_none() {
        return Some(Op::Compare);
    }
    if worst || mentions(ws, &["lose most", "lose the most", "lost most", "hurt most", "closest", "nearest"]) {
        return Some(Op::Bottom);
    }
    if best || team && mentions(ws, &["who", "which seller", "which sellers", "which rep", "which reps"]) {
        return Some(Op::Top);
    }
    if mentions(ws, &["list", "show me my deals", "which deals", "what deals", "which of my deals", "show my deals"]) {
        return Some(Op::List);
    }
    None
}

/// How many, for top and bottom: "top 3", "five biggest".
fn count(ws: &[String]) -> Option<u32> {
    const NUMBERS: [&str; 10] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    for (i, w) in ws.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| ws[j].as_str());
        let n = w
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=50).contains(n))
            .or_else(|| NUMBERS.iter().position(|x| x == w).map(|p| p as u32 + 1));
        let Some(n) = n else { continue };
        let after = ws.get(i + 1).map(String::as_str);
        if matches!(before, Some("top" | "bottom" | "best" | "biggest" | "largest" | "worst" | "smallest" | "first" | "last"))
            || after.is_some_and(|a| BEST.contains(&a) || WORST.contains(&a) || matches!(a, "deals" | "sellers" | "reps" | "people"))
        {
            return Some(n);
        }
    }
    None
}
