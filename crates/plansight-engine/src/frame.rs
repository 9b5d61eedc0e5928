//! Credit lines in columnar form: the engine's input, built once per data load and
//! reused by every calculation and what-if over it.

use plansight_plan::calendar::epoch_days;
use plansight_plan::dealcols::{DealColumns, NONE};
use plansight_plan::{Id, Inputs, Member, Stage, Warning};
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
        let cols = DealColumns::from_lines(&inputs.lines);
        let mut frame = Self::from_columns(&cols, inputs.members(), &mut off_roster);
        frame.warnings = inputs.warnings_with(&off_roster);
        frame
    }

    /// Builds the columns of credit lines read in columns (a deals file read by
    /// [`plansight_plan::parse_deal_columns`]), for the given sellers, counting the lines
    /// of sellers not among them in `off_roster`.
    pub fn from_columns<'a>(
        cols: &'a DealColumns,
        members: Vec<Member>,
        off_roster: &mut BTreeMap<&'a str, usize>,
    ) -> LineFrame {
        let index: PlHashMap<&str, u32> = members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.as_str(), i as u32))
            .collect();
        // The member of each distinct seller, looked up once per seller, not per line.
        let member: Vec<Option<u32>> = cols.sellers.iter().map(|s| index.get(&**s).copied()).collect();
        drop(index);
        let codes = |values: &[Box<str>]| {
            let mut d = Dictionary::default();
            let codes: Vec<u32> = values.iter().map(|v| d.code(v)).collect();
            (d, codes)
        };
        let (types, type_code) = codes(&cols.types);
        let (products, product_code) = codes(&cols.products);
        let code = |c: u32, map: &[u32]| (c != NONE).then(|| map[c as usize]);
        let n = cols.len();
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
        for i in 0..n {
            let Some(s) = member[cols.seller[i] as usize] else {
                *off_roster.entry(&cols.sellers[cols.seller[i] as usize]).or_default() += 1;
                continue;
            };
            let m = &members[s as usize];
            let close_day = cols.close[i].map(epoch_days);
            let stage = cols.stage[i];
            keyed.push((s, close_day, cols.deal[i], row.len() as IdxSize));
            row.push(i as u32);
            seller.push(s);
            deal.push(cols.deal[i]);
            close.push(close_day);
            credit.push(cols.amount[i] * cols.split[i]);
            amount.push(cols.amount[i]);
            split.push(cols.split[i]);
            credited.push(cols.credits(i));
            cancel.push(if stage == Stage::Cancelled {
                cols.cancel[i].map(epoch_days)
            } else {
                None
            });
            dtype.push(code(cols.deal_type[i], &type_code));
            prod.push(code(cols.product[i], &product_code));
            term.push(cols.term_months[i]);
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
        LineFrame {
            df,
            members,
            deal_ids: cols.deal_ids.clone(),
            types,
            products,
            warnings: Vec::new(),
        }
    }
}
