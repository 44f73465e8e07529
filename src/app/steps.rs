//! The guided steps of a document and what each still lacks.

use crate::model::{Authority, DocKind, Document};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Step {
    General,
    Preamble,
    Body,
    Closing,
    Recipients,
    Signature,
    Review,
    /// The conference record (biên bản) typed while the meeting goes on. Not one of the
    /// numbered steps: a workspace of its own, first for a BIÊN BẢN draft, reached from
    /// the "Biên bản" menu (Ctrl+Shift+M) for any draft.
    Record,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::General,
        Step::Preamble,
        Step::Body,
        Step::Closing,
        Step::Recipients,
        Step::Signature,
        Step::Review,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Step::General => "1. Thông tin chung",
            Step::Preamble => "2. Mở đầu",
            Step::Body => "3. Nội dung",
            Step::Closing => "4. Kết thúc",
            Step::Recipients => "5. Nơi nhận",
            Step::Signature => "6. Chữ ký",
            Step::Review => "7. Kiểm tra & Xuất",
            Step::Record => "Biên bản hội nghị",
        }
    }

    /// What the clerk still has to fill in at this step, in Vietnamese.
    pub fn missing(self, doc: &Document) -> Vec<&'static str> {
        let kind = crate::rules::RuleSet::by_id(&doc.rules)
            .map(|r| r.kind(doc.kind).into_owned())
            .unwrap_or_else(|| crate::rules::KindRules::plain(doc.kind));
        let mut out = Vec::new();
        let mut need = |cond: bool, what: &'static str| {
            if cond {
                out.push(what);
            }
        };
        match self {
            Step::General => {
                need(doc.issuer.name.trim().is_empty(), "tên cơ quan ban hành");
                need(doc.issuer.symbol.trim().is_empty(), "ký hiệu cơ quan");
                need(doc.place.trim().is_empty(), "địa danh");
                need(
                    doc.kind.needs_subject() && doc.subject.iter().all(|s| s.trim().is_empty()),
                    "trích yếu",
                );
            }
            Step::Preamble => need(
                kind.preamble && doc.preamble.iter().all(|p| p.is_empty()),
                "đoạn mở đầu",
            ),
            Step::Body => need(doc.body.is_empty(), "nội dung"),
            Step::Closing => {}
            Step::Recipients => {
                if kind.recipients {
                    need(doc.recipients.is_empty(), "nơi nhận");
                    need(doc.archive.trim().is_empty(), "nơi lưu");
                }
            }
            Step::Signature => {
                need(
                    doc.signature.authority != Authority::None
                        && doc.signature.on_behalf_of.trim().is_empty(),
                    "thẩm quyền ký",
                );
                // A meeting role ("CHỦ TRÌ HỘI NGHỊ") stands in place of a title.
                need(
                    doc.signature.authority != Authority::Role
                        && doc.signature.title.trim().is_empty(),
                    "chức vụ người ký",
                );
                need(doc.signature.name.trim().is_empty(), "họ tên người ký");
            }
            // The record's own problems are listed in its workspace.
            Step::Review | Step::Record => {}
        }
        out
    }

    /// Where the editor opens a draft: a BIÊN BẢN is typed in its record workspace.
    pub fn first_for(doc: &Document) -> Step {
        if doc.kind == DocKind::BienBan {
            Step::Record
        } else {
            Step::General
        }
    }
}
