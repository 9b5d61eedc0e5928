//! The manager's team review (attainment, earnings, pace, the change a saved scenario
//! makes per seller; exported as CSV, XLSX and a chart pack) and the plan designer's
//! preview of a plan change over the team's history.

use crate::charts::{folder_failure, save_chart};
use crate::simulator::{parsed, problems, what_if};
use crate::{Failure, Session};
use plansight_charts::{cents, Chart, PayoutChart, PeriodBars, Theme};
use plansight_plan::{Calculation, Exact, Inputs, Plan};
use plansight_view::{PlanPreview, PlanVersionView, PlanView, Simulation, TeamReview};
use std::path::{Path, PathBuf};

/// The most sellers a comparison chart shows: beyond that their labels would overlap.
pub(crate) const CHART_SELLERS: usize = 12;

/// Columns of the exported review, in order.
const COLUMNS: [&str; 10] = [
    "rank",
    "seller",
    "name",
    "manager",
    "territory",
    "attainment_percent",
    "pace_percent",
    "earnings",
    "scenario_earnings",
    "delta",
];

impl Session {
    /// The team review, with the change a saved scenario makes when one is named.
    pub fn team_review(&self, scenario: Option<&str>) -> Result<TeamReview, Failure> {
        let after = scenario.map(|n| self.scenario_result(n)).transpose()?;
        Ok(plansight_view::team_review(
            &self.inputs,
            &self.calc,
            scenario.zip(after.as_ref()),
        ))
    }

    /// The plan's stored versions, oldest first.
    pub fn plan_versions(&self) -> Result<Vec<PlanVersionView>, Failure> {
        let current = self.ws().plan_version(None)?.version;
        let versions = self.ws().plan_versions()?;
        Ok(versions
            .into_iter()
            .map(|v| PlanVersionView {
                version: v.version as u32,
                name: Plan::parse(&v.file, &v.source)
                    .map(|p| p.name)
                    .unwrap_or_else(|_| v.file.clone()),
                effective: v.effective,
                in_effect: v.version == current,
            })
            .collect())
    }

    /// A stored plan version's rules, for the plan designer's form.
    pub fn plan_of_version(&self, version: u32) -> Result<PlanView, Failure> {
        Ok(plansight_view::view_of_plan(&self.version_plan(version)?))
    }

    fn version_plan(&self, version: u32) -> Result<Plan, Failure> {
        let v = self
            .ws()
            .plan_versions()?
            .into_iter()
            .find(|v| v.version == version as i64)
            .ok_or_else(|| Failure::not_found(format!("The workspace has no plan version {version}.")))?;
        Plan::parse(&v.file, &v.source).map_err(problems)
    }

    /// The whole team under a plan change: the rules of `version` (the plan in effect
    /// when none) with the simulator's measure and target incentive fields on top (deal
    /// tweaks are ignored here), against the plan in effect: the plan designer's preview.
    pub fn plan_preview(&mut self, sim: &Simulation, version: Option<u32>) -> Result<PlanPreview, Failure> {
        self.proposed(sim, version)?;
        let proposed = &self.preview.as_ref().expect("computed above").1;
        Ok(plansight_view::plan_preview(&self.inputs, &self.calc, proposed))
    }

    /// The sellers the plan change moves most, current against proposed, as SVG.
    pub fn plan_preview_chart(
        &mut self,
        sim: &Simulation,
        version: Option<u32>,
        theme: Theme,
        size: (u32, u32),
    ) -> Result<String, Failure> {
        self.proposed(sim, version)?;
        let proposed = &self.preview.as_ref().expect("computed above").1;
        let p = plansight_view::plan_preview(&self.inputs, &self.calc, proposed);
        let total = |id: &str, c: &Calculation| c.seller(id).map_or(Exact::default(), |s| s.total);
        let mut rows = p.rows;
        // The biggest changes either way, by size.
        rows.sort_by_key(|r| std::cmp::Reverse((total(&r.id, proposed) - total(&r.id, &self.calc)).cents().abs()));
        rows.truncate(CHART_SELLERS);
        let sellers: Vec<(&str, &str)> = rows.iter().map(|r| (r.id.as_str(), r.name.as_str())).collect();
        let title = format!(
            "Plan-year earnings: current and proposed ({} biggest changes)",
            rows.len()
        );
        self.earnings_bars(&title, ["Current plan", "Proposed plan"], &sellers, proposed)
            .svg(theme, size.0, size.1)
            .map_err(Failure::from)
    }

    /// Computes the team under the plan change into `self.preview`, once per change (the
    /// preview's table and its chart ask for the same one).
    fn proposed(&mut self, sim: &Simulation, version: Option<u32>) -> Result<(), Failure> {
        let plan_only = Simulation {
            seller: String::new(),
            deals: Vec::new(),
            ..sim.clone()
        };
        let key = format!("{version:?}\n{}", crate::scenario_toml("plan preview", &plan_only)?);
        if self.preview.as_ref().is_none_or(|(k, _)| *k != key) {
            let calc = self.compute_proposed(&plan_only, version)?;
            self.preview = Some((key, calc));
        }
        Ok(())
    }

    fn compute_proposed(&self, plan_only: &Simulation, version: Option<u32>) -> Result<Calculation, Failure> {
        let scenario = parsed("plan preview", plan_only)?;
        match version {
            // The plan in effect: the what-if reuses the current calculation's frame.
            None => Ok(
                plansight_engine::whatif(&self.inputs, &self.calc, &scenario, "plan preview")
                    .map_err(what_if)?
                    .result,
            ),
            Some(v) => {
                // A version's rules over this year's history: next year's plan is dated next
                // year, so it takes the plan year in effect to see the same deals.
                let mut rules = self.version_plan(v)?;
                (rules.start, rules.end) = (self.inputs.plan.start, self.inputs.plan.end);
                let (plan, _) = scenario
                    .apply_to("plan preview", &rules, std::iter::empty())
                    .map_err(problems)?;
                let inputs = Inputs {
                    plan,
                    lines: self.inputs.lines.clone(),
                    roster: self.inputs.roster.clone(),
                    as_of: self.inputs.as_of,
                };
                plansight_engine::calculate(&inputs).map_err(Failure::from)
            }
        }
    }

    /// Writes the review as `team-review.csv` and `team-review.xlsx` with its charts (the
    /// team's attainment; with a scenario, current against scenario earnings) as PNG and
    /// SVG into `dir`; returns the files written.
    pub fn export_review(&self, scenario: Option<&str>, dir: &Path) -> Result<Vec<PathBuf>, Failure> {
        let review = self.team_review(scenario)?;
        std::fs::create_dir_all(dir).map_err(|e| folder_failure(dir, "created", e))?;
        let rows: Vec<[String; 10]> = review
            .rows
            .iter()
            .map(|r| {
                let opt = |o: &Option<String>| o.clone().unwrap_or_default();
                [
                    r.rank.to_string(),
                    r.id.clone(),
                    r.name.clone(),
                    r.manager.clone(),
                    r.territory.clone(),
                    r.attainment_percent.clone(),
                    opt(&r.pace_percent),
                    r.earnings.clone(),
                    opt(&r.scenario_earnings),
                    opt(&r.delta),
                ]
            })
            .collect();
        let mut out = Vec::new();
        let csv_path = dir.join("team-review.csv");
        write_csv(&csv_path, &rows)
            .map_err(|e| folder_failure(&csv_path, "written", std::io::Error::other(e.to_string())))?;
        out.push(csv_path);
        let xlsx_path = dir.join("team-review.xlsx");
        write_xlsx(&xlsx_path, &review, &rows)
            .map_err(|e| folder_failure(&xlsx_path, "written", std::io::Error::other(e.to_string())))?;
        out.push(xlsx_path);

        save_chart(&self.team_chart(), dir, "team-attainment", &mut out)?;
        if let Some(name) = scenario {
            let after = self.scenario_result(name)?;
            let top: Vec<(&str, &str)> = review
                .rows
                .iter()
                .take(CHART_SELLERS)
                .map(|r| (r.id.as_str(), r.name.as_str()))
                .collect();
            let title = format!("Plan-year earnings: current and \"{name}\" (top {})", top.len());
            save_chart(
                &self.earnings_bars(&title, ["Current", name], &top, &after),
                dir,
                "team-scenario",
                &mut out,
            )?;
        }
        Ok(out)
    }

    /// Plan-year earnings of `sellers` (id, name), current against `after`.
    pub(crate) fn earnings_bars(
        &self,
        title: &str,
        series: [&str; 2],
        sellers: &[(&str, &str)],
        after: &Calculation,
    ) -> PayoutChart {
        let value = |id: &str, c: &Calculation| cents(c.seller(id).map_or(Exact::default(), |s| s.total));
        PayoutChart {
            title: title.to_string(),
            currency: self.inputs.plan.currency.clone(),
            series: series.iter().map(|s| s.to_string()).collect(),
            periods: sellers
                .iter()
                .map(|(id, name)| PeriodBars {
                    label: short_name(name),
                    values: vec![value(id, &self.calc), value(id, after)],
                })
                .collect(),
        }
    }
}

/// A label that fits under a bar: the first name and the surname's initial.
fn short_name(name: &str) -> String {
    let mut parts = name.split_whitespace();
    match (parts.next(), parts.last()) {
        (Some(first), Some(last)) => format!("{first} {}.", last.chars().next().unwrap_or(' ')),
        (Some(first), None) => first.chars().take(12).collect(),
        _ => String::new(),
    }
}

fn write_csv(path: &Path, rows: &[[String; 10]]) -> Result<(), Box<dyn std::error::Error>> {
    let mut w = csv::Writer::from_path(path)?;
    w.write_record(COLUMNS)?;
    for r in rows {
        w.write_record(r)?;
    }
    w.flush()?;
    Ok(())
}

/// The review as a workbook: figures as numbers (so the spreadsheet can sum them), ids
/// and names as text, and the scenario and date in a title row.
fn write_xlsx(path: &Path, review: &TeamReview, rows: &[[String; 10]]) -> Result<(), rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Team review")?;
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0.00");
    let plain = Format::new();
    let title = match &review.scenario {
        Some(s) => format!("Team review as of {} with scenario \"{s}\"", review.as_of),
        None => format!("Team review as of {}", review.as_of),
    };
    sheet.write_string_with_format(0, 0, &title, &bold)?;
    for (c, name) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(2, c as u16, *name, &bold)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = i as u32 + 3;
        for (c, cell) in r.iter().enumerate() {
            let c = c as u16;
            match (c, cell.parse::<f64>()) {
                // Figures go to the spreadsheet as numbers, as it stores every number; the
                // CSV beside it keeps the exact decimal text.
                (0 | 5..=9, Ok(n)) if !cell.is_empty() => {
                    sheet.write_number_with_format(row, c, n, if c >= 7 { &money } else { &plain })?
                }
                _ => sheet.write_string(row, c, cell)?,
            };
        }
    }
    sheet.autofit();
    book.save(path)
}
