//! `vanban check FILE`: the format checker on a draft (.ron) or a Word file (.docx).
//! Exit code 0 without errors, 1 with errors (warnings and hints do not count), 2 when
//! the input cannot be read.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vanban::check::{self, received, BodyLabels, Filter, Finding, Listed};
use vanban::model::{DocDate, Document};
use vanban::rules::{RuleSet, System};
use vanban::{store, templates};

#[derive(clap::Args)]
pub struct Args {
    /// Bản thảo (.ron) hoặc tệp Word (.docx) cần kiểm tra.
    pub input: PathBuf,
    /// Cách in kết quả: text (cho người đọc) hoặc json (cho chương trình khác).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Bộ quy tắc trình bày (mặc định: bộ ghi trong bản thảo; với tệp Word: bộ có hiệu lực hôm nay).
    #[arg(long)]
    pub rules: Option<String>,
    /// Chỉ chạy các quy tắc này (mã quy tắc hoặc nhóm, cách nhau bằng dấu phẩy: "number,date").
    #[arg(long)]
    pub only: Option<String>,
    /// Ngày coi là hôm nay, dạng NNNN-TT-NN (mặc định: ngày của máy).
    #[arg(long, value_parser = parse_day)]
    pub today: Option<DocDate>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

fn parse_day(s: &str) -> Result<DocDate, String> {
    let parts: Vec<&str> = s.split('-').collect();
    let bad = || format!("ngày “{s}” không đúng dạng NNNN-TT-NN");
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    let date = DocDate::ymd(
        y.parse().map_err(|_| bad())?,
        m.parse().map_err(|_| bad())?,
        d.parse().map_err(|_| bad())?,
    );
    if date.is_valid() {
        Ok(date)
    } else {
        Err(bad())
    }
}

pub fn run(args: &Args) -> ExitCode {
    match check_file(args) {
        Ok(report) => {
            match args.format {
                Format::Text => print!("{}", report.text()),
                Format::Json => println!("{}", report.json()),
            }
            if report
                .findings
                .iter()
                .any(|f| f.severity == check::Severity::Error)
            {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(message) => {
            eprintln!("Lỗi: {message}");
            ExitCode::from(2)
        }
    }
}

struct Report {
    file: PathBuf,
    rules: RuleSet,
    /// For a received file: its family and why these rules.
    why: Option<(System, String)>,
    doc: Option<Document>,
    findings: Vec<Finding>,
    /// The paragraph of the file each finding is in, when known (parallel to findings).
    paragraphs: Vec<Option<usize>>,
}

fn is_docx(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

fn check_file(args: &Args) -> Result<Report, String> {
    let today = args.today.unwrap_or_else(templates::today);
    let filter = args.only.as_deref().map(Filter::parse).unwrap_or_default();
    let chosen = match &args.rules {
        Some(name) => Some(RuleSet::resolve(name).map_err(|e| e.to_string())?),
        None => None,
    };
    let path = &args.input;
    if is_docx(path) {
        let bytes = vanban::import::read_docx_file(path).map_err(|e| e.to_string())?;
        let audit = received::audit_docx(&bytes, chosen.as_ref(), today, &filter)
            .map_err(|reason| format!("Không đọc được tệp “{}”: {reason}.", path.display()))?;
        return Ok(Report {
            file: path.clone(),
            rules: audit.rules,
            why: Some((audit.family, audit.why)),
            doc: Some(audit.document),
            findings: audit.findings,
            paragraphs: audit.paragraphs,
        });
    }
    let doc = store::load(path).map_err(|e| e.to_string())?;
    let rules = match chosen {
        Some(r) => r,
        // One rule with `export`: a draft naming a rule set we do not have is refused with
        // the same message, not checked by another set.
        None => RuleSet::resolve_id(&doc.rules).map_err(|e| e.to_string())?,
    };
    let findings = check::run_filtered(&doc, &rules, today, &filter);
    let paragraphs = vec![None; findings.len()];
    Ok(Report {
        file: path.clone(),
        rules,
        why: None,
        doc: Some(doc),
        findings,
        paragraphs,
    })
}

impl Report {
    /// The file's paragraph of finding `index`, when known.
    fn paragraph_of(&self, index: Option<usize>) -> Option<usize> {
        index.and_then(|i| self.paragraphs.get(i).copied().flatten())
    }

    fn text(&self) -> String {
        let mut s = format!(
            "Kiểm tra thể thức “{}” theo {}:\n",
            self.file.display(),
            self.rules.name
        );
        if let Some((_, why)) = &self.why {
            s.push_str(&format!("Vì sao theo bộ quy tắc này: {why}\n"));
        }
        if self.findings.is_empty() {
            s.push_str("Không phát hiện sai sót về thể thức.\n");
            return s;
        }
        let labels = BodyLabels::of(self.doc.as_ref());
        for (index, entry) in check::listed_indexed(&self.findings) {
            let f = match entry {
                Listed::Finding(f) => f,
                Listed::More {
                    id,
                    severity,
                    count,
                } => {
                    s.push_str(&format!(
                        "\n{} [{id}]\n  {}\n",
                        severity.label().to_uppercase(),
                        Listed::more_message(count)
                    ));
                    continue;
                }
            };
            s.push_str(&format!(
                "\n{} — {} [{}]\n  {}\n",
                f.severity.label().to_uppercase(),
                received::where_is(f, self.paragraph_of(index), &labels),
                f.id,
                f.message
            ));
            if let Some(fix) = &f.fix {
                let how = if fix.safe {
                    "sửa tự động được"
                } else {
                    "gợi ý sửa, cần xem lại"
                };
                s.push_str(&format!("  → {} ({how})\n", fix.label));
            }
        }
        let (e, w, h) = check::tally(&self.findings);
        s.push_str(&format!("\nKết quả: {e} lỗi, {w} cảnh báo, {h} gợi ý.\n"));
        s
    }

    fn json(&self) -> String {
        let (e, w, h) = check::tally(&self.findings);
        let labels = BodyLabels::of(self.doc.as_ref());
        let severity = |s: check::Severity| format!("{s:?}").to_lowercase();
        let findings: Vec<serde_json::Value> = check::listed_indexed(&self.findings)
            .into_iter()
            .map(|(index, entry)| match entry {
                Listed::Finding(f) => serde_json::json!({
                    "id": f.id,
                    "severity": severity(f.severity),
                    "severity_label": f.severity.label(),
                    "place": f.place,
                    "paragraph": self.paragraph_of(index),
                    "where": received::where_is(f, self.paragraph_of(index), &labels),
                    "message": f.message,
                    "fix": f.fix.as_ref().map(|x| serde_json::json!({"label": x.label, "safe": x.safe})),
                }),
                // The findings of a rule beyond the listed ones, counted.
                Listed::More { id, severity: s, count } => serde_json::json!({
                    "id": id,
                    "severity": severity(s),
                    "severity_label": s.label(),
                    "more": count,
                    "message": Listed::more_message(count),
                }),
            })
            .collect();
        let value = serde_json::json!({
            "file": self.file.display().to_string(),
            "rules": self.rules.id,
            "family": self.why.as_ref().map(|(f, _)| match f {
                System::Party => "party",
                System::State => "state",
            }),
            "rules_why": self.why.as_ref().map(|(_, w)| w),
            "errors": e,
            "warnings": w,
            "hints": h,
            "findings": findings,
        });
        serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".into())
    }
}
