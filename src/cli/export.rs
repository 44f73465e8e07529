//! `vanban export DRAFT [-o OUT.docx|OUT.pdf] [--format docx|pdf] [--pdfa] [--rules R]
//! [--force]`: the draft as a Word file or a PDF, chosen by the output's extension unless
//! --format says otherwise. Any other extension is refused (exit code 2) before anything is
//! read or written, so a mistyped `-o kl.odt` never becomes a DOCX under a misleading name.

use std::path::{Path, PathBuf};
use vanban::error::Error;
use vanban::export::PdfOptions;
use vanban::rules::RuleSet;
use vanban::store::output::Output;
use vanban::{export, store};

#[derive(clap::Args)]
pub struct Args {
    /// Tệp bản thảo (.ron).
    pub draft: PathBuf,
    /// Tệp sẽ ghi: .docx (Word) hoặc .pdf (mặc định: cùng tên với bản thảo, đuôi .docx).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Định dạng tệp sẽ ghi, bất kể đuôi tên tệp (mặc định: theo đuôi tên tệp).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Ghi PDF theo chuẩn lưu trữ PDF/A-2b (chỉ dùng với tệp PDF).
    #[arg(long)]
    pub pdfa: bool,
    /// Bộ quy tắc trình bày (mặc định: bộ ghi trong bản thảo).
    #[arg(long)]
    pub rules: Option<String>,
    /// Ghi đè cả tệp chỉ cho phép đọc (read-only); tệp mới vẫn chỉ cho phép đọc.
    #[arg(long)]
    pub force: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, clap::ValueEnum)]
pub enum Format {
    Docx,
    Pdf,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Pdf => "pdf",
        }
    }
}

/// The format asked for: --format, else the output's extension (any letter case).
fn format_of(output: &Path, asked: Option<Format>) -> Result<Format, Error> {
    if let Some(format) = asked {
        return Ok(format);
    }
    let ext = output
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("docx") => Ok(Format::Docx),
        Some("pdf") => Ok(Format::Pdf),
        _ => Err(Error::Io {
            action: "ghi",
            path: output.to_path_buf(),
            reason: "vanban chỉ xuất được tệp Word (.docx) hoặc PDF (.pdf): hãy đặt tên tệp có đuôi .docx hoặc .pdf (hoặc chọn định dạng bằng --format docx|pdf)".to_owned(),
        }),
    }
}

pub fn run(args: &Args) -> Result<(), Error> {
    let output = args.output.clone().unwrap_or_else(|| {
        args.draft
            .with_extension(args.format.unwrap_or(Format::Docx).extension())
    });
    // A rule set given as a file is an input too.
    let rules_file = args.rules.as_deref().map(Path::new).filter(|p| p.is_file());
    let inputs: Vec<&Path> = std::iter::once(args.draft.as_path())
        .chain(rules_file)
        .collect();
    // The input itself first: `-o kl.ron` is "that is your draft", not "wrong extension".
    let target = Output::check(&output, &inputs, args.force)?;
    let format = format_of(&output, args.format)?;
    if args.pdfa && format != Format::Pdf {
        return Err(Error::Io {
            action: "ghi",
            path: output,
            reason: "--pdfa chỉ dùng khi xuất PDF (đuôi .pdf hoặc --format pdf)".to_owned(),
        });
    }
    let doc = store::load(&args.draft)?;
    // A rule-set file only when the clerk names one; what the draft names is an id.
    let rules = match &args.rules {
        Some(name) => RuleSet::resolve(name)?,
        None => RuleSet::resolve_id(&doc.rules)?,
    };
    match format {
        Format::Docx => target.write(|| export::docx_to_file(&doc, &rules, &output))?,
        Format::Pdf => {
            let options = PdfOptions {
                pdfa: args.pdfa,
                pages: None,
            };
            // Laid out and written before the file is touched: a refusal (PDF/A) leaves
            // any old file as it was.
            let bytes = export::pdf::document(&doc, &rules, &options)?;
            target.write(|| store::write_atomic(&output, &bytes))?;
        }
    }
    println!("Đã xuất {} theo {}.", output.display(), rules.name);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_chooses_unless_format_is_given() {
        let f = |name: &str, asked| format_of(Path::new(name), asked).ok();
        assert_eq!(f("a.docx", None), Some(Format::Docx));
        assert_eq!(f("a.PDF", None), Some(Format::Pdf));
        assert_eq!(f("a.docx", Some(Format::Pdf)), Some(Format::Pdf));
        assert_eq!(f("a.txt", Some(Format::Docx)), Some(Format::Docx));
        assert_eq!(f("a.txt", None), None);
        assert_eq!(f("a", None), None);
    }
}
