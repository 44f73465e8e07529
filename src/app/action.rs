//! Every user action with its Vietnamese label, shortcut and tooltip, in one table:
//! menus, the help panel and the keyboard handler are all generated from it.

use egui::{Key, KeyboardShortcut, Modifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    New,
    Open,
    Save,
    SaveAs,
    Import,
    Paste,
    AuditWord,
    Export,
    /// The same pages as the preview, as a PDF file.
    ExportPdf,
    /// The electronic version, with the profile's signature and seal images, as a PDF
    /// (what is signed digitally most often) or a DOCX.
    ExportElectronicPdf,
    ExportElectronic,
    /// The pages the preview shows, on the default printer.
    Print,
    Undo,
    Redo,
    AddSection,
    AddChild,
    MoveUp,
    MoveDown,
    Indent,
    Outdent,
    Delete,
    Bold,
    Italic,
    Underline,
    Profile,
    /// The record workspace (biên bản hội nghị).
    Record,
    Help,
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Action {
    pub const ALL: [Action; 27] = [
        Action::New,
        Action::Open,
        Action::Save,
        Action::SaveAs,
        Action::Import,
        Action::Paste,
        Action::AuditWord,
        Action::Export,
        Action::ExportPdf,
        Action::ExportElectronicPdf,
        Action::ExportElectronic,
        Action::Print,
        Action::Undo,
        Action::Redo,
        Action::AddSection,
        Action::AddChild,
        Action::MoveUp,
        Action::MoveDown,
        Action::Indent,
        Action::Outdent,
        Action::Delete,
        Action::Bold,
        Action::Italic,
        Action::Underline,
        Action::Profile,
        Action::Record,
        Action::Help,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Action::New => "Mới từ mẫu…",
            Action::Open => "Mở…",
            Action::Save => "Lưu",
            Action::SaveAs => "Lưu thành…",
            Action::Import => "Nhập…",
            Action::Paste => "Dán thành văn bản…",
            Action::AuditWord => "Kiểm tra tệp Word…",
            Action::Export => "Xuất DOCX…",
            Action::ExportPdf => "Xuất PDF…",
            Action::ExportElectronicPdf => "Xuất bản điện tử (PDF)…",
            Action::ExportElectronic => "Xuất bản điện tử (DOCX)…",
            Action::Print => "In…",
            Action::Undo => "Hoàn tác",
            Action::Redo => "Làm lại",
            Action::AddSection => "Thêm mục cùng cấp",
            Action::AddChild => "Thêm mục con",
            Action::MoveUp => "Chuyển lên",
            Action::MoveDown => "Chuyển xuống",
            Action::Indent => "Lùi vào (xuống cấp)",
            Action::Outdent => "Lùi ra (lên cấp)",
            Action::Delete => "Xóa mục",
            Action::Bold => "Đậm",
            Action::Italic => "Nghiêng",
            Action::Underline => "Gạch chân",
            Action::Profile => "Thông tin cơ quan…",
            Action::Record => "Ghi biên bản hội nghị",
            Action::Help => "Phím tắt",
        }
    }

    pub fn tooltip(self) -> &'static str {
        match self {
            Action::New => "Tạo bản thảo mới từ một mẫu văn bản",
            Action::Open => "Mở một bản thảo đã lưu (.ron)",
            Action::Save => "Lưu bản thảo",
            Action::SaveAs => "Lưu bản thảo vào tệp khác",
            Action::Import => "Nhập tệp văn bản, Markdown hoặc Word thành bản thảo",
            Action::Paste => {
                "Dán văn bản sao chép từ Word, trang web hoặc PDF và nhận dạng cấu trúc"
            }
            Action::AuditWord => {
                "Kiểm tra thể thức một tệp Word nhận được (văn bản của Đảng hoặc nhà nước) mà không mở thành bản thảo"
            }
            Action::Export => "Xuất tệp Word đúng thể thức để in và trình ký",
            Action::ExportPdf => {
                "Xuất tệp PDF đúng như bản xem trước, để gửi hoặc in từ trình đọc PDF"
            }
            Action::ExportElectronicPdf => {
                "Xuất tệp PDF có hình ảnh chữ ký (giữa chức vụ và họ tên) và hình ảnh con dấu (trùm khoảng 1/3 chữ ký về bên trái) theo Hướng dẫn 05-HD/VPTW, để ký số"
            }
            Action::Print => "In văn bản (tất cả hoặc một số trang) ra máy in mặc định",
            Action::ExportElectronic => {
                "Xuất tệp Word có hình ảnh chữ ký (giữa chức vụ và họ tên) và hình ảnh con dấu (trùm khoảng 1/3 chữ ký về bên trái) theo Hướng dẫn 05-HD/VPTW, để ký số"
            }
            Action::Undo => "Hoàn tác thao tác vừa làm",
            Action::Redo => "Làm lại thao tác vừa hoàn tác",
            Action::AddSection => "Thêm một mục ngay sau mục đang chọn",
            Action::AddChild => "Thêm một mục con vào cuối mục đang chọn",
            Action::MoveUp => "Đổi chỗ mục đang chọn với mục phía trên",
            Action::MoveDown => "Đổi chỗ mục đang chọn với mục phía dưới",
            Action::Indent => "Đưa mục vào trong mục phía trên (xuống một cấp)",
            Action::Outdent => "Đưa mục ra ngoài mục cha (lên một cấp)",
            Action::Delete => "Xóa mục đang chọn cùng các mục con",
            Action::Bold => "In đậm phần chữ đang chọn",
            Action::Italic => "In nghiêng phần chữ đang chọn",
            Action::Underline => "Gạch chân phần chữ đang chọn",
            Action::Profile => "Tên cơ quan, địa danh, nơi nhận và người ký thường dùng",
            Action::Record => {
                "Ghi diễn biến hội nghị: điểm danh, nội dung, ý kiến phát biểu, biểu quyết, kết luận và nhiệm vụ"
            }
            Action::Help => "Danh sách phím tắt",
        }
    }

    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let k = KeyboardShortcut::new;
        Some(match self {
            Action::New => k(CMD, Key::N),
            Action::Open => k(CMD, Key::O),
            Action::Save => k(CMD, Key::S),
            Action::SaveAs => k(CMD_SHIFT, Key::S),
            Action::Import => k(CMD_SHIFT, Key::I),
            Action::AuditWord => k(CMD_SHIFT, Key::K),
            Action::Export => k(CMD, Key::E),
            // Beside Ctrl+E, the DOCX: the same export in the other format.
            Action::ExportPdf => k(CMD_SHIFT, Key::E),
            Action::Print => k(CMD, Key::P),
            Action::Undo => k(CMD, Key::Z),
            Action::Redo => k(CMD, Key::Y),
            Action::AddSection => k(CMD, Key::Enter),
            Action::AddChild => k(CMD_SHIFT, Key::Enter),
            Action::MoveUp => k(Modifiers::ALT, Key::ArrowUp),
            Action::MoveDown => k(Modifiers::ALT, Key::ArrowDown),
            Action::Indent => k(Modifiers::NONE, Key::Tab),
            Action::Outdent => k(Modifiers::SHIFT, Key::Tab),
            Action::Delete => k(CMD, Key::Delete),
            Action::Bold => k(CMD, Key::B),
            Action::Italic => k(CMD, Key::I),
            Action::Underline => k(CMD, Key::U),
            Action::Record => k(CMD_SHIFT, Key::M),
            // Ctrl+V reaches egui as a paste event, never as a key: menu only.
            Action::Profile
            | Action::Paste
            | Action::ExportElectronic
            | Action::ExportElectronicPdf => return None,
            Action::Help => k(Modifiers::NONE, Key::F1),
        })
    }

    /// Ctrl+Shift+Z, the other usual key for redo.
    pub fn redo_alternative() -> KeyboardShortcut {
        KeyboardShortcut::new(CMD_SHIFT, Key::Z)
    }

    /// Actions that act on the outline and only make sense while it has the keyboard.
    pub fn is_outline(self) -> bool {
        matches!(
            self,
            Action::MoveUp | Action::MoveDown | Action::Indent | Action::Outdent
        )
    }

    /// Actions that act on selected text inside a paragraph editor.
    pub fn is_text_format(self) -> bool {
        matches!(self, Action::Bold | Action::Italic | Action::Underline)
    }
}
