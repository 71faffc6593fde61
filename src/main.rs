//! The `trialreport` command line: parses arguments, runs the pipeline,
//! prints what was written or what went wrong, and sets the exit code
//! (0 success, 1 errors in the inputs or the build, 2 bad usage).
//! `check` exits 1 when it finds an error; `watch` runs until stopped.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};

use trialreport::build::{self, BuildOptions, Outcome, Project};
use trialreport::check::{self, CheckOptions};
use trialreport::diag::{self, Diagnostic};
use trialreport::watch;

/// Builds DMP's yearly report on clinical-trial applications as PDFs.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    /// The project folder, holding data/, locales/ and templates/.
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Builds the report PDFs: DIR/report-YEAR-LANG.pdf.
    Build {
        /// The year to report on (default: the latest year in data/).
        #[arg(long)]
        year: Option<i32>,
        /// Languages, comma-separated (default: every folder in locales/).
        #[arg(long, value_delimiter = ',')]
        lang: Option<Vec<String>>,
        /// The output folder.
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// Treat warnings, such as data that were not supplied, as errors.
        #[arg(long)]
        strict: bool,
        /// Pseudo-localise every word from the locales: report-YEAR-LANG-pseudo.pdf.
        #[arg(long)]
        pseudo: bool,
        /// A folder of extra fonts (.ttf, .otf) for the template; the
        /// embedded fonts otherwise (the system's fonts are never used).
        #[arg(long, value_name = "DIR")]
        font_path: Option<PathBuf>,
    },
    /// Checks data, report.toml, locales and templates; writes nothing.
    /// Exits 0 when there are no errors (warnings are allowed), 1 otherwise.
    Check {
        /// How to print the problems: for people, or as one JSON object on stdout.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// The year whose reports are typeset (default: the latest year in data/).
        #[arg(long)]
        year: Option<i32>,
    },
    /// Builds, then rebuilds whenever data/, locales/, templates/ or
    /// report.toml change, keeping the last good PDF when a change is broken.
    /// Runs until stopped (Ctrl-C).
    Watch {
        /// The year to report on (default: the latest year in data/).
        #[arg(long)]
        year: Option<i32>,
        /// Languages, comma-separated (default: every folder in locales/).
        #[arg(long, value_delimiter = ',')]
        lang: Option<Vec<String>>,
        /// The output folder.
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// Pseudo-localise every word from the locales: report-YEAR-LANG-pseudo.pdf.
        #[arg(long)]
        pseudo: bool,
    },
    /// Prints the computed facts of a year as JSON.
    Facts {
        /// The year (default: the latest year in data/).
        #[arg(long)]
        year: Option<i32>,
    },
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let project = Project::new(&cli.root);
    let result = match cli.command {
        Command::Build {
            year,
            lang,
            out,
            strict,
            pseudo,
            font_path,
        } => {
            let opts = BuildOptions {
                year,
                langs: lang,
                out,
                strict,
                pseudo,
                font_path,
            };
            build::build(&project, &opts).map(|outcome| {
                report(&outcome.warnings);
                print_written(&outcome, "wrote");
            })
        }
        Command::Check { format, year } => {
            let result = check::check(&project, &CheckOptions { year });
            match format {
                Format::Human => {
                    report(&result.diagnostics);
                    println!("{}", result.summary());
                }
                Format::Json => {
                    let json = serde_json::to_string_pretty(&result.to_json())
                        .expect("diagnostics serialise");
                    let _ = writeln!(std::io::stdout().lock(), "{json}");
                    eprintln!("{}", result.summary());
                }
            }
            return if result.ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            };
        }
        Command::Watch {
            year,
            lang,
            out,
            pseudo,
        } => {
            let opts = BuildOptions {
                year,
                langs: lang,
                out,
                strict: false,
                pseudo,
                font_path: None,
            };
            let mut last_warnings = String::new();
            watch::watch(&project, &opts, |rebuild| {
                for path in &rebuild.changed {
                    eprintln!("changed: {}", path.display());
                }
                match rebuild.result {
                    Ok(outcome) => {
                        // The same warnings on every rebuild would bury the news.
                        let warnings: String =
                            outcome.warnings.iter().map(|w| format!("{w}\n")).collect();
                        if warnings != last_warnings {
                            report(&outcome.warnings);
                            last_warnings = warnings;
                        }
                        print_written(&outcome, if rebuild.first { "wrote" } else { "rebuilt" });
                    }
                    Err(diagnostics) => {
                        report(&diagnostics.0);
                        let n = diagnostics.errors().count();
                        eprintln!(
                            "error: {n} problem{} found; the last good PDFs are kept",
                            if n == 1 { "" } else { "s" }
                        );
                    }
                }
                if rebuild.first {
                    eprintln!(
                        "watching data/, locales/, templates/ and report.toml for changes (Ctrl-C stops)"
                    );
                }
            })
            .map_err(Into::into)
        }
        Command::Facts { year } => project.facts(year).map(|facts| {
            let json = serde_json::to_string_pretty(&facts).expect("facts serialise");
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error.
            let _ = writeln!(out, "{json}");
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(diagnostics) => {
            report(&diagnostics.0);
            let n = diagnostics.errors().count();
            eprintln!(
                "error: {n} problem{} found; nothing was written",
                if n == 1 { "" } else { "s" }
            );
            ExitCode::from(1)
        }
    }
}

/// "wrote out/report-2024-nb.pdf (10 pages, 80 ms)", one line per file.
fn print_written(outcome: &Outcome, verb: &str) {
    let mut out = std::io::stdout().lock();
    for w in &outcome.written {
        let _ = writeln!(
            out,
            "{verb} {} ({} pages, {} ms)",
            w.path.display(),
            w.pages,
            w.time.as_millis()
        );
    }
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

#[cfg(test)]
mod tests {
    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
