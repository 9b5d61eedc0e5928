//! The assistant's model setting: the bundled model (the default, which always works),
//! or a GGUF file the user already has, for better wording through the same pipeline.
//! The choice is kept in a small JSON file in the app's data directory.

use crate::Failure;
use plansight_ask::worker::Worker;
use plansight_view::ModelStatus;
use std::path::{Path, PathBuf};

/// The model the assistant uses: `None` is the bundled one.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ModelSetting {
    /// The GGUF file chosen by the user; `None` for the bundled model.
    pub model_file: Option<PathBuf>,
}

impl ModelSetting {
    /// The setting kept in `file`; the bundled model when there is none or it is unreadable.
    pub fn load(file: &Path) -> ModelSetting {
        std::fs::read(file)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Keeps the setting in `file`.
    pub fn save(&self, file: &Path) -> Result<(), Failure> {
        let bytes = serde_json::to_vec_pretty(self).expect("a setting serialises");
        std::fs::write(file, bytes)
            .map_err(|e| Failure::model(format!("{}: the model setting cannot be saved ({e}).", file.display())))
    }

    /// A worker beside the running executable for this setting.
    pub fn worker(&self) -> Worker {
        let w = Worker::beside_current_exe();
        match &self.model_file {
            Some(f) => w.with_model_file(f),
            None => w,
        }
    }
}

/// Checks that `path` names a GGUF model file (by its magic bytes), in words, before a
/// worker is started on it.
pub fn check_gguf(path: &Path) -> Result<(), Failure> {
    use std::io::Read;
    let shown = path.display();
    if !path.is_absolute() {
        return Err(Failure::input(format!(
            "{shown}: give the full path of the GGUF file, not a relative one."
        ))
        .at(shown.to_string()));
    }
    let mut f = std::fs::File::open(path).map_err(|e| {
        Failure::input(format!(
            "{shown}: cannot be opened ({e}); check the path of the GGUF model."
        ))
        .at(shown.to_string())
    })?;
    let mut magic = [0u8; 4];
    if f.read_exact(&mut magic).is_err() || &magic != b"GGUF" {
        return Err(Failure::input(format!(
            "{shown}: this is not a GGUF model file (it does not start with \"GGUF\")."
        ))
        .at(shown.to_string())
        .fix("choose a .gguf file such as those llama.cpp runs"));
    }
    Ok(())
}

/// Starts `worker` (loading its model) and reports what runs, or why nothing does.
pub fn status(worker: &mut Worker, setting: &ModelSetting) -> ModelStatus {
    let problem = worker.ready().err().map(|e| e.to_string());
    ModelStatus {
        own_file: setting.model_file.as_ref().map(|p| p.display().to_string()),
        loaded: worker.model.clone(),
        cpu: worker.cpu.clone(),
        problem,
    }
}

/// Switches to `file` (or back to the bundled model with `None`): the new model must load
/// before the setting is saved in `setting_file` and `worker` is replaced; otherwise
/// nothing changes and the error says why.
pub fn choose(worker: &mut Worker, setting_file: Option<&Path>, file: Option<PathBuf>) -> Result<ModelStatus, Failure> {
    if let Some(f) = &file {
        check_gguf(f)?;
    }
    let setting = ModelSetting { model_file: file };
    let mut next = setting.worker();
    let st = status(&mut next, &setting);
    if let Some(p) = &st.problem {
        return Err(Failure::model(p.clone()));
    }
    if let Some(sf) = setting_file {
        setting.save(sf)?;
    }
    *worker = next;
    Ok(st)
}
