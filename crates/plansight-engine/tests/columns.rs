//! Credit lines read straight into columns calculate exactly as the same lines as rows:
//! same figures, items and warnings.

use plansight_engine::frame::LineFrame;
use plansight_engine::{calculate, calculate_columns, calculate_frame_in_parts, Detail};
use plansight_plan::random::random_inputs;
use plansight_plan::{load_columns, load_inputs, DealColumns, Inputs};
use std::path::Path;

fn columns_agree_with_rows(inputs: &Inputs) {
    let columns = DealColumns::from_lines(&inputs.lines);
    let bare = Inputs {
        lines: Vec::new(),
        ..inputs.clone()
    };
    let rows = calculate(inputs).expect("calculates");
    let cols = calculate_columns(&bare, columns.clone(), Detail::Items).expect("calculates");
    assert_eq!(rows.to_json(true), cols.to_json(true));
    // A summary has the same totals, figures and payouts, and no item.
    let summary = calculate_columns(&bare, columns, Detail::Summary).expect("calculates");
    assert_eq!(rows.to_json(false), summary.to_json(false));
    assert!(summary.sellers.iter().all(|s| s.items.is_empty()));
    // Sellers calculated a few lines at a time give the same calculation, warnings too.
    let frame = LineFrame::new(inputs);
    for lines in [1, 7, 40] {
        let parts = calculate_frame_in_parts(inputs, &frame, Detail::Items, lines).expect("calculates");
        assert_eq!(rows.to_json(true), parts.to_json(true), "in parts of {lines} lines");
    }
}

#[test]
fn random_teams_calculate_the_same_from_columns() {
    let mut checked = 0;
    for seed in 0..300u64 {
        if let Some(inputs) = random_inputs(seed) {
            columns_agree_with_rows(&inputs);
            // Without a roster the sellers are those the lines name.
            columns_agree_with_rows(&Inputs { roster: None, ..inputs });
            checked += 1;
        }
    }
    assert!(checked > 200, "only {checked} valid cases");
}

#[test]
fn the_sample_files_calculate_the_same_read_into_columns() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sample-data");
    let (plan, deals, sellers) = (dir.join("ae-fy26.toml"), dir.join("deals.csv"), dir.join("sellers.csv"));
    let rows = load_inputs(&plan, &deals, Some(&sellers), None).expect("the sample loads");
    let (bare, columns) = load_columns(&plan, &deals, Some(&sellers), None).expect("the sample loads");
    assert!(bare.lines.is_empty());
    assert_eq!(columns.to_lines(), rows.lines);
    let a = calculate(&rows).expect("calculates").to_json(true);
    let b = calculate_columns(&bare, columns, Detail::Items)
        .expect("calculates")
        .to_json(true);
    assert_eq!(a, b);
}
