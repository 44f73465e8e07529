//! Where a finding is: a field, a paragraph and a char range in it, so that the editor
//! can jump there and a fix can edit exactly that text.

use crate::model::body::{number_siblings, Counter};
use crate::model::{Block, Document};
use serde::Serialize;
use std::collections::HashMap;

/// A char range `start..end` inside a text (chars, not bytes, like the model's spans).
pub type Range = Option<(usize, usize)>;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub enum Place {
    /// The document as a whole.
    Document,
    /// The rule set the draft names.
    Rules,
    /// The document type (kind).
    Kind,
    Issuer(IssuerField),
    /// The number field ("15").
    Number,
    Date,
    /// The place name of the date line ("Hạ Long").
    Place,
    /// Subject line `index`.
    Subject {
        index: usize,
        range: Range,
    },
    Preamble {
        index: usize,
        range: Range,
    },
    /// A body block: `path` indexes `doc.body`, then the `content` of each section; a
    /// section stands for its title paragraph.
    Body {
        path: Vec<usize>,
        range: Range,
    },
    Closing {
        index: usize,
        range: Range,
    },
    /// The addressees of a công văn or tờ trình (Kính gửi / Kính trình).
    Addressees,
    /// The enacting line after the legal bases.
    Enacting,
    /// The name of recipient `index`.
    Recipient {
        index: usize,
        range: Range,
    },
    /// The office of the final "Lưu …" line.
    Archive,
    Signature(SignatureField),
    /// A part of a Word file's layout (DOCX audit).
    Layout(LayoutPart),
    /// A paragraph of a received file as written (1-based `w:p` in document order, table
    /// cells included; a line of a text file): where the file itself is wrong.
    Paragraph(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum IssuerField {
    Upper(usize),
    Name,
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum SignatureField {
    Authority,
    OnBehalfOf,
    Title,
    Name,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum LayoutPart {
    File,
    PageSize,
    Margins,
    Fonts,
    HeaderTable,
    PageNumber,
    BodyText,
    LineSpacing,
    Recipients,
    Text,
}

impl Place {
    /// The char range inside the field, if any.
    pub fn range(&self) -> Range {
        match self {
            Place::Subject { range, .. }
            | Place::Preamble { range, .. }
            | Place::Body { range, .. }
            | Place::Closing { range, .. }
            | Place::Recipient { range, .. } => *range,
            _ => None,
        }
    }

    /// The same field without a char range: the target an edit works on.
    pub fn field(&self) -> Place {
        let mut p = self.clone();
        match &mut p {
            Place::Subject { range, .. }
            | Place::Preamble { range, .. }
            | Place::Body { range, .. }
            | Place::Closing { range, .. }
            | Place::Recipient { range, .. } => *range = None,
            _ => {}
        }
        p
    }

    /// A Vietnamese description for lists and the command line ("Nội dung, mục 2.1.").
    /// With the document, body places name the printed label of their section.
    pub fn describe(&self, doc: Option<&Document>) -> String {
        self.describe_by(|path| doc.and_then(|d| body_label(&d.body, path)))
    }

    /// [`Place::describe`] with the body labels computed beforehand: for a list of many
    /// findings, where numbering the siblings again for each would cost O(n²).
    pub fn describe_in(&self, labels: &BodyLabels) -> String {
        self.describe_by(|path| labels.0.get(path).cloned())
    }

    fn describe_by(&self, body_label: impl FnOnce(&[usize]) -> Option<String>) -> String {
        let chars = |r: &Range| match *r {
            Some((a, b)) if b <= a => format!(", sau ký tự {a}"),
            Some((a, b)) if b == a + 1 => format!(", ký tự {b}"),
            Some((a, b)) => format!(", ký tự {}–{}", a + 1, b),
            None => String::new(),
        };
        match self {
            Place::Document => "Toàn văn bản".into(),
            Place::Rules => "Bộ quy tắc trình bày".into(),
            Place::Kind => "Loại văn bản".into(),
            Place::Issuer(IssuerField::Upper(i)) => format!("Cơ quan cấp trên, dòng {}", i + 1),
            Place::Issuer(IssuerField::Name) => "Tên cơ quan ban hành".into(),
            Place::Issuer(IssuerField::Symbol) => "Ký hiệu cơ quan ban hành".into(),
            Place::Number => "Số văn bản".into(),
            Place::Date => "Ngày tháng năm".into(),
            Place::Place => "Địa danh".into(),
            Place::Subject { index, range } => {
                format!("Trích yếu, dòng {}{}", index + 1, chars(range))
            }
            Place::Preamble { index, range } => {
                format!("Phần mở đầu, đoạn {}{}", index + 1, chars(range))
            }
            Place::Body { path, range } => {
                let label = body_label(path);
                match label {
                    Some(l) if !l.is_empty() => format!("Nội dung, {l}{}", chars(range)),
                    _ => format!("Nội dung, khối {}{}", path_text(path), chars(range)),
                }
            }
            Place::Closing { index, range } => {
                format!("Phần kết, đoạn {}{}", index + 1, chars(range))
            }
            Place::Recipient { index, range } => {
                format!("Nơi nhận, dòng {}{}", index + 1, chars(range))
            }
            Place::Archive => "Nơi nhận, dòng “Lưu …”".into(),
            Place::Addressees => "Kính gửi / Kính trình".into(),
            Place::Enacting => "Dòng quyết định sau căn cứ".into(),
            Place::Signature(f) => match f {
                SignatureField::Authority => "Chữ ký: thẩm quyền ký".into(),
                SignatureField::OnBehalfOf => "Chữ ký: tập thể/người đứng đầu".into(),
                SignatureField::Title => "Chữ ký: chức vụ".into(),
                SignatureField::Name => "Chữ ký: họ tên".into(),
            },
            Place::Layout(part) => format!("Tệp Word: {}", part.describe()),
            Place::Paragraph(n) => format!("Tệp gốc, đoạn {n}"),
        }
    }
}

impl LayoutPart {
    pub fn describe(self) -> &'static str {
        match self {
            LayoutPart::File => "tệp",
            LayoutPart::PageSize => "khổ giấy",
            LayoutPart::Margins => "lề trang",
            LayoutPart::Fonts => "phông chữ",
            LayoutPart::HeaderTable => "phần đầu văn bản",
            LayoutPart::PageNumber => "số trang",
            LayoutPart::BodyText => "cỡ chữ nội dung",
            LayoutPart::LineSpacing => "giãn dòng",
            LayoutPart::Recipients => "nơi nhận",
            LayoutPart::Text => "nội dung",
        }
    }
}

fn path_text(path: &[usize]) -> String {
    path.iter()
        .map(|i| (i + 1).to_string())
        .collect::<Vec<_>>()
        .join(" › ")
}

/// How a section is named in a message: "mục 2.1.", but "Điều 3" and "Chương II" by
/// their own word.
fn section_name(label: &str) -> String {
    if label.starts_with(char::is_uppercase) && label.contains(' ') {
        label.trim_end_matches('.').to_owned()
    } else {
        format!("mục {label}")
    }
}

/// "mục 2.1." for the section at `path`; "mục 2.1., đoạn 3" for a plain paragraph under
/// it; "đoạn 3" for one at the top level.
fn body_label(blocks: &[Block], path: &[usize]) -> Option<String> {
    let mut list = blocks;
    let mut counter = Counter::default();
    let mut label = String::new();
    for (depth, &i) in path.iter().enumerate() {
        let numbers = number_siblings(list, &counter);
        match (list.get(i)?, numbers.get(i)?) {
            (Block::Section(s), Some(n)) => {
                // "-" and "+" items have no number of their own: name them by position.
                label = if n.label.chars().any(char::is_alphanumeric) {
                    n.label.clone()
                } else if label.is_empty() {
                    format!("ý {}", i + 1)
                } else {
                    format!("{label} ý {}", i + 1)
                };
                counter = n.child.clone();
                list = &s.content;
            }
            (Block::Para(_), _) if depth + 1 == path.len() => {
                let prefix = if label.is_empty() {
                    String::new()
                } else {
                    format!("{}, ", section_name(&label))
                };
                return Some(format!("{prefix}đoạn {}", i + 1));
            }
            _ => return None,
        }
    }
    Some(if label.is_empty() {
        String::new()
    } else {
        section_name(&label)
    })
}

/// The label [`Place::describe`] gives each body block ("mục 2.1.", "mục 2.1., đoạn 3"),
/// by path, computed in one walk of the outline.
#[derive(Debug, Default)]
pub struct BodyLabels(HashMap<Vec<usize>, String>);

impl BodyLabels {
    pub fn of(doc: Option<&Document>) -> Self {
        let mut labels = Self::default();
        if let Some(doc) = doc {
            labels.walk(&doc.body, &Counter::default(), "", &mut Vec::new());
        }
        labels
    }

    /// The same labels as [`body_label`], list by list: each list is numbered once.
    fn walk(&mut self, blocks: &[Block], counter: &Counter, parent: &str, path: &mut Vec<usize>) {
        let numbers = number_siblings(blocks, counter);
        for (i, block) in blocks.iter().enumerate() {
            path.push(i);
            match (block, numbers.get(i)) {
                (Block::Section(s), Some(Some(n))) => {
                    let label = if n.label.chars().any(char::is_alphanumeric) {
                        n.label.clone()
                    } else if parent.is_empty() {
                        format!("ý {}", i + 1)
                    } else {
                        format!("{parent} ý {}", i + 1)
                    };
                    self.0.insert(path.clone(), section_name(&label));
                    self.walk(&s.content, &n.child, &label, path);
                }
                (Block::Para(_), _) => {
                    let prefix = if parent.is_empty() {
                        String::new()
                    } else {
                        format!("{}, ", section_name(parent))
                    };
                    self.0
                        .insert(path.clone(), format!("{prefix}đoạn {}", i + 1));
                }
                _ => {}
            }
            path.pop();
        }
    }
}
