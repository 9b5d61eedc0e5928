//! Queries run on the engine: each figure the assistant gives for a query is checked here
//! against a calculation made outside the query code (the engine's items, payouts and a
//! plan changed by hand and recalculated), to the cent.

mod common;

use chrono::NaiveDate;
use plansight_ask::query::context::Conversation;
use plansight_ask::{ask, ask_in};
use plansight_plan::{Cents, Exact, Stage};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn a_quarters_earnings_are_its_items_and_the_parts_add_up() {
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let a = ask(
        &common::context(&inputs, &calc, &doc),
        "s02",
        "how much did I earn in Q3?",
    );
    assert_eq!(a.arguments["period"], "Q3");
    // Q3 of a plan year starting in February: August to October.
    let (from, to) = (day("2026-08-01"), day("2026-10-31"));
    let r = calc.seller("s02").unwrap();
    let q3: Exact = r
        .items
        .iter()
        .filter(|i| i.date >= from && i.date <= to)
        .map(|i| i.amount)
        .sum();
    assert_eq!(a.figures["value"], q3.money());
    // Each part is its items' exact sum, rounded once; the rounded parts add up to the
    // rounded total within half a cent each.
    let kind_sum = |k: plansight_plan::ItemKind, m: Option<&str>| -> Exact {
        r.items
            .iter()
            .filter(|i| {
                i.date >= from && i.date <= to && i.kind == k && m.is_none_or(|m| i.measure.as_deref() == Some(m))
            })
            .map(|i| i.amount)
            .sum()
    };
    use plansight_plan::ItemKind::*;
    assert_eq!(
        a.figures["new_arr_earnings"],
        kind_sum(Measure, Some("new_arr")).money()
    );
    assert_eq!(a.figures["bonuses"], kind_sum(Bonus, None).money());
    assert_eq!(a.figures["clawbacks"], kind_sum(Clawback, None).money());
    let parts: i128 = [
        "new_arr_earnings",
        "renewals_earnings",
        "bonuses",
        "clawbacks",
        "cap_adjustments",
    ]
    .iter()
    .filter_map(|k| a.figures.get(*k))
    .map(|v| plansight_plan::fixed::parse_scaled(v, 2).unwrap() as i128)
    .sum();
    assert!((parts - q3.cents()).abs() <= 2, "{:?}", a.figures);
    assert!(a.understood.starts_with("Earnings in Q3"), "{}", a.understood);
}

#[test]
fn deals_are_counted_and_summed_from_the_lines() {
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let c = common::context(&inputs, &calc, &doc);
    let (from, to) = (day("2026-05-01"), day("2026-07-31"));
    let lines: Vec<_> = inputs
        .lines
        .iter()
        .filter(|l| l.seller == "s02" && l.stage == Stage::Lost && l.close_date.is_some_and(|d| d >= from && d <= to))
        .collect();
    let a = ask(&c, "s02", "how many deals did I lose in Q2?");
    assert_eq!(a.figures["value"], lines.len().to_string());
    let a = ask(&c, "s02", "total value of my lost deals in Q2");
    let sum: i64 = lines.iter().map(|l| l.amount.0).sum();
    assert_eq!(a.figures["value"], Exact::from_cents(Cents(sum)).money());
}

#[test]
fn the_team_cost_is_what_the_payouts_pay() {
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let a = ask(
        &common::context(&inputs, &calc, &doc),
        "s02",
        "what does the team cost?",
    );
    assert_eq!(a.arguments["who"], "team");
    let all: Exact = calc
        .sellers
        .iter()
        .flat_map(|s| s.payouts.iter())
        .map(|p| p.payable)
        .sum();
    assert_eq!(a.figures["value"], all.money());
}

#[test]
fn a_plan_lever_is_the_plan_changed_and_recalculated() {
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let a = ask(
        &common::context(&inputs, &calc, &doc),
        "s02",
        "what would I earn if my new ARR quota were 900k?",
    );
    assert_eq!(a.arguments["lever"]["kind"], "quota");
    assert_eq!(a.arguments["lever"]["value"], "900000.00");
    let mut changed = inputs.clone();
    changed.plan.measures[0].quotas = vec![Cents(90_000_000)];
    let after = plansight_engine::calculate(&changed).unwrap();
    assert_eq!(a.figures["after"], after.seller("s02").unwrap().total.money());
    assert_eq!(a.figures["before"], calc.seller("s02").unwrap().total.money());
    // The payout cap is not a scenario file's lever: the plan is changed on a copy.
    let a = ask(
        &common::context(&inputs, &calc, &doc),
        "s02",
        "which 3 reps lose the most with a 60k payout cap",
    );
    assert_eq!(a.arguments["lever"]["kind"], "payout_cap");
    let mut capped = inputs.clone();
    capped.plan.payout_cap = Some(Cents(6_000_000));
    let after = plansight_engine::calculate(&capped).unwrap();
    let mut changes: Vec<(Exact, String)> = calc
        .sellers
        .iter()
        .map(|s| (after.seller(&s.seller).unwrap().total - s.total, s.seller.clone()))
        .collect();
    changes.sort();
    assert_eq!(a.figures["change_1"], changes[0].0.money(), "{}", a.answer);
    // The team's cost under the change is said beside today's, whichever way it is asked.
    let paid = |c: &plansight_plan::Calculation| -> Exact {
        c.sellers.iter().flat_map(|s| s.payouts.iter()).map(|p| p.payable).sum()
    };
    let (today, under) = (paid(&calc), paid(&after));
    for q in [
        "what would the team cost with a 60k payout cap",
        "how much would a 60k payout cap save us",
    ] {
        let a = ask(&common::context(&inputs, &calc, &doc), "s02", q);
        assert_eq!(a.figures["before"], today.money(), "{q}: {}", a.answer);
        assert_eq!(a.figures["after"], under.money(), "{q}: {}", a.answer);
        assert_eq!(a.figures["change"], (under - today).money(), "{q}: {}", a.answer);
    }
}

#[test]
fn the_distance_to_the_accelerator_is_quota_less_credit() {
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let a = ask(
        &common::context(&inputs, &calc, &doc),
        "s02",
        "how far am I from the accelerator?",
    );
    assert_eq!(a.arguments["mark"], "accelerator");
    // 100% of the 1,200,000.00 New ARR quota less the 1,098,314.90 credited.
    assert_eq!(a.figures["value"], "101685.10");
}

/// The answers to one conversation's questions, in order, on a generated workspace.
fn conversation(workspace: &str, asker: &str, questions: &[&str]) -> Vec<plansight_ask::Answer> {
    let (inputs, doc) = common::generated(workspace);
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    let mut talk = Conversation::default();
    questions.iter().map(|q| ask_in(&ctx, asker, q, &mut talk)).collect()
}

#[test]
fn follow_ups_replace_the_parts_they_name() {
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let c = common::context(&inputs, &calc, &doc);
    let mut talk = Conversation::default();
    let first = ask_in(&c, "s02", "what would a 200k deal closing in Q3 pay?", &mut talk);
    assert_eq!(first.intent, "what_if_deal");
    let moved = ask_in(&c, "s02", "and if it closed in March?", &mut talk);
    assert_eq!(moved.arguments["new_deal"]["close_date"], "2026-03-31");
    assert_eq!(moved.arguments["new_deal"]["amount"], "200000.00");
    let bigger = ask_in(&c, "s02", "what if it were twice that?", &mut talk);
    assert_eq!(bigger.arguments["new_deal"]["amount"], "400000.00");
    let priya = ask_in(&c, "s02", "and for Priya?", &mut talk);
    assert_eq!(priya.arguments["who"], "s03");
    // A person named after a ranking: that person's own figure.
    let mut talk = Conversation::default();
    ask_in(&c, "s02", "who earned the most in Q2?", &mut talk);
    let own = ask_in(&c, "s02", "and what about Priya?", &mut talk);
    assert_eq!(
        (own.arguments["who"].as_str(), own.arguments["op"].as_str()),
        (Some("s03"), Some("value")),
        "{own:?}"
    );
    // Without the conversation the same words are asked back, not guessed.
    assert_eq!(ask(&c, "s02", "and if it closed in March?").intent, "clarify");
    // A deal that slipped moves later, into the next plan year; an amount of a deal type
    // is a new deal of it.
    let (inputs, doc) = common::generated("thirtythird");
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let r = common::context(&inputs, &calc, &doc);
    let mut talk = Conversation::default();
    ask_in(
        &r,
        "Gareth Whitfield",
        "what do i lose if PL-21709 slips to february",
        &mut talk,
    );
    let later = ask_in(&r, "Gareth Whitfield", "and if it slipped to april?", &mut talk);
    assert_eq!(later.arguments["move_deal"]["close_date"], "2026-04-30", "{later:?}");
    // "and if everything lands?" after the weighted pipeline: all of it won.
    let solar = conversation(
        "fortieth",
        "Jessica Morales",
        &["what would my weighted pipe pay me in q4", "and if everything lands?"],
    );
    assert_eq!(solar[0].arguments["pipeline"], "weighted", "{:?}", solar[0]);
    assert_eq!(solar[1].arguments["pipeline"], "all", "{:?}", solar[1]);
    // "and at 30?" after a rate said in basis points: 30 basis points.
    let bank = conversation(
        "fortyfifth",
        "Dale Petersen",
        &["what would the plan cost with silk at 45 bps", "and at 30?"],
    );
    assert_eq!(bank[0].arguments["lever"]["value"], "0.0045", "{:?}", bank[0]);
    assert_eq!(bank[1].arguments["lever"]["value"], "0.003", "{:?}", bank[1]);
    let mut talk = Conversation::default();
    ask_in(
        &r,
        "Rebecca Hollis",
        "how far off the century am i this quarter",
        &mut talk,
    );
    let perm = ask_in(&r, "Rebecca Hollis", "and with a 6k perm today?", &mut talk);
    assert_eq!(perm.arguments["new_deal"]["type"], "perm", "{perm:?}");
    assert_eq!(perm.arguments["figure"], "distance", "{perm:?}");
    // "and with a 300k tower today?": a product's word after the amount is a deal too.
    let tower = conversation(
        "fortyseventh",
        "Tyler Guidry",
        &["how far from castling", "and with a 300k tower today?"],
    );
    assert_eq!(tower[1].arguments["figure"], "distance", "{:?}", tower[1]);
    assert_eq!(
        tower[1].arguments["new_deal"]["product"], "endoscopy tower",
        "{:?}",
        tower[1]
    );
    // A new amount with a product names the deal's product too.
    let (inputs, doc) = common::generated("thirtyfourth");
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let f = common::context(&inputs, &calc, &doc);
    let mut talk = Conversation::default();
    ask_in(
        &f,
        "Hannah Lindqvist",
        "if i cover a 3k reefer load today what's that pay me",
        &mut talk,
    );
    let flat = ask_in(&f, "Hannah Lindqvist", "and a 5k flatbed?", &mut talk);
    assert_eq!(flat.arguments["new_deal"]["product"], "flatbed", "{flat:?}");
    // "and won?" after a count of lost deals: the won ones, which are the default stage.
    let mut talk = Conversation::default();
    let lost = ask_in(&c, "s02", "how many deals did I lose in Q2", &mut talk);
    assert_eq!(lost.arguments["stage"], "lost");
    let won = ask_in(&c, "s02", "and won?", &mut talk);
    assert_eq!(
        (won.arguments["figure"].as_str(), won.arguments["stage"].as_str()),
        (Some("deal_count"), None)
    );
    assert_eq!(won.arguments["period"], "Q2");
}

#[test]
fn a_request_to_change_data_is_declined_with_what_the_app_offers() {
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let a = ask(&common::context(&inputs, &calc, &doc), "s02", "remove my lost deals");
    assert_eq!(a.intent, "decline");
    assert!(
        a.answer.contains("Simulator") && a.answer.contains("Import"),
        "{}",
        a.answer
    );
    assert!(a.figures.keys().all(|k| k == "as_of"));
}

#[test]
fn the_plan_documents_own_names_are_learnt() {
    use plansight_ask::query::terms::{terms, Term};
    let (inputs, doc) = common::generated("third");
    let found = terms(&inputs.plan, &doc);
    for (name, term) in [
        ("overdrive", Term::Tier(0, 2)),
        ("cruise", Term::Tier(0, 1)),
        ("floor", Term::Threshold(0)),
        ("ceiling", Term::Cap(0)),
        ("earnings limit", Term::PayoutCap),
    ] {
        assert!(found.contains(&(name.to_string(), term)), "{name}: {found:?}");
    }
    let (maven, maven_doc) = common::maven();
    let found = terms(&maven.plan, &maven_doc);
    assert!(found.iter().all(|(n, _)| !n.is_empty()), "{found:?}");
    // Tiers named in prose before "pays"; the payout cap's section, though another section
    // quotes a number that begins with its amount ("USD 450,000" beside a 45,000 cap).
    let (keys, keys_doc) = common::generated("hundredfourth");
    let found = terms(&keys.plan, &keys_doc);
    for (name, term) in [
        ("single click", Term::Tier(1, 0)),
        ("double click", Term::Tier(1, 1)),
        ("full stop", Term::PayoutCap),
    ] {
        assert!(found.contains(&(name.to_string(), term)), "{name}: {found:?}");
    }
    assert!(!found.iter().any(|(n, _)| n == "measures and quotas"), "{found:?}");
}
