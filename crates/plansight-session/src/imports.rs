//! Imports of outside exports, for the CLI (`plansight workspace import`) and the app's
//! Import screen alike: the export's bytes, a column mapping (given, or the one remembered
//! for the file's name), the mapped rows checked by the deals or roster parser, then a
//! preview of what would change or the import as one audited change.
//!
//! The export is read from memory: its name only names it in problems and keys the
//! remembered mapping, and is never used as a path.

use crate::deals::row;
use crate::{Failure, Session};
use plansight_import::{Kind, Mapped, Mapping, Table};
use plansight_plan::{Exact, Problem, Problems};
use plansight_store::{Report, StoreError, Workspace};
use plansight_view::{ImportPreview, ImportRequest};

/// An export as the user chose it: its file name (never a path) and its bytes.
pub struct Export<'a> {
    /// The file's name: the key of the remembered mapping and the source in the history.
    pub name: &'a str,
    /// How problems name the file (the path as the user gave it, or the name).
    pub shown: &'a str,
    /// The file's bytes: CSV, or an XLSX workbook.
    pub bytes: &'a [u8],
    /// The sheet of a workbook (default: the first).
    pub sheet: Option<&'a str>,
}

/// How the export's columns and values become Plansight's (each empty: not given).
#[derive(Debug, Clone, Default)]
pub struct MapOptions {
    /// Columns, as `plansight=export` pairs.
    pub map: Option<String>,
    /// Stage words, as `export=plansight` pairs (deals only).
    pub stage: Option<String>,
    /// Values for empty cells, as `column=value` pairs.
    pub defaults: Option<String>,
    /// The export's date format (chrono).
    pub date_format: Option<String>,
    /// The mapping chosen column by column (the app's dropdowns): used exactly, never
    /// replaced by the remembered one; `map` and `stage` are then unused.
    pub chosen: Option<Mapping>,
}

/// What an import did or would do.
pub struct Imported {
    /// Deals or sellers.
    pub kind: Kind,
    /// The mapping used.
    pub mapping: Mapping,
    /// Whether the mapping is the one remembered for this file name.
    pub remembered: bool,
    /// Rows added, changed, removed and unchanged, with examples.
    pub report: Report,
    /// For a preview of deals: the data-health findings the import would bring (those
    /// the workspace does not have now), most serious first.
    pub findings: Vec<plansight_health::Finding>,
}

/// Why an import wrote nothing.
pub enum Refused {
    /// Problems in the export or its mapping, each pointed at the export's own row and
    /// column; the mapping's description when one was read.
    Problems(Problems, Option<String>),
    /// The workspace could not be read or written.
    Store(StoreError),
}

impl From<StoreError> for Refused {
    fn from(e: StoreError) -> Refused {
        Refused::Store(e)
    }
}

/// Previews importing `export` as `kind` into `ws`: what would change, or every problem.
pub fn preview(ws: &Workspace, kind: Kind, export: &Export, opts: &MapOptions) -> Result<Imported, Refused> {
    let (mapping, remembered, mapped) = prepare(ws, kind, export, opts)?;
    let report = match kind {
        Kind::Deals => ws.preview_deals(&mapped.file, &mapped.bytes, export.name),
        Kind::Sellers => ws.preview_sellers(&mapped.file, &mapped.bytes),
        Kind::Prices => ws.preview_prices(&mapped.file, &mapped.bytes),
    };
    let mut imported = finish(kind, mapping, remembered, &mapped, report)?;
    if kind == Kind::Deals {
        let after = ws.lines_after_deals(&mapped.file, &mapped.bytes, export.name)?;
        let now = ws.inputs(None)?;
        imported.findings = crate::health::brought(ws, &now, after, crate::health::today())
            .map_err(|f| Refused::Problems(Problem::file(export.shown, f.message).into(), None))?;
    }
    Ok(imported)
}

/// Imports `export` as one audited change (nothing on any problem) and remembers a
/// given mapping for the file's name.
pub fn commit(ws: &mut Workspace, kind: Kind, export: &Export, opts: &MapOptions) -> Result<Imported, Refused> {
    // A deals file already in Plansight's columns goes to the store as it is: mapping a
    // million rows through a table of strings costs more than the import itself. Were
    // it refused, it is read again through the mapping, whose problems name the export.
    // Choices that change nothing (every column already ours, no stage word mapped) keep
    // the fast path; any other choice (a column left out, another read as amount) is the
    // mapping's to apply, in the import as in the preview.
    let unmapped = [&opts.map, &opts.stage, &opts.defaults, &opts.date_format]
        .iter()
        .all(|o| o.as_deref().is_none_or(|s| s.trim().is_empty()))
        && opts.chosen.as_ref().is_none_or(Mapping::is_identity);
    if kind == Kind::Deals
        && unmapped
        && export.sheet.is_none()
        && !plansight_import::is_workbook(export.name, export.bytes)
        && ws.mapping(export.name, kind.as_str())?.is_none()
    {
        match ws.import_deals(export.shown, export.bytes, export.name) {
            Ok(report) => {
                return Ok(Imported {
                    kind,
                    mapping: Mapping::default(),
                    remembered: false,
                    report,
                    findings: Vec::new(),
                })
            }
            Err(StoreError::Input(_)) => {}
            Err(e) => return Err(Refused::Store(e)),
        }
    }
    let (mapping, remembered, mapped) = prepare(ws, kind, export, opts)?;
    let report = match kind {
        Kind::Deals => ws.import_deals(&mapped.file, &mapped.bytes, export.name),
        Kind::Sellers => ws.import_sellers(&mapped.file, &mapped.bytes, export.name),
        Kind::Prices => ws.import_prices(&mapped.file, &mapped.bytes, export.name),
    };
    let imported = finish(kind, mapping, remembered, &mapped, report)?;
    if !imported.mapping.is_identity() && !remembered {
        ws.remember_mapping(export.name, kind.as_str(), &imported.mapping.to_spec())?;
    }
    Ok(imported)
}

/// The mapping (chosen; else given; else remembered for the name), the table and the
/// mapped rows.
fn prepare(ws: &Workspace, kind: Kind, export: &Export, opts: &MapOptions) -> Result<(Mapping, bool, Mapped), Refused> {
    let (mapping, from_memory) = match &opts.chosen {
        Some(chosen) => (chosen.clone(), false),
        None => {
            let stage = opts.stage.as_deref().filter(|_| kind == Kind::Deals);
            let given = Mapping::from_options(
                kind,
                opts.map.as_deref(),
                stage,
                opts.defaults.as_deref(),
                opts.date_format.as_deref(),
            )
            .map_err(|p| Refused::Problems(p, None))?;
            let remembered = if given.is_identity() {
                ws.mapping(export.name, kind.as_str())?
                    .and_then(|s| Mapping::from_spec(&s))
            } else {
                None
            };
            match remembered {
                Some(m) => (m, true),
                None => (given, false),
            }
        }
    };
    let describe = Some(mapping.describe());
    let table = Table::from_bytes(export.shown, export.bytes, export.sheet)
        .map_err(|p| Refused::Problems(p, describe.clone()))?;
    let mapped = mapping
        .apply(kind, &table)
        .map_err(|p| Refused::Problems(p, describe))?;
    Ok((mapping, from_memory, mapped))
}

fn finish(
    kind: Kind,
    mapping: Mapping,
    remembered: bool,
    mapped: &Mapped,
    report: Result<Report, StoreError>,
) -> Result<Imported, Refused> {
    match report {
        Ok(report) => Ok(Imported {
            kind,
            mapping,
            remembered,
            report,
            findings: Vec::new(),
        }),
        Err(StoreError::Input(p)) => Err(Refused::Problems(mapped.explain(p), Some(mapping.describe()))),
        Err(e) => Err(Refused::Store(e)),
    }
}

/// Heads a refusal's problems (which may be cut at a hundred) with what happened.
pub fn nothing_written(p: Problems) -> Problems {
    let head = Problem::file("import", format!("{} problem(s) found; nothing was written", p.0.len()))
        .hint("fix the rows below (or adjust the mapping) and import again");
    let mut all = Problems::from(head);
    all.extend(p);
    all
}

fn given(s: &str) -> Option<String> {
    Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_string)
}

pub(crate) fn kind_of(word: &str) -> Result<Kind, Failure> {
    match word {
        "deals" => Ok(Kind::Deals),
        "sellers" => Ok(Kind::Sellers),
        "prices" => Ok(Kind::Prices),
        other => Err(Failure::input(format!(
            "\"{other}\" is not something to import; choose deals, sellers or prices."
        ))
        .at("kind")),
    }
}

/// Findings an import's preview lists on the screen (the rest are counted by the Health
/// screen once imported).
const PREVIEW_FINDINGS: usize = 200;

/// The export the window's file picker chose: named by its file name only.
fn chosen<'a>(file_name: &'a str, bytes: &'a [u8]) -> Export<'a> {
    Export {
        name: file_name,
        shown: file_name,
        bytes,
        sheet: None,
    }
}

/// The request's options; the dropdowns' choices become the mapping itself.
fn options(req: &ImportRequest, kind: Kind) -> Result<MapOptions, Problems> {
    let chosen = match &req.chosen {
        Some(c) => {
            let columns: Vec<(String, String)> = c.columns.iter().map(|x| (x.export.clone(), x.ours.clone())).collect();
            let stages: Vec<(String, String)> = c.stages.iter().map(|x| (x.value.clone(), x.stage.clone())).collect();
            Some(Mapping::from_choices(
                kind,
                &columns,
                &stages,
                given(&req.defaults).as_deref(),
                given(&req.date_format).as_deref(),
            )?)
        }
        None => None,
    };
    Ok(MapOptions {
        map: given(&req.map),
        stage: given(&req.stage),
        defaults: given(&req.defaults),
        date_format: given(&req.date_format),
        chosen,
    })
}

/// The Import screen's view of an import's outcome (a refusal is shown, not thrown).
fn screen(outcome: Result<Imported, Refused>) -> Result<ImportPreview, Failure> {
    match outcome {
        Ok(i) => Ok(ImportPreview {
            ok: true,
            counts: format!("{}: {}", i.kind.as_str(), i.report.counts()),
            examples: i
                .report
                .examples
                .iter()
                .map(|(what, which, detail)| {
                    if detail.is_empty() {
                        format!("{what}: {which}")
                    } else {
                        format!("{what}: {which}: {detail}")
                    }
                })
                .collect(),
            first: i.report.first.iter().map(|l| row(l, Exact::default())).collect(),
            problems: Vec::new(),
            mapping: i.mapping.describe(),
            findings_count: i.findings.len() as i32,
            findings: i
                .findings
                .iter()
                .take(PREVIEW_FINDINGS)
                .map(|f| {
                    format!(
                        "{} — {} (at stake {})",
                        f.severity.as_str(),
                        f.message,
                        f.at_stake_text()
                    )
                })
                .collect(),
        }),
        Err(Refused::Problems(p, mapping)) => Ok(ImportPreview {
            ok: false,
            counts: "nothing was written".into(),
            examples: Vec::new(),
            first: Vec::new(),
            problems: p.0.iter().map(ToString::to_string).collect(),
            mapping: mapping.unwrap_or_default(),
            findings: Vec::new(),
            findings_count: 0,
        }),
        Err(Refused::Store(e)) => Err(e.into()),
    }
}

impl Session {
    /// What importing the export `bytes` (named `file_name`) would change, or every
    /// problem in it; writes nothing.
    pub fn import_preview(&self, req: &ImportRequest, file_name: &str, bytes: &[u8]) -> Result<ImportPreview, Failure> {
        let kind = kind_of(&req.kind)?;
        let opts = match options(req, kind) {
            Ok(o) => o,
            Err(p) => return screen(Err(Refused::Problems(p, None))),
        };
        screen(preview(&self.ws(), kind, &chosen(file_name, bytes), &opts))
    }

    /// Imports the export as one audited change (nothing on any problem), remembers its
    /// mapping for the file name, and recomputes.
    pub fn import_commit(
        &mut self,
        req: &ImportRequest,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<ImportPreview, Failure> {
        let kind = kind_of(&req.kind)?;
        let opts = match options(req, kind) {
            Ok(o) => o,
            Err(p) => return screen(Err(Refused::Problems(p, None))),
        };
        let shown = screen(commit(&mut self.ws(), kind, &chosen(file_name, bytes), &opts))?;
        if shown.ok {
            self.refresh()?;
        }
        Ok(shown)
    }
}
