//! Versions: `version.missing`, `version.unreadable`, `version.mismatch`,
//! `field.required` for versions, and `upgrade.conflict`.

use super::{required, Context};
use crate::excerpt::excerpt;
use crate::field::Key;
use crate::finding::{Finding, Severity};
use crate::instant::format_utc;
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
    // Only a message uses it: made when one is written.
    let eg = || {
        if v.example.is_empty() {
            String::new()
        } else {
            format!(", e.g. {}", v.example)
        }
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
                    format!("Enter the {side} schema version{}: it is needed when you keep the target's users.", eg()),
                ));
            } else {
                out.push(required(
                    key,
                    format!("Enter the {side} version with its build or patch{}.", eg()),
                ));
            }
        } else if v.format == VersionFormat::ReleasePatch && parse_release(value).is_none() {
            readable = false;
            out.push(Finding::on(
                RuleId::VersionUnreadable,
                key,
                Severity::Error,
                format!("“{}” is not a version the vendor can compare: write it with its build or patch{}.", excerpt(value), eg()),
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
            req.source_version.to_lowercase() == req.target_version.to_lowercase()
        }
        VersionFormat::ReleasePatch => {
            parse_release(&req.source_version) == parse_release(&req.target_version)
        }
    };
    if !same {
        let (s, t) = (excerpt(&req.source_version), excerpt(&req.target_version));
        let message = match (v.mismatch, v.format) {
            (Severity::Approval, _) => format!(
                "The schema versions differ ({s} and {t}): because you keep the target's users, the vendor will first arrange a schema upgrade of both environments to the latest version."
            ),
            (_, VersionFormat::ReleasePatch) => format!(
                "The versions differ ({s} and {t}): a refresh is only possible between the same version and patch, and the vendor can make no exception or downgrade. Request the refresh before an upgrade, while both are on the same version."
            ),
            _ => format!("The versions differ ({s} and {t}): both environments should be on the same version."),
        };
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
                format!(
                    "The next scheduled upgrade ({}) comes before the refresh would end ({}): after it the versions may no longer match. Pick a window that ends before the upgrade, or check the upgrade schedule.",
                    format_utc(upgrade),
                    format_utc(end)
                ),
            ));
        }
    }
}
