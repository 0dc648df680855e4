//! The command line: subcommands, options and the help that teaches them.

use clap::{Parser, Subcommand, ValueEnum};
use refresh_request_core::lang::Lang;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Checks database-refresh requests against a vendor's rules: the same
/// rules, from the same code, as the refresh request form.
#[derive(Debug, Parser)]
#[command(
    name = "refresh-request",
    version,
    after_help = "\
Exit status: 0 ready (or no problem), 1 not ready (or a problem found),
2 could not check (no request found, damaged data, unknown policy, bad
arguments), with one line on stderr saying why.

Examples:
  refresh-request check ticket.txt --received '2024-10-08 09:00'
  pbpaste | refresh-request check - --json
  refresh-request policy check policies/*.json
  refresh-request ticket request.json --format markdown
  refresh-request serve --listen 127.0.0.1:8787

docs/desk.md in the repository explains the ticket's data and the desk's check."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check what a desk received: a ticket body (text, Markdown or JSON,
    /// even quoted in an e-mail) or a request JSON.
    #[command(
        long_about = "\
Check what a desk received: a ticket body in any format (text, Markdown or
JSON, even quoted or re-wrapped by a mail client, with a help center's
header or a signature around it), or a request JSON.

A ticket carries the request the customer checked. The command checks that
request against the policy's rules with every time rule (notice above all)
measured from --received, not from when the customer's browser checked it,
and compares the ticket's readable lines with what the request renders: an
edited line makes the ticket not ready, and the report names it.",
        after_help = "\
Examples:
  refresh-request check ticket.txt
      the report, with notice measured from now
  refresh-request check ticket.txt --received 2024-10-08T09:00Z
      measured from when the ticket arrived (UTC, or give an offset)
  refresh-request check - --json < ticket.md
      one JSON object: ready, findings, summary, submitted_at, received_at, request
  refresh-request check request.json --policy ./our-policy.json
      a request JSON, against a policy file instead of the one it names

Exit status: 0 ready, 1 not ready (errors at receipt, or edited lines),
2 could not check."
    )]
    Check {
        /// The ticket or request JSON; `-` or nothing reads stdin.
        #[arg(value_name = "FILE|-")]
        file: Option<PathBuf>,
        /// A built-in policy id (veson-imos, clarity-saas) or a policy
        /// file; default: the policy the request names.
        #[arg(long, value_name = "ID|PATH")]
        policy: Option<String>,
        /// When the desk received it (RFC 3339, or `2024-10-08 09:00` in
        /// UTC); default: now. Every time rule is measured from it.
        #[arg(long, value_name = "INSTANT")]
        received: Option<String>,
        /// Print one JSON object instead of the readable report.
        #[arg(long)]
        json: bool,
        /// The language of the report (the ticket's lines are compared in
        /// the policy's desk language): en, de, fr, es, pt-BR, nl, da, ja,
        /// zh-Hans or ar.
        #[arg(long, value_name = "TAG", value_parser = parse_lang, default_value = "en")]
        lang: Lang,
    },
    /// Check policy files, or print their JSON Schema.
    Policy {
        #[command(subcommand)]
        command: PolicyCommand,
    },
    /// Write the ticket body of a ready request JSON, carrying its request.
    #[command(after_help = "\
Examples:
  refresh-request ticket request.json
  refresh-request ticket - --format json --now 2024-10-07T02:00Z < request.json

Exit status: 0 written, 1 the request is not ready (stderr says what to fix),
2 could not read it.")]
    Ticket {
        /// The request JSON; `-` or nothing reads stdin.
        #[arg(value_name = "FILE|-")]
        file: Option<PathBuf>,
        /// The ticket's format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// The time of the check, when the request gives no submitted_at; default: now.
        #[arg(long, value_name = "INSTANT")]
        now: Option<String>,
        /// A policy file the request may name besides the built-in policies (a vendor's
        /// own, as the form embedded with it writes the ticket).
        #[arg(long, value_name = "PATH")]
        policy: Option<String>,
        /// The language of what stands in the ticket's way (the ticket
        /// itself is in the policy's desk language): en, de, fr, es, pt-BR,
        /// nl, da, ja, zh-Hans or ar.
        #[arg(long, value_name = "TAG", value_parser = parse_lang, default_value = "en")]
        lang: Lang,
    },
    /// Print the earliest window starts that pass every rule, one a line.
    #[command(after_help = "\
Example:
  refresh-request suggest request.json --now 2024-10-07T02:00Z

Exit status: 0 starts printed, 1 none found, 2 could not read the request.")]
    Suggest {
        /// The request JSON (at least its policy); `-` or nothing reads stdin.
        #[arg(value_name = "FILE|-")]
        file: Option<PathBuf>,
        /// Suggest from this time; default: now (or the request's submitted_at).
        #[arg(long, value_name = "INSTANT")]
        now: Option<String>,
        /// The language of what the command says (the starts themselves are
        /// RFC 3339): en, de, fr, es, pt-BR, nl, da, ja, zh-Hans or ar.
        #[arg(long, value_name = "TAG", value_parser = parse_lang, default_value = "en")]
        lang: Lang,
    },
    /// Serve the check over HTTP, for a help desk's automation.
    #[command(
        long_about = "\
Serve the check over HTTP, for a help desk's automation (a web request
step, a webhook): POST a ticket body to /v1/check and get back the JSON
object of `check --json`, status 200 whether or not it is ready.

  POST /v1/check     the ticket as text/plain, or JSON
                     {\"body\": \"…\", \"received_at\": \"…\", \"policy\": \"…\"}
  GET  /v1/policies  the policies it knows: [{id, name, version}, …]
  GET  /healthz      200, for load balancers

Errors answer {\"error\": \"…\"}: 400 unreadable, 422 no request in it, 401
no or wrong token, 413 over 256 KB, 404, 405, 408 too slow to arrive. One
line per request on stderr. SIGTERM stops it after the requests in flight.",
        after_help = "\
Examples:
  refresh-request serve
  CHECK_TOKEN=… refresh-request serve --listen 0.0.0.0:8787 --token-env CHECK_TOKEN
  curl -H 'Content-Type: text/plain' --data-binary @ticket.txt http://127.0.0.1:8787/v1/check

Exit status: 0 stopped by SIGTERM or Ctrl-C, 2 could not start (a broken
policy in --policy-dir, the address in use, the token variable unset)."
    )]
    Serve {
        /// The address to listen on; port 0 takes a free one. The address
        /// is printed on stderr.
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8787")]
        listen: SocketAddr,
        /// A folder of policy files (*.json) to know besides the built-in
        /// ones; a broken one stops the start.
        #[arg(long, value_name = "DIR")]
        policy_dir: Option<PathBuf>,
        /// The environment variable holding a shared secret: then /v1/
        /// needs `Authorization: Bearer <secret>`.
        #[arg(long, value_name = "VAR")]
        token_env: Option<String>,
        /// Seconds a client has to send a request's headers, and then the
        /// whole request.
        #[arg(long, value_name = "SECONDS", default_value_t = 10,
              value_parser = clap::value_parser!(u64).range(1..=3600))]
        timeout: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Report every problem of each policy file, with its path, and the
    /// unknown keys; exit 1 on any problem (run it in your policies' CI).
    #[command(after_help = "\
Example:
  refresh-request policy check policies/*.json

Exit status: 0 every file is usable (warnings allowed), 1 a problem in any
file, 2 a file could not be read.")]
    Check {
        /// The policy files.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the JSON Schema of policy files (for editors and validators).
    Schema,
}

/// The ticket formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Text,
    Markdown,
    Json,
}

impl FormatArg {
    /// The core's name for it.
    pub fn as_str(self) -> &'static str {
        match self {
            FormatArg::Text => "text",
            FormatArg::Markdown => "markdown",
            FormatArg::Json => "json",
        }
    }
}

/// A `--lang` tag the form speaks (`pt` and `de-AT` fall back as the page's
/// language menu does); anything else is a usage error.
fn parse_lang(tag: &str) -> Result<Lang, String> {
    Lang::parse(tag).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        format!(
            "the form does not speak \"{tag}\": use one of {}",
            known.join(", ")
        )
    })
}
