//! Fixtures of our own (tests/fixtures/import/), so that the recogniser is not tuned to
//! the three seeds: other numbering mixes, a THÔNG BÁO KẾT LUẬN with a header typed in two
//! columns, a state-format QUYẾT ĐỊNH, Markdown with "Phần", TCVN3 and VNI files, and DOCX
//! files made by LibreOffice (from HTML with a footnote, and from plain text).

use std::path::PathBuf;
use vanban::import::{import_path, Encoding, Imported, Options};
use vanban::model::body::visit_sections;
use vanban::model::{Authority, DocDate, DocKind, Recipient, SectionKind, Style};

fn fixture(name: &str) -> Imported {
    fixture_with(name, Encoding::Auto)
}

fn fixture_with(name: &str, encoding: Encoding) -> Imported {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name);
    import_path(&path, &Options { encoding }).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn outline(imp: &Imported) -> Vec<String> {
    let mut out = Vec::new();
    visit_sections(&imp.document.body, &mut |s, label, depth| {
        let kind = if s.kind == SectionKind::Heading {
            "H"
        } else {
            "I"
        };
        out.push(format!("{depth}{kind}{label}"));
    });
    out
}

#[test]
fn thong_bao_ket_luan_with_two_column_header() {
    let imp = fixture("thong-bao-ket-luan.txt");
    let d = &imp.document;
    assert_eq!(d.kind, DocKind::ThongBaoKetLuan);
    assert_eq!(d.issuer.upper, ["ĐẢNG BỘ TỈNH QUẢNG NINH"]);
    assert_eq!(d.issuer.name, "THÀNH ỦY CẨM PHẢ");
    assert_eq!(d.issuer.symbol, "TU");
    assert_eq!(d.number, "112");
    assert_eq!(d.place, "Cẩm Phả");
    assert_eq!(d.date, DocDate::ymd(2025, 3, 5));
    assert_eq!(d.rules, "dang-hd36-2018");
    assert_eq!(
        d.subject,
        [
            "CỦA THƯỜNG TRỰC THÀNH ỦY",
            "tại buổi làm việc với Ban Quản lý dự án đầu tư xây dựng thành phố"
        ]
    );
    assert_eq!(
        outline(&imp),
        ["0H1-", "0H2-", "1Ia)", "1Ib)", "2I+", "2I+", "1Ic)"]
    );
    assert_eq!(d.closing.len(), 1);
    assert_eq!(
        d.recipients,
        [
            Recipient::noted("Thường trực Thành ủy", "để b/cáo"),
            Recipient::new("Ban Quản lý dự án đầu tư xây dựng thành phố"),
        ]
    );
    assert_eq!(d.archive, "VPTU");
    assert_eq!(d.signature.authority, Authority::Delegated);
    assert_eq!(d.signature.on_behalf_of, "BAN THƯỜNG VỤ");
    assert_eq!(d.signature.title, "CHÁNH VĂN PHÒNG");
    assert_eq!(d.signature.name, "Nguyễn Thị Hồng Hà");
}

#[test]
fn markdown_with_parts_nested_headings_and_a_footnote() {
    let imp = fixture("nghi-quyet-phan-muc.md");
    let d = &imp.document;
    assert_eq!(d.kind, DocKind::NghiQuyet);
    assert_eq!(
        d.subject,
        ["về phát triển du lịch bền vững giai đoạn 2025 - 2030"]
    );
    assert_eq!(
        outline(&imp),
        [
            "0HPhần I",
            "0HPhần II",
            "1HI.",
            "2H1.",
            "2H2.",
            "3Ia)",
            "3Ib)",
            "1HII.",
            "2H1.",
            "3H1.1.",
            "4I-",
            "4I-",
            "3H1.2.",
            "2H2.",
            "3I(1)",
            "3I(2)"
        ]
    );
    // "**Phần I**" / "**ĐÁNH GIÁ TÌNH HÌNH**": a part, named by the bold line under it.
    let parts: Vec<&str> = d
        .body
        .iter()
        .filter_map(|b| match b {
            vanban::model::Block::Section(s) => Some(s.title.text.as_str()),
            vanban::model::Block::Para(_) => None,
        })
        .collect();
    assert_eq!(parts, ["ĐÁNH GIÁ TÌNH HÌNH", "MỤC TIÊU, NHIỆM VỤ"]);
    let mut notes = Vec::new();
    vanban::model::body::for_each_paragraph(&d.body, &mut |p| notes.extend(p.notes.clone()));
    assert_eq!(notes.len(), 1);
    assert_eq!(
        notes[0].text,
        "Theo Đề án thu hút nhân lực chất lượng cao của thành phố."
    );
    assert_eq!(
        d.closing[0].text,
        "Nghị quyết này được phổ biến đến chi bộ."
    );
    assert_eq!(d.signature.title, "BÍ THƯ");
    assert_eq!(d.signature.name, "Phạm Văn Bình");
}

#[test]
fn state_document_takes_the_state_rules() {
    let imp = fixture("quyet-dinh-nha-nuoc.txt");
    let d = &imp.document;
    assert_eq!(d.kind, DocKind::QuyetDinh);
    assert_eq!(d.rules, "nha-nuoc-nd30-2020");
    assert_eq!(d.number, "1520");
    assert_eq!(d.issuer.symbol, "UBND");
    assert_eq!(d.date, DocDate::ymd(2024, 2, 12));
    assert_eq!(
        d.subject[0],
        "Về việc thành lập Tổ công tác cải cách hành chính"
    );
    assert_eq!(d.archive, "VT, NV");
    assert_eq!(d.signature.authority, Authority::OnBehalf);
    assert_eq!(d.signature.on_behalf_of, "ỦY BAN NHÂN DÂN");
    assert_eq!(d.signature.name, "Nguyễn Văn A");
}

fn assert_legacy_ket_luan(imp: &Imported, encoding: Encoding) {
    let d = &imp.document;
    assert_eq!(imp.detected_encoding, Some(encoding));
    assert_eq!(d.kind, DocKind::KetLuan);
    assert_eq!(d.issuer.name, "THÀNH ỦY HẠ LONG");
    assert_eq!(d.issuer.upper, ["ĐẢNG BỘ TỈNH QUẢNG NINH"]);
    assert_eq!(d.number, "08");
    assert_eq!(d.place, "Hạ Long");
    assert_eq!(d.date, DocDate::ymd(2019, 4, 15));
    assert_eq!(
        d.subject,
        [
            "CỦA BAN THƯỜNG VỤ THÀNH ỦY",
            "về công tác phòng, chống thiên tai năm 2019"
        ]
    );
    assert_eq!(outline(imp), ["0I1.", "0I2."]);
    assert!(d.preamble[0]
        .text
        .starts_with("Ngày 12/4/2019, Ban Thường vụ Thành ủy họp"));
    assert_eq!(
        d.recipients[0],
        Recipient::noted("Thường trực Tỉnh ủy", "để báo cáo")
    );
    assert_eq!(d.signature.on_behalf_of, "BAN THƯỜNG VỤ");
    assert_eq!(d.signature.title, "BÍ THƯ");
    assert_eq!(d.signature.name, "Nguyễn Văn Đức");
    assert!(imp.warnings.iter().any(|w| w.message.contains("bảng mã")));
}

#[test]
fn tcvn3_file_is_detected_and_converted() {
    assert_legacy_ket_luan(&fixture("ket-luan-tcvn3.txt"), Encoding::Tcvn3);
    // Chosen by the clerk, the same result.
    let chosen = fixture_with("ket-luan-tcvn3.txt", Encoding::Tcvn3);
    assert_eq!(chosen.document, fixture("ket-luan-tcvn3.txt").document);
}

#[test]
fn vni_file_is_detected_and_converted() {
    assert_legacy_ket_luan(&fixture("ket-luan-vni.txt"), Encoding::Vni);
}

#[test]
fn utf8_forced_on_a_legacy_file_is_refused_clearly() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/ket-luan-vni.txt");
    let err = import_path(
        &path,
        &Options {
            encoding: Encoding::Utf8,
        },
    )
    .expect_err("not UTF-8");
    assert!(err.to_string().contains("không phải UTF-8"), "{err}");
}

#[test]
fn libreoffice_docx_with_header_table_footnote_and_closing_table() {
    let imp = fixture("ket-luan-libreoffice.docx");
    let d = &imp.document;
    assert_eq!(d.kind, DocKind::KetLuan);
    assert_eq!(d.issuer.name, "THÀNH ỦY HẠ LONG");
    assert_eq!(d.number, "21");
    assert_eq!(d.date, DocDate::ymd(2026, 6, 9));
    assert_eq!(d.rules, "dang-hd05-2026");
    assert_eq!(
        d.subject,
        ["của Ban Thường vụ Thành ủy về công tác chuyển đổi số"]
    );
    assert_eq!(
        outline(&imp),
        ["0HI-", "0HII-", "1H1.", "2Ia)", "2Ib)", "1H2.", "2I-", "2I-"]
    );
    let mut notes = Vec::new();
    let mut italic_5g = false;
    vanban::model::body::for_each_paragraph(&d.body, &mut |p| {
        for n in &p.notes {
            let before: String = p.text.chars().take(n.at).collect();
            notes.push((before, n.text.clone()));
        }
        if let Some(b) = p.text.find("5G") {
            let at = p.text[..b].chars().count();
            italic_5g = p.has_style(at, at + 2, Style::Italic);
        }
    });
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0].0.ends_with("đạt kết quả tích cực"),
        "{:?}",
        notes[0]
    );
    assert_eq!(notes[0].1, "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 86%.");
    assert!(italic_5g, "run formatting kept");
    assert_eq!(d.recipients.len(), 2);
    assert_eq!(d.archive, "VPTU");
    assert_eq!(d.signature.on_behalf_of, "BAN THƯỜNG VỤ");
    assert_eq!(d.signature.title, "PHÓ BÍ THƯ");
    assert_eq!(d.signature.name, "Trần Văn Nam");
}

#[test]
fn libreoffice_docx_from_plain_text() {
    let from_docx = fixture("thong-bao-ket-luan-libreoffice.docx").document;
    let from_text = fixture("thong-bao-ket-luan.txt").document;
    assert_eq!(from_docx.kind, from_text.kind);
    assert_eq!(from_docx.issuer, from_text.issuer);
    assert_eq!(from_docx.date, from_text.date);
    assert_eq!(from_docx.subject, from_text.subject);
    assert_eq!(from_docx.body, from_text.body);
    assert_eq!(from_docx.recipients, from_text.recipients);
    assert_eq!(from_docx.signature, from_text.signature);
}
