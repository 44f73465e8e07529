//! Document types of the Party system (spec §7) with their printed names and symbols.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DocKind {
    NghiQuyet,
    KetLuan,
    ThongBaoKetLuan,
    ThongBao,
    ChiThi,
    QuyetDinh,
    QuyChe,
    QuyDinh,
    ThongTri,
    HuongDan,
    ThongCao,
    BaoCao,
    KeHoach,
    ChuongTrinh,
    DeAn,
    PhuongAn,
    ToTrinh,
    BienBan,
    CongVan,
}

impl DocKind {
    pub const ALL: [DocKind; 19] = [
        DocKind::NghiQuyet,
        DocKind::KetLuan,
        DocKind::ThongBaoKetLuan,
        DocKind::ThongBao,
        DocKind::ChiThi,
        DocKind::QuyetDinh,
        DocKind::QuyChe,
        DocKind::QuyDinh,
        DocKind::ThongTri,
        DocKind::HuongDan,
        DocKind::ThongCao,
        DocKind::BaoCao,
        DocKind::KeHoach,
        DocKind::ChuongTrinh,
        DocKind::DeAn,
        DocKind::PhuongAn,
        DocKind::ToTrinh,
        DocKind::BienBan,
        DocKind::CongVan,
    ];

    /// The type name printed as the title; a công văn prints none.
    pub fn printed_name(self) -> &'static str {
        match self {
            DocKind::NghiQuyet => "NGHỊ QUYẾT",
            DocKind::KetLuan => "KẾT LUẬN",
            DocKind::ThongBaoKetLuan => "THÔNG BÁO KẾT LUẬN",
            DocKind::ThongBao => "THÔNG BÁO",
            DocKind::ChiThi => "CHỈ THỊ",
            DocKind::QuyetDinh => "QUYẾT ĐỊNH",
            DocKind::QuyChe => "QUY CHẾ",
            DocKind::QuyDinh => "QUY ĐỊNH",
            DocKind::ThongTri => "THÔNG TRI",
            DocKind::HuongDan => "HƯỚNG DẪN",
            DocKind::ThongCao => "THÔNG CÁO",
            DocKind::BaoCao => "BÁO CÁO",
            DocKind::KeHoach => "KẾ HOẠCH",
            DocKind::ChuongTrinh => "CHƯƠNG TRÌNH",
            DocKind::DeAn => "ĐỀ ÁN",
            DocKind::PhuongAn => "PHƯƠNG ÁN",
            DocKind::ToTrinh => "TỜ TRÌNH",
            DocKind::BienBan => "BIÊN BẢN",
            DocKind::CongVan => "",
        }
    }

    /// The type symbol in the number line ("Số 15-KL/TU").
    pub fn symbol(self) -> &'static str {
        match self {
            DocKind::NghiQuyet => "NQ",
            DocKind::KetLuan => "KL",
            DocKind::ThongBaoKetLuan | DocKind::ThongBao => "TB",
            DocKind::ChiThi => "CT",
            DocKind::QuyetDinh => "QĐ",
            DocKind::QuyChe => "QC",
            DocKind::QuyDinh => "QĐ",
            DocKind::ThongTri => "TT",
            DocKind::HuongDan => "HD",
            DocKind::ThongCao => "TC",
            DocKind::BaoCao => "BC",
            DocKind::KeHoach => "KH",
            DocKind::ChuongTrinh => "CTr",
            DocKind::DeAn => "ĐA",
            DocKind::PhuongAn => "PA",
            DocKind::ToTrinh => "TTr",
            DocKind::BienBan => "BB",
            DocKind::CongVan => "CV",
        }
    }

    /// A short Vietnamese label for lists and messages ("Kết luận").
    pub fn label(self) -> &'static str {
        match self {
            DocKind::NghiQuyet => "Nghị quyết",
            DocKind::KetLuan => "Kết luận",
            DocKind::ThongBaoKetLuan => "Thông báo kết luận",
            DocKind::ThongBao => "Thông báo",
            DocKind::ChiThi => "Chỉ thị",
            DocKind::QuyetDinh => "Quyết định",
            DocKind::QuyChe => "Quy chế",
            DocKind::QuyDinh => "Quy định",
            DocKind::ThongTri => "Thông tri",
            DocKind::HuongDan => "Hướng dẫn",
            DocKind::ThongCao => "Thông cáo",
            DocKind::BaoCao => "Báo cáo",
            DocKind::KeHoach => "Kế hoạch",
            DocKind::ChuongTrinh => "Chương trình",
            DocKind::DeAn => "Đề án",
            DocKind::PhuongAn => "Phương án",
            DocKind::ToTrinh => "Tờ trình",
            DocKind::BienBan => "Biên bản",
            DocKind::CongVan => "Công văn",
        }
    }

    /// Kinds whose title normally carries a subject line (trích yếu).
    pub fn needs_subject(self) -> bool {
        !matches!(self, DocKind::CongVan)
    }
}
