//! A corpus of hostile and careless inputs, generated here at every run, put through the
//! command line as a clerk (or a mail attachment) would: truncated and corrupted drafts,
//! drafts from a newer version, drafts naming devices as rule sets, zip bombs, deep XML,
//! oversized files, outputs that are the input, devices, FIFOs, links and read-only files.
//!
//! Every case is bounded: it must end with the expected exit code within `TIME_LIMIT`, use
//! at most `MEMORY_LIMIT_KB` of memory (the child's own peak, VmHWM), never panic,
//! refuse in Vietnamese, and leave every file it was given byte for byte as it was. The
//! limits are safety bounds (a reader that runs away), not speed measurements: those are
//! in benches/.
#![cfg(target_os = "linux")]

mod common;

use std::collections::hash_map::DefaultHasher;
use std::ffi::OsString;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Generous for a debug build on a busy two-core machine.
const TIME_LIMIT: Duration = Duration::from_secs(60);
const MEMORY_LIMIT_KB: i64 = 768 * 1024;

/// What a case must end with.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// Exit code 0.
    Done,
    /// Exit code 2 with a Vietnamese message.
    Refused,
    /// `check`: 0 (no findings) or 1 (findings).
    Checked,
    /// Either done or refused, but nothing else (random damage may or may not break it).
    DoneOrRefused,
    /// A check that may find errors or refuse.
    CheckedOrRefused,
}

struct Case {
    name: String,
    args: Vec<OsString>,
    expect: Expect,
    /// Files that must be unchanged afterwards (the inputs, and outputs that must not be
    /// replaced).
    untouched: Vec<PathBuf>,
}

struct Outcome {
    code: Option<i32>,
    elapsed: Duration,
    peak_kb: i64,
    stderr: String,
}

/// The process's peak resident memory so far (VmHWM), in kB. wait4's ru_maxrss would
/// count the test process's own memory, which a child inherits until it executes.
fn peak_kb(pid: libc::pid_t) -> Option<i64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn case(name: impl Into<String>, args: &[&dyn AsRef<std::ffi::OsStr>], expect: Expect) -> Case {
    Case {
        name: name.into(),
        args: args.iter().map(|a| a.as_ref().to_owned()).collect(),
        expect,
        untouched: Vec::new(),
    }
}

impl Case {
    fn keeps(mut self, files: &[&Path]) -> Self {
        self.untouched.extend(files.iter().map(|p| p.to_path_buf()));
        self
    }
}

/// Runs the binary with a watchdog that samples its peak memory and kills it after
/// `TIME_LIMIT`.
fn run(args: &[OsString], dir: &Path) -> Outcome {
    let err_path = dir.join("stderr.txt");
    let out_path = dir.join("stdout.txt");
    // Reaped below with waitpid, which std's Child cannot be told about.
    #[allow(clippy::zombie_processes)]
    let child = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1780000000")
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out_path).expect("stdout file"))
        .stderr(fs::File::create(&err_path).expect("stderr file"))
        .spawn()
        .expect("start vanban");
    let pid = child.id() as libc::pid_t;
    let finished = Arc::new(AtomicBool::new(false));
    let peak = Arc::new(AtomicI64::new(0));
    let watchdog = {
        let (finished, peak) = (finished.clone(), peak.clone());
        std::thread::spawn(move || {
            let start = Instant::now();
            while !finished.load(Ordering::SeqCst) {
                // Until reaped, the child (even a zombie) keeps its pid and /proc entry.
                if let Some(kb) = peak_kb(pid) {
                    peak.fetch_max(kb, Ordering::SeqCst);
                }
                if start.elapsed() > TIME_LIMIT {
                    // SAFETY: the pid is our unreaped child, so it cannot have been reused.
                    unsafe { libc::kill(pid, libc::SIGKILL) };
                    return;
                }
                std::thread::sleep(Duration::from_millis(5));
            }
        })
    };
    let start = Instant::now();
    let mut status = 0;
    // SAFETY: an FFI call with a valid pointer to a local.
    let reaped = unsafe { libc::waitpid(pid, &mut status, 0) };
    let elapsed = start.elapsed();
    finished.store(true, Ordering::SeqCst);
    let _ = watchdog.join();
    assert_eq!(reaped, pid, "wait4");
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    Outcome {
        code,
        elapsed,
        peak_kb: peak.load(Ordering::SeqCst),
        stderr: fs::read_to_string(&err_path).unwrap_or_default(),
    }
}

/// What a file is and holds: type, size, permissions, modification time and a hash of its
/// bytes (of its first and last megabyte when larger, so the 1 GB case stays cheap).
fn fingerprint(path: &Path) -> String {
    const PART: usize = 1 << 20;
    match fs::symlink_metadata(path) {
        Err(_) => "missing".into(),
        Ok(m) if !m.file_type().is_file() => format!("{:?}", m.file_type()),
        Ok(m) => {
            let mut h = DefaultHasher::new();
            if m.len() as usize <= 2 * PART {
                fs::read(path).unwrap_or_default().hash(&mut h);
            } else if let Ok(mut f) = fs::File::open(path) {
                use std::io::{Read, Seek, SeekFrom};
                let mut buf = vec![0; PART];
                let _ = f.read_exact(&mut buf);
                buf.hash(&mut h);
                let _ = f.seek(SeekFrom::End(-(PART as i64)));
                let _ = f.read_exact(&mut buf);
                buf.hash(&mut h);
            }
            format!(
                "file {} bytes {:x} ro={} {:?}",
                m.len(),
                h.finish(),
                m.permissions().readonly(),
                m.modified().ok()
            )
        }
    }
}

/// Vietnamese text has letters outside ASCII in almost every sentence.
fn is_vietnamese(s: &str) -> bool {
    s.chars()
        .any(|c| "ăâđêôơưĂÂĐÊÔƠƯàáảãạếệốộớợừứựủũụ".contains(c))
}

/// A deterministic generator of damage (xorshift), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn write(path: &Path, bytes: &[u8]) -> PathBuf {
    fs::write(path, bytes).expect("write case file");
    path.to_path_buf()
}

fn zip_with(path: &Path, entries: &[(&str, &[u8])]) -> PathBuf {
    write(path, &common::zip_of(entries))
}

const CONTENT_TYPES: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

fn draft_cases(dir: &Path, rng: &mut Rng) -> Vec<Case> {
    let sample = vanban::templates::sample().expect("sample");
    let text = vanban::store::to_ron(&sample).expect("sample draft");
    let mut cases = Vec::new();
    let out = dir.join("out.docx");

    let good = write(&dir.join("good.ron"), text.as_bytes());
    cases.push(
        case(
            "draft: the sample",
            &[&"export", &good, &"-o", &out],
            Expect::Done,
        )
        .keeps(&[&good]),
    );
    cases.push(
        case(
            "draft: check the sample",
            &[&"check", &good],
            Expect::Checked,
        )
        .keeps(&[&good]),
    );

    for i in 1..=12 {
        let cut = text.len() * i / 13;
        let cut = (0..=cut)
            .rev()
            .find(|&c| text.is_char_boundary(c))
            .unwrap_or(0);
        let p = write(&dir.join(format!("cut{i}.ron")), &text.as_bytes()[..cut]);
        cases.push(
            case(
                format!("draft: cut at {cut}"),
                &[&"export", &p, &"-o", &out],
                Expect::Refused,
            )
            .keeps(&[&p]),
        );
    }
    for i in 0..16 {
        let mut bytes = text.clone().into_bytes();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(bytes.len());
            bytes[at] = rng.next() as u8;
        }
        let p = write(&dir.join(format!("flip{i}.ron")), &bytes);
        cases.push(
            case(
                format!("draft: damaged bytes {i}"),
                &[&"export", &p, &"-o", &out],
                Expect::DoneOrRefused,
            )
            .keeps(&[&p]),
        );
        cases.push(
            case(
                format!("draft: check damaged bytes {i}"),
                &[&"check", &p],
                Expect::CheckedOrRefused,
            )
            .keeps(&[&p]),
        );
    }
    let versions = [
        ("hex", "format_version: 0x3E7,"),
        ("underscores", "format_version: 1_000,"),
        ("plus", "format_version: +999,"),
    ];
    for (what, line) in versions {
        let t = text.replacen("format_version: 1,", line, 1);
        let p = write(&dir.join(format!("newer-{what}.ron")), t.as_bytes());
        cases.push(
            case(
                format!("draft: newer version, {what}"),
                &[&"export", &p, &"-o", &out],
                Expect::Refused,
            )
            .keeps(&[&p]),
        );
    }
    let commented = format!(
        "// format_version: 1\n{}",
        text.replacen("format_version: 1,", "format_version: 999,", 1)
    );
    let p = write(&dir.join("newer-comment.ron"), commented.as_bytes());
    cases.push(
        case(
            "draft: newer version behind a comment",
            &[&"export", &p, &"-o", &out],
            Expect::Refused,
        )
        .keeps(&[&p]),
    );

    for device in ["/dev/zero", "/dev/urandom"] {
        let t = text.replacen(
            "rules: \"dang-hd05-2026\"",
            &format!("rules: \"{device}\""),
            1,
        );
        assert_ne!(t, text, "the sample names its rule set");
        let p = write(
            &dir.join(format!("rules-{}.ron", device.trim_start_matches("/dev/"))),
            t.as_bytes(),
        );
        cases.push(
            case(
                format!("draft: rules {device}, export"),
                &[&"export", &p, &"-o", &out],
                Expect::Refused,
            )
            .keeps(&[&p]),
        );
        cases.push(
            case(
                format!("draft: rules {device}, check"),
                &[&"check", &p],
                Expect::Refused,
            )
            .keeps(&[&p]),
        );
    }
    let deep = format!("(format_version: 1, document: {}", "(".repeat(200_000));
    let p = write(&dir.join("deep.ron"), deep.as_bytes());
    cases.push(
        case(
            "draft: 200 000 open brackets",
            &[&"export", &p, &"-o", &out],
            Expect::Refused,
        )
        .keeps(&[&p]),
    );
    let p = write(
        &dir.join("binary.ron"),
        &(0..4096).map(|_| rng.next() as u8).collect::<Vec<_>>(),
    );
    cases.push(
        case(
            "draft: binary",
            &[&"export", &p, &"-o", &out],
            Expect::Refused,
        )
        .keeps(&[&p]),
    );
    let p = write(&dir.join("empty.ron"), b"");
    cases.push(
        case(
            "draft: empty",
            &[&"export", &p, &"-o", &out],
            Expect::Refused,
        )
        .keeps(&[&p]),
    );
    let huge = dir.join("huge.ron");
    let f = fs::File::create(&huge).expect("huge");
    f.set_len(1 << 30).expect("a sparse 1 GB file");
    cases.push(
        case(
            "draft: 1 GB",
            &[&"export", &huge, &"-o", &out],
            Expect::Refused,
        )
        .keeps(&[&huge]),
    );
    cases.push(case(
        "draft: /dev/zero as the draft",
        &[&"export", &"/dev/zero", &"-o", &out],
        Expect::Refused,
    ));
    cases
}

fn docx_cases(dir: &Path, rng: &mut Rng) -> Vec<Case> {
    let sample = vanban::templates::sample().expect("sample");
    let rules = vanban::rules::RuleSet::by_id("dang-hd05-2026").expect("rules");
    let bytes = vanban::export::docx(&sample, rules).expect("export");
    let mut cases = Vec::new();
    let out = dir.join("imported.ron");

    let good = write(&dir.join("good.docx"), &bytes);
    cases.push(
        case(
            "docx: our export",
            &[&"import", &good, &"-o", &out, &"--force"],
            Expect::Done,
        )
        .keeps(&[&good]),
    );
    cases.push(
        case(
            "docx: check our export",
            &[&"check", &good],
            Expect::Checked,
        )
        .keeps(&[&good]),
    );
    for i in 1..=8 {
        let cut = bytes.len() * i / 9;
        let p = write(&dir.join(format!("cut{i}.docx")), &bytes[..cut]);
        cases.push(
            case(
                format!("docx: cut at {cut}"),
                &[&"import", &p, &"-o", &out, &"--force"],
                Expect::Refused,
            )
            .keeps(&[&p]),
        );
        cases.push(
            case(
                format!("docx: check cut at {cut}"),
                &[&"check", &p],
                Expect::Refused,
            )
            .keeps(&[&p]),
        );
    }
    for i in 0..8 {
        let mut b = bytes.clone();
        for _ in 0..1 + rng.below(8) {
            let at = rng.below(b.len());
            b[at] = rng.next() as u8;
        }
        let p = write(&dir.join(format!("flip{i}.docx")), &b);
        cases.push(
            case(
                format!("docx: damaged bytes {i}"),
                &[&"import", &p, &"-o", &out, &"--force"],
                Expect::DoneOrRefused,
            )
            .keeps(&[&p]),
        );
        cases.push(
            case(
                format!("docx: check damaged bytes {i}"),
                &[&"check", &p],
                Expect::CheckedOrRefused,
            )
            .keeps(&[&p]),
        );
    }
    // 64 MB of one repeated byte deflates to some 64 KB: over every part limit.
    let zeros = vec![b' '; 64 << 20];
    let mut bomb_doc = b"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>".to_vec();
    bomb_doc.extend_from_slice(&zeros);
    drop(zeros);
    let bomb = zip_with(
        &dir.join("bomb.docx"),
        &[
            ("[Content_Types].xml", CONTENT_TYPES),
            ("word/document.xml", &bomb_doc),
        ],
    );
    drop(bomb_doc);
    cases.push(
        case(
            "docx: zip bomb, import",
            &[&"import", &bomb, &"-o", &out, &"--force"],
            Expect::Refused,
        )
        .keeps(&[&bomb]),
    );
    cases.push(case("docx: zip bomb, check", &[&"check", &bomb], Expect::Refused).keeps(&[&bomb]));
    let mut deep = b"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>".to_vec();
    deep.extend(b"<w:p>".repeat(100_000));
    let deep = zip_with(
        &dir.join("deep.docx"),
        &[
            ("[Content_Types].xml", CONTENT_TYPES),
            ("word/document.xml", &deep),
        ],
    );
    cases.push(
        case(
            "docx: 100 000 nested paragraphs, import",
            &[&"import", &deep, &"-o", &out, &"--force"],
            Expect::Refused,
        )
        .keeps(&[&deep]),
    );
    cases.push(
        case(
            "docx: 100 000 nested paragraphs, check",
            &[&"check", &deep],
            Expect::Refused,
        )
        .keeps(&[&deep]),
    );
    let malformed = zip_with(
        &dir.join("malformed.docx"),
        &[
            ("[Content_Types].xml", CONTENT_TYPES),
            ("word/document.xml", b"<w:document><w:body><w:p></w:body>"),
        ],
    );
    cases.push(
        case(
            "docx: malformed XML, import",
            &[&"import", &malformed, &"-o", &out, &"--force"],
            Expect::Refused,
        )
        .keeps(&[&malformed]),
    );
    cases.push(
        case(
            "docx: malformed XML, check",
            &[&"check", &malformed],
            Expect::Refused,
        )
        .keeps(&[&malformed]),
    );
    let names: Vec<String> = (0..6000).map(|i| format!("word/media/{i}.xml")).collect();
    let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"x"[..])).collect();
    let many = zip_with(&dir.join("many.docx"), &entries);
    cases.push(
        case(
            "docx: 6 000 entries",
            &[&"import", &many, &"-o", &out, &"--force"],
            Expect::Refused,
        )
        .keeps(&[&many]),
    );
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    let ole = write(&dir.join("old.docx"), &ole);
    cases.push(
        case(
            "docx: an OLE file",
            &[&"import", &ole, &"-o", &out, &"--force"],
            Expect::Refused,
        )
        .keeps(&[&ole]),
    );
    let noise = write(
        &dir.join("noise.docx"),
        &(0..8192).map(|_| rng.next() as u8).collect::<Vec<_>>(),
    );
    cases.push(
        case(
            "docx: noise",
            &[&"import", &noise, &"-o", &out, &"--force"],
            Expect::Refused,
        )
        .keeps(&[&noise]),
    );
    cases
}

fn text_cases(dir: &Path, rng: &mut Rng) -> Vec<Case> {
    let mut cases = Vec::new();
    let out = dir.join("text.ron");
    let long_line = write(
        &dir.join("long-line.txt"),
        "Nghị quyết ".repeat(400_000).as_bytes(),
    );
    cases.push(
        case(
            "text: one 4 MB line",
            &[&"import", &long_line, &"-o", &out, &"--force"],
            Expect::Done,
        )
        .keeps(&[&long_line]),
    );
    let big = dir.join("big.txt");
    fs::File::create(&big)
        .and_then(|f| f.set_len(11 << 20))
        .expect("big text");
    cases.push(
        case(
            "text: 11 MB",
            &[&"import", &big, &"-o", &out, &"--force"],
            Expect::Refused,
        )
        .keeps(&[&big]),
    );
    for i in 0..6 {
        let p = write(
            &dir.join(format!("noise{i}.txt")),
            &(0..4096).map(|_| rng.next() as u8).collect::<Vec<_>>(),
        );
        cases.push(
            case(
                format!("text: noise {i}"),
                &[&"import", &p, &"-o", &out, &"--force"],
                Expect::DoneOrRefused,
            )
            .keeps(&[&p]),
        );
    }
    cases
}

fn output_cases(dir: &Path) -> Vec<Case> {
    let sample = vanban::templates::sample().expect("sample");
    let text = vanban::store::to_ron(&sample).expect("sample draft");
    let rules = vanban::rules::RuleSet::by_id("dang-hd05-2026").expect("rules");
    let docx = vanban::export::docx(&sample, rules).expect("export");
    let mut cases = Vec::new();
    let draft = write(&dir.join("kl.ron"), text.as_bytes());
    let source = write(&dir.join("src.docx"), &docx);

    cases.push(
        case(
            "output: export onto its own draft",
            &[&"export", &draft, &"-o", &draft],
            Expect::Refused,
        )
        .keeps(&[&draft]),
    );
    let same = dir.join("./kl.ron");
    cases.push(
        case(
            "output: export onto ./ spelling of the draft",
            &[&"export", &draft, &"-o", &same],
            Expect::Refused,
        )
        .keeps(&[&draft]),
    );
    let link = dir.join("link.ron");
    std::os::unix::fs::symlink(&draft, &link).expect("symlink");
    cases.push(
        case(
            "output: export onto a link to the draft",
            &[&"export", &draft, &"-o", &link],
            Expect::Refused,
        )
        .keeps(&[&draft]),
    );
    let hard = dir.join("hard.ron");
    fs::hard_link(&draft, &hard).expect("hard link");
    cases.push(
        case(
            "output: export onto a hard link to the draft",
            &[&"export", &draft, &"-o", &hard],
            Expect::Refused,
        )
        .keeps(&[&draft]),
    );
    let docx_draft = write(&dir.join("ketluan.docx"), text.as_bytes());
    cases.push(
        case(
            "output: default output is the .docx draft itself",
            &[&"export", &docx_draft],
            Expect::Refused,
        )
        .keeps(&[&docx_draft]),
    );
    cases.push(
        case(
            "output: import onto its own source",
            &[&"import", &source, &"-o", &source, &"--force"],
            Expect::Refused,
        )
        .keeps(&[&source]),
    );
    cases.push(
        case(
            "output: export onto /dev/null",
            &[&"export", &draft, &"-o", &"/dev/null"],
            Expect::Refused,
        )
        .keeps(&[&draft, Path::new("/dev/null")]),
    );
    let fifo = dir.join("fifo.docx");
    let status = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(status.success());
    cases.push(
        case(
            "output: export onto a FIFO",
            &[&"export", &draft, &"-o", &fifo],
            Expect::Refused,
        )
        .keeps(&[&draft, &fifo]),
    );
    cases.push(
        case(
            "output: export onto a folder",
            &[&"export", &draft, &"-o", &dir],
            Expect::Refused,
        )
        .keeps(&[&draft]),
    );
    let long_name = dir.join(format!("{}.docx", "k".repeat(244)));
    cases.push(
        case(
            "output: a 249-byte file name",
            &[&"export", &draft, &"-o", &long_name],
            Expect::Done,
        )
        .keeps(&[&draft]),
    );
    cases.push(case(
        "input: a missing draft",
        &[&"export", &dir.join("missing.ron")],
        Expect::Refused,
    ));
    cases.push(case(
        "command: an unknown word",
        &[&"frobnicate"],
        Expect::Refused,
    ));
    cases.push(
        case(
            "command: an unknown option",
            &[&"export", &draft, &"--frobnicate"],
            Expect::Refused,
        )
        .keeps(&[&draft]),
    );
    cases
}

#[test]
fn hostile_corpus_is_refused_or_handled_within_bounds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let mut cases = Vec::new();
    for (sub, make) in [
        ("drafts", draft_cases as fn(&Path, &mut Rng) -> Vec<Case>),
        ("docx", docx_cases),
        ("text", text_cases),
    ] {
        let d = dir.path().join(sub);
        fs::create_dir_all(&d).expect("case dir");
        cases.extend(make(&d, &mut rng));
    }
    let d = dir.path().join("outputs");
    fs::create_dir_all(&d).expect("case dir");
    cases.extend(output_cases(&d));

    let mut failures = Vec::new();
    let mut slowest = (Duration::ZERO, String::new());
    let mut largest = (0, String::new());
    for c in &cases {
        let before: Vec<String> = c.untouched.iter().map(|p| fingerprint(p)).collect();
        let o = run(&c.args, dir.path());
        let after: Vec<String> = c.untouched.iter().map(|p| fingerprint(p)).collect();
        let mut wrong = Vec::new();
        let ok_code = matches!(
            (c.expect, o.code),
            (Expect::Done, Some(0))
                | (Expect::Refused, Some(2))
                | (Expect::Checked, Some(0 | 1))
                | (Expect::DoneOrRefused, Some(0 | 2))
                | (Expect::CheckedOrRefused, Some(0..=2))
        );
        if !ok_code {
            wrong.push(format!("exit {:?}, expected {:?}", o.code, c.expect));
        }
        if o.code == Some(2) && !is_vietnamese(&o.stderr) {
            wrong.push(format!("refusal not in Vietnamese: {:?}", o.stderr));
        }
        if o.stderr.contains("panicked") || o.stderr.contains("RUST_BACKTRACE") {
            wrong.push(format!("panic: {}", o.stderr));
        }
        if o.peak_kb > MEMORY_LIMIT_KB {
            wrong.push(format!("peak memory {} MB", o.peak_kb / 1024));
        }
        for ((p, b), a) in c.untouched.iter().zip(&before).zip(&after) {
            if b != a {
                wrong.push(format!("{} changed: {b} → {a}", p.display()));
            }
        }
        if o.elapsed > slowest.0 {
            slowest = (o.elapsed, c.name.clone());
        }
        if o.peak_kb > largest.0 {
            largest = (o.peak_kb, c.name.clone());
        }
        if !wrong.is_empty() {
            failures.push(format!("{}: {}", c.name, wrong.join("; ")));
        }
    }
    eprintln!(
        "{} cases; slowest {:.1} s ({}); largest {} MB ({})",
        cases.len(),
        slowest.0.as_secs_f32(),
        slowest.1,
        largest.0 / 1024,
        largest.1
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
