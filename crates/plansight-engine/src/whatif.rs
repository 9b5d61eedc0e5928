//! What-ifs (spec section 8): a scenario applied over the base, recomputing only the
//! sellers whose credit lines it touches unless it changes the plan.

use crate::{calculate, EngineError};
use plansight_plan::{Calculation, Inputs, Problems, Scenario, SellerResult};
use std::collections::{HashMap, HashSet};

/// A scenario's result beside its base.
#[derive(Debug, Clone)]
pub struct WhatIf {
    pub name: String,
    pub result: Calculation,
    /// Sellers recomputed (all when the plan changed).
    pub recomputed: Vec<String>,
}

/// Applies `scenario` (read from `file`) over `inputs`, whose calculation is `base`.
/// Bad scenarios give problems; the engine's own failures give `Err` inside.
pub fn whatif(inputs: &Inputs, base: &Calculation, scenario: &Scenario, file: &str) -> Result<Result<WhatIf, EngineError>, Problems> {
    let (plan, lines) = scenario.apply(file, &inputs.plan, &inputs.lines)?;
    let changed_plan = plan != inputs.plan;
    let full = Inputs { plan, lines, roster: inputs.roster.clone(), as_of: inputs.as_of };
    Ok(run(inputs, base, scenario, full, changed_plan).map(|(result, recomputed)| WhatIf { name: scenario.name.clone(), result, recomputed }))
}

fn run(inputs: &Inputs, base: &Calculation, scenario: &Scenario, full: Inputs, changed_plan: bool) -> Result<(Calculation, Vec<String>), EngineError> {
    if changed_plan {
        let result = calculate(&full)?;
        let all = result.sellers.iter().map(|s| s.seller.clone()).collect();
        return Ok((result, all));
    }
    // Only sellers owning a touched line can change.
    let ids: HashSet<&str> = scenario.remove.iter().chain(&scenario.win).map(|(id, _)| id.as_str()).collect();
    let mut touched: HashSet<String> = inputs.lines.iter().filter(|l| ids.contains(l.id.as_str())).map(|l| l.seller.clone()).collect();
    touched.extend(scenario.deals.iter().map(|d| d.seller.clone()));
    let part = Inputs {
        plan: full.plan.clone(),
        lines: full.lines.iter().filter(|l| touched.contains(&l.seller)).cloned().collect(),
        roster: full.roster.as_ref().map(|r| r.iter().filter(|s| touched.contains(&s.id)).cloned().collect()),
        as_of: full.as_of,
    };
    let partial = calculate(&part)?;
    let members = full.members();
    // Indexed once: a linear search per member is quadratic in the team size.
    let base_by_id: HashMap<&str, &SellerResult> = base.sellers.iter().map(|s| (s.seller.as_str(), s)).collect();
    let mut sellers = Vec::with_capacity(members.len());
    for m in &members {
        let from = if touched.contains(&m.id) { partial.seller(&m.id) } else { base_by_id.get(m.id.as_str()).copied() };
        if let Some(s) = from {
            sellers.push(s.clone());
        }
    }
    let mut recomputed: Vec<String> = touched.into_iter().collect();
    recomputed.sort();
    Ok((Calculation { warnings: full.warnings(), sellers, ..partial }, recomputed))
}
