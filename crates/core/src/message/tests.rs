//! The catalogs checked against English: every message in every language,
//! with the same variables, formatting without a problem.
use super::native::catalog;
use super::variables::of_pattern;
use super::{Arg, Fluent, Messages};
use crate::lang::Lang;
use fluent_syntax::ast::Entry;
use std::collections::{BTreeMap, BTreeSet};

/// Variables a translation may leave out because English only selects on
/// them, to choose a word the language does not distinguish. Each entry:
/// (message id, variable).
const SELECTOR_ONLY: &[(&str, &str)] = &[
    // English says "destination" or "target" as the policy names environments
    // (by URL or by name); the other languages use one word for both.
    ("env-same", "naming"),
];

/// Each message of a language's catalog with the variables it uses.
/// Panics (a failing test) on a syntax error or an id given twice.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(catalog(lang)) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{lang}.ftl does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                of_pattern(value, &mut vars);
            }
            let id = message.id.name.to_owned();
            assert!(
                out.insert(id.clone(), vars).is_none(),
                "{lang}.ftl gives {id} twice"
            );
        }
    }
    out
}

#[test]
fn every_language_has_every_english_message_with_its_variables() {
    let english = messages(Lang::En);
    assert!(
        english.len() > 200,
        "English has {} messages",
        english.len()
    );
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let theirs = messages(lang);
        for (id, vars) in &english {
            match theirs.get(id) {
                None => problems.push(format!("{lang}: {id} is missing")),
                Some(their_vars) => {
                    let allowed: BTreeSet<String> = SELECTOR_ONLY
                        .iter()
                        .filter(|(i, _)| i == id)
                        .map(|(_, v)| (*v).to_owned())
                        .collect();
                    let required: BTreeSet<String> = vars.difference(&allowed).cloned().collect();
                    if !(their_vars.is_subset(vars) && required.is_subset(their_vars)) {
                        problems.push(format!(
                            "{lang}: {id} uses {their_vars:?}, English {vars:?}"
                        ));
                    }
                }
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{lang}: {id} is not an English message"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Keywords messages select on, each value the core passes.
const KEYWORDS: &[(&str, &[&str])] = &[
    ("side", &["source", "target"]),
    ("naming", &["url", "name"]),
    ("season", &["summer", "winter"]),
    ("example", &["none", "e.g."]),
    ("paste_into", &["page", "embedded"]),
    ("expected", &["list", "one"]),
    ("what", &["json", "format", "version", "request"]),
];

const NUMBERS: [i64; 6] = [0, 1, 2, 5, 11, 21];

/// The message's variables, numbers as `n` and keywords as `keyword`'s
/// `choice`-th value.
fn sample_args(vars: &BTreeSet<String>, n: i64, choice: usize) -> Vec<(&'static str, Arg)> {
    vars.iter()
        .map(|var| {
            // Fluent's arguments are named by `&'static str`; the test's
            // names live for the test run.
            let name: &'static str = Box::leak(var.clone().into_boxed_str());
            let value = match KEYWORDS.iter().find(|(k, _)| *k == var) {
                Some((_, values)) => Arg::Text(values[choice % values.len()].to_owned()),
                None => Arg::Number(n),
            };
            (name, value)
        })
        .collect()
}

#[test]
fn every_message_of_every_language_formats_without_a_problem() {
    let english = messages(Lang::En);
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let fluent = Fluent::new(lang);
        for (id, vars) in &english {
            for n in NUMBERS {
                for choice in 0..2 {
                    match fluent.try_format(id, &sample_args(vars, n, choice)) {
                        None => problems.push(format!("{lang}: {id} has no value")),
                        Some((text, errors)) => {
                            if !errors.is_empty() {
                                problems.push(format!("{lang}: {id} with {n}: {errors:?}"));
                            }
                            if text.trim().is_empty() {
                                problems.push(format!("{lang}: {id} with {n} is empty"));
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn english_and_other_left_to_right_languages_carry_no_invisible_marks() {
    let english = messages(Lang::En);
    for lang in Lang::ALL {
        let fluent = Fluent::new(lang);
        let mut marked = 0;
        for (id, vars) in &english {
            let text = fluent.format(id, &sample_args(vars, 2, 0));
            if text.contains(['\u{2068}', '\u{2069}']) {
                assert!(lang.is_rtl(), "{lang}: {id}: {text:?}");
                marked += 1;
            }
        }
        // Right to left, the values put into sentences are isolated.
        assert_eq!(marked > 0, lang.is_rtl(), "{lang}");
    }
}

#[test]
fn a_message_a_catalog_lacks_is_english_then_its_id() {
    assert_eq!(
        Fluent::new(Lang::De).format("no-such-message", &[]),
        "no-such-message"
    );
    assert_eq!(
        super::english().format("severity-error", &[]),
        "Must be fixed"
    );
}

/// Plural forms of the messages that count, in languages whose plurals
/// differ from English's: Arabic (six forms), Brazilian Portuguese and
/// French (0 is singular), German, Japanese (one form).
#[test]
fn plural_forms() {
    const COUNTING: &[&str] = &[
        "window-count",
        "duration-hours",
        "duration-minutes",
        "api-not-ready",
        "policy-unknown-keys-more",
        "pit-max_age",
    ];
    let english = messages(Lang::En);
    for lang in [Lang::Ar, Lang::PtBr, Lang::Fr, Lang::De, Lang::Ja] {
        let fluent = Fluent::new(lang);
        let mut out = String::new();
        for id in COUNTING {
            let vars = &english[*id];
            for n in [0, 1, 2, 3, 5, 11, 21, 100, 102] {
                let args: Vec<(&'static str, Arg)> = sample_args(vars, n, 0);
                out.push_str(&format!("{id}[{n}]: {}\n", fluent.format(id, &args)));
            }
        }
        insta::assert_snapshot!(format!("plural_forms_{}", lang.tag()), out);
    }
}
