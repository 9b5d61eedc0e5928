//! The period a question asks of, and the one it holds it against: the periods it names,
//! less those a sentence of story tells (the day the asker started, a quarter told before
//! the question, the month a changed deal closed in) and those a part of the plan owns (a
//! cap's year, an annual quota).

use super::parse::{exact, span};
use super::vocabulary::Vocabulary;
use super::Query;
use crate::fuzzy::mentions;
use crate::phrases::{normalize, words};

/// Sets the query's `period` and `versus` from what the question says (`ws`, its words).
pub(super) fn period(v: &Vocabulary, question: &str, ws: &[String], today: chrono::NaiveDate, query: &mut Query) {
    let plan = &v.inputs.plan;
    let mut found = super::when::asked(v, ws, query, today);
    // ("uptime money for may june and july", "my check for aug sept oct": three months that
    // make one quarter are that quarter, not two months compared)
    // (only where the months are all the periods said: "what did jan feb and march pay me
    // last year" keeps the year)
    if let Some(q) = quarter_of_months(v, ws, today).filter(|_| found.iter().all(|p| p.starts_with('M'))) {
        found = vec![q];
    }
    // ("I started on October 2nd and haven't closed anything yet. What have I actually been
    // paid?": the day the asker started tells their story, no period asked)
    // (not "how much have I earned since I started in March?": the time since, asked)
    if !found.is_empty()
        // ("em just join from june": the joining told in the present)
        && exact(ws, &["started", "joined", "join"])
        && exact(ws, &["i", "i'm", "im", "i've"])
        && !mentions(
            ws,
            &[
                "since i started",
                "since i joined",
                "since i join",
                "from when i join",
                "from when i started",
                "since starting",
            ],
        )
        // (nor "how many perms have i started this year": things started, counted)
        && !(mentions(ws, &["how many"])
            && ws
                .windows(3)
                .any(|w| matches!(w[0].as_str(), "have" | "did" | "had") && w[1] == "i" && w[2] == "started"))
    {
        // ("I only join in November. My Q2 quota how much?": the question's own sentence
        // says its period)
        // (not where the joining is in that sentence: "Hi. I joined in November, what's my
        // Q2 quota?")
        let own = super::message::told_then_asked(question)
            .map(|(_, asked)| v.trade_words(&v.tier_words(&words(&normalize(asked)))))
            .filter(|asked| !exact(asked, &["started", "joined", "join", "start", "joining"]))
            .map(|asked| super::when::asked(v, &asked, query, today))
            .filter(|own| !own.is_empty());
        let told: Vec<String> = ws
            .iter()
            .enumerate()
            // (the words after the joining, up to where a question begins: "I joined in May,
            // what did I make in June?" asks of June)
            .filter(|(i, _)| {
                let before = &ws[i.saturating_sub(8)..*i];
                let Some(j) = before
                    .iter()
                    .rposition(|w| matches!(w.as_str(), "started" | "joined" | "start" | "joining" | "join"))
                else {
                    return true;
                };
                before[j + 1..].iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "what"
                            | "whats"
                            | "what's"
                            | "how"
                            | "hows"
                            | "how's"
                            | "did"
                            | "do"
                            | "is"
                            | "make"
                            | "made"
                            | "earn"
                            | "earned"
                            | "paid"
                            | "get"
                            | "got"
                            | "why"
                            | "which"
                    )
                })
            })
            .map(|(_, w)| w.clone())
            .collect();
        let rest = super::when::asked(v, &told, query, today);
        if let Some(own) = own {
            found = own;
        } else if rest.len() < found.len() {
            found = rest;
        }
    }
    // ("Q1 and Q2 were huge … why is my q3 check so much smaller than q2?": a story's
    // periods first, then the question's own; the last sentence names what is compared)
    if found.len() > 2 {
        let last = question
            .split(['.', '?', '!'])
            .map(str::trim)
            .rfind(|s| !s.is_empty())
            .unwrap_or(question);
        let own = super::when::asked(v, &v.trade_words(&v.tier_words(&words(&normalize(last)))), query, today);
        if own.len() == 2 {
            found = own;
        }
    }
    // ("closed out a monster q1 and then kinda coasted lol. what have i made ytd?": the year
    // to date the question says, not the quarter told)
    if !found.is_empty() {
        if let Some((_, asked)) = super::message::told_then_asked(question) {
            let own = words(&normalize(asked));
            if super::when::asked(v, &own, query, today).is_empty()
                && mentions(
                    &own,
                    &["ytd", "year to date", "so far this year", "till date", "to date"],
                )
            {
                found.clear();
            }
        }
    }
    // ("I blew past the high limit in q1. how far am I from it this quarter": a period told
    // in a sentence before the question, which asks of its own; nothing compares them)
    // ("Q1 I earn very high, Q2 drop a lot. Why Q2 lower than Q1?": the question's own two
    // periods, in its own order)
    if found.len() == 2 {
        if let Some((told, asked)) = super::message::told_then_asked(question) {
            let periods =
                |s: &str| super::when::asked(v, &v.trade_words(&v.tier_words(&words(&normalize(s)))), query, today);
            let (own, before) = (periods(asked), periods(&told));
            if (own.len() == 1 && !before.is_empty() && !compares_periods(ws)) || own.len() == 2 {
                found = own;
            }
        }
    }
    // ("gladys had a great q2 but q3 is way down, why": what follows "but" is the period
    // asked about, what came before it is what it is held against)
    let but = ws
        .iter()
        .position(|w| w == "but")
        .filter(|_| !exact(ws, &["than", "vs", "versus", "compared", "against"]));
    if let ([a, b], Some(i)) = (&found[..], but) {
        let (earlier, later) = (&ws[..i], &ws[i + 1..]);
        if super::when::asked(v, earlier, query, today) == [a.clone()]
            && super::when::asked(v, later, query, today) == [b.clone()]
        {
            found = vec![b.clone(), a.clone()];
        }
    }
    query.scope.period = found.first().cloned();
    query.scope.versus = found.get(1).cloned();
    // ("if we capped everyone's total earnings at 40k for the year": the cap's span, no
    // period asked)
    if query.scope.period.as_deref() == Some("FY")
        && query.scenario.lever.as_ref().is_some_and(|l| l.kind == super::LeverKind::PayoutCap)
        // (said right after the cap's amount: "at 40k for the year"; not "what does the plan
        // cost for the year")
        && ws.iter().enumerate().any(|(i, w)| {
            crate::phrases::amount(std::slice::from_ref(w)).is_some()
                && ["for the year", "a year", "per year", "each year", "annually"]
                    .iter()
                    .any(|p| ws[i + 1..].join(" ").starts_with(p))
        })
    {
        query.scope.period = None;
    }
    // ("my Q4 - oct to dec I mean", "I think of Q3 as calendar Q3, so July to September":
    // a quarter's label said the calendar's way, then its months, which name the plan's)
    if let [a, b] = &found[..] {
        let labelled = |p: &String| ws.iter().any(|w| w.eq_ignore_ascii_case(p));
        if labelled(a) != labelled(b)
            && a.starts_with('Q')
            && b.starts_with('Q')
            && mentions(ws, &["i mean", "calendar", "meaning", "as in", "i.e", "ie"])
            && !exact(ws, &["vs", "versus", "compare", "compared", "than", "against"])
        {
            query.scope.period = Some(if labelled(a) { b.clone() } else { a.clone() });
            query.scope.versus = None;
        }
    }
    // ("the Breda order from June had come in at 30k": June says which deal, no period)
    // ("if venky's november Talegaon Paper Mills pump order had fallen through": the month
    // before the account's name says which deal)
    let month_of_account = ws.windows(2).any(|p| {
        crate::phrases::month_number(&p[0]).is_some()
            && v.accounts
                .iter()
                .any(|a| a.to_lowercase().split_whitespace().next() == Some(p[1].as_str()))
    });
    // ("The Kan-code MG Advanced I closed in November - if it had actually closed in
    // January": the month the deal closed in says which deal, when no pay of it is asked)
    let changed_deal = query.scenario.deal_amount_to.as_ref().map(|d| &d.deal).or(query
        .scenario
        .move_deal
        .as_ref()
        .map(|m| &m.deal));
    let its_month = changed_deal.is_some_and(|id| {
        let closed = v.inputs.lines.iter().find(|l| l.id == *id).and_then(|l| l.close_date);
        // (the month said after the deal closing: "I closed in November"; not "what would I
        // have made in january")
        let after_closing = ws.iter().enumerate().any(|(i, w)| {
            crate::phrases::month_number(w).is_some()
                && ws[i.saturating_sub(3)..i]
                    .iter()
                    // ("the plussunin deal back in april, if it had come in at 6k")
                    // ("the Bergen Aluminium MES in October had been 90k": after the product)
                    .any(|x| {
                        v.product(x).is_some()
                            || matches!(
                                x.as_str(),
                                "closed"
                                    | "signed"
                                    | "booked"
                                    | "won"
                                    | "landed"
                                    | "back"
                                    | "deal"
                                    | "order"
                                    | "opp"
                                    | "job"
                            )
                    })
        });
        // ("umbrella corp finally signed the gtx pro this month … . if it had come in at 9k":
        // the month told, before the question names none)
        let told_closing = super::message::told_then_asked(question).is_some_and(|(told, asked)| {
            let (told, asked) = (words(&normalize(&told)), words(&normalize(asked)));
            exact(&told, &["closed", "signed", "booked", "won", "landed"])
                && super::when::asked(v, &asked, query, today).is_empty()
        });
        (after_closing || told_closing)
            && query.scope.period.as_deref().is_some_and(|p| {
                p.starts_with('M')
                    && span(v, p)
                        .zip(closed)
                        .is_some_and(|((first, last), d)| first <= d && d <= last)
            })
            && !exact(ws, &["check", "pay", "payout", "paycheck", "payable", "paid", "cheque"])
    });
    // (the month "from" names, not another period asked beside it: "what would q3 pay me if
    // the neville island quad from march had come in at 20k")
    let from_month_asked = super::scenario::from_month(ws).is_some_and(|m| {
        let label = crate::phrases::periods(&[crate::phrases::MONTHS[m as usize - 1].to_string()], plan.start, today);
        label.first().is_some_and(|l| query.scope.period.as_ref() == Some(l))
    });
    // ("The … deal might have to be re-signed in October. If it slips to October, what do I
    // lose?": the month told is where the deal goes, the question asks of none)
    let told_target = query.scenario.move_deal.as_ref().is_some_and(|m| {
        let to = chrono::NaiveDate::parse_from_str(&m.close_date, "%Y-%m-%d").ok();
        super::message::told_then_asked(question)
            .is_some_and(|(_, asked)| super::when::asked(v, &words(&normalize(asked)), query, today).is_empty())
            && query
                .scope
                .period
                .as_deref()
                .and_then(|p| span(v, p))
                .zip(to)
                .is_some_and(|((first, last), d)| first <= d && d <= last)
    });
    // ("say my konex gtx pro in september had come in at 6,300 … what would q1 have paid me",
    // "my q2 payout if the december plusstrip deal slips to jan": the month that names the
    // changed deal, beside the period asked, compares nothing)
    let closed = changed_deal.and_then(|id| v.inputs.lines.iter().find(|l| l.id == *id).and_then(|l| l.close_date));
    let closes_in = |p: &Option<String>| {
        p.as_deref().is_some_and(|p| {
            p.starts_with('M')
                && span(v, p)
                    .zip(closed)
                    .is_some_and(|((first, last), d)| first <= d && d <= last)
        })
    };
    if closed.is_some() && !compares_periods(ws) {
        if query.scope.period.is_some() && closes_in(&query.scope.versus) {
            query.scope.versus = None;
        } else if query.scope.versus.is_some() && closes_in(&query.scope.period) {
            query.scope.period = query.scope.versus.take();
        }
    }
    if (query.scenario.deal_amount_to.is_some() || query.scenario.move_deal.is_some())
        && (from_month_asked || month_of_account || its_month || told_target)
        // (a month: "what happens to my q2 payout if the december plusstrip deal slips" keeps
        // the quarter asked)
        && query.scope.period.as_deref().is_some_and(|p| p.starts_with('M'))
    {
        query.scope.period = None;
    }
    // ("total wey dem don pay me from january till now": the plan year to date, from its
    // first month)
    let first_month = crate::phrases::MONTHS[chrono::Datelike::month0(&plan.start) as usize];
    if ws.windows(4).any(|w| {
        w[0] == "from"
            && crate::phrases::month_number(&w[1]) == crate::phrases::month_number(first_month)
            && matches!(w[2].as_str(), "till" | "until" | "to" | "through")
            && matches!(w[3].as_str(), "now" | "date" | "today")
    }) && query.scope.period.as_deref().is_some_and(|p| p.starts_with('M'))
        && query.scope.versus.is_none()
    {
        query.scope.period = None;
    }
    // ("whats my attainment on the annual hw quota": the quota is the year's, the
    // attainment to date)
    if query.scope.period.as_deref() == Some("FY") && query.scope.versus.is_none() && annual_quota_only(ws) {
        query.scope.period = None;
    }
    // ("ilang percent na ako sa quarterly quota ngayon": the quota said as a quarter's is
    // this quarter's)
    if query.scope.period.is_none() && query.scenario.is_none() {
        let this = |kind: &str| {
            crate::phrases::periods(&["this".to_string(), kind.to_string()], plan.start, today)
                .first()
                .cloned()
        };
        if mentions(ws, &["quarterly quota", "quarterly target", "quarterly number"]) {
            query.scope.period = this("quarter");
        } else if mentions(ws, &["monthly quota", "monthly target", "monthly number"]) {
            query.scope.period = this("month");
        }
    }
}

/// The quarter that three months said in a row make up, when they are all the months the
/// question says and nothing compares them.
fn quarter_of_months(v: &Vocabulary, ws: &[String], today: chrono::NaiveDate) -> Option<String> {
    let plan = &v.inputs.plan;
    let said: Vec<usize> = (0..ws.len())
        .filter(|&i| crate::phrases::month_number(&ws[i]).is_some() && crate::phrases::day_with_month(ws, i).is_none())
        .collect();
    // (said as a list: "may june and july", "aug, sept, oct"; not a modal "may" elsewhere)
    let listed = said.windows(2).all(|p| {
        ws[p[0] + 1..p[1]]
            .iter()
            .all(|w| matches!(w.as_str(), "and" | "&" | "," | "to" | "-"))
    });
    if said.len() != 3 || !listed || compares_periods(ws) {
        return None;
    }
    let labels: Vec<u32> = said
        .iter()
        .map(|&i| {
            crate::phrases::periods(std::slice::from_ref(&ws[i]), plan.start, today)
                .first()
                .and_then(|l| l.strip_prefix('M').and_then(|n| n.parse::<u32>().ok()))
        })
        .collect::<Option<Vec<_>>>()?;
    let first = *labels.iter().min()?;
    let mut sorted = labels.clone();
    sorted.sort_unstable();
    sorted.dedup();
    let quarter = format!("Q{}", first.div_ceil(3));
    (sorted == [first, first + 1, first + 2] && first % 3 == 1 && span(v, &quarter).is_some()).then_some(quarter)
}

/// Whether the words hold two periods against each other ("than", "vs", "better", "up").
fn compares_periods(ws: &[String]) -> bool {
    exact(
        ws,
        &[
            "than",
            "vs",
            "versus",
            "compared",
            "compare",
            "against",
            "better",
            "worse",
            "difference",
            "diff",
            "more",
            "less",
            "higher",
            "lower",
            "up",
            "down",
            "same",
            "both",
            "each",
            "again",
            "still",
        ],
    )
}

/// Whether the only word of a year the question says is the quota's ("the annual hw quota",
/// "my yearly target").
fn annual_quota_only(ws: &[String]) -> bool {
    let yearly = |w: &str| matches!(w, "annual" | "yearly");
    let of_quota = |i: usize| {
        ws[i + 1..(i + 4).min(ws.len())]
            .iter()
            .any(|w| matches!(w.as_str(), "quota" | "target" | "number" | "goal"))
    };
    let year_words: Vec<usize> = (0..ws.len())
        .filter(|&i| {
            yearly(&ws[i])
                || matches!(ws[i].as_str(), "year" | "fy" | "ytd" | "annually" | "full-year" | "yr")
                || ws[i].starts_with("fy2")
        })
        .collect();
    !year_words.is_empty() && year_words.iter().all(|&i| yearly(&ws[i]) && of_quota(i))
}
