//! The request and report contract (docs/policies.md), as pure functions: what `window.RefreshRequest`
//! exposes (`validate`, `ticket`, `policies`, `suggest`), testable natively.
//! The browser adapter only converts between JavaScript values and these.

use crate::field::Key;
use crate::finding::{Finding, Severity};
use crate::lang::Lang;
use crate::message::Messages;
use crate::policy::{builtins, Policy};
use crate::report::Report;
use crate::request::{policy_id, Request};
use crate::rule_id::RuleId;
use crate::rules::{self, Context};
use crate::suggest;
use crate::ticket::{self, Format, TicketError};
use chrono::NaiveDateTime;
use serde_json::Value;

/// The policies a page knows: the built-ins plus any an embedder added.
#[derive(Clone, Debug)]
pub struct Catalog {
    custom: Vec<Policy>,
    /// Built-ins given texts in more languages since ([`Catalog::add_builtin_texts`]).
    translated: Vec<Policy>,
    /// [`Catalog::request_keys`], listed again only when a policy is added: the page reads a
    /// request's keys by them on every check.
    keys: Vec<String>,
}

impl Default for Catalog {
    /// The built-ins.
    fn default() -> Self {
        let mut catalog = Catalog {
            custom: Vec::new(),
            translated: Vec::new(),
            keys: Vec::new(),
        };
        catalog.keys = catalog.list_request_keys();
        catalog
    }
}

/// Reads a request given as JSON text or already-parsed JSON.
pub enum Input<'a> {
    /// JSON text (`'{"policy": …}'`).
    Text(&'a str),
    /// Parsed JSON.
    Value(&'a Value),
    /// The keys of an object, one by one (what `window.RefreshRequest` reads
    /// from a JavaScript object: only the contract's keys, so an unknown key
    /// costs nothing, whatever it holds).
    Parts(&'a [(String, Part)]),
    /// No request at all (`validate()`).
    Missing,
}

/// One key's value, as read from a JavaScript object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// The value as JSON text.
    Json(String),
    /// A value JSON cannot carry, described for a message ("a BigInt").
    Unreadable(String),
}

/// The keys whose values JSON could not carry, with what each held.
type Unreadable = Vec<(String, String)>;

/// The `field.invalid` finding for a value JSON cannot carry.
fn unreadable_finding(key: &str, what: &str, m: &dyn Messages) -> Finding {
    Finding::on(
        RuleId::FieldInvalid,
        key,
        Severity::Error,
        m.format(
            "api-value-kind",
            &[("key", key.into()), ("found", what.into())],
        ),
    )
}

/// Puts the finding about each unreadable value in place of what the rules
/// said about its stand-in (a stand-in a policy ignores stays unreported,
/// like any key the policy does not use).
fn mark_unreadable(report: &mut Report, unreadable: &[(String, String)], m: &dyn Messages) {
    for (key, what) in unreadable {
        let on_key = |f: &Finding| {
            f.field.as_deref().is_some_and(|field| {
                field == key
                    || field
                        .strip_prefix(key.as_str())
                        .is_some_and(|rest| rest.starts_with('['))
            })
        };
        if let Some(at) = report.findings.iter().position(on_key) {
            report.findings.retain(|f| !on_key(f));
            let at = at.min(report.findings.len());
            report.findings.insert(at, unreadable_finding(key, what, m));
        }
    }
}

impl Input<'_> {
    fn parse(&self, m: &dyn Messages) -> Result<(Value, Unreadable), Finding> {
        let mut unreadable = Vec::new();
        let value = match self {
            Input::Missing => {
                return Err(Finding::general(
                    RuleId::FieldRequired,
                    Severity::Error,
                    m.format("api-request-missing", &[]),
                ))
            }
            Input::Parts(parts) => {
                let mut m = serde_json::Map::new();
                for (key, part) in parts.iter() {
                    let parsed = match part {
                        Part::Json(text) => crate::json_syntax::parse(text)
                            .map_err(|_| "text that is not JSON".to_string()),
                        Part::Unreadable(what) => Err(what.clone()),
                    };
                    match parsed {
                        Ok(v) => {
                            m.insert(key.clone(), v);
                        }
                        Err(what) => {
                            // A stand-in of the wrong type: the rules report the key
                            // as invalid (not missing), and the message is then ours.
                            m.insert(key.clone(), Value::Object(serde_json::Map::new()));
                            unreadable.push((key.clone(), what));
                        }
                    }
                }
                Value::Object(m)
            }
            Input::Text(s) => crate::json_syntax::parse(s).map_err(|e| {
                Finding::general(
                    RuleId::FieldInvalid,
                    Severity::Error,
                    m.format("api-request-json", &[("at", e.message(m).into())]),
                )
            })?,
            Input::Value(v) => (*v).clone(),
        };
        if value.is_object() {
            Ok((value, unreadable))
        } else {
            Err(Finding::general(
                RuleId::FieldInvalid,
                Severity::Error,
                m.format("api-request-object", &[]),
            ))
        }
    }
}

impl Catalog {
    /// Adds (or replaces, by id) a custom policy.
    pub fn add(&mut self, policy: Policy) {
        self.custom.retain(|p| p.id != policy.id);
        self.custom.push(policy);
        self.keys = self.list_request_keys();
    }

    /// Gives the built-in policies their texts in `lang`: `texts` is
    /// `{"<policy id>": {…}}`, each value what a policy's `translations` holds for
    /// one language (how the page adds the `<tag>.policies.json` it fetches, its wasm
    /// carrying the built-ins without them). A built-in replaced by [`Catalog::add`]
    /// keeps its own texts; texts that do not load leave a policy as it was.
    pub fn add_builtin_texts(&mut self, lang: Lang, texts: &Value) {
        for builtin in builtins() {
            let Some(given) = texts.get(&builtin.id) else {
                continue;
            };
            // Inserted, not collected: a map collected from an iterator is sorted first, and
            // that sort's code would come into the page's wasm for this one entry.
            let mut doc = serde_json::Map::new();
            doc.insert(lang.tag().to_string(), given.clone());
            let doc = Value::Object(doc);
            let mut policy = self.builtin(&builtin.id).unwrap_or(builtin).clone();
            if policy.add_translations(&doc).is_ok() {
                self.translated.retain(|p| p.id != policy.id);
                self.translated.push(policy);
            }
        }
    }

    /// A built-in by id, with the texts added since.
    fn builtin(&self, id: &str) -> Option<&Policy> {
        self.translated
            .iter()
            .find(|p| p.id == id)
            .or_else(|| builtins().iter().find(|p| p.id == id))
    }

    /// Every policy: built-ins first, then custom ones.
    pub fn all(&self) -> impl Iterator<Item = &Policy> {
        builtins()
            .iter()
            .filter(|b| !self.custom.iter().any(|c| c.id == b.id))
            .filter_map(|b| self.builtin(&b.id))
            .chain(self.custom.iter())
    }

    /// A policy by id.
    pub fn get(&self, id: &str) -> Option<&Policy> {
        let id = id.trim();
        self.custom
            .iter()
            .find(|p| p.id == id)
            .or_else(|| self.builtin(id))
    }

    /// Every key a request can have for any of these policies (docs/policies.md,
    /// "Request JSON"): the only keys read from a JavaScript object.
    pub fn request_keys(&self) -> &[String] {
        &self.keys
    }

    fn list_request_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = crate::field::Key::ALL
            .iter()
            .map(|k| k.as_str().to_string())
            .collect();
        for p in self.all() {
            let own = p.questions.iter().map(|q| &q.key);
            for key in own.chain(p.acknowledgements.iter().map(|a| &a.key)) {
                if !keys.contains(key) {
                    keys.push(key.clone());
                }
            }
        }
        keys
    }

    /// `[{id, name, version, languages, desk_language}, …]`.
    pub fn policies(&self) -> Vec<PolicyListing<'_>> {
        self.all().map(PolicyListing::of).collect()
    }

    /// The policy a request names, or the finding that says why there is none.
    fn resolve(&self, input: &Value, m: &dyn Messages) -> Result<&Policy, Finding> {
        let known = || {
            self.all()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match input.get(Key::Policy.as_str()) {
            None | Some(Value::Null) => Err(Finding::on(
                RuleId::FieldRequired,
                Key::Policy,
                Severity::Error,
                m.format("api-policy-missing", &[("policies", known().into())]),
            )),
            Some(v) => match policy_id(input).and_then(|id| self.get(id)) {
                Some(p) => Ok(p),
                None => Err(Finding::on(
                    RuleId::FieldInvalid,
                    Key::Policy,
                    Severity::Error,
                    m.format(
                        "api-policy-unknown",
                        &[
                            (
                                "policy",
                                crate::excerpt::excerpt(
                                    &serde_json::to_string(v).unwrap_or_default(),
                                )
                                .into(),
                            ),
                            ("policies", known().into()),
                        ],
                    ),
                )),
            },
        }
    }

    /// Checks a request; never fails: unreadable input is a finding.
    /// Findings in English.
    #[cfg(feature = "fluent")]
    pub fn validate(&self, input: Input<'_>, now: NaiveDateTime) -> Report {
        self.validate_in(input, now, crate::message::english())
    }

    /// As [`Catalog::validate`], with findings in the customer's language
    /// `customer`.
    pub fn validate_in(
        &self,
        input: Input<'_>,
        now: NaiveDateTime,
        customer: &dyn Messages,
    ) -> Report {
        let (value, unreadable) = match input.parse(customer) {
            Ok(v) => v,
            Err(f) => return lone(f, now),
        };
        let mut report = match self.resolve(&value, customer) {
            Ok(policy) => rules::validate_in(policy, &value, now, customer),
            Err(f) => lone(f, now),
        };
        mark_unreadable(&mut report, &unreadable, customer);
        report
    }

    /// The ticket body in a format (`text`, `markdown`, `json`), carrying
    /// its request, in English.
    ///
    /// # Errors
    /// A [`TicketError`], whose message says what must be fixed first: the
    /// format is unknown ([`TicketError::UnknownFormat`]), the request cannot
    /// be read or names no known policy ([`TicketError::Unreadable`]), or it
    /// has errors ([`TicketError::NotReady`]).
    #[cfg(feature = "fluent")]
    pub fn ticket(
        &self,
        input: Input<'_>,
        format: &str,
        now: NaiveDateTime,
    ) -> Result<String, TicketError> {
        self.ticket_in(input, format, now, crate::message::english(), &|lang| {
            crate::message::in_lang(lang)
        })
    }

    /// As [`Catalog::ticket`]: what stands in its way in the customer's
    /// language `customer`, the ticket in the policy's desk language, whose
    /// messages `desk` gives.
    ///
    /// # Errors
    /// As [`Catalog::ticket`].
    pub fn ticket_in<'m>(
        &self,
        input: Input<'_>,
        format: &str,
        now: NaiveDateTime,
        customer: &dyn Messages,
        desk: &dyn Fn(Lang) -> &'m dyn Messages,
    ) -> Result<String, TicketError> {
        let format: Format = format.parse()?;
        let (value, unreadable) = input.parse(customer).map_err(TicketError::Unreadable)?;
        let policy = self.resolve(&value, customer).map_err(|f| {
            // The finding validate() would give: about an unreadable policy
            // value rather than an unknown policy, where that is the case.
            let mut report = lone(f.clone(), now);
            mark_unreadable(&mut report, &unreadable, customer);
            TicketError::Unreadable(report.findings.into_iter().next().unwrap_or(f))
        })?;
        // What must be fixed first, the customer reads.
        let mut report = rules::validate_in(policy, &value, now, customer);
        mark_unreadable(&mut report, &unreadable, customer);
        if !report.ready() {
            return Err(TicketError::not_ready(&report));
        }
        // The ticket, with the findings it lists, the desk reads.
        let desk = desk(policy.desk_language);
        let parsed = Request::read_in(policy, &value, desk);
        let mut report = rules::validate_in(policy, &value, now, desk);
        mark_unreadable(&mut report, &unreadable, desk);
        ticket::export_in(policy, &parsed.request, &report, format, desk)
    }

    /// The suggested subject line, when the request can be read, in the
    /// policy's desk language, whose messages `desk` gives.
    pub fn subject_in<'m>(
        &self,
        input: Input<'_>,
        desk: &dyn Fn(Lang) -> &'m dyn Messages,
    ) -> Option<String> {
        let unread = &crate::message::Ids;
        let (value, _) = input.parse(unread).ok()?;
        let policy = self.resolve(&value, unread).ok()?;
        let desk = desk(policy.desk_language);
        Some(ticket::subject_in(
            policy,
            &Request::read_in(policy, &value, desk).request,
            desk,
        ))
    }

    /// The earliest acceptable window starts (RFC 3339), as many as the policy wants.
    pub fn suggest(&self, input: Input<'_>, now: NaiveDateTime) -> Vec<String> {
        // No sentence is read here: the starts are all that comes out.
        let unread = &crate::message::Ids;
        let Ok((value, _)) = input.parse(unread) else {
            return Vec::new();
        };
        let Ok(policy) = self.resolve(&value, unread) else {
            return Vec::new();
        };
        let request = Request::read_in(policy, &value, unread).request;
        let ctx = Context::in_language(policy, &request, now, unread);
        suggest::suggest(&ctx)
            .into_iter()
            .map(crate::instant::to_rfc3339)
            .collect()
    }
}

fn lone(finding: Finding, now: NaiveDateTime) -> Report {
    Report {
        findings: vec![finding],
        earliest_start: now,
        latest_start: None,
        submitted_at: now,
    }
}

/// A policy as `policies()` and the service's `/v1/policies` list it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct PolicyListing<'a> {
    /// The policy's id, e.g. `veson-imos`.
    pub id: &'a str,
    /// Its display name, in the language its texts are written in.
    pub name: &'a str,
    /// Its version.
    pub version: &'a str,
    /// The languages its own texts can be read in (language tags): the one they are
    /// written in, then each of its translations'. The form's own words come in every
    /// language it speaks, whatever this says.
    pub languages: Vec<&'static str>,
    /// The language its tickets are written in, whatever the customer reads.
    pub desk_language: &'static str,
}

impl<'a> PolicyListing<'a> {
    /// The listing of `policy`.
    pub fn of(policy: &'a Policy) -> Self {
        PolicyListing {
            id: &policy.id,
            name: &policy.name,
            version: &policy.version,
            languages: policy.languages().into_iter().map(Lang::tag).collect(),
            desk_language: policy.desk_language.tag(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instant::parse;

    fn now() -> NaiveDateTime {
        parse("2024-10-07T02:00Z").expect("now")
    }

    #[test]
    fn lists_the_builtins() {
        let c = Catalog::default();
        let ids: Vec<_> = c.policies().iter().map(|p| p.id).collect();
        assert_eq!(ids, ["veson-imos", "clarity-saas"]);
    }

    #[test]
    fn the_list_says_which_languages_a_policy_reads_in_and_its_desks() {
        let mut c = Catalog::default();
        let acme = r#"{"id": "acme", "name": "Acme", "version": "1", "desk_language": "de",
          "environments": {"source_label": "Source", "target_label": "Target"},
          "windows": {"count": 1, "duration_minutes": 60}, "notice": {"hours": 0},
          "translations": {"fr": {"name": "Acmé"}, "ja": {}}}"#;
        c.add(Policy::from_json(acme).expect("a policy"));
        let listed = serde_json::to_value(c.policies()).expect("JSON");
        assert_eq!(
            listed[2],
            serde_json::json!({"id": "acme", "name": "Acme", "version": "1",
                "languages": ["en", "fr", "ja"], "desk_language": "de"})
        );
        let every: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        assert_eq!(listed[0]["languages"], serde_json::json!(every));
        assert_eq!(listed[0]["desk_language"], "en");
    }

    #[test]
    fn built_ins_given_texts_in_a_language_are_quoted_in_it_unless_replaced() {
        let mut c = Catalog::default();
        let texts = serde_json::json!({
            "veson-imos": {"name": "Veson (neu)"},
            "clarity-saas": {"name": "Clarity (neu)"},
        });
        c.add_builtin_texts(Lang::De, &texts);
        let de = |c: &Catalog, id: &str| c.get(id).map(|p| p.in_language(Lang::De).name.clone());
        assert_eq!(de(&c, "veson-imos").as_deref(), Some("Veson (neu)"));
        // Another language keeps the first one's texts.
        c.add_builtin_texts(
            Lang::Fr,
            &serde_json::json!({"veson-imos": {"name": "Veson (nouveau)"}}),
        );
        assert_eq!(de(&c, "veson-imos").as_deref(), Some("Veson (neu)"));
        let fr = c
            .get("veson-imos")
            .map(|p| p.in_language(Lang::Fr).name.clone());
        assert_eq!(fr.as_deref(), Some("Veson (nouveau)"));
        // Texts that would not load change nothing; a vendor's own policy keeps its texts.
        c.add_builtin_texts(Lang::De, &serde_json::json!({"veson-imos": {"name": ""}}));
        assert_eq!(de(&c, "veson-imos").as_deref(), Some("Veson (neu)"));
        let own = r#"{"id": "clarity-saas", "name": "Clarity (ours)", "version": "1",
          "environments": {"source_label": "Source", "target_label": "Target"},
          "windows": {"count": 1, "duration_minutes": 60}, "notice": {"hours": 0}}"#;
        c.add(Policy::from_json(own).expect("a policy"));
        c.add_builtin_texts(Lang::De, &texts);
        assert_eq!(de(&c, "clarity-saas").as_deref(), Some("Clarity (ours)"));
    }

    /// The keys are listed once, and again when a policy is added: one added after the
    /// first check has its own keys read from a script's request.
    #[test]
    fn a_policy_added_later_brings_its_keys() {
        let mut c = Catalog::default();
        assert!(!c.request_keys().iter().any(|k| k == "ack_backup"));
        let acme = r#"{"id": "acme", "name": "Acme", "version": "1",
          "environments": {"source_label": "Source", "target_label": "Target"},
          "windows": {"count": 1, "duration_minutes": 60}, "notice": {"hours": 0},
          "questions": [{"key": "ticket_ref", "label": "Ticket"}],
          "acknowledgements": [{"key": "ack_backup", "rule": "ack.backup", "label": "Backed up"}]}"#;
        c.add(Policy::from_json(acme).expect("a policy"));
        for key in ["ticket_ref", "ack_backup"] {
            assert!(c.request_keys().iter().any(|k| k == key), "{key}");
        }
    }

    #[test]
    fn bad_input_is_a_finding_not_a_failure() {
        let c = Catalog::default();
        for text in [
            "",
            "nope",
            "[]",
            "42",
            "{\"policy\": 3}",
            "{\"policy\": \"acme\"}",
            "{}",
        ] {
            let r = c.validate(Input::Text(text), now());
            assert!(!r.ready(), "{text}");
            assert_eq!(r.findings.len(), 1, "{text}");
        }
        let r = c.validate(Input::Text("{}"), now());
        insta::assert_snapshot!(r.findings[0].message, @"Name the vendor policy to check against: one of veson-imos, clarity-saas.");
        let r = c.validate(Input::Text("{\"policy\": \"acme\"}"), now());
        insta::assert_snapshot!(r.findings[0].message, @r#"Unknown policy "acme": use one of veson-imos, clarity-saas."#);
    }

    #[test]
    fn ticket_refuses_until_ready_and_names_the_problems() {
        let c = Catalog::default();
        let err = c
            .ticket(
                Input::Text(r#"{"policy": "veson-imos", "source": "A"}"#),
                "text",
                now(),
            )
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("The request is not ready: fix "), "{err}");
        assert!(
            err.contains("Enter the target environment / database name"),
            "{err}"
        );
        let err = c
            .ticket(Input::Text(r#"{"policy": "veson-imos"}"#), "pdf", now())
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "Unknown ticket format “pdf”: use text, markdown or json."
        );
    }

    #[test]
    fn a_refused_ticket_says_which_kind_of_reason_with_the_same_message() {
        let c = Catalog::default();
        let refusal = |text: &str, format: &str| {
            c.ticket(Input::Text(text), format, now())
                .expect_err("no ticket")
        };
        let err = refusal("nope", "text");
        assert!(
            matches!(&err, TicketError::Unreadable(f) if f.is(RuleId::FieldInvalid)),
            "{err:?}"
        );
        let err = refusal("{}", "text");
        assert!(matches!(&err, TicketError::Unreadable(_)), "{err:?}");
        assert_eq!(
            err.to_string(),
            "Name the vendor policy to check against: one of veson-imos, clarity-saas."
        );
        let err = refusal(r#"{"policy": "veson-imos"}"#, " PDF ");
        assert_eq!(err, TicketError::UnknownFormat("pdf".into()));
        let err = refusal(r#"{"policy": "veson-imos"}"#, "text");
        assert!(
            matches!(&err, TicketError::NotReady(errors) if !errors.is_empty()),
            "{err:?}"
        );
    }

    #[test]
    fn custom_policies_join_the_catalog() {
        let mut c = Catalog::default();
        let mut p = Policy::builtin("clarity-saas").expect("builtin").clone();
        p.id = "acme".into();
        p.name = "Acme".into();
        c.add(p);
        assert_eq!(c.policies().len(), 3);
        let r = c.validate(Input::Text(r#"{"policy": "acme"}"#), now());
        assert!(r
            .findings
            .iter()
            .any(|f| f.field.as_deref() == Some("source_url")));
    }
}

#[cfg(test)]
mod input_tests {
    use super::*;
    use crate::instant::parse;

    fn now() -> NaiveDateTime {
        parse("2024-10-07T02:00Z").expect("now")
    }

    fn part(json: &str) -> Part {
        Part::Json(json.into())
    }

    #[test]
    fn a_value_json_cannot_carry_is_invalid_on_its_key() {
        let c = Catalog::default();
        let parts = vec![
            ("policy".to_string(), part("\"veson-imos\"")),
            ("source".to_string(), part("\"ABCD_prod\"")),
            ("target".to_string(), Part::Unreadable("a BigInt".into())),
            (
                "windows".to_string(),
                Part::Unreadable("a value that contains itself".into()),
            ),
        ];
        let r = c.validate(Input::Parts(&parts), now());
        let on = |field: &'static str| -> Vec<(String, String)> {
            r.on_field(field)
                .map(|f| (f.rule.clone(), f.message.clone()))
                .collect()
        };
        assert_eq!(on("target"), [("field.invalid".to_string(), "The value of “target” is a BigInt, which a request cannot hold: give text, true / false, or a list of text.".to_string())]);
        assert_eq!(on("windows").len(), 1);
        assert!(on("windows")[0].1.contains("a value that contains itself"));
        assert!(!r.ready());
        // The ticket says the same.
        let err = c
            .ticket(Input::Parts(&parts), "text", now())
            .unwrap_err()
            .to_string();
        assert!(err.contains("is a BigInt"), "{err}");
        // An unreadable policy is named as such, not as an unknown one.
        let parts = vec![("policy".to_string(), Part::Unreadable("a BigInt".into()))];
        let r = c.validate(Input::Parts(&parts), now());
        assert_eq!(r.findings.len(), 1);
        assert!(r.findings[0].message.contains("“policy” is a BigInt"));
        let err = c
            .ticket(Input::Parts(&parts), "text", now())
            .unwrap_err()
            .to_string();
        assert!(err.contains("“policy” is a BigInt"), "{err}");
    }

    #[test]
    fn no_request_says_one_is_needed() {
        let r = Catalog::default().validate(Input::Missing, now());
        assert_eq!(r.findings.len(), 1);
        assert!(r.findings[0].is(RuleId::FieldRequired), "{r:?}");
        insta::assert_snapshot!(r.findings[0].message, @r#"A request is needed: pass an object like {"policy": "veson-imos", …}."#);
        assert!(Catalog::default().suggest(Input::Missing, now()).is_empty());
    }

    #[test]
    fn request_keys_are_the_contracts() {
        let catalog = Catalog::default();
        let keys = catalog.request_keys();
        for k in [
            "policy",
            "submitted_at",
            "windows",
            "window",
            "source_url",
            "ack_jobs",
            "copy_filestore",
        ] {
            assert!(keys.iter().any(|x| x == k), "{k}");
        }
        assert!(!keys.iter().any(|x| x == "extra"));
    }
}

/// The ticket is in the desk's language, whatever the customer reads.
#[cfg(test)]
mod desk_language {
    use super::*;
    use crate::instant::parse;
    use crate::message::in_lang;

    const MONDAY: &str = r#"{"policy": "veson-imos", "submitted_at": "2024-10-07T02:00Z",
      "source": "ABCD_prod", "target": "ABCD_test",
      "windows": ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]}"#;

    fn ticket(catalog: &Catalog) -> String {
        let now = parse("2024-10-07T02:00Z").expect("instant");
        catalog
            .ticket_in(Input::Text(MONDAY), "text", now, in_lang(Lang::De), &|l| {
                in_lang(l)
            })
            .expect("ready")
    }

    #[test]
    fn a_german_customer_gets_an_english_ticket_by_default() {
        let catalog = Catalog::default();
        let now = parse("2024-10-07T02:00Z").expect("instant");
        assert_eq!(
            ticket(&catalog),
            catalog
                .ticket(Input::Text(MONDAY), "text", now)
                .expect("ready")
        );
        assert!(ticket(&catalog).starts_with("Database refresh request — "));
    }

    #[test]
    fn a_german_desk_gets_a_german_ticket() {
        let mut policy = Policy::builtin("veson-imos").expect("built in").clone();
        policy.desk_language = Lang::De;
        let mut catalog = Catalog::default();
        catalog.add(policy);
        let german = ticket(&catalog);
        insta::assert_snapshot!(german);
        // Its subject too.
        let subject = catalog
            .subject_in(Input::Text(MONDAY), &|l| in_lang(l))
            .expect("a subject");
        assert!(german.contains("ABCD_prod"), "{german}");
        assert!(!subject.starts_with("Database refresh"), "{subject}");
    }
}
