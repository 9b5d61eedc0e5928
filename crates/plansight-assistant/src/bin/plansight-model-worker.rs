//! The model's own process: llama.cpp runs here, so a native abort cannot take the app
//! or the CLI down. It speaks JSON lines on stdin and stdout:
//!
//! - on start: `{"ready": true, "model": PATH, "cpu": EXTENSIONS}`, or `{"error": WHY}` and exit code 3
//!   when the model is missing, corrupt or cannot be loaded. The model is the bundled
//!   one (checked by SHA-256), or the GGUF file named by `PLANSIGHT_MODEL`;
//! - a request `{"system": S, "prompt": P, "max_tokens": N}` is answered by one
//!   `{"piece": TEXT}` per piece as it is generated, then `{"done": true,
//!   "prompt_tokens": N, "cached_tokens": N, "generated_tokens": N, "tokens_per_second": X}` (or
//!   `{"error": WHY}`);
//! - stdin closing ends the process. A generation is cancelled by ending the process;
//!   the client starts another.

use plansight_assistant::{ChatSession, LoadedModel};
use serde_json::json;
use std::io::{BufRead, Write};

fn send(out: &mut impl Write, v: serde_json::Value) -> bool {
    writeln!(out, "{v}").and_then(|_| out.flush()).is_ok()
}

fn main() {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let model = match LoadedModel::chosen() {
        Ok(m) => m,
        Err(e) => {
            send(&mut out, json!({ "error": e.to_string() }));
            std::process::exit(3);
        }
    };
    // One context for the process: the chat template and the system instruction that
    // every request starts with are decoded once.
    let mut session = match ChatSession::new(&model, 2048) {
        Ok(s) => s,
        Err(e) => {
            send(&mut out, json!({ "error": e.to_string() }));
            std::process::exit(3);
        }
    };
    send(
        &mut out,
        json!({ "ready": true, "model": model.path().display().to_string(), "cpu": plansight_assistant::cpu_extensions() }),
    );
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let request: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                send(&mut out, json!({ "error": format!("not a request: {e}") }));
                continue;
            }
        };
        let system = request["system"].as_str().unwrap_or("");
        let prompt = request["prompt"].as_str().unwrap_or("");
        let max = request["max_tokens"].as_u64().unwrap_or(64).min(512) as usize;
        let result = session.chat_streaming(system, prompt, max, |piece| send(&mut out, json!({ "piece": piece })));
        match result {
            Ok(c) => send(
                &mut out,
                json!({ "done": true, "prompt_tokens": c.prompt_tokens, "cached_tokens": c.cached_tokens, "generated_tokens": c.generated_tokens, "tokens_per_second": c.tokens_per_second() }),
            ),
            Err(e) => send(&mut out, json!({ "error": e.to_string() })),
        };
    }
}
