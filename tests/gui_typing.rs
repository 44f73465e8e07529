//! Typing in the editor as a keyboard does it: one event per frame, and after each command
//! a check of where the keyboard went (type, then see which part of the model changed).
//! Covers the buffered fields (lossless while typing, NFC and trimmed on commit), the
//! keyboard after outline actions, dialogs and step changes, IME composition, and the
//! letters that follow a Tab in the same frame.

mod gui_env;
use egui::{Event, Key, Modifiers};
use egui_kittest::kittest::Queryable;
use gui_env::{title_of, type_frames, Env, H};
use unicode_normalization::is_nfc;
use vanban::app::picker::ScriptedPicker;
use vanban::app::{App, Dialog, EditKey, ParaRef, Step};
use vanban::model::outline;
use vanban::model::{Block, Span, Style};
use vanban::store;

trait SampleApp {
    fn app(&self) -> App;
    fn app_at(&self, step: Step, edit: impl FnOnce(&mut vanban::model::Document)) -> App;
}

impl SampleApp for Env {
    fn app(&self) -> App {
        self.app_with(ScriptedPicker::default())
    }

    /// The sample draft opened at `step`, after `edit`.
    fn app_at(&self, step: Step, edit: impl FnOnce(&mut vanban::model::Document)) -> App {
        let mut app = self.app();
        app.edit(EditKey::Once, 0.0, edit);
        app.step = step;
        app
    }
}

/// The editor on `app`, after its first frames.
fn harness(app: App) -> H {
    let mut h = gui_env::harness(app);
    h.run();
    h
}

/// One event, one frame.
fn send(h: &mut H, event: Event) {
    h.event(event);
    h.run();
}

fn press(h: &mut H, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn click(h: &mut H, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn ime(text: &str) -> Event {
    Event::Ime(egui::ImeEvent::Preedit {
        text: text.to_owned(),
        active_range_chars: None,
    })
}

fn commit(text: &str) -> Event {
    Event::Ime(egui::ImeEvent::Commit(text.to_owned()))
}

/// What ibus-unikey / ibus-bamboo send for "cấp ủy", the second word committed decomposed
/// (as some engines and settings do).
fn unikey_cap_uy() -> Vec<Event> {
    #[allow(deprecated)] // Still sent by older integrations; egui ignores it.
    let enabled = Event::Ime(egui::ImeEvent::Enabled);
    vec![
        enabled,
        ime("c"),
        ime("ca"),
        ime("cá"),
        ime("cấ"),
        ime("cấp"),
        commit("cấp"),
        Event::Text(" ".into()),
        ime("u"),
        ime("uy"),
        ime("ủy"),
        commit("u\u{309}y"),
    ]
}

fn title_at(h: &H, path: &[usize]) -> String {
    outline::get(&h.state().app.doc.body, path)
        .map(title_of)
        .unwrap_or_default()
}

#[test]
fn one_per_line_field_keeps_spaces_while_typing_and_commits_nfc_trimmed() {
    let env = Env::new();
    let mut h = harness(env.app_at(Step::General, |d| d.subject.clear()));
    click(&mut h, "Trích yếu");
    let subject = |h: &H| h.state().app.doc.subject.clone();
    send(&mut h, Event::Text("abc".into()));
    send(&mut h, Event::Text(" ".into()));
    assert_eq!(
        subject(&h),
        ["abc "],
        "the trailing space survives the frame"
    );
    send(&mut h, Event::Text("def".into()));
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(subject(&h), ["abc def", ""], "the new empty line survives");
    send(&mut h, Event::Text("g".into()));
    assert_eq!(subject(&h), ["abc def", "g"]);
    // Decomposed input (e + combining circumflex) stays as typed until the commit.
    type_frames(&mut h, " e\u{302} ");
    assert_eq!(subject(&h), ["abc def", "g e\u{302} "]);

    // Another field takes the keyboard: the value is committed, and typing goes there.
    click(&mut h, "Địa danh");
    assert_eq!(subject(&h), ["abc def", "g ê"]);
    assert!(is_nfc(&subject(&h)[1]));
    let place = h.state().app.doc.place.clone();
    press(&mut h, Modifiers::NONE, Key::End);
    type_frames(&mut h, "x");
    assert_eq!(h.state().app.doc.place, format!("{place}x"));
    assert_eq!(subject(&h), ["abc def", "g ê"]);
}

#[test]
fn first_run_profile_is_typed_line_by_line_and_saved_with_its_spaces() {
    let env = Env::first_run();
    let mut h = harness(env.app());
    assert!(matches!(
        h.state().app.dialog,
        Some(Dialog::Profile {
            first_run: true,
            ..
        })
    ));
    assert!(h
        .get_by_label("Cơ quan cấp trên (mỗi dòng một)")
        .is_focused());
    type_frames(&mut h, "ĐẢNG BỘ TỈNH ĐỒNG NAI");
    press(&mut h, Modifiers::NONE, Key::Enter);
    type_frames(&mut h, "ĐẢNG ỦY KHỐI");
    press(&mut h, Modifiers::NONE, Key::Tab);
    type_frames(&mut h, "ĐẢNG ỦY CÁC CƠ QUAN TỈNH");
    match &h.state().app.dialog {
        Some(Dialog::Profile { draft, .. }) => {
            assert_eq!(draft.upper, "ĐẢNG BỘ TỈNH ĐỒNG NAI\nĐẢNG ỦY KHỐI");
            assert_eq!(draft.profile.issuer, "ĐẢNG ỦY CÁC CƠ QUAN TỈNH");
        }
        _ => panic!("the profile dialog stays open"),
    }
    click(&mut h, "Lưu thông tin");
    assert!(h.state().app.dialog.is_none());
    let saved = store::profile::load(&env.dirs().config)
        .expect("readable")
        .expect("saved");
    assert_eq!(saved.upper, ["ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY KHỐI"]);
    assert_eq!(saved.issuer, "ĐẢNG ỦY CÁC CƠ QUAN TỈNH");
}

#[test]
fn escape_closes_the_first_run_profile_like_later() {
    let env = Env::first_run();
    let mut h = harness(env.app());
    assert!(matches!(h.state().app.dialog, Some(Dialog::Profile { .. })));
    type_frames(&mut h, "X");
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.state().app.dialog.is_none(), "closed");
    assert!(
        store::profile::load(&env.dirs().config)
            .expect("readable")
            .is_none(),
        "nothing saved, as with “Để sau”"
    );
    // Back in the editor, the keyboard is in the step's first field.
    let upper = h.state().app.doc.issuer.upper.clone();
    type_frames(&mut h, "Y");
    assert_eq!(
        h.state().app.doc.issuer.upper.last().cloned(),
        upper.last().map(|u| format!("{u}Y"))
    );
}

#[test]
fn outline_keys_take_the_keyboard_with_the_new_or_moved_item() {
    let env = Env::new();
    let mut h = harness(env.app_at(Step::Body, |_| {}));
    let Block::Section(first) = &h.state().app.doc.body[0] else {
        panic!("the sample opens with a section");
    };
    let n = first.content.len();
    assert!(n >= 3);
    let last_two = [title_at(&h, &[0, n - 2]), title_at(&h, &[0, n - 1])];

    // Ctrl+Enter: a new item after the row, and typing lands in it.
    press(&mut h, Modifiers::COMMAND, Key::Enter);
    assert_eq!(h.state().app.selected, Some(vec![1]));
    type_frames(&mut h, "Mới");
    assert_eq!(title_at(&h, &[1]), "Mới");

    // Tab: it becomes the last child of the item above; typing follows it.
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert_eq!(h.state().app.selected, Some(vec![0, n]));
    type_frames(&mut h, "X");
    assert_eq!(title_at(&h, &[0, n]), "MớiX");

    // Alt+↑ twice: the same item goes up two places, its neighbours unchanged.
    press(&mut h, Modifiers::ALT, Key::ArrowUp);
    press(&mut h, Modifiers::ALT, Key::ArrowUp);
    assert_eq!(h.state().app.selected, Some(vec![0, n - 2]));
    type_frames(&mut h, "Y");
    assert_eq!(
        [
            title_at(&h, &[0, n - 2]),
            title_at(&h, &[0, n - 1]),
            title_at(&h, &[0, n])
        ],
        ["MớiXY".to_owned(), last_two[0].clone(), last_two[1].clone()]
    );
}

#[test]
fn toolbar_bold_styles_the_selection_and_the_paragraph_keeps_it() {
    let env = Env::new();
    let mut h = harness(env.app_at(Step::Body, |_| {}));
    let at = ParaRef::Block(vec![0]);
    let text = title_at(&h, &[0]);
    assert!(text.starts_with("Về kết quả"), "{text}");
    // Select "kết" (chars 3..6) with the keyboard.
    press(&mut h, Modifiers::COMMAND, Key::Home);
    for _ in 0..3 {
        press(&mut h, Modifiers::NONE, Key::ArrowRight);
    }
    for _ in 0..3 {
        press(&mut h, Modifiers::SHIFT, Key::ArrowRight);
    }
    click(&mut h, "B");
    let para = at.get(&h.state().app.doc).expect("paragraph").clone();
    assert_eq!(para.text, text);
    assert_eq!(para.spans, [Span(3, 6, Style::Bold)]);
    // The paragraph still has the keyboard, with "kết" selected: typing replaces it.
    type_frames(&mut h, "X");
    assert_eq!(
        title_at(&h, &[0]),
        text.replacen("kết", "X", 1),
        "typed over the selection"
    );
}

#[test]
fn a_new_recipient_row_takes_the_keyboard() {
    let env = Env::new();
    let mut h = harness(env.app_at(Step::Recipients, |_| {}));
    let before = h.state().app.doc.recipients.clone();
    click(&mut h, "+ Thêm nơi nhận");
    type_frames(&mut h, "Văn phòng Tỉnh ủy");
    let after = &h.state().app.doc.recipients;
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(
        after[..before.len()],
        before[..],
        "the other rows untouched"
    );
    assert_eq!(after[before.len()].name, "Văn phòng Tỉnh ủy");
}

#[test]
fn without_a_file_dialog_ctrl_s_asks_for_a_path_in_the_editor() {
    let env = Env::new();
    let mut h = harness(env.app_with(ScriptedPicker {
        unavailable: true,
        ..Default::default()
    }));
    type_frames(&mut h, "!");
    assert!(h.state().app.is_dirty() && h.state().app.path.is_none());
    press(&mut h, Modifiers::COMMAND, Key::S);
    match &h.state().app.dialog {
        Some(Dialog::PathPrompt(p)) => assert!(p.text.ends_with(".ron"), "{}", p.text),
        _ => panic!("a path prompt"),
    }
    assert!(h.get_by_label("Đường dẫn tệp").is_focused());
    let draft = env.path("bản thảo kết luận.ron");
    press(&mut h, Modifiers::COMMAND, Key::A);
    type_frames(&mut h, &draft.display().to_string());
    match &h.state().app.dialog {
        Some(Dialog::PathPrompt(p)) => assert_eq!(p.text, draft.display().to_string()),
        _ => panic!("the prompt stays open while typing"),
    }
    // Enter in the path field means "save", as in a file dialog.
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(draft.exists(), "saved");
    assert!(!h.state().app.is_dirty());
    assert_eq!(h.state().app.path.as_deref(), Some(draft.as_path()));
    assert!(h.state().app.dialog.is_none());
}

#[test]
fn ctrl_page_keys_change_step_with_the_keyboard_in_its_first_field() {
    let env = Env::new();
    let mut h = harness(env.app_at(Step::General, |_| {}));
    let preamble = |h: &H| h.state().app.doc.preamble[0].text.clone();
    let opening = preamble(&h);
    let heading = title_at(&h, &[0]);
    let upper = h.state().app.doc.issuer.upper.clone();

    press(&mut h, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(h.state().app.step, Step::Preamble);
    type_frames(&mut h, "X");
    assert_eq!(preamble(&h), format!("{opening}X"));

    press(&mut h, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(h.state().app.step, Step::Body);
    type_frames(&mut h, "Y");
    assert_eq!(title_at(&h, &[0]), format!("{heading}Y"));

    press(&mut h, Modifiers::COMMAND, Key::PageUp);
    type_frames(&mut h, "Z");
    assert_eq!(preamble(&h), format!("{opening}XZ"));

    press(&mut h, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(h.state().app.step, Step::General);
    type_frames(&mut h, "W");
    assert_eq!(
        h.state().app.doc.issuer.upper,
        [format!("{}W", upper[0])],
        "the first field of “1. Thông tin chung”"
    );
}

#[test]
fn ime_composition_lands_once_in_a_one_line_field() {
    let env = Env::new();
    let mut h = harness(env.app_at(Step::General, |d| d.place.clear()));
    click(&mut h, "Địa danh");
    for event in unikey_cap_uy() {
        send(&mut h, event);
    }
    assert_eq!(
        h.state().app.doc.place,
        "cấp u\u{309}y",
        "once, as committed"
    );
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(h.state().app.doc.place, "cấp ủy", "NFC once committed");
    assert!(is_nfc(&h.state().app.doc.place));
}

#[test]
fn ime_composition_lands_once_in_a_paragraph() {
    let env = Env::new();
    let mut h = harness(env.app_at(Step::Closing, |d| {
        d.closing[0] = Default::default();
    }));
    for event in unikey_cap_uy() {
        send(&mut h, event);
    }
    assert_eq!(h.state().app.doc.closing[0].text, "cấp u\u{309}y");
    // Leaving the step commits the paragraph.
    press(&mut h, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(h.state().app.doc.closing[0].text, "cấp ủy");
    assert!(is_nfc(&h.state().app.doc.closing[0].text));
}

#[test]
fn preamble_helper_asks_before_touching_the_clerks_text() {
    let env = Env::new();
    let mut h = harness(env.app_at(Step::Preamble, |_| {}));
    let clerk = h.state().app.doc.preamble.clone();
    assert!(!clerk[0].text.is_empty());
    // The conference form is folded while the preamble has text.
    click(&mut h, "Soạn đoạn mở đầu từ thông tin hội nghị");

    click(&mut h, "Soạn đoạn mở đầu");
    assert!(matches!(
        h.state().app.dialog,
        Some(Dialog::ReplacePreamble(_))
    ));
    click(&mut h, "Hủy");
    assert!(h.state().app.dialog.is_none());
    assert_eq!(h.state().app.doc.preamble, clerk, "untouched");

    click(&mut h, "Soạn đoạn mở đầu");
    let written = match &h.state().app.dialog {
        Some(Dialog::ReplacePreamble(text)) => text.clone(),
        _ => panic!("asks again"),
    };
    click(&mut h, "Thêm thành đoạn mới");
    let preamble = h.state().app.doc.preamble.clone();
    assert_eq!(preamble.len(), 2);
    assert_eq!(preamble[0], clerk[0]);
    assert_eq!(preamble[1].text, written);
    // The new paragraph has the keyboard, not the clerk's.
    type_frames(&mut h, "X");
    assert_eq!(h.state().app.doc.preamble[0], clerk[0]);
    assert_eq!(h.state().app.doc.preamble[1].text, format!("{written}X"));
}

/// One frame through `Gui`'s raw-input hook, as eframe runs it.
fn hooked_frame(h: &mut H, events: Vec<Event>) {
    let ctx = h.ctx.clone();
    let mut raw = std::mem::take(h.input_mut());
    raw.events.extend(events);
    eframe::App::raw_input_hook(h.state_mut(), &ctx, &mut raw);
    *h.input_mut() = raw;
    h.step();
}

fn key(key: Key, pressed: bool) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: Modifiers::NONE,
    }
}

#[test]
fn a_letter_typed_right_after_tab_lands_in_the_next_field() {
    let env = Env::new();
    let mut h = harness(env.app_at(Step::General, |d| d.issuer.name.clear()));
    let upper = h.state().app.doc.issuer.upper.clone();
    // The editor opens with the keyboard in "Cơ quan cấp trên"; Tab and "V" in one frame.
    hooked_frame(&mut h, vec![key(Key::Tab, true), Event::Text("V".into())]);
    hooked_frame(&mut h, vec![key(Key::Tab, false)]);
    h.run();
    assert_eq!(
        h.state().app.doc.issuer.upper,
        upper,
        "not in the field left"
    );
    assert_eq!(h.state().app.doc.issuer.name, "V");
    assert!(h.get_by_label("Cơ quan ban hành").is_focused());
}

#[test]
fn conference_facts_are_typed_like_every_other_field() {
    let env = Env::new();
    // An empty preamble: the conference form is open and has the keyboard.
    let mut h = harness(env.app_at(Step::Preamble, |d| {
        d.preamble.clear();
        d.conference = None;
    }));
    type_frames(&mut h, "Hội nghị lần thứ 8 ");
    let name = |h: &H| {
        h.state()
            .app
            .doc
            .conference
            .as_ref()
            .map(|c| c.name.clone())
    };
    assert_eq!(
        name(&h).as_deref(),
        Some("Hội nghị lần thứ 8 "),
        "kept as typed"
    );
    // Enter moves on to "Khóa", committing the name.
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(name(&h).as_deref(), Some("Hội nghị lần thứ 8"));
    type_frames(&mut h, "XVI");
    let c = h.state().app.doc.conference.clone().unwrap_or_default();
    assert_eq!(c.term, "XVI");
    // One attendee per line, Enter included.
    h.get_by_label("Thành phần dự (mỗi dòng một)").focus();
    h.run();
    type_frames(&mut h, "các đồng chí Ủy viên");
    press(&mut h, Modifiers::NONE, Key::Enter);
    type_frames(&mut h, "đại biểu khách mời");
    let c = h.state().app.doc.conference.clone().unwrap_or_default();
    assert_eq!(c.attendees, ["các đồng chí Ủy viên", "đại biểu khách mời"]);
}
