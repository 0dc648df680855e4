//! The form's state as plain data: the raw text of every field, exactly as
//! typed (or prefilled), and how it becomes the request JSON (docs/policies.md).
//!
//! Nothing here knows a rule: the JSON goes to [`refresh_request_core::rules::validate`],
//! and whatever is wrong with the text comes back as findings. No browser
//! types, so it is tested natively.

use litemap::LiteMap;
use refresh_request_core::field::Key;
use refresh_request_core::policy::{Acknowledgement, Policy, Windows};
use refresh_request_core::request::{read_bool, RefreshType};
use serde_json::{Map, Value};
use std::sync::Arc;

/// Everything typed into the form, as text.
///
/// Each text is an `Arc<str>`: a field's own memo takes it anew on every
/// edit of any field, and tells it unchanged by its pointer, so a megabyte
/// pasted in one field costs nothing while another is typed in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Form {
    /// The policy id.
    pub policy: String,
    /// Raw text by request key (`source`, `preserve_users`, `ack_jobs`, …).
    pub fields: Fields,
    /// Raw text of each window start.
    pub windows: Vec<Arc<str>>,
    /// Planning mode: check as if the ticket were raised at `submitted_at`.
    pub planning: bool,
}

/// The form's texts by request key, kept sorted by key: a `LiteMap`, a map kept as a sorted
/// list (already in the tree through `url`). Not a `BTreeMap`: the page's other maps are all
/// `serde_json::Map`s, and a B-tree map of another kind brings its own copy of the B-tree's
/// code into the wasm (2.7 KB brotli) for the few dozen keys a form has. A draft stores it as
/// a JSON object (`app::draft`).
pub type Fields = LiteMap<String, Arc<str>>;

/// Which text of the form an input edits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldRef {
    /// A single-valued field, by request key.
    Key(String),
    /// Window start `i`.
    Window(usize),
}

/// Whether `key` is a request key some form field reads (for tidying links).
pub fn is_request_key(key: &str, policies: &[Policy]) -> bool {
    Key::parse(key).is_some()
        || policies.iter().any(|p| {
            p.questions.iter().any(|q| q.key == key)
                || p.acknowledgements.iter().any(|a| a.key == key)
        })
}

/// What applying a prefill did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// The field paths that received a value (shown as already visited).
    pub fields: Vec<String>,
    /// Window starts given beyond what the policy takes (dropped).
    pub extra_windows: usize,
}

/// A raw answer as JSON: `true`/`false` when it reads as yes/no, else the
/// text itself (so the reader reports it as invalid on its field).
fn boolish(raw: &str) -> Value {
    let text = Value::String(raw.to_string());
    read_bool(&text).map_or(text, Value::Bool)
}

/// A prefilled JSON value as field text.
fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(if *b { "yes" } else { "no" }.to_string()),
        other => serde_json::to_string(other).ok(),
    }
}

impl Form {
    /// An empty form for `policy`.
    pub fn new(policy: &Policy) -> Self {
        Form {
            policy: policy.id.clone(),
            fields: Fields::default(),
            windows: vec![Arc::default(); policy.windows.count],
            planning: false,
        }
    }

    /// The raw text of a field ("" when never typed).
    pub fn get(&self, key: &str) -> &str {
        self.fields.get(key).map_or("", |v| v)
    }

    /// The raw text of a built-in field.
    pub fn field(&self, key: Key) -> &str {
        self.get(key.as_str())
    }

    /// Sets the raw text of a field.
    pub fn set(&mut self, key: &str, value: String) {
        if value.is_empty() {
            self.fields.remove(key);
        } else {
            self.fields.insert(key.to_string(), value.into());
        }
    }

    /// The raw text of window `i`.
    pub fn window(&self, i: usize) -> &str {
        self.windows.get(i).map_or("", |v| v)
    }

    /// Sets the raw text of window `i`.
    pub fn set_window(&mut self, i: usize, value: String) {
        if i >= Windows::MAX {
            return;
        }
        if self.windows.len() <= i {
            self.windows.resize(i + 1, Arc::default());
        }
        self.windows[i] = value.into();
    }

    /// The raw text an input edits ("" when never typed), shared rather than copied.
    pub fn text(&self, field: &FieldRef) -> Arc<str> {
        let text = match field {
            FieldRef::Key(k) => self.fields.get(k),
            FieldRef::Window(i) => self.windows.get(*i),
        };
        text.cloned().unwrap_or_default()
    }

    /// Changes the raw text an input edits.
    pub fn write(&mut self, field: &FieldRef, value: String) {
        match field {
            FieldRef::Key(k) => self.set(k, value),
            FieldRef::Window(i) => self.set_window(*i, value),
        }
    }

    /// A yes/no field read as the core reads it; `None` when empty or unreadable.
    pub fn yes(&self, key: &str) -> Option<bool> {
        read_bool(&Value::String(self.get(key).to_string()))
    }

    /// Whether the raw answer is empty or reads as no.
    pub fn no_or_unset(&self, key: &str) -> bool {
        self.get(key).trim().is_empty() || self.yes(key) == Some(false)
    }

    /// Whether a point-in-time refresh is chosen (and offered).
    pub fn point_in_time(&self, policy: &Policy) -> bool {
        policy.point_in_time.is_some()
            && RefreshType::parse(self.field(Key::RefreshType)) == Some(RefreshType::PointInTime)
    }

    /// Whether the policy asks for versions, given the answers so far.
    pub fn versions_asked(&self, policy: &Policy) -> bool {
        let preserving =
            policy.preserve_users && self.yes(Key::PreserveUsers.as_str()) == Some(true);
        policy.versions.required.asked(preserving)
    }

    /// Whether an acknowledgement is asked (its condition, if any, answered yes).
    pub fn ack_asked(&self, ack: &Acknowledgement) -> bool {
        ack.asked(|key| self.yes(key) == Some(true))
    }

    /// Nothing typed, ticked or chosen (the planning switch and the policy do not count).
    pub fn is_blank(&self) -> bool {
        self.fields.values().all(|v| v.trim().is_empty())
            && self.windows.iter().all(|w| w.trim().is_empty())
    }

    /// Makes room for the policy's windows and switches to it; what was typed stays.
    pub fn switch_policy(&mut self, policy: &Policy) {
        self.policy = policy.id.clone();
        if self.windows.len() < policy.windows.count {
            self.windows.resize(policy.windows.count, Arc::default());
        }
    }

    /// The field paths the form shows for `policy`, in page order.
    pub fn field_paths(&self, policy: &Policy) -> Vec<String> {
        let mut out: Vec<String> = vec![Key::Policy.into()];
        let (sk, tk) = policy.environments.keys();
        out.push(sk.into());
        out.push(tk.into());
        if !policy.environments.kinds.is_empty() {
            out.push(Key::SourceKind.into());
            out.push(Key::TargetKind.into());
        }
        if policy.point_in_time.is_some() {
            out.push(Key::RefreshType.into());
            if self.point_in_time(policy) {
                out.push(Key::RestorePoint.into());
            }
        }
        if self.planning {
            out.push(Key::SubmittedAt.into());
        }
        if policy.holiday_regions {
            out.push(Key::HolidayRegion.into());
        }
        out.push(policy.windows.key().into());
        out.extend((0..policy.windows.count).map(|i| policy.windows.field(i)));
        if policy.preserve_users {
            out.push(Key::PreserveUsers.into());
        }
        if self.versions_asked(policy) {
            out.push(Key::SourceVersion.into());
            out.push(Key::TargetVersion.into());
        }
        if policy.upgrade_date {
            out.push(Key::NextUpgrade.into());
        }
        out.extend(policy.questions.iter().map(|q| q.key.clone()));
        out.extend(
            policy
                .acknowledgements
                .iter()
                .filter(|a| self.ack_asked(a))
                .map(|a| a.key.clone()),
        );
        out
    }

    /// The fields with text in them: a restored or prefilled value is shown
    /// as visited, so what is wrong with it shows straight away.
    pub fn filled_paths(&self, policy: &Policy) -> Vec<String> {
        self.field_paths(policy)
            .into_iter()
            .filter(|path| {
                let w = policy.windows;
                let raw = (0..w.count)
                    .find(|&i| w.field(i) == *path)
                    .map_or_else(|| self.get(path), |i| self.window(i));
                !raw.trim().is_empty()
            })
            .collect()
    }

    /// The request JSON (docs/policies.md) of what the form shows: raw text as typed,
    /// yes/no answers as booleans when they read as such.
    pub fn to_value(&self, policy: &Policy) -> Value {
        let mut m = Map::new();
        let text = |k: Key| Value::String(self.field(k).to_string());
        m.insert(Key::Policy.into(), Value::String(policy.id.clone()));
        let mut keys = Vec::new();
        if self.planning {
            keys.push(Key::SubmittedAt);
        }
        let (sk, tk) = policy.environments.keys();
        keys.extend([sk, tk]);
        if !policy.environments.kinds.is_empty() {
            keys.extend([Key::SourceKind, Key::TargetKind]);
        }
        let w = policy.windows;
        if w.count == 1 {
            let start = Value::String(self.window(0).to_string());
            m.insert(Key::Window.into(), start);
        } else {
            let starts = (0..w.count).map(|i| Value::String(self.window(i).to_string()));
            m.insert(Key::Windows.into(), Value::Array(starts.collect()));
        }
        if policy.point_in_time.is_some() {
            if !self.field(Key::RefreshType).is_empty() {
                keys.push(Key::RefreshType);
            }
            if self.point_in_time(policy) {
                keys.push(Key::RestorePoint);
            }
        }
        let users = self.field(Key::PreserveUsers);
        if policy.preserve_users && !users.is_empty() {
            m.insert(Key::PreserveUsers.into(), boolish(users));
        }
        if self.versions_asked(policy) {
            keys.extend([Key::SourceVersion, Key::TargetVersion]);
        }
        if policy.holiday_regions && !self.field(Key::HolidayRegion).is_empty() {
            keys.push(Key::HolidayRegion);
        }
        if policy.upgrade_date && !self.field(Key::NextUpgrade).trim().is_empty() {
            keys.push(Key::NextUpgrade);
        }
        for key in keys {
            m.insert(key.into(), text(key));
        }
        for q in &policy.questions {
            if !self.get(&q.key).is_empty() {
                m.insert(q.key.clone(), boolish(self.get(&q.key)));
            }
        }
        for a in policy.acknowledgements.iter().filter(|a| self.ack_asked(a)) {
            if !self.get(&a.key).is_empty() {
                m.insert(a.key.clone(), boolish(self.get(&a.key)));
            }
        }
        Value::Object(m)
    }

    /// Fills the form from request JSON (a link's parameters): every key the
    /// form knows, as text; `submitted_at` turns planning mode on.
    pub fn apply(&mut self, input: &Value, policy: &Policy) -> Applied {
        let mut applied = Applied::default();
        let Some(obj) = input.as_object() else {
            return applied;
        };
        let own_keys = policy
            .questions
            .iter()
            .map(|q| q.key.as_str())
            .chain(policy.acknowledgements.iter().map(|a| a.key.as_str()));
        for key in Key::scalars().map(|k| k.as_str()).chain(own_keys) {
            if let Some(text) = obj.get(key).and_then(as_text) {
                self.set(key, text);
                applied.fields.push(key.to_string());
            }
        }
        let planned = Key::SubmittedAt.as_str();
        if self.get(planned).trim().is_empty() {
            self.fields.remove(planned);
        } else if obj.contains_key(planned) {
            self.planning = true;
        }
        let given = obj
            .get(policy.windows.key().as_str())
            .or_else(|| obj.get(Key::Windows.as_str()))
            .or_else(|| obj.get(Key::Window.as_str()));
        let starts: Vec<String> = match given {
            Some(Value::Array(items)) => items.iter().filter_map(as_text).collect(),
            Some(v) => as_text(v).into_iter().collect(),
            None => Vec::new(),
        };
        let count = policy.windows.count;
        applied.extra_windows = starts.len().saturating_sub(count);
        for (i, s) in starts.into_iter().take(count).enumerate() {
            self.set_window(i, s);
            applied.fields.push(policy.windows.field(i));
        }
        applied
    }

    /// Keeps a restored draft within sane bounds (a corrupt or hostile one
    /// must not grow the page).
    pub fn sanitise(&mut self, policy: &Policy) {
        self.windows.truncate(Windows::MAX);
        self.switch_policy(policy);
        let own: Vec<&str> = policy
            .questions
            .iter()
            .map(|q| q.key.as_str())
            .chain(policy.acknowledgements.iter().map(|a| a.key.as_str()))
            .collect();
        self.fields
            .retain(|k, _| Key::parse(k).is_some_and(Key::is_scalar) || own.contains(&k.as_str()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use refresh_request_core::policy::Policy;
    use serde_json::json;

    fn veson() -> &'static Policy {
        Policy::builtin("veson-imos").expect("veson")
    }

    fn clarity() -> &'static Policy {
        Policy::builtin("clarity-saas").expect("clarity")
    }

    #[test]
    fn an_empty_form_is_the_spec_shape() {
        let f = Form::new(veson());
        assert_eq!(
            f.to_value(veson()),
            json!({"policy": "veson-imos", "source": "", "target": "", "windows": ["", ""]})
        );
        let f = Form::new(clarity());
        assert_eq!(
            f.to_value(clarity()),
            json!({"policy": "clarity-saas", "source_url": "", "target_url": "", "source_kind": "",
                   "target_kind": "", "window": "", "source_version": "", "target_version": ""})
        );
    }

    #[test]
    fn raw_text_is_kept_and_answers_become_booleans() {
        let p = veson();
        let mut f = Form::new(p);
        f.set("source", " ABCD_prod ".into());
        f.set_window(1, "next tuesday".into());
        f.set("preserve_users", "yes".into());
        f.set("refresh_type", "point_in_time".into());
        f.set("restore_point", "2024-09-30 12:00".into());
        let v = f.to_value(p);
        assert_eq!(v["source"], " ABCD_prod ");
        assert_eq!(v["windows"], json!(["", "next tuesday"]));
        assert_eq!(v["preserve_users"], true);
        assert_eq!(v["restore_point"], "2024-09-30 12:00");
        assert_eq!(v["source_version"], "");
        f.set("preserve_users", "maybe".into());
        assert_eq!(f.to_value(p)["preserve_users"], "maybe");
        assert!(f.to_value(p).get("source_version").is_none());
    }

    #[test]
    fn hidden_fields_are_kept_but_not_sent() {
        let p = veson();
        let mut f = Form::new(p);
        f.set("refresh_type", "point_in_time".into());
        f.set("restore_point", "2024-09-30 12:00".into());
        f.set("refresh_type", "standard".into());
        assert!(f.to_value(p).get("restore_point").is_none());
        assert_eq!(f.get("restore_point"), "2024-09-30 12:00");
    }

    #[test]
    fn integration_checklist_only_when_integrations_are_used() {
        let p = clarity();
        let mut f = Form::new(p);
        f.set("ack_integrations", "yes".into());
        assert!(!f.field_paths(p).contains(&"ack_integrations".to_string()));
        assert!(f.to_value(p).get("ack_integrations").is_none());
        f.set("integrations", "yes".into());
        assert!(f.field_paths(p).contains(&"ack_integrations".to_string()));
        assert_eq!(f.to_value(p)["ack_integrations"], true);
    }

    #[test]
    fn a_link_fills_the_form_and_turns_on_planning() {
        let p = veson();
        let mut f = Form::new(p);
        let link = refresh_request_core::prefill::from_query(
            "?source=A&windows=x&windows=y&windows=z&submitted_at=2024-10-07T02:00Z&bogus=1",
        );
        let applied = f.apply(&link, p);
        assert_eq!(f.get("source"), "A");
        assert_eq!([f.window(0), f.window(1)], ["x", "y"]);
        assert_eq!(applied.extra_windows, 1);
        assert!(f.planning);
        assert!(applied.fields.contains(&"windows[1]".to_string()));
        assert!(!f.fields.contains_key("bogus"));
    }

    #[test]
    fn share_links_round_trip() {
        let p = clarity();
        let mut f = Form::new(p);
        f.set("source_url", "https://acme.example.com/a b&c".into());
        f.set_window(0, "2024-10-09 08:00".into());
        f.set("integrations", "yes".into());
        f.set("ack_integrations", "yes".into());
        f.planning = true;
        f.set("submitted_at", "2024-10-07 02:00".into());
        let q = refresh_request_core::prefill::to_query(&f.to_value(p));
        let mut back = Form::new(p);
        back.apply(&refresh_request_core::prefill::from_query(&q), p);
        assert_eq!(back.to_value(p), f.to_value(p));
    }

    #[test]
    fn switching_policy_keeps_what_was_typed() {
        let mut f = Form::new(clarity());
        f.set_window(0, "a".into());
        f.switch_policy(veson());
        assert_eq!([f.window(0), f.window(1)], ["a", ""]);
        f.switch_policy(clarity());
        assert_eq!([f.window(0), f.window(1)], ["a", ""]);
    }

    #[test]
    fn a_hostile_draft_is_trimmed() {
        let mut f = Form {
            policy: "veson-imos".into(),
            fields: Fields::default(),
            windows: vec!["w".into(); 1000],
            planning: false,
        };
        f.set("source", "x".into());
        f.set("evil", "y".into());
        f.sanitise(veson());
        assert_eq!(f.windows.len(), 4);
        assert!(!f.fields.contains_key("evil"));
        assert_eq!(f.get("source"), "x");
    }
}
