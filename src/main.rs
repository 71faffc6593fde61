//! The `trialreport` command line: parses arguments, runs the pipeline,
//! prints what was written or what went wrong, and sets the exit code
//! (0 success, 1 errors in the inputs or the build, 2 bad usage).
//! `check` exits 1 when it finds an error; `watch` runs until stopped.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand, ValueEnum};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use indicatif::{ProgressBar, ProgressStyle};

use trialreport::build::{self, BuildOptions, Outcome, Progress, Project, Years};
use trialreport::check::{self, CheckOptions, CheckReport};
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
        /// The years to report on: one year (2024), a range with both ends
        /// included (2020..2024), or all (default: the latest year in data/).
        #[arg(long, value_name = "YEAR|FROM..TO|all")]
        year: Option<Years>,
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
        /// Also write each report's Typst sources, self-contained, to
        /// DIR/<year>-<lang>/ (compile with: typst compile --font-path
        /// DIR/<year>-<lang>/fonts DIR/<year>-<lang>/main.typ).
        #[arg(long, value_name = "DIR")]
        emit_typst: Option<PathBuf>,
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
    let started = Instant::now();
    let cli = Cli::parse();
    let project = Project::new(&cli.root);
    // What a failed run says last: `facts` never writes anything.
    let ending = match cli.command {
        Command::Facts { .. } => "no facts were printed",
        _ => "nothing was written",
    };
    // Outside a project every command would fail on its first folder:
    // say so once, plainly, before any of them runs.
    if let Some(d) = not_a_project(&cli.root) {
        if let Command::Check { format, .. } = cli.command {
            let report = CheckReport {
                diagnostics: vec![d],
                data_files: 0,
                languages: Vec::new(),
                typeset: Vec::new(),
                known_gaps: None,
            };
            print_check(&report, format);
        } else {
            report(&[d]);
            eprintln!("error: 1 problem found; {ending}");
        }
        return ExitCode::from(1);
    }
    let result = match cli.command {
        Command::Build {
            year,
            lang,
            out,
            strict,
            pseudo,
            font_path,
            emit_typst,
        } => {
            let opts = BuildOptions {
                years: year.unwrap_or_default(),
                langs: lang,
                out,
                strict,
                pseudo,
                font_path,
                emit_typst,
            };
            let progress = Reporter::default();
            let result = build::build_with(&project, &opts, &progress);
            progress.finish();
            result.map(|outcome| {
                report(&outcome.warnings);
                if let Some(known) = &outcome.known_gaps {
                    eprintln!("note: {known}");
                }
                print_written(&outcome, "wrote");
                let mut out = std::io::stdout().lock();
                for dir in &outcome.emitted {
                    let _ = writeln!(out, "wrote {}", dir.join(build::EMITTED_MAIN).display());
                }
                let n = outcome.written.len();
                let pages: usize = outcome.written.iter().map(|w| w.pages).sum();
                let warnings = outcome.warnings.len();
                let _ = writeln!(
                    out,
                    "{n} file{}, {pages} pages, {warnings} warning{}, {:.2} s",
                    if n == 1 { "" } else { "s" },
                    if warnings == 1 { "" } else { "s" },
                    started.elapsed().as_secs_f64()
                );
            })
        }
        Command::Check { format, year } => {
            let result = check::check(&project, &CheckOptions { year });
            print_check(&result, format);
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
                years: year.map_or(Years::Latest, Years::One),
                langs: lang,
                out,
                pseudo,
                ..BuildOptions::default()
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
                "error: {n} problem{} found; {ending}",
                if n == 1 { "" } else { "s" }
            );
            ExitCode::from(1)
        }
    }
}

/// The problem when `root` is not a trialreport project: it has no `data/`
/// folder (or does not exist).
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

/// `check`'s problems and summary: for people on stderr and stdout, or as
/// JSON on stdout.
fn print_check(result: &CheckReport, format: Format) {
    match format {
        Format::Human => {
            report(&result.diagnostics);
            if let Some(known) = &result.known_gaps {
                eprintln!("note: {known}");
            }
            println!("{}", result.summary());
        }
        Format::Json => {
            let json =
                serde_json::to_string_pretty(&result.to_json()).expect("diagnostics serialise");
            let _ = writeln!(std::io::stdout().lock(), "{json}");
            eprintln!("{}", result.summary());
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

/// Shows the reports being made: a progress bar on a terminal, plain lines
/// otherwise (CI logs); nothing for a single report.
#[derive(Default)]
struct Reporter {
    total: AtomicUsize,
    done: AtomicUsize,
    bar: OnceLock<Option<ProgressBar>>,
}

impl Reporter {
    fn bar(&self) -> Option<&ProgressBar> {
        self.bar.get().and_then(Option::as_ref)
    }

    fn finish(&self) {
        if let Some(bar) = self.bar() {
            bar.finish_and_clear();
        }
    }
}

impl Progress for Reporter {
    fn start(&self, total: usize) {
        self.total.store(total, Ordering::SeqCst);
        self.bar.get_or_init(|| {
            (total > 1 && std::io::stderr().is_terminal()).then(|| {
                let bar = ProgressBar::new(total as u64);
                bar.set_style(
                    ProgressStyle::with_template("{bar:30} {pos}/{len} reports  {msg}")
                        .expect("a valid template"),
                );
                bar.enable_steady_tick(Duration::from_millis(100));
                bar
            })
        });
    }

    fn done(&self, year: i32, lang: &str, pages: usize, time: Duration) {
        let n = self.done.fetch_add(1, Ordering::SeqCst) + 1;
        let total = self.total.load(Ordering::SeqCst);
        if let Some(bar) = self.bar() {
            bar.set_message(format!("{year} {lang}"));
            bar.inc(1);
        } else if total > 1 {
            eprintln!(
                "[{n}/{total}] made {year} {lang} ({pages} pages, {} ms)",
                time.as_millis()
            );
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
    use super::*;
    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }

    fn years(args: &[&str]) -> Result<Option<Years>, clap::Error> {
        let cli = Cli::try_parse_from(["trialreport", "build"].iter().chain(args))?;
        match cli.command {
            Command::Build { year, .. } => Ok(year),
            _ => unreachable!(),
        }
    }

    #[test]
    fn year_takes_a_year_a_range_or_all() {
        assert_eq!(years(&[]).unwrap(), None);
        assert_eq!(years(&["--year", "2024"]).unwrap(), Some(Years::One(2024)));
        assert_eq!(
            years(&["--year", "2020..2022"]).unwrap(),
            Some(Years::Range(2020, 2022))
        );
        assert_eq!(years(&["--year", "all"]).unwrap(), Some(Years::All));
        assert_eq!(years(&["--year=ALL"]).unwrap(), Some(Years::All));
        assert_eq!(
            years(&["--year", "2024..2024"]).unwrap(),
            Some(Years::Range(2024, 2024))
        );
    }

    #[test]
    fn bad_years_are_usage_errors() {
        for (bad, says) in [
            ("2024..2020", "runs backwards: write 2020..2024"),
            ("twenty", "`twenty` is not a year"),
            ("2020..", "`` is not a year"),
            ("..2020", "`` is not a year"),
            ("2020...2022", "`.2022` is not a year"),
            ("2020-2022", "`2020-2022` is not a year"),
            ("24", "`24` is not a year"),
            ("every", "`every` is not a year"),
        ] {
            let err = years(&["--year", bad]).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad}");
            assert!(err.to_string().contains(says), "{bad}: {err}");
        }
    }
}
