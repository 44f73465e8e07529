//! The Windows console, for the command line.
//!
//! vanban.exe is a GUI-subsystem program (`windows_subsystem = "windows"` in main.rs) so that no
//! black console window flashes up when a clerk double-clicks it. Such a program starts without a
//! console; for the CLI subcommands it borrows the console of the terminal it was started from
//! (`AttachConsole(ATTACH_PARENT_PROCESS)`), so `println!` reaches the user. Handles that were
//! already redirected (a pipe or a file: scripts, CI, Wine) are kept as they are.
//!
//! The GUI never attaches: a program attached to a console is killed when that console closes,
//! and the clerk's unsaved draft with it.

/// Gives the CLI a place to print. Does nothing off Windows, or when there is no parent console
/// (started from Explorer): output is then dropped, as for any GUI program.
#[cfg(windows)]
pub fn attach_parent() {
    use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
    use windows_sys::Win32::System::Console::{
        AttachConsole, GetStdHandle, SetStdHandle, ATTACH_PARENT_PROCESS, STD_ERROR_HANDLE,
        STD_HANDLE, STD_OUTPUT_HANDLE,
    };
    let valid = |h: HANDLE| !h.is_null() && h != INVALID_HANDLE_VALUE;
    let kinds: [STD_HANDLE; 2] = [STD_OUTPUT_HANDLE, STD_ERROR_HANDLE];
    // SAFETY: plain Win32 calls on this process's own standard handles; no pointers are kept.
    unsafe {
        let before = kinds.map(|k| GetStdHandle(k));
        if before.iter().all(|&h| valid(h)) {
            return;
        }
        if AttachConsole(ATTACH_PARENT_PROCESS) == 0 {
            return;
        }
        for (kind, old) in kinds.into_iter().zip(before) {
            if valid(old) {
                // `vanban export … > log.txt`: the file stays stdout, only stderr goes to the console.
                SetStdHandle(kind, old);
            } else if !valid(GetStdHandle(kind)) {
                // Older Windows versions do not fill in the handles on attach.
                SetStdHandle(kind, console_output());
            }
        }
    }
}

#[cfg(not(windows))]
pub fn attach_parent() {}

/// Opens the attached console's screen buffer for writing (null if it cannot be opened).
#[cfg(windows)]
fn console_output() -> windows_sys::Win32::Foundation::HANDLE {
    use std::os::windows::io::IntoRawHandle;
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("CONOUT$")
        // The handle stays open for the life of the process, as a standard handle must.
        .map(|f| f.into_raw_handle())
        .unwrap_or(std::ptr::null_mut())
}

/// Tells the clerk why the window did not open. From Explorer there is no terminal to read
/// stderr in, so on Windows this is a message box; elsewhere stderr is enough.
pub fn show_fatal(message: &str) {
    eprintln!("Lỗi: {message}");
    #[cfg(windows)]
    {
        rfd::MessageDialog::new()
            .set_level(rfd::MessageLevel::Error)
            .set_title("vanban")
            .set_description(message)
            .show();
    }
}
