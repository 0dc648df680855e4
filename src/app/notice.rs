//! Notices about the page itself (a restored or unreadable draft, a link's
//! values, a draft that cannot be saved): what each says. Shown by
//! [`super::notice_list`].

use super::draft::{NotSaved, MAX_DRAFT_CHARS};
use super::form::Form;
use crate::i18n::Texts;
use refresh_request_core::message::Arg;

/// A notice at the top of the page (not a finding: about the page itself).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A saved draft was restored.
    Restored,
    /// The saved draft could not be read and was ignored.
    CorruptDraft,
    /// The form was filled from the page's link.
    Prefilled,
    /// The link named a policy the page does not know.
    UnknownPolicy(String),
    /// The link gave more windows than the policy takes.
    ExtraWindows(usize),
    /// The form was cleared; it can be brought back.
    Cleared(Box<Form>),
    /// The draft is not being saved, and why.
    NotSaved(NotSaved),
    /// A link's values replaced the draft that was saved; it can be brought back.
    LinkReplacedDraft(Box<Form>),
}

/// The text of a notice.
pub fn text(n: &Notice, t: Texts) -> String {
    match n {
        Notice::Restored => t.t("notice-restored"),
        Notice::CorruptDraft => t.t("notice-draft-unreadable"),
        Notice::Prefilled => t.t("notice-from-link"),
        Notice::UnknownPolicy(id) => t.f("notice-unknown-policy", &[("id", id.into())]),
        Notice::ExtraWindows(n) => t.f("notice-windows-dropped", &[("dropped", Arg::from(*n))]),
        Notice::Cleared(_) => t.t("notice-cleared"),
        Notice::NotSaved(NotSaved::Full) => t.t("notice-not-saved-full"),
        Notice::NotSaved(NotSaved::Blocked) => t.t("notice-not-saved-blocked"),
        Notice::NotSaved(NotSaved::TooLarge) => t.f(
            "notice-not-saved-large",
            &[("max", Arg::from(MAX_DRAFT_CHARS))],
        ),
        Notice::LinkReplacedDraft(_) => t.t("notice-link-replaced-draft"),
    }
}
