//! The parts a document has only sometimes (05-HD/VPTW 2026 pp. 12, 24–25): the legal
//! bases (căn cứ) and the addressees of a công văn ("Kính gửi:") or a tờ trình ("Kính
//! trình:"). The model stores bases and addressees bare — the rule set adds the dash
//! and the punctuation — so here the mistake is punctuation TYPED into them (printed
//! twice) or a part missing; the punctuation as written in a received file is judged
//! by `received`.
//!
//! The editor has no place of its own for a basis or an addressee yet: findings point
//! at the document.

use super::scan::q;
use super::{Ctx, Finding, Place, Severity};
use crate::model::DocKind;

pub fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    bases(ctx, out);
    addressees(ctx, out);
}

/// Closing punctuation a clerk may type at the end of a basis or an addressee.
const TYPED_END: [char; 3] = [';', '.', ','];

fn bases(ctx: &Ctx, out: &mut Vec<Finding>) {
    let r = &ctx.rules.parts.bases;
    let count = ctx.doc.bases.len();
    for (i, basis) in ctx.doc.bases.iter().enumerate() {
        let text = basis.text.trim();
        let typed_dash = text.starts_with(['-', '–', '—']);
        let typed_end = text.ends_with(TYPED_END);
        if !(typed_dash || typed_end) {
            continue;
        }
        let want = if i + 1 == count {
            &r.last
        } else {
            &r.separator
        };
        out.push(Finding::new(
            "bases.punctuation",
            Severity::Error,
            Place::Document,
            format!(
                "Căn cứ thứ {} {} có gõ sẵn {}: chương trình tự in dấu gạch đầu dòng {} và dấu {} ở cuối (căn cứ cuối cùng dấu {}), nên sẽ in hai lần. Chỉ nhập nội dung căn cứ.",
                i + 1,
                q(text),
                if typed_dash { "dấu gạch đầu dòng" } else { "dấu câu ở cuối" },
                q(r.prefix.trim()),
                q(&r.separator),
                q(want)
            ),
        ));
    }
    if count > 0 && ctx.doc.enacting.trim().is_empty() && ctx.doc.kind == DocKind::QuyetDinh {
        out.push(Finding::new(
            "bases.enacting-missing",
            Severity::Warning,
            Place::Document,
            "Quyết định có phần căn cứ nhưng thiếu dòng quyết định sau căn cứ (ví dụ “BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH”), trình bày giữa dòng.",
        ));
    }
}

fn addressees(ctx: &Ctx, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let a = &ctx.rules.parts.addressees;
    let label = match doc.kind {
        DocKind::CongVan => &a.letter_label,
        DocKind::ToTrinh => &a.submission_label,
        _ => return,
    };
    if doc.addressees.iter().all(|x| x.trim().is_empty()) {
        out.push(Finding::new(
            "addressees.missing",
            Severity::Error,
            Place::Document,
            format!(
                "{} thiếu phần {}: ghi tên tổ chức, cơ quan, cá nhân trực tiếp nhận giải quyết ({}), mỗi nơi một dòng (05-HD/VPTW, mục 9.2.3–9.2.4).",
                doc.kind.label(),
                q(label),
                if doc.kind == DocKind::CongVan {
                    "chính giữa trang đầu"
                } else {
                    "dưới tên loại và trích yếu"
                }
            ),
        ));
        return;
    }
    for (i, name) in doc.addressees.iter().enumerate() {
        let t = name.trim();
        if t.starts_with(['-', '–', '—']) || t.ends_with(TYPED_END) {
            out.push(Finding::new(
                "addressees.punctuation",
                Severity::Error,
                Place::Document,
                format!(
                    "Nơi gửi thứ {} {} sau {} có gõ sẵn dấu gạch hoặc dấu câu: chương trình tự in {} ở đầu và {} ở cuối mỗi nơi khi có nhiều nơi. Chỉ nhập tên.",
                    i + 1,
                    q(t),
                    q(label),
                    q(a.prefix.trim()),
                    q(&a.separator)
                ),
            ));
        }
    }
}
