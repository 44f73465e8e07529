//! Handing a file or folder to the system: "open the exported DOCX" (Word) and "show the folder".

use crate::error::Error;
use std::path::Path;

/// Opens a file or folder with the system's default program.
///
/// On Windows this is `ShellExecuteW(…, "open", …)`, the call Explorer itself makes: no command
/// line is parsed on the way, so names such as "Kết luận số 15, A&B.docx" arrive intact
/// (`cmd /C start` would treat `&` as a command separator; `explorer.exe` splits on commas and
/// turns a relative path into "Documents").
pub fn open_with_system(path: &Path) -> Result<(), Error> {
    // Relative paths would be resolved against whatever the working directory is.
    let path = std::path::absolute(path).map_err(|e| Error::io(path, e))?;
    open(&path)
}

#[cfg(windows)]
fn open(path: &Path) -> Result<(), Error> {
    use windows_sys::Win32::UI::WindowsAndMessaging::SW_SHOWNORMAL;
    // Documented: a value above 32 is success, anything else an error code.
    if shell_execute("open", path, SW_SHOWNORMAL) > 32 {
        Ok(())
    } else {
        Err(Error::io(path, std::io::Error::last_os_error()))
    }
}

/// ShellExecuteW with `verb` ("open", "print") on `path`: the code it returns, above 32 on
/// success. Shared by opening an exported file and printing a PDF.
#[cfg(windows)]
pub(crate) fn shell_execute(
    verb: &str,
    path: &Path,
    show: windows_sys::Win32::UI::WindowsAndMessaging::SHOW_WINDOW_CMD,
) -> usize {
    use std::os::windows::ffi::OsStrExt;
    use windows_sys::Win32::UI::Shell::ShellExecuteW;
    let wide = |s: &std::ffi::OsStr| s.encode_wide().chain([0]).collect::<Vec<u16>>();
    let verb = wide(verb.as_ref());
    let file = wide(path.as_os_str());
    // SAFETY: both strings are NUL-terminated UTF-16 buffers that outlive the call.
    let code = unsafe {
        ShellExecuteW(
            std::ptr::null_mut(),
            verb.as_ptr(),
            file.as_ptr(),
            std::ptr::null(),
            std::ptr::null(),
            show,
        )
    };
    code as usize
}

#[cfg(not(windows))]
fn open(path: &Path) -> Result<(), Error> {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(path)
        .spawn()
        .map(|_| ())
        .map_err(|e| Error::io(path, e))
}
