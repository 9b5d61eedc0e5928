//! Random plans, rosters and credit lines within the plan language, for the property
//! tests that hold the engines (and the forecast's fast path) to the same figures.
// Money is written in cents grouped as currency (`100_00` is 100.00), not by thousands.
#![allow(clippy::inconsistent_digit_grouping)]

use crate::synthetic::Rng;
use crate::{parse_deals, parse_sellers, Inputs, Plan};

/// One u64 describes a whole case.
struct G(Rng);
impl G {
    fn r(&mut self, lo: i64, hi: i64) -> i64 {
        self.0.range(lo, hi)
    }
    fn p(&mut self, per_cent: i64) -> bool {
        self.r(0, 99) < per_cent
    }
    fn money(&mut self, lo: i64, hi: i64) -> String {
        let c = self.r(lo, hi);
        format!("{}{}.{:02}", if c < 0 { "-" } else { "" }, c.abs() / 100, c.abs() % 100)
    }
    fn frac(&mut self, max_units: i64, digits: u32) -> String {
        let scale = 10i64.pow(digits);
        let v = self.r(0, max_units * scale);
        format!("{}.{:0w$}", v / scale, v % scale, w = digits as usize)
    }
    fn date(&mut self) -> String {
        let d = chrono::NaiveDate::from_ymd_opt(2025, 12, 20).unwrap() + chrono::Duration::days(self.r(0, 390));
        d.to_string()
    }
}

fn periods(g: &mut G) -> &'static str {
    ["annual", "quarterly", "monthly"][g.r(0, 2) as usize]
}

/// A random case: a plan (one or two measures, any tier mode, quota period, threshold,
/// cap, bonus, payout cap, draw and clawback), up to 40 credit lines of up to four
/// sellers (some split, cancelled, negative or open, open lines with a win probability),
/// sometimes a roster and an as-of date. `None` when the draw breaks a rule of the plan
/// language (the caller skips it). One seed always gives the same case.
pub fn random_inputs(seed: u64) -> Option<Inputs> {
    let mut g = G(Rng(seed));
    let mut toml = format!(
        "schema = 1\nid = \"p\"\nname = \"P\"\ncurrency = \"USD\"\nstart = 2026-01-01\nend = 2026-12-31\npayout_period = \"{}\"\ntarget_incentive = \"{}\"\n",
        periods(&mut g),
        g.money(0, 10000_000)
    );
    let measures = g.r(1, 2);
    for m in 0..measures {
        let incentive = g.p(40);
        let qp = periods(&mut g);
        toml += &format!(
            "[[measure]]\nid = \"m{m}\"\nkind = \"{}\"\ntier_mode = \"{}\"\nquota_period = \"{qp}\"\n",
            if incentive { "incentive" } else { "commission" },
            if g.p(50) { "marginal" } else { "retroactive" }
        );
        let n = match qp {
            "annual" => 1,
            "quarterly" => 4,
            _ => 12,
        };
        if g.p(50) {
            toml += &format!("quota = \"{}\"\n", g.money(100_00, 500_000_00));
        } else {
            let qs: Vec<String> = (0..n).map(|_| format!("\"{}\"", g.money(100_00, 200_000_00))).collect();
            toml += &format!("quotas = [{}]\n", qs.join(", "));
        }
        let w = g.r(0, 10000);
        toml += &format!("weight = \"{}.{:04}\"\n", w / 10000, w % 10000);
        if g.p(30) {
            toml += "deal_types = [\"new\", \"expansion\"]\n";
        }
        if g.p(15) {
            toml += "products = [\"a\"]\n";
        }
        if g.p(40) {
            toml += &format!("threshold = \"{}\"\n", g.frac(1, 4));
        }
        if g.p(40) {
            toml += &format!("cap = \"{}.{:04}\"\n", g.r(0, 2), g.r(1, 9999));
        }
        let tiers = g.r(1, 4);
        let mut from = 0i64;
        let mut list = Vec::new();
        for t in 0..tiers {
            if t > 0 {
                from += g.r(1, 8000);
            }
            let rate = if incentive { g.r(0, 3_000_000) } else { g.r(0, 300_000) };
            list.push(format!(
                "{{ from = \"{}.{:04}\", rate = \"{}.{:06}\" }}",
                from / 10000,
                from % 10000,
                rate / 1_000_000,
                rate % 1_000_000
            ));
        }
        toml += &format!("tiers = [{}]\n", list.join(", "));
    }
    if g.p(40) {
        toml += &format!(
            "[[bonus]]\nid = \"db\"\nkind = \"deal\"\n{}\n",
            if g.p(50) {
                format!("amount = \"{}\"", g.money(1, 200_000))
            } else {
                format!("percent = \"0.{:06}\"", g.r(0, 99_999))
            }
        );
        if g.p(50) {
            toml += &format!("min_term_months = {}\n", g.r(0, 36));
        }
        if g.p(30) {
            toml += &format!("min_amount = \"{}\"\n", g.money(0, 1_000_000));
        }
    }
    if g.p(40) {
        toml += &format!(
            "[[bonus]]\nid = \"ms\"\nkind = \"milestone\"\nmeasure = \"m0\"\nattainment = \"{}\"\namount = \"{}\"\n",
            g.frac(1, 4),
            g.money(1, 500_000)
        );
    }
    if g.p(30) {
        toml += &format!("[payout]\ncap = \"{}\"\n", g.money(1, 5_000_000));
    }
    if g.p(40) {
        toml += &format!(
            "[draw]\namount = \"{}\"\nrecoverable = {}\n",
            g.money(1, 500_000),
            g.p(50)
        );
    }
    if g.p(50) {
        toml += &format!("[clawback]\ndays = {}\n", g.r(1, 120));
    }
    let plan = Plan::parse("plan.toml", &toml).ok()?;

    let mut csv =
        String::from("id,seller,amount,close_date,stage,type,product,split,term_months,cancel_date,probability\n");
    let lines = g.r(0, 40);
    let mut used = std::collections::HashSet::new();
    for _ in 0..lines {
        let id = format!("d{}", g.r(1, 25));
        let seller = format!("s{}", g.r(1, 4));
        if !used.insert((id.clone(), seller.clone())) {
            continue;
        }
        let stage = ["won", "won", "won", "lost", "open", "cancelled"][g.r(0, 5) as usize];
        let close = g.date();
        let cancel = if stage == "cancelled" {
            (crate::calendar::parse_date(&close).unwrap() + chrono::Duration::days(g.r(0, 150))).to_string()
        } else {
            String::new()
        };
        let amount = if g.p(10) {
            g.money(-5_000_000, 0)
        } else {
            g.money(0, 30000000)
        };
        let split = if g.p(70) {
            "1".to_string()
        } else {
            format!("0.{:04}", g.r(1, 9999))
        };
        let ty = ["new", "expansion", "renewal", ""][g.r(0, 3) as usize];
        let product = ["a", "b", ""][g.r(0, 2) as usize];
        // Derived from the amount rather than drawn, so the cases stay those the engines'
        // property tests have always used.
        let cents: i64 = amount.replace(['.', '-'], "").parse().unwrap_or(0);
        let probability = if stage == "open" {
            format!("0.{:04}", cents % 10_000)
        } else {
            String::new()
        };
        csv += &format!(
            "{id},{seller},{amount},{close},{stage},{ty},{product},{split},{},{cancel},{probability}\n",
            g.r(0, 48)
        );
    }
    let lines = parse_deals("deals.csv", csv.as_bytes(), Some("USD")).ok()?;
    let roster = if g.p(50) {
        let mut r = "id,start_date,end_date,target_incentive,quota:m0\n".to_string();
        for s in 1..=g.r(1, 4) {
            let start = if g.p(40) {
                g.date().replace("2025", "2026")
            } else {
                String::new()
            };
            let end = if g.p(30) {
                "2026-10-15".to_string()
            } else {
                String::new()
            };
            let ti = if g.p(30) { g.money(0, 5_000_000) } else { String::new() };
            let q = if g.p(30) {
                g.money(100_00, 300_000_00)
            } else {
                String::new()
            };
            r += &format!("s{s},{start},{end},{ti},{q}\n");
        }
        Some(parse_sellers("sellers.csv", r.as_bytes(), &plan).ok()?)
    } else {
        None
    };
    let as_of = if g.p(30) {
        Some(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Duration::days(g.r(0, 364)))
    } else {
        None
    };
    Some(Inputs {
        plan,
        lines,
        roster,
        as_of,
    })
}
