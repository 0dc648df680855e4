//! JSON text that is not JSON, explained to the person who wrote it.
//!
//! Policies and requests arrive as text written by hand (a help-center admin's
//! policy file, a portal script's request). `serde_json` says where it
//! stopped and why in a parser's terms ("trailing comma at line 3 column 1");
//! [`parse`] keeps the place and says the why in plain words.

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

/// Where and why a text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1.
    pub column: usize,
    /// What is wrong there, in plain words, as a clause (no capital, no stop).
    pub problem: String,
    /// The catalog's message for the problem (`json-…`), when it is one
    /// the catalog words; else [`problem`](SyntaxError::problem) is all there is.
    pub id: Option<&'static str>,
}

impl SyntaxError {
    /// Where and why, in the language `messages` writes: `line 3, column 1: …`.
    pub fn message(&self, messages: &dyn crate::message::Messages) -> String {
        let problem = self
            .id
            .map_or_else(|| self.problem.clone(), |id| messages.format(id, &[]));
        messages.format(
            "json-at",
            &[
                // As digits: a line number is no quantity to group.
                ("line", self.line.to_string().into()),
                ("column", self.column.to_string().into()),
                ("problem", problem.into()),
            ],
        )
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.problem
        )
    }
}

impl std::error::Error for SyntaxError {}

impl From<serde_json::Error> for SyntaxError {
    fn from(e: serde_json::Error) -> Self {
        let text = e.to_string();
        // serde_json writes "<what> at line L column C": the place is kept
        // apart, so only the what is reworded.
        let what = text
            .rsplit_once(" at line ")
            .map_or(text.as_str(), |(what, _)| what);
        let (id, problem) = plain_words(what);
        SyntaxError {
            line: e.line(),
            // At a line break serde_json says column 0: the place is the line's start.
            column: e.column().max(1),
            problem,
            id,
        }
    }
}

/// serde_json's reasons, reworded for someone who does not write parsers,
/// with the catalog's id of the same words.
fn plain_words(what: &str) -> (Option<&'static str>, String) {
    let (id, plain) = match what {
        "EOF while parsing a list" => ("json-eof-list", "the text ends inside a list: a closing `]` is missing"),
        "EOF while parsing an object" => ("json-eof-object", "the text ends inside an object: a closing `}` is missing"),
        "EOF while parsing a string" => ("json-eof-string", "the text ends inside quotes: a closing `\"` is missing"),
        "EOF while parsing a value" => ("json-eof-value", "the text ends where a value should be"),
        "expected `:`" => ("json-colon", "a colon `:` should follow the key"),
        "expected `,` or `]`" => ("json-comma-list", "a comma `,` or the list's closing `]` is missing"),
        "expected `,` or `}`" => ("json-comma-object", "a comma `,` or the object's closing `}` is missing"),
        "expected ident" => ("json-ident", "a word here must be `true`, `false` or `null`"),
        "expected value" => ("json-value", "a value should be here: text in double quotes, a number, `true`, `false`, `null`, a list or an object"),
        "key must be a string" => ("json-key", "a key should be here, in double quotes"),
        "trailing comma" => ("json-trailing-comma", "a comma stands before a closing bracket: remove it"),
        "trailing characters" => ("json-trailing", "there is more text after the end of the JSON"),
        "invalid escape" => ("json-escape", "a backslash in quotes starts an unknown escape (write `\\\\` for a backslash)"),
        "invalid number" => ("json-number", "a number is not written as JSON writes numbers"),
        "number out of range" => ("json-number-range", "a number is too large"),
        "recursion limit exceeded" => ("json-depth", "lists and objects are nested more than 128 deep"),
        w if w.starts_with("control character") => ("json-control", "a line break or tab inside quotes must be written `\\n` or `\\t`"),
        other => return (None, other.to_string()),
    };
    (Some(id), plain.to_string())
}

/// Parses JSON text.
///
/// # Errors
/// A [`SyntaxError`] with the line and column where the text stops being
/// JSON, and why in plain words.
///
/// # Example
/// ```
/// use refresh_request_core::json_syntax::parse;
/// let err = parse("{\n  \"id\": \"acme\",\n}").unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "line 3, column 1: a comma stands before a closing bracket: remove it"
/// );
/// ```
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    serde_json::from_str(text).map_err(SyntaxError::from)
}

/// Parses JSON text as [`parse`] does, and lists each key given twice in one
/// object by its path (`windows.count`, `questions[2].key`): JSON allows it,
/// and keeps the last value without a word, where a person who wrote the
/// key twice meant one of them.
///
/// # Errors
/// As [`parse`].
///
/// # Example
/// ```
/// use refresh_request_core::json_syntax::parse_listing_repeats;
/// let (doc, repeats) = parse_listing_repeats(r#"{"windows": {"count": 1, "count": 2}}"#).unwrap();
/// assert_eq!(doc["windows"]["count"], 2);
/// assert_eq!(repeats, ["windows.count"]);
/// ```
pub fn parse_listing_repeats(text: &str) -> Result<(Value, Vec<String>), SyntaxError> {
    let mut repeats = Vec::new();
    let mut reader = serde_json::Deserializer::from_str(text);
    let value = Tracked {
        path: String::new(),
        repeats: &mut repeats,
    }
    .deserialize(&mut reader)?;
    reader.end()?;
    Ok((value, repeats))
}

/// A value being read at `path`, noting repeated keys: serde_json's own
/// reader (its errors, its nesting limit), building the same [`Value`].
struct Tracked<'a> {
    path: String,
    repeats: &'a mut Vec<String>,
}

impl<'de> DeserializeSeed<'de> for Tracked<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, reader: D) -> Result<Value, D::Error> {
        reader.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Tracked<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::from(n))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::from(n))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        Ok(Value::from(n))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Value, A::Error> {
        let Tracked { path, repeats } = self;
        let mut out = Vec::new();
        loop {
            let item = Tracked {
                path: format!("{path}[{}]", out.len()),
                repeats: &mut *repeats,
            };
            match items.next_element_seed(item)? {
                Some(v) => out.push(v),
                None => return Ok(Value::Array(out)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Value, A::Error> {
        let Tracked { path, repeats } = self;
        let mut out = Map::new();
        while let Some(key) = entries.next_key::<String>()? {
            let at = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            let value = entries.next_value_seed(Tracked {
                path: at.clone(),
                repeats: &mut *repeats,
            })?;
            if out.insert(key, value).is_some() {
                repeats.push(at);
            }
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> String {
        parse(text).map_or_else(|e| e.to_string(), |v| format!("parsed: {v}"))
    }

    #[test]
    fn each_mistake_is_named_where_it_is() {
        let cases = [
            "{\"a\": [1, 2",
            "{\"a\": 1",
            "{\"a\": \"b",
            "{\"a\":",
            "{\"a\" 1}",
            "[1 2]",
            "{\"a\": 1 \"b\": 2}",
            "{\"a\": tru}",
            "{\"a\": }",
            "{a: 1}",
            "{\"a\": 1,}",
            "{} x",
            "\"\\q\"",
            "-",
            "\"a\nb\"",
        ];
        let out: Vec<String> = cases.iter().map(|c| problem(c)).collect();
        insta::assert_snapshot!(out.join("\n"), @r#"
        line 1, column 11: the text ends inside a list: a closing `]` is missing
        line 1, column 7: the text ends inside an object: a closing `}` is missing
        line 1, column 8: the text ends inside quotes: a closing `"` is missing
        line 1, column 5: the text ends where a value should be
        line 1, column 6: a colon `:` should follow the key
        line 1, column 4: a comma `,` or the list's closing `]` is missing
        line 1, column 9: a comma `,` or the object's closing `}` is missing
        line 1, column 10: a word here must be `true`, `false` or `null`
        line 1, column 7: a value should be here: text in double quotes, a number, `true`, `false`, `null`, a list or an object
        line 1, column 2: a key should be here, in double quotes
        line 1, column 9: a comma stands before a closing bracket: remove it
        line 1, column 4: there is more text after the end of the JSON
        line 1, column 3: a backslash in quotes starts an unknown escape (write `\\` for a backslash)
        line 1, column 1: the text ends where a value should be
        line 2, column 1: a line break or tab inside quotes must be written `\n` or `\t`
        "#);
    }

    #[test]
    fn repeated_keys_are_listed_by_path_and_the_value_is_unchanged() {
        let text = r#"{"a": 1, "b": [{"k": 1, "k": 2}, {"k": 3}], "a": {"x": null, "x": [1.5, "s", true]}}"#;
        let (value, repeats) = parse_listing_repeats(text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(repeats, ["b[0].k", "a.x", "a"]);
        assert_eq!(Ok(value), parse(text));
        for broken in ["{\"a\": 1,}", "[1 2]", &"[".repeat(10_000), "{} x"] {
            assert_eq!(
                parse_listing_repeats(broken).map(|(v, _)| v),
                parse(broken),
                "{broken}"
            );
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_followed() {
        let deep = "[".repeat(10_000);
        assert_eq!(
            problem(&deep),
            "line 1, column 128: lists and objects are nested more than 128 deep"
        );
    }
}
