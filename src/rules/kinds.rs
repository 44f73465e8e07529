//! Which parts each kind of document has, per rule set: a công văn prints no type name
//! and has its subject under the number; a tờ trình names whom it is submitted to; a
//! quyết định stands on legal bases; Quy định is "QĐi" under 36-HD and "QĐ" under 05-HD.

use crate::model::DocKind;
use serde::{Deserialize, Serialize};

/// To whom the document is addressed, above its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Addressed {
    /// "Kính gửi:" centred on page 1 (công văn).
    Letter,
    /// "Kính trình:" under the title (tờ trình; "Kính gửi:" under 36-HD).
    Submission,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KindRules {
    pub kind: DocKind,
    /// The type symbol where the rule set departs from the usual one ("QĐi").
    #[serde(default)]
    pub symbol: Option<String>,
    /// No type name; the subject in the header's left column under the number.
    #[serde(default)]
    pub letter: bool,
    #[serde(default)]
    pub addressed: Option<Addressed>,
    /// Opens with a preamble about the conference it follows.
    #[serde(default)]
    pub preamble: bool,
    /// Enacted on legal bases (căn cứ).
    #[serde(default)]
    pub bases: bool,
    /// Lists its recipients under "Nơi nhận" (minutes do not, unless the clerk adds them).
    #[serde(default = "yes")]
    pub recipients: bool,
    /// What Nơi nhận starts with: "Như trên", the addressees named above.
    #[serde(default)]
    pub recipients_first: Option<String>,
}

fn yes() -> bool {
    true
}

impl KindRules {
    /// A kind the rule set says nothing special about: type name, subject under it,
    /// recipients.
    pub fn plain(kind: DocKind) -> KindRules {
        KindRules {
            kind,
            symbol: None,
            letter: false,
            addressed: None,
            preamble: false,
            bases: false,
            recipients: true,
            recipients_first: None,
        }
    }
}

/// An issuing body's symbol after the slash in the number line (05-HD pp. 7–8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BodySymbol {
    pub symbol: String,
    /// What it stands for, in Vietnamese, as the guideline names it.
    pub name: String,
    /// An advisory body of a committee writes its symbol followed by the committee's:
    /// "BTGDV" of a tỉnh uỷ is "BTGDVTU".
    #[serde(default)]
    pub with_committee: bool,
}
