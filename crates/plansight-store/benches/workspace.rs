//! `make bench`, workspace: importing 1,000,000 credit lines (10,000 sellers) into a new
//! workspace, and opening that workspace and computing the first result. Each figure is
//! the median of three runs (the machine is shared and noisy).

use plansight_plan::synthetic::team;
use plansight_store::{ImportFiles, Workspace};
use std::time::Instant;

fn main() {
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if !filter.is_empty() && !filter.iter().any(|f| "workspace import open".contains(f.as_str())) {
        return;
    }
    let t = team(10_000, 1_000_000, 7);
    let dir = std::env::temp_dir().join(format!("plansight-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.plansight");
    let (mut imports, mut opens) = (Vec::new(), Vec::new());
    let (mut checks, mut reads, mut loads) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..3 {
        let _ = std::fs::remove_file(&path);
        let _ = std::fs::remove_dir_all(plansight_store::backup::folder(&path));
        let start = Instant::now();
        let mut ws = Workspace::open(&path).unwrap();
        let (_, lines) = ws
            .import(&ImportFiles {
                plan_file: "plan.toml",
                plan: &t.plan,
                document: None,
                deals_file: "deals.csv",
                deals: t.deals.as_bytes(),
                sellers: Some(("sellers.csv", t.sellers.as_bytes())),
            })
            .unwrap();
        drop(ws);
        imports.push(start.elapsed());
        assert_eq!(lines, t.line_count);

        // Apart: the integrity check, and the read on its own.
        let start = Instant::now();
        let ws = Workspace::open(&path).unwrap();
        checks.push(start.elapsed());
        let start = Instant::now();
        drop(ws.inputs(None).unwrap());
        reads.push(start.elapsed());
        drop(ws);

        // The read with the check alongside it.
        let start = Instant::now();
        drop(Workspace::load(&path, None).unwrap());
        loads.push(start.elapsed());

        // What a user waits for: the check alongside the read and the first result.
        let start = Instant::now();
        let (_ws, _inputs, result) = Workspace::load_then(&path, None, plansight_engine::calculate).unwrap();
        let result = result.unwrap();
        opens.push(start.elapsed());
        assert_eq!(result.sellers.len(), 10_000);
    }
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    println!("workspace: import 1M credit lines and 10k sellers into a new workspace (parse, validate, write, audit log): median {:.2?} of {:?}", plansight_plan::synthetic::median(imports.clone()), imports);
    println!("workspace: open that workspace (integrity check alongside), read it and compute the first result: median {:.2?} of {:?}", plansight_plan::synthetic::median(opens.clone()), opens);
    println!(
        "workspace: of which the load (integrity check alongside the read) median {:.2?}",
        plansight_plan::synthetic::median(loads)
    );
    println!(
        "workspace: apart: opening (integrity check) median {:.2?}, reading the inputs median {:.2?}",
        plansight_plan::synthetic::median(checks),
        plansight_plan::synthetic::median(reads)
    );
    println!("workspace: file size {} MB", size >> 20);
    let _ = std::fs::remove_dir_all(&dir);
}
