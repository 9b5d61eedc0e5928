//! `plansight statement`: PDF statements whose text (read back with a PDF text
//! extractor) carries the engine's own figures, and clear errors for what cannot be done.

mod common;
use common::*;

/// The words of a PDF's text, single-spaced (extractors break lines where runs end).
fn words(path: &std::path::Path) -> String {
    let bytes = std::fs::read(path).expect("the PDF is there");
    let text = pdf_extract::extract_text_from_mem(&bytes).expect("the PDF reads back");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn money(decimal: &str) -> String {
    // The statement shows money as the app does: "USD 1,234.50".
    let (int, frac) = decimal.split_once('.').unwrap_or((decimal, "00"));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("USD {sign}{grouped}.{frac}")
}

#[test]
fn every_sellers_statement_and_the_review_pack_carry_the_engines_figures() {
    let w = sample_workspace("statement-all");
    let out = tmp("statement-all-out");
    let listed = ok(&["statement", "--workspace", &w, "--all", "--out", out.to_str().unwrap()]);
    let calc: serde_json::Value =
        serde_json::from_str(&ok(&["calc", "--workspace", &w, "--summary", "--json"])).unwrap();
    let sellers = calc["sellers"].as_array().unwrap();
    assert_eq!(listed.lines().count(), sellers.len() + 1, "{listed}");
    let review = words(&out.join("territory-review.pdf"));
    for s in sellers {
        let id = s["seller"].as_str().unwrap();
        let total = money(s["total"].as_str().unwrap());
        let statement = words(&out.join(format!("statement-{id}.pdf")));
        assert!(
            statement.contains(&format!("Plan-year earnings: {total}.")),
            "{id}: {total} is not in the statement"
        );
        for p in s["payouts"].as_array().unwrap() {
            let payable = money(p["payable"].as_str().unwrap());
            assert!(
                statement.contains(&payable),
                "{id}: payable {payable} is not in the statement"
            );
        }
        assert!(review.contains(&total), "{id}: {total} is not in the review pack");
    }
    assert!(review.contains("Territory review"));
}

#[test]
fn one_seller_an_unknown_seller_and_a_missing_workspace() {
    let w = sample_workspace("statement-one");
    let out = tmp("statement-one-out");
    let listed = ok(&[
        "statement",
        "--workspace",
        &w,
        "--seller",
        "s03",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(listed.trim(), out.join("statement-s03.pdf").display().to_string());
    let text = words(&out.join("statement-s03.pdf"));
    assert!(
        text.contains("Payout statement:") && text.contains("Seller s03"),
        "{text}"
    );
    assert!(text.contains("Rule: measure"), "each earnings item names its rule");

    let unknown = plansight(&[
        "statement",
        "--workspace",
        &w,
        "--seller",
        "nobody",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("nobody"));

    let missing = tmp("statement-missing").join("none.plansight");
    let gone = plansight(&[
        "statement",
        "--workspace",
        missing.to_str().unwrap(),
        "--all",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(gone.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&gone.stderr).contains("no workspace here"));
    assert!(!missing.exists(), "a missing workspace is never created");
}

#[test]
fn the_review_pack_alone_shows_a_saved_scenarios_change() {
    let w = sample_workspace("statement-review");
    ok(&[
        "workspace",
        "import",
        "--workspace",
        &w,
        "--scenario",
        &sample("scenarios/richer-accelerator.toml"),
    ]);
    let name = "Accelerator 10% above quota";
    let out = tmp("statement-review-out");
    let listed = ok(&[
        "statement",
        "--workspace",
        &w,
        "--review",
        "--scenario",
        name,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        listed.trim(),
        out.join("territory-review.pdf").display().to_string(),
        "the pack alone"
    );
    let text = words(&out.join("territory-review.pdf"));
    assert!(text.contains(&format!("Scenario \"{name}\"")), "{text}");
    // Each seller's change and the team's are the what-if's, as `whatif --saved` prints them.
    let v: serde_json::Value =
        serde_json::from_str(&ok(&["whatif", "--workspace", &w, "--saved", name, "--json"])).unwrap();
    for s in v["delta"].as_array().unwrap() {
        let d = s["total"].as_str().unwrap();
        assert!(
            text.contains(&money(d)),
            "{}: {} is not in the pack",
            s["seller"],
            money(d)
        );
    }
    // The team's change is the difference of the two team totals it names (each the sum
    // of the sellers' exact totals, rounded once, as the Team screen shows them).
    let cents = |m: &str| -> i128 {
        m.chars()
            .filter(|c| c.is_ascii_digit() || *c == '-')
            .collect::<String>()
            .parse()
            .unwrap()
    };
    // "Team earnings USD X with the scenario, against USD Y now: a change of USD Z."
    let sentence = format!(
        "USD {}",
        text.split("Team earnings USD ")
            .nth(1)
            .unwrap()
            .split(". ")
            .next()
            .unwrap()
    );
    let figures: Vec<i128> = sentence
        .split("USD ")
        .skip(1)
        .map(|f| cents(f.split([' ', ':']).next().unwrap()))
        .collect();
    assert_eq!(figures.len(), 3, "{sentence}");
    assert_eq!(figures[0] - figures[1], figures[2], "{sentence}");

    let wrong = plansight(&[
        "statement",
        "--workspace",
        &w,
        "--seller",
        "s01",
        "--scenario",
        name,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(wrong.status.code(), Some(2));
}
