//! Applying fixes: text replacements that keep formatting spans and footnote anchors in
//! place, and the few structural edits (rule set, authority, recipients).

use super::scan::body_paragraph_mut;
use super::{run, Edit, Fix, IssuerField, Place, SignatureField};
use crate::model::{DocDate, Document, Paragraph};
use crate::rules::RuleSet;

/// Applies one fix (the "Sửa" button). Edits of one fix never overlap; replacements in
/// one field are applied from the right so that earlier offsets stay valid.
pub fn apply_fix(doc: &mut Document, fix: &Fix) {
    let edits: Vec<&Edit> = fix.edits.iter().collect();
    apply_edits(doc, edits);
}

/// Applies every safe fix ("Sửa tất cả lỗi an toàn") and returns how many were applied.
/// Runs the rules again after each round, since one fix can reveal or settle another;
/// stops when nothing safe is left (at most a few rounds).
pub fn apply_safe_fixes(doc: &mut Document, rules: &RuleSet, today: DocDate) -> usize {
    const MAX_ROUNDS: usize = 8;
    let mut applied = 0;
    for _ in 0..MAX_ROUNDS {
        let findings = run(doc, rules, today);
        let fixes: Vec<&Fix> = findings
            .iter()
            .filter_map(|f| f.fix.as_ref())
            .filter(|f| f.safe)
            .collect();
        if fixes.is_empty() {
            break;
        }
        // Take the fixes whose edits touch nothing another taken fix touches; the rest
        // wait for the next round, when their offsets are computed afresh.
        let mut taken: Vec<&Edit> = Vec::new();
        let mut count = 0;
        for fix in fixes {
            if fix
                .edits
                .iter()
                .all(|e| taken.iter().all(|t| !overlaps(e, t)))
            {
                taken.extend(fix.edits.iter());
                count += 1;
            }
        }
        apply_edits(doc, taken);
        applied += count;
    }
    applied
}

fn overlaps(a: &Edit, b: &Edit) -> bool {
    match (a, b) {
        (Edit::Replace { place: pa, .. }, Edit::Replace { place: pb, .. }) => {
            if pa.field() != pb.field() {
                return false;
            }
            match (pa.range(), pb.range()) {
                (Some((a0, a1)), Some((b0, b1))) => a0 < b1.max(b0 + 1) && b0 < a1.max(a0 + 1),
                _ => true,
            }
        }
        // NFC normalisation moves every offset: it goes alone.
        (Edit::Normalize, _) | (_, Edit::Normalize) => true,
        (Edit::Replace { .. }, _) | (_, Edit::Replace { .. }) => false,
        (Edit::SetRecipientNote { index: x, .. }, Edit::SetRecipientNote { index: y, .. }) => {
            x == y
        }
        (Edit::RemoveRecipient(x), Edit::RemoveRecipient(y)) => x == y,
        _ => std::mem::discriminant(a) == std::mem::discriminant(b),
    }
}

fn apply_edits(doc: &mut Document, mut edits: Vec<&Edit>) {
    // Replacements right to left; recipient removals last, from the highest index, so
    // that no edit shifts the text or index another one points at.
    let key = |e: &&Edit| match e {
        Edit::Replace { place, .. } => (0, usize::MAX - place.range().map_or(0, |r| r.0)),
        Edit::RemoveRecipient(i) => (2, usize::MAX - i),
        _ => (1, 0),
    };
    edits.sort_by_key(key);
    for e in edits {
        apply_edit(doc, e);
    }
}

fn apply_edit(doc: &mut Document, edit: &Edit) {
    match edit {
        Edit::Replace { place, with } => replace(doc, place, with),
        Edit::SetRules(id) => doc.rules = id.clone(),
        Edit::SetAuthority(a) => doc.signature.authority = *a,
        Edit::SetRecipientNote { index, note } => {
            if let Some(r) = doc.recipients.get_mut(*index) {
                r.note = note.clone();
            }
        }
        Edit::RemoveRecipient(i) => {
            if *i < doc.recipients.len() {
                doc.recipients.remove(*i);
            }
        }
        Edit::Normalize => doc.normalize(),
    }
}

fn replace(doc: &mut Document, place: &Place, with: &str) {
    let range = place.range();
    let field: Option<&mut String> = match place {
        Place::Number => Some(&mut doc.number),
        Place::Place => Some(&mut doc.place),
        Place::Archive => Some(&mut doc.archive),
        Place::Subject { index, .. } => doc.subject.get_mut(*index),
        Place::Recipient { index, .. } => doc.recipients.get_mut(*index).map(|r| &mut r.name),
        Place::Issuer(IssuerField::Name) => Some(&mut doc.issuer.name),
        Place::Issuer(IssuerField::Symbol) => Some(&mut doc.issuer.symbol),
        Place::Issuer(IssuerField::Upper(i)) => doc.issuer.upper.get_mut(*i),
        Place::Signature(SignatureField::OnBehalfOf) => Some(&mut doc.signature.on_behalf_of),
        Place::Signature(SignatureField::Title) => Some(&mut doc.signature.title),
        Place::Signature(SignatureField::Name) => Some(&mut doc.signature.name),
        _ => None,
    };
    if let Some(s) = field {
        replace_in_string(s, range, with);
        return;
    }
    let para: Option<&mut Paragraph> = match place {
        Place::Preamble { index, .. } => doc.preamble.get_mut(*index),
        Place::Closing { index, .. } => doc.closing.get_mut(*index),
        Place::Body { path, .. } => body_paragraph_mut(&mut doc.body, path),
        _ => None,
    };
    if let Some(p) = para {
        let (start, end) = range.unwrap_or((0, p.char_len()));
        p.replace_range(start, end, with);
    }
}

fn replace_in_string(s: &mut String, range: Option<(usize, usize)>, with: &str) {
    match range {
        None => *s = with.to_owned(),
        Some((start, end)) => {
            let (a, b) = byte_range(s, start, end);
            s.replace_range(a..b, with);
        }
    }
}

fn byte_range(s: &str, start: usize, end: usize) -> (usize, usize) {
    let byte = |c: usize| s.char_indices().nth(c).map_or(s.len(), |(b, _)| b);
    (byte(start), byte(end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Style;

    #[test]
    fn replacement_moves_spans_and_notes() {
        let mut p = Paragraph::plain("a  b ./.")
            .with(3, 4, Style::Bold)
            .note(8, "x");
        p.replace_range(1, 3, " ");
        assert_eq!(p.text, "a b ./.");
        assert_eq!(p.spans[0].0, 2);
        p.replace_range(4, 7, ".");
        assert_eq!(p.text, "a b .");
        assert_eq!(p.notes[0].at, 5);
    }
}
