//! Credit lines in columnar form: the engine's input, built once per data load and
//! reused by every calculation and what-if over it.

use plansight_plan::calendar::epoch_days;
use plansight_plan::dealcols::{DealColumns, Strings, NONE};
use plansight_plan::plan::Share;
use plansight_plan::{Inputs, Member, Stage, Warning};
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
        // The rows in the order of items and cumulative credit (seller, close date,
        // deal): each line's index is put in its seller's bucket, in file order, and each
        // seller's few lines are sorted on their own, in parallel. The columns are then
        // gathered through that order; a column every line has the same value in (no
        // split, no product, one plan year for all) is one scalar, not a million copies.
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
        let mut order = vec![0u32; total];
        let mut next = starts.clone();
        for (i, &c) in cols.seller.iter().enumerate() {
            let Some(s) = member[c as usize] else { continue };
            order[next[s as usize]] = i as u32;
            next[s as usize] += 1;
        }
        let mut buckets: Vec<&mut [u32]> = Vec::with_capacity(members.len());
        let mut rest = order.as_mut_slice();
        for s in 0..members.len() {
            let (mine, later) = rest.split_at_mut(starts[s + 1] - starts[s]);
            buckets.push(mine);
            rest = later;
        }
        buckets.into_par_iter().for_each(|mine| {
            mine.sort_unstable_by_key(|&r| (cols.close[r as usize], cols.deal[r as usize], r));
        });
        let order = &order;
        let gather = |f: &(dyn Fn(usize) -> i64 + Sync)| order.iter().map(|&r| f(r as usize)).collect::<Vec<i64>>();
        let code = |c: u32, map: &[u32]| (c != NONE).then(|| map[c as usize]);
        let same = |name: PlSmallStr, dtype: DataType, value: AnyValue<'static>| {
            Column::new_scalar(name, Scalar::new(dtype, value), total)
        };
        // One value per seller, repeated over that seller's lines (the frame's order).
        fn per_seller<T: Copy>(starts: &[usize], value: impl Fn(usize) -> T) -> Vec<T> {
            let mut v = Vec::with_capacity(starts[starts.len() - 1]);
            for s in 0..starts.len() - 1 {
                v.resize(starts[s + 1], value(s));
            }
            v
        }
        let bounds = |f: fn(&Member) -> chrono::NaiveDate, n: PlSmallStr| -> Column {
            let first = members.first().map(f);
            if members.iter().all(|m| Some(f(m)) == first) {
                return same(
                    n,
                    DataType::Int32,
                    first.map_or(AnyValue::Null, |d| AnyValue::Int32(epoch_days(d))),
                );
            }
            Column::new(n, per_seller(&starts, |s| epoch_days(f(&members[s]))))
        };
        // A code column (types, products) in this frame's codes; none when no line has one.
        let coded = |codes: &[u32], map: &[u32], n: PlSmallStr| -> Column {
            if codes.is_empty() {
                return same(n, DataType::UInt32, AnyValue::Null);
            }
            let v: Vec<Option<u32>> = order.iter().map(|&r| code(codes[r as usize], map)).collect();
            Column::new(n, v)
        };
        let column = |name: &str| -> Column {
            let n: PlSmallStr = name.into();
            match name {
                "row" => Column::new(n, order.clone()),
                "seller" => Column::new(n, per_seller(&starts, |s| s as u32)),
                "deal" => Column::new(n, order.iter().map(|&r| cols.deal[r as usize]).collect::<Vec<u32>>()),
                "close" => Column::new(
                    n,
                    order
                        .iter()
                        .map(|&r| cols.close[r as usize].map(epoch_days))
                        .collect::<Vec<Option<i32>>>(),
                ),
                "credit" => Column::new(n, gather(&|r| cols.amount[r] * cols.split(r))),
                "amount" => Column::new(n, gather(&|r| cols.amount[r])),
                "split" if cols.split.is_empty() => same(n, DataType::Int64, AnyValue::Int64(Share::ONE.0)),
                "split" => Column::new(n, gather(&|r| cols.split[r])),
                "credited" => Column::new(
                    n,
                    order.iter().map(|&r| cols.credits(r as usize)).collect::<Vec<bool>>(),
                ),
                "cancel" if cols.cancel.is_empty() => same(n, DataType::Int32, AnyValue::Null),
                "cancel" => Column::new(
                    n,
                    order
                        .iter()
                        .map(|&r| {
                            let r = r as usize;
                            cols.cancel[r]
                                .filter(|_| cols.stage[r] == Stage::Cancelled)
                                .map(epoch_days)
                        })
                        .collect::<Vec<Option<i32>>>(),
                ),
                "dtype" => coded(&cols.deal_type, &type_code, n),
                "prod" => coded(&cols.product, &product_code, n),
                "term" if cols.term_months.is_empty() => same(n, DataType::Int64, AnyValue::Null),
                "term" => Column::new(
                    n,
                    order
                        .iter()
                        .map(|&r| cols.term_months[r as usize])
                        .collect::<Vec<Option<i64>>>(),
                ),
                "mstart" => bounds(|m| m.start, n),
                "mend" => bounds(|m| m.end, n),
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

impl LineFrame {
    /// The frame cut into parts of whole sellers, each of about `lines` credit lines (a
    /// seller with more stays whole), with the sellers of each part numbered from zero.
    /// Each part is a view of these columns, not a copy; warnings stay with `self`.
    pub fn by_sellers(&self, lines: usize) -> Vec<LineFrame> {
        let seller = self
            .df
            .column("seller")
            .expect("a seller column")
            .u32()
            .expect("u32 sellers");
        let seller = seller.cont_slice().expect("one chunk, no nulls");
        // The first line of each seller (the column is sorted by seller).
        let mut starts = vec![0usize; self.members.len() + 1];
        let mut at = 0;
        for (s, start) in starts.iter_mut().enumerate().skip(1) {
            at += seller[at..].partition_point(|&x| (x as usize) < s);
            *start = at;
        }
        let mut parts = Vec::new();
        let mut first = 0;
        while first < self.members.len() {
            let target = starts[first] + lines.max(1);
            let mut end = first + 1;
            while end < self.members.len() && starts[end + 1] <= target {
                end += 1;
            }
            let (from, to) = (starts[first], starts[end]);
            let mut df = self.df.slice(from as i64, to - from);
            let renumbered: Vec<u32> = seller[from..to].iter().map(|&x| x - first as u32).collect();
            df.with_column(Column::new("seller".into(), renumbered))
                .expect("a column of the part's length");
            parts.push(LineFrame {
                df,
                members: self.members[first..end].to_vec(),
                deal_ids: self.deal_ids.clone(),
                types: self.types.clone(),
                products: self.products.clone(),
                warnings: Vec::new(),
            });
            first = end;
        }
        parts
    }
}
