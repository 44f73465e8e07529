//! `vanban check FILE`: owned by the checker work (issue 5).

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Bản thảo (.ron) hoặc tệp Word (.docx) cần kiểm tra.
    pub input: PathBuf,
}

pub fn run(args: &Args) -> ExitCode {
    eprintln!(
        "Lỗi: chức năng kiểm tra chưa có trong phiên bản này ({}).",
        args.input.display()
    );
    ExitCode::from(2)
}
