//! A policy's own texts in other languages (`translations`): read and
//! checked by the loader, and [`Policy::in_language`], the one way the form,
//! the rules, the ticket and the desk read a policy in a language. A text a
//! translation leaves out is the policy's own, without a problem.

use super::reader::{describe, join, quoted, spoken, Reader};
use super::{Acknowledgement, Blackout, Note, Policy, YesNo};
use crate::lang::Lang;
use serde_json::{Map, Value};
use std::borrow::{Borrow, Cow};
use std::sync::Arc;

/// Texts by key (a language, a question's key…), in the keys' order, each key once: a list,
/// not a `BTreeMap`, since a map of each of these kinds would bring its own copy of the
/// B-tree's code into the wasm, for the handful of texts a translation holds.
pub type ByKey<K, V> = Vec<(K, V)>;

/// Puts `value` under `key` in `list`, in its place by key; replaces one already there.
fn put<K: Ord, V>(list: &mut ByKey<K, V>, key: K, value: V) {
    match list.binary_search_by(|(k, _)| k.cmp(&key)) {
        Ok(i) => list[i].1 = value,
        Err(i) => list.insert(i, (key, value)),
    }
}

/// The value under `key` in `list`.
fn get<'a, K: Borrow<Q>, Q: Ord + ?Sized, V>(list: &'a ByKey<K, V>, key: &Q) -> Option<&'a V> {
    let i = list.binary_search_by(|(k, _)| k.borrow().cmp(key)).ok()?;
    list.get(i).map(|(_, v)| v)
}

/// A question's texts in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuestionText {
    /// The question.
    pub label: Option<String>,
    /// Its hint.
    pub hint: Option<String>,
}

/// An acknowledgement's texts in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AcknowledgementText {
    /// What is acknowledged.
    pub label: Option<String>,
    /// The checklist's steps: as many as the policy's own.
    pub items: Option<Vec<String>>,
}

/// A policy's texts in one other language, each one optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Translation {
    /// The display name.
    pub name: Option<String>,
    /// The line under the title.
    pub summary: Option<String>,
    /// The source field's label.
    pub source_label: Option<String>,
    /// The target field's label.
    pub target_label: Option<String>,
    /// By question key.
    pub questions: ByKey<String, QuestionText>,
    /// By acknowledgement key.
    pub acknowledgements: ByKey<String, AcknowledgementText>,
    /// Note texts, by note id.
    pub notes: ByKey<String, String>,
    /// Each blackout's reason, in the policy's order (`None`: its own).
    pub blackouts: Vec<Option<String>>,
}

impl Translation {
    /// Puts these texts into `p`, leaving those it does not give.
    fn apply(&self, p: &mut Policy) {
        let put = |to: &mut String, from: &Option<String>| {
            if let Some(text) = from {
                to.clone_from(text);
            }
        };
        put(&mut p.name, &self.name);
        put(&mut p.summary, &self.summary);
        put(&mut p.environments.source_label, &self.source_label);
        put(&mut p.environments.target_label, &self.target_label);
        for q in &mut p.questions {
            if let Some(t) = get(&self.questions, q.key.as_str()) {
                put(&mut q.label, &t.label);
                put(&mut q.hint, &t.hint);
            }
        }
        for a in &mut p.acknowledgements {
            if let Some(t) = get(&self.acknowledgements, a.key.as_str()) {
                put(&mut a.label, &t.label);
                if let Some(items) = &t.items {
                    a.items.clone_from(items);
                }
            }
        }
        for n in &mut p.notes {
            if let Some(text) = get(&self.notes, n.id.as_str()) {
                n.text.clone_from(text);
            }
        }
        for (b, reason) in p.blackouts.iter_mut().zip(&self.blackouts) {
            put(&mut b.reason, reason);
        }
    }
}

/// The languages a policy's texts are written in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Translations {
    /// Each other language's texts (`translations`).
    pub by_lang: ByKey<Lang, Translation>,
    /// The policy as its vendor wrote it, when this one is read in another
    /// language: what another language falls back to.
    written: Option<Arc<Policy>>,
}

impl Translations {
    /// The translations a policy file gives.
    pub(super) fn new(by_lang: ByKey<Lang, Translation>) -> Self {
        Translations {
            by_lang,
            written: None,
        }
    }
}

impl Policy {
    /// The policy as a reader of `lang` reads it: each text the vendor
    /// translated into `lang` in place of its own, the others as written
    /// (a language the policy has no translation for reads it as written).
    /// Everything but the texts is the same. Called on a policy already read
    /// in a language, it starts again from the policy as written, so the
    /// page's translated policy and the desk's original give the same ticket.
    ///
    /// # Example
    /// ```
    /// use refresh_request_core::{lang::Lang, policy::Policy};
    /// let json = r#"{"id": "acme", "name": "Acme", "version": "1",
    ///   "environments": {"source_label": "Source", "target_label": "Target"},
    ///   "windows": {"count": 1, "duration_minutes": 60}, "notice": {"hours": 0},
    ///   "translations": {"de": {"environments": {"source_label": "Quelle"}}}}"#;
    /// let policy = Policy::from_json(json).unwrap();
    /// let de = policy.in_language(Lang::De);
    /// assert_eq!(de.environments.source_label, "Quelle");
    /// assert_eq!(de.environments.target_label, "Target");
    /// assert_eq!(policy.in_language(Lang::Fr).name, "Acme");
    /// ```
    pub fn in_language(&self, lang: Lang) -> Cow<'_, Policy> {
        if self.language == lang {
            return Cow::Borrowed(self);
        }
        let written = self.translations.written.as_deref().unwrap_or(self);
        let Some(translation) = get(&written.translations.by_lang, &lang) else {
            return Cow::Borrowed(written);
        };
        let original = self
            .translations
            .written
            .clone()
            .unwrap_or_else(|| Arc::new(self.clone()));
        let mut read = Policy::clone(&original);
        translation.apply(&mut read);
        read.language = lang;
        read.translations.written = Some(original);
        Cow::Owned(read)
    }

    /// The language the vendor wrote the policy's own texts in (`language`).
    pub fn written_in(&self) -> Lang {
        self.translations
            .written
            .as_ref()
            .map_or(self.language, |p| p.language)
    }

    /// The languages the policy's texts can be read in: its own, then each
    /// translation's.
    pub fn languages(&self) -> Vec<Lang> {
        let written = self.translations.written.as_deref().unwrap_or(self);
        std::iter::once(written.language)
            .chain(written.translations.by_lang.iter().map(|(l, _)| *l))
            .collect()
    }

    /// Adds the translations `doc` holds (a `translations` object, as a
    /// policy file writes it), checked as the loader checks them: how the
    /// page adds the built-in policies' translations it fetches with a
    /// language's catalog. A language already there is replaced.
    ///
    /// # Errors
    /// A [`super::PolicyError`] listing every problem, the policy unchanged.
    pub fn add_translations(&mut self, doc: &Value) -> Result<(), super::PolicyError> {
        let mut r = Reader {
            problems: Vec::new(),
            more: 0,
        };
        let mut root = Map::new();
        root.insert("translations".into(), doc.clone());
        let written = self.translations.written.as_deref().unwrap_or(self);
        let read = r.translations(
            &root,
            written.language,
            Texts {
                questions: &written.questions,
                acknowledgements: &written.acknowledgements,
                notes: &written.notes,
                blackouts: &written.blackouts,
            },
        );
        if !r.problems.is_empty() {
            return Err(super::PolicyError {
                policy: crate::excerpt::excerpt(&self.id),
                problems: r.problems,
                more: r.more,
            });
        }
        let mut written = written.clone();
        for (lang, texts) in read {
            put(&mut written.translations.by_lang, lang, texts);
        }
        *self = written.in_language(self.language).into_owned();
        Ok(())
    }
}

/// The policy's own texts a translation names.
pub(super) struct Texts<'a> {
    pub(super) questions: &'a [YesNo],
    pub(super) acknowledgements: &'a [Acknowledgement],
    pub(super) notes: &'a [Note],
    pub(super) blackouts: &'a [Blackout],
}

impl Reader {
    /// `language`: the language the policy's own texts are in; English when
    /// left out.
    pub(super) fn language(&mut self, root: &Map<String, Value>) -> Lang {
        self.lang_tag(root, "language")
    }

    /// `translations`: the policy's texts in other languages, each naming
    /// only questions, acknowledgements and notes the policy has.
    pub(super) fn translations(
        &mut self,
        root: &Map<String, Value>,
        own: Lang,
        texts: Texts<'_>,
    ) -> ByKey<Lang, Translation> {
        let mut out = ByKey::new();
        let Some(all) = self.optional_object(root, "translations") else {
            return out;
        };
        let mut tags: Vec<(Lang, &str)> = Vec::new();
        for (tag, value) in all {
            let path = join("translations", &crate::excerpt::excerpt(tag));
            let Some(lang) = Lang::parse(tag) else {
                self.problem(&path, &spoken(), quoted(tag));
                continue;
            };
            if lang == own {
                self.problem(
                    &path,
                    &format!("a language other than the policy's own (\"{}\")", own.tag()),
                    quoted(tag),
                );
                continue;
            }
            if let Some((_, first)) = tags.iter().find(|(l, _)| *l == lang) {
                self.problem(
                    &path,
                    "each language once",
                    format!("{}, the same language as \"{first}\"", quoted(tag)),
                );
                continue;
            }
            tags.push((lang, tag));
            if let Some(t) = self.object(value, &path) {
                let read = self.translation(t, &path, &texts);
                put(&mut out, lang, read);
            }
        }
        out
    }

    /// One language's texts, at `path`.
    fn translation(
        &mut self,
        t: &Map<String, Value>,
        path: &str,
        texts: &Texts<'_>,
    ) -> Translation {
        let mut read = Translation {
            name: self.translated(t, path, "name"),
            summary: self.translated(t, path, "summary"),
            ..Translation::default()
        };
        if let Some(env) = self.inner_object(t, path, "environments") {
            let env_path = join(path, "environments");
            read.source_label = self.translated(env, &env_path, "source_label");
            read.target_label = self.translated(env, &env_path, "target_label");
        }
        let questions = join(path, "questions");
        for (key, q) in self.keyed(t, path, "questions") {
            let at = join(&questions, &crate::excerpt::excerpt(key));
            if !texts.questions.iter().any(|own| own.key == *key) {
                self.problem(&at, "the key of one of the questions", quoted(key));
                continue;
            }
            if let Some(q) = self.object(q, &at) {
                let text = QuestionText {
                    label: self.translated(q, &at, "label"),
                    hint: self.translated(q, &at, "hint"),
                };
                put(&mut read.questions, key.clone(), text);
            }
        }
        let acks = join(path, "acknowledgements");
        for (key, a) in self.keyed(t, path, "acknowledgements") {
            let at = join(&acks, &crate::excerpt::excerpt(key));
            let Some(own) = texts.acknowledgements.iter().find(|own| own.key == *key) else {
                self.problem(&at, "the key of one of the acknowledgements", quoted(key));
                continue;
            };
            if let Some(a) = self.object(a, &at) {
                let items = match a.get("items") {
                    None | Some(Value::Null) => None,
                    Some(_) => Some(self.strings(a, &at, "items")),
                };
                if let Some(given) = a.get("items").filter(|v| v.is_array()) {
                    if given.as_array().map(Vec::len) != Some(own.items.len()) {
                        self.problem(
                            &join(&at, "items"),
                            &format!(
                                "a list of {} (one for each item of the policy's own checklist)",
                                own.items.len()
                            ),
                            describe(given),
                        );
                    }
                }
                let text = AcknowledgementText {
                    label: self.translated(a, &at, "label"),
                    items,
                };
                put(&mut read.acknowledgements, key.clone(), text);
            }
        }
        let notes = join(path, "notes");
        for (id, n) in self.keyed(t, path, "notes") {
            let at = join(&notes, &crate::excerpt::excerpt(id));
            if !texts.notes.iter().any(|own| own.id == *id) {
                self.problem(&at, "the id of one of the notes", quoted(id));
                continue;
            }
            match n {
                Value::String(s) if !s.trim().is_empty() => {
                    let text = self.bounded(&at, "text", s.trim());
                    put(&mut read.notes, id.clone(), text);
                }
                v => self.problem(&at, "a non-empty string", describe(v)),
            }
        }
        read.blackouts = self.blackout_reasons(t, path, texts.blackouts.len());
        read
    }

    /// `blackouts`: a reason (or null) for each of the policy's blackouts, in order.
    fn blackout_reasons(
        &mut self,
        t: &Map<String, Value>,
        path: &str,
        count: usize,
    ) -> Vec<Option<String>> {
        let at = join(path, "blackouts");
        let given = self.list(t, path, "blackouts");
        if let Some(list) = t.get("blackouts").filter(|v| v.is_array()) {
            if given.len() != count {
                self.problem(
                    &at,
                    &format!(
                        "a list of {count} (a reason, or null for its own, for each of the policy's blackouts)"
                    ),
                    describe(list),
                );
            }
        }
        given
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::Null => None,
                Value::String(s) if !s.trim().is_empty() => {
                    Some(self.bounded(&format!("{at}[{i}]"), "reason", s.trim()))
                }
                v => {
                    self.problem(
                        &format!("{at}[{i}]"),
                        "a non-empty string or null",
                        describe(v),
                    );
                    None
                }
            })
            .collect()
    }

    /// A translated text under `key` of `obj`: left out (or null) is `None`,
    /// an empty one a problem (it would blank the policy's own).
    fn translated(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if !s.trim().is_empty() => {
                Some(self.bounded(&join(path, key), key, s.trim()))
            }
            Some(v) => {
                self.problem(&join(path, key), "a non-empty string", describe(v));
                None
            }
        }
    }

    /// An object under `key` of `obj` that may be left out.
    fn inner_object<'a>(
        &mut self,
        obj: &'a Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Option<&'a Map<String, Value>> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => self.object(v, &join(path, key)),
        }
    }

    /// The entries of an object under `key` of `obj` whose keys name the
    /// policy's questions, acknowledgements or notes.
    fn keyed<'a>(
        &mut self,
        obj: &'a Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Vec<(&'a String, &'a Value)> {
        self.inner_object(obj, path, key)
            .map(|m| m.iter().collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests;
