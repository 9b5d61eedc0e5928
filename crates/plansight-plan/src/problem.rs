//! Input problems: where they are, what is wrong, and what to do.
//!
//! Every parser collects all the problems it finds (so `plansight validate` can list
//! them at once) and loads nothing when there is any.

use std::fmt;

/// One problem found in an input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as the user named it.
    pub file: String,
    /// 1-based line (for CSV: the header is line 1), when known.
    pub line: Option<usize>,
    /// 1-based column for TOML, when known.
    pub column: Option<usize>,
    /// The offending key or CSV column.
    pub key: Option<String>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
}

impl Problem {
    /// A problem about a whole file.
    pub fn file(file: &str, message: impl Into<String>) -> Problem {
        Problem {
            file: file.to_string(),
            line: None,
            column: None,
            key: None,
            message: message.into(),
            hint: None,
        }
    }

    /// Adds the key or CSV column.
    pub fn key(mut self, key: impl Into<String>) -> Problem {
        self.key = Some(key.into());
        self
    }

    /// Adds the line.
    pub fn line(mut self, line: usize) -> Problem {
        self.line = Some(line);
        self
    }

    /// Adds line and column from a byte offset into `source`.
    pub fn at_offset(mut self, source: &str, offset: usize) -> Problem {
        let (line, column) = line_col(source, offset);
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Where it is, as `file`, `file:line` or `file:line:column`.
    pub fn place(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", self.file),
            (Some(l), None) => format!("{}:{l}", self.file),
            _ => self.file.clone(),
        }
    }

    /// Adds what to do.
    pub fn hint(mut self, hint: impl Into<String>) -> Problem {
        self.hint = Some(hint.into());
        self
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    (line, column)
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.place())?;
        if let Some(k) = &self.key {
            write!(f, "{k}: ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(h) = &self.hint {
            write!(f, " ({h})")?;
        }
        Ok(())
    }
}

/// All the problems found in one or more inputs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// True when nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Adds one problem.
    pub fn push(&mut self, p: Problem) {
        self.0.push(p)
    }
    /// Adds all problems of another list.
    pub fn extend(&mut self, other: Problems) {
        self.0.extend(other.0)
    }
    /// `Ok(value)` when nothing is wrong, else every problem.
    pub fn into_result<T>(self, value: T) -> Result<T, Problems> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl From<Problem> for Problems {
    fn from(p: Problem) -> Problems {
        Problems(vec![p])
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A million bad rows would drown the terminal; the first hundred say enough.
        const SHOWN: usize = 100;
        for p in self.0.iter().take(SHOWN) {
            writeln!(f, "{p}")?;
        }
        if self.0.len() > SHOWN {
            writeln!(f, "... and {} more problems", self.0.len() - SHOWN)?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn line_and_column_from_offset() {
        let s = "a = 1\nbé = 2\n";
        assert_eq!(line_col(s, 0), (1, 1));
        assert_eq!(line_col(s, 6), (2, 1));
        assert_eq!(line_col(s, 10), (2, 4));
        let p = Problem::file("plan.toml", "bad")
            .at_offset(s, 6)
            .key("b")
            .hint("fix it");
        assert_eq!(p.to_string(), "plan.toml:2:1: b: bad (fix it)");
    }
}
