//! The figure of a question about the draw: its balance, what it recovered, what it
//! advanced, or the pay with it settled.

use crate::fuzzy::mentions;
use crate::query::parse::exact;
use crate::query::terms::Term;
use crate::query::Figure;

/// "Total paid to me this year with the dig-out in it": the pay, the draw counted in it.
pub(super) fn counted_in_pay(ws: &[String]) -> bool {
    // ("total paid out to me this yr w/ the spot"; not "my draw balance with all payouts")
    (mentions(ws, &["in it", "included", "and all"])
        || exact(ws, &["including", "incl", "inclusive"])
        // ("total paid out to me this yr w the float")
        || exact(ws, &["with", "w/", "w"]) && !exact(ws, &["balance", "owe", "owed", "recovered", "recovery", "left"]))
        // ("total wey dem don pay me from january till now, mobi inclusive")
        && (exact(ws, &["paid", "payout", "payouts", "check", "cheque", "paycheck"]) || mentions(ws, &["pay me"]))
        && exact(ws, &["total", "all", "altogether", "overall"])
}

/// Which of the draw's figures a question that names the draw asks for (`payable`: the
/// question asks what was paid; `named`: the plan's words it says).
pub(super) fn figure(ws: &[String], payable: bool, named: &[Term]) -> Figure {
    if mentions(
        ws,
        &[
            "paid back all",
            "paid it all back",
            "fully repaid",
            "all of my draw",
            "all of her draw",
            "all of his draw",
            // ("wheres my draw at": where it stands)
            "where's my",
            "wheres my",
            "where is my",
            // ("where's the spot at" where the draw is "the spot"; not "where's the draw
            // recovery for March?")
            "where's the draw",
            "wheres the draw",
            "where is the draw",
            // ("how deep in the hole am i on the ramp draw")
            "in the hole",
            // ("how deep am i in the unga now")
            "how deep",
            // ("how much is my team into the tab right now")
            "into the",
        ],
    )
    // ("where's the spot at" where the draw is "the spot": the draw's own name, where it stands)
    || mentions(ws, &["where's the", "wheres the", "where is the"])
        && named.iter().any(|t| matches!(t, Term::Draw))
        && !exact(ws, &["recovery", "recovered", "advanced", "paid"])
    // ("whats my standby at" where the draw is Standby Pay: where it stands, its last word)
    || ws.iter().rev().find(|w| !matches!(w.as_str(), "?" | "." | "now" | "rn")).is_some_and(|w| w == "at")
        && mentions(ws, &["what's my", "whats my", "what is my", "wats my"])
        && !exact(ws, &["recovery", "recovered", "advanced", "paid"])
        || exact(
        ws,
        &[
            "balance",
            "balances",
            // (typed in a hurry: "whats my launch pad balence at")
            "balence",
            "ballance",
            "carrying",
            "carry",
            "owe",
            "owes",
            "owed",
            // ("how much of vale I am owing to the company")
            "owing",
            "outstanding",
            "remaining",
            "deficit",
            "left",
        ],
    )
        // ("how much of it is still owed"; not "still pretty new here, …": a story's opening)
        // (nor "I'm still figuring out how the steady cheque works. How much of it have I paid
        // back so far?": what was paid back)
        || ws.iter().enumerate().skip(1).any(|(i, w)| {
            // (not "still figuring out the float thing. how much did they front me": the asker
            // still learning, nothing still owed)
            w == "still"
                && !ws
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.as_str(), "figuring" | "learning" | "new" | "getting" | "working"))
        }) && !(mentions(ws, &["how much"]) && mentions(ws, &["paid back", "repaid", "paid off"]))
        // ("have I paid it off": whether any is left; not "how much have I paid off so far")
        || mentions(ws, &["paid off"]) && !mentions(ws, &["how much"])
    {
        Figure::DrawBalance
    } else if (mentions(
            ws,
            &[
                "recover",
                "recovered",
                "take back",
                "took back",
                "take it back",
                "recovery",
                "repaid",
                "repay",
                // ("how much of my draw got eaten in Q2?")
                "eaten",
                "paid back",
                // ("how much sampan i return back already ah", "The Anticipo, how much I have
                // already given back of it?")
                "return back",
                "given back",
                "gave back",
                "returned back",
                // ("how much of the fodder advance have I paid off so far")
                "paid off",
                "paying back",
                "pay back",
                "recouped",
                "taken back",
                "clawed",
                "came out of",
                "come out of",
                // ("how much standby came back out of my september pay")
                "back out of",
                "taken out of",
                "took out of",
                "deducted",
            ],
        )
            // "did they take any of the Metronome back"
            || exact(ws, &["take", "took", "taken", "taking"]) && exact(ws, &["back"])
            // ("have i paid any of the float back yet")
            || super::super::words::verb_then(ws, &["paid", "repaid", "paying"], &["back", "off"]))
        && !exact(ws, &["after"])
        // ("this month payable including Omamori recovery": the pay, the recovery counted in)
        && !(exact(ws, &["payable", "net"]) && exact(ws, &["including", "incl", "with", "after"]))
    {
        Figure::DrawRecovered
    } else if mentions(
        ws,
        &[
            "paid me",
            "pay me",
            "been paid",
            "received",
            "have i got",
            "did i get",
            "given me",
            // ("How much steady pay have I been given so far?")
            "been given",
            "paid out to",
            "paid to",
            // ("how much biscuit tin have we paid out across my desk")
            "have we paid out",
            "we paid out",
            "topped",
            "top me up",
            "top-up",
            "topup",
            "topped up",
            "advanced",
            "fronted",
            "front me",
        ],
    ) && !mentions(
        ws,
        &[
            "after",
            // ("what did november pay me once the standing order was sorted out")
            "once",
            "recover",
            "recovering",
            "net of",
            "less",
            "including",
            "included",
            "incl",
            "plus",
            // ("total i've been paid this year counting the launch pad", "float and all")
            "counting",
            "and all",
        ],
    ) {
        Figure::DrawAdvanced
    } else if payable
            || exact(ws, &["pay", "paid"])
            // ("ok and net of the draw?": the pay with the draw settled)
            || mentions(
                ws,
                &["net of the", "net of my", "after the draw", "after my draw", "after the advance", "after my advance", "minus the", "less the"],
            )
            // ("and after the sunrise?" where the draw is the Sunrise Advance)
            || exact(ws, &["after"]) && named.contains(&Term::Draw)
            || exact(ws, &["once"])
            // ("whats my total for march with the float counted": the pay, the draw in it)
            || exact(ws, &["counted", "included", "including", "incl", "counting", "factored"])
    {
        Figure::Payable
    } else {
        Figure::DrawAdvanced
    }
}
