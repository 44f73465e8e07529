//! Printing: the document's PDF handed to the system's printing, without a dialog of our own.
//!
//! The PDF is the one the export writes (`export::pdf`), so the printed page is the page
//! the preview shows. A range of pages is printed by making a PDF of only those pages
//! (`PdfOptions::pages`) and printing all of it: the same on every system, with no printer
//! option to spell per driver.
//!
//! - Linux and other Unix systems: CUPS's command line, `lp -t JOB -- FILE`, to the
//!   default printer. `lp` copies the file into the spool before it exits, so the temporary
//!   file is removed as soon as it returns.
//! - Windows: `ShellExecuteW` with the "print" verb on a temporary `.pdf` named after the
//!   job: the PDF reader the clerk has (Edge, Acrobat, Foxit…) prints it to the default
//!   printer. The reader opens the file after the call returns, so the file is left in the
//!   temporary folder and removed at a later print once it is an hour old.
//!
//! Messages are in Vietnamese for the clerk; what the system said is kept in brackets for a
//! technician.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Prints `pdf` on the default printer as a job called `job_name` (what the print queue
/// shows). Returns once the job is handed over (Linux: queued by CUPS; Windows: given to
/// the PDF reader), not when the paper is out. Blocks while `lp` runs, which only submits
/// the file: call it from a click, not every frame.
pub fn print_pdf(pdf: &[u8], job_name: &str) -> Result<(), String> {
    let job = job_title(job_name);
    sweep_old_files();
    let path = temp_file(pdf, &job)?;
    let printed = submit(&path, &job);
    if cfg!(not(windows)) {
        // lp has its own copy by now (or failed); Windows' reader still has to open it.
        let _ = fs::remove_file(&path);
        if let Some(dir) = path.parent() {
            let _ = fs::remove_dir(dir);
        }
    }
    printed
}

/// The job's title: one line, no control characters, not empty, not absurdly long.
fn job_title(job_name: &str) -> String {
    let title: String = job_name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(100)
        .collect();
    if title.is_empty() {
        "vanban".to_owned()
    } else {
        title
    }
}

/// The folder holding this process's print files: `vanban-in-*` in the temporary folder.
const PREFIX: &str = "vanban-in-";

/// `TEMP/vanban-in-PID-N/JOB.pdf`, created new (never an existing file followed).
fn temp_file(pdf: &[u8], job: &str) -> Result<PathBuf, String> {
    let failed = |e: std::io::Error| {
        format!(
            "Không in được: không ghi được tệp tạm để in ({}).",
            crate::error::io_reason(&e)
        )
    };
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!("{PREFIX}{}-{stamp}", std::process::id()));
    fs::create_dir(&dir).map_err(failed)?;
    // The job's name, as a file name (Windows' print queue shows the file's name).
    let name: String = job
        .chars()
        .map(|c| if "/\\:*?\"<>|".contains(c) { '-' } else { c })
        .collect();
    let path = dir.join(format!("{name}.pdf"));
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(failed)?;
    file.write_all(pdf)
        .and_then(|()| file.sync_all())
        .map_err(failed)?;
    Ok(path)
}

/// Removes print folders of earlier prints that are more than an hour old (on Windows the
/// reader may still be reading a recent one).
fn sweep_old_files() {
    let Ok(entries) = fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    let hour = std::time::Duration::from_secs(3600);
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > hour);
        if old && entry.file_name().to_string_lossy().starts_with(PREFIX) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

#[cfg(not(windows))]
fn submit(path: &Path, job: &str) -> Result<(), String> {
    let output = std::process::Command::new("lp")
        .arg("-t")
        .arg(job)
        .arg("--")
        .arg(path)
        .stdin(std::process::Stdio::null())
        .output();
    let output = match output {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(
                "Không in được: máy chưa cài hệ thống in CUPS (không có lệnh lp). Hãy cài CUPS và một máy in, hoặc xuất PDF rồi in từ trình đọc PDF."
                    .to_owned(),
            )
        }
        Err(e) => {
            return Err(format!(
                "Không in được: không chạy được lệnh lp ({}).",
                crate::error::io_reason(&e)
            ))
        }
    };
    if output.status.success() {
        return Ok(());
    }
    let said = String::from_utf8_lossy(&output.stderr)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Err(lp_failure(&said))
}

/// What lp's complaint means for the clerk, lp's own words in brackets, then what to do.
#[cfg(not(windows))]
fn lp_failure(said: &str) -> String {
    let lower = said.to_lowercase();
    let (why, todo) = if lower.contains("no default destination") {
        (
            "máy chưa có máy in mặc định",
            " Hãy đặt một máy in làm mặc định trong phần cài đặt máy in.",
        )
    } else if lower.contains("does not exist") || lower.contains("unknown printer") {
        (
            "máy in mặc định không còn trên máy (có thể đã bị gỡ)",
            " Hãy chọn lại máy in mặc định trong phần cài đặt máy in.",
        )
    } else if lower.contains("scheduler") || lower.contains("connect") {
        ("dịch vụ in (CUPS) chưa chạy", "")
    } else if lower.contains("not accepting") {
        ("máy in đang tạm ngừng nhận lệnh in", "")
    } else if lower.contains("forbidden") || lower.contains("not authorized") {
        ("không có quyền in trên máy in này", "")
    } else {
        ("lệnh in báo lỗi", "")
    };
    if said.is_empty() {
        format!("Không in được: {why}.{todo}")
    } else {
        format!("Không in được: {why} ({said}).{todo}")
    }
}

#[cfg(windows)]
fn submit(path: &Path, _job: &str) -> Result<(), String> {
    use windows_sys::Win32::UI::WindowsAndMessaging::SW_HIDE;
    let code = super::system::shell_execute("print", path, SW_HIDE);
    // Documented: a value above 32 is success, anything else an error code.
    match code {
        c if c > 32 => Ok(()),
        // SE_ERR_NOASSOC, SE_ERR_ASSOCINCOMPLETE: nothing registered to print a PDF.
        31 | 27 => Err(
            "Không in được: máy chưa có chương trình in được tệp PDF (hãy cài một trình đọc PDF như Adobe Acrobat Reader hoặc Foxit, hoặc đặt Microsoft Edge làm trình mở PDF)."
                .to_owned(),
        ),
        c => Err(format!(
            "Không in được: Windows không chuyển được tệp cho máy in ({}; mã {c}).",
            crate::error::io_reason(&std::io::Error::last_os_error())
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_titles_are_one_clean_line() {
        assert_eq!(job_title("Kết luận số 15-KL/TU"), "Kết luận số 15-KL/TU");
        assert_eq!(job_title("a\n\tb"), "a b");
        assert_eq!(job_title("  "), "vanban");
        assert_eq!(job_title(&"x".repeat(300)).chars().count(), 100);
    }

    #[cfg(not(windows))]
    #[test]
    fn lp_complaints_are_explained() {
        let e = lp_failure("lp: Error - No default destination.");
        assert_eq!(
            e,
            "Không in được: máy chưa có máy in mặc định (lp: Error - No default destination.). Hãy đặt một máy in làm mặc định trong phần cài đặt máy in."
        );
        let e = lp_failure("lp: The printer or class does not exist.");
        assert!(e.contains("không còn trên máy"), "{e}");
        let e = lp_failure("lp: Unable to connect to server: Connection refused");
        assert!(e.contains("CUPS"), "{e}");
        assert!(lp_failure("").ends_with("lệnh in báo lỗi."));
    }
}
