//! Notices about the page itself (a restored or unreadable draft, a link's
//! values, a draft that cannot be saved): what each says. Shown by
//! [`super::notice_list`].

use super::draft::{NotSaved, MAX_DRAFT_CHARS};
use super::form::Form;
use refresh_request_core::label::thousands;

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
pub fn text(n: &Notice) -> String {
    match n {
        Notice::Restored => "We restored what you typed earlier on this device.".into(),
        Notice::CorruptDraft => {
            "Your saved draft could not be read, so it was ignored and the form starts empty.".into()
        }
        Notice::Prefilled => "The form was filled in from the link you opened. Check every value before you create the ticket.".into(),
        Notice::UnknownPolicy(id) => format!(
            "The link asked for a vendor policy this page does not know (“{id}”), so the first one is shown: choose the right vendor below."
        ),
        Notice::ExtraWindows(n) => format!(
            "The link proposed more windows than this vendor takes: {n} of them were left out."
        ),
        Notice::Cleared(_) => "The form was cleared and the saved draft deleted.".into(),
        Notice::NotSaved(why) => {
            let (reason, then) = match why {
                NotSaved::Full => (
                    "this browser's storage for the site is full",
                    "what you type is lost if you leave or reload the page",
                ),
                NotSaved::Blocked => (
                    "this browser does not let the page store anything (private browsing or a privacy setting)",
                    "what you type is lost if you leave or reload the page",
                ),
                NotSaved::TooLarge => (
                    "it is too large to store",
                    "shorten the longest text and it is saved again",
                ),
            };
            let limit = if *why == NotSaved::TooLarge {
                format!(" (over {} characters)", thousands(MAX_DRAFT_CHARS))
            } else {
                String::new()
            };
            format!("Your draft is not being saved on this device: {reason}{limit}. The form still works, but {then}.")
        }
        Notice::LinkReplacedDraft(_) => {
            "The link's values took the place of the draft you had on this device.".into()
        }
    }
}
