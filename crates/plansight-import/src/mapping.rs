//! Column and value mappings from an export onto `deals.csv` or `sellers.csv`.

use crate::Table;
use plansight_plan::deals::DEAL_COLUMNS;
use plansight_plan::prices::PRICE_COLUMNS;
use plansight_plan::roster::SELLER_COLUMNS;
use plansight_plan::{Problem, Problems};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What an export becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Credit lines, in the shape of `deals.csv`.
    Deals,
    /// A roster, in the shape of `sellers.csv`.
    Sellers,
    /// A price list: product, price, family.
    Prices,
}

impl Kind {
    /// The word used in remembered mappings and messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Deals => "deals",
            Kind::Sellers => "sellers",
            Kind::Prices => "prices",
        }
    }

    fn is_column(self, c: &str) -> bool {
        match self {
            Kind::Deals => DEAL_COLUMNS.contains(&c),
            Kind::Sellers => SELLER_COLUMNS.contains(&c) || c.starts_with("quota:"),
            Kind::Prices => PRICE_COLUMNS.contains(&c),
        }
    }

    fn columns(self) -> String {
        match self {
            Kind::Deals => DEAL_COLUMNS.join(", "),
            Kind::Sellers => format!("{}, quota:<measure>", SELLER_COLUMNS.join(", ")),
            Kind::Prices => PRICE_COLUMNS.join(", "),
        }
    }

    fn file(self) -> &'static str {
        match self {
            Kind::Deals => "deals.csv",
            Kind::Sellers => "sellers.csv",
            Kind::Prices => "prices.csv",
        }
    }
}

/// How an export's columns and values become Plansight's. Columns not mapped keep
/// their name when it is one of Plansight's; others are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    /// Plansight column -> export column.
    #[serde(default)]
    pub columns: BTreeMap<String, String>,
    /// Plansight column -> (export value -> Plansight value), matched ignoring case and
    /// surrounding spaces (for example stage `Won` -> `won`, `Engaging` -> `open`).
    #[serde(default)]
    pub values: BTreeMap<String, BTreeMap<String, String>>,
    /// Plansight column -> value used where the export's cell is empty or absent.
    #[serde(default)]
    pub defaults: BTreeMap<String, String>,
    /// chrono format of the export's dates (for example `%m/%d/%Y`); default ISO.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_format: Option<String>,
    /// Export columns (lower case) left out, even one named like a Plansight column.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub skip: BTreeSet<String>,
}

/// Splits `a=b,c=d` into pairs; `what` names the option in problems.
fn pairs(what: &str, spec: &str) -> Result<Vec<(String, String)>, Problems> {
    let mut out = Vec::new();
    for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((k, v)) = part.split_once('=') else {
            return Err(Problem::file(what, format!("\"{part}\" is not name=value"))
                .hint("write pairs like id=opportunity_id,amount=close_value")
                .into());
        };
        out.push((k.trim().to_string(), v.trim().to_string()));
    }
    Ok(out)
}

impl Mapping {
    /// Builds a mapping from the CLI's options: `--map` (plansight=export columns),
    /// `--stage` (export=plansight stage words), `--default` (plansight column=value) and
    /// `--date-format`.
    pub fn from_options(
        kind: Kind,
        map: Option<&str>,
        stage: Option<&str>,
        defaults: Option<&str>,
        date_format: Option<&str>,
    ) -> Result<Mapping, Problems> {
        let mut m = Mapping {
            date_format: date_format.map(str::to_string),
            ..Default::default()
        };
        let mut problems = Problems::default();
        let mut check = |opt: &str, col: &str| {
            if !kind.is_column(col) {
                problems.push(
                    Problem::file(opt, format!("{col} is not a column of {}", kind.file()))
                        .hint(format!("use one of {}", kind.columns())),
                );
            }
        };
        for (ours, theirs) in map.map(|s| pairs("--map", s)).transpose()?.unwrap_or_default() {
            check("--map", &ours);
            m.columns.insert(ours, theirs);
        }
        for (k, v) in defaults.map(|s| pairs("--default", s)).transpose()?.unwrap_or_default() {
            check("--default", &k);
            m.defaults.insert(k, v);
        }
        if let Some(s) = stage {
            if kind != Kind::Deals {
                problems.push(
                    Problem::file("--stage", "stages belong to deals").hint("leave --stage out when importing sellers"),
                );
            }
            let words: BTreeMap<String, String> = pairs("--stage", s)?
                .into_iter()
                .map(|(k, v)| (k.to_lowercase(), v))
                .collect();
            for v in words.values() {
                if plansight_plan::Stage::parse(v).is_none() {
                    problems.push(
                        Problem::file("--stage", format!("{v} is not a stage"))
                            .hint("map export values to won, lost, open or cancelled"),
                    );
                }
            }
            m.values.insert("stage".into(), words);
        }
        if let Some(f) = date_format {
            if chrono::NaiveDate::parse_from_str(
                &chrono::NaiveDate::from_ymd_opt(2026, 12, 31)
                    .expect("a date")
                    .format(f)
                    .to_string(),
                f,
            )
            .is_err()
            {
                problems.push(
                    Problem::file(
                        "--date-format",
                        format!("\"{f}\" does not read back the dates it writes"),
                    )
                    .hint("use chrono's format, for example %m/%d/%Y or %d.%m.%Y"),
                );
            }
        }
        problems.into_result(m)
    }

    /// Builds a mapping from choices made column by column (the app's dropdowns): each
    /// export column with the Plansight column it fills ("" leaves it out), each stage
    /// value with its stage; names and values are taken as they are, whatever characters
    /// they hold. `defaults` and `date_format` are as in [`Mapping::from_options`].
    pub fn from_choices(
        kind: Kind,
        columns: &[(String, String)],
        stages: &[(String, String)],
        defaults: Option<&str>,
        date_format: Option<&str>,
    ) -> Result<Mapping, Problems> {
        let mut m = Mapping::from_options(kind, None, None, defaults, date_format)?;
        let mut problems = Problems::default();
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for (theirs, ours) in columns {
            let ours = ours.trim().to_lowercase();
            if ours.is_empty() {
                if kind.is_column(&theirs.trim().to_lowercase()) {
                    m.skip.insert(theirs.trim().to_lowercase());
                }
                continue;
            }
            if !kind.is_column(&ours) {
                problems.push(
                    Problem::file("mapping", format!("{ours} is not a column of {}", kind.file()))
                        .hint(format!("use one of {}", kind.columns())),
                );
            } else if let Some(other) = seen.insert(ours.clone(), theirs) {
                problems.push(
                    Problem::file(
                        "mapping",
                        format!("both \"{other}\" and \"{theirs}\" are chosen as {ours}"),
                    )
                    .hint("choose one of them; set the other to not imported"),
                );
            } else if !theirs.trim().eq_ignore_ascii_case(&ours) {
                m.columns.insert(ours, theirs.clone());
            }
        }
        if kind == Kind::Deals {
            let mut words = BTreeMap::new();
            for (value, stage) in stages {
                let key = value.trim().to_lowercase();
                if plansight_plan::Stage::parse(stage).is_none() {
                    problems.push(
                        Problem::file("mapping", format!("{stage} is not a stage (for \"{value}\")"))
                            .hint("map export values to won, lost, open or cancelled"),
                    );
                } else if key != stage.trim().to_lowercase() {
                    words.insert(key, stage.trim().to_lowercase());
                }
            }
            if !words.is_empty() {
                m.values.insert("stage".into(), words);
            }
        }
        problems.into_result(m)
    }

    /// True when it changes nothing (the export already uses Plansight's columns).
    pub fn is_identity(&self) -> bool {
        *self == Mapping::default()
    }

    /// The mapping as remembered in the workspace.
    pub fn to_spec(&self) -> String {
        serde_json::to_string(self).expect("maps of strings serialise")
    }

    /// A remembered mapping.
    pub fn from_spec(spec: &str) -> Option<Mapping> {
        serde_json::from_str(spec).ok()
    }

    /// In the CLI's words, for messages ("--map id=opportunity_id ...").
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.columns.is_empty() {
            parts.push(format!(
                "--map {}",
                self.columns
                    .iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join(",")
            ));
        }
        if let Some(st) = self.values.get("stage") {
            parts.push(format!(
                "--stage {}",
                st.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(",")
            ));
        }
        if !self.defaults.is_empty() {
            parts.push(format!(
                "--default {}",
                self.defaults
                    .iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join(",")
            ));
        }
        if let Some(f) = &self.date_format {
            parts.push(format!("--date-format {f}"));
        }
        if !self.skip.is_empty() {
            parts.push(format!(
                "(not imported: {})",
                self.skip.iter().cloned().collect::<Vec<_>>().join(", ")
            ));
        }
        parts.join(" ")
    }

    /// Applies the mapping to an export, giving Plansight's CSV. Every mapped export
    /// column must exist.
    pub fn apply(&self, kind: Kind, table: &Table) -> Result<Mapped, Problems> {
        let find = |c: &str| table.header.iter().position(|h| h.eq_ignore_ascii_case(c));
        let mut problems = Problems::default();
        // (Plansight column, export column index)
        let mut cols: Vec<(String, Option<usize>)> = Vec::new();
        for (ours, theirs) in &self.columns {
            match find(theirs) {
                Some(i) => cols.push((ours.clone(), Some(i))),
                None => problems.push(
                    Problem::file(&table.file, format!("has no column \"{theirs}\" (mapped to {ours})"))
                        .line(1)
                        .hint(format!("its columns are: {}", table.header.join(", "))),
                ),
            }
        }
        for (i, h) in table.header.iter().enumerate() {
            let h = h.to_lowercase();
            let taken = self.columns.values().any(|t| t.eq_ignore_ascii_case(&h));
            if kind.is_column(&h) && !cols.iter().any(|(c, _)| *c == h) && !taken && !self.skip.contains(&h) {
                cols.push((h, Some(i)));
            }
        }
        for k in self.defaults.keys() {
            if !cols.iter().any(|(c, _)| c == k) {
                cols.push((k.clone(), None));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut out = csv::WriterBuilder::new().from_writer(Vec::new());
        let header: Vec<&str> = cols.iter().map(|(c, _)| c.as_str()).collect();
        out.write_record(&header).expect("writing to memory");
        for (_, row) in &table.rows {
            let record: Vec<String> = cols
                .iter()
                .map(|(c, i)| self.value(c, i.and_then(|i| row.get(i)).map(String::as_str).unwrap_or("")))
                .collect();
            out.write_record(&record).expect("writing to memory");
        }
        let sources = cols
            .iter()
            .map(|(c, i)| (c.clone(), i.map(|i| table.header[i].clone())))
            .collect();
        Ok(Mapped {
            bytes: out.into_inner().expect("writing to memory"),
            file: table.file.clone(),
            lines: table.rows.iter().map(|r| r.0).collect(),
            sources,
        })
    }

    fn value(&self, column: &str, cell: &str) -> String {
        let cell = cell.trim();
        if cell.is_empty() {
            return self.defaults.get(column).cloned().unwrap_or_default();
        }
        if let Some(words) = self.values.get(column) {
            if let Some(v) = words.get(&cell.to_lowercase()) {
                return v.clone();
            }
        }
        if let Some(f) = &self.date_format {
            if column.ends_with("date") {
                if let Ok(d) = chrono::NaiveDate::parse_from_str(cell, f) {
                    return d.to_string();
                }
            }
        }
        if column == "amount" || column == "target_incentive" || column.starts_with("quota:") {
            return plain_amount(cell);
        }
        cell.to_string()
    }
}

/// Amounts as reports print them ("$12,500.00", "USD 1,200", "(500.00)") in plain
/// decimals; anything else is left for the parser to explain.
fn plain_amount(cell: &str) -> String {
    let (negative, inner) = match cell.strip_prefix('(').and_then(|c| c.strip_suffix(')')) {
        Some(i) => (true, i.trim()),
        None => (false, cell),
    };
    let inner = inner
        .trim_start_matches(|c: char| c.is_ascii_uppercase() || "$€£".contains(c))
        .trim();
    let grouped = inner.split('.').next().unwrap_or("");
    let digits_ok = grouped.split(',').enumerate().all(|(i, g)| {
        !g.is_empty() && g.chars().all(|c| c.is_ascii_digit() || (i == 0 && c == '-')) && (i == 0 || g.len() == 3)
    });
    if !digits_ok {
        return cell.to_string();
    }
    let plain = inner.replace(',', "");
    if negative {
        format!("-{plain}")
    } else {
        plain
    }
}

/// An export turned into Plansight's CSV.
#[derive(Debug, Clone)]
pub struct Mapped {
    /// The CSV in Plansight's columns, for the plan crate's parsers.
    pub bytes: Vec<u8>,
    /// The export, to name in problems.
    pub file: String,
    /// For each data row of `bytes`, the export's line or row.
    lines: Vec<usize>,
    /// Plansight column -> the export column it came from (none: a default).
    sources: Vec<(String, Option<String>)>,
}

impl Mapped {
    /// Points problems the parsers found in the mapped CSV at the export's own lines
    /// and columns ("close_value (amount): ...").
    pub fn explain(&self, problems: Problems) -> Problems {
        Problems(
            problems
                .0
                .into_iter()
                .map(|mut p| {
                    p.file = self.file.clone();
                    p.line = p.line.map(|l| {
                        if l >= 2 {
                            self.lines.get(l - 2).copied().unwrap_or(l)
                        } else {
                            l
                        }
                    });
                    if let Some(k) = &p.key {
                        if let Some((_, Some(src))) = self.sources.iter().find(|(c, _)| c == k) {
                            if !src.eq_ignore_ascii_case(k) {
                                p.key = Some(format!("{src} (mapped to {k})"));
                            }
                        } else if self.sources.iter().any(|(c, s)| c == k && s.is_none()) {
                            p.key = Some(format!("{k} (default)"));
                        }
                    }
                    p
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_amounts_become_plain_decimals() {
        assert_eq!(plain_amount("$12,500.00"), "12500.00");
        assert_eq!(plain_amount("USD 1,200"), "1200");
        assert_eq!(plain_amount("(500.00)"), "-500.00");
        assert_eq!(plain_amount("1,2,3"), "1,2,3");
        assert_eq!(plain_amount("12.5.1"), "12.5.1");
        assert_eq!(plain_amount("-75"), "-75");
    }
}
