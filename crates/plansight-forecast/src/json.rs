//! The JSON of `plansight forecast` and `plansight coach` (money as decimal strings,
//! probabilities and attainment as exact decimals).

use crate::backtest::Backtest;
use crate::coach::Coaching;
use crate::forecast::{Forecast, Spread};
use crate::model::PPM;
use plansight_plan::fixed::format_ratio;
use plansight_plan::Exact;
use serde_json::{json, Value};

/// A probability of `runs` out of `of` as a 4-digit decimal ("0.8125").
pub fn chance(runs: usize, of: usize) -> String {
    format_ratio(runs as i128, of.max(1) as i128, 4)
}

/// A share of runs as people read it: `81.3%`.
pub fn percent(runs: i128, of: i128) -> String {
    let r = plansight_plan::Ratio {
        num: runs,
        den: of.max(1),
    };
    format!("{}%", plansight_plan::shown::percent(r, 1))
}

/// Parts per million as a 4-digit decimal.
pub fn ppm(p: i64) -> String {
    format_ratio(p as i128, PPM as i128, 4)
}

/// Micro-units as money.
pub fn micros(m: i128) -> String {
    Exact::from_micros(m).money()
}

fn spread(s: &Spread) -> Value {
    json!({
        "expected": s.expected.money(),
        "p10": s.p10.money(),
        "p50": s.p50.money(),
        "p90": s.p90.money(),
    })
}

/// `plansight forecast --json`.
pub fn forecast(f: &Forecast) -> Value {
    json!({
        "runs": f.runs,
        "seed": f.seed,
        "as_of": f.as_of.to_string(),
        "currency": f.currency,
        "model": {
            "team_win_rate": chance(f.model.team.won as usize + 1, f.model.team.closed as usize + 2),
            "closed_lines": f.model.team.closed,
            "slip_observations": f.slip.days.len(),
        },
        "sellers": f.sellers.iter().map(|s| {
            let mut v = spread(&s.payout);
            v["seller"] = json!(s.seller);
            v["attainment"] = s.attainment.iter().map(|a| json!({
                "measure": a.measure,
                "period": a.period,
                "p10": a.p10.show(6),
                "p50": a.p50.show(6),
                "p90": a.p90.show(6),
            })).collect();
            v["reach"] = s.reach.iter().map(|r| json!({
                "what": r.what,
                "kind": r.kind,
                "measure": r.measure,
                "period": r.period,
                "probability": chance(r.runs, f.runs),
            })).collect();
            v["open"] = s.open.iter().map(|o| json!({
                "deal": o.deal,
                "probability": ppm(o.ppm),
                "source": o.source,
                "expected_close": o.expected.map(|d| d.to_string()),
                "credit": micros(o.credit),
            })).collect();
            v
        }).collect::<Vec<_>>(),
        "team": spread(&f.team),
    })
}

/// `plansight forecast --backtest DATE --json`.
pub fn backtest(b: &Backtest) -> Value {
    let (inside, n) = b.coverage();
    let mut v = forecast(&b.forecast);
    v["backtest"] = json!({
        "as_of": b.as_of.to_string(),
        "reopened_lines": b.reopened,
        "left_out_open_lines": b.left_out,
        "sellers": n,
        "inside_p10_p90": inside,
        "coverage": chance(inside, n),
        "mae_p50": b.mae().money(),
        "bias_p50": b.bias().money(),
        "mean_actual": b.mean_actual().money(),
        "per_seller": b.sellers.iter().map(|c| json!({
            "seller": c.seller,
            "actual": c.actual.money(),
            "p10": c.forecast.p10.money(),
            "p50": c.forecast.p50.money(),
            "p90": c.forecast.p90.money(),
            "inside": c.inside(),
        })).collect::<Vec<_>>(),
    });
    v
}

/// `plansight coach --json`.
pub fn coaching(c: &Coaching) -> Value {
    json!({
        "seller": c.seller,
        "runs": c.runs,
        "payout_now": c.payout_now.money(),
        "deals": c.deals.iter().map(|d| json!({
            "deal": d.deal,
            "probability": ppm(d.ppm),
            "credit": micros(d.credit),
            "expected_close": d.expected.map(|x| x.to_string()),
            "if_won": d.if_won.money(),
            "worth": d.worth.money(),
            "tiers": d.tiers.iter().map(|t| json!({
                "measure": t.measure, "period": t.period, "from": t.from, "to": t.to,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "paths": c.paths.iter().map(|p| json!({
            "measure": p.measure,
            "period": p.period,
            "mark": p.mark,
            "accelerator": p.accelerator,
            "needed": micros(p.needed),
            "deals": p.deals,
            "probability": ppm(p.ppm),
            "payout_now": p.payout_now.money(),
            "payout_with": p.payout_with.money(),
        })).collect::<Vec<_>>(),
        "for_the_plan_designer": c.timing.iter().map(|t| json!({
            "deal": t.deal,
            "expected_close": t.expected.to_string(),
            "next_period_starts": t.later.to_string(),
            "pays_more_by": t.gain.money(),
        })).collect::<Vec<_>>(),
    })
}
