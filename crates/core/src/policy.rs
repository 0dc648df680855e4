//! Policies: one vendor's rule set, as data. The rules in [`crate::rules`] are
//! generic and read every number from here; a policy is JSON, checked on load
//! so that a broken custom policy is reported whole, never half-applied.

use crate::field::Key;
use crate::finding::Severity;
use crate::label::thousands;
use crate::limits;
use chrono::NaiveDateTime;
use serde_json::{Map, Value};
use std::fmt;
use std::sync::OnceLock;

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
    /// Exactly this many windows (1 to 4).
    pub count: usize,
    /// Each window lasts this long, in minutes.
    pub duration_minutes: u32,
}

impl Windows {
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
        // instructions a call). A policy asks at most 4 windows.
        const LISTED: [&str; 4] = ["windows[0]", "windows[1]", "windows[2]", "windows[3]"];
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
    /// What the loader did not understand but could do without (unknown
    /// keys): the policy works, and the author is told.
    pub warnings: Vec<PolicyWarning>,
}

/// Something in a policy that the loader ignored: the policy still works.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyWarning {
    /// Where, e.g. `windows.cuont`.
    pub path: String,
    /// What is odd about it, e.g. ``unknown key; did you mean `count`?``.
    pub message: String,
}

impl fmt::Display for PolicyWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "`{}`: {}", self.path, self.message)
        }
    }
}

/// The keys the loader reads, per object: `""` is the document, `a.b` an
/// object inside one, `a[]` each item of a list. The one list the unknown-key
/// warnings and the JSON Schema test (`tests/schema.rs`) both read, so the
/// loader, its warnings and `policy.schema.json` cannot drift apart.
pub const KNOWN_KEYS: &[(&str, &[&str])] = &[
    (
        "",
        &[
            // Where an editor finds the schema: known, and ignored.
            "$schema",
            "id",
            "name",
            "version",
            "summary",
            "environments",
            "windows",
            "weekends_allowed",
            "holiday_regions",
            "service_hours",
            "notice",
            "point_in_time",
            "preserve_users",
            "versions",
            "directions",
            "questions",
            "upgrade_date",
            "acknowledgements",
            "notes",
            "blackouts",
            // Read by issue 19's hand-off reader (branch issue-19); listed here
            // so that a policy with it gets no warning and the schema agrees.
            "handoff",
        ],
    ),
    (
        "environments",
        &[
            "naming",
            "kinds",
            "source_label",
            "target_label",
            "source_example",
            "target_example",
        ],
    ),
    ("windows", &["count", "duration_minutes"]),
    ("service_hours", &["summer", "winter"]),
    ("service_hours.summer", &["start", "end"]),
    ("service_hours.winter", &["start", "end"]),
    ("notice", &["business_days", "hours"]),
    ("point_in_time", &["notice_days", "max_age_days"]),
    ("versions", &["required", "format", "mismatch", "example"]),
    ("directions", &["standard", "production"]),
    ("questions[]", &["key", "label", "hint"]),
    (
        "acknowledgements[]",
        &["key", "rule", "label", "when", "items"],
    ),
    ("notes[]", &["id", "text", "when"]),
    ("notes[].when", &["key", "is"]),
    ("blackouts[]", &["from", "to", "reason"]),
    ("handoff", &["email", "url"]),
];

/// How alike an unknown key must be to a known one to be suggested (1 less
/// the edit distance over the longer length, 0 to 1): one slip in a
/// five-letter key (`cuont`, `lable`) passes, an unrelated word does not.
const SUGGEST_SIMILARITY: f64 = 0.6;

/// A warning for every key of `doc` the loader does not read, with the
/// nearest known key when one is close.
///
/// # Example
/// ```
/// use refresh_request_core::policy::unknown_keys;
/// let doc = serde_json::json!({"blackout": [], "windows": {"cuont": 2}});
/// let warnings: Vec<String> = unknown_keys(&doc).iter().map(ToString::to_string).collect();
/// assert_eq!(warnings, [
///     "`blackout`: unknown key; did you mean `blackouts`?",
///     "`windows.cuont`: unknown key; did you mean `count`?",
/// ]);
/// ```
///
/// Past [`limits::WARNINGS_LISTED`] the rest are counted in one last warning,
/// with no path: "… and 99,980 more unknown keys".
pub fn unknown_keys(doc: &Value) -> Vec<PolicyWarning> {
    let mut out = Vec::new();
    let mut more = 0;
    walk_keys(doc, "", "", &mut out, &mut more);
    if more > 0 {
        out.push(PolicyWarning {
            path: String::new(),
            message: format!("… and {} more unknown keys", thousands(more)),
        });
    }
    out
}

fn walk_keys(v: &Value, pattern: &str, path: &str, out: &mut Vec<PolicyWarning>, more: &mut usize) {
    match v {
        Value::Object(map) => {
            let Some((_, known)) = KNOWN_KEYS.iter().find(|(p, _)| *p == pattern) else {
                return;
            };
            for (key, child) in map {
                if known.contains(&key.as_str()) {
                    walk_keys(child, &join(pattern, key), &join(path, key), out, more);
                } else if out.len() >= limits::WARNINGS_LISTED {
                    // Counted only: no suggestion is worked out for a key nobody will read.
                    *more += 1;
                } else {
                    out.push(PolicyWarning {
                        path: join(path, key),
                        message: match nearest(key, known) {
                            Some(near) => format!("unknown key; did you mean `{near}`?"),
                            None => "unknown key".into(),
                        },
                    });
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk_keys(
                    item,
                    &format!("{pattern}[]"),
                    &format!("{path}[{i}]"),
                    out,
                    more,
                );
            }
        }
        _ => {}
    }
}

/// The known key most like `key`, if any is alike enough.
fn nearest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    let key = key.to_lowercase();
    known
        .iter()
        .map(|k| {
            // Optimal string alignment counts a swap of two letters as one slip, like
            // Damerau-Levenshtein, without the hash map that one carries into the wasm.
            let longest = key.chars().count().max(k.chars().count()).max(1);
            let distance = strsim::osa_distance(&key, k);
            (*k, 1.0 - distance as f64 / longest as f64)
        })
        .filter(|(_, score)| *score >= SUGGEST_SIMILARITY)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(k, _)| k)
}

/// One thing wrong with a policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyProblem {
    /// Where, e.g. `windows.count`.
    pub path: String,
    /// What was expected there.
    pub expected: String,
    /// What was found.
    pub found: String,
}

/// Every problem found in a policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyError {
    /// The policy's id if it could be read, else `(unnamed policy)`.
    pub policy: String,
    /// What is wrong, in document order (at most [`limits::PROBLEMS_LISTED`]).
    pub problems: Vec<PolicyProblem>,
    /// How many more problems there are beyond those listed.
    pub more: usize,
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len() + self.more;
        write!(
            f,
            "The policy “{}” cannot be used: {} problem{}",
            self.policy,
            thousands(n),
            if n == 1 { "" } else { "s" }
        )?;
        for p in &self.problems {
            write!(
                f,
                "\n- {}: expected {}, found {}",
                p.path, p.expected, p.found
            )?;
        }
        if self.more > 0 {
            write!(f, "\n- … and {} more", thousands(self.more))?;
        }
        Ok(())
    }
}

impl std::error::Error for PolicyError {}

/// Describes a JSON value briefly, for "found …".
fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("\"{}\"", crate::instant::excerpt(s)),
        Value::Array(a) => format!("a list of {}", a.len()),
        Value::Object(_) => "an object".into(),
    }
}

/// Reads a JSON document field by field, collecting every problem.
struct Reader {
    problems: Vec<PolicyProblem>,
    /// Problems past [`limits::PROBLEMS_LISTED`], counted, not listed.
    more: usize,
}

impl Reader {
    fn problem(&mut self, path: &str, expected: &str, found: String) {
        // A missing or malformed object already says all there is to say about what it
        // should have held: its children's problems would only repeat it.
        let inside = |parent: &str| {
            parent == "(document)"
                || path
                    .strip_prefix(parent)
                    .is_some_and(|rest| rest.starts_with(['.', '[']))
        };
        if self.problems.iter().any(|p| inside(&p.path)) {
            return;
        }
        if self.problems.len() >= limits::PROBLEMS_LISTED {
            self.more += 1;
            return;
        }
        self.problems.push(PolicyProblem {
            path: path.to_string(),
            expected: expected.to_string(),
            found,
        });
    }

    fn get<'a>(&mut self, obj: &'a Map<String, Value>, path: &str, key: &str) -> Option<&'a Value> {
        let v = obj.get(key).filter(|v| !v.is_null());
        if v.is_none() {
            self.problem(&join(path, key), "a value", "nothing".into());
        }
        v
    }

    fn object<'a>(&mut self, v: &'a Value, path: &str) -> Option<&'a Map<String, Value>> {
        let o = v.as_object();
        if o.is_none() {
            self.problem(path, "an object", describe(v));
        }
        o
    }

    /// `text`, or a problem naming [`limits::text_chars`] when it is longer.
    fn bounded(&mut self, path: &str, key: &str, text: &str) -> String {
        let max = limits::text_chars(key);
        // The byte length answers first: short text is never counted.
        if text.len() > max {
            let n = text.chars().count();
            if n > max {
                self.problem(
                    path,
                    &format!("at most {} characters", thousands(max)),
                    format!("{} characters", thousands(n)),
                );
            }
        }
        text.to_string()
    }

    fn text(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> String {
        match self.get(obj, path, key) {
            Some(Value::String(s)) if !s.trim().is_empty() => {
                self.bounded(&join(path, key), key, s.trim())
            }
            Some(v) => {
                self.problem(&join(path, key), "a non-empty string", describe(v));
                String::new()
            }
            None => String::new(),
        }
    }

    fn opt_text(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> String {
        match obj.get(key) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => self.bounded(&join(path, key), key, s.trim()),
            Some(v) => {
                self.problem(&join(path, key), "a string", describe(v));
                String::new()
            }
        }
    }

    fn boolean(&mut self, obj: &Map<String, Value>, path: &str, key: &str, default: bool) -> bool {
        match obj.get(key) {
            None | Some(Value::Null) => default,
            Some(Value::Bool(b)) => *b,
            Some(v) => {
                self.problem(&join(path, key), "true or false", describe(v));
                default
            }
        }
    }

    fn number(&mut self, v: &Value, path: &str, min: u64, max: u64) -> u32 {
        match v.as_u64() {
            Some(n) if (min..=max).contains(&n) => u32::try_from(n).unwrap_or(0),
            _ => {
                self.problem(
                    path,
                    &format!("a whole number from {min} to {max}"),
                    describe(v),
                );
                0
            }
        }
    }

    fn list<'a>(&mut self, obj: &'a Map<String, Value>, path: &str, key: &str) -> &'a [Value] {
        match obj.get(key) {
            None | Some(Value::Null) => &[],
            Some(Value::Array(a)) => {
                let max = limits::list_items(key);
                if a.len() > max {
                    self.problem(
                        &join(path, key),
                        &format!(
                            "at most {} entries (no real policy needs more)",
                            thousands(max)
                        ),
                        format!("{} entries", thousands(a.len())),
                    );
                }
                // Only what is listed is read: a huge list costs no more than a full one.
                a.get(..max).unwrap_or(a)
            }
            Some(v) => {
                self.problem(&join(path, key), "a list", describe(v));
                &[]
            }
        }
    }

    fn strings(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> Vec<String> {
        let items = self.list(obj, path, key);
        let mut out = Vec::new();
        for (i, v) in items.iter().enumerate() {
            match v.as_str() {
                Some(s) if !s.trim().is_empty() => {
                    let text = self.bounded(&format!("{}[{i}]", join(path, key)), key, s.trim());
                    out.push(text);
                }
                _ => self.problem(
                    &format!("{}[{i}]", join(path, key)),
                    "a non-empty string",
                    describe(v),
                ),
            }
        }
        out
    }

    /// `"HH:MM"` → minutes after midnight; `24:00` allowed as an end.
    fn clock(&mut self, v: &Value, path: &str) -> u32 {
        let parsed = v.as_str().and_then(|s| {
            let (h, m) = s.trim().split_once(':')?;
            let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
            (m < 60 && (h < 24 || (h == 24 && m == 0)) && s.trim().len() == 5).then_some(h * 60 + m)
        });
        parsed.unwrap_or_else(|| {
            self.problem(path, "a UTC time of day like \"01:00\"", describe(v));
            0
        })
    }
}

/// One reader per part of a policy, each listing its problems with their
/// paths. [`Policy::from_value`] calls them in document order, so the
/// problems come in that order too.
impl Reader {
    /// An object under `key` of `root` that must be there; empty when it is not.
    fn required_object<'a>(
        &mut self,
        root: &'a Map<String, Value>,
        key: &str,
        empty: &'a Map<String, Value>,
    ) -> &'a Map<String, Value> {
        self.get(root, "", key)
            .and_then(|v| self.object(v, key))
            .unwrap_or(empty)
    }

    /// An object under `key` of `root` that may be left out (or null).
    fn optional_object<'a>(
        &mut self,
        root: &'a Map<String, Value>,
        key: &str,
    ) -> Option<&'a Map<String, Value>> {
        match root.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => self.object(v, key),
        }
    }

    /// A whole number under `key` of `obj` that must be there; `fallback` when it is not.
    fn required_number(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        (min, max): (u64, u64),
        fallback: u32,
    ) -> u32 {
        let path = join(path, key);
        match obj.get(key) {
            Some(v) => self.number(v, &path, min, max),
            None => {
                self.problem(
                    &path,
                    &format!("a whole number from {min} to {max}"),
                    "nothing".into(),
                );
                fallback
            }
        }
    }

    /// One of a few words under `key` of `obj`, read by `pick`; `fallback`
    /// when it is left out, and a problem expecting `expected` when it is
    /// none of them.
    fn choice<T: Copy>(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        expected: &str,
        (pick, fallback): (fn(&str) -> Option<T>, T),
    ) -> T {
        match obj.get(key).and_then(Value::as_str) {
            None => fallback,
            Some(word) => pick(word).unwrap_or_else(|| {
                self.problem(
                    &join(path, key),
                    expected,
                    format!("\"{}\"", crate::instant::excerpt(word)),
                );
                fallback
            }),
        }
    }

    /// `id`: lowercase letters, digits and dashes.
    fn id(&mut self, root: &Map<String, Value>) -> String {
        let id = self.text(root, "", "id");
        let well_formed = id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id.is_empty() && !well_formed {
            self.problem(
                "id",
                "lowercase letters, digits and dashes",
                describe(&Value::String(id.clone())),
            );
        }
        id
    }

    /// `environments`: naming, kinds, labels and examples.
    fn environments(&mut self, root: &Map<String, Value>) -> Environments {
        let empty = Map::new();
        let env = self.required_object(root, "environments", &empty);
        let naming = self.choice(
            env,
            "environments",
            "naming",
            "\"name\" or \"url\"",
            (
                |word| match word {
                    "name" => Some(EnvironmentNaming::Name),
                    "url" => Some(EnvironmentNaming::Url),
                    _ => None,
                },
                EnvironmentNaming::Name,
            ),
        );
        Environments {
            naming,
            kinds: self.strings(env, "environments", "kinds"),
            source_label: self.text(env, "environments", "source_label"),
            target_label: self.text(env, "environments", "target_label"),
            source_example: self.opt_text(env, "environments", "source_example"),
            target_example: self.opt_text(env, "environments", "target_example"),
        }
    }

    /// `windows`: how many, and how long each.
    fn windows(&mut self, root: &Map<String, Value>) -> Windows {
        let empty = Map::new();
        let win = self.required_object(root, "windows", &empty);
        let count = self.required_number(win, "windows", "count", (1, 4), 1);
        let duration = self.required_number(win, "windows", "duration_minutes", (15, 1440), 60);
        Windows {
            count: count.max(1) as usize,
            duration_minutes: duration.max(15),
        }
    }

    /// `service_hours`, if given: a start and end per season.
    fn service_hours(&mut self, root: &Map<String, Value>) -> Option<ServiceHours> {
        let sh = self.optional_object(root, "service_hours")?;
        Some(ServiceHours {
            summer: self.season_hours(sh, "summer"),
            winter: self.season_hours(sh, "winter"),
        })
    }

    /// `service_hours.<key>`: `{"start": "HH:MM", "end": "HH:MM"}`, end after start.
    fn season_hours(&mut self, sh: &Map<String, Value>, key: &str) -> (u32, u32) {
        let path = format!("service_hours.{key}");
        let Some(s) = self
            .get(sh, "service_hours", key)
            .and_then(|v| self.object(v, &path))
        else {
            return (0, 24 * 60);
        };
        let start = match self.get(s, &path, "start") {
            Some(v) => self.clock(v, &join(&path, "start")),
            None => 0,
        };
        let end = match self.get(s, &path, "end") {
            Some(v) => self.clock(v, &join(&path, "end")),
            None => 24 * 60,
        };
        if end <= start && end != 0 {
            self.problem(
                &join(&path, "end"),
                "a time after the start",
                format!("\"{:02}:{:02}\"", end / 60, end % 60),
            );
        }
        (start, end)
    }

    /// `notice`: exactly one of `business_days` or `hours`.
    fn notice(&mut self, root: &Map<String, Value>) -> NoticePeriod {
        let Some(n) = self
            .get(root, "", "notice")
            .and_then(|v| self.object(v, "notice"))
        else {
            return NoticePeriod::Hours(0);
        };
        match (n.get("business_days"), n.get("hours")) {
            (Some(d), None) => {
                NoticePeriod::BusinessDays(self.number(d, "notice.business_days", 0, 60))
            }
            (None, Some(h)) => NoticePeriod::Hours(self.number(h, "notice.hours", 0, 24 * 60)),
            _ => {
                self.problem(
                    "notice",
                    "exactly one of \"business_days\" or \"hours\"",
                    describe(&Value::Object(n.clone())),
                );
                NoticePeriod::Hours(0)
            }
        }
    }

    /// `point_in_time`, if offered: its notice and how old a restore point may be.
    fn point_in_time(&mut self, root: &Map<String, Value>) -> Option<PointInTime> {
        let p = self.optional_object(root, "point_in_time")?;
        Some(PointInTime {
            notice_days: self.required_number(p, "point_in_time", "notice_days", (0, 365), 0),
            max_age_days: self.required_number(p, "point_in_time", "max_age_days", (1, 365), 1),
        })
    }

    /// `versions`: when they are asked (which needs `preserve_users` for
    /// `when_preserving_users`), their format, the mismatch's severity and an example.
    fn versions(&mut self, root: &Map<String, Value>, preserve_users: bool) -> Versions {
        let empty = Map::new();
        let ver = self.optional_object(root, "versions").unwrap_or(&empty);
        let required = self.choice(
            ver,
            "versions",
            "required",
            "\"never\", \"when_preserving_users\" or \"always\"",
            (
                |word| match word {
                    "never" => Some(VersionsRequired::Never),
                    "when_preserving_users" => Some(VersionsRequired::WhenPreservingUsers),
                    "always" => Some(VersionsRequired::Always),
                    _ => None,
                },
                VersionsRequired::Never,
            ),
        );
        if required == VersionsRequired::WhenPreservingUsers && !preserve_users {
            self.problem(
                "versions.required",
                "\"when_preserving_users\" only with \"preserve_users\": true",
                "\"preserve_users\": false".into(),
            );
        }
        let format = self.choice(
            ver,
            "versions",
            "format",
            "\"text\" or \"release_patch\"",
            (
                |word| match word {
                    "text" => Some(VersionFormat::Text),
                    "release_patch" => Some(VersionFormat::ReleasePatch),
                    _ => None,
                },
                VersionFormat::Text,
            ),
        );
        let mismatch = self.choice(
            ver,
            "versions",
            "mismatch",
            "\"error\", \"approval\" or \"warning\"",
            (
                |word| match word {
                    "error" => Some(Severity::Error),
                    "approval" => Some(Severity::Approval),
                    "warning" => Some(Severity::Warning),
                    _ => None,
                },
                Severity::Error,
            ),
        );
        Versions {
            required,
            format,
            mismatch,
            example: self.opt_text(ver, "versions", "example"),
        }
    }

    /// `directions`, if given: standard pairs and the production kind, all
    /// among the environments' kinds (which directions need).
    fn directions(&mut self, root: &Map<String, Value>, kinds: &[String]) -> Option<Directions> {
        let directions = self.optional_object(root, "directions").map(|d| {
            let standard = self.standard_pairs(d);
            let production = self.text(d, "directions", "production");
            for (i, (a, b)) in standard.iter().enumerate() {
                for k in [a, b] {
                    if !kinds.contains(k) {
                        self.problem(
                            &format!("directions.standard[{i}]"),
                            "kinds listed in environments.kinds",
                            format!("\"{}\"", crate::instant::excerpt(k)),
                        );
                    }
                }
            }
            if !production.is_empty() && !kinds.contains(&production) {
                self.problem(
                    "directions.production",
                    "a kind listed in environments.kinds",
                    format!("\"{}\"", crate::instant::excerpt(&production)),
                );
            }
            Directions {
                standard,
                production,
            }
        });
        if directions.is_some() && kinds.is_empty() {
            self.problem(
                "environments.kinds",
                "a list of kinds (directions need them)",
                "nothing".into(),
            );
        }
        directions
    }

    /// `directions.standard`: pairs of kinds.
    fn standard_pairs(&mut self, d: &Map<String, Value>) -> Vec<(String, String)> {
        let mut standard = Vec::new();
        for (i, pair) in self.list(d, "directions", "standard").iter().enumerate() {
            match pair.as_array().map(Vec::as_slice) {
                Some([Value::String(a), Value::String(b)]) => standard.push((a.clone(), b.clone())),
                _ => self.problem(
                    &format!("directions.standard[{i}]"),
                    "a pair of kinds like [\"PROD\", \"TEST\"]",
                    describe(pair),
                ),
            }
        }
        standard
    }

    /// `questions`: yes/no questions with a key, a label and a hint.
    fn questions(&mut self, root: &Map<String, Value>) -> Vec<YesNo> {
        let mut questions = Vec::new();
        for (i, q) in self.list(root, "", "questions").iter().enumerate() {
            let path = format!("questions[{i}]");
            if let Some(q) = self.object(q, &path) {
                questions.push(YesNo {
                    key: self.text(q, &path, "key"),
                    label: self.text(q, &path, "label"),
                    hint: self.opt_text(q, &path, "hint"),
                });
            }
        }
        questions
    }

    /// `acknowledgements`: checklists, each asked always or after a yes to
    /// one of the `questions`, with an `ack.` rule id.
    fn acknowledgements(
        &mut self,
        root: &Map<String, Value>,
        questions: &[YesNo],
    ) -> Vec<Acknowledgement> {
        let mut acknowledgements = Vec::new();
        for (i, a) in self.list(root, "", "acknowledgements").iter().enumerate() {
            let path = format!("acknowledgements[{i}]");
            let Some(a) = self.object(a, &path) else {
                continue;
            };
            let when = match a.get("when") {
                None | Some(Value::Null) => None,
                Some(Value::String(k)) if questions.iter().any(|q| q.key == *k) => Some(k.clone()),
                Some(v) => {
                    self.problem(
                        &join(&path, "when"),
                        "the key of one of the questions",
                        describe(v),
                    );
                    None
                }
            };
            let rule = self.text(a, &path, "rule");
            if !rule.is_empty() && !rule.starts_with("ack.") {
                self.problem(
                    &join(&path, "rule"),
                    "a rule id starting with \"ack.\"",
                    format!("\"{}\"", crate::instant::excerpt(&rule)),
                );
            }
            acknowledgements.push(Acknowledgement {
                key: self.text(a, &path, "key"),
                rule,
                label: self.text(a, &path, "label"),
                when,
                items: self.strings(a, &path, "items"),
            });
        }
        acknowledgements
    }

    /// `notes`: an id, a text and an optional condition.
    fn notes(&mut self, root: &Map<String, Value>) -> Vec<Note> {
        let mut notes = Vec::new();
        for (i, n) in self.list(root, "", "notes").iter().enumerate() {
            let path = format!("notes[{i}]");
            if let Some(n) = self.object(n, &path) {
                let when = self.condition(n, &path);
                notes.push(Note {
                    id: self.text(n, &path, "id"),
                    text: self.text(n, &path, "text"),
                    when,
                });
            }
        }
        notes
    }

    /// A note's `when`: `{"key": "…", "is": true|false}`, if given.
    fn condition(&mut self, note: &Map<String, Value>, path: &str) -> Option<Condition> {
        let v = note.get("when").filter(|v| !v.is_null())?;
        let read = v.as_object().and_then(|c| {
            let key = c.get("key").and_then(Value::as_str)?;
            let is = c.get("is").and_then(Value::as_bool)?;
            Some(Condition {
                key: key.to_string(),
                is,
            })
        });
        if read.is_none() {
            self.problem(
                &join(path, "when"),
                "{\"key\": \"…\", \"is\": true|false}",
                describe(v),
            );
        }
        read
    }

    /// `handoff`, if given: the vendor's support address (one `@`, no
    /// spaces) and a new-request URL template (`https://`, with a
    /// `{subject}` or `{body}` placeholder, else nothing would be prefilled).
    fn handoff(&mut self, root: &Map<String, Value>) -> Handoff {
        let Some(h) = self.optional_object(root, "handoff") else {
            return Handoff::default();
        };
        let email = Some(self.opt_text(h, "handoff", "email")).filter(|e| !e.is_empty());
        let url = Some(self.opt_text(h, "handoff", "url")).filter(|u| !u.is_empty());
        let found = |s: &str| format!("\"{}\"", crate::instant::excerpt(s));
        if let Some(e) = email.as_deref() {
            let address = e.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && !domain.is_empty() && !domain.contains('@')
            });
            if !address || e.chars().any(char::is_whitespace) {
                self.problem(
                    "handoff.email",
                    "an e-mail address like \"support@example.com\"",
                    found(e),
                );
            }
        }
        if let Some(u) = url.as_deref() {
            let https = u.len() > "https://".len()
                && u.get(..8)
                    .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
                && !u.chars().any(char::is_whitespace);
            // The host and port end at the first `/`, `?` or `#` (browsers read `\` as
            // `/` too): a placeholder before that would let the customer's text pick
            // where the hand-off goes.
            let authority = u
                .get(8..)
                .and_then(|rest| rest.split(['/', '\\', '?', '#']).next())
                .unwrap_or_default();
            if !https {
                self.problem("handoff.url", "an https:// address", found(u));
            } else if authority.contains(['{', '}']) {
                self.problem(
                    "handoff.url",
                    "an address whose host is fixed ({subject} and {body} only in its path, query or fragment)",
                    found(u),
                );
            } else if !u.contains("{subject}") && !u.contains("{body}") {
                self.problem(
                    "handoff.url",
                    "an address with a {subject} or {body} placeholder",
                    found(u),
                );
            }
        }
        Handoff { email, url }
    }

    /// An instant under `key` of `obj` that must be there, read as a request's are
    /// ([`crate::instant::parse`]: no offset means UTC).
    fn instant(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Option<NaiveDateTime> {
        let v = self.get(obj, path, key)?;
        let t = v.as_str().and_then(|s| crate::instant::parse(s).ok());
        if t.is_none() {
            self.problem(
                &join(path, key),
                "a UTC instant like \"2024-12-24T00:00:00Z\"",
                describe(v),
            );
        }
        t
    }

    /// `blackouts`: periods with no refresh, each `from` before `to`, with a reason.
    fn blackouts(&mut self, root: &Map<String, Value>) -> Vec<Blackout> {
        let mut blackouts = Vec::new();
        for (i, b) in self.list(root, "", "blackouts").iter().enumerate() {
            let path = format!("blackouts[{i}]");
            let Some(b) = self.object(b, &path) else {
                continue;
            };
            let from = self.instant(b, &path, "from");
            let to = self.instant(b, &path, "to");
            let reason = self.text(b, &path, "reason");
            let (Some(from), Some(to)) = (from, to) else {
                continue;
            };
            if to <= from {
                self.problem(
                    &join(&path, "to"),
                    "an instant after \"from\"",
                    format!("\"{}\"", crate::instant::to_rfc3339(to)),
                );
            } else if !reason.is_empty() {
                blackouts.push(Blackout { from, to, reason });
            }
        }
        blackouts
    }

    /// The questions' and acknowledgements' keys: unique, and none of the
    /// request's own ([`crate::field::is_reserved`]).
    fn unique_keys(&mut self, questions: &[YesNo], acknowledgements: &[Acknowledgement]) {
        let mut seen: Vec<&str> = Vec::new();
        let keyed = questions
            .iter()
            .map(|q| ("questions", q.key.as_str()))
            .chain(
                acknowledgements
                    .iter()
                    .map(|a| ("acknowledgements", a.key.as_str())),
            );
        for (list, key) in keyed {
            if key.is_empty() {
                continue;
            }
            if crate::field::is_reserved(key) || seen.contains(&key) {
                self.problem(
                    list,
                    "keys that are unique and not a built-in request key",
                    format!("\"{key}\""),
                );
            }
            seen.push(key);
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl Policy {
    /// Reads and checks a policy from JSON.
    ///
    /// # Errors
    /// A [`PolicyError`] listing *every* problem (path, what was expected,
    /// what was found), so a help-center admin can fix them in one go.
    ///
    /// # Example
    /// ```
    /// use refresh_request_core::policy::Policy;
    /// let err = Policy::from_json(r#"{"id": "acme", "windows": {"count": "two"}}"#).unwrap_err();
    /// assert!(err.to_string().contains("windows.count: expected a whole number from 1 to 4, found \"two\""));
    /// ```
    pub fn from_json(text: &str) -> Result<Policy, PolicyError> {
        if text.len() > limits::POLICY_BYTES {
            return Err(PolicyError {
                policy: "(unnamed policy)".into(),
                problems: vec![PolicyProblem {
                    path: "(document)".into(),
                    expected: format!(
                        "a policy file of at most {} bytes ({} KB)",
                        thousands(limits::POLICY_BYTES),
                        limits::POLICY_BYTES / 1024
                    ),
                    found: format!("{} bytes", thousands(text.len())),
                }],
                more: 0,
            });
        }
        let (doc, repeats) =
            crate::json_syntax::parse_listing_repeats(text).map_err(|e| PolicyError {
                policy: "(unnamed policy)".into(),
                problems: vec![PolicyProblem {
                    path: "(document)".into(),
                    expected: "a JSON object".into(),
                    found: format!("invalid JSON at {e}"),
                }],
                more: 0,
            })?;
        Policy::read(&doc, &repeats)
    }

    /// As [`Policy::from_json`], from parsed JSON.
    ///
    /// # Errors
    /// As [`Policy::from_json`].
    pub fn from_value(doc: &Value) -> Result<Policy, PolicyError> {
        Policy::read(doc, &[])
    }

    /// Reads `doc`, whose text gave the keys at `repeats` twice (each one a problem).
    fn read(doc: &Value, repeats: &[String]) -> Result<Policy, PolicyError> {
        let mut r = Reader {
            problems: Vec::new(),
            more: 0,
        };
        for path in repeats {
            let key = path.rsplit('.').next().unwrap_or(path);
            r.problem(
                path,
                "each key once in its object",
                format!(
                    "\"{}\" given again (only its last value would count)",
                    crate::instant::excerpt(key)
                ),
            );
        }
        let empty = Map::new();
        let root = r.object(doc, "(document)").unwrap_or(&empty);
        // Read in document order: the problems are listed in the order read.
        let id = r.id(root);
        let name = r.text(root, "", "name");
        let version = r.text(root, "", "version");
        let summary = r.opt_text(root, "", "summary");
        let environments = r.environments(root);
        let windows = r.windows(root);
        let weekends_allowed = r.boolean(root, "", "weekends_allowed", true);
        let holiday_regions = r.boolean(root, "", "holiday_regions", false);
        let service_hours = r.service_hours(root);
        let notice = r.notice(root);
        let point_in_time = r.point_in_time(root);
        let preserve_users = r.boolean(root, "", "preserve_users", false);
        let versions = r.versions(root, preserve_users);
        let directions = r.directions(root, &environments.kinds);
        let questions = r.questions(root);
        let upgrade_date = r.boolean(root, "", "upgrade_date", false);
        let acknowledgements = r.acknowledgements(root, &questions);
        let notes = r.notes(root);
        r.unique_keys(&questions, &acknowledgements);
        let handoff = r.handoff(root);
        let blackouts = r.blackouts(root);

        let policy = Policy {
            id: if id.is_empty() {
                "(unnamed policy)".into()
            } else {
                id
            },
            name,
            version,
            summary,
            environments,
            windows,
            weekends_allowed,
            holiday_regions,
            service_hours,
            notice,
            point_in_time,
            preserve_users,
            versions,
            directions,
            questions,
            upgrade_date,
            acknowledgements,
            notes,
            handoff,
            blackouts,
            warnings: unknown_keys(doc),
        };
        if r.problems.is_empty() {
            Ok(policy)
        } else {
            Err(PolicyError {
                // Named briefly: an over-long id is one of the problems, not the heading.
                policy: crate::instant::excerpt(&policy.id),
                problems: r.problems,
                more: r.more,
            })
        }
    }

    /// A built-in policy by id.
    pub fn builtin(id: &str) -> Option<&'static Policy> {
        builtins().iter().find(|p| p.id == id.trim())
    }

    /// The label of a yes/no question or acknowledgement key.
    pub fn question(&self, key: &str) -> Option<&YesNo> {
        self.questions.iter().find(|q| q.key == key)
    }
}

/// The JSON of the built-in policies, embedded in the build.
pub const BUILTIN_JSON: [&str; 2] = [
    include_str!("policies/veson-imos.json"),
    include_str!("policies/clarity-saas.json"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_load_cleanly() {
        for json in BUILTIN_JSON {
            if let Err(e) = Policy::from_json(json) {
                panic!("{e}");
            }
        }
        let ids: Vec<&str> = builtins().iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["veson-imos", "clarity-saas"]);
    }

    #[test]
    fn builtin_numbers_are_the_specs() {
        let v = Policy::builtin("veson-imos").expect("veson");
        assert_eq!(
            v.windows,
            Windows {
                count: 2,
                duration_minutes: 120
            }
        );
        assert_eq!(v.notice, NoticePeriod::BusinessDays(2));
        assert_eq!(
            v.point_in_time,
            Some(PointInTime {
                notice_days: 14,
                max_age_days: 10
            })
        );
        assert_eq!(
            v.service_hours,
            Some(ServiceHours {
                summer: (60, 20 * 60 + 30),
                winter: (60, 21 * 60 + 30)
            })
        );
        assert!(!v.weekends_allowed && v.holiday_regions && v.preserve_users);
        assert_eq!(v.versions.mismatch, Severity::Approval);
        let c = Policy::builtin("clarity-saas").expect("clarity");
        assert_eq!(
            c.windows,
            Windows {
                count: 1,
                duration_minutes: 240
            }
        );
        assert_eq!(c.notice, NoticePeriod::Hours(48));
        assert_eq!(
            c.environments.kinds,
            ["PROD", "DEV", "TEST", "SAND", "TRAINING"]
        );
        assert_eq!(c.versions.mismatch, Severity::Error);
        assert_eq!(c.versions.format, VersionFormat::ReleasePatch);
    }

    #[test]
    fn every_problem_is_listed_with_path_expected_and_found() {
        let err = Policy::from_json(
            r#"{"id": "Acme Corp", "name": "", "windows": {"count": 9, "duration_minutes": "long"},
                "notice": {"business_days": 2, "hours": 3}, "service_hours": {"summer": {"start": "1am", "end": "20:30"}},
                "acknowledgements": [{"key": "source", "rule": "overwrite", "label": "x", "when": "nope"}]}"#,
        )
        .unwrap_err();
        insta::assert_snapshot!(err, @r#"
        The policy “Acme Corp” cannot be used: 12 problems
        - id: expected lowercase letters, digits and dashes, found "Acme Corp"
        - name: expected a non-empty string, found ""
        - version: expected a value, found nothing
        - environments: expected a value, found nothing
        - windows.count: expected a whole number from 1 to 4, found 9
        - windows.duration_minutes: expected a whole number from 15 to 1440, found "long"
        - service_hours.summer.start: expected a UTC time of day like "01:00", found "1am"
        - service_hours.winter: expected a value, found nothing
        - notice: expected exactly one of "business_days" or "hours", found an object
        - acknowledgements[0].when: expected the key of one of the questions, found "nope"
        - acknowledgements[0].rule: expected a rule id starting with "ack.", found "overwrite"
        - acknowledgements: expected keys that are unique and not a built-in request key, found "source"
        "#);
    }

    /// Each part's reader (environments, service hours, point in time,
    /// versions, directions, acknowledgements, notes) lists its problems in
    /// document order; the expected text was taken from the loader before it
    /// was split into one reader per part.
    #[test]
    fn every_part_reports_its_problems_in_document_order() {
        let err = Policy::from_json(
            r#"{"id": "acme", "name": "A", "version": "1",
                "environments": {"naming": "uri", "kinds": ["PROD", "TEST"], "source_label": "S", "target_label": "T"},
                "windows": {"count": 1, "duration_minutes": 60}, "notice": {"hours": 2},
                "service_hours": {"summer": {"start": "10:00", "end": "09:00"}, "winter": {"start": "01:00", "end": "21:30"}},
                "point_in_time": {"notice_days": 400},
                "versions": {"required": "when_preserving_users", "format": "semver", "mismatch": "fatal"},
                "directions": {"standard": [["PROD", "DEV"], ["A"]], "production": "LIVE"},
                "questions": [{"key": "q", "label": "Q"}],
                "acknowledgements": [{"key": "a", "rule": "ack.a", "label": "A", "when": "nope", "items": [""]}],
                "notes": [{"id": "n", "text": "t", "when": {"key": "x"}}]}"#,
        )
        .unwrap_err();
        insta::assert_snapshot!(err, @r#"
        The policy “acme” cannot be used: 13 problems
        - environments.naming: expected "name" or "url", found "uri"
        - service_hours.summer.end: expected a time after the start, found "09:00"
        - point_in_time.notice_days: expected a whole number from 0 to 365, found 400
        - point_in_time.max_age_days: expected a whole number from 1 to 365, found nothing
        - versions.required: expected "when_preserving_users" only with "preserve_users": true, found "preserve_users": false
        - versions.format: expected "text" or "release_patch", found "semver"
        - versions.mismatch: expected "error", "approval" or "warning", found "fatal"
        - directions.standard[1]: expected a pair of kinds like ["PROD", "TEST"], found a list of 1
        - directions.standard[0]: expected kinds listed in environments.kinds, found "DEV"
        - directions.production: expected a kind listed in environments.kinds, found "LIVE"
        - acknowledgements[0].when: expected the key of one of the questions, found "nope"
        - acknowledgements[0].items[0]: expected a non-empty string, found ""
        - notes[0].when: expected {"key": "…", "is": true|false}, found an object
        "#);
    }

    #[test]
    fn versions_are_asked_as_the_policy_says() {
        for keeping in [false, true] {
            assert!(!VersionsRequired::Never.asked(keeping));
            assert_eq!(
                VersionsRequired::WhenPreservingUsers.asked(keeping),
                keeping
            );
            assert!(VersionsRequired::Always.asked(keeping));
        }
    }

    #[test]
    fn a_conditional_acknowledgement_is_asked_only_after_a_yes() {
        let mut ack = Acknowledgement {
            key: "ack_integrations".into(),
            rule: "ack.integrations".into(),
            label: "x".into(),
            when: None,
            items: Vec::new(),
        };
        assert!(ack.asked(|_| false));
        ack.when = Some("integrations".into());
        assert!(!ack.asked(|_| false));
        assert!(ack.asked(|key| key == "integrations"));
    }

    #[test]
    fn not_json_at_all() {
        let err = Policy::from_json("{oops").unwrap_err();
        assert_eq!(err.problems.len(), 1);
        assert!(err
            .to_string()
            .contains("(document): expected a JSON object, found invalid JSON"));
        // One problem, not one per missing key as well (session 1's "noisy loader" note).
        let err = Policy::from_json("[1, 2]").unwrap_err();
        assert_eq!(err.problems.len(), 1);
        assert!(err
            .to_string()
            .contains("(document): expected an object, found a list of 2"));
    }

    #[test]
    fn window_field_paths() {
        let w = |count| Windows {
            count,
            duration_minutes: 120,
        };
        assert_eq!(w(1).field(0), "window");
        let four: Vec<String> = (0..6).map(|i| w(4).field(i)).collect();
        assert_eq!(
            four,
            [
                "windows[0]",
                "windows[1]",
                "windows[2]",
                "windows[3]",
                "windows[4]",
                "windows[5]"
            ]
        );
    }

    /// A minimal policy that loads, with `extra` keys added at its top level.
    fn with(extra: &str) -> Result<Policy, PolicyError> {
        Policy::from_json(&format!(
            r#"{{"id": "acme", "name": "A", "version": "1",
                "environments": {{"source_label": "S", "target_label": "T"}},
                "windows": {{"count": 1, "duration_minutes": 60}}, "notice": {{"hours": 2}}{extra}}}"#
        ))
    }

    #[test]
    fn issue_19_handoff_is_read_and_left_out_by_default() {
        assert_eq!(with("").map(|p| p.handoff), Ok(Handoff::default()));
        for p in builtins() {
            assert_eq!(p.handoff, Handoff::default(), "{} has no handoff", p.id);
        }
        let p = with(
            r#", "handoff": {"email": " support@example.com ",
                "url": "https://help.example.com/hc/requests/new?subject={subject}&description={body}"}"#,
        )
        .expect("loads");
        assert_eq!(p.handoff.email.as_deref(), Some("support@example.com"));
        assert_eq!(
            p.handoff.url.as_deref(),
            Some("https://help.example.com/hc/requests/new?subject={subject}&description={body}")
        );
        // The example policy shows both keys.
        let example =
            Policy::from_json(include_str!("../../../examples/policies/fabrikam-hr.json"))
                .expect("examples/policies/fabrikam-hr.json loads");
        assert!(example.handoff.email.is_some() && example.handoff.url.is_some());
        // Either placeholder is enough; an empty key is the same as none.
        let p = with(r#", "handoff": {"email": "", "url": "https://x.example/new?s={subject}"}"#)
            .expect("loads");
        assert_eq!(p.handoff.email, None);
    }

    #[test]
    fn issue_19_a_bad_handoff_is_refused_with_readable_problems() {
        let problems = |extra: &str| match with(extra) {
            Ok(_) => String::from("(loaded)"),
            Err(e) => e.to_string(),
        };
        insta::assert_snapshot!(problems(r#", "handoff": {"email": "support at example.com", "url": "http://help.example.com/new?s={subject}"}"#), @r#"
        The policy “acme” cannot be used: 2 problems
        - handoff.email: expected an e-mail address like "support@example.com", found "support at example.com"
        - handoff.url: expected an https:// address, found "http://help.example.com/new?s={subject}"
        "#);
        insta::assert_snapshot!(problems(r#", "handoff": {"email": "a@b@c", "url": "https://help.example.com/new"}"#), @r#"
        The policy “acme” cannot be used: 2 problems
        - handoff.email: expected an e-mail address like "support@example.com", found "a@b@c"
        - handoff.url: expected an address with a {subject} or {body} placeholder, found "https://help.example.com/new"
        "#);
        insta::assert_snapshot!(problems(r#", "handoff": {"email": 5, "url": ["x"]}"#), @r#"
        The policy “acme” cannot be used: 2 problems
        - handoff.email: expected a string, found 5
        - handoff.url: expected a string, found a list of 1
        "#);
        insta::assert_snapshot!(problems(r#", "handoff": "support@example.com""#), @r#"
        The policy “acme” cannot be used: 1 problem
        - handoff: expected an object, found "support@example.com"
        "#);
        for bad in ["support @example.com", "@example.com", "support@"] {
            assert!(
                problems(&format!(r#", "handoff": {{"email": "{bad}"}}"#))
                    .contains("handoff.email"),
                "{bad}"
            );
        }
    }

    #[test]
    fn issue_6_broken_json_says_what_was_expected_where() {
        // A trailing comma on line 3: the author is pointed at it, not told "invalid".
        let err = Policy::from_json("{\n  \"id\": \"acme\",\n}").unwrap_err();
        assert_eq!(
            err.problems[0].found,
            "invalid JSON at line 3, column 1: a comma stands before a closing bracket: remove it"
        );
    }

    /// veson-imos's JSON with `extra` keys merged in at the top level.
    fn veson_with(extra: Value) -> Value {
        let mut doc: Value = serde_json::from_str(BUILTIN_JSON[0]).expect("built-in JSON");
        if let (Some(d), Some(e)) = (doc.as_object_mut(), extra.as_object()) {
            d.extend(e.clone());
        }
        doc
    }

    #[test]
    fn issue_21_blackouts_are_read_as_utc_periods() {
        let p = Policy::from_value(&veson_with(serde_json::json!({"blackouts": [
            {"from": "2024-12-24T00:00:00Z", "to": "2025-01-02T00:00Z", "reason": " Year-end freeze "},
            {"from": "2025-03-29T02:00+02:00", "to": "2025-03-30 06:00", "reason": "Quarterly upgrade 24.4"}
        ]})))
        .expect("loads");
        let read: Vec<String> = p
            .blackouts
            .iter()
            .map(|b| {
                format!(
                    "{} {} {}",
                    crate::instant::to_rfc3339(b.from),
                    crate::instant::to_rfc3339(b.to),
                    b.reason
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                "2024-12-24T00:00:00Z 2025-01-02T00:00:00Z Year-end freeze",
                "2025-03-29T00:00:00Z 2025-03-30T06:00:00Z Quarterly upgrade 24.4"
            ]
        );
    }

    #[test]
    fn issue_21_every_blackout_problem_has_its_path() {
        let err = Policy::from_value(&veson_with(serde_json::json!({"blackouts": [
            {"from": "next week", "to": "2025-01-02T00:00Z", "reason": "A"},
            {"from": "2025-01-02T00:00Z", "to": "2025-01-01T00:00Z", "reason": "B"},
            {"from": "2025-01-01T00:00Z", "to": "2025-01-02T00:00Z", "reason": ""},
            {"to": 5},
            "Christmas"
        ]})))
        .unwrap_err();
        insta::assert_snapshot!(err, @r#"
        The policy “veson-imos” cannot be used: 7 problems
        - blackouts[0].from: expected a UTC instant like "2024-12-24T00:00:00Z", found "next week"
        - blackouts[1].to: expected an instant after "from", found "2025-01-01T00:00:00Z"
        - blackouts[2].reason: expected a non-empty string, found ""
        - blackouts[3].from: expected a value, found nothing
        - blackouts[3].to: expected a UTC instant like "2024-12-24T00:00:00Z", found 5
        - blackouts[3].reason: expected a value, found nothing
        - blackouts[4]: expected an object, found "Christmas"
        "#);
        let err =
            Policy::from_value(&veson_with(serde_json::json!({"blackouts": {}}))).unwrap_err();
        assert_eq!(
            err.to_string().lines().nth(1),
            Some("- blackouts: expected a list, found an object")
        );
    }

    #[test]
    fn issue_21_unknown_keys_are_warnings_with_the_nearest_known_key() {
        let mut doc = veson_with(serde_json::json!({
            "$schema": "./policy.schema.json",
            "blackout": [],
            "colour": "blue",
            "handoff": {"email": "support@example.com", "ulr": "https://x.example/{subject}"}
        }));
        doc["windows"]["cuont"] = 2.into();
        doc["notes"][3]["when"]["iss"] = true.into();
        let p = Policy::from_value(&doc).expect("unknown keys do not stop the form");
        let warnings: Vec<String> = p.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "`blackout`: unknown key; did you mean `blackouts`?",
                "`colour`: unknown key",
                "`handoff.ulr`: unknown key; did you mean `url`?",
                "`notes[3].when.iss`: unknown key; did you mean `is`?",
                "`windows.cuont`: unknown key; did you mean `count`?",
            ]
        );
        for json in BUILTIN_JSON {
            assert_eq!(Policy::from_json(json).map(|p| p.warnings), Ok(Vec::new()));
        }
    }

    fn refusal(extra: &str) -> String {
        match with(extra) {
            Ok(_) => String::from("(loaded)"),
            Err(e) => e.to_string(),
        }
    }

    /// Past each limit the policy is refused with a message naming it; at the
    /// limit it loads.
    #[test]
    fn policies_past_a_sane_bound_are_refused_naming_the_limit() {
        let question = |i: usize| format!(r#"{{"key": "q{i}", "label": "Q{i}?"}}"#);
        let questions = |n: usize| (0..n).map(question).collect::<Vec<_>>().join(",");
        let max = limits::list_items("questions");
        assert_eq!(
            refusal(&format!(r#", "questions": [{}]"#, questions(max))),
            "(loaded)"
        );
        // Ten thousand questions (given as a value: as text they pass the file's bound).
        let doc: Value = serde_json::from_str(&format!(
            r#"{{"id": "acme", "name": "A", "version": "1",
                "environments": {{"source_label": "S", "target_label": "T"}},
                "windows": {{"count": 1, "duration_minutes": 60}}, "notice": {{"hours": 2}},
                "questions": [{}]}}"#,
            questions(10_000)
        ))
        .unwrap_or_default();
        let err = Policy::from_value(&doc).err().map(|e| e.to_string());
        insta::assert_snapshot!(err.unwrap_or_default(), @r#"
            The policy “acme” cannot be used: 1 problem
            - questions: expected at most 100 entries (no real policy needs more), found 10,000 entries
        "#);
        let long = "x".repeat(limits::TEXT_CHARS + 1);
        insta::assert_snapshot!(refusal(&format!(r#", "notes": [{{"id": "n", "text": "{long}"}}]"#)), @r#"
            The policy “acme” cannot be used: 1 problem
            - notes[0].text: expected at most 2,000 characters, found 2,001 characters
        "#);
        let at_limit = "é".repeat(limits::TEXT_CHARS);
        assert_eq!(
            refusal(&format!(r#", "summary": "{at_limit}""#)),
            "(loaded)"
        );
        // A 100 KB id is refused, and not repeated in the heading.
        let id = "a".repeat(100_000);
        let text = format!(
            r#"{{"id": "{id}", "name": "A", "version": "1",
                "environments": {{"source_label": "S", "target_label": "T"}},
                "windows": {{"count": 1, "duration_minutes": 60}}, "notice": {{"hours": 2}}}}"#
        );
        let err = Policy::from_json(&text)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.len() < 400, "{} bytes", err.len());
        insta::assert_snapshot!(err.replace(&"a".repeat(40), "a×40"), @r#"
            The policy “a×40…” cannot be used: 1 problem
            - id: expected at most 64 characters, found 100,000 characters
        "#);
        let key = "k".repeat(limits::KEY_CHARS + 1);
        assert!(refusal(&format!(
            r#", "questions": [{{"key": "{key}", "label": "Q?"}}]"#
        ))
        .contains("questions[0].key: expected at most 64 characters, found 65 characters"));
        // The whole file.
        let huge = format!(r#", "summary": "{}""#, "x".repeat(limits::POLICY_BYTES));
        insta::assert_snapshot!(refusal(&huge), @r#"
            The policy “(unnamed policy)” cannot be used: 1 problem
            - (document): expected a policy file of at most 262,144 bytes (256 KB), found 262,367 bytes
        "#);
    }

    /// A thousand broken blackouts, three problems each: fifty problems
    /// listed, the rest counted.
    #[test]
    fn a_long_problem_list_is_capped() {
        let broken = vec![r#"{"from": "x", "to": "y", "reason": ""}"#; 1_000].join(",");
        let err = with(&format!(r#", "blackouts": [{broken}]"#))
            .err()
            .unwrap_or_else(|| panic!("loaded"));
        assert_eq!(err.problems.len(), limits::PROBLEMS_LISTED);
        assert_eq!(err.more, 3_000 - limits::PROBLEMS_LISTED);
        let text = err.to_string();
        assert!(text.len() < 10_000, "{} bytes", text.len());
        let lines: Vec<&str> = text.lines().collect();
        insta::assert_snapshot!(format!("{}\n{}\n{}", lines[0], lines[1], lines[lines.len() - 1]), @r#"
            The policy “acme” cannot be used: 3,000 problems
            - blackouts[0].from: expected a UTC instant like "2024-12-24T00:00:00Z", found "x"
            - … and 2,950 more
        "#);
    }

    /// 100,000 unknown keys: twenty named, the rest summed up in one warning.
    #[test]
    fn unknown_keys_are_summarised() {
        let mut doc = veson_with(serde_json::json!({}));
        for i in 0..100_000 {
            doc[format!("extra{i}")] = i.into();
        }
        let p = Policy::from_value(&doc).expect("unknown keys do not stop the form");
        assert_eq!(p.warnings.len(), limits::WARNINGS_LISTED + 1);
        insta::assert_snapshot!(p.warnings[limits::WARNINGS_LISTED].to_string(), @"… and 99,980 more unknown keys");
    }

    /// A key given twice is a problem at its path, not silently its last value.
    #[test]
    fn a_key_given_twice_is_a_problem_with_its_path() {
        insta::assert_snapshot!(refusal(r#", "questions": [{"key": "a", "label": "A?", "label": "B?"}], "upgrade_date": true, "upgrade_date": false"#), @r#"
            The policy “acme” cannot be used: 2 problems
            - questions[0].label: expected each key once in its object, found "label" given again (only its last value would count)
            - upgrade_date: expected each key once in its object, found "upgrade_date" given again (only its last value would count)
        "#);
        // The same policy, each key once, loads.
        assert_eq!(
            refusal(r#", "questions": [{"key": "a", "label": "B?"}], "upgrade_date": false"#),
            "(loaded)"
        );
    }

    /// A hand-off template's placeholders cannot choose the host.
    #[test]
    fn a_handoff_template_cannot_move_the_host() {
        insta::assert_snapshot!(refusal(r#", "handoff": {"url": "https://{subject}.evil.example/"}"#), @r#"
            The policy “acme” cannot be used: 1 problem
            - handoff.url: expected an address whose host is fixed ({subject} and {body} only in its path, query or fragment), found "https://{subject}.evil.example/"
        "#);
        for url in [
            "https://help.example.com{body}",
            "https://user:{subject}@help.example.com/new",
            "https://help.example.com:{subject}/new?s={body}",
        ] {
            let problem = refusal(&format!(r#", "handoff": {{"url": "{url}"}}"#));
            assert!(problem.contains("host is fixed"), "{url}: {problem}");
        }
        for url in [
            "https://help.example.com/{subject}",
            "https://help.example.com?s={subject}",
            "https://help.example.com#{body}",
            // A backslash (`\\` in JSON), which browsers read as `/`, ends the host.
            "https://help.example.com\\\\{subject}",
        ] {
            assert_eq!(
                refusal(&format!(r#", "handoff": {{"url": "{url}"}}"#)),
                "(loaded)",
                "{url}"
            );
        }
    }
}
