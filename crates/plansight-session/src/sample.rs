//! The sample workspace every first start is seeded with (`sample-data/`).

use crate::Failure;
use plansight_store::{ImportFiles, Workspace};

const PLAN: &str = include_str!("../../../sample-data/ae-fy26.toml");
const DOCUMENT: &str = include_str!("../../../sample-data/ae-fy26.md");
const DEALS: &[u8] = include_bytes!("../../../sample-data/deals.csv");
const SELLERS: &[u8] = include_bytes!("../../../sample-data/sellers.csv");

/// Imports the sample plan, its document, the roster and the deals as one change.
pub fn seed(ws: &mut Workspace) -> Result<(), Failure> {
    ws.set_who("plansight (sample workspace)");
    ws.import(&ImportFiles {
        plan_file: "ae-fy26.toml",
        plan: PLAN,
        document: Some(DOCUMENT),
        deals_file: "deals.csv",
        deals: DEALS,
        sellers: Some(("sellers.csv", SELLERS)),
    })?;
    ws.set_who(&std::env::var("USER").unwrap_or_else(|_| "unknown".into()));
    Ok(())
}
