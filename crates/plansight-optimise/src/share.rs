//! Pay for performance as a linear program. The share of the payout that goes to sellers
//! at quota is a ratio of two linear functions of the rates, `(a·r + α) / (c·r + β)`;
//! the Charnes–Cooper change of variables (`t = K / (c·r + β)`, `y = r·t`) makes its
//! maximum a linear program, whose rates are `y / t`.

use crate::linear::Linear;
use crate::objective::Score;
use crate::solve::{upper, Setting, UNIT};
use microlp::{ComparisonOp, OptimizationDirection, Problem};

/// The rates (10^-6) of the largest share within `budget` (currency units) and the
/// constraints, for the sellers at quota `winners`.
pub(crate) fn best_share(s: &Setting, lin: &Linear, winners: &[bool], budget: f64) -> Option<Vec<i64>> {
    let n = lin.vars.len();
    let unit = |v: i128| v as f64 / UNIT;
    let (mut a, mut c) = (vec![0.0; n], vec![0.0; n]);
    let (mut alpha, mut beta) = (0.0, 0.0);
    for (si, coef) in lin.coef.iter().enumerate() {
        let w = winners.get(si).copied().unwrap_or(false);
        for j in 0..n {
            c[j] += unit(coef[j]);
            if w {
                a[j] += unit(coef[j]);
            }
        }
        beta += unit(lin.base[si]);
        if w {
            alpha += unit(lin.base[si]);
        }
    }
    // The scale of the normalisation: the budget, so that t is near 1 at the optimum.
    let k = budget.max(1.0);
    let mut p = Problem::new(OptimizationDirection::Maximize);
    let y: Vec<_> = (0..n).map(|j| p.add_var(a[j], (0.0, f64::INFINITY))).collect();
    let t = p.add_var(alpha, (0.0, f64::INFINITY));
    let mut norm: Vec<_> = (0..n).map(|j| (y[j], c[j])).collect();
    norm.push((t, beta));
    p.add_constraint(norm, ComparisonOp::Eq, k);
    // c·r + β ≤ B  ⟺  K ≤ B·t
    p.add_constraint([(t, budget)], ComparisonOp::Ge, k);
    for j in 0..n {
        p.add_constraint(
            [(y[j], 1.0), (t, -upper(&s.inputs.plan, lin.vars[j]))],
            ComparisonOp::Le,
            0.0,
        );
        if j > 0 && lin.vars[j].0 == lin.vars[j - 1].0 {
            p.add_constraint([(y[j], 1.0), (y[j - 1], -1.0)], ComparisonOp::Ge, 0.0);
        }
    }
    if let Some((num, den)) = s.request.max_loss {
        let keep = 1.0 - num as f64 / den as f64;
        for ((coef, &base), &cur) in lin.coef.iter().zip(&lin.base).zip(&s.current) {
            if cur > 0 {
                let mut row: Vec<_> = (0..n).map(|j| (y[j], unit(coef[j]))).collect();
                row.push((t, -(keep * unit(cur) - unit(base) + 0.01)));
                p.add_constraint(row, ComparisonOp::Ge, 0.0);
            }
        }
    }
    let sol = crate::solve::solved(p)?;
    let tv = sol[t];
    if tv <= 0.0 {
        return None;
    }
    Some(y.iter().map(|&v| (sol[v] / tv * 1e6).round().max(0.0) as i64).collect())
}

/// The constraint "the share stays at least `score`": `(a − s·c)·r ≥ s·β − α`, for the
/// program that then spends the budget (with a hair of room for floating point).
pub(crate) fn floor(lin: &Linear, winners: &[bool], score: Score) -> Option<(Vec<f64>, f64)> {
    let Score::Share(num, den) = score else { return None };
    if den <= 0 {
        return None;
    }
    let share = num as f64 / den as f64 * (1.0 - 1e-7);
    let n = lin.vars.len();
    let unit = |v: i128| v as f64 / UNIT;
    let mut row = vec![0.0; n];
    let mut rhs = 0.0;
    for (si, coef) in lin.coef.iter().enumerate() {
        let w = if winners.get(si).copied().unwrap_or(false) {
            1.0
        } else {
            0.0
        };
        for j in 0..n {
            row[j] += (w - share) * unit(coef[j]);
        }
        rhs += (share - w) * unit(lin.base[si]);
    }
    Some((row, rhs - 1e-6))
}
