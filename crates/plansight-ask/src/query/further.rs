//! Follow-ups that take the previous answer further: a deal added to a distance just
//! given ("would a 5k dental case get me over it?"), the one deal just paid resized ("what
//! if it had come in at 20k"), a part of the pay just given ("how much of that is the
//! supplies side"), and every open deal just listed won ("and if it all comes in what
//! would Q3 pay").

use super::parse::{exact, Parts};
use super::{DealAmount, Figure, Op, Pipeline, Query};
use crate::fuzzy::mentions;

/// The previous answer with the deal, the size or the part the question adds, when it adds
/// one.
pub(super) fn taken_further(prev: &Query, parts: &Parts, ws: &[String], opens: bool) -> Option<Query> {
    // ("would a 5k dental case get me over it?", "and with a 20k BOR today?" after how far a
    // mark is: that distance, with the deal)
    if prev.figure == Figure::Distance
        && prev.mark.is_some()
        && prev.scenario.is_none()
        && parts.query.scenario.new_deal.is_some()
        && matches!(parts.figure, None | Some(Figure::Distance))
        && (opens || exact(ws, &["it", "there", "that"]))
    {
        let mut q = prev.clone();
        q.scenario.new_deal = parts.query.scenario.new_deal.clone();
        return Some(q);
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
            q.scope.deal = None;
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
