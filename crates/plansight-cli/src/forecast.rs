//! `plansight forecast` and `plansight coach`: the likely payout of the plan year from
//! the open pipeline, its back-test, and the open deals that matter most to a seller.

use crate::{load_with, print_json, Failure, Files};
use clap::Args;
use plansight_forecast::json;
use plansight_forecast::{Forecast, History, Options};
use plansight_plan::shown::money;
use plansight_session::forecast as app;

#[derive(Args)]
pub struct ForecastArgs {
    #[command(flatten)]
    files: Files,
    /// Only this seller.
    #[arg(long)]
    seller: Option<String>,
    /// Number of runs.
    #[arg(long, default_value_t = 10_000)]
    runs: usize,
    /// Seed of the draws: the same seed gives the same forecast.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Forecast as of this earlier date and compare with what happened.
    #[arg(long, value_parser = crate::parse_date)]
    backtest: Option<chrono::NaiveDate>,
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct CoachArgs {
    #[command(flatten)]
    files: Files,
    /// The seller coached.
    #[arg(long)]
    seller: String,
    /// Runs each deal's worth is averaged over.
    #[arg(long, default_value_t = app::COACH_RUNS)]
    runs: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[arg(long)]
    json: bool,
}

fn history(files: &Files) -> Result<(plansight_plan::Inputs, History), Failure> {
    let (inputs, ws) = load_with(files)?;
    let history = match &ws {
        Some(ws) => app::history(ws)?,
        None => History::default(),
    };
    Ok((inputs, history))
}

/// Runs `plansight forecast`.
pub fn run_forecast(args: ForecastArgs) -> Result<(), Failure> {
    let (inputs, history) = history(&args.files)?;
    let options = Options {
        runs: args.runs,
        seed: args.seed,
        seller: args.seller.clone(),
    };
    if let Some(day) = args.backtest {
        let b = app::backtest(&inputs, &history, day, &options)?;
        if args.json {
            print_json(&json::backtest(&b));
        } else {
            let (inside, n) = b.coverage();
            let cur = &inputs.plan.currency;
            println!(
                "Back-test as of {day}: {} lines put back in the pipeline, {} still-open lines left out.",
                b.reopened, b.left_out
            );
            println!(
                "{inside} of {n} sellers ({}) were paid inside their P10–P90 (ideal 80%).",
                json::percent(inside as i128, n as i128)
            );
            let bias = b.bias();
            println!(
                "Mean absolute error of P50: {} (mean actual payout {}; P50 ran {} {} on average).",
                money(b.mae(), cur),
                money(b.mean_actual(), cur),
                money(plansight_plan::Exact(bias.0.abs()), cur),
                if bias.0 < 0 { "low" } else { "high" }
            );
        }
        return Ok(());
    }
    let f = app::forecast(&inputs, &history, &options)?;
    if args.json {
        print_json(&json::forecast(&f));
    } else {
        print!("{}", table(&f));
    }
    Ok(())
}

fn table(f: &Forecast) -> String {
    let cur = &f.currency;
    let mut out = format!(
        "Forecast of the plan year from the pipeline as of {} ({} runs, seed {}):\n",
        f.as_of, f.runs, f.seed
    );
    for s in &f.sellers {
        out += &format!(
            "\n{}: expected {}  P10 {}  P50 {}  P90 {}\n",
            s.seller,
            money(s.payout.expected, cur),
            money(s.payout.p10, cur),
            money(s.payout.p50, cur),
            money(s.payout.p90, cur)
        );
        for r in &s.reach {
            out += &format!(
                "  chance of {}: {}\n",
                r.what,
                json::percent(r.runs as i128, f.runs as i128)
            );
        }
    }
    out += &format!(
        "\nTeam: expected {}  P10 {}  P50 {}  P90 {}\n",
        money(f.team.expected, cur),
        money(f.team.p10, cur),
        money(f.team.p50, cur),
        money(f.team.p90, cur)
    );
    out
}

/// Runs `plansight coach`.
pub fn run_coach(args: CoachArgs) -> Result<(), Failure> {
    let (inputs, history) = history(&args.files)?;
    let c = app::coach(&inputs, &history, &args.seller, args.runs, args.seed)?;
    if args.json {
        print_json(&json::coaching(&c));
        return Ok(());
    }
    let cur = &inputs.plan.currency;
    println!(
        "{}: payout of the year with no open deal won: {}",
        c.seller,
        money(c.payout_now, cur)
    );
    println!("\nOpen deals by what they are worth to you (probability × what winning adds):");
    for d in c.deals.iter().take(15) {
        let tiers: Vec<String> = d
            .tiers
            .iter()
            .map(|t| format!("{} {} tier {} → {}", t.name, t.period, t.from, t.to))
            .collect();
        println!(
            "  {:<14} worth {:>14}  if won {:<15} chance {}{}",
            d.deal,
            money(d.worth, cur),
            format!("{}{}", if d.if_won.0 < 0 { "" } else { "+" }, money(d.if_won, cur)),
            json::percent(d.ppm as i128, 1_000_000),
            if tiers.is_empty() {
                String::new()
            } else {
                format!("  ({})", tiers.join(", "))
            }
        );
    }
    if !c.paths.is_empty() {
        println!("\nThe fewest open deals that reach the next mark:");
    }
    for p in &c.paths {
        println!(
            "  {} {} {}{}: {} more credit — {} (all win: {}; payout {} → {})",
            p.name,
            p.period,
            p.mark,
            if p.accelerator { " (the accelerator)" } else { "" },
            money(plansight_plan::Exact::from_micros(p.needed), cur),
            p.deals.join(", "),
            json::percent(p.ppm as i128, 1_000_000),
            money(p.payout_now, cur),
            money(p.payout_with, cur)
        );
    }
    if !c.timing.is_empty() {
        println!("\nFor the plan designer (not advice to the seller): the plan pays more when these deals close after the period's end:");
    }
    for t in &c.timing {
        println!(
            "  {} expected {}: {} more if it closed on {}",
            t.deal,
            t.expected,
            money(t.gain, cur),
            t.later
        );
    }
    Ok(())
}
