//! `vanban`: the command line. With no subcommand it will open the editor; until the
//! editor lands it explains the commands.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
