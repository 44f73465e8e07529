//! The names an X11 desktop reads off the editor window: WM_CLASS (taskbars, window
//! switchers, `.desktop` matching) and the legacy WM_NAME.
//!
//! winit 0.30 writes the title's UTF-8 bytes into WM_NAME typed STRING, which is Latin-1 by
//! definition, so every reader of WM_NAME shows "Báº£n tháº£o…"; and eframe hands its app id
//! to winit's Wayland `with_name(app_id, "")`, which on X11 leaves the WM_CLASS instance
//! empty. Here a second X connection (x11rb, already a dependency of winit) sets WM_CLASS to
//! "vanban", "vanban" before the window is first shown, then watches the window's
//! properties: whenever the title changes (`_NET_WM_NAME`, UTF-8, written by winit), WM_NAME
//! is rewritten the way Xlib's `XmbSetWMProperties` does it: STRING when the title is
//! Latin-1, else COMPOUND_TEXT with the other characters in UTF-8 segments
//! (`ESC % G … ESC % @`). The watching thread sleeps in the X connection: no CPU when idle.
//! Nothing else has to call in: titles sent with `ViewportCommand::Title` are fixed here.

use raw_window_handle::{HasWindowHandle, RawWindowHandle};
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    Atom, AtomEnum, ChangeWindowAttributesAux, ConnectionExt as _, EventMask, PropMode, Window,
};
use x11rb::protocol::Event;
use x11rb::rust_connection::RustConnection;
use x11rb::wrapper::ConnectionExt as _;

/// WM_CLASS instance and class of the editor window.
pub const CLASS: &str = "vanban";

/// Sets WM_CLASS now and keeps WM_NAME right for the life of the window. Does nothing on
/// Wayland or when the X server cannot be reached.
pub fn install(handle: &impl HasWindowHandle) {
    let Some(window) = x11_window(handle) else {
        return;
    };
    let Some(names) = Names::connect(window) else {
        return;
    };
    names.set_class();
    names.fix_name();
    let _ = std::thread::Builder::new()
        .name("x11-names".into())
        .spawn(move || names.watch());
}

fn x11_window(handle: &impl HasWindowHandle) -> Option<Window> {
    match handle.window_handle().ok()?.as_raw() {
        RawWindowHandle::Xlib(h) => Window::try_from(h.window).ok(),
        RawWindowHandle::Xcb(h) => Some(h.window.get()),
        _ => None,
    }
}

struct Names {
    conn: RustConnection,
    window: Window,
    net_wm_name: Atom,
    utf8_string: Atom,
    compound_text: Atom,
}

impl Names {
    fn connect(window: Window) -> Option<Self> {
        let (conn, _) = x11rb::connect(None).ok()?;
        let atom = |name: &str| -> Option<Atom> {
            Some(
                conn.intern_atom(false, name.as_bytes())
                    .ok()?
                    .reply()
                    .ok()?
                    .atom,
            )
        };
        let names = Self {
            net_wm_name: atom("_NET_WM_NAME")?,
            utf8_string: atom("UTF8_STRING")?,
            compound_text: atom("COMPOUND_TEXT")?,
            conn,
            window,
        };
        names
            .conn
            .change_window_attributes(
                window,
                &ChangeWindowAttributesAux::new().event_mask(EventMask::PROPERTY_CHANGE),
            )
            .ok()?;
        Some(names)
    }

    fn set_class(&self) {
        let value = format!("{CLASS}\0{CLASS}\0");
        let _ = self.conn.change_property8(
            PropMode::REPLACE,
            self.window,
            AtomEnum::WM_CLASS,
            AtomEnum::STRING,
            value.as_bytes(),
        );
        let _ = self.conn.flush();
    }

    /// Rewrites WM_NAME from `_NET_WM_NAME` unless it is already right (our own change
    /// comes back as an event too).
    fn fix_name(&self) {
        let Some((ty, bytes)) = self.property(self.net_wm_name, self.utf8_string) else {
            return;
        };
        if ty != self.utf8_string {
            return;
        }
        let Ok(title) = String::from_utf8(bytes) else {
            return;
        };
        let (compound, want) = wm_name(&title);
        let want_type = if compound {
            self.compound_text
        } else {
            AtomEnum::STRING.into()
        };
        let current = self.property(AtomEnum::WM_NAME.into(), AtomEnum::ANY.into());
        if current.as_ref() == Some(&(want_type, want.clone())) {
            return;
        }
        let _ = self.conn.change_property8(
            PropMode::REPLACE,
            self.window,
            AtomEnum::WM_NAME,
            want_type,
            &want,
        );
        let _ = self.conn.flush();
    }

    fn property(&self, name: Atom, ty: Atom) -> Option<(Atom, Vec<u8>)> {
        let reply = self
            .conn
            .get_property(false, self.window, name, ty, 0, 4096)
            .ok()?
            .reply()
            .ok()?;
        (reply.format == 8).then_some((reply.type_, reply.value))
    }

    fn watch(self) {
        loop {
            match self.conn.wait_for_event() {
                Ok(Event::PropertyNotify(e))
                    if e.atom == self.net_wm_name || e.atom == Atom::from(AtomEnum::WM_NAME) =>
                {
                    self.fix_name()
                }
                Ok(Event::DestroyNotify(_)) | Err(_) => return,
                Ok(_) => {}
            }
        }
    }
}

/// WM_NAME for `title` as Xlib's `XStdICCTextStyle` encodes it: `(false, Latin-1 bytes)`
/// when every character is Latin-1 (typed STRING), else `(true, COMPOUND_TEXT)`: ASCII and
/// the printable Latin-1 upper half as themselves, every other run of characters as a UTF-8
/// segment `ESC % G … ESC % @` (Xlib uses that segment for Vietnamese letters; for a few
/// characters it picks another ISO charset, which readers decode to the same text).
pub fn wm_name(title: &str) -> (bool, Vec<u8>) {
    let printable = |c: char| matches!(c, '\t' | '\n' | ' '..='~' | '\u{a0}'..='\u{ff}');
    if title.chars().all(printable) {
        return (false, title.chars().map(|c| c as u8).collect());
    }
    let mut out = Vec::with_capacity(title.len() + 8);
    let mut in_utf8 = false;
    for c in title.chars() {
        if printable(c) {
            if in_utf8 {
                out.extend_from_slice(b"\x1b%@");
                in_utf8 = false;
            }
            out.push(c as u8);
        } else if !c.is_control() {
            if !in_utf8 {
                out.extend_from_slice(b"\x1b%G");
                in_utf8 = true;
            }
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    if in_utf8 {
        out.extend_from_slice(b"\x1b%@");
    }
    (true, out)
}

#[cfg(test)]
mod tests {
    use super::wm_name;

    // Expected bytes are what libX11's Xutf8TextListToTextProperty(…, XStdICCTextStyle)
    // returns for the same strings (checked under Xvfb, C.UTF-8).
    #[test]
    fn latin1_titles_are_strings() {
        assert_eq!(wm_name("abc"), (false, b"abc".to_vec()));
        assert_eq!(wm_name("Café x"), (false, b"Caf\xe9 x".to_vec()));
    }

    #[test]
    fn other_titles_are_compound_text_like_xlib() {
        assert_eq!(
            wm_name("Bản thảo chưa lưu — vanban"),
            (
                true,
                b"B\x1b%G\xe1\xba\xa3\x1b%@n th\x1b%G\xe1\xba\xa3\x1b%@o ch\x1b%G\xc6\xb0\x1b%@a l\x1b%G\xc6\xb0\x1b%@u \x1b%G\xe2\x80\x94\x1b%@ vanban".to_vec()
            )
        );
        assert_eq!(
            wm_name("Café — x"),
            (true, b"Caf\xe9 \x1b%G\xe2\x80\x94\x1b%@ x".to_vec())
        );
        // A run of characters outside Latin-1 is one UTF-8 segment (Xlib would put "Đ" in
        // a Latin-2 segment and "●" in a JIS one; libX11 reads both forms alike).
        assert_eq!(
            wm_name("● ĐỒNG"),
            (true, "\x1b%G●\x1b%@ \x1b%GĐỒ\x1b%@NG".as_bytes().to_vec())
        );
    }
}
