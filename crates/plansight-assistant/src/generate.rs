//! Text generation with llama.cpp over a verified model file.

use crate::{ModelError, VerifiedModel};
use llama_cpp_2::context::params::LlamaContextParams;
use llama_cpp_2::llama_backend::LlamaBackend;
use llama_cpp_2::llama_batch::LlamaBatch;
use llama_cpp_2::model::params::LlamaModelParams;
use llama_cpp_2::model::{LlamaChatMessage, LlamaModel};
use llama_cpp_2::sampling::LlamaSampler;
use std::num::NonZeroU32;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// llama.cpp's backend may be started once per process.
pub(crate) fn backend() -> Result<&'static LlamaBackend, String> {
    static BACKEND: OnceLock<Result<LlamaBackend, String>> = OnceLock::new();
    BACKEND
        .get_or_init(|| {
            let mut b = LlamaBackend::init().map_err(|e| e.to_string())?;
            // llama.cpp logs every tensor to stderr by default; the CLI's stderr is for the user.
            b.void_logs();
            Ok(b)
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// The CPU extensions this build of llama.cpp uses (from its system information: the
/// features it reports as on, such as "AVX2 FMA"), or "none beyond the baseline".
pub fn cpu_extensions() -> String {
    // Build options llama.cpp lists beside the CPU's extensions.
    const NOT_CPU: &[&str] = &["LLAMAFILE", "REPACK", "OPENMP", "KLEIDIAI", "ACCELERATE"];
    // SAFETY: llama_print_system_info returns a static NUL-terminated string.
    let info = unsafe { std::ffi::CStr::from_ptr(llama_cpp_sys_2::llama_print_system_info()) }.to_string_lossy().into_owned();
    let on: Vec<&str> = info.split('|').filter_map(|part| part.split_once('=')).filter(|(_, v)| v.trim() == "1").map(|(k, _)| k.trim().rsplit(':').next().unwrap_or("").trim()).filter(|k| !k.is_empty() && !NOT_CPU.contains(k)).collect();
    if on.is_empty() { "none beyond the baseline".into() } else { on.join(" ") }
}

/// A model loaded into memory, ready to generate.
pub struct LoadedModel {
    pub(crate) model: LlamaModel,
    path: std::path::PathBuf,
}

/// A finished generation and what it cost.
#[derive(Debug, Clone)]
pub struct Completion {
    pub text: String,
    pub prompt_tokens: usize,
    pub generated_tokens: usize,
    pub prompt_time: Duration,
    pub generation_time: Duration,
}

impl Completion {
    /// Generated tokens per second (0 when nothing was generated).
    pub fn tokens_per_second(&self) -> f64 {
        let secs = self.generation_time.as_secs_f64();
        if self.generated_tokens == 0 || secs == 0.0 {
            0.0
        } else {
            self.generated_tokens as f64 / secs
        }
    }
}

impl LoadedModel {
    /// Loads a model whose file was just verified.
    pub fn load(verified: &VerifiedModel) -> Result<LoadedModel, ModelError> {
        LoadedModel::load_file(&verified.path)
    }

    /// Loads a GGUF file the user chose (a larger local model): it has no manifest to
    /// check, so llama.cpp's own reading of the format is the check.
    pub fn load_file(path: &std::path::Path) -> Result<LoadedModel, ModelError> {
        if !path.is_file() {
            return Err(ModelError::Load { path: path.to_path_buf(), reason: "there is no such file; check the path of the GGUF model".into() });
        }
        let path = path.to_path_buf();
        let fail = |reason: String| ModelError::Load { path: path.clone(), reason };
        let backend = backend().map_err(fail)?;
        let model = LlamaModel::load_from_file(backend, &path, &LlamaModelParams::default()).map_err(|e| fail(e.to_string()))?;
        Ok(LoadedModel { model, path })
    }

    /// Greedy completion of a chat (system instruction, then the user's text) in the
    /// model's own chat template, stopping at the end of its turn or after `max_tokens`.
    pub fn chat(&self, system: &str, user: &str, max_tokens: usize) -> Result<Completion, ModelError> {
        self.chat_streaming(system, user, max_tokens, |_| true)
    }

    /// Like [`LoadedModel::chat`], streaming pieces to `on_piece` (false stops).
    pub fn chat_streaming(&self, system: &str, user: &str, max_tokens: usize, on_piece: impl FnMut(&str) -> bool) -> Result<Completion, ModelError> {
        let fail = |reason: String| ModelError::Load { path: self.path.clone(), reason };
        let template = self.model.chat_template(None).map_err(|e| fail(e.to_string()))?;
        let messages = [("system", system), ("user", user)]
            .into_iter()
            .map(|(role, text)| LlamaChatMessage::new(role.into(), text.into()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| fail(e.to_string()))?;
        let prompt = self.model.apply_chat_template(&template, &messages, true).map_err(|e| fail(e.to_string()))?;
        self.complete_streaming(&prompt, max_tokens, on_piece)
    }

    /// The model file.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// Greedy continuation of a raw prompt.
    pub fn complete(&self, prompt: &str, max_tokens: usize) -> Result<Completion, ModelError> {
        self.complete_streaming(prompt, max_tokens, |_| true)
    }

    /// Like [`LoadedModel::complete`], handing each piece of text to `on_piece` as it
    /// is generated; `on_piece` returning false stops the generation there.
    pub fn complete_streaming(&self, prompt: &str, max_tokens: usize, mut on_piece: impl FnMut(&str) -> bool) -> Result<Completion, ModelError> {
        let fail = |reason: String| ModelError::Load { path: self.path.clone(), reason };
        let backend = backend().map_err(fail)?;
        let vocab = self.model.vocab();
        let tokens = vocab.tokenize(prompt.as_bytes(), true, true);
        let n_ctx = (tokens.len() + max_tokens + 8) as u32;
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get()) as i32;
        let params = LlamaContextParams::default()
            .with_n_ctx(NonZeroU32::new(n_ctx))
            .with_n_batch(n_ctx)
            .with_n_threads(threads)
            .with_n_threads_batch(threads);
        let mut ctx = self.model.new_context(backend, params).map_err(|e| fail(e.to_string()))?;

        let started = Instant::now();
        let mut batch = LlamaBatch::new(n_ctx as usize, 1);
        let last = tokens.len().saturating_sub(1);
        for (i, t) in tokens.iter().enumerate() {
            batch.add(*t, i as i32, &[0], i == last).map_err(|e| fail(e.to_string()))?;
        }
        ctx.decode(&mut batch).map_err(|e| fail(e.to_string()))?;
        let prompt_time = started.elapsed();

        let started = Instant::now();
        let mut sampler = LlamaSampler::greedy();
        let mut bytes = Vec::new();
        let mut generated = 0;
        let mut sent = 0;
        let mut pos = tokens.len() as i32;
        while generated < max_tokens {
            let token = sampler.sample(&ctx, batch.n_tokens() - 1);
            if vocab.is_eog(token) {
                break;
            }
            bytes.extend(vocab.token_to_piece(token, false, None));
            generated += 1;
            // Whole characters only: a piece may end inside a UTF-8 sequence.
            let ready = match std::str::from_utf8(&bytes[sent..]) {
                Ok(text) => text,
                Err(e) => std::str::from_utf8(&bytes[sent..sent + e.valid_up_to()]).expect("valid up to here"),
            };
            if !ready.is_empty() {
                let go_on = on_piece(ready);
                sent += ready.len();
                if !go_on {
                    break;
                }
            }
            batch.clear();
            batch.add(token, pos, &[0], true).map_err(|e| fail(e.to_string()))?;
            pos += 1;
            ctx.decode(&mut batch).map_err(|e| fail(e.to_string()))?;
        }
        Ok(Completion { text: String::from_utf8_lossy(&bytes).into_owned(), prompt_tokens: tokens.len(), generated_tokens: generated, prompt_time, generation_time: started.elapsed() })
    }
}
