//! The plan designer's change saved as a new plan version.

use crate::simulator::{parsed, problems};
use crate::{Failure, Session};
use chrono::NaiveDate;
use plansight_plan::Plan;
use plansight_view::Simulation;

impl Session {
    /// Saves the plan designer's change as a new plan version: the rules of `version`
    /// (the plan in effect when none) with the change written into that version's own
    /// TOML (its comments and every other rule kept) and its document, in effect from
    /// `effective` (`YYYY-MM-DD`; the plan's start when empty). One change of the
    /// history, undone like any other. Refused, writing nothing, when the written plan
    /// would not read back as the rules previewed.
    pub fn save_designed_plan(
        &mut self,
        sim: &Simulation,
        version: Option<u32>,
        effective: &str,
    ) -> Result<String, Failure> {
        let effective = effective_date(effective)?;
        let base = match version {
            Some(v) => self
                .ws()
                .plan_versions()?
                .into_iter()
                .find(|x| x.version == v as i64)
                .ok_or_else(|| Failure::not_found(format!("The workspace has no plan version {v}.")))?,
            None => self.ws().plan_version(None)?,
        };
        let rules = Plan::parse(&base.file, &base.source).map_err(problems)?;
        let plan_only = Simulation {
            seller: String::new(),
            deals: Vec::new(),
            ..sim.clone()
        };
        let (proposed, _) = parsed("plan designer", &plan_only)?
            .apply_to("plan designer", &rules, std::iter::empty())
            .map_err(problems)?;
        if proposed == rules {
            return Err(Failure::input("The designer holds no change to save.")
                .fix("change a rate, tier, quota, threshold or cap first"));
        }
        let toml = plansight_optimise::plan_toml::write(&base.source, &proposed)
            .map_err(|e| Failure::input(format!("The plan cannot be written: {e}.")))?;
        let written = Plan::parse(&base.file, &toml).map_err(problems)?;
        if rules_of(&written) != rules_of(&proposed) {
            return Err(
                Failure::internal("The saved plan would differ from the one previewed; nothing was saved.")
                    .fix("report this; the preview is still correct"),
            );
        }
        within_year(effective, &proposed)?;
        let saved = self
            .ws()
            .import_plan(&base.file, &toml, base.document.as_deref(), effective)?;
        self.refresh()?;
        Ok(format!("Saved as plan version {saved}; undo takes it back."))
    }
}

/// The date a new plan version takes effect, as typed (`YYYY-MM-DD`; empty: the plan's
/// start).
pub(crate) fn effective_date(text: &str) -> Result<Option<NaiveDate>, Failure> {
    match text.trim() {
        "" => Ok(None),
        d => NaiveDate::parse_from_str(d, "%Y-%m-%d").map(Some).map_err(|_| {
            Failure::input(format!("\"{d}\" is not a date."))
                .at("effective")
                .fix("write it as YYYY-MM-DD, or leave it empty for the plan's start")
        }),
    }
}

/// Refuses an effective date outside `plan`'s year.
pub(crate) fn within_year(effective: Option<NaiveDate>, plan: &Plan) -> Result<(), Failure> {
    match effective {
        Some(date) if date < plan.start || date > plan.end => Err(Failure::input(format!(
            "{date} is outside the plan year {} to {}.",
            plan.start, plan.end
        ))
        .at("effective")
        .fix("choose a date within the plan year, or leave it empty for the plan's start")),
        _ => Ok(()),
    }
}

/// The plan's rules without where each was written (the written file's lines move).
fn rules_of(plan: &Plan) -> Plan {
    let mut p = plan.clone();
    for m in &mut p.measures {
        m.line = 0;
        m.tier_lines.clear();
    }
    for b in &mut p.bonuses {
        b.line = 0;
    }
    p
}
