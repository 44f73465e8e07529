//! The follow-up table of the tasks a conference assigns (bảng theo dõi nhiệm vụ): one row
//! per task of the record, with the document that assigns it and where it stands today.
//! Written as an Excel workbook (`xlsx`) for the office that follows the tasks up, or as a
//! DOCX annex (`docx`, phụ lục) to send with the conclusion.

mod docx;
mod status;
mod xlsx;

pub use docx::annex_docx;
pub use status::Status;
pub use xlsx::workbook;

use crate::layout::parts::{document_reference, short_date as date_text};
use crate::model::names::{capitalize, decapitalize, Names};
use crate::model::preamble::{conference_title, held_by};
use crate::model::record::deadline_text;
use crate::model::{DocDate, DocKind, Document};
use crate::rules::RuleSet;

/// The annex's first line, over the table's title (DOCX).
pub const ANNEX_LABEL: &str = "PHỤ LỤC";
/// The table's title.
pub const TITLE: &str = "DANH MỤC NHIỆM VỤ THEO DÕI THỰC HIỆN";

/// Size of the table's text. [D] office practice for annex tables; the rule sets give
/// no size for tables, and seven columns at the body's 14 pt leave the task's own column
/// too narrow on a landscape page.
pub const TABLE_SIZE_PT: f32 = 12.0;

/// The column headings, in order.
pub const COLUMNS: [&str; 7] = [
    "STT",
    "Nhiệm vụ",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời hạn",
    "Văn bản giao",
    "Tình trạng",
];

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskRow {
    /// STT, from 1, across the agenda items.
    pub number: usize,
    pub content: String,
    pub lead: String,
    pub cooperating: Vec<String>,
    pub deadline: Option<DocDate>,
    /// The document that assigns the task: "Kết luận số 15-KL/TU, ngày 20/12/2026".
    pub assigned_by: String,
    pub status: Status,
}

impl TaskRow {
    /// The deadline as the table prints it: "20/12/2026", "tháng 12/2026", "năm 2027";
    /// empty when there is none.
    pub fn deadline_text(&self) -> String {
        self.deadline.as_ref().map_or_else(String::new, |d| {
            let t = deadline_text(d);
            t.strip_prefix("ngày ").map(str::to_owned).unwrap_or(t)
        })
    }
}

/// Why a draft gives no table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// The draft keeps no conference record.
    NoRecord,
    /// The record assigns no task (or only tasks with no content).
    NoTasks,
}

impl Missing {
    /// What is missing and what to do, in the clerk's words.
    pub fn reason(self) -> &'static str {
        match self {
            Missing::NoRecord => "bản thảo không kèm bản ghi hội nghị (biên bản). Hãy dùng bản thảo biên bản hội nghị, hoặc văn bản kết luận được lập từ biên bản",
            Missing::NoTasks => "bản ghi hội nghị chưa ghi nhiệm vụ nào được giao. Hãy thêm nhiệm vụ (nội dung, cơ quan chủ trì, thời hạn) vào các nội dung của hội nghị",
        }
    }
}

/// The rows of the table for `doc`, their status as of `today`. Tasks with no content are
/// left out (the record's problems name them).
pub fn rows(doc: &Document, rules: &RuleSet, today: DocDate) -> Result<Vec<TaskRow>, Missing> {
    let conference = doc.conference.as_ref().ok_or(Missing::NoRecord)?;
    let assigned_by = assigning_document(doc, rules);
    let rows: Vec<TaskRow> = conference
        .tasks()
        .filter(|(_, t)| !t.content.trim().is_empty())
        .enumerate()
        .map(|(i, (_, t))| TaskRow {
            number: i + 1,
            // A conclusion runs a task on in a sentence ("tiếp thu ý kiến …"); a row
            // of the table starts it with a capital.
            content: capitalize(t.content.trim()),
            lead: t.lead.trim().to_owned(),
            cooperating: t
                .cooperating
                .iter()
                .map(|c| c.trim().to_owned())
                .filter(|c| !c.is_empty())
                .collect(),
            deadline: t.deadline,
            assigned_by: assigned_by.clone(),
            status: Status::of(t.deadline.as_ref(), &today),
        })
        .collect();
    if rows.is_empty() {
        return Err(Missing::NoTasks);
    }
    Ok(rows)
}

/// Whether the draft is itself the document that assigns the tasks (the conclusion),
/// rather than the record they come from.
pub fn is_conclusion(kind: DocKind) -> bool {
    matches!(
        kind,
        DocKind::KetLuan | DocKind::NghiQuyet | DocKind::ThongBaoKetLuan
    )
}

/// "Kết luận số 15-KL/TU, ngày 20/12/2026" for a conclusion; "Biên bản Hội nghị Ban
/// Chấp hành Đảng bộ thành phố lần thứ 8, khóa XVI, ngày 18/12/2026" for a record.
/// Blanks where the number or the date is not fixed yet, as the rule set prints them.
pub fn assigning_document(doc: &Document, rules: &RuleSet) -> String {
    if is_conclusion(doc.kind) {
        return document_reference(doc, rules);
    }
    let title = conference_title(doc).unwrap_or_else(|| "Hội nghị".to_owned());
    let title = if title.starts_with("Hội nghị") {
        title
    } else {
        decapitalize(&title)
    };
    let date = doc
        .conference
        .as_ref()
        .and_then(|c| c.date)
        .unwrap_or(doc.date);
    format!("Biên bản {title}, {}", date_text(&date, rules))
}

/// The line under the annex's title: "(Kèm theo Kết luận số 15-KL/TU, ngày 20/12/2026
/// của Ban Thường vụ Thành ủy)"; a record names its conference, which names the body.
pub fn annex_reference(doc: &Document, rules: &RuleSet) -> String {
    let document = assigning_document(doc, rules);
    if !is_conclusion(doc.kind) {
        return format!("(Kèm theo {document})");
    }
    let names = Names::of(&doc.issuer);
    let author = doc
        .conference
        .as_ref()
        .and_then(|c| held_by(doc, c))
        .map(|k| names.collective(k))
        .unwrap_or(names.full);
    format!("(Kèm theo {document} của {author})")
}

#[cfg(test)]
mod tests;
