//! kiosk.toml parsing and validation on arbitrary text: problems are reported, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use madoguchi::config::Config;
use madoguchi::i18n::Catalog;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let _ = Config::parse(text, &base, Catalog::embedded());
    }
});
