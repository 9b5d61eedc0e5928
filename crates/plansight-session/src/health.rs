//! Data health for the CLI (`plansight health`) and the app's Health screen alike: the
//! checks over the open workspace, fixes applied as one audited change (undo takes them
//! back), lines held and released, and the findings an import would bring.

use crate::deals::row;
use crate::{Failure, Session};
use chrono::NaiveDate;
use plansight_health::{Checker, Context, DateMove, Edit, Finding, LineKey};
use plansight_plan::{Calculation, CreditLine, Exact, Inputs, Plan};
use plansight_store::Workspace;
use plansight_view::{FixPreview, HealthSummary, HealthView, PayoutChange};
use std::collections::HashMap;

/// The source named in the history for lines a fix adds (a fix only changes or removes).
const FIXED: &str = "health fix";

/// Today's date (UTC), for open lines expected to close before it.
pub fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    chrono::DateTime::from_timestamp(secs, 0).map_or(NaiveDate::MIN, |t| t.date_naive())
}

/// What the checks know of this workspace besides its lines: every plan version's
/// dates, the roster and the price list.
pub fn context(ws: &Workspace, inputs: &Inputs, today: NaiveDate) -> Result<Context, Failure> {
    let spans = ws
        .plan_versions()?
        .iter()
        .filter_map(|v| Plan::parse(&v.file, &v.source).ok())
        .map(|p| (p.start, p.end))
        .collect();
    let moves = ws
        .date_moves()?
        .into_iter()
        .map(|m| DateMove {
            line: LineKey {
                deal: m.deal,
                seller: m.seller,
            },
            from: m.from,
            to: m.to,
            when: format!("{} by {}", m.at.get(..10).unwrap_or(&m.at), m.who),
        })
        .collect();
    Ok(Context {
        plan: inputs.plan.clone(),
        spans,
        roster: inputs.roster.clone(),
        prices: ws.prices()?,
        today,
        as_of: inputs.as_of,
        moves,
    })
}

/// Checks the workspace's lines (`calc`, their calculation, lets the pattern checks run).
pub fn check(ws: &Workspace, inputs: &Inputs, calc: Option<Calculation>, today: NaiveDate) -> Result<Checker, Failure> {
    Ok(Checker::new(context(ws, inputs, today)?, inputs.lines.clone(), calc))
}

/// The fixes of `findings` as workspace edits: each stored line once, with every fix's
/// change to it (two fixes may touch one line: a product renamed on a line whose seller
/// is re-pointed); a line one fix removes is not changed by another.
pub fn compose(findings: &[&Finding]) -> Vec<(Option<CreditLine>, Option<CreditLine>)> {
    let mut order: Vec<LineKey> = Vec::new();
    let mut now: HashMap<LineKey, (CreditLine, Option<CreditLine>)> = HashMap::new();
    for e in findings.iter().flat_map(|f| f.fix.iter().flat_map(|x| &x.edits)) {
        let key = LineKey::of(&e.before);
        let entry = now.entry(key.clone()).or_insert_with(|| {
            order.push(key);
            (e.before.clone(), Some(e.before.clone()))
        });
        let Some(cur) = &mut entry.1 else {
            continue;
        };
        match &e.after {
            None => entry.1 = None,
            Some(a) => merge(cur, &e.before, a),
        }
    }
    order
        .into_iter()
        .filter_map(|k| now.remove(&k))
        .filter(|(b, a)| a.as_ref() != Some(b))
        .map(|(b, a)| (Some(b), a))
        .collect()
}

/// Applies to `cur` the fields an edit changes from `before` to `after`.
fn merge(cur: &mut CreditLine, before: &CreditLine, after: &CreditLine) {
    macro_rules! take {
        ($($f:ident),*) => { $( if before.$f != after.$f { cur.$f = after.$f.clone(); } )* };
    }
    take!(
        id,
        seller,
        amount,
        close_date,
        stage,
        deal_type,
        product,
        split,
        probability,
        term_months,
        cancel_date,
        account,
        name,
        hold
    );
}

/// Applies the fixes of `findings` as one audited change; its id (none: nothing to change).
pub fn apply(ws: &mut Workspace, findings: &[&Finding]) -> Result<Option<i64>, Failure> {
    let edits = compose(findings);
    if edits.is_empty() {
        return Ok(None);
    }
    let what: Vec<String> = findings
        .iter()
        .filter_map(|f| f.fix.as_ref().map(|x| x.description.clone()))
        .collect();
    let mut summary = format!("{} fix(es): {}", what.len(), what.join("; "));
    if summary.len() > 300 {
        summary = format!("{}…", summary.chars().take(300).collect::<String>());
    }
    Ok(Some(ws.edit_lines("health fix", &summary, &edits, FIXED)?))
}

/// Holds (`why` some) or releases (`why` none) lines, as one audited change.
pub fn hold(ws: &mut Workspace, lines: &[&CreditLine], why: Option<&str>) -> Result<Option<i64>, Failure> {
    let edits: Vec<(Option<CreditLine>, Option<CreditLine>)> = lines
        .iter()
        .filter(|l| l.hold.as_deref() != why)
        .map(|l| {
            let after = CreditLine {
                hold: why.map(str::to_string),
                ..(*l).clone()
            };
            (Some((*l).clone()), Some(after))
        })
        .collect();
    if edits.is_empty() {
        return Ok(None);
    }
    let ids: Vec<&str> = lines.iter().map(|l| l.id.as_str()).collect();
    let summary = match why {
        Some(w) => format!("held {} ({w})", ids.join(", ")),
        None => format!("released {}", ids.join(", ")),
    };
    let action = if why.is_some() { "hold" } else { "release" };
    Ok(Some(ws.edit_lines(action, &summary, &edits, FIXED)?))
}

/// The findings that importing these lines (the workspace's lines after an import)
/// would bring: those not found in the workspace as it is.
pub fn brought(
    ws: &Workspace,
    now: &Inputs,
    after: Vec<CreditLine>,
    today: NaiveDate,
) -> Result<Vec<Finding>, Failure> {
    let ctx = context(ws, now, today)?;
    // Both sets are checked unpriced; only the findings the import brings are priced.
    let before = Checker::unpriced(ctx.clone(), now.lines.clone());
    let known: std::collections::HashSet<&str> = before.findings().iter().map(|f| f.id.as_str()).collect();
    let after = Checker::unpriced(ctx, after);
    let mut new: Vec<Finding> = after
        .findings()
        .into_iter()
        .filter(|f| !known.contains(f.id.as_str()))
        .cloned()
        .collect();
    after.price(&mut new);
    Ok(new)
}

fn unknown(id: &str) -> Failure {
    Failure::not_found(format!(
        "There is no finding \"{id}\" now (the data may have changed since): look at the Health screen again."
    ))
    .at(id)
}

impl Session {
    /// The checker over the current lines, built when first asked for and kept up to date.
    fn checker(&mut self) -> Result<&Checker, Failure> {
        if self.health.is_none() {
            let c = check(&self.ws(), &self.inputs, Some(self.calc.clone()), today())?;
            self.health = Some(c);
        }
        Ok(self.health.as_ref().expect("just built"))
    }

    /// The Health screen: every finding, grouped by kind, with the money at stake.
    pub fn health(&mut self) -> Result<HealthView, Failure> {
        let currency = self.inputs.plan.currency.clone();
        let calc = self.calc.clone();
        let c = self.checker()?;
        // What each deal earns, per seller, worked out once per seller shown.
        let earned: std::cell::RefCell<HashMap<String, HashMap<String, Exact>>> = Default::default();
        Ok(plansight_view::health_view(c, &currency, |l| {
            let mut by_seller = earned.borrow_mut();
            let deals = by_seller.entry(l.seller.clone()).or_insert_with(|| {
                let mut m: HashMap<String, Exact> = HashMap::new();
                for i in calc.seller(&l.seller).map(|s| s.items.as_slice()).unwrap_or_default() {
                    if let Some(d) = &i.deal {
                        let e = m.entry(d.to_string()).or_default();
                        *e = *e + i.amount;
                    }
                }
                m
            });
            row(l, deals.get(&l.id).copied().unwrap_or(Exact::ZERO))
        }))
    }

    /// The header's badge: the errors and the money they move (the checker is kept, so
    /// after a deal edit this costs the re-check of what the edit touched).
    pub fn health_summary(&mut self) -> Result<HealthSummary, Failure> {
        let currency = self.inputs.plan.currency.clone();
        Ok(plansight_view::health_summary(self.checker()?, &currency))
    }

    /// What applying a finding's fix (or, without one, holding its lines) would change.
    pub fn fix_preview(&mut self, id: &str) -> Result<FixPreview, Failure> {
        let c = self.checker()?;
        let f = c.finding(id).ok_or_else(|| unknown(id))?;
        let (description, edits): (String, Vec<Edit>) = match &f.fix {
            Some(x) => (x.description.clone(), x.edits.clone()),
            None => (
                format!("hold {} (it credits nothing until released)", f.deals().join(", ")),
                hold_edits(c, f),
            ),
        };
        let sellers = plansight_health::stake::effect(c, &edits)
            .into_iter()
            .map(|(seller, b, a)| PayoutChange {
                seller,
                before: b.money(),
                after: a.money(),
                change: (a - b).money(),
            })
            .collect();
        Ok(FixPreview {
            id: id.into(),
            description,
            sellers,
        })
    }

    /// Applies the fixes of these findings as one audited change, and recomputes.
    pub fn apply_fixes(&mut self, ids: &[String]) -> Result<String, Failure> {
        let c = self.checker()?;
        let mut chosen = Vec::new();
        for id in ids {
            let f = c.finding(id).ok_or_else(|| unknown(id))?;
            if f.fix.is_none() {
                return Err(Failure::input(format!(
                    "Finding {id} has no automatic fix: check its lines, or hold them until someone has."
                ))
                .at(id.as_str()));
            }
            chosen.push(f.clone());
        }
        let refs: Vec<&Finding> = chosen.iter().collect();
        let change = apply(&mut self.ws(), &refs)?;
        self.refresh()?;
        Ok(match change {
            Some(n) => format!("Fixed {} finding(s) as change #{n}; undo takes it back.", refs.len()),
            None => "Nothing to change.".into(),
        })
    }

    /// Holds the credited lines of a finding (they credit nothing until released).
    pub fn hold_finding(&mut self, id: &str) -> Result<String, Failure> {
        let c = self.checker()?;
        let f = c.finding(id).ok_or_else(|| unknown(id))?;
        let why = held_why(f);
        let lines: Vec<CreditLine> = hold_edits(c, f).into_iter().map(|e| e.before).collect();
        let refs: Vec<&CreditLine> = lines.iter().collect();
        let change = hold(&mut self.ws(), &refs, Some(&why))?;
        self.refresh()?;
        Ok(match change {
            Some(n) => format!(
                "Held {} line(s) as change #{n}; undo or release lets them credit again.",
                refs.len()
            ),
            None => "Those lines are already held.".into(),
        })
    }

    /// Releases a held line: it credits again.
    pub fn release(&mut self, seller: &str, deal: &str) -> Result<String, Failure> {
        let line = self
            .inputs
            .lines
            .iter()
            .find(|l| l.seller == seller && l.id == deal)
            .cloned()
            .ok_or_else(|| Failure::not_found(format!("{seller} has no deal {deal}.")).at(deal))?;
        let change = hold(&mut self.ws(), &[&line], None)?;
        self.refresh()?;
        Ok(match change {
            Some(n) => format!("Released deal {deal} as change #{n}."),
            None => format!("Deal {deal} is not held."),
        })
    }
}

/// Why a finding's lines are held, in the words the explanations show.
fn held_why(f: &Finding) -> String {
    format!("held for review: {}", f.kind.as_str())
}

/// Holding a finding's credited lines that are not held yet (of a duplicate, the copies
/// only: the first entry of the sale pays as it should).
fn hold_edits(c: &Checker, f: &Finding) -> Vec<Edit> {
    let copies: Vec<LineKey> = match (&f.fix, f.kind) {
        (Some(x), plansight_health::Kind::DuplicateDeal) => x.edits.iter().map(|e| LineKey::of(&e.before)).collect(),
        _ => f.lines.clone(),
    };
    copies
        .iter()
        .filter_map(|k| c.line(k))
        .filter(|l| l.stage.is_credited() && l.hold.is_none())
        .map(|l| Edit {
            before: l.clone(),
            after: Some(CreditLine {
                hold: Some(held_why(f)),
                ..l.clone()
            }),
        })
        .collect()
}
