//! Ready drafts a clerk starts from, and the sample draft shown when the program opens
//! with no file. All are compiled in, so they are found wherever the program is unpacked.
//!
//! A template's text names its organisation through placeholders, resolved when a draft
//! is made ([`Adaptation`]): `{cap_uy}` "Thành ủy" / "Đảng ủy", `{dia_phuong}` "thành phố"
//! / "phường", `{dang_bo}` "Đảng bộ thành phố", `{co_quan}` "Thành ủy Hạ Long", `{cap_tren}`
//! "Tỉnh ủy", `{khoa}` the term "XXVI", `{lan_thu}` the conference's number "6". A capital
//! first letter (`{Dia_phuong}`) capitalises the value. [`Template::document`] and
//! [`Template::new_draft`] resolve them for the template's own example organisation (its
//! header, its example term and session); [`Template::new_draft_for`] for a profile, with
//! "…" where the profile cannot know (the session; the term when not set), which the
//! checker reports (`text.blank`). A name in capitals (`{CAP_UY}`) gives the value in
//! capitals, for the enacting line ("BAN THƯỜNG VỤ {CAP_UY} QUYẾT ĐỊNH") and the
//! collective of a signature ("T/M {CAP_UY}").

use crate::error::Error;
use crate::model::names::{capitalize, Names, BLANK, COMMITTEES};
use crate::model::{body, DocDate, DocKind, Document, Issuer, Paragraph};
use crate::rules::RuleSet;
use crate::store;
use crate::store::profile::Profile;
use std::path::Path;

pub struct Template {
    pub id: &'static str,
    /// One line, in Vietnamese, for the "new from template" list.
    pub description: &'static str,
    source: &'static str,
    /// The example organisation's term and the conference's number, for `{khoa}` and
    /// `{lan_thu}` in [`Template::document`] and [`Template::new_draft`].
    example_term: &'static str,
    example_session: &'static str,
}

const TEMPLATES: &[Template] = &[
    Template {
        id: "ket-luan-hoi-nghi",
        description: "Kết luận Hội nghị Ban Chấp hành Đảng bộ (T/M BAN CHẤP HÀNH)",
        source: include_str!("../templates/ket-luan-hoi-nghi.ron"),
        example_term: "XXVI",
        example_session: "6",
    },
    Template {
        id: "ket-luan-ban-thuong-vu",
        description: "Kết luận của Ban Thường vụ (T/M BAN THƯỜNG VỤ)",
        source: include_str!("../templates/ket-luan-ban-thuong-vu.ron"),
        example_term: "XXVI",
        example_session: "6",
    },
    Template {
        id: "nghi-quyet",
        description: "Nghị quyết: mục tiêu, nhiệm vụ và giải pháp, tổ chức thực hiện",
        source: include_str!("../templates/nghi-quyet.ron"),
        example_term: "XXVI",
        example_session: "6",
    },
    Template {
        id: "thong-bao-ket-luan",
        description: "Thông báo kết luận cuộc họp, ký thừa lệnh (T/L BAN THƯỜNG VỤ)",
        source: include_str!("../templates/thong-bao-ket-luan.ron"),
        example_term: "XXVI",
        example_session: "6",
    },
    Template {
        id: "bien-ban-hoi-nghi",
        description: "Biên bản Hội nghị Ban Chấp hành (người ghi biên bản và chủ trì ký); lập Kết luận, Thông báo, tin bài từ đó",
        source: include_str!("../templates/bien-ban-hoi-nghi.ron"),
        example_term: "I",
        example_session: "5",
    },    Template {
        id: "quyet-dinh-ban-hanh-quy-che",
        description: "Quyết định ban hành Quy chế làm việc của Ban Chỉ đạo: căn cứ, các Điều (T/M BAN THƯỜNG VỤ)",
        source: include_str!("../templates/quyet-dinh-ban-hanh-quy-che.ron"),
        example_term: "XVI",
        example_session: "…",
    },
    Template {
        id: "quy-che-lam-viec",
        description: "Quy chế làm việc của Ban Chấp hành Đảng bộ phường: Chương, Điều, khoản, điểm (T/M ĐẢNG ỦY)",
        source: include_str!("../templates/quy-che-lam-viec.ron"),
        example_term: "I",
        example_session: "…",
    },
    Template {
        id: "quy-dinh",
        description: "Quy định của Ban Thường vụ Tỉnh ủy, gồm các Điều (T/M BAN THƯỜNG VỤ)",
        source: include_str!("../templates/quy-dinh.ron"),
        example_term: "XVI",
        example_session: "…",
    },
    Template {
        id: "chi-thi",
        description: "Chỉ thị của Ban Thường vụ Tỉnh ủy (T/M BAN THƯỜNG VỤ)",
        source: include_str!("../templates/chi-thi.ron"),
        example_term: "XVI",
        example_session: "…",
    },
    Template {
        id: "ke-hoach-thuc-hien-nghi-quyet",
        description: "Kế hoạch thực hiện nghị quyết của cấp trên: mục đích, yêu cầu; nội dung; tổ chức thực hiện; phụ lục nhiệm vụ (T/M BAN THƯỜNG VỤ)",
        source: include_str!("../templates/ke-hoach-thuc-hien-nghi-quyet.ron"),
        example_term: "I",
        example_session: "…",
    },
    Template {
        id: "ke-hoach-ban-chi-dao",
        description: "Kế hoạch của Ban Chỉ đạo, người ký kiêm Trưởng Ban Chỉ đạo (PHÓ BÍ THƯ kiêm TRƯỞNG BAN CHỈ ĐẠO)",
        source: include_str!("../templates/ke-hoach-ban-chi-dao.ron"),
        example_term: "XVI",
        example_session: "…",
    },
    Template {
        id: "bao-cao",
        description: "Báo cáo kết quả công tác gửi cấp trên (T/M BAN THƯỜNG VỤ)",
        source: include_str!("../templates/bao-cao.ron"),
        example_term: "I",
        example_session: "…",
    },
    Template {
        id: "chuong-trinh-cong-tac",
        description: "Chương trình công tác năm của Ban Chấp hành, Ban Thường vụ (T/M BAN THƯỜNG VỤ)",
        source: include_str!("../templates/chuong-trinh-cong-tac.ron"),
        example_term: "XVI",
        example_session: "…",
    },
    Template {
        id: "to-trinh",
        description: "Tờ trình của cơ quan tham mưu, Kính trình Ban Thường vụ (CHÁNH VĂN PHÒNG ký)",
        source: include_str!("../templates/to-trinh.ron"),
        example_term: "XVI",
        example_session: "…",
    },
    Template {
        id: "thong-bao",
        description: "Thông báo của Ban Thường vụ, ký thừa lệnh (T/L BAN THƯỜNG VỤ)",
        source: include_str!("../templates/thong-bao.ron"),
        example_term: "XVI",
        example_session: "…",
    },
    Template {
        id: "huong-dan",
        description: "Hướng dẫn của cơ quan tham mưu, cấp phó ký thay (K/T TRƯỞNG BAN)",
        source: include_str!("../templates/huong-dan.ron"),
        example_term: "XVI",
        example_session: "…",
    },
    Template {
        id: "thong-tri",
        description: "Thông tri của Ban Thường vụ (T/M BAN THƯỜNG VỤ)",
        source: include_str!("../templates/thong-tri.ron"),
        example_term: "XVI",
        example_session: "…",
    },
    Template {
        id: "cong-van",
        description: "Công văn: trích yếu dưới số, Kính gửi, Nơi nhận “Như trên” (T/L BAN THƯỜNG VỤ)",
        source: include_str!("../templates/cong-van.ron"),
        example_term: "XVI",
        example_session: "…",
    },
];

const SAMPLE: &str = include_str!("../assets/mau-ket-luan.ron");

pub fn all() -> &'static [Template] {
    TEMPLATES
}

pub fn find(id: &str) -> Result<&'static Template, Error> {
    TEMPLATES
        .iter()
        .find(|t| t.id == id)
        .ok_or_else(|| Error::UnknownTemplate(id.to_owned()))
}

impl Template {
    /// The template as written, for its own example organisation.
    pub fn document(&self) -> Result<Document, Error> {
        let mut doc = self.raw()?;
        self.example(&doc).apply(&mut doc);
        crate::derive::refresh_minutes(&mut doc);
        Ok(doc)
    }

    /// The template with its placeholders, as stored.
    pub fn raw(&self) -> Result<Document, Error> {
        store::from_ron(self.source, Path::new(self.id))
    }

    /// A new draft from the template, dated in the month of `today` (day left blank
    /// until the document is signed), laid out by the rule set in force then — for the
    /// template's own example organisation (no profile: `vanban new`).
    pub fn new_draft(&self, today: DocDate) -> Result<Document, Error> {
        let mut doc = self.raw()?;
        self.example(&doc).apply(&mut doc);
        redate(&mut doc, today);
        crate::derive::refresh_minutes(&mut doc);
        Ok(doc)
    }

    /// A new draft for the organisation of `profile`: the text adapted to it, then
    /// [`Profile::apply_to`] (header, recipients, a signer who fits the template's
    /// signature).
    pub fn new_draft_for(&self, today: DocDate, profile: &Profile) -> Result<Document, Error> {
        let mut doc = self.raw()?;
        Adaptation::of_profile(profile).apply(&mut doc);
        redate(&mut doc, today);
        let body = committee_of(&doc.issuer).map(|_| doc.issuer.clone());
        profile.apply_to(&mut doc);
        if let Some(body) = body {
            doc.issuer = Issuer {
                upper: vec![profile.issuer.clone()],
                symbol: body_symbol(&body.symbol, &profile.symbol),
                name: body.name,
            };
        }
        crate::derive::refresh_minutes(&mut doc);
        Ok(doc)
    }

    fn example(&self, doc: &Document) -> Adaptation {
        let committee = committee_of(&doc.issuer);
        Adaptation {
            names: Names::of(committee.as_ref().unwrap_or(&doc.issuer)),
            term: self.example_term.into(),
            session: self.example_session.into(),
        }
    }
}

/// The committee a body of its own works under, when the header says so: "TỈNH ỦY
/// QUẢNG NINH" over "VĂN PHÒNG" or "BAN CHỈ ĐẠO …" (an advisory or steering body). Its
/// template's placeholders speak of that committee ("Văn phòng {cap_uy}"), and a draft
/// for a profile keeps the body under the profile's committee.
fn committee_of(issuer: &Issuer) -> Option<Issuer> {
    let is_committee = |s: &str| {
        let u = s.trim().to_uppercase().replace("UỶ", "ỦY");
        COMMITTEES.iter().any(|c| u.starts_with(c))
    };
    let (last, above) = issuer.upper.split_last()?;
    (is_committee(last) && !is_committee(&issuer.name)).then(|| Issuer {
        upper: above.to_vec(),
        name: last.clone(),
        symbol: String::new(),
    })
}

/// A body's symbol under another committee: "VPTU" of a province's office is "VPĐU" under
/// a ward's Đảng ủy ("ĐU"); a symbol without the committee's ("BCĐ") stays.
fn body_symbol(body: &str, committee: &str) -> String {
    let committee = committee.trim();
    match body.strip_suffix("TU") {
        Some(head) if !head.is_empty() && !committee.is_empty() => format!("{head}{committee}"),
        _ => body.to_owned(),
    }
}

/// Dated in the month of `today`, conference included; the rule set in force then. Minutes
/// are kept on the day of the meeting: a new BIÊN BẢN is dated `today` itself.
fn redate(doc: &mut Document, today: DocDate) {
    doc.date = if doc.kind == DocKind::BienBan {
        today
    } else {
        DocDate {
            year: today.year,
            month: today.month,
            day: None,
        }
    };
    if let Some(c) = &mut doc.conference {
        c.date = Some(doc.date);
    }
    let system = RuleSet::by_id(&doc.rules)
        .map(|r| r.system)
        .unwrap_or(crate::rules::System::Party);
    doc.rules = RuleSet::in_force(system, &doc.date).id.clone();
}

/// What a template's placeholders stand for (see the module note).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adaptation {
    pub names: Names,
    /// "khóa": "XVI", or "…".
    pub term: String,
    /// The conference's number ("lần thứ"), or "…".
    pub session: String,
}

impl Adaptation {
    /// For a profile's organisation; what the profile cannot know is "…".
    pub fn of_profile(profile: &Profile) -> Adaptation {
        let issuer = Issuer {
            upper: profile.upper.clone(),
            name: profile.issuer.clone(),
            symbol: profile.symbol.clone(),
        };
        let term = profile.term.trim();
        Adaptation {
            names: Names::of(&issuer),
            term: if term.is_empty() { BLANK } else { term }.into(),
            session: BLANK.into(),
        }
    }

    /// The value of a placeholder name, `None` for a name it does not know.
    pub fn value(&self, key: &str) -> Option<String> {
        let lower = key.to_lowercase();
        let v = match lower.as_str() {
            "cap_uy" => self.names.committee.clone(),
            "dia_phuong" => self.names.level.clone(),
            "dang_bo" => self.names.party_organisation(),
            "co_quan" => self.names.full.clone(),
            "cap_tren" => self.names.upper.clone(),
            "khoa" => self.term.clone(),
            "lan_thu" => self.session.clone(),
            _ => return None,
        };
        Some(
            if key.chars().any(char::is_alphabetic) && key == key.to_uppercase() {
                v.to_uppercase()
            } else if key.starts_with(|c: char| c.is_uppercase()) {
                capitalize(&v)
            } else {
                v
            },
        )
    }

    /// `text` with every known placeholder resolved.
    pub fn resolve(&self, text: &str) -> String {
        let mut out = text.to_owned();
        while let Some((start, end, value)) = self.next_in(&out, 0) {
            out.replace_range(start..end, &value);
        }
        out
    }

    /// The first known placeholder at or after byte `from`: (start, end, value).
    fn next_in(&self, text: &str, from: usize) -> Option<(usize, usize, String)> {
        let mut at = from;
        while let Some(open) = text[at..].find('{').map(|i| at + i) {
            let close = text[open..].find('}').map(|i| open + i)?;
            if let Some(v) = self.value(&text[open + 1..close]) {
                return Some((open, close + 1, v));
            }
            at = open + 1;
        }
        None
    }

    /// Resolves every string of `doc`; in paragraphs, formatting and footnote anchors
    /// move with the text.
    pub fn apply(&self, doc: &mut Document) {
        let fix = |s: &mut String| *s = self.resolve(s);
        let mut para = |p: &mut Paragraph| {
            let mut from = 0;
            while let Some((start, end, value)) = self.next_in(&p.text, from) {
                let chars = |b: usize| p.text[..b].chars().count();
                let (a, b) = (chars(start), chars(end));
                p.replace_range(a, b, &value);
                from = start + value.len();
            }
            p.notes
                .iter_mut()
                .for_each(|n| n.text = self.resolve(&n.text));
        };
        doc.theme.iter_mut().for_each(fix);
        doc.subject.iter_mut().for_each(fix);
        doc.addressees.iter_mut().for_each(fix);
        doc.bases.iter_mut().for_each(&mut para);
        fix(&mut doc.enacting);
        doc.marks.circulation.iter_mut().for_each(fix);
        doc.preamble.iter_mut().for_each(&mut para);
        body::for_each_paragraph_mut(&mut doc.body, &mut para);
        for a in &mut doc.appendices {
            a.title.iter_mut().for_each(fix);
            body::for_each_paragraph_mut(&mut a.body, &mut para);
        }
        doc.closing.iter_mut().for_each(&mut para);
        if let Some(c) = &mut doc.conference {
            for item in &mut c.agenda {
                item.discussion.iter_mut().for_each(|i| para(&mut i.text));
                item.conclusion.iter_mut().for_each(&mut para);
            }
        }
        doc.for_each_name_mut(&mut |s| fix(s));
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
    DocDate::from_days_since_1970((secs + 7 * 3600).div_euclid(86_400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar() {
        assert_eq!(DocDate::from_days_since_1970(0), DocDate::ymd(1970, 1, 1));
        assert_eq!(
            DocDate::from_days_since_1970(20_415),
            DocDate::ymd(2025, 11, 23)
        );
        assert_eq!(
            DocDate::from_days_since_1970(19_782),
            DocDate::ymd(2024, 2, 29)
        );
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
            // Minutes are dated on the day of the meeting; other drafts when signed.
            let day = (draft.kind == DocKind::BienBan).then_some(2);
            assert_eq!(draft.date.day, day, "{}", t.id);
        }
        let sample = sample().expect("sample draft");
        assert!(!sample.number.is_empty());
    }
}
