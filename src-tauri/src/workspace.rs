//! Which workspace the app opens: the directory in `PLANSIGHT_WORKSPACE` (plan.toml or
//! one *.toml plan, deals.csv, sellers.csv), or the bundled sample workspace.

use plansight_plan::{parse_deals, parse_sellers, Inputs, Plan};

const SAMPLE_PLAN: &str = include_str!("../../sample-data/ae-fy26.toml");
const SAMPLE_DEALS: &[u8] = include_bytes!("../../sample-data/deals.csv");
const SAMPLE_SELLERS: &[u8] = include_bytes!("../../sample-data/sellers.csv");

/// Opens the workspace, with every problem in words when it cannot.
pub fn open() -> Result<Inputs, String> {
    match std::env::var_os("PLANSIGHT_WORKSPACE") {
        Some(dir) => from_dir(std::path::Path::new(&dir)),
        None => sample(),
    }
}

fn sample() -> Result<Inputs, String> {
    let plan = Plan::parse("sample-data/ae-fy26.toml", SAMPLE_PLAN).map_err(|p| p.to_string())?;
    let lines = parse_deals("sample-data/deals.csv", SAMPLE_DEALS, Some(&plan.currency)).map_err(|p| p.to_string())?;
    let roster = parse_sellers("sample-data/sellers.csv", SAMPLE_SELLERS, &plan).map_err(|p| p.to_string())?;
    Ok(Inputs { plan, lines, roster: Some(roster), as_of: None })
}

fn from_dir(dir: &std::path::Path) -> Result<Inputs, String> {
    let plans: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot be read: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    let [plan] = plans.as_slice() else {
        return Err(format!("{}: expected exactly one plan (*.toml), found {}", dir.display(), plans.len()));
    };
    let sellers = dir.join("sellers.csv");
    plansight_plan::load_inputs(plan, &dir.join("deals.csv"), sellers.exists().then_some(sellers.as_path()), None).map_err(|p| p.to_string())
}
