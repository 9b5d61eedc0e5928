//! The price list in the workspace: read, and replaced by an import as one audited
//! change (so undo takes an import back).

use crate::audit::{Row, RowChange, PRICE};
use crate::imports::Report;
use crate::lines::Diff;
use crate::{StoreError, Workspace};
use plansight_plan::{parse_prices, Cents, Price};
use rusqlite::Connection;
use serde_json::{json, Value};
use std::collections::HashMap;

/// The stored image of one product's price.
pub fn price_row(p: &Price) -> Row {
    let Value::Object(m) = json!({"product": p.product, "price": p.price.0, "family": p.family}) else {
        unreachable!("json! of an object")
    };
    m
}

/// Every stored price, by product.
pub fn read_prices(conn: &Connection) -> rusqlite::Result<Vec<Price>> {
    let mut stmt = conn.prepare_cached("SELECT product, price, family FROM price ORDER BY product")?;
    let rows = stmt.query_map([], |r| {
        Ok(Price {
            product: r.get(0)?,
            price: Cents(r.get(1)?),
            family: r.get(2)?,
        })
    })?;
    rows.collect()
}

/// The changes that make the stored list equal to `new` (by product as spelt).
fn diff_prices(stored: &[Price], new: &[Price]) -> Diff {
    let mut d = Diff::default();
    let index: HashMap<&str, &Price> = stored.iter().map(|p| (p.product.as_str(), p)).collect();
    for p in new {
        match index.get(p.product.as_str()) {
            Some(s) if *s == p => d.unchanged += 1,
            before => {
                if before.is_some() {
                    d.changed += 1;
                } else {
                    d.added += 1;
                }
                d.rows.push(RowChange {
                    table: &PRICE,
                    before: before.map(|s| price_row(s)),
                    after: Some(price_row(p)),
                });
            }
        }
    }
    for s in stored.iter().filter(|s| !new.iter().any(|p| p.product == s.product)) {
        d.removed += 1;
        d.rows.push(RowChange {
            table: &PRICE,
            before: Some(price_row(s)),
            after: None,
        });
    }
    d
}

impl Workspace {
    /// The price list (empty when none was imported).
    pub fn prices(&self) -> Result<Vec<Price>, StoreError> {
        read_prices(&self.conn).map_err(self.sql())
    }

    /// What importing this price list (in Plansight's columns) would change, or its problems.
    pub fn preview_prices(&self, file: &str, bytes: &[u8]) -> Result<Report, StoreError> {
        Ok(self.diff_prices(file, bytes)?.0)
    }

    /// Replaces the price list with this one, as one audited change named after `source`.
    pub fn import_prices(&mut self, file: &str, bytes: &[u8], source: &str) -> Result<Report, StoreError> {
        self.write(|tx| {
            let (mut report, diff) = self.diff_prices(file, bytes)?;
            let summary = format!("price list from {source}: {}", report.counts());
            report.change = self.record(tx, "import prices", &summary, &diff.rows)?;
            Ok(report)
        })
    }

    fn diff_prices(&self, file: &str, bytes: &[u8]) -> Result<(Report, Diff), StoreError> {
        let new = parse_prices(file, bytes).map_err(StoreError::Input)?;
        let stored = read_prices(&self.conn).map_err(self.sql())?;
        let diff = diff_prices(&stored, &new);
        Ok((Report::of(&diff), diff))
    }
}
