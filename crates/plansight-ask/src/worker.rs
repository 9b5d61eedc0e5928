//! The client of the model's worker process (`plansight-model-worker`): starts it,
//! streams a generation's pieces, restarts it when it has died, and cancels a generation
//! by ending the process. This crate never links llama.cpp.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

/// Why the model gave no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkerError {
    /// The model cannot be used here (missing, corrupt, cannot load, no worker), in words.
    Unavailable(String),
    /// The worker ended in the middle of a generation; the next request starts another.
    Died,
    /// The generation was cancelled.
    Cancelled,
}

impl std::fmt::Display for WorkerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkerError::Unavailable(why) => write!(f, "the language model is not available: {why}"),
            WorkerError::Died => write!(f, "the language model's process stopped; it will be restarted"),
            WorkerError::Cancelled => write!(f, "the generation was cancelled"),
        }
    }
}

/// What a finished generation cost.
#[derive(Debug, Clone, PartialEq)]
pub struct Generation {
    pub text: String,
    pub generated_tokens: u64,
    pub tokens_per_second: f64,
}

struct Running {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

/// The worker process, started on first use and again after it died.
pub struct Worker {
    exe: PathBuf,
    env: Vec<(String, String)>,
    running: Option<Running>,
    /// How many times a worker process was started.
    pub starts: u32,
}

impl Worker {
    /// A worker run from `exe` (not started yet), with `env` added to its environment.
    pub fn new(exe: PathBuf, env: Vec<(String, String)>) -> Worker {
        Worker { exe, env, running: None, starts: 0 }
    }

    /// The worker beside the running executable (where cargo and the app put it).
    pub fn beside_current_exe() -> Worker {
        let exe = std::env::current_exe().ok().and_then(|e| e.parent().map(|d| d.join("plansight-model-worker"))).unwrap_or_else(|| PathBuf::from("plansight-model-worker"));
        Worker::new(exe, Vec::new())
    }

    /// The same worker running a GGUF file the user chose instead of the bundled model.
    pub fn with_model_file(mut self, gguf: &std::path::Path) -> Worker {
        self.stop();
        self.env.push(("PLANSIGHT_MODEL".into(), gguf.display().to_string()));
        self
    }

    fn start(&mut self) -> Result<&mut Running, WorkerError> {
        if self.running.as_mut().is_some_and(|r| r.child.try_wait().ok().flatten().is_none()) {
            return Ok(self.running.as_mut().expect("checked"));
        }
        let mut child = Command::new(&self.exe)
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| WorkerError::Unavailable(format!("{} cannot be started ({e})", self.exe.display())))?;
        self.starts += 1;
        let stdin = child.stdin.take().expect("piped");
        let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
        let mut first = String::new();
        stdout.read_line(&mut first).map_err(|e| WorkerError::Unavailable(e.to_string()))?;
        let hello: serde_json::Value = serde_json::from_str(&first).unwrap_or(serde_json::Value::Null);
        if hello["ready"] != true {
            let _ = child.wait();
            return Err(WorkerError::Unavailable(hello["error"].as_str().unwrap_or("the worker did not start").to_string()));
        }
        self.running = Some(Running { child, stdin, stdout });
        Ok(self.running.as_mut().expect("just set"))
    }

    /// Generates a reply to `prompt` under `system`, handing each piece to `on_piece`
    /// as it comes; `on_piece` returning false cancels (the worker is ended).
    pub fn generate(&mut self, system: &str, prompt: &str, max_tokens: u32, mut on_piece: impl FnMut(&str) -> bool) -> Result<Generation, WorkerError> {
        let r = self.start()?;
        let request = serde_json::json!({ "system": system, "prompt": prompt, "max_tokens": max_tokens });
        if writeln!(r.stdin, "{request}").and_then(|_| r.stdin.flush()).is_err() {
            self.running = None;
            return Err(WorkerError::Died);
        }
        let mut text = String::new();
        loop {
            let mut line = String::new();
            let read = self.running.as_mut().map(|r| r.stdout.read_line(&mut line));
            if !matches!(read, Some(Ok(n)) if n > 0) {
                self.stop();
                return Err(WorkerError::Died);
            }
            let v: serde_json::Value = serde_json::from_str(&line).unwrap_or(serde_json::Value::Null);
            if let Some(piece) = v["piece"].as_str() {
                text.push_str(piece);
                if !on_piece(piece) {
                    self.stop();
                    return Err(WorkerError::Cancelled);
                }
            } else if v["done"] == true {
                return Ok(Generation { text, generated_tokens: v["generated_tokens"].as_u64().unwrap_or(0), tokens_per_second: v["tokens_per_second"].as_f64().unwrap_or(0.0) });
            } else if let Some(e) = v["error"].as_str() {
                return Err(WorkerError::Unavailable(e.to_string()));
            }
        }
    }

    /// The worker's process id, while one runs.
    pub fn pid(&self) -> Option<u32> {
        self.running.as_ref().map(|r| r.child.id())
    }

    /// Ends the worker (a generation in progress is lost).
    pub fn stop(&mut self) {
        if let Some(mut r) = self.running.take() {
            let _ = r.child.kill();
            let _ = r.child.wait();
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.stop();
    }
}
