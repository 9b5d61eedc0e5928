//! Explanations show money and percentages the one way the app and the assistant do
//! (`plansight_plan::shown`): "USD 1,234.50", never "1234.50 USD".

use std::path::Path;

#[test]
fn explanations_show_money_the_one_way() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sample-data");
    let inputs = plansight_plan::load_inputs(
        &dir.join("ae-fy26.toml"),
        &dir.join("deals.csv"),
        Some(&dir.join("sellers.csv")),
        None,
    )
    .unwrap();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let mut checked = 0;
    for s in &calc.sellers {
        let text = plansight_engine::explain::explain_seller(&inputs.plan, s, None);
        let words: Vec<&str> = text.split_whitespace().collect();
        for pair in words.windows(2) {
            let currency = pair[1].trim_end_matches(|c: char| !c.is_alphanumeric());
            assert!(
                !(currency == "USD" && pair[0].chars().next().is_some_and(|c| c.is_ascii_digit() || c == '-')),
                "amount before its currency in: {text}"
            );
            if pair[0] == "USD" {
                let amount = pair[1].trim_end_matches(['.', ',', ')', ';']);
                let whole = amount.trim_start_matches('-').split('.').next().unwrap();
                assert!(
                    whole.len() <= 3 || whole.contains(','),
                    "{amount} is not grouped in: {text}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} amounts were checked");
}
