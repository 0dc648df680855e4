//! JSON: the one data format the app reads (policies, requests, drafts, share
//! links) and writes (the JSON ticket, the answers of `window.RefreshRequest`).
//!
//! A small tree ([`Value`]), a parser with messages that say where and what
//! was expected ([`parse`]), and two writers ([`Value`]'s `Display`, compact,
//! and [`to_string_pretty`]). It replaces `serde_json` in the wasm: the app
//! only ever walks a tree by hand (the policy and request readers report each
//! problem on its own path), so serde's generic machinery was ~10 KB of
//! brotli bought for nothing. Behaviour follows `serde_json` where users can
//! see it: objects keep their keys sorted (a later duplicate key wins), and
//! the writers give the same bytes (tested against `serde_json`).
//!
//! Numbers keep the literal text they were written with: nothing here does
//! arithmetic on a JSON number, readers ask for whole numbers
//! ([`Number::as_u64`]) and messages quote what the user wrote.

use std::fmt;

/// A JSON value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Value {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(Number),
    /// A string.
    String(String),
    /// A list.
    Array(Vec<Value>),
    /// An object.
    Object(Map),
}

/// A JSON number, kept as its (valid) literal text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number(String);

impl Number {
    /// The number as a `u64`, if it is written as a whole number that fits.
    pub fn as_u64(&self) -> Option<u64> {
        self.0.parse().ok()
    }

    /// The number as an `i64`, if it is written as a whole number that fits.
    pub fn as_i64(&self) -> Option<i64> {
        self.0.parse().ok()
    }
}

impl From<u64> for Number {
    fn from(n: u64) -> Self {
        Number(n.to_string())
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A JSON object: keys kept sorted and unique, like `serde_json`'s default
/// map, so output never depends on the order a reader inserted keys in.
/// A sorted list, not a `BTreeMap`: objects here have a handful of keys, and
/// std's B-tree is ~2.4 KB of brotli in the wasm. The form's typed text
/// (`Map<String>`) uses it too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Map<V = Value> {
    entries: Vec<(String, V)>,
}

impl<V> Default for Map<V> {
    fn default() -> Self {
        Map {
            entries: Vec::new(),
        }
    }
}

impl<V> Map<V> {
    /// An empty object.
    pub fn new() -> Self {
        Map::default()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    /// Where `key` is, by a linear scan: for the handful of keys an object
    /// has here, comparing lengths first beats a binary search's string
    /// comparisons (`validate` looks up a dozen keys per keystroke).
    fn position(&self, key: &str) -> Option<usize> {
        self.entries.iter().position(|(k, _)| k == key)
    }

    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.position(key).map(|i| &self.entries[i].1)
    }

    /// The value under `key`, to change it.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.position(key).map(|i| &mut self.entries[i].1)
    }

    /// The value under `key`, inserting `make()` first if there is none.
    pub fn get_or_insert_with(&mut self, key: String, make: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (key, make()));
                i
            }
        };
        &mut self.entries[i].1
    }

    /// Whether `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Sets `key` to `value`, returning what it replaced.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.find(key).ok().map(|i| self.entries.remove(i).1)
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no keys.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The keys and values, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The values, in key order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }

    /// Keeps only the entries `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&String, &V) -> bool) {
        self.entries.retain(|(k, v)| keep(k, v));
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.iter().map(|(k, _)| k)
    }
}

impl<V> IntoIterator for Map<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<V> FromIterator<(String, V)> for Map<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        let mut m = Map::new();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

impl Value {
    /// The text, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean, if this is `true` or `false`.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The number as a `u64`, if this is a whole number that fits.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    /// The number as an `i64`, if this is a whole number that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    /// The items, if this is a list.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The members, if this is an object.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The members, to change them, if this is an object.
    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// Whether this is an object.
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The member `key`, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object().and_then(|m| m.get(key))
    }
}

/// `value["key"]`: the member, or `null` when there is none (as in `serde_json`).
impl std::ops::Index<&str> for Value {
    type Output = Value;

    fn index(&self, key: &str) -> &Value {
        const NULL: &Value = &Value::Null;
        self.get(key).unwrap_or(NULL)
    }
}

impl PartialEq<bool> for Value {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Self {
        Value::Number(n.into())
    }
}

impl From<Vec<Value>> for Value {
    fn from(items: Vec<Value>) -> Self {
        Value::Array(items)
    }
}

impl From<Map> for Value {
    fn from(m: Map) -> Self {
        Value::Object(m)
    }
}

/// Compact JSON, as `serde_json::to_string` writes it.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        write(&mut out, self, None, 0);
        f.write_str(&out)
    }
}

/// Pretty JSON, as `serde_json::to_string_pretty` writes it: two spaces per
/// level, `"key": value`, empty lists and objects as `[]` and `{}`.
///
/// # Example
/// ```
/// use refresh_request::json::{parse, to_string_pretty};
/// let v = parse(r#"{"b": [1, true], "a": {}}"#).unwrap();
/// assert_eq!(to_string_pretty(&v), "{\n  \"a\": {},\n  \"b\": [\n    1,\n    true\n  ]\n}");
/// ```
pub fn to_string_pretty(value: &Value) -> String {
    let mut out = String::new();
    write(&mut out, value, Some(2), 0);
    out
}

fn newline(out: &mut String, indent: Option<usize>, level: usize) {
    if let Some(step) = indent {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', step * level));
    }
}

fn write(out: &mut String, value: &Value, indent: Option<usize>, level: usize) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.0),
        Value::String(s) => push_str(out, s),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(m) if m.is_empty() => out.push_str("{}"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, indent, level + 1);
                write(out, item, indent, level + 1);
            }
            newline(out, indent, level);
            out.push(']');
        }
        Value::Object(m) => {
            out.push('{');
            for (i, (k, v)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, indent, level + 1);
                push_str(out, k);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                write(out, v, indent, level + 1);
            }
            newline(out, indent, level);
            out.push('}');
        }
    }
}

/// Appends `s` as a JSON string, escaped exactly as serde_json does: `"` and
/// `\\`, the short forms `\b \t \n \f \r`, other control characters as
/// `\u00xx`, everything else (non-ASCII too) as it is. Runs that need no
/// escape are copied whole, found eight bytes at a time (messages are long
/// and rarely need an escape).
pub fn push_str(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        if let Some(chunk) = bytes[i..].first_chunk::<8>() {
            if !any_needs_escape(u64::from_le_bytes(*chunk)) {
                i += 8;
                continue;
            }
        }
        let short = match bytes[i] {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => {
                i += 1;
                continue;
            }
        };
        // `i` is at an ASCII byte, so both slices end on character boundaries.
        out.push_str(&s[start..i]);
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let b = bytes[i];
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(short);
        }
        i += 1;
        start = i;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Whether any of the eight bytes in `x` is a control character, `"` or `\\`
/// (the classic "has a zero / has a byte less than n" bit tricks: exact about
/// whether there is one, which is all this needs).
fn any_needs_escape(x: u64) -> bool {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH != 0;
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH != 0;
    let quote = has_zero(x ^ (ONES * u64::from(b'"')));
    let backslash = has_zero(x ^ (ONES * u64::from(b'\\')));
    below_space || quote || backslash
}

/// Why a text is not JSON, and where: `expected … at line L column C`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// What the parser expected there.
    pub expected: &'static str,
    /// What it found instead (`the end of the text`, `` `x` ``).
    pub found: String,
    /// The line, from 1.
    pub line: usize,
    /// The column in characters, from 1.
    pub column: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "expected {}, found {} at line {} column {}",
            self.expected, self.found, self.line, self.column
        )
    }
}

impl std::error::Error for ParseError {}

/// How deep lists and objects may nest: deeper text is refused, not
/// followed until the stack runs out (which would kill the page).
pub const MAX_DEPTH: usize = 128;

/// Parses JSON text (RFC 8259; surrounding whitespace allowed).
///
/// # Errors
/// A [`ParseError`] naming what was expected where, e.g. ``expected `,` or
/// `}`, found `"` at line 1 column 10`` for a missing comma.
///
/// # Example
/// ```
/// use refresh_request::json::parse;
/// let v = parse(r#"{"windows": ["2024-10-09T02:00Z"], "preserve_users": false}"#).unwrap();
/// assert_eq!(v["windows"][0].as_str(), Some("2024-10-09T02:00Z"));
/// assert_eq!(
///     parse("{\"a\": 1 \"b\": 2}").unwrap_err().to_string(),
///     "expected `,` or `}`, found `\"` at line 1 column 9"
/// );
/// ```
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut p = Parser {
        text,
        at: 0,
        depth: 0,
    };
    let v = p.value()?;
    p.space();
    if p.at < text.len() {
        return Err(p.error("the end of the text"));
    }
    Ok(v)
}

/// `value[i]`: the item, or `null` when there is none (as in `serde_json`).
impl std::ops::Index<usize> for Value {
    type Output = Value;

    fn index(&self, i: usize) -> &Value {
        const NULL: &Value = &Value::Null;
        self.as_array().and_then(|a| a.get(i)).unwrap_or(NULL)
    }
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn error(&self, expected: &'static str) -> ParseError {
        let before = &self.text[..self.at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let found = match self.text[self.at..].chars().next() {
            None => "the end of the text".to_string(),
            Some(c) if c.is_control() => format!("U+{:04X}", u32::from(c)),
            Some(c) => format!("`{c}`"),
        };
        ParseError {
            expected,
            found,
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }

    /// Consumes `b` if it is next.
    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        self.at += usize::from(hit);
        hit
    }

    fn value(&mut self) -> Result<Value, ParseError> {
        self.space();
        match self.peek() {
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error("a value")),
        }
    }

    fn nested(
        &mut self,
        f: fn(&mut Self) -> Result<Value, ParseError>,
    ) -> Result<Value, ParseError> {
        if self.depth == MAX_DEPTH {
            return Err(self.error("lists and objects nested at most 128 deep"));
        }
        self.depth += 1;
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn word(&mut self, word: &'static str, v: Value) -> Result<Value, ParseError> {
        for b in word.bytes() {
            if !self.eat(b) {
                return Err(self.error(match word {
                    "true" => "`true`",
                    "false" => "`false`",
                    _ => "`null`",
                }));
            }
        }
        Ok(v)
    }

    fn digits(&mut self) -> bool {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at > start
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.at;
        self.eat(b'-');
        if !self.eat(b'0') && !self.digits() {
            return Err(self.error("a digit"));
        }
        if self.eat(b'.') && !self.digits() {
            return Err(self.error("a digit after the decimal point"));
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _ = self.eat(b'+') || self.eat(b'-');
            if !self.digits() {
                return Err(self.error("a digit in the exponent"));
            }
        }
        Ok(Value::Number(Number(self.text[start..self.at].to_string())))
    }

    fn array(&mut self) -> Result<Value, ParseError> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.space();
            if self.eat(b']') {
                return Ok(Value::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.error("`,` or `]`"));
            }
        }
    }

    fn object(&mut self) -> Result<Value, ParseError> {
        self.at += 1;
        let mut m = Map::new();
        self.space();
        if self.eat(b'}') {
            return Ok(Value::Object(m));
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return Err(self.error("a key in double quotes"));
            }
            let key = self.string()?;
            self.space();
            if !self.eat(b':') {
                return Err(self.error("`:`"));
            }
            let v = self.value()?;
            m.insert(key, v);
            self.space();
            if self.eat(b'}') {
                return Ok(Value::Object(m));
            }
            if !self.eat(b',') {
                return Err(self.error("`,` or `}`"));
            }
        }
    }

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(n) => {
                self.at += 4;
                Ok(n)
            }
            None => Err(self.error("four hex digits after `\\u`")),
        }
    }

    /// Where the run of string bytes from `at` that need no attention ends
    /// (at `"`, `\\`, a control character or the end): eight bytes at a
    /// time, as the writer scans, since requests are mostly plain text.
    fn plain_run(&self, mut at: usize) -> usize {
        let bytes = self.text.as_bytes();
        while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
            if any_needs_escape(u64::from_le_bytes(*chunk)) {
                break;
            }
            at += 8;
        }
        while bytes
            .get(at)
            .is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20)
        {
            at += 1;
        }
        at
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            self.at = self.plain_run(start);
            let run = &self.text[start..self.at];
            match self.peek() {
                // Most strings have no escape: one exact allocation.
                Some(b'"') if out.is_empty() => {
                    self.at += 1;
                    return Ok(run.to_string());
                }
                Some(b'"') => {
                    self.at += 1;
                    out.push_str(run);
                    return Ok(out);
                }
                _ => out.push_str(run),
            }
            match self.peek() {
                Some(b'\\') => {
                    self.at += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            let c = self.unicode_escape()?;
                            out.push(c);
                            continue;
                        }
                        _ => return Err(self.error("an escape like `\\n`, `\\\"` or `\\u00e9`")),
                    };
                    self.at += 1;
                    out.push(c);
                }
                None => return Err(self.error("`\"` to close the string")),
                Some(_) => {
                    return Err(
                        self.error("a control character written as an escape like `\\n` or `\\t`")
                    )
                }
            }
        }
    }

    /// After `\u`: one code point, joining a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !(self.eat(b'\\') && self.eat(b'u')) {
                    return Err(self.error("`\\u` and the second half of a surrogate pair"));
                }
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    self.at -= 4;
                    return Err(
                        self.error("the second half of a surrogate pair (`\\uDC00` to `\\uDFFF`)")
                    );
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => {
                self.at -= 4;
                return Err(self.error("a code point, not the second half of a surrogate pair"));
            }
            n => n,
        };
        char::from_u32(code).ok_or_else(|| self.error("a valid code point"))
    }
}

/// Tests build values with `serde_json::json!` (serde_json is a dev-dependency only).
#[cfg(test)]
impl From<serde_json::Value> for Value {
    fn from(v: serde_json::Value) -> Self {
        match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => Value::Number(Number(n.to_string())),
            serde_json::Value::String(s) => Value::String(s),
            serde_json::Value::Array(a) => Value::Array(a.into_iter().map(Value::from).collect()),
            serde_json::Value::Object(m) => {
                Value::Object(m.into_iter().map(|(k, v)| (k, Value::from(v))).collect())
            }
        }
    }
}

/// `value["key"] = …` in tests (it panics on a non-object, as `serde_json`'s does).
#[cfg(test)]
impl std::ops::IndexMut<&str> for Value {
    fn index_mut(&mut self, key: &str) -> &mut Value {
        if self.is_null() {
            *self = Value::Object(Map::new());
        }
        match self {
            Value::Object(m) => m.get_or_insert_with(key.to_string(), || Value::Null),
            _ => panic!("index into a non-object"),
        }
    }
}

/// `json!({…})` in tests: `serde_json::json!`, as a [`Value`].
#[cfg(test)]
macro_rules! json {
    ($($t:tt)+) => {
        $crate::json::Value::from(::serde_json::json!($($t)+))
    };
}
#[cfg(test)]
pub(crate) use json;

#[cfg(test)]
mod tests;
