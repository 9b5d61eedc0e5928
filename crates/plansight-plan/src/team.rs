//! Who is calculated (spec section 4) and the warnings every engine reports the same way.

use crate::calendar::Period;
use crate::deals::{CreditLine, Stage};
use crate::plan::{Cents, Plan};
use crate::result::{Ratio, Warning};
use crate::roster::Seller;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// What the warnings need to know of one credit line.
#[derive(Debug, Clone, Copy)]
pub struct LineFacts<'a> {
    /// Deal id.
    pub id: &'a str,
    /// Seller id.
    pub seller: &'a str,
    /// Where the deal stands.
    pub stage: Stage,
    /// Close date.
    pub close: Option<NaiveDate>,
    /// Cancel date.
    pub cancel: Option<NaiveDate>,
    /// Why the line is held, if it is.
    pub hold: Option<&'a str>,
}

/// Everything one calculation reads.
#[derive(Debug, Clone)]
pub struct Inputs {
    /// The plan every seller is on.
    pub plan: Plan,
    /// Every credit line, credited or not; the engines decide which count.
    pub lines: Vec<CreditLine>,
    /// `None`: the sellers are those named in the deals, active all year.
    pub roster: Option<Vec<Seller>>,
    /// Default: the plan's end.
    pub as_of: Option<NaiveDate>,
}

/// A seller as the engines see them: active dates, target incentive and quotas resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Seller id.
    pub id: String,
    /// First active day: the roster's start date, or the plan's start.
    pub start: NaiveDate,
    /// Last active day: the roster's end date, or the plan's end.
    pub end: NaiveDate,
    /// Target incentive for the whole plan, in cents: the roster's, or the plan's.
    pub target_incentive: Cents,
    /// Per measure: the quota override per quota period, if any.
    pub quota_override: Vec<Option<Cents>>,
}

impl Member {
    /// Active on `date`.
    pub fn is_active(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// The prorated quota (cents, exact ratio) of measure `m` in quota period `p`, or
    /// `None` when the seller has no active day in it.
    pub fn quota(&self, plan: &Plan, m: usize, p: &Period) -> Option<Ratio> {
        let n = p.active_days(self.start, self.end) as i128;
        if n == 0 {
            return None;
        }
        let q = self.quota_override[m].unwrap_or(plan.measures[m].quotas[p.index]).0 as i128;
        Some(Ratio {
            num: q * n,
            den: p.days() as i128,
        })
    }
}

impl Inputs {
    /// The as-of date in force.
    pub fn as_of(&self) -> NaiveDate {
        self.as_of.unwrap_or(self.plan.end)
    }

    /// The sellers calculated, sorted by id.
    pub fn members(&self) -> Vec<Member> {
        self.members_of(self.lines.iter().map(|l| l.seller.as_str()))
    }

    /// The sellers calculated when the credit lines name these sellers (each any number
    /// of times), sorted by id: the roster's, or those named when there is no roster.
    pub fn members_of<'a>(&self, named: impl Iterator<Item = &'a str>) -> Vec<Member> {
        let plan = &self.plan;
        let resolve = |s: &Seller| Member {
            id: s.id.clone(),
            start: s.start_date.unwrap_or(plan.start),
            end: s.end_date.unwrap_or(plan.end),
            target_incentive: s.target_incentive.unwrap_or(plan.target_incentive),
            quota_override: plan
                .measures
                .iter()
                .map(|m| s.quotas.iter().find(|(id, _)| *id == m.id).map(|q| q.1))
                .collect(),
        };
        let mut out: Vec<Member> = match &self.roster {
            Some(r) => r.iter().map(resolve).collect(),
            None => {
                let ids: std::collections::BTreeSet<&str> = named.collect();
                ids.into_iter().map(|id| resolve(&Seller::whole_year(id))).collect()
            }
        };
        out.sort_by(|a, b| a.id.cmp(&b.id));
        out
    }

    /// Warnings of spec 2.7 and 4: credit lines of sellers not on the roster, and
    /// cancellations too late to claw back; by seller, then message.
    pub fn warnings(&self) -> Vec<Warning> {
        let mut off: BTreeMap<&str, usize> = BTreeMap::new();
        if let Some(r) = &self.roster {
            let on: std::collections::HashSet<&str> = r.iter().map(|s| s.id.as_str()).collect();
            for l in &self.lines {
                if !on.contains(l.seller.as_str()) {
                    *off.entry(l.seller.as_str()).or_default() += 1;
                }
            }
        }
        self.warnings_with(&off)
    }

    /// [`Inputs::warnings`], given the count of credit lines per seller not on the roster
    /// (for an engine that has already looked every line's seller up).
    pub fn warnings_with(&self, off_roster: &BTreeMap<&str, usize>) -> Vec<Warning> {
        let facts = self.lines.iter().map(|l| LineFacts {
            id: &l.id,
            seller: &l.seller,
            stage: l.stage,
            close: l.close_date,
            cancel: l.cancel_date,
            hold: l.hold.as_deref(),
        });
        self.warnings_of(off_roster, &self.members(), facts)
    }

    /// [`Inputs::warnings_with`] for credit lines given by their facts (lines read in
    /// columns), with the members already resolved.
    pub fn warnings_of<'a>(
        &self,
        off_roster: &BTreeMap<&str, usize>,
        members: &[Member],
        lines: impl Iterator<Item = LineFacts<'a>> + Clone,
    ) -> Vec<Warning> {
        let mut out = Vec::new();
        for (s, n) in off_roster {
            out.push(Warning {
                seller: s.to_string(),
                message: format!("seller {s} is not on the roster: {n} credit line(s) credit nothing"),
            });
        }
        for l in lines.clone() {
            if let Some(why) = l.hold {
                out.push(Warning {
                    seller: l.seller.to_string(),
                    message: format!(
                        "deal {} of seller {} is held ({why}): it credits nothing until it is released",
                        l.id, l.seller
                    ),
                });
            }
        }
        if let Some(cb) = self.plan.clawback {
            let as_of = self.as_of();
            for l in lines {
                let (Stage::Cancelled, Some(close), Some(cancel)) = (l.stage, l.close, l.cancel) else {
                    continue;
                };
                let credited = close >= self.plan.start
                    && close <= self.plan.end
                    && close <= as_of
                    && members
                        .binary_search_by(|m| m.id.as_str().cmp(l.seller))
                        .is_ok_and(|i| members[i].is_active(close));
                if credited
                    && (cancel - close).num_days() <= cb.days
                    && cancel >= close
                    && (cancel > self.plan.end || cancel > as_of)
                {
                    let why = if cancel > self.plan.end {
                        "after the plan's end"
                    } else {
                        "after the as-of date"
                    };
                    out.push(Warning {
                        seller: l.seller.to_string(),
                        message: format!(
                            "deal {} of seller {}: cancelled on {cancel}, {why}; nothing is clawed back",
                            l.id, l.seller
                        ),
                    });
                }
            }
        }
        // Each seller's warnings depend on their own lines only, so a what-if can replace
        // the warnings of the sellers it recomputes and keep this order.
        out.sort_unstable();
        out
    }
}
