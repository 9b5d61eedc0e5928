//! What-if scenarios (spec section 8): deal and plan changes applied over the base.

use crate::calendar::PeriodKind;
use crate::deals::{CreditLine, Stage};
use crate::fixed::{MONEY_DIGITS, POINT_DIGITS, RATE_DIGITS, SHARE_DIGITS};
use crate::plan::{Cents, Plan, Point, Rate, Share, Tier, TierMode};
use crate::problem::{Problem, Problems};
use crate::tomlread::{Ctx, Fields};
use chrono::NaiveDate;

/// A change to one credit line, or a new line; only the fields given change.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DealChange {
    /// Deal id of the line to change or add.
    pub id: String,
    /// Seller of the line to change or add; with `id`, it picks the line.
    pub seller: String,
    /// New deal amount in cents; required for a new line.
    pub amount: Option<Cents>,
    /// New close date; required for a new line unless it is open.
    pub close_date: Option<NaiveDate>,
    /// New stage.
    pub stage: Option<Stage>,
    /// New deal type (lowercase).
    pub deal_type: Option<String>,
    /// New product (lowercase).
    pub product: Option<String>,
    /// New split, scaled by 10^4, in (0, 10_000].
    pub split: Option<Share>,
    /// New win probability, scaled by 10^4.
    pub probability: Option<Share>,
    /// New contract length in months.
    pub term_months: Option<i64>,
    /// New cancel date.
    pub cancel_date: Option<NaiveDate>,
    /// New customer account.
    pub account: Option<String>,
    /// New deal name.
    pub name: Option<String>,
    /// Line of the `[[deal]]` in the scenario file, for problems.
    pub line: usize,
}

/// A plan value override: keep, set, or (empty string) remove an optional value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Change<T> {
    /// The scenario does not name the value: the plan's stays.
    #[default]
    Keep,
    /// The scenario gives a new value.
    Set(T),
    /// The scenario gives an empty string: the value is removed.
    Remove,
}

/// Overrides of one measure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeasureChange {
    /// Id of the measure overridden (the `X` of `[plan.measure.X]`).
    pub measure: String,
    /// One quota for every quota period, in cents.
    pub quota: Option<Cents>,
    /// One quota per quota period, in cents; applied after `quota`.
    pub quotas: Option<Vec<Cents>>,
    /// New weight, scaled by 10^4.
    pub weight: Option<Share>,
    /// New attainment threshold, scaled by 10^4, or its removal.
    pub threshold: Change<Point>,
    /// New attainment cap, scaled by 10^4, or its removal.
    pub cap: Change<Point>,
    /// New tier mode.
    pub tier_mode: Option<TierMode>,
    /// New tier list, replacing the whole list.
    pub tiers: Option<Vec<Tier>>,
    /// Line of the `[plan.measure.X]` table in the scenario file, for problems.
    pub line: usize,
}

/// A what-if over the base.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scenario {
    /// What the scenario is called, e.g. "Acme closes at 200k in March".
    pub name: String,
    /// Deal ids whose open lines are treated as won, with the line of the file naming them.
    pub win: Vec<(String, usize)>,
    /// Deal ids dropped.
    pub remove: Vec<(String, usize)>,
    /// Lines changed or added, applied in file order after `remove` and `win`.
    pub deals: Vec<DealChange>,
    /// New target incentive for the whole plan, in cents.
    pub target_incentive: Option<Cents>,
    /// New payout period.
    pub payout_period: Option<PeriodKind>,
    /// Per-measure overrides, in file order.
    pub measures: Vec<MeasureChange>,
}

const SCENARIO_KEYS: &str = "name, win, remove, deal, plan";
const DEAL_KEYS: &str =
    "id, seller, amount, close_date, stage, type, product, split, probability, term_months, cancel_date, account, name";

impl Scenario {
    /// Reads a scenario file.
    pub fn parse(file: &str, src: &str) -> Result<Scenario, Problems> {
        let ctx = Ctx::new(file, src);
        let sc = ctx.parse().and_then(|doc| read(&ctx, doc.as_item()));
        let problems = ctx.into_problems();
        match sc {
            Some(s) if problems.is_empty() => Ok(s),
            _ => Err(problems),
        }
    }

    /// Reads a scenario file from disk.
    pub fn load(path: &std::path::Path) -> Result<Scenario, Problems> {
        let src = crate::read_text(path)?;
        Scenario::parse(&path.display().to_string(), &src)
    }

    /// Applies the scenario to a plan and its credit lines, in the order of spec 8.
    /// `file` names the scenario in problems.
    pub fn apply(&self, file: &str, plan: &Plan, lines: &[CreditLine]) -> Result<(Plan, Vec<CreditLine>), Problems> {
        self.apply_to(file, plan, lines.iter())
    }

    /// [`Scenario::apply`] over some of the lines (a what-if passes only the lines of the
    /// sellers it touches, and clones nothing else).
    pub fn apply_to<'a, I>(&self, file: &str, plan: &Plan, lines: I) -> Result<(Plan, Vec<CreditLine>), Problems>
    where
        I: Iterator<Item = &'a CreditLine> + Clone,
    {
        let mut problems = Problems::default();
        let known = |id: &str| lines.clone().any(|l| l.id == id);
        for (id, line) in self.remove.iter().chain(&self.win) {
            if !known(id) {
                problems.push(
                    Problem::file(file, format!("deal \"{id}\" is not in the deals"))
                        .line(*line)
                        .hint("check the deal id"),
                );
            }
        }
        let mut out: Vec<CreditLine> = lines
            .filter(|l| !self.remove.iter().any(|(id, _)| *id == l.id))
            .cloned()
            .collect();
        for l in out.iter_mut() {
            if l.stage == Stage::Open && self.win.iter().any(|(id, _)| *id == l.id) {
                l.stage = Stage::Won;
            }
        }
        for c in &self.deals {
            let pos = out.iter().position(|l| l.id == c.id && l.seller == c.seller);
            let line = match pos {
                Some(i) => &mut out[i],
                None => {
                    if c.amount.is_none() {
                        problems.push(
                            Problem::file(
                                file,
                                format!("deal {} for seller {} is new and needs an amount", c.id, c.seller),
                            )
                            .line(c.line)
                            .key("amount"),
                        );
                        continue;
                    }
                    if c.close_date.is_none() && c.stage != Some(Stage::Open) {
                        problems.push(
                            Problem::file(
                                file,
                                format!("deal {} for seller {} is new and needs a close_date", c.id, c.seller),
                            )
                            .line(c.line)
                            .key("close_date"),
                        );
                        continue;
                    }
                    out.push(CreditLine {
                        close_date: None,
                        ..CreditLine::won(&c.id, &c.seller, Cents::ZERO, plan.start)
                    });
                    out.last_mut().unwrap()
                }
            };
            macro_rules! set {
                ($($f:ident),*) => { $( if let Some(v) = &c.$f { line.$f = v.clone().into(); } )* };
            }
            set!(amount, stage, split);
            if c.close_date.is_some() {
                line.close_date = c.close_date;
            }
            if c.deal_type.is_some() {
                line.deal_type = c.deal_type.clone();
            }
            if c.product.is_some() {
                line.product = c.product.clone();
            }
            if c.probability.is_some() {
                line.probability = c.probability;
            }
            if c.term_months.is_some() {
                line.term_months = c.term_months;
            }
            if c.cancel_date.is_some() {
                line.cancel_date = c.cancel_date;
            }
            if c.account.is_some() {
                line.account = c.account.clone();
            }
            if c.name.is_some() {
                line.name = c.name.clone();
            }
            if line.stage == Stage::Cancelled && line.cancel_date.is_none() {
                problems.push(
                    Problem::file(
                        file,
                        format!(
                            "deal {} for seller {} is cancelled but has no cancel_date",
                            c.id, c.seller
                        ),
                    )
                    .line(c.line)
                    .key("cancel_date"),
                );
            }
        }
        let mut p = plan.clone();
        if let Some(t) = self.target_incentive {
            p.target_incentive = t;
        }
        if let Some(k) = self.payout_period {
            p.payout_period = k;
        }
        for mc in &self.measures {
            let Some(m) = p.measures.iter_mut().find(|m| m.id == mc.measure) else {
                let ids: Vec<_> = plan.measures.iter().map(|m| m.id.as_str()).collect();
                problems.push(
                    Problem::file(
                        file,
                        format!("plan.measure.{} names no measure of the plan", mc.measure),
                    )
                    .line(mc.line)
                    .hint(format!("known measures: {}", ids.join(", "))),
                );
                continue;
            };
            if let Some(q) = mc.quota {
                m.quotas = vec![q; m.quota_period.count()];
            }
            if let Some(q) = &mc.quotas {
                m.quotas = q.clone();
            }
            if let Some(w) = mc.weight {
                m.weight = w;
            }
            match mc.threshold {
                Change::Keep => {}
                Change::Set(v) => m.threshold = Some(v),
                Change::Remove => m.threshold = None,
            }
            match mc.cap {
                Change::Keep => {}
                Change::Set(v) => m.cap = Some(v),
                Change::Remove => m.cap = None,
            }
            if let Some(t) = mc.tier_mode {
                m.tier_mode = t;
            }
            if let Some(t) = &mc.tiers {
                m.tiers = t.clone();
                m.tier_lines = vec![mc.line; t.len()];
            }
        }
        for (key, msg, _) in p.check() {
            problems.push(
                Problem::file(file, format!("after the plan overrides: {msg}"))
                    .key(key)
                    .hint("fix the [plan] section of the scenario"),
            );
        }
        problems.into_result((p, out))
    }
}

fn read(ctx: &Ctx, root: &toml_edit::Item) -> Option<Scenario> {
    let mut f = Fields::of(ctx, root, "")?;
    let mut sc = Scenario {
        name: f.str("name", true).unwrap_or_default(),
        ..Default::default()
    };
    for (key, target) in [("win", &mut sc.win), ("remove", &mut sc.remove)] {
        let span_line = root
            .get(key)
            .and_then(|i| i.span())
            .map_or(0, |s| crate::problem::line_col(ctx.src, s.start).0);
        if let Some(list) = f.str_list(key) {
            *target = list.into_iter().map(|id| (id, span_line)).collect();
        }
    }
    for mut d in f.tables("deal").unwrap_or_default() {
        let line = d.line();
        let stage = d.str("stage", false).and_then(|s| {
            let st = Stage::parse(&s);
            if st.is_none() {
                d.problem(
                    None,
                    "stage",
                    format!("\"{s}\" is not a stage"),
                    Some("use won, lost, open or cancelled"),
                );
            }
            st
        });
        let change = DealChange {
            id: d.str("id", true).unwrap_or_default(),
            seller: d.str("seller", true).unwrap_or_default(),
            amount: d.decimal("amount", MONEY_DIGITS, false).map(|v| Cents(v.0)),
            close_date: d.date("close_date", false),
            stage,
            deal_type: d.str("type", false).map(|s| s.to_lowercase()),
            product: d.str("product", false).map(|s| s.to_lowercase()),
            split: d.decimal("split", SHARE_DIGITS, false).map(|v| Share(v.0)),
            probability: d.decimal("probability", SHARE_DIGITS, false).map(|v| Share(v.0)),
            term_months: d.int("term_months", false).map(|v| v.0),
            cancel_date: d.date("cancel_date", false),
            account: d.str("account", false),
            name: d.str("name", false),
            line,
        };
        if let Some(s) = change.split {
            if s <= Share(0) || s > Share::ONE {
                d.problem(None, "split", "must be in (0, 1]", None);
            }
        }
        d.finish(DEAL_KEYS);
        sc.deals.push(change);
    }
    if let Some(mut p) = f.table("plan") {
        sc.target_incentive = p.decimal("target_incentive", MONEY_DIGITS, false).map(|v| Cents(v.0));
        sc.payout_period = p.str("payout_period", false).and_then(|s| {
            let k = PeriodKind::parse(&s);
            if k.is_none() {
                p.problem(
                    None,
                    "payout_period",
                    format!("\"{s}\" is not a period"),
                    Some("use \"monthly\", \"quarterly\" or \"annual\""),
                );
            }
            k
        });
        if let Some(mut ms) = p.table("measure") {
            for (id, _) in ms.unused_keys() {
                let Some(mut m) = ms.table(id) else { continue };
                let line = m.line();
                let mut change = MeasureChange {
                    measure: id.to_string(),
                    line,
                    ..Default::default()
                };
                change.quota = m.decimal("quota", MONEY_DIGITS, false).map(|v| Cents(v.0));
                change.quotas = m.str_list("quotas").and_then(|l| {
                    l.iter()
                        .map(|s| crate::fixed::parse_scaled(s, MONEY_DIGITS).ok().map(Cents))
                        .collect::<Option<Vec<_>>>()
                        .or_else(|| {
                            m.problem(
                                None,
                                "quotas",
                                "each quota must be a decimal string with at most 2 fractional digits",
                                None,
                            );
                            None
                        })
                });
                change.weight = m.decimal("weight", SHARE_DIGITS, false).map(|v| Share(v.0));
                change.threshold = optional_point(&mut m, "threshold");
                change.cap = optional_point(&mut m, "cap");
                change.tier_mode = m.str("tier_mode", false).and_then(|s| match s.as_str() {
                    "marginal" => Some(TierMode::Marginal),
                    "retroactive" => Some(TierMode::Retroactive),
                    _ => {
                        m.problem(
                            None,
                            "tier_mode",
                            format!("\"{s}\" is not a tier mode"),
                            Some("use \"marginal\" or \"retroactive\""),
                        );
                        None
                    }
                });
                change.tiers = m.tables("tiers").map(|list| {
                    list.into_iter()
                        .filter_map(|mut t| {
                            let from = t.decimal("from", POINT_DIGITS, true);
                            let rate = t.decimal("rate", RATE_DIGITS, true);
                            t.finish("from, rate");
                            Some(Tier {
                                from: Point(from?.0),
                                rate: Rate(rate?.0),
                            })
                        })
                        .collect()
                });
                m.finish("quota, quotas, weight, threshold, cap, tier_mode, tiers");
                sc.measures.push(change);
            }
        }
        p.finish("target_incentive, payout_period, measure");
    }
    f.finish(SCENARIO_KEYS);
    Some(sc)
}

/// An optional attainment point where an empty string removes the value.
fn optional_point(f: &mut Fields, key: &str) -> Change<Point> {
    match f.take(key) {
        None => Change::Keep,
        Some((item, span)) => match item.as_str() {
            Some("") => Change::Remove,
            Some(s) => match crate::fixed::parse_scaled(s, POINT_DIGITS) {
                Ok(v) => Change::Set(Point(v)),
                Err(e) => {
                    f.problem(
                        span,
                        key,
                        format!("\"{s}\" {e}"),
                        Some("e.g. \"0.5\", or \"\" to remove it"),
                    );
                    Change::Keep
                }
            },
            None => {
                f.problem(
                    span,
                    key,
                    "must be a decimal string",
                    Some("e.g. \"0.5\", or \"\" to remove it"),
                );
                Change::Keep
            }
        },
    }
}

/// `text` as a TOML basic string: in quotes, with the quote, the backslash and the
/// control characters escaped (TOML 1.0, "String"). Every scenario file written from a
/// form or a question goes through this, so an id with a quote stays data.
pub fn toml_string(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if c.is_control() => quoted.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    #[test]
    fn any_text_reads_back_from_its_toml_string() {
        for text in [
            "D-000012",
            "a \"quoted\" id",
            "back\\slash\\",
            "tab\tnew\nline\u{7f}\u{85}",
            "",
            "é ü 中",
        ] {
            let doc: toml_edit::DocumentMut = format!("id = {}", super::toml_string(text)).parse().unwrap();
            assert_eq!(doc["id"].as_str(), Some(text), "{}", super::toml_string(text));
        }
    }
}
