//! `vanban`: with no subcommand, the desktop editor (on the given draft or the bundled
//! sample); with one, the command line (new, export, import, check, templates, rules).

// No console window for the clerk who double-clicks vanban.exe; the CLI attaches to the
// terminal's console instead (see console.rs).
#![cfg_attr(windows, windows_subsystem = "windows")]

mod cli;
mod console;
mod gui;
#[cfg(windows)]
mod packet_keys;
// WM_CLASS and a readable WM_NAME on X11 (see x11_names.rs).
#[cfg(target_os = "linux")]
mod x11_names;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
