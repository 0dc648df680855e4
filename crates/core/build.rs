//! Two things the core embeds, made from its own files at build time:
//!
//! - The built-in policies without their `translations`, for the page's wasm: the core built
//!   for wasm32 embeds these (`policy::BUILTIN_JSON`), and the page fetches a language's
//!   translations with its catalog (`locales/<tag>.policies.json`, written from the same files
//!   by scripts/build/locales.mjs), so an English reader does not download nine languages of
//!   them. The choice is the compiler's (`cfg(target_arch)` in src/policy/builtin.rs); this
//!   script always writes the stripped files.
//! - The table of the built-in messages (each id of the English catalog with the variables it
//!   takes) that the policy loader checks a vendor's own wording against: the page's wasm
//!   carries no catalog and no Fluent parser, so the table is made here, once, from the
//!   catalog itself.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

#[path = "src/message/variables.rs"]
#[allow(dead_code)]
mod variables;

const BUILTINS: [&str; 2] = ["veson-imos", "clarity-saas"];

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    stripped_builtins(Path::new(&out));
    builtin_messages(Path::new(&out));
}

fn stripped_builtins(out: &Path) {
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
        std::fs::write(out.join(format!("{name}.json")), text).expect("OUT_DIR is writable");
    }
}

fn builtin_messages(out: &Path) {
    let catalog = "locales/en.ftl";
    println!("cargo:rerun-if-changed={catalog}");
    println!("cargo:rerun-if-changed=src/message/variables.rs");
    let source = std::fs::read_to_string(catalog).expect("crates/core/locales/en.ftl is readable");
    let mut messages = variables::of_catalog(&source).expect("locales/en.ftl parses");
    messages.sort_by(|a, b| a.0.cmp(&b.0));
    let mut table = String::from(
        "/// Each built-in message's id, sorted, with the variables it takes (from locales/en.ftl).\n\
         pub(crate) const BUILTIN: &[(&str, &[&str])] = &[\n",
    );
    for (id, vars) in &messages {
        let vars: BTreeSet<_> = vars.iter().map(|v| format!("{v:?}")).collect();
        let vars: Vec<_> = vars.into_iter().collect();
        let _ = writeln!(table, "    ({id:?}, &[{}]),", vars.join(", "));
    }
    table.push_str("];\n");
    std::fs::write(out.join("builtin_messages.rs"), table).expect("OUT_DIR is writable");
}
