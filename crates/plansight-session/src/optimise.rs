//! The plan optimiser for the CLI (`plansight optimise`) and the plan designer alike:
//! the request in the user's words checked, the solution, the proposed plan written as a
//! complete `plan.toml`, and its cost recomputed by the engine.

use crate::Failure;
use plansight_optimise::{Lever, Objective, Request, Solution, SolveError};
use plansight_plan::fixed::parse_scaled;
use plansight_plan::{Exact, Inputs};

/// The budget as the user gives it.
#[derive(Debug, Clone)]
pub enum Budget {
    /// A total payout ("1500000.00").
    Amount(String),
    /// Cost of sales: a percentage of credited bookings ("8.5").
    CostOfSales(String),
    /// A percentage of what the current plan costs on the same data ("90").
    OfCurrent(String),
}

/// What the user asks for, in their words.
#[derive(Debug, Clone)]
pub struct Ask {
    /// Levers (`MEASURE.tiers.rates`, ...).
    pub levers: Vec<String>,
    /// The budget.
    pub budget: Budget,
    /// `pay-for-performance`, `least-change` or `lowest-cost`.
    pub objective: String,
    /// The most any seller may lose, as a percentage ("10").
    pub max_loss: Option<String>,
}

/// A solved request: the solution, the proposed plan's file, and the engine's cost of it.
#[derive(Debug, Clone)]
pub struct Optimised {
    /// The solution.
    pub solution: Solution,
    /// The levers, as parsed.
    pub levers: Vec<Lever>,
    /// The budget (exact).
    pub budget: i128,
    /// The proposed plan as a complete `plan.toml`.
    pub plan_toml: String,
    /// The proposed plan's cost by a full engine calculation (equal to the solution's).
    pub engine_cost: Exact,
}

/// A percentage ("8", "8.5", "8%") as a fraction (num, den) with up to 4 decimals.
fn percent(text: &str, flag: &str) -> Result<(i128, i128), Failure> {
    let t = text.trim().trim_end_matches('%');
    let v = parse_scaled(t, 4).map_err(|e| {
        Failure::input(format!("{flag} {text:?} is not a percentage: {e}"))
            .at(flag)
            .fix("write a percentage such as 8 or 12.5")
    })?;
    if !(0..=100 * 10_000).contains(&v) {
        return Err(Failure::input(format!("{flag} {text} is not between 0 and 100"))
            .at(flag)
            .fix("write a percentage between 0 and 100"));
    }
    Ok((v as i128, 100 * 10_000))
}

/// Credited bookings of the plan year: the credit (amount × split) of every line that
/// credits, inside the plan and the seller's active days, exact (10^-24).
fn bookings(inputs: &Inputs) -> i128 {
    let members: std::collections::HashMap<String, plansight_plan::Member> =
        inputs.members().into_iter().map(|m| (m.id.clone(), m)).collect();
    let plan = &inputs.plan;
    inputs
        .lines
        .iter()
        .filter(|l| l.credits())
        .filter(|l| {
            l.close_date.is_some_and(|d| {
                plan.start <= d && d <= plan.end && members.get(&l.seller).is_some_and(|m| m.is_active(d))
            })
        })
        .map(|l| Exact::from_micros(l.credit_micros() as i128).0)
        .sum()
}

/// Checks the request against the plan and solves it over the inputs' whole year;
/// `source` is the plan's own TOML, which the proposal is written into.
pub fn optimise(source: &str, inputs: &Inputs, ask: &Ask) -> Result<Optimised, Failure> {
    let year = Inputs {
        as_of: None,
        ..inputs.clone()
    };
    let plan = &year.plan;
    if ask.levers.is_empty() {
        return Err(Failure::input("no lever to move")
            .at("--lever")
            .fix("name at least one lever, e.g. --lever new_arr.tiers.rates"));
    }
    let mut levers: Vec<Lever> = Vec::new();
    for l in &ask.levers {
        let lever = Lever::parse(plan, l)?;
        // A lever named twice moves once.
        if !levers.contains(&lever) {
            levers.push(lever);
        }
    }
    let objective = Objective::parse(plan, &ask.objective).ok_or_else(|| {
        Failure::input(format!("{:?} is not an objective", ask.objective))
            .at("--objective")
            .fix("choose pay-for-performance, least-change or lowest-cost")
    })?;
    let budget = match &ask.budget {
        Budget::Amount(a) => {
            let cents = parse_scaled(a.trim().replace(',', "").as_str(), 2).map_err(|e| {
                Failure::input(format!("--budget {a:?} is not an amount: {e}"))
                    .at("--budget")
                    .fix("write the budget as a decimal, e.g. 1500000.00")
            })?;
            Exact::from_cents(plansight_plan::Cents(cents)).0
        }
        Budget::CostOfSales(p) => {
            let (n, d) = percent(p, "--cost-of-sales")?;
            plansight_optimise::wide(bookings(&year), n, d)
        }
        Budget::OfCurrent(p) => {
            let t = p.trim().trim_end_matches('%');
            let v = parse_scaled(t, 4).ok().filter(|v| *v >= 0).ok_or_else(|| {
                Failure::input(format!("the budget {p:?} is not a percentage"))
                    .at("budget")
                    .fix("write the budget as a percentage of today's cost, e.g. 90")
            })?;
            let current: i128 = plansight_optimise::linear::totals(&plansight_optimise::linear::books(plan, &year))
                .iter()
                .sum();
            plansight_optimise::wide(current, v as i128, 100 * 10_000)
        }
    };
    let max_loss = ask.max_loss.as_deref().map(|p| percent(p, "--max-loss")).transpose()?;
    let request = Request {
        levers: levers.clone(),
        budget,
        objective,
        max_loss,
    };
    let solution = plansight_optimise::solve(&year, &request).map_err(|e| match e {
        SolveError::Infeasible { .. } => Failure::input(format!(
            "The budget of {} cannot be met: {e}.",
            money(plan, budget)
        ))
        .at("--budget")
        .fix("give a budget between the cheapest and the dearest, let more levers move, or allow a larger --max-loss"),
    })?;
    let plan_toml = plansight_optimise::plan_toml::write(source, &solution.proposed.plan).map_err(Failure::internal)?;
    // Our own file and the engine on it: a failure here is ours, never the user's input.
    let proposed = plansight_plan::Plan::parse("proposed plan.toml", &plan_toml)
        .map_err(|p| Failure::internal(format!("the proposed plan does not read back: {p}")))?;
    let calc = plansight_engine::calculate(&Inputs {
        plan: proposed,
        ..year.clone()
    })
    .map_err(|e| Failure::internal(format!("the engine failed on the proposed plan: {e}")))?;
    let engine_cost: Exact = calc.sellers.iter().map(|s| s.total).sum();
    if engine_cost.0 != solution.proposed.cost {
        return Err(Failure::internal(format!(
            "the proposed plan costs {} in the engine and {} in the optimiser",
            engine_cost.money(),
            Exact(solution.proposed.cost).money()
        )));
    }
    Ok(Optimised {
        solution,
        levers,
        budget,
        plan_toml,
        engine_cost,
    })
}

fn money(plan: &plansight_plan::Plan, e: i128) -> String {
    plansight_plan::shown::money(Exact(e), &plan.currency)
}

impl crate::Session {
    /// The levers the plan in effect offers.
    pub fn optimise_levers(&self) -> Vec<plansight_view::LeverOption> {
        plansight_view::lever_options(&self.inputs().plan)
    }

    /// The plan designer's proposal for `form`, with its winners-and-losers chart.
    pub fn optimise_view(
        &self,
        form: &plansight_view::OptimiseForm,
        theme: plansight_charts::Theme,
        size: (u32, u32),
    ) -> Result<plansight_view::OptimiseView, Failure> {
        use plansight_charts::Chart;
        let ask = Ask {
            levers: form.levers.clone(),
            budget: Budget::OfCurrent(form.budget_percent.clone()),
            objective: form.objective.clone(),
            max_loss: form.max_loss.clone().filter(|m| !m.trim().is_empty()),
        };
        let source = self.ws().plan_version(None)?.source;
        let o = optimise(&source, self.inputs(), &ask)?;
        let s = &o.solution;
        let bars = s
            .sellers
            .iter()
            .enumerate()
            .map(|(i, id)| {
                (
                    id.clone(),
                    plansight_charts::cents(Exact(s.proposed.totals[i] - s.current.totals[i])),
                )
            })
            .collect();
        let chart = plansight_charts::SellerChanges::of(
            "Winners and losers against the current plan",
            &self.inputs().plan.currency,
            bars,
        )
        .svg(theme, size.0, size.1)?;
        Ok(plansight_view::optimise_view(
            s,
            o.budget,
            o.engine_cost,
            o.plan_toml,
            chart,
        ))
    }

    /// Saves a proposed plan as the next plan version (in effect from the plan's start,
    /// with the current plan's document), as one change of the history.
    pub fn use_plan(&mut self, plan_toml: &str) -> Result<String, Failure> {
        let document = self.ws().document()?;
        let version = self
            .ws()
            .import_plan("optimised plan.toml", plan_toml, document.as_deref(), None)?;
        self.refresh()?;
        Ok(format!("Saved as plan version {version}; undo takes it back."))
    }
}
