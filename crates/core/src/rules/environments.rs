//! Source and target: `field.required`, `env.same`, `url.invalid`,
//! `direction.to_prod`, `direction.nonstandard`.

use super::{required, Context};
use crate::case::lowercase;
use crate::excerpt::excerpt;
use crate::field::Key;
use crate::finding::{Finding, Severity};
use crate::policy::EnvironmentNaming;
use crate::rule_id::RuleId;

/// The host of an absolute `https://` URL, lower-cased, without user or port.
pub fn https_host(url: &str) -> Option<String> {
    host_as_written(url).map(lowercase)
}

/// The host of an absolute `https://` URL as written, without user or port.
fn host_as_written(url: &str) -> Option<&str> {
    let url = url.trim();
    let rest = url
        .get(..8)
        .filter(|scheme| scheme.eq_ignore_ascii_case("https://"))
        .map(|_| &url[8..])?;
    if rest.chars().any(char::is_whitespace) {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let host = match host_port.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host_port,
    };
    let valid = !host.is_empty()
        && host.len() <= 253
        && host
            .split('.')
            .all(|label| !label.is_empty() && label.chars().all(host_char));
    valid.then_some(host)
}

/// A character a host name label may hold: ASCII letters, digits and `-`, or
/// any non-ASCII character that is not a control (international names; a
/// space of any kind never gets here, as a URL with one is refused whole).
/// Deliberately not `char::is_alphanumeric`, whose Unicode tables cost
/// 1.5 KB brotli of the page for telling `ü` from `→` in a host name, a
/// mistake no one makes; the ASCII mistakes (`_`, `,`, spaces) are still caught.
fn host_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || !(c.is_ascii() || c.is_control())
}

/// Whether two URLs are the same up to case and a trailing `/`.
fn same_url(a: &str, b: &str) -> bool {
    fn bare(url: &str) -> &str {
        url.trim().trim_end_matches('/')
    }
    lowercase(bare(a)) == lowercase(bare(b))
}

/// Whether two URLs have the same `https://` host, up to case (only asked of
/// two full addresses: anything else is `url.invalid` first).
fn same_host(a: &str, b: &str) -> bool {
    https_host(a) == https_host(b)
}

/// The environments' rules, in this order: each side given (and a full
/// address), their kinds chosen, the two different, the direction usual.
pub(super) fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let usable = given(ctx, out);
    kinds_chosen(ctx, out);
    if usable {
        different(ctx, out);
    }
    direction(ctx, out);
}

/// Each side's name or URL is given (and, for URLs, a full `https://` one);
/// false when either is not, so they cannot be compared.
fn given(ctx: &Context<'_>, out: &mut Vec<Finding>) -> bool {
    let env = &ctx.policy.environments;
    let req = ctx.request;
    let (source_key, target_key) = env.keys();
    let sides = [
        (
            source_key,
            &req.source,
            &env.source_label,
            &env.source_example,
        ),
        (
            target_key,
            &req.target,
            &env.target_label,
            &env.target_example,
        ),
    ];
    let mut usable = true;
    for (key, value, label, example) in sides {
        // Made only for a message: `validate` passes here on every keystroke.
        let label = || ctx.messages.label_in_sentence(label);
        if value.is_empty() {
            let example = if example.is_empty() { "none" } else { example };
            out.push(required(
                key,
                ctx.say(
                    "field-required--env",
                    &[("label", label().into()), ("example", example.into())],
                ),
            ));
            usable = false;
        } else if env.naming == EnvironmentNaming::Url && host_as_written(value).is_none() {
            out.push(Finding::on(
                RuleId::UrlInvalid,
                key,
                Severity::Error,
                ctx.say(
                    "url-invalid",
                    &[
                        ("label", label().into()),
                        ("example", example.into()),
                        ("value", excerpt(value).into()),
                    ],
                ),
            ));
            usable = false;
        }
    }
    usable
}

/// The kinds of both sides are chosen, when the policy has kinds.
fn kinds_chosen(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let env = &ctx.policy.environments;
    let req = ctx.request;
    if env.kinds.is_empty() {
        return;
    }
    for (key, value, side) in [
        (Key::SourceKind, &req.source_kind, "source"),
        (Key::TargetKind, &req.target_kind, "target"),
    ] {
        if value.is_empty() {
            out.push(required(
                key,
                ctx.say(
                    "field-required--kind",
                    &[
                        ("side", side.into()),
                        ("kinds", env.kinds.join(", ").into()),
                    ],
                ),
            ));
        }
    }
}

/// The source and target differ (`env.same`).
fn different(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let env = &ctx.policy.environments;
    let req = ctx.request;
    let (_, target_key) = env.keys();
    let kinds = !env.kinds.is_empty();
    let same_address = env.naming == EnvironmentNaming::Url && same_url(&req.source, &req.target);
    let same = match env.naming {
        EnvironmentNaming::Name => lowercase(req.source.trim()) == lowercase(req.target.trim()),
        EnvironmentNaming::Url => {
            same_address
                || (kinds
                    && !req.source_kind.is_empty()
                    && req.source_kind == req.target_kind
                    && same_host(&req.source, &req.target))
        }
    };
    if same {
        let message = if env.naming == EnvironmentNaming::Url && !same_address {
            ctx.say(
                "env-same--host",
                &[
                    ("kind", req.source_kind.as_str().into()),
                    ("host", https_host(&req.source).unwrap_or_default().into()),
                ],
            )
        } else {
            let naming = match env.naming {
                EnvironmentNaming::Url => "url",
                EnvironmentNaming::Name => "name",
            };
            ctx.say(
                "env-same",
                &[
                    ("naming", naming.into()),
                    ("value", excerpt(&req.source).into()),
                ],
            )
        };
        out.push(Finding::on(
            RuleId::EnvSame,
            target_key,
            Severity::Error,
            message,
        ));
    }
}

/// The refresh goes a usual way, and not into production without approval.
fn direction(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let req = ctx.request;
    if let Some(dir) = &ctx.policy.directions {
        let (s, t) = (&req.source_kind, &req.target_kind);
        if s.is_empty() || t.is_empty() {
            return;
        }
        let standard = || {
            dir.standard
                .iter()
                .map(|(a, b)| format!("{a}→{b}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if *t == dir.production && s != t {
            out.push(Finding::on(
                RuleId::DirectionToProd,
                Key::TargetKind,
                Severity::Approval,
                ctx.say(
                    "direction-to_prod",
                    &[("source", s.as_str().into()), ("target", t.as_str().into())],
                ),
            ));
        } else if !dir.standard.iter().any(|(a, b)| a == s && b == t) {
            out.push(Finding::on(
                RuleId::DirectionNonstandard,
                Key::TargetKind,
                Severity::Warning,
                ctx.say(
                    "direction-nonstandard",
                    &[
                        ("source", s.as_str().into()),
                        ("target", t.as_str().into()),
                        ("usual", standard().into()),
                    ],
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::https_host;

    #[test]
    fn hosts() {
        assert_eq!(
            https_host("https://Acme.example.com/niku/nu#x").as_deref(),
            Some("acme.example.com")
        );
        assert_eq!(
            https_host("HTTPS://u:p@acme.example.com:8443").as_deref(),
            Some("acme.example.com")
        );
        // International names, lower-cased like the rest.
        assert_eq!(
            https_host("https://Münchën.example/x").as_deref(),
            Some("münchën.example")
        );
        // At most 253 characters, as DNS allows.
        let label = "a".repeat(62);
        let longest = format!("{label}.{label}.{label}.{label}.b");
        assert_eq!(longest.len(), 253);
        assert_eq!(
            https_host(&format!("https://{longest}/x")).as_deref(),
            Some(longest.as_str())
        );
        assert_eq!(https_host(&format!("https://{longest}b/x")), None);
        for bad in [
            "http://acme.example.com",
            "acme.example.com",
            "https://",
            "https:// acme",
            "https://a..b",
            "ftp://x",
            "https://exa mple.com",
            "https://acme_test.example.com",
            "https://acme,example.com",
            "https://acme\u{a0}test.example.com",
            "https://acme\u{9f}test.example.com",
            // A port is digits only.
            "https://acme.example.com:80a",
            "https://acme.example.com:8a0/path",
        ] {
            assert_eq!(https_host(bad), None, "{bad}");
        }
    }
}
