//! `make eval`'s second part: the question set answered with the bundled model wording
//! the answers (through the worker process, as `plansight ask --model` does). Prints how
//! often the model's wording passed the figure check, how often it differed from the
//! template, and the latency to the first piece and to the full answer.

use plansight_ask::worker::{CpuPath, Worker};
use plansight_ask::{ask, grounded, reword, Context, Wording};
use std::time::Instant;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = root.join("sample-data");
    let inputs = plansight_plan::load_inputs(
        &dir.join("ae-fy26.toml"),
        &dir.join("deals.csv"),
        Some(&dir.join("sellers.csv")),
        None,
    )
    .expect("the sample loads");
    let document = std::fs::read_to_string(dir.join("ae-fy26.md")).unwrap();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = Context {
        inputs: &inputs,
        calc: &calc,
        document: Some(&document),
        scenarios: &[],
        history: None,
    };
    let set: toml_edit::DocumentMut = std::fs::read_to_string(root.join("crates/plansight-ask/eval/questions.toml"))
        .unwrap()
        .parse()
        .unwrap();
    // Examples live in target/debug/examples; the worker beside them in target/debug.
    // PLANSIGHT_CPU_PATH=baseline measures the build without AVX2 and FMA on this machine.
    let mut worker = Worker::in_dir(
        std::env::current_exe().unwrap().parent().unwrap().parent().unwrap(),
        CpuPath::detect(),
    );
    let (mut worded, mut changed, mut ungrounded, mut asked) = (0, 0, 0, 0);
    let (mut first, mut full, mut speed) = (Vec::new(), Vec::new(), Vec::new());
    for q in set["question"].as_array_of_tables().unwrap().iter() {
        let text = q["text"].as_str().unwrap();
        let start = Instant::now();
        let a = ask(&ctx, q["seller"].as_str().unwrap(), text);
        let mut first_piece = None;
        worker.last = None;
        let mut on_piece = |_: &str| {
            first_piece.get_or_insert(start.elapsed());
            true
        };
        match reword(&a, text, &mut worker, &mut on_piece) {
            Ok((out, wording)) => {
                full.push(start.elapsed().as_secs_f64() * 1000.0);
                if let Some(f) = first_piece {
                    asked += 1;
                    first.push(f.as_secs_f64() * 1000.0);
                }
                if let Some(g) = worker.last.as_ref().filter(|g| g.generated_tokens >= 8) {
                    speed.push(g.tokens_per_second);
                }
                if wording == Wording::Model {
                    worded += 1;
                    changed += usize::from(out.answer != a.answer);
                }
                ungrounded += usize::from(!grounded(&out, text));
            }
            Err(e) => {
                eprintln!("the model is not available: {e}");
                std::process::exit(1);
            }
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    };
    let n = full.len();
    println!("model wording: {asked} of {n} answers sent to the model (plan quotes and declines keep their words)");
    println!("model wording kept (passed the figure check): {worded}/{asked}; of those, different from the template: {changed}");
    println!("answers with a number the engine did not give, after wording: {ungrounded}");
    println!(
        "latency with the model: first piece p50 {:.0} ms, full answer p50 {:.0} ms (max {:.0} ms)",
        median(&mut first),
        median(&mut full),
        full.iter().cloned().fold(0.0, f64::max)
    );
    println!(
        "generation speed: p50 {:.0} tokens/s over {} answers, CPU path {:?} ({})",
        median(&mut speed),
        speed.len(),
        CpuPath::detect(),
        worker.cpu.as_deref().unwrap_or("unknown")
    );
    println!("worker starts: {}", worker.starts);
}
