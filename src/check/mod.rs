//! Format checker (issue 5): rules over the model and the rule set, each with a stable id,
//! a severity, a place the editor can jump to, a Vietnamese message that says what is wrong
//! and what the rule is, and — where the change cannot alter the meaning — a fix.
//!
//! The model prevents many mistakes by construction (numbers and punctuation are computed),
//! so most rules look for the mistake in the TEXT the clerk typed: "Số:" in the number
//! field, "TM." in the signature, "1." at the head of a paragraph, "./." at the end.
//!
//! Entry points: [`run`] (all rules), [`apply_fix`], [`apply_safe_fixes`]; for Word files,
//! [`layout_audit::audit_docx`].

mod abbreviations;
mod citations;
mod date;
mod docx_xml;
mod encoding;
mod fix;
mod header;
pub mod layout_audit;
mod listing;
mod numbering;
mod parts;
mod place;
pub mod received;
mod recipients;
mod scan;
mod signature;
mod text;

pub use fix::{apply_fix, apply_safe_fixes};
pub use listing::{listed, listed_indexed, Listed, MAX_LISTED_PER_RULE};
pub use place::{BodyLabels, IssuerField, LayoutPart, Place, SignatureField};

use crate::model::{Authority, DocDate, Document};
use crate::rules::RuleSet;
use serde::Serialize;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Severity {
    /// The document must not go for signing like this.
    Error,
    /// Probably wrong; a reviewer would ask.
    Warning,
    /// A matter of style or habit.
    Hint,
}

impl Severity {
    /// The label shown to the clerk.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "lỗi",
            Severity::Warning => "cảnh báo",
            Severity::Hint => "gợi ý",
        }
    }
}

/// One mistake found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable rule id ("number.colon"): for filtering, tests and `--rules`.
    pub id: &'static str,
    pub severity: Severity,
    pub place: Place,
    /// What is wrong and what the rule is, in Vietnamese.
    pub message: String,
    pub fix: Option<Fix>,
}

impl Finding {
    pub(crate) fn new(
        id: &'static str,
        severity: Severity,
        place: Place,
        message: impl Into<String>,
    ) -> Self {
        Self {
            id,
            severity,
            place,
            message: message.into(),
            fix: None,
        }
    }

    pub(crate) fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }
}

/// An automatic correction: one or more edits, applied together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// What the button does, in Vietnamese ("Bỏ dấu hai chấm").
    pub label: String,
    /// Safe fixes cannot change the meaning; "Sửa tất cả lỗi an toàn" applies only those.
    pub safe: bool,
    pub edits: Vec<Edit>,
}

impl Fix {
    pub(crate) fn safe(label: impl Into<String>, edits: Vec<Edit>) -> Self {
        Self {
            label: label.into(),
            safe: true,
            edits,
        }
    }

    pub(crate) fn unsafe_(label: impl Into<String>, edits: Vec<Edit>) -> Self {
        Self {
            label: label.into(),
            safe: false,
            edits,
        }
    }
}

/// A change to the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Edit {
    /// Replaces the text at `place`: its char range, or the whole field when the place
    /// has no range. Formatting spans and footnote anchors move with the text.
    Replace {
        place: Place,
        with: String,
    },
    /// Lays the document out by another rule set.
    SetRules(String),
    SetAuthority(Authority),
    SetRecipientNote {
        index: usize,
        note: Option<String>,
    },
    RemoveRecipient(usize),
    /// Every string of the document to Unicode NFC.
    Normalize,
}

/// Which rules to run: all, or those whose id starts with one of the given prefixes
/// ("number", "signature.kt-for-collective").
#[derive(Debug, Clone, Default)]
pub struct Filter {
    prefixes: Vec<String>,
}

impl Filter {
    pub fn all() -> Self {
        Self::default()
    }

    /// Comma-separated rule ids or families: "number,date.leading-zero".
    pub fn parse(list: &str) -> Self {
        Self {
            prefixes: list
                .split(',')
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect(),
        }
    }

    pub fn accepts(&self, id: &str) -> bool {
        self.prefixes.is_empty()
            || self
                .prefixes
                .iter()
                .any(|p| id == p || (id.starts_with(p.as_str()) && id[p.len()..].starts_with('.')))
    }
}

/// What every rule family receives.
pub(crate) struct Ctx<'a> {
    pub doc: &'a Document,
    pub rules: &'a RuleSet,
    pub today: DocDate,
    /// Running text (subject, preamble, body, closing), collected once.
    pub texts: Vec<scan::TextItem<'a>>,
}

/// Runs every rule on `doc`, laid out by `rules`, as of `today`. Findings come in
/// document order within each family, errors first overall.
pub fn run(doc: &Document, rules: &RuleSet, today: DocDate) -> Vec<Finding> {
    let ctx = Ctx {
        doc,
        rules,
        today,
        texts: scan::texts(doc),
    };
    let mut out = Vec::new();
    header::check(&ctx, &mut out);
    date::check(&ctx, &mut out);
    numbering::check(&ctx, &mut out);
    parts::check(&ctx, &mut out);
    recipients::check(&ctx, &mut out);
    signature::check(&ctx, &mut out);
    text::check(&ctx, &mut out);
    encoding::check(&ctx, &mut out);
    abbreviations::check(&ctx, &mut out);
    citations::check(&ctx, &mut out);
    // Stable: document order is kept within a severity.
    out.sort_by_key(|f| f.severity);
    out
}

/// [`run`] restricted to the rules `filter` accepts.
pub fn run_filtered(
    doc: &Document,
    rules: &RuleSet,
    today: DocDate,
    filter: &Filter,
) -> Vec<Finding> {
    let mut all = run(doc, rules, today);
    all.retain(|f| filter.accepts(f.id));
    all
}

/// Counts of (errors, warnings, hints).
pub fn tally(findings: &[Finding]) -> (usize, usize, usize) {
    let count = |s| findings.iter().filter(|f| f.severity == s).count();
    (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Hint),
    )
}
