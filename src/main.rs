//! The `trialreport` command line: parses arguments, runs the pipeline,
//! prints what was written or what went wrong, and sets the exit code
//! (0 success, 1 errors in the inputs or the build, 2 bad usage).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};

use trialreport::build::{self, BuildOptions, Project};
use trialreport::diag::{self, Diagnostic};

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
        /// A folder of extra fonts (.ttf, .otf) for the template; the
        /// embedded fonts otherwise (the system's fonts are never used).
        #[arg(long, value_name = "DIR")]
        font_path: Option<PathBuf>,
    },
    /// Prints the computed facts of a year as JSON.
    Facts {
        /// The year (default: the latest year in data/).
        #[arg(long)]
        year: Option<i32>,
    },
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
            font_path,
        } => {
            let opts = BuildOptions {
                year,
                langs: lang,
                out,
                strict,
                font_path,
            };
            build::build(&project, &opts).map(|outcome| {
                report(&outcome.warnings);
                for w in &outcome.written {
                    println!(
                        "wrote {} ({} pages, {} ms)",
                        w.path.display(),
                        w.pages,
                        w.time.as_millis()
                    );
                }
            })
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
