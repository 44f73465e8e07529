//! CPU time of one editor frame (the whole ui pass, headless) with a document ten times
//! seed 003 open on the body step: idle, and while typing into a paragraph.
//! Targets: < 2 ms idle, < 8 ms typing.

mod support;

use egui::{Event, Pos2, RawInput, Rect, Vec2};
use support::big_document;
use vanban::app::picker::ScriptedPicker;
use vanban::app::{App, Step};
use vanban::store::dirs::Dirs;
use vanban::ui::Gui;

fn main() {
    divan::main();
}

fn input(events: Vec<Event>, time: f64) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, Vec2::new(1400.0, 900.0))),
        time: Some(time),
        events,
        ..Default::default()
    }
}

/// The editor on the big document, body step, with a few frames run.
fn editor() -> (egui::Context, Gui, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let dirs = Dirs {
        config: dir.path().join("config"),
        data: dir.path().join("data"),
    };
    vanban::store::profile::save(&dirs.config, &vanban::store::profile::Profile::example())
        .expect("profile");
    let mut app = App::new(big_document(), dirs, Box::new(ScriptedPicker::default()));
    app.step = Step::Body;
    app.selected = Some(vec![0, 0]);
    let mut gui = Gui::new(app);
    let ctx = egui::Context::default();
    for i in 0..5 {
        let _ = ctx.run_ui(input(vec![], i as f64 * 0.1), |ui| gui.show(ui));
    }
    (ctx, gui, dir)
}

#[divan::bench(sample_count = 30)]
fn idle_frame(bencher: divan::Bencher) {
    let (ctx, mut gui, _dir) = editor();
    let mut t = 1.0;
    bencher.bench_local(|| {
        t += 0.016;
        ctx.run_ui(input(vec![], t), |ui| gui.show(ui))
    });
}

#[divan::bench(sample_count = 30)]
fn typing_frame(bencher: divan::Bencher) {
    let (ctx, mut gui, _dir) = editor();
    // Focus the first paragraph editor of the body.
    let at = vanban::app::ParaRef::Block(vec![0, 0]);
    ctx.memory_mut(|m| m.request_focus(vanban::ui::focus::paragraph_id(&at)));
    let before = at.get(&gui.app.doc).map_or(0, |p| p.char_len());
    let mut t = 1.0;
    bencher.bench_local(|| {
        t += 0.016;
        ctx.run_ui(input(vec![Event::Text("a".into())], t), |ui| gui.show(ui))
    });
    // The frames measured did type: a bench of keystrokes that went nowhere measures nothing.
    let after = at.get(&gui.app.doc).map_or(0, |p| p.char_len());
    assert!(
        after > before,
        "typing reached the paragraph ({before} → {after})"
    );
}
