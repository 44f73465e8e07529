//! The importer on arbitrary bytes named .docx (zip, XML, legacy encodings inside): an
//! error or a draft, never a panic, a hang or an unbounded allocation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vanban::import::{import_bytes, Options};

fuzz_target!(|data: &[u8]| {
    let _ = import_bytes(data, "fuzz.docx", &Options::default());
});
