//! The proposed plan as a complete `plan.toml`: the current plan's own file with the
//! moved values written in, so its comments, order and every other rule stay as they were.

use plansight_plan::fixed::{format_scaled, MONEY_DIGITS, POINT_DIGITS, RATE_DIGITS};
use plansight_plan::Plan;
use toml_edit::{value, Array, DocumentMut, InlineTable, Item};

/// `source` (the current plan's TOML) with `proposed`'s tiers, thresholds, caps, quotas
/// and target incentive. The result parses to `proposed`.
pub fn write(source: &str, proposed: &Plan) -> Result<String, String> {
    let mut doc: DocumentMut = source
        .parse()
        .map_err(|e| format!("the current plan does not parse: {e}"))?;
    let money = |c: i64| format_scaled(c as i128, MONEY_DIGITS);
    let point = |p: i64| format_scaled(p as i128, POINT_DIGITS);
    doc["target_incentive"] = value(money(proposed.target_incentive.0));
    let Some(tables) = doc.get_mut("measure").and_then(Item::as_array_of_tables_mut) else {
        return Err("the current plan has no [[measure]]".into());
    };
    for t in tables.iter_mut() {
        let Some(m) = t
            .get("id")
            .and_then(|i| i.as_str())
            .and_then(|id| proposed.measures.iter().find(|m| m.id == id))
        else {
            continue;
        };
        let mut tiers = Array::new();
        for tier in &m.tiers {
            let mut it = InlineTable::new();
            it.insert("from", point(tier.from.0).into());
            it.insert("rate", format_scaled(tier.rate.0 as i128, RATE_DIGITS).into());
            tiers.push(it);
        }
        t["tiers"] = value(tiers);
        if let Some(th) = m.threshold {
            t["threshold"] = value(point(th.0));
        }
        if let Some(c) = m.cap {
            t["cap"] = value(point(c.0));
        }
        let same = m.quotas.windows(2).all(|w| w[0] == w[1]);
        if same && t.contains_key("quota") {
            t["quota"] = value(money(m.quotas[0].0));
        } else {
            t.remove("quota");
            let mut qs = Array::new();
            for q in &m.quotas {
                qs.push(money(q.0));
            }
            t["quotas"] = value(qs);
        }
    }
    Ok(doc.to_string())
}
