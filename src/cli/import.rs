//! `vanban import FILE -o draft.ron`: owned by the import work (issue 4).

use std::path::PathBuf;
use vanban::error::Error;

#[derive(clap::Args)]
pub struct Args {
    /// Tệp cần nhập (.txt, .md, .docx).
    pub input: PathBuf,
    /// Tệp bản thảo (.ron) sẽ ghi.
    #[arg(long, short)]
    pub output: PathBuf,
}

pub fn run(args: &Args) -> Result<(), Error> {
    Err(Error::Import {
        path: args.input.clone(),
        reason: "chức năng nhập chưa có trong phiên bản này".to_owned(),
    })
}
