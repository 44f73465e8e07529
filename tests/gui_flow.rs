//! The editor driven headless with egui_kittest: clicks, typing, shortcuts, dialogs.
//! File dialogs are replaced by injected paths; directories are temporary.

mod common;
mod gui_env;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use gui_env::{harness, title_of, type_frames, Env};
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;
use vanban::app::picker::ScriptedPicker;
use vanban::app::{App, Dialog, Step};
use vanban::ui::Gui;

trait ScriptedApp {
    fn app(&self, paths: &[PathBuf]) -> App;
}

impl ScriptedApp for Env {
    /// The sample draft; file dialogs answer `paths` in order.
    fn app(&self, paths: &[PathBuf]) -> App {
        self.app_with(ScriptedPicker {
            queue: paths.iter().cloned().collect(),
            ..Default::default()
        })
    }
}

/// Focuses the field labelled `label` and types `text` at its end.
fn type_into(h: &mut Harness<'static, Gui>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.key_press(egui::Key::End);
    h.get_by_label(label).type_text(text);
    h.run();
}

fn queue(h: &mut Harness<'static, Gui>, path: &Path) {
    let picker = ScriptedPicker {
        queue: [path.to_path_buf()].into_iter().collect(),
        ..Default::default()
    };
    h.state_mut().app.picker = Box::new(picker);
}

#[test]
fn template_to_signed_ready_docx() {
    let env = Env::new();
    let mut h = harness(env.app(&[]));
    h.run();

    // New from a template (Ctrl+N opens the template list).
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    h.get_by_label("Kết luận của Ban Thường vụ (T/M BAN THƯỜNG VỤ)")
        .click();
    h.run();
    assert!(h.state().app.doc.number.is_empty(), "a fresh draft");

    // General information.
    type_into(&mut h, "Số văn bản", "15");
    assert_eq!(h.state().app.doc.number, "15");

    // Body: the step opens with the keyboard in its first row; a new item comes right
    // after it and takes the keyboard, so the clerk just types.
    h.get_by_label_contains("3. Nội dung").click();
    h.run();
    h.get_by_label("Thêm mục cùng cấp").click();
    h.run();
    assert_eq!(h.state().app.selected, Some(vec![1]));
    type_frames(&mut h, "Về công tác chuyển đổi số");
    h.get_by_label("Thêm mục con").click();
    h.run();
    type_frames(&mut h, "Hoàn thành trục liên thông văn bản trong quý I.");
    let new = vanban::model::outline::get(&h.state().app.doc.body, &[1]).map(title_of);
    assert_eq!(new.as_deref(), Some("Về công tác chuyển đổi số"));

    // Recipients: the new row has the keyboard.
    h.get_by_label_contains("5. Nơi nhận").click();
    h.run();
    h.get_by_label("+ Thêm nơi nhận").click();
    h.run();
    type_frames(&mut h, "Văn phòng Tỉnh ủy");
    assert_eq!(
        h.state().app.doc.recipients.last().map(|r| r.name.as_str()),
        Some("Văn phòng Tỉnh ủy")
    );
    h.get_by_label_contains("6. Chữ ký").click();
    h.run();
    h.get_by_label("Họ tên người ký").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Họ tên người ký").type_text("Lê Minh Tâm");
    h.run();
    assert_eq!(h.state().app.doc.signature.name, "Lê Minh Tâm");

    // Save to a path (dialog replaced), reopen, export.
    let draft = env.path("Kết luận số 15.ron");
    queue(&mut h, &draft);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(draft.exists(), "saved");
    assert!(!h.state().app.is_dirty());
    let saved = h.state().app.doc.clone();

    let mut h = harness(env.app(&[]));
    h.state_mut().app.open(&draft);
    h.run();
    assert_eq!(h.state().app.doc, saved, "reopened as saved");

    let docx = env.path("Kết luận số 15.docx");
    queue(&mut h, &docx);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    assert!(matches!(h.state().app.dialog, Some(Dialog::Exported(_))));
    let text = docx_text(&docx);
    for typed in [
        "Số 15-KL/ĐU",
        "Về công tác chuyển đổi số",
        "(1) Hoàn thành trục liên thông văn bản trong quý I.",
        "- Văn phòng Tỉnh ủy;",
        "Lê Minh Tâm",
    ] {
        assert!(text.contains(typed), "{typed:?} in the exported DOCX");
    }
}

/// All `<w:t>` text of the document part, concatenated per paragraph.
fn docx_text(path: &Path) -> String {
    use std::io::Read;
    let bytes = std::fs::read(path).expect("docx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("document part")
        .read_to_string(&mut xml)
        .expect("utf-8");
    let mut out = String::new();
    for p in xml.split("</w:p>") {
        let mut rest = p;
        while let Some(i) = rest.find("<w:t") {
            rest = &rest[i + 4..];
            if !(rest.starts_with('>') || rest.starts_with(' ')) {
                continue;
            }
            let (Some(s), Some(e)) = (rest.find('>'), rest.find("</w:t>")) else {
                break;
            };
            out.push_str(&rest[s + 1..e]);
            rest = &rest[e..];
        }
        out.push('\n');
    }
    out
}

#[test]
fn undo_redo_and_the_unsaved_changes_prompt() {
    let env = Env::new();
    let mut h = harness(env.app(&[]));
    h.run();
    let original = h.state().app.doc.place.clone();
    type_into(&mut h, "Địa danh", " mới");
    assert!(h.state().app.is_dirty());
    assert!(h.state().app.title().starts_with("● "));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().app.doc.place, original);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    assert_eq!(h.state().app.doc.place, format!("{original} mới"));

    // New with unsaved changes asks first; "Hủy" keeps everything.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    h.get_by_label("Nghị quyết: mục tiêu, nhiệm vụ và giải pháp, tổ chức thực hiện")
        .click();
    h.run();
    assert!(matches!(
        h.state().app.dialog,
        Some(Dialog::UnsavedChanges(_))
    ));
    h.get_by_label("Hủy").click();
    h.run();
    assert_eq!(h.state().app.doc.place, format!("{original} mới"));
    // Again, and "Không lưu" drops the changes.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    h.get_by_label("Nghị quyết: mục tiêu, nhiệm vụ và giải pháp, tổ chức thực hiện")
        .click();
    h.run();
    h.get_by_label("Không lưu").click();
    h.run();
    assert_eq!(h.state().app.doc.kind, vanban::model::DocKind::NghiQuyet);
    assert!(!h.state().app.is_dirty());
}

#[test]
fn recovery_after_a_crash() {
    let env = Env::new();
    // A session that typed and then died: its recovery copy is all that is left.
    {
        let mut app = env.app(&[]);
        app.edit(vanban::app::EditKey::Once, 0.0, |d| {
            d.closing[0].text = "Đoạn kết chưa kịp lưu.".into()
        });
        app.autosave_tick(100.0);
    }
    let mut h = harness(env.app(&[]));
    h.run();
    assert!(matches!(h.state().app.dialog, Some(Dialog::Recover(_))));
    h.get_by_label("Khôi phục").click();
    h.run();
    assert_eq!(h.state().app.doc.closing[0].text, "Đoạn kết chưa kịp lưu.");
    assert!(h.state().app.is_dirty(), "recovered work is unsaved");
}

#[test]
fn a_draft_that_fails_to_load_is_explained_and_left_alone() {
    let env = Env::new();
    let bad = env.path("hỏng.ron");
    std::fs::write(&bad, "(format_version: 1, document: (kind: KetLuan,").expect("write");
    let mut h = harness(env.app(&[]));
    h.run();
    let before = h.state().app.doc.clone();
    h.state_mut().app.open(&bad);
    h.run();
    match &h.state().app.dialog {
        Some(Dialog::Message { text, .. }) => assert!(text.contains("dòng"), "{text}"),
        _ => panic!("an error message"),
    }
    assert_eq!(h.state().app.doc, before, "the current draft stays");
    assert_eq!(h.state().app.path, None, "the broken file is not adopted");
    h.get_by_label("Đóng").click();
    h.run();
    assert_eq!(
        std::fs::read_to_string(&bad).expect("read"),
        "(format_version: 1, document: (kind: KetLuan,"
    );
}

#[test]
fn decomposed_typing_is_stored_nfc() {
    let env = Env::new();
    let mut h = harness(env.app(&[]));
    h.run();
    let nfd: String = "Thành ủy Hạ Long".nfd().collect();
    h.get_by_label("Cơ quan ban hành").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Cơ quan ban hành").type_text(&nfd);
    h.run();
    // Stored as typed until the field is committed (Enter moves on to the next field).
    h.key_press(egui::Key::Enter);
    h.run();
    let name = h.state().app.doc.issuer.name.clone();
    assert_eq!(name, "Thành ủy Hạ Long");
    assert!(unicode_normalization::is_nfc(&name));
}

#[test]
fn every_vietnamese_letter_renders() {
    // egui_kittest fails on a missing glyph: every letter on screen proves the fonts.
    let mut letters = String::new();
    for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".chars() {
        for mark in ["", "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"] {
            letters.extend(format!("{base}{mark}").nfc());
        }
    }
    letters.push_str("đĐ");
    let env = Env::new();
    let mut app = env.app(&[]);
    app.edit(vanban::app::EditKey::Once, 0.0, |d| {
        d.issuer.name = letters.clone()
    });
    app.step = Step::General;
    let mut h = harness(app);
    h.run();
    assert_eq!(h.state().app.doc.issuer.name, letters);
}

const PASTED: &str = "KẾT LUẬN
của Ban Thường vụ Đảng ủy
tại cuộc họp ngày 10/11/2026

Ngày 10/11/2026, Ban Thường vụ Đảng ủy họp nghe báo cáo công tác quý IV. Ban Thường vụ Đảng ủy kết luận như sau:

1. Về công tác xây dựng Đảng

Các chi bộ tổ chức sinh hoạt chuyên đề theo kế hoạch.

2. Về nhiệm vụ thời gian tới

(1) Hoàn thành kiểm điểm cuối năm trước ngày 15/12/2026.

(2) Chuẩn bị tổng kết công tác năm.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy (để báo cáo),
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Nguyễn Văn An
";

fn assert_pasted_structure(doc: &vanban::model::Document) {
    assert_eq!(doc.kind, vanban::model::DocKind::KetLuan);
    let mut labels = Vec::new();
    vanban::model::body::visit_sections(&doc.body, &mut |_, l, _| labels.push(l.to_owned()));
    assert_eq!(labels, ["1.", "2.", "(1)", "(2)"]);
    assert_eq!(doc.recipients.len(), 2);
    assert_eq!(doc.archive, "Văn phòng Đảng ủy");
    assert_eq!(doc.signature.name, "Nguyễn Văn An");
}

#[test]
fn import_a_text_file_and_paste_a_document() {
    let env = Env::new();
    let file = env.path("kết luận cũ.txt");
    std::fs::write(&file, PASTED).expect("write");
    let mut h = harness(env.app(std::slice::from_ref(&file)));
    h.run();
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::I,
    );
    h.run();
    assert!(matches!(
        h.state().app.dialog,
        Some(Dialog::Imported { .. })
    ));
    assert_pasted_structure(&h.state().app.doc);
    assert!(h.state().app.is_dirty() && h.state().app.path.is_none());
    h.get_by_label("Đóng").click();
    h.run();

    // Paste as document (File menu): asks about the unsaved import first.
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label("Dán thành văn bản…").click();
    h.run();
    type_into(&mut h, "Văn bản dán vào", PASTED);
    h.get_by_label("Nhận dạng thành văn bản").click();
    h.run();
    h.get_by_label("Không lưu").click();
    h.run();
    assert_pasted_structure(&h.state().app.doc);
    assert_eq!(
        std::fs::read_to_string(&file).expect("source"),
        PASTED,
        "source untouched"
    );
}

/// Runs frames until the checker (a worker thread) has looked at the current revision.
fn wait_for_checker(h: &mut Harness<'static, Gui>) {
    for _ in 0..1000 {
        h.step();
        let app = &h.state().app;
        if app.checker.is_current(app.revision()) {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the checker never answered");
}

#[test]
fn checker_panel_finds_fixes_and_jumps() {
    let env = Env::new();
    let mut app = env.app(&[]);
    // Two clerk's mistakes: a state-style colon typed into the number, and "TM."
    app.edit(vanban::app::EditKey::Once, 0.0, |d| {
        d.number = "Số: 27".into();
        d.signature.on_behalf_of = "TM. BAN THƯỜNG VỤ".into();
    });
    app.step = Step::Review;
    let mut h = harness(app);
    h.run();
    wait_for_checker(&mut h);
    let errors = h.state().app.checker.count(vanban::check::Severity::Error);
    assert!(errors >= 2, "{:?}", h.state().app.checker.findings);

    // Export warns but still allows a draft.
    let docx = env.path("nháp.docx");
    queue(&mut h, &docx);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    assert!(matches!(
        h.state().app.dialog,
        Some(Dialog::ExportWithErrors(_, _))
    ));
    h.get_by_label("Vẫn xuất bản nháp").click();
    h.run();
    assert!(docx.exists());
    h.get_by_label("Đóng").click();
    h.run();
    assert!(h.state().app.dialog.is_none(), "export dialog closed");
    wait_for_checker(&mut h);

    // Fix all safe ones, then undo brings them back.
    h.get_by_label("Sửa tất cả lỗi an toàn").click();
    h.run();
    wait_for_checker(&mut h);
    let after = h.state().app.checker.count(vanban::check::Severity::Error);
    assert!(after < errors, "{after} < {errors}");
    assert_eq!(h.state().app.doc.number, "27");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().app.doc.number, "Số: 27");

    // A finding jumps to its place.
    wait_for_checker(&mut h);
    let number_finding = h
        .state()
        .app
        .checker
        .findings
        .iter()
        .find(|f| f.place == vanban::check::Place::Number)
        .map(|f| f.message.clone())
        .expect("a finding on the number");
    h.get_by_label_contains(&number_finding).click();
    h.run();
    assert_eq!(h.state().app.step, Step::General);
}

#[test]
fn outline_keys_move_the_item_and_keep_the_keyboard_in_it() {
    let env = Env::new();
    let mut app = env.app(&[]);
    app.step = Step::Body;
    let first_two: Vec<String> = app.doc.body[..2].iter().map(title_of).collect();
    let mut h = harness(app);
    h.run();
    // The step opens with the keyboard in its first row; Alt+↓ moves that row down and
    // the keyboard goes with it.
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowDown);
    h.run();
    assert_eq!(h.state().app.selected, Some(vec![1]));
    type_frames(&mut h, "X");
    assert_eq!(
        title_of(&h.state().app.doc.body[1]),
        format!("{}X", first_two[0])
    );
    // Tab indents it under the row now above it; typing goes on in the same item.
    let top = h.state().app.doc.body.len();
    h.key_press(egui::Key::Tab);
    h.run();
    assert_eq!(h.state().app.doc.body.len(), top - 1);
    let second_children = match &h.state().app.doc.body[0] {
        vanban::model::Block::Section(s) => s.content.len(),
        vanban::model::Block::Para(_) => 0,
    };
    let inside = vec![0, second_children - 1];
    assert_eq!(h.state().app.selected, Some(inside.clone()));
    type_frames(&mut h, "Y");
    let moved = vanban::model::outline::get(&h.state().app.doc.body, &inside).map(title_of);
    assert_eq!(moved, Some(format!("{}XY", first_two[0])));
    // Shift+Tab brings it back out; Alt+↑ twice moves ONE item up twice (not a swap back
    // and forth).
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Tab);
    h.run();
    assert_eq!(h.state().app.selected, Some(vec![1]));
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowUp);
    h.run();
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowUp);
    h.run();
    assert_eq!(h.state().app.selected, Some(vec![0]));
    type_frames(&mut h, "Z");
    let titles: Vec<String> = h.state().app.doc.body[..2].iter().map(title_of).collect();
    assert_eq!(
        titles,
        [format!("{}XYZ", first_two[0]), first_two[1].clone()]
    );
}

/// A regulation in the outline editor: each row is named by its computed label, the
/// chapter by "Chương I", its article by "Chương I › Điều 1." (not "Mục Chương I").
#[test]
fn regulation_rows_show_chapter_and_article_labels() {
    let env = Env::new();
    let mut app = env.app(&[]);
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/quy-che-chuong-dieu.txt");
    app.doc = vanban::import::import_path(&fixture, &Default::default())
        .expect("import")
        .document;
    app.step = Step::Body;
    let mut h = harness(app);
    h.run();
    // The first rows (rows off screen are not laid out).
    for label in [
        "Chương I",
        "Chương I › Điều 1.",
        "Chương I › Điều 2.",
        "Chương I › Điều 2. › 1.",
    ] {
        assert!(
            h.query_all_by_label(label).next().is_some(),
            "no editor labelled {label}"
        );
    }
}

/// "Kiểm tra tệp Word…" (Ctrl+Shift+K): a colleague's file with a state "Số:" and a
/// state "Lưu:" is audited without touching the draft; the report names the rule set and
/// the paragraph of each mistake; "Nhập thành bản thảo để sửa" then imports it.
#[test]
fn audit_a_received_word_file() {
    let env = Env::new();
    let mut doc = vanban::templates::sample().expect("sample");
    doc.date = vanban::model::DocDate::ymd(2026, 6, 9);
    let rules = vanban::rules::RuleSet::by_id(&doc.rules).expect("rules");
    let good = vanban::export::docx(&doc, rules).expect("export");
    let received = common::patch(&good, "word/document.xml", |xml| {
        assert!(xml.contains("- Lưu VPTU."), "the sample's archive line");
        xml.replace("Số 27-KL/TU", "Số: 27-KL/TU")
            .replace("- Lưu VPTU.", "- Lưu: VT, VPTU.")
    });
    let file = env.path("của văn phòng khác.docx");
    std::fs::write(&file, &received).expect("write");

    let mut h = harness(env.app(std::slice::from_ref(&file)));
    h.run();
    let before = format!("{:?}", h.state().app.doc);
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::K,
    );
    h.run();
    let Some(Dialog::Audit(report)) = &h.state().app.dialog else {
        panic!("no audit report");
    };
    assert!(report.rules.contains("05-HD"), "{}", report.rules);
    assert!(
        report.why.contains("ĐẢNG CỘNG SẢN VIỆT NAM"),
        "{}",
        report.why
    );
    let ids: Vec<(&str, &str)> = report
        .lines
        .iter()
        .map(|l| (l.id, l.place.as_str()))
        .collect();
    for id in ["number.colon", "recipients.state-archive"] {
        assert!(
            ids.iter()
                .any(|(i, place)| *i == id && place.starts_with("Tệp gốc, đoạn ")),
            "{id} with its paragraph in {ids:?}"
        );
    }
    assert_eq!(report.tally.0, 2, "{ids:?}");
    // The draft behind the report is untouched.
    assert_eq!(format!("{:?}", h.state().app.doc), before);
    assert!(!h.state().app.is_dirty());

    h.get_by_label("Nhập thành bản thảo để sửa").click();
    h.run();
    assert!(matches!(
        h.state().app.dialog,
        Some(Dialog::Imported { .. })
    ));
    assert_eq!(h.state().app.doc.number, "27");
}

/// The parts of issue 14 under the clerk's hands: a công văn's addressees, the draft
/// counter, a legal basis, the "kiêm" post, an appendix and a joint signer typed in their
/// fields reach the draft, tidied when committed.
#[test]
fn letter_parts_are_typed_into_the_draft() {
    let env = Env::new();
    let mut app = env.app(&[]);
    app.edit(vanban::app::EditKey::Once, 0.0, |d| {
        d.kind = vanban::model::DocKind::CongVan
    });
    app.step = Step::General;
    let mut h = harness(app);
    h.run();
    type_into(
        &mut h,
        "Kính gửi (mỗi dòng một)",
        "- Ban Thường vụ Tỉnh uỷ;",
    );
    h.get_by_label("Dự thảo lần").click();
    h.run();
    assert_eq!(h.state().app.doc.marks.draft, Some(1));

    h.get_by_label_contains("2. Mở đầu").click();
    h.run();
    // A công văn seldom has bases: the section opens on a click.
    h.get_by_label("Căn cứ ban hành").click();
    h.run();
    h.get_by_label("+ Thêm căn cứ").click();
    h.run();
    type_frames(&mut h, "Căn cứ Điều lệ Đảng;");

    h.get_by_label_contains("4. Kết thúc").click();
    h.run();
    h.get_by_label("+ Thêm phụ lục").click();
    h.run();
    type_frames(&mut h, "Danh sách điểm cầu trực tuyến.");
    type_into(&mut h, "Tên phụ lục", "DANH SÁCH ĐIỂM CẦU");

    h.get_by_label_contains("6. Chữ ký").click();
    h.run();
    type_into(
        &mut h,
        "Kiêm chức vụ (nếu ký theo chức kiêm nhiệm)",
        "TRƯỞNG BAN CHỈ ĐẠO",
    );
    // A joint document: the other body signs on the left.
    h.get_by_label_contains("Văn bản liên tịch").click();
    h.run();
    type_into(
        &mut h,
        "Chức vụ, tên cơ quan",
        "TRƯỞNG BAN NỘI CHÍNH TỈNH UỶ",
    );
    type_into(&mut h, "Họ tên", "Đỗ Văn Hải");
    h.get_by_label_contains("1. Thông tin chung").click();
    h.run();

    let mut doc = h.state().app.doc.clone();
    doc.tidy();
    let joint = &doc.cosigners[0];
    assert_eq!(joint.place, vanban::model::SignerPlace::Left);
    assert_eq!(joint.signature.title, "TRƯỞNG BAN NỘI CHÍNH TỈNH UỶ");
    assert_eq!(joint.signature.name, "Đỗ Văn Hải");
    assert_eq!(doc.addressees, ["Ban Thường vụ Tỉnh uỷ"]);
    assert_eq!(doc.bases.len(), 1);
    assert_eq!(doc.bases[0].text, "Căn cứ Điều lệ Đảng");
    assert_eq!(doc.signature.concurrent, "TRƯỞNG BAN CHỈ ĐẠO");
    assert_eq!(doc.appendices.len(), 1);
    assert_eq!(doc.appendices[0].title, ["DANH SÁCH ĐIỂM CẦU"]);
    let text = match doc.appendices[0].body.first() {
        Some(vanban::model::Block::Para(p)) => p.text.clone(),
        other => panic!("appendix body: {other:?}"),
    };
    assert_eq!(text, "Danh sách điểm cầu trực tuyến.");
}
