//! The world outside the workspace, which no plan or deal says: where a market's prices go
//! ("will cargo rates harden next year?") and another firm's plan ("the comp plan at
//! Canon").

use crate::fuzzy::mentions;
use crate::query::parse::exact;
use crate::query::vocabulary::Vocabulary;

/// Words that make a foretelling the asker's own or the plan's ("will my quota go up"), so
/// no longer the world's.
const ASKERS_OWN: &[&str] = &[
    "if",
    "my",
    "i",
    "me",
    "pay",
    "quota",
    "commission",
    "tier",
    "accelerator",
    "cap",
    "threshold",
];

/// "Will marine cargo rates harden next year?", "licence price go up or not": where a
/// market's prices go, which no plan or deal says (a rate of the plan is a lever, said
/// with "if" or with the plan's own words).
pub(super) fn market_move(v: &Vocabulary, ws: &[String]) -> bool {
    // ("is termite season gonna be bad this yr": the season's own course, not a period's)
    if ws.windows(2).any(|w| {
        matches!(w[1].as_str(), "season" | "season's")
            && !matches!(
                w[0].as_str(),
                "this" | "last" | "next" | "the" | "selling" | "a" | "each" | "every"
            )
    }) && exact(ws, &["gonna", "going", "will"])
        // ("is termite season gonna be better in august or nah")
        && exact(ws, &["bad", "good", "busy", "slow", "big", "heavy", "early", "late", "better", "worse"])
        && !exact(ws, &["my", "i", "me", "commission", "pay", "quota"])
    {
        return true;
    }
    // ("do you think the HSE will lift the recruitment and spending freeze before the
    // autumn?": an opinion of what others will do, nothing of the plan's or the asker's)
    if mentions(
        ws,
        &["do you think", "do u think", "d'you think", "dyou think", "you reckon"],
    ) && exact(ws, &["will", "gonna", "going", "before"])
        && !exact(ws, ASKERS_OWN)
        && !exact(
            ws,
            &[
                "i'll",
                "payout",
                "payouts",
                "payroll",
                "payday",
                "commissions",
                "commish",
                "comms",
                "clawback",
                "statement",
                "we",
                "our",
                "us",
                "he",
                "she",
                "they",
                "team",
                "paid",
                "deal",
                "deals",
                "attainment",
                "earn",
                "bonus",
                "draw",
                "plan",
            ],
        )
        && !ws.iter().any(|w| v.plan_word(w))
        && v.seller(&ws.join(" ")).is_none()
    {
        return true;
    }
    // ("do you think CRA will raise the CPP max again next year?": a government's decision,
    // foretold)
    if exact(
        ws,
        &[
            "cra",
            "irs",
            "hmrc",
            "ato",
            "sars",
            "government",
            "govt",
            "gov't",
            "congress",
            "parliament",
            "fed",
            "treasury",
        ],
    ) && exact(
        ws,
        &[
            "raise", "raises", "cut", "cuts", "change", "changes", "increase", "lower", "hike", "hikes",
        ],
    ) && (mentions(ws, &["do you think", "think they", "reckon"]) || exact(ws, &["will", "gonna", "going"]))
        && !exact(ws, ASKERS_OWN)
    {
        return true;
    }
    // ("yoh is load-shedding coming back this winter or what": the power grid, foretold)
    if mentions(
        ws,
        &[
            "load-shedding",
            "load shedding",
            "loadshedding",
            "power cuts",
            "blackouts",
        ],
    ) && exact(
        ws,
        &[
            "coming", "come", "gonna", "going", "will", "back", "return", "end", "stop",
        ],
    ) && !exact(
        ws,
        &["my", "me", "commission", "pay", "deal", "deals", "kit", "kits", "quota"],
    ) {
        return true;
    }
    // ("is WTI gonna hold over 70 this summer", "are december corn futures gonna be over five
    // bucks", "SCFI going up next month or not ah": a market's price or index, foretold)
    if (exact(ws, crate::english::MARKETS) || exact(ws, &["corn", "wheat", "soybean", "soybeans"]) && exact(ws, &["price", "prices", "bushel"]))
        && exact(ws, &["gonna", "going", "will", "hold", "stay", "price", "prices"])
        && exact(
            ws,
            &[
                "hold", "stay", "go", "hit", "drop", "fall", "rise", "climb", "price", "prices", "up", "down", "over",
                "be",
            ],
        )
        && !exact(
            ws,
            &["my", "me", "i", "we", "team", "commission", "pay", "quota", "deal", "deals", "credit"],
        )
        // (not a word of the plan's own: "will priya hit gold" where Gold is a tier)
        && !ws.iter().any(|w| v.plan_word(w))
        && v.products
            .iter()
            .all(|p| !p.to_lowercase().split_whitespace().any(|w| exact(ws, &[w])))
    {
        return true;
    }
    // ("is hop water gonna keep blowing up next yr or is it a fad": whether a product's
    // market will grow, which no workspace knows)
    if (exact(ws, &["fad", "craze"])
        || mentions(
            ws,
            &[
                "blowing up",
                "blow up",
                "take off",
                "taking off",
                "keep growing",
                "keep selling",
            ],
        ))
        && exact(ws, &["gonna", "going", "will", "next"])
        && !exact(
            ws,
            &[
                "my",
                "me",
                "i",
                "commission",
                "pay",
                "quota",
                "deal",
                "deals",
                "credit",
                "attainment",
                "if",
            ],
        )
    {
        return true;
    }
    // ("How much is my incentive in japanese yen? today rate please.": pay in another
    // currency at the day's rate, which no workspace holds)
    if mentions(ws, &["today rate", "today's rate", "todays rate", "exchange rate"])
        && exact(
            ws,
            &[
                "yen", "dollar", "dollars", "euro", "euros", "baht", "peso", "pesos", "rupee", "rupees", "pound",
                "pounds",
            ],
        )
        && !exact(ws, &["if", "plan", "tier", "accelerator", "quota"])
    {
        return true;
    }
    // ("think MG Advanced demand picks up in q1?": the market's demand, foretold)
    if mentions(
        ws,
        &[
            "demand picks up",
            "demand pick up",
            "demand drops",
            "demand drop",
            "demand slows",
            "demand slow down",
            "demand improves",
            "demand improve",
            "demand recovers",
            "demand recover",
        ],
    ) && !exact(ws, &["if", "my", "i"])
    {
        return true;
    }
    // ("How much is my incentive in japanese yen?": pay in a currency the plan does not pay
    // in, at a rate no workspace holds)
    const CURRENCIES: &[(&str, &[&str])] = &[
        ("yen", &["JPY"]),
        ("euros", &["EUR"]),
        ("baht", &["THB"]),
        ("rupees", &["INR", "PKR", "LKR"]),
        ("pesos", &["PHP", "MXN", "COP", "CLP", "ARS"]),
        ("pounds", &["GBP"]),
    ];
    let plan_currency = v.inputs.plan.currency.to_ascii_uppercase();
    let priced_in = mentions(ws, &["how much", "what's", "whats", "what is"]) && !exact(ws, &["or"]);
    if priced_in
        && ws.windows(2).any(|w| {
            w[0] == "in"
                // (said in the singular or the plural: "in euro", "in pesos")
                && CURRENCIES.iter().any(|(said, codes)| {
                    w[1].trim_end_matches('s') == said.trim_end_matches('s') && !codes.contains(&plan_currency.as_str())
                })
        })
        || priced_in && mentions(ws, &["in japanese yen"]) && plan_currency != "JPY"
    {
        return true;
    }
    // ("what will be the rupee-dollar rate in march": a currency's price, the market's)
    if mentions(
        ws,
        &[
            "exchange rate",
            "rupee-dollar",
            "dollar-rupee",
            "dollar rate",
            "fx rate",
            "forex",
            "currency rate",
            // ("what's the Aussie dollar gonna do against the US dollar next month?")
            "aussie dollar",
            "against the us dollar",
            "against the dollar",
            "against the greenback",
            "canadian dollar",
            "the loonie",
            // ("the dollar will go up against the peso next month?")
            "against the peso",
            "against the euro",
            "against the real",
            "against the rand",
            "against the rupee",
            "against the pound",
            "against the yen",
            "dollar will go up",
            "dollar will go down",
        ],
    ) && exact(ws, &["will", "be", "next", "going", "gonna"])
        && !exact(
            ws,
            &[
                "if",
                "my",
                "i",
                "plan",
                "commission",
                "quota",
                "tier",
                "accelerator",
                "credit",
                "deals",
            ],
        )
    {
        return true;
    }
    let priced = exact(
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
            // ("are industrial rents in brampton gonna soften next year?")
            "rents",
            // ("will the new CMS bundled payment rules cut spine volumes next year")
            "volumes",
            "spending",
            // ("is field service software spend gonna grow next year?"; not "our spend")
            "spend",
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
            "rebate",
            "grants",
            "regulation",
            "regulations",
            // ("is tech hiring gonna pick up next quarter": the market's own course)
            "hiring",
            "market",
            // ("are medicaid cuts gonna squeeze clinic budgets next year": the customers' world)
            "medicaid",
            "medicare",
            // ("think the property market's gonna soften next yr?")
            "market's",
            "markets",
            "demand",
            "economy",
        ],
    )
    // ("y'all think the rig count's gonna come back up by fall?": the oil patch's own gauge)
    || mentions(ws, &["rig count", "rig count's", "rig counts", "oil price", "oil prices", "gas prices"]);
    let moves = mentions(
        ws,
        &[
            "harden",
            "soften",
            "squeeze",
            "go up",
            "going up",
            // ("whether the hospitality vat rate is going back up in the budget")
            "going back up",
            "go back up",
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
            "come back up",
            "comes back up",
            // ("is the gtk 500 going to get cheaper in 2027")
            "get cheaper",
            "be cheaper",
            "get pricier",
            // ("will the gtk 500 get dearer next year")
            "get dearer",
            "be dearer",
            "getting dearer",
            "get more expensive",
            "be more expensive",
            "cut the",
            "scrap the",
            "gets cut",
            "pick up",
            "grow",
            "growing",
            "shrink",
            "shrinking",
            "picks up",
            "slow down",
            "slows down",
            "cool off",
            "heat up",
            // ("will feed-in tariffs keep dropping next year")
            "dropping",
            "falling",
            "keep rising",
            // ("do you think they'll raise the price of the gtx pro next year")
            "raise the price",
            "raise prices",
            "raise the prices",
            "put up the price",
            // ("are hotel rates in miami gonna keep climbing next year?")
            "climbing",
            "climb",
            "keep climbing",
            // ("are hotels gonna keep spending on laundry next year")
            "keep spending",
            "keep buying",
            "stop spending",
            "stop buying",
            // ("is the gtk 500 getting a price cut in 2018")
            "price cut",
            "price cuts",
            "price hike",
            "price hikes",
            "price increase",
            "price drop",
            "getting cheaper",
            // ("is santam putting motor rates up in jan?")
            "rates up",
            "prices up",
            "premiums up",
            // ("is the WA battery rebate going to run out before june do you reckon")
            "run out",
            "runs out",
            "running out",
            "dry up",
            "dries up",
            "be scrapped",
            "get scrapped",
        ],
    )
    // ("will the ministry cut school cleaning budgets next year?": a budget cut, not a rate)
    || ws.iter().enumerate().any(|(i, w)| {
        w == "cut"
            && ws[i + 1..]
                .iter()
                .take(4)
                .any(|x| matches!(x.as_str(), "budget" | "budgets" | "spending" | "funding" | "volumes"))
    });
    // ("… going up in 2027?" after a 2026 plan: a year not yet planned)
    let later_year = ws.iter().any(|w| {
        w.parse::<i32>()
            .is_ok_and(|y| y > chrono::Datelike::year(&v.inputs.plan.start) && y < 2100)
    });
    // ("is santam putting motor rates up in jan?": the present for what is to come)
    let foretold = exact(ws, &["will", "budget", "gonna", "putting", "raising", "hiking"])
        || mentions(ws, &["next year", "next yr", "or not", "going to"])
        // ("think hospital capital budgets loosen up in q4 or nah": an opinion asked)
        || mentions(ws, &["or nah", "you think", "you reckon"])
        || ws.first().is_some_and(|w| matches!(w.as_str(), "think" | "reckon"))
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
    let event = exact(
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
            // ("are rate hikes gonna kill manufacturing budgets next yr")
            "hikes",
            "hike",
            "budgets",
            // ("are the medicare reimbursement cuts going to slow down imaging orders")
            "reimbursement",
            "medicare",
            "medicaid",
            // ("will the NIH indirect cost cuts slow down university orders next year")
            "cuts",
            "funding",
        ],
    )
    // (not the plan's own cuts: "will the territory cuts affect my quota next year")
    && !(exact(ws, &["cuts", "funding"]) && exact(ws, &["my", "i", "me", "quota", "territory", "territories", "plan"]))
    && exact(
        ws,
        &[
            "hurt", "hurts", "affect", "affects", "impact", "impacts", "help", "helps", "boost", "dent", "kill", "slow",
        ],
    );
    // ("will the return-to-office push bring more furniture orders downtown next year?": what
    // the world brings the sales, foretold)
    let brings = mentions(
        ws,
        &[
            "bring more",
            "bring in more",
            "bring fewer",
            "lead to more",
            "drive more",
            "mean more",
            "mean fewer",
        ],
    ) && exact(
        ws,
        &["orders", "sales", "business", "deals", "buyers", "customers", "demand"],
    );
    if (event || brings)
        && foretold
        && !exact(
            ws,
            &[
                "if",
                "spiff",
                "spiffs",
                "bonus",
                "payout",
                "commission",
                "plan",
                "our",
                "we",
            ],
        )
        && v.terms_in(ws).is_empty()
    {
        return true;
    }
    // ("is hottechi gonna order more next yr": a customer's own buying, foretold; not "if
    // hottechi orders more" nor the asker's deals with them)
    let buys = exact(
        ws,
        &[
            "order", "buy", "purchase", "reorder", "spend", "expand", "upgrade", "churn", "leave",
        ],
    ) && exact(ws, &["gonna", "going", "will"])
        && mentions(
            ws,
            &["next year", "next yr", "next quarter", "next month", "again", "more"],
        );
    // (the customer the subject: "is hottechi gonna …", "will acme …"; not "how much more
    // will acme have to order for jake to hit tier 2")
    let asks_of_them = ws
        .first()
        .is_some_and(|w| matches!(w.as_str(), "is" | "will" | "are" | "does" | "do"));
    if buys
        && asks_of_them
        && v.account(&ws.join(" "), ws).is_some()
        && !exact(
            ws,
            &[
                "if",
                "i",
                "my",
                "me",
                "commission",
                "pay",
                "credit",
                "deal",
                "deals",
                "quota",
                "count",
                "tier",
                "attainment",
                "bonus",
                "team",
            ],
        )
    {
        return true;
    }
    // ("is tpo gonna go up again this fall": a thing of the trade going up is its price;
    // not the plan's parts nor a person)
    const PLAN_NOUNS: &[&str] = &[
        "commission",
        "commissions",
        "quota",
        "quotas",
        "rate",
        "tier",
        "tiers",
        "threshold",
        "cap",
        "draw",
        "bonus",
        "spiff",
        "pay",
        "payout",
        "plan",
        "accelerator",
        "credit",
        "attainment",
        "number",
        "numbers",
        "target",
        "split",
        "clawback",
        "territory",
        "base",
        "salary",
        "ote",
        "check",
        "paycheck",
        "comp",
        "commish",
        "bonuses",
        "earnings",
    ];
    let thing_moves = matches!(ws.first().map(String::as_str), Some("is" | "are"))
        && ws
            .iter()
            .position(|w| matches!(w.as_str(), "gonna" | "going"))
            .is_some_and(|g| {
                (2..=3).contains(&g)
                    && ws[1..g].iter().all(|w| {
                        // (plurals too: "are spiffs gonna go up")
                        !PLAN_NOUNS.contains(&w.as_str())
                            && !PLAN_NOUNS.contains(&w.strip_suffix('s').unwrap_or(w))
                            && !matches!(w.as_str(), "he" | "she" | "it" | "that" | "this" | "they" | "there")
                            && v.seller(w).is_none()
                    })
            })
        && v.measure(ws).is_none()
        && !v.bonus(ws);
    // (a thing "getting cheaper" is its price)
    (priced || thing_moves || exact(ws, &["cheaper", "pricier", "dearer", "expensive"]))
        && (moves || level)
        && foretold
        && !exact(
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
                "team",
                "team's",
                "spiff",
                "bonus",
                "incentive",
                "cost",
            ],
        )
        // ("will team spend grow next quarter?": the plan's own cost, foretold; but "or are we
        // stuck with these rates" after the market's course is the market's)
        && (!exact(ws, &["our", "we"]) || exact(ws, &["market", "market's", "markets", "economy"]))
        && v.terms_in(ws).is_empty()
}

/// "the comp plan at Canon", "le plan de comm chez canon": a plan at a place the
/// workspace does not know (not an account, a territory, a product or a person of it).
pub(super) fn elsewhere(v: &Vocabulary, ws: &[String]) -> bool {
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
    }) && exact(ws, &["plan", "plans", "comp", "comm", "commission", "pay"]);
    their_pay || at_firm
}

/// "is fairmonts VAC gonna approve the c-arm next month", "will Cobalt sign this quarter":
/// what a customer will decide, which no deal says yet (not "if Cobalt signs, what do I
/// get", a what-if, nor "will I get paid when it signs", the asker's pay).
pub(super) fn customer_decides(v: &Vocabulary, ws: &[String]) -> bool {
    const DECIDE: &[&str] = &["approve", "sign", "buy", "accept", "choose", "pick", "renew", "say"];
    let future = |i: usize| {
        i > 0 && matches!(ws[i - 1].as_str(), "will" | "gonna")
            || i > 1 && ws[i - 1] == "to" && ws[i - 2] == "going"
            // ("will the hospital approve the c-arm", the subject between)
            || i <= 5 && ws.first().is_some_and(|w| w == "will")
    };
    // (not the plan's own parts, "will the SPIFF renew next quarter?", nor a list of deals,
    // "which of Rocco's open deals will sign this month?")
    (0..ws.len()).any(|i| DECIDE.contains(&ws[i].as_str()) && future(i))
        && !v.bonus(ws)
        && v.measure(ws).is_none()
        && !exact(
            ws,
            &[
                "which",
                "who",
                "spiff",
                "bonus",
                "plan",
                "deals",
                "if",
                "when",
                "once",
                "i",
                "i'm",
                "im",
                "me",
                "my",
                "we",
                "our",
                "pay",
                "paid",
                "commission",
                "earn",
                "credit",
                "quota",
                "how",
                "what",
            ],
        )
}
