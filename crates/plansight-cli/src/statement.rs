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
    #[arg(long, required_unless_present = "all", conflicts_with = "all")]
    seller: Option<String>,
    /// Every seller's statement and the manager's territory review pack.
    #[arg(long)]
    all: bool,
    /// With --all: the saved scenario whose changes the review pack shows.
    #[arg(long, requires = "all")]
    scenario: Option<String>,
    /// The folder the PDFs are written into (created if missing).
    #[arg(long)]
    out: PathBuf,
}

pub fn run(args: StatementArgs) -> Result<(), Failure> {
    let mut session = Session::open_existing(&args.workspace)?;
    let which = match args.seller {
        Some(id) => Statements::Seller(id),
        None => Statements::All,
    };
    for path in session.write_statements(&which, args.scenario.as_deref(), &args.out)? {
        println!("{}", path.display());
    }
    Ok(())
}
