//! The understanding sets (eval/sample-*.toml and final-sample.toml over the sample
//! workspace, eval/maven/*.toml over the Maven CRM export under a plan of its own,
//! eval/third … eleventh over generated workspaces with plans of their own), each
//! question labelled with the outcome and the query it must be understood as. Written by
//! people who never saw the parser. The held-out sets of earlier rounds were scored, then
//! (their misses read) became development sets; the held-out sets of the last rounds
//! (round 147: threehundredfortysixth over a Melbourne cleaning contractor in Australian office
//! chat, threehundredfortyseventh over a Hyderabad pharmaceutical distributor in Indian
//! WhatsApp English with Hinglish, threehundredfortyeighth over the Maven CRM export recast as
//! a Rotterdam logistics software vendor in Dutch sellers' English, threehundredfortyninth
//! over a Chicago insurance brokerage in formal managers' and designers' English,
//! threehundredfiftieth over the Maven CRM export recast as a São Paulo payments company in
//! Brazilian WhatsApp English with Portuguese) were written, with their workspaces, by helpers who
//! never saw the parser, and scored once before any miss was printed (the figures are in the
//! commit log); those not read since are scored again on the session's final parser. Rounds
//! 127 to 146 (twohundredfiftyfifth … threehundredfortyfifth) are earlier held-out sets.
//! Each answer is counted as right, asked back, declined, or wrong (answered as a
//! different question). The held-out files are never tuned on: their misses are not
//! printed unless PLANSIGHT_SHOW_HELDOUT is set (for the closing report). `make eval`
//! prints the figures (`--nocapture`).

mod common;

use plansight_ask::eval::{canonical, canonical_of, judge, outcome, read_set, Verdict};
use plansight_ask::query::context::Conversation;
use plansight_ask::query::Understood;
use plansight_ask::{ask_in, understand, ungrounded, Context};
use serde_json::Value;
use std::time::Instant;

#[derive(Default)]
struct Tally {
    n: usize,
    right: usize,
    asked_back: usize,
    declined: usize,
    wrong: usize,
    ungrounded: usize,
    cited: (usize, usize),
    misses: Vec<String>,
    millis: Vec<f64>,
}

fn run_set(ctx: &Context, file: &str, accelerator_measure: Option<&str>) -> Tally {
    // The judge reads a one-measure figure without a measure as the accelerator's: true
    // only while it is the plan's first measure.
    assert_eq!(
        ctx.inputs.plan.measures.first().map(|m| m.id.as_str()),
        accelerator_measure,
        "the accelerator's measure is the plan's first"
    );
    let mut t = Tally::default();
    for q in read_set(file) {
        let text = q.text.as_str();
        let asker = q.seller.as_str();
        let mut conversation = Conversation::default();
        for earlier in &q.after {
            ask_in(ctx, asker, earlier, &mut conversation);
        }
        let start = Instant::now();
        let u = understand(ctx, asker, text, &conversation);
        t.millis.push(start.elapsed().as_secs_f64() * 1000.0);
        t.n += 1;
        let verdict = judge(&q, &u, accelerator_measure, ctx.inputs.as_of());
        match verdict {
            Verdict::Right => t.right += 1,
            Verdict::AskedBack => t.asked_back += 1,
            Verdict::Declined => t.declined += 1,
            Verdict::Wrong => t.wrong += 1,
        }
        let got = outcome(&u);
        if let Some(path) = std::env::var_os("PLANSIGHT_DUMP") {
            use std::io::Write;
            let mut f = std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(path)
                .unwrap();
            writeln!(f, "{:?}\t{}", verdict, text.replace('\t', " ")).unwrap();
        }
        if verdict != Verdict::Right {
            t.misses.push(format!(
                "{text:?} ({} {}) understood as {got} {}",
                q.outcome,
                Value::Object(canonical(q.label.clone(), accelerator_measure)),
                match &u {
                    Understood::PlanRule { topic } => topic.clone(),
                    _ => Value::Object(canonical_of(&u, accelerator_measure)).to_string(),
                }
            ));
        }
        if got == "answer" || got == "plan_rule" {
            let a = ask_in(ctx, asker, text, &mut conversation.clone());
            let bad = ungrounded(&a, text);
            if !bad.is_empty() {
                t.ungrounded += 1;
                t.misses.push(format!("{text:?}: ungrounded {bad:?} in {:?}", a.answer));
            }
            if let Some(cite) = &q.cite {
                t.cited.1 += 1;
                let first = a.citations.first().cloned().unwrap_or_default();
                if first.starts_with(&format!("§{cite}")) {
                    t.cited.0 += 1;
                } else if std::env::var_os("PLANSIGHT_SHOW_CITES").is_some() {
                    println!("  cites {:?} for §{cite}: {text:?}", a.citations);
                }
            }
        }
    }
    t
}

fn report(name: &str, t: &Tally, show: bool) {
    let pct = |k: usize| 100.0 * k as f64 / t.n.max(1) as f64;
    let mut ms = t.millis.clone();
    ms.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{name}: {} questions: right {} ({:.1}%), asked back {}, declined {}, wrong {} ({:.1}%); ungrounded answers {}; plan answers citing the expected clause {}/{}; understanding p50 {:.2} ms",
        t.n,
        t.right,
        pct(t.right),
        t.asked_back,
        t.declined,
        t.wrong,
        pct(t.wrong),
        t.ungrounded,
        t.cited.0,
        t.cited.1,
        ms.get(ms.len() / 2).copied().unwrap_or_default()
    );
    if show {
        for m in &t.misses {
            println!("  {m}");
        }
    }
}

fn sample_ctx<'a>(
    inputs: &'a plansight_plan::Inputs,
    calc: &'a plansight_plan::Calculation,
    doc: &'a str,
    scenarios: &'a [(String, String)],
) -> Context<'a> {
    Context {
        inputs,
        calc,
        document: Some(doc),
        scenarios,
        history: None,
    }
}

/// The sets `files` of a generated workspace (eval/<name>/), whose accelerator belongs to
/// `accelerator_measure`; the workspace is loaded and calculated once for all of them.
fn generated_runs<const N: usize>(name: &str, accelerator_measure: &str, files: [&str; N]) -> [Tally; N] {
    let (inputs, doc) = common::generated(name);
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = sample_ctx(&inputs, &calc, &doc, &[]);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval").join(name);
    files.map(|file| {
        let text = std::fs::read_to_string(dir.join(file)).expect("the set reads");
        run_set(&ctx, &text, Some(accelerator_measure))
    })
}

/// The development and held-out sets of a generated workspace (eval/<name>/).
fn generated_sets(name: &str, accelerator_measure: &str) -> (Tally, Tally) {
    let [dev, held] = generated_runs(name, accelerator_measure, ["dev.toml", "heldout.toml"]);
    (dev, held)
}

#[test]
fn the_understanding_sets() {
    let show_heldout = std::env::var_os("PLANSIGHT_SHOW_HELDOUT").is_some();
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let scenarios = common::scenarios();
    let ctx = sample_ctx(&inputs, &calc, &doc, &scenarios);
    let dev = run_set(&ctx, include_str!("../eval/sample-dev.toml"), Some("new_arr"));
    let dev2 = run_set(&ctx, include_str!("../eval/sample-dev-2.toml"), Some("new_arr"));
    let held = run_set(&ctx, include_str!("../eval/sample-heldout.toml"), Some("new_arr"));
    let last = run_set(&ctx, include_str!("../eval/final-sample.toml"), Some("new_arr"));
    let (m_inputs, m_doc) = common::maven();
    let m_calc = plansight_engine::calculate(&m_inputs).unwrap();
    let m_ctx = sample_ctx(&m_inputs, &m_calc, &m_doc, &[]);
    let m_dev = run_set(&m_ctx, include_str!("../eval/maven/dev.toml"), Some("hw_bookings"));
    let m_dev2 = run_set(&m_ctx, include_str!("../eval/maven/dev-2.toml"), Some("hw_bookings"));
    let m_held = run_set(&m_ctx, include_str!("../eval/maven/heldout.toml"), Some("hw_bookings"));
    let m_last = run_set(&m_ctx, include_str!("../eval/maven/final.toml"), Some("hw_bookings"));
    let (t_dev, t_held) = generated_sets("third", "nnb");
    let (f_dev, f_held) = generated_sets("fourth", "subrev");
    let new_held = run_set(&ctx, include_str!("../eval/sample-heldout-3.toml"), Some("new_arr"));
    let m_new_held = run_set(
        &m_ctx,
        include_str!("../eval/maven/heldout-3.toml"),
        Some("hw_bookings"),
    );
    let held_5 = run_set(&ctx, include_str!("../eval/sample-heldout-5.toml"), Some("new_arr"));
    let m_held_5 = run_set(
        &m_ctx,
        include_str!("../eval/maven/heldout-5.toml"),
        Some("hw_bookings"),
    );
    // Round 6's sets (scored once, then read: development now) and round 7's held-out
    // sets, read from disk.
    // (the sets are independent: on as many threads as there are cores, so the whole run
    // takes half the time on a 2-core machine; reported in the order written)
    let sets = disk_sets();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(4);
    let from_disk: Vec<(String, Tally)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|k| {
                let (sets, ctx, m_ctx) = (&sets, &ctx, &m_ctx);
                s.spawn(move || {
                    sets.iter()
                        .enumerate()
                        .filter(|(i, _)| i % threads == k)
                        .filter_map(|(i, (name, file, ws))| {
                            Some((i, name.to_string(), disk_run(ctx, m_ctx, file, ws)?))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut done: Vec<(usize, String, Tally)> = workers
            .into_iter()
            .flat_map(|w| w.join().expect("a set's worker finishes"))
            .collect();
        done.sort_by_key(|(i, _, _)| *i);
        done.into_iter().map(|(_, name, t)| (name, t)).collect()
    });
    let held_6 = run_set(&ctx, include_str!("../eval/sample-heldout-6.toml"), Some("new_arr"));
    let m_held_6 = run_set(
        &m_ctx,
        include_str!("../eval/maven/heldout-6.toml"),
        Some("hw_bookings"),
    );
    let [fifth_held, fifth_held_4, fifth_held_5, fifth_held_6] = generated_runs(
        "fifth",
        "acv",
        ["heldout.toml", "heldout-2.toml", "heldout-3.toml", "heldout-4.toml"],
    );
    let [sixth_held, sixth_held_6] = generated_runs("sixth", "gmd", ["heldout.toml", "heldout-2.toml"]);
    let held_4 = run_set(&ctx, include_str!("../eval/sample-heldout-4.toml"), Some("new_arr"));
    let m_held_4 = run_set(
        &m_ctx,
        include_str!("../eval/maven/heldout-4.toml"),
        Some("hw_bookings"),
    );
    report("sample, development set", &dev, true);
    report("Maven CRM, development set", &m_dev, true);
    report("sample, development set 2", &dev2, true);
    report("Maven CRM, development set 2", &m_dev2, true);
    report("third workspace, development set", &t_dev, true);
    report("fourth workspace, development set", &f_dev, true);
    report("sample, earlier held-out set", &held, true);
    report("Maven CRM, earlier held-out set", &m_held, true);
    report("sample, earlier final held-out set", &last, true);
    report("Maven CRM, earlier final held-out set", &m_last, true);
    report("third workspace, earlier held-out set", &t_held, true);
    report("fourth workspace, earlier held-out set", &f_held, true);
    report("sample, earlier held-out set 3", &new_held, true);
    report("Maven CRM, earlier held-out set 3", &m_new_held, true);
    report("fifth workspace, earlier held-out set", &fifth_held, true);
    report("sample, earlier held-out set 4", &held_4, true);
    report("Maven CRM, earlier held-out set 4", &m_held_4, true);
    report("fifth workspace, earlier held-out set 2", &fifth_held_4, true);
    report("sample, earlier held-out set 5", &held_5, true);
    report("Maven CRM, earlier held-out set 5", &m_held_5, true);
    report("fifth workspace, earlier held-out set 3", &fifth_held_5, true);
    report("sixth workspace, earlier held-out set", &sixth_held, true);
    report("sample, earlier held-out set 6", &held_6, true);
    report("Maven CRM, earlier held-out set 6", &m_held_6, true);
    report("fifth workspace, earlier held-out set 4", &fifth_held_6, true);
    report("sixth workspace, earlier held-out set 2", &sixth_held_6, true);
    for (name, t) in &from_disk {
        report(name, t, show_heldout || name.contains("earlier"));
    }
    let all: Vec<&Tally> = [
        &dev,
        &dev2,
        &held,
        &last,
        &m_dev,
        &m_dev2,
        &m_held,
        &m_last,
        &t_dev,
        &t_held,
        &f_dev,
        &f_held,
        &new_held,
        &m_new_held,
        &fifth_held,
        &held_4,
        &m_held_4,
        &fifth_held_4,
        &sixth_held,
        &held_5,
        &m_held_5,
        &fifth_held_5,
        &held_6,
        &m_held_6,
        &fifth_held_6,
        &sixth_held_6,
    ]
    .into_iter()
    .chain(from_disk.iter().map(|(_, t)| t))
    .collect();
    let (n, right, wrong, ungrounded) = all.iter().fold((0, 0, 0, 0), |a, t| {
        (a.0 + t.n, a.1 + t.right, a.2 + t.wrong, a.3 + t.ungrounded)
    });
    let held_out: Vec<&Tally> = from_disk
        .iter()
        .filter(|(name, _)| !name.contains("earlier"))
        .map(|(_, t)| t)
        .collect();
    let (hn, hright, hwrong) = held_out
        .iter()
        .fold((0, 0, 0), |a, t| (a.0 + t.n, a.1 + t.right, a.2 + t.wrong));
    println!(
        "whole set: {right}/{n} right ({:.1}%), {wrong} wrong; held-out: {hright}/{hn} right ({:.1}%), {hwrong} wrong ({:.1}%)",
        100.0 * right as f64 / n as f64,
        100.0 * hright as f64 / hn.max(1) as f64,
        100.0 * hwrong as f64 / hn.max(1) as f64
    );
    assert_eq!(
        ungrounded, 0,
        "every number of every answer comes from the engine, the question or the plan"
    );
    // Floors that catch a parser that stops understanding; the figures reached are in the
    // closing note and printed above.
    assert!(right * 100 >= n * 50, "whole set {right}/{n}");
}

/// The sets read from disk: (name, file under eval/, workspace). Round 6's sets (scored
/// once, then read: development now) and every later round's held-out sets.
fn disk_sets() -> Vec<(&'static str, &'static str, &'static str)> {
    vec![
        ("sample, earlier held-out set 7", "sample-heldout-7.toml", "sample"),
        ("Maven CRM, earlier held-out set 7", "maven/heldout-7.toml", "maven"),
        (
            "fifth workspace, earlier held-out set 5",
            "fifth/heldout-5.toml",
            "fifth",
        ),
        (
            "sixth workspace, earlier held-out set 3",
            "sixth/heldout-3.toml",
            "sixth",
        ),
        ("sample, earlier held-out set 8", "sample-heldout-8.toml", "sample"),
        ("Maven CRM, earlier held-out set 8", "maven/heldout-8.toml", "maven"),
        (
            "fifth workspace, earlier held-out set 6",
            "fifth/heldout-6.toml",
            "fifth",
        ),
        (
            "sixth workspace, earlier held-out set 4",
            "sixth/heldout-4.toml",
            "sixth",
        ),
        (
            "seventh workspace (Maven CRM export, a plan of its own), earlier held-out set",
            "seventh/heldout.toml",
            "seventh",
        ),
        (
            "eighth workspace (Maven CRM export, a plain plan), earlier held-out set",
            "eighth/heldout.toml",
            "eighth",
        ),
        (
            "ninth workspace (a fiscal-year device team), earlier held-out set",
            "ninth/heldout.toml",
            "ninth",
        ),
        (
            "tenth workspace (Maven CRM export, three measures), earlier held-out set",
            "tenth/heldout.toml",
            "tenth",
        ),
        (
            "eleventh workspace (an April-year SaaS team in GBP), earlier held-out set",
            "eleventh/heldout.toml",
            "eleventh",
        ),
        (
            "twelfth workspace (a building-supplies team, a plain plan), earlier held-out set",
            "twelfth/heldout.toml",
            "twelfth",
        ),
        (
            "thirteenth workspace (Maven CRM export, levels and a kicker), earlier held-out set",
            "thirteenth/heldout.toml",
            "thirteenth",
        ),
        (
            "fourteenth workspace (a fiscal-July freight-software team in EUR), earlier held-out set",
            "fourteenth/heldout.toml",
            "fourteenth",
        ),
        (
            "fifteenth workspace (Maven CRM export, monthly quotas, railway names), earlier held-out set",
            "fifteenth/heldout.toml",
            "fifteenth",
        ),
        (
            "sixteenth workspace (an April-year cyber-security reseller in GBP), earlier held-out set",
            "sixteenth/heldout.toml",
            "sixteenth",
        ),
        (
            "seventeenth workspace (Maven CRM export, a February year, medal bands), earlier held-out set",
            "seventeenth/heldout.toml",
            "seventeenth",
        ),
        (
            "eighteenth workspace (a Canadian equipment distributor, monthly pay, trades ladder), earlier held-out set",
            "eighteenth/heldout.toml",
            "eighteenth",
        ),
        (
            "nineteenth workspace (Maven CRM export, an October year, tempo bands), earlier held-out set",
            "nineteenth/heldout.toml",
            "nineteenth",
        ),
        (
            "twentieth workspace (an Australian solar installer, a July year, sun-scale tiers), earlier held-out set",
            "twentieth/heldout.toml",
            "twentieth",
        ),
        (
            "twenty-first workspace (a plain US SaaS plan, accelerator and gate), earlier held-out set",
            "twentyfirst/heldout.toml",
            "twentyfirst",
        ),
        (
            "twenty-second workspace (a Leeds recruitment agency, quarterly gemstone bands), earlier held-out set",
            "twentysecond/heldout.toml",
            "twentysecond",
        ),
        (
            "twenty-third workspace (a US medical-device maker, a February year, river grades), earlier held-out set",
            "twentythird/heldout.toml",
            "twentythird",
        ),
        (
            "twenty-fourth workspace (a Midwest insurance brokerage, a bird-of-prey ladder), earlier held-out set",
            "twentyfourth/heldout.toml",
            "twentyfourth",
        ),
        (
            "twenty-fifth workspace (a Southwest beverage distributor, an April year, card suits), earlier held-out set",
            "twentyfifth/heldout.toml",
            "twentyfifth",
        ),
        (
            "twenty-sixth workspace (a Swedish logistics-software company, EUR, wind-scale tiers), earlier held-out set",
            "twentysixth/heldout.toml",
            "twentysixth",
        ),
        (
            "twenty-seventh workspace (a US commercial real-estate brokerage, a floor ladder), earlier held-out set",
            "twentyseventh/heldout.toml",
            "twentyseventh",
        ),
        (
            "twenty-eighth workspace (a Quebec office-technology dealer, an April year, maple-syrup grades), earlier held-out set",
            "twentyeighth/heldout.toml",
            "twentyeighth",
        ),
        (
            "twenty-ninth workspace (an Australian business telco, a July year, surf-size tiers), earlier held-out set",
            "twentyninth/heldout.toml",
            "twentyninth",
        ),
        (
            "thirtieth workspace (a German industrial-automation company, an October year), earlier held-out set",
            "thirtieth/heldout.toml",
            "thirtieth",
        ),
        (
            "thirty-first workspace (a US hotel group's sales team, champagne-bottle tiers), earlier held-out set",
            "thirtyfirst/heldout.toml",
            "thirtyfirst",
        ),
        (
            "thirty-second workspace (a US medical-device field team, a February year, forest-layer bands), earlier held-out set",
            "thirtysecond/heldout.toml",
            "thirtysecond",
        ),
        (
            "thirty-third workspace (a UK recruitment agency, an April year, snooker-colour bands), earlier held-out set",
            "thirtythird/heldout.toml",
            "thirtythird",
        ),
        (
            "thirty-fourth workspace (a US freight brokerage, a calendar year, road bands), earlier held-out set",
            "thirtyfourth/heldout.toml",
            "thirtyfourth",
        ),
        (
            "thirty-fifth workspace (a US local TV and digital media sales team, a July year, daypart tiers), earlier held-out set",
            "thirtyfifth/heldout.toml",
            "thirtyfifth",
        ),
        (
            "thirty-sixth workspace (a US cybersecurity SaaS team, a calendar year, a clearance ladder), earlier held-out set",
            "thirtysixth/heldout.toml",
            "thirtysixth",
        ),
        (
            "thirty-seventh workspace (a US commercial HVAC contractor, a March year, heat bands), earlier held-out set",
            "thirtyseventh/heldout.toml",
            "thirtyseventh",
        ),
        (
            "thirty-eighth workspace (a Canadian commercial insurance brokerage, a calendar year, lake-ice tiers), earlier held-out set",
            "thirtyeighth/heldout.toml",
            "thirtyeighth",
        ),
        (
            "thirty-ninth workspace (an Australian wine and spirits distributor, a July year, vine-season stages), earlier held-out set",
            "thirtyninth/heldout.toml",
            "thirtyninth",
        ),
        (
            "fortieth workspace (a US residential solar installer, a calendar year, sky-scale tiers), earlier held-out set",
            "fortieth/heldout.toml",
            "fortieth",
        ),
        (
            "forty-first workspace (a Benelux industrial packaging supplier, a calendar year, cheese-age bands), earlier held-out set",
            "fortyfirst/heldout.toml",
            "fortyfirst",
        ),
        (
            "forty-second workspace (a South African plant-hire dealer, a March year, strata bands), earlier held-out set",
            "fortysecond/heldout.toml",
            "fortysecond",
        ),
        (
            "forty-third workspace (an Indian IT services firm, an April year, laya bands), earlier held-out set",
            "fortythird/heldout.toml",
            "fortythird",
        ),
        (
            "forty-fourth workspace (a Mexican business-telecom reseller, a calendar year, volcano bands), earlier held-out set",
            "fortyfourth/heldout.toml",
            "fortyfourth",
        ),
        (
            "forty-fifth workspace (a US equipment-finance team, an October year, bps rates), earlier held-out set",
            "fortyfifth/heldout.toml",
            "fortyfifth",
        ),
        (
            "forty-sixth workspace (a UK recruitment agency, an April year, dictated questions), earlier held-out set",
            "fortysixth/heldout.toml",
            "fortysixth",
        ),
        (
            "forty-seventh workspace (a US medical-device company, a calendar year, questions typed on a phone), earlier held-out set",
            "fortyseventh/heldout.toml",
            "fortyseventh",
        ),
        (
            "forty-eighth workspace (a Nigerian fintech's merchant sales, naira amounts, Pidgin), earlier held-out set",
            "fortyeighth/heldout.toml",
            "fortyeighth",
        ),
        (
            "forty-ninth workspace (a US SaaS revenue team, a February year, formal questions from RevOps and finance), earlier held-out set",
            "fortyninth/heldout.toml",
            "fortyninth",
        ),
        (
            "fiftieth workspace (a Philippine business-internet seller, peso amounts, Taglish), earlier held-out set",
            "fiftieth/heldout.toml",
            "fiftieth",
        ),
        (
            "fifty-first workspace (an Australian wine wholesaler, a July year, asked mostly by managers), earlier held-out set",
            "fiftyfirst/heldout.toml",
            "fiftyfirst",
        ),
        (
            "fifty-second workspace (a Brazilian software seller, reais, Portuguese and English), earlier held-out set",
            "fiftysecond/heldout.toml",
            "fiftysecond",
        ),
        (
            "fifty-third workspace (a Canadian telecom's business sales, asked mostly by plan designers), earlier held-out set",
            "fiftythird/heldout.toml",
            "fiftythird",
        ),
        (
            "fifty-fourth workspace (an Irish machinery dealer, asked by voice in a yard), earlier held-out set",
            "fiftyfourth/heldout.toml",
            "fiftyfourth",
        ),
        (
            "fifty-fifth workspace (a New Zealand freight forwarder, an April year, long polite messages), earlier held-out set",
            "fiftyfifth/heldout.toml",
            "fiftyfifth",
        ),
        (
            "fifty-sixth workspace (a Scottish distiller's trade sales, an October year, asked in conversations), earlier held-out set",
            "fiftysixth/heldout.toml",
            "fiftysixth",
        ),
        (
            "fifty-seventh workspace (a Singapore software reseller, quarterly pay, Singlish), earlier held-out set",
            "fiftyseventh/heldout.toml",
            "fiftyseventh",
        ),
        (
            "fifty-eighth workspace (a Pune automation distributor, an April year, Indian English and Hinglish), earlier held-out set",
            "fiftyeighth/heldout.toml",
            "fiftyeighth",
        ),
        (
            "fifty-ninth workspace (a US medical-device team, monthly quotas, typed on a phone), earlier held-out set",
            "fiftyninth/heldout.toml",
            "fiftyninth",
        ),
        (
            "sixtieth workspace (a UK insurance broker, directors and a plan designer), earlier held-out set",
            "sixtieth/heldout.toml",
            "sixtieth",
        ),
        (
            "sixty-first workspace (a US software company's new account executives, a February year), earlier held-out set",
            "sixtyfirst/heldout.toml",
            "sixtyfirst",
        ),
        (
            "sixty-second workspace (a Canadian food-service distributor, terse search-box questions), earlier held-out set",
            "sixtysecond/heldout.toml",
            "sixtysecond",
        ),
        (
            "sixty-third workspace (a Dutch-German industrial software company, non-native business English), earlier held-out set",
            "sixtythird/heldout.toml",
            "sixtythird",
        ),
        (
            "sixty-fourth workspace (a US HVAC contractor, an analyst's acceptance script), earlier held-out set",
            "sixtyfourth/heldout.toml",
            "sixtyfourth",
        ),
        (
            "sixty-fifth workspace (a US healthcare-staffing agency, a July year, every plan lever), earlier held-out set",
            "sixtyfifth/heldout.toml",
            "sixtyfifth",
        ),
        (
            "sixty-sixth workspace (a US B2B payments company, untrained account executives chatting), earlier held-out set",
            "sixtysixth/heldout.toml",
            "sixtysixth",
        ),
        (
            "sixty-seventh workspace (a Mexican industrial-supplies distributor, English after Spanish), earlier held-out set",
            "sixtyseventh/heldout.toml",
            "sixtyseventh",
        ),
        (
            "sixty-eighth workspace (the Maven CRM export as it is, a February fiscal year), earlier held-out set",
            "sixtyeighth/heldout.toml",
            "sixtyeighth",
        ),
        (
            "sixty-ninth workspace (a UK business-telecoms reseller, everyday British English), earlier held-out set",
            "sixtyninth/heldout.toml",
            "sixtyninth",
        ),
        (
            "seventieth workspace (an Australian managed-IT reseller, a July year), earlier held-out set",
            "seventieth/heldout.toml",
            "seventieth",
        ),
        (
            "seventy-first workspace (a US medical-device team, mostly follow-ups), earlier held-out set",
            "seventyfirst/heldout.toml",
            "seventyfirst",
        ),
        (
            "seventy-second workspace (the Maven CRM export as it is, a calendar year), earlier held-out set",
            "seventysecond/heldout.toml",
            "seventysecond",
        ),
        (
            "seventy-third workspace (a US benefits brokerage, many ambiguous questions), earlier held-out set",
            "seventythird/heldout.toml",
            "seventythird",
        ),
        (
            "seventy-fourth workspace (a US commercial-roofing team, asked on phones), earlier held-out set",
            "seventyfourth/heldout.toml",
            "seventyfourth",
        ),
        (
            "seventy-fifth workspace (a Canadian HR-software company, a February year), earlier held-out set",
            "seventyfifth/heldout.toml",
            "seventyfifth",
        ),
        (
            "seventy-sixth workspace (the Maven CRM export as it is, an April year, first-time users), earlier held-out set",
            "seventysixth/heldout.toml",
            "seventysixth",
        ),
        (
            "seventy-seventh workspace (a US freight brokerage, asked in chat style), earlier held-out set",
            "seventyseventh/heldout.toml",
            "seventyseventh",
        ),
        (
            "seventy-eighth workspace (the Maven CRM export as it is, a calendar year, questions combining parts), earlier held-out set",
            "seventyeighth/heldout.toml",
            "seventyeighth",
        ),
        (
            "seventy-ninth workspace (a US residential solar team, texting in slang), earlier held-out set",
            "seventyninth/heldout.toml",
            "seventyninth",
        ),
        (
            "eightieth workspace (the Maven CRM export as it is, a July year, sellers on their own pay), earlier held-out set",
            "eightieth/heldout.toml",
            "eightieth",
        ),
        (
            "eighty-first workspace (a US healthcare staffing agency), earlier held-out set",
            "eightyfirst/heldout.toml",
            "eightyfirst",
        ),
        (
            "eighty-second workspace (the Maven CRM export as it is, an October year, sellers and managers), earlier held-out set",
            "eightysecond/heldout.toml",
            "eightysecond",
        ),
        (
            "eighty-third workspace (a Canadian equipment rental team, terse from phones), earlier held-out set",
            "eightythird/heldout.toml",
            "eightythird",
        ),
        (
            "eighty-fourth workspace (the Maven CRM export as it is, a calendar year, plan changes previewed), earlier held-out set",
            "eightyfourth/heldout.toml",
            "eightyfourth",
        ),
        (
            "eighty-fifth workspace (a US SaaS startup's AEs, Slack style), earlier held-out set",
            "eightyfifth/heldout.toml",
            "eightyfifth",
        ),
        (
            "eighty-sixth workspace (the Maven CRM export as it is, an April year, an everyday mix), earlier held-out set",
            "eightysixth/heldout.toml",
            "eightysixth",
        ),
        (
            "eighty-seventh workspace (a UK commercial cleaning company, everyday British English), earlier held-out set",
            "eightyseventh/heldout.toml",
            "eightyseventh",
        ),
        (
            "eighty-eighth workspace (the Maven CRM export as it is, a February year, phones and voice), earlier held-out set",
            "eightyeighth/heldout.toml",
            "eightyeighth",
        ),
        (
            "eighty-ninth workspace (a New Zealand wine and spirits distributor), earlier held-out set",
            "eightyninth/heldout.toml",
            "eightyninth",
        ),
        (
            "ninetieth workspace (the Maven CRM export as it is, a July year, managers' territory reviews and plan changes), earlier held-out set",
            "ninetieth/heldout.toml",
            "ninetieth",
        ),
        (
            "ninety-first workspace (a US medical-device field sales team, clipped reps' jargon), earlier held-out set",
            "ninetyfirst/heldout.toml",
            "ninetyfirst",
        ),
        (
            "ninety-second workspace (the Maven CRM export as it is, a March year, chat and email messages), earlier held-out set",
            "ninetysecond/heldout.toml",
            "ninetysecond",
        ),
        (
            "ninety-third workspace (a US hotel group's group sales, hospitality jargon), earlier held-out set",
            "ninetythird/heldout.toml",
            "ninetythird",
        ),
        (
            "ninety-fourth workspace (the Maven CRM export as it is, a calendar year, questions dictated by voice), earlier held-out set",
            "ninetyfourth/heldout.toml",
            "ninetyfourth",
        ),
        (
            "ninety-fifth workspace (a US staffing agency's permanent placements, recruiting jargon), earlier held-out set",
            "ninetyfifth/heldout.toml",
            "ninetyfifth",
        ),
        (
            "ninety-sixth workspace (the Maven CRM export as it is, an April year, typed on a phone), earlier held-out set",
            "ninetysixth/heldout.toml",
            "ninetysixth",
        ),
        (
            "ninety-seventh workspace (a Canadian food distributor's route sales, English and Québécois French), earlier held-out set",
            "ninetyseventh/heldout.toml",
            "ninetyseventh",
        ),
        (
            "ninety-eighth workspace (the Maven CRM export as it is, an October year, managers' and finance shorthand), earlier held-out set",
            "ninetyeighth/heldout.toml",
            "ninetyeighth",
        ),
        (
            "ninety-ninth workspace (a German components distributor, German speakers' English and German), earlier held-out set",
            "ninetyninth/heldout.toml",
            "ninetyninth",
        ),
        (
            "hundredth workspace (the Maven CRM export as it is, a February year, new hires and payroll), earlier held-out set",
            "hundredth/heldout.toml",
            "hundredth",
        ),
        (
            "hundred-first workspace (a US car dealership group, the car business's jargon), earlier held-out set",
            "hundredfirst/heldout.toml",
            "hundredfirst",
        ),
        (
            "hundred-second workspace (the Maven CRM export as it is, a May year, a normal week's questions), earlier held-out set",
            "hundredsecond/heldout.toml",
            "hundredsecond",
        ),
        (
            "hundred-third workspace (a US commercial insurance brokerage, the insurance trade's jargon), earlier held-out set",
            "hundredthird/heldout.toml",
            "hundredthird",
        ),
        (
            "hundred-fourth workspace (the Maven CRM export as it is, a July year, a normal week's questions), earlier held-out set",
            "hundredfourth/heldout.toml",
            "hundredfourth",
        ),
        (
            "hundred-fifth workspace (a US residential solar installer, the solar trade's words), earlier held-out set",
            "hundredfifth/heldout.toml",
            "hundredfifth",
        ),
        (
            "hundred-sixth workspace (the Maven CRM export as it is, a March year, a normal week's questions), earlier held-out set",
            "hundredsixth/heldout.toml",
            "hundredsixth",
        ),
        (
            "hundred-seventh workspace (a US B2B SaaS company's account executives, Slack and email), earlier held-out set",
            "hundredseventh/heldout.toml",
            "hundredseventh",
        ),
        (
            "hundred-eighth workspace (the Maven CRM export as it is, a November year, a normal week's questions), earlier held-out set",
            "hundredeighth/heldout.toml",
            "hundredeighth",
        ),
        (
            "hundred-ninth workspace (a UK office-furniture supplier, everyday British English), earlier held-out set",
            "hundredninth/heldout.toml",
            "hundredninth",
        ),
        (
            "hundred-tenth workspace (the Maven CRM export as it is, a May year paid monthly, a normal week's questions), earlier held-out set",
            "hundredtenth/heldout.toml",
            "hundredtenth",
        ),
        (
            "hundred-eleventh workspace (a US dental-supplies distributor, typed fast on a phone), earlier held-out set",
            "hundredeleventh/heldout.toml",
            "hundredeleventh",
        ),
        (
            "hundred-twelfth workspace (the Maven CRM export as it is, a February year, a normal week's questions), earlier held-out set",
            "hundredtwelfth/heldout.toml",
            "hundredtwelfth",
        ),
        (
            "hundred-thirteenth workspace (a US commercial printer, long chatty messages), earlier held-out set",
            "hundredthirteenth/heldout.toml",
            "hundredthirteenth",
        ),
        (
            "hundred-fourteenth workspace (the Maven CRM export as it is, an October year, many follow-ups), earlier held-out set",
            "hundredfourteenth/heldout.toml",
            "hundredfourteenth",
        ),
        (
            "hundred-fifteenth workspace (a Canadian HVAC wholesaler, an audit week's numerate questions), earlier held-out set",
            "hundredfifteenth/heldout.toml",
            "hundredfifteenth",
        ),
        (
            "hundred-sixteenth workspace (the Maven CRM export as it is, an April year paid monthly, a normal week), earlier held-out set",
            "hundredsixteenth/heldout.toml",
            "hundredsixteenth",
        ),
        (
            "hundred-seventeenth workspace (a Dutch software reseller, frustrated sellers around payday), earlier held-out set",
            "hundredseventeenth/heldout.toml",
            "hundredseventeenth",
        ),
        (
            "hundred-eighteenth workspace (the Maven CRM export as it is, a calendar year, an ordinary week's chat), earlier held-out set",
            "hundredeighteenth/heldout.toml",
            "hundredeighteenth",
        ),
        (
            "hundred-nineteenth workspace (a South African safety distributor, new hires without the jargon), earlier held-out set",
            "hundrednineteenth/heldout.toml",
            "hundrednineteenth",
        ),
        (
            "hundred-twentieth workspace (an Australian solar installer, managers' territory reviews and plan changes), earlier held-out set",
            "hundredtwentieth/heldout.toml",
            "hundredtwentieth",
        ),
        (
            "hundred-twenty-first workspace (the Maven CRM export as it is, paid monthly, sellers on their phones), earlier held-out set",
            "hundredtwentyfirst/heldout.toml",
            "hundredtwentyfirst",
        ),
        (
            "hundred-twenty-second workspace (a UK office-furniture dealer, plan designers previewing changes on the year's data), earlier held-out set",
            "hundredtwentysecond/heldout.toml",
            "hundredtwentysecond",
        ),
        (
            "hundred-twenty-third workspace (the Maven CRM export as it is, paid quarterly, sellers writing in their second language), earlier held-out set",
            "hundredtwentythird/heldout.toml",
            "hundredtwentythird",
        ),
        (
            "hundred-twenty-fourth workspace (an Indian IT-services firm, amounts in lakhs and crores, Indian English), earlier held-out set",
            "hundredtwentyfourth/heldout.toml",
            "hundredtwentyfourth",
        ),
        (
            "hundred-twenty-fifth workspace (the Maven CRM export as it is with splits, paid monthly, sales operations auditing statements), earlier held-out set",
            "hundredtwentyfifth/heldout.toml",
            "hundredtwentyfifth",
        ),
        (
            "hundred-twenty-sixth workspace (the Maven CRM export as it is, paid monthly, everyday sellers typing in a chat box), earlier held-out set",
            "hundredtwentysixth/heldout.toml",
            "hundredtwentysixth",
        ),
        (
            "hundred-twenty-seventh workspace (an Australian freight firm, managers' reviews and plan designers, Australian English), earlier held-out set",
            "hundredtwentyseventh/heldout.toml",
            "hundredtwentyseventh",
        ),
        (
            "hundred-twenty-eighth workspace (the Maven CRM export as it is, paid quarterly, everyday sellers in plain words), earlier held-out set",
            "hundredtwentyeighth/heldout.toml",
            "hundredtwentyeighth",
        ),
        (
            "hundred-twenty-ninth workspace (a US surgical-equipment maker, field reps dictating into a phone), earlier held-out set",
            "hundredtwentyninth/heldout.toml",
            "hundredtwentyninth",
        ),
        (
            "hundred-thirtieth workspace (the Maven CRM export as it is, paid monthly, new hires in everyday words), earlier held-out set",
            "hundredthirtieth/heldout.toml",
            "hundredthirtieth",
        ),
        (
            "hundred-thirty-first workspace (a Canadian SaaS firm, AEs, managers and RevOps in Slack style), earlier held-out set",
            "hundredthirtyfirst/heldout.toml",
            "hundredthirtyfirst",
        ),
        (
            "hundred-thirty-second workspace (the Maven CRM export as it is, paid quarterly, everyday sellers who never read the plan), earlier held-out set",
            "hundredthirtysecond/heldout.toml",
            "hundredthirtysecond",
        ),
        (
            "hundred-thirty-third workspace (an Indian farm-equipment distributor, account managers, leads and sales ops in a chat box), earlier held-out set",
            "hundredthirtythird/heldout.toml",
            "hundredthirtythird",
        ),
        (
            "hundred-thirty-fourth workspace (the Maven CRM export as it is, paid monthly, sellers typing on a phone), earlier held-out set",
            "hundredthirtyfourth/heldout.toml",
            "hundredthirtyfourth",
        ),
        (
            "hundred-thirty-fifth workspace (a Brazilian irrigation dealer, sellers, managers and designers in second-language English), earlier held-out set",
            "hundredthirtyfifth/heldout.toml",
            "hundredthirtyfifth",
        ),
        (
            "hundred-thirty-sixth workspace (the Maven CRM export as it is, a July fiscal year paid quarterly, everyday sellers), earlier held-out set",
            "hundredthirtysixth/heldout.toml",
            "hundredthirtysixth",
        ),
        (
            "hundred-thirty-seventh workspace (a Kenyan agritech firm, officers, managers and sales ops in a hurry), earlier held-out set",
            "hundredthirtyseventh/heldout.toml",
            "hundredthirtyseventh",
        ),
        (
            "hundred-thirty-eighth workspace (the Maven CRM export as it is, a calendar year paid monthly, sellers and managers in a Slack channel), earlier held-out set",
            "hundredthirtyeighth/heldout.toml",
            "hundredthirtyeighth",
        ),
        (
            "hundred-thirty-ninth workspace (a Manchester catering-equipment supplier, account managers, area managers in British English), earlier held-out set",
            "hundredthirtyninth/heldout.toml",
            "hundredthirtyninth",
        ),
        (
            "hundred-fortieth workspace (the Maven CRM export as it is, a February fiscal year paid quarterly, everyday sellers who never read the plan), earlier held-out set",
            "hundredfortieth/heldout.toml",
            "hundredfortieth",
        ),
        (
            "hundred-forty-first workspace (a Georgia laundry-equipment distributor, reps, managers and sales ops in US sales slang), earlier held-out set",
            "hundredfortyfirst/heldout.toml",
            "hundredfortyfirst",
        ),
        (
            "hundred-forty-second workspace (the Maven CRM export as it is, a calendar year paid monthly, Canadian sellers new to the tool), earlier held-out set",
            "hundredfortysecond/heldout.toml",
            "hundredfortysecond",
        ),
        (
            "hundred-forty-third workspace (a Brisbane solar supplier on the Australian financial year, reps, state managers and sales ops), earlier held-out set",
            "hundredfortythird/heldout.toml",
            "hundredfortythird",
        ),
        (
            "hundred-forty-fourth workspace (the Maven CRM export as it is, an October fiscal year paid quarterly, first-time users in plain English), earlier held-out set",
            "hundredfortyfourth/heldout.toml",
            "hundredfortyfourth",
        ),
        (
            "hundred-forty-fifth workspace (a Cork dairy-equipment supplier, reps, regional managers and finance in Irish English), earlier held-out set",
            "hundredfortyfifth/heldout.toml",
            "hundredfortyfifth",
        ),
        (
            "hundred-forty-sixth workspace (the Maven CRM export as it is, a July fiscal year paid monthly, sellers typing on their phones), earlier held-out set",
            "hundredfortysixth/heldout.toml",
            "hundredfortysixth",
        ),
        (
            "hundred-forty-seventh workspace (a Pune pump and valve distributor, amounts in lakh and crore, Indian English), earlier held-out set",
            "hundredfortyseventh/heldout.toml",
            "hundredfortyseventh",
        ),
        (
            "hundred-forty-eighth workspace (the Maven CRM export as it is, a calendar year paid quarterly, plain everyday American English), earlier held-out set",
            "hundredfortyeighth/heldout.toml",
            "hundredfortyeighth",
        ),
        (
            "hundred-forty-ninth workspace (a Denver HVAC distributor, a February fiscal year paid monthly, plain everyday American English), earlier held-out set",
            "hundredfortyninth/heldout.toml",
            "hundredfortyninth",
        ),
        (
            "hundred-fiftieth workspace (the Maven CRM export as it is, an April fiscal year paid monthly, first-time users' what-ifs and follow-ups), earlier held-out set",
            "hundredfiftieth/heldout.toml",
            "hundredfiftieth",
        ),
        (
            "hundred-fifty-first workspace (a Toronto software reseller, managers' and sales ops' questions in plain Canadian English), earlier held-out set",
            "hundredfiftyfirst/heldout.toml",
            "hundredfiftyfirst",
        ),
        (
            "hundred-fifty-second workspace (the Maven CRM export as it is, a January fiscal year paid quarterly, everyday chat-box English), earlier held-out set",
            "hundredfiftysecond/heldout.toml",
            "hundredfiftysecond",
        ),
        (
            "hundred-fifty-third workspace (a Chicago medical-supplies distributor, a July fiscal year paid monthly, everyday chat-box English), earlier held-out set",
            "hundredfiftythird/heldout.toml",
            "hundredfiftythird",
        ),
        (
            "hundred-fifty-fourth workspace (the Maven CRM export as it is, an October fiscal year paid monthly, everyday chat-box English), earlier held-out set",
            "hundredfiftyfourth/heldout.toml",
            "hundredfiftyfourth",
        ),
        (
            "hundred-fifty-fifth workspace (a Minneapolis office-furniture dealer, a calendar year paid monthly, everyday chat-box English), earlier held-out set",
            "hundredfiftyfifth/heldout.toml",
            "hundredfiftyfifth",
        ),
        (
            "hundred-fifty-sixth workspace (the Maven CRM export as it is, a February fiscal year paid monthly, sellers typing tersely between calls), earlier held-out set",
            "hundredfiftysixth/heldout.toml",
            "hundredfiftysixth",
        ),
        (
            "hundred-fifty-seventh workspace (a Seattle subscription-software company, an August fiscal year paid quarterly, plain American English), earlier held-out set",
            "hundredfiftyseventh/heldout.toml",
            "hundredfiftyseventh",
        ),
        (
            "hundred-fifty-eighth workspace (the Maven CRM export as it is, a calendar year paid quarterly, everyday chat-box English, mostly sellers), earlier held-out set",
            "hundredfiftyeighth/heldout.toml",
            "hundredfiftyeighth",
        ),
        (
            "hundred-fifty-ninth workspace (a Portland craft-beverage distributor, an April fiscal year with monthly quotas and pay, everyday chat-box English), earlier held-out set",
            "hundredfiftyninth/heldout.toml",
            "hundredfiftyninth",
        ),
        (
            "hundred-sixtieth workspace (the Maven CRM export as it is, a November fiscal year paid monthly, people new to the company and the plan), earlier held-out set",
            "hundredsixtieth/heldout.toml",
            "hundredsixtieth",
        ),
        (
            "hundred-sixty-first workspace (a Miami corporate-events agency, a calendar year with quarterly quotas paid monthly, everyday chat-box English), earlier held-out set",
            "hundredsixtyfirst/heldout.toml",
            "hundredsixtyfirst",
        ),
        (
            "hundred-sixty-second workspace (the Maven CRM export as it is, a March fiscal year paid monthly, everyday chat-box English, mostly sellers), earlier held-out set",
            "hundredsixtysecond/heldout.toml",
            "hundredsixtysecond",
        ),
        (
            "hundred-sixty-third workspace (a Phoenix pool-and-spa supplies distributor, an October fiscal year, quarterly quotas paid monthly, everyday chat-box English), earlier held-out set",
            "hundredsixtythird/heldout.toml",
            "hundredsixtythird",
        ),
        (
            "hundred-sixty-fourth workspace (the Maven CRM export as it is, a July fiscal year, monthly and quarterly quotas paid monthly, Slack-style chat, mostly sellers), earlier held-out set",
            "hundredsixtyfourth/heldout.toml",
            "hundredsixtyfourth",
        ),
        (
            "hundred-sixty-fifth workspace (a Denver commercial HVAC and building-controls service company, an October fiscal year, quarterly and monthly quotas paid monthly, the floor's slang), earlier held-out set",
            "hundredsixtyfifth/heldout.toml",
            "hundredsixtyfifth",
        ),
        (
            "hundred-sixty-sixth workspace (the Maven CRM export as it is, an April fiscal year paid quarterly, a two-specialist desk splitting one product, short chat-box English with what-if deals), earlier held-out set",
            "hundredsixtysixth/heldout.toml",
            "hundredsixtysixth",
        ),
        (
            "hundred-sixty-seventh workspace (a Nashville medical-supply distributor, a calendar year paid monthly, monthly and quarterly quotas, chatty and confused chat-box English), earlier held-out set",
            "hundredsixtyseventh/heldout.toml",
            "hundredsixtyseventh",
        ),
        (
            "hundred-sixty-eighth workspace (the Maven CRM export as it is, a calendar year paid quarterly, an annual quota with a decelerator, English of native and non-native speakers), earlier held-out set",
            "hundredsixtyeighth/heldout.toml",
            "hundredsixtyeighth",
        ),
        (
            "hundred-sixty-ninth workspace (a Calgary commercial-insurance brokerage, a November fiscal year paid monthly, Canadian chat-box English), earlier held-out set",
            "hundredsixtyninth/heldout.toml",
            "hundredsixtyninth",
        ),
        (
            "hundred-seventieth workspace (the Maven CRM export as it is, an October fiscal year, monthly quotas paid monthly, chat typed on a phone), earlier held-out set",
            "hundredseventieth/heldout.toml",
            "hundredseventieth",
        ),
        (
            "hundred-seventy-first workspace (a Columbus office-technology dealer, a February fiscal year, quarterly quotas paid monthly, the floor's slang), earlier held-out set",
            "hundredseventyfirst/heldout.toml",
            "hundredseventyfirst",
        ),
        (
            "hundred-seventy-second workspace (the Maven CRM export as it is, a June fiscal year, quarterly quotas paid monthly, questions dictated by voice), earlier held-out set",
            "hundredseventysecond/heldout.toml",
            "hundredseventysecond",
        ),
        (
            "hundred-seventy-third workspace (a Phoenix commercial solar installer, a March fiscal year, an annual quota paid monthly, terse end-of-day typing and managers' emails), earlier held-out set",
            "hundredseventythird/heldout.toml",
            "hundredseventythird",
        ),
        (
            "hundred-seventy-fourth workspace (the Maven CRM export as it is, a September fiscal year, a monthly and an annual quota paid quarterly, quick English of Spanish speakers), earlier held-out set",
            "hundredseventyfourth/heldout.toml",
            "hundredseventyfourth",
        ),
        (
            "hundred-seventy-fifth workspace (a Boise agricultural-equipment dealer, a November fiscal year, quarterly quotas paid monthly, a team channel's chat), earlier held-out set",
            "hundredseventyfifth/heldout.toml",
            "hundredseventyfifth",
        ),
        (
            "hundred-seventy-sixth workspace (the Maven CRM export as it is, an April fiscal year, quarterly quotas on three measures paid monthly, long polite questions in British English), earlier held-out set",
            "hundredseventysixth/heldout.toml",
            "hundredseventysixth",
        ),
        (
            "hundred-seventy-seventh workspace (a Pittsburgh industrial-safety supplier, a July fiscal year, a quarterly and an annual quota paid monthly, blunt shop-floor talk typed on a phone), earlier held-out set",
            "hundredseventyseventh/heldout.toml",
            "hundredseventyseventh",
        ),
        (
            "hundred-seventy-eighth workspace (the Maven CRM export as it is, a May fiscal year, a monthly and a quarterly quota paid monthly, chains of short follow-ups and managers' terse notes), earlier held-out set",
            "hundredseventyeighth/heldout.toml",
            "hundredseventyeighth",
        ),
        (
            "hundred-seventy-ninth workspace (an Auckland commercial-cleaning contractor, an April fiscal year, quarterly, annual and monthly quotas paid monthly, New Zealand English), earlier held-out set",
            "hundredseventyninth/heldout.toml",
            "hundredseventyninth",
        ),
        (
            "hundred-eightieth workspace (the Maven CRM export as it is, a calendar year, an annual quota and a quarterly incentive paid quarterly, new hires who do not know the jargon yet), earlier held-out set",
            "hundredeightieth/heldout.toml",
            "hundredeightieth",
        ),
        (
            "hundred-eighty-first workspace (a Houston oilfield-equipment rental company, an October fiscal year, quarterly quotas paid monthly, Texas oilfield talk), earlier held-out set",
            "hundredeightyfirst/heldout.toml",
            "hundredeightyfirst",
        ),
        (
            "hundred-eighty-second workspace (the Maven CRM export as it is, a February fiscal year, monthly and quarterly quotas paid monthly, managers preparing territory reviews), earlier held-out set",
            "hundredeightysecond/heldout.toml",
            "hundredeightysecond",
        ),
        (
            "hundred-eighty-third workspace (a Singapore IT-services reseller, a calendar year, quarterly quotas paid monthly, Singlish chat), earlier held-out set",
            "hundredeightythird/heldout.toml",
            "hundredeightythird",
        ),
        (
            "hundred-eighty-fourth workspace (the Maven CRM export as it is, an August fiscal year, a quarterly and a monthly quota paid monthly, a mix of everything users type), earlier held-out set",
            "hundredeightyfourth/heldout.toml",
            "hundredeightyfourth",
        ),
        (
            "hundred-eighty-fifth workspace (a Toronto commercial printer, a November fiscal year, quarterly quotas paid monthly, Canadian office chat), earlier held-out set",
            "hundredeightyfifth/heldout.toml",
            "hundredeightyfifth",
        ),
        (
            "hundred-eighty-sixth workspace (the Maven CRM export as it is, a November fiscal year, quarterly quotas paid monthly, Indian English office chat), earlier held-out set",
            "hundredeightysixth/heldout.toml",
            "hundredeightysixth",
        ),
        (
            "hundred-eighty-seventh workspace (a Johannesburg security-systems installer, an October fiscal year, a quarterly and a monthly quota paid monthly, South African English on a phone), earlier held-out set",
            "hundredeightyseventh/heldout.toml",
            "hundredeightyseventh",
        ),
        (
            "hundred-eighty-eighth workspace (the Maven CRM export as it is, a July fiscal year, a quarterly and an annual measure paid quarterly, Irish English office chat), earlier held-out set",
            "hundredeightyeighth/heldout.toml",
            "hundredeightyeighth",
        ),
        (
            "hundred-eighty-ninth workspace (a Lagos distributor of inverters, batteries and generators, an April fiscal year, quarterly quotas paid monthly, Nigerian English and pidgin in a WhatsApp group), earlier held-out set",
            "hundredeightyninth/heldout.toml",
            "hundredeightyninth",
        ),
        (
            "hundred-ninetieth workspace (the Maven CRM export as it is, a March fiscal year, a monthly and a quarterly measure paid monthly, Glasgow office chat), earlier held-out set",
            "hundredninetieth/heldout.toml",
            "hundredninetieth",
        ),
        (
            "hundred-ninety-first workspace (a Nairobi agricultural-inputs distributor, a July fiscal year, a quarterly and an annual measure paid monthly, Kenyan English and Sheng on Telegram), earlier held-out set",
            "hundredninetyfirst/heldout.toml",
            "hundredninetyfirst",
        ),
        (
            "hundred-ninety-second workspace (the Maven CRM export as it is, an October fiscal year, two monthly measures paid monthly, young sellers' slang in a group chat), earlier held-out set",
            "hundredninetysecond/heldout.toml",
            "hundredninetysecond",
        ),
        (
            "hundred-ninety-third workspace (a Kingston building-supplies distributor, a calendar year, a monthly and a quarterly measure paid monthly, Jamaican English and Patois on WhatsApp), earlier held-out set",
            "hundredninetythird/heldout.toml",
            "hundredninetythird",
        ),
        (
            "hundred-ninety-fourth workspace (the Maven CRM export as it is, a calendar year, a quarterly and an annual measure paid quarterly, plain everyday American English), earlier held-out set",
            "hundredninetyfourth/heldout.toml",
            "hundredninetyfourth",
        ),
        (
            "hundred-ninety-fifth workspace (a Denver beer-and-spirits distributor, a June fiscal year, two monthly measures paid monthly, plain everyday American English), earlier held-out set",
            "hundredninetyfifth/heldout.toml",
            "hundredninetyfifth",
        ),
        (
            "hundred-ninety-sixth workspace (the Maven CRM export as it is, an April fiscal year, a monthly and a quarterly measure paid monthly, plain everyday British English), earlier held-out set",
            "hundredninetysixth/heldout.toml",
            "hundredninetysixth",
        ),
        (
            "hundred-ninety-seventh workspace (a Chicago commercial HVAC service contractor, a February fiscal year, quarterly quotas paid monthly, plain everyday American English with voice-to-text slips), earlier held-out set",
            "hundredninetyseventh/heldout.toml",
            "hundredninetyseventh",
        ),
        (
            "hundred-ninety-eighth workspace (the Maven CRM export as it is, a February fiscal year, a quarterly and a monthly measure paid monthly, plain everyday American team chat), earlier held-out set",
            "hundredninetyeighth/heldout.toml",
            "hundredninetyeighth",
        ),
        (
            "hundred-ninety-ninth workspace (a Toronto office-furniture dealer, a calendar year, an annual and a quarterly measure paid monthly, plain Canadian English in emails to the analyst), earlier held-out set",
            "hundredninetyninth/heldout.toml",
            "hundredninetyninth",
        ),
        (
            "two-hundredth workspace (the Maven CRM export as it is, a July fiscal year, three measures paid monthly, plain everyday Australian English), earlier held-out set",
            "twohundredth/heldout.toml",
            "twohundredth",
        ),
        (
            "two-hundred-first workspace (a US dental-supplies distributor, a calendar year, a quarterly and an annual measure paid monthly, plain American English typed on a phone), earlier held-out set",
            "twohundredfirst/heldout.toml",
            "twohundredfirst",
        ),
        (
            "two-hundred-second workspace (the Maven CRM export, its dates moved seven months on, an October fiscal year, a quarterly and an annual measure paid monthly, plain American Slack messages with context first), earlier held-out set",
            "twohundredsecond/heldout.toml",
            "twohundredsecond",
        ),
        (
            "two-hundred-third workspace (a UK logistics and warehousing provider, an April fiscal year, a quarterly and an annual measure paid monthly, plain British English on Teams with background first), earlier held-out set",
            "twohundredthird/heldout.toml",
            "twohundredthird",
        ),
        (
            "two-hundred-fourth workspace (the Maven CRM export as it is, a calendar year, a monthly and a quarterly measure paid monthly, plain American chat with many follow-ups), earlier held-out set",
            "twohundredfourth/heldout.toml",
            "twohundredfourth",
        ),
        (
            "two-hundred-fifth workspace (a Manila medical-devices distributor, an April fiscal year, a quarterly and an annual measure paid monthly, office English as a second language), earlier held-out set",
            "twohundredfifth/heldout.toml",
            "twohundredfifth",
        ),
        (
            "two-hundred-sixth workspace (the Maven CRM export as it is, a July fiscal year, a quarterly and an annual measure paid monthly, office English as a second language), earlier held-out set",
            "twohundredsixth/heldout.toml",
            "twohundredsixth",
        ),
        (
            "two-hundred-seventh workspace (a US commercial insurance brokerage, a calendar year, two quarterly and an annual measure paid monthly, plain American chat), earlier held-out set",
            "twohundredseventh/heldout.toml",
            "twohundredseventh",
        ),
        (
            "two-hundred-eighth workspace (a Polish solar-panel installer, an April fiscal year, two monthly and a quarterly measure paid monthly, office English by Polish and German speakers), earlier held-out set",
            "twohundredeighth/heldout.toml",
            "twohundredeighth",
        ),
        (
            "two-hundred-ninth workspace (the Maven CRM export as it is, a May fiscal year, a quarterly and an annual measure paid monthly, WhatsApp English by Spanish and Portuguese speakers), earlier held-out set",
            "twohundredninth/heldout.toml",
            "twohundredninth",
        ),
        (
            "two-hundred-tenth workspace (a Singapore kitchen-equipment distributor, a July fiscal year, a quarterly and a monthly measure paid monthly, chat English by Vietnamese, Thai and Indonesian speakers), earlier held-out set",
            "twohundredtenth/heldout.toml",
            "twohundredtenth",
        ),
        (
            "two-hundred-eleventh workspace (a US HVAC service company, a calendar year, two quarterly and an annual measure paid monthly, run-on phone messages telling a story first), earlier held-out set",
            "twohundredeleventh/heldout.toml",
            "twohundredeleventh",
        ),
        (
            "two-hundred-twelfth workspace (an Indian pharmaceutical distributor, an April fiscal year, a monthly and a quarterly measure paid monthly, Indian office English on WhatsApp and email), earlier held-out set",
            "twohundredtwelfth/heldout.toml",
            "twohundredtwelfth",
        ),
        (
            "two-hundred-thirteenth workspace (the Maven CRM export as it is, a calendar year, a quarterly and an annual measure paid monthly, American Slack messages, a third with context first), earlier held-out set",
            "twohundredthirteenth/heldout.toml",
            "twohundredthirteenth",
        ),
        (
            "two-hundred-fourteenth workspace (a UK office-supplies wholesaler, an October fiscal year, two monthly measures and a quarterly one paid monthly, plain British English), earlier held-out set",
            "twohundredfourteenth/heldout.toml",
            "twohundredfourteenth",
        ),
        (
            "two-hundred-fifteenth workspace (the Maven CRM export as it is, a March fiscal year, a quarterly and a monthly measure paid monthly, American, French and Arabic speakers' English), earlier held-out set",
            "twohundredfifteenth/heldout.toml",
            "twohundredfifteenth",
        ),
        (
            "two-hundred-sixteenth workspace (an Australian landscaping and building-supplies distributor, a July fiscal year, a quarterly and a yearly measure paid monthly, casual Australian and New Zealand texting, a third with a trailing remark), earlier held-out set",
            "twohundredsixteenth/heldout.toml",
            "twohundredsixteenth",
        ),
        (
            "two-hundred-seventeenth workspace (the Maven CRM export as it is, a February fiscal year, a quarterly and a monthly measure paid monthly, polite email English of Japanese, Korean and Chinese speakers), earlier held-out set",
            "twohundredseventeenth/heldout.toml",
            "twohundredseventeenth",
        ),
        (
            "two-hundred-eighteenth workspace (the Singapore and Seoul office of a Japanese electronic-components distributor, an April fiscal year, a monthly and a quarterly measure paid monthly, business email and messenger English of Japanese and Korean speakers), earlier held-out set",
            "twohundredeighteenth/heldout.toml",
            "twohundredeighteenth",
        ),
        (
            "two-hundred-nineteenth workspace (a Canadian commercial-insurance brokerage, a calendar year, a quarterly and an annual measure paid monthly, Canadian Teams English, a quarter of it by francophone Quebec staff), earlier held-out set",
            "twohundrednineteenth/heldout.toml",
            "twohundrednineteenth",
        ),
        (
            "two-hundred-twentieth workspace (a US B2B SaaS company, a calendar year, a quarterly ARR measure and an annual renewal measure paid monthly, plain everyday American Slack and search-box English), earlier held-out set",
            "twohundredtwentieth/heldout.toml",
            "twohundredtwentieth",
        ),
        (
            "two-hundred-twenty-first workspace (the Maven CRM export as it is, a July fiscal year, a monthly and a quarterly measure paid monthly, South African and Nigerian WhatsApp English), earlier held-out set",
            "twohundredtwentyfirst/heldout.toml",
            "twohundredtwentyfirst",
        ),
        (
            "two-hundred-twenty-second workspace (an Irish solar installer, a calendar year, a monthly and an annual measure paid monthly, Irish and Scottish English on Teams and texts), earlier held-out set",
            "twohundredtwentysecond/heldout.toml",
            "twohundredtwentysecond",
        ),
        (
            "two-hundred-twenty-third workspace (the Maven CRM export as it is, an April fiscal year, a quarterly and an annual measure paid monthly, Filipino sellers' Taglish on Viber and email), earlier held-out set",
            "twohundredtwentythird/heldout.toml",
            "twohundredtwentythird",
        ),
        (
            "two-hundred-twenty-fourth workspace (a US medical-device company, an October fiscal year, a quarterly and an annual measure paid monthly, plain everyday American English from reps' phones and managers' desks), earlier held-out set",
            "twohundredtwentyfourth/heldout.toml",
            "twohundredtwentyfourth",
        ),
        (
            "two-hundred-twenty-fifth workspace (the Maven CRM export as it is, a calendar year, a monthly and a quarterly measure paid monthly, Indian, British and American office English, two in five from managers and designers), earlier held-out set",
            "twohundredtwentyfifth/heldout.toml",
            "twohundredtwentyfifth",
        ),
        (
            "two-hundred-twenty-sixth workspace (a US HVAC and refrigeration distributor, a July fiscal year, a quarterly and a monthly measure paid monthly, plain everyday American English typed on phones), earlier held-out set",
            "twohundredtwentysixth/heldout.toml",
            "twohundredtwentysixth",
        ),
        (
            "two-hundred-twenty-seventh workspace (the Maven CRM export as it is, an April fiscal year, a quarterly and an annual measure paid monthly, the office English of a mixed US and UK team in chat and email), earlier held-out set",
            "twohundredtwentyseventh/heldout.toml",
            "twohundredtwentyseventh",
        ),
        (
            "two-hundred-twenty-eighth workspace (a UK food and drink wholesaler, a calendar year, a monthly and a quarterly measure paid monthly, plain everyday British English from reps' phones and managers' Teams), earlier held-out set",
            "twohundredtwentyeighth/heldout.toml",
            "twohundredtwentyeighth",
        ),
        (
            "two-hundred-twenty-ninth workspace (the Maven CRM export as it is, a February fiscal year, a quarterly and an annual measure paid quarterly, plain direct English of sales managers and a RevOps analyst, three in five from managers and designers), earlier held-out set",
            "twohundredtwentyninth/heldout.toml",
            "twohundredtwentyninth",
        ),
        (
            "two-hundred-thirtieth workspace (a US pest-control and facility-services company, a calendar year, a quarterly and a monthly measure paid monthly, plain everyday American English texted from trucks), earlier held-out set",
            "twohundredthirtieth/heldout.toml",
            "twohundredthirtieth",
        ),
        (
            "two-hundred-thirty-first workspace (the Maven CRM export as it is, a July fiscal year, a quarterly and an annual measure paid monthly, casual Australian and Canadian Slack English), earlier held-out set",
            "twohundredthirtyfirst/heldout.toml",
            "twohundredthirtyfirst",
        ),
        (
            "two-hundred-thirty-second workspace (a US commercial insurance and benefits brokerage, a calendar year, a monthly and a quarterly measure paid monthly, plain everyday American English of producers in a chat box), earlier held-out set",
            "twohundredthirtysecond/heldout.toml",
            "twohundredthirtysecond",
        ),
        (
            "two-hundred-thirty-third workspace (the Maven CRM export as it is, a calendar year paid quarterly, a quarterly and an annual measure, short direct questions of a US inside-sales team), earlier held-out set",
            "twohundredthirtythird/heldout.toml",
            "twohundredthirtythird",
        ),
        (
            "two-hundred-thirty-fourth workspace (a US office-coffee and breakroom supplies distributor, an October fiscal year, a quarterly and an annual measure paid monthly, plain everyday American English), earlier held-out set",
            "twohundredthirtyfourth/heldout.toml",
            "twohundredthirtyfourth",
        ),
        (
            "two-hundred-thirty-fifth workspace (the Maven CRM export as it is, a May fiscal year, a monthly and a quarterly measure paid monthly, plain British and Irish office English), earlier held-out set",
            "twohundredthirtyfifth/heldout.toml",
            "twohundredthirtyfifth",
        ),
        (
            "two-hundred-thirty-sixth workspace (a US commercial roofing and building-envelope contractor, a calendar year paid monthly, a quarterly quota with a quarterly bonus and a draw, plain everyday American English of roofing reps on their phones), earlier held-out set",
            "twohundredthirtysixth/heldout.toml",
            "twohundredthirtysixth",
        ),
        (
            "two-hundred-thirty-seventh workspace (the Maven CRM export as it is, a March fiscal year paid monthly, splits on key accounts, plain everyday American office English of account executives, managers and sales ops), earlier held-out set",
            "twohundredthirtyseventh/heldout.toml",
            "twohundredthirtyseventh",
        ),
        (
            "two-hundred-thirty-eighth workspace (a US group of three car dealerships, a September fiscal year paid monthly, a monthly gross measure and a quarterly product incentive, a draw and chargebacks, plain everyday American English of salespeople texting between customers), earlier held-out set",
            "twohundredthirtyeighth/heldout.toml",
            "twohundredthirtyeighth",
        ),
        (
            "two-hundred-thirty-ninth workspace (the Maven CRM export as it is, an April fiscal year paid monthly, a quarterly quota and a monthly product incentive, the plain everyday English of a normal working week), earlier held-out set",
            "twohundredthirtyninth/heldout.toml",
            "twohundredthirtyninth",
        ),
        (
            "two-hundred-fortieth workspace (a US residential heating, air and plumbing company, a calendar year paid monthly, a monthly big-ticket commission with four stages, a membership incentive, technicians' lead spiffs, a draw and rescind chargebacks, the plain everyday American English of comfort advisors, techs and managers on their phones), earlier held-out set",
            "twohundredfortieth/heldout.toml",
            "twohundredfortieth",
        ),
        (
            "two-hundred-forty-first workspace (the Maven CRM export as it is, a March fiscal year paid monthly, a quarterly quota with four tiers and a monthly product incentive, the plain everyday English of account executives, managers and sales ops in whole sentences), earlier held-out set",
            "twohundredfortyfirst/heldout.toml",
            "twohundredfortyfirst",
        ),
        (
            "two-hundred-forty-second workspace (a Canadian office-equipment and managed-print dealer, an April fiscal year paid quarterly, gross profit with a quarterly quota and new contract value with an annual one, a draw and unwinds, the plain everyday English of Canadian reps, branch managers and the comp analyst), earlier held-out set",
            "twohundredfortysecond/heldout.toml",
            "twohundredfortysecond",
        ),
        (
            "two-hundred-forty-third workspace (an Australian residential solar and battery installer, a July fiscal year paid monthly, a quarterly generation quota and a monthly storage one, a draw and clawed-back bails, the plain everyday Australian English of consultants, state managers and the sales ops analyst), earlier held-out set",
            "twohundredfortythird/heldout.toml",
            "twohundredfortythird",
        ),
        (
            "two-hundred-forty-fourth workspace (the Maven CRM export as it is, its dates moved to a July fiscal year paid monthly, quarterly quotas, a draw and rollbacks of bricked deals, the plain everyday English of agents, managers and a plan designer), earlier held-out set",
            "twohundredfortyfourth/heldout.toml",
            "twohundredfortyfourth",
        ),
        (
            "two-hundred-forty-fifth workspace (a UK fitted kitchen and bathroom showroom chain in Yorkshire, an April fiscal year paid monthly in pounds, worktop bands, a design award, a starter float and pulled jobs clawed back, the clipped British English of designers and showroom managers texting between appointments), earlier held-out set",
            "twohundredfortyfifth/heldout.toml",
            "twohundredfortyfifth",
        ),
        (
            "two-hundred-forty-sixth workspace (the Maven CRM export as it is on a calendar year paid monthly under a hardware-themed plan of its own, terse one-line questions of reps and managers in plain business English, a plan designer's fuller what-ifs), earlier held-out set",
            "twohundredfortysixth/heldout.toml",
            "twohundredfortysixth",
        ),
        (
            "two-hundred-forty-seventh workspace (a US pest control and lawn care company selling annual agreements door to door in the summer, an April program year paid monthly, per-dollar production tiers, a per-agreement bonus, a float and ghosted agreements charged back, the lowercase slang of young door-to-door reps and team leads), earlier held-out set",
            "twohundredfortyseventh/heldout.toml",
            "twohundredfortyseventh",
        ),
        (
            "two-hundred-forty-eighth workspace (a New Zealand car dealership group, an April fiscal year paid monthly in NZD, front-end gross in speed bands, an F&I add-on incentive, unit flats and a monthly volume bonus, a retainer and unwinds charged back, the casual New Zealand car-yard English of consultants and sales managers), earlier held-out set",
            "twohundredfortyeighth/heldout.toml",
            "twohundredfortyeighth",
        ),
        (
            "two-hundred-forty-ninth workspace (the Maven CRM export as it is on an October fiscal year paid quarterly under a football-themed plan, the polite office English of reps and managers for whom English is a second language), earlier held-out set",
            "twohundredfortyninth/heldout.toml",
            "twohundredfortyninth",
        ),
        (
            "two-hundred-fiftieth workspace (a South African short-term insurance brokerage, a March financial year paid monthly in rand, commission on first-year premium in four tiers, a renewal incentive, a new-broker draw and NTUs and lapses clawed back, the everyday South African English of brokers and branch managers on WhatsApp), earlier held-out set",
            "twohundredfiftieth/heldout.toml",
            "twohundredfiftieth",
        ),
        (
            "two-hundred-fifty-first workspace (the Maven CRM export as it is on a July fiscal year paid monthly under a road-themed plan, questions dictated by reps and managers while driving: no punctuation, run-ons, misheard words, numbers in words), earlier held-out set",
            "twohundredfiftyfirst/heldout.toml",
            "twohundredfiftyfirst",
        ),
        (
            "two-hundred-fifty-second workspace (a US orthopedic implant company, a calendar year paid quarterly, implant commission in bands, a biologics incentive, new-account and conversion bonuses, rep and associate splits, an associates' draw and credit-backs clawed back, reps and regional managers texting between cases), earlier held-out set",
            "twohundredfiftysecond/heldout.toml",
            "twohundredfiftysecond",
        ),
        (
            "two-hundred-fifty-third workspace (a German-Dutch industrial pump and compressor distributor, a calendar year paid quarterly in euros, a turnover commission in stages, a service-contract incentive, a key-account bonus with splits, a draw and cancelled orders clawed back, the office English of German and Dutch sales engineers), earlier held-out set",
            "twohundredfiftythird/heldout.toml",
            "twohundredfiftythird",
        ),
        (
            "two-hundred-fifty-fourth workspace (the Maven CRM export as it is on an April fiscal year paid monthly under a chess-themed plan with a draw and a team bonus, brand-new reps who say the plan's parts in plain words, their managers and a plan designer), earlier held-out set",
            "twohundredfiftyfourth/heldout.toml",
            "twohundredfiftyfourth",
        ),
        (
            "two-hundred-fifty-fifth workspace (an Indian IT-services company in Pune, an April-March fiscal year paid quarterly in rupees said in lakhs and crores, a TCV commission in four slabs, an AMC annuity reward, three bonuses, a payout cap, a draw and a 75/25 split, the Indian English office chat of account managers and regional heads), earlier held-out set",
            "twohundredfiftyfifth/heldout.toml",
            "twohundredfiftyfifth",
        ),
        (
            "two-hundred-fifty-sixth workspace (the Maven CRM export on a calendar year paid quarterly under a card-room plan, reps and managers typing fast on their phones: lowercase, no apostrophes, thumb typos, autocorrect slips, half-sentences), earlier held-out set",
            "twohundredfiftysixth/heldout.toml",
            "twohundredfiftysixth",
        ),
        (
            "two-hundred-fifty-seventh workspace (a US staffing agency, a calendar year paid monthly, a perm fee commission in coffee-named tiers, a contract spread commission, bonuses, a recoverable draw and falloffs within a 90-day guarantee clawed back, recruiters' Slack slang), earlier held-out set",
            "twohundredfiftyseventh/heldout.toml",
            "twohundredfiftyseventh",
        ),
        (
            "two-hundred-fifty-eighth workspace (an Irish drinks wholesaler, a calendar year paid quarterly in euros, a tap and shelf commission in pub-room tiers, a coffee placement incentive, a draw for new reps, pulled taps clawed back, casual chatty Irish and UK pub-trade reps), earlier held-out set",
            "twohundredfiftyeighth/heldout.toml",
            "twohundredfiftyeighth",
        ),
        (
            "two-hundred-fifty-ninth workspace (the Maven CRM export as it is on a March fiscal year paid monthly under a pepper-themed plan, Latin-American sales staff writing English as a second language: Spanish word order, false friends, Spanish words), earlier held-out set",
            "twohundredfiftyninth/heldout.toml",
            "twohundredfiftyninth",
        ),
        (
            "two-hundred-sixtieth workspace (an Australian real-estate agency group, a July-June year paid quarterly, a GCI share in four rungs, an auction incentive, listing and selling agents' 60/40 splits, a quarterly advance and fall-overs clawed back, agents and principals texting in Australian English), earlier held-out set",
            "twohundredsixtieth/heldout.toml",
            "twohundredsixtieth",
        ),
        (
            "two-hundred-sixty-first workspace (the Maven CRM export on an October fiscal year paid quarterly under a clock-themed plan, careful formal email-style questions from sellers, managers and a plan-design analyst, a few very short ones), earlier held-out set",
            "twohundredsixtyfirst/heldout.toml",
            "twohundredsixtyfirst",
        ),
        (
            "two-hundred-sixty-second workspace (a Canadian B2B SaaS company, a February fiscal year paid quarterly, a net new ARR commission in hockey-named tiers, a new logo incentive, ramp quotas and a ramp draw, early churn clawed back, terse SaaS AE and sales-leader jargon), earlier held-out set",
            "twohundredsixtysecond/heldout.toml",
            "twohundredsixtysecond",
        ),
        (
            "two-hundred-sixty-third workspace (a Philippine telecom's enterprise sales, a calendar year paid monthly in pesos, a connectivity commission in 2G-5G tiers, a cloud incentive, a quarterly bonus, a draw and pull-outs clawed back, Taglish chat of sellers and team leads), earlier held-out set",
            "twohundredsixtythird/heldout.toml",
            "twohundredsixtythird",
        ),
        (
            "two-hundred-sixty-fourth workspace (a Nigerian fintech's field agents and relationship managers, a calendar year paid monthly in naira, an acquiring commission in bus-named bands, a loan incentive, three bonuses, a recoverable draw and dormant merchants clawed back, Nigerian English chat with light pidgin), earlier held-out set",
            "twohundredsixtyfourth/heldout.toml",
            "twohundredsixtyfourth",
        ),
        (
            "two-hundred-sixty-fifth workspace (the Maven CRM export on a July fiscal year paid quarterly under a railway-themed plan, what-ifs weighted: deals moved, resized, lost, several at once, pipeline won, designers thinking aloud), earlier held-out set",
            "twohundredsixtyfifth/heldout.toml",
            "twohundredsixtyfifth",
        ),
        (
            "two-hundred-sixty-sixth workspace (a US Midwest farm equipment dealer, a November fiscal year paid quarterly, a whole goods commission in corn-stage bands, an uptime incentive, a recoverable draw and unwinds clawed back, older rural salesmen and store managers typing plainly), earlier held-out set",
            "twohundredsixtysixth/heldout.toml",
            "twohundredsixtysixth",
        ),
        (
            "two-hundred-sixty-seventh workspace (a Quebec industrial supplies distributor, an April fiscal year paid quarterly in Canadian dollars, a supplies commission in maple-season bands, a contract incentive, a draw, French-Canadian reps writing English as a second language with French words), earlier held-out set",
            "twohundredsixtyseventh/heldout.toml",
            "twohundredsixtyseventh",
        ),
        (
            "two-hundred-sixty-eighth workspace (a Nairobi mobile-money distributor's merchant development officers, an April fiscal year paid monthly in shillings, a float volume commission in matatu-named bands, a merchant onboarding incentive, a draw and mitini clawbacks, Kenyan WhatsApp English with Swahili and Sheng), earlier held-out set",
            "twohundredsixtyeighth/heldout.toml",
            "twohundredsixtyeighth",
        ),
        (
            "two-hundred-sixty-ninth workspace (the Maven CRM export on a March fiscal year paid monthly under a road-trip-themed plan, sellers dictating by voice while driving: no punctuation, numbers in words, misheard words), earlier held-out set",
            "twohundredsixtyninth/heldout.toml",
            "twohundredsixtyninth",
        ),
        (
            "two-hundred-seventieth workspace (a Singapore freight forwarder, an April fiscal year paid monthly, a freight revenue commission in ship-sized bands, a warehousing incentive, a draw and shut-outs clawed back, Singlish chat of salespeople and desk heads), earlier held-out set",
            "twohundredseventieth/heldout.toml",
            "twohundredseventieth",
        ),
        (
            "two-hundred-seventy-first workspace (a Swedish industrial-software company selling across the Nordics in euros, a calendar year paid quarterly, a licence commission in wind-scale tiers, a service incentive, a draw and cancellations clawed back, Scandinavian second-language English), earlier held-out set",
            "twohundredseventyfirst/heldout.toml",
            "twohundredseventyfirst",
        ),
        (
            "two-hundred-seventy-second workspace (the Maven CRM export recast as a Dubai commercial-kitchen supplier, a calendar year paid quarterly in dirhams, a back-of-house commission in boat-named tiers, a front-of-house incentive, a draw and U-turns clawed back, Gulf Arabic-English sellers and crisp corporate managers), earlier held-out set",
            "twohundredseventysecond/heldout.toml",
            "twohundredseventysecond",
        ),
        (
            "two-hundred-seventy-third workspace (a South African managed print dealer, a March fiscal year paid monthly in rand, a box commission in rugby-named levels, an annuity incentive, a draw and paper jams clawed back, South African English on WhatsApp), earlier held-out set",
            "twohundredseventythird/heldout.toml",
            "twohundredseventythird",
        ),
        (
            "two-hundred-seventy-fourth workspace (a Japanese electronic-components distributor's Bangkok office, an April fiscal year paid quarterly in dollars, a contract value commission in Mt. Fuji stations, a power semi incentive, a draw and cancellations clawed back, Japanese second-language English), earlier held-out set",
            "twohundredseventyfourth/heldout.toml",
            "twohundredseventyfourth",
        ),
        (
            "two-hundred-seventy-fifth workspace (the Maven CRM export on a March fiscal year paid monthly under a clock-speed plan, managers and a RevOps analyst in BI shorthand beside sellers' quick questions), earlier held-out set",
            "twohundredseventyfifth/heldout.toml",
            "twohundredseventyfifth",
        ),
        (
            "two-hundred-seventy-sixth workspace (a São Paulo payments and retail-software company, a calendar year paid monthly in reais, a captura commission in football divisions, a recurring-software incentive, a draw and distratos clawed back, Brazilian sellers writing English with Portuguese), earlier held-out set",
            "twohundredseventysixth/heldout.toml",
            "twohundredseventysixth",
        ),
        (
            "two-hundred-seventy-seventh workspace (a Bavarian machine-tool maker's export sales, an October fiscal year paid quarterly in euros, a machine commission in gears, an aftersales incentive, a draw and Rückzieher clawed back, German second-language English), earlier held-out set",
            "twohundredseventyseventh/heldout.toml",
            "twohundredseventyseventh",
        ),
        (
            "two-hundred-seventy-eighth workspace (a Texas and Oklahoma independent insurance agency network, a calendar year paid monthly on written premium, a commercial new business commission in oil-patch bands, personal lines and renewal incentives, a draw and flat cancels charged back, older producers typing plainly), earlier held-out set",
            "twohundredseventyeighth/heldout.toml",
            "twohundredseventyeighth",
        ),
        (
            "two-hundred-seventy-ninth workspace (a Seoul medical-device distributor selling to hospitals, a calendar year paid quarterly in won, a consumables commission in mountain-named bands, a capital equipment incentive, a draw and banpum clawed back, Korean second-language English in a company messenger), earlier held-out set",
            "twohundredseventyninth/heldout.toml",
            "twohundredseventyninth",
        ),
        (
            "two-hundred-eighty-first workspace (the Maven CRM export recast as a Monterrey hardware distributor, a calendar year paid quarterly, a hardware commission in chile-named bands, a heavy-hardware incentive, a draw and reversals clawed back, Mexican Spanish-English on WhatsApp), earlier held-out set",
            "twohundredeightyfirst/heldout.toml",
            "twohundredeightyfirst",
        ),
        (
            "two-hundred-eightieth workspace (a Polish freight forwarder and road haulier, a calendar year paid quarterly in zloty, a margin commission in road-class tiers, a new shipper incentive, a draw and cancellations clawed back, Polish English in Slack), earlier held-out set",
            "twohundredeightieth/heldout.toml",
            "twohundredeightieth",
        ),
        (
            "two-hundred-eighty-second workspace (a Pune and Nagpur broadband and enterprise telecom dealer, an April fiscal year paid monthly in rupees, a fibre commission in train-named bands, an enterprise connectivity incentive, a draw and cancellations clawed back, Hinglish on WhatsApp and Teams), earlier held-out set",
            "twohundredeightysecond/heldout.toml",
            "twohundredeightysecond",
        ),
        (
            "two-hundred-eighty-third workspace (a Texas new-and-used car dealer group, a calendar year paid monthly, a front-end gross commission in racing-flag brackets, an F&I back-end commission, flats, spiffs, a floor draw and unwinds charged back, car-floor slang typed on phones), earlier held-out set",
            "twohundredeightythird/heldout.toml",
            "twohundredeightythird",
        ),
        (
            "two-hundred-eighty-fourth workspace (a Milan fabric and haberdashery wholesaler, a calendar year paid quarterly in euros, a fabric commission in fashion-stage bands, an accessories incentive, a draw and storni clawed back, Italian second-language English in Teams and WhatsApp), earlier held-out set",
            "twohundredeightyfourth/heldout.toml",
            "twohundredeightyfourth",
        ),
        (
            "two-hundred-eighty-fifth workspace (a door-to-door residential solar installer in Arizona and Nevada, a calendar year paid monthly, a solar commission in casino-named tiers, an adder incentive, setters' splits, a draw and cancels clawed back, a young sales team's group chat), earlier held-out set",
            "twohundredeightyfifth/heldout.toml",
            "twohundredeightyfifth",
        ),
        (
            "two-hundred-eighty-seventh workspace (a Lagos commercial bank's SME relationship managers selling loans, accounts and POS terminals, a calendar year paid quarterly in naira, loans commission in Lagos-transport tiers, an account-opening incentive, a float and reversals clawed back, Nigerian English and Pidgin on WhatsApp), earlier held-out set",
            "twohundredeightyseventh/heldout.toml",
            "twohundredeightyseventh",
        ),
        (
            "two-hundred-eighty-eighth workspace (an Australian trade supplies wholesaler selling plumbing, electrical and timber on trade accounts, an Australian financial year paid monthly in AUD, a P&E commission in building-stage bands, a timber yard incentive, a float and send-backs clawed back, tradie English typed on a phone), earlier held-out set",
            "twohundredeightyeighth/heldout.toml",
            "twohundredeightyeighth",
        ),
        (
            "two-hundred-ninetieth workspace (a US orthopedic implant and capital equipment maker's field reps covering hospitals and surgery centers, a calendar year paid quarterly, an implant commission in walking-pace bands, a capital equipment incentive, a draw and returned product clawed back, terse field-rep English typed between cases), earlier held-out set",
            "twohundredninetieth/heldout.toml",
            "twohundredninetieth",
        ),
        (
            "two-hundred-eighty-sixth workspace (the Maven CRM export recast as a Pittsburgh hardware reseller, a November fiscal year paid monthly, a box revenue commission in network-speed bands, a network gear incentive, a float and restocks clawed back, lowercase Slack English), earlier held-out set",
            "twohundredeightysixth/heldout.toml",
            "twohundredeightysixth",
        ),
        (
            "two-hundred-eighty-ninth workspace (a Ho Chi Minh City freight forwarder's sea, air and customs desks, a calendar year paid monthly in USD, a freight commission in ship-sized bands, a clearance incentive, a draw and cancellations clawed back, Vietnamese second-language English on Zalo), earlier held-out set",
            "twohundredeightyninth/heldout.toml",
            "twohundredeightyninth",
        ),
        (
            "two-hundred-ninety-first workspace (the Maven CRM export recast as a Seattle workstation and server vendor, an October fiscal year paid monthly, a systems commission in coffee-named tiers, a software incentive, a draw and cancellations clawed back, plain everyday American English), earlier held-out set",
            "twohundredninetyfirst/heldout.toml",
            "twohundredninetyfirst",
        ),
        (
            "two-hundred-ninety-third workspace (a Singapore IT hardware and cloud reseller selling to SMEs and agencies, a calendar year paid quarterly in SGD, a hardware commission in kopi-named tiers, a cloud incentive, a draw and U-turns clawed back, Singlish on WhatsApp and Teams), earlier held-out set",
            "twohundredninetythird/heldout.toml",
            "twohundredninetythird",
        ),
        (
            "two-hundred-ninety-fourth workspace (a Dublin medical and pharmacy supplies distributor, a calendar year paid monthly in euro, a supplies commission in mountain-named tiers, a devices incentive, a monthly advance and pulled orders clawed back, everyday Irish English on Teams and text), earlier held-out set",
            "twohundredninetyfourth/heldout.toml",
            "twohundredninetyfourth",
        ),
        (
            "two-hundred-ninety-fifth workspace (a Toronto commercial insurance brokerage's producers, a November fiscal year paid monthly in CAD, a new business premium commission in hockey-named tiers, a book retention incentive, a draw and flat cancels clawed back, plain polite Canadian office English), earlier held-out set",
            "twohundredninetyfifth/heldout.toml",
            "twohundredninetyfifth",
        ),
        (
            "two-hundred-ninety-second workspace (a Manchester office print and managed-document-services company, an April fiscal year paid monthly in GBP, a hardware placement commission in tiers, a managed print incentive, a float and cancellations clawed back, everyday British English on Teams), earlier held-out set",
            "twohundredninetysecond/heldout.toml",
            "twohundredninetysecond",
        ),
        (
            "two-hundred-ninety-sixth workspace (an Austin B2B software company's account executives, an October fiscal year paid monthly in USD, a new ACV commission in barbecue-named tiers, a services attach incentive, a draw and cancellations clawed back, plain American English on Slack), earlier held-out set",
            "twohundredninetysixth/heldout.toml",
            "twohundredninetysixth",
        ),
        (
            "two-hundred-ninety-seventh workspace (a Johannesburg commercial solar and battery installer, a March fiscal year paid monthly in rand, an energy project commission in mountain-named tiers, a service annuity incentive, a monthly advance and cancellations clawed back, South African English), earlier held-out set",
            "twohundredninetyseventh/heldout.toml",
            "twohundredninetyseventh",
        ),
        (
            "two-hundred-ninety-eighth workspace (the Maven CRM export recast as a Chicago office-furniture dealer, an October fiscal year paid monthly, a systems commission in skyscraper-named tiers, a seating incentive, a draw and cancellations clawed back, plain everyday American English), earlier held-out set",
            "twohundredninetyeighth/heldout.toml",
            "twohundredninetyeighth",
        ),
        (
            "three-hundredth workspace (a Denver HVAC equipment distributor selling to contractors, a calendar year paid monthly in USD, a unit sales commission in mountain-named tiers, a service agreement incentive, a draw and cancellations clawed back, plain American English from reps, branch managers and a comp analyst), earlier held-out set",
            "threehundredth/heldout.toml",
            "threehundredth",
        ),
        (
            "two-hundred-ninety-ninth workspace (a Glasgow recruitment agency's consultants, an April fiscal year paid monthly in GBP, a perm fee commission in ship-named tiers, a contract margin incentive, a draw and fall-offs clawed back, plain Scottish office English), earlier held-out set",
            "twohundredninetyninth/heldout.toml",
            "twohundredninetyninth",
        ),
        (
            "three-hundred-second workspace (an Atlanta freight brokerage credited on gross margin, an October fiscal year paid monthly in USD, a gross margin commission in highway-named tiers, a dedicated lane incentive, a draw and pulled lanes clawed back, plain American English from the broker floor), earlier held-out set",
            "threehundredsecond/heldout.toml",
            "threehundredsecond",
        ),
        (
            "three-hundred-third workspace (an Auckland building supplies merchant's trade reps, an April fiscal year paid monthly in NZD, a trade sales commission in timber-named tiers, a wet side incentive with a monthly quota, a float and send-backs clawed back, plain New Zealand English), earlier held-out set",
            "threehundredthird/heldout.toml",
            "threehundredthird",
        ),
        (
            "three-hundred-fourth workspace (the Maven CRM export recast as a Bengaluru IT services and hardware reseller, an April fiscal year paid monthly in INR, a hardware booking commission in cricket-named slabs, a services incentive, a monthly advance and reversed orders clawed back, plain Indian office English), earlier held-out set",
            "threehundredfourth/heldout.toml",
            "threehundredfourth",
        ),
        (
            "three-hundred-fifth workspace (a Minneapolis commercial bank's treasury management officers, a calendar year paid quarterly in USD, a treasury fee revenue commission in skyway-named tiers, a core deposits incentive, an overdraft-line draw and closed accounts clawed back, polite plain American banking English), earlier held-out set",
            "threehundredfifth/heldout.toml",
            "threehundredfifth",
        ),
        (
            "three-hundred-first workspace (a Phoenix orthopedic and surgical device company's field reps, an October fiscal year paid monthly in USD, a core revenue commission in desert-named bands, a capital equipment incentive, a draw and pullbacks clawed back, plain American English in email and text), earlier held-out set",
            "threehundredfirst/heldout.toml",
            "threehundredfirst",
        ),
        (
            "three-hundred-sixth workspace (a Dallas commercial roofing and waterproofing contractor's estimators, a calendar year paid monthly in USD, a contract value commission in roofing-named tiers, a service agreement incentive, a draw and pulled jobs clawed back, plain American English), earlier held-out set",
            "threehundredsixth/heldout.toml",
            "threehundredsixth",
        ),
        (
            "three-hundred-seventh workspace (a Boston lab supplies distributor's account managers, a July fiscal year paid monthly in USD, a catalog revenue commission in purity-named tiers, a service plan incentive with quarterly quotas, a draw and pulled POs clawed back, polite plain American English), earlier held-out set",
            "threehundredseventh/heldout.toml",
            "threehundredseventh",
        ),
        (
            "three-hundred-eighth workspace (the Maven CRM export as its own hardware and software vendor, an October fiscal year paid monthly, a systems hardware commission in clock-speed tiers, a license growth incentive, a draw and rollbacks clawed back, plain American English), earlier held-out set",
            "threehundredeighth/heldout.toml",
            "threehundredeighth",
        ),
        (
            "three-hundred-ninth workspace (a Leeds job-management software company, an April fiscal year paid monthly in GBP, a subscription ACV commission in cricket-named tiers, an onboarding services incentive, a float and run-outs clawed back, plain British English on Slack), earlier held-out set",
            "threehundredninth/heldout.toml",
            "threehundredninth",
        ),
        (
            "three-hundred-tenth workspace (a Chicago employee-benefits brokerage's producers, a calendar year paid quarterly in USD, a new business revenue commission in skyscraper-named tiers, a renewal incentive, a draw and cancelled cases clawed back, plain American English), earlier held-out set",
            "threehundredtenth/heldout.toml",
            "threehundredtenth",
        ),
        (
            "three-hundred-eleventh workspace (a Milwaukee industrial safety equipment distributor's reps, an October fiscal year paid monthly in USD, a gear revenue commission in safety-sign tiers, a service contract incentive, a draw and pulled POs clawed back, plain American Teams chat), earlier held-out set",
            "threehundredeleventh/heldout.toml",
            "threehundredeleventh",
        ),
        (
            "three-hundred-twelfth workspace (a Bristol commercial insurance broker's account executives, an April fiscal year paid monthly in GBP, a core lines commission in banded tiers, a specialty lines incentive, a draw and NTU policies clawed back, plain British office English), earlier held-out set",
            "threehundredtwelfth/heldout.toml",
            "threehundredtwelfth",
        ),
        (
            "three-hundred-thirteenth workspace (the Maven CRM export recast as a Sydney business telecom reseller, a July fiscal year paid monthly in AUD, a connectivity commission on quarterly quotas, a second incentive, a draw and cancelled services clawed back, plain Australian Slack), earlier held-out set",
            "threehundredthirteenth/heldout.toml",
            "threehundredthirteenth",
        ),
        (
            "three-hundred-fourteenth workspace (a Houston oilfield equipment rental company's reps, an October fiscal year paid monthly in USD, a rent roll commission in drilling-named tiers, a prime power incentive, a draw and called-off rentals clawed back, terse American phone texting), earlier held-out set",
            "threehundredfourteenth/heldout.toml",
            "threehundredfourteenth",
        ),
        (
            "three-hundred-fifteenth workspace (an Ottawa payroll software company's account executives, an April fiscal year paid monthly in CAD, a subscription value commission in parliament-named tiers, an implementation services incentive, an advance and walk-backs clawed back, polite plain Canadian English), earlier held-out set",
            "threehundredfifteenth/heldout.toml",
            "threehundredfifteenth",
        ),
        (
            "three-hundred-sixteenth workspace (a Toronto commercial leasing brokerage's brokers, an April fiscal year paid monthly in CAD, a leasing fee share commission in floor-named tiers, a tenant retention incentive, a draw and blow-ups clawed back, plain Canadian Teams chat), earlier held-out set",
            "threehundredsixteenth/heldout.toml",
            "threehundredsixteenth",
        ),
        (
            "three-hundred-seventeenth workspace (the Maven CRM export recast as a Manchester office technology distributor, an April fiscal year paid monthly in GBP, a device sales commission in mill-named tiers, a services incentive, a float and pulled deals clawed back, plain British Slack), earlier held-out set",
            "threehundredseventeenth/heldout.toml",
            "threehundredseventeenth",
        ),
        (
            "three-hundred-eighteenth workspace (a Nashville pro audio and stage lighting dealer's reps, an October fiscal year paid monthly in USD, a gear sales commission, a tour rental incentive, a draw and cancellations clawed back, casual Southern American chat), earlier held-out set",
            "threehundredeighteenth/heldout.toml",
            "threehundredeighteenth",
        ),
        (
            "three-hundred-nineteenth workspace (a Dublin restaurant POS software company's account executives, an April fiscal year paid monthly in EUR, a subscription value commission in kitchen-named bands, a hardware kit incentive, a float and send-backs clawed back, Irish Slack English), earlier held-out set",
            "threehundrednineteenth/heldout.toml",
            "threehundrednineteenth",
        ),
        (
            "three-hundred-twentieth workspace (a Seattle marine electronics dealer's reps, an October fiscal year paid monthly in USD, a nav and electronics commission, a service plan incentive, a draw and cancellations clawed back, plain American texting), earlier held-out set",
            "threehundredtwentieth/heldout.toml",
            "threehundredtwentieth",
        ),
        (
            "three-hundred-twenty-first workspace (a Denver clinic and gym scheduling software company's AEs, a February fiscal year paid monthly in USD, a platform ARR commission in ski-run tiers, a monthly bolt-on incentive, a draw and yard sales clawed back, American sales-floor Slack), earlier held-out set",
            "threehundredtwentyfirst/heldout.toml",
            "threehundredtwentyfirst",
        ),
        (
            "three-hundred-twenty-second workspace (an Auckland farm machinery and irrigation dealer's territory managers, an April fiscal year paid monthly in NZD, a machinery sales commission in tractor-gear tiers, a water incentive, a draw and boomerangs clawed back, New Zealand texting), earlier held-out set",
            "threehundredtwentysecond/heldout.toml",
            "threehundredtwentysecond",
        ),
        (
            "three-hundred-twenty-third workspace (a Glasgow recruitment agency's consultants, an April fiscal year paid monthly in GBP, a perm fee commission in hill tiers, a contract margin incentive, a draw and cancelled placements clawed back, Scottish Teams chat), earlier held-out set",
            "threehundredtwentythird/heldout.toml",
            "threehundredtwentythird",
        ),
        (
            "three-hundred-twenty-fourth workspace (a Chicago commercial printing and signage company's AEs, an October fiscal year paid monthly in USD, a production sales commission in ink-colour bands, a fleet graphics incentive, a draw and pulped jobs clawed back, American email-style questions), earlier held-out set",
            "threehundredtwentyfourth/heldout.toml",
            "threehundredtwentyfourth",
        ),
        (
            "three-hundred-twenty-fifth workspace (the Maven CRM export recast as a Johannesburg IT hardware reseller, a March fiscal year paid monthly in ZAR, a hardware revenue commission in gold-mining tiers, an uptime incentive, a draw and cancelled orders clawed back, South African WhatsApp), earlier held-out set",
            "threehundredtwentyfifth/heldout.toml",
            "threehundredtwentyfifth",
        ),
        (
            "three-hundred-twenty-sixth workspace (a Bengaluru HR and payroll SaaS company's AEs, an April fiscal year paid monthly in INR, a platform ACV commission in railway tiers, an HRMS suite incentive, a draw and backouts clawed back, Indian English office chat), earlier held-out set",
            "threehundredtwentysixth/heldout.toml",
            "threehundredtwentysixth",
        ),
        (
            "three-hundred-twenty-seventh workspace (a Des Moines crop insurance and farm finance agency's producers, an October fiscal year paid monthly in USD, a written premium commission in corn-growth tiers, a finance incentive, a draw and washouts clawed back, American voice dictation), earlier held-out set",
            "threehundredtwentyseventh/heldout.toml",
            "threehundredtwentyseventh",
        ),
        (
            "three-hundred-twenty-eighth workspace (a Singapore freight forwarder's account managers, an April fiscal year paid monthly in SGD, a freight GP commission in port tiers, a contract logistics incentive, a draw and cancelled shipments clawed back, Singlish Telegram chat), earlier held-out set",
            "threehundredtwentyeighth/heldout.toml",
            "threehundredtwentyeighth",
        ),
        (
            "three-hundred-twenty-ninth workspace (a Cardiff solar and heat pump installer's advisers, an April fiscal year paid monthly in GBP, a rooftop commission on an annual quota, a heat pump incentive, a draw and cancellations clawed back, formal British English), earlier held-out set",
            "threehundredtwentyninth/heldout.toml",
            "threehundredtwentyninth",
        ),
        (
            "three-hundred-thirtieth workspace (the Maven CRM export recast as a Philadelphia medical supply distributor, an October fiscal year paid monthly in USD, a med-surg supply commission in street-named bands, a biomed incentive, a draw and cancelled orders clawed back, American mobile shorthand), earlier held-out set",
            "threehundredthirtieth/heldout.toml",
            "threehundredthirtieth",
        ),
        (
            "three-hundred-thirty-first workspace (a Lagos business broadband reseller's account managers, an April fiscal year paid monthly in NGN, a connectivity revenue commission in Lagos-traffic tiers, a voice incentive, a draw and cancelled circuits clawed back, Nigerian WhatsApp English), earlier held-out set",
            "threehundredthirtyfirst/heldout.toml",
            "threehundredthirtyfirst",
        ),
        (
            "three-hundred-thirty-second workspace (a Los Angeles craft beverage distributor's reps, an April fiscal year paid monthly in USD, a core depletions commission in bar-order tiers, a monthly next-wave incentive, a draw and pour-outs clawed back, Gen-Z texting), earlier held-out set",
            "threehundredthirtysecond/heldout.toml",
            "threehundredthirtysecond",
        ),
        (
            "three-hundred-thirty-third workspace (a Cork medical device company's reps, an October fiscal year paid monthly in EUR, a capital equipment commission on an annual quota, a quarterly consumables incentive, a draw and cancellations clawed back, Irish emails and Teams), earlier held-out set",
            "threehundredthirtythird/heldout.toml",
            "threehundredthirtythird",
        ),
        (
            "three-hundred-thirty-fourth workspace (a Perth mining equipment hire company's reps, a July fiscal year paid monthly in AUD, a fleet hire commission in ore-grade tiers, a maintenance services incentive, a draw and stand-downs clawed back, Australian FIFO Teams chat), earlier held-out set",
            "threehundredthirtyfourth/heldout.toml",
            "threehundredthirtyfourth",
        ),
        (
            "three-hundred-thirty-fifth workspace (the Maven CRM export recast as a Boston lab equipment distributor, an October fiscal year paid monthly in USD, an instrument commission in lab-safety tiers, a consumables pull-through incentive, a draw and de-books clawed back, plain American English from managers and designers), earlier held-out set",
            "threehundredthirtyfifth/heldout.toml",
            "threehundredthirtyfifth",
        ),
        (
            "three-hundred-thirty-sixth workspace (a Toronto commercial HVAC service company's reps, a November fiscal year paid monthly in CAD, an upkeep contract commission in burner-stage tiers on a quarterly quota, a retrofit project incentive, a draw and walk-backs clawed back, Canadian Slack with franglais), earlier held-out set",
            "threehundredthirtysixth/heldout.toml",
            "threehundredthirtysixth",
        ),
        (
            "three-hundred-thirty-seventh workspace (a Manila BPO seat reseller's account executives, a calendar year paid monthly in PHP, a seat lease commission, a managed services incentive, a draw and cancellations clawed back, Filipino English office chat with Taglish), earlier held-out set",
            "threehundredthirtyseventh/heldout.toml",
            "threehundredthirtyseventh",
        ),
        (
            "three-hundred-thirty-eighth workspace (a Manchester linen and catering supplies wholesaler's reps, an April fiscal year paid quarterly in GBP, a linen and workwear commission, a catering kit incentive, a draw and cancellations clawed back, Northern English WhatsApp), earlier held-out set",
            "threehundredthirtyeighth/heldout.toml",
            "threehundredthirtyeighth",
        ),
        (
            "three-hundred-thirty-ninth workspace (a Houston oilfield software vendor's AEs, a calendar year paid quarterly in USD, a net new ACV commission in drilling-crew tiers, a field services incentive, a draw and cancellations clawed back, Texan voice-to-text), earlier held-out set",
            "threehundredthirtyninth/heldout.toml",
            "threehundredthirtyninth",
        ),
        (
            "three-hundred-fortieth workspace (the Maven CRM export recast as a Minneapolis medical imaging distributor, a May fiscal year paid monthly in USD, a modality revenue commission on quarterly quotas, a monthly aftermarket incentive, a recoverable draw and cancellations clawed back, plain corporate American English from sellers, managers and designers), earlier held-out set",
            "threehundredfortieth/heldout.toml",
            "threehundredfortieth",
        ),
        (
            "three-hundred-forty-first workspace (a Kansas City farm equipment dealer group's parts-and-service reps, an October fiscal year paid quarterly in USD, an aftermarket revenue commission, an uptime agreement incentive, a draw and sent-back parts clawed back, plain everyday American chat), earlier held-out set",
            "threehundredfortyfirst/heldout.toml",
            "threehundredfortyfirst",
        ),
        (
            "three-hundred-forty-second workspace (a Nairobi mobile-money merchant acquirer's executives, a calendar year paid monthly in KES, a merchant fee value commission in matatu-road bands on a monthly quota, a Smart POS incentive, a draw and reversals clawed back, Kenyan WhatsApp with Sheng and Swahili), earlier held-out set",
            "threehundredfortysecond/heldout.toml",
            "threehundredfortysecond",
        ),
        (
            "three-hundred-forty-third workspace (a London cybersecurity managed-services provider's AEs, a February fiscal year paid monthly in GBP, a managed ARR commission in castle bands on a quarterly quota, an assurance incentive, a draw and cancellations clawed back, London sales-floor Slack), earlier held-out set",
            "threehundredfortythird/heldout.toml",
            "threehundredfortythird",
        ),
        (
            "three-hundred-forty-fourth workspace (an Austin creator-economy startup's SDRs and AEs, a calendar year paid monthly in USD, a platform ARR commission in social-media tiers on a quarterly quota, an add-on incentive, a draw and ghosted deals clawed back, Gen-Z texting), earlier held-out set",
            "threehundredfortyfourth/heldout.toml",
            "threehundredfortyfourth",
        ),
        (
            "three-hundred-forty-fifth workspace (the Maven CRM export recast as a Madrid industrial robotics distributor's European team, an April fiscal year paid monthly in EUR, an automation equipment commission on quarterly quotas, a monthly services incentive, a draw and stornos clawed back, non-native English from Spanish, German, Italian and French sellers), earlier held-out set",
            "threehundredfortyfifth/heldout.toml",
            "threehundredfortyfifth",
        ),
        (
            "three-hundred-forty-sixth workspace (a Melbourne commercial cleaning contractor's BDMs, a July fiscal year paid quarterly in AUD, a contract commission on quarterly quotas, a services incentive on an annual quota, a draw and cancellations clawed back, plain Australian office chat), held-out set",
            "threehundredfortysixth/heldout.toml",
            "threehundredfortysixth",
        ),
        (
            "three-hundred-forty-seventh workspace (a Hyderabad pharmaceutical distributor's medical representatives, an April fiscal year paid monthly in INR, a primary sales commission in spice slabs on a monthly quota, a tender incentive on a quarterly quota, an advance and goods returns clawed back, Indian WhatsApp English with Hinglish), held-out set",
            "threehundredfortyseventh/heldout.toml",
            "threehundredfortyseventh",
        ),
        (
            "three-hundred-forty-eighth workspace (the Maven CRM export recast as a Rotterdam port logistics software vendor's AEs, a calendar year paid monthly in EUR, a licence ACV commission in ship-size tiers on quarterly quotas, a subscription ARR incentive on an annual quota, a draw and cancellations clawed back, Dutch and Flemish sellers' English), held-out set",
            "threehundredfortyeighth/heldout.toml",
            "threehundredfortyeighth",
        ),
        (
            "three-hundred-forty-ninth workspace (a Chicago commercial insurance brokerage's producers, a calendar year paid quarterly in USD, a new-business commission on quarterly quotas, a renewal retention incentive on an annual quota, a draw and cancelled policies clawed back, formal corporate English from managers and the plan designer), held-out set",
            "threehundredfortyninth/heldout.toml",
            "threehundredfortyninth",
        ),
        (
            "three-hundred-fiftieth workspace (the Maven CRM export recast as a São Paulo payments company's account executives, a calendar year paid monthly in BRL, a capture commission on quarterly quotas, a recurring revenue incentive, an advance and reversals clawed back, Brazilian WhatsApp English mixed with Portuguese), held-out set",
            "threehundredfiftieth/heldout.toml",
            "threehundredfiftieth",
        ),
    ]
}

/// The measure of a generated workspace's accelerator (its plan's first measure).
fn accelerator_of(workspace: &str) -> &'static str {
    match workspace {
        "fifth" => "acv",
        "sixth" => "gmd",
        "seventh" => "core",
        "eighth" => "revenue",
        "ninth" => "implant",
        "tenth" => "gtx",
        "thirteenth" => "premium",
        "twelfth" => "gross_margin",
        "fourteenth" => "new_acv",
        "fifteenth" => "mainline",
        "sixteenth" => "net_new_acv",
        "seventeenth" => "revenue",
        "eighteenth" => "equipment",
        "nineteenth" => "hardware",
        "twentieth" => "system",
        "twentyfirst" => "new_arr",
        "twentysecond" => "perm_fees",
        "twentythird" => "capital",
        "twentyfourth" => "new_business",
        "twentyfifth" => "gp",
        "twentysixth" => "new_acv",
        "twentyseventh" => "gci",
        "twentyeighth" => "hw_gp",
        "twentyninth" => "tcv",
        "thirtieth" => "order_intake",
        "thirtyfirst" => "rooms",
        "thirtysecond" => "revenue",
        "thirtythird" => "nfi",
        "thirtyfourth" => "gm",
        "thirtyfifth" => "billed",
        "thirtysixth" => "new_arr",
        "thirtyseventh" => "gp",
        "thirtyeighth" => "new_biz",
        "thirtyninth" => "gp",
        "fortieth" => "scv",
        "fortyfirst" => "margin",
        "fortysecond" => "equipment_gp",
        "fortythird" => "tcv",
        "fortyfourth" => "mrr",
        "fortyfifth" => "funded",
        "fortysixth" => "perm",
        "fortyseventh" => "capital",
        "fortyeighth" => "tpv",
        "fortyninth" => "new_arr",
        "fiftieth" => "mrr",
        "fiftyfirst" => "gp",
        "fiftysecond" => "acv",
        "fiftythird" => "mrr",
        "fiftyfourth" => "machinery",
        "fiftyfifth" => "freight_gp",
        "fiftysixth" => "depletions",
        "fiftyseventh" => "lc",
        "fiftyeighth" => "turnover",
        "fiftyninth" => "implant",
        "sixtieth" => "new_business",
        "sixtyfirst" => "acv",
        "sixtysecond" => "street",
        "sixtythird" => "licence",
        "sixtyfourth" => "projects",
        "sixtyfifth" => "margin",
        "sixtysixth" => "merchant_revenue",
        "sixtyseventh" => "ventas",
        "sixtyeighth" => "catalogue",
        "sixtyninth" => "line_rental",
        "seventieth" => "msc",
        "seventyfirst" => "capital",
        "seventysecond" => "catalog",
        "seventythird" => "new_revenue",
        "seventyfourth" => "roof",
        "seventyfifth" => "acv",
        "seventysixth" => "catalogue",
        "seventyseventh" => "margin",
        "seventyeighth" => "catalog",
        "seventyninth" => "solar",
        "eightieth" => "cvc",
        "eightyfirst" => "contract_margin",
        "eightysecond" => "sales_volume",
        "eightythird" => "rental_rev",
        "eightyfourth" => "sell_through",
        "eightyfifth" => "subs_arr",
        "eightysixth" => "field_revenue",
        "eightyseventh" => "contract_revenue",
        "eightyeighth" => "system_sales",
        "eightyninth" => "depletion",
        "ninetieth" => "hardware_revenue",
        "ninetyfirst" => "procedure",
        "ninetysecond" => "booked",
        "ninetythird" => "group_rev",
        "ninetyfourth" => "hardware",
        "ninetyfifth" => "perm_fee",
        "ninetysixth" => "platform",
        "ninetyseventh" => "net_sales",
        "ninetyeighth" => "revenue",
        "ninetyninth" => "umsatz",
        "hundredth" => "bookings",
        "hundredfirst" => "front_gross",
        "hundredsecond" => "core",
        "hundredthird" => "nb",
        "hundredfourth" => "revenue",
        "hundredfifth" => "system_sales",
        "hundredsixth" => "revenue",
        "hundredseventh" => "new_arr",
        "hundredeighth" => "systems",
        "hundredninth" => "orderbook",
        "hundredtenth" => "revenue",
        "hundredeleventh" => "gross_sales",
        "hundredtwelfth" => "net_sales",
        "hundredthirteenth" => "press_revenue",
        "hundredfourteenth" => "hw_rev",
        "hundredfifteenth" => "equipment",
        "hundredsixteenth" => "revenue",
        "hundredseventeenth" => "licence",
        "hundredeighteenth" => "throughput",
        "hundrednineteenth" => "equipment",
        "hundredtwentieth" => "installed",
        "hundredtwentyfirst" => "gbc",
        "hundredtwentysecond" => "supply",
        "hundredtwentythird" => "nnr",
        "hundredtwentyfourth" => "services",
        "hundredtwentyfifth" => "bc",
        "hundredtwentysixth" => "hw",
        "hundredtwentyseventh" => "road",
        "hundredtwentyeighth" => "revenue",
        "hundredtwentyninth" => "capital",
        "hundredthirtieth" => "bookings",
        "hundredthirtyfirst" => "new_arr",
        "hundredthirtysecond" => "hardware",
        "hundredthirtythird" => "equipment",
        "hundredthirtyfourth" => "systems",
        "hundredthirtyfifth" => "equip",
        "hundredthirtysixth" => "core",
        "hundredthirtyseventh" => "equipment",
        "hundredthirtyeighth" => "hardware",
        "hundredthirtyninth" => "equipment",
        "hundredfortieth" => "compute",
        "hundredfortyfirst" => "equipment",
        "hundredfortysecond" => "device",
        "hundredfortythird" => "hardware",
        "hundredfortyfourth" => "workstation",
        "hundredfortyfifth" => "equipment",
        "hundredfortysixth" => "tonnage",
        "hundredfortyseventh" => "equipment",
        "hundredfortyeighth" => "platform",
        "hundredfortyninth" => "equipment",
        "hundredfiftieth" => "field_sales",
        "hundredfiftyfirst" => "new_business",
        "hundredfiftysecond" => "net_sales",
        "hundredfiftythird" => "equipment",
        "hundredfiftyfourth" => "core",
        "hundredfiftyfifth" => "furniture",
        "hundredfiftysixth" => "hardware",
        "hundredfiftyseventh" => "new_acv",
        "hundredfiftyeighth" => "hardware",
        "hundredfiftyninth" => "depletions",
        "hundredsixtieth" => "bookings",
        "hundredsixtyfirst" => "events",
        "hundredsixtysecond" => "revenue",
        "hundredsixtythird" => "equipment",
        "hundredsixtyfourth" => "core",
        "hundredsixtyfifth" => "mech",
        "hundredsixtysixth" => "hardware",
        "hundredsixtyseventh" => "trc",
        "hundredsixtyeighth" => "main_pot",
        "hundredsixtyninth" => "new_biz",
        "hundredseventieth" => "field_rev",
        "hundredseventyfirst" => "equipment",
        "hundredseventysecond" => "hardware",
        "hundredseventythird" => "array",
        "hundredseventyfourth" => "net_sales",
        "hundredseventyfifth" => "whole_goods",
        "hundredseventysixth" => "systems",
        "hundredseventyseventh" => "hardgoods",
        "hundredseventyeighth" => "core",
        "hundredseventyninth" => "growth",
        "hundredeightieth" => "net_sales",
        "hundredeightyfirst" => "wellsite",
        "hundredeightysecond" => "core",
        "hundredeightythird" => "cvc",
        "hundredeightyfourth" => "core",
        "hundredeightyfifth" => "press",
        "hundredeightysixth" => "systems",
        "hundredeightyseventh" => "installs",
        "hundredeightyeighth" => "hardware",
        "hundredeightyninth" => "ib",
        "hundredninetieth" => "systems",
        "hundredninetyfirst" => "inputs",
        "hundredninetysecond" => "systems",
        "hundredninetythird" => "bulk",
        "hundredninetyfourth" => "gtx",
        "hundredninetyfifth" => "brew",
        "hundredninetysixth" => "field",
        "hundredninetyseventh" => "projects",
        "hundredninetyeighth" => "systems",
        "hundredninetyninth" => "bookings",
        "twohundredth" => "revenue",
        "twohundredfirst" => "equipment",
        "twohundredsecond" => "hardware",
        "twohundredthird" => "lrc",
        "twohundredfourth" => "mileage",
        "twohundredfifth" => "equipment",
        "twohundredsixth" => "core",
        "twohundredseventh" => "new_biz",
        "twohundredeighth" => "array",
        "twohundredninth" => "revenue",
        "twohundredtenth" => "equipment",
        "twohundredeleventh" => "equipment",
        "twohundredtwelfth" => "offtake",
        "twohundredthirteenth" => "house_blend",
        "twohundredfourteenth" => "equipment",
        "twohundredfifteenth" => "core",
        "twohundredsixteenth" => "hardscape",
        "twohundredseventeenth" => "hardware",
        "twohundredeighteenth" => "catalogue",
        "twohundrednineteenth" => "new_premium",
        "twohundredtwentieth" => "new_arr",
        "twohundredtwentyfirst" => "turnover",
        "twohundredtwentysecond" => "solar",
        "twohundredtwentythird" => "hardware",
        "twohundredtwentyfourth" => "im",
        "twohundredtwentyfifth" => "core",
        "twohundredtwentysixth" => "comfort",
        "twohundredtwentyseventh" => "booked",
        "twohundredtwentyeighth" => "wet",
        "twohundredtwentyninth" => "bookings",
        "twohundredthirtieth" => "route",
        "twohundredthirtyfirst" => "core",
        "twohundredthirtysecond" => "nb",
        "twohundredthirtythird" => "booked",
        "twohundredthirtyfourth" => "placements",
        "twohundredthirtyfifth" => "turnover",
        "twohundredthirtysixth" => "sold_work",
        "twohundredthirtyseventh" => "platform",
        "twohundredthirtyeighth" => "vehicle_gross",
        "twohundredthirtyninth" => "booked",
        "twohundredfortieth" => "replacement",
        "twohundredfortyfirst" => "systems",
        "twohundredfortysecond" => "egp",
        "twohundredfortythird" => "generation",
        "twohundredfortyfourth" => "systems",
        "twohundredfortyfifth" => "kitchens",
        "twohundredfortysixth" => "hardware",
        "twohundredfortyseventh" => "production",
        "twohundredfortyeighth" => "front",
        "twohundredfortyninth" => "field",
        "twohundredfiftieth" => "fyp",
        "twohundredfiftyfirst" => "hardware",
        "twohundredfiftysecond" => "implant",
        "twohundredfiftythird" => "aggregate",
        "twohundredfiftyfourth" => "bookings",
        "twohundredfiftyfifth" => "tcv",
        "twohundredfiftysixth" => "systems",
        "twohundredfiftyseventh" => "perm",
        "twohundredfiftyeighth" => "tapshelf",
        "twohundredfiftyninth" => "hw_volume",
        "twohundredsixtieth" => "gci",
        "twohundredsixtyfirst" => "core",
        "twohundredsixtysecond" => "nna",
        "twohundredsixtythird" => "connect",
        "twohundredsixtyfourth" => "acquiring",
        "twohundredsixtyfifth" => "bookings",
        "twohundredsixtysixth" => "iron",
        "twohundredsixtyseventh" => "supplies",
        "twohundredsixtyeighth" => "float",
        "twohundredsixtyninth" => "route",
        "twohundredseventieth" => "freight",
        "twohundredseventyfirst" => "licence",
        "twohundredseventysecond" => "boh",
        "twohundredseventythird" => "box",
        "twohundredseventyfourth" => "contract",
        "twohundredseventyfifth" => "systems",
        "twohundredseventysixth" => "captura",
        "twohundredseventyseventh" => "maschinen",
        "twohundredseventyeighth" => "commercial_nb",
        "twohundredseventyninth" => "consumables",
        "twohundredeightyfirst" => "hardware",
        "twohundredeightieth" => "margin",
        "twohundredeightysecond" => "fibre",
        "twohundredeightythird" => "front",
        "twohundredeightyfourth" => "tessuti",
        "twohundredeightyfifth" => "solar",
        "twohundredeightyseventh" => "risk_assets",
        "twohundredeightyeighth" => "pe",
        "twohundredninetieth" => "implant",
        "twohundredeightysixth" => "boxrev",
        "twohundredeightyninth" => "freight",
        "twohundredninetyfirst" => "systems",
        "twohundredninetythird" => "hw_rev",
        "twohundredninetyfourth" => "supplies",
        "twohundredninetyfifth" => "nbp",
        "twohundredninetysecond" => "hardware",
        "twohundredninetysixth" => "acv",
        "twohundredninetyseventh" => "epc",
        "twohundredninetyeighth" => "systems",
        "threehundredth" => "unit_sales",
        "twohundredninetyninth" => "perm_fees",
        "threehundredsecond" => "gm",
        "threehundredthird" => "trade",
        "threehundredfourth" => "hw",
        "threehundredfifth" => "tm_fees",
        "threehundredfirst" => "core",
        "threehundredsixth" => "contract",
        "threehundredseventh" => "catalog",
        "threehundredeighth" => "systems",
        "threehundredninth" => "sub_acv",
        "threehundredtenth" => "nbr",
        "threehundredeleventh" => "gear",
        "threehundredtwelfth" => "core",
        "threehundredthirteenth" => "connect",
        "threehundredfourteenth" => "rentroll",
        "threehundredfifteenth" => "asv",
        "threehundredsixteenth" => "fee_share",
        "threehundredseventeenth" => "devices",
        "threehundredeighteenth" => "gear",
        "threehundrednineteenth" => "subs",
        "threehundredtwentieth" => "nav",
        "threehundredtwentyfirst" => "arr",
        "threehundredtwentysecond" => "machinery",
        "threehundredtwentythird" => "perm_fee",
        "threehundredtwentyfourth" => "production",
        "threehundredtwentyfifth" => "hw_rev",
        "threehundredtwentysixth" => "platform_acv",
        "threehundredtwentyseventh" => "premium",
        "threehundredtwentyeighth" => "freight",
        "threehundredtwentyninth" => "rooftop",
        "threehundredthirtieth" => "medsurg",
        "threehundredthirtyfirst" => "connect",
        "threehundredthirtysecond" => "depletions",
        "threehundredthirtythird" => "capital",
        "threehundredthirtyfourth" => "fleet_hire",
        "threehundredthirtyfifth" => "instruments",
        "threehundredthirtysixth" => "upkeep",
        "threehundredthirtyseventh" => "seat_lease",
        "threehundredthirtyeighth" => "linen",
        "threehundredthirtyninth" => "acv",
        "threehundredfortieth" => "modality",
        "threehundredfortyfirst" => "aftermarket",
        "threehundredfortysecond" => "fee_value",
        "threehundredfortythird" => "managed_arr",
        "threehundredfortyfourth" => "arr",
        "threehundredfortyfifth" => "equipment",
        "threehundredfortysixth" => "contract",
        "threehundredfortyseventh" => "primary",
        "threehundredfortyeighth" => "licence",
        "threehundredfortyninth" => "new_business",
        "threehundredfiftieth" => "captura",
        _ => "lsv",
    }
}

/// One set read from disk, over the sample, the Maven export or a generated workspace
/// (calculated as of the day its set says); None when the file is absent.
fn disk_run(ctx: &Context, m_ctx: &Context, file: &str, ws: &str) -> Option<Tally> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval").join(file);
    let text = std::fs::read_to_string(path).ok()?;
    Some(match ws {
        "sample" => run_set(ctx, &text, Some("new_arr")),
        "maven" => run_set(m_ctx, &text, Some("hw_bookings")),
        other => {
            let (mut inputs, doc) = common::generated(other);
            inputs.as_of = plansight_ask::eval::set_as_of(&text);
            let calc = plansight_engine::calculate(&inputs).unwrap();
            let c = sample_ctx(&inputs, &calc, &doc, &[]);
            run_set(&c, &text, Some(accelerator_of(other)))
        }
    })
}

/// `PLANSIGHT_SETS=fiftieth,maven/heldout-7 cargo test --test understanding -- --nocapture`
/// scores only the disk sets whose file contains one of the words (misses shown as in the
/// whole run): for reading one round without waiting for every set.
#[test]
fn chosen_sets() {
    let Some(chosen) = std::env::var_os("PLANSIGHT_SETS") else {
        return;
    };
    let chosen = chosen.to_string_lossy().into_owned();
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let scenarios = common::scenarios();
    let ctx = sample_ctx(&inputs, &calc, &doc, &scenarios);
    let (m_inputs, m_doc) = common::maven();
    let m_calc = plansight_engine::calculate(&m_inputs).unwrap();
    let m_ctx = sample_ctx(&m_inputs, &m_calc, &m_doc, &[]);
    let show_heldout = std::env::var_os("PLANSIGHT_SHOW_HELDOUT").is_some();
    for (name, file, ws) in disk_sets() {
        if chosen.split(',').any(|w| file.contains(w)) {
            if let Some(t) = disk_run(&ctx, &m_ctx, file, ws) {
                report(name, &t, show_heldout || name.contains("earlier"));
            }
        }
    }
}
