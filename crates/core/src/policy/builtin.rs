//! The policies built into the page.

use super::Policy;
use std::sync::OnceLock;

/// The JSON of the built-in policies, embedded in the build, as written (natively: the
/// command, the service, the tests).
#[cfg(not(target_arch = "wasm32"))]
pub const BUILTIN_JSON: [&str; 2] = [
    include_str!("../policies/veson-imos.json"),
    include_str!("../policies/clarity-saas.json"),
];

/// The JSON of the built-in policies, embedded in the wasm without their `translations`:
/// the page fetches them per language (see build.rs). A target, not a feature: the page's
/// build also selects the command, whose default features would turn a feature on.
#[cfg(target_arch = "wasm32")]
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

#[cfg(test)]
mod tests {
    /// Natively the built-ins carry their translations (the page's wasm goes without:
    /// scripts/size.mjs would see nine languages of them in its first load).
    #[test]
    fn the_builtins_carry_their_translations_natively() {
        for p in super::builtins() {
            assert!(p.languages().len() > 1, "{}", p.id);
        }
    }
}
