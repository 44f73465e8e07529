//! The command line as a clerk's script would use it: exit codes, messages, files untouched.

mod common;

use common::{assert_bad_input, stderr, vanban};
use std::fs;

use std::process::Command;

#[test]
fn new_then_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let list = vanban(&["templates"], d);
    assert!(list.status.success());
    let list = String::from_utf8_lossy(&list.stdout);
    for id in [
        "ket-luan-hoi-nghi",
        "ket-luan-ban-thuong-vu",
        "nghi-quyet",
        "thong-bao-ket-luan",
    ] {
        assert!(list.contains(id), "{id} listed");
    }

    let o = vanban(&["new", "--template", "nghi-quyet", "-o", "nq.ron"], d);
    assert!(o.status.success(), "{}", stderr(&o));
    let draft = fs::read_to_string(d.join("nq.ron")).expect("draft written");
    assert!(draft.contains("NghiQuyet"));

    // An existing draft is never overwritten by `new` without --force.
    let o = vanban(
        &["new", "--template", "ket-luan-hoi-nghi", "-o", "nq.ron"],
        d,
    );
    assert_bad_input(&o, "đã tồn tại");
    assert_eq!(fs::read_to_string(d.join("nq.ron")).expect("draft"), draft);

    for rules in ["dang-hd05-2026", "dang-hd36-2018", "nha-nuoc-nd30-2020"] {
        let out = format!("Nghị quyết {rules}.docx");
        let o = vanban(&["export", "nq.ron", "-o", &out, "--rules", rules], d);
        assert!(o.status.success(), "{}", stderr(&o));
        let bytes = fs::read(d.join(&out)).expect("docx written");
        assert_eq!(&bytes[..2], b"PK", "a zip");
    }
    // Without -o: beside the draft.
    let o = vanban(&["export", "nq.ron"], d);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(d.join("nq.docx").exists());
}

#[test]
fn bad_drafts_fail_cleanly_and_leave_the_output_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    assert!(
        vanban(&["new", "-t", "ket-luan-ban-thuong-vu", "-o", "kl.ron"], d)
            .status
            .success()
    );
    let good = fs::read_to_string(d.join("kl.ron")).expect("draft");
    fs::write(d.join("out.docx"), b"OLD").expect("old output");

    let third: String = good.chars().take(good.chars().count() / 3).collect();
    fs::write(d.join("cut.ron"), third).expect("write");
    assert_bad_input(&vanban(&["export", "cut.ron", "-o", "out.docx"], d), "dòng");

    let newer = good.replacen("format_version: 1", "format_version: 7", 1);
    fs::write(d.join("newer.ron"), newer).expect("write");
    assert_bad_input(
        &vanban(&["export", "newer.ron", "-o", "out.docx"], d),
        "phiên bản vanban mới hơn",
    );

    let wrong = good.replacen("kind: KetLuan", "kind: 42", 1);
    fs::write(d.join("wrong.ron"), wrong).expect("write");
    assert_bad_input(
        &vanban(&["export", "wrong.ron", "-o", "out.docx"], d),
        "cột",
    );

    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    fs::write(d.join("garbage.ron"), garbage).expect("write");
    assert_bad_input(
        &vanban(&["export", "garbage.ron", "-o", "out.docx"], d),
        "không phải tệp văn bản",
    );

    assert_bad_input(
        &vanban(&["export", "missing.ron", "-o", "out.docx"], d),
        "không tìm thấy",
    );
    assert_bad_input(
        &vanban(
            &["export", "kl.ron", "-o", "out.docx", "--rules", "khong-co"],
            d,
        ),
        "Không có bộ quy tắc",
    );
    assert_eq!(fs::read(d.join("out.docx")).expect("old output"), b"OLD");

    // Unwritable destinations: a missing folder, a folder.
    assert_bad_input(
        &vanban(&["export", "kl.ron", "-o", "no/such/dir/x.docx"], d),
        "ghi",
    );
    fs::create_dir(d.join("folder.docx")).expect("mkdir");
    assert_bad_input(
        &vanban(&["export", "kl.ron", "-o", "folder.docx"], d),
        "thư mục",
    );
    assert_eq!(fs::read_to_string(d.join("kl.ron")).expect("draft"), good);
    assert_bad_input(
        &vanban(&["new", "-t", "khong-co", "-o", "x.ron"], d),
        "Không có mẫu",
    );
}

#[test]
fn help_lists_the_commands() {
    let dir = tempfile::tempdir().expect("temp dir");
    let o = vanban(&["--help"], dir.path());
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    for cmd in ["new", "export", "import", "check", "templates", "rules"] {
        assert!(out.contains(cmd), "{cmd} in --help");
    }
}

#[test]
fn without_a_display_the_editor_fails_cleanly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let o = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .current_dir(dir.path())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("run vanban");
    assert_bad_input(&o, "Không mở được cửa sổ soạn thảo");
}
