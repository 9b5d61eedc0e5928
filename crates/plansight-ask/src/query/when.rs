//! The periods a question asks about: those it names, less the ones that are not asked
//! about (a start date, a deal's close month, "since January", the lever's own year), in the
//! order they are asked (the one asked first, the one compared against second).

use super::parse::exact;
use super::vocabulary::Vocabulary;
use super::Query;
use crate::fuzzy::mentions;
use crate::phrases::periods;
use chrono::Datelike;

/// The period labels asked about, the first the period and the second the one compared.
pub(super) fn asked(v: &Vocabulary, ws: &[String], query: &Query, today: chrono::NaiveDate) -> Vec<String> {
    let plan = &v.inputs.plan;
    let w = &query.scenario;
    let closing = w
        .new_deal
        .as_ref()
        .and_then(|d| d.close_date.clone())
        .or_else(|| w.move_deal.as_ref().map(|m| m.close_date.clone()))
        // (a new deal "this month" closes on the as-of date, no date of its own)
        .or_else(|| (w.new_deal.is_some() && mentions(ws, &["this month"])).then(|| today.to_string()));
    // "I started in June": when the asker started, not the period asked about.
    let dated: Vec<String> = ws
        .iter()
        .enumerate()
        .filter(|(i, _)| !in_product(v, ws, *i))
        .filter(|(i, _)| {
            // "since jan": the year to date, not January; "started oct 16th": a start date.
            // "joined in mid august", "started june 15th"; a named deal "cancelled in july".
            let lead = |words: &[&str]| {
                (1..=4).any(|k| {
                    i.checked_sub(k).is_some_and(|j| {
                        words.contains(&ws[j].as_str())
                            && ws[j + 1..*i].iter().all(|x| {
                                // ("Jordan started with us in July", "i didnt start till may 12")
                                matches!(
                                    x.as_str(),
                                    "in" | "on"
                                        | "mid"
                                        | "early"
                                        | "late"
                                        | "back"
                                        | "end"
                                        | "of"
                                        | "at"
                                        | "the"
                                        | "with"
                                        | "us"
                                        | "here"
                                        | "till"
                                        | "until"
                                        | "til"
                                )
                            })
                    })
                })
            };
            let month = crate::phrases::month_number(&ws[*i]).is_some();
            !(*i >= 1
                && matches!(ws[i - 1].as_str(), "since" | "started" | "joined" | "hired" | "began" | "start")
                && month
                || month && lead(&["started", "joined", "hired", "began", "start", "left", "quit", "leaving", "resigned"])
                || month
                    && query.scope.deal.is_some()
                    && lead(&["cancelled", "canceled", "returned", "refunded", "reversed"])
                // ("The Sumace GTX Pro I closed on 7 December … If it had come in at £6,000",
                // "if the neville island quad from march had come in at 20k": the date says
                // which deal is resized, no period)
                || month
                    && query.scenario.deal_amount_to.is_some()
                    && (*i > 0 && ws[i - 1] == "from"
                        || (1..=3).any(|k| {
                            i.checked_sub(k).is_some_and(|j| {
                                matches!(ws[j].as_str(), "closed" | "signed" | "booked" | "won" | "landed")
                                    && ws[j + 1..*i]
                                        .iter()
                                        .all(|x| x == "on" || x == "in" || crate::phrases::day_of_month(x).is_some())
                            })
                        }))
                || *i >= 2
                && ws[i - 1] == "in"
                && matches!(ws[i - 2].as_str(), "started" | "joined" | "hired" | "began" | "start")
                // ("since I only came on in Feb": the asker's start, no period)
                || *i >= 3
                    && ws[i - 1] == "in"
                    && matches!(ws[i - 2].as_str(), "on" | "aboard" | "onboard")
                    && matches!(ws[i - 3].as_str(), "came" | "come" | "coming")
                // "in March instead of May": the date it had, not a period asked about.
                || *i >= 2 && (ws[i - 2] == "instead" && ws[i - 1] == "of" || ws[i - 2] == "rather" && ws[i - 1] == "than"))
        })
        .map(|(_, w)| w.clone())
        .collect();
    let mut found = periods(&dated, plan.start, today);
    // ("how much did i earn april may and june combined": a quarter's three months, summed,
    // are the quarter; not "april vs may")
    let months: Vec<u32> = found
        .iter()
        .filter_map(|p| p.strip_prefix('M').and_then(|m| m.parse().ok()))
        .collect();
    if months.len() == 3
        && months.len() == found.len()
        && mentions(
            ws,
            &["combined", "together", "total", "altogether", "in all", "all told"],
        )
        && months[0] % 3 == 1
        && months.windows(2).all(|m| m[1] == m[0] + 1)
        && !super::operation::compares(ws)
    {
        found = vec![format!("Q{}", months[0] / 3 + 1)];
    }
    // ("what would last year have cost", asked after the plan year closed: the plan year,
    // the only one the workspace holds)
    let closed_year = v.inputs.as_of() > plan.end
        && mentions(
            ws,
            &[
                "last year",
                "last yr",
                "last fy",
                "last financial year",
                "last fiscal year",
                "previous year",
                "prior year",
                "past year",
            ],
        );
    if closed_year && found.is_empty() {
        found.push("FY".into());
    }
    // "a 1M annual quota", "the annual maximum": the lever's own period, not the one asked.
    if query.scenario.lever.is_some()
        && !closed_year
        && !mentions(
            ws,
            &[
                "this year",
                "the year",
                "fy",
                "full year",
                "whole year",
                "plan year",
                "my year",
                "this yr",
            ],
        )
    {
        found.retain(|p| p != "FY");
    }
    // ("the first quarter of the plan year": the year says whose quarter, no period of its
    // own)
    if found.len() >= 2
        && found.iter().any(|p| p != "FY")
        && mentions(
            ws,
            &[
                "quarter of the plan year",
                "quarter of the year",
                "month of the plan year",
                "quarter of the fiscal year",
            ],
        )
    {
        found.retain(|p| p != "FY");
    }
    // ("what he earned in the first quarter … with what he earned in the second": the
    // quarter said once, its number again)
    if let [q] = found.as_slice() {
        if q.starts_with('Q') && super::operation::compares(ws) {
            // (not an ordinal of another noun: "a 6k first install today")
            let n = ws.len();
            let ordinal = (n.saturating_sub(3)..n).rev().find_map(|j| {
                let k = match ws[j].as_str() {
                    "first" => 1,
                    "second" => 2,
                    "third" => 3,
                    "fourth" => 4,
                    _ => return None,
                };
                ws.get(j + 1)
                    .is_none_or(|w| matches!(w.as_str(), "one" | "quarter" | "qtr" | "?"))
                    .then_some(k)
            });
            let quarters = ws.iter().filter(|w| w.starts_with("quarter")).count();
            if let Some(n) = ordinal.filter(|n| format!("Q{n}") != *q && quarters == 1) {
                found.push(format!("Q{n}"));
            }
        }
    }
    if let Some(c) = closing.as_ref().and_then(|c| c.parse::<chrono::NaiveDate>().ok()) {
        // The close date's month (or quarter, when only a quarter was said) is not a period asked about.
        // (a month past the plan year's end, "slipped into january", is still its month word)
        let m = plansight_plan::calendar::month_index(plan.start, c).rem_euclid(12);
        let month = format!("M{:02}", m + 1);
        let quarter = format!("Q{}", m / 3 + 1);
        let had_month = found.contains(&month);
        // Unless the month is said twice: "a renewal in Feb: my attainment for Feb".
        let said = |m: u32| ws.iter().filter(|w| crate::phrases::month_number(w) == Some(m)).count();
        // Or the period is "this month" and an attainment is asked ("say I close 10k of MG
        // Advanced this month, what's my MG attainment"): the deal's month is the one asked.
        // (a measure whose quota is for that period: MG's monthly attainment this month)
        // (no measure named: the plan's first, which a mark is read on)
        // (or the measure a tier said is of: "does it get me to updraft" where Updraft is the
        // monthly measure's)
        // (read only when no measure is named)
        let tier_of = || {
            v.terms_in(ws).into_iter().find_map(|t| match t {
                super::terms::Term::Tier(mi, _) => plan.measures.get(mi),
                _ => None,
            })
        };
        let period_kind = |k: plansight_plan::PeriodKind| {
            match query.scope.measure.as_deref() {
                Some(m) => plan.measures.iter().find(|x| x.id == m),
                None => tier_of().or(plan.measures.first()),
            }
            .is_some_and(|m| m.quota_period == k)
        };
        let this_month = mentions(ws, &["this month"]) && period_kind(plansight_plan::PeriodKind::Monthly);
        let this_period_attainment = (this_month
            || mentions(ws, &["this quarter"]) && period_kind(plansight_plan::PeriodKind::Quarterly))
            && (mentions(ws, &["attainment"]) || exact(ws, &["%"]))
            // ("would a 90k deal get me to the ripper this month": a mark of this month's)
            || this_month
                && (mentions(ws, &["threshold", "next tier"]) || v.says_accelerator(ws) || !v.terms_in(ws).is_empty());
        // Or the month is said of the pay ("my sept payout if I add a 25k pv on the 30th").
        let pay_month = (0..ws.len()).any(|i| {
            crate::phrases::month_number(&ws[i]) == Some(chrono::Datelike::month(&c))
                && super::scenario::pay_month(ws, i)
        });
        // Or the deal's day is said by another word ("if i book a 45k AMC renewal today what
        // does my service side pay this month"): "this month" is then the period asked.
        let dated_apart = exact(ws, &["today", "tomorrow", "tonight"])
            && mentions(ws, &["this month", "this quarter", "this qtr", "this q"]);
        // Or the period is what pays ("how much more would this month pay if i land a 3k …",
        // "this month's payout if I sign …").
        // (the period the subject of the verb: "would this month pay", not "$1.2M of
        // instalación this month pay me", the deal's month)
        let period_pays = ws.windows(4).any(|w| {
            matches!(
                w[0].as_str(),
                "would" | "will" | "does" | "did" | "what's" | "whats" | "is" | "how's"
            ) && w[1] == "this"
                && matches!(w[2].as_str(), "month" | "month's" | "months" | "quarter" | "quarter's")
                && (matches!(w[3].as_str(), "pay" | "pays" | "paying")
                    || w[2].ends_with("'s") && super::words::PAY_NOUNS.contains(&w[3].as_str()))
        });
        if said(chrono::Datelike::month(&c)) < 2
            && !this_period_attainment
            && !pay_month
            && !dated_apart
            && !period_pays
        {
            found.retain(|p| *p != month && (had_month || *p != quarter));
        }
    }
    // "from Q2 to Q3": the later one is asked about, against the earlier.
    // "from October to November", "from Q2 to Q3".
    let from_to = found.len() == 2 && exact(ws, &["from"]) && exact(ws, &["to", "till", "until", "through"]);
    if from_to {
        found.swap(0, 1);
    }
    // "what's hitting my bank account in january for Q4": paid in one, earned for the other.
    if found.len() == 2 && !from_to && !super::operation::compares(ws) && !exact(ws, &["and", "or", "than"]) {
        let for_period = ws.windows(2).find_map(|w| {
            (w[0] == "for")
                .then(|| crate::phrases::periods(&w[1..], plan.start, today))
                .and_then(|p| p.into_iter().next())
        });
        if let Some(p) = for_period.filter(|p| found.contains(p)) {
            found = vec![p];
        }
    }
    // (a deal's date is no payday, but a payday may be said beside it: "my nov 15 check if
    // I add a 15k cage on oct 28")
    // ("my april bell day … if i land a 25k … on mar 30": the payday of the month said; a
    // month's check is that month's pay)
    // ("if i sign a conquista … this month, how much i receive in the taquilla of february":
    // the payday's month said after it)
    let pay_month = (0..ws.len()).any(|i| {
        crate::phrases::month_number(&ws[i]).is_some()
            && super::scenario::pay_month(ws, i)
            && ws.get(i + 1).is_some_and(|n| n == "payday")
    }) || payday_month_after(ws);
    if let Some(p) =
        payday(v, ws, today).filter(|_| closing.is_none() || pay_month || !super::scenario::pay_date(ws).is_empty())
    {
        found = vec![p];
    }
    // ("what have I made so far this year": the year to date, the default, not the whole
    // plan year)
    if found == ["FY"]
        && mentions(
            ws,
            &[
                "so far this year",
                "so far this yr",
                "this year so far",
                "this yr so far",
                "so far this fiscal year",
                "so far this fin year",
                // ("how much commo have i made so far this fin yr")
                "so far this fin yr",
                "this fin yr so far",
                "so far this financial year",
                "so far this plan year",
                "so far this fy",
                "this fy so far",
                "this plan year so far",
                "year to date",
                // ("what's my mg incentive come to for the year so far")
                "the year so far",
            ],
        )
        // ("why'd i get zero arc all year": nothing yet, so far)
        || found == ["FY"]
            && mentions(ws, &["all year"])
            && (exact(ws, &["why", "why'd", "whyd"]) || mentions(ws, &["how come"]))
            && !mentions(ws, &["this year", "full year", "whole year", "last year"])
        // ("how much money I have make until now in this year")
        || found == ["FY"]
            && mentions(ws, &["this year", "this yr", "this plan year", "this fiscal year", "this fy"])
            // ("how much I have earned so far in this plan year")
            && mentions(ws, &["until now", "till now", "up to now", "up till now", "to date", "so far"])
    {
        found.clear();
    }
    found
}

/// Whether a payday is said with its month after it ("the taquilla of february", "my payday
/// in march"; the payday's name already read as "payday").
fn payday_month_after(ws: &[String]) -> bool {
    ws.windows(3).any(|p| {
        p[0] == "payday" && matches!(p[1].as_str(), "of" | "in") && crate::phrases::month_number(&p[2]).is_some()
    })
    // ("magkano … sa kinsenas ng december?": the Tagalog "of" read away)
    || ws.windows(2).any(|p| p[0] == "payday" && crate::phrases::month_number(&p[1]).is_some())
}

/// "the jan 15 payroll", "what hits my account on jan 15", "the jan 31 check": a payday,
/// which pays the payout period that ended last before it (January's pays the year's last).
fn payday(v: &Vocabulary, ws: &[String], today: chrono::NaiveDate) -> Option<String> {
    let paid = exact(
        ws,
        &[
            "payroll", "check", "cheque", "paycheck", "payday", "deposit", "paid", "salary", "payment", "payslip",
            "receive",
            // ("what will i collect on 25th june")
            "collect",
        ],
    ) || mentions(
        ws,
        &[
            "hit my account",
            "hits my account",
            "hitting my account",
            "hit my acct",
            "hits my acct",
            "hitting my acct",
            "in my acct",
            "in my account",
            "my bank",
            "landed in my",
            "lands in my",
            // ("what's coming to me on the 25th of january")
            "coming to me on",
            "coming my way on",
            "due to me on",
            // ("what'll land on the 20th for me")
            "land on the",
            "lands on the",
            "landing on the",
            // ("what hits on jun 20": what is paid that day, asked first)
            "what lands on",
            "what hits on",
            "what'll hit on",
            "whatll hit on",
            "what will hit on",
            // ("whats the company paying out on feb 25th")
            "paying out on",
            "pay out on",
            "paid out on",
            "payout on",
        ],
    ) || mentions(ws, super::words::GET_ON)
        // ("what was on my sept 15 SOA" where "| SOA |" is the statement: the day's payout)
        || v.idea_words.iter().any(|(said, plain)| plain == "payout" && !said.contains(' ') && exact(ws, &[said.as_str()]))
        || mentions(ws, &["on my"]) && exact(ws, &["payout", "statement"])
        // ("whats coming in on the 25th for me")
        || mentions(ws, super::words::COMING_IN_ON)
        || earned_on_a_day(ws)
        // ("wat am i getting nov 20th": a day with its month, what comes then)
        || getting_on_a_date(ws)
        // ("what did i take home on aug 15")
        || mentions(ws, &["take home", "took home", "taking home"])
        // ("the oct 15 pay run")
        || mentions(ws, super::words::PAY_RUN)
        // ("the aug 15 settlement" where the payday is "| settlement day |")
        || v.idea_words.iter().any(|(w, p)| {
            p == "payday" && w.contains(' ') && w.split(' ').next().is_some_and(|first| exact(ws, &[first]))
        });
    if !paid {
        return None;
    }
    last_payday(v, ws)
        .or_else(|| next_payday(v, ws))
        .or_else(|| payday_of(v, ws, today))
        .or_else(|| payday_by_its_day(v, ws))
}

/// Whether the word at `i` is a month said with its day ("jan 15", not "january").
fn dated_at(ws: &[String], i: usize) -> bool {
    crate::phrases::month_number(&ws[i]).is_some() && crate::phrases::day_with_month(ws, i).is_some()
}

/// "How much will I earn on the 28th": a day of the month alone, what its payday pays (not
/// "what did I make on the Jan 15 deal", a deal by its day).
pub(super) fn earned_on_a_day(ws: &[String]) -> bool {
    mentions(ws, &["i earn on the", "i make on the"])
        && !ws.iter().any(|w| crate::phrases::month_number(w).is_some())
        && ws.windows(2).any(|p| {
            p[0] == "the"
                && ["st", "nd", "rd", "th"].iter().any(|s| p[1].ends_with(s))
                && crate::phrases::day_of_month(&p[1]).is_some()
        })
}

/// "wat am i getting nov 20th": what comes on a day said with its month, right after the
/// words for getting it (not "what do I get if I close Acme on June 30th").
pub(super) fn getting_on_a_date(ws: &[String]) -> bool {
    ws.windows(2).enumerate().any(|(k, p)| {
        // ("whats coming on aug 10": what comes to the asker that day)
        // ("what'll i be getting on the 15th of december")
        (matches!(p[0].as_str(), "i" | "be" | "i'm" | "im") && p[1] == "getting"
            || p[0] == "my" && p[1] == "way"
            || matches!(p[0].as_str(), "whats" | "what's" | "what") && p[1] == "coming")
            // (only "on", "the", "of" between: not "how much am I getting if Acme closes on
            // June 30")
            && (k + 2..(k + 7).min(ws.len()))
                .take_while(|&i| !matches!(ws[i].as_str(), "if" | "when" | "for" | "once"))
                .any(|i| dated_at(ws, i))
    })
}

/// "what am i getting on the 20th" where the document pays on the 20th: the payday said by
/// its day alone is the next one, or the last when asked of the past ("what did I get on the
/// 20th"); not a day the document names no payday on.
fn payday_by_its_day(v: &Vocabulary, ws: &[String]) -> Option<String> {
    if ws.iter().any(|w| crate::phrases::month_number(w).is_some()) {
        return None;
    }
    // (the day as an ordinal, "the 20th", not "the 20k deal"; looked for before the document
    // is read for its payday)
    let ordinal = |w: &str| {
        ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| w.ends_with(s))
            .then(|| crate::phrases::day_of_month(w))
            .flatten()
    };
    let said: Vec<u32> = ws
        .windows(2)
        .filter(|p| matches!(p[0].as_str(), "the" | "on"))
        .filter_map(|p| ordinal(&p[1]))
        .collect();
    if said.is_empty() {
        return None;
    }
    // ("how's my check on the 29th looking" where pay is made on the last working day of the
    // month after: the payday that falls on the 29th)
    if v.pays_last_working_day() {
        return v.paid_on_day(&said);
    }
    if !said.contains(&v.stated_payday_day()?) {
        return None;
    }
    if exact(ws, &["did", "received", "was", "came"]) {
        v.last_paid()
    } else {
        v.next_paid()
    }
}

/// "my next payment", "the next Cupping Day", "Ledger Day this week": the payday still to
/// come, which pays the period the document's pay day says.
fn next_payday(v: &Vocabulary, ws: &[String]) -> Option<String> {
    const PAY: &[&str] = &[
        "payment", "payout", "payday", "pay day", "pay", "check", "cheque", "paycheck", "deposit", "pay run", "payroll",
    ];
    let names: Vec<&str> = v
        .idea_words
        .iter()
        .filter(|(_, p)| p == "payday")
        .map(|(w, _)| w.as_str())
        .collect();
    let next = PAY
        .iter()
        .chain(&names)
        .any(|n| mentions(ws, &[format!("next {n}").as_str(), format!("upcoming {n}").as_str()]))
        || names.iter().chain(&["payday"]).any(|n| mentions(ws, &[*n]))
            && mentions(ws, &["this week", "next week", "tomorrow", "coming up"])
        // ("what's the whole company paying out on league night": the one to come, when no
        // month is said and nothing is past)
        || names.iter().chain(&["payday"]).any(|n| mentions(ws, &[format!("on {n}").as_str()]))
            && !ws.iter().any(|w| crate::phrases::month_number(w).is_some())
            && !exact(ws, &["did", "was", "were", "got", "paid", "last", "received"]);
    next.then(|| v.next_paid()).flatten()
}

/// "last train day - what did i actually get", "my last payday": the payday gone by.
fn last_payday(v: &Vocabulary, ws: &[String]) -> Option<String> {
    let names = v
        .idea_words
        .iter()
        .filter(|(_, p)| p == "payday")
        .map(|(w, _)| w.as_str());
    let names: Vec<&str> = names.chain(["payday", "pay day"]).collect();
    // ("Why was my last payment lower?": what the payday gone by paid)
    let paid = [
        "payment",
        "check",
        "cheque",
        "paycheck",
        "payout",
        "deposit",
        "statement",
    ];
    let last = names
        .iter()
        .chain(&paid)
        .any(|n| mentions(ws, &[format!("last {n}").as_str(), format!("previous {n}").as_str()]))
        || paid.iter().any(|n| {
            mentions(
                ws,
                &[format!("latest {n}").as_str(), format!("most recent {n}").as_str()],
            )
        });
    // ("what did buckeye day pay me yesterday": the payday said with the day it fell on)
    let as_of = v.inputs.as_of();
    let on_the_day = |(label, day): (String, chrono::NaiveDate)| {
        let said = exact(ws, &["today"]) && day == as_of || exact(ws, &["yesterday"]) && day.succ_opt() == Some(as_of);
        said.then_some(label)
    };
    // (not with the payday's date said: "what was my last check, the aug 10 one" is that
    // day's)
    if last && !(0..ws.len()).any(|i| dated_at(ws, i)) {
        v.last_paid()
    } else if names.iter().any(|n| mentions(ws, &[*n])) {
        v.last_payday().and_then(on_the_day)
    } else {
        None
    }
}

/// The payout period a day said with its month pays ("the feb 15 one" after a payday's
/// pay), when one is said.
pub(super) fn pays_on(v: &Vocabulary, ws: &[String]) -> Option<String> {
    let today = v.today();
    let dated = (0..ws.len()).any(|i| dated_at(ws, i));
    dated.then(|| payday_of(v, ws, today)).flatten()
}

/// What a payday brings, said after its name ("my payday check in July").
const PAY_OF_A_DAY: &[&str] = &["check", "cheque", "paycheck", "payment", "deposit", "pay"];

/// The payday the words say: the payout period that ended last before it.
fn payday_of(v: &Vocabulary, ws: &[String], today: chrono::NaiveDate) -> Option<String> {
    let plan = &v.inputs.plan;
    // "end of october": the month's last day; "my july salary", the month's salary run (a
    // day late in the month, taken as its last).
    // ("what lands on Stokvel Day next month", "whats my royalty day gonna be next month":
    // the payday in the month after this one; not a deal's "if it closes next month")
    // (not with the payday's month named: "if i sign … this month, how much i receive in the
    // taquilla of february")
    let month_named = payday_month_after(ws);
    let months_on = (0..ws.len().saturating_sub(1)).filter(|_| !month_named).find_map(|j| {
        let on = match (ws[j].as_str(), ws[j + 1].as_str()) {
            ("last" | "previous", "month") => -1,
            ("this", "month") => 0,
            ("next", "month") => 1,
            _ => return None,
        };
        let of_a_deal = j > 0
            && matches!(
                ws[j - 1].as_str(),
                "closes" | "close" | "closed" | "slips" | "lands" | "signs" | "in"
            );
        (!of_a_deal).then_some(on)
    });
    let month_end = (0..ws.len()).find_map(|i| {
        // ("my payday check in July": what that payday brings)
        let k = i + usize::from(ws.get(i + 1).is_some_and(|w| PAY_OF_A_DAY.contains(&w.as_str())));
        // ("what did roost day pay me in november": whom it paid, said between)
        let k = k + usize::from(
            k > i
                && ws
                    .get(k + 1)
                    .is_some_and(|w| matches!(w.as_str(), "me" | "us" | "him" | "her")),
        );
        // ("whats my royalty day check gonna look like in october": how it looks, said
        // between)
        let k = if k > i {
            k + ws[k + 1..]
                .iter()
                .take(4)
                .take_while(|w| matches!(w.as_str(), "gonna" | "going" | "to" | "look" | "looks" | "like" | "be"))
                .count()
        } else {
            k
        };
        if let Some(on) = months_on.filter(|_| ws[i] == "payday") {
            let first = today.with_day(1)?;
            let first = if on < 0 {
                first - chrono::Months::new(1)
            } else {
                first + chrono::Months::new(on as u32)
            };
            return Some(first + chrono::Months::new(1) - chrono::Days::new(1));
        }
        let m = if ws[i] == "end" && ws.get(i + 1).is_some_and(|w| w == "of") {
            crate::phrases::month_number(ws.get(i + 2)?)?
        } else if salary_run(ws, i + 1) && crate::phrases::day_with_month(ws, i).is_none() {
            crate::phrases::month_number(&ws[i])?
        } else if matches!(ws[i].as_str(), "payday" | "salary" | "payroll")
            && ws
                .get(k + 1)
                .is_some_and(|w| matches!(w.as_str(), "in" | "of" | "for" | "this"))
            && crate::phrases::day_with_month(ws, k + 2).is_none()
        {
            // ("the payday in October": that month's; "on Pulse Day this december")
            crate::phrases::month_number(ws.get(k + 2)?)?
        } else if ws[i] == "payday"
            && ws.get(i + 1).is_some_and(|w| crate::phrases::month_number(w).is_some())
            && crate::phrases::day_with_month(ws, i + 1).is_none()
        {
            // ("chapaa day november": the payday said, then its month)
            crate::phrases::month_number(&ws[i + 1])?
        } else {
            return None;
        };
        let year = if m >= plan.start.month() {
            plan.start.year()
        } else {
            plan.start.year() + 1
        };
        let first = chrono::NaiveDate::from_ymd_opt(year, m, 1)?;
        Some(first + chrono::Months::new(1) - chrono::Days::new(1))
    });
    // A day said with the month: a date, not a month ("jan 15", not "january").
    let dated = (0..ws.len()).any(|i| dated_at(ws, i));
    if !dated && month_end.is_none() {
        return None;
    }
    // ("a deal on sept 20, … the oct 15 pay run": the day said with the pay, when a deal's
    // is said too)
    let at = super::scenario::pay_date(ws);
    let pay_words = match (at.first(), at.last()) {
        (Some(&a), Some(&b)) => &ws[a..=b],
        _ => ws,
    };
    let said = match month_end {
        Some(d) => d,
        None => crate::phrases::date(pay_words, plan.start, today)?,
    };
    let periods = plansight_plan::calendar::periods(plan.start, plan.payout_period);
    // The date in the plan year, or a year on when it falls before the first period ends
    // (January's payday after a calendar year).
    let date = if said <= periods.first()?.last {
        said + chrono::Months::new(12)
    } else {
        said
    };
    periods.iter().rev().find(|p| p.last < date).map(|p| p.label.clone())
}

/// Whether the word at `i` is one of a product's name of several words ("staff aug deals":
/// a month's short name inside the product's name is the product's).
pub(super) fn in_product(v: &Vocabulary, ws: &[String], i: usize) -> bool {
    v.products.iter().any(|p| {
        let parts: Vec<&str> = p.split_whitespace().collect();
        parts.len() >= 2
            && (0..parts.len()).any(|k| {
                i >= k
                    && ws
                        .get(i - k..i - k + parts.len())
                        .is_some_and(|w| w.iter().zip(&parts).all(|(a, b)| a.trim_end_matches("'s") == *b))
            })
    })
}

/// Whether the word at `i` is a salary run, a payday ("my july salary", "the 25 feb salary
/// run"), not pay in general.
pub(super) fn salary_run(ws: &[String], i: usize) -> bool {
    // ("the salary of 25 January", "the payroll in March")
    let month_follows = ws
        .get(i + 1)
        .is_some_and(|n| matches!(n.as_str(), "of" | "on" | "in" | "for"))
        && ws
            .iter()
            .skip(i + 2)
            .take(2)
            .any(|w| crate::phrases::month_number(w).is_some());
    // ("the october pay run", "the april payday": the month's payday)
    let payday = ws.get(i).is_some_and(|w| w == "payday")
        || ws.get(i).is_some_and(|w| w == "pay") && ws.get(i + 1).is_some_and(|w| w == "run");
    (ws.get(i).is_some_and(|w| matches!(w.as_str(), "salary" | "payroll")) || payday)
        && (i > 0 && crate::phrases::month_number(&ws[i - 1]).is_some()
            || ws.get(i + 1).is_some_and(|n| n == "run")
            || month_follows)
}
