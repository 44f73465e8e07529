//! Regulations and state decisions are built of Chương / Mục / Điều / khoản / điểm: read
//! as such from text, checked without false findings, written to DOCX (schema-valid) and
//! read back from it with the same structure.

mod common;

use common::tool_available;
use std::path::{Path, PathBuf};
use std::process::Command;
use vanban::check;
use vanban::export;
use vanban::import::{import_bytes, import_path, Imported, Options};
use vanban::model::body::visit_sections;
use vanban::model::{DocDate, Document, NumberStyle, SectionKind};
use vanban::rules::RuleSet;

fn fixture(name: &str) -> Imported {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name);
    import_path(&path, &Options::default()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Depth, kind (H heading, I item), computed label and title of every section.
fn outline(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    visit_sections(&doc.body, &mut |s, label, depth| {
        let kind = match s.kind {
            SectionKind::Heading => "H",
            SectionKind::Item => "I",
        };
        out.push(format!("{depth}{kind} {label} {}", s.title.text));
    });
    out
}

fn findings(doc: &Document) -> Vec<check::Finding> {
    let rules = RuleSet::by_id(&doc.rules).expect("bundled rule set");
    check::run(doc, rules, DocDate::ymd(2026, 2, 1))
}

fn structure_findings(doc: &Document) -> Vec<String> {
    findings(doc)
        .into_iter()
        .filter(|f| f.id.starts_with("numbering.") || f.id.starts_with("section."))
        .map(|f| format!("{}: {}", f.id, f.message))
        .collect()
}

#[test]
fn state_decision_has_two_articles_and_no_empty_section() {
    let imp = fixture("quyet-dinh-nha-nuoc.txt");
    let d = &imp.document;
    assert_eq!(
        outline(d),
        [
            "0I Điều 1. Thành lập Tổ công tác cải cách hành chính thành phố.",
            "0I Điều 2. Tổ công tác có nhiệm vụ tham mưu, đôn đốc việc thực hiện.",
        ]
    );
    let styles: Vec<NumberStyle> = d
        .body
        .iter()
        .filter_map(|b| match b {
            vanban::model::Block::Section(s) => Some(s.style),
            vanban::model::Block::Para(_) => None,
        })
        .collect();
    assert_eq!(styles, [NumberStyle::Article, NumberStyle::Article]);
    // The legal bases and "QUYẾT ĐỊNH:" stay before the articles.
    let preamble: Vec<&str> = d.preamble.iter().map(|p| p.text.as_str()).collect();
    assert!(
        preamble.ends_with(&[
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
            "Theo đề nghị của Trưởng phòng Nội vụ thành phố.",
            "QUYẾT ĐỊNH:",
        ]),
        "{preamble:?}"
    );
    let found = structure_findings(d);
    assert!(found.is_empty(), "{found:#?}");
}

/// An article is complete with its title alone, whichever way it is laid out; a chapter
/// with nothing under it is still reported.
#[test]
fn article_title_alone_is_not_an_empty_section() {
    let mut doc = fixture("quyet-dinh-nha-nuoc.txt").document;
    for block in &mut doc.body {
        if let vanban::model::Block::Section(s) = block {
            s.kind = SectionKind::Heading;
        }
    }
    let found = structure_findings(&doc);
    assert!(found.is_empty(), "{found:#?}");
    doc.body.insert(
        0,
        vanban::model::Section::heading(NumberStyle::Chapter, "QUY ĐỊNH CHUNG").into(),
    );
    let ids: Vec<&str> = findings(&doc).iter().map(|f| f.id).collect();
    assert!(ids.contains(&"section.empty"), "{ids:?}");
}

/// "Điều 1." typed into an article's title would print twice: reported with a fix that
/// removes it; "Điều lệ Đảng" at the head of a title is words, not a label.
#[test]
fn label_typed_into_an_article_title_is_reported() {
    let mut doc = fixture("quyet-dinh-nha-nuoc.txt").document;
    let vanban::model::Block::Section(first) = &mut doc.body[0] else {
        panic!("an article");
    };
    first.title.text = format!("Điều 1. {}", first.title.text);
    let vanban::model::Block::Section(second) = &mut doc.body[1] else {
        panic!("an article");
    };
    second.title.text = "Điều lệ Đảng quy định.".to_owned();
    let typed: Vec<check::Finding> = findings(&doc)
        .into_iter()
        .filter(|f| f.id == "numbering.typed-label")
        .collect();
    assert_eq!(typed.len(), 1, "{typed:#?}");
    assert_eq!(
        typed[0].place,
        check::Place::Body {
            path: vec![0],
            range: Some((0, 8))
        }
    );
    assert!(
        typed[0].message.contains("“Điều 1.”"),
        "{}",
        typed[0].message
    );
    let fix = typed[0].fix.as_ref().expect("a fix");
    assert!(fix.safe);
    check::apply_fix(&mut doc, fix);
    assert_eq!(
        outline(&doc)[0],
        "0I Điều 1. Thành lập Tổ công tác cải cách hành chính thành phố."
    );
}

/// An article goes under the nearest chapter even when a numbered paragraph written
/// straight under the chapter is still open; a Mục likewise.
#[test]
fn articles_nest_by_rank_not_under_an_open_clause() {
    let text = "QUY CHẾ\nvề làm việc\n-----\nChương I\nQUY ĐỊNH CHUNG\n\
        1. Quy chế này áp dụng cho các ban.\nĐiều 1. Phạm vi\nNội dung.\n\
        2. Khoản của Điều 1.\nMục 1\nHỌP\nĐiều 2. Họp\nNội dung họp.\n";
    let imp = vanban::import::import_text(text, &Options::default());
    assert_eq!(
        outline(&imp.document),
        [
            "0H Chương I QUY ĐỊNH CHUNG",
            "1I 1. Quy chế này áp dụng cho các ban.",
            "1H Điều 1. Phạm vi",
            "2I 1. Khoản của Điều 1.",
            "1H Mục 1 HỌP",
            "2H Điều 2. Họp",
        ]
    );
}

const QUY_CHE: [&str; 12] = [
    "0H Chương I QUY ĐỊNH CHUNG",
    "1H Điều 1. Phạm vi điều chỉnh",
    "1H Điều 2. Nguyên tắc làm việc",
    "2I 1. Bảo đảm nguyên tắc tập trung dân chủ, tập thể lãnh đạo, cá nhân phụ trách.",
    "2I 2. Mọi hoạt động của Ban Chấp hành tuân thủ các nguyên tắc sau:",
    "3I a) Chấp hành Điều lệ Đảng và các quy định của Trung ương;",
    "3I b) Công khai, minh bạch, đề cao trách nhiệm người đứng đầu.",
    "0H Chương II TRÁCH NHIỆM VÀ QUYỀN HẠN",
    "1H Điều 3. Trách nhiệm của Ban Chấp hành",
    "2I 1. Lãnh đạo thực hiện Nghị quyết Đại hội Đảng bộ thành phố.",
    "2I 2. Quyết định chủ trương lớn về phát triển kinh tế - xã hội của thành phố.",
    "1H Điều 4. Chế độ hội nghị",
];

#[test]
fn regulation_reads_as_chapters_articles_clauses_and_points() {
    let imp = fixture("quy-che-chuong-dieu.txt");
    let d = &imp.document;
    assert_eq!(outline(d), QUY_CHE);
    // The article's text under its title stays in the article.
    let vanban::model::Block::Section(chapter) = &d.body[0] else {
        panic!("a chapter first");
    };
    assert_eq!(chapter.style, NumberStyle::Chapter);
    let vanban::model::Block::Section(article) = &chapter.content[0] else {
        panic!("an article first");
    };
    assert!(
        matches!(&article.content[..], [vanban::model::Block::Para(p)]
        if p.text.starts_with("Quy chế này quy định"))
    );
    // Typed numbers matched the computed ones: no renumbering warning.
    assert!(
        !imp.warnings
            .iter()
            .any(|w| w.to_string().contains("đánh lại")),
        "{:?}",
        imp.warnings
    );
    let found = structure_findings(d);
    assert!(found.is_empty(), "{found:#?}");
}

/// Exported under each rule set and read back: the same chapters, articles, khoản and
/// điểm, the same titles; the chapter's name sits under its label in the DOCX.
#[test]
fn regulation_survives_docx_round_trip() {
    let imp = fixture("quy-che-chuong-dieu.txt");
    for rules in ["dang-hd05-2026", "dang-hd36-2018", "nha-nuoc-nd30-2020"] {
        let mut doc = imp.document.clone();
        doc.rules = rules.to_owned();
        let set = RuleSet::by_id(rules).expect("bundled rule set");
        let docx = export::docx(&doc, set).expect("export");
        let xml = common::part(&docx, "word/document.xml");
        assert!(
            xml.contains(r#"<w:pStyle w:val="VBHeadingChapter" />"#)
                || xml.contains(r#"<w:pStyle w:val="VBHeadingChapter"/>"#),
            "chapter heading style"
        );
        assert!(xml.contains("Chương I</w:t>"), "label written as computed");
        let back = import_bytes(&docx, "quy-che.docx", &Options::default()).expect("re-import");
        assert_eq!(outline(&back.document), QUY_CHE, "{rules}");
        let found = structure_findings(&back.document);
        assert!(found.is_empty(), "{rules}: {found:#?}");
    }
}

/// A decision's one-paragraph articles come back from its DOCX as articles, their
/// bold label not kept as a span of the text.
#[test]
fn decision_survives_docx_round_trip() {
    let doc = fixture("quyet-dinh-nha-nuoc.txt").document;
    let set = RuleSet::by_id(&doc.rules).expect("bundled rule set");
    let docx = export::docx(&doc, set).expect("export");
    let back = import_bytes(&docx, "qd.docx", &Options::default()).expect("re-import");
    assert_eq!(outline(&back.document), outline(&doc));
    for block in &back.document.body {
        if let vanban::model::Block::Section(s) = block {
            assert_eq!(s.style, NumberStyle::Article);
            assert!(s.title.spans.is_empty(), "{:?}", s.title.spans);
        }
    }
}

#[test]
fn regulation_docx_is_schema_valid() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/ooxml/validate.py");
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let has_lxml = tool_available("python3", "--version")
        && Command::new("python3")
            .args(["-c", "import lxml"])
            .status()
            .is_ok_and(|s| s.success());
    if !has_lxml || !script.exists() {
        assert!(
            !ci,
            "python3 with lxml and {} are required in CI",
            script.display()
        );
        eprintln!("SKIPPED: no python3 lxml or no {}", script.display());
        return;
    }
    let imp = fixture("quy-che-chuong-dieu.txt");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files = Vec::new();
    for rules in ["dang-hd05-2026", "nha-nuoc-nd30-2020"] {
        let mut doc = imp.document.clone();
        doc.rules = rules.to_owned();
        let path = dir.path().join(format!("quy-che-{rules}.docx"));
        export::docx_to_file(&doc, RuleSet::by_id(rules).expect("rules"), &path).expect("export");
        files.push(path);
    }
    let qd = fixture("quyet-dinh-nha-nuoc.txt");
    let path = dir.path().join("quyet-dinh.docx");
    let set = RuleSet::by_id(&qd.document.rules).expect("rules");
    export::docx_to_file(&qd.document, set, &path).expect("export");
    files.push(path);
    let out = Command::new("python3")
        .arg(&script)
        .arg("--no-warnings")
        .args(&files)
        .output()
        .expect("run validate.py");
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(report.lines().last(), Some("0 violations"), "{report}");
    assert!(out.status.success(), "{report}");
}
