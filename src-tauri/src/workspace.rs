//! Which workspace the app opens: the workspace file named by `PLANSIGHT_WORKSPACE`, or
//! `workspace.plansight` in the platform's data directory. A workspace without a plan
//! (on first start) is seeded with the bundled sample, as one entry of its history.

use plansight_plan::Inputs;
use plansight_store::{ImportFiles, Workspace};
use std::path::{Path, PathBuf};

const SAMPLE_PLAN: &str = include_str!("../../sample-data/ae-fy26.toml");
const SAMPLE_DOCUMENT: &str = include_str!("../../sample-data/ae-fy26.md");
const SAMPLE_DEALS: &[u8] = include_bytes!("../../sample-data/deals.csv");
const SAMPLE_SELLERS: &[u8] = include_bytes!("../../sample-data/sellers.csv");

/// The workspace file: `PLANSIGHT_WORKSPACE`, else `<data_dir>/workspace.plansight`.
pub fn location(data_dir: Option<PathBuf>) -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("PLANSIGHT_WORKSPACE") {
        return Ok(PathBuf::from(p));
    }
    let dir = data_dir.ok_or("The platform has no data directory for Plansight; set PLANSIGHT_WORKSPACE to a workspace file.")?;
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: cannot be created ({e}); set PLANSIGHT_WORKSPACE to a workspace file elsewhere.", dir.display()))?;
    Ok(dir.join("workspace.plansight"))
}

/// Opens the workspace (seeding it with the sample when it has no plan) and reads it,
/// with every problem in words when it cannot.
pub fn open(path: &Path) -> Result<Inputs, String> {
    let mut ws = Workspace::open(path).map_err(|e| e.to_string())?;
    if ws.plan_versions().map_err(|e| e.to_string())?.is_empty() {
        ws.set_who("plansight (sample workspace)");
        ws.import(&ImportFiles {
            plan_file: "ae-fy26.toml",
            plan: SAMPLE_PLAN,
            document: Some(SAMPLE_DOCUMENT),
            deals_file: "deals.csv",
            deals: SAMPLE_DEALS,
            sellers: Some(("sellers.csv", SAMPLE_SELLERS)),
        })
        .map_err(|e| e.to_string())?;
    }
    ws.inputs(None).map_err(|e| e.to_string())
}
