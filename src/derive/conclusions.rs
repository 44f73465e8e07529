//! The KẾT LUẬN, NGHỊ QUYẾT or THÔNG BÁO KẾT LUẬN written from a record: the template of
//! the kind for the record's organisation (recipients, closing formula), then the
//! preamble in the seeds' formula, one part per agenda item from the chair's conclusion,
//! the tasks written in as directions, and the signature of the body that met (T/M), or
//! of the office (T/L) for the THÔNG BÁO KẾT LUẬN.

use super::phrases::{collective, direction, holder, sentence, signer_title};
use crate::error::Error;
use crate::model::names::{decapitalize, Names, BLANK};
use crate::model::preamble::{conference_title, preamble_text};
use crate::model::{
    Authority, Block, Collective, Conference, DocKind, Document, NumberStyle, Paragraph, Section,
    SectionKind, SignerPlace,
};
use crate::templates::{self, Adaptation};

pub fn draft(record: &Document, c: &Conference, kind: DocKind) -> Result<Document, Error> {
    let held_by = collective(record, c);
    let template = match (kind, held_by) {
        (DocKind::NghiQuyet, _) => "nghi-quyet",
        (DocKind::ThongBaoKetLuan, _) => "thong-bao-ket-luan",
        (_, Collective::BanChapHanh) => "ket-luan-hoi-nghi",
        _ => "ket-luan-ban-thuong-vu",
    };
    let mut doc = templates::find(template)?.raw()?;
    Adaptation {
        names: Names::of(&record.issuer),
        term: non_blank(&c.term),
        session: session(&c.name),
    }
    .apply(&mut doc);
    doc.kind = kind;
    doc.rules = record.rules.clone();
    doc.issuer = record.issuer.clone();
    doc.number = String::new();
    doc.place = record.place.clone();
    doc.date = c.date.unwrap_or(record.date);
    // The record's own office, else the office of its issuer ("VPĐU" for an "ĐU").
    doc.archive = match record.archive.trim() {
        "" => format!("VP{}", record.issuer.symbol.trim()),
        a => a.to_owned(),
    };
    let mut facts = c.clone();
    facts.held_by = Some(held_by);
    doc.conference = Some(facts);
    doc.cosigners.clear();
    doc.subject = subject(&doc, c, kind);
    doc.preamble = preamble_text(&doc)
        .map(Paragraph::plain)
        .into_iter()
        .collect();
    doc.body = body(c, kind);
    match kind {
        DocKind::ThongBaoKetLuan => {
            // The office signs by delegation; its chief is the one who confirms the
            // chair's signature on the minutes, when the record has that block.
            doc.signature.name = record
                .cosigners
                .iter()
                .find(|s| s.place == SignerPlace::Centred && !s.signature.name.trim().is_empty())
                .map_or_else(|| BLANK.to_owned(), |s| s.signature.name.clone());
        }
        _ => {
            doc.signature.authority = Authority::OnBehalf;
            doc.signature.on_behalf_of = held_by.printed().to_owned();
            doc.signature.title = signer_title(&c.chair).unwrap_or_else(|| "BÍ THƯ".into());
            doc.signature.name = c.chair_name();
        }
    }
    Ok(doc)
}

fn non_blank(s: &str) -> String {
    match s.trim() {
        "" => BLANK.to_owned(),
        t => t.to_owned(),
    }
}

/// The conference's number out of its name: "Hội nghị lần thứ 8" → "8".
fn session(name: &str) -> String {
    let lower = name.to_lowercase();
    lower
        .find("lần thứ")
        .and_then(|i| lower[i + "lần thứ".len()..].split_whitespace().next())
        .map(|n| n.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| BLANK.to_owned())
}

/// KẾT LUẬN and THÔNG BÁO KẾT LUẬN: "của Ban Chấp hành …" / "tại Hội nghị lần thứ 8,
/// khóa XVI"; NGHỊ QUYẾT: the conference as its title ("Hội nghị Ban Chấp hành Đảng bộ
/// thành phố lần thứ 8, khóa XVI").
fn subject(doc: &Document, c: &Conference, kind: DocKind) -> Vec<String> {
    if kind == DocKind::NghiQuyet {
        return conference_title(doc).into_iter().collect();
    }
    let name = c.name.trim();
    let at = if name.is_empty() {
        "tại Hội nghị".to_owned()
    } else if name.to_lowercase().starts_with("hội nghị") {
        match c.term.trim() {
            "" => format!("tại {name}"),
            term => format!("tại {name}, khóa {term}"),
        }
    } else {
        format!("tại {}", decapitalize(name))
    };
    vec![format!("của {}", holder(doc, c)), at]
}

/// One part per agenda item with a conclusion or tasks; a single item needs no part.
fn body(c: &Conference, kind: DocKind) -> Vec<Block> {
    let items: Vec<_> = c
        .agenda
        .iter()
        .filter(|i| i.conclusion.iter().any(|p| !p.is_empty()) || !i.tasks.is_empty())
        .collect();
    let contents = |item: &crate::model::AgendaItem| {
        let mut blocks: Vec<Block> = item
            .conclusion
            .iter()
            .filter(|p| !p.is_empty())
            .cloned()
            .map(Block::Para)
            .collect();
        if kind == DocKind::NghiQuyet {
            if let Some(v) = &item.vote {
                blocks.push(
                    sentence(format!("Hội nghị biểu quyết thông qua với {}", v.printed())).into(),
                );
            }
        }
        blocks.extend(
            item.tasks
                .iter()
                .filter(|t| !t.content.trim().is_empty())
                .map(|t| Section::item(NumberStyle::Dash, Paragraph::plain(direction(t))).into()),
        );
        blocks
    };
    if items.len() == 1 {
        return contents(items[0]);
    }
    items
        .into_iter()
        .map(|item| {
            Section {
                style: NumberStyle::RomanDot,
                kind: SectionKind::Heading,
                title: Paragraph::plain(part_title(&item.title)),
                content: contents(item),
            }
            .into()
        })
        .collect()
}

/// "VỀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026" from the agenda item's title.
fn part_title(title: &str) -> String {
    let t = title.trim();
    let t = if t.to_lowercase().starts_with("về ") {
        t.to_owned()
    } else {
        format!("Về {}", decapitalize(t))
    };
    t.to_uppercase()
}
