//! `vanban derive RECORD.ron --kind ket-luan|nghi-quyet|thong-bao-ket-luan|tin-bai -o OUT`:
//! a document written from a conference record. A draft goes to `.ron` (or straight to
//! `.docx`); the news item to `.txt` and/or `.html`. A record that cannot give the document
//! (no agenda, no chair, the chair marked absent…) is refused with its reason, exit code 2,
//! and nothing is written.

use std::path::{Path, PathBuf};
use vanban::derive::{self, Derived, Target};
use vanban::error::Error;
use vanban::model::record::Severity;
use vanban::rules::RuleSet;
use vanban::store::output::Output;
use vanban::{export, store};

#[derive(clap::Args)]
pub struct Args {
    /// Biên bản hội nghị (bản thảo .ron có bản ghi hội nghị).
    pub record: PathBuf,
    /// Văn bản cần lập: ket-luan, nghi-quyet, thong-bao-ket-luan, tin-bai.
    #[arg(long, short)]
    pub kind: String,
    /// Tệp sẽ ghi: .ron (bản thảo) hoặc .docx cho văn bản; .txt hoặc .html cho tin bài
    /// (mặc định: cạnh biên bản; tin bài ghi cả .txt và .html).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Ghi đè nếu tệp đã có.
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &Args) -> Result<(), Error> {
    let Some(target) = Target::from_id(args.kind.trim()) else {
        return Err(Error::Record(format!(
            "không có loại “{}”. Chọn một trong: {}.",
            args.kind,
            Target::ALL.map(Target::id).join(", ")
        )));
    };
    let outputs = outputs(args, target)?;
    // Refuse every output before reading: none may be the record, none may exist
    // without --force.
    let mut targets = Vec::new();
    for path in &outputs {
        let t = Output::check(path, &[&args.record], args.force)?;
        if path.exists() && !args.force {
            return Err(Error::Io {
                action: "ghi",
                path: path.clone(),
                reason: "tệp đã tồn tại (thêm --force để ghi đè)".to_owned(),
            });
        }
        targets.push((path, t));
    }
    let record = store::load(&args.record)?;
    let name = args
        .record
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let derived = derive::derive(&record, target, &name)?;
    if let Some(c) = &record.conference {
        for p in c
            .problems()
            .iter()
            .filter(|p| p.severity == Severity::Warning)
        {
            eprintln!("Chú ý: {}", p.message);
        }
    }
    for (path, t) in targets {
        let ext = extension(path);
        match &derived {
            Derived::Draft(doc) if ext == "docx" => {
                let rules = RuleSet::resolve_id(&doc.rules)?;
                t.write(|| export::docx_to_file(doc, &rules, path))?;
            }
            Derived::Draft(doc) => t.write(|| store::save(path, doc))?,
            Derived::News { text, html } => {
                let body = if ext == "txt" { text } else { html };
                t.write(|| store::write_atomic(path, body.as_bytes()))?;
            }
        }
        println!(
            "Đã lập {} từ biên bản {}: {}",
            target.label(),
            args.record.display(),
            path.display()
        );
    }
    Ok(())
}

/// The files to write, each with an extension the target can take.
fn outputs(args: &Args, target: Target) -> Result<Vec<PathBuf>, Error> {
    let allowed: &[&str] = match target {
        Target::TinBai => &["txt", "html", "htm"],
        _ => &["ron", "docx"],
    };
    let stem = |ext: &str| -> PathBuf {
        let s = args
            .record
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "bien-ban".into());
        args.record
            .with_file_name(format!("{s}-{}.{ext}", target.id()))
    };
    match &args.output {
        Some(out) if allowed.contains(&extension(out).as_str()) => Ok(vec![out.clone()]),
        Some(out) => Err(Error::Record(format!(
            "không ghi được {} ra tệp “{}”: chọn tệp có đuôi {}.",
            target.label(),
            out.display(),
            allowed
                .iter()
                .map(|e| format!(".{e}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
        None if target == Target::TinBai => Ok(vec![stem("txt"), stem("html")]),
        None => Ok(vec![stem("ron")]),
    }
}

fn extension(p: &Path) -> String {
    p.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}
