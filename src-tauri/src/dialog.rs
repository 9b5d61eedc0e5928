//! The native file dialogs, opened from Rust only (the window is granted none of the
//! dialog plugin's commands): every path the app writes to or opens is one the user chose
//! in one of these.

use std::path::PathBuf;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

/// What a dialog is for: its title, its default name and whether it saves.
pub enum Pick {
    /// Where a new workspace goes.
    NewWorkspace,
    /// A workspace to open.
    OpenWorkspace,
    /// Where a copy of the workspace goes.
    SaveCopy(String),
    /// Where a backup goes.
    Backup(String),
    /// A backup to restore.
    Restore,
    /// The folder statements are written into.
    StatementsFolder,
}

/// Asks the user; `None` when they cancel. Runs on a worker thread (the dialog waits
/// for the user; the window's thread keeps drawing it).
pub fn ask(app: &AppHandle, pick: Pick) -> Option<PathBuf> {
    if let Some(answer) = scripted() {
        return answer;
    }
    let workspace = ["plansight", "sqlite"];
    let d = app.dialog().file();
    let chosen = match pick {
        Pick::NewWorkspace => d
            .set_title("New workspace")
            .set_file_name("My workspace.plansight")
            .add_filter("Plansight workspace", &workspace)
            .blocking_save_file(),
        Pick::OpenWorkspace => d
            .set_title("Open a workspace")
            .add_filter("Plansight workspace", &workspace)
            .blocking_pick_file(),
        Pick::SaveCopy(name) => d
            .set_title("Save a copy of the workspace")
            .set_file_name(format!("{name} copy.plansight"))
            .add_filter("Plansight workspace", &workspace)
            .blocking_save_file(),
        Pick::Backup(name) => d
            .set_title("Back up the workspace")
            .set_file_name(format!("{name} backup.plansight"))
            .add_filter("Plansight workspace", &workspace)
            .blocking_save_file(),
        Pick::Restore => d
            .set_title("Restore the workspace from a backup")
            .add_filter("Plansight workspace or backup", &workspace)
            .blocking_pick_file(),
        Pick::StatementsFolder => d.set_title("Write the statements into").blocking_pick_folder(),
    };
    chosen.and_then(|p| p.into_path().ok())
}

/// In a debug build under the end-to-end tests, the dialogs' answers come from the file
/// named by `PLANSIGHT_E2E_PICKS`, one line per dialog (an empty line: cancelled), since
/// a test driver cannot reach a native dialog. A release build has no such door.
#[cfg(debug_assertions)]
fn scripted() -> Option<Option<PathBuf>> {
    let file = std::env::var_os("PLANSIGHT_E2E_PICKS")?;
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    let mut lines = text.lines();
    let first = lines.next().unwrap_or("").trim().to_string();
    let rest: Vec<&str> = lines.collect();
    let _ = std::fs::write(&file, rest.join("\n"));
    Some((!first.is_empty()).then(|| PathBuf::from(first)))
}

#[cfg(not(debug_assertions))]
fn scripted() -> Option<Option<PathBuf>> {
    None
}
