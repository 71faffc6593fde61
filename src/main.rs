//! The `trialreport` command line: parses the arguments ([`cmd::args`]) and
//! runs the command ([`cmd`]), which sets the exit code (0 success, 1
//! errors in the inputs or the build, 2 bad usage). `check` exits 1 when it
//! finds an error; `watch` runs until stopped.

mod cmd;

/// The memory budget ([`trialreport::budget`]).
#[global_allocator]
static ALLOCATOR: trialreport::budget::Counting = trialreport::budget::Counting;

use clap::Parser;

fn main() -> std::process::ExitCode {
    trialreport::build::remove_temporaries_on_interrupt();
    cmd::run(cmd::args::Cli::parse())
}
