fn main() {
    // Declare the app's own commands so capabilities can grant exactly these and nothing else.
    let manifest = tauri_build::AppManifest::new().commands(&["overview", "seller_detail", "payout_chart"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)).expect("tauri build script");
}
