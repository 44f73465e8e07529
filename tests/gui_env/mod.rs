//! The editor under egui_kittest, shared by the GUI tests: temporary directories instead of
//! the platform's, injected paths instead of file dialogs, input one event per frame.
#![allow(dead_code)]

use egui::Event;
use egui_kittest::Harness;
use std::path::PathBuf;
use vanban::app::picker::ScriptedPicker;
use vanban::app::App;
use vanban::store::dirs::Dirs;
use vanban::store::profile::Profile;
use vanban::ui::Gui;
use vanban::{store, templates};

pub type H = Harness<'static, Gui>;

pub struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    /// A clerk who has saved a profile: no first-run dialog.
    pub fn new() -> Self {
        let env = Self::first_run();
        store::profile::save(&env.dirs().config, &Profile::example()).expect("profile");
        env
    }

    /// Nothing saved yet: the profile dialog opens.
    pub fn first_run() -> Self {
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn dirs(&self) -> Dirs {
        Dirs {
            config: self.dir.path().join("config"),
            data: self.dir.path().join("data"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The sample draft, with file dialogs answered by `picker`.
    pub fn app_with(&self, picker: ScriptedPicker) -> App {
        App::new(
            templates::sample().expect("sample"),
            self.dirs(),
            Box::new(picker),
        )
    }
}

/// The editor on `app`; the caret does not blink (a blink is a frame that never settles).
pub fn harness(app: App) -> H {
    let mut gui = Gui::new(app);
    gui.ui.caret_blinks = false;
    Harness::builder()
        .with_size([1400.0, 900.0])
        .with_max_steps(12)
        .build_ui_state(|ui, gui: &mut Gui| gui.show(ui), gui)
}

/// Typed text, one character per frame, as keys arrive in the real window.
pub fn type_frames(h: &mut H, text: &str) {
    for c in text.chars() {
        h.event(Event::Text(c.to_string()));
        h.run();
    }
}

/// A section's title or a paragraph's text.
pub fn title_of(b: &vanban::model::Block) -> String {
    match b {
        vanban::model::Block::Section(s) => s.title.text.clone(),
        vanban::model::Block::Para(p) => p.text.clone(),
    }
}
