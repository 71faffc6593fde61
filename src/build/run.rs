//! Making the reports of a run: every year × every language, a core at a
//! time, beside the locale checks.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::inputs::Inputs;
use super::report::{Report, make_report_with};
use super::{BuildOptions, Edition, Progress, Project};
use crate::check;
use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::facts::Facts;
use crate::html;
use crate::text::Locale;

/// One report to make: a year's facts in a language, with the web page's
/// links to the other editions of the build.
pub(super) struct Job<'a> {
    pub facts: &'a Facts,
    pub locale: &'a Locale,
    pub links: html::Links,
}

/// A report made (or failed), with the time it took; `None` when it was
/// not begun (the checks had found an error).
pub(super) type Made = Option<(Result<Report, Diagnostics>, Duration)>;

/// Every year × every language built, years in order.
pub(super) fn jobs<'a>(inputs: &'a Inputs, opts: &BuildOptions) -> Vec<Job<'a>> {
    // Each page's links to its PDF and to the same year in the other
    // languages of this build (the files written beside it), in the order
    // report.toml gives (`language_order`: nb, nn, en), the others after them.
    let mut alternates: Vec<(&Locale, String)> = (inputs.built_locales())
        .map(|l| (l, l.msg("language-name", &[]).unwrap_or_default()))
        .collect();
    alternates.sort_by_key(|(l, _)| {
        let at = (inputs.config.language_order.iter()).position(|o| *o == l.lang);
        (at.unwrap_or(usize::MAX), l.lang.clone())
    });
    let links = |facts: &Facts, locale: &Locale| html::Links {
        pdf: opts.writes(Edition::Pdf).then(|| html::PdfLink {
            href: Edition::Pdf.file_name(facts.year, &locale.lang, opts.pseudo),
            kb: None,
        }),
        languages: (alternates.iter())
            .map(|(l, name)| html::Alternate {
                tag: l.tag.to_string(),
                name: name.clone(),
                href: Edition::Html.file_name(facts.year, &l.lang, opts.pseudo),
                current: l.lang == locale.lang,
            })
            .collect(),
    };
    (inputs.facts.iter())
        .flat_map(|f| inputs.built_locales().map(move |l| (f, l)))
        .map(|(facts, locale)| Job {
            facts,
            locale,
            links: links(facts, locale),
        })
        .collect()
}

/// The checks `check` runs on the languages read, and the completeness of
/// the year being published (the last of the run). Their outcome does not
/// depend on the words (pseudo-localised or not), only on which messages
/// are asked for.
fn run_checks(inputs: &Inputs, project: &Project) -> Vec<Diagnostic> {
    let files: Vec<check::LangFiles> = (inputs.locales.iter())
        .map(|l| {
            let dir = project.locales_dir().join(&l.lang);
            check::LangFiles::from_parsed(&l.lang, dir, l.parsed())
        })
        .collect();
    let source = (inputs.locales.iter()).find(|l| l.lang == check::SOURCE_LANG);
    let published = inputs.years().last().copied();
    check::loaded(
        &files,
        source,
        &inputs.data,
        &inputs.config,
        project,
        published,
    )
}

/// Makes every job's report, the longest first, while the checks run
/// beside the first of them; an error among the checks stops the reports
/// not yet begun. Returns the checks' findings and each job's report, in
/// job order.
pub(super) fn make_all(
    project: &Project,
    inputs: &Inputs,
    opts: &BuildOptions,
    jobs: &[Job],
    progress: &dyn Progress,
) -> (Vec<Diagnostic>, Vec<Made>) {
    progress.start(jobs.len());
    let editions: Vec<Edition> = (super::EDITIONS.into_iter())
        .filter(|e| opts.writes(*e))
        .collect();
    let outline = inputs.config.outline();
    let workers = workers(jobs.len());
    let failed = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let checks = scope.spawn(|| {
            let found = run_checks(inputs, project);
            if found.iter().any(|d| d.severity == Severity::Error) {
                failed.store(true, Ordering::Relaxed);
            }
            found
        });
        // The longest reports first (the later years, with more sections of
        // data), so that the run does not end with one core busy on a long
        // report while the other has nothing left to do.
        let made = run_jobs(
            jobs,
            workers,
            |job| job.facts.year,
            |job| {
                if failed.load(Ordering::Relaxed) {
                    return None;
                }
                let start = Instant::now();
                let report = make_report_with(
                    &inputs.assets,
                    &editions,
                    &outline,
                    job.facts,
                    job.locale,
                    &job.links,
                );
                // Typst memoizes layout across compilations in a process; keep
                // what the reports in flight may reuse (results used within the
                // last `workers` reports), drop the rest, so memory stays flat
                // however many reports a run makes.
                typst::comemo::evict(workers);
                let time = start.elapsed();
                if let Ok(r) = &report {
                    let pages = r.output(Edition::Pdf).map_or(0, |o| o.pages);
                    progress.done(job.facts.year, &job.locale.lang, pages, time);
                }
                Some((report, time))
            },
        );
        let found = (checks.join()).unwrap_or_else(|e| std::panic::resume_unwind(e));
        (found, made)
    })
}

/// How many reports are in flight at once. A short run (at most three
/// reports a core) keeps one report more in flight than there are cores:
/// with one a core, its last report would finish alone while a core idles
/// (one year in three languages on two cores: 0.82 of the wall time with
/// three in flight). A longer run keeps one a core: its tail is a small part
/// of it, and memory grows with the reports in flight (`--year all`: the
/// same time, 101 against 117 MiB).
fn workers(jobs: usize) -> usize {
    let cores = rayon::current_num_threads();
    if jobs <= 3 * cores { cores + 1 } else { cores }
}

/// Runs `f` on every job with `workers` threads of our own, each taking the
/// next job when it has finished one, the jobs of the highest `cost` first,
/// and returns the results in job order.
///
/// Not rayon's `par_iter`: Typst lays pages out in parallel with rayon, and a
/// rayon worker that waits for that work steals other jobs from its pool, so
/// with `par_iter` every report of the run would end up in flight at once,
/// nested on the workers' stacks, and memory would grow with the number of
/// reports. From threads outside the pool, Typst's own parallel work goes to
/// rayon's pool while each of our threads makes one report at a time.
fn run_jobs<J: Sync, R: Send, C: Ord>(
    jobs: &[J],
    workers: usize,
    cost: impl Fn(&J) -> C,
    f: impl Fn(&J) -> R + Sync,
) -> Vec<R> {
    // Longest first (a stable sort: equal costs keep their order).
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(cost(&jobs[i])));
    let next = AtomicUsize::new(0);
    let workers = workers.clamp(1, jobs.len().max(1));
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let n = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&i) = order.get(n) else { break };
                        out.push((i, f(&jobs[i])));
                    }
                    out
                })
            })
            .collect();
        (handles.into_iter())
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jobs_run_once_each_and_come_back_in_order() {
        let jobs: Vec<u32> = (0..23).collect();
        for workers in [1, 2, 5, 64] {
            let calls = AtomicUsize::new(0);
            let out = run_jobs(
                &jobs,
                workers,
                |j| j % 5,
                |j| {
                    calls.fetch_add(1, Ordering::SeqCst);
                    j * 2
                },
            );
            assert_eq!(out, jobs.iter().map(|j| j * 2).collect::<Vec<_>>());
            assert_eq!(calls.into_inner(), jobs.len());
        }
        assert!(run_jobs(&[] as &[u32], 2, |j| *j, |j| *j).is_empty());
    }

    #[test]
    fn the_costliest_jobs_start_first() {
        let jobs: Vec<u32> = vec![2014, 2024, 2019, 2023];
        let started = std::sync::Mutex::new(Vec::new());
        run_jobs(&jobs, 1, |j| *j, |j| started.lock().unwrap().push(*j));
        assert_eq!(started.into_inner().unwrap(), [2024, 2023, 2019, 2014]);
    }
}
