//! Word files made outside vanban (python-docx, tests/py/parts_fixtures.py) with the parts
//! 05-HD/VPTW (2026) adds: imported part by part, and audited as received files — no
//! error on the well-formed ones, the right finding on the wrong copies (issue 14, item 3);
//! and the same files saved again by LibreOffice import to the same parts.
//!
//! In CI (CI=true) a missing python3, python-docx, lxml or soffice fails; elsewhere the
//! test returns. The files are rendered by tests/py/check_corpus.py's renderer, so they are
//! clean in layout too: a clean file must give no error and no warning.

mod common;

use common::{python_has, tool_available};
use std::path::{Path, PathBuf};
use std::process::Command;
use vanban::check::received::{audit_docx, Audit};
use vanban::check::{Filter, Severity};
use vanban::import::{import_path, Imported, Options};
use vanban::model::body::visit_sections;
use vanban::model::{Authority, DocDate, DocKind, NumberStyle};

/// The fixtures, written once into a temporary directory; None without python-docx.
fn fixtures() -> Option<(tempfile::TempDir, PathBuf)> {
    if !tool_available("python3", "--version") || !python_has("docx") || !python_has("lxml") {
        return None;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py/parts_fixtures.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(dir.path())
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "{} failed: {}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let path = dir.path().to_path_buf();
    Some((dir, path))
}

fn import(dir: &Path, name: &str) -> Imported {
    import_path(&dir.join(name), &Options::default()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn audit(dir: &Path, name: &str) -> Audit {
    let bytes = std::fs::read(dir.join(name)).expect("fixture");
    audit_docx(&bytes, None, DocDate::ymd(2026, 12, 4), &Filter::all())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every finding of the audit, layout included (the files are laid out as the corpus's).
fn errors(a: &Audit) -> Vec<String> {
    a.findings
        .iter()
        .filter(|f| f.severity != Severity::Hint)
        .map(|f| format!("{}: {}", f.id, f.message))
        .collect()
}

fn ids(a: &Audit) -> Vec<&'static str> {
    a.findings.iter().map(|f| f.id).collect()
}

fn outline(imp: &Imported) -> Vec<(NumberStyle, String)> {
    let mut out = Vec::new();
    visit_sections(&imp.document.body, &mut |s, label, _| {
        out.push((s.style, label.to_owned()))
    });
    out
}

#[test]
fn word_files_with_the_new_parts_import_part_by_part() {
    let Some((_keep, dir)) = fixtures() else {
        return;
    };

    let qc = import(&dir, "quy-che.docx");
    assert_eq!(qc.document.kind, DocKind::QuyChe);
    assert_eq!(qc.document.subject.len(), 3, "{:?}", qc.document.subject);
    assert_eq!(
        qc.document.subject[1],
        "Ban Thường vụ Tỉnh uỷ, Thường trực Tỉnh uỷ"
    );
    let styles: Vec<NumberStyle> = outline(&qc).into_iter().map(|s| s.0).collect();
    use NumberStyle::*;
    assert_eq!(
        styles,
        [
            Chapter, Article, Article, ArabicDot, ArabicDot, Letter, Letter, Chapter, Article,
            ArabicDot, ArabicDot
        ]
    );

    let cv = import(&dir, "cong-van.docx");
    let d = &cv.document;
    assert_eq!(d.kind, DocKind::CongVan);
    assert_eq!(
        d.subject,
        [
            "về việc chuẩn bị hội nghị trực tuyến",
            "quán triệt Nghị quyết Đại hội XIV của Đảng"
        ]
    );
    assert_eq!(d.addressees.len(), 2, "{:?}", d.addressees);
    assert_eq!(d.recipients[0].name, "Như trên");

    let tt = import(&dir, "to-trinh.docx");
    assert_eq!(tt.document.kind, DocKind::ToTrinh);
    assert_eq!(tt.document.addressees, ["Ban Thường vụ Tỉnh uỷ"]);
    assert_eq!(tt.document.issuer.name, "ĐẢNG UỶ PHƯỜNG HẠ LONG");

    let qd = import(&dir, "quyet-dinh.docx");
    let d = &qd.document;
    assert_eq!(d.kind, DocKind::QuyetDinh);
    assert_eq!(d.bases.len(), 3);
    assert_eq!(d.bases[2].text, "Xét đề nghị của Ban Xây dựng Đảng Tỉnh uỷ");
    assert_eq!(d.enacting, "BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH");
    let labels: Vec<String> = outline(&qd).into_iter().map(|s| s.1).collect();
    assert_eq!(labels, ["Điều 1.", "Điều 2.", "Điều 3."]);
    assert_eq!(
        (d.marks.drafter.as_str(), d.marks.copies),
        ("NVH", Some(12))
    );
    assert_eq!(qd.source.bases.len(), 3);

    let kh = import(&dir, "ke-hoach-du-thao.docx");
    let d = &kh.document;
    assert_eq!(d.kind, DocKind::KeHoach);
    assert_eq!(d.issuer.name, "TỈNH UỶ NGHỆ AN");
    assert_eq!(d.marks.draft, Some(2));
    assert_eq!(d.marks.circulation, ["LƯU HÀNH NỘI BỘ"]);
    assert!(d.marks.not_for_media);
    assert_eq!(d.signature.authority, Authority::None);
    assert_eq!(
        (d.signature.title.as_str(), d.signature.concurrent.as_str()),
        ("PHÓ BÍ THƯ", "TRƯỞNG BAN CHỈ ĐẠO")
    );
    assert_eq!(d.signature.name, "Trần Minh Đức");
    assert_eq!(d.appendices.len(), 1);
    assert_eq!(
        d.appendices[0].title,
        ["DANH MỤC HẠ TẦNG SỐ CẦN HOÀN THIỆN NĂM 2026"]
    );
    assert_eq!(d.appendices[0].body.len(), 3, "{:?}", d.appendices[0].body);
}

#[test]
fn received_word_files_are_judged_on_the_new_parts() {
    let Some((_keep, dir)) = fixtures() else {
        return;
    };
    for clean in [
        "quy-che.docx",
        "cong-van.docx",
        "to-trinh.docx",
        "quyet-dinh.docx",
        "ke-hoach-du-thao.docx",
    ] {
        let a = audit(&dir, clean);
        assert_eq!(a.rules.id, "dang-hd05-2026", "{clean}");
        assert_eq!(errors(&a), Vec::<String>::new(), "{clean}");
        // Only the draft's blank number is worth a hint.
        let hints: Vec<&str> = a.findings.iter().map(|f| f.id).collect();
        assert!(
            hints.iter().all(|id| *id == "number.blank"),
            "{clean}: {hints:?}"
        );
    }

    let a = audit(&dir, "quyet-dinh-last-basis-semicolon.docx");
    let basis = a
        .findings
        .iter()
        .find(|f| f.id == "bases.punctuation")
        .unwrap_or_else(|| panic!("{:?}", ids(&a)));
    assert!(basis.message.contains("Xét đề nghị"), "{}", basis.message);

    let a = audit(&dir, "quy-dinh-qdi.docx");
    let symbol = a
        .findings
        .iter()
        .find(|f| f.id == "number.type-symbol")
        .unwrap_or_else(|| panic!("{:?}", ids(&a)));
    assert!(symbol.message.contains("QĐi"), "{}", symbol.message);

    let a = audit(&dir, "cong-van-no-nhu-tren.docx");
    assert!(ids(&a).contains(&"recipients.nhu-tren"), "{:?}", ids(&a));

    // "Kính gửi" without its colon is still read, and told.
    let a = audit(&dir, "cong-van-label-no-colon.docx");
    assert_eq!(a.document.addressees.len(), 2);
    assert!(ids(&a).contains(&"addressees.label-colon"), "{:?}", ids(&a));

    // Articles are numbered by position; the one typed out of order is the file's mistake.
    let a = audit(&dir, "quyet-dinh-dieu-skip.docx");
    let skip = a
        .findings
        .iter()
        .find(|f| f.id == "numbering.skip")
        .unwrap_or_else(|| panic!("{:?}", ids(&a)));
    assert!(skip.message.contains("Điều 4"), "{}", skip.message);

    // The file's own line is named: the finding carries its paragraph.
    let a = audit(&dir, "cong-van-addressee-comma.docx");
    let (comma, paragraph) = a
        .located()
        .find(|(f, _)| f.id == "addressees.punctuation")
        .unwrap_or_else(|| panic!("{:?}", ids(&a)));
    assert!(comma.message.contains("Các đảng uỷ"), "{}", comma.message);
    assert!(paragraph.is_some());
}

/// The same Word files opened in LibreOffice and saved again as DOCX (as a clerk with
/// LibreOffice does): LibreOffice rewrites every part (styles, tables, section
/// properties, runs), and the import still finds the same parts, and the audit no more
/// errors than in the original.
#[test]
fn files_saved_again_by_libreoffice_keep_their_parts() {
    let Some((_dir, dir)) = fixtures() else {
        return;
    };
    if !tool_available("soffice", "--version") {
        return;
    }
    let names = [
        "quy-che.docx",
        "cong-van.docx",
        "to-trinh.docx",
        "quyet-dinh.docx",
        "ke-hoach-du-thao.docx",
    ];
    let saved = dir.join("libreoffice");
    std::fs::create_dir_all(&saved).expect("dir");
    let profile = format!("file://{}", dir.join("lo-profile").display());
    let out = Command::new("soffice")
        .arg(format!("-env:UserInstallation={profile}"))
        .args([
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
        ])
        .arg(&saved)
        .args(names.iter().map(|n| dir.join(n)))
        .output()
        .expect("run soffice");
    assert!(out.status.success(), "soffice failed: {out:?}");
    let parts = |imp: &Imported| {
        let d = &imp.document;
        (
            d.kind,
            d.subject.clone(),
            d.addressees.clone(),
            d.bases.iter().map(|b| b.text.clone()).collect::<Vec<_>>(),
            d.enacting.clone(),
            d.marks.clone(),
            d.appendices
                .iter()
                .map(|a| (a.title.clone(), a.landscape))
                .collect::<Vec<_>>(),
            d.signature.clone(),
            outline(imp),
        )
    };
    for name in names {
        let original = import(&dir, name);
        let resaved = import(&saved, name);
        assert_eq!(
            parts(&resaved),
            parts(&original),
            "{name} saved by LibreOffice"
        );
        let before = errors(&audit(&dir, name));
        let after: Vec<String> = errors(&audit(&saved, name))
            .into_iter()
            .filter(|e| !before.contains(e))
            .collect();
        assert!(after.is_empty(), "{name} saved by LibreOffice: {after:#?}");
    }
}
