//! Questions about what the plan says ("is there a cap?", "how does the draw work?",
//! "when are commissions paid?", "do renewals count toward quota?"): answered from the plan
//! document, not from anyone's figures.

use super::parse::exact;
use super::parse::Parts;
use super::vocabulary::Vocabulary;
use crate::fuzzy::mentions;

/// Words of the plan's rules.
const RULE: &[&str] = &[
    "threshold",
    "cap",
    "capped",
    "maximum",
    "limit",
    "clawback",
    "claw",
    "cancel",
    "cancelled",
    "cancellation",
    "draw",
    "split",
    "splits",
    "rule",
    "rules",
    "policy",
    "bonus",
    "bonuses",
    "dispute",
    "disputes",
    "amend",
    "eligible",
    "eligibility",
    "definition",
    "mean",
    "means",
    "work",
    "works",
    "retroactive",
    "retro",
    "marginal",
    "multi-year",
    "count toward",
    "count towards",
    "counts toward",
    "counts towards",
    "proration",
    "prorated",
    "tier",
    "tiers",
    "accelerator",
    "spiff",
    "recoverable",
    "appeal",
    "terminated",
    "leave",
    "quit",
    // (a deal two sellers signed: how it splits)
    "co-signed",
    "cosigned",
    "co-sold",
    "count",
    "counts",
    "disagree",
    "final say",
    "anything extra",
    "extra",
    "credit memo",
    "paid out",
    "payroll",
    "top out",
    "tops out",
    "reduced",
    "pro-rated",
    "pro rata",
    "counted",
    "clawed",
    "under this plan",
    "under the plan",
    "included",
    "include",
    "includes",
];

/// The topic, when the question asks what the plan says.
pub(super) fn plan_rule(v: &Vocabulary, ws: &[String], parts: &Parts) -> Option<String> {
    let q = &parts.query;
    if q.scenario.lever.is_some()
        || q.scenario.new_deal.is_some()
        || q.scenario.move_deal.is_some()
        || !q.scenario.saved.is_empty()
    {
        return None;
    }
    // Where someone ranks is a figure, never a rule.
    if parts.op == Some(super::Op::Rank) {
        return None;
    }
    // ("how is my pace?", "how's my attainment looking": the figure, in short)
    if mentions(ws, &["how is my", "how's my", "hows my"])
        && parts.figure.is_some()
        && (ws.len() <= 4 || ws.len() <= 6 && exact(ws, &["looking", "doing", "going", "now"]))
        && !exact(
            ws,
            &[
                "calculated",
                "computed",
                "worked",
                "work",
                "determined",
                "set",
                "paid",
                "decided",
            ],
        )
    {
        return None;
    }
    let first = ws.first().map(String::as_str).unwrap_or("");
    // ("is my quota lower since i only started in april?": the plan's proration for a
    // starter, asked yes or no)
    // ("i started mid april - is my quota lower because of that?": its last clause asks)
    // ("i only started in august is my quota lower": dictated, the question runs on)
    // (not "what is my quota": that asks for the figure)
    let asks_yes_no = ws.windows(3).any(|p| {
        !matches!(
            p[0].as_str(),
            "what" | "whats" | "how" | "where" | "which" | "who" | "when"
        ) && matches!(p[1].as_str(), "is" | "does" | "will" | "should")
            && matches!(p[2].as_str(), "my" | "the" | "it" | "that" | "there")
    });
    if (matches!(first, "is" | "does" | "do" | "will" | "should" | "am" | "was") || parts.ends_yes_no || asks_yes_no)
        && exact(ws, &["quota", "target"])
        && mentions(
            ws,
            &[
                "started in",
                "only started",
                "i started",
                "started mid",
                "joined mid",
                "joined in",
                "i joined",
                "new hire",
                "mid-year",
                "mid year",
                "prorated",
                "pro-rated",
            ],
        )
    {
        return Some(topic(ws));
    }
    // ("do I get credited on the close value or the list price", "do i get credit when the
    // contract is signed or when the group arrives": which way the plan credits, a rule)
    if matches!(first, "do" | "does" | "is" | "am" | "will" | "are")
        && exact(ws, &["credit", "credited", "counted"])
        && exact(ws, &["or"])
        && crate::phrases::amount(ws).is_none()
        && parts.query.scope.deal.is_none()
        // (not "more credit this quarter or last": a comparison of figures)
        && parts.query.scope.period.is_none()
        && !exact(ws, &["more", "less", "most", "least"])
    {
        return Some(topic(ws));
    }
    // ("does a deal i mark won at 11pm on 31 may count for may": the plan's cut-off for a
    // month, which the close date decides)
    let time_of_day = |w: &String| {
        matches!(w.as_str(), "midnight" | "11:59" | "23:59")
            || w.strip_suffix("pm")
                .or_else(|| w.strip_suffix("am"))
                .is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_digit() || c == ':'))
    };
    // ("deal marked won 11pm pacific on oct 31 - still counts for Q3 right?")
    let asks = matches!(first, "does" | "do" | "will" | "would" | "is")
        || parts.ends_yes_no
        || matches!(ws.last().map(String::as_str), Some("right" | "yes" | "correct"));
    if asks && ws.iter().any(time_of_day) && exact(ws, &["count", "counts", "counted", "land", "lands"]) {
        return Some(topic(ws));
    }
    // ("does my quota reset every quarter or is it annual": how often, one way or the other,
    // which the plan says)
    let cadence = |w: &String| {
        matches!(
            w.as_str(),
            "quarter" | "quarterly" | "annual" | "annually" | "yearly" | "year" | "month" | "monthly"
        )
    };
    let either = ws
        .iter()
        .position(|w| w == "or")
        .is_some_and(|o| ws[..o].iter().any(cadence) && ws[o + 1..].iter().any(cadence));
    if matches!(first, "does" | "do" | "is" | "are" | "will") && either && parts.who.is_none() {
        return Some(topic(ws));
    }
    // ("do i owe the gambit back if i quit": what the plan says happens when one leaves)
    if leaving(ws) && parts.who.is_none() {
        return Some(topic(ws));
    }
    // ("if a pub sends the stock back after 10 weeks do i still lose the commish": whether
    // the clawback window reaches that far, which the plan says)
    let unit = |w: &str| matches!(w.trim_end_matches('s'), "day" | "week" | "month" | "year");
    let after_a_while = ws.windows(3).any(|w| {
        w[0] == "after" && w[1].parse::<u32>().is_ok() && unit(&w[2])
            // ("cliente cancelou 4 meses depois": four months after)
            || w[0].parse::<u32>().is_ok() && unit(&w[1]) && matches!(w[2].as_str(), "after" | "later")
    });
    if after_a_while
        && exact(ws, &["if", "when", "lose", "still"])
        && (mentions(ws, super::words::CLAWBACK) || exact(ws, &["lose", "still", "back", "keep"]))
        && parts.who.is_none()
    {
        return Some(topic(ws));
    }
    // ("ano ba yung barkada bonus, pano ma-qualify": how a bonus is earned)
    if v.bonus(ws) && exact(ws, &["qualify", "qualifies", "eligible"]) && exact(ws, &["how", "what"]) {
        return Some(topic(ws));
    }
    // "Which products count for the project incentive?", "what orders count toward
    // turnover": what a measure credits, which the plan says (not "which of my deals").
    // ("which modes count for the specialized incentive": the company's own word for its
    // products, when a measure is named)
    let what_counts = ws.windows(3).any(|w| {
        matches!(w[0].as_str(), "which" | "what")
            && (matches!(
                w[1].trim_end_matches('s'),
                "product" | "deal" | "order" | "type" | "kind" | "sale" | "line" | "item"
            ) || q.scope.measure.is_some() && w[1].len() >= 4 && w[1].ends_with('s'))
            && matches!(w[2].as_str(), "count" | "counts" | "qualify" | "qualifies" | "apply")
    });
    // "Is turnover credit before GST or after?", "is credit measured on premium or on our
    // brokerage?": how the plan measures, one way or the other, not a figure.
    let before_or_after = ws
        .first()
        .is_some_and(|w| matches!(w.as_str(), "is" | "are" | "does" | "do"))
        && exact(ws, &["or"])
        && (exact(ws, &["before"]) && exact(ws, &["after"])
            || exact(
                ws,
                &[
                    "measured",
                    "based",
                    "calculated",
                    "counted",
                    "credited",
                    "figured",
                    "computed",
                    "worked",
                ],
            ) && exact(ws, &["on"]));
    // ("is credit the bill amount or the gross margin": what credit is, whoever's)
    // ("is my credit the gross bill to the shipper or the margin": what it is made of, the
    // same for everyone)
    let credit_is = ws.first().is_some_and(|w| matches!(w.as_str(), "is" | "are"))
        && (ws.get(1).is_some_and(|w| w == "credit") || ws.get(1..3).is_some_and(|w| w == ["my", "credit"]))
        && exact(ws, &["or"])
        && q.scope.period.is_none()
        && crate::phrases::amount(ws).is_none()
        // ("the credit is with IVA or without IVA?", "credit before or after tax")
        || exact(ws, &["credit"]) && mentions(ws, &["or without", "with or without", "before or after"]);
    // ("does the accelerator pay on all my sales or only on the part above 100%": marginal
    // or retroactive, which the plan says)
    let all_or_part = mentions(ws, &["all my", "everything", "all of my", "the whole"])
        && exact(ws, &["or"])
        && mentions(
            ws,
            &[
                "only the part",
                "only over the part",
                "only on the part",
                "just the part",
                "only above",
                "just over",
                "only over",
                "only whats above",
                "only what's above",
                "only the amount above",
            ],
        );
    if all_or_part && parts.who.is_none() {
        return Some(topic(ws));
    }
    if credit_is && (!parts.personal || ws.get(1).is_some_and(|w| w == "my")) {
        return Some(topic(ws));
    }
    // (a measure's initials may read as a team, "is GM figured on …": no one named)
    if (what_counts || before_or_after) && !parts.personal && !matches!(parts.who, Some(super::Who::Seller(_))) {
        return Some(topic(ws));
    }
    // ("is my gross figured before or after pack", "is my commission based on the list price
    // or what the customer paid": how the plan figures anyone's, the asker's too)
    if before_or_after && parts.personal && q.scope.period.is_none() && crate::phrases::amount(ws).is_none() {
        return Some(topic(ws));
    }
    // "Which months make up Q4?": the plan's calendar (exactly "months", not "which month").
    if ws
        .windows(2)
        .any(|w| matches!(w[0].as_str(), "which" | "what") && w[1] == "months")
        && !parts.personal
        && parts.who.is_none()
    {
        return Some(topic(ws));
    }
    // "do I get Big Iron on a repeat GTK sale too": whether the plan pays it on a kind of
    // deal.
    // ("does a 6 month dedicated get the lane lock": whether a kind of deal earns it)
    let kind_gets = ws.first().is_some_and(|w| w == "does")
        && ws.get(1).is_some_and(|w| matches!(w.as_str(), "a" | "an"))
        && exact(ws, &["get", "earn", "qualify"]);
    if v.bonus(ws)
        && (mentions(
            ws,
            &[
                "do i get",
                "do i still get",
                "would i get",
                "does it get",
                "does that get",
            ],
        ) && mentions(ws, &["on a", "on an", "for a", "for an"])
            || kind_gets)
        && crate::phrases::amount(ws).is_none()
    {
        return Some(topic(ws));
    }
    // "How much is the Anchor Bonus worth": what the plan pays for it, not what was paid.
    if v.bonus(ws) && mentions(ws, &["worth", "how much is", "what is the", "what's the"]) && !parts.personal {
        return Some(topic(ws));
    }
    // "what's my OTE": on-target earnings are base pay and the target incentive, which the
    // plan states (a figure of the engine only as a lever's new value).
    if mentions(ws, &["ote", "on-target earnings", "on target earnings", "target pay"])
        && crate::phrases::amount(ws).is_none()
        && !exact(ws, &["cost", "costs", "spend"])
    {
        return Some(topic(ws));
    }
    // "I'm ramping, what quota am I carrying?" asks for the figure; without one, the plan's
    // rule for new hires.
    if mentions(ws, &["ramping", "ramp"]) && parts.figure.is_none() {
        return Some(topic(ws));
    }
    // "got a deal closing 31 march - when's the commission actually paid": when pay is made
    // is the plan's calendar (not "when did I get paid the most").
    let when = ws
        .iter()
        .position(|w| matches!(w.as_str(), "when" | "when's" | "whens"));
    if when.is_some_and(|i| {
        !matches!(ws.get(i + 1).map(String::as_str), Some("did" | "was" | "were"))
            && ws[i..].iter().any(|w| {
                matches!(
                    w.as_str(),
                    "paid"
                        | "pay"
                        | "payout"
                        | "payouts"
                        | "payday"
                        | "commission"
                        | "commissions"
                        | "check"
                        // ("when exactly is the money of Q3 on my account")
                        | "money"
                        | "account"
                )
            })
    }) && !exact(ws, &["most", "least", "best", "worst", "biggest", "highest", "lowest"])
    {
        return Some(topic(ws));
    }
    // "Until when must I close an order so that it still counts in this plan year?": the
    // plan's deadline for credit.
    if mentions(
        ws,
        &[
            "until when",
            "by when",
            "how late can",
            "latest i can",
            "last day to",
            "latest date",
        ],
    ) && exact(
        ws,
        &[
            "close", "closed", "count", "counts", "book", "booked", "sign", "signed", "complain", "dispute", "appeal",
        ],
    ) {
        return Some(topic(ws));
    }
    // Disputes, eligibility and payment timing are always the plan's words (not "did the
    // Bridge top me up at all?", which asks what happened).
    // ("for the mid-year territory review, what has my team cost us": when the asker asks,
    // not the plan's mid-year rule)
    let not_a_review = !mentions(
        ws,
        &[
            "mid-year review",
            "mid-year territory",
            "mid year review",
            "mid-year planning",
        ],
    );
    if mentions(
        ws,
        &[
            "dispute",
            "disputes",
            "disagree",
            // who and what the plan covers, and how
            "sales managers",
            "managers paid",
            "paid on this plan",
            // (Australian: superannuation on commission, a payroll rule)
            "is super paid",
            "super paid on",
            "super on my",
            "superannuation",
            "paid with this plan",
            "paid under this plan",
            "come out of my",
            "comes out of my",
            "managers on",
            "manager on the",
            "boss on the",
            "boss paid",
            "anything under this plan",
            "lower my attainment",
            "on this plan or",
            "on the same plan",
            "a different plan",
            "or a different one",
            "credited the same",
            "count the same",
            "counted the same",
            "paid the same",
            "come off",
            "comes off",
            "deducted",
            // pay around the plan: retirement money, tax, base salary
            "super on",
            "superannuation",
            "401k",
            "pension",
            "taxed",
            "gst",
            "vat",
            "before tax",
            "after tax",
            "on top of my base",
            "on top of base",
            "final say",
            "appeal",
            "what day",
            "which day",
            "when do i get paid",
            "when are commissions",
            "when is commission",
            "eligible",
            "eligibility",
            "prorated",
            "proration",
            "which payroll",
            "who fixes",
            "remind me how",
            "how does the",
            "roll into",
            "roll over",
            "rolls over",
            "carry over",
            "carries over",
            "carry forward",
            "forgiven",
            "written off",
            "how long is",
            "paid under",
            "covered by",
            "as a sales manager",
            "as a manager",
            "sign off",
            "sign-off",
            "signs off",
            "an exception",
            "who approves",
            "who has to approve",
            "mid-year",
            "change the plan",
            "change the comp plan",
            "comp plan on",
            "what triggers",
            "triggers it",
            "new hires",
            "at all",
            "have to total",
            "how long after",
            "how long can",
            "how long do",
            "halfway through",
            "who corrects",
            "who can correct",
            "who can fix",
            "have to add up",
            "have to pay it back",
            "do i have to pay",
            "what date",
            "show up in my pay",
            "deadline",
            "challenge",
            "top slice",
            "whole month or",
            "whole quarter or",
            "how many days",
            "carry over",
            "start from zero",
            "can pay me",
            "my last day",
            "after i leave",
            "cut my commission",
            "how long have i got",
            "how long do i have",
            "flag it",
            "which payday",
            "what payday",
            "or just the",
            "the slice above",
            "can i get in a year",
            "can i earn in a year",
            "most i can earn",
            "paid under this plan",
            "on commission under this plan",
            "most i could earn",
            "max i can earn",
            "maximum i can earn",
            "most i can make",
            "most anyone can earn",
            "count fully",
            "count in full",
            "counts in full",
            // (a customer who has not paid: what the plan does then)
            "hasnt paid",
            "hasn't paid",
            "gonna lose",
            "going to lose",
            "apply to all",
            "applies to all",
            "first dollar",
            "hires get",
            "anything at all",
            "split between",
            "why's the",
            "why is the",
            "worth at 100%",
            "when the year ends",
            "at year end",
            "review board",
            "difference between",
            "renewal or expansion",
            "expansion or renewal",
            "renewal or an expansion",
            "is that a renewal",
            "new hire",
            "take the award back",
            "do they take",
            "will they take",
            "can i fix",
            "can i correct",
            "can i edit",
            "fix it myself",
            "who's on the",
            "who is on the",
            "who sits on",
            "am i on this plan",
            "am i on the plan",
            "on this plan as",
            "on the plan as",
            "covered by the plan",
            "split a deal",
            "can pay in",
            "can pay per",
            "more than once",
            "how often can",
            "how many times can",
            "based on my split",
            "or the whole",
            "on everything",
            "everything before",
            "everything below",
        ],
    ) && !matches!(first, "did" | "was" | "were")
        && not_a_review
        // ("why did I get no TRC at all": what happened, not a rule)
        && !(first == "why" && exact(ws, &["no", "nothing", "zero", "zilch"]))
        && parts.query.scope.deal.is_none()
    {
        return Some(topic(ws));
    }
    // A what-if of the plan without its new value is asked back, not quoted.
    if super::vague_change::vague_plan_change(v, ws)
        || exact(ws, &["if"])
            && exact(ws, &["quota", "rate", "threshold", "cap", "tier"])
            && exact(
                ws,
                &[
                    "moves", "changes", "changed", "change", "went", "goes", "moved", "lower", "raise", "raised",
                    "lowered", "increase", "decrease", "drop",
                ],
            )
            && crate::phrases::percent(ws).is_none()
            && crate::phrases::amount(ws).is_none()
    {
        return None;
    }
    // "what happens to my earnings at 900k": a figure at a number left open, not a rule.
    let my_number = (parts.personal || ws.first().is_some_and(|w| w == "and"))
        && (crate::phrases::percent(ws).is_some() || crate::phrases::amount(ws).is_some());
    // (or at a deal left open: "what happens to my pay if I close the big one?")
    let my_deal =
        parts.personal && exact(ws, &["if"]) && exact(ws, &["close", "closes", "closed", "sign", "land", "win"]);
    if (my_number || my_deal)
        && mentions(ws, &["what happens", "what does", "what do"])
        // ("if i land a couple more sequoias what happens to my q4": its pay)
        && (parts.figure.is_some() || ws.first().is_some_and(|w| w == "and") || my_deal && mentions(ws, &["happens to my"]))
    {
        return None;
    }
    // ("if the acme deal had fallen through what do i lose": what that deal's loss takes
    // from the pay, not whether a lost deal is clawed back)
    let that_deal_lost = parts.query.scenario.deal_amount_to.is_some() || parts.query.scenario.move_deal.is_some();
    if that_deal_lost
        && mentions(
            ws,
            &[
                "what do i lose",
                "what would i lose",
                "how much do i lose",
                "how much would i lose",
            ],
        )
    {
        return None;
    }
    if mentions(
        ws,
        &[
            "what happens",
            "do i lose",
            "do i keep",
            "do i still get",
            "will i lose",
            "does it count",
            // ("if one of her accounts binds now who gets the credit")
            "who gets the credit",
            "who gets credit",
        ],
    ) && !my_number
    {
        return Some(topic(ws));
    }
    let asks_how = mentions(
        ws,
        &[
            "how does",
            "how do",
            "how are",
            "how is",
            "what happens",
            "is there",
            "are there",
            "explain the",
            "tell me about",
            "when do",
            "when does",
            "when will",
            "when are",
            "when is",
            "what counts",
            "what does",
            "what is the",
            "what's the",
            "whats the",
            "what are the",
            "can the",
            "who decides",
            "what if i leave",
            "per the plan",
            "according to the plan",
            "how often",
            "rules for",
            "rule for",
            "definition of",
            "defined",
            "mean",
        ],
    ) || first == "define";
    let rule_words = mentions(ws, RULE) || v.says_accelerator(ws) || !v.terms_in(ws).is_empty();
    // A yes-or-no question about a rule, also after a clause ("if a deal cancels, does my
    // attainment go down?").
    let aux = ["is", "are", "do", "does", "can", "will"];
    if mentions(ws, &["what if", "suppose"]) && !aux.contains(&first) && !mentions(ws, &["do i", "does my", "will i"]) {
        return None;
    }
    // "is there any draw left for me to repay": my balance, not the rule.
    // (or which of two tiers pays me: "is my growth incentive paying tier 1 or tier 2?")
    let my_balance = parts.personal
        && (parts.figure == Some(super::Figure::DrawBalance)
            || parts.figure == Some(super::Figure::Rate)
                && exact(ws, &["or"])
                && exact(ws, &["paying", "on", "in", "at"]));
    let yes_no = !my_balance
        && (aux.contains(&first)
            || parts.ends_yes_no
            // ("gst included in tcv or not?")
            || ws.ends_with(&["or".to_string(), "not".to_string()])
            || ws.first().is_some_and(|w| w == "if") && ws.iter().skip(2).any(|w| aux.contains(&w.as_str()))
            // ("once I hit pullman is the whole quarter paid at 150% or only the bit above")
            || matches!(first, "once" | "when" | "after")
                && mentions(ws, super::words::TWO_WAYS)
                && ws.iter().skip(2).any(|w| aux.contains(&w.as_str())))
        && (rule_words
            || mentions(
                ws,
                &[
                    "go down",
                    "get anything",
                    "lose the",
                    "lose my",
                    "still get",
                    "get paid",
                ],
            ));
    // "the annual maximum" names a rule, not the year's figures.
    let year_named = mentions(
        ws,
        &["this year", "the year", "fy", "full year", "whole year", "for the year"],
    );
    let about_figures = parts.who.is_some()
        || q.scope.deal.is_some()
        || q.scope.account.is_some()
        || q.scope.period.is_some()
            && !mentions(ws, &["when", "how often"])
            && (q.scope.period.as_deref() != Some("FY") || year_named)
        || mentions(
            ws,
            &[
                "so far",
                "stack up",
                "to date",
                "how far",
                "how much more",
                "how close",
                "my current",
                "right now",
                "today",
                "this year",
                "still owe",
                "do i owe",
                "did i",
            ],
        );
    // "If I haven't paid my draw back by the end of the year, do I owe it?": a rule, though
    // it names a period.
    let conditional = first == "if" && ws.iter().skip(2).any(|w| aux.contains(&w.as_str()));
    if (parts.ends_yes_no || conditional) && rule_words && parts.query.scope.deal.is_none() {
        return Some(topic(ws));
    }
    if about_figures && !mentions(ws, &["is there", "are there", "what counts"]) {
        return None;
    }
    // "What is attainment?", "what's a deal?": a definition, when nobody's figures are asked.
    if mentions(
        ws,
        &["which months are", "what months are", "months are in", "months make up"],
    ) {
        return Some(topic(ws));
    }
    let defines = mentions(ws, &["what is", "what's", "whats", "what are"])
        && !parts.personal
        && parts.who.is_none()
        // ("what is his attainment?" after a question about Kyle: his figure)
        && !exact(ws, &["his", "her", "their", "he", "she", "they", "him", "them"])
        && q.scope == Default::default()
        && ws.len() <= 5
        // "what's left before the plateau" is someone's distance, not a definition.
        && parts.figure != Some(super::Figure::Distance);
    if defines && (parts.figure.is_some() || exact(ws, &["deal", "deals", "months", "split", "splits"])) {
        return Some(topic(ws));
    }
    let personal_figure = parts.personal
        && matches!(
            parts.figure,
            Some(
                super::Figure::Earnings
                    | super::Figure::Attainment
                    | super::Figure::Distance
                    | super::Figure::DrawBalance
                    | super::Figure::DrawAdvanced
                    | super::Figure::DrawRecovered
                    | super::Figure::Pace
                    | super::Figure::Rate
                    | super::Figure::Credit
                    | super::Figure::DealCount
                    | super::Figure::DealAmount
                    | super::Figure::Bonus
                    | super::Figure::Clawback
                    | super::Figure::Payable
                    | super::Figure::Quota
            )
        )
        && !yes_no
        && !mentions(
            ws,
            &[
                "is there",
                "are there",
                "what counts",
                "how does",
                "how do",
                "how is",
                "how are",
                "when",
                "work",
                "what happens",
                "what if a",
                "if a customer",
                "if a deal",
            ],
        );
    if personal_figure {
        return None;
    }
    let plan_rate = (mentions(
        ws,
        &["the rate", "what rate", "which rate", "rates", "what percent", "what %"],
    ) || asks_how && super::parse::exact(ws, &["rate"]))
        && !parts.personal;
    if yes_no
        // (a deal named is about its figures: "why is there a big negative line for FT-61415")
        || !my_balance && q.scope.deal.is_none() && asks_how && (rule_words || parts.figure.is_some() || plan_rate)
        || plan_rate && parts.figure.is_none()
        || rule_words && parts.figure.is_none() && !parts.personal && parts.op.is_none()
    {
        return Some(topic(ws));
    }
    None
}

/// Whether the question asks what happens when the asker leaves ("if I quit", "when I
/// leave").
pub(super) fn leaving(ws: &[String]) -> bool {
    mentions(
        ws,
        &[
            "if i quit",
            "if i leave",
            "if i resign",
            "if i left",
            "if i get fired",
            "if i get let go",
            "if i'm let go",
            "if im let go",
            "if i'm terminated",
            "if im terminated",
            "if i am terminated",
            "when i leave",
            "when i quit",
        ],
    )
}

/// The words of a rule question that say what it is about.
pub(crate) fn topic(ws: &[String]) -> String {
    const SKIP: &[&str] = &[
        "what", "is", "the", "a", "an", "how", "does", "do", "my", "i", "me", "work", "works", "tell", "about",
        "explain", "are", "there", "plan", "say", "says", "of", "on", "in", "whats", "what's", "get", "can", "you",
        "please",
    ];
    ws.iter()
        .filter(|w| !SKIP.contains(&w.as_str()))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}
