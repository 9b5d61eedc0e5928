//! A price list (optional, in the workspace): each product with its list price and
//! family. The data-health checks compare deals with it: a product spelt differently
//! from the list, or an amount far from the list price.

use crate::csvread::{header, next_row, reader, text, RowProblems};
use crate::fixed::{parse_scaled, MONEY_DIGITS};
use crate::plan::Cents;
use crate::problem::{Problem, Problems};
use std::collections::HashMap;

/// One product of the price list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Price {
    /// The product as the price list spells it (deals compare it case-insensitively).
    pub product: String,
    /// List price of one unit, in cents.
    pub price: Cents,
    /// Product family or series, descriptive.
    pub family: Option<String>,
}

/// The columns a price list may have.
pub const PRICE_COLUMNS: [&str; 3] = ["product", "price", "family"];

/// Reads a price list (`product,price[,family]`). Every bad value is a problem with its
/// line and column; a product listed twice (case-insensitively) is one too.
pub fn parse_prices(file: &str, bytes: &[u8]) -> Result<Vec<Price>, Problems> {
    let mut rdr = reader(bytes);
    let head = header(file, &mut rdr, "product, price")?;
    let col = |name: &str| head.iter().position(|h| h == name);
    let (Some(product_col), Some(price_col)) = (col("product"), col("price")) else {
        return Err(Problem::file(file, "the header needs the columns product and price")
            .line(1)
            .hint(format!(
                "the header is: {}; map your columns onto product, price, family",
                head.join(",")
            ))
            .into());
    };
    let family_col = col("family");
    let mut problems = RowProblems::new(file);
    let mut out = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut rec = csv::ByteRecord::new();
    while let Some(line) = next_row(&mut rdr, &mut rec, &mut problems, Some("check quotes and delimiters")) {
        let before = problems.list.0.len() + problems.more;
        let get = |c: &str, i: Option<usize>, p: &mut RowProblems| text(&rec, i, line, c, p).filter(|s| !s.is_empty());
        let product = get("product", Some(product_col), &mut problems).map(str::to_string);
        if product.is_none() {
            problems.add(line, "product", "is empty", Some("every price needs its product"));
        }
        let price = match get("price", Some(price_col), &mut problems) {
            None => {
                problems.add(line, "price", "is empty", Some("write the list price, e.g. 550.00"));
                None
            }
            Some(s) => match parse_scaled(s, MONEY_DIGITS) {
                Ok(v) if v > 0 => Some(Cents(v)),
                Ok(_) => {
                    problems.add(line, "price", "must be positive", None);
                    None
                }
                Err(e) => {
                    problems.add(
                        line,
                        "price",
                        format!("\"{s}\" {e}"),
                        Some("write a plain decimal with at most 2 fractional digits"),
                    );
                    None
                }
            },
        };
        let family = get("family", family_col, &mut problems).map(str::to_string);
        if problems.list.0.len() + problems.more != before {
            continue;
        }
        let (Some(product), Some(price)) = (product, price) else {
            continue;
        };
        if let Some(first) = seen.get(&product.to_lowercase()) {
            problems.add(
                line,
                "product",
                format!("{product} is already on line {first}"),
                Some("list each product once"),
            );
            continue;
        }
        seen.insert(product.to_lowercase(), line);
        out.push(Price { product, price, family });
    }
    problems.finish().into_result(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_price_list_is_read_and_its_bad_values_are_located() {
        let ok = parse_prices("p.csv", b"product,price,family\nGTX Pro,4821,GTX\nMG Special,55.50,\n").unwrap();
        assert_eq!(ok[0].price, Cents(482_100));
        assert_eq!(ok[1].family, None);
        let bad = parse_prices("p.csv", b"product,price\nGTX Pro,4821\ngtx pro,1\nMG,abc\n,5\n").unwrap_err();
        let text = bad.to_string();
        assert!(
            text.contains("p.csv:3: product: gtx pro is already on line 2"),
            "{text}"
        );
        assert!(text.contains("p.csv:4: price: \"abc\""), "{text}");
        assert!(text.contains("p.csv:5: product: is empty"), "{text}");
    }
}
