//! `vanban tasks RECORD_OR_DRAFT -o tasks.xlsx|tasks.docx [--rules R] [--force]`: the
//! follow-up table of the tasks the conference assigns, as an Excel workbook or a Word
//! annex, by the output's extension. A task without a lead body or a deadline is still
//! written, with a warning on stderr; a draft with no task writes nothing and exits with
//! code 2. An existing table (which the office may have filled in) is replaced only with
//! --force; the draft itself never.

use std::path::{Path, PathBuf};
use vanban::error::Error;
use vanban::model::record::Severity;
use vanban::rules::RuleSet;
use vanban::store::output::Output;
use vanban::{store, tasks, templates};

#[derive(clap::Args)]
pub struct Args {
    /// Bản thảo biên bản hội nghị, hoặc văn bản kết luận lập từ biên bản (.ron).
    pub draft: PathBuf,
    /// Tệp sẽ ghi: .xlsx (bảng Excel) hoặc .docx (phụ lục Word).
    #[arg(long, short)]
    pub output: PathBuf,
    /// Bộ quy tắc trình bày của phụ lục (mặc định: bộ ghi trong bản thảo).
    #[arg(long)]
    pub rules: Option<String>,
    /// Ghi đè nếu tệp đã có (kể cả tệp chỉ cho phép đọc).
    #[arg(long)]
    pub force: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Xlsx,
    Docx,
}

fn format_of(output: &Path) -> Result<Format, Error> {
    let ext = output
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("xlsx") => Ok(Format::Xlsx),
        Some("docx") => Ok(Format::Docx),
        _ => Err(Error::Io {
            action: "ghi",
            path: output.to_path_buf(),
            reason: "bảng theo dõi nhiệm vụ chỉ ghi được thành tệp Excel (.xlsx) hoặc Word (.docx): hãy đặt tên tệp có đuôi .xlsx hoặc .docx".to_owned(),
        }),
    }
}

pub fn run(args: &Args) -> Result<(), Error> {
    let rules_file = args.rules.as_deref().map(Path::new).filter(|p| p.is_file());
    let inputs: Vec<&Path> = std::iter::once(args.draft.as_path())
        .chain(rules_file)
        .collect();
    let target = Output::check(&args.output, &inputs, args.force)?;
    let format = format_of(&args.output)?;
    if args.output.exists() && !args.force {
        return Err(Error::Io {
            action: "ghi",
            path: args.output.clone(),
            reason: "tệp đã tồn tại (thêm --force để ghi đè)".to_owned(),
        });
    }
    let doc = store::load(&args.draft)?;
    let rules = match &args.rules {
        Some(name) => RuleSet::resolve(name)?,
        None => RuleSet::resolve_id(&doc.rules)?,
    };
    let rows = tasks::rows(&doc, &rules, templates::today()).map_err(|missing| Error::NoTasks {
        path: args.draft.clone(),
        reason: missing.reason().to_owned(),
    })?;
    // The record's own wording for a task without a lead body or a deadline (or without
    // content: left out of the table).
    for p in doc.conference.iter().flat_map(|c| c.problems()) {
        if p.message.contains(", nhiệm vụ ") {
            let note = match p.severity {
                Severity::Error => " Nhiệm vụ này không được đưa vào bảng.",
                Severity::Warning => "",
            };
            eprintln!("Chú ý: {}{note}", p.message);
        }
    }
    let bytes = match format {
        Format::Xlsx => tasks::workbook(&rows, &doc, &rules)?,
        Format::Docx => tasks::annex_docx(&rows, &doc, &rules)?,
    };
    target.write(|| store::write_atomic(&args.output, &bytes))?;
    let what = match format {
        Format::Xlsx => "bảng Excel",
        Format::Docx => "phụ lục Word",
    };
    println!(
        "Đã ghi {} nhiệm vụ vào {what} {}.",
        rows.len(),
        args.output.display()
    );
    Ok(())
}
