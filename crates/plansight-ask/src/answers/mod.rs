//! The words of an answer, one function per [`Intent`], composed from the engine's figures.
//! Each function records the figures its words quote in [`Answer::figures`] (the grounding
//! check reads them) and returns the words, or why there are none (both are shown).

mod budget;
mod explain_period;
mod forecast;
mod health;
pub(crate) mod what_if;

pub(crate) use explain_period::explain_period;

use crate::query::Understood;
use crate::{clauses, Answer, Context};
use plansight_engine::progress::{next_mark, NextMark};
use plansight_plan::fixed::group_thousands;
use plansight_plan::shown::{point_percent, rate_percent};
use plansight_plan::{Exact, ItemKind, Ratio, SellerResult};
use std::collections::BTreeSet;

/// What a declined question is told.
const DECLINE: &str = "I can only answer questions about your compensation plan, your deals and your payouts (for \
                       example: \"how far am I from the accelerator?\" or \"what would a new deal in March pay?\").";

/// The words of the answer to what was understood, or why there are none (both are shown).
pub(crate) fn compose(
    ctx: &Context,
    understood: &Understood,
    findings: Option<&[&plansight_health::Finding]>,
    out: &mut Answer,
) -> Result<String, String> {
    out.figures.insert("as_of".into(), ctx.calc.as_of.to_string());
    out.evidence.push(period_names(ctx));
    match understood {
        Understood::Answer(q) => crate::run::run(ctx, q, out),
        Understood::PlanRule { topic } => plan_rule(ctx, out, topic),
        Understood::Health { seller, deal, kind } => {
            health::health(ctx, out, findings, seller, deal.as_deref(), kind.as_deref())
        }
        Understood::Forecast { seller, ask } => forecast::forecast(ctx, out, seller, ask),
        Understood::AskBack { missing, .. } => {
            out.evidence.extend(out.readings.clone());
            Ok(clarify(missing))
        }
        Understood::Decline { reason, offer } => Err(match offer {
            Some(o) => format!("{reason} {o}"),
            None => DECLINE.into(),
        }),
    }
}

/// Everything earned so far, by measure, with bonuses.
pub(crate) fn earnings(ctx: &Context, out: &mut Answer, seller: &str) -> Result<String, String> {
    let s = result(ctx, seller)?;
    out.figures.insert("total".into(), s.total.money());
    let mut parts = Vec::new();
    for m in &s.measures {
        let earned: Exact = m.periods.iter().map(|p| p.earnings).sum();
        out.figures.insert(format!("{}_earnings", m.measure), earned.money());
        parts.push(format!("{} {}", measure_name(ctx, &m.measure), money(ctx, earned)));
    }
    let bonus: Exact = s
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Bonus)
        .map(|i| i.amount)
        .sum();
    if bonus != Exact::default() {
        out.figures.insert("bonuses".into(), bonus.money());
        parts.push(format!("bonuses {}", money(ctx, bonus)));
    }
    Ok(format!(
        "{} has earned {} as of {} ({}).",
        seller_name(ctx, seller),
        money(ctx, s.total),
        ctx.calc.as_of,
        parts.join(", ")
    ))
}

/// Attainment against quota per measure and quota period (the named ones, or all).
pub(crate) fn attainment(
    ctx: &Context,
    out: &mut Answer,
    seller: &str,
    measure: Option<&str>,
    period: Option<&str>,
) -> Result<String, String> {
    let s = result(ctx, seller)?;
    let mut lines = Vec::new();
    for m in s.measures.iter().filter(|m| measure.is_none_or(|x| x == m.measure)) {
        for p in m.periods.iter().filter(|p| period.is_none_or(|x| x == p.period)) {
            let key = format!("{}_{}", m.measure, p.period);
            let credit = Exact::from_micros(p.credit);
            out.figures
                .insert(format!("{key}_attainment_percent"), percent(p.attainment()));
            out.figures.insert(format!("{key}_credit"), credit.money());
            out.figures.insert(format!("{key}_quota"), p.quota.money());
            lines.push(format!(
                "{} {}: {}% ({} of {})",
                measure_name(ctx, &m.measure),
                p.period,
                percent(p.attainment()),
                money(ctx, credit),
                amount_in_currency(ctx, &p.quota.money())
            ));
        }
    }
    if lines.is_empty() {
        let periods: BTreeSet<&str> = s
            .measures
            .iter()
            .flat_map(|m| m.periods.iter().map(|p| p.period.as_str()))
            .collect();
        return Err(format!(
            "{} has no quota period {} for that measure; the plan's periods are {}.",
            seller_name(ctx, seller),
            period.unwrap_or(""),
            periods.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    Ok(format!(
        "{}'s attainment as of {}: {}.",
        seller_name(ctx, seller),
        ctx.calc.as_of,
        lines.join("; ")
    ))
}

/// The credit that reaches the next tier (or the threshold) in the quota period in
/// progress on the as-of date (the last one after the year), per measure.
pub(crate) fn next_tier(
    ctx: &Context,
    out: &mut Answer,
    seller: &str,
    measure: Option<&str>,
    period: Option<&str>,
) -> Result<String, String> {
    let s = result(ctx, seller)?;
    let plan = &ctx.inputs.plan;
    let mut lines = Vec::new();
    for m in s.measures.iter().filter(|m| measure.is_none_or(|x| x == m.measure)) {
        let Some(rules) = plan.measures.iter().find(|x| x.id == m.measure) else {
            continue;
        };
        let index = period
            .and_then(|p| m.periods.iter().position(|x| x.period == p))
            .or_else(|| plansight_plan::calendar::period_index(plan.start, rules.quota_period, ctx.calc.as_of))
            .unwrap_or(m.periods.len().saturating_sub(1));
        let Some(p) = m.periods.get(index) else {
            continue;
        };
        let key = format!("{}_{}", m.measure, p.period);
        let name = format!("{} {}", measure_name(ctx, &m.measure), p.period);
        let now = percent(p.attainment());
        out.figures.insert(format!("{key}_attainment_percent"), now.clone());
        let Some(NextMark {
            point: from,
            credit_cents: cents,
        }) = next_mark(rules, p)
        else {
            lines.push(format!("{name}: at {now}% you are already in the top tier"));
            continue;
        };
        let mark = point_percent(from);
        let what = if rules.threshold == Some(from) {
            "the threshold, where it starts to pay".to_string()
        } else {
            let rate = rules
                .tiers
                .iter()
                .find(|t| t.from == from)
                .map(|t| rate_percent(t.rate))
                .unwrap_or_default();
            out.figures.insert(format!("{key}_next_rate_percent"), rate.clone());
            format!("the tier paying {rate}%")
        };
        let to_next = Exact::from_cents(cents);
        out.figures.insert(format!("{key}_to_next"), to_next.money());
        out.figures.insert(format!("{key}_next_percent"), mark.clone());
        lines.push(format!(
            "{name}: {} more credit takes you from {now}% to {mark}% ({what})",
            money(ctx, to_next)
        ));
    }
    if lines.is_empty() {
        return Err("That measure has no tiers to reach.".into());
    }
    Ok(format!("{}.", lines.join("; ")))
}

/// What a payout period pays: earned, plus a draw, less draws recovered.
pub(crate) fn payout(ctx: &Context, out: &mut Answer, seller: &str, period: &str) -> Result<String, String> {
    let s = result(ctx, seller)?;
    let Some(p) = s.payouts.iter().find(|p| p.period == period) else {
        let periods: Vec<&str> = s.payouts.iter().map(|p| p.period.as_str()).collect();
        return Err(format!(
            "There is no payout period {period}; the periods are {}.",
            periods.join(", ")
        ));
    };
    let said = format!("{}'s {period} payout", seller_name(ctx, seller));
    Ok(payout_words(
        ctx,
        out,
        &said,
        [p.payable, p.earned, p.draw, p.recovered],
    ))
}

/// "`said` is USD … (earned USD …, plus a draw of USD …, less USD … of earlier draws
/// recovered)." for `[payable, earned, draw, recovered]`, the figures recorded.
pub(crate) fn payout_words(ctx: &Context, out: &mut Answer, said: &str, figures: [Exact; 4]) -> String {
    let [payable, earned, draw, recovered] = figures;
    for (key, value) in [
        ("payable", payable),
        ("earned", earned),
        ("draw", draw),
        ("recovered", recovered),
    ] {
        out.figures.insert(key.into(), value.money());
    }
    let mut text = format!("{said} is {} (earned {}", money(ctx, payable), money(ctx, earned));
    if draw != Exact::default() {
        text.push_str(&format!(", plus a draw of {}", money(ctx, draw)));
    }
    if recovered != Exact::default() {
        text.push_str(&format!(", less {} of earlier draws recovered", money(ctx, recovered)));
    }
    text.push_str(").");
    text
}

/// What a deal earns, each earnings item explained from the engine's trace; `others` are
/// the account's other deals, named when the question named the account.
pub(crate) fn explain_deal(
    ctx: &Context,
    out: &mut Answer,
    seller: &str,
    deal: &str,
    others: &[String],
) -> Result<String, String> {
    let s = result(ctx, seller)?;
    let items: Vec<_> = s.items.iter().filter(|i| i.deal.as_deref() == Some(deal)).collect();
    let total: Exact = items.iter().map(|i| i.amount).sum();
    out.figures.insert("total".into(), total.money());
    let also = if others.is_empty() {
        String::new()
    } else {
        format!(
            " (The account has other deals too: {}; ask about one by its id.)",
            others.join(", ")
        )
    };
    if items.is_empty() {
        let stage = ctx
            .inputs
            .lines
            .iter()
            .find(|l| l.id == deal && l.seller == seller)
            .map_or("unknown", |l| l.stage.as_str());
        return Ok(format!(
            "Deal {deal} pays nothing: it is {stage}, and only won deals (within the plan's measures) are \
             credited.{also}"
        ));
    }
    let why: Vec<String> = items
        .iter()
        .map(|i| plansight_engine::explain::explain_item(&ctx.inputs.plan, i))
        .collect();
    out.evidence.extend(why.iter().cloned());
    for (n, i) in items.iter().enumerate() {
        out.figures.insert(format!("item_{}", n + 1), i.amount.money());
    }
    Ok(format!(
        "Deal {deal} earns {} in all. {}{also}",
        money(ctx, total),
        why.join(" ")
    ))
}

/// What the plan document says about `topic`: the best clause, and the second best when
/// it scores nearly as well, quoted with their citations in document order.
fn plan_rule(ctx: &Context, out: &mut Answer, topic: &str) -> Result<String, String> {
    let doc = ctx
        .document
        .ok_or("This workspace has no plan document to quote; import the plan with its document.")?;
    let index = clauses::Index::new(clauses::clauses(doc));
    let found = index.search(topic, 2);
    let Some((best, top)) = found.first() else {
        return Err(format!("The plan document says nothing I can find about \"{topic}\"."));
    };
    let mut cited = vec![*best];
    if let Some((second, _)) = found.get(1).filter(|(_, score)| *score >= top * 0.8) {
        cited.push(*second);
    }
    cited.sort_by_key(|c| c.position);
    let quoted: Vec<String> = cited
        .iter()
        .map(|c| format!("{} [{}]", c.plain(), c.citation()))
        .collect();
    out.citations.extend(cited.iter().map(|c| c.citation()));
    out.evidence.extend(quoted.iter().cloned());
    Ok(format!("The plan says: {}", quoted.join(" ")))
}

/// The questions a vague one could have meant.
fn clarify(missing: &str) -> String {
    format!("I am not sure {missing} you mean. Choose one of the readings below, or ask again with it in your words.")
}

/// The seller's figures, or why there are none.
pub(crate) fn result<'c>(ctx: &'c Context, seller: &str) -> Result<&'c SellerResult, String> {
    if seller.is_empty() {
        return Err("Whose figures? Name the seller in the question, or choose one (--seller ID).".into());
    }
    ctx.calc.seller(seller).ok_or_else(|| {
        format!(
            "There are no figures for {} in this workspace.",
            seller_name(ctx, seller)
        )
    })
}

/// The plan's period names ("Q3", "FY"): the plan's own words, so their numbers are
/// grounded.
fn period_names(ctx: &Context) -> String {
    let plan = &ctx.inputs.plan;
    let kinds = plan
        .measures
        .iter()
        .map(|m| m.quota_period)
        .chain(std::iter::once(plan.payout_period));
    kinds
        .flat_map(|k| (0..k.count()).map(move |i| k.label(i)))
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn seller_name(ctx: &Context, seller: &str) -> String {
    crate::query::vocabulary::seller_name(ctx.inputs, seller)
}

fn measure_name(ctx: &Context, id: &str) -> String {
    ctx.inputs
        .plan
        .measures
        .iter()
        .find(|m| m.id == id)
        .map_or_else(|| id.to_string(), |m| m.name.clone())
}

/// An amount as the answer writes it: the plan's currency and the figure with thousands
/// grouped ("USD 17,500.00").
pub(crate) fn money(ctx: &Context, amount: Exact) -> String {
    amount_in_currency(ctx, &amount.money())
}

/// A decimal amount (as text) in the plan's currency, thousands grouped.
pub(crate) fn amount_in_currency(ctx: &Context, decimal: &str) -> String {
    format!("{} {}", ctx.inputs.plan.currency, group_thousands(decimal))
}

fn percent(ratio: Ratio) -> String {
    plansight_plan::shown::percent(ratio, 1)
}
