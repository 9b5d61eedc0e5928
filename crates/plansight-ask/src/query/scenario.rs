//! The what-if a question asks about: a new deal, a deal moved or resized, the pipeline
//! won, a plan lever (quota, a rate, a tier start, the threshold, a cap, the target
//! incentive), or saved scenarios.

use super::parse::exact;
use super::vocabulary::Vocabulary;
use super::{DealAmount, MoveDeal, NewDeal, Pipeline, Scope, WhatIf};
use crate::fuzzy::mentions;
use crate::phrases::{amount, date};
use chrono::{Datelike, NaiveDate};
use plansight_plan::Exact;

/// Words of a hypothetical.
pub(super) const HYPOTHETICAL: &[&str] = &[
    "what if",
    "if",
    "had",
    "if i",
    "if we",
    "if the",
    "if it",
    "if my",
    "if this",
    "if that",
    "would",
    "hypothetical",
    "suppose",
    "imagine",
    "assuming",
    "assume",
    "could",
    "say i",
    "say a",
    "say an",
    "say it",
    "say we",
    "say the",
    "say that",
    "say my",
    "let's say",
    "pretend",
    "lets say",
    "were",
    "went",
    "goes to",
];
/// Words of a deal.
const DEALISH: &[&str] = &[
    "deal",
    "upsell",
    "logo",
    "renewal",
    "expansion",
    "close",
    "closed",
    "closing",
    "sign",
    "signed",
    "book",
    "booked",
    "win",
    "won",
    "land",
    "landed",
    "opportunity",
    "sale",
    "sell",
    "order",
    "contract",
    // ("if i deliver 2 more at 2k gross each": a car dealer's sale is its delivery)
    "deliver",
    "delivers",
];

/// The words before what a bonus would pay ("if the Wisdom Tooth Award paid 5k", "… paid
/// out 5k", "… were 750").
pub(super) const BONUS_PAYS: &[&str] = &[
    "paid", "pays", "pay", "paying", "out", "was", "were", "is", "be", "worth", "to", "at",
];

/// The what-if in the words (all absent: none).
pub(super) fn what_if(v: &Vocabulary, asker: &str, ws: &[String], scope: &Scope) -> WhatIf {
    let mut w = WhatIf::default();
    let plan = &v.inputs.plan;
    let hypothetical = mentions(ws, HYPOTHETICAL);
    if let Some(lever) = super::lever::lever(v, ws) {
        w.lever = Some(lever);
        return w;
    }
    if v.scenarios.iter().any(|n| mentions(ws, &[n.to_lowercase().as_str()]))
        || mentions(ws, &["scenario", "scenarios", "saved what-ifs", "saved what ifs"])
    {
        let named: Vec<String> = v
            .scenarios
            .iter()
            .filter(|n| mentions(ws, &[n.to_lowercase().as_str()]))
            .cloned()
            .collect();
        w.saved = if named.is_empty() { v.scenarios.clone() } else { named };
        return w;
    }
    // ("say all my in market cases place": a story's supposing)
    let winning = hypothetical
        || ws.first().is_some_and(|w| w == "say")
        || exact(
            ws,
            &[
                "forecast",
                "forecasted",
                "projected",
                "won",
                "win",
                "close",
                "closes",
                "closed",
                "funds",
                "funded",
            ],
        )
        || mentions(
            ws,
            &[
                "come in",
                "comes in",
                "came in",
                "come through",
                "comes through",
                "came through",
                "best case",
                "risk-adjusted",
                "risk adjusted",
                "add up",
                // ("say everything in tasting goes through", "if all my in-quote deals bind")
                "go through",
                "goes through",
                "went through",
                "bind",
                "binds",
                "gets signed",
                "get signed",
            ],
        );
    // ("why is there 1000 in earnings on my september statement when i havent closed a single
    // deal": a deal denied, no deal supposed)
    // (past forms only: not "im not close to tier 2, would a 20k deal get me there?")
    let denied = ws.iter().enumerate().any(|(i, w)| {
        matches!(
            w.as_str(),
            "havent" | "haven't" | "hasnt" | "hasn't" | "didnt" | "didn't" | "never" | "not"
        ) && ws[i + 1..]
            .iter()
            .take(2)
            .any(|x| matches!(x.as_str(), "closed" | "sold" | "won" | "signed" | "booked"))
    }) && !exact(ws, &["if"]);
    let winning = winning && !denied;
    // "probability-weighted, what's my commish": the pipeline weighted, said without the word.
    if (mentions(
        ws,
        &[
            "probability-weighted",
            "weighted-pipeline",
            "weighted pipeline",
            // ("weighted pot - wetin january go pay me?": the floor's word for the pipeline)
            "weighted pot",
            // ("on a weighted basis, what does my slate add to my MSI")
            "weighted basis",
            "weighted funnel",
            "weighted pipe",
            "weighted by",
            "at its odds",
            "at their odds",
            "weighted odds",
            "win probability",
            "win chance",
            "win chances",
            "by odds",
            // ("and if you weight them by the odds?")
            "by the odds",
            "weight them",
            "by probability",
            // ("only count each one by how likely it is to close")
            "how likely it is",
            "how likely they are",
            "by their probability",
            "by its probability",
            "by likelihood",
            // ("with the pipeline weighted, how much I earn this year?")
            "pipeline weighted",
            "pipe weighted",
            "funnel weighted",
            "open deals weighted",
            // ("With weighted mitsumori, my Q4 payout is how much?" where "| mitsumori |" is an
            // open deal)
            "weighted open",
            // ("everything in my KIV weighted, q4 payout how much" where "| KIV | … open |")
            "open weighted",
        ],
    )
        // ("weighted, wat wud i make for the yr": the word said first, of what would be made)
        || ws.first().is_some_and(|w| w.trim_end_matches(',') == "weighted")
            && exact(ws, &["would", "wud", "could", "will", "i'd", "id"])
        // ("with the roaster weighted" where open deals are "| in the roaster |")
        || v.idea_words.iter().any(|(said, plain)| {
            plain == "open"
                && said
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| {
                    // ("weighted slate - what would this month pay me" where "| on the slate |")
                    mentions(ws, &[format!("{last} weighted").as_str(), format!("weighted {last}").as_str()])
                        // ("if my board comes in weighted" where "| on the board |")
                        || exact(ws, &["weighted"]) && mentions(ws, &[format!("my {last}").as_str()])
                })
        }))
        && !mentions(ws, &["how many", "list", "which deals"])
    {
        w.pipeline = Some(Pipeline::Weighted);
        return w;
    }
    if (exact(
        ws,
        &[
            "pipeline",
            "pipline",
            "pipeine",
            "forecast",
            "forecasted",
            "projected",
            "funnel",
            "pipe",
        ],
    ) || mentions(
        ws,
        &[
            "everything that's open",
            "everything open",
            "everything thats open",
            "all that's open",
            // ("if everything I'm working on closes")
            "everything i'm working on",
            "everything im working on",
            "everything i am working on",
        ],
    ) || mentions(
        ws,
        &[
            "open deals",
            "open opps",
            "open opp",
            "open opportunities",
            "every open",
            "all open",
            "all my open",
        ],
    ) || exact(ws, &["all", "every", "whole", "entire", "everything"])
        // ("if my whole bench ships" where open deals are "| on the bench |": where the
        // trade keeps its open deals, all of it; "everything I had on the drawing board")
        && v.idea_words.iter().any(|(said, plain)| {
            plain == "open" && said.contains(' ') && said.rsplit(' ').next().is_some_and(|last| exact(ws, &[last]))
        })
        || exact(ws, &["all", "every", "whole"])
        // "if all my tentatives go definite": every open deal, by the trade's word
        && exact(ws, &["tentative", "tentatives", "quotes", "proposals", "opps", "opportunities"])
        // ("if everything I have out for bid gets signed": the glossary's open deals, won)
        // ("if my whole jikoni closes", the glossary's word read as "open")
        || exact(ws, &["everything", "all", "whole", "entire", "every"])
            && exact(ws, &["open"])
            && mentions(
                ws,
                &[
                    "gets signed", "get signed", "goes through", "go through", "closes", "comes in", "lands", "signs",
                    // ("if all my deals in the nets sign", "say all my in market cases place")
                    "sign", "place", "places", "placed",
                    "come in", "closed", "close", "comes through", "come through",
                    // ("if everything i have in market binds", "everything in my queue ships")
                    "binds", "bind", "ships", "ship", "won",
                    // ("if every last thing on the long finger signed")
                    "signed",
                    // ("if all of farhan's enquiries convert")
                    "convert", "converts", "converted",
                    // ("if everything I have on the board came in")
                    "came in", "came through", "went through", "got signed", "landed",
                ],
            ))
        && winning
        && !mentions(ws, &["how many", "list", "which deals"])
    {
        w.pipeline = Some(
            if mentions(
                ws,
                &[
                    "weighted",
                    "risk-adjusted",
                    "probability-weighted",
                    "weighted-pipeline",
                    "weighted pipeline",
                    "risk adjusted",
                ],
            ) || exact(
                // (said as written: "my projects attainment" is no "projected")
                ws,
                &[
                    "expected",
                    "probability",
                    "probabilities",
                    "likely",
                    "realistic",
                    "forecast",
                    "forecasted",
                    "projected",
                ],
            ) && !mentions(ws, &["all", "every", "best case"])
            {
                Pipeline::Weighted
            } else {
                Pipeline::All
            },
        );
        return w;
    }
    let start = plan.start;
    let today = v.today();
    let money = amount(ws).or_else(|| small_deal_of_a_product(ws, scope));
    let deal = scope
        .deal
        .clone()
        .or_else(|| account_deal(v, asker, ws, scope, money.is_some()));
    if let Some(deal) = &deal {
        // "say 3UA6O3NG came in at 12k", "OPP-20894 in march instead of may".
        let hypothetical = hypothetical
            || ws.first().is_some_and(|w| w == "say")
            || mentions(ws, &["instead of", "rather than", "instead", "earlier", "later", "have been", "would've"])
            // "OPP-21091 at 60k": the deal at another size.
            || money.is_some() && exact(ws, &["at"])
            // ("extends the crawler contract to 65k", "shrink it to 35k")
            || money.is_some() && resized_to(ws)
            // "push XXXM7BMA into december", "FT-60264 moved to december": a move said as done.
            || exact(
                ws,
                &[
                    "push", "pushed", "move", "moved", "moving", "slip", "slipped", "slips", "slid", "slide", "shift", "shifted",
                    "bump", "bumped",
                    // (Indian English: "if it gets postponed to january")
                    "postponed", "postpone", "preponed", "prepone",
                ],
            );
        // "if SBF5S7LF was 9.5k instead, … my q4 commish": a new size; the quarter is the
        // period asked, not a date it moves to.
        let month_said = ws.iter().any(|w| crate::phrases::month_number(w).is_some());
        // "had closed at 8k … december": the size, said after "at"; the month is the period.
        let sized = ws.windows(2).any(|w| {
            // ("had been 90k instead")
            matches!(w[0].as_str(), "at" | "for" | "was" | "were" | "been") && crate::phrases::amount(&w[1..]).is_some()
        });
        // ("the Plussunin line from July had gone live in June": July says which deal)
        // ("my october green-plus deal slips to november": the month it moves to is after
        // "to", the other says which)
        let month_at = |i: usize| ws.get(i).is_some_and(|w| crate::phrases::month_number(w).is_some());
        // ("I closed in November - if it had actually closed in January": the month after
        // "had … closed in" is where it moves)
        let moved_to = |i: usize| {
            i > 0 && matches!(ws[i - 1].as_str(), "to" | "into" | "till" | "until")
                || i > 2
                    && ws[i - 1] == "in"
                    && matches!(ws[i - 2].as_str(), "closed" | "signed" | "landed" | "booked")
                    && ws[i.saturating_sub(5)..i - 2].iter().any(|w| w == "had")
        };
        let to_said = (0..ws.len()).any(|i| month_at(i) && moved_to(i));
        // ("what if 8/2 gwydir st had slipped to april": the unit and number of the deal's
        // address are no date)
        let account_words: Vec<String> = v
            .inputs
            .lines
            .iter()
            .find(|l| l.id == *deal)
            .and_then(|l| l.account.as_deref())
            .map(|a| {
                a.to_lowercase()
                    .split([' ', ','])
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let dated: Vec<String> = ws
            .iter()
            .enumerate()
            .filter(|(_, w)| !(w.contains('/') && account_words.contains(w)))
            // ("the Bubba Gump PO of 14th Oct had come on 30th Sep": the date it has says which,
            // where another month follows; not "slipped to the end of April")
            .filter(|(i, _)| {
                let later_month = ws[i + 1..].iter().any(|w| crate::phrases::month_number(w).is_some());
                !(later_month
                    && (*i > 0 && ws[i - 1] == "of"
                        || *i > 1 && ws[i - 2] == "of" && crate::phrases::month_number(&ws[*i]).is_some()))
            })
            // ("the december brightwater pod had slipped to january": December says which)
            // ("the copier i closed today slips to november": today says which, too)
            .filter(|(i, w)| {
                !(to_said && (month_at(*i) && !moved_to(*i) || matches!(w.as_str(), "today" | "yesterday")))
                    && !(crate::phrases::month_number(w).is_some()
                        && *i > 0
                        && (ws[i - 1] == "from"
                            || ws[i - 1] == "the"
                                && ws.get(i + 1).is_some_and(|n| crate::phrases::month_number(n).is_none())))
            })
            .map(|(_, w)| w.clone())
            .collect();
        let date = date(&dated, start, today).filter(|_| (month_said && !sized) || money.is_none());
        if hypothetical && money.is_none() && lost_instead(ws) {
            // ("if the cheers deal had been lost": the deal at nothing)
            w.deal_amount_to = Some(DealAmount {
                deal: deal.clone(),
                amount: Exact::from_cents(plansight_plan::Cents(0)).money(),
            });
        } else if hypothetical {
            let current = v.inputs.lines.iter().find(|l| l.id == *deal).and_then(|l| l.close_date);
            if let Some(close) = date {
                w.move_deal = Some(MoveDeal {
                    deal: deal.clone(),
                    close_date: slipped(v, ws, deal, close).to_string(),
                });
            } else if let (Some(moved), None) = (current.and_then(|c| shifted(ws, c)), money) {
                // ("if the blackwater pod had slipped a fortnight")
                w.move_deal = Some(MoveDeal {
                    deal: deal.clone(),
                    close_date: moved.to_string(),
                });
            } else if let Some(cents) = money {
                w.deal_amount_to = Some(DealAmount {
                    deal: deal.clone(),
                    amount: Exact::from_cents(cents).money(),
                });
            }
        }
        return w;
    }
    // "what would I earn at 12k": 12k of what is left open (asked back), unless a deal is said.
    // (the amount may take two words: "at 10 lakh")
    // ("if i reach 80k what do i get": a level reached, of what not said, no deal)
    let at_amount = (0..ws.len()).any(|i| {
        (ws[i] == "at"
            || matches!(ws[i].as_str(), "reach" | "hit") && i > 0 && matches!(ws[i - 1].as_str(), "i" | "we"))
            && amount(&ws[i + 1..(i + 3).min(ws.len())]).is_some()
    });
    // ("with a 6k perm today", "a 4k flatbed": an amount of a deal type or a product is a
    // deal)
    let dealish = mentions(ws, DEALISH)
        // ("with another 6000 of MG Advanced", "with 6000 of MG Advanced more": an amount of a
        // product sold)
        || scope.product.as_deref().is_some_and(|product| {
            let first = product.to_lowercase();
            let first = first.split_whitespace().next().unwrap_or("");
            ws.windows(3)
                .any(|p| amount(std::slice::from_ref(&p[0])).is_some() && p[1] == "of" && p[2] == first)
        }) && exact(ws, &["another", "more", "extra"])
        || (1..ws.len()).any(|i| {
            // (not "the 1.2M new arr number": the words after name the measure)
            let two = &ws[i..(i + 2).min(ws.len())];
            // ("a 15k PM agreement today": the document's name of two words for a product)
            let alias = v.product_alias_said(&two.join(" ")).is_some();
            // ("a 2.5 lakh AMC today": a product by the first word of its name, one product's,
            // after an amount of two words)
            let first_word = v
                .products
                .iter()
                .filter(|p| p.to_lowercase().split_whitespace().next() == Some(ws[i].as_str()))
                .count()
                == 1
                && ws[i].len() >= 3;
            (amount(&ws[i - 1..i]).is_some() || first_word && i >= 2 && amount(&ws[i - 2..i]).is_some())
                // ("a 300k tower": a product's word right after the amount)
                // ("with a 15k gtx pro today": a product of two or three words)
                && (v.deal_type(&ws[i..=i]).is_some()
                    || v.product(&ws[i - 1..=i].join(" ")).is_some()
                    || alias
                    || first_word
                    || (2..=3).any(|k| {
                        ws.len() >= i + k && v.products.iter().any(|p| p.eq_ignore_ascii_case(&ws[i..i + k].join(" ")))
                    })
                    // ("and with 20k Wega 100 today?": the first words that tell Wega 100
                    // Inverter from Wega 30 Inverter)
                    || ws.len() >= i + 2
                        && ws[i + 1].chars().all(|c| c.is_ascii_digit())
                        && v.products.iter().filter(|p| p.to_lowercase().starts_with(&format!("{} {} ", ws[i], ws[i + 1]))).count() == 1)
                && (v.measure(two).is_none() || alias || first_word && i >= 2 && amount(&ws[i - 2..i]).is_some())
        })
        // ("a new client perm at 8500": a deal said before the amount it is at; "new system
        // whole home backup for 65k today - what does that add": the question opening with it)
        || (1..ws.len()).any(|at| {
            // ("signs the robot today at 1.1M": the day between the deal and its amount)
            let end = at - ws[..at].iter().rev().take_while(|w| matches!(w.as_str(), "today" | "tomorrow")).count();
            matches!(ws[at].as_str(), "at" | "for")
                && amount(&ws[at + 1..(at + 2).min(ws.len())]).is_some()
                && (1..=end.min(3)).any(|n| {
                    let said =
                        v.deal_type(&ws[end - n..end]).is_some() || v.product(&ws[end - n..end].join(" ")).is_some();
                    // ("if i put in 2 bean-to-cups at 4k each": so many of it)
                    // ("if st marys signs the robot today at 1.1M": the deal the customer signs,
                    // supposed; not "when st marys signed the robot at 900k", a deal done)
                    let signed = end - n >= 2
                        && ws[end - n - 1] == "the"
                        && matches!(ws[end - n - 2].as_str(), "signs" | "sign" | "books" | "orders" | "buys");
                    let opened = end == n
                        || signed
                        || matches!(ws[end - n - 1].as_str(), "a" | "an")
                        || ws[end - n - 1]
                            .parse::<u32>()
                            .is_ok_and(|c| (2..=super::MOST_DEALS_EACH).contains(&c))
                        || ws[at] == "for" && end - n <= 2 && v.deal_type(&ws[..end - n]).is_some();
                    said && opened
                })
        });
    // ("what if the Wisdom Tooth Award paid 5k instead": the bonus's own amount, which no
    // deal is)
    let bonus_amount = !dealish
        && v.bonus(ws)
        && !exact(
            ws,
            &[
                "i", "we", "i'd", "we'd", "i'm", "he", "she", "his", "her", "they", "their",
            ],
        )
        && (1..ws.len())
            .any(|i| amount(&ws[i..(i + 2).min(ws.len())]).is_some() && BONUS_PAYS.contains(&ws[i - 1].as_str()));
    if let Some(cents) = money.filter(|_| ((hypothetical && !at_amount) || dealish) && !bonus_amount && !denied) {
        // "my Q4 ACV attainment if I add a 40k expansion": the quarter is the period asked;
        // a deal closes in a quarter only when said so ("in Q3", "by the end of Q2").
        // ("my october check if I'd booked …": the month of the pay asked, not the deal's,
        // unless a day is said: "a 26k gtk 500 on the 20th, my december payout")
        let day_said = ws
            .iter()
            .any(|w| w.len() > 2 && w.ends_with(['t', 'h', 'd']) && w.starts_with(|c: char| c.is_ascii_digit()));
        // (the words that may date the deal, a product's name set aside: "a staff aug deal"
        // says no August)
        // (nor the day of the pay: "would my nov 15 check be if I add a 15k cage on oct 28")
        let paid_on = pay_date(ws);
        let dates: Vec<String> = (0..ws.len())
            .map(|i| {
                // ("if I sign … on the 28th, what will the January Bonsela Day pay me?": a
                // payday's month is not the deal's, where it pays the month before; "my july
                // check … on the 20th" is July's pay)
                let payday_month = pay_month(ws, i) && ws.get(i + 1).is_some_and(|n| n == "payday");
                if super::when::in_product(v, ws, i) || paid_on.contains(&i) || payday_month {
                    String::new()
                } else {
                    ws[i].clone()
                }
            })
            .collect();
        // ("what would my December flagship come to": a measure's month is the period asked)
        let measure_month = |i: usize| {
            i > 0
                && matches!(dates[i - 1].as_str(), "my" | "our" | "his" | "her" | "their")
                && dates
                    .get(i + 1)
                    .is_some_and(|n| v.measure(std::slice::from_ref(n)).is_some())
        };
        let dated = dates.iter().enumerate().any(|(i, w)| {
            crate::phrases::month_number(w).is_some() && (day_said || !pay_month(&dates, i) && !measure_month(i))
        })
            || (2..=3).any(|n| {
                dates.windows(n).any(|w| {
                    matches!(
                        w[0].as_str(),
                        "in" | "by" | "during" | "before" | "of" | "end" | "until"
                    ) && crate::phrases::periods(&w[1..], start, plan.end).len() == 1
                })
            })
            // (a period said alone is the one asked, "what would q3 pay", "quarter 3")
            || !(1..=2).any(|n| dates.windows(n).any(|w| crate::phrases::periods(w, start, plan.end).len() == 1));
        // ("on the 28th … my august check": the day said apart from its month)
        let day = ws.iter().find_map(|w| {
            let digits = w
                .strip_suffix("th")
                .or(w.strip_suffix("st"))
                .or(w.strip_suffix("nd"))
                .or(w.strip_suffix("rd"))?;
            digits.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
        });
        // (a deal "this month" closes today: docs/ask-queries.md)
        let this_month = mentions(ws, &["this month"]) && !day_said;
        let close = date(&dates, start, today)
            .filter(|_| dated)
            .map(|d| {
                if this_month && d.month() == today.month() {
                    today
                } else {
                    d
                }
            })
            .map(|d| match day {
                Some(n) if d.succ_opt().is_none_or(|x| x.month() != d.month()) => d.with_day(n).unwrap_or(d),
                _ => d,
            })
            // ("a 50k bundle on the 31st": the day said alone is the next such day; "my march 25
            // check … on the 27th": the payday's month is not the deal's)
            .or_else(|| {
                let n = day.filter(|_| !dates.iter().any(|w| crate::phrases::month_number(w).is_some()))?;
                let this = today.with_day(n).filter(|d| *d >= today);
                this.or_else(|| (today + chrono::Months::new(1)).with_day(n))
            })
            .map(|d| d.clamp(start, plan.end).to_string());
        // "a 400k new-logo": the type said hyphenated.
        let unhyphened: Vec<String> = ws.iter().flat_map(|w| w.split('-')).map(str::to_string).collect();
        // (not a type word inside the measure's name: "a lumen upsell … my net new attainment")
        let mut joined = format!(" {} ", unhyphened.join(" "));
        if let Some(m) = &scope.measure {
            for n in v.measure_names(m).iter().filter(|n| n.contains(' ')) {
                joined = joined.replace(&format!(" {n} "), " ");
            }
        }
        // (nor a type word inside the product's name said in full: "a Rooftop Unit
        // Replacement" is no replacement deal)
        let product_name = scope.product.as_ref().map(|p| format!(" {} ", p.to_lowercase()));
        if let Some(p) = &product_name {
            joined = joined.replace(p.as_str(), " ");
        }
        let unnamed: Vec<String> = joined.split_whitespace().map(str::to_string).collect();
        // ("a Chiller Plant change-out": the document's hyphenated name for a type)
        let as_said: Vec<String> = {
            let mut t = format!(" {} ", ws.join(" "));
            if let Some(p) = &product_name {
                t = t.replace(p.as_str(), " ");
            }
            t.split_whitespace().map(str::to_string).collect()
        };
        let in_product = product_name.as_ref().is_some_and(|p| {
            v.deal_type(&unnamed).is_none()
                && v.deal_type(&p.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                    .is_some()
        });
        let deal_type = v
            .deal_type(&unnamed)
            .or_else(|| v.deal_type(&as_said))
            .or_else(|| (!in_product).then(|| v.deal_type(&unhyphened)).flatten())
            .or_else(|| {
                mentions(ws, &["upsell", "upgrade", "expand"])
                    .then(|| "expansion".to_string())
                    .filter(|t| v.deal_types.contains(t))
            })
            .or_else(|| new_business(v));
        // ("a 40k dedicated lane today" where the Dedicated Lane is a product and the Dedicated
        // Lane Incentive a measure: the product's name said in full is the deal's product)
        let said = ws.join(" ");
        let product = scope.product.clone().or_else(|| {
            v.products
                .iter()
                .find(|p| p.contains(' ') && super::vocabulary::contains_words(&said, &p.to_lowercase()))
                .cloned()
        });
        w.new_deal = Some(NewDeal {
            amount: Exact::from_cents(cents).money(),
            close_date: close,
            deal_type,
            product,
            count: deals_each(ws),
        });
    }
    w
}

/// How many deals of the amount said a question supposes, where it says several of them
/// each of it, "each" right after the amount: "2 GTX Pro for 9k each", "three deals at 5k
/// apiece", "2 x 10k deals". Not "2 deals worth 18k" (their total), which is one deal of
/// it, nor "… 20k, what's my commission per deal?".
fn deals_each(ws: &[String]) -> Option<u32> {
    let number = |w: &str| -> Option<u32> {
        let n = w
            .parse()
            .ok()
            .or_else(|| crate::spoken::lone_number(w))
            .or((w == "couple").then_some(2))?;
        (2..=super::MOST_DEALS_EACH).contains(&n).then_some(n)
    };
    // ("2 x 10k", "2x 10k")
    // ("3 motor policies at R18k each": the currency's own letter too)
    let money = |x: &str| {
        x.starts_with(|c: char| c.is_ascii_digit() || c == '$')
            || x.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
                && crate::phrases::amount(&[x.to_string()]).is_some()
    };
    let times = (0..ws.len()).find_map(|i| match ws[i].strip_suffix('x') {
        Some(d) if ws.get(i + 1).is_some_and(|a| money(a)) => number(d),
        _ if ws.get(i + 1).is_some_and(|x| x == "x") && ws.get(i + 2).is_some_and(|a| money(a)) => number(&ws[i]),
        _ => None,
    });
    if times.is_some() {
        return times;
    }
    // ("say i land two 3k cyber policies today", "if i sign two 5k gtx plus pros": the
    // count right before the amount, the things in the plural after it)
    let before_amount = (0..ws.len().saturating_sub(2)).find_map(|i| {
        let n = number(&ws[i])?;
        let plural = ws[i + 2..(i + 5).min(ws.len())]
            .iter()
            // ("two 6k sit-stands": hyphened)
            .any(|w| {
                w.len() >= 4
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
            });
        let verb = i > 0
            && matches!(
                ws[i - 1].as_str(),
                "sell" | "sign" | "land" | "close" | "win" | "book" | "get"
            );
        (money(&ws[i + 1])
            && !ws[i + 1].ends_with('%')
            && (plural || verb && super::words::DEALS.contains(&ws[i + 2].as_str())))
        .then_some(n)
    });
    if before_amount.is_some() {
        return before_amount;
    }
    // ("would 4 bundles at 1092 get me striped", "if i close 5 pest shields at 624 today":
    // things in the plural at a price, each)
    let at_a_price = (0..ws.len()).find_map(|i| {
        let n = number(&ws[i])?;
        let k = (i + 2..(i + 5).min(ws.len())).find(|&k| matches!(ws[k].as_str(), "at" | "@"))?;
        let things = &ws[i + 1..k];
        // (not a span: "over the next 2 months at 10k each" counts no deals)
        let plural = things.last().is_some_and(|w| {
            w.len() >= 4
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !matches!(
                    w.as_str(),
                    "days" | "weeks" | "months" | "quarters" | "years" | "reps" | "sellers" | "people"
                )
        });
        (plural
            && things.iter().all(|w| w.chars().all(char::is_alphabetic))
            && ws.get(k + 1).is_some_and(|a| money(a) && !a.ends_with('%')))
        .then_some(n)
    });
    if at_a_price.is_some() {
        return at_a_price;
    }
    let each_at = (0..ws.len()).find(|&k| {
        // ("2k gross each": the amount's own word between it and "each")
        let worded = |j: usize| {
            ws.get(j).is_some_and(|e| matches!(e.as_str(), "each" | "apiece"))
                && ws[k + 1].len() <= 8
                && ws[k + 1].chars().all(char::is_alphabetic)
        };
        money(&ws[k])
            && (ws.get(k + 1).is_some_and(|e| matches!(e.as_str(), "each" | "apiece"))
                || worded(k + 2)
                || ws
                    .get(k + 1..k + 3)
                    .is_some_and(|p| p == ["a", "piece"] || p == ["per", "deal"]))
    })?;
    // (the count before the amount, after a verb of winning or before the deals it counts:
    // "sell 2 GTX Pro", "close three more deals", "if three more deals close")
    ws[..each_at].iter().enumerate().find_map(|(i, w)| {
        let n = number(w)?;
        let before = i.checked_sub(1).map(|j| ws[j].as_str()).unwrap_or("");
        let deals_at = |k: usize| ws.get(k).is_some_and(|x| super::words::DEALS.contains(&x.as_str()));
        let counted = matches!(
            before,
            "sell"
                | "sold"
                | "close"
                | "closed"
                | "sign"
                | "signed"
                | "land"
                | "landed"
                | "win"
                | "won"
                | "book"
                | "booked"
                | "another"
                | "get"
                | "deliver"
        ) || deals_at(i + 1)
            || ws.get(i + 1).is_some_and(|m| m == "more") && deals_at(i + 2)
            // ("2 minis at 3500 each": a thing's name of a few words between the count and
            // its price)
            || each_at >= i + 3
                && each_at <= i + 5
                && matches!(ws[each_at - 1].as_str(), "at" | "for" | "@" | "of")
                && ws[i + 1..each_at - 1].iter().all(|x| number(x).is_none() && !money(x));
        counted.then_some(n)
    })
}

/// The words of a payday said with its day ("my nov 15 check", "the 15 nov payout"): the
/// positions of its month and day.
pub(super) fn pay_date(ws: &[String]) -> Vec<usize> {
    let day = |w: &str| crate::phrases::day_of_month(w).is_some() && w.starts_with(|c: char| c.is_ascii_digit());
    let mut found = Vec::new();
    // ("what was my last check, the aug 10 one": "one" of the pay said before it)
    let pay_noun = |k: usize| super::words::PAY_NOUNS.contains(&ws[k].as_str());
    for k in (1..ws.len()).filter(|&k| pay_noun(k) || ws[k] == "one" && (0..k).any(pay_noun)) {
        let mut j = k;
        while j > 0 && (crate::phrases::month_number(&ws[j - 1]).is_some() || day(&ws[j - 1])) {
            j -= 1;
        }
        let span = j..k;
        let dated =
            span.clone().any(|i| crate::phrases::month_number(&ws[i]).is_some()) && span.clone().any(|i| day(&ws[i]));
        if dated && j > 0 && matches!(ws[j - 1].as_str(), "my" | "the" | "our" | "his" | "her" | "their") {
            found.extend(span);
        }
    }
    found
}

/// Whether the month at `i` is said of the pay ("my october check", "how much more would
/// jan pay"), not of a deal.
pub(super) fn pay_month(ws: &[String], i: usize) -> bool {
    i > 0
        && matches!(
            ws[i - 1].as_str(),
            "my" | "the" | "our" | "his" | "her" | "their" | "would" | "will" | "does" | "did"
        )
        && ws
            .get(i + 1)
            .is_some_and(|n| super::words::PAY_NOUNS.contains(&n.as_str()))
}

/// The date a deal moves to: "SH0S5N6U slipped into january" from December is the next
/// January, past the plan year's end (a slip is later, never earlier).
pub(super) fn slipped(v: &Vocabulary, ws: &[String], deal: &str, close: NaiveDate) -> NaiveDate {
    let slips = exact(
        ws,
        &[
            "slip",
            "slipped",
            "slips",
            "slid",
            "slide",
            "slides",
            "pushed",
            "push",
            "later",
            "postponed",
            "postpone",
        ],
    );
    let current = v.inputs.lines.iter().find(|l| l.id == deal).and_then(|l| l.close_date);
    match current.filter(|c| slips && close < *c) {
        Some(c) if close + chrono::Months::new(12) > c => close + chrono::Months::new(12),
        _ => close,
    }
}

/// The days a deal is said to slip by ("slipped a fortnight", "pushed two weeks", "slid
/// 10 days"), at most a year; `None` when none is said, or it is said to come earlier.
pub(super) fn shifted_days(ws: &[String]) -> Option<u64> {
    let slips = exact(
        ws,
        &[
            "slip",
            "slipped",
            "slips",
            "slid",
            "pushed",
            "push",
            "moved",
            "later",
            "postponed",
            "postpone",
        ],
    );
    // ("moved two weeks earlier": not a slip, and not guessed)
    if !slips || exact(ws, &["earlier", "sooner", "forward"]) {
        return None;
    }
    ws.windows(2).find_map(|w| {
        let n: u64 = match w[0].as_str() {
            "a" | "an" | "one" => 1,
            "two" => 2,
            "three" => 3,
            other => other.parse().ok()?,
        };
        let unit = match w[1].as_str() {
            "fortnight" | "fortnights" => 14,
            "week" | "weeks" => 7,
            "day" | "days" => 1,
            _ => return None,
        };
        n.checked_mul(unit).filter(|d| *d <= 366)
    })
}

/// The close date of a deal said to slip by some days ([`shifted_days`]).
fn shifted(ws: &[String], close: NaiveDate) -> Option<NaiveDate> {
    close.checked_add_days(chrono::Days::new(shifted_days(ws)?))
}

/// A hypothetical deal of no type said is new business, said so in the understood query,
/// where the plan's first measure credits new deals (as the what-if would run it).
fn new_business(v: &Vocabulary) -> Option<String> {
    let first = v.inputs.plan.measures.first()?;
    let credits_new = first.deal_types.as_ref().is_none_or(|t| t.iter().any(|x| x == "new"));
    (credits_new && v.deal_types.iter().any(|t| t == "new")).then(|| "new".to_string())
}

/// Whether the words say a won deal had been lost instead ("if the cheers deal had been
/// lost", "if it had fallen through").
pub(super) fn lost_instead(ws: &[String]) -> bool {
    exact(ws, &["if", "suppose", "say"])
        && (mentions(
            ws,
            &[
                "had been lost",
                "been lost",
                // ("had been a walkaway", a lost deal's other name read as "lost")
                "been a lost",
                "been a cancelled",
                "had lost",
                "fell through",
                "had fallen through",
                "fallen through",
                "had been cancelled",
                "been cancelled",
                "had walked",
                // ("if 3RJPZ634 was a blunder, how much I lose?" where a blunder is a lost deal)
                "was lost",
                "were lost",
                "gets lost",
                "was a lost",
                "falls through",
                "is canceled",
                "gets canceled",
                "was canceled",
            ],
        )
            // ("olive st falls over", the idea word read as "cancelled": a deal's fate told)
            || ws.windows(2).any(|w| {
                w[1] == "cancelled"
                    && !matches!(
                        w[0].as_str(),
                        "the" | "my" | "a" | "an" | "any" | "of" | "his" | "her" | "their" | "our" | "no" | "for" | "all"
                            | "many" | "how" | "these" | "those" | "your" | "its" | "on" | "in" | "with" | "if" | "when"
                            | "once"
                    )
            }))
}

/// Whether the words make a deal bigger or smaller "to" an amount ("extends the crawler
/// contract to 65k", "wants to shrink the fleet deal to 35k").
fn resized_to(ws: &[String]) -> bool {
    const VERBS: &[&str] = &[
        "extend",
        "extends",
        "extended",
        "extending",
        "shrink",
        "shrinks",
        "shrank",
        "shrunk",
        "shrinking",
        "cut",
        "cuts",
        "reduce",
        "reduces",
        "reduced",
        "trim",
        "trims",
        "trimmed",
        "upsize",
        "upsizes",
        "upsized",
        "downsize",
        "downsizes",
        "downsized",
        "grow",
        "grows",
        "grew",
        // ("if i bumped the lewis deal to 6k")
        "bump",
        "bumps",
        "bumped",
        "raise",
        "raises",
        "raised",
        "increase",
        "increased",
        "lower",
        "lowered",
    ];
    // (not a part of the plan raised: "if they raise my quota to 500k, what does the Acme deal
    // pay me")
    exact(ws, VERBS)
        && !exact(
            ws,
            &[
                "quota",
                "quotas",
                "target",
                "rate",
                "threshold",
                "cap",
                "tier",
                "accelerator",
            ],
        )
        && (0..ws.len()).any(|i| ws[i] == "to" && amount(&ws[i + 1..(i + 3).min(ws.len())]).is_some())
}

/// "if the Zoomit deal had come in at 10k", "if my Zoomit deal slipped to December": the
/// seller's newest won deal at the account, resized, moved or lost.
fn account_deal(v: &Vocabulary, asker: &str, ws: &[String], scope: &Scope, money: bool) -> Option<String> {
    let account = scope.account.as_deref()?;
    let resized = money
        && mentions(
            ws,
            &[
                "come in at",
                "came in at",
                // ("if the bhosale sprinkler order had come at 35k")
                "had come at",
                // ("if the bauer brothers sprayer had gone for 400,000")
                "had gone for",
                "had sold for",
                "went for",
                "closed at",
                "closed for",
                "had been",
                "was worth",
                "were worth",
                "instead",
            ],
        );
    // ("if the Finjob GTK 500 was 30000": the deal at that size)
    let resized = resized
        || money && resized_to(ws)
        || money
            && exact(ws, &["if"])
            && ws
                .windows(2)
                .any(|p| matches!(p[0].as_str(), "was" | "were") && amount(std::slice::from_ref(&p[1])).is_some());
    let month = ws.iter().any(|w| crate::phrases::month_number(w).is_some());
    let moved = month
        && !money
        && (exact(
            ws,
            &[
                "push", "pushed", "moved", "slip", "slipped", "slips", "slid", "shifted", "bumped",
            ],
        ) || mentions(
            ws,
            &[
                "closed in",
                "instead of",
                "had closed",
                // ("if the Bubba Gump PO of 14th Oct had come on 30th Sep")
                "had come on",
                "had come in",
                "had landed",
                "landed in",
                "had bound",
                "bound in",
                // (a telecom's line "gone live in June")
                "gone live in",
                "went live in",
                "go live in",
                "gone live on",
                "went live on",
            ],
        ) || exact(ws, &["instead"]));
    let moved = moved || !money && shifted_days(ws).is_some();
    if !resized && !moved && (money || !lost_instead(ws)) {
        return None;
    }
    let won: Vec<&plansight_plan::CreditLine> = v
        .inputs
        .lines
        .iter()
        .filter(|l| l.seller == asker && l.stage == plansight_plan::Stage::Won)
        .filter(|l| l.account.as_deref().is_some_and(|a| a.eq_ignore_ascii_case(account)))
        .collect();
    // ("the Hanley Trucking auto": of the product or type said, when one is)
    let same = |a: &Option<String>, b: &Option<String>| {
        b.as_ref()
            .is_none_or(|b| a.as_ref().is_some_and(|a| a.eq_ignore_ascii_case(b)))
    };
    let said: Vec<&&plansight_plan::CreditLine> = won
        .iter()
        .filter(|l| same(&l.product, &scope.product) && same(&l.deal_type, &scope.deal_type))
        .collect();
    let mut pool: Vec<&plansight_plan::CreditLine> = if said.is_empty() {
        won
    } else {
        said.into_iter().copied().collect()
    };
    // ("the Breda order from June had come in at 30k", "the july bioholding plus pro": the
    // one of that month)
    let first = account.split_whitespace().next().map(str::to_lowercase);
    let before_account = ws.windows(3).find_map(|p| {
        (p[0] == "the" && first.as_deref() == Some(p[2].as_str()))
            .then(|| crate::phrases::month_number(&p[1]))
            .flatten()
    });
    if let Some(m) = from_month(ws).or(before_account) {
        let of_month: Vec<&plansight_plan::CreditLine> = pool
            .iter()
            .copied()
            .filter(|l| l.close_date.is_some_and(|d| chrono::Datelike::month(&d) == m))
            .collect();
        if !of_month.is_empty() {
            pool = of_month;
        }
    }
    pool.into_iter().max_by_key(|l| l.close_date).map(|l| l.id.clone())
}

/// The month a deal is said to be "from" or "in" ("the Breda order from June", "the globex
/// one in october"), which picks the deal rather than a period.
pub(super) fn from_month(ws: &[String]) -> Option<u32> {
    ws.windows(2)
        .find_map(|p| (p[0] == "from").then(|| crate::phrases::month_number(&p[1])).flatten())
        // ("the gtx pro from the end of nov", "from late june")
        .or_else(|| {
            const BETWEEN: &[&str] = &[
                "the",
                "end",
                "start",
                "beginning",
                "middle",
                "of",
                "early",
                "late",
                "mid",
            ];
            ws.iter().enumerate().filter(|(_, w)| *w == "from").find_map(|(k, _)| {
                let between = ws[k + 1..].iter().take_while(|x| BETWEEN.contains(&x.as_str())).count();
                (1..=4)
                    .contains(&between)
                    .then(|| ws.get(k + 1 + between).and_then(|m| crate::phrases::month_number(m)))
                    .flatten()
            })
        })
        // ("the globex one in october had come in at 8k": the month says which deal)
        .or_else(|| {
            ws.windows(3).find_map(|p| {
                (matches!(p[0].as_str(), "one" | "deal" | "order" | "sale" | "job")
                    && p[1] == "in"
                    // (not the month a deal is moved to: "closed the Acme deal in June instead")
                    && !exact(ws, &["instead", "slipped", "moved", "pushed", "into", "until"]))
                .then(|| crate::phrases::month_number(&p[2]))
                .flatten()
            })
        })
        // ("the Godavari Vineyards pump order of 8th dec had come at 5L": the deal's date)
        .or_else(|| {
            ws.iter().enumerate().find_map(|(i, w)| {
                let month = crate::phrases::month_number(w)?;
                let day_before = i > 0 && crate::phrases::day_of_month(&ws[i - 1]).is_some();
                let of = i.checked_sub(if day_before { 2 } else { 1 })?;
                (of > 0
                    && ws[of] == "of"
                    && matches!(ws[of - 1].as_str(), "order" | "deal" | "one" | "sale" | "po" | "job"))
                .then_some(month)
            })
        })
}

/// Whether the account is said as the new deal's customer: "with" (or "for", "at") right
/// before its name, the deal's size said before that ("book a 7k rematch with Kan-code"),
/// or the account signing the deal ("codehow signs a 5k gtx pro").
pub(super) fn new_deal_with(ws: &[String], account: Option<&str>) -> bool {
    // ("if st marys signs the robot" for St. Mary's Medical Center: its first word after a
    // saint's title, its apostrophe unsaid)
    let bare = |w: &str| w.trim_end_matches('.').replace('\'', "");
    let title = |w: &str| matches!(w.to_lowercase().trim_end_matches('.'), "st" | "saint" | "mt" | "ft");
    let Some(first) = account
        .and_then(|a| a.split_whitespace().find(|w| !title(w)))
        .map(|w| bare(&w.to_lowercase()))
    else {
        return false;
    };
    let said = |w: &str| bare(w) == first || bare(w.trim_end_matches("'s")) == first;
    ws.windows(2).enumerate().any(|(i, w)| {
        // ("a 25k call-off from Ridley College")
        // ("a 40k robot with st vincent": the title said too)
        let named = said(&w[1]) || title(&w[1]) && ws.get(i + 2).is_some_and(|n| said(n));
        matches!(w[0].as_str(), "with" | "for" | "at" | "from") && named && crate::phrases::amount(&ws[..i]).is_some()
    })
        // ("what if codehow signs a 5k gtx pro with me": the customer signing it)
        || ws.windows(2).enumerate().any(|(i, w)| {
            said(&w[0])
                // ("Suppose Panchganga gives me PO for 25L VT this month")
                && matches!(
                    w[1].as_str(),
                    "signs" | "books" | "renews" | "commits" | "gives" | "places" | "sends" | "awards" | "releases"
                )
                && crate::phrases::amount(&ws[i..]).is_some()
        })
        // ("ive been chasing the hottechi people. if i get a 20k gtk 500 signed with them":
        // the customer of the story, then the deal supposed with it)
        || ws.iter().position(|w| said(w)).is_some_and(|at| {
            let asked_of_it = ws[..at]
                .iter()
                .any(|w| matches!(w.as_str(), "what" | "how" | "which" | "who" | "whats" | "what's"));
            !asked_of_it && ws[at..].iter().position(|w| w == "if").is_some_and(|k| {
                let supposed = &ws[at + k..];
                crate::phrases::amount(supposed).is_some()
                    && supposed.iter().all(|w| !said(w))
                    // (the deal said to be with them: "signed with them", "from them")
                    && supposed.windows(2).any(|p| {
                        matches!(p[0].as_str(), "with" | "from" | "for" | "at")
                            && matches!(p[1].as_str(), "them" | "there")
                    })
            })
        })
}

/// "Would a 550 gtx basic get me thru the turnstile": a plain number between "a" and the
/// product's name is the new deal's size, however small (a plain number alone is none).
fn small_deal_of_a_product(ws: &[String], scope: &Scope) -> Option<plansight_plan::Cents> {
    let product = scope.product.as_deref()?.to_lowercase();
    let first = product.split_whitespace().next()?;
    ws.windows(3).find_map(|w| {
        // (not a count: "another 2 gtk 500s")
        let dollars = w[1].parse::<u32>().ok().filter(|n| *n >= 100)?;
        (matches!(w[0].as_str(), "a" | "an") && w[2] == first).then(|| plansight_plan::Cents(i64::from(dollars) * 100))
    })
}
