//! The Plansight desktop app: commands over the crates, nothing else. Loading, the
//! engine and the view models live in the crates so they are tested without a GUI.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod workspace;

use plansight_charts::{PayoutChart, Theme};
use plansight_plan::{Calculation, Inputs};
use plansight_view::{Overview, SellerDetail};
use tauri::State;

/// What the app has open: the inputs and their calculation, or why it could not open them.
struct Session(Result<(Inputs, Calculation), String>);

impl Session {
    /// The open workspace, or the reason it could not be opened, for the UI to show.
    fn open(&self) -> Result<(&Inputs, &Calculation), String> {
        self.0.as_ref().map(|(i, c)| (i, c)).map_err(Clone::clone)
    }
}

fn no_seller(id: &str) -> String {
    format!("There is no seller \"{id}\" in this workspace.")
}

#[tauri::command]
fn overview(session: State<Session>) -> Result<Overview, String> {
    let (inputs, calc) = session.open()?;
    Ok(plansight_view::overview(inputs, calc))
}

#[tauri::command]
fn seller_detail(session: State<Session>, id: String) -> Result<SellerDetail, String> {
    let (inputs, calc) = session.open()?;
    plansight_view::seller_detail(inputs, calc, &id).ok_or_else(|| no_seller(&id))
}

/// The seller's payouts by period as an SVG chart drawn in Rust (plotters).
#[tauri::command]
fn payout_chart(session: State<Session>, id: String, dark: bool) -> Result<String, String> {
    let (inputs, calc) = session.open()?;
    let seller = calc.seller(&id).ok_or_else(|| no_seller(&id))?;
    let theme = if dark { Theme::Dark } else { Theme::Light };
    PayoutChart::of_seller("Earned and payable by payout period", &inputs.plan.currency, seller).svg(theme, 640, 300).map_err(|e| e.to_string())
}

fn main() {
    tauri::Builder::default()
        .setup(|app| {
            use tauri::Manager;
            let session = workspace::location(app.path().app_data_dir().ok()).and_then(|path| {
                let inputs = workspace::open(&path)?;
                let calc = plansight_engine::calculate(&inputs).map_err(|e| e.to_string())?;
                Ok((inputs, calc))
            });
            if let Err(e) = &session {
                eprintln!("plansight: {e}");
            }
            app.manage(Session(session));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![overview, seller_detail, payout_chart])
        .run(tauri::generate_context!())
        .expect("the Plansight window could not be started");
}
