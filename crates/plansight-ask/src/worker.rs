//! The client of the model's worker process (`plansight-model-worker`): starts it,
//! streams a generation's pieces, restarts it when it has died, and cancels a generation
//! by ending the process. This crate never links llama.cpp.
//!
//! Two builds of the worker exist on x86-64 ([`CpuPath`]): the fast one uses AVX2, FMA,
//! F16C and BMI2; the baseline one uses no extension, for CPUs without them. The fast
//! one is chosen where the CPU has them, and the baseline one is started instead if the
//! fast one dies of an illegal instruction before it is ready.

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
    /// The text generated.
    pub text: String,
    /// How many tokens were generated.
    pub generated_tokens: u64,
    /// Generation speed, tokens per second.
    pub tokens_per_second: f64,
    /// Prompt tokens the worker found cached from the previous request.
    pub cached_tokens: u64,
}

/// Which build of llama.cpp the worker runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CpuPath {
    /// AVX2, FMA, F16C and BMI2 (`plansight-model-worker`; the only build off x86-64).
    Fast,
    /// No x86-64 extension beyond the baseline (`plansight-model-worker-baseline`).
    Baseline,
}

impl CpuPath {
    /// The fast path where this CPU has what it needs, else the baseline;
    /// `PLANSIGHT_CPU_PATH=fast|baseline` chooses one (to measure both on one machine).
    pub fn detect() -> CpuPath {
        match std::env::var("PLANSIGHT_CPU_PATH").as_deref() {
            Ok("baseline") => return CpuPath::Baseline,
            Ok("fast") => return CpuPath::Fast,
            _ => {}
        }
        #[cfg(target_arch = "x86_64")]
        {
            let has = std::arch::is_x86_feature_detected!("avx2")
                && std::arch::is_x86_feature_detected!("fma")
                && std::arch::is_x86_feature_detected!("f16c")
                && std::arch::is_x86_feature_detected!("bmi2");
            if !has {
                return CpuPath::Baseline;
            }
        }
        CpuPath::Fast
    }

    /// The worker's executable name for this path.
    pub fn exe_name(self) -> &'static str {
        match self {
            CpuPath::Fast => "plansight-model-worker",
            CpuPath::Baseline => "plansight-model-worker-baseline",
        }
    }
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
    /// Started instead when `exe` dies of an illegal instruction before it is ready.
    fallback: Option<PathBuf>,
    running: Option<Running>,
    /// How many times a worker process was started.
    pub starts: u32,
    /// The CPU extensions the running worker's llama.cpp was built with, as it reported them.
    pub cpu: Option<String>,
    /// The model file the running worker loaded.
    pub model: Option<String>,
    /// The newest finished generation (its speed is what `make eval` reports).
    pub last: Option<Generation>,
}

impl Worker {
    /// A worker run from `exe` (not started yet), with `env` added to its environment.
    pub fn new(exe: PathBuf, env: Vec<(String, String)>) -> Worker {
        Worker {
            exe,
            env,
            fallback: None,
            running: None,
            starts: 0,
            cpu: None,
            model: None,
            last: None,
        }
    }

    /// The worker beside the running executable (where cargo and the app put it), in the
    /// build for this CPU ([`CpuPath::detect`]), falling back to the baseline build.
    pub fn beside_current_exe() -> Worker {
        let dir = std::env::current_exe()
            .ok()
            .and_then(|e| e.parent().map(std::path::Path::to_path_buf))
            .unwrap_or_default();
        Worker::in_dir(&dir, CpuPath::detect())
    }

    /// The worker for `path` in `dir`; the fast one falls back to the baseline one there.
    pub fn in_dir(dir: &std::path::Path, path: CpuPath) -> Worker {
        let mut w = Worker::new(dir.join(path.exe_name()), Vec::new());
        if path == CpuPath::Fast {
            w = w.with_fallback(dir.join(CpuPath::Baseline.exe_name()));
        }
        w
    }

    /// Starts `exe` instead when the worker dies of an illegal instruction (SIGILL: its
    /// llama.cpp uses an extension this CPU lacks) before it is ready.
    pub fn with_fallback(mut self, exe: PathBuf) -> Worker {
        self.fallback = Some(exe).filter(|f| f.is_file());
        self
    }

    /// The executable that runs (or will run) the model.
    pub fn exe(&self) -> &std::path::Path {
        &self.exe
    }

    /// The same worker running a GGUF file the user chose instead of the bundled model.
    pub fn with_model_file(mut self, gguf: &std::path::Path) -> Worker {
        self.stop();
        self.env.push(("PLANSIGHT_MODEL".into(), gguf.display().to_string()));
        self
    }

    fn start(&mut self) -> Result<&mut Running, WorkerError> {
        if self
            .running
            .as_mut()
            .is_some_and(|r| r.child.try_wait().ok().flatten().is_none())
        {
            return Ok(self.running.as_mut().expect("checked"));
        }
        match self.spawn() {
            Err(WorkerError::Died) if self.fallback.is_some() => {
                self.exe = self.fallback.take().expect("checked");
                self.spawn()?;
            }
            Err(WorkerError::Died) => {
                return Err(WorkerError::Unavailable(format!(
                    "{} stopped on an instruction this CPU does not have; build the baseline worker \
                     (scripts/build-baseline-worker.sh)",
                    self.exe.display()
                )))
            }
            other => other?,
        }
        Ok(self.running.as_mut().expect("just started"))
    }

    /// Starts the process and waits for its first line. `Died` means it was killed by an
    /// illegal instruction before it was ready.
    fn spawn(&mut self) -> Result<(), WorkerError> {
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
        stdout
            .read_line(&mut first)
            .map_err(|e| WorkerError::Unavailable(e.to_string()))?;
        let hello: serde_json::Value = serde_json::from_str(&first).unwrap_or(serde_json::Value::Null);
        if hello["ready"] != true {
            let status = child.wait();
            #[cfg(unix)]
            {
                use std::os::unix::process::ExitStatusExt;
                // SIGILL is 4 on every Unix this runs on.
                if status.as_ref().ok().and_then(|s| s.signal()) == Some(4) {
                    return Err(WorkerError::Died);
                }
            }
            let _ = status;
            return Err(WorkerError::Unavailable(
                hello["error"]
                    .as_str()
                    .unwrap_or("the worker did not start")
                    .to_string(),
            ));
        }
        self.cpu = hello["cpu"].as_str().map(str::to_string);
        self.model = hello["model"].as_str().map(str::to_string);
        self.running = Some(Running { child, stdin, stdout });
        Ok(())
    }

    /// Starts the worker now (it loads the model), so that a setting can be checked
    /// before the first question.
    pub fn ready(&mut self) -> Result<(), WorkerError> {
        self.start().map(|_| ())
    }

    /// Generates a reply to `prompt` under `system`, handing each piece to `on_piece`
    /// as it comes; `on_piece` returning false cancels (the worker is ended).
    pub fn generate(
        &mut self,
        system: &str,
        prompt: &str,
        max_tokens: u32,
        mut on_piece: impl FnMut(&str) -> bool,
    ) -> Result<Generation, WorkerError> {
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
                let g = Generation {
                    text,
                    generated_tokens: v["generated_tokens"].as_u64().unwrap_or(0),
                    tokens_per_second: v["tokens_per_second"].as_f64().unwrap_or(0.0),
                    cached_tokens: v["cached_tokens"].as_u64().unwrap_or(0),
                };
                self.last = Some(g.clone());
                return Ok(g);
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
