//! The Plansight desktop app: commands over `plansight-session`, nothing else. Loading,
//! the engine, edits, the simulator, charts and imports live in the crates so they are
//! tested without a GUI.
//!
//! Every command that reads or computes runs on a blocking worker thread, never on the
//! window's thread, so the window answers while an import or a team review runs. The
//! session sits behind a read-write lock: screens read side by side, a change waits for
//! them and they for it. Errors cross to the window typed ([`Failure`]).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

#[macro_use]
mod commands;
mod dialog;
mod open;
mod window;
mod workspace;

use open::{off_the_window, Model, Open, Staged, StopWording};
use plansight_charts::Theme;
use plansight_session::model::ModelSetting;
use plansight_session::{Asked, ChartKind, Failure};
use plansight_view::{
    AssistantAnswer, Comparison, DealForm, DealRow, DocumentView, Explanation, FixPreview, ForecastView, HealthSummary,
    HealthView, HistoryEntry, ImportGuess, ImportPreview, ImportRequest, LeverOption, ModelStatus, OptimiseForm,
    OptimiseView, Overview, PlanPreview, PlanVersionView, PlanView, ScenarioView, SellerDetail, Simulation,
    SimulationView, TeamForecastView, TeamReview,
};
use std::sync::atomic::Ordering;
use tauri::State;
// The File actions' commands (with the macros Tauri's command attribute writes beside them).
use workspace::*;

type Answer<T> = Result<T, Failure>;

fn theme(dark: bool) -> Theme {
    if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

const CHART_SIZE: (u32, u32) = (640, 320);

#[tauri::command]
async fn overview(open: State<'_, Open>) -> Answer<Overview> {
    open.read(|s| Ok(s.overview())).await
}

/// Whether another process (the CLI, a second window) changed the workspace since it was
/// last read; if so it is read again, and every screen should reload.
#[tauri::command]
async fn workspace_changed(open: State<'_, Open>) -> Answer<bool> {
    open.reload_if_changed().await
}

#[tauri::command]
async fn seller_detail(open: State<'_, Open>, id: String) -> Answer<SellerDetail> {
    open.read(move |s| s.seller_detail(&id)).await
}

#[tauri::command]
async fn document(open: State<'_, Open>) -> Answer<Option<DocumentView>> {
    open.read(|s| s.document()).await
}

#[tauri::command]
async fn deals(open: State<'_, Open>, seller: String) -> Answer<Vec<DealRow>> {
    open.read(move |s| s.deals(&seller)).await
}

#[tauri::command]
async fn explain(open: State<'_, Open>, seller: String, deal: String) -> Answer<Explanation> {
    open.read(move |s| s.explain(&seller, &deal)).await
}

/// The items behind a figure of My plan (a measure's period earnings, or a payout).
#[tauri::command]
async fn explain_figure(
    open: State<'_, Open>,
    seller: String,
    measure: Option<String>,
    period: String,
) -> Answer<Explanation> {
    open.read(move |s| s.explain_figure(&seller, measure.as_deref(), &period))
        .await
}

#[tauri::command]
async fn save_deal(open: State<'_, Open>, original: Option<String>, form: DealForm) -> Answer<String> {
    open.write(move |s| s.save_deal(original.as_deref(), &form)).await
}

#[tauri::command]
async fn set_stage(open: State<'_, Open>, seller: String, deal: String, stage: String) -> Answer<String> {
    open.write(move |s| s.set_stage(&seller, &deal, &stage)).await
}

#[tauri::command]
async fn delete_deal(open: State<'_, Open>, seller: String, deal: String) -> Answer<String> {
    open.write(move |s| s.delete_deal(&seller, &deal)).await
}

#[tauri::command]
async fn health(open: State<'_, Open>) -> Answer<HealthView> {
    open.write(|s| s.health()).await
}

#[tauri::command]
async fn health_summary(open: State<'_, Open>) -> Answer<HealthSummary> {
    open.write(|s| s.health_summary()).await
}

#[tauri::command]
async fn fix_preview(open: State<'_, Open>, id: String) -> Answer<FixPreview> {
    open.write(move |s| s.fix_preview(&id)).await
}

#[tauri::command]
async fn apply_fixes(open: State<'_, Open>, ids: Vec<String>) -> Answer<String> {
    open.write(move |s| s.apply_fixes(&ids)).await
}

#[tauri::command]
async fn hold_finding(open: State<'_, Open>, id: String) -> Answer<String> {
    open.write(move |s| s.hold_finding(&id)).await
}

#[tauri::command]
async fn release_deal(open: State<'_, Open>, seller: String, deal: String) -> Answer<String> {
    open.write(move |s| s.release(&seller, &deal)).await
}

#[tauri::command]
async fn undo(open: State<'_, Open>) -> Answer<Option<String>> {
    open.write(|s| s.undo()).await
}

#[tauri::command]
async fn redo(open: State<'_, Open>) -> Answer<Option<String>> {
    open.write(|s| s.redo()).await
}

#[tauri::command]
async fn history(open: State<'_, Open>) -> Answer<Vec<HistoryEntry>> {
    open.read(|s| s.history(50)).await
}

#[tauri::command]
async fn simulate(open: State<'_, Open>, simulation: Simulation) -> Answer<SimulationView> {
    open.write(move |s| s.simulate(&simulation)).await
}

#[tauri::command]
async fn save_scenario(open: State<'_, Open>, name: String, notes: String, simulation: Simulation) -> Answer<String> {
    open.write(move |s| s.save_scenario(&name, &notes, &simulation)).await
}

#[tauri::command]
async fn scenarios(open: State<'_, Open>) -> Answer<Vec<ScenarioView>> {
    open.read(|s| s.scenarios()).await
}

#[tauri::command]
async fn delete_scenario(open: State<'_, Open>, name: String) -> Answer<String> {
    open.write(move |s| s.delete_scenario(&name)).await
}

#[tauri::command]
async fn compare(open: State<'_, Open>, seller: String, names: Vec<String>) -> Answer<Comparison> {
    open.read(move |s| s.compare(&seller, &names)).await
}

#[tauri::command]
async fn comparison_chart(open: State<'_, Open>, seller: String, names: Vec<String>, dark: bool) -> Answer<String> {
    open.read(move |s| s.comparison_chart(&seller, &names, theme(dark), CHART_SIZE))
        .await
}

/// A chart as SVG drawn in Rust (plotters) from the engine's figures.
#[tauri::command]
async fn chart(
    open: State<'_, Open>,
    kind: String,
    seller: String,
    simulation: Option<Simulation>,
    dark: bool,
) -> Answer<String> {
    let kind =
        ChartKind::parse(&kind).ok_or_else(|| Failure::not_found(format!("There is no chart called \"{kind}\".")))?;
    open.write(move |s| s.chart(kind, &seller, simulation.as_ref(), theme(dark), CHART_SIZE))
        .await
}

/// Writes the chart pack (PNG and SVG) next to the workspace file; returns the folder.
#[tauri::command]
async fn export_charts(open: State<'_, Open>, seller: String) -> Answer<String> {
    open.write(move |s| {
        let dir = workspace::exports_dir(s.path());
        s.export_charts(&seller, &dir)?;
        Ok(dir.display().to_string())
    })
    .await
}

/// Keeps the export the user chose for the Import screen. Its bytes arrive once, as the
/// raw body of the call (not a JSON array of numbers), with the file's name in the
/// `x-file-name` header (percent-encoded); preview and import then use them from here.
#[tauri::command]
fn stage_import(staged: State<'_, Staged>, request: tauri::ipc::Request<'_>) -> Answer<usize> {
    let tauri::ipc::InvokeBody::Raw(bytes) = request.body() else {
        return Err(Failure::internal("The file's bytes did not arrive as raw bytes.").fix("restart Plansight"));
    };
    let name = request
        .headers()
        .get("x-file-name")
        .and_then(|v| v.to_str().ok())
        .map(|v| percent_encoding::percent_decode_str(v).decode_utf8_lossy().into_owned())
        .ok_or_else(|| Failure::internal("The file's name did not arrive with it.").fix("restart Plansight"))?;
    let size = bytes.len();
    staged.put(name, bytes.clone());
    Ok(size)
}

/// The mapping the Import screen starts from for the staged export: the one remembered
/// for its name, or a guess from its columns and values.
#[tauri::command]
async fn import_guess(open: State<'_, Open>, staged: State<'_, Staged>, kind: String) -> Answer<ImportGuess> {
    let (name, bytes) = staged.get()?;
    open.read(move |s| s.import_guess(&kind, &name, &bytes)).await
}

#[tauri::command]
async fn import_preview(
    open: State<'_, Open>,
    staged: State<'_, Staged>,
    request: ImportRequest,
) -> Answer<ImportPreview> {
    let (name, bytes) = staged.get()?;
    open.read(move |s| s.import_preview(&request, &name, &bytes)).await
}

#[tauri::command]
async fn import_commit(
    open: State<'_, Open>,
    staged: State<'_, Staged>,
    request: ImportRequest,
) -> Answer<ImportPreview> {
    let (name, bytes) = staged.get()?;
    open.write(move |s| s.import_commit(&request, &name, &bytes)).await
}

/// The team review, with the change a saved scenario makes when one is named.
#[tauri::command]
async fn team_review(open: State<'_, Open>, scenario: Option<String>) -> Answer<TeamReview> {
    open.read(move |s| s.team_review(scenario.as_deref())).await
}

/// My plan's forecast of a seller (10,000 runs on the exact rules) with their coaching.
/// Runs beside other readers, off the window's thread; the screen shows its progress.
#[tauri::command]
async fn forecast(open: State<'_, Open>, seller: String, dark: bool) -> Answer<ForecastView> {
    open.read(move |s| s.forecast_view(&seller, theme(dark), CHART_SIZE))
        .await
}

/// The Team screen's forecast: the team's cost and the sellers to coach.
#[tauri::command]
async fn team_forecast(open: State<'_, Open>) -> Answer<TeamForecastView> {
    open.read(|s| s.team_forecast()).await
}

/// Writes the review (CSV, XLSX, charts) next to the workspace file; returns the folder.
#[tauri::command]
async fn export_review(open: State<'_, Open>, scenario: Option<String>) -> Answer<String> {
    open.read(move |s| {
        let dir = workspace::exports_dir(s.path());
        s.export_review(scenario.as_deref(), &dir)?;
        Ok(dir.display().to_string())
    })
    .await
}

#[tauri::command]
async fn plan_versions(open: State<'_, Open>) -> Answer<Vec<PlanVersionView>> {
    open.read(|s| s.plan_versions()).await
}

#[tauri::command]
async fn plan_of_version(open: State<'_, Open>, version: u32) -> Answer<PlanView> {
    open.read(move |s| s.plan_of_version(version)).await
}

/// The team under `version`'s rules (the plan in effect when none) with the form's changes.
#[tauri::command]
async fn plan_preview(open: State<'_, Open>, simulation: Simulation, version: Option<u32>) -> Answer<PlanPreview> {
    open.write(move |s| s.plan_preview(&simulation, version)).await
}

#[tauri::command]
async fn plan_preview_chart(
    open: State<'_, Open>,
    simulation: Simulation,
    version: Option<u32>,
    dark: bool,
) -> Answer<String> {
    open.write(move |s| s.plan_preview_chart(&simulation, version, theme(dark), CHART_SIZE))
        .await
}

/// The levers the plan in effect offers to the optimiser.
#[tauri::command]
async fn optimise_levers(open: State<'_, Open>) -> Answer<Vec<LeverOption>> {
    open.read(|s| Ok(s.optimise_levers())).await
}

/// The optimiser's proposal (linear programs over the year's data, seconds on a large
/// team): off the window's thread, beside other readers.
#[tauri::command]
async fn optimise(open: State<'_, Open>, form: OptimiseForm, dark: bool) -> Answer<OptimiseView> {
    open.read(move |s| s.optimise_view(&form, theme(dark), CHART_SIZE))
        .await
}

/// Saves the plan designer's change over `version` (the plan in effect when none) as a
/// new plan version in effect from `effective` (`YYYY-MM-DD`; the plan's start when
/// empty), undoable.
#[tauri::command]
async fn save_plan(
    open: State<'_, Open>,
    change: Simulation,
    version: Option<u32>,
    effective: String,
) -> Answer<String> {
    open.write(move |s| s.save_designed_plan(&change, version, &effective))
        .await
}

/// Saves a proposed plan as the next plan version (undoable).
#[tauri::command]
async fn use_plan(open: State<'_, Open>, plan: String) -> Answer<String> {
    open.write(move |s| s.use_plan(&plan)).await
}

/// The assistant's answer (read only; no model involved in the figures).
#[tauri::command]
async fn ask(
    open: State<'_, Open>,
    seller: String,
    question: String,
    context: Option<String>,
    reading: Option<String>,
) -> Answer<AssistantAnswer> {
    open.read(move |s| {
        let asked = Asked {
            context: context.as_deref(),
            reading: reading.as_deref(),
        };
        s.ask(&seller, &question, &asked)
    })
    .await
}

/// Stops the model's wording in progress: the engine's own words are shown instead.
#[tauri::command]
fn stop_wording(stop: State<'_, StopWording>) {
    stop.0.store(true, Ordering::SeqCst);
}

/// Which model words the answers and whether it loads here (starts the worker, which
/// loads the model: off the window's thread).
#[tauri::command]
async fn model_status(model: State<'_, Model>) -> Answer<ModelStatus> {
    let setting = model.1.as_deref().map(ModelSetting::load).unwrap_or_default();
    let worker = model.0.clone();
    off_the_window(move || Ok(plansight_session::model::status(&mut *open::lock(&worker)?, &setting))).await
}

/// Uses the GGUF file at `path` for wording, or the bundled model again when `path` is
/// empty; the new model must load first.
#[tauri::command]
async fn use_model_file(model: State<'_, Model>, path: Option<String>) -> Answer<ModelStatus> {
    let file = path
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .map(std::path::PathBuf::from);
    let (worker, setting_file) = (model.0.clone(), model.1.clone());
    off_the_window(move || plansight_session::model::choose(&mut *open::lock(&worker)?, setting_file.as_deref(), file))
        .await
}

/// The answer worded by the bundled model, its text streamed to `pieces` as it comes.
/// The workspace is held only while the engine answers, not while the model writes.
#[tauri::command]
// A command's arguments are the fields the UI sends, named one by one.
#[allow(clippy::too_many_arguments)]
async fn ask_worded(
    open: State<'_, Open>,
    model: State<'_, Model>,
    stop: State<'_, StopWording>,
    seller: String,
    question: String,
    context: Option<String>,
    reading: Option<String>,
    pieces: tauri::ipc::Channel<String>,
) -> Answer<AssistantAnswer> {
    let q = question.clone();
    let answer = open
        .read(move |s| {
            s.answer(
                &seller,
                &q,
                &Asked {
                    context: context.as_deref(),
                    reading: reading.as_deref(),
                },
            )
        })
        .await?;
    let (worker, stop) = (model.0.clone(), stop.0.clone());
    off_the_window(move || {
        let mut worker = open::lock(&worker)?;
        stop.store(false, Ordering::SeqCst);
        Ok(plansight_session::worded(answer, &question, &mut worker, |p| {
            !stop.load(Ordering::SeqCst) && pieces.send(p.to_string()).is_ok()
        }))
    })
    .await
}

fn main() {
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            use tauri::Manager;
            let data = app.path().app_data_dir().ok();
            let places = Places::new(data.clone());
            let first = places.first();
            if let plansight_session::workspaces::Current::Failed(path, e) = &first {
                eprintln!("plansight: {}: {e}", path.display());
            }
            app.manage(Open::new(first));
            app.manage(places);
            app.manage(Staged::default());
            let setting_file = data.as_ref().map(|d| d.join("assistant.json"));
            let setting = setting_file.as_deref().map(ModelSetting::load).unwrap_or_default();
            app.manage(Model(
                std::sync::Arc::new(std::sync::Mutex::new(setting.worker())),
                setting_file,
            ));
            app.manage(StopWording(std::sync::Arc::new(std::sync::atomic::AtomicBool::new(
                false,
            ))));
            if let (Some(dir), Some(w)) = (data, app.get_webview_window("main")) {
                window::remember(&w, dir.join("window.json"));
            }
            Ok(())
        })
        .invoke_handler(app_commands!(tauri::generate_handler))
        .run(tauri::generate_context!())
        .expect("the Plansight window could not be started");
}
