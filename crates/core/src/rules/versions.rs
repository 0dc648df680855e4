//! Versions: `version.missing`, `version.unreadable`, `version.mismatch`,
//! `field.required` for versions, and `upgrade.conflict`.

use super::{required, Context};
use crate::excerpt::excerpt;
use crate::field::Key;
use crate::finding::{Finding, Severity};
use crate::policy::{VersionFormat, VersionsRequired};
use crate::rule_id::RuleId;
use crate::version::parse_release;
use chrono::Duration;

/// The version rules, in this order: both versions given and readable
/// (when asked), the same on both sides, and no upgrade before the refresh ends.
pub(super) fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let asked = ctx
        .policy
        .versions
        .required
        .asked(ctx.request.preserve_users);
    if asked && readable(ctx, out) {
        mismatch(ctx, out);
    }
    upgrade(ctx, out);
}

/// Both versions are given and, for releases with a patch, readable; false
/// when either is not, so they cannot be compared.
fn readable(ctx: &Context<'_>, out: &mut Vec<Finding>) -> bool {
    let v = &ctx.policy.versions;
    let req = ctx.request;
    let example = if v.example.is_empty() {
        "none"
    } else {
        v.example.as_str()
    };
    let sides = [
        (Key::SourceVersion, &req.source_version, "source"),
        (Key::TargetVersion, &req.target_version, "target"),
    ];
    let mut readable = true;
    for (key, value, side) in sides {
        if value.is_empty() {
            readable = false;
            if v.required == VersionsRequired::WhenPreservingUsers {
                out.push(Finding::on(
                    RuleId::VersionMissing,
                    key,
                    Severity::Error,
                    ctx.say(
                        "version-missing",
                        &[("side", side.into()), ("example", example.into())],
                    ),
                ));
            } else {
                out.push(required(
                    key,
                    ctx.say(
                        "field-required--version",
                        &[("side", side.into()), ("example", example.into())],
                    ),
                ));
            }
        } else if v.format == VersionFormat::ReleasePatch && parse_release(value).is_none() {
            readable = false;
            out.push(Finding::on(
                RuleId::VersionUnreadable,
                key,
                Severity::Error,
                ctx.say(
                    "version-unreadable",
                    &[
                        ("value", excerpt(value).into()),
                        ("example", example.into()),
                    ],
                ),
            ));
        }
    }
    readable
}

/// The versions are the same (`version.mismatch`, of the policy's severity).
fn mismatch(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let v = &ctx.policy.versions;
    let req = ctx.request;
    let same = match v.format {
        VersionFormat::Text => {
            crate::case::lowercase(&req.source_version)
                == crate::case::lowercase(&req.target_version)
        }
        VersionFormat::ReleasePatch => {
            parse_release(&req.source_version) == parse_release(&req.target_version)
        }
    };
    if !same {
        let (s, t) = (excerpt(&req.source_version), excerpt(&req.target_version));
        let id = match (v.mismatch, v.format) {
            (Severity::Approval, _) => "version-mismatch--approval",
            (_, VersionFormat::ReleasePatch) => "version-mismatch--release",
            _ => "version-mismatch",
        };
        let message = ctx.say(id, &[("source", s.into()), ("target", t.into())]);
        out.push(Finding::on(
            RuleId::VersionMismatch,
            Key::TargetVersion,
            v.mismatch,
            message,
        ));
    }
}

/// The next upgrade does not come before the refresh ends (`upgrade.conflict`).
fn upgrade(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let policy = ctx.policy;
    let req = ctx.request;
    if let (Some(upgrade), Some(start)) = (
        req.next_upgrade,
        req.windows.first().and_then(|s| s.start()),
    ) {
        let end = start + Duration::minutes(i64::from(policy.windows.duration_minutes));
        if upgrade < end {
            out.push(Finding::on(
                RuleId::UpgradeConflict,
                Key::NextUpgrade,
                Severity::Warning,
                ctx.say(
                    "upgrade-conflict",
                    &[
                        ("upgrade", ctx.messages.date_time(upgrade).into()),
                        ("end", ctx.messages.date_time(end).into()),
                    ],
                ),
            ));
        }
    }
}
