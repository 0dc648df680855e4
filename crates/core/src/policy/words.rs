//! The words a policy's fields may take, each list written once: the loader
//! reads a field by its list, and a problem with any other word quotes the
//! same list as what was expected.

use super::{EnvironmentNaming, NoticePeriod, VersionFormat, VersionsRequired};
use crate::finding::Severity;

/// The words a field may take, each with what it means, in the order a
/// problem lists them.
pub(super) type Words<T> = [(&'static str, T)];

/// `environments.naming`.
pub(super) const NAMING: &Words<EnvironmentNaming> = &[
    ("name", EnvironmentNaming::Name),
    ("url", EnvironmentNaming::Url),
];

/// `versions.required`.
pub(super) const VERSIONS_REQUIRED: &Words<VersionsRequired> = &[
    ("never", VersionsRequired::Never),
    (
        "when_preserving_users",
        VersionsRequired::WhenPreservingUsers,
    ),
    ("always", VersionsRequired::Always),
];

/// `versions.format`.
pub(super) const VERSION_FORMAT: &Words<VersionFormat> = &[
    ("text", VersionFormat::Text),
    ("release_patch", VersionFormat::ReleasePatch),
];

/// `versions.mismatch`: a finding's severity, by its own name, but `info`
/// (a mismatch always asks for something).
pub(super) fn mismatch() -> [(&'static str, Severity); 3] {
    [Severity::Error, Severity::Approval, Severity::Warning].map(|s| (s.as_str(), s))
}

/// A unit of notice: the period it makes of a number, and the most a policy
/// may ask of it.
pub(super) type NoticeUnit = (fn(u32) -> NoticePeriod, u64);

/// The keys of `notice`, exactly one of which is given.
pub(super) const NOTICE_UNITS: &Words<NoticeUnit> = &[
    ("business_days", (NoticePeriod::BusinessDays, 60)),
    ("hours", (NoticePeriod::Hours, 24 * 60)),
];

/// What `words` mean, if `word` is one of them.
pub(super) fn pick<T: Copy>(words: &Words<T>, word: &str) -> Option<T> {
    words
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, meaning)| *meaning)
}

/// The words as a problem expects them: `"a" or "b"`, `"a", "b" or "c"`.
pub(super) fn one_of<T>(words: &Words<T>) -> String {
    let quoted: Vec<String> = words.iter().map(|(w, _)| format!("\"{w}\"")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}
