//! `trialreport check`: every check, nothing written; exit 1 on an error.

use std::io::Write;
use std::process::ExitCode;

use trialreport::build::Project;
use trialreport::check::{self, CheckOptions, CheckReport};

use super::args::{CheckArgs, DiagnosticFormat};
use super::report;

pub fn execute(project: &Project, args: CheckArgs) -> ExitCode {
    if args.rules {
        return match trialreport::config::Config::load(&project.config_path()) {
            Ok(config) => {
                print!("{}", check::listing(&config));
                ExitCode::SUCCESS
            }
            Err(d) => {
                report(std::slice::from_ref(&d));
                ExitCode::from(1)
            }
        };
    }
    let result = check::check(project, &CheckOptions { year: args.year });
    print(&result, args.diagnostic_format);
    if result.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `check`'s problems and summary: for people on stderr and stdout, or as
/// JSON on stdout.
pub fn print(result: &CheckReport, format: DiagnosticFormat) {
    match format {
        DiagnosticFormat::Human => {
            report(&result.diagnostics);
            if let Some(known) = &result.known_gaps {
                eprintln!("note: {known}");
            }
            println!("{}", result.summary());
        }
        DiagnosticFormat::Json => {
            let json =
                serde_json::to_string_pretty(&result.to_json()).expect("diagnostics serialise");
            let _ = writeln!(std::io::stdout().lock(), "{json}");
            eprintln!("{}", result.summary());
        }
    }
}
