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
    #[error("Không có bộ quy tắc trình bày “{0}”. Các bộ có sẵn: dang-hd05-2026, dang-hd36-2018, nha-nuoc-nd30-2020 (hoặc đường dẫn tới tệp .ron).")]
    UnknownRules(String),
    #[error("Không có mẫu “{0}”. Xem danh sách bằng lệnh: vanban templates")]
    UnknownTemplate(String),
    #[error("Không tạo được tệp DOCX: {0}")]
    Export(String),
    #[error(
        "Không mở được cửa sổ soạn thảo: {0}. Các lệnh dòng lệnh vẫn dùng được (vanban --help)."
    )]
    Window(String),
    #[error("Không nhập được tệp “{path}”: {reason}.")]
    Import { path: PathBuf, reason: String },
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
        let reason = match e.kind() {
            io::ErrorKind::NotFound => "không tìm thấy tệp hoặc thư mục".to_owned(),
            // Windows refuses to replace a file that Word has open: sharing (32) or lock (33)
            // violation, or access denied — the clerk's usual case, so name it.
            _ if cfg!(windows) && matches!(e.raw_os_error(), Some(32 | 33)) => {
                "tệp đang mở trong chương trình khác (Word?): hãy đóng tệp rồi thử lại".to_owned()
            }
            io::ErrorKind::PermissionDenied if cfg!(windows) => {
                "không có quyền truy cập, hoặc tệp đang mở trong chương trình khác (Word?)"
                    .to_owned()
            }
            io::ErrorKind::PermissionDenied => "không có quyền truy cập".to_owned(),
            io::ErrorKind::AlreadyExists => "tệp đã tồn tại".to_owned(),
            io::ErrorKind::IsADirectory => "đây là một thư mục".to_owned(),
            _ => format!("lỗi hệ thống ({e})"),
        };
        Self::Io {
            action,
            path: path.to_path_buf(),
            reason,
        }
    }
}
