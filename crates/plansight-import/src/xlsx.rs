//! XLSX workbooks (sellers keep their numbers in spreadsheets), read with calamine.
//!
//! Cells become text the way a person reads them: dates as `YYYY-MM-DD`, whole numbers
//! without a fraction, other numbers in the shortest decimal that reads back as the
//! same binary value. Excel stores numbers as binary floating point, so "1234.5" in a
//! cell is exactly the decimal the user typed whenever it has 15 significant digits or
//! fewer; that decimal text is what the exact parsers see.

use crate::Table;
use calamine::{Data, Reader, Xlsx};
use plansight_plan::{Problem, Problems};
use std::io::Cursor;

/// Whether `bytes` start like an XLSX workbook (a ZIP archive), whatever the file is called.
pub fn looks_like_xlsx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Reads the workbook in `bytes` (named `name` in problems); `sheet` picks a sheet, by
/// default the first. Read from memory, so no file is written or named by the caller.
pub fn read(bytes: &[u8], name: &str, sheet: Option<&str>) -> Result<Table, Problems> {
    let fail = |message: String, hint: &str| Problems::from(Problem::file(name, message).hint(hint.to_string()));
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| {
        fail(
            format!("cannot be read as an XLSX workbook: {e}"),
            "save it from the spreadsheet as .xlsx, or export CSV",
        )
    })?;
    let names = book.sheet_names().to_vec();
    let chosen = match sheet {
        Some(s) => names.iter().find(|n| n.as_str() == s).cloned().ok_or_else(|| {
            fail(
                format!("has no sheet \"{s}\""),
                &format!("its sheets are: {}", names.join(", ")),
            )
        })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| fail("has no sheets".into(), "export the report again"))?,
    };
    let range = book.worksheet_range(&chosen).map_err(|e| {
        fail(
            format!("sheet \"{chosen}\" cannot be read: {e}"),
            "save the workbook again from the spreadsheet",
        )
    })?;
    let file = format!("{name}[{chosen}]");
    let top = range.start().map_or(0, |(r, _)| r as usize);
    let mut rows = range
        .rows()
        .enumerate()
        .map(|(i, r)| (top + i + 1, r.iter().map(cell_text).collect::<Vec<String>>()));
    let Some((_, header)) = rows.next() else {
        return Err(Problem::file(&file, "is empty")
            .hint("put the header in the first row")
            .into());
    };
    let header = header.into_iter().map(|h| h.trim().to_string()).collect();
    let rows = rows.filter(|(_, r)| r.iter().any(|c| !c.trim().is_empty())).collect();
    Ok(Table { file, header, rows })
}

/// A cell as text (see the module docs).
pub fn cell_text(c: &Data) -> String {
    match c {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => float_text(*f),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => match d.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => t.date().to_string(),
            Some(t) => t.to_string(),
            None => d.as_f64().to_string(),
        },
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// The shortest decimal that reads back as `f`, without exponent ("1234.5", "2E-7" as
/// "0.0000002").
fn float_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        return format!("{}", f as i64);
    }
    // Rust prints the shortest round-trip representation, never in exponent form.
    format!("{f}")
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn numbers_read_as_the_decimal_typed() {
        assert_eq!(float_text(14269.0), "14269");
        assert_eq!(float_text(1234.5), "1234.5");
        assert_eq!(float_text(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_text(19.99), "19.99");
        assert_eq!(float_text(0.0000002), "0.0000002");
    }
}
