//! The policies built into the page.

use super::Policy;
use std::sync::OnceLock;

/// The JSON of the built-in policies, embedded in the build: as written, or without their
/// `translations` when the core is built without the `builtin-translations` feature (the
/// page, which fetches them per language; see build.rs).
pub const BUILTIN_JSON: [&str; 2] = [
    include_str!(concat!(env!("OUT_DIR"), "/veson-imos.json")),
    include_str!(concat!(env!("OUT_DIR"), "/clarity-saas.json")),
];

/// The built-in policies (parsed once). Their validity is guarded by tests,
/// so a broken one is skipped rather than crashing the page.
pub fn builtins() -> &'static [Policy] {
    static BUILTINS: OnceLock<Vec<Policy>> = OnceLock::new();
    BUILTINS.get_or_init(|| {
        BUILTIN_JSON
            .iter()
            .filter_map(|json| Policy::from_json(json).ok())
            .collect()
    })
}

impl Policy {
    /// A built-in policy by id.
    pub fn builtin(id: &str) -> Option<&'static Policy> {
        builtins().iter().find(|p| p.id == id.trim())
    }
}
