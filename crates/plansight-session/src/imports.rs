//! The import screen: an export (CSV or XLSX bytes from the file picker), a column
//! mapping, a preview of what would change or of every problem, and the commit; the
//! same path as `plansight workspace import`.

use crate::deals::row;
use crate::{words, Failure, Session};
use plansight_import::{Kind, Mapped, Mapping, Table};
use plansight_plan::{Exact, Problems};
use plansight_store::{Report, StoreError};
use plansight_view::{ImportPreview, ImportRequest};

fn given(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|s| !s.is_empty())
}

fn listed(p: Problems) -> Vec<String> {
    p.0.iter().map(ToString::to_string).collect()
}

fn refused(problems: Vec<String>, mapping: String) -> ImportPreview {
    ImportPreview {
        ok: false,
        counts: "nothing was written".into(),
        examples: Vec::new(),
        first: Vec::new(),
        problems,
        mapping,
    }
}

/// Reads the export's bytes: an XLSX workbook (by its name) or CSV.
fn table(req: &ImportRequest) -> Result<Table, Problems> {
    if !req.file_name.to_lowercase().ends_with(".xlsx") {
        return Table::from_csv(&req.file_name, &req.bytes);
    }
    // The workbook reader takes a file: the bytes go to a private temporary one.
    let dir = std::env::temp_dir().join(format!("plansight-import-{}", std::process::id()));
    let path = dir.join(&req.file_name);
    let read = std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(&path, &req.bytes));
    let table = match read {
        Ok(()) => Table::read(&path, None).map(|mut t| {
            t.file = t.file.replace(&dir.join("").display().to_string(), "");
            t
        }),
        Err(e) => {
            Err(plansight_plan::Problem::file(&req.file_name, format!("cannot be staged for reading: {e}")).into())
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    table
}

impl Session {
    fn mapped(&self, req: &ImportRequest) -> Result<(Kind, Mapping, Mapped), ImportPreview> {
        let kind = match req.kind.as_str() {
            "deals" => Kind::Deals,
            "sellers" => Kind::Sellers,
            other => {
                return Err(refused(
                    vec![format!(
                        "\"{other}\" is not something to import; choose deals or sellers"
                    )],
                    String::new(),
                ))
            }
        };
        let stage = if kind == Kind::Deals { given(&req.stage) } else { None };
        let mut mapping = Mapping::from_options(
            kind,
            given(&req.map),
            stage,
            given(&req.defaults),
            given(&req.date_format),
        )
        .map_err(|p| refused(listed(p), String::new()))?;
        if mapping.is_identity() {
            if let Some(m) = self
                .ws
                .mapping(&req.file_name, kind.as_str())
                .ok()
                .flatten()
                .and_then(|s| Mapping::from_spec(&s))
            {
                mapping = m;
            }
        }
        let describe = mapping.describe();
        let table = table(req).map_err(|p| refused(listed(p), describe.clone()))?;
        let mapped = mapping
            .apply(kind, &table)
            .map_err(|p| refused(listed(p), describe.clone()))?;
        Ok((kind, mapping, mapped))
    }

    fn report(
        &self,
        kind: Kind,
        report: Result<Report, StoreError>,
        mapped: &Mapped,
        mapping: &Mapping,
    ) -> Result<ImportPreview, Failure> {
        let describe = mapping.describe();
        match report {
            Ok(r) => Ok(ImportPreview {
                ok: true,
                counts: format!("{}: {}", kind.as_str(), r.counts()),
                examples: r
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
                first: r.first.iter().map(|l| row(l, Exact::default())).collect(),
                problems: Vec::new(),
                mapping: describe,
            }),
            Err(StoreError::Input(p)) => Ok(refused(listed(mapped.explain(p)), describe)),
            Err(e) => Err(words(e)),
        }
    }

    /// What importing the export would change, or every problem in it; writes nothing.
    pub fn import_preview(&self, req: &ImportRequest) -> Result<ImportPreview, Failure> {
        let (kind, mapping, mapped) = match self.mapped(req) {
            Ok(m) => m,
            Err(refusal) => return Ok(refusal),
        };
        let report = match kind {
            Kind::Deals => self.ws.preview_deals(&mapped.file, &mapped.bytes, &req.file_name),
            Kind::Sellers => self.ws.preview_sellers(&mapped.file, &mapped.bytes),
        };
        self.report(kind, report, &mapped, &mapping)
    }

    /// Imports the export as one audited change (nothing on any problem), remembers
    /// its mapping for the file name, and recomputes.
    pub fn import_commit(&mut self, req: &ImportRequest) -> Result<ImportPreview, Failure> {
        let (kind, mapping, mapped) = match self.mapped(req) {
            Ok(m) => m,
            Err(refusal) => return Ok(refusal),
        };
        let report = match kind {
            Kind::Deals => self.ws.import_deals(&mapped.file, &mapped.bytes, &req.file_name),
            Kind::Sellers => self.ws.import_sellers(&mapped.file, &mapped.bytes, &req.file_name),
        };
        let preview = self.report(kind, report, &mapped, &mapping)?;
        if preview.ok {
            if !mapping.is_identity() {
                self.ws
                    .remember_mapping(&req.file_name, kind.as_str(), &mapping.to_spec())
                    .map_err(words)?;
            }
            self.refresh()?;
        }
        Ok(preview)
    }
}
