//! Starting the desktop editor: the draft to open, the native window, persisted state.

use eframe::egui;
use std::path::PathBuf;
use vanban::app::picker::NativePicker;
use vanban::app::App;
use vanban::error::Error;
use vanban::store::dirs::Dirs;
use vanban::ui::Gui;
use vanban::{store, templates};

const RECENT_KEY: &str = "recent-files";
const THEME_KEY: &str = "theme";

/// Opens the window on `file`, or on the bundled sample draft.
pub fn run(file: Option<PathBuf>) -> Result<(), Error> {
    let sample = templates::sample()?;
    let (doc, path, failure) = match file {
        Some(p) => match store::load(&p) {
            Ok(doc) => (doc, Some(p), None),
            // The file is never touched; the clerk sees why and starts from the sample.
            Err(e) => (sample, None, Some(e)),
        },
        None => (sample, None, None),
    };
    vanban::app::picker::watch_dialog_failures();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("vanban")
            .with_inner_size([1360.0, 860.0])
            .with_min_inner_size([900.0, 600.0]),
        persist_window: true,
        ..Default::default()
    };
    eframe::run_native(
        "vanban",
        options,
        Box::new(move |cc| {
            #[cfg(windows)]
            crate::packet_keys::install(cc);
            // Before the window is first shown: WM_CLASS is read when a window is mapped.
            #[cfg(target_os = "linux")]
            crate::x11_names::install(cc);
            let mut app = App::new(
                doc,
                Dirs::platform(),
                Box::new(NativePicker { last_dir: None }),
            );
            app.path = path;
            let mut theme = None;
            if let Some(storage) = cc.storage {
                if let Some(recent) = eframe::get_value::<Vec<PathBuf>>(storage, RECENT_KEY) {
                    app.recent = recent;
                }
                theme = eframe::get_value::<egui::ThemePreference>(storage, THEME_KEY);
            }
            if let Some(e) = failure {
                app.show_message("Không mở được bản thảo", e.to_string());
            }
            let mut gui = Gui::new(app);
            if let Some(theme) = theme {
                gui.ui.theme = theme;
            }
            Ok(Box::new(Window(gui)))
        }),
    )
    .map_err(|e| Error::Window(e.to_string()))
}

/// The window: the editor plus what eframe persists between runs.
struct Window(Gui);

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        eframe::App::ui(&mut self.0, ui, frame);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.0.app.recent);
        eframe::set_value(storage, THEME_KEY, &self.0.ui.theme);
    }

    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        eframe::App::raw_input_hook(&mut self.0, ctx, raw_input);
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        eframe::App::on_exit(&mut self.0, gl);
    }
}
