//! Text typed through `VK_PACKET` (Unikey, EVKey, the touch keyboard…) reaches egui once,
//! as text, and never also as a key.
//!
//! Unikey and EVKey, with which most clerks type Vietnamese, do not use the IME: for "ê"
//! typed as "ee" they call `SendInput` with a Backspace and then `KEYEVENTF_UNICODE` inputs
//! holding the replacement text. For such an input Windows posts `WM_KEYDOWN`/`WM_KEYUP`
//! with `wParam == VK_PACKET`, and `TranslateMessage` turns the key-down into a `WM_CHAR`
//! carrying the character (Microsoft, KEYBDINPUT, Remarks:
//! <https://learn.microsoft.com/windows/win32/api/winuser/ns-winuser-keybdinput>).
//!
//! What `lParam` holds for a packet is not documented by Microsoft, but every
//! implementation we could read puts the UTF-16 code unit in its high word, where a real
//! key message has the scan code (bits 16–23), the extended-key bit (24), the Alt bit (29)
//! and the previous/transition state (30, 31), and sets none of those flags:
//! - ReactOS, `win32ss/user/ntuser/keyboard.c`: `UserSendKeyboardInput` keeps `wScan`
//!   whole for `KEYEVENTF_UNICODE` ("Generate WM_KEYDOWN msg with wParam == VK_PACKET and
//!   high order word of lParam == pKbdInput->wScan"); `ProcessKeyEvent` builds
//!   `MAKELPARAM(1, wScanCode)` and skips every `KF_*` flag for packets ("If it is
//!   VK_PACKET, high word … is used for wchar"); `IntTranslateKbdMessage` posts `WM_CHAR`
//!   with `wParam = HIWORD(lParam)`.
//! - Wine, `server/queue.c`, `queue_keyboard_message`: `lparam = input->kbd.scan << 16`,
//!   and for Unicode input neither the flags nor the `& 0xff0000` mask of real keys are
//!   applied, so `lParam = (character << 16) | 1`.
//! - Real Windows: TigerVNC issue 1847 ("VK_PACKET ignored by VNC viewer for Windows",
//!   <https://github.com/TigerVNC/tigervnc/issues/1847>) logs, on Windows, packet key
//!   messages whose scan-code field is the character itself ('"' arrives as scan code 34),
//!   and U+FF0B "inserted into the scan code field as-is".
//!
//! winit 0.30 (`platform_impl/windows/keyboard.rs`, `PartialKeyEventInfo::from_message`)
//! reads that high word as a hardware key: the physical key is the scan code the character
//! happens to equal, and the logical key is looked up from it. "G" (0x47) is the scan code
//! of Numpad 7/Home, "K" ←, "M" →, "O" End, "S" Delete, ";" (0x3B) F1… egui-winit then
//! sends egui that key *and* the `WM_CHAR` text, so capitals move the cursor or delete
//! while they are typed, and "p" (0x70) is lost. winit's message hook cannot help:
//! it runs before `TranslateMessage`, which needs the character in `lParam`.
//!
//! So the window is subclassed (`SetWindowSubclass`, comctl32): the subclass procedure runs
//! inside `DispatchMessageW`, after winit's loop has passed the untouched message to
//! `TranslateMessage` (which has already queued the `WM_CHAR`), and before winit's window
//! procedure. For `WM_(SYS)KEYDOWN`/`WM_(SYS)KEYUP` with `VK_PACKET` only, it hands winit
//! `lParam` with the high word cleared: a key without scan code, which winit maps (via
//! `MapVirtualKeyExW(VK_PACKET)`, 0) to an unidentified key that egui ignores, while the
//! text of the `WM_CHAR` still completes winit's key event and reaches egui exactly once.
//! Clearing bits 25–31 as well keeps winit's repeat flag (bit 30 XOR bit 31) false, which
//! the bits of characters from U+4000 up would otherwise set. Every other message passes
//! untouched.
//!
//! The same change belongs upstream in winit (still reading the packet's high word as a
//! scan code in its current `keyboard.rs`): `from_message` should treat
//! `vkey == VK_PACKET` as having no scan code. Until then this subclass does it for us.

use eframe::CreationContext;
use raw_window_handle::{HasWindowHandle, RawWindowHandle};
use windows_sys::Win32::Foundation::{HWND, LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::UI::Input::KeyboardAndMouse::VK_PACKET;
use windows_sys::Win32::UI::Shell::{DefSubclassProc, RemoveWindowSubclass, SetWindowSubclass};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    WM_KEYDOWN, WM_KEYUP, WM_NCDESTROY, WM_SYSKEYDOWN, WM_SYSKEYUP,
};

/// Identifies our subclass among others on the window ("vanb").
const SUBCLASS_ID: usize = 0x7661_6e62;

/// Subclasses the editor's window. Called once, from eframe's app creation, on the thread
/// that owns the window (as `SetWindowSubclass` requires). Without a Win32 handle, or if
/// comctl32 refuses, the window keeps winit's behaviour: typing still works, packets are
/// misread as before.
pub fn install(cc: &CreationContext<'_>) {
    let hwnd = match cc.window_handle().map(|h| h.as_raw()) {
        Ok(RawWindowHandle::Win32(h)) => h.hwnd.get() as HWND,
        _ => return,
    };
    // SAFETY: `hwnd` is our live top-level window, created by this thread; the procedure
    // is a `'static` function and needs no reference data.
    unsafe {
        SetWindowSubclass(hwnd, Some(subclass_proc), SUBCLASS_ID, 0);
    }
}

unsafe extern "system" fn subclass_proc(
    hwnd: HWND,
    msg: u32,
    wparam: WPARAM,
    lparam: LPARAM,
    id: usize,
    _data: usize,
) -> LRESULT {
    // SAFETY: called by comctl32 with the arguments of a message for `hwnd`; the subclass
    // is removed before the window is gone, as Microsoft asks.
    unsafe {
        if msg == WM_NCDESTROY {
            RemoveWindowSubclass(hwnd, Some(subclass_proc), id);
        }
        DefSubclassProc(hwnd, msg, wparam, without_packet_char(msg, wparam, lparam))
    }
}

/// The `lParam` winit is given: for a packet's key message, the repeat count only (the
/// high word is the character, not a scan code); for anything else, unchanged.
fn without_packet_char(msg: u32, wparam: WPARAM, lparam: LPARAM) -> LPARAM {
    match msg {
        WM_KEYDOWN | WM_KEYUP | WM_SYSKEYDOWN | WM_SYSKEYUP if wparam == VK_PACKET as WPARAM => {
            lparam & 0xffff
        }
        _ => lparam,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use windows_sys::Win32::UI::Input::KeyboardAndMouse::VK_HOME;
    use windows_sys::Win32::UI::WindowsAndMessaging::WM_CHAR;

    #[test]
    fn a_packet_loses_its_character_only_in_key_messages() {
        // "G" as a packet: the high word would read as scan code 0x47 (Home).
        let packet = (0x47 << 16) | 1;
        for msg in [WM_KEYDOWN, WM_KEYUP, WM_SYSKEYDOWN, WM_SYSKEYUP] {
            assert_eq!(without_packet_char(msg, VK_PACKET as WPARAM, packet), 1);
        }
        // "一" (U+4E00) would also set the previous-state bit.
        let cjk = (0x4e00 << 16) | 1;
        assert_eq!(without_packet_char(WM_KEYDOWN, VK_PACKET as WPARAM, cjk), 1);
        // The WM_CHAR that TranslateMessage made, and real keys, are left alone.
        assert_eq!(without_packet_char(WM_CHAR, 0x47, packet), packet);
        let home = (0x147 << 16) | 1;
        assert_eq!(
            without_packet_char(WM_KEYDOWN, VK_HOME as WPARAM, home),
            home
        );
    }
}
