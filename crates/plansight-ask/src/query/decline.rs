//! Questions the assistant declines: requests to change data (it only reads the workspace),
//! tasks (write an email), and what is not about the plan, the deals or the payouts.

use super::Understood;
use crate::fuzzy::mentions;

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
/// Errands asked of the assistant ("can you book my train"): no part of the plan.
const ERRANDS: &[&str] = &[
    "book", "schedule", "arrange", "organise", "organize", "email", "send",
    // ("can you export the payroll file to ADP for me")
    "export", "upload", "submit",
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
    "capital",
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
fn the_documents(v: &super::vocabulary::Vocabulary, ws: &[String], w: &str) -> bool {
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
                && exact_any(
                    ws,
                    &["paid", "commission", "commissionable", "counted", "covered", "eligible"],
                ))
}

/// "Will marine cargo rates harden next year?", "licence price go up or not": where a
/// market's prices go, which no plan or deal says (a rate of the plan is a lever, said
/// with "if" or with the plan's own words).
fn market_move(v: &super::vocabulary::Vocabulary, ws: &[String]) -> bool {
    let priced = exact_any(
        ws,
        &[
            "rates",
            "price",
            "prices",
            "pricing",
            "premiums",
            "duty",
            "tariff",
            "tariffs",
            "taxes",
            "budgets",
            "budget",
            "spending",
            // ("will medical trend be over 8% next year")
            "trend",
            "trends",
            "inflation",
            // ("is net metering gonna get cut in arizona next year": a law's fate)
            "metering",
            "subsidy",
            "subsidies",
            // ("will Ottawa cut the heat pump rebates next year": a government's programme)
            "rebates",
            "grants",
            "regulation",
            "regulations",
            // ("is tech hiring gonna pick up next quarter": the market's own course)
            "hiring",
            "market",
            "demand",
            "economy",
        ],
    );
    let moves = mentions(
        ws,
        &[
            "harden",
            "soften",
            "go up",
            "going up",
            "goes up",
            "rise",
            "rising",
            "come down",
            "go down",
            "going down",
            "fall",
            "drop",
            // ("are hospital capital budgets going to loosen up next year")
            "loosen",
            "tighten",
            "loosen up",
            "get cut",
            "be cut",
            // ("is the gtk 500 going to get cheaper in 2027")
            "get cheaper",
            "be cheaper",
            "get pricier",
            "cut the",
            "scrap the",
            "gets cut",
            "pick up",
            "picks up",
            "slow down",
            "slows down",
            "cool off",
            "heat up",
        ],
    );
    // ("… going up in 2027?" after a 2026 plan: a year not yet planned)
    let later_year = ws.iter().any(|w| {
        w.parse::<i32>()
            .is_ok_and(|y| y > chrono::Datelike::year(&v.inputs.plan.start) && y < 2100)
    });
    let foretold = exact_any(ws, &["will", "budget", "gonna"])
        || mentions(ws, &["next year", "next yr", "or not", "going to"])
        || later_year;
    // ("will medical trend be over 8% next year": a level foretold)
    let level = mentions(
        ws,
        &[
            "be over",
            "be above",
            "be under",
            "be below",
            "be more than",
            "be less than",
        ],
    );
    // ("will the hygienist shortage hurt practice orders next year": what the world does to
    // sales, foretold)
    let event = exact_any(
        ws,
        &[
            "shortage",
            "shortages",
            "recession",
            "downturn",
            "slowdown",
            "economy",
            "inflation",
            "tariff",
            "tariffs",
            "strike",
            "strikes",
            "election",
            "weather",
            "pandemic",
            "layoffs",
        ],
    ) && exact_any(
        ws,
        &[
            "hurt", "hurts", "affect", "affects", "impact", "impacts", "help", "helps", "boost", "dent", "kill",
        ],
    );
    if event && foretold && !exact_any(ws, &["if"]) && v.terms_in(ws).is_empty() {
        return true;
    }
    // (a thing "getting cheaper" is its price)
    (priced || exact_any(ws, &["cheaper", "pricier"]))
        && (moves || level)
        && foretold
        && !exact_any(
            ws,
            &[
                "if",
                "my",
                "i",
                "me",
                "i'm",
                "im",
                "commission",
                "tier",
                "accelerator",
                "quota",
                "plan",
                "payout",
            ],
        )
        && v.terms_in(ws).is_empty()
}

/// "the comp plan at Canon", "le plan de comm chez canon": a plan at a place the
/// workspace does not know (not an account, a territory, a product or a person of it).
fn elsewhere(v: &super::vocabulary::Vocabulary, ws: &[String]) -> bool {
    let known = |w: &str| {
        let text = w.to_string();
        v.account(&text, std::slice::from_ref(&text)).is_some()
            || v.product(&text).is_some()
            || v.seller(&text).is_some()
            || v.manager(&text).is_some()
            || v.inputs
                .roster
                .iter()
                .flatten()
                .filter_map(|s| s.territory.as_deref())
                .any(|t| t.to_lowercase().split_whitespace().any(|x| x == w))
    };
    // ("what are Hays paying their consultants": another firm's pay)
    let their_pay = ws.windows(3).any(|w| {
        matches!(w[1].as_str(), "paying" | "pay" | "pays")
            && w[2] == "their"
            && w[0].chars().all(char::is_alphabetic)
            && !matches!(
                w[0].as_str(),
                "we" | "you" | "i" | "they" | "us" | "do" | "does" | "to" | "will" | "would"
            )
            && !known(&w[0])
    });
    // ("their plan at Canon", "chez Xerox")
    let at_firm = ws.iter().enumerate().any(|(i, w)| {
        let at = match w.as_str() {
            "chez" => true,
            "at" => {
                i > 0 && matches!(ws[i - 1].as_str(), "plan" | "plans" | "over")
                    // ("the commission plan like at Hays")
                    // ("the comp plan look like at salesforce")
                    || i > 1
                        && ws[i - 1] == "like"
                        && ws[..i - 1].iter().rev().take(3).any(|x| matches!(x.as_str(), "plan" | "plans"))
            }
            _ => false,
        };
        at && ws.get(i + 1).is_some_and(|n| {
            // ("the comp plan at CH Robinson")
            n.len() >= 2
                && !matches!(n.as_str(), "my" | "me" | "us" | "it" | "an")
                && n.chars().all(char::is_alphabetic)
                && !matches!(
                    n.as_str(),
                    "the" | "all" | "least" | "most" | "quota" | "target" | "month" | "year"
                )
                && !known(n)
        })
    }) && exact_any(ws, &["plan", "plans", "comp", "comm", "commission", "pay"]);
    their_pay || at_firm
}

/// Whether one of the words is one of `targets`.
fn exact_any(ws: &[String], targets: &[&str]) -> bool {
    ws.iter().any(|w| targets.contains(&w.as_str()))
}

/// Why the question is declined, if it is.
pub(super) fn declined(v: &super::vocabulary::Vocabulary, ws: &[String]) -> Option<Understood> {
    // The plan's own names are on topic ("the next flight level" in a plan of flight levels).
    let plan = &v.inputs.plan;
    let plan_word = |w: &str| {
        let has = |name: &str| name.to_lowercase().split_whitespace().any(|n| n == w);
        v.terms.iter().any(|(name, _)| has(name))
            || plan.measures.iter().any(|m| has(&m.name))
            || plan.bonuses.iter().any(|b| has(&b.name))
            || v.products.iter().any(|p| has(p))
    };
    // A word that is off-topic elsewhere but here is of the plan: its own name, "if all my
    // team's pipeline funds" (a loan funded is a deal won), "credited with my july salary"
    // (a payday).
    let of_the_plan = |i: usize, w: &str| {
        plan_word(w)
            || w == "funds" && exact_any(ws, &["pipeline", "pipe", "loan", "loans", "deal", "deals"])
            || super::when::salary_run(ws, i)
    };
    // ("how many send-outs did i do", "what's my case count", "how many kW have i sold" where
    // the glossary says they are not measured; not the First Drop SPIFF, nor "drop the scale house to 15k")
    let counted = |t: &str| {
        let said = [
            "my {t}",
            "my {t}s",
            "of {t}s",
            "many {t}s",
            "total {t}s",
            "our {t}s",
            "many {t}",
        ]
        .map(|p| p.replace("{t}", t));
        mentions(ws, &said.iter().map(String::as_str).collect::<Vec<_>>())
    };
    if let Some(t) = v.unmeasured().iter().find(|t| counted(t)) {
        return Some(Understood::Decline {
            reason: format!("The plan does not measure \"{t}\": its glossary says so, and no figure here holds it."),
            offer: Some("Ask about your deals, credit or pay instead.".into()),
        });
    }
    let hypothetical = mentions(
        ws,
        &[
            "what if", "if i", "if we", "if the", "if it", "if my", "would", "suppose", "imagine", "assuming", "if",
        ],
    );
    // "should i push plus line or gtk 500s", "should i push the robot or the nav tower at
    // eastbrook": which to sell is the seller's call; what each would pay is the
    // assistant's.
    let choosing = ws.windows(3).any(|w| {
        w[0] == "should"
            && matches!(w[1].as_str(), "i" | "we")
            && matches!(
                w[2].as_str(),
                "push"
                    | "chase"
                    | "prioritise"
                    | "prioritize"
                    | "focus"
                    | "pursue"
                    | "target"
                    | "sell"
                    | "pitch"
                    | "work"
                    // ("furnaces or heat pumps - which should I lean into")
                    | "lean"
                    | "bet"
            )
    }) && exact_any(ws, &["or"]);
    if choosing {
        return Some(Understood::Decline {
            reason: "Which deals or products to push is your call, not the plan's.".into(),
            offer: Some("Ask what a deal of either would pay you (\"what would a 10k deal pay me?\"), or which open deals to focus on.".into()),
        });
    }
    // The first word that says something: "go ahead and update …", "ok just delete …".
    let first = ws
        .iter()
        .enumerate()
        // ("go in and change Declan's quota to 600k for me")
        .filter(|(i, w)| !(*i == 1 && *w == "in" && ws[0] == "go"))
        .map(|(_, w)| w.as_str())
        .find(|w| {
            !matches!(
                *w,
                "go" | "ahead"
                    | "and"
                    | "just"
                    | "now"
                    | "ok"
                    | "okay"
                    | "so"
                    | "then"
                    | "hey"
                    | "also"
                    | "please"
                    | "kindly"
            )
        })
        .unwrap_or("");
    // ("what was my commo last fin year": the workspace holds one plan year)
    if mentions(
        ws,
        &[
            "last year",
            "last fin year",
            "last financial year",
            "last fiscal year",
            "previous year",
            "prior year",
            "last year's",
        ],
    ) && !hypothetical
        && !mentions(ws, &["this year", "vs last year", "versus last year", "than last year"])
    {
        return Some(Understood::Decline {
            reason: "The workspace holds this plan year only; last year's deals and payouts are not in it.".into(),
            offer: Some("Ask about a period of this plan year.".into()),
        });
    }
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
            && exact_any(
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
        && !exact_any(ws, &["what", "how", "who", "which", "cost", "would"]);
    let asks_change = please_change
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
        ],
    ) && matches!(
        first,
        "lower" | "raise" | "increase" | "decrease" | "reduce" | "cut" | "bump" | "set" | "change" | "make"
    );
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
    let orders_plan = ws.len() > 2 && ws[0] == "go" && ws[1] == "ahead" && exact_any(ws, &["plan", "plans"])
        // "push platinum to 11% in the plan file and save it"
        || mentions(ws, &["plan file", "and save it", "save it", "save the plan", "write it to the plan"])
        // ("go ahead and change thunderhead to 11% in plan.toml": the file itself)
        || ws.iter().any(|w| w.trim_end_matches(['.', '?', '!']) == "plan.toml");
    // "take patrick off the roster and delete his deals": a destroying verb anywhere in an
    // order (not "how do I delete …").
    let destroys = !matches!(
        first,
        "how" | "what" | "why" | "when" | "can" | "could" | "does" | "do" | "is" | "should" | "will" | "would" | "if"
    ) && exact_any(ws, &["delete", "erase", "wipe", "purge"]);
    let asks_change = (asks_change || marks_stage || splits || orders_plan || destroys) && !not_change || orders_plan;
    // (a record said in the document's words, "the Ahmednagar Paper enquiry", or by its account)
    let record = || {
        super::synonyms::plain(ws, &v.idea_words, &|_| false)
            .iter()
            .any(|w| matches!(w.as_str(), "open" | "lost" | "cancelled" | "pipeline"))
            || !v.accounts_said(&ws.join(" "), ws).is_empty()
    };
    if asks_change
        && !hypothetical
        && (id
            || orders_plan
            || record()
            // ("just FIX my Q2 pay, it's wrong": a payout mended by hand)
            // (not "correct me, but my Q2 pay looks short")
            || matches!(first, "fix" | "correct")
                && ws.iter().skip_while(|w| *w != first).nth(1).is_none_or(|w| w != "me")
                && exact_any(ws, &["pay", "payout", "commission", "statement", "check"])
            || ws
                .iter()
                .any(|w| DATA.contains(&w.as_str()) || DATA.contains(&w.trim_end_matches('s'))))
    {
        return Some(Understood::Decline {
            reason: "I only read your workspace; I cannot change it.".into(),
            offer: Some(
                "To model a change, ask \"what if …\" or use the Simulator; to change the deals themselves, \
                 import a corrected file on the Import screen (Undo takes it back)."
                    .into(),
            ),
        });
    }
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
    ]
    .contains(&first)
        // "can you book my train to the market meeting": asked politely
        || ws.windows(3).any(|w| {
            matches!(w[0].as_str(), "you" | "u" | "please" | "pls" | "kindly")
                && ERRANDS.contains(&w[1].as_str())
                && matches!(w[2].as_str(), "my" | "me" | "a" | "the" | "an")
        })
        // ("can u book OR time at Rosedale", "can you approve rosies leave": a request of
        // the assistant to act, whatever it is for)
        || ws.windows(3).any(|w| {
            matches!(w[0].as_str(), "can" | "could" | "would" | "will")
                && matches!(w[1].as_str(), "you" | "u")
                && (ERRANDS.contains(&w[2].as_str()) || matches!(w[2].as_str(), "approve" | "invite"))
        })
        // ("can u order 2 cases of gloves for kan-code": stock to buy, not deals to sort by
        // a figure)
        || ws.windows(3).any(|w| {
            matches!(w[0].as_str(), "can" | "could" | "would" | "will" | "pls" | "please")
                && matches!(w[1].as_str(), "you" | "u")
                && matches!(
                    w[2].as_str(),
                    "order" | "reorder" | "purchase" | "ship" | "deliver" | "place"
                )
        }) && !exact_any(
            ws,
            &[
                "by", "my", "them", "these", "those", "deals", "first", "biggest", "largest", "smallest",
                "ascending", "descending",
            ],
        )
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
                && matches!(w[3].as_str(), "a" | "an" | "some")
        })
        // ("file a dispute for my Q2 afrekening with Sales Ops": a process to start for the
        // asker, not the plan's rule for it)
        || matches!(first, "file" | "lodge" | "raise" | "submit")
            && exact_any(ws, &["dispute", "complaint", "ticket", "claim", "grievance"])
        // "set up my annual review with Mehmet"
        || first == "set" && ws.iter().skip_while(|w| *w != "set").nth(1).is_some_and(|w| w == "up");
    if task && !mentions(ws, &["how much", "what", "earn", "earned"])
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
                "world cup",
                "super bowl",
                "world series",
                "exchange rate",
                "expense report",
                "expense claim",
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
                // (leave is HR's)
                "approve leave",
                "annual leave",
                "sick leave",
                "leave request",
            ],
        )
        // ("whats our NRR looking like": a business metric no plan here computes)
        || exact_any(ws, &["nrr", "ndr", "nps", "cac", "ltv", "arpu", "csat"]) && v.measure(ws).is_none()
        // ("is my credit the close value or the list price": the plan's rule for credit)
        || mentions(ws, &["list price", "price list"])
            && !exact_any(ws, &["credit", "credited", "commission", "commissionable", "count", "counts", "paid"])
        || elsewhere(v, ws)
        || market_move(v, ws)
        // ("an advertiser pulled their flight … clawed back?": a trade's word, said of deals)
        || !(mentions(ws, super::words::CLAWBACK) || mentions(ws, super::words::DEALS))
            && ws
            .iter()
            .enumerate()
            // "pretend D-000741 closed in October" is a what-if; "pretend you are" is not.
            .any(|(i, w)| {
                OFF_TOPIC.contains(&w.as_str())
                    && !of_the_plan(i, w)
                    && !the_documents(v, ws, w)
                    && (w != "pretend"
                        || matches!(
                            ws.get(i + 1).map(String::as_str),
                            Some("you" | "to" | "that" | "you're")
                        ))
            })
    {
        return Some(Understood::Decline {
            reason: "not about the plan, the deals or the payouts".into(),
            offer: None,
        });
    }
    None
}
