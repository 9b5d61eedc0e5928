//! Orders to change the workspace ("delete my lost deals", "close FT-61263 as won", "lower
//! her quota to 300k in the system"): the assistant only reads, so these are declined; a
//! what-if or a question of who can change it is not one.

use crate::fuzzy::mentions;
use crate::query::parse::exact;
use crate::query::vocabulary::Vocabulary;

/// Verbs that ask to change data.
const CHANGE: &[&str] = &[
    "delete",
    "remove",
    "erase",
    "drop",
    "purge",
    "wipe",
    "clear",
    "edit",
    "modify",
    "update",
    "overwrite",
    "rename",
    "reassign",
    "mark",
    // ("flag 27UN3UX8 as returned in the CRM")
    "flag",
    "tag",
    "set",
    "change",
    "fix",
    "correct",
    "approve",
    "submit",
    "recode",
    "reclassify",
    "rebook",
    "retag",
    "undo",
    "import",
    "move",
    "add",
    "grant",
    "bump",
    "flip",
    "zero",
    "reset",
    "put",
    "assign",
    "backdate",
    "redate",
    "cancel",
    "void",
];

/// What data is.
const DATA: &[&str] = &[
    "deal",
    "deals",
    // a request of the office's, not the plan's: "approve my DA claim"
    "claim",
    "claims",
    "expense",
    "expenses",
    "reimbursement",
    // the trades' words for a deal
    "quote",
    "quotes",
    "policy",
    "policies",
    "placement",
    "placements",
    "job",
    "jobs",
    "order",
    "orders",
    "list",
    "data",
    "record",
    "records",
    "crm",
    "system",
    "database",
    "workspace",
    "roster",
    "row",
    "rows",
    "entry",
    "entries",
    "line",
    "lines",
    "opportunity",
    "opportunities",
    "opps",
    "opp",
    "close date",
    "end date",
    "start date",
    "stage",
    "account",
    "roster",
    "seller",
    "history",
    "payout",
    "payouts",
    "payment",
    "commission",
    "quota",
    "plan",
    "value",
    "amount",
    "number",
    // ("delete the platte valley plumbing cancellation")
    "cancellation",
    "clawback",
];

/// Whether the question orders a change to the deals, the roster or the plan (`first`: its
/// first word that says something), rather than supposing one.
pub(super) fn asks_to_change(v: &Vocabulary, ws: &[String], first: &str, hypothetical: bool) -> bool {
    // "add up my commission", "who can correct it", "drop the on-ramp to 30%: what does it
    // cost": a sum, a question of who to ask, a what-if; not a request to change data.
    let not_change = ws.get(1).is_some_and(|w| w == "up")
        || mentions(
            ws,
            &[
                "who can",
                "who corrects",
                "who fixes",
                "who do i ask",
                "who should i",
                "who to ask",
            ],
        )
        || (crate::phrases::percent(ws).is_some() || crate::phrases::amount(ws).is_some())
            && exact(
                ws,
                &[
                    "what", "who", "whose", "how", "which", "show", "winners", "losers", "top", "bottom", "cost",
                    "spend",
                ],
            );
    // ("Please lower Violet's quota to 250k in Plansight": asked to be done, not supposed)
    let please_change = ws.windows(2).any(|w| {
        matches!(w[0].as_str(), "please" | "pls" | "plz" | "kindly")
            && matches!(
                w[1].as_str(),
                "lower" | "raise" | "increase" | "decrease" | "reduce" | "cut"
            )
    }) && !hypothetical
        && !exact(ws, &["what", "how", "who", "which", "cost", "would"]);
    // ("go ahead and set Reed's target to 5M from next robo": an order, said politely)
    // ("Can you go in and set Derek's Q3 I&M quota to 120k?": into the data, said short)
    let go_ahead = ws.windows(4).any(|w| {
        w[0] == "go" && matches!(w[1].as_str(), "ahead" | "in") && w[2] == "and" && CHANGE.contains(&w[3].as_str())
    }) && !hypothetical;
    let asks_change = please_change
        || go_ahead
        || !not_change && CHANGE.contains(&first)
        || ws.windows(2).any(|w| {
            matches!(
                w[0].as_str(),
                "please" | "pls" | "plz" | "kindly" | "can" | "could" | "you"
            ) && CHANGE.contains(&w[1].as_str())
        })
        || mentions(
            ws,
            &[
                "can you delete",
                "can you remove",
                "can you change",
                "can you update",
                "can you mark",
                // ("abeg help me mark OJP-40724 as dormant for CRM")
                "help me mark",
                "help me change",
                "help me update",
                "help me delete",
                "help me remove",
                "for crm",
                "for the crm",
                "in the system",
                "in the crm",
                "in the database",
                "in plansight",
                "in the app",
            ],
        ) && ws.iter().any(|w| CHANGE.contains(&w.as_str()));
    // "close FT-61263 as won": marking a stage, said as an order (not "how many did I move
    // to won").
    // "lower aaliyah's q4 quota to 300k in the system": a plan part changed in the data,
    // not a what-if.
    let in_the_data = mentions(
        ws,
        &[
            "in the system",
            "in the crm",
            "in the database",
            "in salesforce",
            "in plansight",
            "in the app",
            // ("can you load the Venter HHC on the system for me")
            "on the system",
            "onto the system",
            "on the crm",
            "into the crm",
            // ("go into plansight there and set the headland to 75k")
            "into plansight",
            "into the system",
        ],
    ) && {
        let verb = |w: &str| {
            matches!(
                w,
                "lower" | "raise" | "increase" | "decrease" | "reduce" | "cut" | "bump" | "set" | "change" | "make"
                    // ("can you knock Priya's Q4 quota down to 80k in Plansight")
                    | "knock" | "drop" | "push" | "move" | "put" | "update" | "edit"
                    | "load" | "capture" | "enter" | "log"
            )
        };
        // ("can you lower wilburns quota to 200k in plansight": asked of the assistant)
        // ("go into plansight there and set the headland to 75k")
        verb(first)
            || ws[0] == "go" && ws.windows(2).any(|w| w[0] == "and" && verb(&w[1]))
            // ("Can you go into the system and set Violet's monthly quota to 20k for me?")
            || ws.windows(3).any(|w| matches!(w[0].as_str(), "you" | "u") && w[1] == "go" && matches!(w[2].as_str(), "into" | "in"))
                && ws.windows(2).any(|w| w[0] == "and" && verb(&w[1]))
            // ("please lower Rohit Nair's Q3 target to 1 cr in Plansight")
            || ws
                .windows(2)
                .any(|w| matches!(w[0].as_str(), "please" | "pls" | "plz" | "kindly") && verb(&w[1]))
            || ws.windows(3).any(|w| {
                matches!(w[0].as_str(), "can" | "could" | "would" | "will")
                    && matches!(w[1].as_str(), "you" | "u")
                    && verb(&w[2])
            })
            // ("customer on GUM-11100 pulled out this morning, can you bail it in the crm for
            // me": whatever the trade's verb, something done to a record for the asker; not
            // what is read there, "can you check in the crm …", nor "can you recalculate it"):
            // a verb done to records, or the document's own word for a deal's fate ("bail")
            || ws.windows(4).any(|w| {
                matches!(w[0].as_str(), "can" | "could" | "would" | "will")
                    && matches!(w[1].as_str(), "you" | "u")
                    && matches!(w[3].as_str(), "it" | "that" | "this" | "them" | "those")
                    && (matches!(
                        w[2].as_str(),
                        "bail" | "cancel" | "close" | "mark" | "delete" | "remove" | "add" | "enter" | "log" | "capture"
                            | "load" | "fix" | "flag" | "void" | "reverse" | "kill" | "lose" | "win" | "book"
                            // (the document's word for a fate, read as the plain one by now:
                            // "bail" of "| bail | a cancelled deal |")
                            | "cancelled" | "lost" | "won"
                    ) || v.idea_words.iter().any(|(said, _)| *said == w[2]))
            })
    };
    let asks_change = asks_change || in_the_data;
    let marks_stage = mentions(
        ws,
        &["as won", "as lost", "to won", "to lost", "as closed", "to closed"],
    ) && (CHANGE.contains(&first) || matches!(first, "please" | "can" | "could" | "close"));
    // An id (letters and digits, six or more) is a record too.
    let id = ws
        .iter()
        .any(|w| w.len() >= 6 && w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(|c| c.is_alphabetic()))
        // ("GQCRMEIL": a deal's id of letters alone)
        || v.deal(ws).is_some_and(|d| d.len() >= 5);
    // "split FT-61427 50/50 with Declan": an order about one deal (not "split deals: how do
    // they count").
    let splits = id && matches!(first, "split" | "transfer" | "reassign");
    // "go ahead and lift the lid to 75k for Darcel in the plan": an order to the plan itself.
    let orders_plan = ws.len() > 2 && ws[0] == "go" && ws[1] == "ahead" && exact(ws, &["plan", "plans"])
        // "push platinum to 11% in the plan file and save it"
        || mentions(ws, &["plan file", "and save it", "save it", "save the plan", "write it to the plan"])
        // ("go ahead and change thunderhead to 11% in plan.toml": the file itself)
        || ws.iter().any(|w| w.trim_end_matches(['.', '?', '!']) == "plan.toml");
    // "take patrick off the roster and delete his deals": a destroying verb anywhere in an
    // order (not "how do I delete …").
    let destroys = !matches!(
        first,
        "how" | "what" | "why" | "when" | "can" | "could" | "does" | "do" | "is" | "should" | "will" | "would" | "if"
    ) && exact(ws, &["delete", "erase", "wipe", "purge"]);
    let asks_change = (asks_change || marks_stage || splits || orders_plan || destroys) && !not_change || orders_plan;
    // (a record said in the document's words, "the Ahmednagar Paper enquiry", or by its account)
    let record = || {
        crate::query::synonyms::plain(ws, &v.idea_words, &|_| false)
            .iter()
            .any(|w| matches!(w.as_str(), "open" | "lost" | "cancelled" | "pipeline"))
            || !v.accounts_said(&ws.join(" "), ws).is_empty()
    };
    asks_change
        && !hypothetical
        && (id
            || orders_plan
            || go_ahead && exact(ws, &["target", "targets"])
            // ("please lower Rohit Nair's Q3 target to 1 cr in Plansight")
            || in_the_data
            || record()
            // ("just FIX my Q2 pay, it's wrong": a payout mended by hand)
            // (not "correct me, but my Q2 pay looks short")
            || matches!(first, "fix" | "correct")
                && ws.iter().skip_while(|w| *w != first).nth(1).is_none_or(|w| w != "me")
                && exact(ws, &["pay", "payout", "commission", "statement", "check"])
            || ws
                .iter()
                .any(|w| DATA.contains(&w.as_str()) || DATA.contains(&w.trim_end_matches('s'))))
}
