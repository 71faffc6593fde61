//! The commands, one file each: each parses nothing (see [`args`]) and only
//! runs the library's pipeline and prints what it did. What every command
//! shares lives here: the project check before any command runs, printing
//! diagnostics, and the exit codes (0 success, 1 errors in the inputs or the
//! build, 2 bad usage, which clap sets).

pub mod args;
mod build;
mod check;
mod facts;
mod watch;

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};

use trialreport::build::Project;
use trialreport::check::CheckReport;
use trialreport::diag::{self, Diagnostic, Diagnostics};

use args::{Cli, Command};

/// Runs the command of `cli`.
pub fn run(cli: Cli) -> ExitCode {
    let project = Project::new(&cli.root);
    // What a failed run says last: `facts` never writes anything.
    let ending = match cli.command {
        Command::Facts(_) => "no facts were printed",
        _ => "nothing was written",
    };
    // Outside a project every command would fail on its first folder:
    // say so once, plainly, before any of them runs.
    if let Some(d) = not_a_project(&cli.root) {
        if let Command::Check(a) = &cli.command {
            let report = CheckReport {
                diagnostics: vec![d],
                data_files: 0,
                languages: Vec::new(),
                typeset: Vec::new(),
                known_gaps: None,
            };
            check::print(&report, a.diagnostic_format);
        } else {
            report(&[d]);
            eprintln!("error: 1 problem found; {ending}");
        }
        return ExitCode::from(1);
    }
    // A language asked for that the project does not have is bad usage
    // (exit 2), like a bad --year: the command line names what is not there.
    if let Command::Build(a) | Command::Watch(a) = &cli.command
        && let Some(d) = unknown_language(&project, a.lang.as_deref())
    {
        report(&[d]);
        eprintln!("error: 1 problem found; {ending}");
        return ExitCode::from(2);
    }
    let result = match cli.command {
        Command::Build(a) => build::execute(&project, a),
        Command::Check(a) => return check::execute(&project, a),
        Command::Watch(a) => watch::execute(&project, a),
        Command::Facts(a) => facts::execute(&project, a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(diagnostics) => {
            failed(&diagnostics, ending);
            ExitCode::from(1)
        }
    }
}

/// Prints the problems of a failed run and how many there were.
fn failed(diagnostics: &Diagnostics, ending: &str) {
    report(&diagnostics.0);
    let n = diagnostics.errors().count();
    eprintln!(
        "error: {n} problem{} found; {ending}",
        if n == 1 { "" } else { "s" }
    );
}

/// The problem when `root` is not a trialreport project: it has no `data/`
/// folder (or does not exist).
/// The first of `langs` without a folder in `locales/`, as an error.
fn unknown_language(project: &Project, langs: Option<&[String]>) -> Option<Diagnostic> {
    let available = project.languages().ok()?;
    let lang = langs?.iter().find(|l| !available.contains(l))?;
    Some(
        Diagnostic::error(format!(
            "unknown language `{}`: there is no folder locales/{} (languages: {})",
            lang.escape_debug(),
            lang.escape_debug(),
            available.join(", ")
        ))
        .in_path(project.locales_dir()),
    )
}

fn not_a_project(root: &Path) -> Option<Diagnostic> {
    if root.join("data").is_dir() {
        return None;
    }
    let shown = std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf());
    let shown = shown.display();
    let what = if !root.is_dir() {
        format!("there is no folder {shown}")
    } else if root.join("locales").is_dir() {
        format!("{shown} has no data/ folder")
    } else {
        format!("{shown} has no data/ folder (and no locales/)")
    };
    Some(Diagnostic::error(format!(
        "this is not a trialreport project: {what}; run trialreport in the project folder, or give --root DIR"
    )))
}

/// Prints diagnostics to stderr, coloured on a terminal.
fn report(diagnostics: &[Diagnostic]) {
    let color = if std::io::stderr().is_terminal() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    let mut stderr = StandardStream::stderr(color);
    let _ = diag::emit(&mut stderr, diagnostics);
}
