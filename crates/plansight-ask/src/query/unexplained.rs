//! A number the question says that the understood query does not use is a sign that a part
//! was not understood ("what does cutting the 12% tier to 9% save us" read as today's team
//! cost). Rather than answer a different question with real figures, the assistant asks
//! back, offering the readings that would use the number.

use super::vocabulary::Vocabulary;
use super::{Figure, Lever, LeverKind, NewDeal, Op, Query, Understood, WhatIf};
use crate::phrases::{amount, fraction_text, percents, unsigned, CURRENCY_WORDS};
use plansight_plan::{Cents, Exact};

/// A number said in the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Said {
    /// Money, in cents.
    Money(i64),
    /// A percentage, as a fraction in millionths.
    Share(i128),
}

/// The question's money amounts and percentages (amounts said in words are left out: they
/// are read only as a deal's size).
///
/// A bare number said as what a bonus pays ("if the First Smile SPIFF were 750") is money
/// too, when `bonus` (a bonus is named); not a year, nor a count of something said after it.
fn said(ws: &[String], bonus: bool) -> Vec<Said> {
    let mut found: Vec<Said> = percents(ws).into_iter().map(|(_, m)| Said::Share(m)).collect();
    for i in 0..ws.len() {
        let w = &ws[i];
        let starts = w.starts_with(|c: char| c.is_ascii_digit()) || unsigned(w).is_some();
        if !starts || w.ends_with('%') || matches!(ws.get(i + 1).map(String::as_str), Some("%" | "percent" | "pct")) {
            continue;
        }
        // ("R 250 000": the currency before, the thousands after)
        let from = if i > 0 && CURRENCY_WORDS.contains(&ws[i - 1].as_str()) {
            i - 1
        } else {
            i
        };
        let groups = ws[i + 1..]
            .iter()
            .take_while(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
            .count();
        if let Some(c) = amount(&ws[from..(i + 2 + groups).min(ws.len())]) {
            found.push(Said::Money(c.0));
        } else if bonus
            && i > 0
            && super::scenario::BONUS_PAYS.contains(&ws[i - 1].as_str())
            // ("to 15 implant placements": a count)
            && ws.get(i + 1).is_none_or(|n| {
                matches!(
                    n.as_str(),
                    "instead" | "each" | "then" | "and" | "what" | "how" | "dollars" | "bucks"
                        // ("new seat spiff to 200, whats that cost")
                        | "whats" | "what's" | "wat" | "hows" | "how's"
                )
            })
        {
            found.extend(
                w.parse::<i64>()
                    .ok()
                    .filter(|n| (10..=10_000_000).contains(n) && !(1900..=2100).contains(n))
                    .map(|n| Said::Money(n * 100)),
            );
        }
    }
    found
}

/// The amounts and shares the plan itself quotes: a question may name a part by them ("the
/// 12% tier", "my 200k quota", "past the 150% cap").
fn plan_values(v: &Vocabulary) -> (Vec<i64>, Vec<i128>) {
    let plan = &v.inputs.plan;
    let mut money: Vec<i64> = vec![plan.target_incentive.0];
    money.extend(plan.payout_cap.map(|c| c.0));
    money.extend(plan.draw.as_ref().map(|d| d.amount.0));
    let mut shares: Vec<i128> = vec![1_000_000];
    // "the $2,500 Apogee award", "deals over 75k get the Flagship bonus".
    for b in &plan.bonuses {
        match &b.rule {
            plansight_plan::BonusRule::Milestone { attainment, amount, .. } => {
                money.push(amount.0);
                shares.push(attainment.0 as i128 * 100);
            }
            plansight_plan::BonusRule::Deal { min_amount, pay, .. } => {
                money.extend(min_amount.map(|c| c.0));
                match pay {
                    plansight_plan::BonusPay::Amount(c) => money.push(c.0),
                    plansight_plan::BonusPay::Percent(r) => shares.push(r.0 as i128),
                }
            }
        }
    }
    for m in &plan.measures {
        money.extend(m.quotas.iter().map(|q| q.0));
        // "my $800k annual quota" on a plan of quarterly quotas: their sum.
        money.push(m.quotas.iter().map(|q| q.0).sum());
        // Points are in 10^4, rates in 10^6: both as millionths.
        shares.extend(m.threshold.iter().chain(m.cap.iter()).map(|p| p.0 as i128 * 100));
        shares.push(m.weight.0 as i128 * 100);
        for t in &m.tiers {
            shares.push(t.from.0 as i128 * 100);
            shares.push(t.rate.0 as i128);
        }
    }
    (money, shares)
}

/// The numbers the query uses.
fn used(q: &Query) -> (Vec<i64>, Vec<String>) {
    let cents = |s: &str| plansight_plan::fixed::parse_scaled(s, 2).ok();
    let w = &q.scenario;
    let mut money = Vec::new();
    let mut shares = Vec::new();
    money.extend(w.new_deal.as_ref().and_then(|d| cents(&d.amount)));
    money.extend(w.deal_amount_to.as_ref().and_then(|d| cents(&d.amount)));
    if let Some(l) = &w.lever {
        match l.kind {
            LeverKind::Quota | LeverKind::PayoutCap | LeverKind::TargetIncentive => money.extend(cents(&l.value)),
            _ => shares.push(l.value.clone()),
        }
    }
    (money, shares)
}

/// Asks back when the answer leaves a number of the question unused; else the answer.
pub(super) fn checked(v: &Vocabulary, ws: &[String], understood: Understood) -> Understood {
    let Understood::Answer(q) = &understood else {
        return understood;
    };
    // Saved scenarios carry their own numbers; a deal's own size may be quoted back.
    if !q.scenario.saved.is_empty()
        || q.scope.deal.is_some()
        || q.scope.account.is_some()
        || q.scenario.move_deal.is_some()
    {
        return understood;
    }
    let (mut plan_money, plan_shares) = plan_values(v);
    // ("Could you model the Blue Ribbon Award at $1,000?" where the draw is $1,000: the
    // draw's amount names the draw only when the draw is spoken of)
    if let Some(d) = v.inputs.plan.draw.as_ref() {
        let draw_said = v.terms_in(ws).contains(&super::terms::Term::Draw)
            || super::parse::exact(
                ws,
                &["draw", "draws", "advance", "guarantee", "floor", "top-up", "topup"],
            );
        // (one of it taken out: another part of that amount still names it)
        if let Some(at) = plan_money
            .iter()
            .position(|m| *m == d.amount.0)
            .filter(|_| !draw_said && v.bonus(ws))
        {
            plan_money.remove(at);
        }
    }
    // "what would I make at 40k": an amount the plan happens to have (a quota of 40,000)
    // names that part only when the question names a part; as a what-if it is asked back.
    // ("what I will make at 40k?": supposed too, said in the future)
    let at_an_amount = ws
        .windows(2)
        .any(|p| p[0] == "at" && amount(std::slice::from_ref(&p[1])).is_some());
    let supposed = ws.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "would" | "suppose" | "imagine")
            || w == "if" && !matches!(ws.get(i + 1).map(String::as_str), Some("not" | "so"))
            || at_an_amount && matches!(w.as_str(), "will" | "i'll" | "gonna")
    });
    let names_part = ws.iter().any(|w| {
        matches!(
            w.trim_end_matches('s'),
            "quota"
                | "target"
                | "cap"
                | "limit"
                | "max"
                | "maximum"
                | "draw"
                | "bonu"
                | "threshold"
                | "tier"
                | "rate"
                | "band"
                | "ti"
                | "ote"
                | "minimum"
                | "floor"
                | "ceiling"
        )
    }) || !v.terms_in(ws).is_empty()
        || v.bonus(ws)
        || v.says_accelerator(ws);
    // ("what if the golden ladle paid 1.5k instead": a new value supposed, though the plan
    // has that amount elsewhere)
    let new_value_said = supposed && super::parse::exact(ws, &["instead"]);
    if supposed && !names_part || new_value_said {
        plan_money.clear();
    }
    let (mut money, shares) = used(q);
    // ("if STS-0068 was 1 cr instead of 85L": the value it replaces, quoted)
    for i in 2..ws.len() {
        if matches!(
            (ws[i - 2].as_str(), ws[i - 1].as_str()),
            ("instead", "of") | ("rather", "than")
        ) {
            money.extend(amount(&ws[i..(i + 2).min(ws.len())]).map(|c| c.0));
        }
    }
    // "quota 10% lower" is read as the quota it makes.
    // ("quota 10% lower", "cut the top tier by 10 bps": the change, not the value)
    let relative = q.scenario.lever.as_ref().is_some_and(|l| {
        l.kind == LeverKind::Quota
            || l.kind == LeverKind::Rate && (ws.iter().any(|w| w == "by") || super::lever::rate_changed_by(ws))
    });
    // ("ok and if it was 5k bigger?": the deal's size changed by that much, the one amount
    // said)
    let money_relative = q.scenario.new_deal.is_some()
        && super::parse::exact(ws, &["bigger", "larger", "smaller", "higher", "lower"])
        && said(ws, v.bonus(ws))
            .iter()
            .filter(|s| matches!(s, Said::Money(_)))
            .count()
            == 1;
    // ("Statement says Q4 earnings 8,386.67 already … why so big?", "now Q4 shows 3,298.57
    // earned. What happened?": a figure read off a statement, to the cent, quoted as why
    // one asks; no size of anything supposed)
    let quoted = !supposed
        && ws.iter().any(|w| {
            matches!(
                w.as_str(),
                "says" | "say" | "shows" | "showing" | "statement" | "receipt" | "payslip"
            )
        });
    let to_the_cent = |c: i64| c % 100 != 0;
    // ("why am i getting $0 arr commish in q3", "why did the … only pay me 500": what was paid,
    // quoted in asking why; no size of anything supposed)
    let why_quoted = !supposed && q.op == Op::Explain;
    let quoted = quoted || why_quoted;
    let unused = said(ws, v.bonus(ws)).into_iter().find(|s| match s {
        Said::Money(c) => {
            !(money.contains(c)
                || plan_money.contains(c)
                || money_relative
                || quoted && (to_the_cent(*c) || why_quoted)
                || *c == 0 && !supposed)
        }
        Said::Share(m) => !shares.contains(&fraction_text(*m, 1_000_000)) && !plan_shares.contains(m) && !relative,
    });
    let Some(number) = unused else {
        return understood;
    };
    let shown = match number {
        Said::Money(c) => plansight_plan::fixed::group_thousands(&Exact::from_cents(Cents(c)).money()),
        Said::Share(m) => format!("{}%", fraction_text(m, 10_000)),
    };
    Understood::AskBack {
        missing: format!("which reading of {shown}"),
        readings: readings(v, q, number),
    }
}

/// The readings that would use the number: a deal of that size or a quota, a payout cap;
/// a threshold, a cap or the accelerator's rate.
fn readings(v: &Vocabulary, base: &Query, number: Said) -> Vec<Query> {
    let plan = &v.inputs.plan;
    let first = plan.measures.first().map(|m| m.id.clone());
    let with = |scenario: WhatIf, figure: Figure| Query {
        op: if matches!(base.op, Op::Top | Op::Bottom) {
            base.op
        } else {
            Op::Value
        },
        figure,
        mark: None,
        scenario,
        ..base.clone()
    };
    let figure = if base.who.is_team() {
        Figure::Cost
    } else {
        Figure::Earnings
    };
    let lever = |kind: LeverKind, measure: Option<String>, tier: Option<u32>, value: String| WhatIf {
        lever: Some(Lever {
            kind,
            measure,
            tier,
            value,
        }),
        ..Default::default()
    };
    match number {
        Said::Money(c) => {
            let money = Exact::from_cents(Cents(c)).money();
            let mut r = vec![
                with(
                    WhatIf {
                        new_deal: Some(NewDeal {
                            amount: money.clone(),
                            close_date: None,
                            deal_type: None,
                            product: None,
                            count: None,
                        }),
                        ..Default::default()
                    },
                    Figure::Earnings,
                ),
                with(lever(LeverKind::Quota, first.clone(), None, money.clone()), figure),
            ];
            if plan.payout_cap.is_some() {
                r.push(with(lever(LeverKind::PayoutCap, None, None, money), figure));
            }
            r
        }
        Said::Share(m) => {
            let value = fraction_text(m, 1_000_000);
            let mut r = Vec::new();
            if let Some(mi) = plan.measures.iter().position(|m| m.threshold.is_some()) {
                r.push(with(
                    lever(
                        LeverKind::Threshold,
                        Some(plan.measures[mi].id.clone()),
                        None,
                        value.clone(),
                    ),
                    figure,
                ));
            }
            if let Some(mi) = plan.measures.iter().position(|m| m.cap.is_some()) {
                r.push(with(
                    lever(LeverKind::Cap, Some(plan.measures[mi].id.clone()), None, value.clone()),
                    figure,
                ));
            }
            if let Some((mi, ti)) = v.accelerator {
                r.push(with(
                    lever(
                        LeverKind::Rate,
                        Some(plan.measures[mi].id.clone()),
                        Some(ti as u32 + 1),
                        value,
                    ),
                    figure,
                ));
            }
            r
        }
    }
}
