//! `plansight statement`: payout statements (and the territory review pack) as PDF.

use crate::Failure;
use clap::Args;
use plansight_session::statements::Statements;
use plansight_session::Session;
use std::path::PathBuf;

/// Writes PDF payout statements from a workspace.
#[derive(Args)]
pub struct StatementArgs {
    #[arg(long)]
    workspace: PathBuf,
    /// One seller's statement, by id.
    #[arg(long, required_unless_present_any = ["all", "review"], conflicts_with_all = ["all", "review"])]
    seller: Option<String>,
    /// Every seller's statement and the manager's territory review pack.
    #[arg(long, conflicts_with = "review")]
    all: bool,
    /// The manager's territory review pack alone.
    #[arg(long)]
    review: bool,
    /// With --all or --review: the saved scenario whose changes the review pack shows.
    #[arg(long)]
    scenario: Option<String>,
    /// The folder the PDFs are written into (created if missing).
    #[arg(long)]
    out: PathBuf,
}

pub fn run(args: StatementArgs) -> Result<(), Failure> {
    let mut session = Session::open_existing(&args.workspace)?;
    let which = match (args.seller, args.review) {
        (Some(id), _) => Statements::Seller(id),
        (None, true) => Statements::Review,
        (None, false) => Statements::All,
    };
    if args.scenario.is_some() && matches!(which, Statements::Seller(_)) {
        return Err(Failure::Input(
            plansight_plan::Problem::file("--scenario", "a scenario belongs to the territory review pack")
                .hint("use it with --all or --review")
                .into(),
        ));
    }
    for path in session.write_statements(&which, args.scenario.as_deref(), &args.out)? {
        println!("{}", path.display());
    }
    Ok(())
}
