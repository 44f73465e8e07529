//! Keys that move the keyboard elsewhere end the frame's input.
//!
//! egui hands every event of a frame to the widget that had the keyboard when the frame
//! began. When Tab, Enter, Escape or a Ctrl/Alt shortcut moves the keyboard (to the next
//! field, a moved outline item, another step), the letters typed right after it in the same
//! frame would land in the field just left ("Biên HòaV"). Fast typists, Unikey's bursts and
//! xdotool all put several keys in one frame. So the events after such a key wait for the
//! next frame, when the keyboard is where the key sent it.

use egui::{Event, Key, Modifiers, RawInput};

#[derive(Default)]
pub struct Held(Vec<Event>);

impl Held {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Holds every event for the next frame (while a closing dialog still blocks the
    /// editor, which would drop them).
    pub fn hold_all(&mut self, raw: &mut RawInput) {
        self.0.append(&mut raw.events);
    }

    /// Puts the held events before the new ones and holds back everything after the first
    /// key that may move the keyboard. Returns whether events are held for the next frame.
    pub fn split(&mut self, raw: &mut RawInput) -> bool {
        let mut events = std::mem::take(&mut self.0);
        events.append(&mut raw.events);
        if let Some(i) = events.iter().position(moves_keyboard) {
            self.0 = events.split_off(i + 1);
        }
        raw.events = events;
        !self.0.is_empty()
    }
}

fn moves_keyboard(event: &Event) -> bool {
    let Event::Key {
        key,
        pressed: true,
        modifiers,
        ..
    } = event
    else {
        return false;
    };
    matches!(key, Key::Tab | Key::Enter | Key::Escape) || command_like(*modifiers)
}

fn command_like(m: Modifiers) -> bool {
    m.ctrl || m.alt || m.command || m.mac_cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(key: Key, modifiers: Modifiers) -> Event {
        Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        }
    }

    #[test]
    fn letters_after_tab_wait_for_the_next_frame() {
        let mut held = Held::default();
        let mut raw = RawInput {
            events: vec![
                Event::Text("a".into()),
                key(Key::Tab, Modifiers::NONE),
                Event::Text("b".into()),
                key(Key::Enter, Modifiers::NONE),
                Event::Text("c".into()),
            ],
            ..Default::default()
        };
        assert!(held.split(&mut raw));
        assert_eq!(raw.events.len(), 2);
        let mut next = RawInput::default();
        assert!(held.split(&mut next));
        assert_eq!(next.events[0], Event::Text("b".into()));
        assert_eq!(next.events.len(), 2);
        let mut last = RawInput::default();
        assert!(!held.split(&mut last));
        assert_eq!(last.events, vec![Event::Text("c".into())]);
    }

    #[test]
    fn plain_typing_is_never_held() {
        let mut held = Held::default();
        let mut raw = RawInput {
            events: vec![
                key(Key::A, Modifiers::SHIFT),
                Event::Text("Ấ".into()),
                Event::Text("p".into()),
            ],
            ..Default::default()
        };
        assert!(!held.split(&mut raw));
        assert_eq!(raw.events.len(), 3);
    }
}
