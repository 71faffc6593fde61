//! `trialreport build`: the reports of the chosen years and languages,
//! written only when every one succeeded; a line per file and a summary.

use std::io::{IsTerminal, Write};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

use trialreport::build::{self, Edition, Outcome, Progress, Project};
use trialreport::diag::Diagnostics;

use super::args::BuildArgs;
use super::report;

pub fn execute(project: &Project, args: BuildArgs) -> Result<(), Diagnostics> {
    let started = Instant::now();
    let progress = Reporter::default();
    let result = build::build_with(project, &args.into(), &progress);
    progress.finish();
    let outcome = result?;
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
    Ok(())
}

/// "wrote out/report-2024-nb.pdf (10 pages, 80 ms)" or "wrote
/// out/report-2024-nb.html (402 kB, 2 ms)", one line per file.
pub fn print_written(outcome: &Outcome, verb: &str) {
    let mut out = std::io::stdout().lock();
    for w in &outcome.written {
        let size = match w.edition {
            Edition::Pdf => format!("{} pages", w.pages),
            Edition::Html => format!("{} kB", w.bytes.div_ceil(1000)),
        };
        let _ = writeln!(
            out,
            "{verb} {} ({size}, {} ms)",
            w.path.display(),
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
