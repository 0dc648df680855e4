//! The request's own keys (docs/policies.md, "Request JSON"), as one typed
//! list: the request reader, the policy loader, the rules, prefill and the
//! app's form and layout all name a built-in field by its [`Key`], so a key
//! is spelled once, here.
//!
//! A policy's own keys (its yes/no questions and acknowledgements) are
//! strings from the policy and come on top; [`is_reserved`] says which
//! strings they must not take.

use std::fmt;

/// A key of the request JSON that every policy may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    /// `policy`: the policy id.
    Policy,
    /// `submitted_at`: when the ticket is raised (planning mode).
    SubmittedAt,
    /// `source`: the source environment's name.
    Source,
    /// `target`: the target environment's name.
    Target,
    /// `source_url`: the source environment's address.
    SourceUrl,
    /// `target_url`: the target environment's address.
    TargetUrl,
    /// `source_kind`: PROD, DEV, … of the source.
    SourceKind,
    /// `target_kind`: the kind of the target.
    TargetKind,
    /// `window`: the start of a one-window policy's window.
    Window,
    /// `windows`: the starts of a several-window policy's windows (a list).
    Windows,
    /// `refresh_type`: `standard` or `point_in_time`.
    RefreshType,
    /// `restore_point`: the moment a point-in-time refresh restores.
    RestorePoint,
    /// `preserve_users`: keep the target's users (yes/no).
    PreserveUsers,
    /// `source_version`: the source's schema or release version.
    SourceVersion,
    /// `target_version`: the target's version.
    TargetVersion,
    /// `holiday_region`: whose public holidays the support team observes.
    HolidayRegion,
    /// `next_upgrade`: the date of the next scheduled upgrade.
    NextUpgrade,
}

impl Key {
    /// Every key, `policy` first, then in the order the request reader and
    /// the form's prefill take them.
    pub const ALL: [Key; 17] = [
        Key::Policy,
        Key::SubmittedAt,
        Key::Source,
        Key::Target,
        Key::SourceUrl,
        Key::TargetUrl,
        Key::SourceKind,
        Key::TargetKind,
        Key::Window,
        Key::Windows,
        Key::RefreshType,
        Key::RestorePoint,
        Key::PreserveUsers,
        Key::SourceVersion,
        Key::TargetVersion,
        Key::HolidayRegion,
        Key::NextUpgrade,
    ];

    /// The key as written in the request JSON, e.g. `source_url`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Key::Policy => "policy",
            Key::SubmittedAt => "submitted_at",
            Key::Source => "source",
            Key::Target => "target",
            Key::SourceUrl => "source_url",
            Key::TargetUrl => "target_url",
            Key::SourceKind => "source_kind",
            Key::TargetKind => "target_kind",
            Key::Window => "window",
            Key::Windows => "windows",
            Key::RefreshType => "refresh_type",
            Key::RestorePoint => "restore_point",
            Key::PreserveUsers => "preserve_users",
            Key::SourceVersion => "source_version",
            Key::TargetVersion => "target_version",
            Key::HolidayRegion => "holiday_region",
            Key::NextUpgrade => "next_upgrade",
        }
    }

    /// How a message names the field when the policy gives it no name of its
    /// own (it names its environments; windows are numbered; see
    /// [`crate::request::field_name_in`]), e.g. `Restore point`.
    pub const fn name(self) -> &'static str {
        match self {
            Key::Policy => "Policy",
            Key::SubmittedAt => "Submission time",
            Key::Source => "Source",
            Key::Target => "Target",
            Key::SourceUrl => "Source URL",
            Key::TargetUrl => "Target URL",
            Key::SourceKind => "Source kind",
            Key::TargetKind => "Target kind",
            Key::Window => "Window start",
            Key::Windows => "Windows",
            Key::RefreshType => "Refresh type",
            Key::RestorePoint => "Restore point",
            Key::PreserveUsers => "Keep the target's users",
            Key::SourceVersion => "Source version",
            Key::TargetVersion => "Target version",
            Key::HolidayRegion => "Holiday region",
            Key::NextUpgrade => "Next scheduled upgrade",
        }
    }

    /// The id of the catalog message that names the field (see
    /// [`Key::name`], its English text).
    pub const fn message_id(self) -> &'static str {
        match self {
            Key::Policy => "key-policy",
            Key::SubmittedAt => "key-submitted_at",
            Key::Source => "key-source",
            Key::Target => "key-target",
            Key::SourceUrl => "key-source-url",
            Key::TargetUrl => "key-target-url",
            Key::SourceKind => "key-source_kind",
            Key::TargetKind => "key-target_kind",
            Key::Window => "key-window",
            Key::Windows => "key-windows",
            Key::RefreshType => "key-refresh_type",
            Key::RestorePoint => "key-restore_point",
            Key::PreserveUsers => "key-preserve_users",
            Key::SourceVersion => "key-source_version",
            Key::TargetVersion => "key-target_version",
            Key::HolidayRegion => "key-holiday_region",
            Key::NextUpgrade => "key-next_upgrade",
        }
    }

    /// The key written `key` (exactly, as JSON keys are compared), if it is one.
    pub fn parse(key: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| k.as_str() == key)
    }

    /// Whether the value is a list (`windows`): repeated link parameters collect.
    pub fn is_list(self) -> bool {
        self == Key::Windows
    }

    /// Whether it holds one value that the form keeps as text: every key but
    /// `policy` and the windows.
    pub fn is_scalar(self) -> bool {
        !matches!(self, Key::Policy | Key::Window | Key::Windows)
    }

    /// The single-value keys (see [`Key::is_scalar`]), in [`Key::ALL`]'s order.
    pub fn scalars() -> impl Iterator<Item = Key> {
        Key::ALL.into_iter().filter(|k| k.is_scalar())
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A finding's field, a form's key: the JSON key as a `String`.
impl From<Key> for String {
    fn from(key: Key) -> String {
        key.as_str().to_string()
    }
}

/// The condition key a policy's notes use for "a point-in-time refresh is
/// asked for" (`{"key": "point_in_time", "is": true}`): not a request key,
/// but a policy's own keys must not take it either.
pub const POINT_IN_TIME: &str = "point_in_time";

/// Whether a policy's own question or acknowledgement key would shadow a key
/// the request already has (or the `point_in_time` condition).
pub fn is_reserved(key: &str) -> bool {
    key == POINT_IN_TIME || Key::parse(key).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_reads_back_and_is_listed_once() {
        for (i, key) in Key::ALL.into_iter().enumerate() {
            assert_eq!(Key::parse(key.as_str()), Some(key));
            assert_eq!(key.to_string(), key.as_str());
            assert!(!Key::ALL[..i].contains(&key), "{key} twice");
        }
        assert_eq!(Key::parse("Source"), None);
        assert_eq!(Key::parse("ack_overwrite"), None);
    }

    #[test]
    fn the_single_value_keys_are_the_contract_s() {
        let scalars: Vec<&str> = Key::scalars().map(Key::as_str).collect();
        assert_eq!(
            scalars,
            [
                "submitted_at",
                "source",
                "target",
                "source_url",
                "target_url",
                "source_kind",
                "target_kind",
                "refresh_type",
                "restore_point",
                "preserve_users",
                "source_version",
                "target_version",
                "holiday_region",
                "next_upgrade",
            ]
        );
    }

    #[test]
    fn reserved_keys_are_the_request_s_and_the_point_in_time_condition() {
        for key in ["policy", "window", "windows", "point_in_time", "source_url"] {
            assert!(is_reserved(key), "{key}");
        }
        for key in ["integrations", "ack_overwrite", "copy_filestore"] {
            assert!(!is_reserved(key), "{key}");
        }
    }
}
