//! Health: the findings of the data-health checks, grouped by kind, with the lines each
//! concerns, the money at stake and the fix; and what a fix would change, per seller.

use crate::DealRow;
use plansight_health::{Checker, Finding, Kind, Summary};
use serde::Serialize;
use ts_rs::TS;

/// The kinds whose lines may be held.
const HOLDABLE: [Kind; 5] = [
    Kind::DuplicateDeal,
    Kind::AmountOutlier,
    Kind::ZeroAmountWon,
    Kind::NegativeWon,
    Kind::SplitNotWhole,
];

/// Findings shown per kind; the rest are counted (the CLI lists them all).
const SHOWN: usize = 100;

/// Lines shown under a finding; the rest are counted.
const LINES_SHOWN: usize = 12;

/// The Health screen (and the header's badge).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HealthView {
    /// Findings that will pay wrongly.
    pub errors: i32,
    /// Findings that are probably wrong.
    pub warnings: i32,
    /// Findings for a plan designer.
    pub infos: i32,
    /// The money at stake of the errors (each by its size), an exact decimal.
    pub errors_at_stake: String,
    /// The plan's currency.
    pub currency: String,
    /// The findings, by kind, most serious first.
    pub groups: Vec<FindingGroup>,
}

/// The header's badge: how many findings will pay wrongly, and the money they move.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HealthSummary {
    /// Findings that will pay wrongly.
    pub errors: i32,
    /// The money at stake of the errors (each by its size), an exact decimal.
    pub errors_at_stake: String,
    /// The plan's currency.
    pub currency: String,
}

/// The badge of these findings.
pub fn health_summary(checker: &Checker, currency: &str) -> HealthSummary {
    let s = Summary::of(checker.findings());
    HealthSummary {
        errors: s.errors as i32,
        errors_at_stake: s.errors_at_stake.money(),
        currency: currency.into(),
    }
}

/// The findings of one kind.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FindingGroup {
    /// The kind (`duplicate_deal`, ...).
    pub kind: String,
    /// A heading ("Duplicate deals").
    pub title: String,
    /// Its findings (the first [`SHOWN`] of them).
    pub findings: Vec<FindingView>,
    /// Findings of this kind beyond those shown.
    pub more: i32,
}

/// One finding as the screen shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FindingView {
    /// The stable id (`plansight health --fix ID` names it).
    pub id: String,
    /// `error`, `warning` or `info`.
    pub severity: String,
    /// What, where, why it matters and what to do.
    pub message: String,
    /// How much the payouts change if the fix is applied, an exact decimal (empty when it
    /// was not computed: thousands of findings on one seller; *Preview fix* computes it).
    pub at_stake: String,
    /// The sellers concerned.
    pub sellers: Vec<String>,
    /// The first lines concerned, as the deals table shows them.
    pub lines: Vec<DealRow>,
    /// Lines concerned beyond those shown.
    pub more_lines: i32,
    /// What the fix does (empty: no automatic fix).
    pub fix: String,
    /// Whether its lines can be held (credited lines that are not held yet).
    pub can_hold: bool,
}

/// What applying a fix would change, seller by seller (the engine's figures).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FixPreview {
    /// The finding.
    pub id: String,
    /// What the fix (or, without one, holding the lines) does.
    pub description: String,
    /// Each seller whose payout the change touches.
    pub sellers: Vec<PayoutChange>,
}

/// One seller's total payout before and after a change.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PayoutChange {
    /// The seller.
    pub seller: String,
    /// Total before, an exact decimal.
    pub before: String,
    /// Total after.
    pub after: String,
    /// After minus before.
    pub change: String,
}

/// The Health screen of these findings; `row` shapes a concerned line (with what it earns).
pub fn health_view(
    checker: &Checker,
    currency: &str,
    row: impl Fn(&plansight_plan::CreditLine) -> DealRow,
) -> HealthView {
    let findings = checker.findings();
    let s = Summary::of(findings.iter().copied());
    let mut groups: Vec<FindingGroup> = Vec::new();
    for kind in Kind::ALL {
        let of: Vec<&&Finding> = findings.iter().filter(|f| f.kind == kind).collect();
        if of.is_empty() {
            continue;
        }
        groups.push(FindingGroup {
            kind: kind.as_str().into(),
            title: kind.title().into(),
            findings: of.iter().take(SHOWN).map(|f| finding_view(checker, f, &row)).collect(),
            more: of.len().saturating_sub(SHOWN) as i32,
        });
    }
    // Groups with errors first, in catalogue order otherwise.
    groups.sort_by_key(|g| g.findings.iter().map(|f| severity_rank(&f.severity)).min());
    HealthView {
        errors: s.errors as i32,
        warnings: s.warnings as i32,
        infos: s.infos as i32,
        errors_at_stake: s.errors_at_stake.money(),
        currency: currency.into(),
        groups,
    }
}

fn severity_rank(s: &str) -> u8 {
    match s {
        "error" => 0,
        "warning" => 1,
        _ => 2,
    }
}

fn finding_view(c: &Checker, f: &Finding, row: &impl Fn(&plansight_plan::CreditLine) -> DealRow) -> FindingView {
    let lines: Vec<&plansight_plan::CreditLine> = f.lines.iter().filter_map(|k| c.line(k)).collect();
    FindingView {
        id: f.id.clone(),
        severity: f.severity.as_str().into(),
        message: f.message.clone(),
        at_stake: if f.priced { f.at_stake.money() } else { String::new() },
        sellers: f.sellers(),
        lines: lines.iter().take(LINES_SHOWN).map(|l| row(l)).collect(),
        more_lines: lines.len().saturating_sub(LINES_SHOWN) as i32,
        fix: f.fix.as_ref().map(|x| x.description.clone()).unwrap_or_default(),
        // Holding is for lines a person must check before they pay: not for a spelling
        // or a stranger (their fix is the answer), nor for lines that pay nothing anyway.
        can_hold: HOLDABLE.contains(&f.kind) && lines.iter().any(|l| l.stage.is_credited() && l.hold.is_none()),
    }
}
