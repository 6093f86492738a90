//! `madoguchi advise` on arbitrary input: an answer or a named input error, never a panic.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use madoguchi::config::Config;
use madoguchi::i18n::Catalog;

static CONFIG: LazyLock<Config> = LazyLock::new(|| {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    Config::load(&root.join("kiosk.toml")).expect("the example kiosk.toml loads")
});

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = madoguchi::advise::answer(text, &CONFIG, Catalog::embedded());
    }
});
