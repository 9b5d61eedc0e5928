//! Shared CSV reading: header lookup by case-insensitive name, UTF-8 and size checks,
//! and a bounded list of problems so a million bad rows cannot exhaust memory.

use crate::problem::{Problem, Problems};

/// Longest field accepted; anything longer is surely not a deal id or a date.
pub const MAX_FIELD_BYTES: usize = 4096;
/// Problems kept in full; beyond this they are only counted.
pub const MAX_PROBLEMS: usize = 1000;

/// Collects row problems up to [`MAX_PROBLEMS`].
pub(crate) struct RowProblems {
    pub file: String,
    pub list: Problems,
    pub more: usize,
}

impl RowProblems {
    pub fn new(file: &str) -> RowProblems {
        RowProblems {
            file: file.to_string(),
            list: Problems::default(),
            more: 0,
        }
    }
    pub fn add(&mut self, line: usize, column: &str, message: impl Into<String>, hint: Option<&str>) {
        if self.list.0.len() >= MAX_PROBLEMS {
            self.more += 1;
            return;
        }
        let mut p = Problem::file(&self.file, message).line(line).key(column.to_string());
        if let Some(h) = hint {
            p = p.hint(h);
        }
        self.list.push(p);
    }
    pub fn finish(mut self) -> Problems {
        if self.more > 0 {
            let n = self.more;
            self.list
                .push(Problem::file(&self.file, format!("{n} more problems not listed")));
        }
        self.list
    }
}

/// Opens a CSV reader over bytes with the settings every Plansight CSV uses.
pub(crate) fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
}

/// Reads the next row that is not blank into `rec` and gives its line number (the header
/// is line 1); none at the end of the file, or after a row that cannot be read as CSV
/// (recorded in `problems`, with `hint`: reading stops there).
pub(crate) fn next_row(
    rdr: &mut csv::Reader<&[u8]>,
    rec: &mut csv::ByteRecord,
    problems: &mut RowProblems,
    hint: Option<&str>,
) -> Option<usize> {
    loop {
        match rdr.read_byte_record(rec) {
            Ok(false) => return None,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                problems.add(line, "", format!("cannot be read as CSV: {e}"), hint);
                return None;
            }
        }
        if !rec.iter().all(|f| f.iter().all(|b| b.is_ascii_whitespace())) {
            return Some(rec.position().map_or(0, |p| p.line() as usize));
        }
    }
}

/// The header row, lowercased and trimmed, or a problem for an empty or unreadable file.
pub(crate) fn header(file: &str, rdr: &mut csv::Reader<&[u8]>, expected: &str) -> Result<Vec<String>, Problems> {
    let mut rec = csv::ByteRecord::new();
    match rdr.read_byte_record(&mut rec) {
        Ok(true) => {}
        Ok(false) => {
            return Err(Problem::file(file, "is empty")
                .hint(format!("the first line must be a header with at least {expected}"))
                .into())
        }
        Err(e) => {
            return Err(Problem::file(file, format!("cannot be read as CSV: {e}"))
                .line(1)
                .into())
        }
    }
    header_names(file, rec.iter())
}

/// The header's names, lowercased and trimmed, or a problem for a name that is not UTF-8.
pub(crate) fn header_names<'a>(file: &str, fields: impl Iterator<Item = &'a [u8]>) -> Result<Vec<String>, Problems> {
    let mut cols = Vec::new();
    for (i, f) in fields.enumerate() {
        match std::str::from_utf8(f) {
            Ok(s) => cols.push(s.trim().trim_start_matches('\u{feff}').to_lowercase()),
            Err(_) => {
                return Err(
                    Problem::file(file, format!("header column {} is not UTF-8 text", i + 1))
                        .line(1)
                        .hint("save the file as UTF-8")
                        .into(),
                )
            }
        }
    }
    Ok(cols)
}

/// Reads one field as trimmed UTF-8 text; records a problem and returns `None` when it is not.
pub(crate) fn text<'r>(
    rec: &'r csv::ByteRecord,
    idx: Option<usize>,
    line: usize,
    column: &str,
    problems: &mut RowProblems,
) -> Option<&'r str> {
    field_text(rec.get(idx?)?, line, column, problems)
}

/// One field's bytes as trimmed UTF-8 text; records a problem and returns `None` when
/// they are too long or not UTF-8.
pub(crate) fn field_text<'r>(raw: &'r [u8], line: usize, column: &str, problems: &mut RowProblems) -> Option<&'r str> {
    if raw.len() > MAX_FIELD_BYTES {
        return too_long(raw.len(), line, column, problems);
    }
    match std::str::from_utf8(raw) {
        Ok(s) => Some(trim(s)),
        Err(_) => {
            problems.add(line, column, "is not UTF-8 text", Some("save the file as UTF-8"));
            None
        }
    }
}

/// [`field_text`] of a field already known to be UTF-8.
pub(crate) fn checked_text<'r>(s: &'r str, line: usize, column: &str, problems: &mut RowProblems) -> Option<&'r str> {
    if s.len() > MAX_FIELD_BYTES {
        return too_long(s.len(), line, column, problems);
    }
    Some(trim(s))
}

/// Records that a field is too long (most likely a quote never closed).
fn too_long<'r>(len: usize, line: usize, column: &str, problems: &mut RowProblems) -> Option<&'r str> {
    problems.add(
        line,
        column,
        format!("is {len} bytes long; fields are limited to {MAX_FIELD_BYTES} bytes"),
        Some("check that the file's quotes are balanced"),
    );
    None
}

/// `s` without surrounding whitespace; plain ASCII ends are checked byte-wise first.
fn trim(s: &str) -> &str {
    let edge = |c: Option<&u8>| c.is_some_and(|c| c.is_ascii() && !c.is_ascii_whitespace());
    if edge(s.as_bytes().first()) && edge(s.as_bytes().last()) {
        s
    } else {
        s.trim()
    }
}
