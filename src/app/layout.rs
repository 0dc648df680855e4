//! What the form asks, as data: its sections and, in each, its fields —
//! label, hint, the text a field edits and its kind of control — built from
//! the policy by plain functions. One component draws any field
//! ([`super::field::Field`]), so the page's code does not grow with its
//! fields: written out one view per field, they cost ~5 KB brotli of wasm.
//! No browser types: tested natively.

use super::form::{FieldRef, Form};
use crate::i18n::Texts;
use refresh_request_core::field::Key;
use refresh_request_core::holidays::Region;
use refresh_request_core::message::Arg;
use refresh_request_core::policy::{EnvironmentNaming, Policy, VersionFormat, VersionsRequired};
use refresh_request_core::request::RefreshType;
use refresh_request_core::rules::windows::duration_in;

/// How a radio option's checked state is read from the raw text:
/// `(form, key, option's value)`.
pub type Matcher = fn(&Form, &str, &str) -> bool;

/// One option of a radio group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The value stored.
    pub value: &'static str,
    /// Its label.
    pub label: String,
    /// A hint under it ("" for none).
    pub hint: String,
}

/// A field's kind of control.
#[derive(Clone, Debug)]
pub enum Control {
    /// One line of text; `url` brings the URL keyboard on phones.
    Text {
        /// An `https://` address.
        url: bool,
    },
    /// A UTC instant typed as text, read back beside it.
    Instant {
        /// A window's length in minutes: the reading shows its span.
        span: Option<u32>,
        /// A bare date is accepted too (00:00 UTC).
        date_ok: bool,
    },
    /// A drop-down list of (value, text) pairs; `""` is the "choose" option.
    Select(Vec<(String, String)>),
    /// Radio buttons in a fieldset whose legend is the label.
    Radios {
        /// The options.
        choices: Vec<Choice>,
        /// Which option the raw text selects.
        checked: Matcher,
        /// Side by side (short answers like Yes / No).
        inline: bool,
    },
    /// A checkbox acknowledging the label, with the steps it covers.
    Checkbox(Vec<String>),
}

/// When a field is on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Always.
    Always,
    /// While a point-in-time refresh is chosen.
    PointInTime,
    /// While the policy asks for versions (it may depend on an answer).
    VersionsAsked,
    /// While the policy's acknowledgement number `i` is asked.
    Acknowledgement(usize),
}

impl Shown {
    /// Whether the field is shown for what was typed.
    pub fn holds(self, form: &Form, policy: &Policy) -> bool {
        match self {
            Shown::Always => true,
            Shown::PointInTime => form.point_in_time(policy),
            Shown::VersionsAsked => form.versions_asked(policy),
            Shown::Acknowledgement(i) => policy
                .acknowledgements
                .get(i)
                .is_some_and(|a| form.ack_asked(a)),
        }
    }
}

/// One field of the form.
#[derive(Clone, Debug)]
pub struct Spec {
    /// The path its findings use (`source`, `windows[1]`); its element ids derive from it.
    pub path: String,
    /// The text it edits.
    pub text: FieldRef,
    /// The visible label (a radio group's legend).
    pub label: String,
    /// A hint under the label ("" for none).
    pub hint: String,
    /// Its kind of control.
    pub control: Control,
    /// When it is on the page.
    pub shown: Shown,
    /// Whether its label, and its hint, are the policy's own texts (the vendor's, perhaps in
    /// another language than the page's): they take their own direction (`dir="auto"`).
    pub policy_texts: (bool, bool),
}

impl Spec {
    /// A field editing the built-in request key `key`.
    fn new(key: Key, label: impl Into<String>, hint: impl Into<String>, control: Control) -> Self {
        Spec::own(key.as_str(), label, hint, control)
    }

    /// A field editing one of the policy's own keys (a question, an acknowledgement).
    fn own(key: &str, label: impl Into<String>, hint: impl Into<String>, control: Control) -> Self {
        Spec {
            path: key.to_string(),
            text: FieldRef::Key(key.to_string()),
            label: label.into(),
            hint: hint.into(),
            control,
            shown: Shown::Always,
            policy_texts: (false, false),
        }
    }

    /// The same field, its label and its hint said to be the policy's texts or not.
    fn policy_texts(self, label: bool, hint: bool) -> Self {
        Spec {
            policy_texts: (label, hint),
            ..self
        }
    }

    /// The same field, shown only while `shown` holds.
    fn shown(self, shown: Shown) -> Self {
        Spec { shown, ..self }
    }
}

/// A part of a section.
#[derive(Clone, Debug)]
pub enum Part {
    /// A field.
    Field(Spec),
    /// A hint under the section's title.
    Intro(String),
    /// The time the rules are checked against, and planning mode's switch.
    Planning,
    /// The windows, in a fieldset.
    Windows {
        /// The question they answer.
        legend: String,
        /// The path of the findings on the whole list (several windows only).
        list: Option<&'static str>,
        /// One field per window.
        fields: Vec<Spec>,
    },
    /// The planning calendar, with "Suggest".
    Calendar,
}

/// A section of the form.
#[derive(Clone, Debug)]
pub struct Section {
    /// Its heading.
    pub title: String,
    /// What it holds, in order.
    pub parts: Vec<Part>,
}

impl Section {
    /// The field paths whose findings belong to this section, shown now or
    /// not (a hidden restore point still has its type checked). The windows
    /// answer for both spellings of their key: the request reader reports a
    /// wrong type on whichever was given.
    pub fn paths(&self) -> Vec<String> {
        let mut out = Vec::new();
        for part in &self.parts {
            match part {
                Part::Field(spec) => out.push(spec.path.clone()),
                Part::Planning => out.push(Key::SubmittedAt.into()),
                Part::Windows { fields, .. } => {
                    out.extend([Key::Window.into(), Key::Windows.into()]);
                    out.extend(fields.iter().map(|f| f.path.clone()));
                }
                Part::Intro(_) | Part::Calendar => {}
            }
        }
        out
    }

    /// Whether it holds the windows.
    pub fn has_windows(&self) -> bool {
        self.parts.iter().any(|p| matches!(p, Part::Windows { .. }))
    }
}

/// The visible label of the field at `path` in `policy`'s form (a window's
/// included), if the form has that field.
pub fn label_of(policy: &Policy, path: &str, t: Texts) -> Option<String> {
    sections(policy, t)
        .into_iter()
        .flat_map(|s| s.parts)
        .flat_map(|part| match part {
            Part::Field(spec) => vec![spec],
            Part::Windows { fields, .. } => fields,
            _ => Vec::new(),
        })
        .find(|spec| spec.path == path)
        .map(|spec| spec.label)
}

/// `For example, …`, or nothing without an example.
fn for_example(example: &str, t: Texts) -> String {
    if example.is_empty() {
        String::new()
    } else {
        t.f("for-example", &[("example", example.into())])
    }
}

/// Radios for a yes/no question; "no" is also the answer when nothing was given.
pub fn yes_no(key: &str, question: &str, hint: &str, t: Texts) -> Spec {
    let choice = |value, label: &str| Choice {
        value,
        label: label.into(),
        hint: String::new(),
    };
    Spec::own(
        key,
        question,
        hint,
        Control::Radios {
            choices: vec![choice("yes", &t.t("yes")), choice("no", &t.t("no"))],
            checked: yes_no_checked,
            inline: true,
        },
    )
}

/// Yes/no answers as the core reads them.
fn yes_no_checked(form: &Form, key: &str, value: &str) -> bool {
    match value {
        "yes" => form.yes(key) == Some(true),
        _ => form.no_or_unset(key),
    }
}

/// The refresh type as typed: standard unless point in time is asked for.
fn refresh_type_checked(form: &Form, key: &str, value: &str) -> bool {
    RefreshType::parse(form.get(key)).is_some_and(|t| t.as_str() == value)
}

/// A UTC instant field editing the request key `key`.
fn instant(key: Key, label: &str, hint: String, date_ok: bool) -> Spec {
    Spec::new(
        key,
        label,
        hint,
        Control::Instant {
            span: None,
            date_ok,
        },
    )
}

/// Planning mode's date: when the ticket would be raised.
pub fn planning_date(t: Texts) -> Spec {
    instant(
        Key::SubmittedAt,
        &t.t("planning-field"),
        t.t("planning-field-hint"),
        false,
    )
}

/// The environments: names or URLs, and their kinds if the policy has them.
fn environments(p: &Policy, t: Texts) -> Section {
    let env = &p.environments;
    let (sk, tk) = env.keys();
    let url = env.naming == EnvironmentNaming::Url;
    let mut parts = vec![
        Part::Field(
            Spec::new(
                sk,
                env.source_label.as_str(),
                for_example(&env.source_example, t),
                Control::Text { url },
            )
            .policy_texts(true, false),
        ),
        Part::Field(
            Spec::new(
                tk,
                env.target_label.as_str(),
                for_example(&env.target_example, t),
                Control::Text { url },
            )
            .policy_texts(true, false),
        ),
    ];
    if !env.kinds.is_empty() {
        let mut options = vec![(String::new(), t.t("choose"))];
        options.extend(env.kinds.iter().map(|k| (k.clone(), k.clone())));
        let kind =
            |key, label| Part::Field(Spec::new(key, label, "", Control::Select(options.clone())));
        parts.push(kind(Key::SourceKind, t.t("kind-of-source")));
        parts.push(kind(
            Key::TargetKind,
            t.f("kind-of-target", &[("side", side_word(p).into())]),
        ));
    }
    Section {
        title: t.t("environments"),
        parts,
    }
}

/// The policy's word for the second environment, as the catalog selects on it: `destination`
/// when its target label starts with "Destination", else `target`.
fn side_word(p: &Policy) -> &'static str {
    let first = p.environments.target_label.split_whitespace().next();
    if first.is_some_and(|w| w.eq_ignore_ascii_case("destination")) {
        "destination"
    } else {
        "target"
    }
}

/// Standard or point in time, and the restore point.
fn refresh_type(p: &Policy, t: Texts) -> Option<Section> {
    let pit = p.point_in_time?;
    let choices = vec![
        Choice {
            value: RefreshType::Standard.as_str(),
            label: t.t("refresh-type-standard"),
            hint: t.t("refresh-type-standard-hint"),
        },
        Choice {
            value: RefreshType::PointInTime.as_str(),
            label: t.t("refresh-type-pit"),
            hint: t.f(
                "refresh-type-pit-hint",
                &[
                    ("notice", Arg::from(pit.notice_days)),
                    ("age", Arg::from(pit.max_age_days)),
                ],
            ),
        },
    ];
    let kind = Spec::new(
        Key::RefreshType,
        t.t("refresh-type-question"),
        "",
        Control::Radios {
            choices,
            checked: refresh_type_checked,
            inline: false,
        },
    );
    let restore_point = instant(
        Key::RestorePoint,
        &t.t("restore-point"),
        t.t("restore-point-hint"),
        false,
    )
    .shown(Shown::PointInTime);
    Some(Section {
        title: t.t("refresh-type"),
        parts: vec![Part::Field(kind), Part::Field(restore_point)],
    })
}

/// When: planning mode, holidays, the windows and the calendar.
fn windows_section(p: &Policy, t: Texts) -> Section {
    let mut parts = vec![Part::Planning];
    if p.holiday_regions {
        let mut options = vec![(String::new(), t.t("holiday-region-none"))];
        options.extend(Region::ALL.iter().map(|r| {
            let name = t.t(&format!("region-{}", r.code()));
            (r.code().to_string(), format!("{name} ({})", r.code()))
        }));
        parts.push(Part::Field(Spec::new(
            Key::HolidayRegion,
            t.t("holiday-region"),
            t.t("holiday-region-hint"),
            Control::Select(options),
        )));
    }
    let w = p.windows;
    let span = Some(w.duration_minutes);
    let fields = (0..w.count)
        .map(|i| Spec {
            path: w.field(i),
            text: FieldRef::Window(i),
            label: if w.count == 1 {
                t.t("window-start-one")
            } else {
                t.f("window-start-n", &[("window", Arg::from(i + 1))])
            },
            hint: t.t("utc-hint"),
            control: Control::Instant {
                span,
                date_ok: false,
            },
            shown: Shown::Always,
            policy_texts: (false, false),
        })
        .collect();
    let duration = Arg::from(duration_in(w.duration_minutes, &t));
    let legend = if w.count == 1 {
        t.f("windows-legend-one", &[("duration", duration)])
    } else {
        t.f(
            "windows-legend-many",
            &[("count", Arg::from(w.count)), ("duration", duration)],
        )
    };
    parts.push(Part::Windows {
        legend,
        list: (w.count > 1).then(|| w.key().as_str()),
        fields,
    });
    parts.push(Part::Calendar);
    Section {
        title: t.t("when"),
        parts,
    }
}

/// Users and versions, and the next upgrade.
fn versions(p: &Policy, t: Texts) -> Option<Section> {
    let asks_versions = p.versions.required != VersionsRequired::Never;
    if !(p.preserve_users || asks_versions || p.upgrade_date) {
        return None;
    }
    let mut parts = Vec::new();
    if p.preserve_users {
        parts.push(Part::Field(yes_no(
            Key::PreserveUsers.as_str(),
            &t.t("preserve-users"),
            &t.t("preserve-users-hint"),
            t,
        )));
    }
    if asks_versions {
        let example = &p.versions.example;
        let hint = if example.is_empty() {
            String::new()
        } else if p.versions.format == VersionFormat::ReleasePatch {
            t.f("with-build-example", &[("example", example.into())])
        } else {
            for_example(example, t)
        };
        let version = |key, label| {
            Part::Field(
                Spec::new(key, label, hint.clone(), Control::Text { url: false })
                    .shown(Shown::VersionsAsked),
            )
        };
        parts.push(version(Key::SourceVersion, t.t("source-version")));
        parts.push(version(
            Key::TargetVersion,
            t.f("target-version", &[("side", side_word(p).into())]),
        ));
    }
    if p.upgrade_date {
        parts.push(Part::Field(instant(
            Key::NextUpgrade,
            &t.t("next-upgrade"),
            t.t("next-upgrade-hint"),
            true,
        )));
    }
    Some(Section {
        title: t.t(if p.preserve_users {
            "users-and-versions"
        } else {
            "versions"
        }),
        parts,
    })
}

/// The policy's yes/no questions.
fn questions(p: &Policy, t: Texts) -> Option<Section> {
    (!p.questions.is_empty()).then(|| Section {
        title: t.t("about-the-refresh"),
        parts: p
            .questions
            .iter()
            .map(|q| Part::Field(yes_no(&q.key, &q.label, &q.hint, t).policy_texts(true, true)))
            .collect(),
    })
}

/// The checklists to acknowledge.
fn checklist(p: &Policy, t: Texts) -> Option<Section> {
    if p.acknowledgements.is_empty() {
        return None;
    }
    let mut parts = vec![Part::Intro(t.t("checklist-hint"))];
    parts.extend(p.acknowledgements.iter().enumerate().map(|(i, a)| {
        Part::Field(
            Spec::own(
                &a.key,
                a.label.as_str(),
                "",
                Control::Checkbox(a.items.clone()),
            )
            .policy_texts(true, false)
            .shown(Shown::Acknowledgement(i)),
        )
    }));
    Some(Section {
        title: t.t("checklist"),
        parts,
    })
}

/// The form's sections for `policy`, in page order (the vendor picker comes before them).
pub fn sections(policy: &Policy, t: Texts) -> Vec<Section> {
    let mut out = vec![environments(policy, t)];
    out.extend(refresh_type(policy, t));
    out.push(windows_section(policy, t));
    out.extend(versions(policy, t));
    out.extend(questions(policy, t));
    out.extend(checklist(policy, t));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Texts {
        Texts(refresh_request_core::lang::Lang::En)
    }

    /// The field paths on the page, in order, for what was typed.
    fn paths_on_page(form: &Form, policy: &Policy) -> Vec<String> {
        let mut out = vec!["policy".to_string()];
        for part in sections(policy, en()).into_iter().flat_map(|s| s.parts) {
            match part {
                Part::Field(f) if f.shown.holds(form, policy) => out.push(f.path),
                Part::Planning if form.planning => out.push(planning_date(en()).path),
                Part::Windows { fields, list, .. } => {
                    out.push(list.unwrap_or("window").to_string());
                    out.extend(fields.into_iter().map(|f| f.path));
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn the_fields_come_in_the_order_the_error_summary_uses() {
        for id in ["veson-imos", "clarity-saas"] {
            let p = Policy::builtin(id).expect("builtin");
            let mut f = Form::new(p);
            assert_eq!(paths_on_page(&f, p), f.field_paths(p), "{id}, empty");
            f.planning = true;
            f.set("refresh_type", "pit".into());
            f.set("preserve_users", "yes".into());
            f.set("integrations", "yes".into());
            assert_eq!(paths_on_page(&f, p), f.field_paths(p), "{id}, all asked");
        }
    }

    #[test]
    fn a_field_is_found_by_its_path_windows_included() {
        let p = Policy::builtin("veson-imos").expect("builtin");
        assert_eq!(
            label_of(p, "windows[1]", en()).as_deref(),
            Some("Window 2 start")
        );
        assert_eq!(
            label_of(p, "target", en()).as_deref(),
            Some("Target environment / database name")
        );
        assert_eq!(label_of(p, "source_url", en()), None);
    }

    #[test]
    fn labels_and_hints_come_from_the_policy() {
        let p = Policy::builtin("clarity-saas").expect("builtin");
        let all: Vec<Spec> = sections(p, en())
            .into_iter()
            .flat_map(|s| s.parts)
            .filter_map(|part| match part {
                Part::Field(f) => Some(f),
                _ => None,
            })
            .collect();
        let label = |path: &str| {
            all.iter()
                .find(|f| f.path == path)
                .map(|f| (f.label.as_str(), f.hint.as_str()))
        };
        assert_eq!(
            label("source_url"),
            Some((
                "Source environment URL",
                "For example, https://acme.example.com"
            ))
        );
        assert_eq!(
            label("target_kind"),
            Some(("Kind of destination environment", ""))
        );
        assert_eq!(
            label("target_version"),
            Some((
                "Destination version",
                "With its build or patch, for example 16.2.1 Patch 3"
            ))
        );
        assert!(matches!(
            all.iter()
                .find(|f| f.path == "ack_integrations")
                .map(|f| f.shown),
            Some(Shown::Acknowledgement(_))
        ));
    }

    #[test]
    fn radios_read_the_raw_text_as_the_core_does() {
        let p = Policy::builtin("veson-imos").expect("builtin");
        let mut f = Form::new(p);
        assert!(refresh_type_checked(&f, "refresh_type", "standard"));
        f.set("refresh_type", "Point-in-time".into());
        assert!(refresh_type_checked(&f, "refresh_type", "point_in_time"));
        assert!(!refresh_type_checked(&f, "refresh_type", "standard"));
        assert!(yes_no_checked(&f, "preserve_users", "no"));
        f.set("preserve_users", "Yes".into());
        assert!(yes_no_checked(&f, "preserve_users", "yes"));
    }
}
