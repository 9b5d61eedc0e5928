//! `make eval`'s measure of what the bundled model adds to understanding questions, next
//! to the deterministic query parser (`plansight_ask::understand`), on the understanding
//! sets of both workspaces (`crates/plansight-ask/eval/`).
//!
//! The parser leaves a question's figure open when it recognises none: it asks back
//! ("which figure?"). That is the part the model could fill: it ranks the figure labels by
//! likelihood after a few-shot prefix (its KV cache computed once, `IntentRanker`), and its
//! first label completes the parser's first reading. It is used only above a margin chosen
//! on the development sets and applied unchanged to the held-out sets; the figures below
//! say whether it raises the share of questions understood right and what it costs in
//! wrong answers.

#[path = "../../plansight-ask/tests/common/mod.rs"]
mod common;

use plansight_ask::eval::{judge, read_set, Labelled, Verdict};
use plansight_ask::query::context::Conversation;
use plansight_ask::query::{Figure, Understood};
use plansight_ask::{ask_in, understand, Context};
use plansight_assistant::understand::IntentRanker;
use plansight_assistant::LoadedModel;
use std::time::Instant;

const FIGURES: [&str; 16] = [
    "earnings",
    "payable",
    "credit",
    "quota",
    "attainment",
    "rate",
    "draw_advanced",
    "draw_recovered",
    "draw_balance",
    "bonus",
    "clawback",
    "deal_count",
    "deal_amount",
    "pace",
    "distance",
    "cost",
];
const INSTRUCTIONS: &str = "Each question comes from a salesperson, a sales manager or a plan designer about a sales compensation plan. Label it with the figure it asks for: earnings (commission earned), payable (what a payout pays), credit (bookings credited), quota, attainment (percent of quota), rate (commission rate now), draw_advanced, draw_recovered, draw_balance, bonus, clawback, deal_count (how many deals), deal_amount (deal sizes), pace, distance (how far to a tier, the accelerator, the threshold or the cap), cost (what the plan costs the company).";

/// A set of questions: its name, its questions, the workspace they are asked of, the
/// measure of its accelerator, and whether it is a development set (else held out).
type Set<'a> = (&'a str, Vec<Labelled>, &'a Context<'a>, Option<&'a str>, bool);

/// One question's outcome: the parser's verdict, and the verdict with the model's figure.
struct Outcome {
    parser: Verdict,
    /// When the parser asked which figure: the model's label, its margin over the second,
    /// and the verdict with it.
    model: Option<(String, f64, Verdict)>,
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../plansight-ask/eval");
    let read = |f: &str| read_set(&std::fs::read_to_string(root.join(f)).expect("the set reads"));
    let model = match LoadedModel::chosen() {
        Ok(m) => m,
        Err(e) => {
            eprintln!("the model is not available: {e}");
            std::process::exit(1);
        }
    };
    let (sample, sample_doc) = common::sample();
    let sample_calc = plansight_engine::calculate(&sample).unwrap();
    let scenarios = common::scenarios();
    let (maven, maven_doc) = common::maven();
    let maven_calc = plansight_engine::calculate(&maven).unwrap();
    let sample_ctx = Context {
        inputs: &sample,
        calc: &sample_calc,
        document: Some(&sample_doc),
        scenarios: &scenarios,
        history: None,
    };
    let maven_ctx = Context {
        inputs: &maven,
        calc: &maven_calc,
        document: Some(&maven_doc),
        scenarios: &[],
        history: None,
    };
    let sets: Vec<Set> = vec![
        (
            "sample development sets",
            [read("sample-dev.toml"), read("sample-dev-2.toml")].concat(),
            &sample_ctx,
            Some("new_arr"),
            true,
        ),
        (
            "Maven development sets",
            [read("maven/dev.toml"), read("maven/dev-2.toml")].concat(),
            &maven_ctx,
            Some("hw_bookings"),
            true,
        ),
        (
            "sample held-out set",
            read("sample-heldout.toml"),
            &sample_ctx,
            Some("new_arr"),
            false,
        ),
        (
            "Maven held-out set",
            read("maven/heldout.toml"),
            &maven_ctx,
            Some("hw_bookings"),
            false,
        ),
    ];
    // The few-shot bank: the first two answered questions of each figure in the first
    // development set.
    let mut bank: Vec<(String, String)> = Vec::new();
    for q in &sets[0].1 {
        let figure = q
            .label
            .get("figure")
            .and_then(|f| f.as_str())
            .unwrap_or_default()
            .to_string();
        if q.outcome == "answer" && q.after.is_empty() && bank.iter().filter(|b| b.1 == figure).count() < 2 {
            bank.push((q.text.clone(), figure));
        }
    }
    let labels: Vec<String> = FIGURES.iter().map(|s| s.to_string()).collect();
    let mut ranker = IntentRanker::new(&model, INSTRUCTIONS, &bank, &labels).expect("the prefix decodes");
    println!("understanding, model {}", model.path().display());
    println!(
        "few-shot prefix: {} examples, {} tokens, decoded once in {:.0} ms and reused",
        bank.len(),
        ranker.prefix_tokens,
        ranker.prefix_time.as_secs_f64() * 1000.0
    );
    let (mut parse_ms, mut rank_ms) = (Vec::new(), Vec::new());
    let mut outcomes: Vec<Vec<Outcome>> = Vec::new();
    for (_, questions, ctx, accelerator, _) in &sets {
        let mut out = Vec::new();
        for q in questions {
            let mut talk = Conversation::default();
            for earlier in &q.after {
                ask_in(ctx, &q.seller, earlier, &mut talk);
            }
            let t = Instant::now();
            let u = understand(ctx, &q.seller, &q.text, &talk);
            parse_ms.push(t.elapsed().as_secs_f64() * 1000.0);
            let model = match &u {
                Understood::AskBack { missing, readings } if missing == "which figure" && !readings.is_empty() => {
                    let t = Instant::now();
                    let ranked = ranker.rank(&q.text).expect("the model ranks");
                    rank_ms.push(t.elapsed().as_secs_f64() * 1000.0);
                    let label = ranked[0].0.clone();
                    let margin = ranked[0].1 - ranked.get(1).map_or(f64::NEG_INFINITY, |r| r.1);
                    let mut filled = readings[0].clone();
                    filled.figure = serde_json::from_value::<Figure>(serde_json::Value::String(label.clone()))
                        .unwrap_or(Figure::Earnings);
                    filled.mark = (filled.figure == Figure::Distance).then_some(plansight_ask::query::Mark::NextTier);
                    Some((
                        label,
                        margin,
                        judge(q, &Understood::Answer(filled), *accelerator, ctx.inputs.as_of()),
                    ))
                }
                _ => None,
            };
            out.push(Outcome {
                parser: judge(q, &u, *accelerator, ctx.inputs.as_of()),
                model,
            });
        }
        outcomes.push(out);
    }
    // The margin is chosen on the development sets alone: the one with the most right
    // answers (ties: the fewest wrong), "never" included.
    let with = |o: &Outcome, at: f64| match &o.model {
        Some((_, margin, v)) if *margin >= at => *v,
        _ => o.parser,
    };
    let dev: Vec<&Outcome> = sets
        .iter()
        .zip(&outcomes)
        .filter(|(s, _)| s.4)
        .flat_map(|(_, o)| o)
        .collect();
    let mut candidates: Vec<f64> = dev.iter().filter_map(|o| o.model.as_ref().map(|m| m.1)).collect();
    candidates.push(f64::INFINITY);
    let score = |at: f64| {
        let right = dev.iter().filter(|o| with(o, at) == Verdict::Right).count() as i64;
        let wrong = dev.iter().filter(|o| with(o, at) == Verdict::Wrong).count() as i64;
        right * 1000 - wrong
    };
    let at = candidates
        .into_iter()
        .max_by_key(|t| score(*t))
        .unwrap_or(f64::INFINITY);
    for ((name, ..), o) in sets.iter().zip(&outcomes) {
        let n = o.len();
        let count = |f: &dyn Fn(&Outcome) -> Verdict, v: Verdict| o.iter().filter(|x| f(x) == v).count();
        let line = |f: &dyn Fn(&Outcome) -> Verdict| {
            format!(
                "right {:.1}%, asked back {}, declined {}, wrong {:.1}%",
                100.0 * count(f, Verdict::Right) as f64 / n as f64,
                count(f, Verdict::AskedBack),
                count(f, Verdict::Declined),
                100.0 * count(f, Verdict::Wrong) as f64 / n as f64
            )
        };
        let asked = o.iter().filter(|x| x.model.is_some()).count();
        println!("{name}: {n} questions; the parser asked which figure in {asked}");
        println!("  parser alone: {}", line(&|x| x.parser));
        println!(
            "  parser, the model's figure wherever it asked: {}",
            line(&|x| with(x, f64::NEG_INFINITY))
        );
        println!(
            "  parser, the model's figure above the margin chosen on the development sets ({}): {}",
            if at.is_finite() {
                format!("{at:.3}")
            } else {
                "none: best never used".into()
            },
            line(&|x| with(x, at))
        );
    }
    println!(
        "latency: the parser p50 {:.2} ms a question; the model's ranking p50 {:.0} ms a question with the cached prefix",
        median(&mut parse_ms),
        median(&mut rank_ms)
    );
}
