//! The answer to a question about the data's health, from the checks' findings: each
//! finding's kind, severity and words, and the money it moves (the engine's figure).

use crate::query::vocabulary::seller_name;
use crate::{Answer, Context};
use plansight_health::{Finding, Severity};
use plansight_plan::shown;

/// Findings quoted in full; more are counted.
const SHOWN: usize = 4;

pub(crate) fn health(
    ctx: &Context,
    out: &mut Answer,
    findings: Option<&[&Finding]>,
    seller: &str,
    deal: Option<&str>,
    kind: Option<&str>,
) -> Result<String, String> {
    let Some(findings) = findings else {
        return Err(
            "The data-health checks are not available here: open the Health screen, or run plansight health.".into(),
        );
    };
    let cur = &ctx.inputs.plan.currency;
    let name = seller_name(ctx.inputs, seller);
    let about: Vec<&Finding> = match deal {
        Some(d) => findings
            .iter()
            .copied()
            .filter(|f| f.lines.iter().any(|l| l.deal == d))
            .collect(),
        None => findings
            .iter()
            .copied()
            .filter(|f| f.sellers().iter().any(|s| s == seller))
            .filter(|f| kind.is_none_or(|k| f.kind.as_str() == k))
            .collect(),
    };
    if about.is_empty() {
        let what = kind
            .and_then(plansight_health::Kind::parse)
            .map_or("a problem".to_string(), |k| k.title().to_lowercase());
        return Ok(match deal {
            Some(d) => format!("Deal {d} is not flagged: no data-health check finds anything wrong with it."),
            None => format!("No data-health check finds {what} in {name}'s deals."),
        });
    }
    let mut parts = Vec::new();
    for (i, f) in about.iter().take(SHOWN).enumerate() {
        let key = format!("at_stake_{}", i + 1);
        if f.priced {
            out.figures.insert(key, f.at_stake.money());
        }
        let stake = if f.priced {
            shown::money(f.at_stake, cur)
        } else {
            "not yet computed".into()
        };
        parts.push(format!(
            "{} ({}, {stake} at stake): {}",
            f.kind.title(),
            f.severity.as_str(),
            f.message
        ));
    }
    let errors = about.iter().filter(|f| f.severity == Severity::Error).count();
    let head = match deal {
        Some(d) => format!("Deal {d} is flagged by {} data-health finding(s).", about.len()),
        None => format!(
            "{} data-health finding(s) concern {name}'s deals, {errors} of them error(s) that change a payout.",
            about.len()
        ),
    };
    let more = if about.len() > SHOWN {
        format!(" And {} more on the Health screen.", about.len() - SHOWN)
    } else {
        String::new()
    };
    Ok(format!(
        "{head} {}{more} Fixes are applied, or lines held, on the Health screen; undo takes them back.",
        parts.join(" ")
    ))
}
