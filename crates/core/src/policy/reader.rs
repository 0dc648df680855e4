//! Reading JSON values one field at a time, each problem kept with its path.

use super::words::{one_of, position, Words};
use super::PolicyProblem;
use crate::label::thousands;
use crate::lang::Lang;
use crate::limits;
use serde_json::{Map, Value};

/// Describes a JSON value briefly, for "found …".
pub(super) fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => quoted(s),
        Value::Array(a) => format!("a list of {}", a.len()),
        Value::Object(_) => "an object".into(),
    }
}

/// A text as a problem says it was found: in double quotes, and cut short
/// when long ([`crate::excerpt::excerpt`]).
pub(super) fn quoted(text: &str) -> String {
    format!("\"{}\"", crate::excerpt::excerpt(text))
}

/// What a language tag is expected to be: one of the form's languages.
pub(super) fn spoken() -> String {
    let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
    format!("one of {}", tags.join(", "))
}

/// Reads a JSON document field by field, collecting every problem.
pub(super) struct Reader {
    /// What is wrong, in the order read (at most [`limits::PROBLEMS_LISTED`]).
    pub(super) problems: Vec<PolicyProblem>,
    /// Problems past [`limits::PROBLEMS_LISTED`], counted, not listed.
    pub(super) more: usize,
}

impl Reader {
    pub(super) fn problem(&mut self, path: &str, expected: &str, found: String) {
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

    pub(super) fn get<'a>(
        &mut self,
        obj: &'a Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Option<&'a Value> {
        let v = obj.get(key).filter(|v| !v.is_null());
        if v.is_none() {
            self.problem(&join(path, key), "a value", "nothing".into());
        }
        v
    }

    pub(super) fn object<'a>(
        &mut self,
        v: &'a Value,
        path: &str,
    ) -> Option<&'a Map<String, Value>> {
        let o = v.as_object();
        if o.is_none() {
            self.problem(path, "an object", describe(v));
        }
        o
    }

    /// `text`, or a problem naming [`limits::text_chars`] when it is longer.
    pub(super) fn bounded(&mut self, path: &str, key: &str, text: &str) -> String {
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

    pub(super) fn text(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> String {
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

    /// `desk_language`: a language tag the form speaks; English when left out.
    pub(super) fn desk_language(&mut self, obj: &Map<String, Value>) -> Lang {
        self.lang_tag(obj, "desk_language")
    }

    /// A language tag the form speaks under `key` of the document; English
    /// when left out.
    pub(super) fn lang_tag(&mut self, obj: &Map<String, Value>, key: &str) -> Lang {
        match obj.get(key) {
            None | Some(Value::Null) => Lang::En,
            Some(Value::String(tag)) => Lang::parse(tag).unwrap_or_else(|| {
                self.problem(key, &spoken(), quoted(tag));
                Lang::En
            }),
            Some(v) => {
                self.problem(key, "a language tag like \"en\" or \"de\"", describe(v));
                Lang::En
            }
        }
    }

    pub(super) fn opt_text(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> String {
        match obj.get(key) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => self.bounded(&join(path, key), key, s.trim()),
            Some(v) => {
                self.problem(&join(path, key), "a string", describe(v));
                String::new()
            }
        }
    }

    pub(super) fn boolean(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        default: bool,
    ) -> bool {
        match obj.get(key) {
            None | Some(Value::Null) => default,
            Some(Value::Bool(b)) => *b,
            Some(v) => {
                self.problem(&join(path, key), "true or false", describe(v));
                default
            }
        }
    }

    pub(super) fn number(&mut self, v: &Value, path: &str, min: u64, max: u64) -> u32 {
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

    pub(super) fn list<'a>(
        &mut self,
        obj: &'a Map<String, Value>,
        path: &str,
        key: &str,
    ) -> &'a [Value] {
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

    pub(super) fn strings(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Vec<String> {
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

    /// Each object of the list under `key` of `root`, read by `read` with
    /// its path, in order (so their problems come in document order); an
    /// item that is no object is a problem, and `read` may leave one out.
    pub(super) fn each_object<'a, T>(
        &mut self,
        root: &'a Map<String, Value>,
        key: &str,
        mut read: impl FnMut(&mut Self, &str, &'a Map<String, Value>) -> Option<T>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for (i, item) in self.list(root, "", key).iter().enumerate() {
            let path = format!("{key}[{i}]");
            if let Some(obj) = self.object(item, &path) {
                if let Some(read) = read(self, &path, obj) {
                    out.push(read);
                }
            }
        }
        out
    }

    /// `"HH:MM"` → minutes after midnight; `24:00` allowed as an end.
    pub(super) fn clock(&mut self, v: &Value, path: &str) -> u32 {
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

    /// An object under `key` of `root` that must be there; empty when it is not.
    pub(super) fn required_object<'a>(
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
    pub(super) fn optional_object<'a>(
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
    pub(super) fn required_number(
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

    /// One of `words` under `key` of `obj`; `fallback` when it is left
    /// out, and a problem expecting one of them when it is none.
    pub(super) fn choice<T: Copy, const N: usize>(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        words: &Words<T, N>,
        fallback: T,
    ) -> T {
        self.word(obj, path, key, &words.names)
            .and_then(|i| words.meaning(i))
            .unwrap_or(fallback)
    }

    /// The place among `names` of the word under `key` of `obj`: none when
    /// it is left out, or when it is another word (a problem).
    fn word(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        names: &[&str],
    ) -> Option<usize> {
        let word = obj.get(key).and_then(Value::as_str)?;
        let place = position(names, word);
        if place.is_none() {
            self.problem(&join(path, key), &one_of(names), quoted(word));
        }
        place
    }
}

/// The path of `key` inside the object at `path` (`""`: the document).
pub(super) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}
