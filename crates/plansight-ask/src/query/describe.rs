//! A query in plain words, shown above every answer ("Earnings in Q4, all measures, for
//! Jordan Rossi"), and as the choices of an ask-back.

use super::{Figure, LeverKind, Mark, Op, Pipeline, Query, Who};
use plansight_plan::shown::money_text;
use plansight_plan::Inputs;

/// The query in plain words.
pub fn describe(inputs: &Inputs, q: &Query) -> String {
    let plan = &inputs.plan;
    let measure_name = |id: &str| {
        plan.measures
            .iter()
            .find(|m| m.id == id)
            .map_or(id.to_string(), |m| m.name.clone())
    };
    let figure = describe_figure(q);
    let mut text = match q.op {
        Op::Value => capital(&figure),
        Op::List => format!("The deals behind {figure}"),
        Op::Top | Op::Bottom => {
            let things = if q.who.is_team() { "sellers" } else { "deals" };
            // Under a what-if, sellers are ranked by the change it makes.
            let which = match (q.op == Op::Top, q.scenario.is_none()) {
                (true, true) => "highest",
                (false, true) => "lowest",
                (true, false) => "largest rise in",
                (false, false) => "largest fall in",
            };
            match q.n {
                Some(1) => format!("The {} with the {which} {figure}", &things[..things.len() - 1]),
                Some(n) => format!("The {n} {things} with the {which} {figure}"),
                None => format!("The {things} with the {which} {figure}"),
            }
        }
        Op::BestPeriod => format!("The period with the highest {figure}"),
        Op::WorstPeriod => format!("The period with the lowest {figure}"),
        Op::Compare => format!("{} compared", capital(&figure)),
        // (with no deal or account named: a period's or a measure's pay)
        Op::Explain if q.scope.deal.is_none() && q.scope.account.is_none() => "Why the pay is what it is".into(),
        Op::Explain => format!(
            "Why {} pays what it pays",
            q.scope.deal.as_deref().unwrap_or("the deal")
        ),
        Op::Rank => format!("Rank in the team by {figure}"),
    };
    let s = &q.scope;
    match (&s.period, &s.versus) {
        (Some(p), Some(v)) => text.push_str(&format!(", {p} against {v}")),
        (Some(p), None) if p == "FY" => text.push_str(", the full plan year"),
        (Some(p), None) => text.push_str(&format!(" in {p}")),
        // Sums run over the year to date; a rate, a pace or a distance is as of today.
        _ if !matches!(q.op, Op::BestPeriod | Op::WorstPeriod | Op::Explain)
            && !matches!(
                q.figure,
                Figure::Rate
                    | Figure::Pace
                    | Figure::Distance
                    | Figure::DrawBalance
                    | Figure::Attainment
                    | Figure::Quota
            ) =>
        {
            text.push_str(", year to date")
        }
        _ => {}
    }
    if q.op != Op::Explain {
        match &s.measure {
            Some(m) => text.push_str(&format!(", {}", measure_name(m))),
            None if matches!(
                q.figure,
                Figure::Earnings | Figure::Credit | Figure::Attainment | Figure::Quota
            ) =>
            {
                text.push_str(", all measures")
            }
            None => {}
        }
    }
    for (what, value) in [("product", &s.product), ("type", &s.deal_type), ("account", &s.account)] {
        if let Some(v) = value {
            text.push_str(&format!(", {what} {v}"));
        }
    }
    if let (Some(d), false) = (&s.deal, q.op == Op::Explain) {
        text.push_str(&format!(", deal {d}"));
    }
    if let Some(st) = &s.stage {
        text.push_str(&format!(", {st} deals"));
    }
    text.push_str(&match &q.who {
        Who::Nobody => String::new(),
        Who::Seller(id) => format!(", for {}", crate::query::vocabulary::seller_name(inputs, id)),
        Who::Team => ", for the team".into(),
        Who::TeamOf(m) => format!(", for {m}'s team"),
    });
    let w = &q.scenario;
    let cur = &plan.currency;
    if let Some(d) = &w.new_deal {
        let kind = [d.deal_type.as_deref(), d.product.as_deref()]
            .into_iter()
            .flatten()
            .map(|k| format!("{k} "))
            .collect::<String>();
        let on = d.close_date.as_deref().map(|c| format!(" on {c}")).unwrap_or_default();
        text.push_str(&match d.count {
            Some(n) => format!(
                ", if {n} {kind}deals of {} each were won{on}",
                money_text(&d.amount, cur)
            ),
            None => format!(", if a {kind}deal of {} were won{on}", money_text(&d.amount, cur)),
        });
    }
    if let Some(m) = &w.move_deal {
        text.push_str(&format!(", if {} closed on {}", m.deal, m.close_date));
    }
    if let Some(a) = &w.deal_amount_to {
        text.push_str(&format!(", if {} were {}", a.deal, money_text(&a.amount, cur)));
    }
    match w.pipeline {
        Some(Pipeline::All) => text.push_str(", if every open deal were won"),
        Some(Pipeline::Weighted) => text.push_str(", if the open deals were won, each weighted by its win probability"),
        None => {}
    }
    if let Some(l) = &w.lever {
        let of = l
            .measure
            .as_deref()
            .map(|m| format!(" of {}", measure_name(m)))
            .unwrap_or_default();
        let pct = || percent_words(&l.value);
        text.push_str(&match l.kind {
            LeverKind::Quota => format!(", if the quota{of} were {}", money_text(&l.value, cur)),
            LeverKind::Rate => format!(", if tier {}{of} paid {}", l.tier.unwrap_or(1), pct()),
            LeverKind::TierStart => format!(", if tier {}{of} started at {}", l.tier.unwrap_or(1), pct()),
            LeverKind::Threshold => format!(", if the threshold{of} were {}", pct()),
            LeverKind::Cap => format!(", if the attainment cap{of} were {}", pct()),
            LeverKind::PayoutCap => format!(", if the payout cap were {}", money_text(&l.value, cur)),
            LeverKind::TargetIncentive => format!(", if the target incentive were {}", money_text(&l.value, cur)),
        });
    }
    if !w.saved.is_empty() {
        text.push_str(&format!(", under the saved scenarios {}", w.saved.join(", ")));
    }
    text
}

/// The figure in words ("earnings", "credit still needed to reach the accelerator").
pub fn describe_figure(q: &Query) -> String {
    match q.figure {
        Figure::Earnings => "earnings",
        Figure::Payable => "payable",
        Figure::Credit => "credit",
        Figure::Quota => "quota",
        Figure::Attainment => "attainment",
        Figure::Rate => "current commission rate",
        Figure::DrawAdvanced => "draw advanced",
        Figure::DrawRecovered => "draw recovered",
        Figure::DrawBalance => "draw balance",
        Figure::Bonus => "bonuses",
        Figure::Clawback => "clawbacks",
        Figure::DealCount => "number of deals",
        Figure::DealAmount => "deal amount",
        Figure::Pace => "pace",
        Figure::Cost => "cost",
        Figure::Distance => {
            return format!(
                "credit still needed to reach {}",
                match q.mark.unwrap_or(Mark::NextTier) {
                    Mark::NextTier => "the next tier",
                    Mark::Threshold => "the threshold",
                    Mark::Accelerator => "the accelerator",
                    Mark::Cap => "the attainment cap",
                }
            )
        }
    }
    .to_string()
}

/// A fraction text ("0.5") as a percentage in words ("50%").
pub(crate) fn percent_words(fraction: &str) -> String {
    match plansight_plan::fixed::parse_scaled(fraction, 6) {
        Ok(micros) => format!("{}%", crate::phrases::fraction_text(micros as i128, 10_000)),
        Err(_) => fraction.to_string(),
    }
}

/// The text with its first letter in upper case.
pub(crate) fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().collect::<String>() + c.as_str())
}
