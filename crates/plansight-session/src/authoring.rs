//! A plan authored from nothing in the plan designer: the form's draft written as plan
//! TOML, checked by the plan's own parser (the same checks as a plan file), previewed on
//! the workspace's deals, and saved as a new, effective-dated plan version.

use crate::designer::{effective_date, within_year};
use crate::statements::safe_stem;
use crate::workspaces::Current;
use crate::{Failure, Session};
use plansight_plan::{Inputs, Plan};
use plansight_view::{DraftCheck, DraftProblem, PlanDraft, PlanPreview};
use rust_decimal::Decimal;
use std::fmt::Write;
use std::str::FromStr;

/// A draft to start from: one commission measure with one tier, quarterly payouts, in
/// the calendar year of `year`; every field is the user's to change.
pub fn starter(year: i32) -> PlanDraft {
    PlanDraft {
        id: "my-plan".into(),
        name: "My plan".into(),
        currency: "USD".into(),
        start: format!("{year}-01-01"),
        end: format!("{year}-12-31"),
        payout_period: "quarterly".into(),
        target_incentive: "50000.00".into(),
        measures: vec![plansight_view::MeasureDraft {
            id: "bookings".into(),
            name: "Bookings".into(),
            kind: "commission".into(),
            tier_mode: "marginal".into(),
            quota_period: "annual".into(),
            quota: "1000000.00".into(),
            weight_percent: String::new(),
            deal_types: String::new(),
            threshold_percent: String::new(),
            cap_percent: String::new(),
            tiers: vec![plansight_view::TierDraft {
                from_percent: "0".into(),
                rate_percent: "5".into(),
            }],
        }],
        bonuses: Vec::new(),
        payout_cap: String::new(),
        draw: String::new(),
        draw_recoverable: true,
        clawback_days: String::new(),
    }
}

/// The calendar year of today (UTC), for the starter's plan year.
pub fn this_year() -> i32 {
    use chrono::Datelike;
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|e| e.checked_add_days(chrono::Days::new(days)))
        .map_or(2026, |d| d.year())
}

/// The draft in the plan language, or the fields that cannot be written (a number that
/// is not one, a date that is not one).
pub fn write_toml(d: &PlanDraft) -> Result<String, Vec<DraftProblem>> {
    let mut w = Writer::default();
    let id = if d.id.trim().is_empty() {
        slug(&d.name)
    } else {
        d.id.trim().to_string()
    };
    w.line("schema = 1");
    w.text("id", &id);
    w.text("name", &d.name);
    w.text("currency", &d.currency.trim().to_uppercase());
    w.date("plan start", "start", &d.start);
    w.date("plan end", "end", &d.end);
    w.text("payout_period", &d.payout_period);
    w.money("target incentive", "target_incentive", &d.target_incentive);
    for (i, m) in d.measures.iter().enumerate() {
        let at = |f: &str| format!("measure {}, {f}", i + 1);
        w.line("\n[[measure]]");
        w.text("id", m.id.trim());
        w.text("name", &m.name);
        w.text("kind", &m.kind);
        w.text("tier_mode", &m.tier_mode);
        w.text("quota_period", &m.quota_period);
        w.money(&at("quota"), "quota", &m.quota);
        if !m.weight_percent.trim().is_empty() {
            w.share(&at("weight"), "weight", &m.weight_percent);
        }
        w.list("deal_types", &m.deal_types);
        if !m.threshold_percent.trim().is_empty() {
            w.share(&at("threshold"), "threshold", &m.threshold_percent);
        }
        if !m.cap_percent.trim().is_empty() {
            w.share(&at("cap"), "cap", &m.cap_percent);
        }
        w.line("tiers = [");
        for (k, t) in m.tiers.iter().enumerate() {
            let from = w.share_text(&at(&format!("tier {}, from", k + 1)), &t.from_percent);
            let rate = w.share_text(&at(&format!("tier {}, rate", k + 1)), &t.rate_percent);
            w.line(&format!("  {{ from = \"{from}\", rate = \"{rate}\" }},"));
        }
        w.line("]");
    }
    for (i, b) in d.bonuses.iter().enumerate() {
        let at = |f: &str| format!("bonus {}, {f}", i + 1);
        w.line("\n[[bonus]]");
        w.text("id", b.id.trim());
        w.text("name", &b.name);
        w.text("kind", &b.kind);
        if b.kind == "milestone" {
            w.text("measure", b.measure.trim());
            w.share(&at("attainment"), "attainment", &b.attainment_percent);
        } else {
            w.list("deal_types", &b.deal_types);
            if !b.min_term_months.trim().is_empty() {
                w.whole(&at("shortest term"), "min_term_months", &b.min_term_months);
            }
        }
        w.money(&at("amount"), "amount", &b.amount);
    }
    if !d.payout_cap.trim().is_empty() {
        w.line("\n[payout]");
        w.money("payout cap", "cap", &d.payout_cap);
    }
    if !d.draw.trim().is_empty() {
        w.line("\n[draw]");
        w.money("draw", "amount", &d.draw);
        w.line(&format!("recoverable = {}", d.draw_recoverable));
    }
    if !d.clawback_days.trim().is_empty() {
        w.line("\n[clawback]");
        w.whole("clawback days", "days", &d.clawback_days);
    }
    if w.problems.is_empty() {
        Ok(w.out)
    } else {
        Err(w.problems)
    }
}

/// The draft checked as a plan file is: its TOML and every problem.
pub fn check(d: &PlanDraft) -> (String, Result<Plan, Vec<DraftProblem>>) {
    match write_toml(d) {
        Err(problems) => (String::new(), Err(problems)),
        Ok(toml) => {
            let parsed = Plan::parse("the drafted plan", &toml).map_err(|p| {
                p.0.iter()
                    .map(|p| DraftProblem {
                        field: p.key.clone().unwrap_or_else(|| "plan".into()),
                        message: match &p.hint {
                            Some(h) => format!("{} ({h})", p.message),
                            None => p.message.clone(),
                        },
                    })
                    .collect()
            });
            (toml, parsed)
        }
    }
}

impl Session {
    /// The live check of a draft, with what it would pay this workspace's team.
    pub fn check_draft(&self, d: &PlanDraft) -> Result<DraftCheck, Failure> {
        let (toml, parsed) = check(d);
        Ok(match parsed {
            Ok(plan) => DraftCheck {
                toml,
                problems: Vec::new(),
                preview: Some(self.draft_preview(plan)?),
            },
            Err(problems) => DraftCheck {
                toml,
                problems,
                preview: None,
            },
        })
    }

    fn draft_preview(&self, plan: Plan) -> Result<PlanPreview, Failure> {
        let inputs = Inputs {
            plan,
            lines: self.inputs.lines.clone(),
            roster: self.inputs.roster.clone(),
            as_of: self.inputs.as_of,
        };
        let proposed = plansight_engine::calculate(&inputs)?;
        Ok(plansight_view::plan_preview(&self.inputs, &self.calc, &proposed))
    }
}

impl Current {
    /// The live check of a draft: with the team's preview when a workspace with a plan
    /// is open, else the plan's own checks alone.
    pub fn check_draft(&self, d: &PlanDraft) -> Result<DraftCheck, Failure> {
        match self {
            Current::Ready(s) => s.check_draft(d),
            _ => {
                let (toml, parsed) = check(d);
                Ok(DraftCheck {
                    toml,
                    problems: parsed.err().unwrap_or_default(),
                    preview: None,
                })
            }
        }
    }

    /// Saves a draft without problems as a new plan version in effect from `effective`
    /// (`YYYY-MM-DD`; the plan's start when empty): the workspace's first plan, or the
    /// next version (undoable, in the history).
    pub fn save_draft(&mut self, d: &PlanDraft, effective: &str) -> Result<String, Failure> {
        let effective = effective_date(effective)?;
        let (toml, parsed) = check(d);
        let plan = parsed.map_err(|problems| {
            let first = &problems[0];
            Failure::input(format!(
                "The plan has {} to fix first: {}: {}",
                match problems.len() {
                    1 => "a problem".to_string(),
                    n => format!("{n} problems"),
                },
                first.field,
                first.message
            ))
            .at(first.field.clone())
        })?;
        within_year(effective, &plan)?;
        self.add_plan(&format!("{}.toml", safe_stem(&plan.id)), &toml, None, effective)
    }
}

/// An id from a name: lower-case letters and digits joined by `-`.
fn slug(name: &str) -> String {
    let s: String = name
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        "plan".into()
    } else {
        s
    }
}

/// The TOML being written, and the fields that could not be.
#[derive(Default)]
struct Writer {
    out: String,
    problems: Vec<DraftProblem>,
}

impl Writer {
    fn line(&mut self, l: &str) {
        let _ = writeln!(self.out, "{l}");
    }

    fn problem(&mut self, field: &str, message: String) {
        self.problems.push(DraftProblem {
            field: field.into(),
            message,
        });
    }

    fn text(&mut self, key: &str, value: &str) {
        self.line(&format!("{key} = {}", quoted(value)));
    }

    fn list(&mut self, key: &str, values: &str) {
        let items: Vec<String> = values
            .split(',')
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(quoted)
            .collect();
        if !items.is_empty() {
            self.line(&format!("{key} = [{}]", items.join(", ")));
        }
    }

    fn date(&mut self, field: &str, key: &str, value: &str) {
        match chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d") {
            Ok(d) => self.line(&format!("{key} = {d}")),
            Err(_) => self.problem(field, format!("\"{value}\" is not a date; write it as YYYY-MM-DD")),
        }
    }

    /// A decimal as typed: a point for decimals, commas only between groups of three
    /// digits ("1,200,000.50"); "5,5" is refused rather than read as 55.
    fn decimal(&mut self, field: &str, value: &str) -> Option<Decimal> {
        let plain = value.trim();
        let (whole, _) = plain.split_once('.').unwrap_or((plain, ""));
        let grouped = !whole.contains(',')
            || whole.trim_start_matches('-').split(',').enumerate().all(|(i, g)| {
                g.chars().all(|c| c.is_ascii_digit())
                    && if i == 0 {
                        (1..=3).contains(&g.len())
                    } else {
                        g.len() == 3
                    }
            });
        if !grouped {
            self.problem(
                field,
                format!(
                    "\"{value}\" is not a number: write decimals with a point (5.5), commas only between thousands"
                ),
            );
            return None;
        }
        match Decimal::from_str(&plain.replace(',', "")) {
            Ok(d) => Some(d),
            Err(_) => {
                self.problem(field, format!("\"{value}\" is not a number"));
                None
            }
        }
    }

    fn money(&mut self, field: &str, key: &str, value: &str) {
        if let Some(d) = self.decimal(field, value) {
            self.line(&format!("{key} = \"{d}\""));
        }
    }

    fn whole(&mut self, field: &str, key: &str, value: &str) {
        match value.trim().parse::<u32>() {
            Ok(n) => self.line(&format!("{key} = {n}")),
            Err(_) => self.problem(field, format!("\"{value}\" is not a whole number")),
        }
    }

    /// A percentage as typed ("25", "25%") as the plan's share ("0.25"), exactly.
    fn share_text(&mut self, field: &str, value: &str) -> String {
        let v = value.trim().trim_end_matches('%');
        self.decimal(field, v)
            .map(|d| (d / Decimal::ONE_HUNDRED).normalize().to_string())
            .unwrap_or_default()
    }

    fn share(&mut self, field: &str, key: &str, value: &str) {
        let s = self.share_text(field, value);
        if !s.is_empty() {
            self.line(&format!("{key} = \"{s}\""));
        }
    }
}

/// A TOML basic string: quotes, backslashes and control characters escaped, so no typed
/// name can end the string or add a key.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
