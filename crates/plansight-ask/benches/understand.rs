//! `make bench`, assistant: how long a question waits without the model, over held-out
//! sets of four workspaces (the sample, and generated ones with long messages, spoken
//! questions and conversations). For each set: the understanding alone (the bar is
//! p50 < 50 ms) and the whole answer (understanding, the engine's query, the words), as the
//! app runs them with the workspace loaded and calculated. Each set runs five times; the
//! figures are medians of the five runs' percentiles. Then the process's peak memory.

#[path = "../tests/common/mod.rs"]
mod common;

use plansight_ask::eval::{read_set, set_as_of};
use plansight_ask::query::context::Conversation;
use plansight_ask::{answer_understood, ask_in, understand, Context};
use std::time::Instant;

const RUNS: usize = 5;

fn percentile(mut ms: Vec<f64>, p: usize) -> f64 {
    ms.sort_by(f64::total_cmp);
    ms.get(ms.len() * p / 100).copied().unwrap_or_default()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Times every question of `set` in `workspace`, `RUNS` times.
fn bench(workspace: &str, set: &str) {
    let (mut inputs, doc) = match workspace {
        "sample" => common::sample(),
        other => common::generated(other),
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval");
    let path = if workspace == "sample" {
        dir.join(set)
    } else {
        dir.join(workspace).join(set)
    };
    let text = std::fs::read_to_string(&path).expect("the set reads");
    if let Some(day) = set_as_of(&text) {
        inputs.as_of = Some(day);
    }
    let calc = plansight_engine::calculate(&inputs).expect("the workspace calculates");
    let scenarios = if workspace == "sample" {
        common::scenarios()
    } else {
        Vec::new()
    };
    let ctx = Context {
        inputs: &inputs,
        calc: &calc,
        document: Some(&doc),
        scenarios: &scenarios,
        history: None,
    };
    let questions = read_set(&text);
    let (mut u50, mut u90, mut a50, mut a90) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let (mut understanding, mut whole) = (Vec::new(), Vec::new());
        for q in &questions {
            let mut conversation = Conversation::default();
            for earlier in &q.after {
                ask_in(&ctx, &q.seller, earlier, &mut conversation);
            }
            let start = Instant::now();
            let u = understand(&ctx, &q.seller, &q.text, &conversation);
            understanding.push(start.elapsed().as_secs_f64() * 1000.0);
            let answer = answer_understood(&ctx, &u, &mut conversation);
            whole.push(start.elapsed().as_secs_f64() * 1000.0);
            std::hint::black_box(answer);
        }
        u50.push(percentile(understanding.clone(), 50));
        u90.push(percentile(understanding, 90));
        a50.push(percentile(whole.clone(), 50));
        a90.push(percentile(whole, 90));
    }
    println!(
        "assistant {workspace}/{set} ({} questions): understanding p50 {:.1} ms, p90 {:.1} ms; whole answer p50 {:.1} ms, p90 {:.1} ms (medians of {RUNS} runs)",
        questions.len(),
        median(u50),
        median(u90),
        median(a50),
        median(a90)
    );
}

/// The process's peak resident memory, from /proc (Linux).
fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l[6..].trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

fn main() {
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if !filter.is_empty() && !filter.iter().any(|f| "assistant understand".contains(f.as_str())) {
        return;
    }
    bench("sample", "sample-heldout.toml");
    bench("twentyfourth", "heldout.toml");
    bench("fiftyfifth", "heldout.toml");
    bench("fiftysixth", "heldout.toml");
    println!("assistant: peak memory {}", peak_memory());
}
