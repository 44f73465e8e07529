//! `vanban check` on hostile and careless input (issue 11): the report of a draft with
//! thousands of the same mistake is cut per rule, a Word file is read within the same
//! bounds as by the importer, malformed XML and an unknown rule set are refusals (exit 2,
//! in Vietnamese). Inputs are built here, small enough to run in moments: each shows the
//! bound being reached, not the time it takes.

mod check_common;
mod common;

use check_common::clean;
use common::{patch, zip_of};
use std::io::Cursor;
use std::path::Path;
use std::process::{Command, Output};
use vanban::check::MAX_LISTED_PER_RULE;
use vanban::import::parts::{MAX_ENTRIES, MAX_PART_BYTES, MAX_XML_DEPTH};
use vanban::model::{Block, NumberStyle, Paragraph, Section};
use vanban::rules::RuleSet;
use vanban::{export, store, templates};
use zip::write::SimpleFileOptions;

fn vanban(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .args(["--today", "2026-12-10"])
        .current_dir(dir)
        .output()
        .expect("run vanban")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A good DOCX of the sample draft.
fn good_docx() -> Vec<u8> {
    let doc = templates::sample().expect("sample");
    let rules = RuleSet::by_id(&doc.rules).expect("rules");
    export::docx(&doc, rules).expect("export")
}

/// Checks `bytes` written as `name` in a temp dir.
fn check_file(name: &str, bytes: &[u8], extra: &[&str]) -> Output {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join(name), bytes).expect("write input");
    let mut args = vec!["check", name];
    args.extend_from_slice(extra);
    vanban(&args, dir.path())
}

/// Exit 2 and a Vietnamese refusal on stderr containing `words`.
fn assert_refused(o: &Output, words: &str) {
    let err = stderr(o);
    assert_eq!(
        o.status.code(),
        Some(2),
        "stdout: {}\nstderr: {err}",
        stdout(o)
    );
    assert!(err.starts_with("Lỗi: "), "{err}");
    assert!(err.contains(words), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn thousands_of_one_mistake_are_listed_once_per_rule_then_counted() {
    // Empty numbered sections, each a finding of the same rule.
    let mut doc = clean();
    let sections = 3 * MAX_LISTED_PER_RULE;
    doc.body = (0..sections)
        .map(|_| Block::Section(Section::heading(NumberStyle::ArabicDot, "")))
        .collect();
    // One paragraph of citations with the type and symbol mismatched.
    let citations = "Nghị quyết số 11-KL/TU, ngày 09/3/2018. ".repeat(3 * MAX_LISTED_PER_RULE);
    doc.body.push(Block::Para(Paragraph::plain(citations)));
    let dir = tempfile::tempdir().expect("temp dir");
    store::save(&dir.path().join("nhieu.ron"), &doc).expect("save");

    let o = vanban(&["check", "nhieu.ron"], dir.path());
    let text = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{text}");
    let listed = text.matches("[citation.symbol-kind]").count();
    assert_eq!(listed, MAX_LISTED_PER_RULE + 1, "{text}");
    let more = 2 * MAX_LISTED_PER_RULE;
    assert!(text.contains(&format!("… và {more} chỗ khác")), "{text}");
    // Every rule is cut the same way.
    for line in text.lines().filter(|l| l.contains(" — ")) {
        let id = line.rsplit('[').next().unwrap_or_default();
        let n = text.matches(&format!("[{id}")).count();
        assert!(n <= MAX_LISTED_PER_RULE + 1, "{id}: {n}");
    }
    // The count still covers every finding.
    let errors: usize = text
        .split("Kết quả: ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(errors >= 3 * MAX_LISTED_PER_RULE, "{text}");

    let o = vanban(&["check", "nhieu.ron", "--format", "json"], dir.path());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let findings = v["findings"].as_array().expect("findings");
    let kind: Vec<&serde_json::Value> = findings
        .iter()
        .filter(|f| f["id"] == "citation.symbol-kind")
        .collect();
    assert_eq!(kind.len(), MAX_LISTED_PER_RULE + 1);
    assert_eq!(kind[MAX_LISTED_PER_RULE]["more"], more);
}

#[test]
fn a_zip_bomb_stops_at_the_part_cap() {
    // One part decompressing just past the cap: a few tens of KB on disk.
    let mut xml = b"<w:document><w:body>".to_vec();
    xml.resize(MAX_PART_BYTES as usize + 1024, b' ');
    xml.extend_from_slice(b"</w:body></w:document>");
    let bomb = zip_of(&[("word/document.xml", &xml)]);
    drop(xml);
    assert!(bomb.len() < 1024 * 1024, "{}", bomb.len());
    assert_refused(&check_file("bom.docx", &bomb, &[]), "quá lớn");
}

#[test]
fn too_many_entries_are_refused() {
    let good = good_docx();
    let mut zip = zip::ZipArchive::new(Cursor::new(&good[..])).expect("zip");
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        w.raw_copy_file(zip.by_index(i).expect("entry"))
            .expect("copy");
    }
    for i in 0..MAX_ENTRIES {
        w.start_file(format!("media/x{i}"), SimpleFileOptions::default())
            .expect("entry");
    }
    let many = w.finish().expect("zip").into_inner();
    assert_refused(&check_file("nhieu.docx", &many, &[]), "quá nhiều phần");
}

#[test]
fn malformed_xml_is_an_error_naming_the_part() {
    let good = good_docx();
    // Cut the body short in the middle of a paragraph.
    let broken = patch(&good, "word/document.xml", |x| {
        let cut = x.find("</w:p>").expect("a paragraph");
        format!("{}</w:body></w:document>", &x[..cut])
    });
    let o = check_file("hong.docx", &broken, &[]);
    assert_refused(&o, "word/document.xml");
    assert!(stderr(&o).contains("bị hỏng"), "{}", stderr(&o));

    let broken_styles = patch(&good, "word/styles.xml", |x| {
        x.replacen("</w:style>", "</w:stile>", 1)
    });
    assert_refused(
        &check_file("hong.docx", &broken_styles, &[]),
        "word/styles.xml",
    );
}

#[test]
fn deep_xml_is_refused() {
    let depth = MAX_XML_DEPTH + 10;
    let xml = format!(
        "<w:document><w:body>{}{}</w:body></w:document>",
        "<w:sdt>".repeat(depth),
        "</w:sdt>".repeat(depth)
    );
    let deep = zip_of(&[("word/document.xml", xml.as_bytes())]);
    assert_refused(&check_file("sau.docx", &deep, &[]), "lồng quá sâu");
}

#[test]
fn an_unknown_rule_set_is_refused_as_export_refuses_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let mut doc = clean();
    doc.rules = "khong-co-bo-nay".into();
    store::save(&d.join("kl.ron"), &doc).expect("save");

    let export = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(["export", "kl.ron", "-o", "kl.docx"])
        .current_dir(d)
        .output()
        .expect("run vanban");
    assert_eq!(export.status.code(), Some(2));
    let check = vanban(&["check", "kl.ron"], d);
    assert_refused(&check, "khong-co-bo-nay");
    assert_eq!(stderr(&check), stderr(&export));

    // Named on the command line, for a draft and for a Word file.
    assert_refused(
        &vanban(&["check", "kl.ron", "--rules", "khong-co"], d),
        "khong-co",
    );
    std::fs::write(d.join("kl.docx"), good_docx()).expect("write");
    assert_refused(
        &vanban(&["check", "kl.docx", "--rules", "khong-co"], d),
        "khong-co",
    );
}

#[test]
fn an_encrypted_word_file_is_called_password_protected() {
    let encrypted = encrypted_docx();
    let o = check_file("mat-khau.docx", &encrypted, &[]);
    assert_refused(&o, "mật khẩu");
    assert!(!stderr(&o).contains(".doc)"), "{}", stderr(&o));
}

/// What Word writes for a .docx with a password: an OLE compound file (not a zip) with
/// the streams EncryptionInfo and EncryptedPackage. Only what identifies it is built:
/// the OLE signature and the stream names in a directory sector (UTF-16).
pub fn encrypted_docx() -> Vec<u8> {
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(512, 0);
    for name in ["EncryptionInfo", "EncryptedPackage", "\u{6}DataSpaces"] {
        let mut entry: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
        entry.resize(128, 0);
        bytes.extend_from_slice(&entry);
    }
    bytes.resize(4096, 0);
    bytes
}
