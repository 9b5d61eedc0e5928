//! Golden tests: one hand-worked example per rule of the spec, with the arithmetic.
//! Each also runs the reference engine and requires both to agree.

mod common;
use common::*;

const TWO_TIERS: &str = "tiers = [{ from = \"0\", rate = \"0.05\" }, { from = \"0.5\", rate = \"0.10\" }]";

#[test]
fn marginal_tiers_pay_each_unit_at_its_band_rate() {
    // Q = 100,000. d1 40,000 -> a 0.4: F = 100,000 × 0.05 × 0.4 = 2,000.
    // d2 30,000 -> a 0.7: F = 100,000 × (0.05 × 0.5 + 0.10 × 0.2) = 4,500; item 2,500.
    let i = inputs(
        plan(&commission(TWO_TIERS)),
        "id,seller,amount,close_date\nd1,s1,40000,2026-02-01\nd2,s1,30000,2026-03-01\n",
        None,
        None,
    );
    let v = run(&i);
    assert_eq!(
        items(&v, "s1"),
        vec![t("measure", "d1", "2000.00"), t("measure", "d2", "2500.00")]
    );
    assert_eq!(total(&v, "s1"), "4500.00");
    let p = &seller_of(&v, "s1")["measures"][0]["periods"][0];
    assert_eq!(
        (p["period"].as_str(), p["attainment"].as_str(), p["earnings"].as_str()),
        (Some("FY"), Some("0.700000"), Some("4500.00"))
    );
}

#[test]
fn retroactive_tiers_pay_all_credit_at_the_top_band() {
    // d1: a 0.4 -> 100,000 × 0.05 × 0.4 = 2,000. d2: a 0.7 -> 100,000 × 0.10 × 0.7 = 7,000; item 5,000.
    let i = inputs(
        plan(&commission(&format!("tier_mode = \"retroactive\"\n{TWO_TIERS}"))),
        "id,seller,amount,close_date\nd1,s1,40000,2026-02-01\nd2,s1,30000,2026-03-01\n",
        None,
        None,
    );
    assert_eq!(
        items(&run(&i), "s1"),
        vec![t("measure", "d1", "2000.00"), t("measure", "d2", "5000.00")]
    );
}

#[test]
fn threshold_holds_then_releases_from_zero() {
    // Threshold 0.5. d1 40,000: a 0.4 < 0.5 -> 0. d2: a 0.7 -> F = 4,500, all on d2.
    let i = inputs(
        plan(&commission(&format!("threshold = \"0.5\"\n{TWO_TIERS}"))),
        "id,seller,amount,close_date\nd1,s1,40000,2026-02-01\nd2,s1,30000,2026-03-01\n",
        None,
        None,
    );
    assert_eq!(
        items(&run(&i), "s1"),
        vec![t("measure", "d1", "0.00"), t("measure", "d2", "4500.00")]
    );
}

#[test]
fn attainment_cap_stops_earning_beyond_it() {
    // Cap 1.0. d1 80,000: F = 100,000 × (0.025 + 0.10 × 0.3) = 5,500.
    // d2 50,000: a 1.3 capped to 1.0: F = 100,000 × (0.025 + 0.05) = 7,500; item 2,000.
    let i = inputs(
        plan(&commission(&format!("cap = \"1.0\"\n{TWO_TIERS}"))),
        "id,seller,amount,close_date\nd1,s1,80000,2026-02-01\nd2,s1,50000,2026-03-01\n",
        None,
        None,
    );
    let v = run(&i);
    assert_eq!(
        items(&v, "s1"),
        vec![t("measure", "d1", "5500.00"), t("measure", "d2", "2000.00")]
    );
    assert_eq!(
        seller_of(&v, "s1")["measures"][0]["periods"][0]["attainment"],
        "1.300000"
    );
}

#[test]
fn incentive_pays_a_share_of_target_per_attainment() {
    // TI 60,000, weight 0.5 -> B = 30,000. Rate 1.0 up to 1.0, then 2.0.
    // d1 70,000: a 0.7 -> 30,000 × 0.7 = 21,000. d2 50,000: a 1.2 -> 30,000 × (1.0 + 2.0 × 0.2) = 42,000; item 21,000.
    let m = "[[measure]]\nid = \"m\"\nkind = \"incentive\"\nquota_period = \"annual\"\nquota = \"100000.00\"\nweight = \"0.5\"\ntiers = [{ from = \"0\", rate = \"1.0\" }, { from = \"1.0\", rate = \"2.0\" }]\n";
    let i = inputs(
        plan(m),
        "id,seller,amount,close_date\nd1,s1,70000,2026-02-01\nd2,s1,50000,2026-03-01\n",
        None,
        None,
    );
    assert_eq!(
        items(&run(&i), "s1"),
        vec![t("measure", "d1", "21000.00"), t("measure", "d2", "21000.00")]
    );
}

#[test]
fn quarterly_quotas_and_proration() {
    // Quarterly quotas 30,000 each; the seller starts 2026-02-15, so Q1 (Jan–Mar, 90 days)
    // has 45 active days: Q = 30,000 × 45/90 = 15,000. Rate 0.10 flat.
    // d1 on 2026-03-01 15,000 -> a 1.0 -> 1,500. d2 on 2026-04-10 in Q2 (full quota) 15,000 -> 1,500.
    let m = "[[measure]]\nid = \"m\"\nkind = \"commission\"\nquota_period = \"quarterly\"\nquotas = [\"30000.00\", \"30000.00\", \"30000.00\", \"30000.00\"]\ntiers = [{ from = \"0\", rate = \"0.10\" }]\n";
    let i = inputs(
        plan(m),
        "id,seller,amount,close_date\nd1,s1,15000,2026-03-01\nd2,s1,15000,2026-04-10\n",
        Some("id,start_date\ns1,2026-02-15\n"),
        None,
    );
    let v = run(&i);
    let periods = &seller_of(&v, "s1")["measures"][0]["periods"];
    assert_eq!(periods[0]["quota"], "15000.00");
    assert_eq!(periods[0]["attainment"], "1.000000");
    assert_eq!(periods[1]["attainment"], "0.500000");
    assert_eq!(total(&v, "s1"), "3000.00");
}

#[test]
fn filters_by_deal_type_and_product() {
    // Only new deals of product "a" credit: d1 (new, A) yes; d2 (renewal) no; d3 (new, B) no.
    let i = inputs(
        plan(&commission("deal_types = [\"new\"]\nproducts = [\"a\"]\ntiers = [{ from = \"0\", rate = \"0.10\" }]")),
        "id,seller,amount,close_date,type,product\nd1,s1,1000,2026-02-01,New,A\nd2,s1,1000,2026-02-01,renewal,a\nd3,s1,1000,2026-02-01,new,B\n",
        None,
        None,
    );
    assert_eq!(items(&run(&i), "s1"), vec![t("measure", "d1", "100.00")]);
}

#[test]
fn splits_credit_each_seller_their_share() {
    // 10,000 split 0.6/0.4 at 10%: 600 and 400.
    let i = inputs(
        plan(&commission("tiers = [{ from = \"0\", rate = \"0.10\" }]")),
        "id,seller,amount,close_date,split\nd1,s1,10000,2026-02-01,0.6\nd1,s2,10000,2026-02-01,0.4\n",
        None,
        None,
    );
    let v = run(&i);
    assert_eq!(total(&v, "s1"), "600.00");
    assert_eq!(total(&v, "s2"), "400.00");
}

#[test]
fn deal_bonuses_pay_amount_times_split_or_percent_of_credit() {
    // Fixed 1,000 × split 0.5 = 500 on a 24-month new deal; 1% of credit 5,000 = 50.
    let body = format!(
        "{}[[bonus]]\nid = \"multi\"\nkind = \"deal\"\ndeal_types = [\"new\"]\nmin_term_months = 24\namount = \"1000.00\"\n[[bonus]]\nid = \"pct\"\nkind = \"deal\"\npercent = \"0.01\"\n",
        commission("tiers = [{ from = \"0\", rate = \"0\" }]")
    );
    let i = inputs(plan(&body), "id,seller,amount,close_date,type,term_months,split\nd1,s1,10000,2026-02-01,new,24,0.5\nd2,s1,10000,2026-02-02,new,12,1\n", None, None);
    assert_eq!(
        items(&run(&i), "s1"),
        vec![
            t("measure", "d1", "0.00"),
            t("bonus", "d1", "500.00"),
            t("bonus", "d1", "50.00"),
            t("measure", "d2", "0.00"),
            t("bonus", "d2", "100.00")
        ]
    );
}

#[test]
fn milestone_pays_once_per_quota_period() {
    // Quarterly quota 10,000; milestone at 1.0 pays 500 on the deal that reaches it, once per quarter.
    let m = "[[measure]]\nid = \"m\"\nkind = \"commission\"\nquota_period = \"quarterly\"\nquota = \"10000.00\"\ntiers = [{ from = \"0\", rate = \"0\" }]\n[[bonus]]\nid = \"club\"\nkind = \"milestone\"\nmeasure = \"m\"\nattainment = \"1.0\"\namount = \"500.00\"\n";
    let i = inputs(plan(m), "id,seller,amount,close_date\nd1,s1,6000,2026-01-10\nd2,s1,6000,2026-01-20\nd3,s1,6000,2026-01-30\nd4,s1,12000,2026-04-02\n", None, None);
    let bonuses: Vec<_> = items(&run(&i), "s1").into_iter().filter(|x| x.0 == "bonus").collect();
    assert_eq!(bonuses, vec![t("bonus", "d2", "500.00"), t("bonus", "d4", "500.00")]);
}

#[test]
fn payout_cap_adds_cap_adjustments() {
    // Cap 1,500 on earnings; 10% of 10,000 then 10,000: 1,000 then 1,000 raw; the second is paid 500.
    let body = format!(
        "{}[payout]\ncap = \"1500.00\"\n",
        commission("tiers = [{ from = \"0\", rate = \"0.10\" }]")
    );
    let i = inputs(
        plan(&body),
        "id,seller,amount,close_date\nd1,s1,10000,2026-02-01\nd2,s1,10000,2026-03-01\n",
        None,
        None,
    );
    let v = run(&i);
    assert_eq!(
        items(&v, "s1"),
        vec![
            t("measure", "d1", "1000.00"),
            t("measure", "d2", "1000.00"),
            t("cap_adjustment", "d2", "-500.00")
        ]
    );
    assert_eq!(total(&v, "s1"), "1500.00");
}

#[test]
fn non_recoverable_draw_tops_up_each_period() {
    // Draw 2,000 per quarter. Q1 earns 1,000 -> payable 2,000, draw 1,000. Q2 earns 3,000 -> 3,000.
    let body = format!(
        "{}[draw]\namount = \"2000.00\"\nrecoverable = false\n",
        commission("tiers = [{ from = \"0\", rate = \"0.10\" }]")
    );
    let i = inputs(
        plan(&body),
        "id,seller,amount,close_date\nd1,s1,10000,2026-02-01\nd2,s1,30000,2026-05-01\n",
        None,
        None,
    );
    let v = run(&i);
    let p = &seller_of(&v, "s1")["payouts"];
    assert_eq!(
        (p[0]["payable"].as_str(), p[0]["draw"].as_str()),
        (Some("2000.00"), Some("1000.00"))
    );
    assert_eq!(
        (p[1]["payable"].as_str(), p[1]["draw"].as_str()),
        (Some("3000.00"), Some("0.00"))
    );
    assert_eq!(
        (p[2]["payable"].as_str(), p[2]["draw"].as_str()),
        (Some("2000.00"), Some("2000.00"))
    );
}

#[test]
fn recoverable_draw_is_recovered_from_later_earnings() {
    // Q1 earns 500: payable 2,000, balance 1,500. Q2 earns 3,000: r = min(1,500, 1,000) = 1,000,
    // payable 2,000, balance 500. Q3 earns 5,000: r = 500, payable 4,500, balance 0.
    let body = format!(
        "{}[draw]\namount = \"2000.00\"\nrecoverable = true\n",
        commission("tiers = [{ from = \"0\", rate = \"0.10\" }]")
    );
    let i = inputs(
        plan(&body),
        "id,seller,amount,close_date\nd1,s1,5000,2026-02-01\nd2,s1,30000,2026-05-01\nd3,s1,50000,2026-08-01\n",
        None,
        None,
    );
    let v = run(&i);
    let p = &seller_of(&v, "s1")["payouts"];
    let row = |k: usize| {
        (
            p[k]["payable"].as_str().unwrap(),
            p[k]["recovered"].as_str().unwrap(),
            p[k]["draw_balance"].as_str().unwrap(),
        )
    };
    assert_eq!(row(0), ("2000.00", "0.00", "1500.00"));
    assert_eq!(row(1), ("2000.00", "1000.00", "500.00"));
    assert_eq!(row(2), ("4500.00", "500.00", "0.00"));
}

#[test]
fn clawback_within_window_gives_items_back() {
    // 10% commission + 100 deal bonus. d1 cancelled 30 days after close: -1,000 and -100 on
    // the cancel date. d2 cancelled 120 days after: outside 90 days, kept.
    let body = format!(
        "{}[[bonus]]\nid = \"b\"\nkind = \"deal\"\namount = \"100.00\"\n[clawback]\ndays = 90\n",
        commission("tiers = [{ from = \"0\", rate = \"0.10\" }]")
    );
    let i = inputs(plan(&body), "id,seller,amount,close_date,stage,cancel_date\nd1,s1,10000,2026-02-01,cancelled,2026-03-03\nd2,s1,10000,2026-02-02,cancelled,2026-06-02\n", None, None);
    let v = run(&i);
    assert_eq!(
        items(&v, "s1"),
        vec![
            t("measure", "d1", "1000.00"),
            t("bonus", "d1", "100.00"),
            t("measure", "d2", "1000.00"),
            t("bonus", "d2", "100.00"),
            t("clawback", "d1", "-1000.00"),
            t("clawback", "d1", "-100.00")
        ]
    );
    // Attainment is not changed by a clawback.
    assert_eq!(seller_of(&v, "s1")["measures"][0]["periods"][0]["credit"], "20000.00");
}

#[test]
fn late_cancellation_is_a_warning_not_a_clawback() {
    let body = format!(
        "{}[clawback]\ndays = 90\n",
        commission("tiers = [{ from = \"0\", rate = \"0.10\" }]")
    );
    let i = inputs(
        plan(&body),
        "id,seller,amount,close_date,stage,cancel_date\nd1,s1,10000,2026-12-01,cancelled,2027-01-15\n",
        None,
        None,
    );
    let v = run(&i);
    assert_eq!(total(&v, "s1"), "1000.00");
    assert_eq!(v["warnings"].as_array().unwrap().len(), 1, "{}", v["warnings"]);
}

#[test]
fn as_of_cuts_lines_items_and_payout_periods() {
    // As of 2026-04-15: d2 (May) does not count; Q3 and Q4 are not listed; FY is still listed.
    let i = inputs(
        plan(&commission("tiers = [{ from = \"0\", rate = \"0.10\" }]")),
        "id,seller,amount,close_date\nd1,s1,10000,2026-02-01\nd2,s1,10000,2026-05-01\n",
        None,
        Some("2026-04-15"),
    );
    let v = run(&i);
    assert_eq!(total(&v, "s1"), "1000.00");
    assert_eq!(seller_of(&v, "s1")["payouts"].as_array().unwrap().len(), 2);
    assert_eq!(v["as_of"], "2026-04-15");
}

#[test]
fn roster_overrides_quota_and_ignores_sellers_not_on_it() {
    // s1's quota is 50,000: 10,000 is 0.2 attainment. s9 is not on the roster: a warning.
    let i = inputs(
        plan(&commission("tiers = [{ from = \"0\", rate = \"0.10\" }]")),
        "id,seller,amount,close_date\nd1,s1,10000,2026-02-01\nd2,s9,10000,2026-02-01\n",
        Some("id,name,quota:m\ns1,Ann,50000.00\n"),
        None,
    );
    let v = run(&i);
    assert_eq!(
        seller_of(&v, "s1")["measures"][0]["periods"][0]["attainment"],
        "0.200000"
    );
    assert_eq!(v["sellers"].as_array().unwrap().len(), 1);
    assert!(v["warnings"][0].as_str().unwrap().contains("s9"));
}

#[test]
fn negative_credit_gives_a_negative_item() {
    // 60,000 reaches 0.6 (F = 2,500 + 1,000 = 3,500); a -20,000 credit memo takes it to 0.4 (2,000): item -1,500.
    let i = inputs(
        plan(&commission(TWO_TIERS)),
        "id,seller,amount,close_date\nd1,s1,60000,2026-02-01\nd2,s1,-20000,2026-03-01\n",
        None,
        None,
    );
    assert_eq!(
        items(&run(&i), "s1"),
        vec![t("measure", "d1", "3500.00"), t("measure", "d2", "-1500.00")]
    );
}

#[test]
fn same_day_items_order_by_deal_id_bytewise() {
    // "B" < "a" byte-wise, so B is credited first on the same date: B 10,000 -> a 0.1 ->
    // 100,000 × 0.05 × 0.1 = 500; then a 60,000 -> a 0.7 -> F = 4,500, item 4,000.
    let i = inputs(
        plan(&commission(TWO_TIERS)),
        "id,seller,amount,close_date\na,s1,60000,2026-02-01\nB,s1,10000,2026-02-01\n",
        None,
        None,
    );
    assert_eq!(
        items(&run(&i), "s1"),
        vec![t("measure", "B", "500.00"), t("measure", "a", "4000.00")]
    );
}

#[test]
fn rounding_is_half_to_even_and_totals_round_from_the_exact_sum() {
    // Rate 0.000125 on 100.00 gives 0.0125 per deal, shown 0.01. The total is rounded from
    // the exact sum 0.0375 -> 0.04, not summed from rounded parts (0.03).
    let i = inputs(
        plan(&commission("tiers = [{ from = \"0\", rate = \"0.000125\" }]")),
        "id,seller,amount,close_date\nd1,s1,100,2026-02-01\nd2,s1,100,2026-02-02\nd3,s1,100,2026-02-03\n",
        None,
        None,
    );
    let v = run(&i);
    assert_eq!(
        items(&v, "s1").iter().map(|x| x.2.as_str()).collect::<Vec<_>>(),
        vec!["0.01", "0.01", "0.01"]
    );
    assert_eq!(total(&v, "s1"), "0.04");
}

#[test]
fn exact_ties_round_half_to_even() {
    // Rate 0.00125 on 10.00 is 0.0125 -> 0.01 (tie to even); on 30.00 is 0.0375 -> 0.04.
    // Rate 0.0025 on 10.00 is 0.025 -> 0.02 (tie to even, 2 is even); on 30.00: 0.075 -> 0.08.
    let i = inputs(
        plan(&commission("tiers = [{ from = \"0\", rate = \"0.0025\" }]")),
        "id,seller,amount,close_date\nd1,s1,10,2026-02-01\nd2,s2,30,2026-02-01\n",
        None,
        None,
    );
    let v = run(&i);
    assert_eq!(total(&v, "s1"), "0.02");
    assert_eq!(total(&v, "s2"), "0.08");
}
