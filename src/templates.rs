//! Ready drafts a clerk starts from, and the sample draft shown when the program opens
//! with no file. All are compiled in, so they are found wherever the program is unpacked.

use crate::error::Error;
use crate::model::{DocDate, Document};
use crate::rules::RuleSet;
use crate::store;
use std::path::Path;

pub struct Template {
    pub id: &'static str,
    /// One line, in Vietnamese, for the "new from template" list.
    pub description: &'static str,
    source: &'static str,
}

const TEMPLATES: [Template; 4] = [
    Template {
        id: "ket-luan-hoi-nghi",
        description: "Kết luận Hội nghị Ban Chấp hành Đảng bộ (T/M BAN CHẤP HÀNH)",
        source: include_str!("../templates/ket-luan-hoi-nghi.ron"),
    },
    Template {
        id: "ket-luan-ban-thuong-vu",
        description: "Kết luận của Ban Thường vụ (T/M BAN THƯỜNG VỤ)",
        source: include_str!("../templates/ket-luan-ban-thuong-vu.ron"),
    },
    Template {
        id: "nghi-quyet",
        description: "Nghị quyết: mục tiêu, nhiệm vụ và giải pháp, tổ chức thực hiện",
        source: include_str!("../templates/nghi-quyet.ron"),
    },
    Template {
        id: "thong-bao-ket-luan",
        description: "Thông báo kết luận cuộc họp, ký thừa lệnh (T/L BAN THƯỜNG VỤ)",
        source: include_str!("../templates/thong-bao-ket-luan.ron"),
    },
];

const SAMPLE: &str = include_str!("../assets/mau-ket-luan.ron");

pub fn all() -> &'static [Template] {
    &TEMPLATES
}

pub fn find(id: &str) -> Result<&'static Template, Error> {
    TEMPLATES
        .iter()
        .find(|t| t.id == id)
        .ok_or_else(|| Error::UnknownTemplate(id.to_owned()))
}

impl Template {
    /// The template as written.
    pub fn document(&self) -> Result<Document, Error> {
        store::from_ron(self.source, Path::new(self.id))
    }

    /// A new draft from the template, dated in the month of `today` (day left blank
    /// until the document is signed), laid out by the rule set in force then.
    pub fn new_draft(&self, today: DocDate) -> Result<Document, Error> {
        let mut doc = self.document()?;
        doc.date = DocDate {
            year: today.year,
            month: today.month,
            day: None,
        };
        let system = RuleSet::by_id(&doc.rules)
            .map(|r| r.system)
            .unwrap_or(crate::rules::System::Party);
        doc.rules = RuleSet::in_force(system, &doc.date).id.clone();
        Ok(doc)
    }
}

/// The complete sample draft of `assets/`.
pub fn sample() -> Result<Document, Error> {
    store::from_ron(SAMPLE, Path::new("assets/mau-ket-luan.ron"))
}

/// Today's date in Vietnam (UTC+7), from the system clock.
pub fn today() -> DocDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    civil_from_days((secs + 7 * 3600).div_euclid(86_400))
}

/// Days since 1970-01-01 → calendar date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> DocDate {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as u16;
    DocDate::ymd(y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar() {
        assert_eq!(civil_from_days(0), DocDate::ymd(1970, 1, 1));
        assert_eq!(civil_from_days(20_415), DocDate::ymd(2025, 11, 23));
        assert_eq!(civil_from_days(19_782), DocDate::ymd(2024, 2, 29));
    }

    #[test]
    fn every_template_loads_and_new_drafts_take_the_rules_in_force() {
        for t in all() {
            let doc = t.document().unwrap_or_else(|e| panic!("{}: {e}", t.id));
            assert!(!doc.body.is_empty(), "{} has a body", t.id);
            let draft = t
                .new_draft(DocDate::ymd(2026, 3, 2))
                .unwrap_or_else(|e| panic!("{}: {e}", t.id));
            assert_eq!(draft.rules, "dang-hd36-2018");
            assert_eq!(draft.date.day, None);
        }
        let sample = sample().expect("sample draft");
        assert!(!sample.number.is_empty());
    }
}
