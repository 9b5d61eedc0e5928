//! Credit lines in columnar form: the engine's input, built once per data load and
//! reused by every calculation and what-if over it.

use plansight_plan::calendar::epoch_days;
use plansight_plan::{CreditLine, Id, Inputs, Member, Stage, Warning};
use polars::prelude::*;
use rayon::prelude::*;
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
    /// The deal types, as codes; column `type` indexes this.
    pub types: Dictionary,
    /// The products, as codes; column `product` indexes this.
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
    fn from_lines<'a>(
        lines: &'a [CreditLine],
        members: Vec<Member>,
        off_roster: &mut BTreeMap<&'a str, usize>,
    ) -> LineFrame {
        // polars' hash map (ahash): hashed once per credit line.
        let index: PlHashMap<&str, u32> = members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.as_str(), i as u32))
            .collect();
        // Deal ids ranked byte-wise (the spec's order of items on one date) by sorting
        // (id, line) pairs on all cores: the rank of each line falls out of one walk,
        // with no map from a million ids.
        let mut by_id: Vec<(&str, u32)> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id.as_str(), i as u32))
            .collect();
        by_id.par_sort_unstable_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        let mut deal_ids: Vec<&str> = Vec::new();
        let mut deal_rank = vec![0u32; lines.len()];
        for (id, i) in by_id {
            if deal_ids.last() != Some(&id) {
                deal_ids.push(id);
            }
            deal_rank[i as usize] = deal_ids.len() as u32 - 1;
        }
        let mut types = Dictionary::default();
        let mut products = Dictionary::default();
        let n = lines.len();
        let (mut row, mut seller, mut deal, mut close, mut credit, mut amount, mut split) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
        );
        let (mut credited, mut cancel, mut dtype, mut prod, mut term, mut mstart, mut mend) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
        );
        // Columns are filled in the lines' own order (reading memory in sequence), then
        // the rows are put in the order of items and cumulative credit (seller, close
        // date, deal) by one gather, so the engine never sorts the frame again.
        let mut keyed: Vec<(u32, Option<i32>, u32, IdxSize)> = Vec::with_capacity(n);
        for (i, l) in lines.iter().enumerate() {
            let Some(&s) = index.get(l.seller.as_str()) else {
                *off_roster.entry(l.seller.as_str()).or_default() += 1;
                continue;
            };
            let m = &members[s as usize];
            let close_day = l.close_date.map(epoch_days);
            keyed.push((s, close_day, deal_rank[i], row.len() as IdxSize));
            row.push(i as u32);
            seller.push(s);
            deal.push(deal_rank[i]);
            close.push(close_day);
            credit.push(l.credit_micros());
            amount.push(l.amount.0);
            split.push(l.split.0);
            credited.push(l.credits());
            cancel.push(if l.stage == Stage::Cancelled {
                l.cancel_date.map(epoch_days)
            } else {
                None
            });
            dtype.push(l.deal_type.as_deref().map(|t| types.code(t)));
            prod.push(l.product.as_deref().map(|p| products.code(p)));
            term.push(l.term_months);
            mstart.push(epoch_days(m.start));
            mend.push(epoch_days(m.end));
        }
        keyed.par_sort_unstable();
        let order = IdxCa::from_vec("order".into(), keyed.into_iter().map(|k| k.3).collect());
        let df = DataFrame::new(
            row.len(),
            vec![
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
            ],
        )
        .and_then(|df| df.take(&order))
        .expect("columns of equal length, and an order within them");
        // `index` borrows `members`, which moves into the frame below.
        drop(index);
        LineFrame {
            df,
            members,
            deal_ids: deal_ids.into_iter().map(Id::from).collect(),
            types,
            products,
            warnings: Vec::new(),
        }
    }
}
