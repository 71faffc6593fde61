//! The command line's arguments, clap derive: `///` comments are the help.
//!
//! The arguments every command that builds reports takes (`build`,
//! `watch`) are one struct, [`BuildArgs`], flattened into each, so a new
//! build flag reaches both at once (as typst-cli's `args.rs` does).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use trialreport::build::{BuildOptions, Edition, Years};

/// Builds DMP's yearly report on clinical-trial applications as PDFs and web pages.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Cli {
    /// The project folder, holding data/, locales/ and templates/.
    #[arg(long, global = true, default_value = ".")]
    pub root: PathBuf,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Builds the report PDFs: DIR/report-YEAR-LANG.pdf.
    Build(BuildArgs),
    /// Checks data, report.toml, locales and templates; writes nothing.
    /// Exits 0 when there are no errors (warnings are allowed), 1 otherwise.
    Check(CheckArgs),
    /// Builds, then rebuilds whenever data/, locales/, templates/ or
    /// report.toml change, keeping the last good PDF when a change is broken.
    /// Runs until stopped (Ctrl-C).
    Watch(BuildArgs),
    /// Prints the computed facts of a year as JSON.
    Facts(FactsArgs),
}

/// What to build, and how: shared by `build` and `watch`.
#[derive(Debug, Clone, Args)]
pub struct BuildArgs {
    /// The years to report on: one year (2024), a range with both ends
    /// included (2020..2024), or all (default: the latest year in data/).
    #[arg(long, value_name = "YEAR|FROM..TO|all")]
    pub year: Option<Years>,
    /// Languages, comma-separated (default: every folder in locales/).
    #[arg(long, value_delimiter = ',')]
    pub lang: Option<Vec<String>>,
    /// The output folder.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// Treat warnings (data not supplied and not declared a known gap, last
    /// year's editorial topics this year lacks, …) as errors: the release gate.
    #[arg(long)]
    pub strict: bool,
    /// Pseudo-localise every word from the locales: report-YEAR-LANG-pseudo.pdf.
    #[arg(long)]
    pub pseudo: bool,
    /// A folder of extra fonts (.ttf, .otf) for the template, beside
    /// templates/fonts/ (the system's fonts are never used).
    #[arg(long, value_name = "DIR")]
    pub font_path: Option<PathBuf>,
    /// Also write each report's Typst sources, self-contained, to
    /// DIR/<year>-<lang>/ (compile with: typst compile --font-path
    /// DIR/<year>-<lang>/fonts DIR/<year>-<lang>/main.typ).
    #[arg(long, value_name = "DIR")]
    pub emit_typst: Option<PathBuf>,
    /// The editions to write, comma-separated: the PDF
    /// (report-YEAR-LANG.pdf), the web page (report-YEAR-LANG.html), or both.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "pdf,html")]
    pub format: Vec<Edition>,
}

impl From<BuildArgs> for BuildOptions {
    fn from(a: BuildArgs) -> Self {
        BuildOptions {
            years: a.year.unwrap_or_default(),
            langs: a.lang,
            out: a.out,
            strict: a.strict,
            pseudo: a.pseudo,
            font_path: a.font_path,
            emit_typst: a.emit_typst,
            editions: a.format,
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// How to print the problems: for people, or as one JSON object on
    /// stdout (as cargo's `--message-format`; `--format`, its old name, is
    /// still read).
    #[arg(long, alias = "format", value_enum, default_value_t = DiagnosticFormat::Human)]
    pub diagnostic_format: DiagnosticFormat,
    /// The year whose reports are typeset (default: the latest year in data/).
    #[arg(long)]
    pub year: Option<i32>,
    /// List the rules the data are checked against (the program's own, the
    /// plausibility rules with their sizes, and rules.toml's), and check nothing.
    #[arg(long)]
    pub rules: bool,
}

#[derive(Debug, Args)]
pub struct FactsArgs {
    /// The year (default: the latest year in data/).
    #[arg(long)]
    pub year: Option<i32>,
}

/// How `check` prints its problems (`--diagnostic-format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagnosticFormat {
    Human,
    Json,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    fn years(command: &str, args: &[&str]) -> Result<Option<Years>, clap::Error> {
        let cli = Cli::try_parse_from(["trialreport", command].iter().chain(args))?;
        match cli.command {
            Command::Build(b) | Command::Watch(b) => Ok(b.year),
            _ => unreachable!(),
        }
    }

    #[test]
    fn year_takes_a_year_a_range_or_all() {
        for command in ["build", "watch"] {
            assert_eq!(years(command, &[]).unwrap(), None);
            assert_eq!(
                years(command, &["--year", "2024"]).unwrap(),
                Some(Years::One(2024))
            );
            assert_eq!(
                years(command, &["--year", "2020..2022"]).unwrap(),
                Some(Years::Range(2020, 2022))
            );
            assert_eq!(
                years(command, &["--year", "all"]).unwrap(),
                Some(Years::All)
            );
            assert_eq!(years(command, &["--year=ALL"]).unwrap(), Some(Years::All));
            assert_eq!(
                years(command, &["--year", "2024..2024"]).unwrap(),
                Some(Years::Range(2024, 2024))
            );
        }
    }

    #[test]
    fn check_s_diagnostic_format_still_answers_to_format() {
        for flag in ["--diagnostic-format", "--format"] {
            let cli = Cli::try_parse_from(["trialreport", "check", flag, "json"]).unwrap();
            let Command::Check(args) = cli.command else {
                panic!("not check")
            };
            assert_eq!(args.diagnostic_format, DiagnosticFormat::Json);
        }
        // The old name is not shown in the help.
        use clap::CommandFactory;
        let mut cli = Cli::command();
        let help = cli.find_subcommand_mut("check").unwrap().render_long_help();
        assert!(help.to_string().contains("--diagnostic-format"), "{help}");
        let options = help.to_string();
        let mut flags = options.lines().map(str::trim_start);
        assert!(!flags.any(|l| l.starts_with("--format")), "{help}");
    }

    #[test]
    fn watch_takes_what_build_takes() {
        let cli = Cli::try_parse_from([
            "trialreport",
            "watch",
            "--strict",
            "--font-path",
            "fonts",
            "--year",
            "2022..2024",
        ])
        .unwrap();
        let Command::Watch(args) = cli.command else {
            panic!("not watch")
        };
        let opts = BuildOptions::from(args);
        assert!(opts.strict);
        assert_eq!(opts.font_path, Some(PathBuf::from("fonts")));
        assert_eq!(opts.years, Years::Range(2022, 2024));
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
            let err = years("build", &["--year", bad]).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad}");
            assert!(err.to_string().contains(says), "{bad}: {err}");
        }
    }
}
