//! The built-in policies without their `translations`, for the page's wasm: the core built
//! for wasm32 embeds these (`policy::BUILTIN_JSON`), and the
//! page fetches a language's translations with its catalog (`locales/<tag>.policies.json`,
//! written from the same files by scripts/build/locales.mjs), so an English reader does not
//! download nine languages of them. The choice is the compiler's (`cfg(target_arch)` in
//! src/policy/builtin.rs); this script always writes the stripped files.

use std::path::Path;

const BUILTINS: [&str; 2] = ["veson-imos", "clarity-saas"];

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in BUILTINS {
        let source = format!("src/policies/{name}.json");
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).expect("a built-in policy file");
        let mut doc: serde_json::Value =
            serde_json::from_str(&text).expect("a built-in policy is JSON");
        if let Some(doc) = doc.as_object_mut() {
            doc.remove("translations");
        }
        let text = serde_json::to_string(&doc).expect("JSON writes");
        std::fs::write(Path::new(&out).join(format!("{name}.json")), text)
            .expect("OUT_DIR is writable");
    }
}
