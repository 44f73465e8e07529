//! Shared test fixtures and helpers.
#![allow(dead_code)]

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use vanban::model::*;

/// A document that uses every feature of the model.
pub fn every_feature() -> Document {
    Document {
        kind: DocKind::KetLuan,
        rules: "dang-hd05-2026".into(),
        issuer: Issuer {
            upper: vec!["ĐẢNG BỘ TỈNH QUẢNG NINH".into()],
            name: "THÀNH ỦY HẠ LONG".into(),
            symbol: "TU".into(),
        },
        number: "7".into(),
        urgency: Some(Urgency::Khan),
        secrecy: None,
        place: "Hạ Long".into(),
        date: DocDate::ymd(2026, 6, 5),
        subject: vec![
            "của Ban Thường vụ Thành ủy".into(),
            "tại Hội nghị ngày 04/6/2026".into(),
        ],
        preamble: vec![Paragraph::plain(
            "Ngày 04/6/2026, Ban Thường vụ Thành ủy họp nghe báo cáo về công tác chuyển đổi số. Ban Thường vụ Thành ủy thống nhất kết luận như sau:",
        )],
        body: vec![
            Section::heading(NumberStyle::RomanDash, "ĐÁNH GIÁ CHUNG")
                .with(
                    Section::heading(NumberStyle::ArabicDot, "Kết quả đạt được").with(
                        Paragraph::plain("Công tác lãnh đạo được quan tâm, có nhiều chuyển biến tích cực.")
                            .with(0, 8, Style::Italic)
                            .note(63, "Theo Báo cáo số 112-BC/TU, ngày 02/6/2026."),
                    ),
                )
                .with(
                    Section::heading(NumberStyle::ArabicDot, "Hạn chế")
                        .with(Section::heading(NumberStyle::Nested, "Về tiến độ"))
                        .with(
                            Section::heading(NumberStyle::Nested, "Về nguồn lực").with(
                                Section::item(
                                    NumberStyle::Letter,
                                    Paragraph::plain("Kinh phí còn hạn chế;"),
                                ),
                            ),
                        ),
                )
                .into(),
            Section::heading(NumberStyle::RomanDash, "NHIỆM VỤ THỜI GIAN TỚI")
                .with(
                    Section::item(
                        NumberStyle::Paren,
                        Paragraph::plain("Về hạ tầng số: hoàn thành trục liên thông văn bản.")
                            .with(0, 14, Style::Bold),
                    )
                    .with(Section::item(
                        NumberStyle::Dash,
                        Paragraph::plain("Văn phòng Thành ủy chủ trì thực hiện.").with(
                            0,
                            18,
                            Style::Underline,
                        ),
                    )),
                )
                .with(Section::item(
                    NumberStyle::Paren,
                    Paragraph::plain("Về nhân lực: bồi dưỡng kỹ năng số cho cán bộ."),
                ))
                .into(),
        ],
        closing: vec![Paragraph::plain(
            "Ban Thường vụ Thành ủy yêu cầu các cơ quan, đơn vị tổ chức thực hiện nghiêm túc.",
        )],
        recipients: vec![
            Recipient::noted("Thường trực Tỉnh ủy", "để báo cáo"),
            Recipient::new("Các đồng chí Thành ủy viên"),
            Recipient::new("Các ban xây dựng Đảng Thành ủy"),
        ],
        archive: "VPTU".into(),
        signature: Signature {
            authority: Authority::OnBehalf,
            on_behalf_of: "BAN THƯỜNG VỤ".into(),
            title: "PHÓ BÍ THƯ".into(),
            name: "Nguyễn Văn Thành".into(),
            concurrent: String::new(),
        },
        conference: Some(Conference {
            name: "Hội nghị Ban Thường vụ Thành ủy".into(),
            date: Some(DocDate::ymd(2026, 6, 4)),
            place: "Trụ sở Thành ủy".into(),
            online: true,
            chair: "đồng chí Bí thư Thành ủy".into(),
            attendees: vec!["Ủy viên Ban Thường vụ Thành ủy".into()],
            reports: vec!["Báo cáo số 112-BC/TU".into()],
            ..Default::default()
        }),
        cosigners: Vec::new(),
        derived_from: None,
        theme: Vec::new(),
        addressees: Vec::new(), bases: Vec::new(), enacting: String::new(), marks: Marks::default(), appendices: Vec::new(),
    }
}

/// The parts of a DOCX (zip) by name.
pub fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    let mut f = zip.by_name(name).unwrap_or_else(|_| panic!("part {name}"));
    let mut s = String::new();
    f.read_to_string(&mut s).expect("utf-8 part");
    s
}

/// Texts of the `<w:t>` elements of a part, in order.
pub fn texts(xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find("<w:t") {
        rest = &rest[i + 4..];
        // <w:tbl>, <w:tc>… are not text elements.
        if !rest.starts_with('>') && !rest.starts_with(' ') {
            continue;
        }
        let Some(start) = rest.find('>') else { break };
        let Some(end) = rest.find("</w:t>") else {
            break;
        };
        out.push(unescape(&rest[start + 1..end]));
        rest = &rest[end..];
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Whether an external tool exists; in CI (CI=true) a missing tool fails the test.
/// `version_arg` is the tool's harmless "print your version" flag.
pub fn tool_available(name: &str, version_arg: &str) -> bool {
    let found = Command::new(name)
        .arg(version_arg)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !found {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{name} is required in CI but was not found");
        }
        eprintln!("SKIPPED: {name} not installed");
    }
    found
}

pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")
}

/// Converts all `docx` files to PDF in one LibreOffice run.
pub fn soffice_pdfs(docx: &[PathBuf], dir: &Path) -> Vec<PathBuf> {
    let profile = format!("file://{}", dir.join("lo-profile").display());
    let out = Command::new("soffice")
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .args(docx)
        .output()
        .expect("run soffice");
    assert!(out.status.success(), "soffice failed: {out:?}");
    docx.iter()
        .map(|d| {
            let pdf = d.with_extension("pdf");
            assert!(pdf.exists(), "LibreOffice wrote no {pdf:?}: {out:?}");
            pdf
        })
        .collect()
}

/// A zip of these entries, deflated at the fast level (the bombs built with it are mostly
/// one repeated byte).
pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    for (name, data) in entries {
        w.start_file(*name, opts).expect("entry");
        w.write_all(data).expect("write");
    }
    w.finish().expect("zip").into_inner()
}

/// A DOCX with one part rewritten by `f`.
pub fn patch(docx: &[u8], part: &str, f: impl Fn(String) -> String) -> Vec<u8> {
    let mut input = zip::ZipArchive::new(Cursor::new(docx)).expect("zip");
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..input.len() {
        let mut e = input.by_index(i).expect("entry");
        let name = e.name().to_owned();
        let mut s = Vec::new();
        e.read_to_end(&mut s).expect("read");
        if name == part {
            s = f(String::from_utf8(s).expect("utf8")).into_bytes();
        }
        entries.push((name, s));
    }
    let borrowed: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    zip_of(&borrowed)
}

/// Runs the command line in `dir`.
pub fn vanban(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run vanban")
}

pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A refusal of bad input: exit code 2, the reason in the message, no panic.
pub fn assert_bad_input(o: &std::process::Output, expect: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "exit code 2; stderr: {err}");
    assert!(err.contains(expect), "{expect:?} in {err:?}");
    assert!(!err.contains("panicked"), "no panic: {err}");
}

/// Whether python3 can import `module`; in CI (CI=true) a missing one fails, elsewhere
/// the test says it skipped.
pub fn python_has(module: &str) -> bool {
    let found = tool_available("python3", "--version")
        && Command::new("python3")
            .args(["-c", &format!("import {module}")])
            .status()
            .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var("CI").map_or(true, |v| v != "true"),
            "python3 {module} is required in CI"
        );
        eprintln!("SKIPPED: python3 {module} not installed");
    }
    found
}

/// A công văn with every part a letter can have: several addressees, its subject under
/// the number, draft, circulation and copy marks, the media mark, two appendices (the
/// second landscape), a "kiêm" signature.
pub fn every_part_letter() -> Document {
    let mut doc = every_feature();
    doc.kind = DocKind::CongVan;
    doc.number = "686".into();
    doc.subject = vec![
        "về việc chuẩn bị hội nghị trực tuyến".into(),
        "quán triệt Nghị quyết Đại hội Đảng bộ tỉnh".into(),
    ];
    doc.addressees = vec![
        "Các đảng uỷ trực thuộc Tỉnh uỷ".into(),
        "Các ban, cơ quan tham mưu, giúp việc Tỉnh uỷ".into(),
    ];
    doc.preamble.clear();
    doc.marks = Marks {
        draft: Some(2),
        circulation: vec!["Lưu hành nội bộ".into()],
        not_for_media: true,
        drafter: "NVH".into(),
        copies: Some(25),
    };
    doc.recipients.insert(0, Recipient::new("Như trên"));
    doc.signature = Signature {
        authority: Authority::None,
        on_behalf_of: String::new(),
        title: "PHÓ BÍ THƯ".into(),
        name: "Lê Văn Minh".into(),
        concurrent: "TRƯỞNG BAN CHỈ ĐẠO".into(),
    };
    doc.appendices = vec![
        Appendix {
            title: vec!["Danh sách điểm cầu".into()],
            landscape: false,
            body: vec![Section::item(
                NumberStyle::ArabicDot,
                Paragraph::plain("Hội trường Tỉnh uỷ.").note(18, "Điểm cầu chính."),
            )
            .into()],
        },
        Appendix {
            title: vec!["Phân công chuẩn bị".into(), "hội nghị trực tuyến".into()],
            landscape: true,
            body: vec![Paragraph::plain("Văn phòng Tỉnh uỷ chủ trì chuẩn bị đường truyền.").into()],
        },
    ];
    doc
}

/// A QUYẾT ĐỊNH with legal bases, the enacting line and three articles.
pub fn every_part_decision() -> Document {
    let mut doc = every_feature();
    doc.kind = DocKind::QuyetDinh;
    doc.subject = vec!["về việc ban hành Quy chế làm việc".into()];
    doc.bases = vec![
        Paragraph::plain("Căn cứ Điều lệ Đảng"),
        Paragraph::plain("Căn cứ Quy định số 399-QĐ/TW, ngày 09/01/2026 của Ban Bí thư"),
        Paragraph::plain("Xét đề nghị của Văn phòng Tỉnh uỷ"),
    ];
    doc.enacting = "BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH".into();
    doc.preamble.clear();
    doc.body = (1..=3)
        .map(|i| {
            Section::item(
                NumberStyle::Article,
                Paragraph::plain(format!("Nội dung điều {i} của quyết định.")),
            )
            .into()
        })
        .collect();
    doc
}

/// A congress's political report: its theme in place of the type name, the subject in
/// brackets under it, the congress's symbol "ĐH".
pub fn congress_report() -> Document {
    let mut doc = every_feature();
    doc.kind = DocKind::BaoCao;
    doc.issuer.symbol = "ĐH".into();
    doc.theme = vec![
        "Đoàn kết, dân chủ, kỷ cương, đổi mới".into(),
        "Phát triển nhanh và bền vững".into(),
    ];
    doc.subject = vec![
        "Báo cáo của Ban Chấp hành Đảng bộ phường khoá I".into(),
        "trình Đại hội đại biểu Đảng bộ phường lần thứ II".into(),
    ];
    doc
}

/// `../shared/ooxml/validate.py`, when python3 and lxml can run it (CI=true: they must).
pub fn schema_validator() -> Option<PathBuf> {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    if !tool_available("python3", "--version") {
        assert!(!ci, "python3 is required in CI");
        eprintln!("SKIPPED: python3 not installed");
        return None;
    }
    let has_lxml = Command::new("python3")
        .args(["-c", "import lxml"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_lxml {
        assert!(!ci, "python3 lxml is required in CI");
        eprintln!("SKIPPED: python3 lxml not installed");
        return None;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/ooxml/validate.py");
    if !script.exists() {
        assert!(!ci, "{} is required in CI", script.display());
        eprintln!("SKIPPED: {} not found", script.display());
        return None;
    }
    Some(script)
}

/// Runs the validator over `files` and fails on any violation, with its report.
pub fn assert_schema_valid(script: &Path, files: &[PathBuf]) {
    let out = Command::new("python3")
        .arg(script)
        .arg("--no-warnings")
        .args(files)
        .output()
        .expect("run validate.py");
    let report = String::from_utf8_lossy(&out.stdout);
    let last = report.lines().last().unwrap_or("");
    assert_eq!(
        last,
        "0 violations",
        "validate.py found violations:\n{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{report}");
}

/// A fake CUPS `lp`: keeps its arguments (`args`), the path of the file it is given
/// (`file`), that file's first 5 bytes (`magic`) and a copy of it (`printed.pdf`) next to
/// itself; fails like CUPS without a default printer when `fail` exists there.
#[cfg(unix)]
const FAKE_LP: &str = r#"#!/bin/sh
here=$(dirname "$0")
for a in "$@"; do printf '%s\n' "$a"; done > "$here/args"
for last in "$@"; do :; done
head -c 5 "$last" > "$here/magic"
printf '%s\n' "$last" > "$here/file"
cp "$last" "$here/printed.pdf"
if [ -e "$here/fail" ]; then
  echo "lp: Error - No default destination." >&2
  exit 1
fi
echo "request id is PDF-42 (1 file(s))"
"#;

/// Puts the fake `lp` first on this process's PATH; its folder, where it leaves what it
/// got, and the PATH before, to put back. Only for a test binary of one test: PATH is the
/// whole process's.
#[cfg(unix)]
pub fn fake_lp_first_on_path() -> (tempfile::TempDir, std::ffi::OsString) {
    use std::os::unix::fs::PermissionsExt;
    let bin = tempfile::tempdir().expect("temp dir");
    let lp = bin.path().join("lp");
    std::fs::write(&lp, FAKE_LP).expect("write fake lp");
    std::fs::set_permissions(&lp, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let old_path = std::env::var_os("PATH").unwrap_or_default();
    let mut path = std::ffi::OsString::from(bin.path());
    path.push(":");
    path.push(&old_path);
    // set_var is a safe call in edition 2021; the callers are the only test in their
    // binary, so no other thread reads the environment meanwhile.
    std::env::set_var("PATH", &path);
    (bin, old_path)
}
