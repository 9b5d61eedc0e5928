//! The search: boundary levers tried one after the other around their values, and for
//! each candidate the rates solved exactly as a linear program (microlp); every plan is
//! then scored on exact payouts, and the naive answer (every moving rate scaled by one
//! factor) stands beside it.

use crate::lever::{self, Lever};
use crate::linear::{at_target, books, linear, totals, Linear, RateVar};
use crate::objective::{at_quota, score, Objective, Score};
use microlp::{ComparisonOp, OptimizationDirection, Problem};
use plansight_forecast::Book;
use plansight_plan::{Inputs, Plan, Rate};

/// 10^24: exact amounts per currency unit.
pub(crate) const UNIT: f64 = 1e24;

/// Rounds of the budget's correction while searching the boundaries, and for the plan kept.
const SEARCH_ROUNDS: usize = 2;
const REFINE_ROUNDS: usize = 6;

/// What to solve.
#[derive(Debug, Clone)]
pub struct Request {
    /// The levers that may move.
    pub levers: Vec<Lever>,
    /// The most the plan may cost (exact, 10^-24).
    pub budget: i128,
    /// What the plan should do best.
    pub objective: Objective,
    /// No seller may lose more than this share (num/den) of their current payout.
    pub max_loss: Option<(i128, i128)>,
}

/// A plan with its exact payouts.
#[derive(Debug, Clone)]
pub struct Evaluated {
    /// The plan.
    pub plan: Plan,
    /// Each seller's payout (exact), in the members' order.
    pub totals: Vec<i128>,
    /// Their sum.
    pub cost: i128,
    /// The objective's value.
    pub score: Score,
}

/// The answer.
#[derive(Debug, Clone)]
pub struct Solution {
    /// The current plan on the same data.
    pub current: Evaluated,
    /// The plan proposed.
    pub proposed: Evaluated,
    /// Every moving rate scaled by one factor to meet the budget, when that is possible.
    pub naive: Option<(Evaluated, (i64, i64))>,
    /// Whether the proposal is the naive answer (the search found nothing better).
    pub proposed_is_naive: bool,
    /// Sellers, in the order of the totals.
    pub sellers: Vec<String>,
}

/// Why there is no solution.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SolveError {
    /// No plan the levers allow meets the budget and the constraints.
    #[error(
        "no plan the levers allow meets the budget and the constraints: the cheapest costs {cheapest}, the dearest {dearest}"
    )]
    Infeasible {
        /// The cheapest cost the levers allow (money).
        cheapest: String,
        /// The dearest.
        dearest: String,
    },
}

/// The data: the inputs over the whole year, and the current plan's payouts.
pub struct Setting<'a> {
    /// The inputs (their plan is the current plan).
    pub inputs: &'a Inputs,
    /// The request.
    pub request: &'a Request,
    /// The current plan's exact payouts.
    pub current: Vec<i128>,
    /// Who is at quota on the primary measure (pay for performance). Credit moves with no
    /// lever and the quotas are today's, so this is the same for every candidate.
    pub winners: Vec<bool>,
    /// The current plan's payout at 100% (lowest-cost keeps paying it).
    pub at100: Option<i128>,
}

impl Setting<'_> {
    fn evaluate(&self, plan: &Plan, books: &[Book]) -> Evaluated {
        self.scored(plan, totals(books))
    }

    fn scored(&self, plan: &Plan, t: Vec<i128>) -> Evaluated {
        Evaluated {
            plan: plan.clone(),
            cost: t.iter().sum(),
            score: score(self.request.objective, &t, &self.current, &self.winners),
            totals: t,
        }
    }

    /// Whether a plan keeps the budget and the constraints (exactly).
    pub fn admissible(&self, e: &Evaluated) -> bool {
        let r = self.request;
        let loss_ok = r.max_loss.is_none_or(|(n, d)| {
            e.totals
                .iter()
                .zip(&self.current)
                .all(|(t, c)| *c <= 0 || crate::wide(*t, d, 1) >= crate::wide(*c, d - n, 1))
        });
        let target_ok = self.at100.is_none_or(|need| pay_at_target(&e.plan, &[]) >= need);
        // Moving rates do not fall from one tier to the next.
        let rising = r.levers.iter().all(|l| match l {
            Lever::Rates(mi) => e.plan.measures[*mi].tiers.windows(2).all(|w| w[0].rate <= w[1].rate),
            _ => true,
        });
        e.cost <= r.budget && loss_ok && target_ok && rising && lever::accelerator_holds(&self.inputs.plan, &e.plan)
    }
}

/// The payout at 100% of a plan (measure earnings), exact.
fn pay_at_target(plan: &Plan, vars: &[RateVar]) -> i128 {
    at_target(plan, vars).iter().map(|(_, base, _)| base).sum()
}

/// The rate variables of the levers.
fn rate_vars(plan: &Plan, levers: &[Lever]) -> Vec<RateVar> {
    levers
        .iter()
        .filter_map(|l| match l {
            Lever::Rates(mi) => Some(*mi),
            _ => None,
        })
        .flat_map(|mi| (0..plan.measures[mi].tiers.len()).map(move |ti| (mi, ti)))
        .collect()
}

/// Upper bound of a rate: three times the measure's highest rate (or 1.0 with none).
pub(crate) fn upper(plan: &Plan, (mi, _): RateVar) -> f64 {
    let top = plan.measures[mi].tiers.iter().map(|t| t.rate.0).max().unwrap_or(0);
    if top == 0 {
        1.0
    } else {
        3.0 * top as f64 / 1e6
    }
}

/// `plan` with the variables set to `rates` (10^-6).
fn with_rates(plan: &Plan, vars: &[RateVar], rates: &[i64]) -> Plan {
    let mut p = plan.clone();
    for (&(mi, ti), &r) in vars.iter().zip(rates) {
        p.measures[mi].tiers[ti].rate = Rate(r);
    }
    p
}

/// Sets `plan`'s rates of the moving measures on the books, in place.
fn set_rates(books: &mut [Book], plan: &Plan, vars: &[RateVar]) {
    let measures: std::collections::BTreeSet<usize> = vars.iter().map(|v| v.0).collect();
    for b in books.iter_mut() {
        for &mi in &measures {
            let rates: Vec<i64> = plan.measures[mi].tiers.iter().map(|t| t.rate.0).collect();
            b.set_rates(mi, &rates);
        }
    }
}

/// What the linear program optimises, or `None` for "minimise/maximise cost".
enum Goal {
    Objective,
    Cost(OptimizationDirection),
}

/// Solves a program; a failure or a panic of the solver (it asserts finite values on
/// badly scaled rows) is "no solution", never a crash.
pub(crate) fn solved(p: Problem) -> Option<microlp::Solution> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| p.solve().ok()))
        .ok()
        .flatten()
}

/// Solves the rates for fixed boundaries; `budget` (currency units) may be tightened by
/// the caller after rounding. Rates come back in 10^-6 (rounded to the plan's 6 places).
/// One linear program over the rates: its goal and the rows beyond the plan's own.
struct Program {
    /// The most the plan may cost (currency units), if bounded.
    budget: Option<f64>,
    goal: Goal,
    /// For lowest-cost: the payout at 100% (base, coefficients) that must be kept.
    at100: Option<(i128, Vec<i128>)>,
    /// A row that must stay at or above a value (the share kept while spending).
    floor: Option<(Vec<f64>, f64)>,
}

impl Program {
    /// The cheapest or dearest plan, with no budget.
    fn cost(direction: OptimizationDirection) -> Program {
        Program {
            budget: None,
            goal: Goal::Cost(direction),
            at100: None,
            floor: None,
        }
    }
}

fn solve_lp(s: &Setting, lin: &Linear, winners: &[bool], program: Program) -> Option<Vec<i64>> {
    let Program {
        budget,
        goal,
        at100,
        floor,
    } = program;
    let r = s.request;
    let n = lin.vars.len();
    let unit = |v: i128| v as f64 / UNIT;
    let direction = match goal {
        Goal::Cost(d) => d,
        Goal::Objective => match r.objective {
            Objective::PayForPerformance(_) => OptimizationDirection::Maximize,
            _ => OptimizationDirection::Minimize,
        },
    };
    let mut p = Problem::new(direction);
    let mut obj = vec![0.0; n];
    match (&goal, r.objective) {
        (Goal::Cost(_), _) | (Goal::Objective, Objective::LowestCost) => {
            for c in &lin.coef {
                for j in 0..n {
                    obj[j] += unit(c[j]);
                }
            }
        }
        (Goal::Objective, Objective::PayForPerformance(_)) => {
            for (c, w) in lin.coef.iter().zip(winners) {
                if *w {
                    for j in 0..n {
                        obj[j] += unit(c[j]);
                    }
                }
            }
        }
        (Goal::Objective, Objective::LeastChange) => {}
    }
    let vars: Vec<_> = (0..n)
        .map(|j| p.add_var(obj[j], (0.0, upper(&s.inputs.plan, lin.vars[j]))))
        .collect();
    // Rates do not fall from one tier to the next.
    for j in 1..n {
        if lin.vars[j].0 == lin.vars[j - 1].0 {
            p.add_constraint([(vars[j], 1.0), (vars[j - 1], -1.0)], ComparisonOp::Ge, 0.0);
        }
    }
    let row = |c: &Vec<i128>| -> Vec<(microlp::Variable, f64)> { (0..n).map(|j| (vars[j], unit(c[j]))).collect() };
    if let Some(b) = budget {
        let mut total = vec![0.0; n];
        for c in &lin.coef {
            for j in 0..n {
                total[j] += unit(c[j]);
            }
        }
        let base: f64 = lin.base.iter().map(|&b| unit(b)).sum();
        p.add_constraint(
            (0..n).map(|j| (vars[j], total[j])).collect::<Vec<_>>(),
            ComparisonOp::Le,
            b - base,
        );
    }
    if let Some((num, den)) = r.max_loss {
        let keep = 1.0 - num as f64 / den as f64;
        for ((c, &base), &cur) in lin.coef.iter().zip(&lin.base).zip(&s.current) {
            if cur > 0 {
                // A cent of room for the rounding of the rates.
                p.add_constraint(row(c), ComparisonOp::Ge, keep * unit(cur) - unit(base) + 0.01);
            }
        }
    }
    if let Some((base, coef)) = &at100 {
        p.add_constraint(
            row(coef),
            ComparisonOp::Ge,
            unit(s.at100.unwrap_or_default() - base) + 0.01,
        );
    }
    if matches!((&goal, r.objective), (Goal::Objective, Objective::LeastChange)) {
        let t = p.add_var(1.0, (0.0, f64::INFINITY));
        for ((c, &base), &cur) in lin.coef.iter().zip(&lin.base).zip(&s.current) {
            let mut up = row(c);
            up.push((t, -1.0));
            p.add_constraint(up, ComparisonOp::Le, unit(cur) - unit(base));
            let mut down = row(c);
            down.push((t, 1.0));
            p.add_constraint(down, ComparisonOp::Ge, unit(cur) - unit(base));
        }
    }
    if let Some((row, rhs)) = floor {
        p.add_constraint(
            (0..n).map(|j| (vars[j], row[j])).collect::<Vec<_>>(),
            ComparisonOp::Ge,
            rhs,
        );
    }
    let solution = solved(p)?;
    Some(
        vars.iter()
            .map(|&v| (solution[v] * 1e6).round().max(0.0) as i64)
            .collect(),
    )
}

/// The best plan for fixed boundaries (`plan`): the linear program's rates, rounded and
/// scored exactly; tightened until the exact cost keeps the budget.
fn best_rates(s: &Setting, plan: &Plan, vars: &[RateVar], rounds: usize) -> Option<Evaluated> {
    let mut compiled = books(plan, s.inputs);
    if vars.is_empty() {
        let e = s.evaluate(plan, &compiled);
        return s.admissible(&e).then_some(e);
    }
    let lin = linear(plan, &mut compiled, vars);
    // Who is at quota is judged on today's quotas: a lower quota must not buy a better share.
    let winners = &s.winners;
    let at100 = matches!(s.request.objective, Objective::LowestCost).then(|| {
        let probes = at_target(plan, vars);
        let base: i128 = probes.iter().map(|p| p.1).sum();
        let coef: Vec<i128> = (0..vars.len()).map(|j| probes.iter().map(|p| p.2[j]).sum()).collect();
        (base, coef)
    });
    let mut budget = s.request.budget as f64 / UNIT;
    // The model leaves the payout cap out, so its cost runs high for capped sellers (and
    // rounding moves it a little): the program's budget is moved by what the exact cost
    // missed, a few times, keeping the best plan that truly keeps the budget.
    let mut kept: Option<Evaluated> = None;
    for _ in 0..rounds {
        let candidates: Vec<Vec<i64>> = match s.request.objective {
            // The share is a ratio: its best is found by the Charnes–Cooper program; a
            // second program then spends what the budget allows keeping that share.
            Objective::PayForPerformance(_) => {
                let Some(best) = crate::share::best_share(s, &lin, winners, budget) else {
                    break;
                };
                let rates = with_rates(plan, vars, &best);
                set_rates(&mut compiled, &rates, vars);
                let e = s.evaluate(&rates, &compiled);
                let floor = crate::share::floor(&lin, winners, e.score);
                let spend = solve_lp(
                    s,
                    &lin,
                    winners,
                    Program {
                        budget: Some(budget),
                        goal: Goal::Objective,
                        at100: None,
                        floor,
                    },
                );
                std::iter::once(best).chain(spend).collect()
            }
            _ => solve_lp(
                s,
                &lin,
                winners,
                Program {
                    budget: Some(budget),
                    goal: Goal::Objective,
                    at100: at100.clone(),
                    floor: None,
                },
            )
            .into_iter()
            .collect(),
        };
        if candidates.is_empty() {
            break;
        }
        let mut best: Option<Evaluated> = None;
        let mut over = 0i128;
        for rates in candidates {
            let proposed = with_rates(plan, vars, &rates);
            set_rates(&mut compiled, &proposed, vars);
            let e = s.evaluate(&proposed, &compiled);
            if !s.admissible(&e) {
                over = over.max(e.cost - s.request.budget);
                continue;
            }
            keep_better(&mut best, e);
        }
        let Some(b) = best else {
            // Over the budget: ask for a little less.
            budget -= over.max(0) as f64 / UNIT + 0.01 * (1 + s.current.len()) as f64;
            continue;
        };
        let under = (s.request.budget - b.cost) as f64 / UNIT;
        keep_better(&mut kept, b);
        // Within a cent per seller of the budget: nothing left to spend.
        if under <= 0.01 * (1 + s.current.len()) as f64 {
            break;
        }
        budget += under;
    }
    kept
}

/// Keeps `e` in `best` when it does better, or as well (within the solver's rounding) and
/// spends more of what the budget allows.
fn keep_better(best: &mut Option<Evaluated>, e: Evaluated) {
    let better = best.as_ref().is_none_or(|b| {
        if e.score.close(b.score) {
            e.cost > b.cost
        } else {
            e.score.beats(b.score)
        }
    });
    if better {
        *best = Some(e);
    }
}

/// Solves the request over `inputs` (whose plan is the current plan, over the year).
pub fn solve(inputs: &Inputs, request: &Request) -> Result<Solution, SolveError> {
    let plan = &inputs.plan;
    let current_books = books(plan, inputs);
    let current = totals(&current_books);
    let s = Setting {
        inputs,
        request,
        current: current.clone(),
        winners: match request.objective {
            Objective::PayForPerformance(mi) => at_quota(plan, &current_books, mi),
            _ => Vec::new(),
        },
        at100: matches!(request.objective, Objective::LowestCost).then(|| pay_at_target(plan, &[])),
    };
    let current_eval = s.scored(plan, current);
    let vars = rate_vars(plan, &request.levers);
    // The search scores candidates with two rounds of the budget's correction; the plan
    // it keeps is then refined with more.
    let mut best: Option<Evaluated> = best_rates(&s, plan, &vars, SEARCH_ROUNDS);
    // Boundary levers, one after the other, each tried around its value with the others
    // at their best so far.
    for &l in request.levers.iter().filter(|l| !matches!(l, Lever::Rates(_))) {
        let around = best.as_ref().map_or(plan.clone(), |b| b.plan.clone());
        for factor in lever::STEPS {
            if factor == (1, 1) {
                continue;
            }
            let Some(candidate) = lever::scaled(&around, l, factor) else {
                continue;
            };
            if let Some(e) = best_rates(&s, &candidate, &vars, SEARCH_ROUNDS) {
                if best.as_ref().is_none_or(|b| e.score.beats(b.score)) {
                    best = Some(e);
                }
            }
        }
    }
    if let Some(refined) = best
        .as_ref()
        .and_then(|b| best_rates(&s, &b.plan, &vars, REFINE_ROUNDS))
    {
        keep_better(&mut best, refined);
    }
    let naive = naive(&s, &current_books, &vars);
    let (proposed, proposed_is_naive) = match (best, &naive) {
        (Some(b), Some((n, _))) if n.score.beats(b.score) => (n.clone(), true),
        (Some(b), _) => (b, false),
        (None, Some((n, _))) => (n.clone(), true),
        (None, None) => return Err(bounds(&s, &current_books, &vars)),
    };
    Ok(Solution {
        current: current_eval,
        proposed,
        naive,
        proposed_is_naive,
        sellers: inputs.members().into_iter().map(|m| m.id).collect(),
    })
}

/// Every moving rate times one factor `k` (in millionths), the largest that keeps the
/// budget, if that plan keeps the constraints: `k` from the linear model (cost is
/// `base + k · moving`), then lowered by exact evaluation until the budget holds.
fn naive(s: &Setting, compiled: &[Book], vars: &[RateVar]) -> Option<(Evaluated, (i64, i64))> {
    if vars.is_empty() {
        return None;
    }
    let plan = &s.inputs.plan;
    let mut books = compiled.to_vec();
    let lin = linear(plan, &mut books, vars);
    let cur: Vec<i64> = vars
        .iter()
        .map(|&(mi, ti)| plan.measures[mi].tiers[ti].rate.0)
        .collect();
    let base: i128 = lin.base.iter().fold(0i128, |a, b| a.saturating_add(*b));
    // (saturating: a degenerate plan's coefficients may be near i128's edge, and a model
    // that large only says no budget is near)
    let moving: i128 = lin
        .coef
        .iter()
        .map(|c| {
            c.iter()
                .zip(&cur)
                .map(|(a, &r)| a.saturating_mul(r as i128) / 1_000_000)
                .fold(0i128, i128::saturating_add)
        })
        .fold(0i128, i128::saturating_add);
    if moving <= 0 || base > s.request.budget {
        return None;
    }
    let mut k = (((s.request.budget - base) as f64 / moving as f64) * 1e6).floor() as i64;
    k = k.clamp(0, 3_000_000);
    for _ in 0..8 {
        let rates: Vec<i64> = cur
            .iter()
            .map(|&r| (r as i128 * k as i128 / 1_000_000) as i64)
            .collect();
        let p = with_rates(plan, vars, &rates);
        set_rates(&mut books, &p, vars);
        let e = s.evaluate(&p, &books);
        if e.cost <= s.request.budget {
            return s.admissible(&e).then_some((e, (k, 1_000_000)));
        }
        // The cap or the rounding of rates: lower k by the share of the overshoot.
        let over = (e.cost - s.request.budget) as f64 / moving as f64 * 1e6;
        k -= over.ceil() as i64 + 1;
        if k < 0 {
            return None;
        }
    }
    None
}

/// The cheapest and dearest plans the rate levers allow (the boundaries as they are), for
/// the message of an infeasible budget.
fn bounds(s: &Setting, compiled: &[Book], vars: &[RateVar]) -> SolveError {
    let plan = &s.inputs.plan;
    let mut books = compiled.to_vec();
    let mut cost_at = |rates: Option<Vec<i64>>| -> i128 {
        if let Some(r) = rates {
            let p = with_rates(plan, vars, &r);
            set_rates(&mut books, &p, vars);
        }
        totals(&books).iter().sum()
    };
    let mut probe = compiled.to_vec();
    let lin = (!vars.is_empty()).then(|| linear(plan, &mut probe, vars));
    let (cheap, dear) = match &lin {
        Some(lin) => (
            cost_at(solve_lp(s, lin, &[], Program::cost(OptimizationDirection::Minimize))),
            cost_at(solve_lp(s, lin, &[], Program::cost(OptimizationDirection::Maximize))),
        ),
        None => {
            let c = cost_at(None);
            (c, c)
        }
    };
    let money = |c: i128| plansight_plan::shown::money(plansight_plan::Exact(c), &plan.currency);
    SolveError::Infeasible {
        cheapest: money(cheap),
        dearest: money(dear),
    }
}
