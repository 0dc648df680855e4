//! `refresh-request`: the rules of the form, on the command line. A vendor's
//! desk checks what arrived (`check`), a vendor's CI checks its policy files
//! (`policy check`), a help desk's automation asks it over HTTP (`serve`),
//! and scripts write tickets and suggestions as the
//! JavaScript API does. Exit status: 0 ready or fine, 1 not ready or a
//! problem found, 2 could not check (one line on stderr says why).

/// `print!` to standard output through [`say`].
macro_rules! out {
    ($($t:tt)*) => { $crate::say(format_args!($($t)*)) };
}

/// `println!` to standard output through [`say`].
macro_rules! outln {
    ($($t:tt)*) => {{ $crate::say(format_args!($($t)*)); $crate::say(format_args!("\n")); }};
}

mod args;
mod commands;
mod input;
mod serve;

use clap::Parser;
use std::process::ExitCode;

/// mimalloc rather than the C library's allocator: a check makes a few
/// hundred small strings, allocated on one thread and often freed on
/// another, where glibc's malloc spent a sixth of the service's CPU.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How a run ended, as its exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// Ready, or no problem found.
    Fine = 0,
    /// Not ready, or a problem found.
    Problems = 1,
    /// Could not check at all.
    Unchecked = 2,
}

/// Writes to standard output. A reader that stops reading (`| head`) ends
/// the run quietly, as `cat` does; `print!` would panic there.
fn say(text: std::fmt::Arguments) {
    use std::io::Write;
    if let Err(e) = std::io::stdout().lock().write_fmt(text) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("refresh-request: cannot write the output: {e}");
        std::process::exit(Outcome::Unchecked as i32);
    }
}

/// Why a run could not check: the one line stderr gets.
#[derive(Debug)]
struct Failure(String);

fn main() -> ExitCode {
    let cli = match args::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                let code = if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                    2
                } else {
                    0
                };
                return ExitCode::from(code);
            }
            // clap's first line says what is wrong; the usage follows with --help.
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or("error: bad arguments");
            eprintln!("{first} (see refresh-request --help)");
            return ExitCode::from(Outcome::Unchecked as u8);
        }
    };
    let outcome = commands::run(cli).unwrap_or_else(|Failure(why)| {
        eprintln!("refresh-request: {why}");
        Outcome::Unchecked
    });
    ExitCode::from(outcome as u8)
}
