//! `app::print::print_pdf` on Linux against a fake `lp` first on PATH: the arguments CUPS
//! gets (`-t JOB -- FILE`), the file is the PDF and is gone afterwards, and lp's failures
//! come back in Vietnamese with lp's own words. One test in its own binary, because it
//! changes this process's PATH.
#![cfg(unix)]

mod common;

use std::fs;
use std::path::Path;
use vanban::app::print::print_pdf;

fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn lp_gets_the_job_and_the_pdf_and_its_failures_are_explained() {
    let (bin, old_path) = common::fake_lp_first_on_path();

    let pdf = b"%PDF-1.7\n% a stand-in: lp is fake\n";
    print_pdf(pdf, "Kết luận số 15-KL/TU\nngày 1").expect("printed");
    let args: Vec<String> = read(&bin.path().join("args"))
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(args.len(), 4, "{args:?}");
    assert_eq!(args[0], "-t");
    assert_eq!(args[1], "Kết luận số 15-KL/TU ngày 1", "one line");
    assert_eq!(args[2], "--", "the file cannot be taken for an option");
    assert_eq!(read(&bin.path().join("magic")), "%PDF-");
    let file = read(&bin.path().join("file"));
    let file = Path::new(file.trim_end());
    assert!(file.extension().is_some_and(|e| e == "pdf"), "{file:?}");
    assert!(!file.exists(), "the temporary PDF is removed: {file:?}");

    // lp exits 1: the clerk reads why, and lp's words for the technician.
    fs::write(bin.path().join("fail"), "").expect("fail marker");
    let e = print_pdf(pdf, "Nghị quyết").expect_err("lp failed");
    assert!(
        e.starts_with(
            "Không in được: máy chưa có máy in mặc định (lp: Error - No default destination.)"
        ),
        "{e}"
    );
    let file = read(&bin.path().join("file"));
    assert!(
        !Path::new(file.trim_end()).exists(),
        "removed after a failure too"
    );

    // No lp at all: CUPS is not installed.
    let empty = tempfile::tempdir().expect("temp dir");
    std::env::set_var("PATH", empty.path());
    let e = print_pdf(pdf, "Nghị quyết").expect_err("no lp");
    assert!(e.contains("không có lệnh lp"), "{e}");
    std::env::set_var("PATH", old_path);
}
