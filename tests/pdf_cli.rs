//! `vanban export` to PDF: the output's extension chooses the format, --format overrides
//! it, anything else is refused in Vietnamese (exit code 2) with nothing written, and every
//! bundled template becomes a PDF/A-2b that poppler reads back.

mod common;

use common::{assert_bad_input, stderr, tool_available, vanban};
use std::fs;
use std::path::Path;
use std::process::Command;
use vanban::export::{self, PdfOptions};
use vanban::rules::RuleSet;
use vanban::{store, templates};

fn folder_with_draft() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let o = vanban(&["new", "-t", "nghi-quyet", "-o", "nq.ron"], dir.path());
    assert!(o.status.success(), "new: {}", stderr(&o));
    dir
}

fn assert_ok(d: &Path, args: &[&str]) {
    let o = vanban(args, d);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
}

fn magic(path: &Path) -> Vec<u8> {
    fs::read(path).expect("written")[..5].to_vec()
}

/// The text of a PDF on one line (the layout breaks long lines where it likes).
fn text_of(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(out.status.success(), "pdftotext: {out:?}");
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_extension_chooses_the_format() {
    let dir = folder_with_draft();
    let d = dir.path();
    assert_ok(d, &["export", "nq.ron", "-o", "nq.pdf"]);
    assert_eq!(magic(&d.join("nq.pdf")), b"%PDF-");
    assert_ok(d, &["export", "nq.ron", "-o", "NQ.PDF"]);
    assert_eq!(magic(&d.join("NQ.PDF")), b"%PDF-");
    assert_ok(d, &["export", "nq.ron", "-o", "nq.docx"]);
    assert_eq!(&magic(&d.join("nq.docx"))[..2], b"PK");
    if tool_available("pdftotext", "-v") {
        let doc = store::load(&d.join("nq.ron")).expect("draft");
        // The subject's last line, which the rule sets print as typed (the first ones may
        // be set in capitals).
        let subject = doc.subject.last().expect("a subject").trim();
        assert!(!subject.is_empty());
        let text = text_of(&d.join("nq.pdf"));
        assert!(text.contains(subject), "{subject:?} in {text:?}");
        assert!(text.contains("NGHỊ QUYẾT"), "{text}");
    }
}

#[test]
fn format_overrides_the_extension() {
    let dir = folder_with_draft();
    let d = dir.path();
    assert_ok(
        d,
        &["export", "nq.ron", "-o", "bản in.docx", "--format", "pdf"],
    );
    assert_eq!(magic(&d.join("bản in.docx")), b"%PDF-");
    assert_ok(
        d,
        &["export", "nq.ron", "-o", "word.pdf", "--format", "docx"],
    );
    assert_eq!(&magic(&d.join("word.pdf"))[..2], b"PK");
    // No -o: the draft's name with the format's extension.
    assert_ok(d, &["export", "nq.ron", "--format", "pdf"]);
    assert_eq!(magic(&d.join("nq.pdf")), b"%PDF-");
}

#[test]
fn other_extensions_are_refused_in_vietnamese() {
    let dir = folder_with_draft();
    let d = dir.path();
    let before = fs::read_dir(d).expect("list").count();
    for out in ["nq.txt", "nq.odt", "nq"] {
        let o = vanban(&["export", "nq.ron", "-o", out], d);
        assert_bad_input(&o, "chỉ xuất được tệp Word (.docx) hoặc PDF (.pdf)");
    }
    assert_bad_input(
        &vanban(&["export", "nq.ron", "-o", "nq.docx", "--pdfa"], d),
        "--pdfa chỉ dùng khi xuất PDF",
    );
    assert_bad_input(
        &vanban(&["export", "nq.ron", "-o", "nq.pdf", "--format", "odt"], d),
        "“odt”",
    );
    assert_eq!(
        fs::read_dir(d).expect("list").count(),
        before,
        "nothing written"
    );
    // The draft itself is still "that is your draft", whatever its extension.
    assert_bad_input(
        &vanban(&["export", "nq.ron", "-o", "nq.ron", "--format", "pdf"], d),
        "chính là tệp nguồn",
    );
}

#[test]
fn pdfa_is_declared() {
    if !tool_available("pdfinfo", "-v") {
        return;
    }
    let dir = folder_with_draft();
    let d = dir.path();
    assert_ok(d, &["export", "nq.ron", "-o", "nq.pdf", "--pdfa"]);
    let out = Command::new("pdfinfo")
        .arg("-meta")
        .arg(d.join("nq.pdf"))
        .output()
        .expect("pdfinfo");
    let meta = String::from_utf8_lossy(&out.stdout);
    assert!(meta.contains("<pdfaid:part>2</pdfaid:part>"), "{meta}");
    assert!(
        meta.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "{meta}"
    );
}

/// The characters of a text, spaces left out, sorted: what a page holds whatever order
/// and word breaks a reader takes it in.
fn letters(text: &str) -> Vec<char> {
    let mut c: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    c.sort_unstable();
    c
}

/// Every template, under its own rule set, passes krilla's PDF/A-2b validation (every
/// character in the font), has the engine's pages, and gives back, page by page, exactly
/// the characters the engine laid out (what the preview shows is what the PDF holds).
#[test]
fn every_template_is_a_valid_pdfa() {
    let check = tool_available("pdftotext", "-v");
    let dir = tempfile::tempdir().expect("temp dir");
    let options = PdfOptions {
        pdfa: true,
        pages: None,
    };
    for t in templates::all() {
        let doc = t.new_draft(templates::today()).expect("draft");
        let rules = RuleSet::resolve_id(&doc.rules).expect("rules");
        let pages = vanban::page::layout(&doc, &rules);
        let bytes = export::pdf(&pages, &options).unwrap_or_else(|e| panic!("{}: {e}", t.id));
        if check {
            let path = dir.path().join(format!("{}.pdf", t.id));
            fs::write(&path, bytes).expect("write");
            let text = text_of(&path);
            let name = doc.kind.printed_name();
            assert!(text.contains(name), "{}: {name:?} in {text:?}", t.id);
            for i in 0..pages.pages.len() {
                let n = (i + 1).to_string();
                // -raw: in the default mode pdftotext joins a line ending in "-" (the
                // rule under a title, "-----") to the next and drops the hyphen.
                let out = Command::new("pdftotext")
                    .args(["-enc", "UTF-8", "-raw", "-f", &n, "-l", &n])
                    .arg(&path)
                    .arg("-")
                    .output()
                    .expect("pdftotext");
                let read = String::from_utf8(out.stdout).expect("utf-8");
                let laid = pages.page_text(i).join(" ");
                let (read, laid) = (letters(&read), letters(&laid));
                if read != laid {
                    let only = |a: &[char], b: &[char]| -> String {
                        let mut b = b.to_vec();
                        a.iter()
                            .filter(|c| match b.iter().position(|x| x == *c) {
                                Some(i) => {
                                    b.remove(i);
                                    false
                                }
                                None => true,
                            })
                            .collect()
                    };
                    panic!(
                        "{} page {n}: only in the PDF {:?}, only in the layout {:?}",
                        t.id,
                        only(&read, &laid),
                        only(&laid, &read)
                    );
                }
            }
            let past = (pages.pages.len() + 1).to_string();
            let out = Command::new("pdftotext")
                .args(["-f", &past, "-l", &past])
                .arg(&path)
                .arg("-")
                .output()
                .expect("pdftotext");
            assert!(
                out.stdout.iter().all(u8::is_ascii_whitespace),
                "{}: no page past the engine's",
                t.id
            );
        }
    }
}
