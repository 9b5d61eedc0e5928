//! The plan (spec section 2): measures, tiers, bonuses, payout cap, draw and clawback,
//! read from `plan.toml` with every problem reported at its line and column.

use crate::calendar::{periods, Period, PeriodKind};
use crate::fixed::{MONEY_DIGITS, POINT_DIGITS, RATE_DIGITS, SHARE_DIGITS};
use crate::problem::Problems;
use crate::tomlread::{Ctx, Fields};
use chrono::{Datelike, Months, NaiveDate};

pub use crate::units::{Cents, Point, Rate, Share};

/// One compensation plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Plan id, e.g. `ae-fy26`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Three-letter currency code; every amount of the plan and its deals is in it.
    pub currency: String,
    /// First day of the plan (the first day of a month).
    pub start: NaiveDate,
    /// Last day of the plan: start + 12 months - 1 day.
    pub end: NaiveDate,
    /// How often earnings are paid out (and a draw applies).
    pub payout_period: PeriodKind,
    /// Variable pay at 100% for the whole plan.
    pub target_incentive: Cents,
    /// Plan document, relative to the plan file.
    pub document: Option<String>,
    /// Measures in plan order, the order of their items and results.
    pub measures: Vec<Measure>,
    /// Bonuses in plan order, the order of their items.
    pub bonuses: Vec<Bonus>,
    /// Cap on total earnings for the plan (spec 2.5).
    pub payout_cap: Option<Cents>,
    /// Draw paid when earnings fall short (spec 2.6).
    pub draw: Option<Draw>,
    /// Window for giving back cancelled deals (spec 2.7).
    pub clawback: Option<Clawback>,
}

/// Whether a measure pays a share of quota or of the target incentive (spec 2.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureKind {
    /// Base is the quota: rates are paid on credit.
    Commission,
    /// Base is the target incentive times weight: rates are shares of it per 1.0 of attainment.
    Incentive,
}

/// How tier rates apply (spec 2.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TierMode {
    /// Each unit of credit is paid at the rate of the band it lands in.
    Marginal,
    /// All credit is paid at the rate of the highest band reached.
    Retroactive,
}

/// One tier: from an attainment point on, a rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tier {
    /// Attainment at which the tier starts, scaled by 10^4; the tier runs to the next one's `from`.
    pub from: Point,
    /// Rate of the tier, scaled by 10^6: of credit (commission) or of the base per 1.0 of attainment (incentive).
    pub rate: Rate,
}

/// A measure: what credit counts, against which quota, paid how.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// Measure id, unique in the plan; bonuses and scenarios name it.
    pub id: String,
    /// Display name; the id when the plan gives none.
    pub name: String,
    /// Commission or incentive: what the tier rates are paid on.
    pub kind: MeasureKind,
    /// Marginal or retroactive tiers.
    pub tier_mode: TierMode,
    /// The periods attainment is measured over, each with its own quota.
    pub quota_period: PeriodKind,
    /// Quota per quota period, one per period.
    pub quotas: Vec<Cents>,
    /// Share of the target incentive, scaled by 10^4 (default 10_000); used by incentive measures.
    pub weight: Share,
    /// Deal types credited (lowercase); `None` means every type.
    pub deal_types: Option<Vec<String>>,
    /// Products credited (lowercase); `None` means every product.
    pub products: Option<Vec<String>>,
    /// Attainment gate, scaled by 10^4: below it the measure earns nothing (spec 2.3).
    pub threshold: Option<Point>,
    /// Attainment cap, scaled by 10^4: credit beyond cap × quota earns nothing (spec 2.3).
    pub cap: Option<Point>,
    /// Tiers by increasing `from`, the first at 0.
    pub tiers: Vec<Tier>,
    /// Line of the `[[measure]]` in the plan file, for traces.
    pub line: usize,
    /// Line of each tier in the plan file, for traces.
    pub tier_lines: Vec<usize>,
}

/// What a deal bonus pays per qualifying credit line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BonusPay {
    /// A fixed amount, times the line's split.
    Amount(Cents),
    /// A share of the line's credit.
    Percent(Rate),
}

/// Deal or milestone bonus (spec 2.4).
#[derive(Debug, Clone, PartialEq)]
pub enum BonusRule {
    /// Paid on each credited line that passes the filters.
    Deal {
        /// Deal types that qualify (lowercase); `None` means every type.
        deal_types: Option<Vec<String>>,
        /// Products that qualify (lowercase); `None` means every product.
        products: Option<Vec<String>>,
        /// Minimum deal amount (not credit).
        min_amount: Option<Cents>,
        /// Minimum contract length in months; a line without a term does not qualify.
        min_term_months: Option<i64>,
        /// What each qualifying line earns.
        pay: BonusPay,
    },
    /// Paid once per quota period of a measure, on the credit that reaches an attainment.
    Milestone {
        /// Index into [`Plan::measures`].
        measure: usize,
        /// Attainment to reach, scaled by 10^4.
        attainment: Point,
        /// Amount paid when it is reached.
        amount: Cents,
    },
}

/// A bonus of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Bonus {
    /// Bonus id, unique among the plan's bonuses.
    pub id: String,
    /// Display name; the id when the plan gives none.
    pub name: String,
    /// Who qualifies and what is paid.
    pub rule: BonusRule,
    /// Line of the `[[bonus]]` in the plan file, for traces.
    pub line: usize,
}

/// A draw per payout period (spec 2.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Draw {
    /// Amount guaranteed per payout period.
    pub amount: Cents,
    /// Whether later earnings above the draw pay it back (default false).
    pub recoverable: bool,
}

/// Clawback window (spec 2.7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clawback {
    /// Days after the close date within which a cancellation gives the deal's items back.
    pub days: i64,
}

impl Plan {
    /// Reads and validates a plan. `file` names the file in problems.
    pub fn parse(file: &str, src: &str) -> Result<Plan, Problems> {
        let ctx = Ctx::new(file, src);
        let plan = ctx.parse().and_then(|doc| read_plan(&ctx, doc.as_item()));
        let problems = ctx.into_problems();
        match plan {
            Some(p) if problems.is_empty() => Ok(p),
            _ => Err(problems),
        }
    }

    /// Reads a plan file from disk.
    pub fn load(path: &std::path::Path) -> Result<Plan, Problems> {
        let src = crate::read_text(path)?;
        Plan::parse(&path.display().to_string(), &src)
    }

    /// The payout periods of the plan year.
    pub fn payout_periods(&self) -> Vec<Period> {
        periods(self.start, self.payout_period)
    }

    /// The index of a measure by id.
    pub fn measure_index(&self, id: &str) -> Option<usize> {
        self.measures.iter().position(|m| m.id == id)
    }

    /// Semantic checks that do not depend on where the values came from; each
    /// problem is `(key path, message, line)`. Used after parsing and after scenario overrides.
    pub fn check(&self) -> Vec<(String, String, usize)> {
        let mut out = Vec::new();
        for m in &self.measures {
            let key = |k: &str| format!("measure {}: {k}", m.id);
            if m.quotas.len() != m.quota_period.count() {
                out.push((
                    key("quotas"),
                    format!(
                        "has {} values but a {} quota period needs {}",
                        m.quotas.len(),
                        m.quota_period.as_str(),
                        m.quota_period.count()
                    ),
                    m.line,
                ));
            }
            if m.quotas.iter().any(|&q| q <= Cents::ZERO) {
                out.push((key("quota"), "must be positive".into(), m.line));
            }
            if !(Share(0)..=Share::ONE).contains(&m.weight) {
                out.push((key("weight"), "must be between 0 and 1".into(), m.line));
            }
            for (i, msg) in tier_problems(&m.tiers) {
                out.push((key("tiers"), msg, m.tier_lines.get(i).copied().unwrap_or(m.line)));
            }
            if let Some(t) = m.threshold {
                if t < Point(0) {
                    out.push((key("threshold"), "must not be negative".into(), m.line));
                }
            }
            if let Some(c) = m.cap {
                if c <= Point(0) {
                    out.push((key("cap"), "must be positive".into(), m.line));
                }
            }
        }
        if self.target_incentive < Cents::ZERO {
            out.push(("target_incentive".into(), "must not be negative".into(), 0));
        }
        out
    }
}

/// Problems of a tier list on its own, with the index of the tier they concern.
fn tier_problems(tiers: &[Tier]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    if tiers.is_empty() {
        out.push((0, "must list at least one tier starting at from = \"0\"".into()));
    } else if tiers[0].from != Point(0) {
        out.push((0, "the first tier must start at from = \"0\"".into()));
    }
    for (i, w) in tiers.windows(2).enumerate() {
        if w[1].from <= w[0].from {
            out.push((
                i + 1,
                format!(
                    "`from` must strictly increase: tier {} starts at {} after {}",
                    i + 2,
                    point(w[1].from),
                    point(w[0].from)
                ),
            ));
        }
    }
    for (i, t) in tiers.iter().enumerate() {
        if t.rate < Rate(0) {
            out.push((i, format!("tier {} has a negative rate", i + 1)));
        }
    }
    out
}

fn point(p: Point) -> String {
    crate::fixed::format_scaled(p.0 as i128, POINT_DIGITS)
}

fn lower(v: Option<Vec<String>>) -> Option<Vec<String>> {
    v.filter(|l| !l.is_empty())
        .map(|l| l.into_iter().map(|s| s.trim().to_lowercase()).collect())
}

const PLAN_KEYS: &str = "schema, id, name, currency, start, end, payout_period, target_incentive, document, measure, bonus, payout, draw, clawback";
const MEASURE_KEYS: &str =
    "id, name, kind, tier_mode, quota_period, quota, quotas, weight, deal_types, products, threshold, cap, tiers";
const BONUS_KEYS: &str =
    "id, name, kind, measure, attainment, amount, percent, deal_types, products, min_amount, min_term_months";

fn read_plan(ctx: &Ctx, root: &toml_edit::Item) -> Option<Plan> {
    let mut f = Fields::of(ctx, root, "")?;
    match f.int("schema", true) {
        Some((1, _)) | None => {}
        Some((v, span)) => f.problem(
            span,
            "schema",
            format!("{v} is not a schema this version reads"),
            Some("use schema = 1"),
        ),
    }
    let id = f.str("id", true);
    let name = f.str("name", true);
    let currency = f.str_at("currency", true).map(|(c, span)| {
        if c.len() != 3 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
            f.problem(
                span,
                "currency",
                format!("\"{c}\" is not a three-letter currency code"),
                Some("e.g. \"USD\""),
            );
        }
        c
    });
    let start = f.date("start", true);
    let end = f.date("end", true);
    if let (Some(s), Some(e)) = (start, end) {
        if s.day() != 1 {
            f.problem(None, "start", "must be the first day of a month", None);
        } else if s + Months::new(12) - chrono::Days::new(1) != e {
            f.problem(
                None,
                "end",
                format!(
                    "the plan must be 12 whole months: with start {s} the end is {}",
                    s + Months::new(12) - chrono::Days::new(1)
                ),
                None,
            );
        }
    }
    let payout_period = period_kind(&mut f, "payout_period");
    let ti = f.decimal("target_incentive", MONEY_DIGITS, false).map(|v| Cents(v.0));
    let document = f.str("document", false);

    let mut measures = Vec::new();
    match f.tables("measure") {
        None => f.problem(
            None,
            "measure",
            "the plan has no measure",
            Some("add at least one [[measure]]"),
        ),
        Some(list) => {
            for mf in list {
                if let Some(m) = read_measure(mf) {
                    if measures.iter().any(|o: &Measure| o.id == m.id) {
                        ctx.problem(
                            None,
                            &format!("measure {}", m.id),
                            format!("duplicate measure id (line {})", m.line),
                            Some("give each measure its own id"),
                        );
                    }
                    measures.push(m);
                }
            }
        }
    }
    if ti.is_none() && measures.iter().any(|m| m.kind == MeasureKind::Incentive) {
        f.problem(
            None,
            "target_incentive",
            "is required when a measure has kind = \"incentive\"",
            None,
        );
    }

    let mut bonuses = Vec::new();
    for bf in f.tables("bonus").unwrap_or_default() {
        if let Some(b) = read_bonus(bf, &measures) {
            if bonuses.iter().any(|o: &Bonus| o.id == b.id) {
                ctx.problem(
                    None,
                    &format!("bonus {}", b.id),
                    format!("duplicate bonus id (line {})", b.line),
                    Some("give each bonus its own id"),
                );
            }
            bonuses.push(b);
        }
    }

    let payout_cap = f.table("payout").and_then(|mut p| {
        let cap = p.decimal("cap", MONEY_DIGITS, false);
        if let Some((c, span)) = cap.clone() {
            if c <= 0 {
                p.problem(span, "cap", "must be positive", None);
            }
        }
        p.finish("cap");
        cap.map(|c| Cents(c.0))
    });
    let draw = f.table("draw").and_then(|mut d| {
        let amount = d.decimal("amount", MONEY_DIGITS, true);
        let recoverable = d.bool("recoverable").unwrap_or(false);
        if let Some((a, span)) = amount.clone() {
            if a <= 0 {
                d.problem(span, "amount", "must be positive", None);
            }
        }
        d.finish("amount, recoverable");
        amount.map(|(amount, _)| Draw {
            amount: Cents(amount),
            recoverable,
        })
    });
    let clawback = f.table("clawback").and_then(|mut c| {
        let days = c.int("days", true);
        if let Some((d, span)) = days.clone() {
            if d <= 0 {
                c.problem(span, "days", "must be a positive number of days", None);
            }
        }
        c.finish("days");
        days.map(|(days, _)| Clawback { days })
    });
    f.finish(PLAN_KEYS);

    let plan = Plan {
        id: id?,
        name: name?,
        currency: currency?,
        start: start?,
        end: end?,
        payout_period: payout_period?,
        target_incentive: ti.unwrap_or(Cents::ZERO),
        document,
        measures,
        bonuses,
        payout_cap,
        draw,
        clawback,
    };
    for (key, msg, line) in plan.check() {
        let mut p = crate::problem::Problem::file(ctx.file, msg).key(key);
        if line > 0 {
            p = p.line(line);
        }
        ctx.problems.borrow_mut().push(p);
    }
    Some(plan)
}

fn period_kind(f: &mut Fields, key: &str) -> Option<PeriodKind> {
    let (s, span) = f.str_at(key, true)?;
    let k = PeriodKind::parse(&s);
    if k.is_none() {
        f.problem(
            span,
            key,
            format!("\"{s}\" is not a period"),
            Some("use \"monthly\", \"quarterly\" or \"annual\""),
        );
    }
    k
}

fn read_measure(mut f: Fields) -> Option<Measure> {
    let line = f.line();
    let id = f.str("id", true);
    let name = f.str("name", false);
    let kind = f.str_at("kind", true).and_then(|(k, span)| match k.as_str() {
        "commission" => Some(MeasureKind::Commission),
        "incentive" => Some(MeasureKind::Incentive),
        _ => {
            f.problem(
                span,
                "kind",
                format!("\"{k}\" is not a measure kind"),
                Some("use \"commission\" or \"incentive\""),
            );
            None
        }
    });
    let tier_mode = match f.str_at("tier_mode", false) {
        None => Some(TierMode::Marginal),
        Some((mode, _)) if mode == "marginal" => Some(TierMode::Marginal),
        Some((mode, _)) if mode == "retroactive" => Some(TierMode::Retroactive),
        Some((other, span)) => {
            f.problem(
                span,
                "tier_mode",
                format!("\"{other}\" is not a tier mode"),
                Some("use \"marginal\" or \"retroactive\""),
            );
            None
        }
    };
    let quota_period = period_kind(&mut f, "quota_period");
    let quota = f.decimal("quota", MONEY_DIGITS, false);
    let quotas = quota_list(&mut f);
    let quotas = match (quota, quotas, quota_period) {
        (Some(_), Some(_), _) => {
            f.problem(None, "quotas", "give either quota or quotas, not both", None);
            None
        }
        (Some((q, _)), None, Some(k)) => Some(vec![Cents(q); k.count()]),
        (None, Some(list), _) => Some(list),
        (None, None, _) => {
            if !f.has("quota") && !f.has("quotas") {
                f.problem(
                    None,
                    "quota",
                    "is required (or quotas, one per quota period)",
                    Some("add quota = \"1200000.00\""),
                );
            }
            None
        }
        _ => None,
    };
    let weight = f
        .decimal("weight", SHARE_DIGITS, false)
        .map_or(Share::ONE, |w| Share(w.0));
    let deal_types = lower(f.str_list("deal_types"));
    let products = lower(f.str_list("products"));
    let threshold = f.decimal("threshold", POINT_DIGITS, false).map(|v| Point(v.0));
    let cap = f.decimal("cap", POINT_DIGITS, false).map(|v| Point(v.0));
    let mut tiers = Vec::new();
    let mut tier_lines = Vec::new();
    let mut tier_spans = Vec::new();
    match f.tables("tiers") {
        None => f.problem(
            None,
            "tiers",
            "is required",
            Some("add tiers = [{ from = \"0\", rate = \"0.05\" }]"),
        ),
        Some(list) => {
            for mut t in list {
                let line = t.line();
                let span = t.span.clone();
                let from = t.decimal("from", POINT_DIGITS, true);
                let rate = t.decimal("rate", RATE_DIGITS, true);
                t.finish("from, rate");
                if let (Some((from, _)), Some((rate, _))) = (from, rate) {
                    tiers.push(Tier {
                        from: Point(from),
                        rate: Rate(rate),
                    });
                    tier_lines.push(line);
                    tier_spans.push(span);
                }
            }
        }
    }
    let complete = id.is_some() && kind.is_some() && tier_mode.is_some() && quota_period.is_some() && quotas.is_some();
    if !complete && !tiers.is_empty() {
        // Plan::check will not see this measure: report its tier list's own problems now.
        for (i, msg) in tier_problems(&tiers) {
            f.problem(tier_spans.get(i).cloned().flatten(), "tiers", msg, None);
        }
    }
    f.finish(MEASURE_KEYS);
    let id = id?;
    Some(Measure {
        name: name.unwrap_or_else(|| id.clone()),
        id,
        kind: kind?,
        tier_mode: tier_mode?,
        quota_period: quota_period?,
        quotas: quotas?,
        weight,
        deal_types,
        products,
        threshold,
        cap,
        tiers,
        line,
        tier_lines,
    })
}

fn quota_list(f: &mut Fields) -> Option<Vec<Cents>> {
    let (item, span) = f.take("quotas")?;
    let arr = match item.as_array() {
        Some(a) => a,
        None => {
            f.problem(span, "quotas", "must be a list of decimal strings", None);
            return None;
        }
    };
    let mut out = Vec::new();
    for v in arr.iter() {
        match v.as_str().map(|s| crate::fixed::parse_scaled(s, MONEY_DIGITS)) {
            Some(Ok(q)) => out.push(Cents(q)),
            _ => {
                f.problem(
                    v.span().or(span.clone()),
                    "quotas",
                    "each quota must be a decimal string with at most 2 fractional digits",
                    Some("e.g. \"300000.00\""),
                );
                return None;
            }
        }
    }
    Some(out)
}

fn read_bonus(mut f: Fields, measures: &[Measure]) -> Option<Bonus> {
    let line = f.line();
    let id = f.str("id", true);
    let name = f.str("name", false);
    let kind = f.str("kind", true);
    let rule = match kind.as_deref() {
        Some("deal") => {
            let deal_types = lower(f.str_list("deal_types"));
            let products = lower(f.str_list("products"));
            let min_amount = f.decimal("min_amount", MONEY_DIGITS, false).map(|v| Cents(v.0));
            let min_term_months = f.int("min_term_months", false).map(|v| v.0);
            let amount = f.decimal("amount", MONEY_DIGITS, false);
            let percent = f.decimal("percent", RATE_DIGITS, false);
            let pay = match (amount, percent) {
                (Some((a, _)), None) => Some(BonusPay::Amount(Cents(a))),
                (None, Some((p, _))) => Some(BonusPay::Percent(Rate(p))),
                (Some(_), Some(_)) => {
                    f.problem(None, "percent", "give either amount or percent, not both", None);
                    None
                }
                (None, None) => {
                    f.problem(
                        None,
                        "amount",
                        "a deal bonus needs amount or percent",
                        Some("add amount = \"1000.00\""),
                    );
                    None
                }
            };
            pay.map(|pay| BonusRule::Deal {
                deal_types,
                products,
                min_amount,
                min_term_months,
                pay,
            })
        }
        Some("milestone") => {
            let measure = f.str("measure", true);
            let idx = measure.as_ref().and_then(|m| {
                let idx = measures.iter().position(|x| &x.id == m);
                if idx.is_none() {
                    let known: Vec<_> = measures.iter().map(|m| m.id.as_str()).collect();
                    f.problem(
                        None,
                        "measure",
                        format!("names an unknown measure \"{m}\""),
                        Some(&format!("known measures: {}", known.join(", "))),
                    );
                }
                idx
            });
            let attainment = f.decimal("attainment", POINT_DIGITS, true).map(|v| Point(v.0));
            let amount = f.decimal("amount", MONEY_DIGITS, true).map(|v| Cents(v.0));
            match (idx, attainment, amount) {
                (Some(measure), Some(attainment), Some(amount)) => Some(BonusRule::Milestone {
                    measure,
                    attainment,
                    amount,
                }),
                _ => None,
            }
        }
        Some(other) => {
            f.problem(
                None,
                "kind",
                format!("\"{other}\" is not a bonus kind"),
                Some("use \"deal\" or \"milestone\""),
            );
            None
        }
        None => None,
    };
    f.finish(BONUS_KEYS);
    let id = id?;
    Some(Bonus {
        name: name.unwrap_or_else(|| id.clone()),
        id,
        rule: rule?,
        line,
    })
}
