//! `vanban import FILE -o draft.ron [--encoding auto|utf8|tcvn3|vni] [--force]`: a text,
//! Markdown or Word file into a draft. Warnings go to stderr in Vietnamese; bad input
//! exits with code 2 and writes nothing; the draft is written atomically.

use std::path::PathBuf;
use vanban::error::Error;
use vanban::import::{self, Encoding, Options};

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum EncodingArg {
    /// Tự nhận biết (Unicode, TCVN3 hoặc VNI).
    Auto,
    Utf8,
    /// TCVN3 (ABC), phông .VnTime.
    Tcvn3,
    /// VNI-Windows, phông VNI-Times.
    Vni,
}

#[derive(clap::Args)]
pub struct Args {
    /// Tệp cần nhập (.txt, .md, .docx).
    pub input: PathBuf,
    /// Tệp bản thảo (.ron) sẽ ghi.
    #[arg(long, short)]
    pub output: PathBuf,
    /// Bảng mã của tệp văn bản.
    #[arg(long, value_enum, default_value = "auto")]
    pub encoding: EncodingArg,
    /// Ghi đè nếu tệp bản thảo đã có.
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &Args) -> Result<(), Error> {
    // Before "already exists": with --force, that is the one that matters.
    let target = super::Output::check(&args.output, &[&args.input], args.force)?;
    if args.output.exists() && !args.force {
        return Err(Error::Io {
            action: "ghi",
            path: args.output.clone(),
            reason: "tệp đã tồn tại (thêm --force để ghi đè)".to_owned(),
        });
    }
    let encoding = match args.encoding {
        EncodingArg::Auto => Encoding::Auto,
        EncodingArg::Utf8 => Encoding::Utf8,
        EncodingArg::Tcvn3 => Encoding::Tcvn3,
        EncodingArg::Vni => Encoding::Vni,
    };
    let imported = import::import_path(&args.input, &Options { encoding })?;
    for w in &imported.warnings {
        eprintln!("Chú ý: {w}");
    }
    target.write(|| vanban::store::save(&args.output, &imported.document))?;
    let doc = &imported.document;
    let mut sections = 0;
    vanban::model::body::visit_sections(&doc.body, &mut |_, _, _| sections += 1);
    println!(
        "Đã nhập {} thành bản thảo {}: {}, {} mục, {} nơi nhận ({} chú ý).",
        args.input.display(),
        args.output.display(),
        doc.kind.label(),
        sections,
        doc.recipients.len(),
        imported.warnings.len()
    );
    Ok(())
}
