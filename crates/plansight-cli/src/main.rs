//! `plansight`: the command line over the plan language and the engine.
//!
//! Exit codes: 0 success, 2 bad input (every problem on stderr), 1 internal error.

mod forecast;
mod health;
mod optimise;
mod statement;
mod table;
mod workspace;

use clap::{Args, Parser, Subcommand};
use plansight_plan::{load_inputs, Inputs, Plan, Problems, Scenario};
use std::path::PathBuf;
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "plansight",
    version,
    about = "Sales compensation, computed exactly and explained."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
pub(crate) struct Files {
    /// A workspace file, instead of --plan, --deals and --sellers.
    #[arg(long, conflicts_with_all = ["plan", "deals", "sellers"])]
    workspace: Option<PathBuf>,
    /// The plan (plan.toml).
    #[arg(long, required_unless_present = "workspace")]
    plan: Option<PathBuf>,
    /// Credit lines (deals.csv).
    #[arg(long, required_unless_present = "workspace")]
    deals: Option<PathBuf>,
    /// Optional roster (sellers.csv).
    #[arg(long)]
    sellers: Option<PathBuf>,
    /// Calculate as of this date (YYYY-MM-DD); default the plan's end.
    #[arg(long, value_parser = parse_date)]
    as_of: Option<chrono::NaiveDate>,
}

#[derive(Subcommand)]
enum Command {
    /// Compute payouts.
    Calc {
        #[command(flatten)]
        files: Files,
        /// Only this seller.
        #[arg(long)]
        seller: Option<String>,
        /// Print the result as JSON (spec section 6).
        #[arg(long)]
        json: bool,
        /// Leave out the earnings items.
        #[arg(long)]
        summary: bool,
    },
    /// Apply a scenario over the base and show the difference.
    Whatif {
        #[command(flatten)]
        files: Files,
        /// The scenario (scenario.toml).
        #[arg(long, required_unless_present = "saved")]
        scenario: Option<PathBuf>,
        /// A scenario saved in the workspace, by name.
        #[arg(long, requires = "workspace", conflicts_with = "scenario")]
        saved: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Explain a seller's payout item by item, in words.
    Explain {
        #[command(flatten)]
        files: Files,
        #[arg(long)]
        seller: String,
        /// Only the items of this deal.
        #[arg(long)]
        deal: Option<String>,
    },
    /// Check a plan (and optionally deals and roster) and list every problem.
    Validate {
        #[arg(long)]
        plan: PathBuf,
        #[arg(long)]
        deals: Option<PathBuf>,
        #[arg(long)]
        sellers: Option<PathBuf>,
    },
    /// The local workspace: init, import (with column mappings), export, backup, restore, check, history, undo, redo.
    Workspace {
        #[command(subcommand)]
        command: workspace::WorkspaceCommand,
    },
    /// Answers a question about the plan, the deals or the payouts, from the engine.
    Ask {
        #[arg(long)]
        workspace: PathBuf,
        /// The seller asking ("me" in the question); a question naming a seller asks about that one.
        #[arg(long)]
        seller: Option<String>,
        #[arg(long)]
        json: bool,
        /// Let the bundled language model word the answer (checked against the figures;
        /// the template stands when it fails the check or the model is unavailable).
        #[arg(long)]
        model: bool,
        /// A larger local GGUF model to word the answers instead of the bundled one
        /// (implies --model).
        #[arg(long)]
        model_file: Option<PathBuf>,
        /// A file that keeps the conversation between questions: read before answering (a
        /// follow-up such as "and in Q3?" reads against the last question) and rewritten after.
        #[arg(long)]
        context: Option<PathBuf>,
        question: String,
    },
    /// The data-health report: duplicates, misspellings, unknown sellers, unusual amounts and
    /// more, each with the money at stake; --fix and --fix-all apply fixes (undoable).
    Health(health::HealthArgs),
    /// The likely payout of the plan year from the open pipeline (Monte Carlo on the exact
    /// rules): expected, P10/P50/P90, chances of each threshold and tier; --backtest DATE
    /// checks the forecast against what happened after DATE.
    Forecast(forecast::ForecastArgs),
    /// A seller's open deals ranked by what each is worth to them, and the fewest deals
    /// that reach the next tier or the accelerator.
    Coach(forecast::CoachArgs),
    /// The plan that meets a budget and does best on an objective (pay-for-performance,
    /// least-change, lowest-cost), moving only the levers named; --out writes it.
    Optimise(optimise::OptimiseArgs),
    /// Payout statements as PDF: one seller's (--seller), or every seller's with the
    /// territory review pack (--all), from the engine's figures.
    Statement(statement::StatementArgs),
    /// Generate a realistic synthetic team (plan.toml, sellers.csv, deals.csv).
    Gen {
        #[arg(long)]
        sellers: usize,
        /// About this many credit lines.
        #[arg(long)]
        deals: usize,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

pub(crate) fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    plansight_plan::calendar::parse_date(s).ok_or_else(|| format!("\"{s}\" is not a date; write YYYY-MM-DD"))
}

/// How a command failed.
pub(crate) enum Failure {
    Input(Problems),
    Internal(String),
    /// The health report found an error (exit 1; the report is already printed).
    Unhealthy,
}

impl From<Problems> for Failure {
    fn from(p: Problems) -> Failure {
        Failure::Input(p)
    }
}
/// The application layer's failures: a fault of Plansight is internal (exit 1); anything
/// the user can act on (bad input, a busy or damaged workspace) is exit 2 with its words.
impl From<plansight_session::Failure> for Failure {
    fn from(f: plansight_session::Failure) -> Failure {
        use plansight_session::FailureKind;
        match f.kind {
            FailureKind::Internal => Failure::Internal(f.message),
            _ => {
                let mut p = plansight_plan::Problem::file(f.place.as_deref().unwrap_or("plansight"), f.message);
                if let Some(fix) = f.fix {
                    p = p.hint(fix);
                }
                Failure::Input(p.into())
            }
        }
    }
}

impl From<plansight_engine::WhatIfError> for Failure {
    fn from(e: plansight_engine::WhatIfError) -> Failure {
        match e {
            plansight_engine::WhatIfError::Scenario(p) => Failure::Input(p),
            plansight_engine::WhatIfError::Engine(e) => e.into(),
        }
    }
}

impl From<plansight_engine::EngineError> for Failure {
    fn from(e: plansight_engine::EngineError) -> Failure {
        Failure::Internal(e.to_string())
    }
}

fn load(f: &Files) -> Result<Inputs, Failure> {
    Ok(load_with(f)?.0)
}

/// The inputs, and the workspace they came from (opened once) when `--workspace` is given.
pub(crate) fn load_with(f: &Files) -> Result<(Inputs, Option<plansight_store::Workspace>), Failure> {
    match (&f.workspace, &f.plan, &f.deals) {
        (Some(w), _, _) => {
            let (ws, inputs) = plansight_store::Workspace::load(w, f.as_of)?;
            Ok((inputs, Some(ws)))
        }
        (None, Some(plan), Some(deals)) => Ok((load_inputs(plan, deals, f.sellers.as_deref(), f.as_of)?, None)),
        _ => Err(no_inputs()),
    }
}

fn no_inputs() -> Failure {
    Failure::Input(plansight_plan::Problem::file("plansight", "give --workspace, or --plan and --deals").into())
}

pub(crate) fn print_json(v: &impl serde::Serialize) {
    use std::io::Write;
    // Straight into a buffered standard output: a team's JSON is tens of megabytes.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut out, v)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush());
    // A closed pipe (`| head`) is not an error of ours.
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("plansight: cannot write the output: {e}");
        }
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Health(args) => health::run(args)?,
        Command::Forecast(args) => forecast::run_forecast(args)?,
        Command::Coach(args) => forecast::run_coach(args)?,
        Command::Optimise(args) => optimise::run(args)?,
        Command::Statement(args) => statement::run(args)?,
        Command::Calc {
            files,
            seller,
            json,
            summary,
        } => {
            // The lines go from their columns (a file's or the workspace's) to the
            // engine's, never through rows.
            let (inputs, columns) = match (&files.workspace, &files.plan, &files.deals) {
                (Some(w), _, _) => {
                    let (_, inputs, columns) = plansight_store::Workspace::load_columns(w, files.as_of)?;
                    (inputs, columns)
                }
                (None, Some(plan), Some(deals)) => {
                    plansight_plan::load_columns(plan, deals, files.sellers.as_deref(), files.as_of)?
                }
                _ => return Err(no_inputs()),
            };
            let detail = if summary {
                plansight_engine::Detail::Summary
            } else {
                plansight_engine::Detail::Items
            };
            let mut calc = plansight_engine::calculate_columns(&inputs, columns, detail)?;
            if let Some(id) = &seller {
                if calc.seller(id).is_none() {
                    return Err(Failure::Input(
                        plansight_plan::Problem::file("--seller", format!("no seller \"{id}\" in the calculation"))
                            .hint("check the id against the roster or deals")
                            .into(),
                    ));
                }
                calc.sellers.retain(|s| &s.seller == id);
            }
            if json {
                print_json(&calc.json(!summary));
            } else {
                print!("{}", table::calculation(&inputs.plan, &calc, !summary));
            }
            // The process ends after printing: the system takes back a million lines'
            // memory at once, faster than freeing them one by one.
            std::mem::forget((inputs, calc));
        }
        Command::Whatif {
            files,
            scenario,
            saved,
            json,
        } => {
            let (inputs, ws) = load_with(&files)?;
            let (file, source) = match (&scenario, &saved, &ws) {
                (Some(path), _, _) => (path.display().to_string(), plansight_plan::read_text(path)?),
                (None, Some(name), Some(ws)) => {
                    let found = ws.scenario(name)?;
                    let Some(s) = found else {
                        return Err(Failure::Input(
                            plansight_plan::Problem::file("--saved", format!("no saved scenario is named \"{name}\""))
                                .hint("plansight workspace history lists what was saved")
                                .into(),
                        ));
                    };
                    (format!("saved scenario \"{name}\""), s.source)
                }
                _ => {
                    return Err(Failure::Input(
                        plansight_plan::Problem::file(
                            "whatif",
                            "give --scenario FILE, or --saved NAME with --workspace",
                        )
                        .into(),
                    ))
                }
            };
            let sc = Scenario::parse(&file, &source)?;
            let base = plansight_engine::calculate(&inputs)?;
            let w = plansight_engine::whatif(&inputs, &base, &sc, &file)?;
            if json {
                print_json(&plansight_plan::result::whatif_json(&w.name, &base, &w.result, true));
            } else {
                print!("{}", table::whatif(&inputs.plan, &w.name, &base, &w.result));
            }
        }
        Command::Explain { files, seller, deal } => {
            let inputs = load(&files)?;
            let calc = plansight_engine::calculate(&inputs)?;
            let Some(s) = calc.seller(&seller) else {
                return Err(Failure::Input(
                    plansight_plan::Problem::file("--seller", format!("no seller \"{seller}\" in the calculation"))
                        .into(),
                ));
            };
            print!(
                "{}",
                plansight_engine::explain::explain_seller(&inputs.plan, s, deal.as_deref())
            );
        }
        Command::Validate { plan, deals, sellers } => {
            let mut problems = Problems::default();
            match Plan::load(&plan) {
                Err(p) => problems.extend(p),
                Ok(pl) => {
                    if let Some(d) = &deals {
                        // Checked in columns: no row is needed to find every problem.
                        let read = plansight_plan::read_bytes(d).and_then(|bytes| {
                            plansight_plan::dealcols::parse_deal_columns_owned(
                                &d.display().to_string(),
                                bytes,
                                Some(&pl.currency),
                            )
                        });
                        match read {
                            Err(p) => problems.extend(p),
                            Ok(columns) => std::mem::forget(columns),
                        }
                    }
                    if let Some(s) = &sellers {
                        if let Err(p) = plansight_plan::load_sellers(s, &pl) {
                            problems.extend(p);
                        }
                    }
                }
            }
            if !problems.is_empty() {
                return Err(Failure::Input(problems));
            }
            println!("ok: no problems found");
        }
        Command::Workspace { command } => workspace::run(command)?,
        Command::Ask {
            workspace,
            seller,
            json,
            model,
            model_file,
            context,
            question,
        } => {
            let (ws, inputs) = plansight_store::Workspace::load(&workspace, None)?;
            let calc = plansight_engine::calculate(&inputs)?;
            if let Some(id) = seller.as_deref().filter(|id| calc.seller(id).is_none()) {
                return Err(Failure::Input(
                    plansight_plan::Problem::file("--seller", format!("no seller \"{id}\" in the workspace"))
                        .hint("check the id against the roster (plansight calc --workspace W --summary)")
                        .into(),
                ));
            }
            let before = match &context {
                Some(path) if path.exists() => Some(std::fs::read_to_string(path).map_err(|e| {
                    Failure::Input(
                        plansight_plan::Problem::file(&path.display().to_string(), format!("cannot be read: {e}"))
                            .hint("check the path given to --context")
                            .into(),
                    )
                })?),
                _ => None,
            };
            let asked = plansight_session::Asked {
                context: before.as_deref(),
                reading: None,
            };
            let (answer, conversation) =
                plansight_session::answer(&ws, &inputs, &calc, seller.as_deref().unwrap_or(""), &question, &asked)
                    .map_err(|f| match &context {
                        Some(path) if f.kind == plansight_session::FailureKind::Input => Failure::Input(
                            plansight_plan::Problem::file(&path.display().to_string(), f.message.clone())
                                .hint(f.fix.clone().unwrap_or_default())
                                .into(),
                        ),
                        _ => f.into(),
                    })?;
            if let Some(path) = &context {
                // Written whole, then moved over the old file: never half a conversation.
                let json = serde_json::to_string_pretty(&conversation).map_err(|e| Failure::Internal(e.to_string()))?;
                let tmp = path.with_extension("tmp-plansight");
                std::fs::write(&tmp, json)
                    .and_then(|_| std::fs::rename(&tmp, path))
                    .map_err(|e| {
                        Failure::Input(
                            plansight_plan::Problem::file(
                                &path.display().to_string(),
                                format!("cannot be written: {e}"),
                            )
                            .hint("choose a writable place for --context")
                            .into(),
                        )
                    })?;
            }
            let (answer, wording, note) = if model || model_file.is_some() {
                let mut worker = plansight_ask::worker::Worker::beside_current_exe();
                if let Some(gguf) = &model_file {
                    worker = worker.with_model_file(gguf);
                }
                let (answer, wording, note) = plansight_session::reworded(answer, &question, &mut worker, |_| true);
                (
                    answer,
                    wording,
                    note.map(|e| format!("{e}; the answer below is the template's")),
                )
            } else {
                (answer, plansight_ask::Wording::Template, None)
            };
            if json {
                let mut v = serde_json::to_value(&answer).map_err(|e| Failure::Internal(e.to_string()))?;
                v["wording"] = serde_json::to_value(wording).unwrap_or_default();
                if let Some(n) = &note {
                    v["model"] = serde_json::Value::String(n.clone());
                }
                print_json(&v);
            } else {
                if let Some(n) = &note {
                    eprintln!("plansight: {n}");
                }
                println!("Understood: {}.", answer.understood);
                println!("{}", answer.answer);
                for (i, r) in answer.readings.iter().enumerate() {
                    println!("  {}. {r}?", i + 1);
                }
                if !answer.citations.is_empty() {
                    println!("(cited: {})", answer.citations.join(", "));
                }
            }
        }
        Command::Gen {
            sellers,
            deals,
            out,
            seed,
        } => {
            if sellers == 0 || deals == 0 {
                return Err(Failure::Input(
                    plansight_plan::Problem::file("gen", "--sellers and --deals must be at least 1").into(),
                ));
            }
            let team = plansight_plan::synthetic::team(sellers, deals, seed);
            team.write(&out).map_err(|e| {
                Failure::Input(
                    plansight_plan::Problem::file(
                        &out.display().to_string(),
                        format!("cannot write the generated files here: {e}; choose a writable directory"),
                    )
                    .into(),
                )
            })?;
            println!(
                "wrote {} sellers and {} credit lines to {}",
                team.seller_count,
                team.line_count,
                out.display()
            );
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(p)) => {
            eprint!("{p}");
            ExitCode::from(2)
        }
        Err(Failure::Internal(e)) => {
            eprintln!("plansight: internal error: {e}");
            ExitCode::from(1)
        }
        Err(Failure::Unhealthy) => ExitCode::from(1),
    }
}
