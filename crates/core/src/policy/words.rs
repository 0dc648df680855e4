//! The words a policy's fields may take, each list written once: the loader
//! reads a field by its list, and a problem with any other word quotes the
//! same list as what was expected.

use super::{EnvironmentNaming, VersionFormat, VersionsRequired};
use crate::finding::Severity;

/// The words a field may take, each with what it means, in the order a
/// problem lists them.
pub(super) struct Words<T: 'static, const N: usize> {
    /// Each word and its meaning.
    pub(super) meanings: [(&'static str, T); N],
    /// The same words alone, worked out when the list is made, so that
    /// finding a word and quoting the list is one body of code for every list.
    pub(super) names: [&'static str; N],
}

impl<T: Copy, const N: usize> Words<T, N> {
    /// The list of `meanings`.
    pub(super) const fn new(meanings: [(&'static str, T); N]) -> Self {
        let mut names = [""; N];
        let mut i = 0;
        while i < N {
            names[i] = meanings[i].0;
            i += 1;
        }
        Words { meanings, names }
    }

    /// What the word at place `i` (as [`position`] finds it) means.
    pub(super) fn meaning(&self, i: usize) -> Option<T> {
        self.meanings.get(i).map(|(_, meaning)| *meaning)
    }
}

/// `environments.naming`.
pub(super) const NAMING: Words<EnvironmentNaming, 2> = Words::new([
    ("name", EnvironmentNaming::Name),
    ("url", EnvironmentNaming::Url),
]);

/// `versions.required`.
pub(super) const VERSIONS_REQUIRED: Words<VersionsRequired, 3> = Words::new([
    ("never", VersionsRequired::Never),
    (
        "when_preserving_users",
        VersionsRequired::WhenPreservingUsers,
    ),
    ("always", VersionsRequired::Always),
]);

/// `versions.format`.
pub(super) const VERSION_FORMAT: Words<VersionFormat, 2> = Words::new([
    ("text", VersionFormat::Text),
    ("release_patch", VersionFormat::ReleasePatch),
]);

/// `versions.mismatch`: a finding's severity, by its own name, but `info`
/// (a mismatch always asks for something).
pub(super) const MISMATCH: Words<Severity, 3> = Words::new([
    (Severity::Error.as_str(), Severity::Error),
    (Severity::Approval.as_str(), Severity::Approval),
    (Severity::Warning.as_str(), Severity::Warning),
]);

/// The place of `word` among `names`.
pub(super) fn position(names: &[&str], word: &str) -> Option<usize> {
    names.iter().position(|name| *name == word)
}

/// The words as a problem expects them: `"a" or "b"`, `"a", "b" or "c"`.
pub(super) fn one_of(names: &[&str]) -> String {
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 < names.len() { ", " } else { " or " });
        }
        out.push('"');
        out.push_str(name);
        out.push('"');
    }
    out
}
