//! The figure a question asks for (earnings, payable, credit, attainment, a distance …),
//! from the domain's words; the mark of a distance is `mark`'s.

mod draw;
pub(in crate::query) mod in_question;
mod object;
pub(in crate::query) mod plainly;

use super::parse::exact;
use super::vocabulary::Vocabulary;
use super::words::*;
use super::{Figure, Mark, Query};
use crate::fuzzy::mentions;

/// "What did the third quarter pay me", "what would december have paid", "what would Q4 pay
/// me" under the pipeline won: the period is what pays, when nothing narrower is named (a new
/// deal's own pay is its earnings, unless the period is the subject).
fn period_pays(v: &Vocabulary, ws: &[String], q: &Query) -> bool {
    // ("what would quarter 3 pay": a period of two words)
    let period_subject = (1..=2).any(|n| {
        ws.windows(n + 1).any(|w| {
            crate::phrases::periods(&w[..n], v.inputs.plan.start, v.inputs.plan.end).len() == 1
                && matches!(w[n].as_str(), "pay" | "paid" | "pays" | "have")
                && exact(ws, &["pay", "paid", "pays"])
        })
    });
    let s = &q.scenario;
    let lever_measure = s.lever.as_ref().and_then(|l| l.measure.clone());
    // ("how much I will get for Q3": what the period pays the asker)
    let gets = mentions(
        ws,
        &[
            "will i get",
            "i will get",
            "do i get",
            "i'll get",
            "will i receive",
            "i will receive",
        ],
    ) && exact(ws, &["how"]);
    // ("how much has the Flat paid me this year" where the Flat is the MG commission's one
    // rate: that measure's pay, its earnings)
    // (read last: it scans the plan's terms)
    let measure_by_its_tier = || {
        q.scope.measure.is_none()
            && v.terms_in(ws).iter().any(|t| {
                matches!(t, super::terms::Term::Tier(mi, _) if v.inputs.plan.measures.get(*mi).is_some_and(|m| m.tiers.len() == 1))
            })
    };
    (mentions(ws, &["pay me", "paid me", "paying me"]) || period_subject || gets)
        && q.scope.period.is_some()
        && (q.scope.measure.is_none() || period_subject && q.scope.measure == lever_measure)
        && q.scope.account.is_none()
        && q.scope.deal.is_none()
        && q.scope.product.is_none()
        && q.scope.deal_type.is_none()
        && (s.lever.is_none() || period_subject)
        // ("what does q3 pay me in commission": the commission it pays, the earnings)
        && !mentions(ws, &["in commission", "in commish", "in comms"])
        && s.saved.is_empty()
        && (s.new_deal.is_none() || period_subject)
        && (s.move_deal.is_none() && s.deal_amount_to.is_none() || period_subject)
        && !measure_by_its_tier()
}

/// The figure the question asks for, and the mark of a distance.
pub(super) fn figure(v: &Vocabulary, ws: &[String], q: &Query) -> (Option<Figure>, Option<Mark>) {
    // ("what did december pay me with the bellows and everything": the draw by the
    // document's name, netted as "the draw" is; the name kept where nothing is netted)
    let plainly = v.draw_said_plainly(ws);
    let netted = without_what_is_netted(&plainly);
    // ("total pay incl the scaffold since january": the pay with the draw in it is what was
    // paid, whatever word of pay says it)
    const DRAW: &[&str] = &["draw", "draws", "advance", "advances"];
    // (not "what did I earn in Q3, not counting the draw": the draw left out)
    let draw_counted = netted.len() < plainly.len()
        && exact(&plainly, DRAW)
        && !exact(&netted, DRAW)
        && !exact(&plainly, &["not", "without", "w/o", "excluding", "excl"]);
    let kept: std::borrow::Cow<'_, [String]> = if netted.len() < plainly.len() {
        netted.into_owned().into()
    } else {
        ws.into()
    };
    let moved = object::seller_as_me(v, &kept);
    let ws: &[String] = &moved;
    // ("how much of my june pay was the MG side": the part of the pay a measure earned)
    if q.scope.measure.is_some()
        && mentions(ws, &["how much of my", "how much of the"])
        && exact(ws, &["pay", "paycheck", "check", "payout", "commission"])
    {
        return (Some(Figure::Earnings), None);
    }
    let lever = q.scenario.lever.as_ref().map(|l| l.kind);
    use super::terms::Term;
    let named = v.terms_in(ws);
    let mark = super::mark::mark(v, ws, q, &named);
    // ("a 15k furnace today - does that put me into Chinook", "would going surround happen if
    // I closed a 25k gtk 500": whether a new deal reaches the mark, how far it leaves me)
    // ("did I end up going eagle in Q3 or did I just miss?", "did i ring flank in q1":
    // whether a closed period reached a tier, answered by its attainment)
    // ("was I headlining in Q2?": the same, the floor's word for being there; not "was i on
    // hold or grow", which tier paid)
    // ("did i even clear the mash-in in october": whether the month passed the threshold)
    // ("Has Lajuana made it past the On-Ramp yet this quarter?": "did" in the perfect)
    let first = ws
        .first()
        .map(String::as_str)
        .map(|w| if w == "has" { "did" } else { w });
    if (first == Some("did")
        || matches!(first, Some("was" | "were"))
            && !mentions(ws, &["was i on", "was i in", "was i at"])
            && !exact(ws, &["or"]))
        && (matches!(mark, Some(Mark::Accelerator | Mark::NextTier))
            // ("did i get over 100% on nav last qtr": a share said, whether it was reached)
            || first == Some("did")
                && mark.is_none()
                && crate::phrases::percent(ws).is_some()
                && exact(ws, &["over", "past", "above", "hit", "reach", "beat"])
                // (not "did I make over 8% on hardware", a rate)
                && !exact(ws, &["make", "made", "rate", "paid", "pay", "earn", "earned", "commission"])
            || mark == Some(Mark::Threshold)
                && first == Some("did")
                && exact(
                    ws,
                    &[
                        "clear", "cross", "pass", "hit", "reach", "make", "made", "cleared", "crossed", "passed",
                        "reached",
                    ],
                )
                && !mentions(ws, &["how short", "if not", "short am i"]))
        && q.scenario.is_none()
        && q.scope.period.is_some()
        && !mentions(ws, &["how much", "how far", "how close", "by how"])
    {
        return (Some(Figure::Attainment), None);
    }
    // ("how much do i have to sell before i earn anything at all?": how far to the threshold,
    // its "earn" the mark's word, no figure of pay)
    if mark == Some(Mark::Threshold)
        && mentions(ws, &["how much", "how many"])
        // ("How much more production do I need this quarter before anything at all is paid")
        && (mentions(ws, &["how much more"]) && exact(ws, &["need", "needed"]) || mentions(
            ws,
            &[
                "have to sell",
                "need to sell",
                "have to close",
                "need to close",
                "have to book",
                "need to book",
                // ("how much more premium do I need to place before anything pays")
                "need to place",
                "have to place",
                "need to land",
                "have to land",
                "how much more do i need",
            ],
        ))
        && q.scenario.is_none()
    {
        return (Some(Figure::Distance), mark);
    }
    // ("if i land 20k more this month do i ring flank": the floor's verb for reaching it)
    let floor_verb = ws.windows(3).any(|w| {
        matches!(w[0].as_str(), "do" | "would" | "will" | "does")
            && matches!(w[1].as_str(), "i" | "that" | "it" | "she" | "he")
            && v.accelerator_words
                .iter()
                .any(|a| a.contains(' ') && a.split(' ').next() == Some(w[2].as_str()))
    });
    if mark.is_some()
        && q.scenario.new_deal.is_some()
        && (floor_verb || mentions(
            ws,
            &[
                "put me",
                "get me",
                // ("a 30k lift-and-shift today can bring him there or not", "can go penthouse
                // or not": Singlish, the asker unsaid)
                "bring me",
                "bring him",
                "bring her",
                "can go",
                "take me",
                "push me",
                "tip me",
                "bump me",
                "happen",
                "get there",
                "be there",
                // ("will I cross the crease?", "would a 1 cr deal open the powerplay")
                "i cross",
                "me cross",
                "it cross",
                "open the",
                "opens the",
                "unlock the",
                "unlocks the",
                // ("if i close a 3k mg advanced this week do i make gondola")
                "do i make",
                "would i make",
                "will i make",
                "do i hit",
                "would i hit",
                "will i hit",
                "do i reach",
                "would i reach",
            ],
        ))
        && !exact(ws, &["pay", "paid", "earn", "earned", "worth", "commission", "much"])
        // ("what do i make if this puts me over gondola": the pay)
        && !(exact(ws, &["what", "how"]) && mentions(ws, &["do i make", "would i make", "will i make"]))
    {
        return (Some(Figure::Distance), mark);
    }
    // ("have i maxed out the strategic incentive yet": whether the cap is reached, how far)
    if mark == Some(Mark::Cap) && mentions(ws, super::words::MAXED_OUT) {
        return (Some(Figure::Distance), mark);
    }
    // Words that belong to the what-if ("payout cap", "the kicker rate") are not the figure.
    let payout_cap = ws.windows(2).any(|w| w[0] == "payout" && w[1] == "cap");
    // ("how much did they top me up": the draw's top-up to the guaranteed amount)
    // ("a top-up", read as "topup")
    let draw = exact(ws, &["draw", "draws", "advance", "drawn", "drew", "top-up", "top-ups", "topup", "topups"])
        // ("how much was advanced to Wilburn in April": the draw paid to him; not "MG Advanced")
        // ("how much have we advanced elizabeth so far")
        || mentions(
            ws,
            &["advanced to", "was advanced", "were advanced", "been advanced", "we advanced", "have we advanced", "we've advanced"],
        ) && v.inputs.plan.draw.is_some()
        || mentions(ws, &["top me up", "topped me up", "topped up", "top up"]) && v.inputs.plan.draw.is_some()
        // ("how much have they fronted me this year": what the draw advanced)
        || (exact(ws, &["fronted"]) || mentions(ws, &["front me"])) && v.inputs.plan.draw.is_some()
        || named.contains(&Term::Draw)
        // ("how much do i owe back right now", where the plan advances a draw; not "if a
        // customer churns do I have to pay back my commission", a clawback)
        || mentions(ws, &["owe back", "pay back", "paid back"])
            && v.inputs.plan.draw.is_some()
            && !exact(ws, &["commission", "deal", "deals", "customer", "cancel", "cancels", "cancelled", "churn", "churns", "clawback", "clawed"]);
    let period_pays = period_pays(v, ws, q);
    // ("if i take a deposit on a 28k kitchen", "a 25k kitchen deposit": the customer's
    // deposit that wins the deal, not the asker's pay landing)
    let customer_deposit = |ws: &[String]| {
        ws.iter().enumerate().any(|(i, w)| {
            matches!(w.as_str(), "deposit" | "deposits")
                && (ws
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.as_str(), "on" | "down" | "for" | "paid" | "today"))
                    || i > 0
                        && (matches!(ws[i - 1].as_str(), "a" | "their" | "customer's" | "client's")
                            || crate::phrases::amount(&ws[i - 1..i]).is_some()
                            || v.product(&ws[i - 1]).is_some())
                    || ws[i.saturating_sub(3)..i]
                        .iter()
                        .any(|x| matches!(x.as_str(), "take" | "took" | "taken" | "takes" | "put" | "puts")))
        }) && !mentions(
            ws,
            &[
                "my deposit",
                "the deposit hit",
                "deposit hit",
                "in my account",
                "direct deposit",
            ],
        )
            // (not "when will i get a deposit for my march commission?": the asker's pay)
            && !exact(ws, &["commission", "pay", "paid", "check", "paycheck", "payout", "commish"])
    };
    let payable = (mentions(
        ws,
        &[
            "payout",
            "payouts",
            "paycheck",
            "payable",
            "take home",
            "take-home",
            "deposit",
            "land in",
            // ("what did we pay Violet for November?")
            "did we pay",
            // ("what'll land on the 20th for me")
            "what'll land",
            "what will land",
            "whatll land",
            "what lands",
            "what hits on",
            // ("whats landing on the 20th")
            "what's landing",
            "whats landing",
            "what is landing",
            "how much will land",
            "how much lands",
            "in my account",
            "into my account",
            "hit my account",
            "hit my acct",
            "hits my acct",
            "in my acct",
            // ("whats coming to me this month")
            "coming to me",
            "coming my way",
            "payslip",
            "pay slip",
            "bank account",
            "hitting my",
            "my check",
            "the check",
            "my cheque",
            "payday",
            "pay day",
            "payroll",
            // ("what am I owed on the 25 October run": what the payday pays)
            "am i owed",
            // ("what will i collect on 25th june": what that payday pays)
            "will i collect",
            "i will collect",
            "i'm owed",
            "im owed",
            // ("how much am I due so far this year?": Scottish and Irish for owed)
            "am i due",
            "i'm due",
            "im due",
            // ("kindly share my pending amount for this quarter": what is yet to be paid)
            "pending amount",
            "pending payment",
            "pending payout",
            "amount due",
        ],
    ) && !payout_cap
        && !customer_deposit(ws)
        || mentions(ws, super::words::COMING_IN_ON))
        || mentions(ws, super::words::PAY_RUN)
        || exact(ws, &["check", "cheque"])
            && !mentions(ws, &["check my", "check on", "check if", "check whether", "check the", "you check", "to check", "check how"])
        // "this month's check", "my check": the noun; "check my pay", "can you check": the verb.
        || ws.iter().enumerate().any(|(i, w)| {
            matches!(w.as_str(), "check" | "cheque")
                && i > 0
                && (ws[i - 1].ends_with("'s")
                    || crate::phrases::month_number(&ws[i - 1]).is_some()
                    || matches!(ws[i - 1].as_str(), "my" | "the" | "this" | "next" | "last" | "a" | "her" | "his" | "their" | "our"))
                && !matches!(ws.get(i + 1).map(String::as_str), Some("if" | "whether" | "that" | "on"))
        })
        || exact(ws, &["paid", "payment", "payments"]) && lever.is_none() && q.scenario.new_deal.is_none()
        // (Irish and British: "how much am I on for Q2", what the period pays; not "how much
        // am i on track for")
        || ws.windows(5).enumerate().any(|(i, w)| {
            w[0] == "how"
                && w[1] == "much"
                && matches!(w[2].as_str(), "am" | "is")
                && matches!(w[3].as_str(), "i" | "he" | "she")
                && w[4] == "on"
                && ws.get(i + 5).is_none_or(|n| matches!(n.as_str(), "for" | "this" | "in" | "?"))
        })
        // ("whats my pay for june going to be": the pay of a period)
        // (not "my variable pay for oct-dec", the earnings)
        // ("whats my pay looking like this month", "my pay last month": the month's pay; not
        // "add to my pay", "recover from my pay")
        || (ws.windows(3).any(|w| w[1] == "pay" && w[2] == "for" && !matches!(w[0].as_str(), "variable" | "incentive" | "commission"))
            || ws.iter().enumerate().any(|(i, w)| {
                w == "pay"
                    && i >= 1
                    && ws[i - 1] == "my"
                    && (i < 2 || !matches!(ws[i - 2].as_str(), "to" | "from" | "off" | "of" | "on"))
                    && ws
                        .get(i + 1)
                        .is_none_or(|n| matches!(n.as_str(), "this" | "last" | "next" | "in" | "looking" | "?"))
            }))
            && q.scope.period.is_some()
            && lever.is_none()
            && q.scenario.is_none()
        // ("what my Q4 payment would be with a new deal of 30.000": the period's payment)
        || ws.windows(2).any(|w| {
            w[1] == "payment"
                && (matches!(w[0].as_str(), "q1" | "q2" | "q3" | "q4" | "quarter's" | "month's" | "quarterly" | "monthly")
                    || crate::phrases::month_number(&w[0]).is_some())
        })
        // ("how much did I receive in Q1", "combien j'ai reçu": what was paid)
        || exact(ws, &["receive", "received"])
            && !draw
            && q.scenario.is_none()
            && !exact(ws, &["credit", "credited", "attainment", "quota", "bonus", "spiff"])
        // ("what will I receive with the salary of 25 January": what the payday pays, not
        // a draw received)
        || mentions(ws, &["will i receive", "with the salary", "with my salary"]) && !draw
        // "what did the third quarter pay me": a period's pay, when nothing narrower is named.
        // "what would december have paid", "what would Q4 pay me" under the pipeline won:
        // the period is what pays (a new deal's pay is its earnings).
        || period_pays;
    // "am I on the MG step-up?", "am I in Steady or Surge?": which tier pays now.
    // (a tier said by its number counts: "paying tier 1 or tier 2")
    let numbered = ws
        .windows(2)
        .filter(|w| w[0] == "tier" && w[1].parse::<u32>().is_ok())
        .count();
    let tiers_named = named.iter().filter(|t| matches!(t, Term::Tier(..))).count() + numbered;
    // "Level Flight or Jet Stream for me?": which of the two tiers pays now.
    // "which acv tier am i on", "which flight level was i on in may"
    let tier_word = |w: &str| matches!(w, "tier" | "level" | "band" | "bracket");
    let on_tier = (mentions(
        ws,
        &[
            "am i on", "am i in", "am i at", "i'm on", "im on", "was i on", "was i in",
        ],
    ) && (tiers_named > 0 || v.says_accelerator(ws) || exact(ws, &["tier", "tiers", "ladder"]))
        || tiers_named >= 2 && exact(ws, &["or"])
        // ("which vehicle i dey on the lagos ride now" where the tiers are "| the Lagos ride
        // |": a second language's order, the tiers said)
        || ws.first().is_some_and(|w| matches!(w.as_str(), "which" | "what"))
            && mentions(ws, &["i am on", "i am in", "i am at"])
            // (not "what would my payout be if i am in tier 3?")
            && !exact(ws, &["if", "would"])
            && (tiers_named > 0 || exact(ws, &["tier", "tiers"]))
        // "what tier of the ladder am I on"
        || ws.iter().enumerate().any(|(i, w)| {
            let tier_word = |w: &str| tier_word(w) || tier_word(w.trim_end_matches('s'));
            tier_word(w)
                && i > 0
                // ("which of the tiers am i in")
                && (matches!(ws[i - 1].as_str(), "what" | "which")
                    || i > 2 && ws[i - 1] == "the" && ws[i - 2] == "of" && matches!(ws[i - 3].as_str(), "what" | "which"))
                && (ws[i + 1..].windows(3).take(5).any(|x| {
                    matches!(x[0].as_str(), "am" | "was") && x[1] == "i" && matches!(x[2].as_str(), "on" | "in" | "at")
                })
                    // ("in which band of la saison des sucres I am actually?", "I am on which
                    // shift for the MRO": the order of French, no distance asked)
                    || ws.windows(2).any(|x| x[0] == "i" && matches!(x[1].as_str(), "am" | "was"))
                        && !exact(
                            ws,
                            &[
                                "far", "away", "close", "need", "reach", "get", "more", "next", "until", "till", "above",
                                "after", "below", "higher", "lower", "than",
                            ],
                        ))
        })
        // ("where's owen on the floors right now", the floors the tiers: where he stands)
        // (not "where do i sit on the ladder for earnings": the others ranked by a figure)
        || ws.first().is_some_and(|w| matches!(w.as_str(), "where's" | "wheres" | "where"))
            && mentions(ws, &["on the tier", "on the tiers", "in the tiers", "on the ladder"])
            && !mentions(ws, &["for earnings", "on earnings", "for commission", "for pay", "for credit"])
        // "what band's gladys on at the minute", "which tier is Reed in": where another
        // seller stands
        || ws.iter().enumerate().any(|(i, w)| {
            let (head, contracted) = match w.strip_suffix("'s") {
                Some(h) => (h, true),
                None => (w.as_str(), false),
            };
            tier_word(head)
                && i > 0
                && matches!(ws[i - 1].as_str(), "what" | "which")
                && (contracted || ws.get(i + 1).is_some_and(|x| matches!(x.as_str(), "is" | "was")))
                // (a seller said: not "which tier is 8% in?")
                && v.seller(&ws[i + 1..].join(" ")).is_some()
                && ws[i + 1..]
                    .iter()
                    .take(4)
                    .any(|x| matches!(x.as_str(), "on" | "in" | "at"))
        })
        || ws.windows(4).any(|w| {
            tier_word(&w[0])
                && matches!(w[1].as_str(), "am" | "was" | "were")
                && w[2] == "i"
                && matches!(w[3].as_str(), "on" | "in" | "at")
        })
        // ("what is my tier?", "what is my actual Druckstufe?": the tier the asker stands in,
        // the document's noun for it read as "tier" by now)
        || ws.windows(2).any(|w| {
            matches!(w[0].as_str(), "my" | "current" | "actual" | "present")
                && (tier_word(&w[1]) || v.tier_nouns.iter().any(|n| *n == w[1]))
        }) && mentions(ws, &["what is my", "what's my", "whats my", "which is my"])
            && lever.is_none())
        && !mentions(ws, DISTANCE);
    // ("how many bps am i earning": the rate, in basis points)
    let rate = exact(ws, &["rate"]) && lever.is_none()
        || on_tier
        || mentions(ws, &["how many bps", "what bps", "how many basis points"]) && lever.is_none();
    // What a payout period pays is the whole payout: a measure's, an account's or a
    // product's pay is their earnings ("renewals payout last quarter").
    // (not the product of the deal supposed: "whats my q2 check if i win 4 plus basics")
    let new_deals_product = q
        .scenario
        .new_deal
        .as_ref()
        .is_some_and(|d| d.product.is_some() && d.product == q.scope.product);
    let scoped = q.scope.measure.is_some()
        || q.scope.account.is_some()
        || q.scope.product.is_some() && !new_deals_product
        || q.scope.deal_type.is_some()
        || q.scope.deal.is_some();
    // ("what got credited with my july salary": money paid into the account)
    let salary_credited = mentions(ws, &["credited with", "credited to my", "credited in my"])
        // ("whats my q2 check if i win 4 plus basics": the period's check)
        || ws.windows(2).any(|w| {
            matches!(w[1].as_str(), "check" | "cheque")
                && (crate::phrases::quarter_code(&w[0]).is_some() || crate::phrases::month_number(&w[0]).is_some())
        })
        // ("how much incentive will come in my jan salary": what that salary pays)
        || exact(ws, &["salary", "salaries"])
            && mentions(
                ws,
                &[
                    "come in my", "came in my", "comes in my", "coming in my", "come with my", "came with my",
                    // ("how much incentive will come in the 7th Dec salary")
                    "come in the", "came in the", "comes in the", "coming in the",
                ],
            );
    // ("if my capital quota was 300k what would q3 pay me": the period's pay, the measure
    // said of the change)
    let payable = (payable || salary_credited) && (!scoped || period_pays);
    // "what did the plan (actually) pay me": the seller's payouts, not the plan's cost.
    let plan_paid_me = ws
        .windows(2)
        .any(|w| matches!(w[0].as_str(), "pay" | "paid" | "pays") && w[1] == "me")
        && exact(ws, &["plan"]);
    // ("what did we end up paying Bryce before he left?": what the company paid a seller)
    let we_paid_them = ws
        .windows(2)
        .any(|w| matches!(w[0].as_str(), "paying" | "pay" | "paid") && v.seller(&w[1]).is_some())
        && exact(ws, &["we", "company"])
        && !exact(ws, &["earn", "earned", "commission", "if"]);
    // ("tune me what my october slip comes to": the month's pay slip; not a deal that slips)
    let pay_slip = ws.iter().enumerate().any(|(i, w)| {
        w == "slip"
            && i > 0
            && (matches!(ws[i - 1].as_str(), "my" | "his" | "her" | "monthly" | "pay")
                // ("may" is as often the verb: "the Halvorsen deal may slip")
                || ws[i - 1] != "may" && crate::phrases::month_number(&ws[i - 1]).is_some())
            && ws
                .get(i + 1)
                .is_none_or(|n| !matches!(n.as_str(), "to" | "into" | "past" | "next" | "again"))
    });
    let strong_payable = plan_paid_me
        || we_paid_them
        || pay_slip
        || mentions(
            ws,
            &[
                "paycheck",
                "take home",
                "take-home",
                "payslip",
                "payday",
                "hit my bank",
                "my bank",
                "hit my account",
                "hits my account",
                "hitting my account",
                "hit my acct",
                "hits my acct",
                "hitting my acct",
            ],
        ) && !scoped
            && lever.is_none();
    // "services attach payout so far": a measure's payout is its earnings.
    let scoped_payout = scoped && mentions(ws, &["payout", "payouts", "paid out"]) && lever.is_none();
    let sized = exact(
        ws,
        &[
            "biggest", "largest", "smallest", "big", "large", "size", "worth", "value", "$",
        ],
    ) && (!exact(ws, &["quarter", "month", "quarters", "months"]) || exact(ws, &["deal", "deals"]))
        // ("platform attach $ so far?": a measure's money, not a deal's size)
        && !(q.scope.measure.is_some()
            && exact(ws, &["$"])
            && !exact(ws, &["biggest", "largest", "smallest", "big", "large", "size", "worth", "value", "deal", "deals"]));
    let cancellation = exact(
        ws,
        &["cancellation", "cancellations", "cancelled", "canceled", "cancel"],
    ) && (exact(ws, &["me", "my", "i"])
        // ("how much has rudisha cost Rosalina": what cancellations took from a seller)
        || ws.windows(2).any(|p| {
            matches!(p[0].as_str(), "cost" | "costs" | "costed") && (v.seller(&p[1]).is_some() || p[1] == "my")
        }));
    // A deal's own figures: "what did D-000947 pay", "how much did D-001123 count for".
    let deal = (q.scope.deal.is_some()
        || (q.scope.account.is_some() || q.scope.product.is_some()) && exact(ws, &["deals"]))
        && q.scenario.is_none();
    // "the biggest sale I made": the deal's size (not what it paid).
    let size_of_deal = ws.windows(2).any(|w| {
        matches!(w[0].as_str(), "biggest" | "largest" | "smallest" | "fattest")
            && matches!(
                w[1].as_str(),
                "sale" | "sales" | "deal" | "deals" | "order" | "orders" | "win" | "wins" | "contract" | "contracts"
            )
    }) && !mentions(
        ws,
        &[
            "commission",
            "paid",
            "pay",
            "paying",
            "earn",
            "earned",
            "earning",
            "earnings",
            "payout",
            "comp",
        ],
    );
    // "how much gci did I bring in", "how much new business prem did I write": a measure's
    // amount brought in (or sold) is its credit.
    let brought_in = q.scope.measure.is_some()
        && q.scenario.is_none()
        // ("how many perm placements did i do": a count)
        && !mentions(ws, &["how many"])
        && mentions(
            ws,
            &[
                "bring in",
                "brought in",
                "bringing in",
                "did i write",
                "have i written",
                "i've written",
                "i wrote",
                "has done",
                "have done",
                "did i do",
                "i've done",
                "have i done",
                "have we done",
                "has he done",
                "has she done",
                // ("how much rekfolie margin did i sell", "who sold the most adders": a
                // measure named is what was sold of it)
                "did i sell",
                "have i sold",
                "i've sold",
                "sold the most",
            ],
        )
        && !exact(
            ws,
            &[
                "pay",
                "paid",
                "earn",
                "earned",
                "commission",
                "comm",
                "make",
                "made",
                "payout",
                "comp",
                "quota",
                "target",
                "vs",
                "versus",
                "against",
                "%",
            ],
        );
    let f = if brought_in {
        Some(Figure::Credit)
    } else if size_of_deal && lever.is_none() && q.scenario.is_none() {
        Some(Figure::DealAmount)
    // "who lost the most deals", "which rep has the most cancelled deals", "the most
    // rmas" (a cancelled deal's other name): how many.
    } else if most_deals(v, ws, q) {
        Some(Figure::DealCount)
    // ("what do i lose if olive st falls over": the deal gone, what it takes from the pay)
    } else if cancellation
        && !mentions(ws, COUNT)
        && !exact(ws, super::words::DEALS)
        && q.scenario.deal_amount_to.is_none()
    {
        Some(Figure::Clawback)
    // "the three highest paid people": what they earned.
    } else if mentions(
        ws,
        &[
            "highest paid",
            "best paid",
            "lowest paid",
            "highest-paid",
            "best-paid",
            "lowest-paid",
            "worst paid",
        ],
    ) {
        Some(Figure::Earnings)
    } else if mentions(
        ws,
        &[
            "how many dollars",
            "how many $",
            "dollars of",
            "dollar value",
            "total dollars",
            "total $",
            "$ booked",
            "$ closed",
            "$ won",
            "dollars booked",
            "dollars closed",
        ],
    ) && lever.is_none()
        && mark.is_none()
        && !mentions(ws, DISTANCE)
    {
        Some(Figure::DealAmount)
    } else if deal
        && (mentions(ws, CLAWBACK) && !cancelled_deals_named(v, ws)
            || mentions(
                ws,
                &[
                    "take the commission back",
                    "take it back",
                    "took it back",
                    "sent back",
                    "send back",
                    "losing what",
                    "lose what",
                ],
            ))
    {
        Some(Figure::Clawback)
    } else if deal
        && mentions(
            ws,
            &["count for", "counted for", "credited", "credit for", "count toward"],
        )
    {
        Some(Figure::Credit)
    } else if deal
        && exact(
            ws,
            &[
                "pay", "paid", "pocket", "pocketed", "net", "netted", "make", "made", "earn", "earned", "bring",
            ],
        )
        && !mentions(ws, &["how come", "why"])
        && !bonus_said(v, ws, q)
        && !mentions(ws, COUNT)
        && !v.bonus(ws)
    {
        Some(Figure::Earnings)
    } else if super::operation::counts_toward(ws) && !mentions(ws, COST) {
        Some(Figure::Credit)
    } else if exact(ws, &["cost", "costs"]) && q.scenario.is_none() && cancelled_said(v, ws, q) {
        // ("what did the washback on HU6IS6Q2 cost Marty", "what did those cost me?" after the
        // cancelled ones: what was clawed back)
        Some(Figure::Clawback)
    } else if mentions(
        ws,
        &[
            "cost me",
            "costs me",
            "cost me?",
            "cost him",
            "cost her",
            "costs him",
            "costs her",
            "cost them",
        ],
    ) && (q.scenario.deal_amount_to.is_some() || q.scenario.move_deal.is_some())
    {
        // ("if the finjob gtk 500 had been lost, what does that cost me": the pay it takes)
        Some(Figure::Earnings)
    } else if draw
        && mentions(
            ws,
            &[
                "cost us",
                "costed us",
                "cost the company",
                "costs us",
                "we pay out",
                "did we pay",
                "have we paid",
            ],
        )
        && lever.is_none()
        && q.scenario.is_none()
    {
        // ("how much has the pad cost us", "how much advance did we pay out across the whole
        // field": what the draw advanced)
        Some(Figure::DrawAdvanced)
    } else if mentions(ws, COST) && !bonus_said(v, ws, q) && !plan_paid_me
        // ("whole company so far pay out how much already": the company's pay-out, apart)
        // ("wetin the whole bank dey pay out": the firm by its trade's name)
        || (exact(ws, &["company"]) || mentions(ws, WHOLE_PLAN))
            && (mentions(ws, &["pay out", "paid out", "paying out"])
                // ("how much is paying the whole company this year?": a second language's
                // order for what the company pays)
                || mentions(ws, &["is paying the whole company", "is paying the company", "pays the whole company"]))
            && !exact(ws, &["i", "me", "my"])
            && !bonus_said(v, ws, q)
            && !v.bonus(ws)
        // ("what did ballard pay out in may, all my guys together": what a team was paid)
        || mentions(ws, &["pay out", "paid out", "paying out"])
            && (exact(ws, &["team", "team's", "guys", "reps", "people", "crew", "lot", "sellers", "agents"])
                || v.manager(&ws.join(" ")).is_some())
            && v.seller(&ws.join(" ")).is_none()
            && !exact(ws, &["i", "me"])
            && !bonus_said(v, ws, q)
            && !v.bonus(ws)
            // (not "total ballast paid out to my people", the draw it advanced)
            && !draw
        // "how much does that save across the whole company": what a plan change saves.
        || lever.is_some() && exact(ws, &["save", "saves", "savings"]) && !exact(ws, &["i", "me", "my"])
        // ("if on plane started at 90% instead of 100%, whats the total hit": what the change
        // costs, no one's pay asked)
        || lever.is_some() && mentions(ws, &["total hit", "overall hit"]) && !exact(ws, &["i", "me", "my", "he", "she"])
        // ("TI up to 30k, how much more we need to pay": what the company pays under it)
        || lever.is_some()
            && mentions(ws, &["we need to pay", "we have to pay", "we would pay", "we'd pay", "we pay out", "we need to pay out"])
            && !exact(ws, &["i", "me", "my", "he", "she"])
        // ("What is the plan paying out across all three areas so far this year?")
        || mentions(ws, &["plan paying out", "plan paid out", "plan pays out", "plan is paying"])
            && !exact(ws, &["i", "me", "my"])
        // ("cut wren from 3 to 2.5 percent, how much cheaper is the plan")
        || lever.is_some() && exact(ws, &["cheaper", "pricier", "dearer", "costlier"]) && !exact(ws, &["i", "me", "my"])
        // ("what if the target incentive went up to 20k - how much extra is that": what the
        // change adds to the plan, when no one's pay is asked)
        || lever.is_some()
            && mentions(ws, &["how much extra", "how much more is that", "how much more would that"])
            && !exact(ws, &["i", "me", "my", "he", "she", "his", "her", "him"])
            && v.seller(&ws.join(" ")).is_none()
    {
        Some(Figure::Cost)
    } else if draw && draw::counted_in_pay(ws) {
        Some(Figure::Payable)
    } else if draw && !why_on_it(ws) {
        Some(draw::figure(ws, payable, &named))
    } else if mentions(ws, CLAWBACK) && !cancelled_deals_named(v, ws) {
        Some(Figure::Clawback)
    } else if measure_called_a_bonus(v, ws, q) {
        Some(Figure::Earnings)
    } else if (bonus_said(v, ws, q) || v.bonus(ws))
        // ("how many fresh fronts did i land", where the Fresh Front SPIFF pays on them: the
        // deals of that type, counted)
        && !(mentions(ws, &["how many", "number of"]) && v.deal_type(ws).is_some())
        // ("add to my pay incl the convoy bonus": the pay, the bonus in it)
        // ("what did my rapid response RNs earn me, spiff included": the pay, the SPIFF in it)
        // ("how much have i earned since march, bonuses and all", "what have my extractors
        // paid me, spiff included")
        && !((exact(ws, &["incl", "including", "inclusive", "included"]) || mentions(ws, &["and all", "all in"]))
            && exact(ws, &["pay", "paid", "earnings", "commission", "comp", "earn", "earned", "make", "made"]))
    {
        Some(Figure::Bonus)
    } else if mark.is_none() && lever.is_none() && mentions(ws, DISTANCE) && crate::phrases::percent(ws).is_some() {
        // "how far am I from 100%": the distance to the mark that starts there.
        Some(Figure::Distance)
    } else if mark.is_some()
        && (mentions(ws, DISTANCE)
            // ("would a 400k tower get me castling": the mark's own name after "get me")
            || ws.windows(3).enumerate().any(|(i, w)| {
                matches!(w[0].as_str(), "get" | "gets")
                    && w[1] == "me"
                    && (!v.terms_in(&ws[i + 2..i + 3]).is_empty()
                        // ("would a 4k deal get me topped out", "get me to my stride")
                        || v.says_accelerator(&ws[i + 2..(i + 5).min(ws.len())]))
            })
            // ("would a 6k cage get me golden", "make me go golden": the accelerator's own
            // phrase after what the deal does)
            || v.accelerator_words
                .iter()
                .any(|a| {
                    (a.starts_with("get") || a.starts_with("make")) && mentions(ws, &[a.as_str()])
                        || a.starts_with("go ") && mentions(ws, &[format!("me {a}").as_str()])
                })
            // ("if i close a 12k LF today am i through the turnstile": whether the deal
            // reaches it)
            || q.scenario.new_deal.is_some()
                && (mentions(
                    ws,
                    &[
                        "am i through", "am i past", "am i over", "am i across", "would i be through", "would i be past",
                        "would i be over", "will i be through", "will i be past", "will i be over",
                    ],
                )
                // ("… today am i spinning the jenny": the accelerator's own phrase, asked of
                // the asker after the deal)
                || ws.windows(2).enumerate().any(|(i, p)| {
                    p[0] == "am" && p[1] == "i" && v.says_accelerator(&ws[i + 2..(i + 6).min(ws.len())])
                })))
    {
        Some(Figure::Distance)
    } else if mentions(ws, PACE)
        || exact(ws, PACE_WORDS)
        // ("how am I tracking pace-wise")
        || ws.iter().any(|w| w.strip_suffix("-wise").is_some_and(|p| PACE_WORDS.contains(&p)))
        || exact(ws, &["ahead", "behind"])
            // ("foothills to 4% - which of my reps comes out ahead", "if 34YT99YN had closed in
            // july … would i have come out ahead?": a gain under the what-if)
            && (q.scenario.is_none() || !mentions(ws, &["out ahead", "end up ahead", "be ahead of today"]))
            && !exact(ws, &["quota", "furthest", "farthest"])
            && !mentions(
                ws,
                &["behind the number", "behind the figure", "behind my", "deals behind"],
            )
    {
        Some(Figure::Pace)
    } else if (0..ws.len()).any(|i| {
        // ("what percent of my margin quota am i at": the share of a quota, attainment)
        matches!(ws[i].as_str(), "percent" | "%" | "pct")
            && ws.get(i + 1).is_some_and(|w| w == "of")
            && ws[i + 2..(i + 5).min(ws.len())].iter().any(|w| w == "quota")
        // ("uptime percent this quarter?": a measure's percent, no number said, is its
        // attainment)
        || matches!(ws[i].as_str(), "percent" | "pct" | "percentage")
            && i > 0
            && v.measure(&ws[i - 1..i]).is_some()
            && crate::phrases::percent(ws).is_none()
            && q.scenario.is_none()
            // (not "my margin percent on the acme deal": a deal's own)
            && q.scope.deal.is_none()
            && q.scope.account.is_none()
    }) && lever.is_none()
    {
        Some(Figure::Attainment)
    } else if mentions(ws, RATE)
        || rate
            && (exact(ws, &["my", "i", "i'm", "im", "me", "now", "currently", "current"])
                || on_tier
                || q.scope.measure.is_some()
                || mentions(ws, &["right now", "at the moment"]))
            && !exact(ws, &["%"])
    {
        Some(Figure::Rate)
    } else if scoped_payout && !draw && !bonus_said(v, ws, q) {
        Some(Figure::Earnings)
    } else if strong_payable && !draw {
        Some(Figure::Payable)
    } else if ws.windows(3).any(|w| {
        // ("q-o-q how am i tracking on commission": the commission, not the attainment)
        matches!(w[0].as_str(), "tracking" | "doing" | "trending")
            && w[1] == "on"
            && matches!(
                w[2].as_str(),
                "commission" | "commissions" | "pay" | "earnings" | "comp"
            )
    }) {
        Some(Figure::Earnings)
    } else if mentions(ws, ATTAINMENT)
        // "my ACV %", "GMD %": the measure's attainment.
        || exact(ws, &["%", "pct"]) && crate::phrases::percent(ws).is_none() && lever.is_none()
        // ("whats my MG percentage this quarter": not "what percentage of my deals", nor
        // "what percentage do I get on renewals", a rate)
        || ws.windows(2).enumerate().any(|(i, p)| {
            p[1] == "percentage"
                && (p[0] == "my" || q.scope.measure.is_some() && v.measure(std::slice::from_ref(&p[0])) == q.scope.measure)
                && !ws.get(i + 2).is_some_and(|n| matches!(n.as_str(), "of" | "on" | "for" | "rate"))
        }) && lever.is_none()
    {
        Some(Figure::Attainment)
    } else if mentions(ws, COUNT) {
        Some(Figure::DealCount)
    } else if (super::scope::quota_said(ws)
        // "my IR target": a measure's target is its quota (the target incentive is the plan's).
        || q.scope.measure.is_some() && exact(ws, &["target", "targets", "goal", "goals"]) && !mentions(ws, &["target incentive"]))
        && lever.is_none()
    {
        Some(
            if exact(
                ws,
                &["behind", "furthest", "closest", "ahead", "%", "percent", "over", "under", "looking"],
            ) // ("what do I need to reach my quota": the quota; "did I smash it", "did I reach my
              // quota", "i arrive to the quota this trimester?": attainment)
                || ws.iter().enumerate().any(|(i, w)| {
                    let to = i > 0 && ws[i - 1] == "to";
                    super::words::REACHED.contains(&w.as_str()) && (!matches!(w.as_str(), "reach" | "meet" | "achieve") || !to)
                        || w == "arrive" && !to
                })
                || mentions(ws, &["how close", "how far"])
                // ("am i at 100% of my subs number for q3 yet": the share reached)
                || crate::phrases::percent(ws).is_some() && mentions(ws, &["am i at", "are we at", "is he at", "is she at"])
                // ("where do I stand against my deposit quota?": where one is on it)
                || mentions(ws, &["where do i stand", "where am i", "whereabouts am i", "where i stand", "how am i tracking"])
            {
                Figure::Attainment
            } else {
                Figure::Quota
            },
        )
    } else if ws.iter().enumerate().any(|(i, w)| {
        matches!(
            w.as_str(),
            "credit" | "credited" | "credits" | "counting" | "counts" | "count" | "bookings"
        )
        // ("earned in Q3 not counting the service side": a part left out, no credit)
        && !(w == "counting" && i > 0 && ws[i - 1] == "not")
        && !bookings_of_a_measure(ws, i)
    }) && !salary_credited
        // ("top 3 bookings by what they paid me": what they earned)
        && !mentions(ws, &["they paid me", "it paid me", "what they paid", "paid me the most"])
        || exact(ws, &["booked", "book"])
            && q.scenario.is_none()
            // ("if … had booked at 110k instead": the deal's size supposed, no credit asked)
            && !mentions(ws, &["had booked", "had been booked"])
            // ("biggest asset finance i book this year": a deal's size)
            && !exact(ws, &["biggest", "largest", "smallest"])
            && !mentions(ws, &["my book", "on my book", "book of business"])
            // ("total value of reorders booked Apr-Jun": the deals' amount)
            && !mentions(ws, &["total value", "value of", "deal value", "deal size"])
    {
        Some(Figure::Credit)
    } else if payable
        && (period_pays
            || !mentions(
                ws,
                &[
                    "pays the most",
                    "paid the most",
                    "paying",
                    "pays most",
                    "paid me",
                    "pays me",
                ],
            ))
    {
        Some(Figure::Payable)
    } else if mentions(ws, &["how much"])
        && exact(ws, &["bind", "bound", "write", "wrote", "written", "funded"])
        && q.scope.measure.is_some()
        && q.scope.stage.is_none()
        && !mentions(ws, EARN)
        && q.scenario.is_none()
    {
        // ("how much new biz did I bind in Q3": a measure's business written is its credit)
        Some(Figure::Credit)
    } else if mentions(
        ws,
        // ("total won w/ the massive dynamic acc this yr?": the business won)
        &[
            "total business",
            "business won",
            "business i won",
            "business did i",
            "total won",
            "won total",
            "total booked",
            "total sold",
        ],
    ) || mentions(ws, &["how much"])
        && exact(
            ws,
            &[
                "close", "closed", "sold", "sell", "book", "business", "land", "landed", "signed", "win", "won",
            ],
        )
        && !mentions(ws, EARN)
        && q.scenario.is_none()
        || mentions(
            ws,
            &["sum of", "total of", "in dollars", "dollar amount", "dollar value"],
        ) && !mentions(ws, &["commission", "earnings", "earned", "payout"])
    {
        Some(Figure::DealAmount)
    } else if mentions(ws, EARN)
        || mentions(ws, &["paid me", "pays me", "paid the most", "pays the most", "paying"])
        // ("how much I gained in the second trimester": what was earned, with no change to
        // gain from)
        || q.scenario.is_none() && mentions(ws, &["how much"]) && exact(ws, &["gained", "gain"])
        // ("what did the Ironworks retrofit pay": a deal's pay is its earnings)
        || (q.scope.deal.is_some() || q.scope.account.is_some()) && exact(ws, &["pay", "paid", "pays"])
        // ("what did T&M give me this year": what it earned the asker)
        || scoped && exact(ws, &["did"]) && mentions(ws, &["give me"])
    {
        Some(
            // ("my 2 best placements this year by size": ranked by the deal's size)
            if mentions(ws, &["by size", "by deal size", "by amount", "by value"])
                || mentions(ws, DEAL_AMOUNT)
                    && !mentions(
                        ws,
                        &[
                            "commission",
                            "commissions",
                            "earn",
                            "earned",
                            "earnings",
                            "make",
                            "made",
                            "paid",
                            "pay",
                            // ("my 3 best paying sales?": what they paid)
                            "paying",
                        ],
                    )
            {
                Figure::DealAmount
            } else {
                Figure::Earnings
            },
        )
    } else if exact(ws, &["statement", "statements"]) {
        // "what's on my Q4 statement, line by line": its earnings items; "how much is my
        // statement": the payout.
        Some(
            if mentions(
                ws,
                &[
                    "line by line",
                    "itemize",
                    "itemise",
                    "each line",
                    "item by item",
                    "lines",
                ],
            ) || scoped
            {
                Figure::Earnings
            } else {
                Figure::Payable
            },
        )
    } else if q.scope.stage.is_none() && q.scenario.is_none() && volume_of_measure(v, ws, q) {
        // ("whats my volume this quarter" where the plan pays a Sales Volume Commission: the
        // measure's credit)
        Some(Figure::Credit)
    // ("server line $ last month?", "mg $ paid to the team q2": a measure's money, the dollar
    // sign alone no deals' size)
    } else if exact(ws, DEAL_AMOUNT) && !dollar_of_measure(ws, q)
        || mentions(
            ws,
            &["deal value", "total value", "value of", "deal size", "pipeline value"],
        )
        || sized
        || q.scope.stage.is_some() && (mentions(ws, &["how much", "worth", "value"]) || in_money(ws))
        // ("whats the total in my funnel" where the funnel holds the open deals)
        || q.scope.stage.is_some() && exact(ws, &["total"]) && !mentions(ws, EARN)
        // ("what did I lose on the Mafube harness": what went with it)
        || q.scope.stage.as_deref() == Some("lost") && mentions(ws, &["lose on", "lost on"])
    {
        Some(Figure::DealAmount)
    } else if mentions(ws, CREDIT) && !(0..ws.len()).any(|i| bookings_of_a_measure(ws, i)) {
        Some(Figure::Credit)
    } else if mark.is_some() && mentions(ws, &["how much", "need", "to go", "it take"])
        // ("if aroha lands a 10k resi would that get her troppo": whether it reaches the mark)
        || mark.is_some()
            && q.scenario.new_deal.is_some()
            // ("if I get … this month, can I catch the Tokkyu?")
            && mentions(
                ws,
                &[
                    "would that get",
                    "would it get",
                    "will that get",
                    "does that get",
                    "would this get",
                    "catch the",
                    // ("a deal of 10k puts me in el fuego?")
                    "puts me in",
                    "put me in",
                    "puts me into",
                    "put me into",
                    "gets me to",
                    "gets me into",
                    "takes me to",
                    "takes me into",
                ],
            )
    {
        Some(Figure::Distance)
    // ("total open pipeline for my reps": the pipeline's size)
    } else if q.scope.stage.is_some() && exact(ws, &["pipeline", "funnel"]) {
        Some(Figure::DealAmount)
    } else if exact(ws, &["total"]) {
        // ("total funded vol ytd": a measure's total is its credit)
        Some(
            if q.scope.measure.is_some() && !mentions(ws, EARN) && !exact(ws, &["comp", "pay", "paid"]) {
                Figure::Credit
            } else {
                Figure::Earnings
            },
        )
    } else if mark == Some(Mark::NextTier)
        && mentions(ws, &["my next tier", "the next tier", "the top tier", "my top tier"])
    {
        // ("what's my next tier this month", "and the top tier?": how far it is)
        Some(Figure::Distance)
    } else {
        None
    };
    let f = match f {
        Some(Figure::Earnings) if draw_counted && q.scenario.is_none() => Some(Figure::Payable),
        f => f,
    };
    (f, mark)
}

/// Whether the question asks for its deals in money ("$ wise", "dollar-wise", "in dollars").
pub(in crate::query) fn in_money(ws: &[String]) -> bool {
    mentions(
        ws,
        &[
            "$ wise",
            "$-wise",
            "dollar wise",
            "dollar-wise",
            "dollarwise",
            "in dollars",
            "in $",
        ],
    )
}

/// Whether "volume" (or "vol") names the measure in scope, whose name says it, with no
/// other word of a deal's amount.
fn volume_of_measure(v: &Vocabulary, ws: &[String], q: &Query) -> bool {
    let Some(id) = q.scope.measure.as_deref() else {
        return false;
    };
    exact(ws, &["volume", "vol"])
        // ("and the sales volume side?": the measure named, the figure asked before)
        && !exact(ws, &["side"])
        && !exact(ws, &["sold", "sell", "$", "size", "amount", "deal", "deals", "biggest", "largest", "smallest"])
        && v.inputs
            .plan
            .measures
            .iter()
            .any(|m| m.id == id && m.name.to_lowercase().split_whitespace().any(|w| w == "volume"))
}

/// "The most deals", "the fewest won deals", "the most cancellations", "the most
/// cancelled" (the stage alone, its deals meant), "the most conversions" (a type of deal):
/// a count of deals ranked.
fn most_deals(v: &Vocabulary, ws: &[String], q: &Query) -> bool {
    const STAGES: &[&str] = &[
        "won",
        "lost",
        "cancelled",
        "canceled",
        "open",
        "closed",
        "signed",
        "booked",
        "new",
    ];
    const NOUNS: &[&str] = &["wins", "losses", "cancellations", "cancelations", "cancels"];
    // ("top 3 on my team by deals won this year": ranked by how many)
    if mentions(
        ws,
        &[
            "by deals",
            "by number of deals",
            "by wins",
            "by deal count",
            "by # of deals",
        ],
    ) {
        return true;
    }
    // ("best month for units", "where does tremaine rank on units": a unit is a deal
    // delivered, counted; not where a measure is named for its units)
    // (not "what did i earn on gtx plus pro units", "payout on units": what they paid)
    if mentions(ws, &["by units", "on units", "for units", "in units", "by unit count"])
        && !exact(ws, super::words::EARN)
        && !exact(ws, &["paid", "payout", "bonus", "spiff", "gross", "commission", "$"])
        && !v
            .inputs
            .plan
            .measures
            .iter()
            .any(|m| m.name.to_lowercase().contains("unit"))
    {
        return true;
    }
    ws.iter().enumerate().any(|(i, w)| {
        let noun = |x: &String| {
            super::words::DEALS.contains(&x.as_str()) && x.ends_with('s')
                || NOUNS.contains(&x.as_str())
                || x.len() > 3 && x.ends_with('s') && v.deal_type(std::slice::from_ref(x)).is_some()
        };
        // ("who signed the most whole home backups on my team": the product's deals, its
        // name's words after "most", the plural word may be read away already; not what was
        // earned on them)
        let products = || {
            !exact(ws, super::words::EARN)
                && q.scope.product.as_ref().is_some_and(|p| {
                    let words: Vec<String> = p.to_lowercase().split_whitespace().map(str::to_string).collect();
                    let mut said = words.iter().zip(&ws[i + 1..]).take_while(|(x, w)| x == w).count();
                    // ("the most gtk 500s": the name's next word in the plural)
                    if words
                        .get(said)
                        .zip(ws.get(i + 1 + said))
                        .is_some_and(|(x, w)| *w == format!("{x}s"))
                    {
                        said += 1;
                    }
                    said > 0
                        && ws.get(i + 1 + said).is_none_or(|n| {
                            matches!(n.as_str(), "on" | "in" | "this" | "last" | "so" | "for" | "of" | "?")
                        })
                })
        };
        // ("booked the most furnaces", the plural the product goes by read away already:
        // deals of it won, counted)
        // ("sold the most extractors": the product's units in the plural, counted; not "sold
        // the most GTK 500", the amount sold)
        let plural_said = ws.get(i + 1).is_some_and(|n| {
            n.len() > 3
                && n.ends_with('s')
                && q.scope.product.as_ref().is_some_and(|p| {
                    let one = n.trim_end_matches('s');
                    p.to_lowercase().split([' ', '-']).any(|x| x == one)
                        || v.product_aliases.iter().any(|(named, a)| {
                            named.eq_ignore_ascii_case(p) && (a == n || a.trim_end_matches('s') == one)
                        })
                })
        });
        let product_word = || {
            q.scope.product.is_some()
                && !exact(ws, super::words::EARN)
                && (exact(ws, &["booked", "won", "closed", "signed", "landed"]) || exact(ws, &["sold"]) && plural_said)
                && (plural_said
                    || ws.get(i + 1).is_none_or(|n| {
                        matches!(n.as_str(), "on" | "in" | "this" | "last" | "so" | "for")
                        // ("who on my team won the most pods" of the Acoustic Pod: a word
                        // of its name, in the plural)
                        || q.scope.product.as_ref().is_some_and(|p| {
                            let one = n.trim_end_matches('s');
                            p.to_lowercase().split_whitespace().any(|x| x == one || x == n)
                        })
                    }))
        };
        // ("which engineer in my team had maximum PO cancels")
        matches!(w.as_str(), "most" | "fewest" | "least" | "maximum" | "minimum")
            && match (ws.get(i + 1), ws.get(i + 2)) {
                (Some(n), _) if noun(n) => true,
                _ if products() || product_word() => true,
                (Some(st), Some(n)) if STAGES.contains(&st.as_str()) && noun(n) => true,
                // ("who won most refill deals": a type by its other name)
                (Some(t), Some(n)) if noun(n) && v.deal_type(std::slice::from_ref(t)).is_some() => true,
                // ("which of my guys won most chłodnia deals": a product by its other name)
                (Some(t), Some(n))
                    if noun(n) && !exact(ws, super::words::EARN) && v.product_aliases.iter().any(|(_, a)| a == t) =>
                {
                    true
                }
                // ("who won most first tea deals" where "| first tea |" is a new deal: a type's
                // other name, of any length, before the noun)
                _ if v.type_aliases.iter().any(|(_, alias)| {
                    let parts: Vec<&str> = alias.split_whitespace().collect();
                    crate::query::vocabulary::said_at(ws, i + 1, &parts)
                        && ws.get(i + 1 + parts.len()).is_some_and(noun)
                }) =>
                {
                    true
                }
                // ("which of my AMs has the most PO cancels": a word before the noun)
                // (not "the most expensive cancellations": their amount)
                (Some(x), Some(n)) if x.len() <= 4 && NOUNS.contains(&n.as_str()) => true,
                // ("heaps of jackknifes lately. which of my lot has had the most?": the most
                // of the deals said before)
                (None, _) => {
                    super::words::had_the_most(ws)
                        && ws[..i]
                            .iter()
                            .any(|x| noun(x) || matches!(x.as_str(), "cancelled" | "lost"))
                }
                // ("the most cancelled", "the most cancelled this quarter"; "whos sitting on the
                // most hot quotes on my team" where "| hot quote | an open deal |", read as
                // "open" already)
                // (not "the most on deck" where "| on deck |": the money there)
                (Some(st), next)
                    if matches!(st.as_str(), "cancelled" | "lost")
                        || st == "open"
                            // (the document's word a count of things, "| hot quote |", "| OTL |";
                            // not a place, "| on deck |", nor a mass, "| WIP |")
                            && v.idea_words.iter().any(|(said, p)| {
                                p == "open" && !matches!(said.as_str(), "wip" | "pipeline" | "pipe" | "funnel" | "backlog")
                            })
                            && v.idea_words.iter().filter(|(_, p)| p == "open").all(|(said, _)| {
                                !matches!(said.split(' ').next(), Some("on" | "in" | "at" | "under" | "out"))
                            }) =>
                {
                    next.is_none_or(|n| {
                        !n.chars().all(char::is_alphabetic)
                            || matches!(
                                n.as_str(),
                                "this" | "in" | "last" | "so" | "on" | "right" | "now" | "at"
                            )
                    })
                }
                _ => false,
            }
    })
}

/// Whether the question is of cancelled deals: the stage said, the document's word for a
/// cancelled deal ("Moses's rainouts … what did they cost him" where "| rainout | a won deal
/// the customer cancelled |"), or a cancelled deal named.
fn cancelled_said(v: &Vocabulary, ws: &[String], q: &Query) -> bool {
    // (not "what did the plan cost us in Q3, rainouts excluded?": the plan's cost without them)
    let left_out = exact(ws, &["excluding", "excluded", "excl", "without", "minus", "less"])
        || mentions(ws, &["net of", "not counting", "not including"]);
    q.scope.stage.as_deref() == Some("cancelled")
        || !left_out
            && (exact(ws, &["cancelled", "canceled", "cancellations"]) || ws.iter().any(|w| cancelled_word(v, w)))
        || q.scope.deal.as_deref().is_some_and(|d| {
            v.inputs
                .lines
                .iter()
                .any(|l| l.id.eq_ignore_ascii_case(d) && l.stage == plansight_plan::Stage::Cancelled)
        })
}

/// "How much did i get from the MG bonus last quarter": a measure called a bonus by one who
/// does not know its name, where no bonus of the plan is named so; its pay.
fn measure_called_a_bonus(v: &Vocabulary, ws: &[String], q: &Query) -> bool {
    q.scope.measure.is_some()
        && !v.bonus(ws)
        && ws.windows(2).any(|p| {
            matches!(p[1].as_str(), "bonus" | "bonuses") && v.measure(std::slice::from_ref(&p[0])) == q.scope.measure
        })
}

/// Whether a word for a bonus is said ("spiff", "award", "club"), beside a word of the
/// measure's or the product's name the question names: "club money this quarter?" where
/// the Comfort Club Incentive pays on the Comfort Club is no bonus.
fn bonus_said(v: &Vocabulary, ws: &[String], q: &Query) -> bool {
    let measure = q
        .scope
        .measure
        .as_ref()
        .and_then(|id| v.inputs.plan.measures.iter().find(|m| &m.id == id))
        .map(|m| m.name.to_lowercase());
    let product = q.scope.product.as_ref().map(|p| p.to_lowercase());
    let named = |w: &String| {
        [&measure, &product]
            .into_iter()
            .flatten()
            .any(|n| n.split_whitespace().any(|x| x == w))
    };
    let kept: Vec<String> = ws.iter().filter(|w| !named(w)).cloned().collect();
    mentions(&kept, BONUS)
}

/// "So why am I on the draw then": why someone is on something (the draw: the pay it was
/// paid against, explained).
fn why_on_it(ws: &[String]) -> bool {
    exact(ws, &["why", "why'd", "whyd"])
        && mentions(
            ws,
            &[
                "am i on",
                "i'm on",
                "im on",
                "was i on",
                "am i still on",
                "is he on",
                "is she on",
            ],
        )
}

/// "So why am I on the bellows then": why someone is on the draw, by any of its names.
pub(super) fn why_on_the_draw(v: &Vocabulary, ws: &[String]) -> bool {
    why_on_it(ws) && exact(&v.draw_said_plainly(ws), &["draw", "draws", "advance"])
}

/// "Gross earnings YTD, net of clawbacks", "my commission after chargebacks": the pay asked,
/// without the clawbacks said to be taken from it; "total I've been paid, counting the
/// draw": without the draw said to be in it.
fn without_what_is_netted(ws: &[String]) -> std::borrow::Cow<'_, [String]> {
    let netted = ws.iter().enumerate().find_map(|(i, w)| {
        let (at, parts): (usize, &[&str]) = match (w.as_str(), ws.get(i + 1).map(String::as_str)) {
            ("net", Some("of")) => (i + 2, &["clawbacks", "chargebacks", "clawback", "chargeback"]),
            ("after" | "less" | "minus", _) => (i + 1, &["clawbacks", "chargebacks", "clawback", "chargeback"]),
            ("counting" | "including" | "incl" | "plus", _) => (i + 1, &["draw", "draws", "advance", "advances"]),
            // ("what did May pay me, all in, advance and everything?")
            ("draw" | "advance", Some("and" | "included" | "too"))
                if matches!(ws.get(i + 2).map(String::as_str), Some("everything" | "all") | None)
                    || ws[i + 1] != "and" =>
            {
                let to = if ws[i + 1] == "and" { i + 2 } else { i + 1 };
                return Some((i, to.min(ws.len() - 1)));
            }
            _ => return None,
        };
        let at = at
            + usize::from(
                ws.get(at)
                    .is_some_and(|x| matches!(x.as_str(), "the" | "any" | "all" | "my")),
            );
        // ("including the draw top-up": the draw's noun said after it too)
        let end = at
            + usize::from(ws.get(at + 1).is_some_and(|x| {
                matches!(
                    x.as_str(),
                    "top-up" | "topup" | "top-ups" | "topups" | "advance" | "advances"
                )
            }));
        ws.get(at)
            .is_some_and(|x| parts.contains(&x.as_str()))
            .then_some((i, end))
    });
    match netted {
        Some((from, to)) if exact(&ws[..from], super::words::EARN) || exact(&ws[..from], &["paid", "pay", "total"]) => {
            ws.iter()
                .enumerate()
                .filter(|(i, _)| *i < from || *i > to)
                .map(|(_, w)| w.clone())
                .collect::<Vec<_>>()
                .into()
        }
        // (the question as it is, not copied: this runs for every question)
        _ => ws.into(),
    }
}

/// Whether the word (or its plural) is the document's word for a cancelled deal ("| rainout |
/// a won deal the customer cancelled |").
fn cancelled_word(v: &Vocabulary, w: &str) -> bool {
    let one = w.strip_suffix('s').unwrap_or(w);
    v.idea_words.iter().any(|(s, p)| s == one && p == "cancelled")
}

/// "How many reversals has my team had", "show me my reversals" where "| reversal | a
/// cancelled deal |": the document's word for a cancelled deal, though English says it of
/// clawbacks, names the deals when they are counted or shown (what they cost is the
/// clawback).
pub(super) fn cancelled_deals_named(v: &Vocabulary, ws: &[String]) -> bool {
    let named = |w: &String| CLAWBACK.contains(&w.strip_suffix('s').unwrap_or(w)) && cancelled_word(v, w);
    ws.iter().any(named)
        && (mentions(ws, &["how many", "number of"]) || exact(ws, &["show", "list", "which"]))
        && !mentions(
            ws,
            &[
                "how much",
                "cost",
                "money",
                "lose",
                "lost",
                "take back",
                "took back",
                "worth",
            ],
        )
}

/// "The bookings quota", "the bookings commission": "bookings" naming the measure of that
/// name before its quota, not the credit asked for.
fn bookings_of_a_measure(ws: &[String], i: usize) -> bool {
    ws[i] == "bookings"
        && ws
            .get(i + 1)
            .is_some_and(|n| matches!(n.as_str(), "quota" | "quotas" | "target" | "commission" | "incentive"))
}

/// Whether a measure's money is asked with the dollar sign alone ("server line $ last
/// month?"), no word of the deals' size beside it.
fn dollar_of_measure(ws: &[String], q: &Query) -> bool {
    q.scope.measure.is_some()
        && exact(ws, &["$"])
        && !exact(
            ws,
            &[
                "deal", "deals", "sold", "sell", "sales", "revenue", "worth", "value", "booked", "closed", "won",
                "size", "amount",
            ],
        )
}
