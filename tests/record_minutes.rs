//! The conference record and its minutes (issue 13): the record survives RON unchanged,
//! the BIÊN BẢN exports with NGƯỜI GHI BIÊN BẢN on the left and CHỦ TRÌ HỘI NGHỊ on the
//! right (05-HD p. 22) and a confirmation centred under both, the Word file is read back
//! with both signers, and `vanban derive` refuses a record that cannot give a document
//! without writing anything.

mod common;

use common::{assert_bad_input, part, vanban};
use std::fs;
use std::path::Path;
use vanban::check::layout_audit::audit_docx;
use vanban::derive::refresh_minutes;
use vanban::import::{import_bytes, Options};
use vanban::model::{Authority, Cosigner, Document, Recipient, Signature, SignerPlace, Task};
use vanban::rules::RuleSet;
use vanban::{export, store, templates};

fn record() -> Document {
    templates::find("bien-ban-hoi-nghi")
        .and_then(|t| t.document())
        .expect("template")
}

fn confirmed(mut doc: Document) -> Document {
    doc.cosigners.push(Cosigner {
        place: SignerPlace::Centred,
        lead: String::new(),
        signature: Signature {
            authority: Authority::Delegated,
            on_behalf_of: "BAN THƯỜNG VỤ".into(),
            title: "CHÁNH VĂN PHÒNG".into(),
            name: "Trần Thị Mai".into(),
            concurrent: String::new(),
        },
    });
    refresh_minutes(&mut doc);
    doc
}

#[test]
fn a_full_record_survives_ron_unchanged() {
    let mut doc = confirmed(record());
    if let Some(c) = &mut doc.conference {
        c.online = true;
        c.online_points = vec!["Điểm cầu khu phố 3".into(), "Điểm cầu khu phố 5".into()];
        c.agenda[0].internal = true;
        c.agenda[0].vote = Some(vanban::model::Vote {
            voters: 13,
            agree: 11,
            against: 1,
            abstain: 1,
        });
        c.agenda[0].tasks.push(Task {
            content: "rà soát quy chế làm việc".into(),
            ..Task::default()
        });
    }
    doc.derived_from = Some("hn5.ron".into());
    let text = store::to_ron(&doc).expect("ron");
    let back = store::from_ron(&text, Path::new("x.ron")).expect("reads back");
    assert_eq!(back, doc);
}

/// Drafts written before the record existed still load, with an empty record.
#[test]
fn an_old_conference_still_loads() {
    let old = r#"(format_version: 1, document: (kind: KetLuan, rules: "dang-hd05-2026",
        issuer: (upper: [], name: "THÀNH ỦY HẠ LONG", symbol: "TU"), place: "Hạ Long",
        date: (year: 2026, month: Some(5), day: None),
        signature: (authority: OnBehalf, on_behalf_of: "BAN THƯỜNG VỤ", title: "BÍ THƯ", name: "A"),
        conference: Some((name: "Hội nghị lần thứ 3", chair: "Trần Minh Khoa", reports: ["Báo cáo quý I"]))))"#;
    let doc = store::from_ron(old, Path::new("old.ron")).expect("old draft loads");
    let c = doc.conference.expect("conference");
    assert!(c.agenda.is_empty() && c.members.is_empty());
    assert!(doc.cosigners.is_empty());
}

/// The text of each table cell of the last table (the closing block), in order.
fn closing_cells(xml: &str) -> Vec<String> {
    let table = &xml[xml.rfind("<w:tbl>").expect("closing table")..];
    table
        .split("<w:tc>")
        .skip(1)
        .map(|cell| {
            cell.split("<w:t")
                .skip(1)
                .filter_map(|t| t.split_once('>').map(|(_, r)| r))
                .filter_map(|r| r.split_once("</w:t>").map(|(t, _)| t))
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect()
}

#[test]
fn minutes_sign_left_and_right_with_the_confirmation_centred_under_both() {
    let doc = confirmed(record());
    let rules = RuleSet::by_id(&doc.rules).expect("rules");
    let bytes = export::docx(&doc, rules).expect("export");
    let xml = part(&bytes, "word/document.xml");
    let cells = closing_cells(&xml);
    assert_eq!(cells.len(), 3, "{cells:?}");
    assert_eq!(cells[0], "NGƯỜI GHI BIÊN BẢN|Trần Thị Mai");
    assert_eq!(cells[1], "CHỦ TRÌ HỘI NGHỊ|Nguyễn Văn An");
    assert_eq!(
        cells[2],
        "Xác nhận chữ ký của đồng chí Nguyễn Văn An|T/L BAN THƯỜNG VỤ|CHÁNH VĂN PHÒNG|Trần Thị Mai"
    );
    let last_table = &xml[xml.rfind("<w:tbl>").expect("table")..];
    assert!(
        last_table.contains(r#"<w:gridSpan w:val="2" />"#)
            || last_table.contains(r#"<w:gridSpan w:val="2"/>"#)
    );
    assert!(!xml.contains("Nơi nhận"), "minutes carry no Nơi nhận");

    let findings = audit_docx(&bytes, rules).expect("audits");
    assert!(findings.is_empty(), "{findings:#?}");

    // Read back: both signers and the confirmation, in their places.
    let imported = import_bytes(&bytes, "bb.docx", &Options::default()).expect("imports");
    let back = imported.document;
    assert_eq!(back.signature.authority, Authority::Role);
    assert_eq!(back.signature.on_behalf_of, "CHỦ TRÌ HỘI NGHỊ");
    assert_eq!(back.signature.name, "Nguyễn Văn An");
    assert_eq!(back.cosigners.len(), 2, "{:#?}", back.cosigners);
    assert_eq!(back.cosigners[0].place, SignerPlace::Left);
    assert_eq!(back.cosigners[0].signature.name, "Trần Thị Mai");
    assert_eq!(back.cosigners[1].place, SignerPlace::Centred);
    assert_eq!(back.cosigners[1].signature.authority, Authority::Delegated);
    assert_eq!(back.cosigners[1].signature.title, "CHÁNH VĂN PHÒNG");
    assert!(back.recipients.is_empty());
}

#[test]
fn recipients_the_clerk_adds_stand_under_the_signatures() {
    let mut doc = record();
    doc.recipients = vec![Recipient::new("Ban Tổ chức Tỉnh ủy")];
    doc.archive = "VPĐU".into();
    let rules = RuleSet::by_id(&doc.rules).expect("rules");
    let bytes = export::docx(&doc, rules).expect("export");
    let cells = closing_cells(&part(&bytes, "word/document.xml"));
    assert_eq!(cells[0], "NGƯỜI GHI BIÊN BẢN|Trần Thị Mai");
    assert_eq!(cells[1], "CHỦ TRÌ HỘI NGHỊ|Nguyễn Văn An");
    assert!(cells[2].starts_with("Nơi nhận"), "{cells:?}");
    assert!(cells[2].contains("- Ban Tổ chức Tỉnh ủy;"));
}

#[test]
fn derive_writes_each_kind_and_refuses_bad_records_writing_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let o = vanban(&["new", "-t", "bien-ban-hoi-nghi", "-o", "hn.ron"], d);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for (kind, out) in [
        ("ket-luan", "kl.ron"),
        ("nghi-quyet", "nq.docx"),
        ("thong-bao-ket-luan", "tb.ron"),
    ] {
        let o = vanban(&["derive", "hn.ron", "--kind", kind, "-o", out], d);
        assert!(
            o.status.success(),
            "{kind}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(d.join(out).is_file());
    }
    let kl = store::load(&d.join("kl.ron")).expect("derived draft loads");
    assert_eq!(kl.derived_from.as_deref(), Some("hn.ron"));
    let check = vanban(&["check", "kl.ron"], d);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );

    let o = vanban(&["derive", "hn.ron", "--kind", "tin-bai"], d);
    assert!(o.status.success());
    let txt = fs::read_to_string(d.join("hn-tin-bai.txt")).expect("txt");
    let html = fs::read_to_string(d.join("hn-tin-bai.html")).expect("html");
    assert!(txt.starts_with("Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 5, khóa I\n"));
    assert!(html.contains("<h1>Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 5, khóa I</h1>"));

    // The output is the record itself.
    let before = fs::read(d.join("hn.ron")).expect("record");
    assert_bad_input(
        &vanban(
            &[
                "derive", "hn.ron", "--kind", "ket-luan", "-o", "hn.ron", "--force",
            ],
            d,
        ),
        "chính là tệp nguồn",
    );
    assert_eq!(fs::read(d.join("hn.ron")).expect("record"), before);
    // An unknown kind, a wrong extension.
    assert_bad_input(
        &vanban(&["derive", "hn.ron", "--kind", "bao-cao", "-o", "x.ron"], d),
        "không có loại",
    );
    assert_bad_input(
        &vanban(
            &["derive", "hn.ron", "--kind", "tin-bai", "-o", "x.docx"],
            d,
        ),
        ".txt, .html",
    );
    assert!(!d.join("x.ron").exists() && !d.join("x.docx").exists());

    // No agenda; the chair marked absent: the record's reason, nothing written.
    let mut doc = store::load(&d.join("hn.ron")).expect("record");
    if let Some(c) = &mut doc.conference {
        c.agenda.clear();
    }
    store::save(&d.join("empty.ron"), &doc).expect("save");
    assert_bad_input(
        &vanban(
            &["derive", "empty.ron", "--kind", "ket-luan", "-o", "e.ron"],
            d,
        ),
        "chưa có nội dung nào",
    );
    assert!(!d.join("e.ron").exists());
    let mut doc = store::load(&d.join("hn.ron")).expect("record");
    if let Some(c) = &mut doc.conference {
        c.members[0].presence = vanban::model::Presence::Absent("ốm".into());
    }
    store::save(&d.join("absent.ron"), &doc).expect("save");
    assert_bad_input(
        &vanban(&["derive", "absent.ron", "--kind", "tin-bai"], d),
        "vắng mặt (ốm)",
    );
    assert!(!d.join("absent-tin-bai.txt").exists() && !d.join("absent-tin-bai.html").exists());

    // A task without deadline: written, and said.
    let mut doc = store::load(&d.join("hn.ron")).expect("record");
    if let Some(c) = &mut doc.conference {
        c.agenda[0].tasks[0].deadline = None;
    }
    store::save(&d.join("open.ron"), &doc).expect("save");
    let o = vanban(
        &[
            "derive",
            "open.ron",
            "--kind",
            "ket-luan",
            "-o",
            "open-kl.ron",
        ],
        d,
    );
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("chưa có thời hạn hoàn thành"));
}
