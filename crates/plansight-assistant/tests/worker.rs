//! The model's worker process as the assistant uses it: pieces stream as they come, a
//! generation is cancelled on request, a worker killed in the middle of a generation is
//! replaced on the next request, and without the model the worker says so plainly. The
//! tests that generate need the bundled model (`make test` fetches it first): without it
//! they fail and say to run `make model`.

mod common;

use plansight_ask::worker::{CpuPath, Worker, WorkerError};
use std::path::PathBuf;

/// A worker on the bundled model; fails the test when the model is not fetched.
fn worker() -> Worker {
    common::required_model();
    Worker::new(PathBuf::from(env!("CARGO_BIN_EXE_plansight-model-worker")), Vec::new())
}

#[test]
fn pieces_stream_and_a_generation_can_be_cancelled() {
    let mut w = worker();
    let mut pieces = Vec::new();
    let g = w
        .generate("You are terse.", "Say hello.", 12, |p| {
            pieces.push(p.to_string());
            true
        })
        .unwrap();
    assert!(pieces.len() > 1, "streamed in pieces: {pieces:?}");
    assert_eq!(pieces.concat(), g.text);
    assert!(g.tokens_per_second > 0.0);
    eprintln!("{} tokens at {:.1} tokens/s", g.generated_tokens, g.tokens_per_second);
    let mut seen = 0;
    assert_eq!(
        w.generate("You are verbose.", "Describe the sea at length.", 200, |_| {
            seen += 1;
            seen < 3
        }),
        Err(WorkerError::Cancelled)
    );
    assert_eq!(seen, 3);
    assert!(
        w.generate("You are terse.", "Say hi.", 4, |_| true).is_ok(),
        "a new worker answers after a cancel"
    );
    assert_eq!(w.starts, 2);
}

#[test]
fn a_worker_killed_mid_generation_is_replaced() {
    let mut w = worker();
    w.generate("You are terse.", "Say hi.", 4, |_| true).unwrap();
    let pid = w.pid().unwrap();
    let mut killed = false;
    let r = w.generate("You are verbose.", "Describe the sea at length.", 200, |_| {
        if !killed {
            // A native abort in llama.cpp looks like this from outside: the process is gone.
            std::process::Command::new("kill")
                .args(["-9", &pid.to_string()])
                .status()
                .unwrap();
            killed = true;
        }
        true
    });
    assert_eq!(r, Err(WorkerError::Died));
    let again = w.generate("You are terse.", "Say hi.", 4, |_| true).unwrap();
    assert!(again.generated_tokens > 0);
    assert_eq!(w.starts, 2);
    assert_ne!(w.pid(), Some(pid));
}

#[test]
fn without_the_model_the_worker_says_so() {
    let dir = std::env::temp_dir().join(format!("plansight-no-model-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut w = Worker::new(
        PathBuf::from(env!("CARGO_BIN_EXE_plansight-model-worker")),
        vec![("PLANSIGHT_MODEL_DIR".into(), dir.display().to_string())],
    );
    match w.generate("", "Say hi.", 4, |_| true) {
        Err(WorkerError::Unavailable(why)) => assert!(why.contains("SmolLM2"), "{why}"),
        other => panic!("{other:?}"),
    }
    let mut none = Worker::new(dir.join("no-such-worker"), Vec::new());
    assert!(matches!(
        none.generate("", "hi", 4, |_| true),
        Err(WorkerError::Unavailable(_))
    ));
}

#[test]
fn a_gguf_the_user_chose_is_run_instead_of_the_bundled_one() {
    let bundled = common::required_model().path;
    // Any GGUF file: here a copy of the bundled one under another name.
    let dir = std::env::temp_dir().join(format!("plansight-own-model-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let own = dir.join("my-model.gguf");
    std::fs::copy(&bundled, &own).unwrap();
    let mut w =
        Worker::new(PathBuf::from(env!("CARGO_BIN_EXE_plansight-model-worker")), Vec::new()).with_model_file(&own);
    assert!(
        w.generate("You are terse.", "Say hi.", 4, |_| true)
            .unwrap()
            .generated_tokens
            > 0
    );
    let mut missing = Worker::new(PathBuf::from(env!("CARGO_BIN_EXE_plansight-model-worker")), Vec::new())
        .with_model_file(&dir.join("nope.gguf"));
    match missing.generate("", "hi", 4, |_| true) {
        Err(WorkerError::Unavailable(why)) => assert!(why.contains("nope.gguf"), "{why}"),
        other => panic!("{other:?}"),
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_worker_that_dies_of_an_illegal_instruction_is_replaced_by_the_fallback() {
    common::required_model();
    // What the fast build does on a CPU without AVX2: SIGILL before it is ready.
    let dir = std::env::temp_dir().join(format!("plansight-sigill-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fast = dir.join("fast-worker");
    std::fs::write(&fast, "#!/bin/sh\nkill -ILL $$\n").unwrap();
    std::fs::set_permissions(&fast, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let fallback = PathBuf::from(env!("CARGO_BIN_EXE_plansight-model-worker"));
    let mut w = Worker::new(fast.clone(), Vec::new()).with_fallback(fallback.clone());
    assert!(
        w.generate("You are terse.", "Say hi.", 4, |_| true)
            .unwrap()
            .generated_tokens
            > 0
    );
    assert_eq!(w.exe(), fallback.as_path());
    // Without a fallback the message says what to do.
    let mut alone = Worker::new(fast, Vec::new());
    match alone.generate("", "hi", 4, |_| true) {
        Err(WorkerError::Unavailable(why)) => assert!(why.contains("instruction this CPU does not have"), "{why}"),
        other => panic!("{other:?}"),
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn both_cpu_paths_run_the_model_and_report_their_extensions() {
    common::required_model();
    let dir = PathBuf::from(env!("CARGO_BIN_EXE_plansight-model-worker"))
        .parent()
        .unwrap()
        .to_path_buf();
    let mut fast = Worker::in_dir(&dir, CpuPath::Fast);
    let g = fast.generate("You are terse.", "Say hi.", 8, |_| true).unwrap();
    assert!(g.generated_tokens > 0);
    let cpu = fast.cpu.clone().unwrap();
    #[cfg(target_arch = "x86_64")]
    assert!(
        cpu.contains("AVX2") && cpu.contains("FMA"),
        "the fast build uses AVX2 and FMA: {cpu}"
    );
    if cfg!(target_arch = "x86_64") {
        // `make build` builds the baseline worker beside the fast one.
        let mut baseline = Worker::in_dir(&dir, CpuPath::Baseline);
        let b = baseline
            .generate("You are terse.", "Say hi.", 8, |_| true)
            .unwrap_or_else(|e| {
                panic!(
                    "{e}: this test needs the baseline worker, which `make build` builds (or \
                     `bash scripts/build-baseline-worker.sh`)"
                )
            });
        assert!(b.generated_tokens > 0 && !b.text.trim().is_empty());
        let cpu = baseline.cpu.clone().unwrap();
        assert!(
            !cpu.contains("AVX") && !cpu.contains("FMA") && !cpu.contains("SSE4"),
            "the baseline build uses no extension: {cpu}"
        );
        eprintln!(
            "fast ({}): {:.0} tokens/s; baseline ({cpu}): {:.0} tokens/s",
            fast.cpu.as_deref().unwrap(),
            g.tokens_per_second,
            b.tokens_per_second
        );
    }
}

#[test]
fn the_shared_start_of_prompts_is_decoded_once_and_changes_nothing() {
    let mut w = worker();
    let first = w.generate("You are terse.", "Describe the sea.", 24, |_| true).unwrap();
    assert_eq!(first.cached_tokens, 0);
    let second = w.generate("You are terse.", "What is a quota?", 24, |_| true).unwrap();
    assert!(
        second.cached_tokens >= 10,
        "the chat template and system instruction stay cached: {}",
        second.cached_tokens
    );
    // The same request in a fresh worker, with nothing cached, gives the same text.
    let mut fresh = worker();
    let alone = fresh
        .generate("You are terse.", "What is a quota?", 24, |_| true)
        .unwrap();
    assert_eq!(alone.cached_tokens, 0);
    assert_eq!(second.text, alone.text);
}
