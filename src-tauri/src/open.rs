//! What the app holds: the open workspace (or why there is none), the export chosen on
//! the Import screen, and the model's worker.

use plansight_session::workspaces::Current;
use plansight_session::{Failure, FailureKind, Session};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

/// The open workspace (or the start screen's state); and whether a change another
/// process made was read in by some command since the window last asked (so the window
/// still says so, whichever command read it in).
pub struct Open(Arc<RwLock<Current>>, Arc<AtomicBool>, Arc<AtomicU64>);

fn poisoned() -> Failure {
    Failure::internal("The app hit an internal error.").fix("restart it; your workspace is safe")
}

/// The session of `current`, or why the screens cannot have one.
fn ready(current: &Current) -> Result<&Session, Failure> {
    match current {
        Current::Ready(s) => Ok(s),
        Current::Failed(_, f) => Err(f.clone()),
        Current::NeedsPlan(_) => Err(Failure::new(FailureKind::Workspace, "This workspace has no plan yet.")
            .fix("add a plan first: import its TOML file, with its document")),
        Current::Nothing => Err(Failure::new(FailureKind::Workspace, "No workspace is open.")
            .fix("open or create one from the start screen")),
    }
}

fn ready_mut(current: &mut Current) -> Result<&mut Session, Failure> {
    match current {
        Current::Ready(s) => Ok(s),
        other => Err(ready(other).err().unwrap_or_else(poisoned)),
    }
}

impl Open {
    /// Holds `current`.
    pub fn new(current: Current) -> Open {
        Open(
            Arc::new(RwLock::new(current)),
            Arc::new(AtomicBool::new(false)),
            Arc::new(AtomicU64::new(0)),
        )
    }

    /// Runs `f` on what is open, alone (opening, creating or closing a workspace, adding
    /// a plan). A change another process made to the open workspace is read in first; one
    /// noticed before belonged to the screens of this workspace and is forgotten when `f`
    /// opens another.
    pub async fn switch<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Current) -> Result<T, Failure> + Send + 'static,
    ) -> Result<T, Failure> {
        let cell = self.0.clone();
        let noticed = self.1.clone();
        let opened = self.2.clone();
        off_the_window(move || {
            let mut guard = cell.write().map_err(|_| poisoned())?;
            if let Current::Ready(s) = &mut *guard {
                if s.reload_if_changed()? {
                    noticed.store(true, Ordering::SeqCst);
                }
            }
            let before = guard.path().map(std::path::Path::to_path_buf);
            let done = f(&mut guard);
            if guard.path() != before.as_deref() {
                noticed.store(false, Ordering::SeqCst);
                // Changes asked of the workspace that was open are refused from now on.
                opened.fetch_add(1, Ordering::SeqCst);
            }
            done
        })
        .await
    }

    /// Runs `f` on what is open, beside other readers (a draft's check: the plan's own
    /// checks, with the team's preview when a workspace with a plan is open).
    pub async fn inspect<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Current) -> Result<T, Failure> + Send + 'static,
    ) -> Result<T, Failure> {
        let cell = self.0.clone();
        off_the_window(move || {
            let guard = cell.read().map_err(|_| poisoned())?;
            f(&guard)
        })
        .await
    }

    /// Runs `f` on the session off the window's thread, beside other readers. A change
    /// made by another process is read in first when no one else is using the session
    /// (when someone is, the next call does it).
    pub async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Session) -> Result<T, Failure> + Send + 'static,
    ) -> Result<T, Failure> {
        let cell = self.0.clone();
        let noticed = self.1.clone();
        off_the_window(move || {
            if let Ok(mut guard) = cell.try_write() {
                if let Current::Ready(s) = &mut *guard {
                    if s.reload_if_changed()? {
                        noticed.store(true, Ordering::SeqCst);
                    }
                }
            }
            let guard = cell.read().map_err(|_| poisoned())?;
            f(ready(&guard)?)
        })
        .await
    }

    /// Runs `f` on the session alone, off the window's thread, after reading in any
    /// change another process made, so a change is never made over a stale copy. A change
    /// asked for while one workspace was open never lands in another opened meanwhile.
    pub async fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Session) -> Result<T, Failure> + Send + 'static,
    ) -> Result<T, Failure> {
        let cell = self.0.clone();
        let noticed = self.1.clone();
        let opened = self.2.clone();
        let asked_in = opened.load(Ordering::SeqCst);
        off_the_window(move || {
            let mut guard = cell.write().map_err(|_| poisoned())?;
            if opened.load(Ordering::SeqCst) != asked_in {
                return Err(Failure::new(
                    FailureKind::Workspace,
                    "Another workspace was opened before this change could be made; nothing was written.",
                )
                .fix("make the change again in the workspace now open, if it belongs there"));
            }
            let s = ready_mut(&mut guard)?;
            if s.reload_if_changed()? {
                noticed.store(true, Ordering::SeqCst);
            }
            f(s)
        })
        .await
    }

    /// Reads in a change another process made; true when there was one, or when another
    /// command read one in since the last call.
    pub async fn reload_if_changed(&self) -> Result<bool, Failure> {
        let cell = self.0.clone();
        let noticed = self.1.clone();
        off_the_window(move || {
            let now = match cell.try_write() {
                Ok(mut guard) => match &mut *guard {
                    Current::Ready(s) => s.reload_if_changed()?,
                    // Nothing open to change: the start screen asks nothing of this.
                    _ => false,
                },
                // Someone is using the session; the next check will see the change.
                Err(_) => false,
            };
            Ok(noticed.swap(false, Ordering::SeqCst) || now)
        })
        .await
    }
}

/// Runs `f` on a blocking worker thread: never on the window's thread, and never holding
/// one of the async runtime's few threads (two on a two-core laptop) while it waits.
pub async fn off_the_window<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, Failure> + Send + 'static,
) -> Result<T, Failure> {
    tauri::async_runtime::spawn_blocking(f).await.map_err(|e| {
        Failure::internal(format!("The app hit an internal error ({e}).")).fix("restart it; your workspace is safe")
    })?
}

/// The export chosen on the Import screen: its name and bytes, sent once.
#[derive(Default)]
pub struct Staged(Mutex<Option<(String, Arc<Vec<u8>>)>>);

impl Staged {
    /// Keeps the export `name` with its `bytes` (replacing any earlier one).
    pub fn put(&self, name: String, bytes: Vec<u8>) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some((name, Arc::new(bytes)));
        }
    }

    /// The export last chosen.
    pub fn get(&self) -> Result<(String, Arc<Vec<u8>>), Failure> {
        self.0
            .lock()
            .map_err(|_| poisoned())?
            .clone()
            .ok_or_else(|| Failure::input("Choose a file to import first.").at("file"))
    }
}

/// The model's worker process (started on first use), and the file its setting is kept in.
pub struct Model(
    pub Arc<Mutex<plansight_ask::worker::Worker>>,
    pub Option<std::path::PathBuf>,
);

/// The worker, alone.
pub fn lock(
    worker: &Mutex<plansight_ask::worker::Worker>,
) -> Result<MutexGuard<'_, plansight_ask::worker::Worker>, Failure> {
    worker
        .lock()
        .map_err(|_| Failure::model("The language model hit an internal error.").fix("restart the app"))
}

/// Set by *Stop* while the model writes; read between pieces, so it needs no lock.
pub struct StopWording(pub Arc<std::sync::atomic::AtomicBool>);

#[cfg(test)]
mod tests {
    use super::*;
    use std::future::Future;

    /// A change asked for while one workspace was open, that had to wait, lands in that
    /// workspace or nowhere: never in the one opened meanwhile.
    #[test]
    fn a_change_waiting_while_another_workspace_opens_never_lands_in_it() {
        let dir = std::env::temp_dir().join(format!("plansight-open-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let a = dir.join("a.plansight");
        let open = Open::new(Current::Ready(Box::new(Session::open(&a).unwrap())));
        let waker = std::task::Waker::noop();
        let mut cx = std::task::Context::from_waker(waker);
        // The workspace is held (as by a long import): both the change and the switch wait.
        let held = open.0.clone();
        let guard = held.read().unwrap();
        // The user opens the sample; before it is open, a change is asked of "a".
        let sample = dir.clone();
        let mut switch = Box::pin(open.switch(move |c| {
            *c = Current::sample(&sample);
            Ok(())
        }));
        assert!(switch.as_mut().poll(&mut cx).is_pending(), "the switch waits");
        let mut change = Box::pin(open.write(|s| Ok(s.path().to_path_buf())));
        assert!(change.as_mut().poll(&mut cx).is_pending(), "the change waits");
        drop(guard);
        let changed = tauri::async_runtime::block_on(change);
        tauri::async_runtime::block_on(switch).unwrap();
        match changed {
            Ok(path) => assert_eq!(path, a, "made before the switch, in the workspace it was asked of"),
            Err(e) => assert!(e.message.contains("Another workspace was opened"), "{e}"),
        }
        // A change asked for now lands in the workspace now open.
        let now = tauri::async_runtime::block_on(open.write(|s| Ok(s.path().to_path_buf()))).unwrap();
        assert!(now.ends_with("sample.plansight"), "{}", now.display());
    }
}
