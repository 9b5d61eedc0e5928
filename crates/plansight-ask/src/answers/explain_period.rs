//! Why a period pays what it pays ("why is my April check so low", "why did I get nothing
//! on Premium all year"): what the payout is made of, what was earned and from what, and
//! where each measure's attainment stood against its threshold, tiers and cap. Every figure
//! is the engine's.

use super::{measure_name, money, percent, result, seller_name};
use crate::{Answer, Context};
use plansight_plan::result::PeriodFigures;
use plansight_plan::shown::{point_percent, rate_percent};
use plansight_plan::{Exact, ItemKind, Measure};

/// Explains a seller's pay in `period` (the plan year when none), on one measure or all.
pub(crate) fn explain_period(
    ctx: &Context,
    out: &mut Answer,
    seller: &str,
    period: Option<&str>,
    measure: Option<&str>,
) -> Result<String, String> {
    let s = result(ctx, seller)?;
    let (first, last) = crate::run::figure::range(ctx.inputs, period);
    let within = |label: &str| {
        let (a, b) = crate::run::figure::range(ctx.inputs, Some(label));
        a >= first && b <= last
    };
    let name = seller_name(ctx, seller);
    let when = period.map_or_else(|| "the plan year".to_string(), str::to_string);
    let mut said = Vec::new();
    if measure.is_none() {
        said.push(paid(
            ctx,
            out,
            &name,
            &when,
            s.payouts.iter().filter(|p| within(&p.period)),
        ));
    }
    said.push(earned(ctx, out, s, measure, first, last, &when));
    for m in ctx
        .inputs
        .plan
        .measures
        .iter()
        .filter(|m| measure.is_none_or(|x| x == m.id))
    {
        let Some(figures) = s.measures.iter().find(|f| f.measure == m.id) else {
            continue;
        };
        // The quota periods that overlap the period asked; one running past it stands as of
        // today.
        for p in &figures.periods {
            let (start, end) = crate::run::figure::range(ctx.inputs, Some(&p.period));
            if start <= last && end >= first {
                let so_far = (end > last).then_some(ctx.calc.as_of);
                said.push(standing(ctx, out, m, p, so_far));
            }
        }
    }
    out.figures.insert("from".into(), first.to_string());
    out.figures.insert("to".into(), last.to_string());
    Ok(said.join(" "))
}

/// What the payout periods within the period paid, with their draws and recoveries.
fn paid<'a>(
    ctx: &Context,
    out: &mut Answer,
    name: &str,
    when: &str,
    payouts: impl Iterator<Item = &'a plansight_plan::Payout>,
) -> String {
    let payouts: Vec<_> = payouts.collect();
    let total = |f: fn(&plansight_plan::Payout) -> Exact| payouts.iter().map(|p| f(p)).sum::<Exact>();
    let figures = [
        total(|p| p.payable),
        total(|p| p.earned),
        total(|p| p.draw),
        total(|p| p.recovered),
    ];
    super::payout_words(ctx, out, &format!("{name}'s pay for {when}"), figures)
}

/// What the items dated in the period earned, by where they come from.
fn earned(
    ctx: &Context,
    out: &mut Answer,
    s: &plansight_plan::SellerResult,
    measure: Option<&str>,
    first: chrono::NaiveDate,
    last: chrono::NaiveDate,
    when: &str,
) -> String {
    let items: Vec<_> = s
        .items
        .iter()
        .filter(|i| i.date >= first && i.date <= last)
        .filter(|i| measure.is_none_or(|m| i.measure.as_deref() == Some(m)))
        .collect();
    let plan = &ctx.inputs.plan;
    let mut parts = Vec::new();
    let mut sum = |key: String, label: String, pick: &dyn Fn(&plansight_plan::Item) -> bool, deals: bool| {
        let chosen: Vec<_> = items.iter().filter(|i| pick(i)).collect();
        if chosen.is_empty() {
            return;
        }
        let total: Exact = chosen.iter().map(|i| i.amount).sum();
        out.figures.insert(key.clone(), total.money());
        let mut text = format!("{label} {}", money(ctx, total));
        if deals {
            let mut ids: Vec<_> = chosen.iter().filter_map(|i| i.deal.as_deref()).collect();
            ids.sort_unstable();
            ids.dedup();
            out.figures.insert(format!("{key}_deals"), ids.len().to_string());
            text.push_str(&format!(
                " from {} deal{}",
                ids.len(),
                if ids.len() == 1 { "" } else { "s" }
            ));
        }
        parts.push(text);
    };
    for m in plan.measures.iter().filter(|m| measure.is_none_or(|x| x == m.id)) {
        let id = m.id.as_str();
        sum(
            format!("{id}_earned"),
            m.name.clone(),
            &|i| i.kind == ItemKind::Measure && i.measure.as_deref() == Some(id),
            true,
        );
    }
    for b in &plan.bonuses {
        let id = b.id.as_str();
        sum(
            format!("{id}_bonus"),
            b.name.clone(),
            &|i| i.kind == ItemKind::Bonus && i.bonus.as_deref() == Some(id),
            false,
        );
    }
    sum(
        "clawbacks".into(),
        "clawbacks of cancelled deals".into(),
        &|i| i.kind == ItemKind::Clawback,
        true,
    );
    sum(
        "cap_adjustments".into(),
        "taken off by the payout cap".into(),
        &|i| i.kind == ItemKind::CapAdjustment,
        false,
    );
    let scope = measure.map_or_else(String::new, |m| format!(" on {}", measure_name(ctx, m)));
    if parts.is_empty() {
        format!("Nothing was earned{scope} from {first} to {last} ({when}).")
    } else {
        format!("Earned{scope} from {first} to {last}: {}.", parts.join("; "))
    }
}

/// Where a quota period's attainment stands: below the threshold (nothing paid), in which
/// tier at what rate, or at the cap.
fn standing(
    ctx: &Context,
    out: &mut Answer,
    m: &Measure,
    p: &PeriodFigures,
    so_far: Option<chrono::NaiveDate>,
) -> String {
    let key = format!("{}_{}", m.id, p.period);
    let attained = p.attainment();
    let credit = Exact::from_micros(p.credit);
    out.figures
        .insert(format!("{key}_attainment_percent"), percent(attained));
    out.figures.insert(format!("{key}_credit"), credit.money());
    out.figures.insert(format!("{key}_quota"), p.quota.money());
    let reached = |point| crate::run::figure::reached(p, point);
    let mut text = format!(
        "{} {}{}: {}% of quota ({} of {})",
        m.name,
        p.period,
        so_far.map_or_else(String::new, |d| format!(" (as of {d})")),
        percent(attained),
        money(ctx, credit),
        super::amount_in_currency(ctx, &p.quota.money())
    );
    if let Some(t) = m.threshold.filter(|t| !reached(*t)) {
        out.figures.insert(format!("{key}_threshold_percent"), point_percent(t));
        text.push_str(&format!(
            ", below the {}% threshold, so it pays nothing until attainment reaches it.",
            point_percent(t)
        ));
        return text;
    }
    let tiers = crate::run::figure::tier_at(m, p).unwrap_or(0) + 1;
    let rate = m.tiers[tiers - 1].rate;
    out.figures.insert(format!("{key}_rate_percent"), rate_percent(rate));
    out.figures.insert(format!("{key}_tier"), tiers.to_string());
    out.figures.insert(format!("{}_tiers", m.id), m.tiers.len().to_string());
    text.push_str(&format!(
        ", in tier {tiers} of {} at {}%",
        m.tiers.len(),
        rate_percent(rate)
    ));
    if let Some(cap) = m.cap.filter(|c| reached(*c)) {
        out.figures.insert(format!("{key}_cap_percent"), point_percent(cap));
        text.push_str(&format!(
            ", at the {}% cap: credit beyond it earns nothing",
            point_percent(cap)
        ));
    }
    text.push('.');
    text
}
