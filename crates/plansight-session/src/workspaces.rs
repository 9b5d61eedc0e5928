//! The workspaces the app moves between: opening one (or finding it has no plan yet),
//! creating one, the sample's own copy, the recent list, copies, backups and restores.
//! The app asks the user for every path through a native dialog; none is ever built
//! from a name typed in the window or read from a file.

use crate::{Failure, FailureKind, Session};
use plansight_store::Workspace;
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// What the app has open.
pub enum Current {
    /// Nothing: the start screen.
    Nothing,
    /// A workspace without a plan yet: the app asks for one before anything else.
    NeedsPlan(PathBuf),
    /// A workspace with its plan, computed.
    Ready(Box<Session>),
    /// A workspace that could not be opened, and why (shown on the start screen).
    Failed(PathBuf, Failure),
}

impl Current {
    /// Opens the workspace at `path` as it is (never created, never seeded).
    pub fn open(path: &Path) -> Current {
        let opened = Workspace::open_existing(path).map_err(Failure::from).and_then(|ws| {
            if ws.plan_versions()?.is_empty() {
                Ok(Current::NeedsPlan(path.to_path_buf()))
            } else {
                Ok(Current::Ready(Box::new(Session::over(ws)?)))
            }
        });
        opened.unwrap_or_else(|f| Current::Failed(path.to_path_buf(), f))
    }

    /// Creates an empty workspace at `path` (with `.plansight` added when the name has no
    /// extension, so that Open… lists it); an existing file is never replaced.
    pub fn create(path: &Path) -> Result<Current, Failure> {
        let path = &with_extension(path);
        if path.exists() {
            return Err(
                Failure::new(FailureKind::Input, format!("{} already exists.", path.display()))
                    .at(path.display().to_string())
                    .fix("open it with Open…, or choose another name for the new workspace"),
            );
        }
        Workspace::open(path)?;
        Ok(Current::NeedsPlan(path.to_path_buf()))
    }

    /// The sample workspace's own copy in `data_dir` (created and seeded on first use;
    /// the copy is the user's to change, the bundled sample stays as shipped).
    pub fn sample(data_dir: &Path) -> Current {
        let path = sample_path(data_dir);
        match std::fs::create_dir_all(data_dir).map_err(|e| {
            Failure::new(
                FailureKind::Workspace,
                format!("{}: cannot be created ({e}).", data_dir.display()),
            )
        }) {
            Ok(()) => Current::seeded(&path),
            Err(f) => Current::Failed(path, f),
        }
    }

    /// The workspace at `path`, created and seeded with the sample when it has no plan
    /// (see [`Session::open`]).
    pub fn seeded(path: &Path) -> Current {
        Session::open(path)
            .map(|s| Current::Ready(Box::new(s)))
            .unwrap_or_else(|f| Current::Failed(path.to_path_buf(), f))
    }

    /// The workspace file, if one is open or was tried.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Current::Nothing => None,
            Current::NeedsPlan(p) | Current::Failed(p, _) => Some(p),
            Current::Ready(s) => Some(s.path()),
        }
    }

    /// Adds the plan `source` (from a file named `file`) with its `document` as the first
    /// plan version of a workspace that has none, or as a new version of an open one (in
    /// effect from `effective`; the plan's start when none). Undone like any change.
    pub fn add_plan(
        &mut self,
        file: &str,
        source: &str,
        document: Option<&str>,
        effective: Option<chrono::NaiveDate>,
    ) -> Result<String, Failure> {
        let path = self.path().map(Path::to_path_buf).ok_or_else(no_workspace)?;
        let version = match self {
            Current::Ready(s) => {
                let v = s.ws().import_plan(file, source, document, effective)?;
                s.refresh()?;
                v
            }
            Current::Failed(_, f) => return Err(f.clone()),
            _ => {
                let mut ws = Workspace::open_existing(&path)?;
                let v = ws.import_plan(file, source, document, effective)?;
                *self = Current::Ready(Box::new(Session::over(ws)?));
                v
            }
        };
        Ok(format!(
            "The plan {file} was saved as plan version {version}; undo takes it back."
        ))
    }

    /// The state the window shows, with the recent list.
    pub fn state(&self, recent: &Recent) -> WorkspaceState {
        let (status, failure) = match self {
            Current::Nothing => (WorkspaceStatus::None, None),
            Current::NeedsPlan(_) => (WorkspaceStatus::NeedsPlan, None),
            Current::Ready(_) => (WorkspaceStatus::Ready, None),
            Current::Failed(_, f) => (WorkspaceStatus::Failed, Some(f.clone())),
        };
        WorkspaceState {
            status,
            title: match self.path() {
                Some(p) => format!("{} — Plansight", display_name(p)),
                None => "Plansight".into(),
            },
            path: self.path().map(|p| p.display().to_string()),
            name: self.path().map(display_name),
            failure,
            recent: recent
                .list()
                .into_iter()
                .map(|p| RecentWorkspace {
                    name: display_name(&p),
                    exists: p.exists(),
                    path: p.display().to_string(),
                })
                .collect(),
        }
    }
}

/// The text of a plan document given as PDF, for the document screen and the assistant's
/// citations (its layout is lost; its words, numbers and clause numbers are kept).
pub fn pdf_document_text(bytes: &[u8]) -> Result<String, Failure> {
    let refused = |why: String| {
        Failure::input(format!(
            "The plan document's text cannot be read from this PDF ({why})."
        ))
        .at("document")
        .fix("save the document as Markdown or plain text and choose that file")
    };
    // A malformed file can make the reader panic; that is a refusal, not a crash.
    let text = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes))
        .map_err(|_| refused("the file is damaged".into()))?
        .map_err(|e| refused(e.to_string()))?;
    let text = text.trim();
    if text.is_empty() {
        return Err(refused(
            "it holds no text; a scanned document needs text recognition first".into(),
        ));
    }
    Ok(text.to_string())
}

fn no_workspace() -> Failure {
    Failure::new(FailureKind::Workspace, "No workspace is open.").fix("open or create one from the start screen")
}

/// `path`, with `.plansight` added when its name has no extension (a name typed in a
/// save dialog comes back as typed).
pub fn with_extension(path: &Path) -> PathBuf {
    if path.extension().is_some() {
        path.to_path_buf()
    } else {
        path.with_extension("plansight")
    }
}

/// Where the sample's own copy lives.
pub fn sample_path(data_dir: &Path) -> PathBuf {
    data_dir.join("sample.plansight")
}

/// A workspace as the window names it: its file name without the extension.
pub fn display_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Whether a workspace is open, and which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum WorkspaceStatus {
    /// None: the start screen.
    None,
    /// Open, but without a plan yet.
    NeedsPlan,
    /// Open and computed.
    Ready,
    /// The last one tried could not be opened (`failure` says why).
    Failed,
}

/// What the window shows about workspaces.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct WorkspaceState {
    /// Whether one is open.
    pub status: WorkspaceStatus,
    /// The window's title: the workspace's name, then the app's.
    pub title: String,
    /// Its file.
    pub path: Option<String>,
    /// Its name (the file's name without the extension).
    pub name: Option<String>,
    /// Why it could not be opened.
    pub failure: Option<Failure>,
    /// Workspaces opened before, newest first.
    pub recent: Vec<RecentWorkspace>,
}

/// A workspace opened before.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecentWorkspace {
    /// Its file.
    pub path: String,
    /// Its name.
    pub name: String,
    /// Whether the file is still there.
    pub exists: bool,
}

/// The recent workspaces, newest first, kept in a small JSON file in the app's data folder.
#[derive(Debug, Clone)]
pub struct Recent(Option<PathBuf>);

/// How many recent workspaces are kept.
pub const RECENT: usize = 8;

impl Recent {
    /// The list kept in `file` (none: nothing is remembered).
    pub fn at(file: Option<PathBuf>) -> Recent {
        Recent(file)
    }

    /// The workspaces, newest first; an unreadable list is an empty one.
    pub fn list(&self) -> Vec<PathBuf> {
        self.0
            .as_deref()
            .and_then(|f| std::fs::read(f).ok())
            .and_then(|b| serde_json::from_slice::<Vec<PathBuf>>(&b).ok())
            .unwrap_or_default()
    }

    /// Whether `path` is on the list (the window may only reopen those).
    pub fn contains(&self, path: &Path) -> bool {
        self.list().iter().any(|p| p == path)
    }

    /// Puts `path` first. The list is replaced whole (written beside, then renamed), so
    /// a crash never leaves half a list; failing to keep it only loses the list.
    pub fn remember(&self, path: &Path) {
        let Some(file) = &self.0 else { return };
        let mut list = self.list();
        list.retain(|p| p != path);
        list.insert(0, path.to_path_buf());
        list.truncate(RECENT);
        if let Ok(bytes) = serde_json::to_vec_pretty(&list) {
            // Each process writes its own part file, so two windows never interleave one.
            let part = file.with_extension(format!("json.{}.part", std::process::id()));
            if std::fs::write(&part, bytes).is_ok() {
                let _ = std::fs::rename(&part, file);
            }
        }
    }
}

impl Session {
    /// Writes a consistent copy of the workspace to `to` (a copy to keep, share or
    /// back up); the workspace itself stays open.
    pub fn save_copy(&self, to: &Path) -> Result<String, Failure> {
        let to = &with_extension(to);
        let same = |a: &Path, b: &Path| {
            a.canonicalize()
                .ok()
                .zip(b.canonicalize().ok())
                .is_some_and(|(a, b)| a == b)
        };
        if same(to, self.path()) {
            return Err(Failure::input("A copy cannot replace the workspace it is a copy of.")
                .at(to.display().to_string())
                .fix("choose another file name"));
        }
        self.ws().backup_to(to)?;
        Ok(format!("A copy of the workspace was saved as {}.", to.display()))
    }

    /// Replaces the workspace's content with the backup at `from` (checked first; the
    /// current content is kept as an automatic backup beside the workspace).
    pub fn restore_backup(&mut self, from: &Path) -> Result<String, Failure> {
        self.ws().restore_from(from)?;
        self.refresh()?;
        Ok(format!(
            "The workspace was restored from {}; its content before is kept in {}.",
            from.display(),
            plansight_store::backup::folder(self.path()).display()
        ))
    }
}
