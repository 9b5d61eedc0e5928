//! One small, hand-made case per check: what it finds, what it leaves alone, and its fix.

use chrono::NaiveDate;
use plansight_health::{Checker, Context, DateMove, Kind, LineKey, Severity};
use plansight_plan::{parse_deals, Plan, Seller};

const PLAN: &str = r#"
schema = 1
id = "t"
name = "Test"
currency = "USD"
start = 2026-01-01
end = 2026-12-31
payout_period = "quarterly"
target_incentive = "10000.00"

[[measure]]
id = "bookings"
name = "Bookings"
kind = "commission"
quota_period = "quarterly"
quota = "10000.00"
tier_mode = "marginal"
tiers = [ { from = "0", rate = "0.05" }, { from = "1.0", rate = "0.10" } ]
"#;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Checks deals (CSV rows after the header `id,seller,amount,close_date,stage,product,account,split`).
fn check(rows: &str, roster: Option<&[&str]>, moves: Vec<DateMove>) -> Checker {
    let plan = Plan::parse("plan.toml", PLAN).unwrap();
    let csv = format!("id,seller,amount,close_date,stage,product,account,split\n{rows}");
    let lines = parse_deals("deals.csv", csv.as_bytes(), Some("USD")).unwrap();
    let roster: Option<Vec<Seller>> = roster.map(|r| {
        r.iter()
            .map(|id| Seller {
                name: Some(format!("Name of {id}")),
                ..Seller::whole_year(id)
            })
            .collect()
    });
    let inputs = plansight_plan::Inputs {
        plan: plan.clone(),
        lines: lines.clone(),
        roster: roster.clone(),
        as_of: None,
    };
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = Context {
        spans: vec![(plan.start, plan.end)],
        plan,
        roster,
        prices: Vec::new(),
        today: d("2026-11-30"),
        as_of: None,
        moves,
    };
    Checker::new(ctx, lines, Some(calc))
}

fn kinds(c: &Checker) -> Vec<Kind> {
    c.findings().iter().map(|f| f.kind).collect()
}

/// Ten ordinary won deals of product "widget" for `seller` (amounts 1000..1900).
fn ordinary(seller: &str) -> String {
    (0..10)
        .map(|i| {
            format!(
                "N{seller}{i},{seller},{},2026-0{}-10,won,Widget,Acme,\n",
                1000 + i * 100,
                1 + i % 9
            )
        })
        .collect()
}

#[test]
fn a_sale_entered_twice_is_a_duplicate_and_a_repeat_purchase_is_not() {
    let rows = format!(
        "{}A1,ann,1500,2026-02-10,won,Widget,Acme,\nA2,ann,1500,2026-02-11,won,Widget,Acme,\nA3,ann,1700,2026-05-20,won,Widget,Acme,\n",
        ordinary("ann")
    );
    let c = check(&rows, None, vec![]);
    let f: Vec<_> = c
        .findings()
        .into_iter()
        .filter(|f| f.kind == Kind::DuplicateDeal)
        .collect();
    assert_eq!(f.len(), 1, "{:?}", kinds(&c));
    assert_eq!(f[0].deals(), ["A1", "A2"]);
    assert_eq!(f[0].severity, Severity::Error);
    let fix = f[0].fix.as_ref().unwrap();
    assert_eq!(fix.edits.len(), 1);
    assert_eq!(fix.edits[0].before.id, "A2", "the later entry goes");
    assert!(fix.edits[0].after.is_none());
    assert!(f[0].at_stake.0 < 0, "the copy overpays");
}

#[test]
fn a_name_spelt_two_ways_is_a_variant_but_case_alone_is_not() {
    let mut rows = ordinary("ann");
    rows.push_str("B1,ann,1200,2026-03-01,won,Widget,ACME,\nB2,ann,1300,2026-03-02,won,Widget,Ac-me,\n");
    let c = check(&rows, None, vec![]);
    let f: Vec<_> = c
        .findings()
        .into_iter()
        .filter(|f| f.kind == Kind::NameVariant)
        .collect();
    assert_eq!(f.len(), 1, "{:?}", c.findings());
    assert_eq!(f[0].deals(), ["B2"], "only the spelling that differs by more than case");
    let after = f[0].fix.as_ref().unwrap().edits[0].after.as_ref().unwrap();
    assert_eq!(after.account.as_deref(), Some("Acme"), "to the spelling most lines use");
}

#[test]
fn a_seller_off_the_roster_is_re_pointed_when_a_roster_name_is_one_typo_away() {
    let rows = format!(
        "{}C1,bobb,1000,2026-03-01,won,Widget,Acme,\nC2,zed,1000,2026-03-01,won,Widget,Acme,\n",
        ordinary("ann")
    );
    let c = check(&rows, Some(&["ann", "bob"]), vec![]);
    let f: Vec<_> = c
        .findings()
        .into_iter()
        .filter(|f| f.kind == Kind::UnknownSeller)
        .collect();
    assert_eq!(f.len(), 2);
    let bobb = f.iter().find(|f| f.deals() == ["C1"]).unwrap();
    assert_eq!(
        bobb.fix.as_ref().unwrap().edits[0].after.as_ref().unwrap().seller,
        "bob"
    );
    assert!(bobb.at_stake.0 > 0, "the line pays once it is bob's");
    assert!(
        f.iter().find(|f| f.deals() == ["C2"]).unwrap().fix.is_none(),
        "zed is nobody's typo"
    );
}

#[test]
fn an_extra_zero_is_an_outlier_and_ordinary_amounts_are_not() {
    let rows = format!("{}D1,ann,140000,2026-04-01,won,Widget,Acme,\n", ordinary("ann"));
    let c = check(&rows, None, vec![]);
    let f: Vec<_> = c
        .findings()
        .into_iter()
        .filter(|f| f.kind == Kind::AmountOutlier)
        .collect();
    assert_eq!(f.len(), 1, "{:?}", kinds(&c));
    assert_eq!(f[0].deals(), ["D1"]);
    assert!(f[0].fix.is_none(), "a person checks it");
    assert!(f[0].at_stake.0 < 0, "holding it takes its pay away");
}

#[test]
fn zero_and_negative_won_lines_are_flagged_but_a_credit_memo_is_not() {
    let rows = format!(
        "{}E1,ann,0,2026-04-01,won,Widget,Acme,\nE2,ann,-1500,2026-04-02,won,Widget,Acme,\nE3,ann,2100,2026-05-01,won,Widget,Beta,\nE4,ann,-2100,2026-05-09,won,Widget,Beta,\n",
        ordinary("ann")
    );
    let c = check(&rows, None, vec![]);
    let zero: Vec<_> = c
        .findings()
        .into_iter()
        .filter(|f| f.kind == Kind::ZeroAmountWon)
        .collect();
    assert_eq!(zero.len(), 1);
    assert!(zero[0].at_stake.0 > 0, "priced at the product's typical amount");
    let negative: Vec<_> = c
        .findings()
        .into_iter()
        .filter(|f| f.kind == Kind::NegativeWon)
        .collect();
    assert_eq!(negative.len(), 1, "E4 reverses E3");
    assert_eq!(negative[0].deals(), ["E2"]);
}

#[test]
fn a_mistyped_year_is_moved_into_the_plan_and_a_year_of_data_is_only_noted() {
    let mut rows = ordinary("ann");
    rows.push_str("F1,ann,1000,2062-03-01,won,Widget,Acme,\n");
    for i in 0..7 {
        rows.push_str(&format!("G{i},ann,1000,2025-0{}-01,won,Widget,Acme,\n", i + 1));
    }
    let c = check(&rows, None, vec![]);
    let f: Vec<_> = c
        .findings()
        .into_iter()
        .filter(|f| f.kind == Kind::DateOutsidePlan)
        .collect();
    assert_eq!(f.len(), 2, "{f:?}");
    let typo = f.iter().find(|f| f.deals() == ["F1"]).unwrap();
    let to = typo.fix.as_ref().unwrap().edits[0].after.as_ref().unwrap().close_date;
    assert_eq!(to, Some(d("2026-03-01")));
    let year = f.iter().find(|f| f.lines.len() == 7).unwrap();
    assert_eq!(year.severity, Severity::Info);
    assert!(year.fix.is_none());
}

#[test]
fn open_deals_past_their_date_are_stale_and_future_ones_are_not() {
    let rows = format!(
        "{}H1,ann,1000,2026-06-01,open,Widget,Acme,\nH2,ann,1000,2026-12-20,open,Widget,Acme,\n",
        ordinary("ann")
    );
    let c = check(&rows, None, vec![]);
    let f: Vec<_> = c.findings().into_iter().filter(|f| f.kind == Kind::StaleOpen).collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].deals(), ["H1"]);
}

#[test]
fn shares_of_a_deal_must_add_up_to_one() {
    let rows = format!(
        "{}{}I1,ann,1000,2026-03-01,won,Widget,Acme,0.6\nI1,bob,1000,2026-03-01,won,Widget,Acme,0.6\nJ1,ann,1000,2026-03-01,won,Widget,Acme,0.3333\nJ1,bob,1000,2026-03-01,won,Widget,Acme,0.6667\n",
        ordinary("ann"),
        ordinary("bob")
    );
    let c = check(&rows, None, vec![]);
    let f: Vec<_> = c
        .findings()
        .into_iter()
        .filter(|f| f.kind == Kind::SplitNotWhole)
        .collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].deals(), ["I1"]);
    assert!(f[0].at_stake.0 < 0, "1.2 of a deal overpays");
}

#[test]
fn credit_bunched_just_over_a_tier_at_a_quarter_end_is_noted_for_the_designer() {
    // 9,000 through March, then 2,000 on March 30th crosses the 10,000 quota.
    let rows = "K1,ann,9000,2026-02-01,won,Widget,Acme,\nK2,ann,2000,2026-03-30,won,Widget,Acme,\n";
    let c = check(rows, None, vec![]);
    let f: Vec<_> = c
        .findings()
        .into_iter()
        .filter(|f| f.kind == Kind::BunchedAtPeriodEnd)
        .collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].deals(), ["K2"]);
    assert_eq!(f[0].severity, Severity::Info);
    assert!(f[0].at_stake.0 < 0, "a day later it would pay at the lower rate");
}

#[test]
fn a_deal_moved_across_a_quarter_end_is_noted_with_what_moving_it_back_changes() {
    let rows = "L1,ann,9000,2026-02-01,won,Widget,Acme,\nL2,ann,2000,2026-04-02,won,Widget,Acme,\n";
    let moved = DateMove {
        line: LineKey {
            deal: "L2".into(),
            seller: "ann".into(),
        },
        from: d("2026-03-30"),
        to: d("2026-04-02"),
        when: "2026-04-05 by ana".into(),
    };
    let c = check(rows, None, vec![moved]);
    let f: Vec<_> = c
        .findings()
        .into_iter()
        .filter(|f| f.kind == Kind::MovedAcrossPeriodEnd)
        .collect();
    assert_eq!(f.len(), 1);
    assert!(
        f[0].message
            .contains("from 2026-03-30 to 2026-04-02 (2026-04-05 by ana)"),
        "{}",
        f[0].message
    );
    assert!(f[0].at_stake.0 > 0, "back in Q1 it would cross the quota");
}

#[test]
fn ids_are_stable_and_an_edit_rechecks_only_what_it_touches() {
    let rows = format!(
        "{}A1,ann,1500,2026-02-10,won,Widget,Acme,\nA2,ann,1500,2026-02-11,won,Widget,Acme,\n",
        ordinary("ann")
    );
    let mut c = check(&rows, None, vec![]);
    let again = check(&rows, None, vec![]);
    let ids = |c: &Checker| c.findings().iter().map(|f| f.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&c), ids(&again));
    let copy = c
        .line(&LineKey {
            deal: "A2".into(),
            seller: "ann".into(),
        })
        .unwrap()
        .clone();
    let changed = plansight_plan::CreditLine {
        amount: plansight_plan::Cents(99_900),
        ..copy.clone()
    };
    c.edit(&[(Some(copy), Some(changed))], None);
    assert!(!kinds(&c).contains(&Kind::DuplicateDeal));
}
