//! Questions the assistant declines: requests to change data (it only reads the workspace),
//! tasks (write an email), and what is not about the plan, the deals or the payouts.

mod change;
mod off_topic;
mod world;

use super::parse::exact;
use super::vocabulary::Vocabulary;
use super::Understood;
use crate::fuzzy::mentions;

/// Why the question is declined, if it is.
pub(super) fn declined(v: &Vocabulary, ws: &[String]) -> Option<Understood> {
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
            // ("how much tonnage did i sell this qtr")
            "much {t}",
            "{t} did i",
            "{t} have i",
            // ("what's my average day rate on frac tanks")
            "average {t}",
            "avg {t}",
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
    // ("how many tons did i sell this quarter", "how many gallons have we moved": a physical
    // quantity, which no deal here holds; its amount is money) (not "pounds", a currency)
    const QUANTITIES: &[&str] = &[
        "ton",
        "tonne",
        "tonnage",
        "lbs",
        "gallon",
        "litre",
        "liter",
        "kilo",
        "kilogram",
        "kwh",
        "btu",
        "barrel",
        // ("how many miles have i put on this month": the asker's driving)
        "mile",
        "kilometre",
        "kilometer",
    ];
    // (not a word of the plan's names: "how much rain barrel did i get" of the Rain Barrel)
    if let Some(t) = QUANTITIES.iter().find(|t| counted(t) && !v.plan_word(t)) {
        let many = if t.ends_with("age") || t.ends_with('s') || *t == "kwh" {
            t.to_string()
        } else {
            format!("{t}s")
        };
        return Some(Understood::Decline {
            reason: format!("The deals here hold amounts of money, not {many}: no figure here counts them."),
            offer: Some("Ask about your deals, credit or pay instead.".into()),
        });
    }
    // (a closing "would you" asks politely, supposing nothing: "set the headland to 75k
    // for next year would you")
    let polite = |i: usize| i + 2 == ws.len() && matches!(ws[i + 1].as_str(), "you" | "u" | "ya" | "ye");
    let hypothetical = mentions(
        ws,
        &[
            "what if", "if i", "if we", "if the", "if it", "if my", "suppose", "imagine", "assuming", "if",
        ],
    ) || ws.iter().enumerate().any(|(i, w)| w == "would" && !polite(i));
    // "should i push plus line or gtk 500s", "should i push the robot or the nav tower at
    // eastbrook": which to sell is the seller's call; what each would pay is the
    // assistant's.
    // ("should I be pushing MG Advanced or GTX Plus Pro")
    let kept: Vec<String> = ws
        .iter()
        .filter(|w| *w != "be")
        .map(|w| if w == "pushing" { "push".to_string() } else { w.clone() })
        .collect();
    // (one thing or the other, no figure of either asked)
    let one_or_other = exact(ws, &["or"]) && !mentions(ws, crate::query::words::ASKS_A_FIGURE);
    let choosing = kept.windows(3).any(|w| {
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
    }) && exact(ws, &["or"])
        // ("Would I be better off spending my time on GTK 500s or plus pros next quarter?")
        || mentions(ws, &["spending my time on", "spend my time on", "focus my time on"]) && one_or_other
        // ("honestly is it smarter for me to sell lens or studio right now?")
        || kept.windows(2).any(|w| {
            matches!(w[0].as_str(), "smarter" | "wiser" | "better" | "best")
                && matches!(w[1].as_str(), "to" | "for")
        }) && exact(ws, &["sell", "push", "chase", "pitch", "focus", "prioritize", "prioritise"])
            && one_or_other
            // (not "… which pays more": what each would pay, the assistant's)
            && !exact(ws, &["pays", "pay", "earn", "earns", "commission", "paid"]);
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
        // ("help me draft credit memo for the Mushin Printing loan": the errand after it)
        .filter(|(i, w)| {
            let help_me = |k: usize| ws.get(k).is_some_and(|h| h == "help") && ws.get(k + 1).is_some_and(|m| m == "me");
            *i > 3 || !(*w == "help" && help_me(*i) || *w == "me" && *i > 0 && help_me(*i - 1))
        })
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
    // ("how much tax am i gonna owe on my comm this yr": the asker's tax, not the plan's
    // rule; "is tax taken out of my checks" is the plan's, read as a rule)
    // ("how much will the irs take out of my july commission": the tax authority's share)
    // (Brazil's social security and income tax, INSS and IRPF: "how much INSS will be
    // discounted")
    // ("how much of this is the taxman going to take")
    let tax = exact(
        ws,
        &[
            "tax", "taxes", "irs", "hmrc", "cra", "ato", "inss", "irpf", "taxman", "taxmen",
        ],
    ) || mentions(ws, &["tax man"]);
    // ("how much federal tax is going to come out of my oct 15 check")
    let their_tax = mentions(
        ws,
        &[
            "federal tax",
            "state tax",
            "income tax",
            "payroll tax",
            "withholding tax",
        ],
    ) && mentions(ws, &["how much", "what will", "what's", "whats"])
        // (not "what's my Q3 commission before income tax?": the pay is before tax)
        && !exact(ws, &["before", "pre-tax", "pretax", "gross"]);
    if their_tax
        || tax
            && (mentions(
                ws,
                &[
                    "how much tax",
                    "tax bracket",
                    "tax return",
                    "tax bill",
                    "file my taxes",
                    "do my taxes",
                    "go to tax",
                    "go to taxes",
                    "goes to tax",
                    "goes to taxes",
                ],
            ) || mentions(
                ws,
                &[
                    "owe in tax",
                    "owe in taxes",
                    "owe tax",
                    "owe taxes",
                    "tax will i owe",
                    "taxes will i owe",
                    "tax do i owe",
                    "taxes do i owe",
                    "am i gonna owe",
                    "will i owe",
                ],
            ) || exact(ws, &["bracket"])
                || (exact(ws, &["irs", "hmrc", "cra", "ato", "inss", "irpf", "taxman", "taxmen"])
                    || mentions(ws, &["tax man"]))
                    && mentions(ws, &["how much"]))
    {
        return Some(Understood::Decline {
            reason: "The tax you owe depends on all your income and your tax situation, not on the plan; the pay here is before tax."
                .into(),
            offer: Some("Ask what you earned or what is payable (before tax); your payroll or a tax adviser can say what is withheld.".into()),
        });
    }
    if world::customer_decides(v, ws) {
        return Some(Understood::Decline {
            reason: "What a customer will decide is not in the workspace: it holds the deals as they stand.".into(),
            offer: Some("Ask what the deal would pay you if it closes (\"what if it closes next month?\").".into()),
        });
    }
    if change::asks_to_change(v, ws, first, hypothetical) {
        return Some(Understood::Decline {
            reason: "I only read your workspace; I cannot change it.".into(),
            offer: Some(
                "To model a change, ask \"what if …\" or use the Simulator; to change the deals themselves, \
                 import a corrected file on the Import screen (Undo takes it back)."
                    .into(),
            ),
        });
    }
    if off_topic::not_about_pay(v, ws, first) {
        return Some(Understood::Decline {
            reason: "not about the plan, the deals or the payouts".into(),
            offer: None,
        });
    }
    None
}
