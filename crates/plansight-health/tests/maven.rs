//! The report on the real Maven CRM export with its price list.

mod common;

use plansight_health::Kind;

#[test]
fn the_maven_export_has_one_real_inconsistency_the_gtxpro_spelling() {
    let inputs = common::maven();
    let c = common::check(&inputs, common::prices());
    for f in c.findings() {
        println!(
            "{} {} {} at stake {}: {}",
            f.id,
            f.kind.as_str(),
            f.severity.as_str(),
            f.at_stake.money(),
            f.message.chars().take(300).collect::<String>()
        );
    }
    let findings = c.findings();
    let gtx: Vec<_> = findings.iter().filter(|f| f.kind == Kind::NameVariant).collect();
    assert_eq!(gtx.len(), 1, "one product spelt two ways");
    // Deals files compare products case-insensitively and store them in lower case.
    assert!(
        gtx[0].message.contains("\"gtxpro\" on 1480 line(s)"),
        "{}",
        gtx[0].message
    );
    assert!(
        gtx[0].message.contains("\"GTX Pro\" in the price list"),
        "{}",
        gtx[0].message
    );
}
