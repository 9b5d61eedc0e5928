//! The main window's size and position, remembered across starts in a small JSON file
//! in the app's data directory.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tauri::{PhysicalPosition, PhysicalSize, WebviewWindow, WindowEvent};

#[derive(Serialize, Deserialize)]
struct Placement {
    x: i32,
    y: i32,
    width: u32,
    height: u32,
    maximized: bool,
}

/// Restores the window's last placement (if any), and saves it whenever it changes.
pub fn remember(window: &WebviewWindow, file: PathBuf) {
    if let Some(p) = std::fs::read(&file)
        .ok()
        .and_then(|b| serde_json::from_slice::<Placement>(&b).ok())
    {
        // A placement too small to use (or from another screen) is ignored.
        if p.width >= 800 && p.height >= 600 {
            let _ = window.set_size(PhysicalSize::new(p.width, p.height));
            let _ = window.set_position(PhysicalPosition::new(p.x.max(0), p.y.max(0)));
        }
        if p.maximized {
            let _ = window.maximize();
        }
    }
    let w = window.clone();
    window.on_window_event(move |e| {
        if matches!(
            e,
            WindowEvent::Resized(_) | WindowEvent::Moved(_) | WindowEvent::CloseRequested { .. }
        ) {
            let (Ok(pos), Ok(size), Ok(maximized)) = (w.outer_position(), w.inner_size(), w.is_maximized()) else {
                return;
            };
            let p = Placement {
                x: pos.x,
                y: pos.y,
                width: size.width,
                height: size.height,
                maximized,
            };
            if let Ok(bytes) = serde_json::to_vec(&p) {
                let _ = std::fs::write(&file, bytes);
            }
        }
    });
}
