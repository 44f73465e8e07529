//! Errors, worded in Vietnamese for the clerk: what went wrong and what to do.

use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("Không {action} được tệp “{path}”: {reason}.")]
    Io {
        action: &'static str,
        path: PathBuf,
        reason: String,
    },
    #[error(
        "Tệp “{path}” không đúng định dạng (dòng {line}, cột {col}): {msg}. Tệp không bị thay đổi."
    )]
    Parse {
        path: PathBuf,
        line: usize,
        col: usize,
        msg: String,
    },
    #[error("Tệp “{path}” không phải tệp văn bản UTF-8 (có thể là tệp nhị phân hoặc bị hỏng).")]
    NotText { path: PathBuf },
    #[error(
        "Bản thảo “{path}” được lưu bằng phiên bản vanban mới hơn (định dạng {found}; phiên bản này đọc được đến {supported}). Hãy cập nhật vanban. Tệp không bị thay đổi."
    )]
    NewerFormat {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("Không có bộ quy tắc trình bày “{0}”. Các bộ có sẵn: dang-hd05-2026, dang-hd36-2018, nha-nuoc-nd30-2020 (trên dòng lệnh, --rules nhận cả đường dẫn tới một tệp .ron).")]
    UnknownRules(String),
    #[error("Không có mẫu “{0}”. Xem danh sách bằng lệnh: vanban templates")]
    UnknownTemplate(String),
    #[error("Không tạo được tệp DOCX: {0}")]
    Export(String),
    #[error("Không tạo được tệp PDF: {0}.")]
    Pdf(String),
    #[error(
        "Không mở được cửa sổ soạn thảo: {0}. Các lệnh dòng lệnh vẫn dùng được (vanban --help)."
    )]
    Window(String),
    /// A conference record that cannot give the document asked for.
    #[error("Không lập được văn bản từ biên bản: {0} Không có tệp nào được ghi.")]
    Record(String),
    #[error("Không nhập được tệp “{path}”: {reason}.")]
    Import { path: PathBuf, reason: String },
    #[error(
        "Bản thảo “{path}” không có nhiệm vụ nào để theo dõi: {reason}. Không có tệp nào được ghi."
    )]
    NoTasks { path: PathBuf, reason: String },
    #[error("Không tạo được tệp Excel (XLSX): {0}")]
    Spreadsheet(String),
    #[error(
        "Tệp sẽ ghi “{output}” chính là tệp nguồn “{input}”: ghi vào đó sẽ làm mất tệp nguồn. Hãy chọn một tên khác cho tệp sẽ ghi (-o TÊN). Không có tệp nào bị thay đổi."
    )]
    OutputIsInput { output: PathBuf, input: PathBuf },
    #[error(
        "Không ghi được vào “{path}”: đây không phải một tệp thông thường (có thể là thiết bị hoặc đường ống). Hãy chọn một tệp khác. Không có gì bị thay đổi."
    )]
    NotRegularOutput { path: PathBuf },
    #[error(
        "Tệp “{path}” chỉ cho phép đọc (read-only), nên vanban không ghi đè lên. Hãy chọn một tên khác, hoặc bỏ chế độ chỉ đọc của tệp (ở dòng lệnh: thêm --force để vẫn ghi; tệp mới vẫn giữ chế độ chỉ đọc)."
    )]
    ReadOnlyOutput { path: PathBuf },
    #[error(
        "“{path}” là một liên kết (lối tắt) trỏ tới tệp không có, nên vanban không ghi theo nó. Hãy chọn một tên khác."
    )]
    DanglingLink { path: PathBuf },
}

impl Error {
    /// A read error on `path`.
    pub fn io(path: &Path, e: io::Error) -> Self {
        Self::io_action("đọc", path, e)
    }

    /// A write error on `path`.
    pub fn write(path: &Path, e: io::Error) -> Self {
        Self::io_action("ghi", path, e)
    }

    fn io_action(action: &'static str, path: &Path, e: io::Error) -> Self {
        Self::Io {
            action,
            path: path.to_path_buf(),
            reason: io_reason(&e),
        }
    }
}

/// What went wrong, in Vietnamese, for an OS error: the clerk cannot read the system's
/// English text ("No space left on device"), so the common kinds are named and anything
/// else keeps only the OS error number, which a technician can look up.
pub fn io_reason(e: &io::Error) -> String {
    use io::ErrorKind as K;
    // Windows refuses to replace a file that Word has open: sharing (32) or lock (33)
    // violation, or access denied — the clerk's usual case, so name it.
    if cfg!(windows) && matches!(e.raw_os_error(), Some(32 | 33)) {
        return "tệp đang mở trong chương trình khác (Word?): hãy đóng tệp rồi thử lại".to_owned();
    }
    if let Some(reason) = raw_reason(e.raw_os_error()) {
        return reason.to_owned();
    }
    let reason = match e.kind() {
        K::NotFound => "không tìm thấy tệp hoặc thư mục",
        K::PermissionDenied if cfg!(windows) => {
            "không có quyền truy cập, hoặc tệp đang mở trong chương trình khác (Word?)"
        }
        K::PermissionDenied => "không có quyền truy cập",
        K::AlreadyExists => "tệp đã tồn tại",
        K::IsADirectory => "đây là một thư mục",
        K::NotADirectory => "một phần của đường dẫn không phải là thư mục",
        K::DirectoryNotEmpty => "thư mục không trống",
        K::StorageFull => "ổ đĩa đã đầy: hãy giải phóng chỗ trống rồi thử lại",
        K::ReadOnlyFilesystem => "ổ đĩa hoặc thư mục chỉ cho phép đọc (read-only)",
        K::FileTooLarge => "tệp quá lớn",
        K::ResourceBusy | K::ExecutableFileBusy => {
            "tệp hoặc thiết bị đang bận: hãy đóng chương trình đang dùng nó rồi thử lại"
        }
        K::TooManyLinks => "quá nhiều liên kết tới tệp",
        K::StaleNetworkFileHandle
        | K::NetworkDown
        | K::NetworkUnreachable
        | K::HostUnreachable
        | K::ConnectionRefused
        | K::ConnectionReset
        | K::ConnectionAborted
        | K::NotConnected
        | K::BrokenPipe => "mất kết nối tới ổ mạng hoặc thiết bị",
        K::TimedOut | K::WouldBlock => "hết thời gian chờ",
        K::Interrupted => "thao tác bị ngắt giữa chừng",
        K::InvalidInput => "đường dẫn hoặc tham số không hợp lệ",
        K::InvalidData => "dữ liệu không hợp lệ",
        K::UnexpectedEof => "tệp bị cắt cụt (hết dữ liệu sớm hơn dự kiến)",
        K::WriteZero => "không ghi được dữ liệu",
        K::OutOfMemory => "không đủ bộ nhớ",
        K::Unsupported => "hệ thống không hỗ trợ thao tác này",
        _ => {
            return match e.raw_os_error() {
                Some(code) => format!("lỗi hệ thống (mã {code})"),
                None => "lỗi hệ thống không rõ".to_owned(),
            }
        }
    };
    reason.to_owned()
}

/// OS errors that std gives no stable kind for at our minimum Rust version (1.85):
/// a name too long, a name with characters the file system refuses, a disk quota.
fn raw_reason(code: Option<i32>) -> Option<&'static str> {
    const NAME_TOO_LONG: &str = "tên tệp hoặc đường dẫn quá dài: hãy đặt tên ngắn hơn";
    const QUOTA: &str = "đã hết hạn mức dung lượng được cấp trên ổ đĩa";
    let code = code?;
    let reason = match code {
        // ENAMETOOLONG, EDQUOT
        36 if cfg!(target_os = "linux") => NAME_TOO_LONG,
        122 if cfg!(target_os = "linux") => QUOTA,
        63 if cfg!(target_vendor = "apple") => NAME_TOO_LONG,
        69 if cfg!(target_vendor = "apple") => QUOTA,
        // ERROR_FILENAME_EXCED_RANGE, ERROR_INVALID_NAME, ERROR_DISK_QUOTA_EXCEEDED
        206 if cfg!(windows) => NAME_TOO_LONG,
        123 if cfg!(windows) => "tên tệp có ký tự không được phép (như \\ / : * ? \" < > |)",
        1295 if cfg!(windows) => QUOTA,
        _ => return None,
    };
    Some(reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(e: io::Error) -> String {
        Error::write(Path::new("x.docx"), e).to_string()
    }

    #[test]
    fn common_os_errors_are_in_vietnamese() {
        for kind in [
            io::ErrorKind::StorageFull,
            io::ErrorKind::ReadOnlyFilesystem,
            io::ErrorKind::NotADirectory,
            io::ErrorKind::ResourceBusy,
            io::ErrorKind::NotFound,
        ] {
            let text = reason(io::Error::from(kind));
            assert!(!text.contains("lỗi hệ thống"), "{kind:?} named: {text}");
        }
        assert!(reason(io::Error::from(io::ErrorKind::StorageFull)).contains("đầy"));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn os_text_is_replaced_by_its_number() {
        // ENOSPC, ENAMETOOLONG, EROFS, then ENOTSUP (no Vietnamese name of ours).
        assert!(reason(io::Error::from_raw_os_error(28)).contains("đầy"));
        assert!(reason(io::Error::from_raw_os_error(36)).contains("quá dài"));
        assert!(reason(io::Error::from_raw_os_error(30)).contains("chỉ cho phép đọc"));
        let other = reason(io::Error::from_raw_os_error(71)); // EPROTO
        assert!(other.contains("mã 71"), "{other}");
        assert!(!other.contains("os error"), "{other}");
    }
}
