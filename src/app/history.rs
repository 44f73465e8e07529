//! Undo and redo over whole-document snapshots. Typing in one field within a short
//! pause counts as one step, as in a word processor.

use crate::model::Document;

/// Which field an edit touched, to merge keystrokes into one undo step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditKey {
    /// A structural or one-off change: always its own step.
    Once,
    /// Typing in the field with this id.
    Field(String),
}

const MERGE_SECONDS: f64 = 1.5;
const LIMIT: usize = 200;

#[derive(Default)]
pub struct History {
    undo: Vec<(Document, u64)>,
    redo: Vec<(Document, u64)>,
    last: Option<(EditKey, f64)>,
}

impl History {
    /// Records `before` (at `revision`) unless this edit continues the previous one.
    pub fn record(&mut self, before: &Document, revision: u64, key: EditKey, now: f64) {
        let continues = matches!(&self.last, Some((k, t)) if *k == key
            && key != EditKey::Once && now - t < MERGE_SECONDS);
        if !continues {
            self.undo.push((before.clone(), revision));
            if self.undo.len() > LIMIT {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.last = Some((key, now));
    }

    pub fn undo(&mut self, current: &Document, revision: u64) -> Option<(Document, u64)> {
        let prev = self.undo.pop()?;
        self.redo.push((current.clone(), revision));
        self.last = None;
        Some(prev)
    }

    pub fn redo(&mut self, current: &Document, revision: u64) -> Option<(Document, u64)> {
        let next = self.redo.pop()?;
        self.undo.push((current.clone(), revision));
        self.last = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn clear(&mut self) {
        *self = Self::default();
    }
}
