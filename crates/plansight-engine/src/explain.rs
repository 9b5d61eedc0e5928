//! Explanations in plain words (spec section 7), written only from the engine's own
//! trace of each item: nothing here computes a figure of its own.

use plansight_plan::shown;
use plansight_plan::{BonusPay, BonusRule, Exact, Item, ItemKind, MeasureKind, Plan, SellerResult, TierMode};
use plansight_plan::{Point, Rate};

fn pct(rate: Rate) -> String {
    format!("{}%", shown::rate_percent(rate))
}

fn point(p: Point) -> String {
    format!("{}%", shown::point_percent(p))
}

fn money(plan: &Plan, e: Exact) -> String {
    shown::money(e, &plan.currency)
}

/// Explains one item of a seller's result.
pub fn explain_item(plan: &Plan, item: &Item) -> String {
    let deal = item.deal.as_deref().unwrap_or("-");
    let amount = money(plan, item.amount);
    match item.kind {
        ItemKind::Measure => {
            let m = item
                .measure
                .as_deref()
                .and_then(|id| plan.measure_index(id))
                .map(|i| &plan.measures[i]);
            let Some(m) = m else {
                return format!("{amount} from deal {deal}");
            };
            let t = &item.trace;
            let period = t.period.map(|p| m.quota_period.label(p as usize)).unwrap_or_default();
            let credit = Exact::from_micros(t.credit_after - t.credit_before);
            let quota = t
                .quota
                .map(|q| shown::money_text(&q.money(), &plan.currency))
                .unwrap_or_default();
            let a0 = t.attainment_before().map(pct_ratio).unwrap_or_default();
            let a1 = t.attainment_after().map(pct_ratio).unwrap_or_default();
            let tier = &m.tiers[t.tier_after as usize];
            let mut s = format!(
                "Deal {deal} closed on {} and credited {} to {} in {period} (quota {quota}). Attainment went from {a0} to {a1}.",
                item.date, money(plan, credit), m.name
            );
            if let Some(threshold) = m.threshold.filter(|_| !t.threshold_after) {
                s += &format!(
                    " Attainment is still below the {} threshold, so nothing is paid yet.",
                    point(threshold)
                );
            } else if let Some(threshold) = m.threshold.filter(|_| !t.threshold_before) {
                s += &format!(
                    " This deal crossed the {} threshold, releasing everything earned from zero.",
                    point(threshold)
                );
            }
            let base = match m.kind {
                MeasureKind::Commission => "of credit".to_string(),
                MeasureKind::Incentive => "of target incentive per 100% of attainment".to_string(),
            };
            if t.tier_before != t.tier_after {
                let from = &m.tiers[t.tier_before as usize];
                s += &format!(
                    " It moved from tier {} ({} {base}) into tier {} (from {} attainment, {} {base}).",
                    t.tier_before + 1,
                    pct(from.rate),
                    t.tier_after + 1,
                    point(tier.from),
                    pct(tier.rate)
                );
            } else {
                s += &format!(
                    " It falls in tier {} (from {} attainment, {} {base}).",
                    t.tier_after + 1,
                    point(tier.from),
                    pct(tier.rate)
                );
            }
            if m.tier_mode == TierMode::Retroactive {
                s +=
                    " Tiers are retroactive: all credit of the period is paid at the rate of the highest tier reached.";
            }
            if let Some(c) = m.cap {
                if t.attainment_after()
                    .is_some_and(|a| a.num * 10_000 >= c.0 as i128 * a.den)
                {
                    s += &format!(" Attainment is capped at {}: credit beyond it earns nothing.", point(c));
                }
            }
            s + &format!(
                " Earned {amount}. Rule: measure {} (plan line {}, tier on line {}).",
                m.id, m.line, m.tier_lines[t.tier_after as usize]
            )
        }
        ItemKind::Bonus => {
            let b = item
                .bonus
                .as_deref()
                .and_then(|id| plan.bonuses.iter().find(|b| b.id == id));
            let Some(b) = b else {
                return format!("{amount} bonus on deal {deal}");
            };
            match &b.rule {
                BonusRule::Deal { pay, .. } => {
                    let how = match pay {
                        BonusPay::Amount(a) => format!("{} per qualifying deal, times this seller's split", money(plan, Exact::from_cents(*a))),
                        BonusPay::Percent(p) => format!("{} of the credited amount", pct(*p)),
                    };
                    format!("Deal {deal} closed on {} qualifies for the {} ({how}). Earned {amount}. Rule: bonus {} (plan line {}).", item.date, named(&b.name, "bonus"), b.id, b.line)
                }
                BonusRule::Milestone { measure, attainment, .. } => format!(
                    "Deal {deal} closed on {} took {} attainment to {} or more in its quota period, which pays the {} once. Earned {amount}. Rule: bonus {} (plan line {}).",
                    item.date, plan.measures[*measure].name, point(*attainment), named(&b.name, "milestone"), b.id, b.line
                ),
            }
        }
        ItemKind::Clawback => {
            let days = plan.clawback.map_or(0, |c| c.days);
            let what = item.measure.as_deref().or(item.bonus.as_deref()).unwrap_or_default();
            let orig = item
                .trace
                .original_date
                .map(|d| format!(" earned on {d}"))
                .unwrap_or_default();
            format!("Deal {deal} was cancelled on {} within the {days}-day clawback window, so the {what} amount{orig} is given back: {amount}.", item.date)
        }
        ItemKind::CapAdjustment => {
            let cap = plan
                .payout_cap
                .map(|c| money(plan, Exact::from_cents(c)))
                .unwrap_or_default();
            format!(
                "Earnings for the plan are capped at {cap}; this adjusts the item of deal {deal} on {} by {amount}.",
                item.date
            )
        }
    }
}

/// "Club bonus" stays as is; "Club" becomes "Club milestone".
fn named(name: &str, noun: &str) -> String {
    let lower = name.to_lowercase();
    if lower.ends_with(noun) || lower.ends_with("bonus") {
        name.to_string()
    } else {
        format!("{name} {noun}")
    }
}

fn pct_ratio(r: plansight_plan::Ratio) -> String {
    format!("{}%", shown::percent(r, 2))
}

/// Explains a seller's result: every item, or those of one deal.
pub fn explain_seller(plan: &Plan, seller: &SellerResult, deal: Option<&str>) -> String {
    let mut out = format!("Seller {}: total {}\n", seller.seller, money(plan, seller.total));
    for m in &seller.measures {
        for p in &m.periods {
            out += &format!(
                "  {} {}: credit {} of quota {} ({}% attainment), earnings {}\n",
                m.measure,
                p.period,
                Exact::from_micros(p.credit).money(),
                p.quota.money(),
                plansight_plan::Ratio {
                    num: p.attainment().num * 100,
                    den: p.attainment().den
                }
                .show(2),
                p.earnings.money()
            );
        }
    }
    let items: Vec<&Item> = seller
        .items
        .iter()
        .filter(|i| deal.is_none_or(|d| i.deal.as_deref() == Some(d)))
        .collect();
    if items.is_empty() {
        if let Some(d) = deal {
            out += &format!("No item for deal {d}: it is not credited to this seller (check its stage, close date and the seller's active dates).\n");
        }
    }
    for i in items {
        out += &format!(
            "- {} {} {}: {}\n",
            i.date,
            i.kind.as_str(),
            i.amount.money(),
            explain_item(plan, i)
        );
    }
    out
}
