//! The core stays pure: no browser crate among its dependencies, so that it
//! builds and tests natively without the framework (DESIGN.md, "Layers").

const BROWSER_CRATES: &[&str] = &[
    "leptos",
    "web-sys",
    "js-sys",
    "wasm-bindgen",
    "wasm-bindgen-futures",
    "gloo-timers",
];

#[test]
fn the_core_depends_on_no_browser_crate() {
    let manifest = include_str!("../Cargo.toml");
    let mut section = "";
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            section = line;
            continue;
        }
        let Some((name, _)) = line.split_once('=') else {
            continue;
        };
        let name = name.trim().trim_end_matches(".workspace");
        if section.contains("dependencies") {
            assert!(
                !BROWSER_CRATES.contains(&name),
                "{section} names the browser crate {name}: browser code belongs in the app crate"
            );
        }
    }
}
