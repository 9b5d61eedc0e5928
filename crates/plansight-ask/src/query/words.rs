//! The domain's words for each part of a query, as sellers, managers and designers type
//! them (typos are forgiven by [`crate::fuzzy`]). Plan-specific names (measures, products,
//! the accelerator's own name) come from the [`super::vocabulary::Vocabulary`], not from here.

/// Earnings.
pub const EARN: &[&str] = &[
    "earn",
    "earned",
    "earning",
    "earnings",
    "making",
    "made",
    "make",
    "commission",
    "commissions",
    "comp",
    "compensation",
    "income",
    "money",
    "banked",
    "pocketed",
    "incentive",
    "pay me",
    "paid me",
    // ("how much did mikey's deals pay him")
    "pay him",
    "pay her",
    "paid him",
    "paid her",
    "bring me",
    "brought me",
    "pays",
    "paying",
    "worth to me",
    "get paid",
    "earner",
    "earners",
    "bring in",
    "brought in",
    "pull in",
    "pulled in",
    "commish",
    // (Australian: "what's me commo for Sept")
    "commo",
    // (Australian "how'd I go in September": what it earned)
    "how'd i go",
    "howd i go",
    "how did i go",
    // (the Scandinavian and German word for commission)
    "provision",
    "provisions",
    "racked up",
    "money-wise",
    "generated commission",
    "comm",
    "haul",
    "pocket",
    "my take",
    // (India's "variable pay", "my VP"; a product that "gave me")
    "variable pay",
    "gave me",
];
/// Attainment.
pub const ATTAINMENT: &[&str] = &[
    "attainment",
    // (a rep's shorthand: "proc attn ytd")
    "attn",
    "attainers",
    "attainer",
    "attained",
    "percent of quota",
    "% of quota",
    "percent to quota",
    "achievement",
    "achieved",
    "progress",
    "against quota",
    "against my quota",
    "to quota",
    "of quota",
    "of my quota",
    "of target",
    "how am i doing",
    // (Irish English: "how am I fixed on the quota")
    "how am i fixed",
    // ("hows lauren doing on there perm quota")
    "doing on their",
    "doing on there",
    "doing on his",
    "doing on her",
    "doing on my",
    "doing against",
    // ("how's Euan getting on against his quota")
    "getting on against",
    "getting on with his",
    "getting on with her",
    "where do i stand",
    "where am i",
    // ("whereabouts am i against my mps number?")
    "whereabouts am i",
    "tracking",
    "attain",
    "hit my",
    "over 100%",
    "under 100%",
    "above 100%",
    "below 100%",
    "at quota",
    "to 100%",
    "how did i do vs",
    "how did i do against",
    "vs my quota",
    "versus my quota",
    "vs quota",
    "versus quota",
];
/// Credit.
pub const CREDIT: &[&str] = &[
    "credit",
    "credited",
    "credits",
    "bookings",
    "booked",
    "billings",
    "billed",
    "counted toward",
    "counts toward",
];
/// The deals' amount.
pub const DEAL_AMOUNT: &[&str] = &[
    "sold",
    "sell",
    "revenue",
    "$",
    "sales",
    "deal value",
    "total value",
    "value of",
    "worth of deals",
    "biggest deal",
    "largest deal",
    "biggest deals",
    "largest deals",
    "smallest deal",
    "deal size",
    "size",
    "amount",
    "volume",
    "pipeline value",
];
/// What the trades call a deal ("my cancelled jobs", "perm placements").
pub const DEALS: &[&str] = &[
    "deal",
    "deals",
    "job",
    "jobs",
    "order",
    "orders",
    "placement",
    "placements",
    "policy",
    "policies",
    "opp",
    "opps",
    "contract",
    "contracts",
];
/// How many deals.
pub const COUNT: &[&str] = &[
    "how many",
    "number of",
    "count",
    "# of",
    "no of",
    "no. of",
    "how many's",
    // ("have i sold any big iron this year": whether, told by how many)
    "sold any",
    "closed any",
    "won any",
    "landed any",
    "booked any",
];
/// Pace.
pub const PACE: &[&str] = &[
    "on track",
    "run rate",
    "run-rate",
    "ahead or behind",
    "behind or ahead",
    // ("am I selling fast enough for where we are in the year")
    "fast enough",
    // ("At the rate I'm going, will I make my numbers for the year?")
    "rate i'm going",
    "rate im going",
    "rate i am going",
    "at this rate",
];
/// The rate the seller is at.
pub const RATE: &[&str] = &[
    "my rate",
    "rate am i",
    "current rate",
    "what rate",
    "which rate",
    "rate now",
    "which tier am i",
    "what tier am i",
    "tier am i in",
    "commission rate",
    "rate do i",
    "rate i'm",
    "rate im",
    "earning rate",
    "per dollar",
    "band am i",
    "what band",
    "which band",
    "% commission",
    "multiplier i'm",
    "commission percentage",
    "commission percent",
    "percentage am i",
    "level am i",
    "level i'm",
    "tier i'm",
    "tier im",
    "tier i am",
    "band i'm",
    "multiplier im",
    "multiplier am i",
    "my multiplier",
    "percent commission",
    "commission %",
    "what % am i",
    "what % do i",
    "what percent am i",
    "what percent do i",
];
/// Bonuses.
pub const BONUS: &[&str] = &[
    "bonus",
    "bonuses",
    "award",
    "awards",
    "spiff",
    "spiffs",
    "milestone",
    "club",
    "kicker bonus",
];
/// Clawbacks.
pub const CLAWBACK: &[&str] = &[
    "reversed",
    "reversal",
    "clawback",
    "clawbacks",
    "clawed",
    "claw",
    "given back",
    "taken back",
    "take back",
    "took back",
    "takes back",
    "charged back",
    "chargeback",
    "pulled back",
    "clawed back",
    "came back out",
    "came back",
    // (goods returned: "a pub sends the stock back")
    "stock back",
    "sends back",
    "sent back",
    // (a recruiter's fee refunded when a placement leaves early; a placement that fell off)
    "rebate",
    "rebates",
    // (money "lost to churn": the commission taken back for cancelled deals)
    "lost to churn",
    "lose to churn",
    "lost to cancellations",
    "lost to cancelled",
    "lost to cancels",
    // (a new hire's words: "the part where they take money back")
    "take money back",
    "takes money back",
    "took money back",
    "money taken back",
    "taken money back",
    "taking money back",
    // (the asker said between: "how much they took me back for autogoles")
    "took me back",
    "take me back",
    "takes me back",
    "taken me back",
];
/// What the plan costs.
pub const COST: &[&str] = &[
    "cost",
    // ("price out photoreal paying 10%")
    "price out",
    "price it out",
    // ("in which quarter my team costed more")
    "costed",
    "costliest",
    "the plan pay",
    "whole plan",
    "across the plan",
    "total spend",
    "the plan pays",
    "cheapest",
    "priciest",
    "most expensive",
    "costs",
    "costing",
    "spend",
    "spending",
    "expense",
    // (Indian English: "Q3 vs Q2 incentive outgo for my region")
    "outgo",
    "budget",
    "save us",
    "saves us",
    "expenses",
    "we save",
    "would we save",
    "we pay out",
    "we paying out",
    // ("windfall at 12% - how much more would we pay")
    "would we pay",
    "will we pay",
    // ("stadium at 8%, how much more we go pay?": Pidgin's "we will pay")
    "we will pay",
    "we would pay",
    "we'd pay",
    "do we pay",
    // ("what's the whole company paying out so far")
    "company paying out",
    "company pays out",
    "company paid out",
    // ("what did the whole company pay out in october")
    "company pay out",
    // ("how much the whole company pays in december?")
    "whole company pays",
    "whole company paid",
    "whole company pay",
    "company pays out",
    // ("gate at 45% - what would the company have paid for the year so far?")
    "company have paid",
    "company has paid",
    "company would pay",
    // ("net sales quota at a flat 80k - what would the company pay")
    "would the company pay",
    "will the company pay",
    "would the company be paying",
    "the company end up paying",
    // ("fast lane at 15% - how much more would we be paying out?")
    "we be paying",
    "we're paying out",
    "were paying out",
    // ("TI up to 30k, what's the damage")
    "the damage",
    "bill",
    "savings",
    "expensive",
    "set us back",
    "sets us back",
    // (finance's words: "our commission liability", "the payout accrual")
    "commission liability",
    "commission liabilities",
    "incentive liability",
    "comp liability",
    "payout liability",
    "payout accrual",
    "commission accrual",
    "incentive accrual",
];
/// Commission in its everyday names ("commish", Australian "commo").
pub const COMMISSION: &[&str] = &["commission", "commish", "commo", "comm"];
/// What a day brings ("what'll I get on the 15th of April"): the pay of its payday.
pub const GET_ON: &[&str] = &[
    "i get on",
    // ("how much mi a go get pon Settle Day?": Patois's order, "I will get on")
    "i will get on",
    "i getting on",
    "i receive on",
    // ("Can you tell me what I will receive on January 15?")
    "i will receive on",
    "i'll receive on",
    "i'll get on",
    // ("can u break down what i got on june 15", "what did the company pay out on june 15")
    "i got on",
    "i received on",
    "pay out on",
    "paid out on",
];
/// Reaching a mark or a quota, in everyday words ("did I hit it", "have I smashed my
/// target").
pub const REACHED: &[&str] = &[
    "hit",
    "reach",
    "reached",
    "make",
    "made",
    "achieve",
    "achieved",
    "beat",
    "met",
    "meet",
    "smash",
    "smashed",
    "smashing",
    // (South African: "have i klapped my hardware target")
    "klap",
    "klapped",
    "crushed",
    "crushing",
    // ("this quarter I catch wok hei already or not?")
    "catch",
    "caught",
    "nailed",
    "exceeded",
    "surpassed",
    "topped",
    "cracked",
];
/// How far to a mark.
pub const DISTANCE: &[&str] = &[
    "how far",
    // (a finance partner's "delta to next tier")
    "delta to",
    // (non-native English: "to come over the threshold", "bring me over the accelerator")
    "come over",
    "bring me over",
    "brings me over",
    "bring me past",
    "bring me into",
    "bring me to the",
    // ("would a 10k deal bring me to Dark Roast", "how much is missing to hit my quota")
    "bring me to",
    "brings me to",
    "take me to",
    "takes me to",
    "missing to",
    "how much more",
    "how close",
    "reach",
    // (typed fast: "how much more til reseal")
    "til",
    // (after Spanish: "do I arrive to Cromo")
    "arrive to",
    "arrive at",
    "get to",
    "hit",
    "need",
    "left",
    // ("what is the rest for the accelerator?": what is still missing, after French "le reste")
    "the rest for the",
    "the rest to the",
    "until",
    "distance",
    "gap",
    "away",
    "short",
    "closest",
    "nearest",
    "to go",
    "remaining",
    "more do i",
    "unlock",
    "make it to",
    "till",
    "get into",
    "how many $",
    "dist",
    "how far off",
    "far off",
    // (typed fast: "hw far from accel")
    "far from",
    // ("who on my team is furthest from the Pulse Check")
    "furthest from",
    "farthest from",
    "away from",
    "clear",
    "get past",
    // ("do I pass the minimum before it pays?")
    "do i pass",
    "would i pass",
    "will i pass",
    "get over",
    "got me over",
    "get me onto",
    "get me on to",
    "gets me onto",
    "get me to the",
    "gets me to the",
    "get me over",
    "gets me over",
    "put me over",
    "puts me over",
    "push me over",
    "pushes me over",
    "get me past",
    "got me past",
    "headroom",
    "how much before",
    "how many more",
    "missing",
    "there yet",
    "am i past",
    "past the",
    // ("would a 35k herringbone get garret across the cattle grid")
    "across the",
    "line yet",
    "stands between",
    "between me and",
    "needed",
    "by how much",
    "can i still",
    "get me over",
    "get onto",
    "get on to",
    "get me past",
    "get me into",
    "get me to",
    "get me through",
    "gets me through",
    "take me through",
    "takes me through",
    "take me past",
    "take me over",
    "before the",
    "left before",
    "shortfall",
    "shy of",
];
/// Superlatives: the highest.
pub const BEST: &[&str] = &[
    "best",
    "priciest",
    // ("which quarter was costliest for my team")
    "costliest",
    "most expensive",
    "biggest",
    "largest",
    "top",
    "highest",
    "most",
    "greatest",
    "max",
    "maximum",
    "strongest",
    "leading",
    "leader",
    "richest",
    "fattest",
    "juiciest",
    "peak",
    "best-paying",
    "best paying",
    "furthest",
    "farthest",
];
/// Superlatives: the lowest.
pub const WORST: &[&str] = &[
    "worst",
    "cheapest",
    "smallest",
    "lowest",
    "least",
    "min",
    "minimum",
    "weakest",
    "bottom",
    "slowest",
    "dragged",
    "dragging",
    "lightest",
    "leanest",
    "quietest",
    "lowest-value",
];
/// A limit reached ("have i maxed out the strategic incentive"): said of a cap.
pub const MAXED_OUT: &[&str] = &["maxed out", "max out", "maxing out", "topped out"];

/// Whether the words end by having the most, of nothing said ("which of my lot has had the
/// most?"): the most of what was said before, not paid or lost the most.
pub fn had_the_most(ws: &[String]) -> bool {
    let end = ws.iter().rposition(|w| w != "?" && w != ".").map_or(0, |i| i + 1);
    match &ws[..end] {
        [.., verb, the, most] => {
            the == "the"
                && matches!(most.as_str(), "most" | "least" | "fewest")
                && matches!(
                    verb.as_str(),
                    "has" | "had" | "have" | "got" | "gotten" | "gets" | "get"
                )
        }
        _ => false,
    }
}

/// Every team at once ("across all three desks", "both regions", "all the states"): the
/// whole company, even when a manager asks. (Only words for a part of a sales force: "all
/// the pods" or "sites" are as often what is sold.)
pub fn every_team(ws: &[String]) -> bool {
    const GROUPS: &[&str] = &[
        "desks",
        "teams",
        "regions",
        "branches",
        "offices",
        "areas",
        "states",
        "territories",
        "districts",
        "zones",
        "divisions",
        // ("all four agencies": a group's units, each a manager's team; not "all locations",
        // where a seller earns)
        "agencies",
        "dealerships",
    ];
    const ONE_GROUP: &[&str] = &[
        "desk",
        "team",
        "region",
        "branch",
        "office",
        "area",
        "state",
        "territory",
    ];
    let count = |w: &str| {
        matches!(
            w,
            "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "2" | "3" | "4" | "5" | "6" | "7" | "8"
        )
    };
    ws.iter().enumerate().any(|(i, w)| {
        let before = |k: usize| i.checked_sub(k).map(|j| ws[j].as_str());
        if GROUPS.contains(&w.as_str()) {
            // ("all three desks", "all the regions", "the three regions", "both areas")
            let (mut k, mut counted) = (1, false);
            while matches!(before(k), Some(b) if count(b) || b == "the") {
                counted |= before(k).is_some_and(count);
                k += 1;
            }
            // ("the states of my deals" are no states of the country)
            matches!(before(k), Some("all" | "both" | "every"))
                || k > 1 && before(k - 1) == Some("the") && (counted || w == "regions")
        } else {
            // ("every region", "every branch")
            ONE_GROUP.contains(&w.as_str()) && before(1) == Some("every")
        }
    }) || crate::fuzzy::mentions(ws, &["all the company", "all the firm"])
}

/// Two ways a rule may pay, offered to choose from ("paid at 150% or only the bit above").
pub const TWO_WAYS: &[&str] = &["or only", "or just", "or is it only", "or is it just"];

/// Whether the word at `i` is said as a verb, after its subject or a verb it completes ("if I
/// land", "need to land"; not "sold to Summit").
pub(crate) fn said_as_verb(ws: &[String], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map(|j| ws[j].as_str());
    matches!(
        before(1),
        Some(
            "i" | "i've" | "ive" | "we" | "you" | "they" | "he" | "she" | "will" | "would" | "could" | "can" | "should"
        )
    ) || before(1) == Some("to")
        && matches!(
            before(2),
            Some("need" | "needs" | "want" | "wants" | "have" | "has" | "going" | "got" | "able" | "try" | "trying")
        )
}

/// The place a manager runs, said as theirs: their team ("cost for my area?", "kickoff from
/// 70% instead of 75% -- my district's cost?", "solid oak from 50% not 60% -- my showroom's
/// cost?").
pub const MY_PLACE: &[&str] = &[
    "my region",
    "my region's",
    "my area",
    "my area's",
    "my office",
    "my office's",
    "my branch",
    "my branch's",
    "my district",
    "my district's",
    "my store",
    "my store's",
    "my showroom",
    "my showroom's",
    // ("keke from 50% instead of 60% - my cluster cost?": a bank's cluster head)
    "my cluster",
    "my cluster's",
    "my zone",
    "my zone's",
];

/// What comes to the asker on a day ("whats coming in on the 25th for me"): the pay that
/// payday brings.
pub const COMING_IN_ON: &[&str] = &["whats coming in on", "what's coming in on", "what is coming in on"];

/// A team ranked, top first, every one of them ("rank my reps by attainment", "ranking of
/// my consultants on earnings ytd pls").
pub const RANK_ALL: &[&str] = &[
    "rank my",
    "rank our",
    "rank the",
    "rank all",
    "rank everyone",
    "ranking of my",
    "ranking of our",
    "rankings of my",
    "ranking for my",
    "ranking my",
    // ("line up my agents by earnings so far")
    "line up my",
    "line up our",
    "line up the",
    // ("league table for my desk on earnings", "can i get the lads ranked by earnings")
    "league table for my",
    "league table for the",
    "league table of my",
    "the lads ranked",
    "my lot ranked",
    "my team ranked",
    "my reps ranked",
    "the team ranked",
];

/// Everyone listed in order ("line up my crew by earnings, top to bottom", "can i get the lads
/// ranked by earnings, highest first").
pub const IN_ORDER: &[&str] = &[
    "top to bottom",
    "highest to lowest",
    "best to worst",
    "highest first",
    "biggest first",
    "best first",
];

/// Each of a team's people, ranked ("Q3 payout by rep?").
pub const BY_REP: &[&str] = &[
    "by rep",
    "per rep",
    "by seller",
    "per seller",
    "by agent",
    "per agent",
    // ("Q4 payout by member please")
    "by member",
    "per member",
    // ("Jul-Sep payable for each of my reps")
    "each of my reps",
    "each of my sellers",
    "each of the reps",
    // ("could you show me November's payout for each of my team?")
    "each of my team",
    "each person",
    "each rep",
    "rep by rep",
    // ("Sudeste payments of this trimester, consultant by consultant")
    "consultant by consultant",
    "seller by seller",
    "agent by agent",
    "person by person",
    // (Indian English: "Q3 payout rep wise pls")
    "rep wise",
    "rep-wise",
    "seller wise",
    "seller-wise",
    "engineer wise",
    "engineer-wise",
    "person wise",
    "person-wise",
];

/// Whether one of `verbs` is said with one of `particles` a few words after it ("have i paid
/// any of it back": the phrasal verb said apart; not "paid after I came back from leave").
pub fn verb_then(ws: &[String], verbs: &[&str], particles: &[&str]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        let near = &ws[i + 1..(i + 7).min(ws.len())];
        verbs.contains(&w.as_str())
            && near.iter().any(|x| particles.contains(&x.as_str()))
            && !near
                .iter()
                .any(|x| matches!(x.as_str(), "after" | "when" | "since" | "came" | "come" | "i'm" | "im"))
    })
}

/// A trade's word for one seller, said after "per" or "by" ("per AE", "by recruiter"; not
/// "am", which is as often "I am").
pub const PER_PERSON: &[&str] = &[
    "rep",
    "seller",
    "agent",
    "person",
    "broker",
    "producer",
    "consultant",
    "officer",
    "recruiter",
    "engineer",
    "ae",
    "bdm",
    "bdr",
    "sdr",
    "advisor",
    "adviser",
];

/// Whether the question asks each of a team's people's figure ([`BY_REP`], or a trade's
/// word for its sellers: "Q3 incentive for each of my AMs", "july payout by recruiter").
pub fn each_person(ws: &[String]) -> bool {
    const PEOPLE: &[&str] = &[
        "reps",
        "agents",
        "sellers",
        "brokers",
        "producers",
        "consultants",
        "officers",
        "recruiters",
        "engineers",
        "ams",
        "aes",
        "bdms",
        "bdrs",
        "sdrs",
        "advisors",
        "advisers",
        "people",
        "guys",
        "salespeople",
    ];
    crate::fuzzy::mentions(ws, BY_REP)
        || ws.windows(4).any(|w| {
            matches!(w[0].as_str(), "each" | "every")
                && w[1] == "of"
                && matches!(w[2].as_str(), "my" | "our" | "the")
                && PEOPLE.contains(&w[3].as_str())
        })
        || ws
            .windows(2)
            .any(|w| matches!(w[0].as_str(), "by" | "per") && PER_PERSON.contains(&w[1].as_str()))
}

/// A payday's run of pay ("the oct 15 pay run").
pub const PAY_RUN: &[&str] = &["pay run", "pay-run", "payrun", "salary run"];
/// What a plan change takes from someone's pay ("which reps lose the most").
pub const LOSE: &[&str] = &["lose", "loses", "losing", "losers", "lost"];
/// Everyone on the plan, said as the whole of it.
pub const WHOLE_PLAN: &[&str] = &[
    // ("the whole group … both stores and the internet desk")
    "whole group",
    "entire group",
    "both stores",
    "whole team",
    "all sellers",
    "all reps",
    "all agents",
    "whole company",
    "entire company",
    // ("what did the whole co pay out on the oct 10 powder day")
    "whole co",
    "entire co",
    // ("total of linear sold in all the company this AF")
    "all the company",
    "all of the company",
    // ("what the company paid in total", not "what has the company paid me")
    "company paid in total",
    // ("How much GTK 500 business has the company won this year")
    "has the company won",
    "the company won",
    "has the company sold",
    "the company sold",
    "has the company booked",
    "across the company",
    // ("top 5 of the company in attainment of MG", "best in the company")
    "of the company",
    "in the company",
    "whole floor",
    "entire floor",
    "company-wide",
    "company wide",
    // ("how much went out across the business", "how much MPS has the business sold")
    "across the business",
    "the whole business",
    "has the business",
    "the business sold",
    "both teams",
    "every team",
    // ("across all three regions, what was our most expensive month", "all three teams")
    "all three regions",
    "all three teams",
    // ("bottom 3 sa seat attainment this quarter, lahat ng desks")
    "all desks",
    "all the desks",
    "all of the desks",
    "every desk",
    "all three territories",
    "all the regions",
    "all regions",
    "all teams",
    "all territories",
    "every region",
    // ("who's the top earner in the whole brokerage this year": the firm, by its trade's name)
    "whole brokerage",
    "entire brokerage",
    "whole firm",
    "entire firm",
    // ("what did the firm pay out on quids-in day", "SOC deals signed across the firm")
    "across the firm",
    "did the firm",
    "has the firm",
    "the firm pay",
    "the firm paid",
    "whole agency",
    "entire agency",
    "whole business",
    "whole org",
    "entire org",
    "whole organization",
    "whole organisation",
    // ("wetin the whole bank dey pay out for this scheme this year")
    "whole bank",
    "entire bank",
    "whole division",
    "entire division",
    "whole department",
    "whole dealership",
];
/// Words that ask for a figure ("how much …", "what would …"): a question of the plan's
/// rules, or for advice, asks none.
pub const ASKS_A_FIGURE: &[&str] = &["how much", "what would", "what will"];
/// The team.
pub const TEAM: &[&str] = &[
    "team",
    "gainers",
    "winners",
    "losers",
    "team's",
    "who's",
    "whos",
    "earners",
    "performers",
    "everyone",
    "everybody",
    "all sellers",
    "all reps",
    "the reps",
    "the sellers",
    "sellers",
    "reps",
    "each seller",
    "each rep",
    "anyone",
    "who",
    "whole team",
    "agents",
    "all agents",
    "the agents",
    "people",
    "which seller",
    "which rep",
    "which agent",
    "squad",
    "crew",
];

/// Pace, single words (matched exactly: paying is not pacing).
pub const PACE_WORDS: &[&str] = &[
    "pace",
    "pacing",
    "paced",
    "slowest-paced",
    "trending",
    "trajectory",
    "on-pace",
];

/// Words for a period's pay, after the month they are of ("my october check").
pub(crate) const PAY_NOUNS: &[&str] = &[
    "check",
    "cheque",
    "paycheck",
    "paycheque",
    "payout",
    "payslip",
    "statement",
    "commission",
    "comp",
    "pay",
    "salary",
    // ("my oct 15 rest day" where the payday is "| rest day |")
    "payday",
];

/// What a manager calls the sellers they manage, or their part of the company ("my team",
/// "our reps", "my AEs", "my branch").
pub const THEIR_PEOPLE: &[&str] = &[
    "team",
    "team's",
    "reps",
    "agents",
    "sellers",
    "people",
    "group",
    "earner",
    "agent",
    "rep",
    "squad",
    // ("mutual from 40% instead of 50% -- my pod's cost?")
    "pod",
    "pod's",
    "guys",
    "crew",
    "aes",
    "ae's",
    "brokers",
    "producers",
    "consultants",
    // ("the 3 officers hit hardest": field officers)
    "officers",
    "salespeople",
    "recruiters",
    "engineers",
    "ams",
    "account managers",
    "bdms",
    "bdrs",
    "sdrs",
    "advisors",
    "advisers",
    "earners",
    "attainers",
    "performers",
    // ("which of mine")
    "mine",
    "tms",
    "route",
    "desk",
    "desk's",
    // ("what would my store cost?": a dealership's sales manager's)
    "store",
    "store's",
    "floor",
    "region",
    "office",
    "branch",
    // ("cost for my area?")
    "area",
    // ("kickoff from 70% instead of 75% -- my district's cost?")
    "district",
    "district's",
    // ("which of my techs has the biggest float balance": a service manager's)
    "techs",
    "technicians",
    "plumbers",
    "installers",
];

/// The whole company said as the country it sells in ("the top earner nationally", "bottom
/// 3 in the country", "across all three states"): everyone, not the asking manager's team.
pub const NATIONWIDE: &[&str] = &[
    "nationally",
    "national",
    "nationwide",
    "countrywide",
    "country-wide",
    "across the country",
    "in the country",
    "the whole country",
    "all states",
    "all three states",
    "every state",
    "each state",
    "across the states",
    "all regions",
    "every region",
];

/// A new hire's words for the threshold: "would a 10k deal get me past the minimum thing?"
pub const THE_MINIMUM: &[&str] = &[
    "the minimum thing",
    "past the minimum",
    "over the minimum",
    "hit the minimum",
    "reach the minimum",
    "clear the minimum",
    // ("how far is she from the minimum this quarter")
    "from the minimum",
    "to the minimum",
    "under the minimum",
    "below the minimum",
    "make the minimum",
];

/// The nouns a bonus's name ends in, which questions leave out ("the blue flame" of the Blue
/// Flame Bonus, "hat trick money" of the Hat Trick Award).
pub(crate) const BONUS_NOUNS: &[&str] = &["bonus", "award", "spiff", "prize", "kicker"];

/// "Where do I stand against my (deposit) quota?": against the asker's own number, no one
/// else's; a measure's word may stand before the noun.
pub fn against_own_number(ws: &[String]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        w == "against"
            && ws
                .get(i + 1)
                .is_some_and(|o| matches!(o.as_str(), "my" | "his" | "her" | "their"))
            && ws[i + 2..].iter().take(2).any(|n| OWN_NUMBER.contains(&n.as_str()))
    })
}

/// A seller's own number: the quota, said in its everyday words.
pub const OWN_NUMBER: &[&str] = &["quota", "target", "number", "goal", "plan", "quotas", "targets"];
