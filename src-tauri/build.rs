fn main() {
    // Declare the app's own commands so capabilities can grant exactly these and nothing else.
    let manifest = tauri_build::AppManifest::new().commands(&[
        "overview", "seller_detail", "document", "deals", "explain", "save_deal", "set_stage", "delete_deal", "undo", "redo", "history", "simulate", "save_scenario", "scenarios", "delete_scenario", "compare", "comparison_chart", "chart", "export_charts", "import_preview", "import_commit", "team_review", "export_review", "plan_versions", "plan_of_version", "plan_preview", "plan_preview_chart", "explain_figure", "ask", "ask_worded", "stop_wording", "model_status", "use_model_file",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)).expect("tauri build script");
}
