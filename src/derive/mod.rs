//! Documents written from a conference record, so that the clerk types each fact once:
//! the BIÊN BẢN itself ([`refresh_minutes`]), the KẾT LUẬN or NGHỊ QUYẾT, the THÔNG BÁO
//! KẾT LUẬN, and the news item for the committee's portal ([`derive`]).
//!
//! A derived draft is an ordinary draft: it names its record (`derived_from`), keeps the
//! record's facts in `conference` (the follow-up table reads its tasks), and is edited,
//! checked and exported like any other.

mod conclusions;
mod minutes;
mod news;
mod phrases;

use crate::error::Error;
use crate::model::{DocKind, Document};

pub use minutes::refresh_minutes;

/// What to write from a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    KetLuan,
    NghiQuyet,
    ThongBaoKetLuan,
    /// The news item for the portal.
    TinBai,
}

impl Target {
    pub const ALL: [Target; 4] = [
        Target::KetLuan,
        Target::NghiQuyet,
        Target::ThongBaoKetLuan,
        Target::TinBai,
    ];

    /// The name on the command line: `--kind ket-luan`.
    pub fn id(self) -> &'static str {
        match self {
            Target::KetLuan => "ket-luan",
            Target::NghiQuyet => "nghi-quyet",
            Target::ThongBaoKetLuan => "thong-bao-ket-luan",
            Target::TinBai => "tin-bai",
        }
    }

    pub fn from_id(id: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.id() == id)
    }

    /// The name in a menu: "Kết luận".
    pub fn label(self) -> &'static str {
        match self {
            Target::KetLuan => DocKind::KetLuan.label(),
            Target::NghiQuyet => DocKind::NghiQuyet.label(),
            Target::ThongBaoKetLuan => DocKind::ThongBaoKetLuan.label(),
            Target::TinBai => "Tin bài",
        }
    }
}

/// What a derivation gives: a draft, or the news item's text in two forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Derived {
    Draft(Box<Document>),
    News { text: String, html: String },
}

/// Writes `target` from the record in `record.conference`. `record_name` is how the
/// derived draft names its source (the record's file name). Refuses, with the clerk's
/// words, a record without what the document needs (no agenda, no chair, the chair
/// marked absent…): nothing half-written.
pub fn derive(record: &Document, target: Target, record_name: &str) -> Result<Derived, Error> {
    let Some(c) = &record.conference else {
        return Err(Error::Record(
            "bản thảo này không có bản ghi hội nghị (thành phần, chương trình, kết luận). Hãy mở biên bản hội nghị, hoặc ghi bản ghi trong mục “Biên bản hội nghị”.".into(),
        ));
    };
    if let Some(message) = c.first_error() {
        return Err(Error::Record(message));
    }
    if target != Target::TinBai
        && c.agenda
            .iter()
            .all(|i| i.conclusion.iter().all(|p| p.is_empty()) && i.tasks.is_empty())
    {
        return Err(Error::Record(
            "chưa có kết luận nào của chủ trì trong các nội dung của hội nghị: văn bản kết luận viết từ đó.".into(),
        ));
    }
    Ok(match target {
        Target::TinBai => {
            let item = news::item(record, c);
            Derived::News {
                text: item.text(),
                html: item.html(),
            }
        }
        _ => {
            let kind = match target {
                Target::NghiQuyet => DocKind::NghiQuyet,
                Target::ThongBaoKetLuan => DocKind::ThongBaoKetLuan,
                _ => DocKind::KetLuan,
            };
            let mut doc = conclusions::draft(record, c, kind)?;
            doc.derived_from = Some(record_name.to_owned());
            doc.normalize();
            Derived::Draft(Box::new(doc))
        }
    })
}

#[cfg(test)]
mod tests;
