//! "Nơi nhận": one recipient per line, punctuation added by the rule set, the final
//! "Lưu …" line, and the state forms clerks carry over ("Lưu: VT").

use super::header::replace;
use super::scan::q;
use super::{Ctx, Edit, Finding, Fix, Place, Severity};
use crate::rules::System;

const STATE_ARCHIVE: &str = "“Lưu: VT” là thể thức văn bản nhà nước (NĐ 30/2020); văn bản của Đảng ghi “- Lưu <văn phòng>.”, ví dụ “- Lưu VPTU.” (36-HD, 05-HD)";

pub fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let r = &ctx.rules.recipients;
    let named: Vec<usize> = (0..doc.recipients.len())
        .filter(|&i| !doc.recipients[i].name.trim().is_empty())
        .collect();
    if named.is_empty() && doc.archive.trim().is_empty() {
        if !ctx.rules.kind(doc.kind).recipients {
            return;
        }
        out.push(Finding::new(
            "recipients.missing",
            Severity::Error,
            Place::Recipient {
                index: 0,
                range: None,
            },
            "Thiếu “Nơi nhận”: ghi mỗi nơi nhận một dòng và dòng cuối “- Lưu <văn phòng>.”.",
        ));
        return;
    }
    let mut archive_typed = false;
    for (index, rec) in doc.recipients.iter().enumerate() {
        let place = Place::Recipient { index, range: None };
        let name = rec.name.trim();
        if name.is_empty() {
            continue;
        }
        let lower = name.to_lowercase();
        if let Some(rest) = lower.strip_prefix("lưu") {
            let office = name[name.len() - rest.len()..]
                .trim_start_matches([':', ' '])
                .trim_end_matches(['.', ';', ','])
                .trim()
                .to_owned();
            let state = rest.trim_start().starts_with(':') || office == "VT";
            let mut edits = vec![Edit::RemoveRecipient(index)];
            if doc.archive.trim().is_empty() && !archive_typed && office != "VT" {
                edits.push(replace(Place::Archive, office.clone()));
            }
            archive_typed = true;
            let msg = format!(
                "Dòng {} được gõ như một nơi nhận: dòng “Lưu …” do chương trình in ở cuối danh sách từ ô “Lưu”.{}",
                q(name),
                if state {
                    format!(" {STATE_ARCHIVE}.")
                } else {
                    String::new()
                }
            );
            let fix = Fix {
                label: "Chuyển sang ô “Lưu”".into(),
                safe: !state,
                edits,
            };
            out.push(
                Finding::new("recipients.archive-typed", Severity::Error, place, msg).with_fix(fix),
            );
            continue;
        }
        let trimmed = name
            .trim_start_matches(['-', '–', '+', '•'])
            .trim_start()
            .trim_end_matches([';', ',', '.'])
            .trim_end();
        if trimmed != name {
            out.push(
                Finding::new(
                    "recipients.punctuation",
                    Severity::Error,
                    place.clone(),
                    format!(
                        "Nơi nhận {} có gõ kèm gạch đầu dòng hoặc dấu cuối dòng: chương trình tự thêm “{}” ở đầu và “{}” ở cuối mỗi dòng theo {}, nên sẽ in hai lần.",
                        q(name),
                        r.prefix.trim(),
                        r.separator,
                        ctx.rules.name
                    ),
                )
                .with_fix(Fix::safe(
                    "Bỏ dấu gõ tay",
                    vec![replace(place.clone(), trimmed.to_owned())],
                )),
            );
        }
        if name.contains('\n') {
            let joined = name.split_whitespace().collect::<Vec<_>>().join(" ");
            out.push(
                Finding::new(
                    "recipients.line-break",
                    Severity::Warning,
                    place.clone(),
                    format!(
                        "Nơi nhận {} có dấu xuống dòng: một nơi nhận là một dòng (dòng dài tự xuống dòng khi in).",
                        q(&joined)
                    ),
                )
                .with_fix(Fix::safe("Nối thành một dòng", vec![replace(place.clone(), joined)])),
            );
        } else if trimmed.contains(';') {
            out.push(Finding::new(
                "recipients.one-per-line",
                Severity::Warning,
                place.clone(),
                format!(
                    "Dòng nơi nhận {} gộp nhiều nơi nhận bằng dấu “;”: mỗi nơi nhận (hoặc nhóm) một dòng (§6).",
                    q(name)
                ),
            ));
        }
        if let Some(open) = name
            .rfind(" (")
            .filter(|_| name.ends_with(')') && rec.note.is_none())
        {
            let note = name[open + 2..name.len() - 1].trim().to_owned();
            out.push(
                Finding::new(
                    "recipients.note-typed",
                    Severity::Hint,
                    place.clone(),
                    format!(
                        "Ghi chú {} được gõ vào tên nơi nhận: nhập vào ô ghi chú để chương trình trình bày thống nhất.",
                        q(&format!("({note})"))
                    ),
                )
                .with_fix(Fix::safe(
                    "Chuyển sang ô ghi chú",
                    vec![
                        replace(place.clone(), name[..open].trim().to_owned()),
                        Edit::SetRecipientNote {
                            index,
                            note: Some(note),
                        },
                    ],
                )),
            );
        }
        if let Some(note) = rec.note.as_deref().map(str::trim) {
            let bare = note.trim_matches(['(', ')', '"', '“', '”', ' ']);
            if bare != note && !bare.is_empty() {
                out.push(
                    Finding::new(
                        "recipients.note-form",
                        Severity::Warning,
                        place.clone(),
                        format!(
                            "Ghi chú {} có ngoặc hoặc ngoặc kép gõ tay: chương trình tự đặt ghi chú trong ngoặc đơn, ví dụ “(để báo cáo)”.",
                            q(note)
                        ),
                    )
                    .with_fix(Fix::safe(
                        "Bỏ ngoặc gõ tay",
                        vec![Edit::SetRecipientNote {
                            index,
                            note: Some(bare.to_owned()),
                        }],
                    )),
                );
            }
        }
    }
    archive(ctx, archive_typed, out);
    // The rule set says which kinds open Nơi nhận with what ("Như trên": the addressees
    // named above, a công văn's or a tờ trình's).
    if let Some(want) = ctx.rules.kind(doc.kind).recipients_first.clone() {
        let first = named
            .first()
            .map(|&i| doc.recipients[i].name.trim().to_lowercase());
        // Also when the list holds only the "Lưu" line: "Như trên" is its first line.
        if first.is_none_or(|f| !f.starts_with(&want.to_lowercase())) {
            out.push(Finding::new(
                "recipients.nhu-tren",
                Severity::Hint,
                Place::Recipient {
                    index: 0,
                    range: None,
                },
                format!(
                    "{} thường mở đầu “Nơi nhận” bằng dòng “- {want};” (§6).",
                    doc.kind.label()
                ),
            ));
        }
    }
}

fn archive(ctx: &Ctx, typed_in_list: bool, out: &mut Vec<Finding>) {
    let a = ctx.doc.archive.trim();
    if a.is_empty() {
        if !typed_in_list {
            out.push(Finding::new(
                "recipients.archive-missing",
                Severity::Error,
                Place::Archive,
                if ctx.rules.system == System::Party {
                    "Thiếu dòng “Lưu …” cuối “Nơi nhận”: văn bản của Đảng kết thúc danh sách nơi nhận bằng “- Lưu <văn phòng>.” (ví dụ “- Lưu VPTU.”)."
                } else {
                    "Thiếu dòng “Lưu …” cuối “Nơi nhận”: văn bản hành chính nhà nước kết thúc danh sách nơi nhận bằng “- Lưu: VT, <đơn vị soạn thảo>.” (NĐ 30/2020)."
                },
            ));
        }
        return;
    }
    let lower = a.to_lowercase();
    let bare = lower
        .strip_prefix("lưu")
        .map(|r| &a[a.len() - r.len()..])
        .unwrap_or(a)
        .trim_start_matches([':', ' '])
        .trim_end_matches(['.', ';', ','])
        .trim();
    let state = a.contains(':') || bare == "VT" || bare.starts_with("VT,");
    if state && ctx.rules.system == System::Party {
        out.push(Finding::new(
            "recipients.state-archive",
            Severity::Error,
            Place::Archive,
            format!("Dòng lưu {}: {STATE_ARCHIVE}.", q(a)),
        ));
    } else if bare != a {
        out.push(
            Finding::new(
                "recipients.archive-form",
                Severity::Error,
                Place::Archive,
                format!(
                    "Ô “Lưu” ghi {}: chương trình tự in “- Lưu {bare}.”; chỉ nhập tên văn phòng.",
                    q(a)
                ),
            )
            .with_fix(Fix::safe(
                format!("Sửa thành {bare}"),
                vec![replace(Place::Archive, bare.to_owned())],
            )),
        );
    }
}
