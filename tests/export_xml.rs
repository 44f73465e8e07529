//! Export → unzip → assertions on the WordprocessingML we write.

mod common;

use common::{every_feature, part, texts};
use vanban::export;
use vanban::rules::RuleSet;

fn export_with(rules: &str) -> Vec<u8> {
    let set = RuleSet::by_id(rules).expect("bundled rule set");
    export::docx(&every_feature(), set).expect("export")
}

#[test]
fn page_size_margins_and_page_numbers() {
    let docx = export_with("dang-hd05-2026");
    let doc = part(&docx, "word/document.xml");
    // A4, margins 20/20/30/15 mm, header 10 mm from the top edge.
    assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838""#), "A4");
    for attr in [
        r#"w:top="1134""#,
        r#"w:bottom="1134""#,
        r#"w:left="1701""#,
        r#"w:right="850""#,
        r#"w:header="567""#,
    ] {
        assert!(doc.contains(attr), "margin {attr}");
    }
    assert!(doc.contains("<w:titlePg"), "distinct first page");
    let first = doc
        .find(r#"w:type="first""#)
        .expect("first-page header reference");
    let default = doc
        .find(r#"<w:headerReference w:type="default""#)
        .expect("default header reference");
    assert!(first > 0 && default > 0);

    // One header holds the PAGE field, the other (first page) is empty.
    let headers: Vec<String> = (1..=2)
        .map(|i| part(&docx, &format!("word/header{i}.xml")))
        .collect();
    let with_page: Vec<_> = headers.iter().filter(|h| h.contains("PAGE")).collect();
    assert_eq!(with_page.len(), 1, "exactly one header has the PAGE field");
    assert!(
        headers.iter().any(|h| texts(h).is_empty()),
        "an empty first-page header"
    );
}

#[test]
fn fonts_sizes_and_body_paragraphs() {
    let docx = export_with("dang-hd05-2026");
    let styles = part(&docx, "word/styles.xml");
    // Times New Roman in all four font slots, so Word never substitutes.
    assert!(styles.contains(r#"w:ascii="Times New Roman""#));
    assert!(styles.contains(r#"w:hAnsi="Times New Roman""#));
    assert!(styles.contains(r#"w:eastAsia="Times New Roman""#));
    assert!(styles.contains(r#"w:cs="Times New Roman""#));
    // Body style: 14 pt, justified, 10 mm first-line indent, 6 pt before, exactly 18 pt.
    let body = style_xml(&styles, "VBBody");
    assert!(body.contains(r#"<w:sz w:val="28""#), "{body}");
    assert!(body.contains(r#"<w:jc w:val="both""#), "{body}");
    assert!(body.contains(r#"w:firstLine="567""#), "{body}");
    assert!(body.contains(r#"w:before="120""#), "{body}");
    assert!(body.contains(r#"w:line="360""#) && body.contains(r#"w:lineRule="exact""#));
    // Title 16 pt bold; "1.1." headings bold italic.
    let title = style_xml(&styles, "VBTitle");
    assert!(title.contains(r#"<w:sz w:val="32""#) && title.contains("<w:b "));
    let nested = style_xml(&styles, "VBHeadingNested");
    assert!(nested.contains("<w:b ") && nested.contains("<w:i "));
    // Footnote reference style exists (docx-rs references it without defining it).
    assert!(styles.contains(r#"w:styleId="FootnoteReference""#));
}

#[test]
fn header_table_title_and_numbers() {
    let docx = export_with("dang-hd05-2026");
    let doc = part(&docx, "word/document.xml");
    let t = texts(&doc);
    let pos = |s: &str| {
        t.iter()
            .position(|x| x == s)
            .unwrap_or_else(|| panic!("{s:?} not in {t:?}"))
    };
    // Header block, in reading order of the table (left cell, then right).
    assert!(pos("ĐẢNG BỘ TỈNH QUẢNG NINH") < pos("THÀNH ỦY HẠ LONG"));
    assert!(pos("THÀNH ỦY HẠ LONG") < pos("*"));
    assert!(pos("*") < pos("Số 07-KL/TU"));
    assert!(pos("Số 07-KL/TU") < pos("KHẨN"));
    assert!(pos("KHẨN") < pos("ĐẢNG CỘNG SẢN VIỆT NAM"));
    assert!(pos("ĐẢNG CỘNG SẢN VIỆT NAM") < pos("Hạ Long, ngày 05 tháng 6 năm 2026"));
    assert!(pos("KẾT LUẬN") < pos("của Ban Thường vụ Thành ủy"));
    assert!(pos("tại Hội nghị ngày 04/6/2026") < pos("-----"));
    // "ĐẢNG CỘNG SẢN VIỆT NAM" is underlined exactly as long as its text: a run underline.
    let motto = run_xml(&doc, "ĐẢNG CỘNG SẢN VIỆT NAM");
    assert!(motto.contains(r#"<w:u w:val="single""#) && motto.contains(r#"<w:sz w:val="30""#));
    // The date line is italic 14 pt.
    let date = run_xml(&doc, "Hạ Long, ngày 05 tháng 6 năm 2026");
    assert!(date.contains("<w:i ") && date.contains(r#"<w:sz w:val="28""#));

    // Computed numbers, in document order.
    let labels: Vec<&str> = t
        .iter()
        .map(|s| s.as_str())
        .filter(|s| {
            [
                "I- ", "II- ", "1. ", "2. ", "2.1. ", "2.2. ", "a) ", "(1) ", "(2) ", "- ",
            ]
            .contains(s)
        })
        .collect();
    assert_eq!(
        labels,
        ["I- ", "1. ", "2. ", "2.1. ", "2.2. ", "a) ", "II- ", "(1) ", "- ", "(2) "]
    );
    // Both tables are borderless.
    assert_eq!(doc.matches("<w:tbl>").count(), 2);
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        assert!(
            !doc.contains(&format!(r#"<w:{side} w:val="single""#)),
            "no {side} border"
        );
    }
}

#[test]
fn footnote_is_a_real_word_footnote() {
    let docx = export_with("dang-hd05-2026");
    let doc = part(&docx, "word/document.xml");
    assert!(doc.contains("<w:footnoteReference"));
    let notes = part(&docx, "word/footnotes.xml");
    assert!(
        notes.contains("<w:footnoteRef/>"),
        "number mark in the note body"
    );
    assert!(!notes.contains('\u{E000}'), "placeholder replaced");
    assert!(texts(&notes)
        .concat()
        .contains("Theo Báo cáo số 112-BC/TU, ngày 02/6/2026."));
}

#[test]
fn recipients_and_signature() {
    let docx = export_with("dang-hd05-2026");
    let doc = part(&docx, "word/document.xml");
    // The phrase is underlined, the colon after it is not (05-HD p. 24).
    let label = run_xml(&doc, "Nơi nhận");
    assert!(label.contains(r#"<w:u w:val="single""#) && label.contains(r#"<w:sz w:val="28""#));
    assert!(
        !label.contains("<w:b "),
        "label not bold in Party documents"
    );
    let colon = run_xml(&doc, ":");
    assert!(!colon.contains("<w:u "), "colon not underlined: {colon}");
    let item = run_xml(&doc, "- Thường trực Tỉnh ủy (để báo cáo);");
    assert!(item.contains(r#"<w:sz w:val="24""#), "12 pt items");
    let t = texts(&doc);
    let tail: Vec<&str> = t.iter().rev().take(7).rev().map(|s| s.as_str()).collect();
    assert_eq!(
        tail,
        [
            "- Thường trực Tỉnh ủy (để báo cáo);",
            "- Các đồng chí Thành ủy viên;",
            "- Các ban xây dựng Đảng Thành ủy;",
            "- Lưu VPTU.",
            "T/M BAN THƯỜNG VỤ",
            "PHÓ BÍ THƯ",
            "Nguyễn Văn Thành",
        ]
    );
    let authority = run_xml(&doc, "T/M BAN THƯỜNG VỤ");
    assert!(authority.contains("<w:b "), "authority line bold");
    let title = run_xml(&doc, "PHÓ BÍ THƯ");
    assert!(!title.contains("<w:b "), "title line not bold");
    let name = run_xml(&doc, "Nguyễn Văn Thành");
    assert!(name.contains("<w:b "), "name bold");
}

#[test]
fn the_same_draft_under_the_other_rule_sets() {
    let doc36 = part(&export_with("dang-hd36-2018"), "word/document.xml");
    let t = texts(&doc36);
    assert!(
        t.contains(&"- Các đồng chí Thành ủy viên,".to_owned()),
        "36-HD commas"
    );
    assert!(t.contains(&"- Lưu VPTU.".to_owned()));

    let state = part(&export_with("nha-nuoc-nd30-2020"), "word/document.xml");
    let t = texts(&state);
    for s in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 07/KL-TU",
        "TM. BAN THƯỜNG VỤ",
        "- Lưu: VPTU.",
    ] {
        assert!(t.contains(&s.to_owned()), "{s:?} in state export");
    }
    assert!(
        !t.contains(&"*".to_owned()),
        "no Party star in a state header"
    );
}

#[test]
fn blank_number_and_open_date_print_blanks() {
    let mut doc = every_feature();
    doc.number.clear();
    doc.date.day = None;
    let set = RuleSet::by_id("dang-hd05-2026").expect("rules");
    let xml = part(
        &export::docx(&doc, set).expect("export"),
        "word/document.xml",
    );
    let t = texts(&xml);
    assert!(t.contains(&"Số       -KL/TU".to_owned()), "{t:?}");
    assert!(t.contains(&"Hạ Long, ngày      tháng 6 năm 2026".to_owned()));
}

#[test]
fn xml_forbidden_characters_are_cleaned() {
    let mut doc = every_feature();
    doc.closing = vec![vanban::model::Paragraph::plain(
        "Kết\u{1}thúc\u{B} văn bản\u{E000}.",
    )];
    let set = RuleSet::by_id("dang-hd05-2026").expect("rules");
    let xml = part(
        &export::docx(&doc, set).expect("export"),
        "word/document.xml",
    );
    assert!(texts(&xml).contains(&"Kếtthúc văn bản.".to_owned()));
}

fn style_xml<'a>(styles: &'a str, id: &str) -> &'a str {
    let start = styles
        .find(&format!(r#"w:styleId="{id}""#))
        .unwrap_or_else(|| panic!("style {id}"));
    let end = styles[start..].find("</w:style>").expect("style end") + start;
    &styles[start..end]
}

/// The `<w:r>` element holding exactly `text`.
fn run_xml<'a>(doc: &'a str, text: &str) -> &'a str {
    let needle = format!(">{text}</w:t>");
    let at = doc.find(&needle).unwrap_or_else(|| panic!("run {text:?}"));
    let start = doc[..at].rfind("<w:r>").expect("run start");
    &doc[start..at]
}

/// The texts of document.xml joined by paragraph, for reading printed lines.
fn paragraphs(docx: &[u8]) -> Vec<String> {
    part(docx, "word/document.xml")
        .split("</w:p>")
        .map(|p| texts(p).concat())
        .filter(|t| !t.is_empty())
        .collect()
}

#[test]
fn bases_take_the_punctuation_of_their_rule_set() {
    let doc = common::every_part_decision();
    let lines = |rules: &str| {
        let set = RuleSet::by_id(rules).expect("bundled rule set");
        paragraphs(&export::docx(&doc, set).expect("export"))
    };
    let hd05 = lines("dang-hd05-2026");
    let at = hd05
        .iter()
        .position(|l| l == "- Căn cứ Điều lệ Đảng;")
        .expect("first basis with dash and ';'");
    assert_eq!(hd05[at + 2], "- Xét đề nghị của Văn phòng Tỉnh uỷ.");
    assert_eq!(hd05[at + 3], "BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH");
    assert_eq!(hd05[at + 4], "Điều 1. Nội dung điều 1 của quyết định.");
    assert!(lines("dang-hd36-2018").contains(&"- Xét đề nghị của Văn phòng Tỉnh uỷ,".to_owned()));
    assert!(lines("nha-nuoc-nd30-2020").contains(&"Căn cứ Điều lệ Đảng;".to_owned()));
}

#[test]
fn submissions_and_letters_name_their_addressees() {
    let set = RuleSet::by_id("dang-hd05-2026").expect("bundled rule set");
    let mut doc = common::every_part_decision();
    doc.kind = vanban::model::DocKind::ToTrinh;
    doc.addressees = vec!["Ban Thường vụ Tỉnh uỷ".into()];
    let lines = paragraphs(&export::docx(&doc, set).expect("export"));
    let title = lines
        .iter()
        .position(|l| l == "TỜ TRÌNH")
        .expect("type name");
    // Under the title and its line: one addressee on the label's line, no dash.
    assert_eq!(lines[title + 3], "Kính trình: Ban Thường vụ Tỉnh uỷ");

    let letter = common::every_part_letter();
    let lines = paragraphs(&export::docx(&letter, set).expect("export"));
    assert!(
        !lines.iter().any(|l| l == "-----"),
        "a công văn has no title block"
    );
    let number = lines
        .iter()
        .position(|l| l == "Số 686-CV/TU")
        .expect("number");
    assert_eq!(lines[number + 1], "Dự thảo lần 2");
    assert_eq!(lines[number + 2], letter.subject[0]);
    let to = lines
        .iter()
        .position(|l| l.starts_with("Kính gửi:"))
        .expect("Kính gửi");
    assert_eq!(lines[to], format!("Kính gửi:- {};", letter.addressees[0]));
    assert_eq!(lines[to + 1], format!("- {};", letter.addressees[1]));
    // "kiêm" between the title and the concurrent post; drafter and copies at the end of
    // Nơi nhận.
    let title = lines.iter().position(|l| l == "PHÓ BÍ THƯ").expect("title");
    assert_eq!(lines[title + 1..title + 3], ["kiêm", "TRƯỞNG BAN CHỈ ĐẠO"]);
    assert!(lines.contains(&"NVH-25".to_owned()));
    assert!(lines.contains(&"Phụ lục 1".to_owned()));

    // The document's section ends before the appendices; each appendix numbers from 1
    // and the second is landscape.
    let xml = part(
        &export::docx(&letter, set).expect("export"),
        "word/document.xml",
    );
    assert_eq!(xml.matches("<w:sectPr").count(), 3);
    assert_eq!(xml.matches(r#"<w:pgNumType w:start="1""#).count(), 2);
    assert_eq!(xml.matches(r#"w:orient="landscape""#).count(), 1);
    assert!(xml.rfind(r#"w:orient="landscape""#) > xml.rfind("Phụ lục 2"));
}

/// 05-HD p. 11: a political report may carry the congress's theme in place of its type
/// name and subject; the subject follows in brackets, then the line.
#[test]
fn a_congress_theme_takes_the_place_of_the_type_name() {
    let set = RuleSet::by_id("dang-hd05-2026").expect("bundled rule set");
    let doc = common::congress_report();
    let lines = paragraphs(&export::docx(&doc, set).expect("export"));
    let at = lines
        .iter()
        .position(|l| l == "Đoàn kết, dân chủ, kỷ cương, đổi mới")
        .expect("theme");
    assert_eq!(
        lines[at + 1..at + 5],
        [
            "Phát triển nhanh và bền vững",
            "(Báo cáo của Ban Chấp hành Đảng bộ phường khoá I",
            "trình Đại hội đại biểu Đảng bộ phường lần thứ II)",
            "-----",
        ]
    );
    assert!(!lines.iter().any(|l| l == "BÁO CÁO"), "no type name");
    assert!(lines.contains(&"Số 07-BC/ĐH".to_owned()));
}
