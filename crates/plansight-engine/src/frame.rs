//! Credit lines in columnar form: the engine's input, built once per data load and
//! reused by every calculation and what-if over it.

use plansight_plan::calendar::epoch_days;
use plansight_plan::dealcols::{DealColumns, Strings, NONE};
use plansight_plan::{Inputs, Member, Stage, Warning};
use polars::prelude::*;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// One credit line's values for the frame, moved as one piece into its seller's bucket.
#[derive(Debug, Clone, Copy, Default)]
struct Rec {
    close: Option<i32>,
    deal: u32,
    row: u32,
    amount: i64,
    split: i64,
    term: Option<i64>,
    cancel: Option<i32>,
    dtype: Option<u32>,
    prod: Option<u32>,
    credited: bool,
}

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
    pub deal_ids: Strings,
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
        // The rows in the order of items and cumulative credit (seller, close date,
        // deal). Each line's values are read once, in file order, into one record that
        // is moved into its seller's bucket (one cache line per line, where gathering
        // each column by the order would miss the cache once per column); each seller's
        // few records are then sorted on their own, in parallel.
        let mut starts = vec![0usize; members.len() + 1];
        for &c in &cols.seller {
            match member[c as usize] {
                Some(s) => starts[s as usize + 1] += 1,
                None => *off_roster.entry(&cols.sellers[c as usize]).or_default() += 1,
            }
        }
        for s in 0..members.len() {
            starts[s + 1] += starts[s];
        }
        let total = starts[members.len()];
        let mut recs = vec![Rec::default(); total];
        let mut next = starts.clone();
        for (i, &c) in cols.seller.iter().enumerate() {
            let Some(s) = member[c as usize] else { continue };
            let cancelled = cols.stage[i] == Stage::Cancelled;
            recs[next[s as usize]] = Rec {
                close: cols.close[i].map(epoch_days),
                deal: cols.deal[i],
                row: i as u32,
                amount: cols.amount[i],
                split: cols.split[i],
                term: cols.term_months[i],
                cancel: cols.cancel[i].filter(|_| cancelled).map(epoch_days),
                dtype: code(cols.deal_type[i], &type_code),
                prod: code(cols.product[i], &product_code),
                credited: cols.credits(i),
            };
            next[s as usize] += 1;
        }
        let mut buckets: Vec<&mut [Rec]> = Vec::with_capacity(members.len());
        let mut rest = recs.as_mut_slice();
        for s in 0..members.len() {
            let (mine, later) = rest.split_at_mut(starts[s + 1] - starts[s]);
            buckets.push(mine);
            rest = later;
        }
        buckets
            .into_par_iter()
            .for_each(|mine| mine.sort_unstable_by_key(|r| (r.close, r.deal, r.row)));
        let mut seller = vec![0u32; total];
        for s in 0..members.len() {
            seller[starts[s]..starts[s + 1]].fill(s as u32);
        }
        let recs = &recs;
        let of = |f: fn(&Rec) -> i64| recs.iter().map(f).collect::<Vec<i64>>();
        let column = |name: &str| -> Column {
            let n = name.into();
            match name {
                "row" => Column::new(n, recs.iter().map(|r| r.row).collect::<Vec<u32>>()),
                "seller" => Column::new(n, seller.clone()),
                "deal" => Column::new(n, recs.iter().map(|r| r.deal).collect::<Vec<u32>>()),
                "close" => Column::new(n, recs.iter().map(|r| r.close).collect::<Vec<Option<i32>>>()),
                "credit" => Column::new(n, of(|r| r.amount * r.split)),
                "amount" => Column::new(n, of(|r| r.amount)),
                "split" => Column::new(n, of(|r| r.split)),
                "credited" => Column::new(n, recs.iter().map(|r| r.credited).collect::<Vec<bool>>()),
                "cancel" => Column::new(n, recs.iter().map(|r| r.cancel).collect::<Vec<Option<i32>>>()),
                "dtype" => Column::new(n, recs.iter().map(|r| r.dtype).collect::<Vec<Option<u32>>>()),
                "prod" => Column::new(n, recs.iter().map(|r| r.prod).collect::<Vec<Option<u32>>>()),
                "term" => Column::new(n, recs.iter().map(|r| r.term).collect::<Vec<Option<i64>>>()),
                "mstart" => Column::new(
                    n,
                    seller
                        .iter()
                        .map(|&s| epoch_days(members[s as usize].start))
                        .collect::<Vec<i32>>(),
                ),
                "mend" => Column::new(
                    n,
                    seller
                        .iter()
                        .map(|&s| epoch_days(members[s as usize].end))
                        .collect::<Vec<i32>>(),
                ),
                _ => unreachable!("a column of the frame"),
            }
        };
        let names = [
            "row", "seller", "deal", "close", "credit", "amount", "split", "credited", "cancel", "dtype", "prod",
            "term", "mstart", "mend",
        ];
        let columns: Vec<Column> = names.par_iter().map(|n| column(n)).collect();
        let df = DataFrame::new(total, columns).expect("columns of equal length");
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
