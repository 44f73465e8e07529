//! The parts a document has only sometimes (05-HD/VPTW 2026, pp. 25–26): the marks around
//! the header and the closing, and the appendices after the signature.

use super::body::Block;
use serde::{Deserialize, Serialize};

/// Marks that say how a document is handled, not what it says. All optional; a draft
/// carries its draft counter, an issued document none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marks {
    /// "Dự thảo lần 2" under the number: the clerk bumps it for each round of comments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<u32>,
    /// Circulation marks at the top right of page 1: "Tài liệu thu hồi", "Xem xong trả
    /// lại", "Lưu hành nội bộ".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub circulation: Vec<String>,
    /// "Không phổ biến trên phương tiện thông tin đại chúng", centred on the last page.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_for_media: bool,
    /// The drafter's code at the end of Nơi nhận ("NVH"), with the number of copies.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub drafter: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copies: Option<u32>,
}

impl Marks {
    pub fn is_empty(&self) -> bool {
        *self == Marks::default()
    }
}

/// An appendix (phụ lục) on pages of its own after the document, numbered apart.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appendix {
    /// Its title under "Phụ lục n", one entry per printed line ("DANH MỤC …").
    pub title: Vec<String>,
    /// Laid out on landscape pages, for wide lists.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub landscape: bool,
    #[serde(default)]
    pub body: Vec<Block>,
}
