//! The loader: a policy read part by part, in document order.

use super::reader::{describe, join, quoted, Reader};
use super::words::{MISMATCH, NAMING, VERSIONS_REQUIRED, VERSION_FORMAT};
use super::{
    unknown_keys, Acknowledgement, Blackout, Condition, Directions, EnvironmentNaming,
    Environments, Handoff, Note, NoticePeriod, PointInTime, Policy, PolicyError, PolicyProblem,
    ServiceHours, VersionFormat, Versions, VersionsRequired, Windows, YesNo,
};
use crate::finding::Severity;
use crate::label::thousands;
use crate::limits;
use chrono::NaiveDateTime;
use serde_json::{Map, Value};

/// One reader per part of a policy, each listing its problems with their
/// paths. [`Policy::from_value`] calls them in document order, so the
/// problems come in that order too.
impl Reader {
    /// `id`: lowercase letters, digits and dashes.
    fn id(&mut self, root: &Map<String, Value>) -> String {
        let id = self.text(root, "", "id");
        let well_formed = id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id.is_empty() && !well_formed {
            self.problem("id", "lowercase letters, digits and dashes", quoted(&id));
        }
        id
    }

    /// `environments`: naming, kinds, labels and examples.
    fn environments(&mut self, root: &Map<String, Value>) -> Environments {
        let empty = Map::new();
        let env = self.required_object(root, "environments", &empty);
        let naming = self.choice(
            env,
            "environments",
            "naming",
            &NAMING,
            EnvironmentNaming::Name,
        );
        Environments {
            naming,
            kinds: self.strings(env, "environments", "kinds"),
            source_label: self.text(env, "environments", "source_label"),
            target_label: self.text(env, "environments", "target_label"),
            source_example: self.opt_text(env, "environments", "source_example"),
            target_example: self.opt_text(env, "environments", "target_example"),
        }
    }

    /// `windows`: how many, and how long each.
    fn windows(&mut self, root: &Map<String, Value>) -> Windows {
        let empty = Map::new();
        let win = self.required_object(root, "windows", &empty);
        let count = self.required_number(win, "windows", "count", (1, Windows::MAX as u64), 1);
        let duration = self.required_number(win, "windows", "duration_minutes", (15, 1440), 60);
        Windows {
            count: count.max(1) as usize,
            duration_minutes: duration.max(15),
        }
    }

    /// `service_hours`, if given: a start and end per season.
    fn service_hours(&mut self, root: &Map<String, Value>) -> Option<ServiceHours> {
        let sh = self.optional_object(root, "service_hours")?;
        Some(ServiceHours {
            summer: self.season_hours(sh, "summer"),
            winter: self.season_hours(sh, "winter"),
        })
    }

    /// `service_hours.<key>`: `{"start": "HH:MM", "end": "HH:MM"}`, end after start.
    fn season_hours(&mut self, sh: &Map<String, Value>, key: &str) -> (u32, u32) {
        let path = format!("service_hours.{key}");
        let Some(s) = self
            .get(sh, "service_hours", key)
            .and_then(|v| self.object(v, &path))
        else {
            return (0, 24 * 60);
        };
        let start = match self.get(s, &path, "start") {
            Some(v) => self.clock(v, &join(&path, "start")),
            None => 0,
        };
        let end = match self.get(s, &path, "end") {
            Some(v) => self.clock(v, &join(&path, "end")),
            None => 24 * 60,
        };
        if end <= start && end != 0 {
            self.problem(
                &join(&path, "end"),
                "a time after the start",
                format!("\"{:02}:{:02}\"", end / 60, end % 60),
            );
        }
        (start, end)
    }

    /// `notice`: exactly one of `business_days` or `hours`.
    fn notice(&mut self, root: &Map<String, Value>) -> NoticePeriod {
        let Some((v, n)) = self
            .get(root, "", "notice")
            .and_then(|v| Some((v, self.object(v, "notice")?)))
        else {
            return NoticePeriod::Hours(0);
        };
        match (n.get("business_days"), n.get("hours")) {
            (Some(d), None) => {
                NoticePeriod::BusinessDays(self.number(d, "notice.business_days", 0, 60))
            }
            (None, Some(h)) => NoticePeriod::Hours(self.number(h, "notice.hours", 0, 24 * 60)),
            _ => {
                self.problem(
                    "notice",
                    "exactly one of \"business_days\" or \"hours\"",
                    describe(v),
                );
                NoticePeriod::Hours(0)
            }
        }
    }

    /// `point_in_time`, if offered: its notice and how old a restore point may be.
    fn point_in_time(&mut self, root: &Map<String, Value>) -> Option<PointInTime> {
        let p = self.optional_object(root, "point_in_time")?;
        Some(PointInTime {
            notice_days: self.required_number(p, "point_in_time", "notice_days", (0, 365), 0),
            max_age_days: self.required_number(p, "point_in_time", "max_age_days", (1, 365), 1),
        })
    }

    /// `versions`: when they are asked (which needs `preserve_users` for
    /// `when_preserving_users`), their format, the mismatch's severity and an example.
    fn versions(&mut self, root: &Map<String, Value>, preserve_users: bool) -> Versions {
        let empty = Map::new();
        let ver = self.optional_object(root, "versions").unwrap_or(&empty);
        let required = self.choice(
            ver,
            "versions",
            "required",
            &VERSIONS_REQUIRED,
            VersionsRequired::Never,
        );
        if required == VersionsRequired::WhenPreservingUsers && !preserve_users {
            self.problem(
                "versions.required",
                "\"when_preserving_users\" only with \"preserve_users\": true",
                "\"preserve_users\": false".into(),
            );
        }
        let format = self.choice(
            ver,
            "versions",
            "format",
            &VERSION_FORMAT,
            VersionFormat::Text,
        );
        let mismatch = self.choice(ver, "versions", "mismatch", &MISMATCH, Severity::Error);
        Versions {
            required,
            format,
            mismatch,
            example: self.opt_text(ver, "versions", "example"),
        }
    }

    /// `directions`, if given: standard pairs and the production kind, all
    /// among the environments' kinds (which directions need).
    fn directions(&mut self, root: &Map<String, Value>, kinds: &[String]) -> Option<Directions> {
        let directions = self.optional_object(root, "directions").map(|d| {
            let standard = self.standard_pairs(d);
            let production = self.text(d, "directions", "production");
            for (i, (a, b)) in standard.iter().enumerate() {
                for k in [a, b] {
                    if !kinds.contains(k) {
                        self.problem(
                            &format!("directions.standard[{i}]"),
                            "kinds listed in environments.kinds",
                            quoted(k),
                        );
                    }
                }
            }
            if !production.is_empty() && !kinds.contains(&production) {
                self.problem(
                    "directions.production",
                    "a kind listed in environments.kinds",
                    quoted(&production),
                );
            }
            Directions {
                standard,
                production,
            }
        });
        if directions.is_some() && kinds.is_empty() {
            self.problem(
                "environments.kinds",
                "a list of kinds (directions need them)",
                "nothing".into(),
            );
        }
        directions
    }

    /// `directions.standard`: pairs of kinds.
    fn standard_pairs(&mut self, d: &Map<String, Value>) -> Vec<(String, String)> {
        let mut standard = Vec::new();
        for (i, pair) in self.list(d, "directions", "standard").iter().enumerate() {
            match pair.as_array().map(Vec::as_slice) {
                Some([Value::String(a), Value::String(b)]) => standard.push((a.clone(), b.clone())),
                _ => self.problem(
                    &format!("directions.standard[{i}]"),
                    "a pair of kinds like [\"PROD\", \"TEST\"]",
                    describe(pair),
                ),
            }
        }
        standard
    }

    /// `questions`: yes/no questions with a key, a label and a hint.
    fn questions(&mut self, root: &Map<String, Value>) -> Vec<YesNo> {
        self.each_object(root, "questions", |r, path, q| {
            Some(YesNo {
                key: r.text(q, path, "key"),
                label: r.text(q, path, "label"),
                hint: r.opt_text(q, path, "hint"),
            })
        })
    }

    /// `acknowledgements`: checklists, each asked always or after a yes to
    /// one of the `questions`, with an `ack.` rule id.
    fn acknowledgements(
        &mut self,
        root: &Map<String, Value>,
        questions: &[YesNo],
    ) -> Vec<Acknowledgement> {
        self.each_object(root, "acknowledgements", |r, path, a| {
            let when = match a.get("when") {
                None | Some(Value::Null) => None,
                Some(Value::String(k)) if questions.iter().any(|q| q.key == *k) => Some(k.clone()),
                Some(v) => {
                    r.problem(
                        &join(path, "when"),
                        "the key of one of the questions",
                        describe(v),
                    );
                    None
                }
            };
            let rule = r.text(a, path, "rule");
            if !rule.is_empty() && !rule.starts_with("ack.") {
                r.problem(
                    &join(path, "rule"),
                    "a rule id starting with \"ack.\"",
                    quoted(&rule),
                );
            }
            Some(Acknowledgement {
                key: r.text(a, path, "key"),
                rule,
                label: r.text(a, path, "label"),
                when,
                items: r.strings(a, path, "items"),
            })
        })
    }

    /// `notes`: an id, a text and an optional condition.
    fn notes(&mut self, root: &Map<String, Value>) -> Vec<Note> {
        self.each_object(root, "notes", |r, path, n| {
            let when = r.condition(n, path);
            Some(Note {
                id: r.text(n, path, "id"),
                text: r.text(n, path, "text"),
                when,
            })
        })
    }

    /// A note's `when`: `{"key": "…", "is": true|false}`, if given.
    fn condition(&mut self, note: &Map<String, Value>, path: &str) -> Option<Condition> {
        let v = note.get("when").filter(|v| !v.is_null())?;
        let read = v.as_object().and_then(|c| {
            let key = c.get("key").and_then(Value::as_str)?;
            let is = c.get("is").and_then(Value::as_bool)?;
            Some(Condition {
                key: key.to_string(),
                is,
            })
        });
        if read.is_none() {
            self.problem(
                &join(path, "when"),
                "{\"key\": \"…\", \"is\": true|false}",
                describe(v),
            );
        }
        read
    }

    /// `handoff`, if given: the vendor's support address (one `@`, no
    /// spaces) and a new-request URL template (`https://`, with a
    /// `{subject}` or `{body}` placeholder, else nothing would be prefilled).
    fn handoff(&mut self, root: &Map<String, Value>) -> Handoff {
        let Some(h) = self.optional_object(root, "handoff") else {
            return Handoff::default();
        };
        let email = Some(self.opt_text(h, "handoff", "email")).filter(|e| !e.is_empty());
        let url = Some(self.opt_text(h, "handoff", "url")).filter(|u| !u.is_empty());
        if let Some(e) = email.as_deref() {
            let address = e.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && !domain.is_empty() && !domain.contains('@')
            });
            if !address || e.chars().any(char::is_whitespace) {
                self.problem(
                    "handoff.email",
                    "an e-mail address like \"support@example.com\"",
                    quoted(e),
                );
            }
        }
        if let Some(u) = url.as_deref() {
            let https = u.len() > "https://".len()
                && u.get(..8)
                    .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
                && !u.chars().any(char::is_whitespace);
            // The host and port end at the first `/`, `?` or `#` (browsers read `\` as
            // `/` too): a placeholder before that would let the customer's text pick
            // where the hand-off goes.
            let authority = u
                .get(8..)
                .and_then(|rest| rest.split(['/', '\\', '?', '#']).next())
                .unwrap_or_default();
            if !https {
                self.problem("handoff.url", "an https:// address", quoted(u));
            } else if authority.contains(['{', '}']) {
                self.problem(
                    "handoff.url",
                    "an address whose host is fixed ({subject} and {body} only in its path, query or fragment)",
                    quoted(u),
                );
            } else if !u.contains("{subject}") && !u.contains("{body}") {
                self.problem(
                    "handoff.url",
                    "an address with a {subject} or {body} placeholder",
                    quoted(u),
                );
            }
        }
        Handoff { email, url }
    }

    /// An instant under `key` of `obj` that must be there, read as a request's are
    /// ([`crate::instant::parse`]: no offset means UTC).
    fn instant(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Option<NaiveDateTime> {
        let v = self.get(obj, path, key)?;
        let t = v.as_str().and_then(|s| crate::instant::parse(s).ok());
        if t.is_none() {
            self.problem(
                &join(path, key),
                "a UTC instant like \"2024-12-24T00:00:00Z\"",
                describe(v),
            );
        }
        t
    }

    /// `blackouts`: periods with no refresh, each `from` before `to`, with a reason.
    fn blackouts(&mut self, root: &Map<String, Value>) -> Vec<Blackout> {
        self.each_object(root, "blackouts", |r, path, b| {
            let from = r.instant(b, path, "from");
            let to = r.instant(b, path, "to");
            let reason = r.text(b, path, "reason");
            let (from, to) = (from?, to?);
            if to <= from {
                r.problem(
                    &join(path, "to"),
                    "an instant after \"from\"",
                    format!("\"{}\"", crate::instant::to_rfc3339(to)),
                );
                return None;
            }
            (!reason.is_empty()).then_some(Blackout { from, to, reason })
        })
    }

    /// The questions' and acknowledgements' keys: unique, and none of the
    /// request's own ([`crate::field::is_reserved`]).
    fn unique_keys(&mut self, questions: &[YesNo], acknowledgements: &[Acknowledgement]) {
        let mut seen: Vec<&str> = Vec::new();
        let keyed = questions
            .iter()
            .map(|q| ("questions", q.key.as_str()))
            .chain(
                acknowledgements
                    .iter()
                    .map(|a| ("acknowledgements", a.key.as_str())),
            );
        for (list, key) in keyed {
            if key.is_empty() {
                continue;
            }
            if crate::field::is_reserved(key) || seen.contains(&key) {
                self.problem(
                    list,
                    "keys that are unique and not a built-in request key",
                    format!("\"{key}\""),
                );
            }
            seen.push(key);
        }
    }
}

impl Policy {
    /// Reads and checks a policy from JSON.
    ///
    /// # Errors
    /// A [`PolicyError`] listing *every* problem (path, what was expected,
    /// what was found), so a help-center admin can fix them in one go.
    ///
    /// # Example
    /// ```
    /// use refresh_request_core::policy::Policy;
    /// let err = Policy::from_json(r#"{"id": "acme", "windows": {"count": "two"}}"#).unwrap_err();
    /// assert!(err.to_string().contains("windows.count: expected a whole number from 1 to 4, found \"two\""));
    /// ```
    pub fn from_json(text: &str) -> Result<Policy, PolicyError> {
        if text.len() > limits::POLICY_BYTES {
            return Err(PolicyError {
                policy: "(unnamed policy)".into(),
                problems: vec![PolicyProblem {
                    path: "(document)".into(),
                    expected: format!(
                        "a policy file of at most {} bytes ({} KB)",
                        thousands(limits::POLICY_BYTES),
                        limits::POLICY_BYTES / 1024
                    ),
                    found: format!("{} bytes", thousands(text.len())),
                }],
                more: 0,
            });
        }
        let (doc, repeats) =
            crate::json_syntax::parse_listing_repeats(text).map_err(|e| PolicyError {
                policy: "(unnamed policy)".into(),
                problems: vec![PolicyProblem {
                    path: "(document)".into(),
                    expected: "a JSON object".into(),
                    found: format!("invalid JSON at {e}"),
                }],
                more: 0,
            })?;
        Policy::read(&doc, &repeats)
    }

    /// As [`Policy::from_json`], from parsed JSON.
    ///
    /// # Errors
    /// As [`Policy::from_json`].
    pub fn from_value(doc: &Value) -> Result<Policy, PolicyError> {
        Policy::read(doc, &[])
    }

    /// Reads `doc`, whose text gave the keys at `repeats` twice (each one a problem).
    fn read(doc: &Value, repeats: &[String]) -> Result<Policy, PolicyError> {
        let mut r = Reader {
            problems: Vec::new(),
            more: 0,
        };
        for path in repeats {
            let key = path.rsplit('.').next().unwrap_or(path);
            r.problem(
                path,
                "each key once in its object",
                format!(
                    "\"{}\" given again (only its last value would count)",
                    crate::excerpt::excerpt(key)
                ),
            );
        }
        let empty = Map::new();
        let root = r.object(doc, "(document)").unwrap_or(&empty);
        // Read in document order: the problems are listed in the order read.
        let id = r.id(root);
        let name = r.text(root, "", "name");
        let version = r.text(root, "", "version");
        let summary = r.opt_text(root, "", "summary");
        let desk_language = r.desk_language(root);
        let language = r.language(root);
        let environments = r.environments(root);
        let windows = r.windows(root);
        let weekends_allowed = r.boolean(root, "", "weekends_allowed", true);
        let holiday_regions = r.boolean(root, "", "holiday_regions", false);
        let service_hours = r.service_hours(root);
        let notice = r.notice(root);
        let point_in_time = r.point_in_time(root);
        let preserve_users = r.boolean(root, "", "preserve_users", false);
        let versions = r.versions(root, preserve_users);
        let directions = r.directions(root, &environments.kinds);
        let questions = r.questions(root);
        let upgrade_date = r.boolean(root, "", "upgrade_date", false);
        let acknowledgements = r.acknowledgements(root, &questions);
        let notes = r.notes(root);
        r.unique_keys(&questions, &acknowledgements);
        let handoff = r.handoff(root);
        let blackouts = r.blackouts(root);
        let by_lang = r.translations(
            root,
            language,
            super::translations::Texts {
                questions: &questions,
                acknowledgements: &acknowledgements,
                notes: &notes,
                blackouts: &blackouts,
            },
        );
        let messages = r.messages(root);

        let policy = Policy {
            id: if id.is_empty() {
                "(unnamed policy)".into()
            } else {
                id
            },
            name,
            version,
            summary,
            desk_language,
            environments,
            windows,
            weekends_allowed,
            holiday_regions,
            service_hours,
            notice,
            point_in_time,
            preserve_users,
            versions,
            directions,
            questions,
            upgrade_date,
            acknowledgements,
            notes,
            handoff,
            blackouts,
            language,
            translations: super::Translations::new(by_lang),
            messages,
            warnings: unknown_keys(doc),
        };
        if r.problems.is_empty() {
            Ok(policy)
        } else {
            Err(PolicyError {
                // Named briefly: an over-long id is one of the problems, not the heading.
                policy: crate::excerpt::excerpt(&policy.id),
                problems: r.problems,
                more: r.more,
            })
        }
    }
}
