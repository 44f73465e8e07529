//! Where the keyboard goes after a command, made real in egui: the command names a field
//! of the document (`app::Field`); this module knows which widget shows it, gives that
//! widget the keyboard and puts the caret back.
//!
//! egui keeps focus by widget id. When an item moves or a new one is inserted, ids shift
//! and, left alone, the caret would stay on the old id, now showing a neighbour.

use crate::app::{Caret, Field, Focus, ParaRef, RecordField, Step};
use egui::text::{CCursor, CCursorRange};
use egui::{Context, Id, TextEdit};

/// The widget id of a paragraph's editor.
pub fn paragraph_id(at: &ParaRef) -> Id {
    Id::unique(("paragraph", at.key()))
}

/// The widget id of a labelled form field ("upper", "subject", "signer_name"…).
pub fn field_id(key: &str) -> Id {
    Id::unique(("field", key))
}

pub fn recipient_id(i: usize) -> Id {
    Id::unique(("recipient", i))
}

/// The widget id of a field of the record workspace that commands give the keyboard to.
pub fn record_id(field: RecordField) -> Id {
    Id::unique(("record", field))
}

pub fn note_id(at: &ParaRef, i: usize) -> Id {
    Id::unique(("note", at.key(), i))
}

/// The first field of each step's page, where the keyboard goes when the step opens.
fn first_of(step: Step, app: &crate::app::App) -> Option<Id> {
    Some(match step {
        Step::General => field_id("upper"),
        // The conference form is open only while the preamble is empty (its first field
        // then); otherwise the first paragraph.
        Step::Preamble => {
            if app
                .doc
                .preamble
                .iter()
                .all(crate::model::Paragraph::is_empty)
            {
                field_id("conference.name")
            } else {
                paragraph_id(&ParaRef::Preamble(0))
            }
        }
        Step::Body => paragraph_id(&ParaRef::Block(vec![0])),
        Step::Closing => paragraph_id(&ParaRef::Closing(0)),
        Step::Recipients => recipient_id(0),
        Step::Signature => field_id("on_behalf_of"),
        Step::Review => return None,
        // A record being kept opens where the next speaker is typed: the picker of the
        // last agenda item; a new one at its first fact.
        Step::Record => match app.doc.conference.as_ref().map_or(0, |c| c.agenda.len()) {
            0 => field_id("record.name"),
            n => record_id(RecordField::SpeakerPicker(n - 1)),
        },
    })
}

pub fn widget_id(field: &Field, app: &crate::app::App) -> Option<Id> {
    match field {
        Field::Paragraph(at) => Some(paragraph_id(at)),
        Field::Recipient(i) => Some(recipient_id(*i)),
        Field::Note(at, i) => Some(note_id(at, *i)),
        Field::FirstOf(step) => first_of(*step, app),
        Field::Record(f) => Some(record_id(*f)),
    }
}

/// The caret of the field that has the keyboard now, before a command moves things.
pub fn current_caret(ctx: &Context) -> Option<CCursorRange> {
    let id = ctx.memory(|m| m.focused())?;
    TextEdit::load_state(ctx, id)?.cursor.char_range()
}

/// Gives the keyboard to the command's field, with the caret where the command says.
/// `before` is the caret of the field that had the keyboard when the command was issued.
/// Returns the widget given the keyboard.
pub fn give(
    ctx: &Context,
    app: &crate::app::App,
    focus: &Focus,
    before: Option<CCursorRange>,
) -> Option<Id> {
    let Some(id) = widget_id(&focus.field, app) else {
        ctx.memory_mut(|m| {
            if let Some(old) = m.focused() {
                m.surrender_focus(old)
            }
        });
        return None;
    };
    let range = match focus.caret {
        Caret::Keep => before,
        Caret::End => Some(CCursorRange::one(CCursor::new(usize::MAX))),
        Caret::Range(a, b) => Some(CCursorRange::two(CCursor::new(a), CCursor::new(b))),
    };
    if let Some(range) = range {
        let mut state = TextEdit::load_state(ctx, id).unwrap_or_default();
        state.cursor.set_char_range(Some(range));
        TextEdit::store_state(ctx, id, state);
    }
    ctx.memory_mut(|m| m.request_focus(id));
    Some(id)
}
