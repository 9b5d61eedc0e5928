//! Outside exports into Plansight's own columns.
//!
//! A CRM export or a seller's spreadsheet does not use Plansight's column names or
//! stage words. This crate reads the export ([`Table::read`]: CSV, or the first or a
//! named sheet of an XLSX workbook) and applies a [`Mapping`] (columns, values such as
//! stages, defaults for empty cells, a date format), producing `deals.csv` or
//! `sellers.csv` bytes that the CLI's own parsers then validate. Problems found by
//! those parsers are pointed back at the export's own rows and columns
//! ([`Mapped::explain`]).

mod mapping;
pub mod suggest;
mod xlsx;

pub use mapping::{Kind, Mapped, Mapping};
use plansight_plan::{Problem, Problems};
use std::path::Path;
pub use suggest::{guess, Guess};

/// An export read as text: a header and rows, each with the line (CSV) or row (XLSX)
/// it came from, 1-based, the header being 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// How problems name the source: the file, and the sheet for a workbook.
    pub file: String,
    /// The column names, trimmed.
    pub header: Vec<String>,
    /// Each non-empty row with its 1-based line (CSV) or row (XLSX) number.
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Whether `bytes` named `name` is an XLSX workbook rather than CSV text.
pub fn is_workbook(name: &str, bytes: &[u8]) -> bool {
    xlsx::looks_like_xlsx(bytes) || name.to_ascii_lowercase().ends_with(".xlsx")
}

impl Table {
    /// Reads a CSV file, or an XLSX workbook (by extension; `sheet` picks a sheet, by
    /// default the first).
    pub fn read(path: &Path, sheet: Option<&str>) -> Result<Table, Problems> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| {
            Problems::from(Problem::file(&name, format!("cannot be read: {e}")).hint("check the path and permissions"))
        })?;
        Table::from_bytes(&name, &bytes, sheet)
    }

    /// Reads an export held in memory (the app's file picker): an XLSX workbook when the
    /// bytes are one or the name ends in `.xlsx`, CSV otherwise. `name` only names the
    /// source in problems; it is never used as a path.
    pub fn from_bytes(name: &str, bytes: &[u8], sheet: Option<&str>) -> Result<Table, Problems> {
        if is_workbook(name, bytes) {
            return xlsx::read(bytes, name, sheet);
        }
        if sheet.is_some() {
            return Err(Problem::file(name, "--sheet applies to XLSX workbooks only")
                .hint("leave --sheet out for a CSV file")
                .into());
        }
        Table::from_csv(name, bytes)
    }

    /// Reads CSV bytes (comma-separated, optional UTF-8 byte order mark).
    pub fn from_csv(file: &str, bytes: &[u8]) -> Result<Table, Problems> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes);
        let mut records = rdr.records();
        let header = match records.next() {
            None => {
                return Err(Problem::file(file, "is empty")
                    .hint("export the report with its header row")
                    .into())
            }
            Some(Err(e)) => {
                return Err(Problem::file(file, format!("cannot be read as CSV: {e}"))
                    .line(1)
                    .into())
            }
            Some(Ok(h)) => h.iter().map(|s| s.trim().to_string()).collect::<Vec<_>>(),
        };
        let mut rows = Vec::new();
        for r in records {
            let r = r.map_err(|e| {
                Problems::from(
                    Problem::file(file, format!("cannot be read as CSV: {e}"))
                        .line(e.position().map_or(0, |p| p.line() as usize))
                        .hint("check quotes and delimiters"),
                )
            })?;
            let line = r.position().map_or(0, |p| p.line() as usize);
            if r.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            rows.push((line, r.iter().map(str::to_string).collect()));
        }
        Ok(Table {
            file: file.to_string(),
            header,
            rows,
        })
    }
}
