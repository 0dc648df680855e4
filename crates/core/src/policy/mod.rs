//! Policies: one vendor's rule set, as data. The rules in [`crate::rules`] are
//! generic and read every number from here; a policy is JSON, checked on load
//! so that a broken custom policy is reported whole, never half-applied.
//!
//! One concept per file: the model ([`Policy`] and its parts); the loader
//! ([`Policy::from_json`]), reading part by part with a reader that keeps
//! every problem with its path; the problems that refuse a policy
//! ([`PolicyError`]) and the warnings that do not ([`PolicyWarning`]); the
//! keys the loader knows ([`KNOWN_KEYS`]) and a warning for any other
//! ([`unknown_keys`]); the policies built into the page ([`builtins`]).

mod builtin;
mod loader;
mod messages;
mod model;
mod problems;
mod reader;
mod translations;
mod unknown_keys;
mod words;

pub use builtin::{builtins, BUILTIN_JSON};
pub use messages::{read_fluent_with, FluentSyntax, Overrides, Speech};
pub use model::{
    Acknowledgement, Blackout, Condition, Directions, EnvironmentNaming, Environments, Handoff,
    Note, NoticePeriod, PointInTime, Policy, ServiceHours, VersionFormat, Versions,
    VersionsRequired, Windows, YesNo,
};
pub use problems::{PolicyError, PolicyProblem, PolicyWarning};
pub use translations::{AcknowledgementText, ByKey, QuestionText, Translation, Translations};
pub use unknown_keys::{unknown_keys, KNOWN_KEYS};

#[cfg(test)]
mod tests;
