//! Bounds on a policy that no real policy comes near, so a file that is
//! broken or hostile (ten thousand questions, a megabyte `id`) is refused
//! with a message naming the limit instead of freezing the page, and the
//! lists of what is wrong with it stay readable.
//!
//! The one definition of each: the loader ([`crate::policy`]) enforces them,
//! `policy.schema.json` states the same numbers (its test checks that), and
//! docs/policies.md lists them.

/// The most bytes a policy file may have (the built-in ones have about 4,000).
pub const POLICY_BYTES: usize = 256 * 1024;

/// The most characters a policy's `id`, and a question's, acknowledgement's
/// or note's key, may have.
pub const KEY_CHARS: usize = 64;

/// The most characters any other one text of a policy may have: its name, a
/// label, a hint, an item, a note, a reason.
pub const TEXT_CHARS: usize = 2_000;

/// The most entries a list in a policy may have, by the list's key (kinds,
/// standard directions, questions, acknowledgements, an acknowledgement's
/// items, notes, blackouts).
pub fn list_items(key: &str) -> usize {
    match key {
        "blackouts" => 1_000,
        _ => 100,
    }
}

/// The lists [`list_items`] bounds, for the schema's test and the docs.
pub const LISTS: [&str; 7] = [
    "kinds",
    "standard",
    "questions",
    "acknowledgements",
    "items",
    "notes",
    "blackouts",
];

/// How many problems a refused policy lists before "… and N more".
pub const PROBLEMS_LISTED: usize = 50;

/// How many unknown keys are named before "… and N more unknown keys".
pub const WARNINGS_LISTED: usize = 20;

/// The most characters a policy text under `key` may have: [`KEY_CHARS`]
/// for ids, keys and rule ids, [`TEXT_CHARS`] for the rest.
pub fn text_chars(key: &str) -> usize {
    match key {
        "id" | "key" | "rule" | "when" => KEY_CHARS,
        _ => TEXT_CHARS,
    }
}
