//! Text generation with llama.cpp over a verified model file.

use crate::{ModelError, VerifiedModel};
use llama_cpp_2::context::params::LlamaContextParams;
use llama_cpp_2::context::LlamaContext;
use llama_cpp_2::llama_backend::LlamaBackend;
use llama_cpp_2::llama_batch::LlamaBatch;
use llama_cpp_2::model::params::LlamaModelParams;
use llama_cpp_2::model::{LlamaChatMessage, LlamaModel};
use llama_cpp_2::sampling::LlamaSampler;
use llama_cpp_2::token::LlamaToken;
use std::num::NonZeroU32;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// llama.cpp's backend may be started once per process.
fn backend() -> Result<&'static LlamaBackend, String> {
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
    let info = unsafe { std::ffi::CStr::from_ptr(llama_cpp_sys_2::llama_print_system_info()) }
        .to_string_lossy()
        .into_owned();
    let on: Vec<&str> = info
        .split('|')
        .filter_map(|part| part.split_once('='))
        .filter(|(_, v)| v.trim() == "1")
        .map(|(k, _)| k.trim().rsplit(':').next().unwrap_or("").trim())
        .filter(|k| !k.is_empty() && !NOT_CPU.contains(k))
        .collect();
    if on.is_empty() {
        "none beyond the baseline".into()
    } else {
        on.join(" ")
    }
}

/// A model loaded into memory, ready to generate.
pub struct LoadedModel {
    pub(crate) model: LlamaModel,
    path: std::path::PathBuf,
}

/// A finished generation and what it cost.
#[derive(Debug, Clone)]
pub struct Completion {
    /// The generated text, without the prompt (invalid UTF-8 replaced).
    pub text: String,
    /// Tokens in the prompt, cached ones included.
    pub prompt_tokens: usize,
    /// Prompt tokens found in the KV cache from the previous request (not decoded again).
    pub cached_tokens: usize,
    /// Tokens generated, at most the `max_tokens` asked for.
    pub generated_tokens: usize,
    /// Time spent decoding the prompt's uncached tokens.
    pub prompt_time: Duration,
    /// Time spent generating: sampling each token and decoding it.
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

    /// The model `PLANSIGHT_MODEL` names (a GGUF file the user chose), else the bundled one.
    pub fn chosen() -> Result<LoadedModel, ModelError> {
        match std::env::var_os("PLANSIGHT_MODEL").filter(|p| !p.is_empty()) {
            Some(path) => LoadedModel::load_file(std::path::Path::new(&path)),
            None => crate::bundled_model().and_then(|v| LoadedModel::load(&v)),
        }
    }

    /// Loads a GGUF file the user chose (a larger local model): it has no manifest to
    /// check, so llama.cpp's own reading of the format is the check.
    pub fn load_file(path: &std::path::Path) -> Result<LoadedModel, ModelError> {
        if !path.is_file() {
            return Err(ModelError::Load {
                path: path.to_path_buf(),
                reason: "there is no such file; check the path of the GGUF model".into(),
            });
        }
        let path = path.to_path_buf();
        let fail = |reason: String| ModelError::Load {
            path: path.clone(),
            reason,
        };
        let backend = backend().map_err(fail)?;
        let model = LlamaModel::load_from_file(backend, &path, &LlamaModelParams::default())
            .map_err(|e| fail(e.to_string()))?;
        Ok(LoadedModel { model, path })
    }

    /// Greedy completion of a chat (system instruction, then the user's text) in the
    /// model's own chat template, stopping at the end of its turn or after `max_tokens`.
    pub fn chat(&self, system: &str, user: &str, max_tokens: usize) -> Result<Completion, ModelError> {
        self.chat_streaming(system, user, max_tokens, |_| true)
    }

    /// Like [`LoadedModel::chat`], streaming pieces to `on_piece` (false stops).
    pub fn chat_streaming(
        &self,
        system: &str,
        user: &str,
        max_tokens: usize,
        on_piece: impl FnMut(&str) -> bool,
    ) -> Result<Completion, ModelError> {
        let prompt = self.chat_prompt(system, user)?;
        self.complete_streaming(&prompt, max_tokens, on_piece)
    }

    /// The chat in the model's own template, ready for the assistant's turn.
    fn chat_prompt(&self, system: &str, user: &str) -> Result<String, ModelError> {
        let template = self.model.chat_template(None).map_err(|e| self.fail(e))?;
        let messages = [("system", system), ("user", user)]
            .into_iter()
            .map(|(role, text)| LlamaChatMessage::new(role.into(), text.into()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.fail(e))?;
        self.model
            .apply_chat_template(&template, &messages, true)
            .map_err(|e| self.fail(e))
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
    pub fn complete_streaming(
        &self,
        prompt: &str,
        max_tokens: usize,
        on_piece: impl FnMut(&str) -> bool,
    ) -> Result<Completion, ModelError> {
        let tokens = self.model.vocab().tokenize(prompt.as_bytes(), true, true);
        let mut ctx = self.context(tokens.len() + max_tokens + 8)?;
        generate(self, &mut ctx, &tokens, 0, max_tokens, on_piece)
    }

    /// A context of `n_ctx` tokens, decoded in one batch on every core.
    pub(crate) fn context(&self, n_ctx: usize) -> Result<LlamaContext<'_>, ModelError> {
        self.context_with(context_params(n_ctx))
    }

    /// A context with these parameters (an embedding context, say).
    pub(crate) fn context_with(&self, params: LlamaContextParams) -> Result<LlamaContext<'_>, ModelError> {
        self.model
            .new_context(backend().map_err(|e| self.fail(e))?, params)
            .map_err(|e| self.fail(e))
    }

    /// A failure of this model, in words.
    pub(crate) fn fail(&self, reason: impl ToString) -> ModelError {
        ModelError::Load {
            path: self.path.clone(),
            reason: reason.to_string(),
        }
    }
}

/// The parameters of a context of `n_ctx` tokens, decoded in one batch on every core.
pub(crate) fn context_params(n_ctx: usize) -> LlamaContextParams {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()) as i32;
    LlamaContextParams::default()
        .with_n_ctx(NonZeroU32::new(n_ctx as u32))
        .with_n_batch(n_ctx as u32)
        .with_n_threads(threads)
        .with_n_threads_batch(threads)
}

/// Decodes `tokens` after the first `cached` of them (already in `ctx`'s KV cache), then
/// generates greedily, streaming whole characters to `on_piece`.
fn generate(
    m: &LoadedModel,
    ctx: &mut LlamaContext<'_>,
    tokens: &[LlamaToken],
    cached: usize,
    max_tokens: usize,
    mut on_piece: impl FnMut(&str) -> bool,
) -> Result<Completion, ModelError> {
    let vocab = m.model.vocab();
    // The last prompt token is always decoded again: its logits start the generation.
    let cached = cached.min(tokens.len().saturating_sub(1));
    ctx.clear_kv_cache_seq(Some(0), Some(cached as u32), None)
        .map_err(|e| m.fail(e))?;
    let started = Instant::now();
    let mut batch = LlamaBatch::new(tokens.len().max(1), 1);
    let last = tokens.len().saturating_sub(1);
    for (i, t) in tokens.iter().enumerate().skip(cached) {
        batch.add(*t, i as i32, &[0], i == last).map_err(|e| m.fail(e))?;
    }
    ctx.decode(&mut batch).map_err(|e| m.fail(e))?;
    let prompt_time = started.elapsed();

    let started = Instant::now();
    let mut sampler = LlamaSampler::greedy();
    let mut bytes = Vec::new();
    let mut generated = 0;
    let mut sent = 0;
    let mut pos = tokens.len() as i32;
    while generated < max_tokens {
        let token = sampler.sample(ctx, batch.n_tokens() - 1);
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
        batch.add(token, pos, &[0], true).map_err(|e| m.fail(e))?;
        pos += 1;
        ctx.decode(&mut batch).map_err(|e| m.fail(e))?;
    }
    Ok(Completion {
        text: String::from_utf8_lossy(&bytes).into_owned(),
        prompt_tokens: tokens.len(),
        cached_tokens: cached,
        generated_tokens: generated,
        prompt_time,
        generation_time: started.elapsed(),
    })
}

/// A chat kept open between requests, as the worker runs it: the tokens a new prompt
/// shares with the previous one (the chat template and the system instruction) stay in
/// the KV cache and are not decoded again, which shortens the time to the first piece.
pub struct ChatSession<'m> {
    model: &'m LoadedModel,
    ctx: LlamaContext<'m>,
    room: usize,
    cached: Vec<LlamaToken>,
}

impl<'m> ChatSession<'m> {
    /// A session with room for `room` tokens of prompt and reply together.
    pub fn new(model: &'m LoadedModel, room: usize) -> Result<ChatSession<'m>, ModelError> {
        Ok(ChatSession {
            model,
            ctx: model.context(room)?,
            room,
            cached: Vec::new(),
        })
    }

    /// Like [`LoadedModel::chat_streaming`], reusing what the previous prompt left cached.
    pub fn chat_streaming(
        &mut self,
        system: &str,
        user: &str,
        max_tokens: usize,
        on_piece: impl FnMut(&str) -> bool,
    ) -> Result<Completion, ModelError> {
        let m = self.model;
        let prompt = m.chat_prompt(system, user)?;
        let tokens = m.model.vocab().tokenize(prompt.as_bytes(), true, true);
        if tokens.len() + max_tokens > self.room {
            return Err(m.fail(format!(
                "the prompt ({} tokens) and reply ({max_tokens}) do not fit the context of {} tokens",
                tokens.len(),
                self.room
            )));
        }
        let shared = self.cached.iter().zip(&tokens).take_while(|(a, b)| a == b).count();
        // Whatever happens below, only the prompt's tokens are trusted in the cache next time.
        self.cached.clear();
        let done = generate(m, &mut self.ctx, &tokens, shared, max_tokens, on_piece)?;
        self.cached = tokens;
        Ok(done)
    }
}
