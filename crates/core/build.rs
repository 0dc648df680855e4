//! Writes the table of the built-in messages (each id of the English catalog
//! with the variables it takes) that the policy loader checks a vendor's own
//! wording against: the page's wasm carries no catalog and no Fluent parser,
//! so the table is made here, once, from the catalog itself.

use std::collections::BTreeSet;
use std::fmt::Write as _;

#[path = "src/message/variables.rs"]
#[allow(dead_code)]
mod variables;

fn main() {
    let catalog = "locales/en.ftl";
    println!("cargo::rerun-if-changed={catalog}");
    println!("cargo::rerun-if-changed=src/message/variables.rs");
    let source = std::fs::read_to_string(catalog).expect("crates/core/locales/en.ftl is readable");
    let mut messages = variables::of_catalog(&source).expect("locales/en.ftl parses");
    messages.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::from(
        "/// Each built-in message's id, sorted, with the variables it takes (from locales/en.ftl).\n\
         pub(crate) const BUILTIN: &[(&str, &[&str])] = &[\n",
    );
    for (id, vars) in &messages {
        let vars: BTreeSet<_> = vars.iter().map(|v| format!("{v:?}")).collect();
        let vars: Vec<_> = vars.into_iter().collect();
        let _ = writeln!(out, "    ({id:?}, &[{}]),", vars.join(", "));
    }
    out.push_str("];\n");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/builtin_messages.rs"), out).expect("OUT_DIR is writable");
}
