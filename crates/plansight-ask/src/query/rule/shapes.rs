//! The shapes of a question that ask what the plan says outright, whoever asks: one way or
//! the other ("credited on the close value or the list price?"), a cut-off ("at 11pm on 31
//! May"), how often, when one leaves, how long a clawback reaches, what counts, when pay is
//! made.

use crate::fuzzy::mentions;
use crate::query::parse::exact;
use crate::query::parse::Parts;
use crate::query::vocabulary::Vocabulary;

/// Whether the question has one of the shapes that ask the plan's rule outright.
pub(super) fn asks_outright(v: &Vocabulary, ws: &[String], parts: &Parts) -> bool {
    let q = &parts.query;
    let first = ws.first().map(String::as_str).unwrap_or("");
    // ("if I blow out Q3 does any of that carry into Q4 or does it all reset": whether
    // attainment carries over, the plan's rule)
    if (mentions(
        ws,
        &[
            "carry into",
            "carry over",
            "carries over",
            "carry forward",
            "carries forward",
            "roll over",
            "rolls over",
        ],
    ) || exact(ws, &["reset", "resets"]) && matches!(first, "does" | "do" | "is" | "will" | "if"))
        && !mentions(ws, crate::query::words::ASKS_A_FIGURE)
    {
        return true;
    }
    // ("does the district leader plan pay me off my team's deps?": what a plan pays on,
    // its rule)
    if matches!(first, "does" | "do" | "will")
        && ws.windows(4).any(|w| {
            w[0] == "plan"
                && matches!(w[1].as_str(), "pay" | "pays")
                && matches!(w[2].as_str(), "me" | "us" | "managers" | "leaders")
                && matches!(w[3].as_str(), "off" | "on" | "for" | "from")
        })
        && crate::phrases::amount(ws).is_none()
        && q.scope.period.is_none()
        && q.scope.deal.is_none()
    {
        return true;
    }
    // ("is credit worked out on the ex-VAT price?": how credit is reckoned, the plan's rule)
    if matches!(first, "is" | "does" | "are")
        && ws
            .get(1)
            .is_some_and(|w| matches!(w.as_str(), "credit" | "commission" | "attainment" | "quota"))
        && mentions(
            ws,
            &[
                "worked out",
                "calculated",
                "based on",
                "measured on",
                "figured on",
                "computed on",
                "paid on",
            ],
        )
        && q.scope.deal.is_none()
        && q.scope.period.is_none()
    {
        return true;
    }
    // ("is my retirement fund contribution worked out on my commission as well?": what the
    // plan says comes off or is reckoned on commission)
    if matches!(first, "is" | "are" | "does" | "do")
        && mentions(
            ws,
            &[
                "worked out on my commission",
                "calculated on my commission",
                "taken out of my commission",
                "deducted from my commission",
                "come out of my commission",
                "comes out of my commission",
            ],
        )
        && q.scope.period.is_none()
        // ("CPF will deduct from my commission or not ah": the same, asked in Singlish)
        || mentions(ws, &["deduct from my commission", "deducted from my commission", "deduct from my comm", "deduct from commission"])
            && (matches!(first, "is" | "are" | "does" | "do" | "will") || mentions(ws, &["or not"]))
    {
        return true;
    }
    // ("is the bin buster paid on the whole loan or just our share of it": what a part of
    // the plan pays on, all or a part)
    if matches!(first, "is" | "are" | "does" | "do")
        && mentions(
            ws,
            &[
                "paid on the whole",
                "paid on the full",
                "paid on all",
                "paid on the entire",
                "pay on the whole",
                "pay on the full",
            ],
        )
        && mentions(ws, crate::query::words::TWO_WAYS)
    {
        return true;
    }
    // ("does this plan cover desk managers or are we on something else": who the plan is for)
    if matches!(first, "does" | "do" | "is")
        && mentions(
            ws,
            &[
                "this plan cover",
                "the plan cover",
                "plan apply to",
                "plan covers",
                "covered by this plan",
                "covered by the plan",
            ],
        )
        && !exact(ws, &["deal", "deals", "my", "much", "many"])
    {
        return true;
    }
    // ("do new people get a draw or some kind of guaranteed pay while we ramp up?": whether
    // the plan has one, for whom)
    if matches!(first, "do" | "does" | "is" | "are")
        && mentions(
            ws,
            &[
                "get a draw",
                "get an advance",
                "guaranteed pay",
                "get a guarantee",
                "a draw for",
                "is there a draw",
            ],
        )
        && exact(
            ws,
            &["new", "people", "hires", "starters", "joiners", "newbies", "ramp"],
        )
        && parts.query.scope.period.is_none()
        && !matches!(parts.who, Some(crate::query::Who::Seller(_)))
    {
        return true;
    }
    // ("someone told me i'm not past 'the opening' yet. what is that?": the plan's word told,
    // then asked what it is)
    let said = ws.join(" ");
    if [
        "what is that",
        "what's that",
        "whats that",
        "what does that mean",
        "what's that mean",
    ]
    .iter()
    .any(|p| said.ends_with(p))
        && !v.terms_in(ws).is_empty()
        && parts.query.scope.deal.is_none()
    {
        return true;
    }
    // ("is PRSI taken off my commission", "does tax come out of my bonus": what is
    // deducted from pay, asked yes or no)
    if matches!(first, "is" | "are" | "does" | "do" | "will")
        && mentions(
            ws,
            &[
                "taken off my",
                "taken out of my",
                "deducted from my",
                "come out of my",
                "comes out of my",
                "taken from my",
            ],
        )
        && crate::phrases::amount(ws).is_none()
        && parts.query.scope.period.is_none()
    {
        return true;
    }
    // ("when two of my officers co-cover a big relationship, how is the credit split?", "the
    // VDI i co-sell with cheryl count full for me or not": the split rule; not "how many
    // deals did I co-sell with Cheryl this quarter", "list the deals I co-sold with Nadia")
    if (mentions(
        ws,
        &[
            "how is the credit split",
            "how is credit split",
            "how does the credit split",
            "how does credit split",
            "how is the credit shared",
            "how is credit shared",
            "how is the credit divided",
            "how is credit divided",
        ],
    ) || mentions(ws, &["co-sell with", "co-sold with", "cosell with", "co-selling with"])
        && (mentions(ws, &["or not", "count full", "full credit", "all the credit"])
            || matches!(first, "is" | "does" | "do" | "will" | "would")))
        && !mentions(ws, &["how many", "list", "show me"])
        && parts.query.scope.period.is_none()
        && !mentions(ws, crate::query::words::ASKS_A_FIGURE)
    {
        return true;
    }
    // ("do I have to split chillers with Lauren?": the plan's split rule, asked yes or no)
    if mentions(
        ws,
        &[
            "have to split",
            "have to share",
            "do i split",
            "does it split",
            "do we split",
            // ("when i sell a GTK 500 does vicki get part of my credit?")
            "get part of my",
            "gets part of my",
            "get a cut of my",
            "gets a cut of my",
            "get a piece of my",
            "gets a piece of my",
            "get a share of my",
            "gets a share of my",
            "take part of my",
            "takes part of my",
            "take a cut of my",
            "takes a cut of my",
            // ("when i sell a combine does wade get a cut of it")
            "get a cut of it",
            "gets a cut of it",
            "get a piece of it",
            "get a share of it",
            "get part of it",
            // ("i sold a bennies plan with nadia, do i get all the credit?")
            "do i get all the credit",
            "do i get full credit",
            "do i get the full credit",
            "do i get all of the credit",
        ],
    ) && !mentions(ws, crate::query::words::ASKS_A_FIGURE)
    {
        return true;
    }
    // ("are we regional managers also covered in this incentive plan?", "am I meant to be on
    // this plan myself": who the plan covers)
    if exact(ws, &["plan", "scheme"])
        && (mentions(
            ws,
            &[
                "covered in",
                "covered by",
                "covered under",
                "meant to be on",
                "supposed to be on",
            ],
        ) || matches!(first, "am" | "are" | "is")
            // ("are us team leaders even on this scheme")
            && mentions(
                ws,
                &["on this plan", "in this plan", "part of this plan", "on this scheme", "in this scheme", "part of this scheme"],
            ))
        && !mentions(ws, crate::query::words::ASKS_A_FIGURE)
    {
        return true;
    }
    // ("is my quota lower since i only started in april?": the plan's proration for a
    // starter, asked yes or no)
    // ("i started mid april - is my quota lower because of that?": its last clause asks)
    // ("i only started in august is my quota lower": dictated, the question runs on)
    // (not "what is my quota": that asks for the figure)
    // (nor "…, how much is it?")
    let asks_yes_no = ws.windows(3).any(|p| {
        !matches!(
            p[0].as_str(),
            "what" | "whats" | "how" | "where" | "which" | "who" | "when" | "much" | "many"
        ) && matches!(p[1].as_str(), "is" | "does" | "will" | "should")
            && matches!(p[2].as_str(), "my" | "the" | "it" | "that" | "there")
    });
    // ("started sept 11 so do i get a smaller quota for q3 or is it the full 90k?")
    // ("i only join in april, my Q2 quota lower is it": Singlish's tag)
    let asks_yes_no = asks_yes_no
        || mentions(ws, &["do i get a", "do i still get", "do i have a", "do i carry a"])
        || ws.ends_with(&["is".to_string(), "it".to_string()])
            && !ws
                .len()
                .checked_sub(3)
                .is_some_and(|i| matches!(ws[i].as_str(), "much" | "many" | "what" | "how"));
    if (matches!(first, "is" | "does" | "do" | "will" | "should" | "am" | "was") || parts.ends_yes_no || asks_yes_no)
        && exact(ws, &["quota", "target"])
        && (matches!(first, "started" | "joined" | "hired")
            || mentions(
                ws,
                &[
                    "started in",
                    "only started",
                    // ("came on board 13 April - do I carry a full Q2 target?")
                    "came on board",
                    "came onboard",
                    // ("i just started sept 5th, is my quota lower")
                    "just started",
                    "just joined",
                    "recently started",
                    "recently joined",
                    "i started",
                    "started mid",
                    "joined mid",
                    "joined in",
                    "i joined",
                    "i only join",
                    "i join in",
                    // ("I entered in august. my meta of the Q2 was reduced")
                    "i entered",
                    "entered in",
                    "new hire",
                    "mid-year",
                    "mid year",
                    "prorated",
                    "pro-rated",
                ],
            ))
    {
        return true;
    }
    // ("do I get credited on the close value or the list price", "do i get credit when the
    // contract is signed or when the group arrives": which way the plan credits, a rule)
    // ("Florada pays over all the services of the tri or only the part above 100%?": whether
    // a tier pays the whole or the part above it, however the question begins)
    if mentions(ws, crate::query::words::TWO_WAYS)
        && mentions(
            ws,
            &[
                "part above",
                "bit above",
                "portion above",
                "part over",
                "bit over",
                "amount above",
            ],
        )
    {
        return true;
    }
    // ("credit is on the TPV or the receita líquida?": which of two ways the plan works, in a
    // statement's order)
    // (not "Priya is above quota or below?", a person's standing)
    if statement_of_two_ways(ws)
        && !ws.iter().any(|w| v.seller(w).is_some() || v.manager(w).is_some())
        && q.scope.deal.is_none()
        && q.scope.account.is_none()
        && q.scenario.is_none()
    {
        return true;
    }
    // ("the FieldLink enters in which measure, equipment or services?": the measure a product
    // credits, the plan's rule)
    if mentions(
        ws,
        &["which measure", "what measure", "which incentive", "which commission"],
    ) && q.scope.product.is_some()
        && q.scenario.is_none()
    {
        return true;
    }
    // ("arjun's 40% on polys - is it on top of my AM's share or taken out of it?": whether
    // one share adds to another or is cut from it, how the plan splits)
    if mentions(ws, &["on top"])
        && exact(ws, &["or"])
        && mentions(
            ws,
            &[
                "out of",
                "instead of",
                "part of",
                "included in",
                "inside",
                "deducted from",
                "comes from",
            ],
        )
        && crate::phrases::amount(ws).is_none()
    {
        return true;
    }
    // ("is my commission figured off list price or what the customer actually paid": the
    // amount pay is worked on)
    let worked_on = exact(ws, &["figured", "calculated", "computed", "based", "worked"])
        && exact(ws, &["commission", "comission", "pay", "payout", "incentive"]);
    // ("my commission is on list price or on what customer actually pay?": the same, said
    // as a statement asked)
    // ("on a horse trade is my credit the full price or net of the trade allowance")
    let on_list_price = mentions(ws, &["list price", "list prices", "sticker price"])
        && exact(ws, &["commission", "comission", "pay", "payout", "incentive", "credit"])
        || mentions(ws, &["is my credit the", "is the credit the", "is my credit on the"]);
    if (matches!(first, "do" | "does" | "is" | "am" | "will" | "are") || on_list_price)
        && (exact(ws, &["credit", "credited", "counted"]) || worked_on || on_list_price)
        && exact(ws, &["or"])
        && crate::phrases::amount(ws).is_none()
        && parts.query.scope.deal.is_none()
        // (not "more credit this quarter or last": a comparison of figures)
        && parts.query.scope.period.is_none()
        && !exact(ws, &["more", "less", "most", "least"])
    {
        return true;
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
        || matches!(ws.last().map(String::as_str), Some("right" | "yes" | "correct"))
        // ("… like 11pm. if it lands then does it still count in q3?")
        || mentions(ws, &["does it", "does that", "will it", "will that", "would it", "would that"]);
    if asks && ws.iter().any(time_of_day) && exact(ws, &["count", "counts", "counted", "land", "lands"]) {
        return true;
    }
    // ("PO confirmed late on March 31 - March or April credit?": which of two months a deal
    // on the last day lands in, the plan's cut-off)
    // ("may" is as often the verb)
    let month = |w: &String| crate::phrases::month_number(w).filter(|_| w != "may");
    // ("… at 22:00, Q2 or Q3?": or of two quarters)
    let quarter = |w: &String| crate::phrases::quarter_code(w).is_some();
    let month_or_month = ws.windows(3).any(|w| {
        w[1] == "or" && (month(&w[0]).is_some() && month(&w[2]).is_some() || quarter(&w[0]) && quarter(&w[2]))
    });
    let day_said = ws
        .iter()
        .enumerate()
        .any(|(i, w)| month(w).is_some() && crate::phrases::day_with_month(ws, i).is_some());
    let clock = |w: &String| {
        w.split_once(':')
            .is_some_and(|(h, m)| h.parse::<u32>().is_ok_and(|h| h < 24) && m.len() == 2 && m.parse::<u32>().is_ok())
    };
    // ("at 11:40 pm": the hour and minutes read apart, then "pm")
    // ("po signed 11pm on 3/31, march or april?": the hour and "pm" as one word)
    let hour_said = ws.iter().any(clock)
        || ws.iter().any(time_of_day)
        || ws
            .windows(2)
            .any(|w| matches!(w[1].as_str(), "am" | "pm") && w[0].parse::<u32>().is_ok_and(|n| n < 60))
            // (not "if I close 3 am I past it": "am" before "i" is the verb)
            && !ws.windows(2).any(|w| w[0] == "am" && w[1] == "i");
    if month_or_month && (day_said || hour_said) && parts.who.is_none() {
        return true;
    }
    // ("PO landed at half 11 on the night of 31 May - that's May, right?": the month a late
    // deal lands in, checked)
    let month_checked = ws
        .windows(2)
        .any(|w| matches!(w[0].as_str(), "that's" | "thats" | "that") && crate::phrases::month_number(&w[1]).is_some())
        && matches!(
            ws.last().map(String::as_str),
            Some("right" | "yeah" | "correct" | "yes")
        );
    let late = hour_said || exact(ws, &["night", "midnight", "late", "evening"]);
    if month_checked
        && late
        && ws
            .iter()
            .enumerate()
            .any(|(i, w)| crate::phrases::month_number(w).is_some() && crate::phrases::day_with_month(ws, i).is_some())
    {
        return true;
    }
    // ("emailed the PO at 11:40 pm on march 31 … which month gets the credit?")
    if hour_said && day_said && mentions(ws, &["which month", "what month", "which quarter", "what quarter"]) {
        return true;
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
        return true;
    }
    // ("does the annual quota reset every quarter or not")
    if matches!(first, "does" | "do" | "is" | "will")
        && exact(ws, &["reset", "resets"])
        && ws.iter().any(cadence)
        && !matches!(parts.who, Some(crate::query::Who::Seller(_)))
    {
        return true;
    }
    // ("do i owe the gambit back if i quit": what the plan says happens when one leaves)
    if super::leaving(ws) && parts.who.is_none() {
        return true;
    }
    // ("if a pub sends the stock back after 10 weeks do i still lose the commish": whether
    // the clawback window reaches that far, which the plan says)
    let unit = |w: &str| matches!(w.trim_end_matches('s'), "day" | "week" | "month" | "year");
    let after_a_while = ws.windows(3).any(|w| {
        w[0] == "after" && w[1].parse::<u32>().is_ok() && unit(&w[2])
            // ("cliente cancelou 4 meses depois": four months after)
            || w[0].parse::<u32>().is_ok() && unit(&w[1]) && matches!(w[2].as_str(), "after" | "later")
            // ("it's been like 4 months since they signed. would that get clawed back?")
            || w[0].parse::<u32>().is_ok() && unit(&w[1]) && w[2] == "since"
    });
    if after_a_while
        && exact(ws, &["if", "when", "lose", "still", "would", "will"])
        && (mentions(ws, crate::query::words::CLAWBACK) || exact(ws, &["lose", "still", "back", "keep"]))
        && parts.who.is_none()
    {
        return true;
    }
    // ("ano ba yung barkada bonus, pano ma-qualify": how a bonus is earned)
    if v.bonus(ws) && exact(ws, &["qualify", "qualifies", "eligible"]) && exact(ws, &["how", "what"]) {
        return true;
    }
    // ("How can I get the Shinki SPIFF? Please teach me the condition.": how it is earned)
    // ("the long innings spiff" where "| innings |" are the tiers: the bonus by its noun)
    if (v.bonus(ws) || exact(ws, crate::query::words::BONUS_NOUNS))
        && mentions(
            ws,
            &[
                "how can i get",
                "how can i earn",
                "how can i win",
                "how do i earn",
                "how to get",
                "how to earn",
                // ("what do i need to do to get the long innings spiff": what it asks of one)
                "need to do to",
                "have to do to",
                "gotta do to",
            ],
        )
        && crate::phrases::amount(ws).is_none()
        && !exact(ws, &["more", "much", "many", "if"])
    {
        return true;
    }
    // ("do line cleanings pay anything": whether a product earns at all, which the plan says)
    if matches!(first, "do" | "does")
        && parts.query.scope.product.is_some()
        && mentions(
            ws,
            &[
                "pay anything",
                "earn anything",
                "count for anything",
                "pay commission",
                "count toward",
            ],
        )
        && !exact(ws, &["i", "me", "my", "we", "our"])
        && parts.who.is_none()
    {
        return true;
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
        return true;
    }
    if credit_is && (!parts.personal || ws.get(1).is_some_and(|w| w == "my")) {
        return true;
    }
    // (a measure's initials may read as a team, "is GM figured on …": no one named)
    if (what_counts || before_or_after) && !parts.personal && !matches!(parts.who, Some(crate::query::Who::Seller(_))) {
        return true;
    }
    // ("is my gross figured before or after pack", "is my commission based on the list price
    // or what the customer paid": how the plan figures anyone's, the asker's too)
    // ("is my prod counted before or after the $50 switchover credit": an amount the plan
    // sets, named in the either-or)
    if before_or_after
        && parts.personal
        && q.scope.period.is_none()
        && (crate::phrases::amount(ws).is_none()
            || mentions(ws, &["before or after the", "after or before the"]) && !exact(ws, &["if"]))
    {
        return true;
    }
    // "Which months make up Q4?": the plan's calendar (exactly "months", not "which month").
    if ws
        .windows(2)
        .any(|w| matches!(w[0].as_str(), "which" | "what") && w[1] == "months")
        && !parts.personal
        && parts.who.is_none()
    {
        return true;
    }
    // "do I get Big Iron on a repeat GTK sale too": whether the plan pays it on a kind of
    // deal.
    // ("does a 6 month dedicated get the lane lock": whether a kind of deal earns it)
    let kind_gets = ws.first().is_some_and(|w| w == "does")
        && ws.get(1).is_some_and(|w| matches!(w.as_str(), "a" | "an"))
        && exact(ws, &["get", "earn", "qualify"])
        // ("do skeeter passes get the doorknocker": whether a product earns it, whoever sells it)
        || ws.first().is_some_and(|w| matches!(w.as_str(), "do" | "does"))
            && q.scope.product.is_some()
            && exact(ws, &["get", "earn", "qualify"])
            && !exact(ws, &["i", "me", "my", "we", "our", "mine"])
            && parts.who.is_none();
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
        return true;
    }
    // "How much is the Anchor Bonus worth": what the plan pays for it, not what was paid.
    if v.bonus(ws) && mentions(ws, &["worth", "how much is", "what is the", "what's the"]) && !parts.personal {
        return true;
    }
    // "what's my OTE": on-target earnings are base pay and the target incentive, which the
    // plan states (a figure of the engine only as a lever's new value).
    if mentions(ws, &["ote", "on-target earnings", "on target earnings", "target pay"])
        && crate::phrases::amount(ws).is_none()
        && !exact(ws, &["cost", "costs", "spend"])
    {
        return true;
    }
    // "I'm ramping, what quota am I carrying?" asks for the figure; without one, the plan's
    // rule for new hires.
    if mentions(ws, &["ramping", "ramp"]) && parts.figure.is_none() {
        return true;
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
        return true;
    }
    // ("PO received 31st dec 11:30 pm but I entered in CRM next morning, which month it will
    // count?": the plan's rule for when a deal counts)
    if mentions(ws, &["which month", "what month", "which quarter", "what quarter"])
        && exact(ws, &["count", "counts", "counted"])
        && !mentions(ws, &["how many", "how much"])
        && !exact(ws, &["most", "best", "worst", "least"])
    {
        return true;
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
            // ("how long have I to query the july docket": the window for a dispute)
            "how long have i",
            "how long do i have",
            "how long do we have",
        ],
    ) && exact(
        ws,
        &[
            "close",
            "closed",
            "count",
            "counts",
            "book",
            "booked",
            "sign",
            "signed",
            "complain",
            "dispute",
            "appeal",
            "query",
            "challenge",
            "contest",
        ],
    ) {
        return true;
    }
    false
}

/// Whether the question checks a rule someone claims ("my buddy says once you go double
/// every single deal in the quarter gets paid at 10%. true?", "one of my reps thinks the
/// golden bean gets taken back if a deal spills. does it?"): hearsay said of no one in
/// particular, then a tag that asks whether it is so. ("my manager says I'm at 80%, right?"
/// checks a figure of the asker's, no rule.)
pub(super) fn claim_checked(v: &Vocabulary, ws: &[String]) -> bool {
    let Some(said) = ws
        .iter()
        .take(8)
        .position(|w| matches!(w.as_str(), "says" | "said" | "thinks" | "reckons" | "claims" | "heard"))
    else {
        return false;
    };
    const TAGS: &[&[&str]] = &[
        &["true"],
        &["that", "true"],
        &["is", "that", "right"],
        &["that", "right"],
        &["does", "it"],
        &["do", "they"],
        &["is", "it"],
        &["will", "it"],
        &["correct"],
        &["really"],
        &["legit"],
        &["is", "that", "so"],
        &["is", "that", "a", "thing"],
    ];
    let tagged = TAGS
        .iter()
        .any(|t| ws.len() > t.len() + said + 3 && ws.ends_with(&t.iter().map(|w| w.to_string()).collect::<Vec<_>>()));
    let claim = &ws[said + 1..];
    let of_someone = claim.iter().any(|w| {
        matches!(
            w.as_str(),
            "i" | "i'm"
                | "im"
                | "i've"
                | "ive"
                | "i'd"
                | "i'll"
                | "my"
                | "me"
                | "mine"
                | "he"
                | "she"
                | "his"
                | "her"
                | "him"
                | "he's"
                | "she's"
                | "hes"
                | "shes"
                | "we"
                | "our"
                | "you're"
                | "youre"
                | "your"
        )
    });
    // (a person tells it, not a document: "my statement says 4,210.50 for june, is that
    // right?" checks a figure; nor a figure of a seller's: "priya says jordan closed 40k")
    let document = said > 0
        && matches!(
            ws[said - 1].as_str(),
            "statement"
                | "receipt"
                | "payslip"
                | "dashboard"
                | "portal"
                | "report"
                | "tape"
                | "crm"
                | "it"
                | "this"
                | "that"
        );
    let figure_of_someone = claim.windows(2).any(|w| crate::phrases::amount(w).is_some())
        || claim
            .iter()
            .any(|w| crate::phrases::amount(std::slice::from_ref(w)).is_some())
        || v.seller(&claim.join(" ")).is_some();
    tagged && !of_someone && !document && !figure_of_someone
}

/// "credit is on the TPV or the receita líquida?", "the spiff goes to the setter or the
/// closer": a statement of how a part of the plan works with two ways to choose from, no
/// question word before it, nothing compared and no one's own figure.
fn statement_of_two_ways(ws: &[String]) -> bool {
    let Some(or) = ws.iter().position(|w| w == "or") else {
        return false;
    };
    let opens_as_asked = ws.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "what"
                | "whats"
                | "what's"
                | "how"
                | "which"
                | "who"
                | "whos"
                | "who's"
                | "when"
                | "where"
                | "why"
                | "if"
                | "and"
                | "did"
                | "does"
                | "do"
                | "is"
                | "are"
                | "can"
                | "will"
                | "should"
                | "was"
                | "were"
                | "has"
                | "have"
                | "am"
        )
    });
    // (a verb of how the plan works, or "is" said of the plan's own part: "credit is on …";
    // not "Priya is above quota or below?", a standing)
    let before = &ws[..or];
    let verb = before.iter().any(|w| {
        matches!(
            w.as_str(),
            "counts" | "count" | "goes" | "go" | "enters" | "enter" | "pays" | "included" | "based" | "calculated"
        )
    }) || before.iter().any(|w| matches!(w.as_str(), "is" | "are"))
        && before.iter().any(|w| {
            matches!(
                w.as_str(),
                "credit"
                    | "commission"
                    | "comissao"
                    | "bonus"
                    | "spiff"
                    | "split"
                    | "clawback"
                    | "draw"
                    | "accelerator"
            )
        });
    let compared = exact(
        ws,
        &[
            "higher", "lower", "more", "less", "bigger", "smaller", "better", "worse", "most", "least", "vs", "versus",
        ],
    );
    or >= 3
        && ws.len() >= or + 2
        && !opens_as_asked
        && verb
        && !compared
        && !exact(ws, &["my", "i", "me", "mine", "how", "much", "many"])
}
