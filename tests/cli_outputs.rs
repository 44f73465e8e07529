//! Where the command line writes (issue 11): never over its own input, never over a device,
//! a FIFO or a read-only file, links followed, short temporary names, stale ones cleaned; and
//! what it says when the command line itself is wrong — in Vietnamese, exit code 2, every
//! file in the folder as it was (compared byte for byte).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, SystemTime};

fn vanban(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .current_dir(dir)
        // Never a window: on a build that would open the editor, it fails at once instead.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("run vanban")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every entry of `dir` (not following links): its kind and, for a regular file, its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, (String, Vec<u8>)> {
    let mut files = BTreeMap::new();
    for entry in fs::read_dir(dir).expect("list folder") {
        let entry = entry.expect("entry");
        let kind = entry.file_type().expect("file type");
        let bytes = if kind.is_file() {
            fs::read(entry.path()).expect("read")
        } else {
            Vec::new()
        };
        let name = entry.file_name().to_string_lossy().into_owned();
        files.insert(name, (format!("{kind:?}"), bytes));
    }
    files
}

/// A refusal: exit code 2, `expect` in the Vietnamese message, no English from clap or the
/// OS, and the folder exactly as before.
fn assert_refused(dir: &Path, args: &[&str], expect: &str) {
    let before = snapshot(dir);
    let o = vanban(args, dir);
    let err = stderr(&o);
    assert_eq!(
        o.status.code(),
        Some(2),
        "{args:?}: exit code 2; stderr: {err}"
    );
    assert!(err.contains(expect), "{args:?}: {expect:?} in {err:?}");
    for english in ["error:", "Usage:", "os error", "panicked"] {
        assert!(
            !err.contains(english),
            "{args:?}: no {english:?} in {err:?}"
        );
    }
    assert_eq!(snapshot(dir), before, "{args:?}: every file untouched");
}

fn assert_ok(dir: &Path, args: &[&str]) {
    let o = vanban(args, dir);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
}

/// A folder holding the draft `kl.ron`.
fn folder_with_draft() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_ok(
        dir.path(),
        &["new", "-t", "ket-luan-hoi-nghi", "-o", "kl.ron"],
    );
    dir
}

#[test]
fn output_that_is_the_input_is_refused() {
    let dir = folder_with_draft();
    let d = dir.path();
    fs::create_dir(d.join("sub")).expect("mkdir");
    fs::hard_link(d.join("kl.ron"), d.join("hard.ron")).expect("hard link");
    let same = "chính là tệp nguồn";
    for out in ["kl.ron", "./kl.ron", "sub/../kl.ron", "hard.ron"] {
        assert_refused(d, &["export", "kl.ron", "-o", out], same);
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("kl.ron", d.join("link.ron")).expect("symlink");
        assert_refused(d, &["export", "kl.ron", "-o", "link.ron"], same);
        assert_refused(d, &["export", "link.ron", "-o", "kl.ron"], same);
    }
    // A draft saved as .docx: the default output (same name, .docx) is the draft itself.
    fs::copy(d.join("kl.ron"), d.join("ban-thao.docx")).expect("copy");
    assert_refused(d, &["export", "ban-thao.docx"], same);

    // A Word file imported onto itself, even with --force.
    assert_ok(d, &["export", "kl.ron", "-o", "src.docx"]);
    for out in ["src.docx", "./src.docx"] {
        assert_refused(d, &["import", "src.docx", "-o", out, "--force"], same);
    }
}

#[cfg(unix)]
#[test]
fn fifo_and_device_outputs_are_refused() {
    let dir = folder_with_draft();
    let d = dir.path();
    let made = Command::new("mkfifo")
        .arg(d.join("pipe.docx"))
        .status()
        .expect("run mkfifo");
    assert!(made.success(), "mkfifo");
    let not_regular = "không phải một tệp thông thường";
    assert_refused(d, &["export", "kl.ron", "-o", "pipe.docx"], not_regular);
    assert_refused(
        d,
        &["new", "-t", "nghi-quyet", "-o", "pipe.docx", "--force"],
        not_regular,
    );
    // A device node of our own (the null device's numbers): never the system's /dev/null,
    // which a build without this check would replace.
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    if !root {
        eprintln!("SKIPPED: device nodes need root");
        return;
    }
    let made = Command::new("mknod")
        .arg(d.join("null.docx"))
        .args(["c", "1", "3"])
        .status()
        .expect("run mknod");
    assert!(made.success(), "mknod");
    assert_refused(d, &["export", "kl.ron", "-o", "null.docx"], not_regular);
}

#[test]
fn read_only_output_is_kept_unless_forced() {
    let dir = folder_with_draft();
    let d = dir.path();
    let out = d.join("out.docx");
    fs::write(&out, b"OLD").expect("old output");
    let mut perms = fs::metadata(&out).expect("meta").permissions();
    perms.set_readonly(true);
    fs::set_permissions(&out, perms).expect("read-only");

    assert_refused(d, &["export", "kl.ron", "-o", "out.docx"], "--force");
    assert_refused(
        d,
        &["export", "kl.ron", "-o", "out.docx"],
        "chỉ cho phép đọc",
    );

    assert_ok(d, &["export", "kl.ron", "-o", "out.docx", "--force"]);
    assert_eq!(&fs::read(&out).expect("read")[..2], b"PK", "replaced");
    let perms = fs::metadata(&out).expect("meta").permissions();
    assert!(perms.readonly(), "still read-only");
}

#[cfg(unix)]
#[test]
fn replaced_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = folder_with_draft();
    let d = dir.path();
    let out = d.join("out.docx");
    fs::write(&out, b"OLD").expect("old output");
    fs::set_permissions(&out, fs::Permissions::from_mode(0o640)).expect("chmod");
    assert_ok(d, &["export", "kl.ron", "-o", "out.docx"]);
    let mode = fs::metadata(&out).expect("meta").permissions().mode() & 0o7777;
    assert_eq!(mode, 0o640);
}

#[cfg(unix)]
#[test]
fn symlinked_output_is_followed_and_a_dangling_one_refused() {
    let dir = folder_with_draft();
    let d = dir.path();
    fs::create_dir(d.join("shared")).expect("mkdir");
    fs::write(d.join("shared/real.docx"), b"OLD").expect("old output");
    std::os::unix::fs::symlink("shared/real.docx", d.join("link.docx")).expect("symlink");
    assert_ok(d, &["export", "kl.ron", "-o", "link.docx"]);
    let link = fs::symlink_metadata(d.join("link.docx")).expect("meta");
    assert!(link.file_type().is_symlink(), "the link is still a link");
    let real = fs::read(d.join("shared/real.docx")).expect("read");
    assert_eq!(&real[..2], b"PK", "its target was replaced");
    assert_eq!(fs::read_dir(d.join("shared")).expect("list").count(), 1);

    std::os::unix::fs::symlink("missing.docx", d.join("dangling.docx")).expect("symlink");
    assert_refused(d, &["export", "kl.ron", "-o", "dangling.docx"], "liên kết");
}

#[test]
fn long_output_names_are_written() {
    let dir = folder_with_draft();
    let d = dir.path();
    // 249 bytes, legal on every common file system (255 is the limit).
    let name = format!("{}.docx", "a".repeat(244));
    assert_ok(d, &["export", "kl.ron", "-o", &name]);
    assert_eq!(&fs::read(d.join(&name)).expect("written")[..2], b"PK");
    assert_eq!(
        fs::read_dir(d).expect("list").count(),
        2,
        "no temporary left"
    );
    // Vietnamese letters take 2–3 bytes each: 80 × "Ế" (3 bytes) + ".ron" = 244 bytes.
    let name = format!("{}.ron", "Ế".repeat(80));
    assert_ok(d, &["new", "-t", "nghi-quyet", "-o", &name]);
}

#[test]
fn stale_temporaries_of_ours_are_cleaned() {
    let dir = folder_with_draft();
    let d = dir.path();
    // No process has pid 99999999 (Linux stops at 2^22); two days old is stale anywhere.
    let old = SystemTime::now() - Duration::from_secs(2 * 24 * 3600);
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    let live_pid = std::process::id();
    let files = [
        (".vanban-99999999-0.tmp", old, false),
        (".out.docx.99999999.tmp", old, false),
        // Fresh: a write may be under way.
        (".vanban-99999999-1.tmp", SystemTime::now(), true),
        // Its process (this test) is alive.
        (&format!(".vanban-{live_pid}-0.tmp"), hour_ago, true),
        // Not ours: another output's old-style name, another program's files.
        (".other.docx.99999999.tmp", old, true),
        ("notes.tmp", old, true),
        (".vanban-notes.tmp", old, true),
    ];
    for (name, modified, _) in &files {
        let f = fs::File::create(d.join(name)).expect("create");
        f.set_modified(*modified).expect("set time");
    }
    assert_ok(d, &["export", "kl.ron", "-o", "out.docx"]);
    for (name, _, kept) in &files {
        assert_eq!(d.join(name).exists(), *kept, "{name} kept: {kept}");
    }
}

#[test]
fn command_line_mistakes_are_told_in_vietnamese() {
    let dir = folder_with_draft();
    let d = dir.path();
    assert_refused(d, &["export"], "Thiếu tham số");
    assert_refused(d, &["export", "kl.ron", "--frob"], "“--frob”");
    assert_refused(d, &["export", "kl.ron", "-o"], "Thiếu giá trị");
    assert_refused(
        d,
        &["import", "kl.ron", "-o", "x.ron", "--encoding", "latin9"],
        "tcvn3",
    );
    assert_refused(d, &["check", "kl.ron", "--today", "hôm qua"], "NNNN-TT-NN");
    assert_refused(
        d,
        &["export", "kl.ron", "--frob"],
        "Cách dùng: vanban export",
    );
    // --help and --version are printed as they are.
    let help = vanban(&["export", "--help"], d);
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("Xuất bản thảo"));
    assert!(vanban(&["--version"], d).status.success());
}

#[test]
fn an_unknown_word_is_not_opened_as_a_draft() {
    let dir = folder_with_draft();
    let d = dir.path();
    for word in ["frobnicate", "exprot", "kl2.ron"] {
        assert_refused(d, &[word], "không phải một lệnh");
        let err = stderr(&vanban(&[word], d));
        for cmd in ["new", "export", "import", "check", "templates", "rules"] {
            assert!(err.contains(cmd), "{cmd} listed in {err}");
        }
    }
    assert!(
        stderr(&vanban(&["exprot"], d)).contains("vanban export"),
        "near miss"
    );
    // An existing file is opened as before, even under a name that is not UTF-8 (here the
    // editor cannot open without a display, and says so).
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"ban-th\xe1o.ron");
        fs::copy(d.join("kl.ron"), d.join(name)).expect("copy");
        let o = Command::new(env!("CARGO_BIN_EXE_vanban"))
            .arg(name)
            .current_dir(d)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .expect("run vanban");
        let err = stderr(&o);
        assert!(err.contains("Không mở được cửa sổ soạn thảo"), "{err}");
    }
}

#[test]
fn os_errors_are_told_in_vietnamese() {
    let dir = folder_with_draft();
    let d = dir.path();
    // Longer than any file system allows.
    let long = format!("{}.docx", "a".repeat(300));
    assert_refused(d, &["export", "kl.ron", "-o", &long], "quá dài");
    // A file where a folder should be.
    assert_refused(
        d,
        &["export", "kl.ron", "-o", "kl.ron/x.docx"],
        "không phải là thư mục",
    );
}
