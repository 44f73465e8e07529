//! The draft reader on arbitrary text: an error or a document, never a panic, a hang or an
//! allocation out of proportion to the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(doc) = vanban::store::from_ron(text, Path::new("fuzz.ron")) {
            // What was read can be written again and read back.
            let again = vanban::store::to_ron(&doc).expect("a read draft serializes");
            vanban::store::from_ron(&again, Path::new("again.ron")).expect("and reads back");
        }
    }
});
