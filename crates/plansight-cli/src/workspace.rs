//! `plansight workspace ...`: the local SQLite workspace from the command line.

use crate::Failure;
use clap::{Args, Subcommand};
use plansight_import::Kind;
use plansight_plan::Problem;
use plansight_session::imports;
use plansight_store::{Report, StoreError, Workspace};
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct At {
    /// The workspace file.
    #[arg(long)]
    pub workspace: PathBuf,
}

/// How an export's columns and values become Plansight's.
#[derive(Args, Default)]
pub struct MapOptions {
    /// Columns, as plansight=export pairs: id=opportunity_id,seller=sales_agent,amount=close_value.
    #[arg(long)]
    map: Option<String>,
    /// Stage words, as export=plansight pairs: Won=won,Lost=lost,Engaging=open.
    #[arg(long)]
    stage: Option<String>,
    /// Values for empty cells, as column=value pairs: amount=0,currency=USD.
    #[arg(long)]
    default: Option<String>,
    /// The export's date format (chrono), for example %m/%d/%Y.
    #[arg(long)]
    date_format: Option<String>,
    /// The sheet of an XLSX workbook (default: the first).
    #[arg(long)]
    sheet: Option<String>,
}

// Parsed once per run, so the size of its largest variant costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
pub enum WorkspaceCommand {
    /// Create a new, empty workspace file.
    Init {
        #[command(flatten)]
        at: At,
    },
    /// Import a plan, deals, a roster or a scenario (each one transaction; previews first with --preview).
    Import {
        #[command(flatten)]
        at: At,
        /// A plan (plan.toml); its document (the plan's `document` key, or --document) comes with it.
        #[arg(long)]
        plan: Option<PathBuf>,
        /// The plan document (Markdown), when the plan does not name it.
        #[arg(long)]
        document: Option<PathBuf>,
        /// The date the plan version takes effect (default: the plan's start).
        #[arg(long, value_parser = crate::parse_date)]
        effective: Option<chrono::NaiveDate>,
        /// Deals: Plansight's deals.csv, or any CSV/XLSX export with a mapping.
        #[arg(long)]
        deals: Option<PathBuf>,
        /// A roster: sellers.csv, or any CSV/XLSX export with a mapping.
        #[arg(long)]
        sellers: Option<PathBuf>,
        /// A price list (product, price, family), or any CSV/XLSX export with a mapping:
        /// the data-health checks compare deals with it.
        #[arg(long)]
        prices: Option<PathBuf>,
        /// A scenario to save (scenario.toml), under its name.
        #[arg(long)]
        scenario: Option<PathBuf>,
        /// Notes saved with the scenario.
        #[arg(long)]
        notes: Option<String>,
        #[command(flatten)]
        mapping: MapOptions,
        /// Show the first rows, every problem and what would change; write nothing.
        #[arg(long)]
        preview: bool,
        /// Who makes the change, for the history (default: the OS user).
        #[arg(long)]
        who: Option<String>,
    },
    /// Write the workspace out as plan, document, deals.csv, sellers.csv and scenarios.
    Export {
        #[command(flatten)]
        at: At,
        #[arg(long)]
        out: PathBuf,
    },
    /// Copy the workspace to a backup file (SQLite online backup).
    Backup {
        #[command(flatten)]
        at: At,
        #[arg(long)]
        to: PathBuf,
    },
    /// Replace the workspace with a backup (the current state is backed up first).
    Restore {
        #[command(flatten)]
        at: At,
        #[arg(long)]
        from: PathBuf,
    },
    /// Check the file's integrity and schema, and count what it holds.
    Check {
        #[command(flatten)]
        at: At,
        #[arg(long)]
        json: bool,
    },
    /// The audit log, newest first.
    History {
        #[command(flatten)]
        at: At,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Undo the newest change.
    Undo {
        #[command(flatten)]
        at: At,
    },
    /// Redo the change undone last.
    Redo {
        #[command(flatten)]
        at: At,
    },
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        match e {
            StoreError::Input(p) => Failure::Input(p),
            StoreError::Sqlite { .. } | StoreError::Io { .. } => Failure::Internal(e.to_string()),
            other => Failure::Input(Problem::file("workspace", other.to_string()).into()),
        }
    }
}

fn read_text(path: &Path) -> Result<String, Failure> {
    Ok(plansight_plan::read_text(path)?)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Runs one workspace command.
pub fn run(cmd: WorkspaceCommand) -> Result<(), Failure> {
    match cmd {
        WorkspaceCommand::Init { at } => {
            if at.workspace.exists() {
                return Err(Failure::Input(
                    Problem::file(&at.workspace.display().to_string(), "already exists")
                        .hint("choose a new file name, or import into this one")
                        .into(),
                ));
            }
            if let Some(dir) = at
                .workspace
                .parent()
                .filter(|d| !d.as_os_str().is_empty() && !d.is_dir())
            {
                return Err(Failure::Input(
                    Problem::file(
                        &at.workspace.display().to_string(),
                        format!("the folder {} does not exist", dir.display()),
                    )
                    .hint("create the folder first, or choose a file in an existing one")
                    .into(),
                ));
            }
            Workspace::open(&at.workspace)?;
            println!(
                "created {}; import a plan next: plansight workspace import --workspace {} --plan PLAN.toml",
                at.workspace.display(),
                at.workspace.display()
            );
        }
        WorkspaceCommand::Import {
            at,
            plan,
            document,
            effective,
            deals,
            sellers,
            prices,
            scenario,
            notes,
            mapping,
            preview,
            who,
        } => {
            if plan.is_none() && deals.is_none() && sellers.is_none() && prices.is_none() && scenario.is_none() {
                return Err(Failure::Input(
                    Problem::file("import", "nothing to import")
                        .hint("give --plan, --deals, --sellers, --prices or --scenario")
                        .into(),
                ));
            }
            let mut ws = Workspace::open_existing(&at.workspace)?;
            if let Some(w) = &who {
                ws.set_who(w);
            }
            if let Some(p) = &plan {
                let source = read_text(p)?;
                let parsed = plansight_plan::Plan::parse(&p.display().to_string(), &source)?;
                let doc_path = document.clone().or_else(|| {
                    parsed
                        .document
                        .as_ref()
                        .map(|d| p.parent().unwrap_or(Path::new(".")).join(d))
                });
                let doc = doc_path.as_deref().map(read_text).transpose()?;
                if preview {
                    println!(
                        "plan {} ({}) reads without problems; nothing was written",
                        parsed.id, parsed.name
                    );
                } else {
                    let v = ws.import_plan(&file_name(p), &source, doc.as_deref(), effective)?;
                    println!("plan {} imported as version {v}", parsed.id);
                }
            }
            for (path, kind) in [
                (sellers.as_ref(), Kind::Sellers),
                (prices.as_ref(), Kind::Prices),
                (deals.as_ref(), Kind::Deals),
            ] {
                let Some(path) = path else { continue };
                import_table(&mut ws, path, kind, &mapping, preview)?;
            }
            if let Some(s) = &scenario {
                let source = read_text(s)?;
                if preview {
                    plansight_plan::Scenario::parse(&s.display().to_string(), &source)?;
                    println!("scenario {} reads without problems; nothing was written", s.display());
                } else {
                    let name = ws.save_scenario(&s.display().to_string(), &source, notes.as_deref())?;
                    println!("scenario \"{name}\" saved");
                }
            }
        }
        WorkspaceCommand::Export { at, out } => {
            let ws = Workspace::open_existing(&at.workspace)?;
            for f in ws.export(&out)? {
                println!("wrote {}", f.display());
            }
        }
        WorkspaceCommand::Backup { at, to } => {
            let ws = Workspace::open_existing(&at.workspace)?;
            ws.backup_to(&to)?;
            println!("backed up {} to {}", at.workspace.display(), to.display());
        }
        WorkspaceCommand::Restore { at, from } => {
            let mut ws = Workspace::open_existing(&at.workspace)?;
            ws.restore_from(&from)?;
            println!(
                "restored {} from {} (the previous state is in {})",
                at.workspace.display(),
                from.display(),
                plansight_store::backup::folder(&at.workspace).display()
            );
        }
        WorkspaceCommand::Check { at, json } => {
            let ws = Workspace::open_existing(&at.workspace)?;
            let h = ws.check()?;
            if json {
                println!("{}", serde_json::to_string_pretty(&h).expect("serialises"));
            } else {
                println!(
                    "{}: integrity ok, schema {}; {} plan version(s), {} seller(s), {} credit line(s), {} scenario(s), {} change(s) in the history",
                    at.workspace.display(),
                    h.schema,
                    h.plan_versions,
                    h.sellers,
                    h.credit_lines,
                    h.scenarios,
                    h.changes
                );
            }
        }
        WorkspaceCommand::History { at, limit, json } => {
            let ws = Workspace::open_existing(&at.workspace)?;
            let h = ws.history(limit)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&h).expect("serialises"));
            } else if h.is_empty() {
                println!("no changes yet");
            } else {
                for c in h {
                    let state = match (c.state.as_str(), &c.undone_at) {
                        ("done", _) => String::new(),
                        (s, Some(at)) => format!(" [{s} {at}]"),
                        (s, None) => format!(" [{s}]"),
                    };
                    println!(
                        "#{:<4} {}  {:<10} {:<16} {}{state}",
                        c.id, c.at, c.who, c.action, c.summary
                    );
                }
            }
        }
        WorkspaceCommand::Undo { at } => {
            let mut ws = Workspace::open_existing(&at.workspace)?;
            match ws.undo()? {
                Some(c) => println!("undone #{}: {} ({})", c.id, c.action, c.summary),
                None => println!("nothing to undo"),
            }
        }
        WorkspaceCommand::Redo { at } => {
            let mut ws = Workspace::open_existing(&at.workspace)?;
            match ws.redo()? {
                Some(c) => println!("redone #{}: {} ({})", c.id, c.action, c.summary),
                None => println!("nothing to redo"),
            }
        }
    }
    Ok(())
}

/// Reads an export, maps it (with the options, or the mapping remembered for this file
/// name), previews or imports it: the app's Import screen takes the same path
/// (`plansight_session::imports`).
fn import_table(ws: &mut Workspace, path: &Path, kind: Kind, opts: &MapOptions, preview: bool) -> Result<(), Failure> {
    let name = file_name(path);
    let bytes = std::fs::read(path).map_err(|e| {
        Failure::Input(
            Problem::file(&path.display().to_string(), format!("cannot be read: {e}"))
                .hint("check the path and permissions")
                .into(),
        )
    })?;
    let shown = path.display().to_string();
    let export = imports::Export {
        name: &name,
        shown: &shown,
        bytes: &bytes,
        sheet: opts.sheet.as_deref(),
    };
    let options = imports::MapOptions {
        map: opts.map.clone(),
        stage: opts.stage.clone(),
        defaults: opts.default.clone(),
        date_format: opts.date_format.clone(),
        chosen: None,
    };
    let done = if preview {
        imports::preview(ws, kind, &export, &options)
    } else {
        imports::commit(ws, kind, &export, &options)
    };
    let done = done.map_err(|refused| match refused {
        imports::Refused::Problems(p, _) => Failure::Input(imports::nothing_written(p)),
        imports::Refused::Store(e) => e.into(),
    })?;
    if done.remembered {
        println!("using the mapping remembered for {name}: {}", done.mapping.describe());
    }
    print_report(kind, &name, &done.report, preview);
    if preview && kind == Kind::Deals {
        print_findings(&done.findings);
    }
    Ok(())
}

/// The data-health findings an import would bring.
fn print_findings(findings: &[plansight_health::Finding]) {
    if findings.is_empty() {
        println!("data health: the import brings no new finding");
        return;
    }
    println!("data health: the import would bring {} finding(s):", findings.len());
    for f in findings {
        println!("  {:<7} {}  at stake {}", f.severity.as_str(), f.id, f.at_stake_text());
        println!("    {}", f.message);
    }
    println!("  (after importing, plansight health --workspace W lists them with their fixes)");
}

fn print_report(kind: Kind, source: &str, r: &Report, preview: bool) {
    println!("{} from {source}: {}", kind.as_str(), r.counts());
    if preview && !r.first.is_empty() {
        println!("  first rows:");
        println!(
            "    {:<14} {:<20} {:<9} {:>14} {:<10}",
            "id", "seller", "stage", "amount", "close_date"
        );
        for l in &r.first {
            let amount = plansight_plan::fixed::format_scaled(l.amount.0 as i128, 2);
            let close = l.close_date.map(|d| d.to_string()).unwrap_or_default();
            println!(
                "    {:<14} {:<20} {:<9} {:>14} {:<10}",
                l.id,
                l.seller,
                l.stage.as_str(),
                amount,
                close
            );
        }
    }
    for (what, which, detail) in &r.examples {
        if detail.is_empty() {
            println!("  {what}: {which}");
        } else {
            println!("  {what}: {which}: {detail}");
        }
    }
    if preview {
        println!("preview only: nothing was written (run again without --preview to import)");
    } else if let Some(id) = r.change {
        println!("recorded as change #{id} (plansight workspace undo reverts it)");
    }
}
