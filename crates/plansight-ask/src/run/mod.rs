//! Running a query: the figure read from the engine's calculation (or the what-if's), per
//! the operation, in words composed from the figures. Every number quoted is recorded in
//! [`Answer::figures`] for the grounding check.

pub mod figure;
mod team;
pub mod whatif;

use crate::answers::{self, money, seller_name};
pub(crate) use crate::query::describe::{capital, describe_figure as figure_name};
use crate::query::{Figure, Mark, Op, Query, Who};
use crate::{Answer, Context};
use figure::{Amount, Reader};
use plansight_plan::Inputs;

/// The answer's words for a query, or why there are none.
pub(crate) fn run(ctx: &Context, q: &Query, out: &mut Answer) -> Result<String, String> {
    if !q.scenario.saved.is_empty() {
        let seller = q.who.seller().ok_or("Whose figures? Choose a seller.")?;
        return answers::what_if::compare_scenarios(ctx, out, seller, &q.scenario.saved);
    }
    if q.who == Who::Nobody {
        return Err("Whose figures? Name the seller in the question, or choose one (--seller ID).".into());
    }
    if q.who.is_team() || matches!(q.op, Op::Rank) {
        return team::run(ctx, q, out);
    }
    let seller = q.who.seller().expect("a seller");
    if q.op == Op::Explain && q.scope.deal.is_none() && q.scope.account.is_none() {
        return answers::explain_period(ctx, out, seller, q.scope.period.as_deref(), q.scope.measure.as_deref());
    }
    if q.op == Op::Explain {
        let deal = crate::query::named_deal::newest_deal(ctx.inputs, q)
            .ok_or("Which deal? Name it by its id or its account.")?;
        out.focus = Some(deal.clone());
        return answers::explain_deal(ctx, out, seller, &deal, &[]);
    }
    let only = |w: &crate::query::WhatIf| q.op == Op::Value && q.figure == Figure::Earnings && q.scenario == *w;
    if let Some(d) = q.scenario.new_deal.as_ref().filter(|d| {
        only(&crate::query::WhatIf {
            new_deal: Some((*d).clone()),
            ..Default::default()
        })
    }) {
        if q.scope == Default::default()
            && d.product.is_none()
            && d.count.is_none()
            && ctx.inputs.plan.measures.iter().all(|m| m.products.is_none())
        {
            let plan = &ctx.inputs.plan;
            let close = d
                .close_date
                .clone()
                .unwrap_or_else(|| ctx.inputs.as_of().clamp(plan.start, plan.end).to_string());
            let kind = d.deal_type.clone().unwrap_or_else(|| "new".into());
            return answers::what_if::what_if_deal(ctx, out, seller, &d.amount, &close, &kind);
        }
    }
    if q.scenario.pipeline.is_some()
        && only(&crate::query::WhatIf {
            pipeline: q.scenario.pipeline,
            ..Default::default()
        })
    {
        return answers::what_if::forecast(ctx, out, seller);
    }
    if !q.scenario.is_none() {
        return under_what_if(ctx, q, seller, out);
    }
    let base = Reader {
        inputs: ctx.inputs,
        calc: ctx.calc,
    };
    match q.op {
        Op::Value => value(ctx, &base, q, seller, out),
        Op::Top | Op::Bottom | Op::List => team::deals(ctx, &base, q, seller, out),
        Op::BestPeriod | Op::WorstPeriod => team::periods(ctx, &base, q, seller, out),
        Op::Compare => {
            let r = answers::result(ctx, seller)?;
            let versus = q.scope.versus.clone().ok_or("Compare with which period?")?;
            let mut other = q.scope.clone();
            other.period = Some(versus.clone());
            let none = || "That figure has no value for this scope.".to_string();
            let a = scalar_of(&base, r, q, &q.scope).ok_or_else(none)?;
            let b = scalar_of(&base, r, q, &other).ok_or_else(none)?;
            let p = q.scope.period.clone().unwrap_or_default();
            record(out, &p, a);
            record(out, &versus, b);
            Ok(format!(
                "{}: {} in {p}, against {} in {versus}{}.",
                seller_name(ctx, seller),
                shown(ctx, a),
                shown(ctx, b),
                change(ctx, out, a, b)
            ))
        }
        Op::Explain | Op::Rank => unreachable!("handled above"),
    }
}

/// A figure under the query's what-if against today's.
fn under_what_if(ctx: &Context, q: &Query, seller: &str, out: &mut Answer) -> Result<String, String> {
    answers::result(ctx, seller)?;
    let under = whatif::under(ctx.inputs, ctx.calc, q, Some(seller))
        .inspect_err(|_| whatif::lever_evidence(ctx.inputs, q, out))?;
    let base = Reader {
        inputs: ctx.inputs,
        calc: ctx.calc,
    };
    let after = Reader {
        inputs: &under.inputs,
        calc: &under.calc,
    };
    let r0 = answers::result(ctx, seller)?;
    let r1 = under
        .calc
        .seller(seller)
        .ok_or("The what-if leaves no figures for this seller.")?;
    let mut scope = q.scope.clone();
    if q.scenario.new_deal.is_some() {
        scope.deal = None;
    }
    let a = scalar_of(&base, r0, q, &scope).ok_or("That figure has no value here.")?;
    let b = scalar_of(&after, r1, q, &scope).ok_or("That figure has no value under the what-if.")?;
    record(out, "before", a);
    record(out, "after", b);
    if let Some(d) = &q.scenario.new_deal {
        out.figures.insert("amount".into(), d.amount.clone());
    }
    Ok(format!(
        "{} {}: {} under the what-if, against {} today{}.",
        seller_name(ctx, seller),
        figure_name(q),
        shown(ctx, b),
        shown(ctx, a),
        change(ctx, out, b, a)
    ))
}

/// The change from `b` to `a`, in words (money and counts; shares in points).
pub(super) fn change(ctx: &Context, out: &mut Answer, a: Amount, b: Amount) -> String {
    match (a, b) {
        (Amount::Money(x), Amount::Money(y)) => {
            let d = x - y;
            out.figures.insert("change".into(), d.money());
            let sign = if d >= plansight_plan::Exact::ZERO { "+" } else { "" };
            format!(
                " ({sign}{})",
                money(ctx, d).replacen(&format!("{} ", ctx.inputs.plan.currency), "", 1)
            )
        }
        (Amount::Count(x), Amount::Count(y)) => {
            out.figures.insert("change".into(), (x - y).to_string());
            format!(" ({:+})", x - y)
        }
        _ => String::new(),
    }
}

/// A figure's scalar, with the measure a figure of one measure falls back on.
pub(crate) fn scalar_of(
    reader: &Reader,
    r: &plansight_plan::SellerResult,
    q: &Query,
    s: &crate::query::Scope,
) -> Option<Amount> {
    let fallback = fallback_measure(reader.inputs, q);
    reader.scalar(r, q.figure, q.mark, s, fallback.as_deref())
}

/// The measure a one-measure figure (quota, attainment, rate, distance) reads when the
/// question names none: the accelerator's for the accelerator, the one with a threshold or
/// cap for those, else the first.
pub(crate) fn fallback_measure(inputs: &Inputs, q: &Query) -> Option<String> {
    let plan = &inputs.plan;
    let pick = |f: &dyn Fn(&plansight_plan::Measure) -> bool| plan.measures.iter().find(|m| f(m)).map(|m| m.id.clone());
    match q.mark {
        Some(Mark::Accelerator) => pick(&|m| figure::accelerator_point(m).is_some()),
        Some(Mark::Threshold) => pick(&|m| m.threshold.is_some()),
        Some(Mark::Cap) => pick(&|m| m.cap.is_some()),
        _ => None,
    }
    .or_else(|| plan.measures.first().map(|m| m.id.clone()))
}

/// An amount as the answer writes it.
pub(crate) fn shown(ctx: &Context, a: Amount) -> String {
    match a {
        Amount::Money(e) => money(ctx, e),
        Amount::Share(r) => format!("{}%", plansight_plan::shown::percent(r, 1)),
        Amount::Count(n) => n.to_string(),
    }
}

/// Records an amount among the answer's figures, as the words write it.
pub(crate) fn record(out: &mut Answer, key: &str, a: Amount) {
    let v = match a {
        Amount::Money(e) => e.money(),
        Amount::Share(r) => plansight_plan::shown::percent(r, 1),
        Amount::Count(n) => n.to_string(),
    };
    out.figures.insert(key.to_string(), v);
}

/// The value of a figure for one seller, today.
fn value(ctx: &Context, reader: &Reader, q: &Query, seller: &str, out: &mut Answer) -> Result<String, String> {
    let s = &q.scope;
    let unfiltered = s.product.is_none() && s.deal_type.is_none() && s.account.is_none() && s.deal.is_none();
    match q.figure {
        Figure::Earnings if unfiltered && s.period.is_none() && s.measure.is_none() => {
            return answers::earnings(ctx, out, seller)
        }
        Figure::Attainment
            if unfiltered
                && (s.period.as_deref() != Some("FY")
                    || ctx.inputs.plan.measures.iter().any(|m| {
                        m.quota_period == plansight_plan::PeriodKind::Annual
                            && s.measure.as_ref().is_none_or(|x| *x == m.id)
                    })) =>
        {
            return answers::attainment(ctx, out, seller, s.measure.as_deref(), s.period.as_deref())
        }
        Figure::Distance if q.mark == Some(Mark::NextTier) && unfiltered => {
            return answers::next_tier(ctx, out, seller, s.measure.as_deref(), s.period.as_deref())
        }
        Figure::Payable if unfiltered => {
            if let Some(p) = s
                .period
                .as_deref()
                .filter(|p| ctx.inputs.plan.payout_periods().iter().any(|x| x.label == *p))
            {
                return answers::payout(ctx, out, seller, p);
            }
        }
        _ => {}
    }
    let r = answers::result(ctx, seller)?;
    let a = scalar_of(reader, r, q, s);
    let Some(a) = a else {
        return Err(missing(ctx, q));
    };
    record(out, "value", a);
    let mut text = format!("{}: {}", capital(&figure_name(q)), shown(ctx, a));
    if q.figure == Figure::Earnings && s.measure.is_none() {
        // Where the earnings come from: each measure, then bonuses, clawbacks and the cap.
        let mut parts = Vec::new();
        for m in &ctx.inputs.plan.measures {
            let mut by = s.clone();
            by.measure = Some(m.id.clone());
            let e = reader.items_sum(r, &by, Some(plansight_plan::ItemKind::Measure));
            out.figures.insert(format!("{}_earnings", m.id), e.money());
            parts.push(format!("{} {}", m.name, money(ctx, e)));
        }
        for (kind, words) in [
            (plansight_plan::ItemKind::Bonus, "bonuses"),
            (plansight_plan::ItemKind::Clawback, "clawbacks"),
            (plansight_plan::ItemKind::CapAdjustment, "cap adjustments"),
        ] {
            let e = reader.items_sum(r, s, Some(kind));
            if e != plansight_plan::Exact::ZERO {
                out.figures.insert(words.replace(' ', "_"), e.money());
                parts.push(format!("{words} {}", money(ctx, e)));
            }
        }
        text = format!("{} earned {}", seller_name(ctx, seller), shown(ctx, a));
        if parts.len() > 1 {
            text.push_str(&format!(" ({})", parts.join(", ")));
        }
    }
    if q.figure == Figure::Distance {
        let (rules, p) = reader
            .current(r, s, fallback_measure(ctx.inputs, q).as_deref())
            .ok_or("no quota period")?;
        let now = plansight_plan::shown::percent(p.attainment(), 1);
        out.figures.insert("attainment_percent".into(), now.clone());
        text.push_str(&format!(" more credit ({} {} is at {now}%)", rules.name, p.period));
    }
    if q.figure == Figure::Rate {
        if let Some((rules, p)) = reader.current(r, s, fallback_measure(ctx.inputs, q).as_deref()) {
            let now = plansight_plan::shown::percent(p.attainment(), 1);
            out.figures.insert("attainment_percent".into(), now.clone());
            text.push_str(&format!(" ({} {} attainment {now}%)", rules.name, p.period));
        }
    }
    if matches!(
        q.figure,
        Figure::DrawAdvanced | Figure::DrawRecovered | Figure::DrawBalance
    ) && ctx.inputs.plan.draw.is_none()
    {
        text.push_str(" (this plan has no draw)");
    }
    Ok(format!("{text}."))
}

/// Why a figure has no value for the query.
fn missing(ctx: &Context, q: &Query) -> String {
    match (q.figure, q.mark) {
        (Figure::Distance, Some(Mark::Threshold)) => "Already past the threshold (or the measure has none).".into(),
        (Figure::Distance, Some(Mark::Cap)) => "Already at the cap (or the measure has none).".into(),
        (Figure::Distance, Some(Mark::Accelerator)) => "Already at or past the accelerator.".into(),
        (Figure::Distance, _) => "Already in the top tier: there is no higher tier to reach.".into(),
        (Figure::Pace | Figure::Attainment | Figure::Quota, _) => format!(
            "There is no quota for that scope (the plan's measures: {}).",
            ctx.inputs
                .plan
                .measures
                .iter()
                .map(|m| m.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ => "That figure has no value for this scope.".into(),
    }
}
