//! Import of careless input (issue 11): a text file in Windows-1258 is decoded, or the
//! clerk is told the encoding is unknown; a password-protected Word file is called that,
//! not "an old .doc". Messages in Vietnamese.

use std::process::Command;
use vanban::error::Error;
use vanban::import::{import_bytes, Imported, Options};

fn import(bytes: &[u8]) -> Imported {
    import_bytes(bytes, "x.txt", &Options::default()).expect("imported")
}

/// Every string of the imported draft (Debug escapes combining marks as "\u{…}").
fn all_text(imported: &Imported) -> String {
    format!("{:?}", imported.document)
}

/// "Nghị quyết …" as Windows-1258 writes it: base letters (with â ê ô ă ơ ư where the
/// code page has them) followed by a combining tone mark byte.
const CP1258_RESOLUTION: &[u8] = b"NGHI\xF2 QUY\xCA\xECT\n\n\
V\xEA\xCC c\xF4ng t\xE1c x\xE2y d\xFD\xF2ng \xD0a\xD2ng n\xE3m 2027\n\n\
Ban Ch\xE2\xECp ha\xCCnh \xD0a\xD2ng b\xF4\xF2 tha\xCCnh ph\xF4\xEC quy\xEA\xECt nghi\xF2 th\xFD\xF2c hi\xEA\xF2n ca\xE1c nhi\xEA\xF2m vu\xF2.\n";

#[test]
fn windows_1258_text_is_decoded_with_a_warning() {
    let imported = import(CP1258_RESOLUTION);
    let text = all_text(&imported);
    assert!(
        text.contains("Ban Chấp hành Đảng bộ thành phố quyết nghị thực hiện"),
        "{text}"
    );
    assert!(!text.contains("\\u{3"), "not NFC: {text}");
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message.contains("Windows-1258")),
        "{:?}",
        imported.warnings
    );
}

#[test]
fn an_unknown_8_bit_encoding_is_said_so() {
    // Latin-1 French: not UTF-8, not TCVN3, VNI or Windows-1258.
    let imported = import(b"Compte rendu de la r\xE9union\n\nLe caf\xE9 est servi \xE0 midi.\n");
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message.contains("không nhận ra bảng mã")),
        "{:?}",
        imported.warnings
    );
    // UTF-8 text gets no such warning.
    let plain = import("Kết luận của Ban Thường vụ\n\nNội dung.\n".as_bytes());
    assert!(!plain.warnings.iter().any(|w| w.message.contains("bảng mã")));
}

/// What Word writes for a .docx with a password: an OLE compound file holding the
/// streams EncryptionInfo and EncryptedPackage (their names in UTF-16 in a directory
/// sector). Only what identifies it is built.
fn encrypted_docx() -> Vec<u8> {
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(512, 0);
    for name in ["EncryptionInfo", "EncryptedPackage"] {
        let mut entry: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
        entry.resize(128, 0);
        bytes.extend_from_slice(&entry);
    }
    bytes.resize(4096, 0);
    bytes
}

#[test]
fn a_password_protected_docx_is_called_that() {
    let reason = match import_bytes(&encrypted_docx(), "kl.docx", &Options::default()) {
        Err(Error::Import { reason, .. }) => reason,
        Err(e) => panic!("not an import error: {e}"),
        Ok(_) => panic!("accepted an encrypted file"),
    };
    assert!(reason.contains("mật khẩu"), "{reason}");
    assert!(!reason.contains(".doc)"), "{reason}");

    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("kl.docx"), encrypted_docx()).expect("write");
    let o = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(["import", "kl.docx", "-o", "kl.ron"])
        .current_dir(dir.path())
        .output()
        .expect("run vanban");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("mật khẩu"), "{err}");
    assert!(!dir.path().join("kl.ron").exists());
}
