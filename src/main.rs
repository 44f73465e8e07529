//! `vanban`: with no subcommand, the desktop editor (on the given draft or the bundled
//! sample); with one, the command line (new, export, import, check, templates, rules).

mod cli;
mod gui;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
