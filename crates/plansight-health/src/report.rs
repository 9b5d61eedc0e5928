//! The report as the CLI writes it (`plansight health --json`) and its summary.

use crate::finding::{Edit, Finding, Severity};
use plansight_plan::Exact;
use serde_json::{json, Value};

/// Counts of a report: what the header badge and the CLI's last line show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Findings that will pay wrongly.
    pub errors: usize,
    /// Findings that are probably wrong.
    pub warnings: usize,
    /// Findings for a plan designer.
    pub infos: usize,
    /// The money at stake of the errors, each counted by its size (overpaid and
    /// underpaid alike), exact.
    pub errors_at_stake: Exact,
    /// Findings whose money at stake was not computed (past the pricing budget).
    pub unpriced: usize,
}

impl Summary {
    /// The summary of these findings.
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            if !f.priced {
                s.unpriced += 1;
            }
            match f.severity {
                Severity::Error => {
                    s.errors += 1;
                    s.errors_at_stake = s.errors_at_stake + Exact(f.at_stake.0.abs());
                }
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }
}

/// One line edit in JSON: the line and the fields that change.
fn edit_json(e: &Edit) -> Value {
    let Some(a) = &e.after else {
        return json!({"deal": e.before.id, "seller": e.before.seller, "remove": true});
    };
    let b = &e.before;
    let mut changes = serde_json::Map::new();
    let mut put = |k: &str, from: Value, to: Value| {
        if from != to {
            changes.insert(k.to_string(), json!({"from": from, "to": to}));
        }
    };
    put("seller", json!(b.seller), json!(a.seller));
    put("product", json!(b.product), json!(a.product));
    put("account", json!(b.account), json!(a.account));
    put(
        "close_date",
        json!(b.close_date.map(|d| d.to_string())),
        json!(a.close_date.map(|d| d.to_string())),
    );
    put(
        "amount",
        json!(Exact::from_cents(b.amount).money()),
        json!(Exact::from_cents(a.amount).money()),
    );
    put(
        "split",
        json!(plansight_plan::fixed::format_scaled(b.split.0 as i128, 4)),
        json!(plansight_plan::fixed::format_scaled(a.split.0 as i128, 4)),
    );
    put("hold", json!(b.hold), json!(a.hold));
    json!({"deal": b.id, "seller": b.seller, "change": changes})
}

/// A finding in the CLI's JSON contract.
pub fn finding_json(f: &Finding) -> Value {
    json!({
        "id": f.id,
        "kind": f.kind.as_str(),
        "severity": f.severity.as_str(),
        "deals": f.deals(),
        "sellers": f.sellers(),
        "message": f.message,
        // Null only for a finding left unpriced (see `priced`).
        "at_stake": if f.priced { Value::String(f.at_stake.money()) } else { Value::Null },
        "fix": f.fix.as_ref().map(|x| json!({
            "description": x.description,
            "edits": x.edits.iter().map(edit_json).collect::<Vec<_>>(),
        })),
    })
}

/// The report in the CLI's JSON contract: `{"findings": [...]}`, with a summary.
pub fn report_json<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Value {
    let findings: Vec<&Finding> = findings.into_iter().collect();
    let s = Summary::of(findings.iter().copied());
    json!({
        "findings": findings.iter().map(|f| finding_json(f)).collect::<Vec<_>>(),
        "summary": {"errors": s.errors, "warnings": s.warnings, "info": s.infos, "errors_at_stake": s.errors_at_stake.money(), "unpriced": s.unpriced},
    })
}
