//! A finding: what is suspicious, where, why it matters, what to do, the money it moves,
//! and the fix when the data allows one.

use plansight_plan::{CreditLine, Exact};
use serde::Serialize;

/// What kind of problem a finding is (the names are part of the CLI's contract).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The same sale entered twice under different ids.
    DuplicateDeal,
    /// One product, account or seller spelt several ways.
    NameVariant,
    /// A credit line for a seller not on the roster.
    UnknownSeller,
    /// An amount far outside what the product (or the seller) usually sells for.
    AmountOutlier,
    /// A won line of amount zero.
    ZeroAmountWon,
    /// A won line with a negative amount that is not a credit memo against an earlier line.
    NegativeWon,
    /// A won line dated outside every plan version.
    DateOutsidePlan,
    /// An open line whose expected close date has passed.
    StaleOpen,
    /// The shares of one deal across sellers do not add up to 1.
    SplitNotWhole,
    /// Credit bunched in the last days of a quota period, just over a tier or threshold.
    BunchedAtPeriodEnd,
    /// Deals whose close date a later import or edit moved across a quota period's end.
    MovedAcrossPeriodEnd,
}

impl Kind {
    /// Every kind, in report order.
    pub const ALL: [Kind; 11] = [
        Kind::DuplicateDeal,
        Kind::UnknownSeller,
        Kind::NameVariant,
        Kind::SplitNotWhole,
        Kind::NegativeWon,
        Kind::DateOutsidePlan,
        Kind::AmountOutlier,
        Kind::ZeroAmountWon,
        Kind::StaleOpen,
        Kind::BunchedAtPeriodEnd,
        Kind::MovedAcrossPeriodEnd,
    ];

    /// The kind's name, as the CLI writes and reads it.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::DuplicateDeal => "duplicate_deal",
            Kind::NameVariant => "name_variant",
            Kind::UnknownSeller => "unknown_seller",
            Kind::AmountOutlier => "amount_outlier",
            Kind::ZeroAmountWon => "zero_amount_won",
            Kind::NegativeWon => "negative_won",
            Kind::DateOutsidePlan => "date_outside_plan",
            Kind::StaleOpen => "stale_open",
            Kind::SplitNotWhole => "split_not_whole",
            Kind::BunchedAtPeriodEnd => "bunched_at_period_end",
            Kind::MovedAcrossPeriodEnd => "moved_across_period_end",
        }
    }

    /// The kind named `name`, if any.
    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// A heading for a group of findings of this kind.
    pub fn title(self) -> &'static str {
        match self {
            Kind::DuplicateDeal => "Duplicate deals",
            Kind::NameVariant => "Names spelt several ways",
            Kind::UnknownSeller => "Sellers not on the roster",
            Kind::AmountOutlier => "Unusual amounts",
            Kind::ZeroAmountWon => "Won deals of amount zero",
            Kind::NegativeWon => "Negative won deals",
            Kind::DateOutsidePlan => "Deals dated outside the plan",
            Kind::StaleOpen => "Open deals past their close date",
            Kind::SplitNotWhole => "Splits that do not add up to 1",
            Kind::BunchedAtPeriodEnd => "Credit bunched at a period's end",
            Kind::MovedAcrossPeriodEnd => "Deals moved across a period's end",
        }
    }
}

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Will pay wrongly.
    Error,
    /// Probably wrong.
    Warning,
    /// For a plan designer's eye.
    Info,
}

impl Severity {
    /// The word the CLI writes.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One credit line, by its key in the workspace (deal and seller).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct LineKey {
    /// Deal id.
    pub deal: String,
    /// Seller id.
    pub seller: String,
}

impl LineKey {
    /// The key of a line.
    pub fn of(l: &CreditLine) -> LineKey {
        LineKey {
            deal: l.id.clone(),
            seller: l.seller.clone(),
        }
    }
}

/// One line's change: `before` as stored, `after` none to remove it.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    /// The line as it is now.
    pub before: CreditLine,
    /// The line as the change leaves it; none removes it.
    pub after: Option<CreditLine>,
}

/// A fix: edits applied as one undoable change.
#[derive(Debug, Clone, PartialEq)]
pub struct Fix {
    /// What the fix does, in words.
    pub description: String,
    /// The line edits, in order.
    pub edits: Vec<Edit>,
}

/// One finding of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Stable id: the kind and a digest of what it concerns, so the same problem keeps
    /// its id from one check to the next (and `--fix ID` names it).
    pub id: String,
    /// What kind of problem.
    pub kind: Kind,
    /// How much it matters.
    pub severity: Severity,
    /// The credit lines it concerns.
    pub lines: Vec<LineKey>,
    /// What is wrong, where, why it matters and what to do, in words.
    pub message: String,
    /// How much the payouts change if the fix (or, without one, the `probe`) is applied:
    /// the engine's figures, exact; filled in by [`crate::stake`].
    pub at_stake: Exact,
    /// Whether `at_stake` was computed: a seller with thousands of findings is priced only
    /// up to a budget, and the rest on demand (a fix's preview).
    pub priced: bool,
    /// The fix, when the data allows one.
    pub fix: Option<Fix>,
    /// Without a fix: the change whose effect is the money at stake (holding the line,
    /// or the amount it probably should have), never applied by `--fix`.
    pub probe: Vec<Edit>,
}

impl Finding {
    /// A finding of `kind` over `lines`; its id digests the kind, the lines and `salt`
    /// (what else identifies it, e.g. the spelling of a name).
    pub fn new(kind: Kind, severity: Severity, mut lines: Vec<LineKey>, salt: &str, message: String) -> Finding {
        lines.sort();
        lines.dedup();
        let mut h = Fnv::default();
        h.add(kind.as_str());
        h.add(salt);
        for l in lines.iter().take(64) {
            h.add(&l.deal);
            h.add(&l.seller);
        }
        Finding {
            id: format!("{}-{:08x}", kind.as_str(), h.0 as u32 ^ (h.0 >> 32) as u32),
            kind,
            severity,
            lines,
            message,
            at_stake: Exact::ZERO,
            priced: false,
            fix: None,
            probe: Vec::new(),
        }
    }

    /// The distinct deal ids, in order.
    pub fn deals(&self) -> Vec<String> {
        let mut d: Vec<String> = self.lines.iter().map(|l| l.deal.clone()).collect();
        d.sort();
        d.dedup();
        d
    }

    /// The distinct seller ids, in order.
    pub fn sellers(&self) -> Vec<String> {
        let mut s: Vec<String> = self.lines.iter().map(|l| l.seller.clone()).collect();
        s.sort();
        s.dedup();
        s
    }

    /// The money at stake as text ("-37.92"), or that it was not computed.
    pub fn at_stake_text(&self) -> String {
        if self.priced {
            self.at_stake.money()
        } else {
            "not computed".into()
        }
    }

    /// The edits whose payout effect is the money at stake.
    pub fn stake_edits(&self) -> &[Edit] {
        self.fix.as_ref().map_or(&self.probe, |f| &f.edits)
    }
}

/// FNV-1a, for ids that stay the same from run to run (std's hasher is seeded).
#[derive(Debug)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn add(&mut self, s: &str) {
        for b in s.bytes().chain(std::iter::once(0xff)) {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x100_0000_01b3);
        }
    }
}
