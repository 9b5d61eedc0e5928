//! What the model can add to understanding a question, measured by `make eval`
//! (`examples/eval_understanding.rs`) against the deterministic parser of
//! `plansight-ask`:
//!
//! - [`IntentRanker`] ranks candidate intents by the model's likelihood of each label after
//!   a few-shot prompt of labelled questions. The prompt's prefix is decoded once and its
//!   KV cache reused for every question: only the question and the labels are decoded.
//! - [`Embedder`] gives a question's mean-pooled embedding, so that the nearest labelled
//!   questions of a bank vote for an intent.
//!
//! Either one only proposes: an intent it names is checked against the fixed set of intents,
//! and its arguments are read by the deterministic parser from the question and the
//! workspace.

use crate::generate::context_params;
use crate::{LoadedModel, ModelError};
use llama_cpp_2::context::params::LlamaPoolingType;
use llama_cpp_2::context::LlamaContext;
use llama_cpp_2::llama_batch::LlamaBatch;
use llama_cpp_2::token::LlamaToken;

/// Ranks intent labels by the model's log-likelihood after a cached few-shot prefix.
pub struct IntentRanker<'m> {
    model: &'m LoadedModel,
    ctx: LlamaContext<'m>,
    prefix: usize,
    /// Each label and its tokens (" label" and the line end, so that a label which is the
    /// start of another does not win on its prefix alone).
    labels: Vec<(String, Vec<LlamaToken>)>,
    /// How long decoding the prefix took, once.
    pub prefix_time: std::time::Duration,
    /// The prefix's length in tokens.
    pub prefix_tokens: usize,
}

/// Room after the prefix for a question and the longest label.
const QUESTION_ROOM: usize = 160;

impl<'m> IntentRanker<'m> {
    /// Decodes `instructions` and the labelled `examples` (question, label) once.
    pub fn new(
        model: &'m LoadedModel,
        instructions: &str,
        examples: &[(String, String)],
        labels: &[String],
    ) -> Result<IntentRanker<'m>, ModelError> {
        let mut prefix = format!("{instructions}\n\n");
        for (q, l) in examples {
            prefix.push_str(&format!("Question: {q}\nIntent: {l}\n\n"));
        }
        let vocab = model.model.vocab();
        let tokens = vocab.tokenize(prefix.as_bytes(), true, false);
        let mut ctx = model.context(tokens.len() + QUESTION_ROOM)?;
        let started = std::time::Instant::now();
        let mut batch = LlamaBatch::new(tokens.len(), 1);
        for (i, t) in tokens.iter().enumerate() {
            batch.add(*t, i as i32, &[0], false).map_err(|e| model.fail(e))?;
        }
        ctx.decode(&mut batch).map_err(|e| model.fail(e))?;
        let labels = labels
            .iter()
            .map(|l| (l.clone(), vocab.tokenize(format!(" {l}\n").as_bytes(), false, false)))
            .collect();
        Ok(IntentRanker {
            model,
            ctx,
            prefix: tokens.len(),
            labels,
            prefix_time: started.elapsed(),
            prefix_tokens: tokens.len(),
        })
    }

    /// Every label with its log-likelihood for `question`, most likely first.
    pub fn rank(&mut self, question: &str) -> Result<Vec<(String, f64)>, ModelError> {
        let model = self.model;
        let vocab = model.model.vocab();
        // The cached prefix stays; whatever followed it is dropped.
        self.ctx
            .clear_kv_cache_seq(Some(0), Some(self.prefix as u32), None)
            .map_err(|e| model.fail(e))?;
        let mut asked = vocab.tokenize(format!("Question: {question}\nIntent:").as_bytes(), false, false);
        let longest = self.labels.iter().map(|(_, t)| t.len()).max().unwrap_or(0);
        asked.truncate(QUESTION_ROOM.saturating_sub(longest + 1));
        let mut batch = LlamaBatch::new(QUESTION_ROOM, 1);
        let last = asked.len() - 1;
        for (i, t) in asked.iter().enumerate() {
            batch
                .add(*t, (self.prefix + i) as i32, &[0], i == last)
                .map_err(|e| model.fail(e))?;
        }
        self.ctx.decode(&mut batch).map_err(|e| model.fail(e))?;
        let after_question = log_softmax(self.ctx.get_logits_ith(last as i32));
        let end = self.prefix + asked.len();
        let mut scores = Vec::with_capacity(self.labels.len());
        for (label, tokens) in &self.labels {
            let mut score = after_question[tokens[0].0 as usize];
            if tokens.len() > 1 {
                self.ctx
                    .clear_kv_cache_seq(Some(0), Some(end as u32), None)
                    .map_err(|e| model.fail(e))?;
                batch.clear();
                for (i, t) in tokens[..tokens.len() - 1].iter().enumerate() {
                    batch.add(*t, (end + i) as i32, &[0], true).map_err(|e| model.fail(e))?;
                }
                self.ctx.decode(&mut batch).map_err(|e| model.fail(e))?;
                for (i, next) in tokens[1..].iter().enumerate() {
                    score += log_softmax(self.ctx.get_logits_ith(i as i32))[next.0 as usize];
                }
            }
            scores.push((label.clone(), score));
        }
        scores.sort_by(|a, b| b.1.total_cmp(&a.1));
        Ok(scores)
    }
}

fn log_softmax(logits: &[f32]) -> Vec<f64> {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max) as f64;
    let sum: f64 = logits.iter().map(|&l| (l as f64 - max).exp()).sum();
    let log_sum = sum.ln() + max;
    logits.iter().map(|&l| l as f64 - log_sum).collect()
}

/// Mean-pooled embeddings of short texts.
pub struct Embedder<'m> {
    model: &'m LoadedModel,
    ctx: LlamaContext<'m>,
}

impl<'m> Embedder<'m> {
    /// A context that pools the last layer's states of a text into one vector.
    pub fn new(model: &'m LoadedModel) -> Result<Embedder<'m>, ModelError> {
        let ctx = model.context_with(
            context_params(256)
                .with_n_ubatch(256)
                .with_embeddings(true)
                .with_pooling_type(LlamaPoolingType::Mean),
        )?;
        Ok(Embedder { model, ctx })
    }

    /// The text's embedding, normalised to length 1 (so a dot product is the cosine).
    pub fn embed(&mut self, text: &str) -> Result<Vec<f32>, ModelError> {
        let model = self.model;
        let mut tokens = model.model.vocab().tokenize(text.as_bytes(), true, false);
        tokens.truncate(256);
        self.ctx.clear_kv_cache();
        let mut batch = LlamaBatch::new(tokens.len(), 1);
        batch.add_sequence(&tokens, 0, false).map_err(|e| model.fail(e))?;
        self.ctx.decode(&mut batch).map_err(|e| model.fail(e))?;
        let v = self.ctx.embeddings_seq_ith(0).map_err(|e| model.fail(e))?.to_vec();
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt().max(f32::EPSILON);
        Ok(v.into_iter().map(|x| x / norm).collect())
    }
}
