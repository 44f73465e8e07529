//! Bad input: a clear Vietnamese message (Error::Import), bounded time and memory, no
//! panic, nothing written — for the library and for `vanban import` (exit code 2).

mod common;

use common::zip_of;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use vanban::error::Error;
use vanban::import::{import_bytes, import_path, Encoding, Options};

fn reason(bytes: &[u8]) -> String {
    match import_bytes(bytes, "x", &Options::default()) {
        Err(Error::Import { reason, .. }) => reason,
        Err(e) => panic!("not an import error: {e}"),
        Ok(_) => panic!("accepted bad input"),
    }
}

#[test]
fn empty_and_blank_files() {
    assert!(reason(b"").contains("rỗng"));
    assert!(reason(b"  \n\r\n\t ").contains("rỗng"));
}

#[test]
fn binary_and_foreign_formats() {
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    assert!(reason(&garbage).contains("không phải văn bản"));
    assert!(reason(b"%PDF-1.7\n%\xe2\xe3").contains("PDF"));
    assert!(reason(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).contains(".doc"));
    assert!(reason(b"{\\rtf1\\ansi hello}").contains("RTF"));
}

#[test]
fn broken_and_foreign_zips() {
    assert!(reason(b"PK\x03\x04 this is not really a zip").contains("hỏng"));
    let no_document = zip_of(&[("hello.txt", b"hi")]);
    assert!(reason(&no_document).contains("không phải tệp Word"));
    let odt = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", b"<x/>"),
    ]);
    assert!(reason(&odt).contains(".odt"));
    let bad_xml = zip_of(&[(
        "word/document.xml",
        b"<w:document><w:body><w:p><w:r><w:t>x</w:p>",
    )]);
    assert!(reason(&bad_xml).contains("hỏng"));
}

#[test]
fn zip_bombs_are_bounded() {
    // tests/fixtures/import/bomb.docx: 60 MB of spaces deflated to about 60 KB.
    let bomb = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/bomb.docx"),
    )
    .expect("bomb fixture");
    assert!(bomb.len() < 200 * 1024);
    let start = Instant::now();
    assert!(reason(&bomb).contains("quá lớn"));
    assert!(start.elapsed() < Duration::from_secs(5), "bounded time");
    // Thousands of entries.
    let names: Vec<String> = (0..6000).map(|i| format!("f{i}.xml")).collect();
    let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    assert!(reason(&zip_of(&entries)).contains("quá nhiều"));
}

#[test]
fn a_50_mb_text_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("lon.txt");
    let f = std::fs::File::create(&path).expect("create");
    f.set_len(50 * 1024 * 1024).expect("sparse file");
    let start = Instant::now();
    let err = import_path(&path, &Options::default()).expect_err("too large");
    assert!(err.to_string().contains("quá lớn"), "{err}");
    assert!(start.elapsed() < Duration::from_secs(2));
    // Just under the text limit but still large: refused as text, quickly.
    let err = import_bytes(&vec![b'a'; 11 * 1024 * 1024], "x.txt", &Options::default())
        .expect_err("too large");
    assert!(err.to_string().contains("quá lớn"));
}

#[test]
fn mixed_encodings_are_converted_line_by_line() {
    let mut bytes = "KẾT LUẬN\ncủa Ban Thường vụ Thành ủy\n\nNgày 12/4/2019, Ban Thường vụ họp.\n"
        .as_bytes()
        .to_vec();
    // TCVN3 bytes for "1. Các cấp ủy chủ động xây dựng phương án."
    bytes.extend(b"1. C\xb8c c\xcap \xf1y ch\xf1 \xae\xe9ng x\xa9y d\xf9ng ph\xad\xacng \xb8n.\n");
    let imp = import_bytes(&bytes, "tron.txt", &Options::default()).expect("imports");
    let mut titles = Vec::new();
    vanban::model::body::visit_sections(&imp.document.body, &mut |s, _, _| {
        titles.push(s.title.text.clone())
    });
    assert_eq!(titles.len(), 1);
    assert!(
        titles[0].starts_with("Các cấp ủy chủ động xây dựng"),
        "{}",
        titles[0]
    );
    assert!(
        imp.warnings
            .iter()
            .any(|w| w.message.contains("trộn bảng mã")),
        "{:?}",
        imp.warnings
    );
    assert_eq!(imp.detected_encoding, Some(Encoding::Tcvn3));
}

#[test]
fn utf16_with_and_without_bom() {
    let text = "KẾT LUẬN\ncủa Ban Thường vụ\n\n1. Nội dung.\n";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
    let bare: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    for bytes in [le, be, bare] {
        let d = import_bytes(&bytes, "u16.txt", &Options::default())
            .expect("utf-16")
            .document;
        assert_eq!(d.kind, vanban::model::DocKind::KetLuan);
        assert_eq!(d.subject, ["của Ban Thường vụ"]);
    }
}

fn vanban() -> Command {
    Command::new(env!("CARGO_BIN_EXE_vanban"))
}

fn seed_000() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    std::fs::read_dir(dir)
        .expect("seeds")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("000_"))
        })
        .expect("seed 000")
}

#[test]
fn cli_imports_warns_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("kl.ron");
    let run = vanban()
        .arg("import")
        .arg(seed_000())
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("ngắt trang"),
        "warnings on stderr: {stderr}"
    );
    let doc = vanban::store::load(&out).expect("a valid draft");
    assert_eq!(doc.signature.name, "Vũ Thị Mai Anh");

    let before = std::fs::read(&out).expect("draft");
    let again = vanban()
        .arg("import")
        .arg(seed_000())
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    assert_eq!(
        std::fs::read(&out).expect("draft"),
        before,
        "not overwritten"
    );
    let forced = vanban()
        .args(["import", "--force", "--encoding", "utf8"])
        .arg(seed_000())
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    assert!(forced.status.success());
}

#[test]
fn cli_bad_input_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("x.ron");
    for (name, bytes) in [
        ("rong.txt", b"".to_vec()),
        ("hong.docx", b"PK\x03\x04garbage".to_vec()),
        ("rac.bin", vec![0u8, 1, 2, 3, 0, 0, 0, 255, 254, 0, 7, 0]),
    ] {
        let input = dir.path().join(name);
        std::fs::write(&input, bytes).expect("write");
        let run = vanban()
            .arg("import")
            .arg(&input)
            .arg("-o")
            .arg(&out)
            .output()
            .expect("runs");
        assert_eq!(run.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(
            stderr.starts_with("Lỗi: Không nhập được tệp"),
            "{name}: {stderr}"
        );
        assert!(!out.exists(), "{name}: nothing written");
    }
    let missing = vanban()
        .args(["import", "khong-co.txt", "-o"])
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(missing.status.code(), Some(2));
}
