//! Levers: what the optimiser may move, named as `MEASURE_ID.tiers.rates`,
//! `MEASURE_ID.tiers.starts`, `MEASURE_ID.threshold`, `MEASURE_ID.cap`,
//! `MEASURE_ID.quota` or `target_incentive`, and how a plan is set on each.

use plansight_plan::{Cents, Plan, Point, Problem, Problems};

/// One lever.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lever {
    /// The tier rates of a measure: solved exactly by the linear program.
    Rates(usize),
    /// The tier starts of a measure (all above the first), scaled together.
    Starts(usize),
    /// A measure's threshold.
    Threshold(usize),
    /// A measure's attainment cap.
    Cap(usize),
    /// A measure's quotas (every period), scaled together.
    Quota(usize),
    /// The plan's target incentive.
    TargetIncentive,
}

impl Lever {
    /// Reads a lever of `plan`; a wrong name is a problem saying which names exist.
    pub fn parse(plan: &Plan, text: &str) -> Result<Lever, Problems> {
        let problem = |msg: String| -> Problems {
            let ids: Vec<&str> = plan.measures.iter().map(|m| m.id.as_str()).collect();
            Problem::file("--lever", msg)
                .hint(format!(
                    "write MEASURE.tiers.rates, MEASURE.tiers.starts, MEASURE.threshold, MEASURE.cap, MEASURE.quota \
                     or target_incentive, with a measure of the plan: {}",
                    ids.join(", ")
                ))
                .into()
        };
        if text == "target_incentive" {
            return Ok(Lever::TargetIncentive);
        }
        let Some((id, what)) = text.split_once('.') else {
            return Err(problem(format!("\"{text}\" is not a lever")));
        };
        let Some(mi) = plan.measure_index(id) else {
            return Err(problem(format!("\"{text}\": the plan has no measure \"{id}\"")));
        };
        let m = &plan.measures[mi];
        let lever = match what {
            "tiers.rates" => Lever::Rates(mi),
            "tiers.starts" if m.tiers.len() > 1 => Lever::Starts(mi),
            "tiers.starts" => {
                return Err(problem(format!(
                    "\"{text}\": measure {id} has one tier, which starts at 0"
                )))
            }
            "threshold" if m.threshold.is_some() => Lever::Threshold(mi),
            "cap" if m.cap.is_some() => Lever::Cap(mi),
            "threshold" | "cap" => {
                return Err(problem(format!(
                    "\"{text}\": measure {id} has no {what} to move (the optimiser moves rules the plan has)"
                )))
            }
            "quota" => Lever::Quota(mi),
            _ => return Err(problem(format!("\"{text}\" is not a lever"))),
        };
        Ok(lever)
    }

    /// The lever's name as the user writes it.
    pub fn name(self, plan: &Plan) -> String {
        let id = |mi: usize| plan.measures[mi].id.clone();
        match self {
            Lever::Rates(mi) => format!("{}.tiers.rates", id(mi)),
            Lever::Starts(mi) => format!("{}.tiers.starts", id(mi)),
            Lever::Threshold(mi) => format!("{}.threshold", id(mi)),
            Lever::Cap(mi) => format!("{}.cap", id(mi)),
            Lever::Quota(mi) => format!("{}.quota", id(mi)),
            Lever::TargetIncentive => "target_incentive".into(),
        }
    }
}

/// Factors a boundary lever is tried at, around its current value.
pub const STEPS: [(i64, i64); 7] = [(7, 10), (8, 10), (9, 10), (1, 1), (11, 10), (12, 10), (13, 10)];

fn scale(v: i64, (n, d): (i64, i64)) -> i64 {
    (v as i128 * n as i128 / d as i128) as i64
}

/// `plan` with a boundary lever scaled by `factor` (a ratio), or `None` when that breaks
/// a rule of the plan (tiers out of order) or the accelerator would start below 100%.
pub fn scaled(plan: &Plan, lever: Lever, factor: (i64, i64)) -> Option<Plan> {
    let mut p = plan.clone();
    match lever {
        Lever::Rates(_) => return Some(p),
        Lever::Starts(mi) => {
            for t in p.measures[mi].tiers.iter_mut().skip(1) {
                t.from = Point(scale(t.from.0, factor));
            }
        }
        Lever::Threshold(mi) => {
            let m = &mut p.measures[mi];
            m.threshold = m.threshold.map(|t| Point(scale(t.0, factor)));
        }
        Lever::Cap(mi) => {
            let m = &mut p.measures[mi];
            m.cap = m.cap.map(|c| Point(scale(c.0, factor)));
        }
        Lever::Quota(mi) => {
            for q in p.measures[mi].quotas.iter_mut() {
                *q = Cents(scale(q.0, factor));
            }
        }
        Lever::TargetIncentive => p.target_incentive = Cents(scale(p.target_incentive.0, factor)),
    }
    (p.check().is_empty() && accelerator_holds(plan, &p)).then_some(p)
}

/// The constraint "the accelerator starts at or above 100%": a measure whose top tier
/// starts at 100% or more in the current plan keeps it there.
pub fn accelerator_holds(current: &Plan, proposed: &Plan) -> bool {
    current.measures.iter().zip(&proposed.measures).all(|(c, p)| {
        let top = |m: &plansight_plan::Measure| m.tiers.last().map_or(Point(0), |t| t.from);
        m_ok(top(c), top(p), c.tiers.len())
    })
}

fn m_ok(current: Point, proposed: Point, tiers: usize) -> bool {
    tiers < 2 || current < Point(10_000) || proposed >= Point(10_000)
}
