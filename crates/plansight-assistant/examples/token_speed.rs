//! Tokens per second of the bundled model on each CPU path (`make bench`): the same
//! prompt, 128 generated tokens, five times on the fast build (AVX2, FMA) and five times
//! on the baseline build, through the worker process as the app uses it. Prints medians.

use plansight_ask::worker::{CpuPath, Worker};

fn main() {
    // Examples live in target/debug/examples; the workers beside them in target/debug.
    let dir = std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf();
    let paths: &[CpuPath] = if cfg!(target_arch = "x86_64") {
        &[CpuPath::Fast, CpuPath::Baseline]
    } else {
        &[CpuPath::Fast]
    };
    for &path in paths {
        let mut worker = Worker::in_dir(&dir, path);
        let mut speeds = Vec::new();
        for _ in 0..5 {
            match worker.generate(
                "You are a helpful assistant.",
                "Describe a sales compensation plan with quotas, tiers and accelerators in detail.",
                128,
                |_| true,
            ) {
                Ok(g) => speeds.push(g.tokens_per_second),
                Err(e) => {
                    eprintln!("{path:?}: the model is not available: {e}");
                    std::process::exit(1);
                }
            }
        }
        speeds.sort_by(f64::total_cmp);
        let runs: Vec<String> = speeds.iter().map(|s| format!("{s:.0}")).collect();
        println!(
            "{path:?} path ({}): median {:.0} tokens/s over 5 runs of 128 tokens ({})",
            worker.cpu.as_deref().unwrap_or("unknown"),
            speeds[2],
            runs.join(", ")
        );
    }
}
