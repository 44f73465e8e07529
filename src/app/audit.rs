//! "Kiểm tra tệp Word…": the audit of a Word file received from elsewhere, shown to the
//! clerk without opening it as the draft (issue 12). The report is built here, from
//! `check::received`, so that the dialog only draws it.

use super::{App, Dialog};
use crate::check::{self, received, BodyLabels, Listed, Severity};
use std::path::{Path, PathBuf};

/// One line of the report as the clerk reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditLine {
    pub severity: Severity,
    /// Where, in words, with the file's paragraph when known.
    pub place: String,
    pub id: &'static str,
    pub message: String,
}

/// What the audit of one file found, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditReport {
    pub file: PathBuf,
    /// The rule set used ("Văn bản của Đảng - Hướng dẫn 05-HD/VPTW (2026)").
    pub rules: String,
    /// Why those rules: the family's marks and the date.
    pub why: String,
    /// (errors, warnings, hints).
    pub tally: (usize, usize, usize),
    pub lines: Vec<AuditLine>,
}

impl AuditReport {
    fn of(file: &Path, audit: &received::Audit) -> Self {
        let labels = BodyLabels::of(Some(&audit.document));
        let lines = check::listed_indexed(&audit.findings)
            .into_iter()
            .map(|(index, entry)| match entry {
                Listed::Finding(f) => AuditLine {
                    severity: f.severity,
                    place: received::where_is(f, index.and_then(|i| audit.paragraphs[i]), &labels),
                    id: f.id,
                    message: f.message.clone(),
                },
                Listed::More {
                    id,
                    severity,
                    count,
                } => AuditLine {
                    severity,
                    place: String::new(),
                    id,
                    message: Listed::more_message(count),
                },
            })
            .collect();
        Self {
            file: file.to_path_buf(),
            rules: audit.rules.name.clone(),
            why: audit.why.clone(),
            tally: check::tally(&audit.findings),
            lines,
        }
    }
}

impl App {
    /// Audits the Word file at `path` and shows the report; the draft is untouched and
    /// the file only read.
    pub fn audit_word(&mut self, path: &Path) {
        let today = crate::templates::today();
        let audited = crate::import::read_docx_file(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                received::audit_docx(&bytes, None, today, &check::Filter::all())
                    .map_err(|reason| format!("Không đọc được tệp “{}”: {reason}.", path.display()))
            });
        match audited {
            Ok(audit) => {
                let report = AuditReport::of(path, &audit);
                let (e, w, h) = report.tally;
                self.status = format!(
                    "Đã kiểm tra {}: {e} lỗi, {w} cảnh báo, {h} gợi ý.",
                    path.display()
                );
                self.dialog = Some(Dialog::Audit(Box::new(report)));
            }
            Err(reason) => self.show_message("Không kiểm tra được tệp Word", reason),
        }
    }
}
