//! The words that always ask what the plan says: disputes, eligibility, payment timing, who
//! the plan covers, pay around the plan (tax, retirement money, base salary).

use crate::fuzzy::mentions;
use crate::query::parse::exact;
use crate::query::parse::Parts;

/// Whether the question says one of the plan's own words (not "did the Bridge top me up at
/// all?", which asks what happened, nor a question about one deal).
pub(super) fn names_the_plans_own_words(ws: &[String], parts: &Parts) -> bool {
    let first = ws.first().map(String::as_str).unwrap_or("");
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
            // ("what's the window to contest the September statement", not "the Q3 sales contest")
            "to contest",
            // ("whats the cut-off for querying my feb tally sheet": an Australian's dispute)
            "querying",
            "to query",
            "challenging",
            "to challenge",
            "appealing",
            "to appeal",
            // ("credit basis: net invoice or list, pre- or post-HST?")
            "pre- or post",
            "pre or post",
            "credit basis",
            "disagree",
            // who and what the plan covers, and how
            "sales managers",
            "managers paid",
            "paid on this plan",
            // ("the regional managers are paid in this plan?")
            "paid in this plan",
            "paid by this plan",
            // ("are managers also paid from this plan?")
            "paid from this plan",
            // (Australian: superannuation on commission, a payroll rule)
            "is super paid",
            "super paid on",
            "super on my",
            "superannuation",
            // (holiday pay: "is vakantiegeld paid on my commission")
            "vakantiegeld",
            // (South Africa's year-end month of salary: "is the 13th cheque paid on my
            // commission")
            "13th cheque",
            // (the Philippines' and Latin America's: "the 13th month pay is including my
            // commission?")
            "13th month",
            "thirteenth month",
            "13th salary",
            "aguinaldo",
            "13th check",
            "thirteenth cheque",
            "holiday pay",
            "holiday allowance",
            // (Canada's and the US's: "is vacation pay paid on my commission")
            "vacation pay",
            "paid time off",
            "paid with this plan",
            "paid under this plan",
            "come out of my",
            "comes out of my",
            "managers on",
            // ("are managers even on this plan")
            "even on this plan",
            "even on the plan",
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
            // (New Zealand's retirement saving: "is kiwisaver paid on top of my commission")
            "kiwisaver",
            "taxed",
            // ("does a gtk 500 i sell get split with kary": how the plan credits it)
            "get split",
            "gets split",
            "getting split",
            "be split",
            // ("is my quota lower because i only joined mid-july?": the plan's proration)
            "because i joined",
            "because i only joined",
            "because i started",
            "because i only started",
            "cause i joined",
            "cause i started",
            // ("is tax taken out of my comm checks")
            "tax taken out",
            "taxes taken out",
            "tax withheld",
            "taxes withheld",
            "withholding",
            "tax deducted",
            // (India's tax deducted at source, Britain's pay-as-you-earn: "is TDS cut from the
            // incentive?")
            "tds",
            "paye",
            // ("is my commish pensionable?": whether it counts for the pension)
            "pensionable",
            // ("how does elease get credit when one of my reps sells a tunnel": the split's rule)
            "get credit when",
            "gets credit when",
            "get credited when",
            "gets credited when",
            // ("im going out on parental leave in november do i get quota relief")
            "quota relief",
            "tax cut from",
            "taxes cut from",
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
            // ("and how will I repay that?" after the draw)
            "how will i repay",
            "how do i repay",
            "how would i repay",
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
            // (said in another language's order: "they will take my commission?", "Anna is
            // asking if her cancelled deal will be taken back")
            "they will take",
            "will be taken back",
            "will it be taken back",
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
        // ("what's in de trechter for me, is it worth anything at all": the deals' worth)
        && !(parts.query.scope.stage.is_some() && exact(ws, &["worth"]))
        // ("how much do i have to sell before i earn anything at all?": the asker's distance)
        && !(parts.figure == Some(crate::query::Figure::Distance) && mentions(ws, &["how much", "how many"]))
        // ("am i on pace for the year at all?": the asker's pace)
        && !(parts.figure == Some(crate::query::Figure::Pace) && mentions(ws, &["at all"]))
        // ("how many Cat Bs did we sign off this year" where a deal signed off is won: a count
        // of what was done; not "how many days do I have to flag it")
        && !(mentions(ws, &["how many"]) && exact(ws, &["did"]))
        // ("what was my install quota for august, i started halfway thru": the month's
        // figure, asked for; the start says why it may be smaller)
        && !(mentions(ws, &["what was my", "what is my", "what's my", "whats my"])
            && parts.figure == Some(crate::query::Figure::Quota)
            && parts.query.scope.period.is_some())
        // ("Jordan started in July … What is his array attainment to date against his
        // prorated quota?": the same, asked of him)
        && !(parts.figure.is_some()
            && matches!(parts.who, Some(crate::query::Who::Seller(_)))
            && mentions(ws, &["what is his", "what is her", "what's his", "what's her", "whats his", "whats her"]))
        // ("Jordan's fit-out attainment, with the proration": a person's figure, asked for)
        && !(parts.figure.is_some()
            && matches!(parts.who, Some(crate::query::Who::Seller(_)))
            && first.ends_with("'s")
            && !matches!(
                first,
                "who's" | "what's" | "where's" | "how's" | "that's" | "it's" | "there's" | "here's" | "he's" | "she's" | "let's"
            ))
    {
        return true;
    }
    false
}
