//! A byte-level CSV reader that splits a file into chunks of whole rows, so a
//! million-line file is read on every core with exact line numbers.
//!
//! It reads what the `csv` crate reads for Plansight's files (RFC 4180 quotes with `""`
//! escapes, `\n` or `\r\n` line ends, rows of any width, blank lines skipped), but hands
//! out fields as byte slices into the file: no record is copied unless a field is quoted
//! with an escaped quote inside it.

use memchr::{memchr2, memchr3};

/// A run of whole rows of the file, and the line number of its first byte (line 1 is the
/// header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Chunk {
    pub start: usize,
    pub end: usize,
    pub first_line: usize,
}

/// Splits `bytes[start..]` (whose first byte is on line `first_line`) into about `n`
/// chunks that each begin at the start of a row: one serial pass finds the line ends
/// outside quotes, which is as fast as the file can be read.
pub(crate) fn chunks(bytes: &[u8], start: usize, first_line: usize, n: usize) -> Vec<Chunk> {
    let target = ((bytes.len() - start) / n.max(1)).max(1 << 16);
    let mut out = Vec::new();
    let (mut pos, mut line, mut quoted) = (start, first_line, false);
    let (mut chunk_start, mut chunk_line) = (start, first_line);
    while let Some(i) = memchr3(b'"', b'\n', b'\r', &bytes[pos..]) {
        let at = pos + i;
        pos = at + 1;
        if bytes[at] == b'\r' {
            // A `\r` ends a row on its own (old Mac files); before `\n`, the `\n` does.
            if quoted || bytes.get(pos) == Some(&b'\n') {
                continue;
            }
        } else if bytes[at] == b'"' {
            // A quote opens a field only at the field's start; inside, `""` is one quote.
            if quoted {
                if bytes.get(pos) == Some(&b'"') {
                    pos += 1;
                } else {
                    quoted = false;
                }
            } else if at == start || matches!(bytes[at - 1], b',' | b'\n' | b'\r') {
                quoted = true;
            }
            continue;
        }
        line += 1;
        if !quoted && pos - chunk_start >= target {
            out.push(Chunk {
                start: chunk_start,
                end: pos,
                first_line: chunk_line,
            });
            (chunk_start, chunk_line) = (pos, line);
        }
    }
    if chunk_start < bytes.len() || out.is_empty() {
        out.push(Chunk {
            start: chunk_start,
            end: bytes.len(),
            first_line: chunk_line,
        });
    }
    out
}

/// Where a field's bytes are: in the file, or unescaped into the reader's scratch buffer.
#[derive(Debug, Clone, Copy)]
enum Span {
    File(usize, usize),
    Scratch(usize, usize),
}

/// Reads the rows of one chunk, one at a time, reusing its buffers.
pub(crate) struct Rows<'a> {
    bytes: &'a [u8],
    pos: usize,
    end: usize,
    line: usize,
    fields: Vec<Span>,
    scratch: Vec<u8>,
    /// The chunk as text, when it is all UTF-8 (checked once, not field by field).
    text: Option<&'a str>,
    start: usize,
}

/// A row that is not CSV: an opening quote never closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unreadable {
    pub line: usize,
}

impl<'a> Rows<'a> {
    /// A reader over `bytes[chunk.start..chunk.end]`.
    pub fn new(bytes: &'a [u8], chunk: Chunk) -> Rows<'a> {
        Rows {
            bytes,
            pos: chunk.start,
            end: chunk.end,
            line: chunk.first_line,
            fields: Vec::new(),
            scratch: Vec::new(),
            text: std::str::from_utf8(&bytes[chunk.start..chunk.end]).ok(),
            start: chunk.start,
        }
    }

    /// Reads the next row that is not blank and gives its line number, or `None` at the
    /// end of the chunk. An unterminated quote ends the chunk with an error.
    pub fn next_row(&mut self) -> Option<Result<usize, Unreadable>> {
        loop {
            if self.pos >= self.end {
                return None;
            }
            let line = self.line;
            if let Err(e) = self.read_row() {
                self.pos = self.end;
                return Some(Err(e));
            }
            let blank =
                (0..self.fields.len()).all(|i| self.field(i).is_some_and(|f| f.iter().all(u8::is_ascii_whitespace)));
            if !blank {
                return Some(Ok(line));
            }
        }
    }

    /// The byte offset and line number where the next row starts.
    pub fn position(&self) -> (usize, usize) {
        (self.pos, self.line)
    }

    /// The number of fields of the current row.
    pub fn width(&self) -> usize {
        self.fields.len()
    }

    /// Field `i` of the current row as text when the chunk is known to be UTF-8 (the
    /// field's ends are ASCII separators, so it is too), or as bytes to be checked.
    pub fn field_text(&self, i: usize) -> Option<Result<&str, &[u8]>> {
        match (*self.fields.get(i)?, self.text) {
            (Span::File(a, b), Some(text)) => Some(text.get(a - self.start..b - self.start).ok_or(&self.bytes[a..b])),
            _ => self.field(i).map(Err),
        }
    }

    /// Field `i` of the current row, if the row has that many.
    pub fn field(&self, i: usize) -> Option<&[u8]> {
        Some(match *self.fields.get(i)? {
            Span::File(a, b) => &self.bytes[a..b],
            Span::Scratch(a, b) => &self.scratch[a..b],
        })
    }

    fn read_row(&mut self) -> Result<(), Unreadable> {
        self.fields.clear();
        self.scratch.clear();
        let row_line = self.line;
        loop {
            let at = self.pos;
            if at < self.end && self.bytes[at] == b'"' {
                self.quoted_field(row_line)?;
            } else {
                let rest = &self.bytes[at..self.end];
                let stop = memchr3(b',', b'\n', b'\r', rest).map_or(self.end, |i| at + i);
                self.fields.push(Span::File(at, stop));
                self.pos = stop;
            }
            // `pos` is now on the delimiter, the line end or the chunk's end.
            if self.pos >= self.end {
                return Ok(());
            }
            let b = self.bytes[self.pos];
            self.pos += 1;
            // A line ends at `\n`, `\r\n` or a `\r` alone, as the `csv` crate reads them.
            if b == b'\r' && self.bytes.get(self.pos) == Some(&b'\n') && self.pos < self.end {
                self.pos += 1;
            }
            if b != b',' {
                self.line += 1;
                return Ok(());
            }
        }
    }

    /// A field that opens with a quote: its content up to the closing quote, `""` read as
    /// one quote, then any bytes up to the delimiter (as the `csv` crate keeps them).
    fn quoted_field(&mut self, row_line: usize) -> Result<(), Unreadable> {
        let from = self.scratch.len();
        let mut pos = self.pos + 1;
        loop {
            let rest = &self.bytes[pos..self.end];
            let Some(i) = memchr2(b'"', b'\n', rest) else {
                return Err(Unreadable { line: row_line });
            };
            let at = pos + i;
            self.scratch.extend_from_slice(&self.bytes[pos..at]);
            if self.bytes[at] == b'\n' {
                self.line += 1;
                self.scratch.push(b'\n');
                pos = at + 1;
                continue;
            }
            if at + 1 < self.end && self.bytes[at + 1] == b'"' {
                self.scratch.push(b'"');
                pos = at + 2;
                continue;
            }
            pos = at + 1;
            break;
        }
        // Bytes after the closing quote belong to the field, up to the delimiter.
        let rest = &self.bytes[pos..self.end];
        let stop = memchr3(b',', b'\n', b'\r', rest).map_or(self.end, |i| pos + i);
        self.scratch.extend_from_slice(&self.bytes[pos..stop]);
        self.fields.push(Span::Scratch(from, self.scratch.len()));
        self.pos = stop;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str, n: usize) -> Vec<(usize, Vec<String>)> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        for c in chunks(b, 0, 1, n) {
            let mut r = Rows::new(b, c);
            while let Some(row) = r.next_row() {
                let line = row.expect("readable");
                let f = (0..r.width()).map(|i| String::from_utf8(r.field(i).unwrap().to_vec()).unwrap());
                out.push((line, f.collect()));
            }
        }
        out
    }

    /// What the `csv` crate reads from the same text, with its line numbers.
    fn reference(text: &str) -> Vec<(usize, Vec<String>)> {
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut out = Vec::new();
        for rec in rdr.byte_records() {
            let rec = rec.unwrap();
            if rec.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
                continue;
            }
            let line = rec.position().unwrap().line() as usize;
            out.push((
                line,
                rec.iter().map(|f| String::from_utf8(f.to_vec()).unwrap()).collect(),
            ));
        }
        out
    }

    #[test]
    fn reads_what_the_csv_crate_reads() {
        let cases = [
            "a,b,c\n1,2,3\n",
            "a,b\r\n1,2\r\n\r\n3,4",
            "a,b\r1,2\r\r3,4\r",
            "a,b\n\"x, y\",\"he said \"\"hi\"\"\"\n\"multi\nline\",z\nlast,row\n",
            "a\n\n\n  \nb\n",
            "a,b,c\n1\n1,2,3,4\n,,\nx,,\n",
            "\"q\"tail,2\n",
            "a,27\" screen,b\n\"x\ny\",2\n",
            "a,\"\"\n\"\",b\n",
        ];
        for text in cases {
            for n in [1, 2, 7] {
                let (ours, theirs) = (rows(text, n), reference(text));
                if text.contains('\r') {
                    // The `csv` crate counts a `\r\n` line end as no line at all; ours are
                    // the lines an editor shows.
                    let fields = |r: Vec<(usize, Vec<String>)>| r.into_iter().map(|x| x.1).collect::<Vec<_>>();
                    assert_eq!(fields(ours.clone()), fields(theirs), "{text:?} in {n} chunks");
                    assert_eq!(ours.iter().map(|r| r.0).collect::<Vec<_>>(), [1, 2, 4], "{text:?}");
                } else {
                    assert_eq!(ours, theirs, "{text:?} in {n} chunks");
                }
            }
        }
    }

    #[test]
    fn chunks_start_at_rows_and_count_lines() {
        let mut text = String::from("id,v\n");
        for i in 0..50_000 {
            if i % 1000 == 0 {
                text.push_str(&format!("\"q\n{i}\",{i}\n"));
            } else {
                text.push_str(&format!("{i},{i}\n"));
            }
        }
        let cs = chunks(text.as_bytes(), 0, 1, 8);
        assert!(cs.len() > 1);
        assert_eq!(rows(&text, 8), reference(&text));
    }

    #[test]
    fn an_unterminated_quote_is_reported_at_its_row() {
        let text = "a,b\n1,2\n3,\"open\n4,5\n";
        let b = text.as_bytes();
        let mut r = Rows::new(b, chunks(b, 0, 1, 1)[0]);
        assert_eq!(r.next_row(), Some(Ok(1)));
        assert_eq!(r.next_row(), Some(Ok(2)));
        assert_eq!(r.next_row(), Some(Err(Unreadable { line: 3 })));
        assert_eq!(r.next_row(), None);
    }
}
