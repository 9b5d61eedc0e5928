//! A question becomes one of a fixed set of typed intents, with its arguments resolved
//! against the workspace (sellers, deals, measures, periods). Deterministic: phrasings,
//! synonyms and typos of the domain, not free generation. Deal names and the plan
//! document are only ever matched against, never followed.

use crate::fuzzy::mentions;
use crate::phrases::{amount, date, normalize, quarter, words};
use plansight_plan::{CreditLine, Inputs};
use serde::Serialize;

/// What the question asks, with its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "intent", content = "arguments", rename_all = "snake_case")]
pub enum Intent {
    /// Everything earned so far.
    Earnings {
        /// The seller's id (empty when no seller is known).
        seller: String,
    },
    /// Attainment against quota (of one measure and period when named).
    Attainment {
        /// The seller's id.
        seller: String,
        /// The measure's id, when the question names one.
        measure: Option<String>,
        /// The quota period's label ("Q3", "FY"), when the question names one.
        period: Option<String>,
    },
    /// Credit to the next tier (or threshold).
    NextTier {
        /// The seller's id.
        seller: String,
        /// The measure's id, when the question names one.
        measure: Option<String>,
    },
    /// What a payout period pays.
    Payout {
        /// The seller's id.
        seller: String,
        /// The payout period's label ("Q3").
        period: String,
    },
    /// Why a deal pays what it pays. `others` are the seller's other deals with the same
    /// account, when the question named the account rather than the deal.
    ExplainDeal {
        /// The seller's id.
        seller: String,
        /// The deal's id.
        deal: String,
        /// The ids of the account's other deals (empty when the deal was named).
        others: Vec<String>,
    },
    /// What a hypothetical won deal would add.
    WhatIfDeal {
        /// The seller's id.
        seller: String,
        /// The deal's amount, a decimal ("200000.00").
        amount: String,
        /// Its close date, YYYY-MM-DD.
        close_date: String,
        /// Its deal type ("new", "renewal", …).
        deal_type: String,
    },
    /// Earnings if the open pipeline closes: all of it, and weighted by win probability.
    Forecast {
        /// The seller's id.
        seller: String,
    },
    /// The seller's earnings under saved scenarios (named ones, or all) against the base.
    CompareScenarios {
        /// The seller's id.
        seller: String,
        /// The saved scenarios named (empty: all of them).
        scenarios: Vec<String>,
    },
    /// What a rule of the plan says (answered from the plan document).
    PlanRule {
        /// What the question asks about, in its words.
        topic: String,
    },
    /// Too vague to answer ("how much?", "what about Jordan?"): the answer offers the
    /// readings it could have, as questions to ask instead.
    Clarify {
        /// The seller's id (empty when no seller is known).
        seller: String,
        /// The questions it could have meant.
        readings: Vec<String>,
    },
    /// Outside what the assistant answers.
    Decline {
        /// Why, for the JSON output.
        reason: String,
    },
}

impl Intent {
    /// The intent's name as the JSON output gives it.
    pub fn name(&self) -> &'static str {
        match self {
            Intent::Earnings { .. } => "earnings",
            Intent::Attainment { .. } => "attainment",
            Intent::NextTier { .. } => "next_tier",
            Intent::Payout { .. } => "payout",
            Intent::ExplainDeal { .. } => "explain_deal",
            Intent::WhatIfDeal { .. } => "what_if_deal",
            Intent::Forecast { .. } => "forecast",
            Intent::CompareScenarios { .. } => "compare_scenarios",
            Intent::PlanRule { .. } => "plan_rule",
            Intent::Clarify { .. } => "clarify",
            Intent::Decline { .. } => "decline",
        }
    }
}

const EARN: &[&str] = &[
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
    "total",
    "money",
    "banked",
    "pocketed",
    "take-home",
    "take home",
    "given me",
    "add up",
];
const PAY: &[&str] = &[
    "paid",
    "payout",
    "pay",
    "paycheck",
    "check",
    "payable",
    "payment",
    "coming to me",
    "payday",
];
const ATTAIN: &[&str] = &[
    "attainment",
    "quota",
    "percent",
    "progress",
    "pace",
    "doing",
    "track",
    "achievement",
    "stand",
    "my number",
];
const TIER: &[&str] = &[
    "next tier",
    "accelerator",
    "accelerators",
    "tier",
    "how far",
    "how much more",
    "how close",
    "reach",
    "kicker",
    "threshold",
    "super-accelerator",
    "band",
    "next band",
];
const WHY: &[&str] = &[
    "why",
    "explain",
    "breakdown",
    "break down",
    "calculated",
    "how come",
    "where does",
];
const WHATIF: &[&str] = &[
    "what if",
    "if i",
    "would",
    "hypothetical",
    "suppose",
    "imagine",
    "worth",
    "could",
];
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
    "opportunity",
];
const RULE: &[&str] = &[
    "threshold",
    "cap",
    "capped",
    "maximum",
    "limit",
    "clawback",
    "claw",
    "cancel",
    "cancelled",
    "cancellation",
    "draw",
    "split",
    "splits",
    "rule",
    "rules",
    "policy",
    "bonus",
    "bonuses",
    "dispute",
    "amend",
    "eligible",
    "eligibility",
    "definition",
    "mean",
    "means",
    "work",
    "works",
    "retroactive",
    "marginal",
    "president",
    "multi-year",
    "count toward",
    "count towards",
    "counts toward",
    "counts towards",
];
const PLAN_WORDS: &[&str] = &[
    "plan",
    "commission",
    "rate",
    "rates",
    "quota",
    "credit",
    "deal",
    "deals",
    "target incentive",
    "tier",
    "months",
    "month",
    "quarter",
    "q1",
    "q2",
    "q3",
    "q4",
    "company",
    "payout",
    "incentive",
    "definition",
    "define",
];
const OFF_TOPIC: &[&str] = &[
    "weather",
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
];

/// Resolves names in questions against the workspace.
pub struct Vocabulary<'a> {
    /// The workspace's inputs (sellers, deals, measures, periods).
    pub inputs: &'a Inputs,
    /// The names of the saved scenarios.
    pub scenarios: Vec<String>,
}

impl Vocabulary<'_> {
    /// A seller the question names by full name, id, or a first name no one else has.
    fn seller(&self, text: &str, ws: &[String]) -> Option<String> {
        let roster = self.inputs.roster.as_deref().unwrap_or(&[]);
        let lower = text.to_lowercase();
        if let Some(s) = roster
            .iter()
            .find(|s| s.name.as_deref().is_some_and(|n| lower.contains(&n.to_lowercase())))
        {
            return Some(s.id.clone());
        }
        if let Some(s) = roster.iter().find(|s| ws.iter().any(|w| *w == s.id.to_lowercase())) {
            return Some(s.id.clone());
        }
        let first = |s: &plansight_plan::Seller| {
            s.name
                .as_deref()
                .and_then(|n| n.split_whitespace().next())
                .map(str::to_lowercase)
        };
        for w in ws.iter().filter(|w| w.len() >= 3) {
            let named: Vec<_> = roster
                .iter()
                .filter(|s| first(s).as_deref() == Some(w.trim_end_matches("'s")))
                .collect();
            if named.len() == 1 {
                return Some(named[0].id.clone());
            }
        }
        None
    }

    /// A deal the question names: its id, or its account, which means the account's newest
    /// credited deal (with the account's other deals beside it). Matching is all it is used for.
    fn deal(&self, seller: &str, ws: &[String]) -> Option<(String, Vec<String>)> {
        let mine: Vec<&CreditLine> = self.inputs.lines.iter().filter(|l| l.seller == seller).collect();
        if let Some(l) = mine.iter().find(|l| ws.iter().any(|w| w.eq_ignore_ascii_case(&l.id))) {
            return Some((l.id.clone(), Vec::new()));
        }
        let key = |s: &str| {
            s.split_whitespace()
                .next()
                .map(str::to_lowercase)
                .filter(|k| k.len() >= 4)
        };
        let ask: std::collections::BTreeSet<&str> = ws.iter().map(|w| w.trim_end_matches("'s")).collect();
        let mut found: Vec<&CreditLine> = mine
            .iter()
            .copied()
            .filter(|l| {
                l.account
                    .as_deref()
                    .and_then(key)
                    .is_some_and(|k| ask.iter().any(|w| crate::fuzzy::same(w, &k)))
            })
            .collect();
        // The newest credited line of that account is the one people ask about.
        found.sort_by_key(|l| (l.stage.is_credited(), l.close_date));
        let chosen = found.pop()?.id.clone();
        let mut others: Vec<String> = found.iter().map(|l| l.id.clone()).filter(|id| *id != chosen).collect();
        others.dedup();
        Some((chosen, others))
    }

    fn measure(&self, ws: &[String]) -> Option<String> {
        self.inputs
            .plan
            .measures
            .iter()
            .find(|m| {
                mentions(ws, &[&m.name.to_lowercase(), &m.id.replace('_', " ")])
                    || m.name.to_lowercase().ends_with('s')
                        && mentions(ws, &[m.name.to_lowercase().trim_end_matches('s')])
            })
            .map(|m| m.id.clone())
    }
}

/// Understands a question asked for `seller` (the one the app or `--seller` has chosen;
/// a question naming another seller asks about that one).
pub fn understand(vocab: &Vocabulary, seller: &str, question: &str) -> Intent {
    let text = normalize(question);
    let ws = words(&text);
    let named = vocab.seller(question, &ws);
    let seller = named.clone().unwrap_or_else(|| seller.to_string());
    let inputs = vocab.inputs;
    let money = amount(&ws);
    let deal = vocab.deal(&seller, &ws);
    let measure = vocab.measure(&ws);
    let period = quarter(&ws)
        .map(|q| format!("Q{q}"))
        .or_else(|| mentions(&ws, &["year", "annual", "fy"]).then(|| "FY".to_string()));
    let asks_rule = mentions(
        &ws,
        &[
            "what is",
            "what's",
            "whats",
            "how does",
            "how do",
            "how are",
            "what happens",
            "is there",
            "are there",
            "explain the",
            "tell me about",
            "when do",
            "when does",
            "when will",
            "when are",
            "which",
            "what counts",
            "what are",
            "can the",
        ],
    ) || ws.first().is_some_and(|w| w == "define");
    // "Is there a maximum I can earn?" asks about the plan even in the first person.
    let asks_existence = mentions(&ws, &["is there", "are there", "define", "what counts"]);
    let personal = mentions(&ws, &["my", "i", "me", "i'm", "im", "am"]) || named.is_some();

    if mentions(
        &ws,
        &[
            "pipeline",
            "forecast",
            "forecasted",
            "projected",
            "expected payout",
            "expected earnings",
            "open deals",
            "open opportunities",
            "best case",
            "working on",
            "all my deals",
            "comes in",
            "come in",
        ],
    ) {
        return Intent::Forecast { seller };
    }
    if mentions(&ws, &["scenario", "scenarios", "what-ifs", "saved what-ifs"])
        || vocab.scenarios.iter().any(|n| text.contains(&n.to_lowercase()))
            && mentions(
                &ws,
                &[
                    "compare",
                    "comparison",
                    "versus",
                    "vs",
                    "difference",
                    "under",
                    "with",
                    "stack up",
                ],
            )
    {
        let named: Vec<String> = vocab
            .scenarios
            .iter()
            .filter(|n| text.contains(&n.to_lowercase()))
            .cloned()
            .collect();
        return Intent::CompareScenarios {
            seller,
            scenarios: named,
        };
    }
    // Exact words only: a typo-tolerant match would decline "stack up" as "stock".
    // A request to write or send something is a task, not a question about pay.
    let task = ws.first().is_some_and(|w| {
        [
            "write",
            "draft",
            "compose",
            "generate",
            "create",
            "send",
            "summarize",
            "summarise",
        ]
        .contains(&w.as_str())
    });
    if (task || ws.iter().any(|w| OFF_TOPIC.contains(&w.as_str()))) && !mentions(&ws, EARN) {
        return Intent::Decline {
            reason: "off topic".into(),
        };
    }
    // A hypothetical deal: an amount with deal words or "what if" phrasing.
    if let Some(cents) = money.filter(|_| mentions(&ws, WHATIF) || mentions(&ws, DEALISH)) {
        if !(deal.is_some() && mentions(&ws, WHY)) {
            let start = inputs.plan.start;
            let today = inputs.as_of.unwrap_or(inputs.plan.end).clamp(start, inputs.plan.end);
            let close = date(&ws, start, today).unwrap_or(today).clamp(start, inputs.plan.end);
            let renewal = mentions(&ws, &["renewal", "renewals", "renew"]);
            let expansion = mentions(&ws, &["expansion", "upsell", "upgrade"]);
            let deal_type = if renewal {
                "renewal"
            } else if expansion {
                "expansion"
            } else {
                "new"
            };
            return Intent::WhatIfDeal {
                seller,
                amount: plansight_plan::Exact::from_cents(cents).money(),
                close_date: close.to_string(),
                deal_type: deal_type.into(),
            };
        }
    }
    if let Some((deal, others)) = deal
        .clone()
        .filter(|_| mentions(&ws, WHY) || mentions(&ws, EARN) || mentions(&ws, PAY) || mentions(&ws, DEALISH))
    {
        return Intent::ExplainDeal { seller, deal, others };
    }
    let tier_words = mentions(&ws, TIER);
    let distance = mentions(
        &ws,
        &[
            "how far",
            "how much more",
            "how close",
            "next tier",
            "reach",
            "get to",
            "hit",
            "need",
            "left",
            "until",
            "distance",
            "gap",
        ],
    );
    // Yes-or-no questions about a rule ("Is my commission capped?", "Do renewals count
    // toward quota?") and questions about a rate ask what the plan says, even in the first person.
    let yes_no = ws
        .first()
        .is_some_and(|w| ["is", "are", "do", "does"].contains(&w.as_str()))
        && mentions(&ws, RULE);
    if yes_no || mentions(&ws, &["the rate", "what rate", "which rate"]) && !distance {
        return Intent::PlanRule { topic: rule_topic(&ws) };
    }
    if tier_words && (personal || distance) && (distance || !asks_rule) {
        return Intent::NextTier { seller, measure };
    }
    if mentions(&ws, PAY) && period.as_deref().is_some_and(|p| p != "FY") && !asks_existence {
        return Intent::Payout {
            seller,
            period: period.expect("checked"),
        };
    }
    // A question about the plan itself, not anyone's figures.
    let plan_terms = mentions(&ws, RULE)
        || mentions(&ws, PLAN_WORDS)
        || tier_words
        || mentions(&ws, EARN)
        || mentions(&ws, PAY)
        || mentions(&ws, ATTAIN)
        || mentions(&ws, DEALISH);
    if plan_terms
        && (asks_existence
            || asks_rule && !personal && named.is_none() && !mentions(&ws, &["total", "so far", "to date"]))
    {
        return Intent::PlanRule { topic: rule_topic(&ws) };
    }
    let figures_asked =
        personal && (mentions(&ws, ATTAIN) || mentions(&ws, EARN) || mentions(&ws, PAY) && period.is_some());
    if !figures_asked
        && (asks_rule && (mentions(&ws, RULE) || tier_words)
            || mentions(&ws, RULE) && !personal && !mentions(&ws, EARN))
    {
        return Intent::PlanRule { topic: rule_topic(&ws) };
    }
    if mentions(&ws, ATTAIN) {
        return Intent::Attainment {
            seller,
            measure,
            period,
        };
    }
    if mentions(&ws, PAY) && mentions(&ws, &["when", "how often", "schedule"]) {
        return Intent::PlanRule { topic: rule_topic(&ws) };
    }
    if mentions(&ws, EARN) || mentions(&ws, PAY) {
        return Intent::Earnings { seller };
    }
    if mentions(&ws, RULE) || mentions(&ws, &["rate", "rates"]) || !personal && mentions(&ws, PLAN_WORDS) {
        return Intent::PlanRule { topic: rule_topic(&ws) };
    }
    // A deal or account named with nothing else asked: what it paid.
    if let Some((deal, others)) = deal {
        return Intent::ExplainDeal { seller, deal, others };
    }
    // A seller named, or a bare "how much?": the question is too vague to guess.
    let vague = named.is_some()
        || mentions(
            &ws,
            &[
                "how much",
                "how many",
                "what about",
                "numbers",
                "figures",
                "status",
                "update",
            ],
        );
    if vague {
        let who = named.as_ref().map(|id| seller_name(inputs, id));
        let readings = match &who {
            Some(n) => vec![
                format!("How much has {n} earned?"),
                format!("What is {n}'s attainment?"),
                format!("How far is {n} from the next tier?"),
            ],
            None => vec![
                "How much have I earned?".into(),
                "What is my attainment?".into(),
                "How far am I from the next tier?".into(),
                "What would a new deal pay?".into(),
            ],
        };
        return Intent::Clarify { seller, readings };
    }
    Intent::Decline {
        reason: "not about the plan, the deals or the payouts".into(),
    }
}

/// A seller's name from the roster, else the id.
pub(crate) fn seller_name(inputs: &Inputs, id: &str) -> String {
    inputs
        .roster
        .as_deref()
        .and_then(|r| r.iter().find(|s| s.id == id))
        .and_then(|s| s.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// The words of a rule question that say what it is about.
fn rule_topic(ws: &[String]) -> String {
    const SKIP: &[&str] = &[
        "what", "is", "the", "a", "an", "how", "does", "do", "my", "i", "me", "work", "works", "tell", "about",
        "explain", "are", "there", "plan", "say", "says", "of", "on", "in", "whats", "what's", "get", "can", "you",
        "please",
    ];
    ws.iter()
        .filter(|w| !SKIP.contains(&w.as_str()))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}
