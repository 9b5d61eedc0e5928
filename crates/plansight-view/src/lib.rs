//! View models of the desktop app: what each screen shows, as plain serialisable data
//! built from a plan and a calculation, one module per screen. Money stays an exact
//! decimal string; the UI only lays it out. Figures are the engine's (where a seller
//! stands: `plansight_engine::progress`) and are shown the one way
//! (`plansight_plan::shown`). The TypeScript types in `ui/src/bindings/` are generated
//! from these structs by ts-rs (`make bindings`), never written by hand.

mod assistant;
mod deals;
mod designer;
mod document;
mod draft;
mod forecast;
mod health;
mod history;
mod import;
mod my_plan;
mod optimise;
mod overview;
mod plan;
mod simulator;
mod team;

pub use assistant::*;
pub use deals::*;
pub use designer::*;
pub use document::*;
pub use draft::*;
pub use forecast::*;
pub use health::*;
pub use history::*;
pub use import::*;
pub use my_plan::*;
pub use optimise::*;
pub use overview::*;
pub use plan::*;
pub use simulator::*;
pub use team::*;

#[cfg(test)]
mod tests {
    /// The UI lays money out itself (figures arrive as decimals so they sort exactly);
    /// its `money()` is checked against these examples of the one Rust formatter
    /// (`ui/src/format.test.ts`), written beside the generated types.
    #[test]
    fn export_money_examples_for_the_ui() {
        let dir = std::env::var("TS_RS_EXPORT_DIR").unwrap_or_else(|_| "ui/src/bindings".into());
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(dir);
        let examples: Vec<serde_json::Value> = plansight_plan::shown::examples()
            .into_iter()
            .map(|(value, currency, shown)| serde_json::json!({ "value": value, "currency": currency, "shown": shown }))
            .collect();
        let text = serde_json::to_string_pretty(&examples).unwrap() + "\n";
        let path = dir.join("money-examples.json");
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, text).unwrap();
        }
    }
}
