//! The electronic version from the clerk's side: images chosen once in the profile
//! dialog, kept beside the profile, and "Xuất bản điện tử…" writing them into the DOCX
//! only for the person whose signature it is.

mod gui_env;

use egui_kittest::kittest::Queryable;
use gui_env::{harness, Env};
use vanban::app::picker::ScriptedPicker;
use vanban::app::{Dialog, ElectronicFormat};
use vanban::store::marks::{fixtures, MarkKind};

#[test]
fn images_chosen_in_the_profile_go_into_the_electronic_version() {
    let env = Env::new();
    let sig = env.path("chữ ký xanh.png");
    let seal = env.path("dấu.png");
    std::fs::write(&sig, fixtures::signature()).expect("write");
    std::fs::write(&seal, fixtures::seal()).expect("write");
    let mut h = harness(env.app_with(ScriptedPicker::default()));
    h.run();
    let blocked = h.state().app.electronic_blocker().expect("no images yet");
    assert!(blocked.contains("Chưa có ảnh chữ ký"), "{blocked}");

    // Tệp → Thông tin cơ quan…, both images chosen through the (scripted) dialog.
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label("Thông tin cơ quan…").click();
    h.run();
    h.get_by_label("Bản điện tử: ảnh chữ ký và con dấu").click();
    h.run();
    h.state_mut().app.picker = Box::new(ScriptedPicker {
        queue: [sig.clone(), seal.clone()].into_iter().collect(),
        ..Default::default()
    });
    let buttons: Vec<_> = h.get_all_by_label("Chọn ảnh…").collect();
    assert_eq!(buttons.len(), 2);
    buttons[0].click();
    h.run();
    let buttons: Vec<_> = h.get_all_by_label("Chọn ảnh…").collect();
    buttons[1].click();
    h.run();
    // The file name and pixel size are shown; the seal's size came from its pHYs.
    h.get_by_label("chữ ký xanh.png (240×100 điểm ảnh)");
    h.get_by_label("dấu.png (300×300 điểm ảnh)");
    h.get_by_label("Lưu thông tin").click();
    h.run();
    assert!(h.state().app.dialog.is_none());

    let config = env.dirs().config;
    let profile = &h.state().app.profile;
    let kept = profile.signature_image.as_ref().expect("signature kept");
    assert_eq!((kept.width_px, kept.height_px), (240, 100));
    assert_eq!(profile.signature_of, "Nguyễn Văn An", "the first signer's");
    let mm = profile.seal_diameter_mm.expect("from pHYs");
    assert!((mm - 25.4).abs() < 0.01, "{mm}");
    for kind in [MarkKind::Signature, MarkKind::Seal] {
        assert!(
            config.join(kind.file_name()).exists(),
            "{kind:?} beside the profile"
        );
    }
    let ron = std::fs::read_to_string(config.join("profile.ron")).expect("profile");
    assert!(
        ron.len() < 4096,
        "the profile stays small: {} bytes",
        ron.len()
    );

    // Someone else signs the sample: refused, with both names.
    let blocked = h.state().app.electronic_blocker().expect("another signer");
    assert!(blocked.contains("Nguyễn Văn An"), "{blocked}");
    h.state_mut().app.doc.signature.name = "Nguyễn Văn An".into();
    assert_eq!(h.state().app.electronic_blocker(), None);

    let out = env.path("Kết luận (bản điện tử).docx");
    h.state_mut().app.picker = Box::new(ScriptedPicker {
        queue: [out.clone()].into_iter().collect(),
        ..Default::default()
    });
    h.state_mut()
        .app
        .export_electronic_requested(ElectronicFormat::Docx);
    h.run();
    assert!(
        matches!(h.state().app.dialog, Some(Dialog::Exported(_))),
        "exported"
    );
    let bytes = std::fs::read(&out).expect("docx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("word/document.xml").expect("document"),
        &mut xml,
    )
    .expect("utf-8");
    assert_eq!(xml.matches("<wp:anchor").count(), 2);
    // 25.4 mm of seal (300 px at 11 811 px/m): 914 400 EMU, to the pHYs' rounding.
    let widths: Vec<i64> = xml
        .split(r#"<wp:extent cx=""#)
        .skip(1)
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .collect();
    assert!(
        widths.iter().any(|w| (w - 914_400).abs() < 100),
        "the seal at its own size: {widths:?}"
    );

    // "Bỏ" forgets an image and its file.
    h.state_mut().app.dialog = None;
    h.run();
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label("Thông tin cơ quan…").click();
    h.run();
    let remove: Vec<_> = h.get_all_by_label("Bỏ").collect();
    assert_eq!(remove.len(), 2);
    remove[1].click();
    h.run();
    h.get_by_label("Lưu thông tin").click();
    h.run();
    assert!(h.state().app.profile.seal_image.is_none());
    assert!(!config.join(MarkKind::Seal.file_name()).exists());
}

#[test]
fn a_file_that_is_not_a_png_is_refused_in_the_dialog() {
    let env = Env::new();
    let fake = env.path("chữ ký.png");
    std::fs::write(&fake, "không phải ảnh").expect("write");
    let app = env.app_with(ScriptedPicker::default());
    let mut draft = app.profile_draft();
    draft.take_mark_file(MarkKind::Signature, &fake);
    assert!(draft.signature.is_none());
    let note = draft.mark_note.expect("why");
    assert!(note.contains("không phải ảnh PNG"), "{note}");
}
