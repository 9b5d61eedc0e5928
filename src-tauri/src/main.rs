//! The Plansight desktop app: commands over `plansight-session`, nothing else. Loading,
//! the engine, edits, the simulator, charts and imports live in the crates so they are
//! tested without a GUI.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod window;
mod workspace;

use plansight_charts::Theme;
use plansight_session::model::ModelSetting;
use plansight_session::{ChartKind, Session};
use plansight_view::{
    AssistantAnswer, Comparison, DealForm, DealRow, Explanation, HistoryEntry, ImportPreview, ImportRequest,
    ModelStatus, Overview, PlanPreview, PlanVersionView, PlanView, ScenarioView, SellerDetail, Simulation,
    SimulationView, TeamReview,
};
use std::sync::Mutex;
use tauri::State;

/// What the app has open: the session, or why the workspace could not be opened.
struct Open(Mutex<Result<Session, String>>);

impl Open {
    /// Runs `f` on the open session, or gives the reason there is none.
    fn with<T>(&self, f: impl FnOnce(&mut Session) -> Result<T, String>) -> Result<T, String> {
        let mut guard = self
            .0
            .lock()
            .map_err(|_| "The app hit an internal error; restart it (your workspace is safe).".to_string())?;
        match guard.as_mut() {
            Ok(s) => f(s),
            Err(e) => Err(e.clone()),
        }
    }
}

fn theme(dark: bool) -> Theme {
    if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

#[tauri::command]
fn overview(open: State<Open>) -> Result<Overview, String> {
    open.with(|s| Ok(s.overview()))
}

#[tauri::command]
fn seller_detail(open: State<Open>, id: String) -> Result<SellerDetail, String> {
    open.with(|s| s.seller_detail(&id))
}

#[tauri::command]
fn document(open: State<Open>) -> Result<Option<String>, String> {
    open.with(|s| s.document())
}

#[tauri::command]
fn deals(open: State<Open>, seller: String) -> Result<Vec<DealRow>, String> {
    open.with(|s| s.deals(&seller))
}

#[tauri::command]
fn explain(open: State<Open>, seller: String, deal: String) -> Result<Explanation, String> {
    open.with(|s| s.explain(&seller, &deal))
}

/// The items behind a figure of My plan (a measure's period earnings, or a payout).
#[tauri::command]
fn explain_figure(
    open: State<Open>,
    seller: String,
    measure: Option<String>,
    period: String,
) -> Result<Explanation, String> {
    open.with(|s| s.explain_figure(&seller, measure.as_deref(), &period))
}

#[tauri::command]
fn save_deal(open: State<Open>, original: Option<String>, form: DealForm) -> Result<String, String> {
    open.with(|s| s.save_deal(original.as_deref(), &form))
}

#[tauri::command]
fn set_stage(open: State<Open>, seller: String, deal: String, stage: String) -> Result<String, String> {
    open.with(|s| s.set_stage(&seller, &deal, &stage))
}

#[tauri::command]
fn delete_deal(open: State<Open>, seller: String, deal: String) -> Result<String, String> {
    open.with(|s| s.delete_deal(&seller, &deal))
}

#[tauri::command]
fn undo(open: State<Open>) -> Result<Option<String>, String> {
    open.with(|s| s.undo())
}

#[tauri::command]
fn redo(open: State<Open>) -> Result<Option<String>, String> {
    open.with(|s| s.redo())
}

#[tauri::command]
fn history(open: State<Open>) -> Result<Vec<HistoryEntry>, String> {
    open.with(|s| s.history(50))
}

#[tauri::command]
fn simulate(open: State<Open>, simulation: Simulation) -> Result<SimulationView, String> {
    open.with(|s| s.simulate(&simulation))
}

#[tauri::command]
fn save_scenario(open: State<Open>, name: String, notes: String, simulation: Simulation) -> Result<String, String> {
    open.with(|s| s.save_scenario(&name, &notes, &simulation))
}

#[tauri::command]
fn scenarios(open: State<Open>) -> Result<Vec<ScenarioView>, String> {
    open.with(|s| s.scenarios())
}

#[tauri::command]
fn delete_scenario(open: State<Open>, name: String) -> Result<String, String> {
    open.with(|s| s.delete_scenario(&name))
}

#[tauri::command]
fn compare(open: State<Open>, seller: String, names: Vec<String>) -> Result<Comparison, String> {
    open.with(|s| s.compare(&seller, &names))
}

#[tauri::command]
fn comparison_chart(open: State<Open>, seller: String, names: Vec<String>, dark: bool) -> Result<String, String> {
    open.with(|s| s.comparison_chart(&seller, &names, theme(dark), (640, 320)))
}

/// A chart as SVG drawn in Rust (plotters) from the engine's figures.
#[tauri::command]
fn chart(
    open: State<Open>,
    kind: String,
    seller: String,
    simulation: Option<Simulation>,
    dark: bool,
) -> Result<String, String> {
    let kind = ChartKind::parse(&kind).ok_or_else(|| format!("There is no chart called \"{kind}\"."))?;
    open.with(|s| s.chart(kind, &seller, simulation.as_ref(), theme(dark), (640, 320)))
}

/// Writes the chart pack (PNG and SVG) next to the workspace file; returns the folder.
#[tauri::command]
fn export_charts(open: State<Open>, seller: String) -> Result<String, String> {
    open.with(|s| {
        let dir = workspace::exports_dir(s.path());
        s.export_charts(&seller, &dir)?;
        Ok(dir.display().to_string())
    })
}

#[tauri::command]
fn import_preview(open: State<Open>, request: ImportRequest) -> Result<ImportPreview, String> {
    open.with(|s| s.import_preview(&request))
}

#[tauri::command]
fn import_commit(open: State<Open>, request: ImportRequest) -> Result<ImportPreview, String> {
    open.with(|s| s.import_commit(&request))
}

/// The team review, with the change a saved scenario makes when one is named.
#[tauri::command]
fn team_review(open: State<Open>, scenario: Option<String>) -> Result<TeamReview, String> {
    open.with(|s| s.team_review(scenario.as_deref()))
}

/// Writes the review (CSV, XLSX, charts) next to the workspace file; returns the folder.
#[tauri::command]
fn export_review(open: State<Open>, scenario: Option<String>) -> Result<String, String> {
    open.with(|s| {
        let dir = workspace::exports_dir(s.path());
        s.export_review(scenario.as_deref(), &dir)?;
        Ok(dir.display().to_string())
    })
}

#[tauri::command]
fn plan_versions(open: State<Open>) -> Result<Vec<PlanVersionView>, String> {
    open.with(|s| s.plan_versions())
}

#[tauri::command]
fn plan_of_version(open: State<Open>, version: u32) -> Result<PlanView, String> {
    open.with(|s| s.plan_of_version(version))
}

/// The team under `version`'s rules (the plan in effect when none) with the form's changes.
#[tauri::command]
fn plan_preview(open: State<Open>, simulation: Simulation, version: Option<u32>) -> Result<PlanPreview, String> {
    open.with(|s| s.plan_preview(&simulation, version))
}

#[tauri::command]
fn plan_preview_chart(
    open: State<Open>,
    simulation: Simulation,
    version: Option<u32>,
    dark: bool,
) -> Result<String, String> {
    open.with(|s| s.plan_preview_chart(&simulation, version, theme(dark), (640, 320)))
}

/// The assistant's answer (read only; no model involved in the figures).
#[tauri::command]
fn ask(open: State<Open>, seller: String, question: String) -> Result<AssistantAnswer, String> {
    open.with(|s| s.ask(&seller, &question))
}

/// The model's worker process (started on first use), and the file its setting is kept in.
struct Model(Mutex<plansight_ask::worker::Worker>, Option<std::path::PathBuf>);

/// Set by *Stop* while the model writes; read between pieces, so it needs no lock.
struct StopWording(std::sync::atomic::AtomicBool);

/// Stops the model's wording in progress: the engine's own words are shown instead.
#[tauri::command]
fn stop_wording(stop: State<StopWording>) {
    stop.0.store(true, std::sync::atomic::Ordering::SeqCst);
}

impl Model {
    fn lock(&self) -> Result<std::sync::MutexGuard<'_, plansight_ask::worker::Worker>, String> {
        self.0
            .lock()
            .map_err(|_| "The language model hit an internal error; restart the app.".to_string())
    }
}

/// Which model words the answers and whether it loads here (starts the worker).
#[tauri::command]
async fn model_status(model: State<'_, Model>) -> Result<ModelStatus, String> {
    let setting = model.1.as_deref().map(ModelSetting::load).unwrap_or_default();
    Ok(plansight_session::model::status(&mut *model.lock()?, &setting))
}

/// Uses the GGUF file at `path` for wording, or the bundled model again when `path` is
/// empty; the new model must load first.
#[tauri::command]
async fn use_model_file(model: State<'_, Model>, path: Option<String>) -> Result<ModelStatus, String> {
    let file = path
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .map(std::path::PathBuf::from);
    plansight_session::model::choose(&mut *model.lock()?, model.1.as_deref(), file)
}

/// The answer worded by the bundled model, its text streamed to `pieces` as it comes.
/// Async, so the window stays live while the model writes.
#[tauri::command]
async fn ask_worded(
    open: State<'_, Open>,
    model: State<'_, Model>,
    stop: State<'_, StopWording>,
    seller: String,
    question: String,
    pieces: tauri::ipc::Channel<String>,
) -> Result<AssistantAnswer, String> {
    use std::sync::atomic::Ordering;
    // The workspace is held only while the engine answers, not while the model writes.
    let answer = open.with(|s| s.answer(&seller, &question))?;
    let mut worker = model.lock()?;
    stop.0.store(false, Ordering::SeqCst);
    Ok(plansight_session::worded(answer, &question, &mut worker, |p| {
        !stop.0.load(Ordering::SeqCst) && pieces.send(p.to_string()).is_ok()
    }))
}

fn main() {
    tauri::Builder::default()
        .setup(|app| {
            use tauri::Manager;
            let data = app.path().app_data_dir().ok();
            let session = workspace::location(data.clone()).and_then(|path| Session::open(&path));
            if let Err(e) = &session {
                eprintln!("plansight: {e}");
            }
            app.manage(Open(Mutex::new(session)));
            let setting_file = data.as_ref().map(|d| d.join("assistant.json"));
            let setting = setting_file.as_deref().map(ModelSetting::load).unwrap_or_default();
            app.manage(Model(Mutex::new(setting.worker()), setting_file));
            app.manage(StopWording(std::sync::atomic::AtomicBool::new(false)));
            if let (Some(dir), Some(w)) = (data, app.get_webview_window("main")) {
                window::remember(&w, dir.join("window.json"));
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            overview,
            ask,
            ask_worded,
            stop_wording,
            model_status,
            use_model_file,
            seller_detail,
            document,
            deals,
            explain,
            explain_figure,
            save_deal,
            set_stage,
            delete_deal,
            undo,
            redo,
            history,
            simulate,
            save_scenario,
            scenarios,
            delete_scenario,
            compare,
            comparison_chart,
            chart,
            export_charts,
            import_preview,
            import_commit,
            team_review,
            export_review,
            plan_versions,
            plan_of_version,
            plan_preview,
            plan_preview_chart
        ])
        .run(tauri::generate_context!())
        .expect("the Plansight window could not be started");
}
