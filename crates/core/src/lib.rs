//! The rules of a database-refresh request, with no browser types: what the
//! form, the JavaScript API and the embedded forms all check against.
//!
//! - Time: [`instant`] (reading and writing UTC instants), [`season`]
//!   (summer and winter time), [`business_days`] and [`holidays`].
//! - Policies are data: [`policy`] reads a vendor's rules from JSON and lists
//!   every problem with its path ([`json_syntax`] explains text that is not
//!   JSON), within [`limits`] no real policy reaches.
//! - A request: [`field`] names its keys once; [`request`] reads it from
//!   JSON (a wrong type is a finding, never a panic), [`version`] compares versions,
//!   [`case`] lower-cases, [`label`] words field labels inside messages and
//!   [`excerpt`] quotes what was given, cut short.
//! - Checking: [`rules`] gives the [`finding`]s of a [`report`], each named by
//!   its [`rule_id`]; [`suggest`] finds the earliest windows and [`calendar`]
//!   the planning calendar's days.
//! - Output: [`ticket`] writes the ticket body; [`invite`] the calendar file of its
//!   windows; [`handoff`] the e-mail and request-form links; [`prefill`] reads share links;
//!   [`visible`] shows the invisible characters in all of them.
//! - [`catalog`]: the policies a page knows, and the whole surface as the
//!   JavaScript API sees it.
//! - [`desk`]: the vendor's desk checks what arrived (a ticket's carried
//!   request, measured from its receipt, and any edited lines).
//!
//! - Languages: [`lang`] names the languages the form speaks; [`message`]
//!   writes each customer-facing sentence from the catalogs in `locales/`.
//!
//! The rules themselves, with their severities and examples, are described in
//! `docs/rules.md`; policy keys in `docs/policies.md`.
pub mod business_days;
pub mod calendar;
pub mod case;
pub mod catalog;
pub mod desk;
pub mod excerpt;
pub mod field;
pub mod finding;
pub mod handoff;
pub mod holidays;
pub mod instant;
pub mod invite;
pub mod json_syntax;
pub mod label;
pub mod lang;
pub mod limits;
pub mod message;
pub mod policy;
pub mod prefill;
pub mod report;
pub mod request;
pub mod rule_id;
pub mod rules;
pub mod season;
pub mod suggest;
pub mod ticket;
pub mod version;
pub mod visible;
#[cfg(any(test, feature = "test-support"))]
#[doc(hidden)]
pub mod worked_example;
