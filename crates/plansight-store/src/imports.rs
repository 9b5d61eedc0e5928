//! Imports: a whole new workspace's files at once, deals or a roster on their own, each
//! previewed (what would be added, changed and removed) before it is written as one
//! audited change.

use crate::audit::{self, RowChange};
use crate::{lines, plans, StoreError, Workspace};
use plansight_plan::{parse_deal_columns, parse_deals, parse_sellers, CreditLine, Plan, Problems};

/// The files of one whole import (a new workspace's plan, data and roster), as read by
/// the caller.
pub struct ImportFiles<'a> {
    /// The plan's file name (for messages and the stored version).
    pub plan_file: &'a str,
    /// The plan's TOML.
    pub plan: &'a str,
    /// The plan document (Markdown), if any.
    pub document: Option<&'a str>,
    /// The deals file's name; the lines are stored as its lines.
    pub deals_file: &'a str,
    /// The deals file (CSV in Plansight's columns).
    pub deals: &'a [u8],
    /// The roster: file name and bytes (CSV), if any.
    pub sellers: Option<(&'a str, &'a [u8])>,
}

/// What importing a deals file changes: the report, the changed and removed lines as row
/// changes, and the new lines (indexes into the file's columns) with the row they start at.
struct DealsDiff {
    report: Report,
    diff: lines::Diff,
    cols: plansight_plan::DealColumns,
    added: Vec<u32>,
    first_row: i64,
}

/// What an import would do (preview) or did.
#[derive(Debug, Default)]
pub struct Report {
    /// Lines (or sellers) that are new.
    pub added: usize,
    /// Lines (or sellers) stored before and changed.
    pub changed: usize,
    /// Lines of this source (or sellers) no longer in the file.
    pub removed: usize,
    /// Lines (or sellers) read and already stored as they are.
    pub unchanged: usize,
    /// A few examples: (added/changed/removed, which, what changed).
    pub examples: Vec<(String, String, String)>,
    /// The first lines read, for a preview.
    pub first: Vec<CreditLine>,
    /// The change recorded in the audit log (none for a preview or no change).
    pub change: Option<i64>,
}

impl Report {
    pub(crate) fn of(d: &lines::Diff) -> Report {
        Report {
            added: d.added,
            changed: d.changed,
            removed: d.removed,
            unchanged: d.unchanged,
            examples: d.examples.clone(),
            ..Default::default()
        }
    }
    /// "12 added, 3 changed, 1 removed, 1480 unchanged".
    pub fn counts(&self) -> String {
        format!(
            "{} added, {} changed, {} removed, {} unchanged",
            self.added, self.changed, self.removed, self.unchanged
        )
    }
}

impl Workspace {
    /// A whole import in one transaction: a plan version, and the deals and roster
    /// (validated against that plan). On any problem nothing is written and every
    /// problem is returned. Returns (sellers, credit lines) read.
    pub fn import(&mut self, files: &ImportFiles) -> Result<(usize, usize), StoreError> {
        let plan = Plan::parse(files.plan_file, files.plan).map_err(StoreError::Input)?;
        let mut problems = Problems::default();
        let new_lines = parse_deals(files.deals_file, files.deals, Some(&plan.currency))
            .map_err(|p| problems.extend(p))
            .ok();
        let roster = match files.sellers {
            Some((name, bytes)) => parse_sellers(name, bytes, &plan)
                .map(Some)
                .map_err(|p| problems.extend(p))
                .ok(),
            None => Some(None),
        };
        let (Some(new_lines), Some(roster)) = (new_lines, roster) else {
            return Err(StoreError::Input(problems));
        };
        // What is stored is read once the write lock is held (see `write.rs`).
        self.write(|tx| {
            self.backup_before("before-import")?;
            let v = self.new_version(files.plan_file, files.plan, files.document, plan.start)?;
            let version = v.version;
            let stored = lines::read_lines(tx).map_err(self.read())?;
            let old_roster = lines::read_roster(tx).map_err(self.read())?;
            let mut rows = vec![RowChange {
                table: &audit::PLAN_VERSION,
                before: None,
                after: Some(plans::version_row(&v)),
            }];
            let deals = lines::diff_lines(&stored, &new_lines, files.deals_file);
            let sellers = lines::diff_roster(&old_roster, roster.as_deref().unwrap_or(&[]));
            let summary = format!(
                "plan {} version {version}; deals from {}: {}; roster: {} added",
                plan.id,
                files.deals_file,
                Report::of(&deals).counts(),
                sellers.added
            );
            rows.extend(deals.rows);
            rows.extend(sellers.rows);
            self.record(tx, "import", &summary, &rows)
        })?;
        Ok((roster.map_or(0, |r| r.len()), new_lines.len()))
    }

    /// What importing these deals (already in Plansight's columns) would change; the
    /// problems of every bad row instead, when there are any.
    pub fn preview_deals(&self, file: &str, bytes: &[u8], source: &str) -> Result<Report, StoreError> {
        Ok(self.diff_deals(file, bytes, source)?.report)
    }

    /// Imports deals as the lines of `source` (a file name): lines of the same deal and
    /// seller are updated, new ones added, and this source's lines missing from the file
    /// removed. One transaction, one audited change, worked out from what is stored
    /// once the write lock is held (not from what a preview saw).
    ///
    /// The file is read in columns and its new lines are written straight from them,
    /// logged as one range of rows: a first import of a million lines holds the columns
    /// and the stored lines it compares them with, never a row image per line.
    pub fn import_deals(&mut self, file: &str, bytes: &[u8], source: &str) -> Result<Report, StoreError> {
        self.write(|tx| {
            let DealsDiff {
                mut report,
                diff,
                cols,
                added,
                first_row,
            } = self.diff_deals(file, bytes, source)?;
            if diff.rows.is_empty() && added.is_empty() {
                return Ok(report);
            }
            self.backup_before("before-import")?;
            let summary = format!("deals from {source}: {}", report.counts());
            let id = crate::image::bulk(tx, || {
                let id = audit::apply_and_record(tx, &self.who, "import deals", &summary, &diff.rows)?;
                if !added.is_empty() {
                    let last = lines::insert_columns(tx, &cols, &added, first_row, source)?;
                    audit::record_inserted_lines(tx, id, diff.rows.len(), first_row, last)?;
                }
                Ok(id)
            })
            .map_err(self.sql())?;
            // Into an empty table, the file's columns are the table's: their image is
            // kept now, so that the first calculation does not read a million rows.
            if first_row == 1 && diff.rows.is_empty() && added.len() == cols.len() {
                crate::image::keep(tx, &cols).map_err(self.sql())?;
            }
            report.change = Some(id);
            Ok(report)
        })
    }

    /// The credit lines the workspace would hold after importing these deals as the
    /// lines of `source`: the lines of other sources as stored, and the file's lines
    /// (keeping any hold on a stored line). For checking an import before it is written.
    pub fn lines_after_deals(&self, file: &str, bytes: &[u8], source: &str) -> Result<Vec<CreditLine>, StoreError> {
        let plan = self.plan(None)?;
        let new = parse_deals(file, bytes, Some(&plan.currency)).map_err(StoreError::Input)?;
        let stored = lines::read_lines(&self.conn).map_err(self.read())?;
        // As `diff_lines` writes it: a line of the file replaces the stored line of the
        // same deal and seller (whatever its source); this source's other lines go.
        let mut new = new;
        let mut held: std::collections::HashMap<(&str, &str), &String> = std::collections::HashMap::new();
        for s in &stored {
            if let Some(h) = &s.line.hold {
                held.insert((s.line.id.as_str(), s.line.seller.as_str()), h);
            }
        }
        let incoming: std::collections::HashSet<(String, String)> =
            new.iter().map(|l| (l.id.clone(), l.seller.clone())).collect();
        for l in &mut new {
            l.hold = held.get(&(l.id.as_str(), l.seller.as_str())).map(|h| h.to_string());
        }
        let mut out: Vec<CreditLine> = stored
            .iter()
            .filter(|s| {
                s.source.as_deref() != Some(source) && !incoming.contains(&(s.line.id.clone(), s.line.seller.clone()))
            })
            .map(|s| s.line.clone())
            .collect();
        out.extend(new);
        Ok(out)
    }

    /// What importing this roster would change, or its problems.
    pub fn preview_sellers(&self, file: &str, bytes: &[u8]) -> Result<Report, StoreError> {
        Ok(self.diff_sellers(file, bytes)?.0)
    }

    /// Replaces the roster with this one (by seller id), as one audited change named
    /// after `source` (the export's file name), worked out once the write lock is held.
    pub fn import_sellers(&mut self, file: &str, bytes: &[u8], source: &str) -> Result<Report, StoreError> {
        self.write(|tx| {
            let (mut report, diff) = self.diff_sellers(file, bytes)?;
            if !diff.rows.is_empty() {
                self.backup_before("before-import")?;
            }
            let summary = format!("roster from {source}: {}", report.counts());
            report.change = self.record(tx, "import sellers", &summary, &diff.rows)?;
            Ok(report)
        })
    }

    /// The change importing these deals makes to what is stored now (inside a write:
    /// under the write lock).
    fn diff_deals(&self, file: &str, bytes: &[u8], source: &str) -> Result<DealsDiff, StoreError> {
        let plan = self.plan(None)?;
        let cols = parse_deal_columns(file, bytes, Some(&plan.currency)).map_err(StoreError::Input)?;
        let stored = lines::read_lines(&self.conn).map_err(self.read())?;
        let (diff, added) = lines::diff_columns(&stored, &cols, source);
        let first_row = stored.iter().map(|s| s.row).max().unwrap_or(0) + 1;
        let mut report = Report::of(&diff);
        report.first = (0..cols.len().min(10)).map(|i| cols.line(i)).collect();
        Ok(DealsDiff {
            report,
            diff,
            cols,
            added,
            first_row,
        })
    }

    /// The change importing this roster makes to what is stored now (inside a write:
    /// under the write lock).
    fn diff_sellers(&self, file: &str, bytes: &[u8]) -> Result<(Report, lines::Diff), StoreError> {
        let plan = self.plan(None)?;
        let new = parse_sellers(file, bytes, &plan).map_err(StoreError::Input)?;
        let stored = lines::read_roster(&self.conn).map_err(self.read())?;
        let diff = lines::diff_roster(&stored, &new);
        Ok((Report::of(&diff), diff))
    }
}
