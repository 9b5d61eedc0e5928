//! Credit lines in columnar form: the engine's input, built once per data load and
//! reused by every calculation and what-if over it.

use plansight_plan::calendar::epoch_days;
use plansight_plan::{CreditLine, Id, Inputs, Member, Stage, Warning};
use polars::prelude::*;
use std::collections::BTreeMap;

/// Interned lowercase strings (deal types, products) so filters compare integers.
#[derive(Debug, Default, Clone)]
pub struct Dictionary {
    codes: PlHashMap<String, u32>,
}

impl Dictionary {
    fn code(&mut self, s: &str) -> u32 {
        // Looked up first: most lines repeat a known value, and `entry` would allocate a key.
        if let Some(&c) = self.codes.get(s) {
            return c;
        }
        let n = self.codes.len() as u32;
        self.codes.insert(s.to_string(), n);
        n
    }
    /// Codes of the given values; values never seen get no code (they match nothing).
    pub fn codes_of(&self, values: &[String]) -> Vec<u32> {
        values.iter().filter_map(|v| self.codes.get(v).copied()).collect()
    }
}

/// The credit lines of one calculation as polars columns, plus what is needed to turn
/// results back into ids.
pub struct LineFrame {
    /// One row per credit line whose seller is calculated, sorted by seller, close
    /// date and deal.
    pub df: DataFrame,
    /// The sellers calculated, sorted by id; column `seller` indexes this.
    pub members: Vec<Member>,
    /// Distinct deal ids sorted byte-wise; column `deal` indexes this.
    pub deal_ids: Vec<Id>,
    pub types: Dictionary,
    pub products: Dictionary,
    /// The inputs' warnings (spec 2.7 and 4), found while the frame is built.
    pub warnings: Vec<Warning>,
}

impl LineFrame {
    /// Builds the columns from the inputs' credit lines, and the inputs' warnings.
    pub fn new(inputs: &Inputs) -> LineFrame {
        let mut off_roster = BTreeMap::new();
        let mut frame = Self::from_lines(&inputs.lines, inputs.members(), &mut off_roster);
        frame.warnings = inputs.warnings_with(&off_roster);
        frame
    }

    /// Builds the columns for the given lines and sellers, counting the lines of sellers
    /// not among them in `off_roster`.
    fn from_lines<'a>(lines: &'a [CreditLine], members: Vec<Member>, off_roster: &mut BTreeMap<&'a str, usize>) -> LineFrame {
        // polars' hash maps (ahash): these are hashed once or twice per credit line.
        let index: PlHashMap<&str, u32> = members.iter().enumerate().map(|(i, m)| (m.id.as_str(), i as u32)).collect();
        let mut deal_ids: Vec<&str> = lines.iter().map(|l| l.id.as_str()).collect();
        deal_ids.sort_unstable_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        deal_ids.dedup();
        let deal_rank: PlHashMap<&str, u32> = deal_ids.iter().enumerate().map(|(i, d)| (*d, i as u32)).collect();
        let mut types = Dictionary::default();
        let mut products = Dictionary::default();
        let n = lines.len();
        let (mut row, mut seller, mut deal, mut close, mut credit, mut amount, mut split) =
            (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
        let (mut credited, mut cancel, mut dtype, mut prod, mut term, mut mstart, mut mend) =
            (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
        // Rows are ordered by seller, close date and deal, the order of items and of
        // cumulative credit, so the engine never sorts the frame again.
        let mut keyed: Vec<(u32, Option<i32>, u32, u32)> = Vec::with_capacity(n);
        for (i, l) in lines.iter().enumerate() {
            let Some(&s) = index.get(l.seller.as_str()) else {
                *off_roster.entry(l.seller.as_str()).or_default() += 1;
                continue;
            };
            keyed.push((s, l.close_date.map(epoch_days), deal_rank[l.id.as_str()], i as u32));
        }
        keyed.sort_unstable();
        for (s, close_day, deal_index, i) in keyed {
            let l = &lines[i as usize];
            let m = &members[s as usize];
            row.push(i);
            seller.push(s);
            deal.push(deal_index);
            close.push(close_day);
            credit.push(l.credit_micros());
            amount.push(l.amount);
            split.push(l.split);
            credited.push(l.stage.is_credited());
            cancel.push(if l.stage == Stage::Cancelled { l.cancel_date.map(epoch_days) } else { None });
            dtype.push(l.deal_type.as_deref().map(|t| types.code(t)));
            prod.push(l.product.as_deref().map(|p| products.code(p)));
            term.push(l.term_months);
            mstart.push(epoch_days(m.start));
            mend.push(epoch_days(m.end));
        }
        let df = DataFrame::new(row.len(), vec![
            Column::new("row".into(), row),
            Column::new("seller".into(), seller),
            Column::new("deal".into(), deal),
            Column::new("close".into(), close),
            Column::new("credit".into(), credit),
            Column::new("amount".into(), amount),
            Column::new("split".into(), split),
            Column::new("credited".into(), credited),
            Column::new("cancel".into(), cancel),
            Column::new("dtype".into(), dtype),
            Column::new("prod".into(), prod),
            Column::new("term".into(), term),
            Column::new("mstart".into(), mstart),
            Column::new("mend".into(), mend),
        ])
        .expect("columns of equal length");
        // `index` borrows `members`, which moves into the frame below.
        drop(index);
        LineFrame { df, members, deal_ids: deal_ids.into_iter().map(Id::from).collect(), types, products, warnings: Vec::new() }
    }
}
