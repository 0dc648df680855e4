//! The policy model: what a policy says, as plain Rust data.

use super::PolicyWarning;
use crate::field::Key;
use crate::finding::Severity;
use crate::lang::Lang;
use chrono::NaiveDateTime;

/// How environments are named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnvironmentNaming {
    /// Free text names, e.g. `ABCD_prod` (request keys `source`, `target`).
    Name,
    /// Absolute `https://` URLs (request keys `source_url`, `target_url`).
    Url,
}

/// The two environments and how they are described.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Environments {
    /// Names or URLs.
    pub naming: EnvironmentNaming,
    /// Environment kinds (PROD, DEV, …) the customer picks for each side; empty: none.
    pub kinds: Vec<String>,
    /// Label of the source field, as the vendor asks it.
    pub source_label: String,
    /// Label of the target field.
    pub target_label: String,
    /// An example source value, shown as a hint.
    pub source_example: String,
    /// An example target value.
    pub target_example: String,
}

impl Environments {
    /// The request keys of the source and target fields.
    pub fn keys(&self) -> (Key, Key) {
        match self.naming {
            EnvironmentNaming::Name => (Key::Source, Key::Target),
            EnvironmentNaming::Url => (Key::SourceUrl, Key::TargetUrl),
        }
    }
}

/// How many windows to propose and how long each lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Windows {
    /// Exactly this many windows (1 to [`Windows::MAX`]).
    pub count: usize,
    /// Each window lasts this long, in minutes.
    pub duration_minutes: u32,
}

impl Windows {
    /// The most windows a policy may ask for: the form has an input for each.
    pub const MAX: usize = 4;

    /// The request key: `window` for one window, `windows` for several.
    pub fn key(&self) -> Key {
        if self.count == 1 {
            Key::Window
        } else {
            Key::Windows
        }
    }

    /// How a message names window `i` as its subject: "The window", or "Window 2".
    pub fn name(&self, i: usize) -> String {
        if self.count == 1 {
            "The window".into()
        } else {
            format!("Window {}", i + 1)
        }
    }

    /// The field path of window `i`: `window`, or `windows[i]`.
    pub fn field(&self, i: usize) -> String {
        // Read several times per `validate`: a table, not `format!` (callgrind: ~1.4k
        // instructions a call), one path for each window a policy may ask for.
        const LISTED: [&str; Windows::MAX] =
            ["windows[0]", "windows[1]", "windows[2]", "windows[3]"];
        if self.count == 1 {
            Key::Window.into()
        } else {
            LISTED
                .get(i)
                .map_or_else(|| format!("windows[{i}]"), |s| (*s).to_string())
        }
    }
}

/// Standard service hours: minutes after 00:00 UTC, per season.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServiceHours {
    /// (start, end) in summer time.
    pub summer: (u32, u32),
    /// (start, end) in winter time.
    pub winter: (u32, u32),
}

/// How much notice a window needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticePeriod {
    /// This many business days (rule `notice.business_days`).
    BusinessDays(u32),
    /// This many hours (rule `notice.hours`).
    Hours(u32),
}

/// Limits of a point-in-time refresh.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PointInTime {
    /// A window starts at least this many calendar days after submission.
    pub notice_days: u32,
    /// A window starts at most this many days after the restore point.
    pub max_age_days: u32,
}

/// When schema versions are asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionsRequired {
    /// Never asked.
    Never,
    /// Only when the target's users are preserved.
    WhenPreservingUsers,
    /// Always.
    Always,
}

impl VersionsRequired {
    /// Whether the versions are asked, given whether the target's users are
    /// kept (the form and the request reader both ask this one question).
    pub fn asked(self, preserving_users: bool) -> bool {
        match self {
            VersionsRequired::Never => false,
            VersionsRequired::WhenPreservingUsers => preserving_users,
            VersionsRequired::Always => true,
        }
    }
}

/// How versions are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionFormat {
    /// Free text, compared trimmed and case-insensitively.
    Text,
    /// A release with a patch (`16.2.1 Patch 3` = `16.02.1.3`), see [`crate::version`].
    ReleasePatch,
}

/// The version rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Versions {
    /// When versions are required.
    pub required: VersionsRequired,
    /// How they are read and compared.
    pub format: VersionFormat,
    /// Severity of `version.mismatch`.
    pub mismatch: Severity,
    /// Example shown as a hint.
    pub example: String,
}

/// Which source→target kinds are standard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directions {
    /// The standard (source, target) pairs.
    pub standard: Vec<(String, String)>,
    /// The production kind: refreshing it needs approval (`direction.to_prod`).
    pub production: String,
}

/// A yes/no question of the policy (e.g. copy the filestore).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YesNo {
    /// The request key.
    pub key: String,
    /// The question, as the vendor asks it.
    pub label: String,
    /// A hint shown under it.
    pub hint: String,
}

/// A checklist the customer must acknowledge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Acknowledgement {
    /// The request key (a boolean), e.g. `ack_overwrite`.
    pub key: String,
    /// The rule id reported when it is not acknowledged, e.g. `ack.overwrite`.
    pub rule: String,
    /// What is acknowledged.
    pub label: String,
    /// Only asked when this yes/no question is answered yes.
    pub when: Option<String>,
    /// The checklist's steps.
    pub items: Vec<String>,
}

impl Acknowledgement {
    /// Whether it is asked: always, or when its yes/no question (`when`) is
    /// answered yes, as `answer` reads it.
    pub fn asked(&self, answer: impl Fn(&str) -> bool) -> bool {
        self.when.as_deref().is_none_or(answer)
    }
}

/// A condition on the request, for notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    /// A boolean request key: `preserve_users`, `point_in_time` or a yes/no key.
    pub key: String,
    /// The value it must have.
    pub is: bool,
}

/// An always-on `info` note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// The rule id, e.g. `note.logout`.
    pub id: String,
    /// What to know or do.
    pub text: String,
    /// Shown only when this holds.
    pub when: Option<Condition>,
}

/// Where a ready ticket can be handed to the vendor (`handoff`): links
/// the ticket panel offers, which the user clicks. The page sends nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Handoff {
    /// The vendor's support address, for a `mailto:` link.
    pub email: Option<String>,
    /// A new-request URL template (`https://`, with `{subject}` and/or `{body}`).
    pub url: Option<String>,
}

/// A period when the vendor runs no refresh at all (an upgrade weekend, a
/// year-end freeze): a window that touches it is `window.blackout`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blackout {
    /// Its first minute, UTC.
    pub from: NaiveDateTime,
    /// Its end, UTC: the first minute a window may use again.
    pub to: NaiveDateTime,
    /// Why, as the vendor says it, e.g. `Quarterly upgrade 24.4`.
    pub reason: String,
}

impl Blackout {
    /// Whether a window `[start, start + minutes)` touches `[from, to)`.
    pub fn touches(&self, start: NaiveDateTime, minutes: u32) -> bool {
        start < self.to && start + chrono::Duration::minutes(i64::from(minutes)) > self.from
    }
}

/// One vendor's rule set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    /// Stable id, e.g. `veson-imos`.
    pub id: String,
    /// Display name, e.g. `Veson IMOS Platform`.
    pub name: String,
    /// The policy's version, stated in every ticket.
    pub version: String,
    /// One-line description of the refresh, shown under the title.
    pub summary: String,
    /// The language of the vendor's desk: the ticket, its subject and its
    /// calendar file are written in it, whatever language the customer
    /// reads (`desk_language`, default English).
    pub desk_language: Lang,
    /// Environment fields.
    pub environments: Environments,
    /// Window count and length.
    pub windows: Windows,
    /// Whether windows may touch a Saturday or Sunday.
    pub weekends_allowed: bool,
    /// Whether the customer picks a holiday region.
    pub holiday_regions: bool,
    /// Standard service hours, if any.
    pub service_hours: Option<ServiceHours>,
    /// Notice a window needs.
    pub notice: NoticePeriod,
    /// Point-in-time refreshes, if offered.
    pub point_in_time: Option<PointInTime>,
    /// Whether the customer may keep the target's users.
    pub preserve_users: bool,
    /// Version rules.
    pub versions: Versions,
    /// Direction rules, if the policy has environment kinds.
    pub directions: Option<Directions>,
    /// Yes/no questions.
    pub questions: Vec<YesNo>,
    /// Whether the customer can give the date of the next scheduled upgrade.
    pub upgrade_date: bool,
    /// Checklists to acknowledge.
    pub acknowledgements: Vec<Acknowledgement>,
    /// Info notes.
    pub notes: Vec<Note>,
    /// Where the ticket can be handed over (none by default).
    pub handoff: Handoff,
    /// Periods with no refresh at all.
    pub blackouts: Vec<Blackout>,
    /// The language of the texts above (name, summary, labels, hints,
    /// checklists, notes, reasons): the vendor's own (`language`, default
    /// English), or the one [`Policy::in_language`] read them in.
    pub language: Lang,
    /// The texts in other languages (`translations`).
    pub translations: super::Translations,
    /// The policy's own wording of built-in messages (`messages`).
    pub messages: super::Overrides,
    /// What the loader did not understand but could do without (unknown
    /// keys): the policy works, and the author is told.
    pub warnings: Vec<PolicyWarning>,
}

impl Policy {
    /// The label of a yes/no question or acknowledgement key.
    pub fn question(&self, key: &str) -> Option<&YesNo> {
        self.questions.iter().find(|q| q.key == key)
    }
}
