//! A policy's own wording of built-in messages (`messages`): per language, a
//! message id and a Fluent pattern that replaces the built-in message of that
//! id for this policy only, wherever the message appears (findings, the
//! ticket, its subject, its calendar file).
//!
//! The loader checks each one against the table of built-in messages that
//! build.rs reads from `locales/en.ftl` (the id exists, the pattern uses only
//! the variables the built-in message has) and against Fluent's syntax, read
//! natively by `fluent-syntax` and in the page by Fluent's JavaScript runtime
//! ([`read_fluent_with`]), so that the page's wasm carries no Fluent parser.

use super::reader::{describe, join, quoted, Reader};
use super::unknown_keys::nearest;
use crate::lang::Lang;
use crate::message::{Arg, Messages};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::sync::OnceLock;

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_messages.rs"));
}

/// The variables the built-in message `id` takes; `None` when no built-in
/// message has that id.
pub fn builtin_variables(id: &str) -> Option<&'static [&'static str]> {
    builtin::BUILTIN
        .binary_search_by(|(known, _)| (*known).cmp(id))
        .ok()
        .map(|at| builtin::BUILTIN[at].1)
}

/// Reads Fluent's syntax: what the loader asks of the runtime that will
/// format a policy's own wording.
pub trait FluentSyntax: Sync {
    /// Each message of `source` (Fluent syntax) with the variables its value
    /// uses; `None` when any part of it does not parse.
    fn messages(&self, source: &str) -> Option<Vec<(String, Vec<String>)>>;
}

static SYNTAX: OnceLock<&'static dyn FluentSyntax> = OnceLock::new();

/// Has the loader check a policy's wording with `syntax` (the page's, which
/// builds the core without Fluent's Rust runtime, registers Fluent's
/// JavaScript runtime before it reads a policy). Natively the core reads
/// Fluent's syntax itself; without either, a wording's syntax and variables
/// go unchecked (the JavaScript runtime then skips what it cannot read, and
/// the built-in message stays).
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

/// Fluent's syntax as the Rust runtime reads it.
#[cfg(all(feature = "fluent", not(target_arch = "wasm32")))]
struct Native;

#[cfg(all(feature = "fluent", not(target_arch = "wasm32")))]
impl FluentSyntax for Native {
    fn messages(&self, source: &str) -> Option<Vec<(String, Vec<String>)>> {
        crate::message::variables::of_catalog(source).map(|messages| {
            messages
                .into_iter()
                .map(|(id, vars)| (id, vars.into_iter().collect()))
                .collect()
        })
    }
}

/// One wording as a catalog entry: `id = pattern`, its later lines indented,
/// as Fluent continues a message on the next line.
fn entry(id: &str, pattern: &str) -> String {
    format!("{id} = {}\n", pattern.replace('\n', "\n    "))
}

/// A policy's own wording of built-in messages, by language.
#[derive(Clone, Default)]
pub struct Overrides {
    /// Each language's wording by message id, as the policy gives it.
    by_lang: BTreeMap<Lang, BTreeMap<String, String>>,
    /// Each language's wording as one catalog, which a runtime adds over
    /// the built-in one.
    sources: BTreeMap<Lang, String>,
    /// Natively, each language's messages with the policy's wording, made
    /// once for the policy, when Fluent's Rust runtime first formats one of
    /// them (the check service then formats many requests with them; the
    /// page's wasm, which formats with Fluent's JavaScript runtime, never
    /// links them).
    #[cfg(feature = "fluent")]
    bundles: std::sync::Arc<OnceLock<BTreeMap<Lang, crate::message::Fluent>>>,
}

impl Overrides {
    fn new(by_lang: BTreeMap<Lang, BTreeMap<String, String>>) -> Overrides {
        let sources: BTreeMap<Lang, String> = by_lang
            .iter()
            .map(|(lang, texts)| {
                let source = texts.iter().map(|(id, text)| entry(id, text)).collect();
                (*lang, source)
            })
            .collect();
        Overrides {
            by_lang,
            sources,
            #[cfg(feature = "fluent")]
            bundles: std::sync::Arc::default(),
        }
    }

    /// Whether the policy words no message its own way.
    pub fn is_empty(&self) -> bool {
        self.by_lang.is_empty()
    }

    /// The policy's wording of message `id` in `lang`, if it has one.
    pub fn get(&self, lang: Lang, id: &str) -> Option<&str> {
        self.by_lang.get(&lang)?.get(id).map(String::as_str)
    }

    /// The policy's wording in `lang` as one catalog in Fluent syntax, if it
    /// words any message in `lang`: what a runtime adds over the built-in
    /// catalog.
    pub fn source(&self, lang: Lang) -> Option<&str> {
        self.sources.get(&lang).map(String::as_str)
    }

    /// Each language with its wording by message id.
    pub fn by_lang(&self) -> impl Iterator<Item = (Lang, &BTreeMap<String, String>)> {
        self.by_lang.iter().map(|(lang, texts)| (*lang, texts))
    }

    /// Message `id` in `lang` as the policy words it, formatted by Fluent's
    /// Rust runtime; `None` when the policy does not word it.
    #[cfg(feature = "fluent")]
    pub fn format(&self, lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> Option<String> {
        self.get(lang, id)?;
        let bundles = self.bundles.get_or_init(|| {
            self.sources
                .iter()
                .map(|(lang, source)| {
                    let built_in = crate::message::catalog(*lang);
                    let fluent = crate::message::Fluent::from_sources(*lang, &[built_in, source]);
                    (*lang, fluent)
                })
                .collect()
        });
        let (text, _) = bundles.get(&lang)?.try_format(id, args)?;
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
        self.by_lang == other.by_lang
    }
}

impl Eq for Overrides {}

impl std::fmt::Debug for Overrides {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.by_lang.iter()).finish()
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
        if self.overrides.get(self.messages.lang(), id).is_some() {
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
    /// pattern>"}}`, each id a built-in message's, each pattern readable
    /// with only that message's variables.
    pub(super) fn messages(&mut self, root: &Map<String, Value>) -> Overrides {
        let Some(langs) = self.optional_object(root, "messages") else {
            return Overrides::default();
        };
        let mut by_lang = BTreeMap::new();
        for (tag, texts) in langs {
            let path = join("messages", tag);
            let Some(lang) = Lang::ALL.into_iter().find(|l| l.tag() == tag) else {
                let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
                self.problem(
                    &path,
                    &format!("a language tag, one of {}", tags.join(", ")),
                    quoted(tag),
                );
                continue;
            };
            let Some(texts) = self.object(texts, &path) else {
                continue;
            };
            let mut ours = BTreeMap::new();
            for (id, text) in texts {
                if let Some(text) = self.wording(&join(&path, id), id, text) {
                    ours.insert(id.clone(), text);
                }
            }
            if !ours.is_empty() {
                by_lang.insert(lang, ours);
            }
        }
        Overrides::new(by_lang)
    }

    /// One wording at `path` of message `id`, if it can be used.
    fn wording(&mut self, path: &str, id: &str, text: &Value) -> Option<String> {
        let Some(allowed) = builtin_variables(id) else {
            let ids: Vec<&str> = builtin::BUILTIN.iter().map(|(id, _)| *id).collect();
            let found = match nearest(id, &ids) {
                Some(near) => format!("{} (did you mean \"{near}\"?)", quoted(id)),
                None => quoted(id),
            };
            self.problem(path, "the id of a built-in message", found);
            return None;
        };
        let text = match text {
            Value::String(s) if !s.trim().is_empty() => self.bounded(path, "messages", s.trim()),
            v => {
                self.problem(path, "a message in Fluent syntax", describe(v));
                return None;
            }
        };
        let syntax = syntax()?;
        let read = syntax.messages(&entry(id, &text));
        let Some([(read_id, vars)]) = read.as_deref() else {
            self.problem(
                path,
                "a message in Fluent syntax (a variable as { $name }, a brace as {\"{\"})",
                quoted(&text),
            );
            return None;
        };
        if read_id != id {
            self.problem(path, "a message in Fluent syntax", quoted(&text));
            return None;
        }
        let unknown: Vec<&String> = vars
            .iter()
            .filter(|v| !allowed.contains(&v.as_str()))
            .collect();
        if !unknown.is_empty() {
            let named = |vars: &mut dyn Iterator<Item = &str>| {
                vars.map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
            };
            let expected = if allowed.is_empty() {
                "no variables (the built-in message has none)".to_string()
            } else {
                format!(
                    "only the built-in message's variables: {}",
                    named(&mut allowed.iter().copied())
                )
            };
            self.problem(
                path,
                &expected,
                named(&mut unknown.iter().map(|v| v.as_str())),
            );
            return None;
        }
        Some(text)
    }
}

#[cfg(all(test, feature = "fluent"))]
mod tests;
