//! `plansight health`: the data-health report of a workspace, and its fixes.
//!
//! Exit 0 when no finding is an error, 1 when one is (the report is the output either
//! way), 2 on bad input. `--fix ID...` and `--fix-all [--kind KIND]` apply fixes as one
//! history entry per run, which `plansight workspace undo` reverts.

use crate::Failure;
use clap::Args;
use plansight_health::{report_json, Finding, Kind, Severity, Summary};
use plansight_plan::{shown, Problem};
use plansight_session::health;
use plansight_store::Workspace;
use std::path::PathBuf;

#[derive(Args)]
pub struct HealthArgs {
    /// The workspace file.
    #[arg(long)]
    workspace: PathBuf,
    /// Only the findings that concern this seller.
    #[arg(long)]
    seller: Option<String>,
    /// Print the findings as JSON.
    #[arg(long)]
    json: bool,
    /// Apply the fixes of these findings (ids from the report), as one undoable change.
    #[arg(long, num_args = 1.., conflicts_with = "fix_all")]
    fix: Vec<String>,
    /// Apply every available fix (of --kind, when given), as one undoable change.
    #[arg(long)]
    fix_all: bool,
    /// Only findings of this kind (duplicate_deal, name_variant, unknown_seller, ...).
    #[arg(long)]
    kind: Option<String>,
    /// The date open deals are compared with (default: today).
    #[arg(long, value_parser = crate::parse_date)]
    today: Option<chrono::NaiveDate>,
    /// Who makes the change, for the history (default: the OS user).
    #[arg(long)]
    who: Option<String>,
}

/// Runs `plansight health`.
pub fn run(args: HealthArgs) -> Result<(), Failure> {
    let kind = match &args.kind {
        None => None,
        Some(k) => Some(Kind::parse(k).ok_or_else(|| {
            let all: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
            Failure::Input(
                Problem::file("--kind", format!("\"{k}\" is not a kind of finding"))
                    .hint(format!("use one of {}", all.join(", ")))
                    .into(),
            )
        })?),
    };
    let (mut ws, inputs) = Workspace::load(&args.workspace, None)?;
    if let Some(w) = &args.who {
        ws.set_who(w);
    }
    if let Some(s) = &args.seller {
        if !inputs.lines.iter().any(|l| &l.seller == s) && !inputs.roster.iter().flatten().any(|r| &r.id == s) {
            return Err(Failure::Input(
                Problem::file("--seller", format!("no seller \"{s}\" in the workspace"))
                    .hint("give a seller id as the deals name it")
                    .into(),
            ));
        }
    }
    let calc = plansight_engine::calculate(&inputs)?;
    let today = args.today.unwrap_or_else(health::today);
    let checker = health::check(&ws, &inputs, Some(calc), today)?;
    let all = checker.findings();
    let chosen: Vec<&Finding> = all
        .iter()
        .copied()
        .filter(|f| kind.is_none_or(|k| f.kind == k))
        .filter(|f| args.seller.as_ref().is_none_or(|s| f.sellers().contains(s)))
        .collect();

    if !args.fix.is_empty() || args.fix_all {
        let to_fix: Vec<&Finding> = if args.fix_all {
            chosen.iter().copied().filter(|f| f.fix.is_some()).collect()
        } else {
            let mut out = Vec::new();
            for id in &args.fix {
                let f = all.iter().find(|f| &f.id == id).ok_or_else(|| {
                    Failure::Input(
                        Problem::file("--fix", format!("no finding \"{id}\""))
                            .hint("run plansight health to see the findings and their ids")
                            .into(),
                    )
                })?;
                if f.fix.is_none() {
                    return Err(Failure::Input(
                        Problem::file("--fix", format!("finding {id} has no automatic fix"))
                            .hint("check its lines by hand; the app can hold them until someone has")
                            .into(),
                    ));
                }
                out.push(*f);
            }
            out
        };
        match health::apply(&mut ws, &to_fix)? {
            Some(change) => {
                for f in &to_fix {
                    println!(
                        "fixed {}: {}",
                        f.id,
                        f.fix.as_ref().map_or("", |x| x.description.as_str())
                    );
                }
                println!("recorded as change #{change} (plansight workspace undo reverts it)");
            }
            None => println!("no fix to apply"),
        }
        return Ok(());
    }

    if args.json {
        crate::print_json(&report_json(chosen.iter().copied()));
    } else {
        print_text(&chosen, &inputs.plan.currency);
    }
    if chosen.iter().any(|f| f.severity == Severity::Error) {
        return Err(Failure::Unhealthy);
    }
    Ok(())
}

fn print_text(findings: &[&Finding], currency: &str) {
    if findings.is_empty() {
        println!("no findings: the data looks healthy");
        return;
    }
    for f in findings {
        let stake = if f.priced {
            shown::money(f.at_stake, currency)
        } else {
            "not computed (too many findings on one seller)".to_string()
        };
        println!("{:<7} {}  at stake {stake}", f.severity.as_str(), f.id);
        println!("  {}", f.message);
        if let Some(x) = &f.fix {
            println!(
                "  fix: {} (plansight health --workspace W --fix {})",
                x.description, f.id
            );
        }
    }
    let s = Summary::of(findings.iter().copied());
    println!(
        "{} error(s), {} warning(s), {} for information; the errors move {} of payouts",
        s.errors,
        s.warnings,
        s.infos,
        shown::money(s.errors_at_stake, currency)
    );
}
