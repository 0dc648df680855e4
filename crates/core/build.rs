//! The built-in policies as the core embeds them (`policy::BUILTIN_JSON`): whole with the
//! `builtin-translations` feature (the command, the service, the tests); without it (the
//! page's wasm) without their `translations`, which the page fetches with a language's
//! catalog (`locales/<tag>.policies.json`, written from the same files by
//! scripts/build/locales.mjs), so an English reader does not download nine languages of them.

use std::path::Path;

const BUILTINS: [&str; 2] = ["veson-imos", "clarity-saas"];

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let whole = std::env::var_os("CARGO_FEATURE_BUILTIN_TRANSLATIONS").is_some();
    for name in BUILTINS {
        let source = format!("src/policies/{name}.json");
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).expect("a built-in policy file");
        let text = if whole {
            text
        } else {
            let mut doc: serde_json::Value =
                serde_json::from_str(&text).expect("a built-in policy is JSON");
            if let Some(doc) = doc.as_object_mut() {
                doc.remove("translations");
            }
            serde_json::to_string(&doc).expect("JSON writes")
        };
        std::fs::write(Path::new(&out).join(format!("{name}.json")), text)
            .expect("OUT_DIR is writable");
    }
}
