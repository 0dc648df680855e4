//! The request: what the customer asks for, read from the request JSON (docs/policies.md).
//!
//! Reading never fails as a whole: a value of the wrong type or an instant
//! that does not parse becomes a `field.invalid` finding on that field, and
//! the rest of the request is still checked.

use crate::excerpt::excerpt;
use crate::field::{Key, POINT_IN_TIME};
use crate::finding::{Finding, Severity};
use crate::holidays::Region;
use crate::instant;
use crate::label::thousands;
use crate::message::{Arg, Messages};
use crate::policy::{Policy, VersionsRequired};
use crate::rule_id::RuleId;
use chrono::NaiveDateTime;
use serde_json::{Map, Value};
use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;

/// The most characters a one-line value may hold (`field.too_long`). Every
/// value of the request is one line (a name, a URL, a version, an instant,
/// a yes/no); a thousand characters is far beyond any of them, and text that
/// long is not walked by the other rules, so a megabyte paste stays cheap.
pub const MAX_LINE_CHARS: usize = 1_000;

/// Standard or point-in-time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RefreshType {
    /// The latest production data.
    #[default]
    Standard,
    /// Production data as of a restore point.
    PointInTime,
}

impl RefreshType {
    /// `standard` / `point_in_time`.
    pub const fn as_str(self) -> &'static str {
        match self {
            RefreshType::Standard => "standard",
            RefreshType::PointInTime => "point_in_time",
        }
    }

    /// Reads the refresh type as given, in a request or typed in the form:
    /// trimmed, in any case, with `-` or a space for `_`; nothing given is
    /// standard, and `pit` is short for point in time. `None`: neither.
    ///
    /// # Example
    /// ```
    /// use refresh_request_core::request::RefreshType;
    /// assert_eq!(RefreshType::parse(" Point-in-time"), Some(RefreshType::PointInTime));
    /// assert_eq!(RefreshType::parse(""), Some(RefreshType::Standard));
    /// assert_eq!(RefreshType::parse("latest"), None);
    /// ```
    pub fn parse(text: &str) -> Option<RefreshType> {
        match text
            .trim()
            .to_ascii_lowercase()
            .replace(['-', ' '], "_")
            .as_str()
        {
            "" | "standard" => Some(RefreshType::Standard),
            "point_in_time" | "pit" => Some(RefreshType::PointInTime),
            _ => None,
        }
    }
}

/// One proposed window start as given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// Left empty.
    Empty,
    /// Given but unreadable (already reported as `field.invalid`).
    Invalid,
    /// A start instant (UTC).
    At(NaiveDateTime),
}

impl Slot {
    /// The start, when one was read.
    pub fn start(self) -> Option<NaiveDateTime> {
        match self {
            Slot::At(t) => Some(t),
            _ => None,
        }
    }
}

/// A request, read against a policy.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    /// When the ticket is raised; `None`: now.
    pub submitted_at: Option<NaiveDateTime>,
    /// Source name or URL (trimmed).
    pub source: String,
    /// Target name or URL (trimmed).
    pub target: String,
    /// Source kind (PROD, …), upper-cased; empty when not given.
    pub source_kind: String,
    /// Target kind.
    pub target_kind: String,
    /// The proposed windows, in the order given.
    pub windows: Vec<Slot>,
    /// Standard or point-in-time.
    pub refresh_type: RefreshType,
    /// The restore point of a point-in-time refresh.
    pub restore_point: Option<NaiveDateTime>,
    /// Keep the target's users.
    pub preserve_users: bool,
    /// Source schema / release version (trimmed).
    pub source_version: String,
    /// Target version.
    pub target_version: String,
    /// The holiday region the vendor's support team observes.
    pub holiday_region: Option<Region>,
    /// Date of the next scheduled upgrade.
    pub next_upgrade: Option<NaiveDateTime>,
    /// Yes/no answers and acknowledgements given, by key, in the policy's
    /// order. A list, not a map: a policy asks a handful, and a `BTreeMap`
    /// of its own would bring a copy of the B-tree code into the wasm.
    pub answers: Vec<(String, bool)>,
}

/// What reading a request produced: the request and the `field.invalid` findings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The request, with unreadable values left at their defaults.
    pub request: Request,
    /// One `field.invalid` error per unreadable value.
    pub findings: Vec<Finding>,
}

/// What kind of JSON value `v` is, as a message says it ("a number").
fn kind_of(v: &Value, messages: &dyn Messages) -> String {
    let id = match v {
        Value::Null => "field-kind-null",
        Value::Bool(_) => "field-kind-bool",
        Value::Number(_) => "field-kind-number",
        Value::String(_) => "field-kind-text",
        Value::Array(_) => "field-kind-list",
        Value::Object(_) => "field-kind-object",
    };
    messages.format(id, &[])
}

struct Reader<'a> {
    policy: &'a Policy,
    obj: &'a Map<String, Value>,
    findings: Vec<Finding>,
    messages: &'a dyn Messages,
}

impl<'a> Reader<'a> {
    /// How messages name `key` (see [`field_name_in`]).
    fn name(&self, key: Key) -> String {
        field_name_in(self.policy, key.as_str(), self.messages)
    }

    /// The message `id` in the reader's language.
    fn say(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        self.messages.format(id, args)
    }

    fn invalid(&mut self, field: impl Into<String>, message: String) {
        self.findings.push(Finding::on(
            RuleId::FieldInvalid,
            field,
            Severity::Error,
            message,
        ));
    }

    /// Borrows from the input, not from the reader, so a value can be read
    /// while findings are added (no copy of a window list per keystroke).
    fn value(&self, key: &str) -> Option<&'a Value> {
        self.obj.get(key).filter(|v| !v.is_null())
    }

    /// `what` names the value in a message, so it is made only when there is one
    /// (`validate` reads these on every keystroke).
    fn text(&mut self, key: Key) -> String {
        match self.value(key.as_str()) {
            None => String::new(),
            Some(Value::String(s)) => s.trim().to_string(),
            Some(v) => {
                let found = kind_of(v, self.messages);
                let what = self.messages.label_in_sentence(&self.name(key));
                let message = self.say(
                    "field-invalid--text",
                    &[("label", what.into()), ("found", found.into())],
                );
                self.invalid(key, message);
                String::new()
            }
        }
    }

    /// A key this request does not use (the refresh type or an answer
    /// leaves it out) still has the contract's type: text.
    fn text_type_only(&mut self, key: Key) {
        if let Some(v) = self.value(key.as_str()).filter(|v| !v.is_string()) {
            let found = kind_of(v, self.messages);
            let what = self.name(key);
            let message = self.say(
                "field-invalid--text-named",
                &[("label", what.into()), ("found", found.into())],
            );
            self.invalid(key, message);
        }
    }

    /// A yes/no answer: `preserve_users` or one of the policy's own keys.
    fn boolean(&mut self, key: &str) -> Option<bool> {
        let v = self.value(key)?;
        if let Some(b) = read_bool(v) {
            return Some(b);
        }
        // Text is quoted as typed, which is the same in every language: the
        // quotation marks are the catalog's only around whole messages.
        let found = match v {
            Value::String(s) => format!("“{}”", excerpt(s)),
            other => kind_of(other, self.messages),
        };
        let what = field_name_in(self.policy, key, self.messages);
        let message = self.say(
            "field-invalid--yes-no",
            &[("label", what.into()), ("found", found.into())],
        );
        self.invalid(key, message);
        None
    }

    /// A start time at `field`; the field is named (see [`field_name_in`]) only
    /// in a message, so reading a good value allocates nothing for it.
    fn instant(&mut self, field: &str, v: &Value, date_ok: bool) -> Slot {
        match v {
            Value::String(s) if s.trim().is_empty() => Slot::Empty,
            Value::String(s) => {
                let parsed = if date_ok {
                    instant::parse_date_or_instant(s)
                } else {
                    instant::parse(s)
                };
                match parsed {
                    Ok(t) => Slot::At(t),
                    Err(e) => {
                        let what = field_name_in(self.policy, field, self.messages);
                        let message = self.say(
                            "field-invalid--instant",
                            &[
                                ("label", what.into()),
                                ("problem", e.message(self.messages).into()),
                            ],
                        );
                        self.invalid(field, message);
                        Slot::Invalid
                    }
                }
            }
            Value::Null => Slot::Empty,
            other => {
                let what = field_name_in(self.policy, field, self.messages);
                let message = self.say(
                    "field-invalid--instant-kind",
                    &[
                        ("label", what.into()),
                        ("found", kind_of(other, self.messages).into()),
                    ],
                );
                self.invalid(field, message);
                Slot::Invalid
            }
        }
    }

    fn single_instant(&mut self, key: Key, date_ok: bool) -> Option<NaiveDateTime> {
        let v = self.value(key.as_str())?;
        self.instant(key.as_str(), v, date_ok).start()
    }

    /// The source and target, and their kinds if the policy has them.
    fn environments(&mut self, req: &mut Request) {
        let env = &self.policy.environments;
        let (source_key, target_key) = env.keys();
        req.source = self.text(source_key);
        req.target = self.text(target_key);
        if env.kinds.is_empty() {
            return;
        }
        for (key, side) in [(Key::SourceKind, "source"), (Key::TargetKind, "target")] {
            let kind = self.text(key).to_ascii_uppercase();
            if !kind.is_empty() && !env.kinds.contains(&kind) {
                let message = self.say(
                    "field-invalid--kind",
                    &[
                        ("side", side.into()),
                        ("kinds", env.kinds.join(", ").into()),
                        ("value", excerpt(&kind).into()),
                    ],
                );
                self.invalid(key, message);
            } else if key == Key::SourceKind {
                req.source_kind = kind;
            } else {
                req.target_kind = kind;
            }
        }
    }

    /// The refresh type, and the restore point of a point-in-time refresh
    /// (only asked when the policy offers them).
    fn refresh_type(&mut self, req: &mut Request) {
        let key = Key::RefreshType;
        match self.value(key.as_str()) {
            None => {}
            Some(Value::String(s)) => match RefreshType::parse(s) {
                Some(t) => req.refresh_type = t,
                None => {
                    let message = self.say(
                        "field-invalid--refresh-type",
                        &[("value", excerpt(s).into())],
                    );
                    self.invalid(key, message);
                }
            },
            Some(v) => {
                let found = kind_of(v, self.messages);
                let message = self.say(
                    "field-invalid--refresh-type-kind",
                    &[("found", found.into())],
                );
                self.invalid(key, message);
            }
        }
        if req.refresh_type == RefreshType::PointInTime {
            req.restore_point = self.single_instant(Key::RestorePoint, false);
        } else {
            self.text_type_only(Key::RestorePoint);
        }
    }

    /// Whether the target's users are kept, and the versions when asked.
    fn users_and_versions(&mut self, req: &mut Request) {
        let policy = self.policy;
        if policy.preserve_users {
            req.preserve_users = self.boolean(Key::PreserveUsers.as_str()).unwrap_or(false);
        }
        if policy.versions.required.asked(req.preserve_users) {
            req.source_version = self.text(Key::SourceVersion);
            req.target_version = self.text(Key::TargetVersion);
        } else if policy.versions.required != VersionsRequired::Never {
            self.text_type_only(Key::SourceVersion);
            self.text_type_only(Key::TargetVersion);
        }
    }

    /// The holiday region: a code, or empty / `none` for none.
    fn holiday_region(&mut self) -> Option<Region> {
        let key = Key::HolidayRegion;
        match self.value(key.as_str()) {
            None => None,
            Some(Value::String(s))
                if s.trim().is_empty() || s.trim().eq_ignore_ascii_case("none") =>
            {
                None
            }
            Some(Value::String(s)) => {
                let region = Region::from_code(s);
                if region.is_none() {
                    let codes: Vec<&str> = Region::ALL.iter().map(|r| r.code()).collect();
                    let message = self.say(
                        "field-invalid--region",
                        &[
                            ("regions", codes.join(", ").into()),
                            ("value", excerpt(s).into()),
                        ],
                    );
                    self.invalid(key, message);
                }
                region
            }
            Some(v) => {
                let found = kind_of(v, self.messages);
                let message = self.say("field-invalid--region-kind", &[("found", found.into())]);
                self.invalid(key, message);
                None
            }
        }
    }

    /// The policy's yes/no questions and acknowledgements, in its order.
    fn answers(&mut self, req: &mut Request) {
        let policy = self.policy;
        let asked = policy.questions.iter().map(|q| &q.key);
        let acks = policy.acknowledgements.iter().map(|a| &a.key);
        for key in asked.chain(acks) {
            if let Some(b) = self.boolean(key) {
                // A key asked twice is read twice; the last reading wins.
                req.answers.retain(|(k, _)| k != key);
                req.answers.push((key.clone(), b));
            }
        }
    }
}

/// Reads `true`/`false`, or the strings `yes`/`no`/`true`/`false` (any case).
pub fn read_bool(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "yes" | "true" | "y" | "on" => Some(true),
            "no" | "false" | "n" | "off" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// The policy id a request names (trimmed), if it names one.
pub fn policy_id(input: &Value) -> Option<&str> {
    input
        .get(Key::Policy.as_str())
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

impl Request {
    /// Reads a request for `policy` from JSON. Unknown keys are ignored.
    ///
    /// # Example
    /// ```
    /// use refresh_request_core::{policy::Policy, request::Request};
    /// let policy = Policy::builtin("veson-imos").unwrap();
    /// let input: serde_json::Value = serde_json::from_str(r#"{"source": "ABCD_prod", "windows": ["soon"]}"#).unwrap();
    /// let parsed = Request::read(policy, &input);
    /// assert_eq!(parsed.request.source, "ABCD_prod");
    /// assert_eq!(parsed.findings[0].rule, "field.invalid");
    /// assert_eq!(parsed.findings[0].field.as_deref(), Some("windows[0]"));
    /// ```
    #[cfg(feature = "fluent")]
    pub fn read(policy: &Policy, input: &Value) -> Parsed {
        Request::read_in(policy, input, crate::message::english())
    }

    /// As [`Request::read`], with findings written by `messages`.
    pub fn read_in(policy: &Policy, input: &Value, messages: &dyn Messages) -> Parsed {
        // The policy's own wording of any message, wherever it appears.
        let spoken = policy.messages.speak(messages);
        let messages: &dyn Messages = &spoken;
        // The labels its findings name are the policy's in the findings' language.
        let read_in = policy.in_language(messages.lang());
        let policy = &*read_in;
        let (input, long) = set_aside_long_text(policy, input, messages);
        let empty = Map::new();
        let mut r = Reader {
            policy,
            obj: input.as_object().unwrap_or(&empty),
            findings: long,
            messages,
        };
        // The findings come in this order: keep it (tests and tickets list them so).
        let mut req = Request {
            submitted_at: r.single_instant(Key::SubmittedAt, false),
            ..Request::default()
        };
        r.environments(&mut req);
        req.windows = read_windows(&mut r, policy);
        if policy.point_in_time.is_some() {
            r.refresh_type(&mut req);
        }
        r.users_and_versions(&mut req);
        if policy.holiday_regions {
            req.holiday_region = r.holiday_region();
        }
        if policy.upgrade_date {
            req.next_upgrade = r.single_instant(Key::NextUpgrade, true);
        }
        r.answers(&mut req);
        Parsed {
            request: req,
            findings: r.findings,
        }
    }

    /// A yes/no answer (false when not given).
    pub fn answer(&self, key: &str) -> bool {
        self.answers
            .iter()
            .find(|(k, _)| k == key)
            .is_some_and(|&(_, b)| b)
    }

    /// The value of a boolean condition key (`preserve_users`,
    /// `point_in_time`, or a yes/no key).
    pub fn condition(&self, key: &str) -> bool {
        if key == Key::PreserveUsers.as_str() {
            self.preserve_users
        } else if key == POINT_IN_TIME {
            self.refresh_type == RefreshType::PointInTime
        } else {
            self.answer(key)
        }
    }

    /// The request as the request JSON (docs/policies.md) (for tickets and share links),
    /// with only the keys `policy` uses.
    pub fn to_value(&self, policy: &Policy) -> Value {
        let mut m = Map::new();
        let mut put = |key: Key, v: Value| {
            m.insert(key.into(), v);
        };
        let instant = |t: Option<NaiveDateTime>| {
            t.map_or(Value::Null, |t| Value::String(instant::to_rfc3339(t)))
        };
        let text = |s: &str| Value::String(s.to_string());
        put(Key::Policy, text(&policy.id));
        if let Some(t) = self.submitted_at {
            put(Key::SubmittedAt, instant(Some(t)));
        }
        let (sk, tk) = policy.environments.keys();
        put(sk, text(&self.source));
        put(tk, text(&self.target));
        if !policy.environments.kinds.is_empty() {
            put(Key::SourceKind, text(&self.source_kind));
            put(Key::TargetKind, text(&self.target_kind));
        }
        let starts: Vec<Value> = self.windows.iter().map(|s| instant(s.start())).collect();
        if policy.windows.count == 1 {
            put(
                Key::Window,
                starts.into_iter().next().unwrap_or(Value::Null),
            );
        } else {
            put(Key::Windows, Value::Array(starts));
        }
        if policy.point_in_time.is_some() {
            put(Key::RefreshType, text(self.refresh_type.as_str()));
            put(Key::RestorePoint, instant(self.restore_point));
        }
        if policy.preserve_users {
            put(Key::PreserveUsers, Value::Bool(self.preserve_users));
        }
        if policy.versions.required != VersionsRequired::Never {
            put(Key::SourceVersion, text(&self.source_version));
            put(Key::TargetVersion, text(&self.target_version));
        }
        if policy.holiday_regions {
            put(
                Key::HolidayRegion,
                text(self.holiday_region.map_or("none", Region::code)),
            );
        }
        if policy.upgrade_date {
            put(Key::NextUpgrade, instant(self.next_upgrade));
        }
        for key in policy
            .questions
            .iter()
            .map(|q| &q.key)
            .chain(policy.acknowledgements.iter().map(|a| &a.key))
        {
            m.insert(key.clone(), Value::Bool(self.answer(key)));
        }
        Value::Object(m)
    }
}

/// How many characters text has, when that is more than [`MAX_LINE_CHARS`];
/// the byte length answers first, so short text is never counted. A
/// character is what a person sees (a grapheme cluster): an `é` written as
/// `e` and a combining accent is one, as is a flag or a family emoji.
fn too_long(s: &str) -> Option<usize> {
    if s.len() <= MAX_LINE_CHARS {
        return None;
    }
    Some(characters(s.trim())).filter(|&n| n > MAX_LINE_CHARS)
}

/// The grapheme clusters of `s`. In ASCII text every byte is one, except CR LF, which is one
/// cluster of two: counted without segmenting, since a pasted megabyte is checked on every
/// key of every field (segmenting it costs ~30 ms a call, this well under 1 ms).
fn characters(s: &str) -> usize {
    if s.is_ascii() {
        s.len() - s.matches("\r\n").count()
    } else {
        s.graphemes(true).count()
    }
}

/// How messages name the field at `field` (a request key or `windows[i]`):
/// the policy's labels for its environments, questions and
/// acknowledgements, "Window 2" for a window of several, else the key's
/// [`Key::name`], in the language `messages` writes (the policy's labels as
/// the policy gives them). One place, so every message calls a field the same.
///
/// # Example
/// ```
/// use refresh_request_core::{message::english, policy::Policy, request::field_name_in};
/// let policy = Policy::builtin("veson-imos").unwrap();
/// assert_eq!(field_name_in(policy, "windows[1]", english()), "Window 2");
/// assert_eq!(field_name_in(policy, "restore_point", english()), "Restore point");
/// ```
pub fn field_name_in(policy: &Policy, field: &str, messages: &dyn Messages) -> String {
    let env = &policy.environments;
    let (source_key, target_key) = env.keys();
    if field == source_key.as_str() {
        return env.source_label.clone();
    }
    if field == target_key.as_str() {
        return env.target_label.clone();
    }
    if let Some(i) = field
        .strip_prefix("windows[")
        .and_then(|rest| rest.strip_suffix(']'))
        .and_then(|n| n.parse::<usize>().ok())
    {
        return messages.format("field-window", &[("window", (i + 1).into())]);
    }
    let asked = policy.questions.iter().map(|q| (&q.key, &q.label));
    let acks = policy.acknowledgements.iter().map(|a| (&a.key, &a.label));
    if let Some((_, label)) = asked.chain(acks).find(|(k, _)| *k == field) {
        return label.clone();
    }
    Key::parse(field).map_or_else(
        || field.to_string(),
        |k| messages.format(k.message_id(), &[]),
    )
}

/// `field.too_long`: the finding for a value of `count` characters, over [`MAX_LINE_CHARS`].
fn too_long_finding(
    policy: &Policy,
    field: &str,
    count: usize,
    messages: &dyn Messages,
) -> Finding {
    // The lengths go in as text, grouped in thousands as the form shows
    // numbers ("1,500"); no language's plural hangs on them.
    let message = messages.format(
        "field-too_long",
        &[
            ("label", field_name_in(policy, field, messages).into()),
            ("length", thousands(count).into()),
            ("max", thousands(MAX_LINE_CHARS).into()),
        ],
    );
    Finding::on(RuleId::FieldTooLong, field, Severity::Error, message)
}

/// Finds the text values over [`MAX_LINE_CHARS`] among the keys this policy
/// reads, reports each as `field.too_long`, and reads the request without
/// them (as if left out: the rules never walk them, and a missing-value
/// finding is not added on top). Copies the input only when there is one.
fn set_aside_long_text<'v>(
    policy: &Policy,
    input: &'v Value,
    messages: &dyn Messages,
) -> (Cow<'v, Value>, Vec<Finding>) {
    let Some(obj) = input.as_object() else {
        return (Cow::Borrowed(input), Vec::new());
    };
    let read = |k: &str| {
        Key::parse(k).is_some_and(Key::is_scalar)
            || policy.questions.iter().any(|q| q.key == k)
            || policy.acknowledgements.iter().any(|a| a.key == k)
    };
    let mut findings = Vec::new();
    let mut long_keys = Vec::new();
    let mut long_windows = Vec::new();
    for (k, v) in obj {
        match v {
            Value::String(s) if read(k) || k == "window" => {
                if let Some(count) = too_long(s) {
                    findings.push(too_long_finding(policy, k, count, messages));
                    long_keys.push(k.clone());
                }
            }
            Value::Array(items) if k == "windows" => {
                for (i, item) in items.iter().enumerate().take(16) {
                    if let Some(count) = item.as_str().and_then(too_long) {
                        findings.push(too_long_finding(
                            policy,
                            &policy.windows.field(i),
                            count,
                            messages,
                        ));
                        long_windows.push(i);
                    }
                }
            }
            _ => {}
        }
    }
    if findings.is_empty() {
        return (Cow::Borrowed(input), findings);
    }
    let mut trimmed = Map::new();
    for (k, v) in obj {
        if long_keys.contains(k) {
            continue;
        }
        let v = match v {
            Value::Array(items) if k == "windows" => Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        if long_windows.contains(&i) {
                            Value::Null
                        } else {
                            item.clone()
                        }
                    })
                    .collect(),
            ),
            other => other.clone(),
        };
        trimmed.insert(k.clone(), v);
    }
    (Cow::Owned(Value::Object(trimmed)), findings)
}

/// The window starts, as the policy spells them or in the other spelling.
fn read_windows(r: &mut Reader<'_>, policy: &Policy) -> Vec<Slot> {
    let w = policy.windows;
    let key = w.key();
    // Accept the other spelling too (`windows: [x]` for a one-window policy,
    // a lone `window` for a several-window one): a lenient reader, strict
    // rules. Each spelling has its own type: `windows` a list, `window` one
    // start.
    let other = if w.count == 1 {
        Key::Windows
    } else {
        Key::Window
    };
    let (given, value) = match r.value(key.as_str()) {
        Some(v) => (key, Some(v)),
        None => (other, r.value(other.as_str())),
    };
    let items: &[Value] = match value {
        None => &[],
        Some(Value::Array(items)) if given.is_list() => items,
        Some(v @ Value::String(_)) if !given.is_list() => std::slice::from_ref(v),
        Some(v) => {
            let found = kind_of(v, r.messages);
            let expected = if given.is_list() { "list" } else { "one" };
            let message = r.say(
                "field-invalid--windows",
                &[("expected", expected.into()), ("found", found.into())],
            );
            r.invalid(given, message);
            return Vec::new();
        }
    };
    // A thousand windows is not a request; read a few, report the count.
    items
        .iter()
        .take(16)
        .enumerate()
        .map(|(i, v)| {
            let field = w.field(i);
            r.instant(&field, v, false)
        })
        .chain(std::iter::repeat_n(
            Slot::Invalid,
            items.len().saturating_sub(16),
        ))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{characters, RefreshType};
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    proptest! {
        /// The ASCII shortcut counts exactly what segmenting counts, CR LF pairs included.
        #[test]
        fn ascii_text_counts_as_its_grapheme_clusters(
            parts in prop::collection::vec(prop_oneof![Just("\r\n".to_string()), "[\\x00-\\x7f]"], 0..300)
        ) {
            let s = parts.concat();
            prop_assert_eq!(characters(&s), s.graphemes(true).count());
        }
    }

    #[test]
    fn cr_lf_is_one_character_and_accents_join_their_letter() {
        assert_eq!(characters("a\r\nb\n\rc"), 6);
        assert_eq!(characters("e\u{301}x"), 2);
    }

    #[test]
    fn the_refresh_type_is_read_in_any_spelling_of_its_two_names() {
        for text in ["", "  ", "standard", " Standard ", "STANDARD"] {
            assert_eq!(
                RefreshType::parse(text),
                Some(RefreshType::Standard),
                "{text:?}"
            );
        }
        for text in ["point_in_time", "Point-in-time", "point in time", " PIT "] {
            assert_eq!(
                RefreshType::parse(text),
                Some(RefreshType::PointInTime),
                "{text:?}"
            );
        }
        for text in ["latest", "point", "pointintime", "standard time", "p-i-t"] {
            assert_eq!(RefreshType::parse(text), None, "{text:?}");
        }
        for t in [RefreshType::Standard, RefreshType::PointInTime] {
            assert_eq!(RefreshType::parse(t.as_str()), Some(t));
        }
    }
}
