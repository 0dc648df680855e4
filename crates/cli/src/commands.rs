//! Each subcommand: read, ask the core, print, and say how it ended.

use crate::args::{Cli, Command, PolicyCommand};
use crate::{input, Failure, Outcome};
use refresh_request_core::catalog::{Catalog, Input};
use refresh_request_core::desk;
use refresh_request_core::json_syntax;
use refresh_request_core::lang::Lang;
use refresh_request_core::message::{self, Messages};
use refresh_request_core::policy::{unknown_keys, Policy};
use std::path::{Path, PathBuf};

/// The policy files' JSON Schema, as the repository publishes it.
const SCHEMA: &str = include_str!("../../../policy.schema.json");

/// Runs the command line's subcommand.
pub fn run(cli: Cli) -> Result<Outcome, Failure> {
    match cli.command {
        Command::Check {
            file,
            policy,
            received,
            json,
            lang,
        } => check(
            file.as_deref(),
            policy.as_deref(),
            received.as_deref(),
            json,
            lang,
        ),
        Command::Policy {
            command: PolicyCommand::Check { files },
        } => Ok(policy_check(&files)),
        Command::Policy {
            command: PolicyCommand::Schema,
        } => {
            out!("{SCHEMA}");
            Ok(Outcome::Fine)
        }
        Command::Ticket {
            file,
            format,
            now,
            policy,
            lang,
        } => {
            let customer = message::in_lang(lang);
            let mut catalog = Catalog::default();
            if let Some(path) = policy {
                let chosen = input::policy(&catalog, &path, customer)?;
                catalog.add(chosen);
            }
            let text = input::text(file.as_deref())?;
            let now = input::instant_or_now("--now", now.as_deref(), customer)?;
            let desk = |lang| message::in_lang(lang) as &dyn message::Messages;
            match catalog.ticket_in(Input::Text(&text), format.as_str(), now, customer, &desk) {
                Ok(body) => {
                    out!("{body}");
                    Ok(Outcome::Fine)
                }
                Err(why) => {
                    eprintln!("{}", why.message(customer));
                    Ok(Outcome::Problems)
                }
            }
        }
        Command::Serve {
            listen,
            policy_dir,
            token_env,
            timeout,
        } => crate::serve::run(crate::serve::Options {
            listen,
            policy_dir,
            token_env,
            timeout: std::time::Duration::from_secs(timeout),
        }),
        // The starts are RFC 3339 in every language; what stands in their
        // way is in the reader's.
        Command::Suggest { file, now, lang } => {
            let customer = message::in_lang(lang);
            let text = input::text(file.as_deref())?;
            let now = input::instant_or_now("--now", now.as_deref(), customer)?;
            let catalog = Catalog::default();
            let value = json_syntax::parse(&text).map_err(|e| {
                Failure(customer.format("api-request-json", &[("at", e.message(customer).into())]))
            })?;
            // A request that names no known policy has no rules to suggest by:
            // the check's own finding says which policies there are.
            let named = refresh_request_core::request::policy_id(&value).unwrap_or_default();
            if catalog.get(named).is_none() {
                let report = catalog.validate_in(Input::Value(&value), now, customer);
                let why = report.findings.first().map(|f| f.message.clone());
                return Err(Failure(why.unwrap_or_default()));
            }
            let starts = catalog.suggest(Input::Value(&value), now);
            for s in &starts {
                outln!("{s}");
            }
            Ok(if starts.is_empty() {
                Outcome::Problems
            } else {
                Outcome::Fine
            })
        }
    }
}

fn check(
    file: Option<&Path>,
    policy: Option<&str>,
    received: Option<&str>,
    json: bool,
    lang: Lang,
) -> Result<Outcome, Failure> {
    let reader = message::in_lang(lang);
    let received_at = input::instant_or_now("--received", received, reader)?;
    let catalog = Catalog::default();
    let chosen: Option<Policy> = policy
        .map(|p| input::policy(&catalog, p, reader))
        .transpose()?;
    let text = input::text(file)?;
    let checked = desk::check_in(
        &text,
        &catalog,
        chosen.as_ref(),
        received_at,
        reader,
        &|tag| message::in_lang(tag),
    )
    .map_err(|e| Failure(e.message(reader)))?;
    if json {
        outln!("{}", checked.to_json());
    } else {
        out!("{}", checked.to_text());
    }
    Ok(if checked.ready() {
        Outcome::Fine
    } else {
        Outcome::Problems
    })
}

/// Every problem and warning of each file, one a line with its path.
fn policy_check(files: &[PathBuf]) -> Outcome {
    let mut outcome = Outcome::Fine;
    let mut problems = 0;
    for path in files {
        let shown = path.display();
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{shown}: cannot read: {e}");
                outcome = Outcome::Unchecked;
                continue;
            }
        };
        if let Ok(doc) = json_syntax::parse(&text) {
            for w in unknown_keys(&doc) {
                outln!("{shown}: warning: {w}");
            }
        }
        match Policy::from_json(&text) {
            Ok(p) => outln!("{shown}: ok ({} version {})", p.id, p.version),
            Err(e) => {
                for p in &e.problems {
                    let at = if p.path.is_empty() {
                        "(the file)"
                    } else {
                        &p.path
                    };
                    outln!("{shown}: {at}: expected {}, found {}", p.expected, p.found);
                }
                problems += e.problems.len();
                if outcome == Outcome::Fine {
                    outcome = Outcome::Problems;
                }
            }
        }
    }
    if problems > 0 {
        outln!(
            "{problems} problem{} in {} file{}.",
            if problems == 1 { "" } else { "s" },
            files.len(),
            if files.len() == 1 { "" } else { "s" }
        );
    }
    outcome
}
