//! What a what-if takes from the scope: the parts it owns are no filters (a new deal's
//! product, the deal moved, the pay a change takes is no lost deals), and a plan change's
//! "team" is the whole team unless a manager says theirs.

use super::parse::exact;
use super::vocabulary::Vocabulary;
use super::words::LOSE;
use super::{Query, Who};
use crate::fuzzy::mentions;

/// "services quota up to 120k - what does chris lose?", "shrink the crawler fleet deal to
/// 35k, what do i lose": the pay a plan change, or a deal's new size or date, takes; no lost
/// deals.
pub(super) fn no_lost_deals_for_pay_lost(ws: &[String], query: &mut Query) {
    let pay_lost = query.scenario.lever.is_some()
        && exact(ws, LOSE)
        && !exact(ws, &["deal", "deals", "opportunities", "opps", "orders", "policies"])
        || (query.scenario.deal_amount_to.is_some() || query.scenario.move_deal.is_some())
            && ws.windows(2).any(|p| {
                matches!(p[0].as_str(), "i" | "he" | "she" | "they" | "we" | "i'd" | "id")
                    && matches!(p[1].as_str(), "lose" | "loses" | "lost")
            });
    if pay_lost && query.scope.stage.as_deref() == Some("lost") {
        query.scope.stage = None;
    }
}

/// A plan change is a design question: its "team" is the whole team, unless the manager
/// says theirs ("my team's cost if …") or names another's.
pub(super) fn plan_change_team(
    v: &Vocabulary,
    asker: &str,
    question: &str,
    ws: &[String],
    asker_manages: bool,
    who: Option<Who>,
    query: &Query,
) -> Option<Who> {
    match who {
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
                        "my desk",
                        "my desk's",
                        "my route",
                        "my routes",
                        "my patch",
                        "my territory",
                        "my brokers",
                        "my producers",
                        "my consultants",
                        "my engineers",
                        "my estimators",
                        "my floor",
                        "my salespeople",
                        // ("which 3 of my estimators lose the most")
                        "of my",
                    ],
                )
                && !mentions(ws, super::words::MY_PLACE) =>
        {
            Some(Who::Team)
        }
        // ("which 3 of my estimators lose the most": a manager's own, by any name)
        None if asker_manages && query.scenario.lever.is_some() && mentions(ws, &["of my", "my estimators"]) => {
            Some(Who::TeamOf(asker.to_string()))
        }
        None if asker_manages && query.scenario.lever.is_some() => Some(Who::Team),
        who => who,
    }
}

/// The parts a what-if owns are not the scope: a new deal's product and type, the deal moved
/// or resized, with its account, product or type said with it.
pub(super) fn owned_parts_unfiltered(v: &Vocabulary, ws: &[String], query: &mut Query) {
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
        // (the deal said by its account: the account, and the product or type said with
        // it, "the Hanley Trucking auto", are the deal's, not filters)
        // ("the LEPH90QI listing": the deal's own type, said as its noun)
        let named = w
            .move_deal
            .as_ref()
            .map(|m| &m.deal)
            .or(w.deal_amount_to.as_ref().map(|d| &d.deal));
        let its_type = named
            .and_then(|id| v.inputs.lines.iter().find(|l| l.id.eq_ignore_ascii_case(id)))
            .and_then(|l| l.deal_type.as_deref());
        if query.scope.deal.is_none() && query.scope.account.take().is_some()
            || its_type.is_some_and(|t| {
                query
                    .scope
                    .deal_type
                    .as_deref()
                    .is_some_and(|s| s.eq_ignore_ascii_case(t))
            })
        {
            query.scope.product = None;
            query.scope.deal_type = None;
        }
        query.scope.deal = None;
    }
    // ("raise the lawn quota to 12k" where the Green Side Incentive pays on Lawn Care Annual:
    // a word of a product the lever's measure credits, said before the quota, names the
    // measure, no filter)
    let credited =
        |p: &str| {
            let measure = query.scenario.lever.as_ref().and_then(|l| l.measure.as_deref());
            v.inputs.plan.measures.iter().any(|x| {
                Some(x.id.as_str()) == measure && x.products.iter().flatten().any(|q| q.eq_ignore_ascii_case(p))
            })
        };
    let before_quota = |p: &str| {
        let words: Vec<String> = p.to_lowercase().split_whitespace().map(str::to_string).collect();
        ws.windows(2)
            .any(|w| words.contains(&w[0]) && matches!(w[1].as_str(), "quota" | "quotas" | "target" | "number"))
    };
    if query
        .scope
        .product
        .as_deref()
        .is_some_and(|p| credited(p) && before_quota(p))
    {
        query.scope.product = None;
    }
}
