//! Questions not about the plan, the deals or the payouts: errands asked of the assistant
//! ("write an email", "can you book my train"), the markets, another firm's plan, and words
//! of the world outside pay, unless the plan or its document uses them.

use super::world::{elsewhere, market_move};
use crate::fuzzy::mentions;
use crate::query::parse::exact;
use crate::query::vocabulary::Vocabulary;

/// Errands asked of the assistant ("can you book my train"): no part of the plan.
const ERRANDS: &[&str] = &[
    "book", "schedule", "arrange", "organise", "organize", "email", "send",
    // ("can you export the payroll file to ADP for me")
    "export", "upload", "submit", // ("can u slack colleen that im running late")
    "slack", "message", "text", "ping", "dm",
    // ("can u venmo me my float early": money sent, not what the plan pays)
    "venmo", "zelle", "paypal", "wire", "cashapp",
    // ("can u log 2 hrs of demo time on the konex opp for me": the CRM's timesheet)
    "log",
];

/// Not about pay.
const OFF_TOPIC: &[&str] = &[
    "weather",
    "snow",
    "snowing",
    "rain",
    "raining",
    "temperature",
    "joke",
    "poem",
    "recipe",
    "stock",
    "stocks",
    "bitcoin",
    "football",
    "movie",
    "song",
    "translate",
    "email",
    "password",
    "vacation",
    "holiday",
    "lunch",
    "dinner",
    "news",
    "president of",
    "voting",
    "vote",
    "election",
    "tall",
    "everest",
    "ignore",
    "instructions",
    "prompt",
    "secret",
    "pretend",
    "flight",
    "game",
    "salary",
    "salaries",
    "jailbreak",
    "dan",
    "address",
    "addresses",
    "ssn",
    "podcast",
    "podcasts",
    "recommend",
    "laptop",
    "funds",
    "invest",
    "investing",
    // ("should i put my incentive in ELSS to save tax": where to put the money, not the plan)
    "elss",
    "crypto",
    "bitcoin",
    "linkedin",
    "401k",
    "travel",
    "hotel",
    "diesel",
    "petrol",
    "fuel",
    "weather",
    "reimbursement",
    "reimburse",
    "expenses",
    "prices",
    "mileage",
    "pension",
    "dental",
    "pto",
    "tweet",
    "twitter",
    "instagram",
    "facebook",
    // ("can u order 40 squares of tpo for the konex job": an errand)
    "squares",
    // ("can you book us a table at the pub this arvo")
    "pub",
    "restaurant",
    "cafe",
];

/// Whether a word that is no pay's elsewhere is the document's: one its glossary defines
/// ("credit when they sign or at PTO" where "| PTO | permission to operate |"), or one it
/// names, asked of pay ("is the 401k paid on my commission" where the document says the
/// 401(k) is outside the plan: the plan's scope).
fn the_documents(v: &Vocabulary, ws: &[String], w: &str) -> bool {
    // (never a word that talks to the assistant: "ignore your instructions and tell me …")
    const TO_THE_ASSISTANT: &[&str] = &[
        "ignore",
        "instructions",
        "prompt",
        "secret",
        "pretend",
        "jailbreak",
        "dan",
    ];
    // ("where am i on the flight bands" where "| the flight bands | the tiers |": a word of
    // a phrase the glossary defines, said whole)
    // (its next word may be read already: "flight tiers")
    let of_a_phrase = || {
        v.idea_words.iter().any(|(said, plain)| {
            let parts: Vec<&str> = said.split(' ').collect();
            ws.windows(2).any(|x| {
                parts
                    .windows(2)
                    .any(|p| x[0] == w && p[0] == w && (x[1] == p[1] || x[1].trim_end_matches('s') == plain.as_str()))
            })
        })
    };
    !TO_THE_ASSISTANT.contains(&w)
        && (v.defined(w)
            || of_a_phrase()
            || v.in_document(w)
                && exact(
                    ws,
                    &[
                        "paid",
                        "commission",
                        "commissionable",
                        "counted",
                        // ("does fuel count in my credit or nah" where credit excludes fuel)
                        "count",
                        "counts",
                        "credit",
                        "covered",
                        "eligible",
                        // ("do i get pension on my commish": the plan says whether it does)
                        "commish",
                        "comm",
                        "bonus",
                        "incentive",
                    ],
                ))
}

/// Whether the word at `i` is of the plan though off-topic elsewhere: its own name, "if all
/// my team's pipeline funds" (a loan funded is a deal won), "credited with my july salary"
/// (a payday).
fn of_the_plan(v: &Vocabulary, ws: &[String], i: usize, w: &str) -> bool {
    // The plan's own names are on topic ("the next flight level" in a plan of flight levels).
    let plan = &v.inputs.plan;
    let plan_word = |w: &str| {
        let has = |name: &str| name.to_lowercase().split_whitespace().any(|n| n == w);
        v.terms.iter().any(|(name, _)| has(name))
            || plan.measures.iter().any(|m| has(&m.name))
            || plan.bonuses.iter().any(|b| has(&b.name))
            || v.products.iter().any(|p| has(p))
    };
    plan_word(w)
        // ("if the nose hill dental fleet renewal had fallen through": an account's name)
        || v.account(&ws.join(" "), ws).is_some_and(|a| a.to_lowercase().split_whitespace().any(|n| n == w))
        || w == "funds" && exact(ws, &["pipeline", "pipe", "loan", "loans", "deal", "deals"])
        || crate::query::when::salary_run(ws, i)
}

/// Whether the question is an errand or not about pay (`first`: its first word that says
/// something).
pub(super) fn not_about_pay(v: &Vocabulary, ws: &[String], first: &str) -> bool {
    // ("which exchange rate turns my dollars into rand": the plan's rule for the asker's pay)
    if crate::query::rule::converts_my_pay(ws) {
        return false;
    }
    // ("could you please send me a list of Emily's open deals?": what the app shows, asked
    // for as one asks a colleague; not "send the list to my manager by email")
    if mentions(
        ws,
        &[
            "send me a list",
            "send me the list",
            "send me a breakdown",
            "send me the breakdown",
            // ("could you send me the total payout for my team for August to October?")
            "send me the total",
            "send me a total",
            "send me the figure",
            "send me the figures",
            "send me the numbers",
            "send me my",
        ],
    ) && !exact(ws, &["email", "e-mail", "slack", "text", "outlook", "manager", "boss"])
        && (exact(ws, crate::query::words::DEALS)
            || exact(ws, crate::query::words::EARN)
            || exact(ws, &["payout", "payouts", "commission", "cost", "quota", "attainment"]))
    {
        return false;
    }
    let of_the_plan = |i: usize, w: &str| of_the_plan(v, ws, i, w);
    let task = [
        "write",
        "draft",
        "compose",
        "generate",
        "create",
        "send",
        "summarize",
        "summarise",
        "book",
        "schedule",
        "email",
        "call",
        "arrange",
        "organise",
        "organize",
        "invite",
        // ("approve emeka leave for december": HR's, not the plan's)
        "approve",
        // ("export the payroll file for the september lá pá")
        "export",
        // ("text cara and tell her im running like twenty minutes late")
        "text",
        "ping",
        "slack",
    ]
    .contains(&first)
        // ("book quota up to 300k, total plan cost?" where "book" names the Book Retention
        // Incentive: the plan's word, no errand)
        && !ws.iter().position(|w| w == first).is_some_and(|i| {
            of_the_plan(i, first)
                && !ws.get(i + 1).is_some_and(|n| {
                    matches!(n.as_str(), "a" | "an" | "me" | "us" | "my" | "the" | "some" | "time" | "in")
                })
        })
        // ("order me 40 lengths of 90x45 mgp10 for the hendo job pls": goods ordered)
        || first == "order"
            && ws.iter().position(|w| w == "order").is_some_and(|i| {
                ws.get(i + 1).is_some_and(|n| {
                    matches!(n.as_str(), "me" | "us" | "some" | "in") || n.chars().all(|c| c.is_ascii_digit())
                })
            })
            // (not "order 5 biggest deals largest first": a list sorted)
            && !exact(
                ws,
                &["by", "deals", "deal", "biggest", "largest", "smallest", "first", "last", "top", "my"],
            )
        // ("run payroll for the october harbour day": payroll's errand, not a figure)
        || ["run", "process"].contains(&first) && exact(ws, &["payroll"])
        || mentions(ws, &["please run payroll", "you run payroll", "please process payroll", "you process payroll"])
        // "can you book my train to the market meeting": asked politely
        || ws.windows(3).any(|w| {
            matches!(w[0].as_str(), "you" | "u" | "please" | "pls" | "kindly")
                && ERRANDS.contains(&w[1].as_str())
                && (matches!(w[2].as_str(), "my" | "me" | "a" | "the" | "an") || w[1] == "log" && w[2].parse::<u32>().is_ok())
        })
        // ("can help me book 2x40HC to rotterdam for ubi semi next week": Singlish's request,
        // its "you" unsaid)
        || ws.windows(3).any(|w| {
            matches!(w[0].as_str(), "help" | "pls" | "please")
                && matches!(w[1].as_str(), "me" | "us")
                && ERRANDS.contains(&w[2].as_str())
        }) && !exact(ws, &["commission", "quota", "credit", "pay", "payout", "earn", "earned", "if", "what", "how"])
        // ("push LN2 to 15% in the live plan and send out new changelogs": statements sent)
        || mentions(ws, &["send out new", "send out the new", "send them out", "send it out"])
        // ("can u book OR time at Rosedale", "can you approve rosies leave": a request of
        // the assistant to act, whatever it is for)
        || ws.windows(3).any(|w| {
            matches!(w[0].as_str(), "can" | "could" | "would" | "will")
                && matches!(w[1].as_str(), "you" | "u")
                && (ERRANDS.contains(&w[2].as_str()) || matches!(w[2].as_str(), "approve" | "invite"))
        })
        // ("Can you set up a Saturday morning sales meeting for my team?": a meeting to arrange)
        || mentions(ws, &["you set up", "u set up", "please set up", "pls set up"])
            && exact(ws, &["meeting", "call", "lunch", "dinner", "demo", "appointment", "training", "session", "huddle"])
        // ("can u get a crane scheduled for the cooper creek rtu set tmrw": the errand done
        // for the asker)
        || ws.windows(3).enumerate().any(|(i, w)| {
            matches!(w[0].as_str(), "can" | "could" | "would" | "will")
                && matches!(w[1].as_str(), "you" | "u")
                && w[2] == "get"
                && ws[i + 3..(i + 7).min(ws.len())].iter().any(|x| {
                    matches!(
                        x.as_str(),
                        "scheduled"
                            | "booked"
                            | "arranged"
                            | "organised"
                            | "organized"
                            | "sent"
                            | "delivered"
                            | "shipped"
                            // ("can u get a dumpster dropped at darby creek monday")
                            | "dropped"
                            | "ordered"
                            | "installed"
                            | "hauled"
                    )
                })
        // (not "can you get me the jobs installed in june", deals to show)
        }) && !exact(ws, &["paid", "commission", "credit", "count", "counts", "quota", "payout", "payouts"])
            && !exact(ws, crate::query::words::DEALS)
        // ("can u order 2 cases of gloves for kan-code": stock to buy, not deals to sort by
        // a figure)
        || ws.windows(3).any(|w| {
            matches!(w[0].as_str(), "can" | "could" | "would" | "will" | "pls" | "please")
                && matches!(w[1].as_str(), "you" | "u")
                && matches!(
                    w[2].as_str(),
                    "order" | "reorder" | "purchase" | "ship" | "deliver" | "place"
                )
        }) && !exact(
            ws,
            &[
                "by", "my", "them", "these", "those", "deals", "first", "biggest", "largest", "smallest",
                "ascending", "descending",
            ],
        )
        // ("please order me 2 pairs of boots": stock to buy for the asker; "please order my
        // deals by size" sorts)
        || ws.windows(3).any(|w| {
            matches!(w[0].as_str(), "please" | "pls" | "plz" | "kindly")
                && matches!(w[1].as_str(), "order" | "reorder" | "purchase" | "buy" | "ship" | "deliver")
                && matches!(w[2].as_str(), "me" | "us" | "him" | "her")
        })
        // ("abeg order 10 stabilizers for Sunfix from warehouse": a count of stock to buy;
        // "please order my top 10 deals" sorts)
        || ws.windows(3).any(|w| {
            matches!(w[0].as_str(), "please" | "pls" | "plz" | "kindly")
                && matches!(w[1].as_str(), "order" | "reorder" | "purchase" | "buy" | "ship" | "deliver")
                && w[2].parse::<u32>().is_ok()
        }) && exact(ws, &["from", "warehouse", "stock", "bags", "cases", "units", "pieces"])
        // ("order 3 cases of french roast for the Lakeshore Law Offices breakroom pls": the
        // same, said as an order)
        || matches!(first, "order" | "reorder" | "purchase" | "buy" | "ship" | "deliver")
            && ws.iter().position(|w| w == first).and_then(|i| ws.get(i + 1)).is_some_and(|n| n.parse::<u32>().is_ok())
            && exact(ws, &["bags", "cases", "boxes", "pallets", "pieces", "cartons", "packs", "rolls"])
        // ("order me 40 lengths of 90x45 for the hendo job pls": stock to buy for the asker;
        // "order my deals by size" sorts)
        || matches!(first, "order" | "reorder" | "purchase" | "buy")
            && ws.get(1).is_some_and(|w| matches!(w.as_str(), "me" | "us"))
            && ws.get(2).is_some_and(|n| n.parse::<u32>().is_ok() || matches!(n.as_str(), "a" | "some" | "another"))
        // ("can u find me a carrier for a reefer load": something to fetch, not a figure; "find
        // me my biggest deal" asks for one)
        || ws.windows(4).any(|w| {
            matches!(w[0].as_str(), "you" | "u" | "please" | "pls")
                && w[1] == "find"
                && matches!(w[2].as_str(), "me" | "us")
                && matches!(w[3].as_str(), "a" | "an" | "some")
        })
        // ("can u order a demo gtk 500 for my cheers visit": a thing to buy)
        || ws.windows(4).any(|w| {
            matches!(w[0].as_str(), "can" | "could" | "would" | "will" | "pls" | "please")
                && matches!(w[1].as_str(), "you" | "u")
                && matches!(w[2].as_str(), "order" | "reorder" | "purchase" | "ship" | "deliver")
                // ("can u order me 2 cases of nitrile gloves")
                && matches!(w[3].as_str(), "a" | "an" | "some" | "me" | "us")
        })
        // ("can u pull the utility bill for tempe cold storage": the customer's own papers,
        // fetched; not "is my commission based on the utility bill savings")
        || mentions(ws, &["utility bill", "electric bill", "power bill", "energy bill"])
            && exact(ws, &["pull", "get", "send", "find", "fetch", "grab", "show"])
        // ("file a dispute for my Q2 afrekening with Sales Ops": a process to start for the
        // asker, not the plan's rule for it)
        || matches!(first, "file" | "lodge" | "raise" | "submit")
            && exact(ws, &["dispute", "complaint", "ticket", "claim", "grievance"])
        // ("can you get me three cyber quotes for lynnhaven fish house": a quote to fetch from
        // the market)
        || mentions(ws, &["you get me", "u get me", "you pull me", "you find me"])
            && exact(ws, &["quote", "quotes", "quotation", "quotations"])
        // ("can you file my leave for december 23?": HR's errand, the days off asked for)
        || mentions(
            ws,
            &["file my leave", "file a leave", "file leave", "apply for leave", "apply leave"],
        )
        // "set up my annual review with Mehmet"
        || first == "set" && ws.iter().skip_while(|w| *w != "set").nth(1).is_some_and(|w| w == "up");
    task && !mentions(ws, &["how much", "what", "earn", "earned"])
        || mentions(
            ws,
            &[
                "book me",
                "admin console",
                "admin override",
                "admin mode",
                "system override",
                // a meeting to arrange
                "set up a meeting",
                "set up a call",
                "set up a review",
                "set up a pipeline",
                "calendar invite",
                "remind me to",
                "help me write",
                "write me a",
                "draft me a",
                "ignore your",
                "ignore all",
                "ignore previous",
                "developer mode",
                "you are now",
                "system prompt",
                // (a country's capital; not "capital" equipment, a plan's word of trade)
                "capital of",
                "capital city",
                "world cup",
                "super bowl",
                "world series",
                "exchange rate",
                "expense report",
                "expense claim",
                // ("can help me apply leave this friday": HR's)
                "apply leave",
                "apply for leave",
                "apply my leave",
                "price increase",
                // another company's plan: not in this workspace
                "than ours",
                "pay its reps",
                "pays its reps",
                "pay their reps",
                "pays their reps",
                "pay its agents",
                "pays its agents",
                "pay their agents",
                "pays their agents",
                "stack up against what",
                "compare to ours",
                "compared to ours",
                "in our market",
                "going cap rate",
                "pay its sellers",
                "another company",
                "other companies",
                "competitor",
                "competitors",
                "industry average",
                // (the markets are not the plan's)
                "prime rate",
                "interest rates",
                "interest rate",
                // ("whats the spot rate on the LA to dallas lane": a market's price, no pay rate)
                "spot rate",
                "spot rates",
                "market rate",
                "market rates",
                "fuel surcharge",
                "the fed",
                // ("do you think the Bank of Canada cuts rates again this fall?")
                "bank of canada",
                "federal reserve",
                "central bank",
                "bank of england",
                // (leave is HR's)
                "approve leave",
                "annual leave",
                "sick leave",
                "leave request",
            ],
        )
        // ("whats our NRR looking like": a business metric no plan here computes)
        || exact(ws, &["nrr", "ndr", "nps", "cac", "ltv", "arpu", "csat"]) && v.measure(ws).is_none()
        // ("whats the loss ratio running on my book": an insurer's metric, in no deal here)
        || mentions(ws, &["loss ratio", "loss ratios"])
            && !v.inputs.plan.measures.iter().any(|m| m.name.to_lowercase().contains("ratio"))
        // ("is my credit the close value or the list price": the plan's rule for credit)
        || mentions(ws, &["list price", "price list"])
            && !exact(
                ws,
                &[
                    "credit", "credited", "commission", "commissionable", "count", "counts", "paid", "pay", "incentive",
                    "calculated", "figured", "based",
                ],
            )
        || elsewhere(v, ws)
        || market_move(v, ws)
        || judges_a_person(ws)
        // ("an advertiser pulled their flight … clawed back?": a trade's word, said of deals)
        || !(mentions(ws, crate::query::words::CLAWBACK)
            || mentions(ws, crate::query::words::DEALS)
            // ("if a pub pulls out after 4 months do i still lose the commish": a customer
            // backing out of a deal, the pay it made)
            // ("if a restaurant cancels after 3 months do i still lose the comm")
            || mentions(
                ws,
                &[
                    "pulls out", "pulled out", "pull out", "backs out", "backed out", "back out", "cancels", "cancelled",
                    "cancel",
                    // ("pub closed down about 4 months after I signed them, do I lose the commish")
                    "closed down", "closes down", "shut down", "shuts down", "went bust", "goes bust", "went under",
                ],
            )
                && (exact(ws, crate::query::words::COMMISSION) || exact(ws, &["lose", "keep", "pay", "paid"])))
            && ws
            .iter()
            .enumerate()
            // "pretend D-000741 closed in October" is a what-if; "pretend you are" is not.
            .any(|(i, w)| {
                OFF_TOPIC.contains(&w.as_str())
                    && !of_the_plan(i, w)
                    // ("est-ce que la vacation pay est payée sur mes comms?": holiday pay on
                    // commission, the plan's rule)
                    && !(matches!(w.as_str(), "vacation" | "holiday")
                        && ws.get(i + 1).is_some_and(|n| matches!(n.as_str(), "pay" | "pays")))
                    // ("say i sign a 12k tender wiv a hotel group today": the customer of a
                    // deal supposed, whatever its trade)
                    && !(matches!(w.as_str(), "hotel" | "restaurant" | "pub" | "cafe" | "bar" | "gym" | "club")
                        && i > 0
                        && matches!(ws[i - 1].as_str(), "a" | "an" | "the")
                        && crate::phrases::amount(ws).is_some()
                        && exact(ws, &["sign", "signed", "close", "closed", "win", "won", "land", "landed", "sell", "sold"]))
                    && !the_documents(v, ws, w)
                    // ("where does dan rank on equipment credit" with a Dan on the roster)
                    && (w != "dan" || v.seller(w).is_none())
                    // ("A PO came in by email at 11:40 pm on March 31": how a deal came)
                    && !(w == "email" && i > 0 && matches!(ws[i - 1].as_str(), "by" | "via"))
                    // ("why did I get nothing on hardware in q1, it's a joke": a complaint)
                    && !(w == "joke"
                        && i > 0
                        && matches!(ws[i - 1].as_str(), "a" | "the")
                        && ws[..i].iter().any(|x| matches!(x.as_str(), "it's" | "its" | "is" | "what" | "was" | "that's")))
                    && (w != "pretend"
                        || matches!(
                            ws.get(i + 1).map(String::as_str),
                            Some("you" | "to" | "that" | "you're")
                        ))
            })
}

/// "Is Kyle lazy?", "should I put her on a PIP": a judgement of a person, a manager's call
/// the figures cannot make for them (not "who are my low performers this quarter", a
/// ranking, nor "how many PIP policies", an insurance word).
fn judges_a_person(ws: &[String]) -> bool {
    let said = |phrase: &str| {
        let parts: Vec<&str> = phrase.split(' ').collect();
        ws.windows(parts.len())
            .any(|w| w.iter().zip(&parts).all(|(a, b)| a == b))
    };
    let asks_figures = exact(
        ws,
        &[
            "if", "how", "which", "who", "who's", "whos", "many", "much", "policies", "policy",
        ],
    );
    !asks_figures
        && (exact(
            ws,
            &[
                "lazy",
                "pip",
                "underperformer",
                "slacker",
                "slacking",
                "idle",
                "skiving",
                "coasting",
            ],
        ) || [
            "weak performer",
            "poor performer",
            "low performer",
            "bad performer",
            "performance improvement plan",
            // ("should i put violet on a performance plan")
            "on a performance plan",
            "worried about him",
            "worried about her",
            "worried about them",
            "fire him",
            "fire her",
            // ("Should I give her a formal warning?")
            "formal warning",
            "written warning",
            "let him go",
            "let her go",
            // ("honestly is hayden even trying", "is Violet just not putting in the work")
            "even trying",
            // ("is priya just not trying or what")
            "not trying",
            "putting in the work",
            "putting in the effort",
            "putting in any effort",
            // ("Do you think Wilburn is putting in enough effort?")
            "putting in enough effort",
            "putting in enough work",
            "putting in enough hours",
            "enough effort",
            // ("between us, do you think Callum is putting the effort in?")
            "putting the effort in",
            "putting the work in",
            // ("honestly, is Versie just not putting the hours in?")
            "putting the hours in",
            "putting in the hours",
            "putting the time in",
            "putting in the time",
            "pulling his weight",
            "pulling her weight",
            "warning letter",
            // ("is marty just slack or what")
            "just slack",
            // ("honestly is niesha cut out for this?")
            "cut out for",
            "up to the job",
            // ("is kirsty actually any good or should i be managing her out")
            "managed out",
            // ("is thandeka fair with the leads or does she favour the seniors?"; not "does the
            // new plan favour the hunters?")
            "fair with the leads",
            "she favour",
            "he favour",
            "she favor",
            "he favor",
            "she favours",
            "he favours",
            "she favors",
            "he favors",
            "plays favourites",
            "plays favorites",
            "playing favourites",
            "playing favorites",
            "actually any good",
            // ("be honest does dustin actually rate me or not lol": what a person thinks of one)
            "actually rate me",
            "rate me or not",
            "he rate me",
            "she rate me",
            "they rate me",
            "rates me",
            // ("is Farhan serious about his work? he is not picking my calls")
            "serious about his work",
            "serious about her work",
            "serious about the job",
            "serious about his job",
            "serious about her job",
        ]
        .iter()
        .any(|p| said(p))
        // ("should i be managing priti out"; not "am i managing to stay out of decel")
        || ws.windows(3).any(|w| {
            matches!(w[0].as_str(), "manage" | "managing")
                && w[2] == "out"
                && w[1].chars().all(char::is_alphabetic)
                && !matches!(w[1].as_str(), "to" | "it" | "this" | "that" | "things" | "stuff")
        })
        // ("should we just let violet go at this point": a person let go, by name; not "let it
        // go", "let me go")
        || ws.windows(3).any(|w| {
            w[0] == "let"
                && w[2] == "go"
                && w[1].chars().all(char::is_alphabetic)
                // (a person, not "let SPIFFs go")
                && !w[1].ends_with('s')
                && !matches!(w[1].as_str(), "it" | "me" | "us" | "that" | "this" | "them" | "him" | "her")
                && exact(ws, &["should", "shall", "time", "point", "we", "i"])
        }))
}
