//! "What would a 3% budget cut do to the accelerator?": the optimiser's plan for that
//! budget on last year's deals (pay for performance, the accelerator's measure's rates
//! moving), the rates before and after, and the cost — exact, from the same fast path
//! the forecast uses, which tests hold equal to the engine.

use crate::{Answer, Context};
use plansight_optimise::linear::{books, totals};
use plansight_optimise::{solve, Lever, Objective, Request};
use plansight_plan::{shown, Exact, Inputs};

pub(crate) fn budget_cut(ctx: &Context, out: &mut Answer, cut_micros: i128) -> Result<String, String> {
    let year = Inputs {
        as_of: None,
        ..ctx.inputs.clone()
    };
    let plan = &year.plan;
    let v = crate::query::vocabulary::Vocabulary::new(ctx.inputs, ctx.document, Vec::new());
    // The accelerator's measure moves; without one, the primary measure's.
    let (mi, ti) = v.accelerator.unwrap_or_else(|| {
        let mi = plan
            .measures
            .iter()
            .position(|m| m.kind == plansight_plan::MeasureKind::Commission)
            .unwrap_or(0);
        (mi, plan.measures[mi].tiers.len() - 1)
    });
    let current: i128 = totals(&books(plan, &year)).iter().sum();
    let budget = plansight_optimise::wide(current, 1_000_000 - cut_micros, 1_000_000);
    let request = Request {
        levers: vec![Lever::Rates(mi)],
        budget,
        objective: Objective::PayForPerformance(mi),
        max_loss: None,
    };
    let s = solve(&year, &request).map_err(|e| {
        format!(
            "No plan moving {}'s rates fits that budget: {e}.",
            plan.measures[mi].name
        )
    })?;
    let m = &plan.measures[mi];
    let rate = |r: plansight_plan::Rate| format!("{}%", shown::rate_percent(r));
    let money = |e: i128| shown::money(Exact(e), &plan.currency);
    let before = m.tiers[ti].rate;
    let after = s.proposed.plan.measures[mi].tiers[ti].rate;
    out.figures.insert("budget".into(), Exact(budget).money());
    out.figures.insert("current_cost".into(), Exact(current).money());
    out.figures
        .insert("proposed_cost".into(), Exact(s.proposed.cost).money());
    out.figures.insert("rate_before".into(), shown::rate_percent(before));
    out.figures.insert("rate_after".into(), shown::rate_percent(after));
    out.figures.insert(
        "cut_percent".into(),
        crate::phrases::fraction_text(cut_micros.abs() * 100, 1_000_000),
    );
    let others: Vec<String> = m
        .tiers
        .iter()
        .zip(&s.proposed.plan.measures[mi].tiers)
        .enumerate()
        .filter(|(i, (a, b))| *i != ti && a.rate != b.rate)
        .map(|(i, (a, b))| {
            out.figures
                .insert(format!("tier_{}_before", i + 1), shown::rate_percent(a.rate));
            out.figures
                .insert(format!("tier_{}_after", i + 1), shown::rate_percent(b.rate));
            format!("tier {} {} → {}", i + 1, rate(a.rate), rate(b.rate))
        })
        .collect();
    out.evidence.push(format!("{} tier {}", m.name, ti + 1));
    Ok(format!(
        "On last year's deals the plan costs {}; with a budget of {} the plan that pays most for performance moves \
         the accelerator ({} tier {}) from {} to {}{}, and costs {}, exactly.",
        money(current),
        money(budget),
        m.name,
        ti + 1,
        rate(before),
        rate(after),
        if others.is_empty() {
            String::new()
        } else {
            format!(" (and {})", others.join(", "))
        },
        money(s.proposed.cost)
    ))
}
