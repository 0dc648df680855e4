//! Checklists and notes: `ack.*` from the policy's acknowledgements, and the
//! policy's always-on `info` notes.

use super::Context;
use crate::finding::{Finding, Severity};

pub(super) fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let req = ctx.request;
    for ack in &ctx.policy.acknowledgements {
        if ack.asked(|key| req.answer(key)) && !req.answer(&ack.key) {
            let label = ack.label.trim_end_matches('.');
            out.push(Finding::on(
                &ack.rule,
                ack.key.clone(),
                Severity::Error,
                ctx.say("ack", &[("item", label.into())]),
            ));
        }
    }
    for note in &ctx.policy.notes {
        if note
            .when
            .as_ref()
            .is_none_or(|c| req.condition(&c.key) == c.is)
        {
            out.push(Finding::general(
                &note.id,
                Severity::Info,
                note.text.clone(),
            ));
        }
    }
}
