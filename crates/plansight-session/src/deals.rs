//! The deals table: a seller's credit lines with their earnings, their explanations,
//! and edits by hand (change, add, win, drop), each one audited change in the store.

use crate::error::form_problems;
use crate::{no_seller, Failure, Session};
use plansight_plan::calendar::period_index;
use plansight_plan::fixed::{format_scaled, parse_scaled, MONEY_DIGITS, SHARE_DIGITS};
use plansight_plan::{parse_deals, Cents, CreditLine, Exact, ItemKind, SellerResult, Share, Stage};
use plansight_view::{DealForm, DealRow, ExplainedItem, Explanation};
use std::collections::HashMap;

/// Where lines added by hand come from, in the store and its history.
pub const ADDED_IN_APP: &str = "added in the app";

fn text(o: &Option<String>) -> String {
    o.clone().unwrap_or_default()
}

/// A share (scaled by 10^4) as a percentage ("100", "50", "33.33").
fn share_percent(split: Share) -> String {
    let s = format_scaled(split.0 as i128 * 100, SHARE_DIGITS);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A percentage typed in a form as the fraction the files hold ("50" -> "0.5"); the
/// text itself when it is not a number, so the parser names the problem.
pub fn percent_to_fraction(percent: &str, digits: u32) -> String {
    match parse_scaled(percent.trim(), digits) {
        Ok(v) => {
            let s = format_scaled(v as i128, digits + 2);
            let s = s.trim_end_matches('0').trim_end_matches('.');
            if s.is_empty() {
                "0".into()
            } else {
                s.to_string()
            }
        }
        Err(_) => percent.to_string(),
    }
}

/// A line as the table shows it, with what it earns.
pub fn row(l: &CreditLine, earnings: Exact) -> DealRow {
    DealRow {
        id: l.id.clone(),
        seller: l.seller.clone(),
        name: text(&l.name),
        account: text(&l.account),
        amount: format_scaled(l.amount.0 as i128, MONEY_DIGITS),
        close_date: l.close_date.map(|d| d.to_string()).unwrap_or_default(),
        stage: l.stage.as_str().into(),
        deal_type: text(&l.deal_type),
        product: text(&l.product),
        split_percent: share_percent(l.split),
        earnings: earnings.money(),
        hold: text(&l.hold),
    }
}

/// What each deal earns the seller, over all of its items.
fn earnings_by_deal(s: &SellerResult) -> HashMap<&str, Exact> {
    let mut by: HashMap<&str, Exact> = HashMap::new();
    for i in &s.items {
        if let Some(d) = i.deal.as_deref() {
            *by.entry(d).or_default() = by.get(d).copied().unwrap_or_default() + i.amount;
        }
    }
    by
}

/// The most items an explanation lists (a busy quarter has hundreds of deals).
const MAX_EXPLAINED: usize = 500;

fn kind_words(k: ItemKind) -> &'static str {
    match k {
        ItemKind::Measure => "earnings",
        ItemKind::Bonus => "bonus",
        ItemKind::Clawback => "clawback",
        ItemKind::CapAdjustment => "payout cap",
    }
}

impl Session {
    /// The seller's credit lines, in the order they were imported, with their earnings.
    pub fn deals(&self, seller: &str) -> Result<Vec<DealRow>, Failure> {
        let s = self.calc.seller(seller).ok_or_else(|| no_seller(seller))?;
        let by = earnings_by_deal(s);
        Ok(self
            .inputs
            .lines
            .iter()
            .filter(|l| l.seller == seller)
            .map(|l| row(l, by.get(l.id.as_str()).copied().unwrap_or_default()))
            .collect())
    }

    /// Every item the deal earned the seller, each explained from the engine's trace.
    pub fn explain(&self, seller: &str, deal: &str) -> Result<Explanation, Failure> {
        let s = self.calc.seller(seller).ok_or_else(|| no_seller(seller))?;
        let items: Vec<ExplainedItem> = s
            .items
            .iter()
            .filter(|i| i.deal.as_deref() == Some(deal))
            .map(|i| ExplainedItem {
                kind: kind_words(i.kind).into(),
                amount: i.amount.money(),
                text: plansight_engine::explain::explain_item(&self.inputs.plan, i),
            })
            .collect();
        let total = s
            .items
            .iter()
            .filter(|i| i.deal.as_deref() == Some(deal))
            .map(|i| i.amount)
            .sum::<Exact>();
        let held = self
            .inputs
            .lines
            .iter()
            .find(|l| l.seller == seller && l.id == deal)
            .and_then(|l| l.hold.as_deref())
            .map(|why| {
                format!("Deal {deal} is held ({why}): it credits nothing until it is released on the Health screen.")
            })
            .unwrap_or_default();
        Ok(Explanation {
            deal: deal.into(),
            seller: seller.into(),
            total: total.money(),
            items,
            held,
        })
    }

    /// The items behind a figure of My plan: a measure's earnings in a quota period
    /// (`measure` given), or what a payout period earned (`measure` none), each item
    /// explained from the engine's trace, with draws and recoveries of the payout.
    pub fn explain_figure(&self, seller: &str, measure: Option<&str>, period: &str) -> Result<Explanation, Failure> {
        let s = self.calc.seller(seller).ok_or_else(|| no_seller(seller))?;
        let plan = &self.inputs.plan;
        let explained = |i: &plansight_plan::Item| ExplainedItem {
            kind: kind_words(i.kind).into(),
            amount: i.amount.money(),
            text: plansight_engine::explain::explain_item(plan, i),
        };
        let (subject, mut items): (String, Vec<ExplainedItem>) = match measure {
            Some(id) => {
                let m = plan
                    .measures
                    .iter()
                    .find(|m| m.id == id)
                    .ok_or_else(|| Failure::not_found(format!("The plan has no measure \"{id}\".")))?;
                let index = (0..m.quota_period.count())
                    .find(|&k| m.quota_period.label(k) == period)
                    .ok_or_else(|| Failure::not_found(format!("{} has no quota period \"{period}\".", m.name)))?;
                let of = |i: &&plansight_plan::Item| {
                    i.kind == ItemKind::Measure
                        && i.measure.as_deref() == Some(id)
                        && i.trace.period == Some(index as u8)
                };
                (
                    format!("{} earnings in {period}", m.name),
                    s.items.iter().filter(of).map(explained).collect(),
                )
            }
            None => {
                let payout = s
                    .payouts
                    .iter()
                    .find(|p| p.period == period)
                    .ok_or_else(|| Failure::not_found(format!("{seller} has no payout period \"{period}\".")))?;
                let of = |i: &&plansight_plan::Item| {
                    period_index(plan.start, plan.payout_period, i.date)
                        .map(|k| plan.payout_period.label(k))
                        .as_deref()
                        == Some(period)
                };
                let mut items: Vec<ExplainedItem> = s.items.iter().filter(of).map(explained).collect();
                if payout.draw != Exact::default() {
                    items.push(ExplainedItem {
                        kind: "draw".into(),
                        amount: payout.draw.money(),
                        text: format!(
                            "A draw of {} tops the period up to the guaranteed amount.",
                            payout.draw.money()
                        ),
                    });
                }
                if payout.recovered != Exact::default() {
                    items.push(ExplainedItem {
                        kind: "recovery".into(),
                        amount: (-payout.recovered).money(),
                        text: format!(
                            "{} of earlier draws is recovered from this period.",
                            payout.recovered.money()
                        ),
                    });
                }
                (format!("{period} payout"), items)
            }
        };
        if items.len() > MAX_EXPLAINED {
            let more = items.len() - MAX_EXPLAINED;
            items.truncate(MAX_EXPLAINED);
            items.push(ExplainedItem {
                kind: "more".into(),
                amount: String::new(),
                text: format!("… and {more} more items (the Deals screen lists them all)"),
            });
        }
        let total = match measure {
            Some(id) => s
                .measures
                .iter()
                .find(|m| m.measure == id)
                .and_then(|m| m.periods.iter().find(|p| p.period == period))
                .map(|p| p.earnings),
            None => s.payouts.iter().find(|p| p.period == period).map(|p| p.payable),
        };
        Ok(Explanation {
            deal: subject,
            seller: seller.into(),
            total: total.unwrap_or_default().money(),
            items,
            held: String::new(),
        })
    }

    fn line(&self, seller: &str, id: &str) -> Result<&CreditLine, Failure> {
        self.inputs
            .lines
            .iter()
            .find(|l| l.seller == seller && l.id == id)
            .ok_or_else(|| {
                Failure::not_found(format!(
                    "{seller} has no deal \"{id}\"; it may have been changed by an import or an undo."
                ))
            })
    }

    /// Reads a deal form through the deals parser (same checks and messages as an
    /// import), keeping the fields the form does not show from `original`.
    fn read_form(&self, form: &DealForm, original: Option<&CreditLine>) -> Result<CreditLine, Failure> {
        let keep = original
            .cloned()
            .unwrap_or_else(|| CreditLine::won("", "", Cents::ZERO, self.calc.as_of));
        let none = |s: &str| s.trim().to_string();
        let mut w = csv::Writer::from_writer(Vec::new());
        let head = [
            "id",
            "seller",
            "amount",
            "close_date",
            "stage",
            "type",
            "product",
            "split",
            "account",
            "name",
            "probability",
            "term_months",
            "cancel_date",
        ];
        let split = if form.split_percent.trim().is_empty() {
            "1".to_string()
        } else {
            percent_to_fraction(&form.split_percent, SHARE_DIGITS)
        };
        let record = [
            none(&form.id),
            none(&form.seller),
            none(&form.amount).replace(',', ""),
            none(&form.close_date),
            none(&form.stage),
            none(&form.deal_type),
            none(&form.product),
            split,
            none(&form.account),
            none(&form.name),
            keep.probability
                .map(|p| format_scaled(p.0 as i128, SHARE_DIGITS))
                .unwrap_or_default(),
            keep.term_months.map(|t| t.to_string()).unwrap_or_default(),
            keep.cancel_date.map(|d| d.to_string()).unwrap_or_default(),
        ];
        w.write_record(head)
            .and_then(|_| w.write_record(&record))
            .map_err(|e| Failure::internal(format!("The deal form could not be read: {e}")))?;
        let bytes = w
            .into_inner()
            .map_err(|e| Failure::internal(format!("The deal form could not be read: {e}")))?;
        let mut lines = parse_deals("the deal form", &bytes, Some(&self.inputs.plan.currency))
            .map_err(|p| form_problems(p, "deal"))?;
        lines.pop().ok_or_else(|| Failure::input("The deal form is empty."))
    }

    /// Saves a deal form: changes the seller's deal `original` (an id), or adds a new
    /// deal when there is none. One audited change; the calculation is redone.
    pub fn save_deal(&mut self, original: Option<&str>, form: &DealForm) -> Result<String, Failure> {
        let before = original.map(|id| self.line(&form.seller, id).cloned()).transpose()?;
        let mut after = self.read_form(form, before.as_ref())?;
        // A hold is released on the Health screen, not by editing the deal.
        after.hold = before.as_ref().and_then(|b| b.hold.clone());
        let (action, summary) = match &before {
            Some(b) if *b == after => return Ok(format!("Deal {} is unchanged.", after.id)),
            Some(b) => (
                "edit deal",
                format!("deal {} of {}: {}", b.id, b.seller, changes(b, &after)),
            ),
            None => (
                "add deal",
                format!(
                    "deal {} of {} added: {} {}",
                    after.id,
                    after.seller,
                    format_scaled(after.amount.0 as i128, MONEY_DIGITS),
                    after.stage.as_str()
                ),
            ),
        };
        let edits = [(before, Some(after))];
        self.ws().edit_lines(action, &summary, &edits, ADDED_IN_APP)?;
        self.refresh_edited(&edits)?;
        Ok(format!("Saved: {summary}."))
    }

    /// Wins (`won`) or drops (`lost`) a deal. A deal won without a close date closes on
    /// the calculation's as-of date.
    pub fn set_stage(&mut self, seller: &str, id: &str, stage: &str) -> Result<String, Failure> {
        let stage = Stage::parse(stage)
            .ok_or_else(|| Failure::input(format!("\"{stage}\" is not a stage; use won, lost, open or cancelled.")))?;
        let before = self.line(seller, id)?.clone();
        let mut after = before.clone();
        after.stage = stage;
        if stage == Stage::Won && after.close_date.is_none() {
            after.close_date = Some(self.calc.as_of);
        }
        if after == before {
            return Ok(format!("Deal {id} is already {}.", stage.as_str()));
        }
        let summary = format!("deal {id} of {seller}: {}", changes(&before, &after));
        let edits = [(Some(before), Some(after))];
        self.ws().edit_lines("edit deal", &summary, &edits, ADDED_IN_APP)?;
        self.refresh_edited(&edits)?;
        Ok(format!("Saved: {summary}."))
    }

    /// Removes one of a seller's deals from the workspace (undo brings it back).
    pub fn delete_deal(&mut self, seller: &str, id: &str) -> Result<String, Failure> {
        let before = self.line(seller, id)?.clone();
        let summary = format!("deal {id} of {seller} removed");
        let edits = [(Some(before), None)];
        self.ws().edit_lines("remove deal", &summary, &edits, ADDED_IN_APP)?;
        self.refresh_edited(&edits)?;
        Ok(format!("Saved: {summary}."))
    }
}

/// "amount 1000.00 -> 2000.00, stage open -> won".
fn changes(a: &CreditLine, b: &CreditLine) -> String {
    let mut out = Vec::new();
    let mut diff = |what: &str, x: String, y: String| {
        if x != y {
            out.push(format!(
                "{what} {} -> {}",
                if x.is_empty() { "-" } else { &x },
                if y.is_empty() { "-" } else { &y }
            ));
        }
    };
    let (ra, rb) = (row(a, Exact::default()), row(b, Exact::default()));
    diff("id", ra.id, rb.id);
    diff("amount", ra.amount, rb.amount);
    diff("close date", ra.close_date, rb.close_date);
    diff("stage", ra.stage, rb.stage);
    diff("type", ra.deal_type, rb.deal_type);
    diff("product", ra.product, rb.product);
    diff("split %", ra.split_percent, rb.split_percent);
    diff("account", ra.account, rb.account);
    diff("name", ra.name, rb.name);
    if out.is_empty() {
        "no visible change".into()
    } else {
        out.join(", ")
    }
}
