//! Which workspace the app has open, and the File actions: new, open, recent, the sample,
//! close, save a copy, backup, restore, a plan for a workspace without one, statements.
//! Every path comes from a native dialog ([`dialog`]) or the recent list the app keeps.

use crate::dialog::{self, Pick};
use crate::open::{off_the_window, Open};
use plansight_session::statements::Statements;
use plansight_session::workspaces::{display_name, Current, Recent, WorkspaceState};
use plansight_session::{Failure, FailureKind};
use plansight_view::{DraftCheck, PlanDraft};
use std::path::{Path, PathBuf};
use tauri::{AppHandle, State, WebviewWindow};

type Answer<T> = Result<T, Failure>;

/// The app's data folder and the recent list kept in it.
pub struct Places {
    data: Option<PathBuf>,
    recent: Recent,
}

impl Places {
    /// The places under the app's data folder (none: nothing is remembered).
    pub fn new(data: Option<PathBuf>) -> Places {
        let recent = Recent::at(data.as_ref().map(|d| d.join("recent.json")));
        Places { data, recent }
    }

    /// What the app opens at start: the file named by `PLANSIGHT_WORKSPACE` (created and
    /// seeded with the sample when new, for scripts and tests), else the workspace used
    /// last, else the one older builds kept in the data folder, else nothing (the start
    /// screen).
    pub fn first(&self) -> Current {
        if let Some(p) = std::env::var_os("PLANSIGHT_WORKSPACE") {
            let path = PathBuf::from(p);
            // Only a file that does not exist yet is seeded with the sample; an existing
            // workspace (one without a plan included) opens as it is.
            if path.exists() {
                return Current::open(&path);
            }
            return Current::seeded(&path);
        }
        let older = self.data.as_ref().map(|d| d.join("workspace.plansight"));
        match self.recent.list().into_iter().chain(older).find(|p| p.exists()) {
            Some(path) => Current::open(&path),
            None => Current::Nothing,
        }
    }
}

/// Replaces what is open with what `next` opens (if the user did not cancel), remembers
/// it and names it in the title; returns the new state.
async fn switch(
    open: &Open,
    places: &Places,
    window: &WebviewWindow,
    next: impl FnOnce() -> Result<Option<Current>, Failure> + Send + 'static,
) -> Answer<WorkspaceState> {
    let data_recent = places.recent.clone();
    let window = window.clone();
    open.switch(move |current| {
        if let Some(new) = next()? {
            *current = new;
            // A file that failed to open is not offered again as recent.
            if let Current::Ready(_) | Current::NeedsPlan(_) = current {
                if let Some(p) = current.path() {
                    data_recent.remember(p);
                }
            }
        }
        let state = current.state(&data_recent);
        // The window's title names the workspace.
        let _ = window.set_title(&state.title);
        Ok(state)
    })
    .await
}

/// What is open (or the start screen's state) and the recent workspaces.
#[tauri::command]
pub async fn workspace_state(
    open: State<'_, Open>,
    places: State<'_, Places>,
    window: WebviewWindow,
) -> Answer<WorkspaceState> {
    switch(&open, &places, &window, || Ok(None)).await
}

/// A new, empty workspace where the user chooses; it asks for a plan next.
#[tauri::command]
pub async fn new_workspace(
    app: AppHandle,
    open: State<'_, Open>,
    places: State<'_, Places>,
    window: WebviewWindow,
) -> Answer<WorkspaceState> {
    // The dialog waits for the user before the workspace is touched (no lock held).
    let chosen = off_the_window(move || Ok(dialog::ask(&app, Pick::NewWorkspace))).await?;
    switch(&open, &places, &window, move || {
        chosen.map(|p| Current::create(&p)).transpose()
    })
    .await
}

/// A workspace the user chooses. One that cannot be opened (damaged, newer, not a
/// workspace) leaves the start screen with the store's message.
#[tauri::command]
pub async fn open_workspace(
    app: AppHandle,
    open: State<'_, Open>,
    places: State<'_, Places>,
    window: WebviewWindow,
) -> Answer<WorkspaceState> {
    let chosen = off_the_window(move || Ok(dialog::ask(&app, Pick::OpenWorkspace))).await?;
    switch(&open, &places, &window, move || Ok(chosen.map(|p| Current::open(&p)))).await
}

/// A workspace of the recent list (the window can name no other file).
#[tauri::command]
pub async fn open_recent(
    open: State<'_, Open>,
    places: State<'_, Places>,
    window: WebviewWindow,
    path: String,
) -> Answer<WorkspaceState> {
    let path = PathBuf::from(path);
    if !places.recent.contains(&path) {
        return Err(Failure::not_found("That workspace is not on the recent list.").fix("open it with Open…"));
    }
    switch(&open, &places, &window, move || Ok(Some(Current::open(&path)))).await
}

/// The sample workspace's own copy in the data folder.
#[tauri::command]
pub async fn try_sample(
    open: State<'_, Open>,
    places: State<'_, Places>,
    window: WebviewWindow,
) -> Answer<WorkspaceState> {
    let data = places.data.clone().ok_or_else(no_data_folder)?;
    switch(&open, &places, &window, move || Ok(Some(Current::sample(&data)))).await
}

/// Back to the start screen.
#[tauri::command]
pub async fn close_workspace(
    open: State<'_, Open>,
    places: State<'_, Places>,
    window: WebviewWindow,
) -> Answer<WorkspaceState> {
    switch(&open, &places, &window, || Ok(Some(Current::Nothing))).await
}

/// Adds a plan (its TOML text, and its document's text or a PDF's bytes) to the open
/// workspace: its first plan when it has none, else a new plan version (undoable).
#[tauri::command]
pub async fn add_plan(
    open: State<'_, Open>,
    file: String,
    plan: String,
    document: Option<String>,
    document_pdf: Option<Vec<u8>>,
) -> Answer<String> {
    // A PDF's text is read before the workspace is held.
    let document = match document_pdf {
        Some(pdf) => Some(off_the_window(move || plansight_session::workspaces::pdf_document_text(&pdf)).await?),
        None => document,
    };
    open.switch(move |current| current.add_plan(&file, &plan, document.as_deref(), None))
        .await
}

/// A plan to author from nothing: one commission measure in this calendar year.
#[tauri::command]
pub fn draft_starter() -> PlanDraft {
    plansight_session::authoring::starter(plansight_session::authoring::this_year())
}

/// The live check of a draft (with the team's preview when the workspace has deals).
#[tauri::command]
pub async fn check_draft(open: State<'_, Open>, draft: PlanDraft) -> Answer<DraftCheck> {
    open.inspect(move |current| current.check_draft(&draft)).await
}

/// Saves a draft as a new plan version in effect from `effective` (the workspace's first
/// plan when it has none); undoable.
#[tauri::command]
pub async fn save_draft(open: State<'_, Open>, draft: PlanDraft, effective: String) -> Answer<String> {
    open.switch(move |current| current.save_draft(&draft, &effective)).await
}

/// Saves a copy where the user chooses; `None` when they cancel.
#[tauri::command]
pub async fn save_copy(app: AppHandle, open: State<'_, Open>) -> Answer<Option<String>> {
    copy_to_chosen(app, &open, Pick::SaveCopy).await
}

/// Writes a backup where the user chooses; `None` when they cancel.
#[tauri::command]
pub async fn backup_workspace(app: AppHandle, open: State<'_, Open>) -> Answer<Option<String>> {
    copy_to_chosen(app, &open, Pick::Backup).await
}

/// A consistent copy of the workspace where the user chooses in the dialog `pick` makes
/// (named after the workspace); `None` when they cancel.
async fn copy_to_chosen(app: AppHandle, open: &Open, pick: fn(String) -> Pick) -> Answer<Option<String>> {
    let name = open.read(|s| Ok(display_name(s.path()))).await?;
    match off_the_window(move || Ok(dialog::ask(&app, pick(name)))).await? {
        Some(to) => open.read(move |s| s.save_copy(&to)).await.map(Some),
        None => Ok(None),
    }
}

/// Replaces the workspace's content with a backup the user chooses (the content before
/// is kept as an automatic backup); `None` when they cancel.
#[tauri::command]
pub async fn restore_workspace(app: AppHandle, open: State<'_, Open>) -> Answer<Option<String>> {
    let from = off_the_window(move || Ok(dialog::ask(&app, Pick::Restore))).await?;
    match from {
        Some(from) => open.write(move |s| s.restore_backup(&from)).await.map(Some),
        None => Ok(None),
    }
}

/// Writes PDF statements into a folder the user chooses: one seller's; or every seller's
/// with the territory review pack (`seller` none); or the review pack alone (`review`);
/// the pack with `scenario`'s changes. Returns what was written, or `None` when they cancel.
#[tauri::command]
pub async fn write_statements(
    app: AppHandle,
    open: State<'_, Open>,
    seller: Option<String>,
    scenario: Option<String>,
    review: bool,
) -> Answer<Option<String>> {
    let dir = off_the_window(move || Ok(dialog::ask(&app, Pick::StatementsFolder))).await?;
    let Some(dir) = dir else { return Ok(None) };
    let which = match (seller, review) {
        (Some(id), _) => Statements::Seller(id),
        (None, true) => Statements::Review,
        (None, false) => Statements::All,
    };
    open.write(move |s| {
        let written = s.write_statements(&which, scenario.as_deref(), &dir)?;
        Ok(Some(format!(
            "{} written to {}.",
            match written.len() {
                1 => "1 PDF".to_string(),
                n => format!("{n} PDFs"),
            },
            dir.display()
        )))
    })
    .await
}

fn no_data_folder() -> Failure {
    Failure::new(FailureKind::Workspace, "The platform has no data folder for Plansight.")
        .fix("open a workspace file with Open… instead")
}

/// Where exports of a workspace go: `<workspace>.exports/` beside the file.
pub fn exports_dir(workspace: &Path) -> PathBuf {
    let mut name = workspace.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".exports");
    workspace.with_file_name(name)
}
