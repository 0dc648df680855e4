//! Customer-facing sentences come from catalogs, never from `format!`: the
//! core names a message by its Fluent id and gives its variables, and a
//! [`Messages`] writes it in one language.
//!
//! Natively (cargo feature `fluent`, on by default) [`Fluent`] formats with
//! Project Fluent's Rust runtime and the catalogs in `crates/core/locales/`,
//! embedded in the binary. The page builds the core without that feature
//! and passes its own [`Messages`], which formats the same catalogs with
//! Project Fluent's JavaScript runtime, so the Rust runtime is never in the
//! page's wasm.
//!
//! Ids: a rule id with each `.` turned into `-` (`env.same` → `env-same`),
//! and `--variant` when a rule has several messages (`env-same--host`).
//! Numbers are [`Arg::Number`] (they choose plural forms); dates, times,
//! durations' surroundings and lists are formatted by the caller and given as
//! [`Arg::Text`].

pub use crate::policy::Overrides;

/// One variable of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text put in as it is (a label, a value, a formatted date, a keyword a
    /// message selects on).
    Text(String),
    /// A number: the message may choose its plural form by it.
    Number(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Number(i64::from(n))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(i64::from(n))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        // No count the core makes comes near i64::MAX; saturate rather than wrap.
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// Writes the message `id` with its variables in one language.
pub trait Messages {
    /// The message's text. A message the catalog lacks is written in
    /// English when English has it, else as its id, never a panic.
    fn format(&self, id: &str, args: &[(&'static str, Arg)]) -> String;

    /// The language the messages are written in. Policy labels are
    /// lower-cased to stand mid-sentence only in English (German keeps its
    /// nouns capitalised, other scripts have no case).
    fn lang(&self) -> crate::lang::Lang {
        crate::lang::Lang::En
    }

    /// An instant as sentences show it: `Wed 9 Oct 2024 02:00 UTC` in
    /// English, `2024-10-09 02:00 UTC` in other languages (the page shows
    /// them in the reader's own way).
    fn date_time(&self, t: chrono::NaiveDateTime) -> String {
        if self.lang() == crate::lang::Lang::En {
            crate::instant::format_utc(t)
        } else {
            format!("{} UTC", crate::instant::to_field(t))
        }
    }

    /// A day as sentences show it: `Wed 9 Oct 2024`, or `2024-10-09`.
    fn day(&self, d: chrono::NaiveDate) -> String {
        if self.lang() == crate::lang::Lang::En {
            crate::instant::format_day(d)
        } else {
            crate::instant::to_iso_date(d)
        }
    }

    /// A window of `minutes` from `start`: `Wed 9 Oct 2024 02:00–04:00 UTC`,
    /// or `2024-10-09 02:00–04:00 UTC`.
    fn window(&self, start: chrono::NaiveDateTime, minutes: u32) -> String {
        if self.lang() == crate::lang::Lang::En {
            return crate::instant::format_window(start, minutes);
        }
        let end = start + chrono::Duration::minutes(i64::from(minutes));
        if end.date() == start.date() {
            format!(
                "{}–{} UTC",
                crate::instant::to_field(start),
                crate::instant::to_clock(end)
            )
        } else {
            format!(
                "{} – {} UTC",
                crate::instant::to_field(start),
                crate::instant::to_field(end)
            )
        }
    }

    /// The day of the week of `d`, named by the catalog's `weekday`.
    fn weekday(&self, d: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        self.format(
            "weekday",
            &[("day", d.weekday().number_from_monday().into())],
        )
    }

    /// The message `id` as a policy words it in this language (its
    /// `messages` key, [`Overrides`]), formatted by this runtime; the
    /// built-in message where the runtime cannot format a policy's wording.
    fn format_overridden(
        &self,
        overrides: &Overrides,
        id: &str,
        args: &[(&'static str, Arg)],
    ) -> String {
        let _ = overrides;
        self.format(id, args)
    }

    /// A policy label as this language puts it inside a sentence.
    fn label_in_sentence(&self, label: &str) -> String {
        if self.lang() == crate::lang::Lang::En {
            crate::label::in_sentence(label)
        } else {
            label.to_owned()
        }
    }
}

/// Writes each message as its id: for work whose sentences nobody reads
/// (the suggested starts, the calendar's open days), so that it needs no
/// catalog.
#[derive(Clone, Copy, Debug, Default)]
pub struct Ids;

impl Messages for Ids {
    fn format(&self, id: &str, _args: &[(&'static str, Arg)]) -> String {
        id.to_owned()
    }
}

#[cfg(feature = "fluent")]
pub(crate) use native::catalog;
#[cfg(feature = "fluent")]
pub use native::{english, in_lang, Fluent};

#[cfg(feature = "fluent")]
pub mod variables;

#[cfg(feature = "fluent")]
mod native {
    use super::{Arg, Messages};
    use crate::lang::Lang;
    use fluent_bundle::concurrent::FluentBundle;
    use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
    use std::sync::OnceLock;

    /// The core's catalog in `lang`, as the repository holds it.
    pub(crate) fn catalog(lang: Lang) -> &'static str {
        match lang {
            Lang::En => include_str!("../locales/en.ftl"),
            Lang::De => include_str!("../locales/de.ftl"),
            Lang::Fr => include_str!("../locales/fr.ftl"),
            Lang::Es => include_str!("../locales/es.ftl"),
            Lang::PtBr => include_str!("../locales/pt-BR.ftl"),
            Lang::Nl => include_str!("../locales/nl.ftl"),
            Lang::Da => include_str!("../locales/da.ftl"),
            Lang::Ja => include_str!("../locales/ja.ftl"),
            Lang::ZhHans => include_str!("../locales/zh-Hans.ftl"),
            Lang::Ar => include_str!("../locales/ar.ftl"),
        }
    }

    /// The core's messages in one language, formatted by `fluent-bundle`.
    ///
    /// Values put into a message are isolated with Unicode's bidi marks
    /// (FSI … PDI) only in right-to-left languages, where a left-to-right
    /// value (a host name, a version) would otherwise reorder the sentence
    /// around it; left-to-right output carries no invisible characters, so
    /// English reads exactly as it always has. The page's runtime is set the
    /// same way.
    pub struct Fluent {
        lang: Lang,
        bundle: FluentBundle<FluentResource>,
        /// English, for a message this language's catalog lacks.
        fallback: Option<&'static Fluent>,
    }

    impl Fluent {
        /// The core's messages in `lang`, from the embedded catalog.
        pub fn new(lang: Lang) -> Fluent {
            Fluent::with_catalog(lang, catalog(lang))
        }

        /// Messages in `lang` from several catalogs in Fluent syntax, in
        /// order: a message in a later one replaces an earlier one's of the
        /// same id (the page's catalog after the core's; a policy's own
        /// wording after the built-in catalog). Entries that do not parse are
        /// skipped (the catalog tests keep the repository's free of them).
        pub fn from_sources(lang: Lang, sources: &[&str]) -> Fluent {
            let id = lang
                .tag()
                .parse()
                .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(lang.is_rtl());
            for source in sources {
                let resource = FluentResource::try_new((*source).to_owned())
                    .unwrap_or_else(|(partial, _)| partial);
                bundle.add_resource_overriding(resource);
            }
            Fluent {
                lang,
                bundle,
                fallback: (lang != Lang::En).then(english),
            }
        }

        /// Messages from `source`, a catalog in Fluent syntax.
        fn with_catalog(lang: Lang, source: &str) -> Fluent {
            Fluent::from_sources(lang, &[source])
        }

        /// The language these messages are in.
        pub fn lang(&self) -> Lang {
            self.lang
        }

        /// The message's text and the problems Fluent met while formatting it
        /// (a missing variable, an unknown message): empty for a sound
        /// catalog. `None` when this catalog has no such message.
        pub fn try_format(
            &self,
            id: &str,
            args: &[(&'static str, Arg)],
        ) -> Option<(String, Vec<String>)> {
            let pattern = self.bundle.get_message(id)?.value()?;
            let mut fluent_args = FluentArgs::with_capacity(args.len());
            for (name, arg) in args {
                let value = match arg {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Number(n) => FluentValue::from(*n),
                };
                fluent_args.set(*name, value);
            }
            let mut errors = Vec::new();
            let text = self
                .bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
            Some((text, errors.iter().map(ToString::to_string).collect()))
        }
    }

    impl Messages for Fluent {
        fn lang(&self) -> Lang {
            self.lang
        }

        fn format_overridden(
            &self,
            overrides: &crate::policy::Overrides,
            id: &str,
            args: &[(&'static str, Arg)],
        ) -> String {
            overrides
                .format(self.lang, id, args)
                .unwrap_or_else(|| self.format(id, args))
        }

        fn format(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
            match self.try_format(id, args) {
                Some((text, _)) => text,
                None => match self.fallback {
                    Some(english) => english.format(id, args),
                    None => id.to_owned(),
                },
            }
        }
    }

    /// The core's messages in English, made once: what every caller that
    /// names no language gets (today's wording, byte for byte).
    pub fn english() -> &'static Fluent {
        in_lang(Lang::En)
    }

    /// The core's messages in `lang`, each catalog read once per process
    /// (the service answers many requests in the same few languages).
    pub fn in_lang(lang: Lang) -> &'static Fluent {
        static MADE: [OnceLock<Fluent>; Lang::ALL.len()] =
            [const { OnceLock::new() }; Lang::ALL.len()];
        let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        MADE[at].get_or_init(|| Fluent::with_catalog(lang, catalog(lang)))
    }
}

#[cfg(all(test, feature = "fluent"))]
mod tests;
