//! The document model: what a clerk writes, independent of any screen or file format.

pub mod body;
pub mod date;
mod editing;
pub mod kind;
pub mod names;
pub mod numbering;
pub mod outline;
pub mod parts;
pub mod preamble;
pub mod record;
pub mod text;
pub mod tidy;

pub use body::{Block, Numbered, Section, SectionKind};
pub use date::DocDate;
pub use kind::DocKind;
pub use numbering::NumberStyle;
pub use parts::{Appendix, Marks};
pub use record::{AgendaItem, Clock, Intervention, Member, Presence, ReportHeard, Task, Vote};
pub use text::{Footnote, Paragraph, Span, Style};

use serde::{Deserialize, Serialize};

/// A formal document after a conference: header, title, body, recipients and signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub kind: DocKind,
    /// Id of the rule set the document is laid out by (`templates/rules/<id>.ron`).
    pub rules: String,
    pub issuer: Issuer,
    /// The running number; empty in a draft, printed as a blank to fill by hand.
    #[serde(default)]
    pub number: String,
    #[serde(default)]
    pub urgency: Option<Urgency>,
    #[serde(default)]
    pub secrecy: Option<Secrecy>,
    pub place: String,
    pub date: DocDate,
    /// Subject lines under the type name (trích yếu); one entry per printed line.
    #[serde(default)]
    pub subject: Vec<String>,
    /// A congress's theme, printed in capitals in place of the type name, the subject
    /// lines following it in brackets (a political report, 05-HD p. 11).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub theme: Vec<String>,
    /// Who a công văn is sent to ("Kính gửi:", centred on page 1) or a tờ trình submitted
    /// to ("Kính trình:", under the title); one body or group per entry, punctuation added
    /// on output.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addressees: Vec<String>,
    /// The legal bases (căn cứ) under the title, one per entry, without the dash and the
    /// closing punctuation, which the rule set adds: "Căn cứ Điều lệ Đảng".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bases: Vec<Paragraph>,
    /// The enacting line after the bases, centred: "BAN THƯỜNG VỤ THÀNH UỶ QUYẾT ĐỊNH".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub enacting: String,
    #[serde(default)]
    pub preamble: Vec<Paragraph>,
    #[serde(default)]
    pub body: Vec<Block>,
    #[serde(default)]
    pub closing: Vec<Paragraph>,
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    /// The office in the final "Lưu …" line, e.g. "VPTU".
    #[serde(default)]
    pub archive: String,
    pub signature: Signature,
    /// Signers beside or under the main one: the minute-taker of a BIÊN BẢN, the
    /// confirmation of the chair's signature, the other bodies of a joint document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cosigners: Vec<Cosigner>,
    /// Draft, circulation and copy marks.
    #[serde(default, skip_serializing_if = "Marks::is_empty")]
    pub marks: Marks,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appendices: Vec<Appendix>,
    #[serde(default)]
    pub conference: Option<Conference>,
    /// The conference record this draft was written from ("bien-ban-hn8.ron"), shown
    /// to the clerk; the facts themselves are in `conference`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derived_from: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issuer {
    /// The body above the issuer ("ĐẢNG BỘ TỈNH QUẢNG NINH"); empty, one or two lines.
    #[serde(default)]
    pub upper: Vec<String>,
    /// The issuing body ("THÀNH ỦY HẠ LONG").
    pub name: String,
    /// Its symbol after the slash ("TU", "HU", "ĐU").
    pub symbol: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Urgency {
    Khan,
    ThuongKhan,
    HoaToc,
}

impl Urgency {
    pub fn printed(self) -> &'static str {
        match self {
            Urgency::Khan => "KHẨN",
            Urgency::ThuongKhan => "THƯỢNG KHẨN",
            Urgency::HoaToc => "HỎA TỐC",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Secrecy {
    Mat,
    TuyetMat,
    ToiMat,
}

impl Secrecy {
    pub fn printed(self) -> &'static str {
        match self {
            Secrecy::Mat => "MẬT",
            Secrecy::TuyetMat => "TUYỆT MẬT",
            Secrecy::ToiMat => "TỐI MẬT",
        }
    }
}

/// One line of "Nơi nhận"; punctuation is added on output, never typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    pub name: String,
    /// A note printed in brackets after the name: "để báo cáo", "để b/cáo".
    #[serde(default)]
    pub note: Option<String>,
}

impl Recipient {
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            note: None,
        }
    }

    pub fn noted(name: impl Into<String>, note: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            note: Some(note.into()),
        }
    }
}

/// Who signs and in what capacity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Authority {
    /// The head signs in their own name: no authority line.
    None,
    /// T/M — on behalf of a collective (a committee, its standing committee).
    OnBehalf,
    /// K/T — a deputy signing for the head of an advisory body.
    Deputy,
    /// T/L — by delegation (e.g. the chief of office for the standing committee).
    Delegated,
    /// A role at the meeting, printed bold in capitals without a prefix: "NGƯỜI GHI
    /// BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ" (05-HD p. 22). The role is in `on_behalf_of`.
    Role,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    pub authority: Authority,
    /// The collective or head after the authority ("BAN THƯỜNG VỤ", "TRƯỞNG BAN").
    #[serde(default)]
    pub on_behalf_of: String,
    /// The signer's title ("PHÓ BÍ THƯ").
    pub title: String,
    /// The signer's name, without academic titles.
    pub name: String,
    /// The post held at the same time that the document is signed in, printed under
    /// "kiêm" ("PHÓ BÍ THƯ / kiêm / TRƯỞNG BAN CHỈ ĐẠO"): bodies without a seal of their
    /// own (05-HD p. 20).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub concurrent: String,
}

impl Signature {
    /// This signature signed by `preset`'s signer: the authority and the collective stay
    /// (the document decides who acts), the title and the name are the preset's.
    /// A meeting role prints no title (05-HD p. 22): only the name is the preset's.
    pub fn with_signer(&self, preset: &Signature) -> Signature {
        let title = match self.authority {
            Authority::Role => self.title.clone(),
            _ => preset.title.clone(),
        };
        Signature {
            authority: self.authority,
            on_behalf_of: self.on_behalf_of.clone(),
            title,
            name: preset.name.clone(),
            concurrent: self.concurrent.clone(),
        }
    }
}

/// Where a further signer stands (05-HD p. 22): the one chiefly responsible signs on the
/// right (the document's `signature`), the others on the left, a confirmation centred
/// under both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignerPlace {
    /// The left column, beside the main signature, where "Nơi nhận" stands otherwise.
    Left,
    /// Centred under the signatures.
    Centred,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cosigner {
    pub place: SignerPlace,
    /// A line over the block: "Xác nhận chữ ký của đồng chí Trần Minh Khoa".
    #[serde(default)]
    pub lead: String,
    pub signature: Signature,
}

/// The collective body of a Party committee that holds a conference and concludes it.
/// A closed set rather than free text: the preamble, the signature ("T/M BAN CHẤP HÀNH")
/// and the checker all compare it, and a clerk picks it from a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Collective {
    /// The full committee (Ban Chấp hành; "Thành ủy", "Tỉnh ủy", "Đảng ủy" as a body).
    BanChapHanh,
    /// Its standing committee (Ban Thường vụ).
    BanThuongVu,
    /// The standing members (Thường trực).
    ThuongTruc,
}

impl Collective {
    pub const ALL: [Collective; 3] = [
        Collective::BanChapHanh,
        Collective::BanThuongVu,
        Collective::ThuongTruc,
    ];

    /// The name in a list or a form: "Ban Chấp hành".
    pub fn label(self) -> &'static str {
        match self {
            Collective::BanChapHanh => "Ban Chấp hành",
            Collective::BanThuongVu => "Ban Thường vụ",
            Collective::ThuongTruc => "Thường trực",
        }
    }

    /// As printed after "T/M": "BAN CHẤP HÀNH".
    pub fn printed(self) -> &'static str {
        match self {
            Collective::BanChapHanh => "BAN CHẤP HÀNH",
            Collective::BanThuongVu => "BAN THƯỜNG VỤ",
            Collective::ThuongTruc => "THƯỜNG TRỰC",
        }
    }

    /// The collective a signature line names: "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", and a
    /// committee by its own name ("THÀNH ỦY", "ĐẢNG ỦY") is its Ban Chấp hành.
    pub fn from_printed(s: &str) -> Option<Collective> {
        let u = s.trim().to_uppercase().replace("UỶ", "ỦY");
        if u.starts_with("BAN THƯỜNG VỤ") {
            Some(Collective::BanThuongVu)
        } else if u.starts_with("THƯỜNG TRỰC") {
            Some(Collective::ThuongTruc)
        } else if u.starts_with("BAN CHẤP HÀNH")
            || names::COMMITTEES.iter().any(|c| u.starts_with(c))
        {
            Some(Collective::BanChapHanh)
        } else {
            None
        }
    }
}

/// Facts of the conference the document follows; the preamble is written from them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conference {
    /// The conference after "tổ chức": "Hội nghị lần thứ 6", "Hội nghị sơ kết công tác
    /// quý III". The body that holds it and the term are their own facts below.
    pub name: String,
    /// Which body holds the conference ("Hội nghị của"); `None` in drafts made before the
    /// fact existed: the signature's collective stands in.
    #[serde(default)]
    pub held_by: Option<Collective>,
    /// The committee's term ("khóa"), in Roman numerals: "XXVI".
    #[serde(default)]
    pub term: String,
    #[serde(default)]
    pub date: Option<DocDate>,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub online: bool,
    #[serde(default)]
    pub chair: String,
    #[serde(default)]
    pub attendees: Vec<String>,
    #[serde(default)]
    pub reports: Vec<String>,
    // The record kept during the conference (record.rs); all optional, so drafts made
    // before the minutes existed still load.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Clock>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Clock>,
    /// The places connected online ("điểm cầu"), besides the main hall.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub online_points: Vec<String>,
    /// The minute-taker, with position: "Nguyễn Thị Hoa, Phó Chánh Văn phòng Thành ủy".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub secretary: String,
    /// How many members the body has, when the roll call below is not complete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<u32>,
    /// The roll call of the body's members, present or absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Member>,
    /// Invited guests, one person or group per entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guests: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    /// The minutes read back at the end and adopted, with the count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adoption: Option<Vote>,
}

impl Document {
    /// Every string in NFC (dựng sẵn), with formatting offsets kept in place.
    pub fn normalize(&mut self) {
        use text::nfc;
        let fix = |s: &mut String| *s = nfc(s);
        fix(&mut self.rules);
        self.issuer.upper.iter_mut().for_each(fix);
        fix(&mut self.issuer.name);
        fix(&mut self.issuer.symbol);
        fix(&mut self.number);
        fix(&mut self.place);
        self.subject.iter_mut().for_each(fix);
        self.addressees.iter_mut().for_each(fix);
        self.theme.iter_mut().for_each(fix);
        self.bases.iter_mut().for_each(Paragraph::normalize);
        fix(&mut self.enacting);
        self.marks.circulation.iter_mut().for_each(fix);
        fix(&mut self.marks.drafter);
        for a in &mut self.appendices {
            a.title.iter_mut().for_each(fix);
            body::for_each_paragraph_mut(&mut a.body, &mut Paragraph::normalize);
        }
        self.preamble.iter_mut().for_each(Paragraph::normalize);
        body::for_each_paragraph_mut(&mut self.body, &mut Paragraph::normalize);
        self.closing.iter_mut().for_each(Paragraph::normalize);
        fix(&mut self.archive);
        self.for_each_name_mut(&mut |s| fix(s));
        if let Some(c) = &mut self.conference {
            for item in &mut c.agenda {
                item.discussion.iter_mut().for_each(|i| i.text.normalize());
                item.conclusion.iter_mut().for_each(Paragraph::normalize);
            }
        }
    }

    /// Every string of the recipients, the signature and the conference facts: the
    /// names and titles outside the running text.
    pub fn for_each_name_mut(&mut self, fix: &mut dyn FnMut(&mut String)) {
        for r in &mut self.recipients {
            fix(&mut r.name);
            r.note.iter_mut().for_each(&mut *fix);
        }
        fix(&mut self.signature.on_behalf_of);
        fix(&mut self.signature.title);
        fix(&mut self.signature.name);
        fix(&mut self.signature.concurrent);
        if let Some(c) = &mut self.conference {
            fix(&mut c.name);
            fix(&mut c.term);
            fix(&mut c.place);
            fix(&mut c.chair);
            c.attendees.iter_mut().for_each(&mut *fix);
            c.reports.iter_mut().for_each(&mut *fix);
            c.online_points.iter_mut().for_each(&mut *fix);
            fix(&mut c.secretary);
            for m in &mut c.members {
                fix(&mut m.name);
                fix(&mut m.title);
                if let Presence::Absent(reason) = &mut m.presence {
                    fix(reason);
                }
            }
            c.guests.iter_mut().for_each(&mut *fix);
            for item in &mut c.agenda {
                fix(&mut item.title);
                for r in &mut item.reports {
                    fix(&mut r.title);
                    fix(&mut r.presenter);
                }
                for i in &mut item.discussion {
                    fix(&mut i.speaker);
                }
                for t in &mut item.tasks {
                    fix(&mut t.content);
                    fix(&mut t.lead);
                    t.cooperating.iter_mut().for_each(&mut *fix);
                }
            }
        }
        for c in &mut self.cosigners {
            fix(&mut c.lead);
            fix(&mut c.signature.on_behalf_of);
            fix(&mut c.signature.title);
            fix(&mut c.signature.name);
            fix(&mut c.signature.concurrent);
        }
    }

    /// Characters of running text (preamble, body, closing), for sizing and statistics.
    pub fn text_len(&self) -> usize {
        let mut n = 0;
        self.bases.iter().for_each(|p| n += p.text.len());
        self.preamble.iter().for_each(|p| n += p.text.len());
        body::for_each_paragraph(&self.body, &mut |p| n += p.text.len());
        self.closing.iter().for_each(|p| n += p.text.len());
        for a in &self.appendices {
            body::for_each_paragraph(&a.body, &mut |p| n += p.text.len());
        }
        n
    }
}
