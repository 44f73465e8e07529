//! Rule sets: every layout number of the presentation rules, as data.
//!
//! The three shipped sets live in `templates/rules/*.ron` and are compiled into the binary
//! so that the program finds them wherever it is unpacked; a clerk may also pass a path.

mod format;
mod kinds;
mod load;
mod parts;
mod validate;

pub use format::{Align, HeadingRule, LineRule, TextFormat};
pub use kinds::{Addressed, BodySymbol, KindRules};
pub use parts::{AddresseeRules, AppendixRules, BasesRules, MarkRules, PartsRules};

use crate::error::Error;
use crate::model::{DocDate, NumberStyle};
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::sync::OnceLock;

/// The rule set a new Party document takes when its date is 27/5/2026 or later.
pub const DEFAULT_ID: &str = "dang-hd05-2026";

const BUILTIN_SOURCES: [(&str, &str); 3] = [
    (
        "dang-hd05-2026",
        include_str!("../../templates/rules/dang-hd05-2026.ron"),
    ),
    (
        "dang-hd36-2018",
        include_str!("../../templates/rules/dang-hd36-2018.ron"),
    ),
    (
        "nha-nuoc-nd30-2020",
        include_str!("../../templates/rules/nha-nuoc-nd30-2020.ron"),
    ),
];

/// Which family of rules: the Party's own, or the state's (Nghị định 30/2020).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum System {
    Party,
    State,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleSet {
    pub id: String,
    /// Vietnamese name shown to the clerk.
    pub name: String,
    pub system: System,
    /// First day of validity (y, m, d).
    pub in_force_from: (u16, u8, u8),
    /// Last day of validity, if replaced.
    #[serde(default)]
    pub in_force_until: Option<(u16, u8, u8)>,
    pub font: String,
    pub page: PageRules,
    pub page_number: PageNumberRules,
    pub header: HeaderRules,
    pub title: TitleRules,
    pub body: BodyRules,
    pub headings: Vec<HeadingRule>,
    pub footnote: FootnoteRules,
    pub recipients: RecipientRules,
    pub signature: SignatureRules,
    /// Căn cứ, Kính gửi / Kính trình, marks and appendices.
    pub parts: PartsRules,
    /// The kinds with parts of their own; any other kind is [`KindRules::plain`].
    pub kinds: Vec<KindRules>,
    /// The issuing bodies' symbols the guideline lists, offered in the profile and known
    /// to the checker.
    #[serde(default)]
    pub body_symbols: Vec<BodySymbol>,
    /// Abbreviations that must be written out at their first use: (short, full form).
    #[serde(default)]
    pub abbreviations: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageRules {
    pub width_mm: f32,
    pub height_mm: f32,
    pub margin_top_mm: f32,
    pub margin_bottom_mm: f32,
    pub margin_left_mm: f32,
    pub margin_right_mm: f32,
    /// Back pages mirror left and right margins (duplex printing).
    pub mirror_margins: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageNumberRules {
    pub size_pt: f32,
    pub align: Align,
    /// Distance of the number from the top edge.
    pub from_top_mm: f32,
    pub on_first_page: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeaderRules {
    /// Width of the left (issuer) column, in percent of the text width.
    pub left_width_pct: u32,
    pub upper: TextFormat,
    pub issuer: TextFormat,
    /// The mark under the issuer ("*"); empty for none.
    pub separator: String,
    pub separator_format: TextFormat,
    pub number: TextFormat,
    /// "Số {number}-{type}/{body}": placeholders for number, type symbol, body symbol.
    pub number_pattern: String,
    /// Printed in place of a number not yet given.
    pub number_blank: String,
    /// Numbers below this get a leading zero ("05").
    pub number_pad_below: u32,
    pub marks: TextFormat,
    /// Right column: "ĐẢNG CỘNG SẢN VIỆT NAM" (or the state motto lines).
    pub motto: Vec<MottoLine>,
    pub date: TextFormat,
    /// "{place}, ngày {day} tháng {month} năm {year}"
    pub date_pattern: String,
    pub pad_day_below: u8,
    pub pad_month_below: u8,
    /// Printed for a day or month not fixed yet.
    pub date_blank: String,
    /// Space between the motto and the date line.
    pub date_space_before_pt: f32,
    /// The right block (motto, date) ends at the right margin, centred on its widest line,
    /// rather than centred in its column (05-HD: "ĐẢNG CỘNG SẢN VIỆT NAM" flush right).
    #[serde(default)]
    pub right_flush: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MottoLine {
    pub text: String,
    pub format: TextFormat,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TitleRules {
    pub kind: TextFormat,
    pub subject: TextFormat,
    /// The centred line under the subject ("-----"); empty for none.
    pub separator: String,
    pub space_before_pt: f32,
    pub space_after_pt: f32,
    /// Space between the type name and the subject lines.
    #[serde(default)]
    pub kind_space_after_pt: f32,
    /// The author line of the subject ("của Ban Thường vụ Thành ủy") in capitals, as in
    /// 05-HD's example 3 ("CỦA BAN THƯỜNG VỤ THÀNH UỶ").
    #[serde(default)]
    pub author_caps: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BodyRules {
    pub size_pt: f32,
    /// The sizes the rules allow (05-HD: 14–15 pt; NĐ 30: 13–14 pt): a received file is
    /// audited against the range, a draft is exported at `size_pt`. Absent: `size_pt`
    /// to one point more.
    #[serde(default)]
    pub size_range_pt: Option<(f32, f32)>,
    pub first_line_indent_mm: f32,
    pub space_before_pt: f32,
    pub space_after_pt: f32,
    pub line: LineRule,
    pub align: Align,
    /// No paragraph leaves a single line alone at the top or bottom of a page. Written into
    /// every style: Word assumes it when absent, LibreOffice does not.
    #[serde(default)]
    pub widow_control: bool,
}

impl BodyRules {
    /// The smallest and largest body size the rules allow, in points.
    pub fn size_range(&self) -> (f32, f32) {
        self.size_range_pt
            .unwrap_or((self.size_pt, self.size_pt + 1.0))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FootnoteRules {
    pub size_pt: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecipientRules {
    pub label: String,
    pub label_format: TextFormat,
    pub item_size_pt: f32,
    /// Before each line ("- ").
    pub prefix: String,
    /// After each line but the last (";" or ",").
    pub separator: String,
    /// " ({note})"
    pub note_pattern: String,
    /// "Lưu {office}." — the last line, with its own punctuation.
    pub archive_pattern: String,
    /// Width of the recipients column, in percent of the text width.
    pub width_pct: u32,
    /// Space between the label and the first recipient.
    #[serde(default)]
    pub label_space_after_pt: f32,
    /// How far right of the dash a recipient's wrapped lines hang.
    #[serde(default)]
    pub hang_mm: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignatureRules {
    /// "T/M" (Party) or "TM." (state).
    pub on_behalf: String,
    /// "K/T" or "KT."
    pub deputy: String,
    /// "T/L" or "TL."
    pub delegated: String,
    pub authority_format: TextFormat,
    pub title_format: TextFormat,
    pub name_format: TextFormat,
    /// The line over a cosigner's block: "Xác nhận chữ ký của đồng chí …" (05-HD p. 22).
    #[serde(default = "default_lead_format")]
    pub lead_format: TextFormat,
    /// Space above a block under the signatures (the confirmation), from the names.
    #[serde(default = "default_lead_space")]
    pub lead_space_before_pt: f32,
    /// Room for the signature and seal: from the baseline of the title line to the
    /// baseline of the name.
    #[serde(default = "default_title_to_name")]
    pub title_to_name_mm: f32,
    /// Space between the last paragraph and the Nơi nhận / signature block.
    #[serde(default = "default_closing_space")]
    pub space_before_pt: f32,
    /// Lines of body text kept on the signature's page, above the closing block.
    #[serde(default = "default_keep_body_lines")]
    pub keep_body_lines: u32,
    /// The word between a signer's title and the post held at the same time ("PHÓ BÍ THƯ
    /// / kiêm / TRƯỞNG BAN CHỈ ĐẠO"), printed as the title but in lower case.
    #[serde(default = "default_concurrent_word")]
    pub concurrent_word: String,
    /// Both posts of a "kiêm" block: bold capitals, unlike a plain title line (05-HD
    /// p. 20).
    #[serde(default = "default_concurrent_format")]
    pub concurrent_format: TextFormat,
    /// Where the signature image and the seal image go in the electronic version; `None`
    /// when the rules say nothing of an electronic version.
    #[serde(default)]
    pub electronic: Option<ElectronicRules>,
}

/// The electronic version's marks (05-HD §7.2.2, §8.2.1–8.2.3, pp. 23–24): the signer's
/// signature image between the title line and the name, the organisation's seal image at
/// its actual size over the left of the signature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ElectronicRules {
    /// The box the signature image is fitted into, keeping its proportions.
    pub signature_max_width_mm: f32,
    pub signature_max_height_mm: f32,
    /// How much of the signature's width the seal covers, from its left edge.
    pub seal_covers_signature: f32,
    /// The seal's printed diameter when neither the image (pHYs) nor the clerk gives it.
    pub seal_diameter_mm: f32,
}

fn default_concurrent_format() -> TextFormat {
    TextFormat {
        size_pt: 14.0,
        bold: true,
        italic: false,
        underline: false,
        caps: true,
    }
}

fn default_concurrent_word() -> String {
    "kiêm".to_owned()
}

fn default_lead_space() -> f32 {
    12.0
}

fn default_lead_format() -> TextFormat {
    TextFormat {
        size_pt: 14.0,
        bold: false,
        italic: false,
        underline: false,
        caps: false,
    }
}

fn default_closing_space() -> f32 {
    12.0
}

fn default_title_to_name() -> f32 {
    40.0
}

fn default_keep_body_lines() -> u32 {
    2
}

impl RecipientRules {
    /// The look of one recipient line: plain, at the item size.
    pub fn item_format(&self) -> TextFormat {
        TextFormat {
            size_pt: self.item_size_pt,
            bold: false,
            italic: false,
            underline: false,
            caps: false,
        }
    }
}

impl RuleSet {
    /// Which parts documents of `kind` have under this rule set.
    pub fn kind(&self, kind: crate::model::DocKind) -> std::borrow::Cow<'_, KindRules> {
        match self.kinds.iter().find(|k| k.kind == kind) {
            Some(k) => std::borrow::Cow::Borrowed(k),
            None => std::borrow::Cow::Owned(KindRules::plain(kind)),
        }
    }

    /// The type symbol in the number line: the rule set's own, else the kind's usual one.
    pub fn type_symbol(&self, kind: crate::model::DocKind) -> String {
        self.kinds
            .iter()
            .find(|k| k.kind == kind)
            .and_then(|k| k.symbol.clone())
            .unwrap_or_else(|| kind.symbol().to_owned())
    }

    /// All bundled rule sets, parsed once.
    pub fn builtin() -> &'static [RuleSet] {
        static SETS: OnceLock<Vec<RuleSet>> = OnceLock::new();
        SETS.get_or_init(|| {
            BUILTIN_SOURCES
                .iter()
                .map(|(id, src)| match ron::from_str::<RuleSet>(src) {
                    Ok(set) if validate::check(&set).is_ok() => set,
                    Ok(set) => panic!("bundled rule set {id}: {:?}", validate::check(&set)),
                    // The sources are compiled in and covered by tests: a failure here is
                    // a build defect, not user input.
                    Err(e) => panic!("bundled rule set {id} is invalid: {e}"),
                })
                .collect()
        })
    }

    pub fn by_id(id: &str) -> Option<&'static RuleSet> {
        Self::builtin().iter().find(|r| r.id == id)
    }

    /// A bundled rule set by id, or a rule-set file by path: for a name the clerk typed
    /// (the `--rules` flag). What a draft names goes through [`RuleSet::resolve_id`].
    pub fn resolve(name: &str) -> Result<RuleSet, Error> {
        if let Some(set) = Self::by_id(name) {
            return Ok(set.clone());
        }
        let path = Path::new(name);
        if path.extension().is_some_and(|e| e == "ron") || path.exists() {
            return Self::from_file(path);
        }
        Err(Error::UnknownRules(name.to_owned()))
    }

    /// The bundled rule set of `system` in force on `date`.
    pub fn in_force(system: System, date: &DocDate) -> &'static RuleSet {
        let day = date.latest();
        let sets = Self::builtin().iter().filter(|r| r.system == system);
        sets.clone()
            .find(|r| r.in_force_from <= day && r.in_force_until.is_none_or(|u| day <= u))
            // Before the oldest bundled set: use the oldest one.
            .or_else(|| sets.min_by_key(|r| r.in_force_from))
            .unwrap_or(&Self::builtin()[0])
    }

    pub fn heading(&self, style: NumberStyle) -> HeadingRule {
        self.headings
            .iter()
            .find(|h| h.style == style)
            .cloned()
            .unwrap_or_else(|| HeadingRule::plain(style))
    }

    /// Text width between the margins, in twips.
    pub fn text_width_twips(&self) -> u32 {
        mm_to_twips(self.page.width_mm - self.page.margin_left_mm - self.page.margin_right_mm)
    }
}

pub fn mm_to_twips(mm: f32) -> u32 {
    (mm * 1440.0 / 25.4).round().max(0.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_parse_and_choose_by_date() {
        assert_eq!(RuleSet::builtin().len(), 3);
        let in_force = |y, m, d| {
            RuleSet::in_force(System::Party, &DocDate::ymd(y, m, d))
                .id
                .clone()
        };
        assert_eq!(in_force(2021, 8, 20), "dang-hd36-2018");
        assert_eq!(in_force(2026, 5, 26), "dang-hd36-2018");
        assert_eq!(in_force(2026, 5, 27), "dang-hd05-2026");
        assert_eq!(in_force(2010, 1, 1), "dang-hd36-2018");
        assert_eq!(
            RuleSet::in_force(System::State, &DocDate::ymd(2026, 1, 1)).id,
            "nha-nuoc-nd30-2020"
        );
    }

    #[test]
    fn a4_text_width() {
        let set = RuleSet::by_id(DEFAULT_ID).expect("default set");
        // 210 - 30 - 15 = 165 mm
        assert_eq!(set.text_width_twips(), 9354);
    }
}
