//! A realistic synthetic team (`plansight gen`, the benchmarks, the sample workspace).
//!
//! Deterministic for a seed (a SplitMix64 generator, so no dependency decides the data).
//! Close dates bunch at quarter ends, deal sizes are skewed (many small, few large),
//! about one deal in ten is split between two sellers, and the year holds lost deals,
//! open pipeline and cancellations. All values are integers (cents, days, per-mille).

use chrono::{Duration, NaiveDate};
use std::fmt::Write as _;
use std::path::Path;

/// The plan the generated team is on (the sample plan).
pub const PLAN: &str = include_str!("../../../sample-data/ae-fy26.toml");

/// SplitMix64's output function: 64 well-mixed bits of `z`. Stateless, so a value can be
/// drawn for any key (the forecast draws one per deal and run, in any order).
pub fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// SplitMix64: a tiny deterministic generator, so one seed describes a whole data set
/// (also used by the engine's property tests).
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix64(self.0)
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
    /// True with probability `per_mille`/1000.
    pub fn chance(&mut self, per_mille: i64) -> bool {
        self.range(0, 999) < per_mille
    }
    /// One element of `xs`.
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.range(0, xs.len() as i64 - 1) as usize]
    }
}

const FIRST: [&str; 24] = [
    "Avery", "Jordan", "Priya", "Mateo", "Chen", "Fatima", "Lucas", "Sofia", "Noah", "Amara", "Ethan", "Yuki",
    "Olivia", "Rahul", "Grace", "Diego", "Hannah", "Omar", "Elena", "Kwame", "Isla", "Tomasz", "Leila", "Marcus",
];
const LAST: [&str; 24] = [
    "Brooks", "Nakamura", "Patel", "Garcia", "Liu", "Haddad", "Moreau", "Rossi", "Kim", "Okafor", "Walsh", "Tanaka",
    "Schmidt", "Iyer", "Novak", "Silva", "Becker", "Farouk", "Petrov", "Mensah", "Reid", "Kowalski", "Haddadi",
    "Owens",
];
const TERRITORIES: [&str; 6] = ["West", "Central", "Northeast", "Southeast", "EMEA North", "EMEA South"];
const ACCOUNTS: [&str; 30] = [
    "Acme Corp",
    "Globex",
    "Initech",
    "Umbrella Health",
    "Stark Industries",
    "Wayne Logistics",
    "Hooli",
    "Vandelay Imports",
    "Soylent Foods",
    "Tyrell Systems",
    "Cyberdyne",
    "Massive Dynamic",
    "Oscorp",
    "Aperture Labs",
    "Gringotts Bank",
    "Wonka Confections",
    "Pied Piper",
    "Monarch Airlines",
    "Nakatomi Trading",
    "Blue Sun",
    "Dunder Mifflin",
    "Sterling Cooper",
    "Prestige Worldwide",
    "Bluth Company",
    "Virtucon",
    "Genco Shipping",
    "Krusty Foods",
    "Los Pollos Hermanos",
    "Ollivanders",
    "Zorg Industries",
];
const PRODUCTS: [&str; 4] = ["Platform", "Analytics", "Security", "Services"];

/// A generated team: the plan, roster and credit lines as the files a user would have.
pub struct Team {
    /// Plan TOML (the sample plan without its document reference).
    pub plan: String,
    /// Sellers CSV.
    pub sellers: String,
    /// Deals CSV.
    pub deals: String,
    /// Number of sellers (rows of the sellers CSV).
    pub seller_count: usize,
    /// Number of credit lines (rows of the deals CSV).
    pub line_count: usize,
}

impl Team {
    /// Writes plan.toml, sellers.csv and deals.csv into `out`.
    pub fn write(&self, out: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(out)?;
        std::fs::write(out.join("plan.toml"), &self.plan)?;
        std::fs::write(out.join("sellers.csv"), &self.sellers)?;
        std::fs::write(out.join("deals.csv"), &self.deals)
    }
}

/// A team of `sellers` sellers and about `deals` credit lines (at least `deals`).
pub fn team(sellers: usize, deals: usize, seed: u64) -> Team {
    let mut rng = Rng(seed);
    let start = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
    let plan_end = start + chrono::Months::new(12) - Duration::days(1);
    let width = sellers.to_string().len().max(2);
    let managers = sellers.div_ceil(6).max(1);
    let manager_names: Vec<String> = (0..managers)
        .map(|i| format!("{} {}", FIRST[(i * 7 + 3) % 24], LAST[(i * 5 + 11) % 24]))
        .collect();

    let mut roster = String::from("id,name,manager,territory,role,start_date,end_date,quota:new_arr\n");
    // Per-seller skill in per-mille of quota; ramping hires start later with a lower quota.
    let mut skill = Vec::with_capacity(sellers);
    let mut active = Vec::with_capacity(sellers);
    for i in 0..sellers {
        let id = format!("s{:0width$}", i + 1);
        let name = format!("{} {}", FIRST[i % 24], LAST[(i * 7 + i / 24) % 24]);
        let m = i * managers / sellers.max(1);
        let ramping = rng.chance(150);
        let leaving = !ramping && rng.chance(40);
        let sd = if ramping {
            start + chrono::Months::new(rng.range(2, 6) as u32)
        } else {
            start
        };
        let ed = if leaving {
            start + chrono::Months::new(rng.range(7, 10) as u32) - Duration::days(1)
        } else {
            start + chrono::Months::new(12) - Duration::days(1)
        };
        let quota = if ramping { "800000.00" } else { "" };
        let _ = writeln!(
            roster,
            "{id},{name},{},{},{},{},{},{quota}",
            manager_names[m],
            TERRITORIES[m % TERRITORIES.len()],
            if ramping { "AE (ramping)" } else { "Enterprise AE" },
            if ramping { sd.to_string() } else { String::new() },
            if leaving { ed.to_string() } else { String::new() },
        );
        skill.push(rng.range(550, 1600));
        active.push((sd, ed, id));
    }

    let per_seller = (deals / sellers.max(1)).max(1) as i64;
    let mut csv = String::with_capacity(deals * 110);
    csv.push_str("id,seller,account,name,type,product,amount,close_date,stage,split,probability,term_months,cancel_date,currency\n");
    let mut lines = 0usize;
    let mut n = 0usize;
    while lines < deals {
        n += 1;
        let s = rng.range(0, sellers as i64 - 1) as usize;
        let (sd, ed, ref sid) = active[s];
        let ty = match rng.range(0, 99) {
            0..=44 => "new",
            45..=74 => "expansion",
            _ => "renewal",
        };
        // Skewed sizes around a mean that puts a typical seller near quota (the sample plan's
        // 1,200,000.00 a year, in cents).
        let mean_cents = 120_000_000_i64 * skill[s] / 1000 / (per_seller * 55 / 100).max(1);
        let shape = match rng.range(0, 99) {
            0..=39 => rng.range(200, 600),
            40..=74 => rng.range(600, 1300),
            75..=94 => rng.range(1300, 2800),
            _ => rng.range(2800, 6000),
        };
        let amount = (mean_cents * shape / 1120 / 100 * 100).max(100_000);
        // Quarter-end seasonality: the third month of each quarter is busiest.
        let month = loop {
            let m = rng.range(0, 11);
            let w = [1, 2, 4][(m % 3) as usize];
            if rng.range(1, 4) <= w {
                break m;
            }
        };
        let first = start + chrono::Months::new(month as u32);
        let days = (first + chrono::Months::new(1) - first).num_days();
        let day = if rng.chance(400) {
            rng.range(days - 7, days - 1)
        } else {
            rng.range(0, days - 1)
        };
        let mut close = first + Duration::days(day);
        if close < sd {
            close = sd + Duration::days(rng.range(0, 60));
        }
        if close > ed {
            continue;
        }
        let mut stage = match rng.range(0, 999) {
            0..=679 => "won",
            680..=799 => "lost",
            800..=939 => "open",
            _ => "cancelled",
        };
        let cancel_date = close + Duration::days(rng.range(5, 100));
        // Most cancellations land inside the plan year; a few come after it (and only warn).
        if stage == "cancelled" && cancel_date > plan_end && !rng.chance(150) {
            stage = "won";
        }
        let cancel = if stage == "cancelled" {
            cancel_date.to_string()
        } else {
            String::new()
        };
        let probability = if stage == "open" {
            format!("0.{}", rng.range(1, 9))
        } else {
            String::new()
        };
        let term = *rng.pick(&[12, 12, 12, 24, 36]);
        let account = rng.pick(&ACCOUNTS);
        let product = rng.pick(&PRODUCTS);
        let id = format!("D-{:06}", n);
        let name = format!(
            "{account} {product} {}",
            if ty == "renewal" { "renewal" } else { "expansion" }
                .replace("expansion", if ty == "new" { "new logo" } else { "expansion" })
        );
        let money = |c: i64| format!("{}.{:02}", c / 100, c % 100);
        let mut row = |seller: &str, split: &str| {
            let _ = writeln!(csv, "{id},{seller},{account},{name},{ty},{product},{},{close},{stage},{split},{probability},{term},{cancel},USD", money(amount));
            lines += 1;
        };
        if sellers > 1 && rng.chance(100) {
            let other = (s + rng.range(1, sellers as i64 - 1) as usize) % sellers;
            let (share, rest) = *rng.pick(&[("0.5", "0.5"), ("0.6", "0.4"), ("0.7", "0.3")]);
            row(sid, share);
            row(&active[other].2, rest);
        } else {
            row(sid, "1");
        }
    }
    Team {
        plan: PLAN.replace("document = \"ae-fy26.md\"\n", ""),
        sellers: roster,
        deals: csv,
        seller_count: sellers,
        line_count: lines,
    }
}

/// The benchmarks' figures: the median of several timings.
pub fn median(mut times: Vec<std::time::Duration>) -> std::time::Duration {
    times.sort();
    times[times.len() / 2]
}

/// The benchmarks' figures: this process's peak resident memory in MB (Linux; 0 where
/// `/proc` says nothing).
pub fn peak_memory_mb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}
