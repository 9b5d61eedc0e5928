//! Figures said without a figure's word, by what the asker does with the money: "how much
//! did i get from <an account>", "how much I take" (Italian's "prendere"), "whats my YTD".

use super::super::parse::exact;
use super::super::{Figure, Query};
use crate::fuzzy::mentions;

/// The figure a question says by its verb or its period alone; None when it says none.
pub(in crate::query) fn figure(ws: &[String], query: &Query) -> Option<Figure> {
    let of_deals = query.scope.account.is_some() || query.scope.deal.is_some() || query.scope.product.is_some();
    // ("how much did i get from kharadi software park sd-wan": what a deal or an account paid;
    // Hindi's order too: "… sd-wan se kitna mila", from … how much did i get)
    // (the asker's getting: not "how much did Navasota get off list")
    let got_from = ws
        .windows(2)
        .any(|p| matches!(p[0].as_str(), "i" | "we") && matches!(p[1].as_str(), "get" | "got" | "take" | "took"))
        && exact(ws, &["from"]);
    // ("ciao! how much I take so far this year?": what I earn, said as Italian says it)
    let i_take = mentions(
        ws,
        &[
            "how much i take",
            "how much do i take",
            "how much i took",
            "how much did i take",
        ],
    ) && !exact(ws, &["back", "home"])
        // (nothing supposed: "how much I take with 30 mila?", "if the fasi were more
        // generous how much I take?" ask back what is supposed)
        && crate::phrases::amount(ws).is_none()
        && crate::phrases::percent(ws).is_none()
        && !exact(ws, &["if"]);
    if !query.scenario.is_none() {
        return None;
    }
    if i_take || of_deals && got_from && mentions(ws, &["how much"]) || year_to_date_owned(ws) {
        return Some(Figure::Earnings);
    }
    None
}

/// "whats my YTD", "sarah's ytd?": the year to date owned by someone, alone, is what they
/// have earned so far (not "my ytd credit", whose figure is said).
fn year_to_date_owned(ws: &[String]) -> bool {
    let Some(i) = ws.iter().rposition(|w| w == "ytd") else {
        return false;
    };
    let owned = i
        .checked_sub(1)
        .is_some_and(|j| matches!(ws[j].as_str(), "my" | "our" | "his" | "her" | "their") || ws[j].ends_with("'s"));
    let last = ws[i + 1..].iter().all(|w| {
        matches!(
            w.as_str(),
            "?" | "pls" | "please" | "now" | "so" | "far" | "looking" | "like" | "at"
        )
    });
    owned && last
}
