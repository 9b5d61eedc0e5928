//! The charts of the app's screens, from the engine's figures: the payout curve (which
//! the engine computes point by point), cumulative credit against quota, payouts by
//! period (base against a scenario or saved scenarios), and the team's attainment.

use crate::{no_seller, Failure, Session};
use plansight_charts::{cents, Chart, CreditChart, Distribution, PayoutChart, PayoutCurve, Theme};
use plansight_engine::curve;
use plansight_plan::{ItemKind, Ratio, SellerResult};
use plansight_view::Simulation;
use std::path::{Path, PathBuf};

/// Which chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Payable per period (against the simulation, when it changes anything).
    Payouts,
    /// Earnings of the first measure against attainment.
    Curve,
    /// Cumulative credit through the year against the quota line.
    Credit,
    /// The team's attainment distribution.
    Team,
}

impl ChartKind {
    /// The UI's word for a chart.
    pub fn parse(word: &str) -> Option<ChartKind> {
        Some(match word {
            "payouts" => ChartKind::Payouts,
            "curve" => ChartKind::Curve,
            "credit" => ChartKind::Credit,
            "team" => ChartKind::Team,
            _ => return None,
        })
    }
}

/// Attainment in basis points (floor), for placing a point on a chart.
fn basis_points(r: Ratio) -> i64 {
    if r.den == 0 {
        0
    } else {
        i64::try_from(r.num * 10_000 / r.den).unwrap_or(i64::MAX / 2)
    }
}

fn is_empty(sim: &Simulation) -> bool {
    sim.deals.is_empty() && sim.measures.is_empty() && sim.target_incentive.is_none()
}

impl Session {
    /// A chart as SVG for the screen (`seller` is ignored by the team chart).
    pub fn chart(
        &mut self,
        kind: ChartKind,
        seller: &str,
        sim: Option<&Simulation>,
        theme: Theme,
        size: (u32, u32),
    ) -> Result<String, Failure> {
        let (w, h) = size;
        match kind {
            ChartKind::Payouts => self.payouts_chart(seller, sim)?.svg(theme, w, h),
            ChartKind::Curve => self.payout_curve(seller, sim)?.svg(theme, w, h),
            ChartKind::Credit => self.credit_chart(seller)?.svg(theme, w, h),
            ChartKind::Team => self.team_chart().svg(theme, w, h),
        }
        .map_err(Failure::from)
    }

    pub(crate) fn payouts_chart(&mut self, seller: &str, sim: Option<&Simulation>) -> Result<PayoutChart, Failure> {
        let currency = self.inputs.plan.currency.clone();
        let base = self.calc.seller(seller).ok_or_else(|| no_seller(seller))?.clone();
        match sim.filter(|s| !is_empty(s)) {
            Some(sim) => {
                let after = self.simulated_seller(sim)?;
                Ok(PayoutChart::compared(
                    "Payable by period: base and scenario",
                    &currency,
                    &base,
                    &[("Scenario", &after)],
                ))
            }
            None => Ok(PayoutChart::of_seller(
                "Earned and payable by payout period",
                &currency,
                &base,
            )),
        }
    }

    /// The saved scenarios' payable per period beside the base, for one seller.
    pub fn comparison_chart(
        &self,
        seller: &str,
        names: &[String],
        theme: Theme,
        size: (u32, u32),
    ) -> Result<String, Failure> {
        let base = self.calc.seller(seller).ok_or_else(|| no_seller(seller))?;
        let results = names
            .iter()
            .map(|n| self.scenario_result(n))
            .collect::<Result<Vec<_>, _>>()?;
        let empty = SellerResult {
            seller: seller.into(),
            total: Default::default(),
            measures: Vec::new(),
            items: Vec::new(),
            payouts: Vec::new(),
        };
        let pairs: Vec<(&str, &SellerResult)> = names
            .iter()
            .zip(&results)
            .map(|(n, r)| (n.as_str(), r.seller(seller).unwrap_or(&empty)))
            .collect();
        PayoutChart::compared(
            "Payable by period: base and saved scenarios",
            &self.inputs.plan.currency,
            base,
            &pairs,
        )
        .svg(theme, size.0, size.1)
        .map_err(Failure::from)
    }

    /// The first measure's earnings in one quota period against attainment, each point
    /// computed by the engine for a seller like this one with a single deal of that size,
    /// in the period of the seller's latest credited deal.
    pub fn payout_curve(&mut self, seller: &str, sim: Option<&Simulation>) -> Result<PayoutCurve, Failure> {
        let (plan, as_of) = (self.inputs.plan.clone(), self.inputs.as_of);
        let m = plan
            .measures
            .first()
            .ok_or_else(|| Failure::not_found("The plan has no measure to draw."))?
            .clone();
        let s = self.calc.seller(seller).ok_or_else(|| no_seller(seller))?;
        let item = s
            .items
            .iter()
            .rev()
            .find(|i| {
                i.kind == ItemKind::Measure
                    && i.measure.as_deref() == Some(m.id.as_str())
                    && i.deal.is_some()
                    && i.trace.quota.is_some()
            })
            .ok_or_else(|| {
                Failure::not_found(format!(
                    "{seller} has no deal credited to {} yet, so there is no position on its payout curve.",
                    m.name
                ))
            })?;
        let period = item.trace.period.unwrap_or(0) as usize;
        let quota = item.trace.quota.expect("filtered above");
        let deal = item.deal.as_deref().expect("filtered above");
        let deal = self
            .inputs
            .lines
            .iter()
            .find(|l| l.seller == seller && l.id == deal)
            .ok_or_else(|| no_seller(seller))?
            .clone();
        let figures = s
            .measures
            .first()
            .and_then(|f| f.periods.get(period))
            .ok_or_else(|| Failure::not_found("The seller has no figures for that period."))?;
        let position = (basis_points(figures.attainment()), cents(figures.earnings));
        let right = ((position.0 + 2_500) / 2_500 * 2_500).max(20_000);
        let steps: Vec<i64> = (0..=right / 500).map(|i| i * 500).collect();
        let me = self
            .inputs
            .roster
            .as_ref()
            .and_then(|r| r.iter().find(|x| x.id == seller))
            .cloned();
        let sample = |plan: &plansight_plan::Plan| -> Result<Vec<(i64, i64)>, Failure> {
            let of = curve::CurveOf {
                plan,
                measure: &m.id,
                deal: &deal,
                seller: me.as_ref(),
                quota,
                as_of,
            };
            Ok(curve::sample(&of, &steps)?
                .into_iter()
                .map(|(a, e)| (a, cents(e)))
                .collect())
        };
        let points = sample(&plan)?;
        let (mut scenario, mut scenario_points) = (None, Vec::new());
        if let Some(sim) = sim.filter(|s| !is_empty(s)) {
            let after = self.simulated_seller(sim)?;
            if let Some(f) = after.measures.first().and_then(|f| f.periods.get(period)) {
                scenario = Some((basis_points(f.attainment()), cents(f.earnings)));
            }
            if !sim.measures.is_empty() || sim.target_incentive.is_some() {
                // The plan's change alone: the deal tweaks name this seller's deals, not the curve's.
                let sc = crate::simulator::parsed(
                    "simulation",
                    &Simulation {
                        deals: Vec::new(),
                        ..sim.clone()
                    },
                )?;
                let (changed, _) = sc.apply_to("simulator", &self.inputs.plan, std::iter::empty())?;
                scenario_points = sample(&changed)?;
            }
        }
        let label = m.quota_period.label(period);
        Ok(PayoutCurve {
            title: format!("{}: earnings against attainment ({label})", m.name),
            currency: self.inputs.plan.currency.clone(),
            points,
            scenario_points,
            tiers: m
                .tiers
                .iter()
                .map(|t| (t.from.0, format!("{}%", plansight_plan::shown::rate_percent(t.rate))))
                .collect(),
            threshold: m.threshold.map(|t| t.0),
            cap: m.cap.map(|c| c.0),
            position: Some(position),
            scenario,
        })
    }

    /// Cumulative credit of the first measure through the plan year against its quota.
    pub fn credit_chart(&self, seller: &str) -> Result<CreditChart, Failure> {
        let plan = &self.inputs.plan;
        let m = plan
            .measures
            .first()
            .ok_or_else(|| Failure::not_found("The plan has no measure to draw."))?;
        let s = self.calc.seller(seller).ok_or_else(|| no_seller(seller))?;
        let day = |d: chrono::NaiveDate| (d - plan.start).num_days();
        let mut items: Vec<_> = s
            .items
            .iter()
            .filter(|i| i.kind == ItemKind::Measure && i.measure.as_deref() == Some(m.id.as_str()))
            .collect();
        items.sort_by_key(|i| i.date);
        let mut total: i128 = 0;
        let credit = items
            .iter()
            .map(|i| {
                total += i.trace.credit_after - i.trace.credit_before;
                (day(i.date), i64::try_from(total / 10_000).unwrap_or(i64::MAX / 2))
            })
            .collect();
        let figures = s.measures.first().map(|f| f.periods.as_slice()).unwrap_or(&[]);
        let mut quota = vec![(0, 0)];
        let mut sum: i64 = 0;
        for (i, f) in figures.iter().enumerate() {
            let end = plan.start + chrono::Months::new(m.quota_period.months() * (i as u32 + 1));
            sum += i64::try_from(f.quota.num / f.quota.den.max(1)).unwrap_or(0);
            quota.push((day(end).min(day(plan.end) + 1), sum));
        }
        let months = (0..12).map(|i| {
            let d = plan.start + chrono::Months::new(i);
            (day(d), d.format("%b").to_string())
        });
        Ok(CreditChart {
            title: format!("{}: cumulative credit against quota", m.name),
            currency: plan.currency.clone(),
            days: day(plan.end) + 1,
            credit,
            quota,
            months: months.collect(),
            today: Some(day(self.calc.as_of)),
        })
    }

    /// How many sellers reach each band of attainment (first measure, whole year).
    pub fn team_chart(&self) -> Distribution {
        let att: Vec<i64> = self
            .calc
            .sellers
            .iter()
            .map(|s| plansight_engine::progress::year_attainment(s).map_or(0, basis_points))
            .collect();
        Distribution::of_attainments(&format!("Team attainment: {} sellers", att.len()), &att)
    }

    /// Writes the chart pack of a seller and the team (light theme, PNG and SVG) into
    /// `dir`; returns the files written.
    pub fn export_charts(&mut self, seller: &str, dir: &Path) -> Result<Vec<PathBuf>, Failure> {
        std::fs::create_dir_all(dir).map_err(|e| folder_failure(dir, "created", e))?;
        let mut out = Vec::new();
        save_chart(
            &self.payouts_chart(seller, None)?,
            dir,
            &format!("{seller}-payouts"),
            &mut out,
        )?;
        if let Ok(curve) = self.payout_curve(seller, None) {
            save_chart(&curve, dir, &format!("{seller}-payout-curve"), &mut out)?;
        }
        save_chart(&self.credit_chart(seller)?, dir, &format!("{seller}-credit"), &mut out)?;
        save_chart(&self.team_chart(), dir, "team-attainment", &mut out)?;
        Ok(out)
    }
}

/// Writes `chart` as `name.png` and `name.svg` (light theme, 1200x600) into `dir`.
pub(crate) fn save_chart<C: Chart>(chart: &C, dir: &Path, name: &str, out: &mut Vec<PathBuf>) -> Result<(), Failure> {
    let (w, h) = (1200, 600);
    let png = dir.join(format!("{name}.png"));
    chart.png(Theme::Light, w, h, &png)?;
    out.push(png);
    let svg = dir.join(format!("{name}.svg"));
    std::fs::write(&svg, chart.svg(Theme::Light, w, h)?).map_err(|e| folder_failure(&svg, "written", e))?;
    out.push(svg);
    Ok(())
}

/// A file or folder of an export that the disk refused.
pub(crate) fn folder_failure(path: &Path, what: &str, e: std::io::Error) -> Failure {
    Failure::new(
        crate::FailureKind::Workspace,
        format!("{}: cannot be {what} ({e}).", path.display()),
    )
    .at(path.display().to_string())
    .fix("choose another folder, or free some space")
}
