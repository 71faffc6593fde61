//! `trialreport watch`: build, then rebuild on every saved change, with
//! every flag `build` takes; a broken change keeps the last good PDFs and pages.

use trialreport::build::Project;
use trialreport::diag::Diagnostics;
use trialreport::watch;

use super::args::BuildArgs;
use super::build::print_written;
use super::report;

pub fn execute(project: &Project, args: BuildArgs) -> Result<(), Diagnostics> {
    let mut last_warnings = String::new();
    watch::watch(project, &args.into(), |rebuild| {
        for path in &rebuild.changed {
            eprintln!("changed: {}", path.display());
        }
        match rebuild.result {
            Ok(outcome) => {
                // The same warnings on every rebuild would bury the news.
                let warnings: String = outcome.warnings.iter().map(|w| format!("{w}\n")).collect();
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
                    "error: {n} problem{} found; the last good files are kept",
                    if n == 1 { "" } else { "s" }
                );
            }
        }
        if rebuild.first {
            eprintln!(
                "watching data/, locales/, templates/, report.toml and rules.toml for changes (Ctrl-C stops)"
            );
        }
    })
    .map_err(Into::into)
}
