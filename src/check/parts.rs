//! The parts a document has only sometimes (05-HD/VPTW 2026 pp. 12, 24–25): the legal
//! bases (căn cứ) with their enacting line, and the addressees of a công văn ("Kính
//! gửi:") or a tờ trình ("Kính trình:"). The model stores bases and addressees bare and
//! the export drops whatever dash or ";" a clerk types around them, so here the mistake
//! is a part missing; the punctuation as written in a received file is judged by
//! `received` (`bases.punctuation`).

use super::scan::q;
use super::{Ctx, Finding, Place, Severity};
use crate::rules::Addressed;

pub fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    bases(ctx, out);
    addressees(ctx, out);
}

/// A kind enacted on bases (the rule set says which: a quyết định, a quy định) that has
/// them needs the enacting line after them.
fn bases(ctx: &Ctx, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let enacted = ctx.rules.kind(doc.kind).bases;
    if enacted && !doc.bases.is_empty() && doc.enacting.trim().is_empty() {
        out.push(Finding::new(
            "bases.enacting-missing",
            Severity::Warning,
            Place::Enacting,
            format!(
                "{} có phần căn cứ nhưng thiếu dòng quyết định sau căn cứ (ví dụ “BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH”), trình bày giữa dòng.",
                doc.kind.label()
            ),
        ));
    }
}

fn addressees(ctx: &Ctx, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let a = &ctx.rules.parts.addressees;
    // The rule set says which kinds are addressed, and how.
    let (label, where_) = match ctx.rules.kind(doc.kind).addressed {
        Some(Addressed::Letter) => (&a.letter_label, "chính giữa trang đầu"),
        Some(Addressed::Submission) => (&a.submission_label, "dưới tên loại và trích yếu"),
        None => return,
    };
    if doc.addressees.iter().all(|x| x.trim().is_empty()) {
        out.push(Finding::new(
            "addressees.missing",
            Severity::Error,
            Place::Addressees,
            format!(
                "{} thiếu phần {}: ghi tên tổ chức, cơ quan, cá nhân trực tiếp nhận giải quyết ({}), mỗi nơi một dòng (05-HD/VPTW, mục 9.2.3–9.2.4).",
                doc.kind.label(),
                q(label),
                where_
            ),
        ));
    }
}
