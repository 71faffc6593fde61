//! `trialreport facts`: the computed facts of a year, as JSON on stdout.

use std::io::Write;

use trialreport::build::Project;
use trialreport::diag::Diagnostics;

use super::args::FactsArgs;

pub fn execute(project: &Project, args: FactsArgs) -> Result<(), Diagnostics> {
    let facts = project.facts(args.year)?;
    let json = serde_json::to_string_pretty(&facts).expect("facts serialise");
    // A closed pipe (`| head`) is not an error.
    let _ = writeln!(std::io::stdout().lock(), "{json}");
    Ok(())
}
