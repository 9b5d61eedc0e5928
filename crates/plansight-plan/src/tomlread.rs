//! A small reader over `toml_edit` documents that records every problem with its
//! line and column instead of stopping at the first, and reports unknown keys.

use crate::fixed::parse_scaled;
use crate::problem::{Problem, Problems};
use chrono::NaiveDate;
use std::cell::RefCell;
use std::collections::HashSet;
use std::ops::Range;
use toml_edit::{Item, Value};

/// The file being read and the problems found so far.
pub(crate) struct Ctx<'s> {
    pub file: &'s str,
    pub src: &'s str,
    pub problems: RefCell<Problems>,
}

impl<'s> Ctx<'s> {
    pub fn new(file: &'s str, src: &'s str) -> Ctx<'s> {
        Ctx {
            file,
            src,
            problems: RefCell::new(Problems::default()),
        }
    }

    /// Records a problem at `span` (or the file when unknown).
    pub fn problem(&self, span: Option<Range<usize>>, key: &str, message: impl Into<String>, hint: Option<&str>) {
        let mut p = Problem::file(self.file, message);
        if let Some(s) = span {
            p = p.at_offset(self.src, s.start);
        }
        if !key.is_empty() {
            p = p.key(key);
        }
        if let Some(h) = hint {
            p = p.hint(h);
        }
        self.problems.borrow_mut().push(p);
    }

    /// Parses the document, or records the syntax error.
    pub fn parse(&self) -> Option<toml_edit::ImDocument<&'s str>> {
        match toml_edit::ImDocument::parse(self.src) {
            Ok(doc) => Some(doc),
            Err(e) => {
                let msg = e.message().trim().to_string();
                self.problem(
                    e.span(),
                    "",
                    format!("not valid TOML: {msg}"),
                    Some("fix the syntax at this position"),
                );
                None
            }
        }
    }

    pub fn into_problems(self) -> Problems {
        self.problems.into_inner()
    }
}

/// The keys of one table (a `[table]`, an inline table or one `[[array]]` entry).
pub(crate) struct Fields<'a, 'c, 's> {
    pub ctx: &'c Ctx<'s>,
    pub path: String,
    pub span: Option<Range<usize>>,
    entries: Vec<(&'a str, &'a Item, Option<Range<usize>>)>,
    used: HashSet<&'a str>,
}

fn item_span(item: &Item) -> Option<Range<usize>> {
    match item {
        Item::Value(v) => v.span(),
        other => other.span(),
    }
}

impl<'a, 'c, 's> Fields<'a, 'c, 's> {
    /// Reads a table-like item; records a problem if `item` is not a table.
    pub fn of(ctx: &'c Ctx<'s>, item: &'a Item, path: &str) -> Option<Fields<'a, 'c, 's>> {
        let span = item_span(item);
        let entries: Vec<_> = match item {
            Item::Table(t) => t
                .iter()
                .map(|(k, v)| (k, v, t.key(k).and_then(|k| k.span()).or_else(|| item_span(v))))
                .collect(),
            Item::Value(Value::InlineTable(t)) => t
                .iter()
                .map(|(k, _)| {
                    (
                        k,
                        t.get_key_value(k).map(|(_, i)| i).unwrap(),
                        t.key(k).and_then(|k| k.span()),
                    )
                })
                .collect(),
            _ => {
                ctx.problem(span, path, "must be a table", None);
                return None;
            }
        };
        Some(Fields {
            ctx,
            path: path.to_string(),
            span,
            entries,
            used: HashSet::new(),
        })
    }

    fn key_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{}", self.path, key)
        }
    }

    /// The item under `key`, marking it used.
    pub fn take(&mut self, key: &str) -> Option<(&'a Item, Option<Range<usize>>)> {
        let found = self
            .entries
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(k, i, ks)| (*k, *i, ks.clone()));
        found.map(|(k, item, kspan)| {
            self.used.insert(k);
            (item, item_span(item).or(kspan))
        })
    }

    /// Whether `key` is present (read or not).
    pub fn has(&self, key: &str) -> bool {
        self.entries.iter().any(|(k, _, _)| *k == key)
    }

    fn missing(&self, key: &str) {
        self.ctx.problem(
            self.span.clone(),
            &self.key_path(key),
            "is required but missing",
            Some("add this key"),
        );
    }

    /// Records a problem about `key` at `span`.
    pub fn problem(&self, span: Option<Range<usize>>, key: &str, message: impl Into<String>, hint: Option<&str>) {
        self.ctx
            .problem(span.or(self.span.clone()), &self.key_path(key), message, hint);
    }

    /// A string value.
    pub fn str(&mut self, key: &str, required: bool) -> Option<String> {
        self.str_at(key, required).map(|(s, _)| s)
    }

    /// A string value and where it is written, for problems about its content.
    pub fn str_at(&mut self, key: &str, required: bool) -> Option<(String, Option<Range<usize>>)> {
        match self.take(key) {
            None => {
                if required {
                    self.missing(key)
                }
                None
            }
            Some((Item::Value(Value::String(s)), span)) => Some((s.value().clone(), span)),
            Some((_, span)) => {
                self.problem(span, key, "must be a string", Some("write it in double quotes"));
                None
            }
        }
    }

    /// A decimal written as a string with at most `digits` fractional digits, scaled by 10^digits.
    pub fn decimal(&mut self, key: &str, digits: u32, required: bool) -> Option<(i64, Option<Range<usize>>)> {
        let (item, span) = match self.take(key) {
            None => {
                if required {
                    self.missing(key)
                }
                return None;
            }
            Some(x) => x,
        };
        match item {
            Item::Value(Value::String(s)) => match parse_scaled(s.value(), digits) {
                Ok(v) => Some((v, span)),
                Err(e) => {
                    self.problem(
                        span,
                        key,
                        format!("\"{}\" {e}", s.value()),
                        Some(&format!(
                            "write a decimal with at most {digits} fractional digits, e.g. \"{}\"",
                            example(digits)
                        )),
                    );
                    None
                }
            },
            Item::Value(Value::Float(_)) | Item::Value(Value::Integer(_)) => {
                self.problem(
                    span,
                    key,
                    "must be a decimal string, not a bare number",
                    Some(&format!(
                        "quote it so no float touches it, e.g. \"{}\"",
                        example(digits)
                    )),
                );
                None
            }
            _ => {
                self.problem(
                    span,
                    key,
                    "must be a decimal string",
                    Some(&format!("e.g. \"{}\"", example(digits))),
                );
                None
            }
        }
    }

    /// A local date (`2026-02-01`, unquoted, or as a `"YYYY-MM-DD"` string).
    pub fn date(&mut self, key: &str, required: bool) -> Option<NaiveDate> {
        let (item, span) = match self.take(key) {
            None => {
                if required {
                    self.missing(key)
                }
                return None;
            }
            Some(x) => x,
        };
        let text = match item {
            Item::Value(Value::Datetime(d)) => d.value().to_string(),
            Item::Value(Value::String(s)) => s.value().clone(),
            _ => String::new(),
        };
        let parsed = crate::calendar::parse_date(&text);
        if parsed.is_none() {
            self.problem(span, key, "must be a date YYYY-MM-DD", Some("e.g. 2026-02-01"));
        }
        parsed
    }

    /// An integer.
    pub fn int(&mut self, key: &str, required: bool) -> Option<(i64, Option<Range<usize>>)> {
        match self.take(key) {
            None => {
                if required {
                    self.missing(key)
                }
                None
            }
            Some((Item::Value(Value::Integer(i)), span)) => Some((*i.value(), span)),
            Some((_, span)) => {
                self.problem(span, key, "must be a whole number", None);
                None
            }
        }
    }

    /// A boolean.
    pub fn bool(&mut self, key: &str) -> Option<bool> {
        match self.take(key) {
            None => None,
            Some((Item::Value(Value::Boolean(b)), _)) => Some(*b.value()),
            Some((_, span)) => {
                self.problem(span, key, "must be true or false", None);
                None
            }
        }
    }

    /// A list of strings.
    pub fn str_list(&mut self, key: &str) -> Option<Vec<String>> {
        let (item, span) = self.take(key)?;
        match item {
            Item::Value(Value::Array(a)) => {
                let mut out = Vec::new();
                for v in a.iter() {
                    match v {
                        Value::String(s) => out.push(s.value().clone()),
                        _ => {
                            self.problem(v.span().or(span.clone()), key, "must be a list of strings", None);
                            return None;
                        }
                    }
                }
                Some(out)
            }
            _ => {
                self.problem(
                    span,
                    key,
                    "must be a list of strings",
                    Some("e.g. [\"new\", \"expansion\"]"),
                );
                None
            }
        }
    }

    /// A list of tables: `[[key]]` sections or an array of inline tables.
    pub fn tables(&mut self, key: &str) -> Option<Vec<Fields<'a, 'c, 's>>> {
        let (item, span) = self.take(key)?;
        let path = self.key_path(key);
        let ctx = self.ctx;
        match item {
            Item::ArrayOfTables(a) => Some(
                a.iter()
                    .enumerate()
                    .map(|(i, t)| {
                        let span = t.span();
                        let entries = t
                            .iter()
                            .map(|(k, v)| (k, v, t.key(k).and_then(|k| k.span()).or_else(|| item_span(v))))
                            .collect();
                        Fields {
                            ctx,
                            path: format!("{path}[{i}]"),
                            span,
                            entries,
                            used: HashSet::new(),
                        }
                    })
                    .collect(),
            ),
            Item::Value(Value::Array(a)) => {
                let mut out = Vec::new();
                for (i, v) in a.iter().enumerate() {
                    match v {
                        Value::InlineTable(t) => out.push(Fields {
                            ctx,
                            path: format!("{path}[{i}]"),
                            span: t.span(),
                            entries: t
                                .iter()
                                .map(|(k, _)| {
                                    (
                                        k,
                                        t.get_key_value(k).map(|(_, i)| i).unwrap(),
                                        t.key(k).and_then(|k| k.span()),
                                    )
                                })
                                .collect(),
                            used: HashSet::new(),
                        }),
                        _ => ctx.problem(v.span().or(span.clone()), &path, "must be a list of tables", None),
                    }
                }
                Some(out)
            }
            _ => {
                ctx.problem(span, &path, "must be a list of tables", None);
                None
            }
        }
    }

    /// A sub-table.
    pub fn table(&mut self, key: &str) -> Option<Fields<'a, 'c, 's>> {
        let (item, _) = self.take(key)?;
        let path = self.key_path(key);
        Fields::of(self.ctx, item, &path)
    }

    /// Keys present but not known, for "unknown key" problems.
    pub fn unused_keys(&self) -> Vec<(&'a str, Option<Range<usize>>)> {
        self.entries
            .iter()
            .filter(|(k, _, _)| !self.used.contains(k))
            .map(|(k, _, s)| (*k, s.clone()))
            .collect()
    }

    /// Reports every key that was not read.
    pub fn finish(self, known: &str) {
        for (k, span) in self.unused_keys() {
            self.problem(span, k, "unknown key", Some(&format!("known keys here: {known}")));
        }
    }

    /// The 1-based line where this table starts.
    pub fn line(&self) -> usize {
        self.span
            .clone()
            .map_or(0, |s| crate::problem::line_col(self.ctx.src, s.start).0)
    }
}

fn example(digits: u32) -> &'static str {
    match digits {
        2 => "1200.00",
        4 => "0.5",
        _ => "0.085",
    }
}
