//! A policy's own wording of built-in messages (`messages`): per language, a
//! message id and a Fluent pattern that replaces the built-in message of that
//! id for this policy only, wherever the message appears (findings, the
//! ticket, its subject, its calendar file).
//!
//! The loader checks each one against the English catalog (the id is a
//! built-in message's, the pattern uses only the variables that message has)
//! and against Fluent's syntax, both read by the runtime that formats the
//! wording ([`FluentSyntax`]): natively `fluent-syntax` over
//! `locales/en.ftl`, in the page Fluent's JavaScript runtime over the English
//! catalog it already holds ([`read_fluent_with`]), so that the page's wasm
//! carries neither a Fluent parser nor a table of the messages. A holiday's
//! name (`holiday-name-…`, no variables) is checked against the holiday data
//! instead ([`holidays::name::is_id`]), which every build holds: the page's
//! English has no holiday names (it writes the data's own).

use super::reader::{describe, join, quoted, spoken, Reader};
use super::unknown_keys::nearest;
use crate::holidays;
use crate::lang::Lang;
use crate::message::{Arg, Messages};
use serde_json::{Map, Value};
use std::sync::OnceLock;

/// The built-in messages and Fluent's syntax, as the runtime that will format
/// a policy's own wording reads them: what the loader checks a wording with.
pub trait FluentSyntax: Sync {
    /// The variables the built-in message `id` takes, sorted; `None` when no
    /// built-in message has that id.
    fn variables(&self, id: &str) -> Option<Vec<String>>;

    /// Every built-in message's id, in any order (for the one most like a
    /// mistyped id).
    fn ids(&self) -> Vec<String>;

    /// The one message of `source` (Fluent syntax) with the variables its
    /// value uses, sorted; `None` unless all of `source` reads as exactly one
    /// message.
    fn message(&self, source: &str) -> Option<(String, Vec<String>)>;
}

static SYNTAX: OnceLock<&'static dyn FluentSyntax> = OnceLock::new();

/// Has the loader check a policy's wording with `syntax` (the page's, which
/// builds the core without Fluent's Rust runtime, registers Fluent's
/// JavaScript runtime before it reads a policy). Natively the core reads
/// its English catalog and Fluent's syntax itself; without either, a
/// wording goes unchecked (the JavaScript runtime then skips what it cannot
/// read, and the built-in message stays).
pub fn read_fluent_with(syntax: &'static dyn FluentSyntax) {
    let _ = SYNTAX.set(syntax);
}

fn syntax() -> Option<&'static dyn FluentSyntax> {
    if let Some(syntax) = SYNTAX.get() {
        return Some(*syntax);
    }
    // Not in the page's wasm: a workspace build turns `fluent` on there too (the command
    // wants it), and this would link Fluent's parser into the page, which registers its own.
    #[cfg(all(feature = "fluent", not(target_arch = "wasm32")))]
    return Some(&Native);
    #[cfg(not(all(feature = "fluent", not(target_arch = "wasm32"))))]
    None
}

/// The English catalog and Fluent's syntax as the Rust runtime reads them.
#[cfg(all(feature = "fluent", not(target_arch = "wasm32")))]
struct Native;

#[cfg(all(feature = "fluent", not(target_arch = "wasm32")))]
impl Native {
    /// Each built-in message's id with its variables, read once from `locales/en.ftl`.
    fn builtin() -> &'static [(String, Vec<String>)] {
        static BUILTIN: OnceLock<Vec<(String, Vec<String>)>> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let mut all = read(crate::message::catalog(Lang::En)).unwrap_or_default();
            let alike = written_alike();
            // The holidays' names are checked against the holiday data, as in the page.
            all.retain(|(id, _)| {
                !id.starts_with(holidays::name::PREFIX)
                    && !alike.iter().any(|start| id.starts_with(start.as_str()))
            });
            all
        })
    }
}

/// The starts of the ids of the messages written for every policy alike (the desk's report,
/// the loader's problems, the command's answers…), which a policy cannot word: the form
/// page's runtime leaves the same ones out of its English, so the page, whose loader asks
/// that runtime, refuses the same wordings.
#[cfg(all(feature = "fluent", not(target_arch = "wasm32")))]
fn written_alike() -> Vec<String> {
    let list: Value = serde_json::from_str(include_str!("../../locales/not-on-the-form-page.json"))
        .unwrap_or_default();
    list["prefixes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p.as_str().map(str::to_string))
        .collect()
}

#[cfg(all(feature = "fluent", not(target_arch = "wasm32")))]
impl FluentSyntax for Native {
    fn variables(&self, id: &str) -> Option<Vec<String>> {
        Native::builtin()
            .iter()
            .find(|(known, _)| known == id)
            .map(|(_, vars)| vars.clone())
    }

    fn ids(&self) -> Vec<String> {
        Native::builtin().iter().map(|(id, _)| id.clone()).collect()
    }

    fn message(&self, source: &str) -> Option<(String, Vec<String>)> {
        match <[_; 1]>::try_from(read(source)?) {
            Ok([one]) => Some(one),
            Err(_) => None,
        }
    }
}

/// Each message of `source` (Fluent syntax) with the variables its value uses, sorted;
/// `None` when any part of it does not parse.
#[cfg(all(feature = "fluent", not(target_arch = "wasm32")))]
fn read(source: &str) -> Option<Vec<(String, Vec<String>)>> {
    crate::message::variables::of_catalog(source).map(|messages| {
        messages
            .into_iter()
            .map(|(id, vars)| (id, vars.into_iter().collect()))
            .collect()
    })
}

/// One wording as a catalog entry: `id = pattern`, its later lines indented,
/// as Fluent continues a message on the next line.
fn entry(id: &str, pattern: &str) -> String {
    format!("{id} = {}\n", pattern.replace('\n', "\n    "))
}

/// A policy's own wording of built-in messages in one language.
#[derive(Clone, PartialEq, Eq, Debug)]
struct Worded {
    lang: Lang,
    /// The ids it words, sorted.
    ids: Vec<String>,
    /// Its wordings as one catalog in Fluent syntax, which a runtime adds over
    /// the built-in one.
    source: String,
}

/// A policy's own wording of built-in messages, by language.
#[derive(Clone, Default)]
pub struct Overrides {
    langs: Vec<Worded>,
    /// Natively, each language's messages with the policy's wording, made
    /// once for the policy, when Fluent's Rust runtime first formats one of
    /// them (the check service then formats many requests with them). Not in
    /// the page's wasm, which formats with Fluent's JavaScript runtime.
    #[cfg(all(feature = "fluent", not(target_arch = "wasm32")))]
    bundles: std::sync::Arc<OnceLock<Vec<(Lang, crate::message::Fluent)>>>,
}

impl Overrides {
    /// Whether the policy words no message its own way.
    pub fn is_empty(&self) -> bool {
        self.langs.is_empty()
    }

    /// Whether the policy words message `id` its own way in `lang`.
    pub fn words(&self, lang: Lang, id: &str) -> bool {
        self.langs
            .iter()
            .any(|w| w.lang == lang && w.ids.iter().any(|known| known == id))
    }

    /// The policy's wording in `lang` as one catalog in Fluent syntax, if it
    /// words any message in `lang`: what a runtime adds over the built-in
    /// catalog.
    pub fn source(&self, lang: Lang) -> Option<&str> {
        self.langs
            .iter()
            .find(|w| w.lang == lang)
            .map(|w| w.source.as_str())
    }

    /// Message `id` in `lang` as the policy words it, formatted by Fluent's
    /// Rust runtime; `None` when the policy does not word it.
    #[cfg(feature = "fluent")]
    pub fn format(&self, lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> Option<String> {
        if !self.words(lang, id) {
            return None;
        }
        let worded = |w: &Worded| {
            let sources = [crate::message::catalog(w.lang), w.source.as_str()];
            crate::message::Fluent::from_sources(w.lang, &sources)
        };
        #[cfg(not(target_arch = "wasm32"))]
        let (text, _) = {
            let bundles = self
                .bundles
                .get_or_init(|| self.langs.iter().map(|w| (w.lang, worded(w))).collect());
            let (_, fluent) = bundles.iter().find(|(l, _)| *l == lang)?;
            fluent.try_format(id, args)?
        };
        // The page formats with Fluent's JavaScript runtime and never comes here.
        #[cfg(target_arch = "wasm32")]
        let (text, _) = worded(self.langs.iter().find(|w| w.lang == lang)?).try_format(id, args)?;
        Some(text)
    }

    /// `messages` with this policy's wording: what every sentence written
    /// for this policy goes through.
    pub fn speak<'a>(&'a self, messages: &'a dyn Messages) -> Speech<'a> {
        Speech {
            messages,
            overrides: self,
        }
    }
}

impl PartialEq for Overrides {
    fn eq(&self, other: &Self) -> bool {
        self.langs == other.langs
    }
}

impl Eq for Overrides {}

impl std::fmt::Debug for Overrides {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.langs.fmt(f)
    }
}

/// Messages in one language with a policy's own wording ([`Overrides::speak`]).
#[derive(Clone, Copy)]
pub struct Speech<'a> {
    messages: &'a dyn Messages,
    overrides: &'a Overrides,
}

impl Messages for Speech<'_> {
    fn format(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        if self.overrides.words(self.messages.lang(), id) {
            self.messages.format_overridden(self.overrides, id, args)
        } else {
            self.messages.format(id, args)
        }
    }

    fn format_overridden(
        &self,
        overrides: &Overrides,
        id: &str,
        args: &[(&'static str, Arg)],
    ) -> String {
        self.messages.format_overridden(overrides, id, args)
    }

    fn lang(&self) -> Lang {
        self.messages.lang()
    }

    fn date_time(&self, t: chrono::NaiveDateTime) -> String {
        self.messages.date_time(t)
    }

    fn day(&self, d: chrono::NaiveDate) -> String {
        self.messages.day(d)
    }

    fn window(&self, start: chrono::NaiveDateTime, minutes: u32) -> String {
        self.messages.window(start, minutes)
    }

    fn label_in_sentence(&self, label: &str) -> String {
        self.messages.label_in_sentence(label)
    }
}

impl Reader {
    /// `messages`, if given: `{"<language tag>": {"<message id>": "<Fluent
    /// pattern>"}}`, each id a built-in message's or a holiday's name, each
    /// pattern readable with only that message's variables (a holiday's name
    /// has none).
    pub(super) fn messages(&mut self, root: &Map<String, Value>) -> Overrides {
        let mut langs = Vec::new();
        for (tag, texts) in self.optional_object(root, "messages").into_iter().flatten() {
            let path = join("messages", tag);
            let Some(lang) = Lang::ALL.into_iter().find(|l| l.tag() == tag) else {
                self.problem(&path, &format!("a language tag, {}", spoken()), quoted(tag));
                continue;
            };
            let mut worded = Worded {
                lang,
                ids: Vec::new(),
                source: String::new(),
            };
            // A JSON object's keys come sorted, so the ids do too.
            for (id, text) in self.object(texts, &path).into_iter().flatten() {
                if let Some(text) = self.wording(&join(&path, id), id, text) {
                    worded.ids.push(id.clone());
                    worded.source.push_str(&entry(id, &text));
                }
            }
            if !worded.ids.is_empty() {
                langs.push(worded);
            }
        }
        Overrides {
            langs,
            #[cfg(all(feature = "fluent", not(target_arch = "wasm32")))]
            bundles: std::sync::Arc::default(),
        }
    }

    /// One wording at `path` of message `id`, if it can be used.
    fn wording(&mut self, path: &str, id: &str, text: &Value) -> Option<String> {
        let syntax = syntax();
        let allowed = if id.starts_with(holidays::name::PREFIX) {
            if !holidays::name::is_id(id) {
                self.problem(
                    path,
                    "the id of a holiday of the holiday data, like \"holiday-name-christmas-day\"",
                    quoted(id),
                );
                return None;
            }
            Vec::new()
        } else {
            match syntax.map(|s| s.variables(id)) {
                Some(None) => {
                    let ids = syntax.map(|s| s.ids()).unwrap_or_default();
                    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                    let found = match nearest(id, &ids) {
                        Some(near) => format!("{} (did you mean \"{near}\"?)", quoted(id)),
                        None => quoted(id),
                    };
                    self.problem(path, "the id of a built-in message", found);
                    return None;
                }
                Some(Some(allowed)) => allowed,
                None => Vec::new(),
            }
        };
        let text = match text {
            Value::String(s) if !s.trim().is_empty() => self.bounded(path, "messages", s.trim()),
            v => {
                self.problem(path, "a message in Fluent syntax", describe(v));
                return None;
            }
        };
        let Some((_, vars)) = syntax?
            .message(&entry(id, &text))
            .filter(|(read, _)| read == id)
        else {
            self.problem(
                path,
                "a message in Fluent syntax (a variable as { $name }, a brace as {\"{\"})",
                quoted(&text),
            );
            return None;
        };
        let unknown: Vec<&String> = vars.iter().filter(|v| !allowed.contains(v)).collect();
        if !unknown.is_empty() {
            let named = |vars: &[&String]| {
                vars.iter()
                    .map(|v| format!("${v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let expected = if allowed.is_empty() {
                "no variables (the built-in message has none)".to_string()
            } else {
                let allowed: Vec<&String> = allowed.iter().collect();
                format!("only the built-in message's variables: {}", named(&allowed))
            };
            self.problem(path, &expected, named(&unknown));
            return None;
        }
        Some(text)
    }
}

#[cfg(all(test, feature = "fluent"))]
mod tests;
