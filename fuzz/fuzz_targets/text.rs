//! The text decoder and structure reader on arbitrary bytes named .txt (UTF-8, UTF-16,
//! TCVN3, VNI, Windows-1258…): an error or a draft, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vanban::import::{import_bytes, Encoding, Options};

fuzz_target!(|data: &[u8]| {
    // The first byte picks the encoding the clerk asked for; the rest is the file.
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let encoding = match pick % 4 {
        0 => Encoding::Auto,
        1 => Encoding::Utf8,
        2 => Encoding::Tcvn3,
        _ => Encoding::Vni,
    };
    let _ = import_bytes(bytes, "fuzz.txt", &Options { encoding });
});
