//! Export: the workspace back as the files the CLI reads (plan TOML and document,
//! deals.csv, sellers.csv, saved scenarios), so that nothing is locked in.

use crate::{lines, StoreError, Workspace};
use plansight_plan::fixed::{format_scaled, MONEY_DIGITS, SHARE_DIGITS};
use plansight_plan::{CreditLine, Plan, Seller};
use std::path::{Path, PathBuf};

/// An optional text cell.
fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// An optional date cell.
fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// Writes deals in `deals.csv` form; reading it back gives the same lines.
pub fn deals_csv(lines: &[CreditLine]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id",
        "seller",
        "account",
        "name",
        "type",
        "product",
        "amount",
        "close_date",
        "stage",
        "split",
        "probability",
        "term_months",
        "cancel_date",
    ])
    .expect("writing to memory");
    for l in lines {
        w.write_record([
            l.id.clone(),
            l.seller.clone(),
            opt(&l.account),
            opt(&l.name),
            opt(&l.deal_type),
            opt(&l.product),
            format_scaled(l.amount.0 as i128, MONEY_DIGITS),
            date(l.close_date),
            l.stage.as_str().to_string(),
            format_scaled(l.split.0 as i128, SHARE_DIGITS),
            l.probability
                .map(|p| format_scaled(p.0 as i128, SHARE_DIGITS))
                .unwrap_or_default(),
            l.term_months.map(|t| t.to_string()).unwrap_or_default(),
            date(l.cancel_date),
        ])
        .expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
}

/// Writes a roster in `sellers.csv` form, with a `quota:<measure>` column for every
/// measure some seller overrides.
pub fn sellers_csv(roster: &[Seller]) -> Vec<u8> {
    let mut measures: Vec<&str> = roster
        .iter()
        .flat_map(|s| s.quotas.iter().map(|q| q.0.as_str()))
        .collect();
    measures.sort_unstable();
    measures.dedup();
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = plansight_plan::roster::SELLER_COLUMNS
        .iter()
        .map(|c| c.to_string())
        .collect();
    header.extend(measures.iter().map(|m| format!("quota:{m}")));
    w.write_record(&header).expect("writing to memory");
    for s in roster {
        let mut rec = vec![
            s.id.clone(),
            opt(&s.name),
            opt(&s.manager),
            opt(&s.territory),
            opt(&s.role),
            date(s.start_date),
            date(s.end_date),
            s.target_incentive
                .map(|t| format_scaled(t.0 as i128, MONEY_DIGITS))
                .unwrap_or_default(),
        ];
        for m in &measures {
            rec.push(
                s.quotas
                    .iter()
                    .find(|q| q.0 == *m)
                    .map(|(_, q)| format_scaled(q.0 as i128, MONEY_DIGITS))
                    .unwrap_or_default(),
            );
        }
        w.write_record(&rec).expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
}

/// The exported document's file name: the plan's own for Markdown or text; otherwise
/// (a document that came as PDF and is kept as its text, or a name like `deals.csv`)
/// the same stem as `.md`.
fn document_name(name: &str) -> String {
    let p = Path::new(name);
    match p
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("md" | "markdown" | "txt") => name.to_string(),
        _ => format!(
            "{}.md",
            p.file_stem()
                .map_or("plan".into(), |s| s.to_string_lossy().into_owned())
        ),
    }
}

/// A file name for a scenario name ("Acme at 200k" -> "acme-at-200k.toml").
pub fn scenario_file(name: &str) -> String {
    let slug: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let slug = slug.split('-').filter(|s| !s.is_empty()).collect::<Vec<_>>().join("-");
    format!("{}.toml", if slug.is_empty() { "scenario".into() } else { slug })
}

/// Writes `name` under `dir`, creating folders; returns the path written.
pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&path, bytes)?;
    Ok(path)
}

impl Workspace {
    /// Writes the workspace out as the CLI's files: the plan in effect (and its
    /// document), deals.csv, sellers.csv (when there is a roster) and every saved
    /// scenario under `scenarios/`. Returns the files written.
    pub fn export(&self, dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
        let v = self.plan_version(None)?;
        let io = |source| StoreError::Io {
            path: dir.to_path_buf(),
            source,
        };
        let plan_name = Path::new(&v.file)
            .file_name()
            .map_or("plan.toml".into(), |n| n.to_string_lossy().into_owned());
        let mut out = vec![write(dir, &plan_name, v.source.as_bytes()).map_err(io)?];
        if let Some(doc) = &v.document {
            // The plan names its document; only the name's last part is used, so a plan
            // file can never make the export write outside `dir`.
            let name = Plan::parse(&v.file, &v.source)
                .ok()
                .and_then(|p| p.document)
                .and_then(|d| Path::new(&d).file_name().map(|n| n.to_string_lossy().into_owned()))
                .map(|n| document_name(&n))
                .unwrap_or_else(|| "plan.md".into());
            out.push(write(dir, &name, doc.as_bytes()).map_err(io)?);
        }
        let lines: Vec<CreditLine> = lines::read_credit_lines(&self.conn).map_err(self.read())?;
        out.push(write(dir, "deals.csv", &deals_csv(&lines)).map_err(io)?);
        let roster = self.roster()?;
        if !roster.is_empty() {
            out.push(write(dir, "sellers.csv", &sellers_csv(&roster)).map_err(io)?);
        }
        for sc in self.scenarios()? {
            out.push(
                write(
                    dir,
                    &format!("scenarios/{}", scenario_file(&sc.name)),
                    sc.source.as_bytes(),
                )
                .map_err(io)?,
            );
        }
        Ok(out)
    }
}
