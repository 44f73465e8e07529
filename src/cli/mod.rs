//! Command-line interface: messages in Vietnamese, exit code 2 on bad input, and never a
//! half-written output file (every write goes through `store::write_atomic`).

mod check;
mod derive;
mod export;
mod import;
mod tasks;

mod usage;

use clap::{CommandFactory, Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vanban::error::Error;
use vanban::rules::RuleSet;
use vanban::store::output::Output;
use vanban::{store, templates};

#[derive(Parser)]
#[command(
    name = "vanban",
    version,
    about = "Soạn thảo Kết luận, Nghị quyết… của cấp ủy Đảng và xuất tệp Word (DOCX) đúng thể thức.",
    long_about = "Soạn thảo Kết luận, Nghị quyết… của cấp ủy Đảng và xuất tệp Word (DOCX) đúng thể thức.\n\nKhông có lệnh con: mở cửa sổ soạn thảo (trên bản thảo FILE, hoặc bản mẫu).",
    disable_help_subcommand = true,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Bản thảo (.ron) cần mở trong cửa sổ soạn thảo.
    file: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Tạo bản thảo mới từ một mẫu.
    New {
        /// Tên mẫu (xem: vanban templates).
        #[arg(long, short)]
        template: String,
        /// Tệp bản thảo (.ron) sẽ tạo.
        #[arg(long, short)]
        output: PathBuf,
        /// Ghi đè nếu tệp đã có.
        #[arg(long)]
        force: bool,
    },
    /// Xuất bản thảo ra tệp Word (DOCX) hoặc PDF đúng thể thức.
    Export(export::Args),
    /// Nhập tệp văn bản, Markdown hoặc Word (DOCX) thành bản thảo có cấu trúc.
    Import(import::Args),
    /// Kiểm tra thể thức một bản thảo (.ron) hoặc một tệp Word (.docx).
    Check(check::Args),
    /// Lập bảng theo dõi nhiệm vụ (Excel .xlsx hoặc phụ lục Word .docx) từ biên bản hội nghị.
    Tasks(tasks::Args),
    /// Lập Kết luận, Nghị quyết, Thông báo kết luận hoặc tin bài từ biên bản hội nghị.
    Derive(derive::Args),
    /// Liệt kê các mẫu văn bản có sẵn.
    Templates,
    /// Liệt kê các bộ quy tắc trình bày có sẵn.
    Rules,
}

pub fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help, --version or a usage error: text for a terminal.
            crate::console::attach_parent();
            if usage::is_requested_text(&e) {
                e.exit()
            }
            eprintln!("{}", usage::explain(&e, &mut Cli::command(), &args));
            return ExitCode::from(2);
        }
    };
    if cli.command.is_none() {
        if let Some(word) = usage::unknown_first_word(&args, &Cli::command()) {
            // `vanban frobnicate`: a mistyped command, not a draft to open.
            crate::console::attach_parent();
            eprintln!("{}", usage::unknown_word(&word, &Cli::command()));
            return ExitCode::from(2);
        }
        return match crate::gui::run(cli.file) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                crate::console::show_fatal(&e.to_string());
                ExitCode::from(2)
            }
        };
    }
    crate::console::attach_parent();
    // `check` has its own exit codes: 1 when the document has errors.
    if let Some(Command::Check(args)) = &cli.command {
        return check::run(args);
    }
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Lỗi: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Option<Command>) -> Result<(), Error> {
    match command {
        // The GUI is started by `main`.
        None => Ok(()),
        Some(Command::New {
            template,
            output,
            force,
        }) => new(&template, &output, force),
        Some(Command::Export(args)) => export::run(&args),
        Some(Command::Import(args)) => import::run(&args),
        Some(Command::Tasks(args)) => tasks::run(&args),
        Some(Command::Derive(args)) => derive::run(&args),
        // Handled in `main`.
        Some(Command::Check(_)) => Ok(()),
        Some(Command::Templates) => {
            for t in templates::all() {
                println!("{:<24} {}", t.id, t.description);
            }
            Ok(())
        }
        Some(Command::Rules) => {
            for r in RuleSet::builtin() {
                let (y, m, d) = r.in_force_from;
                println!("{:<20} {} (từ {d:02}/{m:02}/{y})", r.id, r.name);
            }
            Ok(())
        }
    }
}

fn new(template: &str, output: &Path, force: bool) -> Result<(), Error> {
    let t = templates::find(template)?;
    if output.exists() && !force {
        return Err(Error::Io {
            action: "tạo",
            path: output.to_path_buf(),
            reason: "tệp đã tồn tại (thêm --force để ghi đè)".to_owned(),
        });
    }
    let target = Output::check(output, &[], force)?;
    let doc = t.new_draft(templates::today())?;
    target.write(|| store::save(output, &doc))?;
    println!("Đã tạo bản thảo {} từ mẫu “{}”.", output.display(), t.id);
    Ok(())
}
