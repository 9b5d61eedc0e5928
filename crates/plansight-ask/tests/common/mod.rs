//! Helpers shared by the assistant's tests.

/// The sample workspace's inputs and its plan document.
pub fn sample() -> (plansight_plan::Inputs, String) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sample-data");
    let inputs = plansight_plan::load_inputs(
        &dir.join("ae-fy26.toml"),
        &dir.join("deals.csv"),
        Some(&dir.join("sellers.csv")),
        None,
    )
    .expect("the sample loads");
    (inputs, std::fs::read_to_string(dir.join("ae-fy26.md")).unwrap())
}

/// The Maven CRM workspace of the question sets (eval/maven/): the export's deals and
/// teams mapped as a user would import them, under a plan written for that team.
#[allow(dead_code)]
pub fn maven() -> (plansight_plan::Inputs, String) {
    use plansight_import::{Kind, Mapping, Table};
    // From the repository's root: this file is also compiled into `make eval`'s example.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let fixtures = root.join("tests/fixtures/maven-crm");
    let eval = root.join("crates/plansight-ask/eval/maven");
    let plan = plansight_plan::Plan::load(&eval.join("plan.toml")).expect("the Maven plan loads");
    let map = |kind, columns: &str, stages: Option<&str>, defaults: Option<&str>, file: &str| {
        let table = Table::read(&fixtures.join(file), None).unwrap();
        Mapping::from_options(kind, Some(columns), stages, defaults, None)
            .unwrap()
            .apply(kind, &table)
            .unwrap()
    };
    let deals = map(
        Kind::Deals,
        "id=opportunity_id,seller=sales_agent,amount=close_value,stage=deal_stage,product=product,account=account",
        Some("Won=won,Lost=lost,Engaging=open,Prospecting=open"),
        Some("amount=0"),
        "sales_pipeline.csv",
    );
    let teams = map(
        Kind::Sellers,
        "id=sales_agent,manager=manager,territory=regional_office",
        None,
        None,
        "sales_teams.csv",
    );
    let lines = plansight_plan::parse_deals(&deals.file, &deals.bytes, Some("USD")).unwrap();
    let roster = plansight_plan::parse_sellers(&teams.file, &teams.bytes, &plan).unwrap();
    let inputs = plansight_plan::Inputs {
        plan,
        lines,
        roster: Some(roster),
        as_of: None,
    };
    (inputs, std::fs::read_to_string(eval.join("plan.md")).unwrap())
}

/// The saved scenarios of the sample workspace, as the Simulator saves them.
#[allow(dead_code)]
pub fn scenarios() -> Vec<(String, String)> {
    vec![
        (
            "Bigger deal".to_string(),
            "name = \"Bigger deal\"\n[[deal]]\nid = \"D-000499\"\nseller = \"s02\"\namount = \"900000.00\"\n"
                .to_string(),
        ),
        (
            "Lower quota".to_string(),
            "name = \"Lower quota\"\n[plan.measure.\"new_arr\"]\nquota = \"800000.00\"\n".to_string(),
        ),
    ]
}

/// A generated workspace of the question sets (eval/third/, eval/fourth/): deals and roster
/// under a plan written for them, each with vocabulary unlike the others.
#[allow(dead_code)]
pub fn generated(name: &str) -> (plansight_plan::Inputs, String) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../crates/plansight-ask/eval")
        .join(name);
    let inputs = plansight_plan::load_inputs(
        &dir.join("plan.toml"),
        &dir.join("deals.csv"),
        Some(&dir.join("sellers.csv")),
        None,
    )
    .expect("the workspace loads");
    (inputs, std::fs::read_to_string(dir.join("plan.md")).unwrap())
}

/// A context over `inputs`, their calculation and plan document, with no saved scenarios
/// and no workspace history.
#[allow(dead_code)]
pub fn context<'a>(
    inputs: &'a plansight_plan::Inputs,
    calc: &'a plansight_plan::Calculation,
    doc: &'a str,
) -> plansight_ask::Context<'a> {
    plansight_ask::Context {
        inputs,
        calc,
        document: Some(doc),
        scenarios: &[],
        history: None,
    }
}
