//! `plansight optimise`: the plan that meets a budget and does best on an objective,
//! against the current plan and the naive answer; `--out` writes it as a plan.toml.

use crate::{print_json, Failure};
use clap::Args;
use plansight_optimise::json;
use plansight_plan::shown::money;
use plansight_plan::{Exact, Plan, Problem};
use plansight_session::optimise::{optimise, Ask, Budget, Optimised};
use std::path::PathBuf;

#[derive(Args)]
pub struct OptimiseArgs {
    /// The workspace file: its plan in effect and the year's deals.
    #[arg(long)]
    workspace: PathBuf,
    /// The most the plan may pay in total.
    #[arg(long, conflicts_with = "cost_of_sales", required_unless_present = "cost_of_sales")]
    budget: Option<String>,
    /// The most the plan may pay, as a percentage of credited bookings.
    #[arg(long)]
    cost_of_sales: Option<String>,
    /// pay-for-performance, least-change or lowest-cost.
    #[arg(long)]
    objective: String,
    /// What may move: MEASURE.tiers.rates, MEASURE.tiers.starts, MEASURE.threshold,
    /// MEASURE.cap, MEASURE.quota or target_incentive.
    #[arg(long, num_args = 1.., required = true)]
    lever: Vec<String>,
    /// No seller may lose more than this percentage of their current payout.
    #[arg(long)]
    max_loss: Option<String>,
    #[arg(long)]
    json: bool,
    /// Write the proposed plan here as a complete plan.toml.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// Runs `plansight optimise`.
pub fn run(args: OptimiseArgs) -> Result<(), Failure> {
    let (ws, inputs) = plansight_store::Workspace::load(&args.workspace, None)?;
    let ask = Ask {
        levers: args.lever.clone(),
        budget: match (&args.budget, &args.cost_of_sales) {
            (Some(b), _) => Budget::Amount(b.clone()),
            (None, Some(p)) => Budget::CostOfSales(p.clone()),
            (None, None) => unreachable!("clap requires one"),
        },
        objective: args.objective.clone(),
        max_loss: args.max_loss.clone(),
    };
    let o = optimise(&ws.plan_version(None)?.source, &inputs, &ask)?;
    if let Some(out) = &args.out {
        // Written whole, then moved over: never half a plan.
        let tmp = out.with_extension("tmp-plansight");
        std::fs::write(&tmp, &o.plan_toml)
            .and_then(|_| std::fs::rename(&tmp, out))
            .map_err(|e| {
                Failure::Input(
                    Problem::file(&out.display().to_string(), format!("cannot be written: {e}"))
                        .hint("choose a writable place for --out")
                        .into(),
                )
            })?;
    }
    if args.json {
        print_json(&json::solution(&o.solution, &o.levers, o.budget, &o.plan_toml));
    } else {
        print!("{}", text(&inputs.plan, &o));
    }
    Ok(())
}

/// The plan before and after, the costs, the objective, and who loses most.
pub fn text(plan: &Plan, o: &Optimised) -> String {
    let s = &o.solution;
    let cur = &plan.currency;
    let m = |e: i128| money(Exact(e), cur);
    let mut out = format!(
        "Budget {}: current plan {} ({}), proposed {} ({}){}.\n",
        m(o.budget),
        m(s.current.cost),
        s.current.score.shown(cur),
        m(o.engine_cost.0),
        s.proposed.score.shown(cur),
        if s.proposed_is_naive { ", the naive answer" } else { "" }
    );
    if let Some((n, (k, d))) = &s.naive {
        out += &format!(
            "Naive answer (every moving rate × {}): {} ({}).\n",
            plansight_plan::fixed::format_ratio(*k as i128, *d as i128, 6),
            m(n.cost),
            n.score.shown(cur)
        );
    }
    out += "\nRules that change:\n";
    for line in plansight_optimise::diff(plan, &s.proposed.plan) {
        out += &format!("  {line}\n");
    }
    let mut changes: Vec<(i128, &str)> = s
        .sellers
        .iter()
        .enumerate()
        .map(|(i, id)| (s.proposed.totals[i] - s.current.totals[i], id.as_str()))
        .collect();
    changes.sort();
    out += "\nWho loses most:\n";
    for (c, id) in changes.iter().take(5).filter(|c| c.0 < 0) {
        out += &format!("  {id}: {}\n", m(*c));
    }
    out += "Who gains most:\n";
    for (c, id) in changes.iter().rev().take(5).filter(|c| c.0 > 0) {
        out += &format!("  {id}: +{}\n", m(*c));
    }
    out
}
