//! What-ifs (spec section 8): a scenario applied over the base, recomputing only the
//! sellers whose credit lines it touches unless it changes the plan.

use crate::{calculate, EngineError};
use plansight_plan::{Calculation, Inputs, Problems, Scenario, SellerResult};
use std::collections::HashSet;
use std::sync::Arc;

/// A scenario's result beside its base.
#[derive(Debug, Clone)]
pub struct WhatIf {
    /// The scenario's name.
    pub name: String,
    /// The calculation with the scenario applied (every seller, recomputed or not).
    pub result: Calculation,
    /// Sellers recomputed (all when the plan changed).
    pub recomputed: Vec<String>,
}

/// Why a what-if has no result.
#[derive(Debug, thiserror::Error)]
pub enum WhatIfError {
    /// The scenario does not fit the inputs (a deal it names is not there, a plan change
    /// breaks a rule): every problem, with where it is.
    #[error("{0}")]
    Scenario(Problems),
    /// The engine itself failed.
    #[error("{0}")]
    Engine(EngineError),
}

impl From<Problems> for WhatIfError {
    fn from(p: Problems) -> WhatIfError {
        WhatIfError::Scenario(p)
    }
}

impl From<EngineError> for WhatIfError {
    fn from(e: EngineError) -> WhatIfError {
        WhatIfError::Engine(e)
    }
}

/// Applies `scenario` (read from `file`) over `inputs`, whose calculation is `base`.
///
/// Only the sellers owning a line the scenario touches are recomputed, from their own
/// lines: a seller's items, payouts and warnings depend on nothing else (spec 2–4), so
/// the result equals a full calculation of the changed inputs.
pub fn whatif(inputs: &Inputs, base: &Calculation, scenario: &Scenario, file: &str) -> Result<WhatIf, WhatIfError> {
    let touched = touched_sellers(inputs, scenario);
    let mine = inputs.lines.iter().filter(|l| touched.contains(l.seller.as_str()));
    // Every line a removal or win names belongs to a touched seller, so checking the
    // scenario against these lines finds the same problems as against all of them.
    let (plan, lines) = scenario.apply_to(file, &inputs.plan, mine)?;
    let name = scenario.name.clone();
    if plan != inputs.plan {
        let (plan, lines) = scenario.apply(file, &inputs.plan, &inputs.lines)?;
        let full = Inputs {
            plan,
            lines,
            roster: inputs.roster.clone(),
            as_of: inputs.as_of,
        };
        let result = calculate(&full)?;
        let recomputed = result.sellers.iter().map(|s| s.seller.clone()).collect();
        return Ok(WhatIf {
            name,
            result,
            recomputed,
        });
    }
    let part = Inputs {
        plan,
        lines,
        roster: inputs
            .roster
            .as_ref()
            .map(|r| r.iter().filter(|s| touched.contains(s.id.as_str())).cloned().collect()),
        as_of: inputs.as_of,
    };
    Ok(merge(base, calculate(&part)?, &touched, name))
}

/// Sellers owning a line the scenario removes, wins or changes, and sellers of new lines.
fn touched_sellers(inputs: &Inputs, scenario: &Scenario) -> HashSet<String> {
    let ids: HashSet<&str> = scenario
        .remove
        .iter()
        .chain(&scenario.win)
        .map(|(id, _)| id.as_str())
        .collect();
    let mut touched: HashSet<String> = if ids.is_empty() {
        HashSet::new()
    } else {
        inputs
            .lines
            .iter()
            .filter(|l| ids.contains(l.id.as_str()))
            .map(|l| l.seller.clone())
            .collect()
    };
    touched.extend(scenario.deals.iter().map(|d| d.seller.clone()));
    touched
}

/// The base with the touched sellers' results and warnings replaced by the partial
/// calculation's (a touched seller absent from it has no lines or roster entry left).
fn merge(base: &Calculation, partial: Calculation, touched: &HashSet<String>, name: String) -> WhatIf {
    let Calculation {
        plan,
        currency,
        as_of,
        warnings,
        sellers: changed,
    } = partial;
    let mut sellers: Vec<Arc<SellerResult>> = base
        .sellers
        .iter()
        .filter(|s| !touched.contains(&s.seller))
        .cloned()
        .collect();
    let mut recomputed: Vec<String> = touched.iter().cloned().collect();
    recomputed.sort();
    sellers.extend(changed);
    sellers.sort_by(|a, b| a.seller.cmp(&b.seller));
    let mut all_warnings: Vec<_> = base
        .warnings
        .iter()
        .filter(|w| !touched.contains(&w.seller))
        .cloned()
        .chain(warnings)
        .collect();
    all_warnings.sort();
    WhatIf {
        name,
        result: Calculation {
            plan,
            currency,
            as_of,
            warnings: all_warnings,
            sellers,
        },
        recomputed,
    }
}
