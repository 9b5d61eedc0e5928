//! Questions about what the plan says ("is there a cap?", "how does the draw work?",
//! "when are commissions paid?", "do renewals count toward quota?"): answered from the plan
//! document, not from anyone's figures.

mod plan_words;
mod shapes;

use super::parse::exact;
use super::parse::Parts;
use super::vocabulary::Vocabulary;
use crate::fuzzy::mentions;

/// Words of the plan's rules.
const RULE: &[&str] = &[
    // ("I must return the incentive?": pay given back, the plan's rule)
    "return the",
    "give back",
    "pay back",
    // ("how does it get recovered" after the draw's balance: how the draw is paid back)
    "get recovered",
    "gets recovered",
    "get repaid",
    "gets repaid",
    "get recouped",
    "gets recouped",
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

/// "What rate do they use to change my dollars into rands": how the plan turns the asker's
/// pay into the money it is paid in, a rule (not where a currency's price goes, nor a tier's
/// rate).
pub(in crate::query) fn converts_my_pay(ws: &[String]) -> bool {
    const MONIES: &[&str] = &[
        "rand",
        "rands",
        "dollars",
        "pounds",
        "euros",
        "pesos",
        "rupees",
        "shillings",
        "naira",
        "yen",
        "francs",
        "reais",
        "ringgit",
        // ("which rate you use for converting to peso?")
        "peso",
        "rupee",
        "euro",
        "dollar",
        "baht",
        "dong",
        "yuan",
        "usd",
        "php",
    ];
    let into = |words: &[&str]| {
        ws.windows(2)
            .any(|w| words.contains(&w[0].as_str()) && MONIES.contains(&w[1].as_str()))
    };
    // ("is my commission paid in rands")
    let paid_in = ws
        .first()
        .is_some_and(|w| matches!(w.as_str(), "is" | "are" | "do" | "does" | "will"))
        && ws
            .windows(3)
            .any(|w| w[0] == "paid" && w[1] == "in" && MONIES.contains(&w[2].as_str()));
    // ("I'm on the Irish payroll - what exchange rate do they use for my commission?")
    let rate_used = mentions(ws, &["exchange rate", "fx rate", "conversion rate", "currency rate"])
        && exact(ws, &["use", "used", "uses", "apply", "applied", "applies"])
        && exact(
            ws,
            &[
                "commission",
                "commissions",
                "pay",
                "payout",
                "payouts",
                "earnings",
                "bonus",
                "check",
                "cheque",
            ],
        )
        // (not "if they used last month's exchange rate what would my commission be?")
        && !exact(ws, &["if", "will", "gonna", "next", "tomorrow"]);
    exact(ws, &["my"])
        // (not "what's my rate in dollars", a tier's, nor "how did my pay change in dollars")
        && (paid_in
            || rate_used
            || (into(&["into"])
                || into(&["to", "in"])
                    && exact(ws, &["exchange", "exchanged", "convert", "converted", "converting", "conversion"]))
                && exact(
                    ws,
                    &[
                        "rate",
                        "convert",
                        "converted",
                        "converting",
                        "conversion",
                        "change",
                        "changed",
                        "exchange",
                        "exchanged",
                    ],
                )
                && !exact(ws, &["will", "gonna", "next", "tomorrow", "if"]))
}

/// "Do I get any credit when rosalina closes a gtk 500?": whether the asker shares in another
/// seller's deal, the plan's rule for splits (not that seller's credit).
fn credit_for_anothers_deal(v: &Vocabulary, ws: &[String]) -> bool {
    ws.first()
        .is_some_and(|w| matches!(w.as_str(), "do" | "does" | "would" | "will" | "can"))
        && mentions(ws, &["i get"])
        && exact(ws, &["credit", "commission", "anything", "share", "split", "cut"])
        && exact(ws, &["when", "if"])
        && exact(
            ws,
            &["closes", "sells", "books", "lands", "signs", "wins", "close", "sell"],
        )
        && ws.iter().any(|w| v.seller(w).is_some())
        // ("when hank helps on a radar job how much of it do i get credit for", "when one of
        // mine sells a multi-site deal does marcus take a cut of the credit?": whenever a
        // deal is shared so, how the plan splits it)
        || ws.first().is_some_and(|w| matches!(w.as_str(), "when" | "whenever"))
            && (ws.iter().any(|w| v.seller(w).is_some()) || mentions(ws, &["one of mine", "one of my"]))
            && exact(ws, &["credit", "credited", "cut", "share", "split"])
            && mentions(
                ws,
                &["how much of it", "how much of that", "how much of the", "take a cut", "get a cut", "take a share", "get a share"],
            )
            && !exact(ws, &["did", "was", "were"])
        // ("Who receives the credit when one of my AEs sells an arch sign?": whose credit a
        // kind of deal is, whenever one is sold)
        || ws.first().is_some_and(|w| w == "who")
            && mentions(ws, &["gets the credit", "receives the credit", "gets credit", "receives credit", "gets the commission"])
            && exact(ws, &["when", "whenever", "if"])
            && !exact(ws, &["did", "was", "were"])
        // ("why does darcy get 30% of my haul trucks": why a colleague shares a kind of the
        // asker's deals, the plan's split rule)
        || ws.first().is_some_and(|w| w == "why")
            && ws.len() >= 5
            && matches!(ws[1].as_str(), "does" | "do" | "should")
            && v.seller(&ws[2]).is_some()
            && matches!(ws[3].as_str(), "get" | "gets" | "take" | "takes")
            && crate::phrases::percent(ws).is_some()
            && mentions(ws, &["of my", "of our"])
            && !exact(ws, &["did", "was", "were", "last", "this"])
        // ("does a spread i sell count 100% for me or does marisol get a cut": whether a kind
        // of deal is shared, all or a part, the plan's rule)
        || ws.first().is_some_and(|w| matches!(w.as_str(), "does" | "do" | "would" | "will" | "is"))
            && exact(ws, &["or"])
            && mentions(ws, &["get a cut", "take a cut", "get a share", "take a share", "get a piece", "take a piece"])
            && !exact(ws, &["did", "was", "were"])
}

/// The topic, when the question asks what the plan says.
pub(super) fn plan_rule(v: &Vocabulary, ws: &[String], parts: &Parts) -> Option<String> {
    let q = &parts.query;
    // ("what's Sarah's pace?" with two Sarahs: someone's figure, whose to be asked back)
    if ws
        .iter()
        .filter_map(|w| w.strip_suffix("'s"))
        .any(|n| v.ambiguous_name(&[n.to_string()]).is_some())
    {
        return None;
    }
    // (a rule someone claims, asked whether it is so: its figures and what-ifs are the
    // claim's, not the asker's)
    if shapes::claim_checked(v, ws) || converts_my_pay(ws) || credit_for_anothers_deal(v, ws) {
        return Some(topic(ws));
    }
    if q.scenario.lever.is_some()
        || q.scenario.new_deal.is_some()
        || q.scenario.move_deal.is_some()
        || !q.scenario.saved.is_empty()
    {
        return None;
    }
    // ("whats the total in the funnel": the open deals' total, no definition)
    if exact(ws, &["total"]) && q.scope.stage.is_some() && parts.figure.is_some() {
        return None;
    }
    // ("Why is the New York Inquirer deal only partly mine?": one deal of the asker's,
    // named by its account, explained; not how the plan splits deals)
    // ("The Groovestreet GTK 500 was cancelled in October. Why didn't it come off my pay?":
    // one deal named by its account and its product, why asked after a sentence)
    let account_end = q.scope.account.as_deref().and_then(|a| a.split_whitespace().last());
    let product_first = q
        .scope
        .product
        .as_deref()
        .and_then(|p| p.to_lowercase().split_whitespace().next().map(str::to_string));
    if (ws.first().is_some_and(|w| w == "why") || exact(ws, &["why"]) && product_first.is_some())
        && account_end.is_some_and(|end| {
            ws.windows(2).any(|w| {
                crate::fuzzy::same(&w[0], end)
                    && (matches!(w[1].as_str(), "deal" | "deal's" | "order" | "opportunity" | "opp")
                        || product_first.as_deref() == Some(w[1].as_str()))
            })
        })
        && exact(ws, &["my", "mine", "me", "i"])
    {
        return None;
    }
    // ("what happens to my pay if everything i have on the burner comes in": the open deals
    // won, a what-if, no rule)
    // (not "do open opps count towards anything if they're at 90%?", asked of no one's)
    if parts.query.scenario.pipeline.is_some() && exact(ws, &["my", "me", "i"]) {
        return None;
    }
    // ("What happens to my quarter if I sell a few more plus pros?": a what-if of no size,
    // asked back, no rule)
    if exact(ws, &["if"]) && mentions(ws, &["few more", "couple more", "several more", "bunch more"]) {
        return None;
    }
    // ("what does it take to get out of the decelerator": how far the asker is from a mark)
    if parts.mark.is_some() && mentions(ws, &["what does it take", "what would it take", "what will it take"]) {
        return None;
    }
    // Where someone ranks is a figure, never a rule.
    if parts.op == Some(super::Op::Rank) {
        return None;
    }
    // ("how is my pace?", "how's my attainment looking": the figure, in short)
    if mentions(ws, &["how is my", "how's my", "hows my"])
        && parts.figure.is_some()
        && (ws.len() <= 4
            || ws.len() <= 6 && exact(ws, &["looking", "doing", "going", "now"])
            // ("how is my pace for the year", "how is my pace looking for the year")
            || ws.len() <= 8
                && (parts.query.scope.period.is_some()
                    || mentions(ws, &["for the year", "this year", "for the quarter", "this quarter", "so far"])))
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
                "applied",
                "treated",
                "split",
                "counted",
            ],
        )
    {
        return None;
    }
    // ("explain how the Masterclass step works so I can tell my new guys": how a part of the
    // plan works, whoever it is told to; not "explain how my Q3 pay was worked out")
    let how_it_works = mentions(ws, &["explain how", "tell me how", "show me how"])
        && exact(ws, &["work", "works"])
        && parts.query.scope.deal.is_none()
        && parts.query.scope.account.is_none();
    // ("Can you explain me the clawback?": second-language English for the rule, the "me" no
    // one asked about; not "explain me the calc of my bonus", nor a period's)
    let explain_me_the = mentions(ws, &["explain me the"])
        && parts.who.is_none()
        && !ws.iter().any(|w| w.ends_with("'s"))
        && !exact(ws, &["my", "mine", "i", "i'm", "im", "why", "drop", "change"])
        && parts.query.scope.deal.is_none()
        && parts.query.scope.account.is_none()
        && parts.query.scope.period.is_none();
    // ("what does tier 2 pay me": the tier's rate, a rule asked of oneself; not "what does
    // tier 2 pay me this quarter", a period's pay)
    let tier_number = |w: &str| w.parse::<u32>().is_ok() || matches!(w, "one" | "two" | "three" | "four" | "five");
    let tier_pays = (ws.windows(4).any(|w| {
        matches!(w[0].as_str(), "does" | "would" | "will")
            && matches!(w[1].as_str(), "tier" | "band" | "level")
            && tier_number(&w[2])
            && matches!(w[3].as_str(), "pay" | "pays")
    }) && mentions(ws, &["what does", "what would", "what will"])
        // ("what do i get paid in tier 2")
        || ws.windows(3).any(|w| {
            w[0] == "in"
                && matches!(w[1].as_str(), "tier" | "band" | "level")
                && tier_number(&w[2])
        }) && mentions(ws, &["what do i get", "what would i get", "what do i earn", "what would i earn", "what am i paid"]))
        && q.scope.period.is_none()
        && q.scope.deal.is_none()
        && q.scope.account.is_none()
        && crate::phrases::amount(ws).is_none();
    if how_it_works
        || tier_pays
        || explain_me_the
        || shapes::asks_outright(v, ws, parts)
        || plan_words::names_the_plans_own_words(ws, parts)
    {
        return Some(topic(ws));
    }
    let first = ws.first().map(String::as_str).unwrap_or("");
    // ("whats the total gci on those": the sum of what was just listed, no rule)
    if exact(ws, &["total", "sum"])
        && ws
            .last()
            .is_some_and(|w| matches!(w.as_str(), "those" | "them" | "these"))
    {
        return None;
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
        // ("… what happens to q3": that period's pay)
        && (parts.figure.is_some()
            || ws.first().is_some_and(|w| w == "and")
            || my_deal
                && (mentions(ws, &["happens to my"])
                    || mentions(ws, &["happens to"]) && parts.query.scope.period.is_some()))
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
            // ("does the float still get paid once im capped out?")
            "still get paid",
            "still gets paid",
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
            // ("remind me the gantry catch up how it works")
            "how it works",
            "how it work",
            "how that works",
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
    // ("why is there 1000 in earnings on my september statement": why of the asker's month,
    // not whether the plan has a thing)
    let why_on_my_period = first == "why" && parts.personal && parts.query.scope.period.is_some();
    let asks_how = asks_how && !why_on_my_period;
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
                && exact(ws, &["paying", "on", "in", "at"])
                // (not "does the river pay on all my gtx or just whats over 100": how a tier
                // pays, all or a part)
                && !mentions(ws, super::words::TWO_WAYS));
    // ("Can you show me my U-turns please?", "can i see my cancelled deals?": a favour
    // asked, no yes or no)
    let favour = matches!(ws, [a, b, c, ..] if matches!(a.as_str(), "can" | "could" | "will" | "would")
        && (matches!(b.as_str(), "you" | "u")
            // ("can you read me my blowouts", said to one driving)
            && matches!(c.as_str(), "show" | "list" | "pull" | "give" | "send" | "display" | "find" | "read")
            || matches!(a.as_str(), "can" | "could")
                && matches!(b.as_str(), "i" | "we")
                && matches!(c.as_str(), "see" | "view")));
    // ("am i at stumps yet or is there still room": where the asker stands, no rule)
    // (not "am i allowed to split", "am i eligible": a rule asked of oneself)
    let where_i_stand = ws.get(1).is_some_and(|w| w == "i")
        && match (first, ws.get(2).map(String::as_str)) {
            ("am", Some(w)) => matches!(
                w,
                "at" | "past" | "over" | "above" | "under" | "below" | "near" | "close" | "in" | "on" | "into"
            ),
            ("have", Some(w)) => matches!(
                w,
                "hit" | "reached" | "passed" | "crossed" | "maxed" | "made" | "cleared"
            ),
            _ => false,
        }
        // (a mark of the plan said: not "am I on the hook for the clawback if Acme cancels",
        // "am I under the new plan")
        && (!v.terms_in(ws).is_empty() || v.says_accelerator(ws) || exact(ws, &["cap", "threshold", "quota", "target"]))
        && !exact(ws, &["if", "plan", "hook", "eligible", "allowed"]);
    let yes_no = !my_balance
        && !favour
        && !where_i_stand
        && (aux.contains(&first)
            || parts.ends_yes_no
            // ("gst included in tcv or not?"; not "I hit target already or not?", where the
            // asker stands)
            || ws.ends_with(&["or".to_string(), "not".to_string()]) && !exact(ws, &["already"])
            // ("the ICMS and the frete enter in my credit or no?")
            || ws.ends_with(&["or".to_string(), "no".to_string()])
            || ws.first().is_some_and(|w| w == "if") && ws.iter().skip(2).any(|w| aux.contains(&w.as_str()))
            // ("when a client extends one of my contractors does the extension count again
            // for spread?": whenever such a thing happens, the rule)
            || matches!(first, "when" | "once" | "whenever")
                && ws.get(1).is_some_and(|w| matches!(w.as_str(), "a" | "an"))
                && ws.iter().skip(3).any(|w| aux.contains(&w.as_str()))
            // ("once I hit pullman is the whole quarter paid at 150% or only the bit above")
            || matches!(first, "once" | "when" | "after")
                && mentions(ws, super::words::TWO_WAYS)
                && ws.iter().skip(2).any(|w| aux.contains(&w.as_str()))
            // ("the gtk 500 i do with markita, they give me all the credit or only a part":
            // all or a part, how the plan pays)
            || mentions(ws, super::words::TWO_WAYS) && exact(ws, &["all", "whole", "full", "entire", "everything"]))
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
                // ("whats the gap to the next band": someone's distance, not the rule)
                "gap to",
                "distance to",
                // ("what is the rest for the accelerator?": what is still missing)
                "the rest for the",
                "the rest to the",
                "the rest till",
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
    if (parts.ends_yes_no || conditional) && rule_words && parts.query.scope.deal.is_none() && !where_i_stand {
        return Some(topic(ws));
    }
    // ("Commission of it, is it taken back?", "…, award is taken back?": whether the plan
    // takes pay back, asked yes or no, no amount)
    let taken_back = ws.len() >= 3
        && matches!(
            ws[ws.len() - 2..].iter().map(String::as_str).collect::<Vec<_>>()[..],
            ["taken" | "clawed", "back"]
        )
        && matches!(ws[ws.len() - 3].as_str(), "is" | "are" | "be" | "get" | "gets" | "it")
        && !mentions(ws, &["how much", "how many", "what"])
        // (not "did I get clawed back?", "which deals are clawed back?": the asker's own)
        && !ws.first().is_some_and(|w| matches!(w.as_str(), "did" | "has" | "have" | "which" | "who" | "were" | "how"))
        // (nor "the groovestreet gtk 500 was cancelled, why wasnt it clawed back": why of one)
        && !exact(ws, &["why"]);
    if taken_back && parts.query.scope.deal.is_none() {
        return Some(topic(ws));
    }
    if about_figures && !mentions(ws, &["is there", "are there", "what counts"]) || where_i_stand {
        return None;
    }
    // "What is attainment?", "what's a deal?": a definition, when nobody's figures are asked.
    if mentions(
        ws,
        &["which months are", "what months are", "months are in", "months make up"],
    ) {
        return Some(topic(ws));
    }
    // ("what even is the tab?", "what exactly is a split")
    let defines = mentions(
        ws,
        &["what is", "what's", "whats", "what are", "what even is", "what exactly is", "what even are", "what exactly are"],
    ) && !parts.personal
        && parts.who.is_none()
        // ("what is his attainment?" after a question about Kyle: his figure)
        && !exact(ws, &["his", "her", "their", "he", "she", "they", "him", "them"])
        && q.scope == Default::default()
        && ws.len() <= 5 + usize::from(exact(ws, &["even", "exactly"]))
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
        && (why_on_my_period
            || !mentions(
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
            ));
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
            // ("suppose I resign next month, I have to return my warm-up balance to company?")
            "suppose i resign",
            "suppose i quit",
            "suppose i leave",
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
            // ("if i was to quit while i still owe seed money …")
            "if i was to quit",
            "if i were to quit",
            "if i was to leave",
            "if i were to leave",
            "if i was to resign",
            "if i were to resign",
        ],
    )
    // ("if I go from MavenTech, I must return the cafecito?": leaving the firm, as Spanish
    // says it; not "if i go from 80% to 100%")
    || ws.windows(5).any(|w| {
        w[..4] == ["if", "i", "go", "from"]
            && !w[4].starts_with(|c: char| c.is_ascii_digit())
            && !matches!(w[4].as_str(), "the" | "a" | "my")
    }) && exact(ws, &["return", "repay", "owe", "keep", "lose", "must", "forfeit"])
}

/// The words of a rule question that say what it is about.
pub(crate) fn topic(ws: &[String]) -> String {
    const SKIP: &[&str] = &[
        "what", "is", "the", "a", "an", "how", "does", "do", "my", "i", "me", "work", "works", "tell", "about",
        "explain", "are", "there", "plan", "say", "says", "of", "on", "in", "whats", "what's", "get", "can", "you",
        "please", "even", "exactly",
    ];
    ws.iter()
        .filter(|w| !SKIP.contains(&w.as_str()))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}
