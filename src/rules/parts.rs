//! Rules for the parts a document has only sometimes: legal bases, addressees, marks and
//! appendices (05-HD/VPTW 2026 pp. 11–13, 24–26; sizes as 36-HD/VPTW Phụ lục 3).

use super::format::TextFormat;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartsRules {
    pub bases: BasesRules,
    pub addressees: AddresseeRules,
    /// A công văn's subject in the left column under its number ("về việc …").
    pub letter_subject: TextFormat,
    pub marks: MarkRules,
    pub appendix: AppendixRules,
    /// A congress's theme in place of the type name, and the subject lines under it in
    /// brackets (05-HD p. 11).
    pub theme_format: TextFormat,
    pub theme_subject_format: TextFormat,
}

/// Legal bases (căn cứ): one per line under the title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BasesRules {
    /// Before each basis ("- ", or "" in state documents).
    pub prefix: String,
    /// After each basis but the last (";").
    pub separator: String,
    /// After the last one: "." (05-HD), "," (36-HD), ";" (state, the proposal follows).
    pub last: String,
    pub format: TextFormat,
    /// The enacting line after them ("BAN THƯỜNG VỤ THÀNH UỶ QUYẾT ĐỊNH"), centred.
    pub enacting_format: TextFormat,
}

/// "Kính gửi:" (công văn, centred on page 1) and "Kính trình:" (tờ trình, under the title).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AddresseeRules {
    pub letter_label: String,
    pub submission_label: String,
    pub label_format: TextFormat,
    pub item_format: TextFormat,
    /// Before each addressee when there are several ("- ").
    pub prefix: String,
    /// After each addressee when there are several (";" under 05-HD, "," under 36-HD).
    pub separator: String,
    /// Space above and below the block.
    pub space_pt: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MarkRules {
    /// "Dự thảo lần {n}", under the number.
    pub draft_pattern: String,
    pub draft_format: TextFormat,
    /// Circulation marks at the top right of page 1.
    pub circulation_format: TextFormat,
    /// Distance of the circulation marks from the top edge, and of the media mark from
    /// the bottom edge of its page.
    pub from_edge_mm: f32,
    /// "Không phổ biến trên phương tiện thông tin đại chúng", centred on the last page.
    pub not_for_media: String,
    pub not_for_media_format: TextFormat,
    /// The drafter's code and the copies at the end of Nơi nhận: "{drafter}-{copies}".
    pub drafter_pattern: String,
    pub drafter_format: TextFormat,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppendixRules {
    /// "Phụ lục" alone, or "Phụ lục {n}" when there are several (numbered from 1).
    pub label: String,
    pub numbered_label: String,
    pub label_format: TextFormat,
    pub title_format: TextFormat,
    /// The line saying which document the appendix belongs to:
    /// "(Kèm theo {document} của {author})".
    pub note_pattern: String,
    pub note_format: TextFormat,
    /// Space between the note and the appendix's text.
    pub space_after_pt: f32,
}
