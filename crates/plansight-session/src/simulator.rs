//! The simulator: sliders and fields become a scenario file (the same TOML a user can
//! write or save), and the scenario runs over the chosen seller's own lines only, so an
//! update costs one seller's calculation however large the team is.

use crate::deals::percent_to_fraction;
use crate::error::form_problems;
use crate::{no_seller, Failure, Session, Slice};
use plansight_plan::fixed::{POINT_DIGITS, RATE_DIGITS};
use plansight_plan::scenario::toml_string as quote;
use plansight_plan::{Calculation, Exact, Inputs, Scenario, SellerResult};
use plansight_view::{Comparison, ComparisonRow, PeriodDelta, ScenarioView, Simulation, SimulationView};
use std::time::Instant;

/// The scenario file for a simulation, named `name`. Percentages become the plan's
/// fractions; money stays the decimal text typed. The scenario parser checks the rest.
pub fn scenario_toml(name: &str, sim: &Simulation) -> Result<String, Failure> {
    let mut t = format!("name = {}\n", quote(name));
    for d in &sim.deals {
        t.push_str(&format!(
            "\n[[deal]]\nid = {}\nseller = {}\n",
            quote(&d.id),
            quote(&sim.seller)
        ));
        if let Some(a) = &d.amount {
            t.push_str(&format!("amount = {}\n", quote(&a.replace(',', ""))));
        }
        if let Some(c) = d.close_date.as_deref().filter(|c| !c.is_empty()) {
            let date: chrono::NaiveDate = c.parse().map_err(|_| {
                Failure::input(format!(
                    "Deal {}: close date \"{c}\" is not a date; use YYYY-MM-DD.",
                    d.id
                ))
                .at("close_date")
            })?;
            t.push_str(&format!("close_date = {date}\n"));
        }
        if let Some(s) = &d.stage {
            t.push_str(&format!("stage = {}\n", quote(s)));
        }
    }
    if sim.target_incentive.is_some() || !sim.measures.is_empty() {
        t.push_str("\n[plan]\n");
        if let Some(ti) = &sim.target_incentive {
            t.push_str(&format!("target_incentive = {}\n", quote(&ti.replace(',', ""))));
        }
        for m in &sim.measures {
            t.push_str(&format!("\n[plan.measure.{}]\n", quote(&m.measure)));
            if let Some(q) = &m.quota {
                t.push_str(&format!("quota = {}\n", quote(&q.replace(',', ""))));
            }
            let point = |p: &str| {
                if p.trim().is_empty() {
                    String::new()
                } else {
                    percent_to_fraction(p, POINT_DIGITS)
                }
            };
            if let Some(p) = &m.threshold_percent {
                t.push_str(&format!("threshold = {}\n", quote(&point(p))));
            }
            if let Some(p) = &m.cap_percent {
                t.push_str(&format!("cap = {}\n", quote(&point(p))));
            }
            for tier in m.tiers.iter().flatten() {
                t.push_str(&format!(
                    "\n[[plan.measure.{}.tiers]]\nfrom = {}\nrate = {}\n",
                    quote(&m.measure),
                    quote(&percent_to_fraction(&tier.from_percent, POINT_DIGITS)),
                    quote(&percent_to_fraction(&tier.rate_percent, RATE_DIGITS))
                ));
            }
        }
    }
    Ok(t)
}

/// Problems of a scenario in one sentence each, named by the field they concern.
pub(crate) fn problems(p: plansight_plan::Problems) -> Failure {
    form_problems(p, "scenario")
}

/// A what-if's failure: the scenario's problems by field, or the engine's fault.
pub(crate) fn what_if(e: plansight_engine::WhatIfError) -> Failure {
    match e {
        plansight_engine::WhatIfError::Scenario(p) => problems(p),
        plansight_engine::WhatIfError::Engine(e) => e.into(),
    }
}

/// The scenario a simulation makes, parsed (every problem in words).
pub(crate) fn parsed(name: &str, sim: &Simulation) -> Result<Scenario, Failure> {
    Scenario::parse("simulator", &scenario_toml(name, sim)?).map_err(problems)
}

/// Payable by payout period (periods of `base` first, then any the scenario adds).
fn by_period<'a>(base: &'a SellerResult, other: &'a [&'a SellerResult]) -> Vec<&'a str> {
    let mut periods: Vec<&str> = base.payouts.iter().map(|p| p.period.as_str()).collect();
    for s in other {
        for p in &s.payouts {
            if !periods.contains(&p.period.as_str()) {
                periods.push(&p.period);
            }
        }
    }
    periods
}

fn payable(s: &SellerResult, period: &str) -> Exact {
    s.payouts.iter().filter(|p| p.period == period).map(|p| p.payable).sum()
}

impl Session {
    /// The seller's own lines and roster entry, cut once per seller.
    fn slice(&mut self, seller: &str) -> &Slice {
        if self.slice.as_ref().is_none_or(|s| s.seller != seller) {
            let lines = self
                .inputs
                .lines
                .iter()
                .filter(|l| l.seller == seller)
                .cloned()
                .collect();
            let roster = self
                .inputs
                .roster
                .as_ref()
                .map(|r| r.iter().filter(|s| s.id == seller).cloned().collect());
            self.slice = Some(Slice {
                seller: seller.to_string(),
                lines,
                roster,
            });
        }
        self.slice.as_ref().expect("cut above")
    }

    /// Runs a simulation over the seller's lines: payable per period against the base.
    pub fn simulate(&mut self, sim: &Simulation) -> Result<SimulationView, Failure> {
        let toml = scenario_toml("simulation", sim)?;
        let scenario = parsed("simulation", sim)?;
        if self.calc.seller(&sim.seller).is_none() {
            return Err(no_seller(&sim.seller));
        }
        let start = Instant::now();
        let (plan, as_of) = (self.inputs.plan.clone(), self.inputs.as_of);
        let slice = self.slice(&sim.seller);
        let (plan, lines) = scenario
            .apply_to("simulator", &plan, slice.lines.iter())
            .map_err(problems)?;
        let part = Inputs {
            plan,
            lines,
            roster: slice.roster.clone(),
            as_of,
        };
        let result = plansight_engine::calculate(&part)?;
        let engine_micros = start.elapsed().as_micros().min(u32::MAX as u128) as u32;
        let base = self.calc.seller(&sim.seller).expect("checked above");
        let after = result
            .seller(&sim.seller)
            .ok_or_else(|| Failure::input(format!("The simulation leaves {} without any credit line.", sim.seller)))?;
        let periods = by_period(base, &[after])
            .into_iter()
            .map(|p| {
                let (b, s) = (payable(base, p), payable(after, p));
                PeriodDelta {
                    period: p.to_string(),
                    base: b.money(),
                    scenario: s.money(),
                    delta: (s - b).money(),
                }
            })
            .collect();
        Ok(SimulationView {
            seller: sim.seller.clone(),
            base_total: base.total.money(),
            scenario_total: after.total.money(),
            delta: (after.total - base.total).money(),
            periods,
            engine_micros,
            scenario_toml: toml,
        })
    }

    /// The seller's result under a simulation (for charts of the scenario).
    pub fn simulated_seller(&mut self, sim: &Simulation) -> Result<SellerResult, Failure> {
        let scenario = parsed("simulation", sim)?;
        let (plan, as_of) = (self.inputs.plan.clone(), self.inputs.as_of);
        let slice = self.slice(&sim.seller);
        let (plan, lines) = scenario
            .apply_to("simulator", &plan, slice.lines.iter())
            .map_err(problems)?;
        let result = plansight_engine::calculate(&Inputs {
            plan,
            lines,
            roster: slice.roster.clone(),
            as_of,
        })?;
        result
            .seller(&sim.seller)
            .cloned()
            .ok_or_else(|| no_seller(&sim.seller))
    }

    /// Saves the simulation as a named scenario (replacing one of the same name).
    pub fn save_scenario(&mut self, name: &str, notes: &str, sim: &Simulation) -> Result<String, Failure> {
        if name.trim().is_empty() {
            return Err(Failure::input("Give the scenario a name to save it.").at("name"));
        }
        let toml = scenario_toml(name.trim(), sim)?;
        Scenario::parse("simulator", &toml).map_err(problems)?;
        let notes = Some(notes.trim()).filter(|n| !n.is_empty());
        let saved = self.ws().save_scenario("simulator", &toml, notes)?;
        Ok(format!("Saved scenario \"{saved}\"."))
    }

    /// The saved scenarios, by name.
    pub fn scenarios(&self) -> Result<Vec<ScenarioView>, Failure> {
        Ok(self
            .ws()
            .scenarios()?
            .into_iter()
            .map(|s| ScenarioView {
                name: s.name,
                notes: s.notes.unwrap_or_default(),
                saved: s.saved,
            })
            .collect())
    }

    /// Deletes a saved scenario (undo brings it back).
    pub fn delete_scenario(&mut self, name: &str) -> Result<String, Failure> {
        self.ws().delete_scenario(name)?;
        Ok(format!("Deleted scenario \"{name}\"."))
    }

    /// A saved scenario's result over the whole team (only the sellers it touches are
    /// recomputed unless it changes the plan).
    pub fn scenario_result(&self, name: &str) -> Result<Calculation, Failure> {
        let saved = self
            .ws()
            .scenario(name)?
            .ok_or_else(|| Failure::not_found(format!("No saved scenario is named \"{name}\".")))?;
        let scenario = Scenario::parse(name, &saved.source).map_err(problems)?;
        let w = plansight_engine::whatif(&self.inputs, &self.calc, &scenario, name).map_err(what_if)?;
        Ok(w.result)
    }

    /// The seller's payable by period under the base and each named scenario.
    pub fn compare(&self, seller: &str, names: &[String]) -> Result<Comparison, Failure> {
        let base = self.calc.seller(seller).ok_or_else(|| no_seller(seller))?;
        let results = names
            .iter()
            .map(|n| self.scenario_result(n))
            .collect::<Result<Vec<_>, _>>()?;
        let empty = SellerResult {
            seller: seller.into(),
            total: Exact::default(),
            measures: Vec::new(),
            items: Vec::new(),
            payouts: Vec::new(),
        };
        let theirs: Vec<&SellerResult> = results.iter().map(|r| r.seller(seller).unwrap_or(&empty)).collect();
        let all: Vec<&SellerResult> = std::iter::once(base).chain(theirs.iter().copied()).collect();
        let rows = by_period(base, &theirs)
            .into_iter()
            .map(|p| ComparisonRow {
                period: p.to_string(),
                values: all.iter().map(|s| payable(s, p).money()).collect(),
            })
            .collect();
        Ok(Comparison {
            seller: seller.into(),
            columns: std::iter::once("Base".to_string())
                .chain(names.iter().cloned())
                .collect(),
            rows,
            totals: all.iter().map(|s| s.total.money()).collect(),
        })
    }
}
