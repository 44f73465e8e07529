//! Shared bench input: a document ten times the size of seed 003.
#![allow(dead_code)]

use std::path::Path;
use vanban::model::{Block, Document, NumberStyle, Paragraph, Section};
use vanban::templates;

/// The sample draft, its body filled with the paragraphs of seed 003 (or of the sample
/// itself when the seeds are absent) repeated until the text is ten times seed 003.
pub fn big_document() -> Document {
    let mut doc = templates::sample().expect("sample draft");
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/003_60d8232af79dd006.txt");
    let paragraphs: Vec<String> = match std::fs::read_to_string(seed) {
        Ok(text) => text
            .split("\n\n")
            .map(|p| p.replace(['*', '#'], "").trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        Err(_) => vec![doc.preamble[0].text.clone()],
    };
    let target = 450_000;
    let mut body = Vec::new();
    let mut size = 0;
    while size < target {
        let mut part = Section::heading(NumberStyle::RomanDash, "NỘI DUNG");
        for p in &paragraphs {
            size += p.len();
            part.content.push(Block::Section(Section::item(
                NumberStyle::ArabicDot,
                Paragraph::plain(p.clone()).with(0, 10, vanban::model::Style::Bold),
            )));
        }
        body.push(Block::Section(part));
    }
    doc.body = body;
    doc
}
