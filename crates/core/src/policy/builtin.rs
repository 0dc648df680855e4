//! The policies built into the page.

use super::Policy;
use std::sync::OnceLock;

/// The JSON of the built-in policies, embedded in the build, as written.
#[cfg(feature = "builtin-translations")]
pub const BUILTIN_JSON: [&str; 2] = [
    include_str!("../policies/veson-imos.json"),
    include_str!("../policies/clarity-saas.json"),
];

/// The JSON of the built-in policies, embedded in the build without their `translations`
/// (the core without the `builtin-translations` feature: the page, which fetches them per
/// language; see build.rs).
#[cfg(not(feature = "builtin-translations"))]
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
    /// With the feature (natively) the built-ins carry their translations; without it (the
    /// page's wasm) they do not, and are otherwise the same policies.
    #[test]
    fn the_builtins_carry_their_translations_only_with_the_feature() {
        for p in super::builtins() {
            let translated = p.languages().len() > 1;
            assert_eq!(
                translated,
                cfg!(feature = "builtin-translations"),
                "{}",
                p.id
            );
        }
    }
}
