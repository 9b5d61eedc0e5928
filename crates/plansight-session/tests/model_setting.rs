//! The assistant's model setting as the app keeps it: a GGUF file is checked before it is
//! used, a file that is not one changes nothing, and the choice survives a restart.

use plansight_ask::worker::Worker;
use plansight_session::model::{check_gguf, choose, ModelSetting};
use plansight_session::FailureKind;
use std::path::PathBuf;

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plansight-model-setting-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_file_that_is_not_a_gguf_model_is_refused_in_words_and_nothing_changes() {
    let dir = temp("refused");
    let setting_file = dir.join("assistant.json");
    let csv = dir.join("deals.csv");
    std::fs::write(&csv, "id,seller\n").unwrap();
    let mut worker = Worker::new(dir.join("no-worker"), Vec::new());
    let e = choose(&mut worker, Some(&setting_file), Some(csv.clone())).unwrap_err();
    assert!(
        e.message.contains("deals.csv") && e.message.contains("not a GGUF model file"),
        "{e}"
    );
    assert_eq!(e.kind, FailureKind::Input);
    assert!(e.fix.as_deref().is_some_and(|f| f.contains(".gguf")), "{e:?}");
    let e = choose(&mut worker, Some(&setting_file), Some(dir.join("missing.gguf"))).unwrap_err();
    assert!(
        e.message.contains("missing.gguf") && e.message.contains("cannot be opened"),
        "{e}"
    );
    let e = check_gguf(std::path::Path::new("models/x.gguf")).unwrap_err();
    assert!(e.message.contains("full path"), "{e}");
    assert!(!setting_file.exists(), "a refused file is not remembered");
    assert_eq!(worker.exe(), dir.join("no-worker").as_path(), "the worker in use stays");
}

#[test]
fn the_choice_is_kept_across_restarts_and_a_bad_setting_file_means_the_bundled_model() {
    let dir = temp("kept");
    let file = dir.join("assistant.json");
    assert_eq!(
        ModelSetting::load(&file),
        ModelSetting::default(),
        "no file: the bundled model"
    );
    let chosen = ModelSetting {
        model_file: Some(dir.join("big.gguf")),
    };
    chosen.save(&file).unwrap();
    assert_eq!(ModelSetting::load(&file), chosen);
    std::fs::write(&file, "{ not json").unwrap();
    assert_eq!(ModelSetting::load(&file), ModelSetting::default());
    let mut magic = b"GGUF".to_vec();
    magic.extend([3, 0, 0, 0]);
    std::fs::write(dir.join("big.gguf"), magic).unwrap();
    assert!(check_gguf(&dir.join("big.gguf")).is_ok());
}
