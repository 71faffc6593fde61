//! `trialreport watch` on a copy of the project: an edit rebuilds the PDF; a
//! broken edit prints the error and keeps the last good PDF.
//!
//! The waits are bounded (the test fails after them), not measured.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use crate::util::{copy_project, replace_once};

/// Kills the watcher when the test ends, passed or not.
struct Watcher {
    child: Child,
    stdout: Arc<Mutex<String>>,
    stderr: Arc<Mutex<String>>,
}

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Watcher {
    fn start(root: &Path, out: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_trialreport"))
            .arg("--root")
            .arg(root)
            .args(["watch", "--lang", "nb", "--out"])
            .arg(out)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = collect(child.stdout.take().unwrap());
        let stderr = collect(child.stderr.take().unwrap());
        Self {
            child,
            stdout,
            stderr,
        }
    }

    fn stdout(&self) -> String {
        self.stdout.lock().unwrap().clone()
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits until `done` holds, for at most `limit`; panics with the output.
    fn wait_for(&mut self, what: &str, limit: Duration, done: impl Fn(&Self) -> bool) {
        let start = Instant::now();
        while !done(self) {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "watch exited ({status}) before {what}\n{}\n{}",
                    self.stdout(),
                    self.stderr()
                );
            }
            assert!(
                start.elapsed() < limit,
                "no {what} within {limit:?}\nstdout:\n{}\nstderr:\n{}",
                self.stdout(),
                self.stderr()
            );
            thread::sleep(Duration::from_millis(100));
        }
    }
}

/// Reads a pipe line by line into a shared string.
fn collect(pipe: impl Read + Send + 'static) -> Arc<Mutex<String>> {
    let text = Arc::new(Mutex::new(String::new()));
    let sink = text.clone();
    thread::spawn(move || {
        for line in BufReader::new(pipe).lines().map_while(Result::ok) {
            let mut s = sink.lock().unwrap();
            s.push_str(&line);
            s.push('\n');
        }
    });
    text
}

fn pdftotext(pdf: &Path) -> String {
    crate::util::pdftotext_raw(pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn watch_rebuilds_on_an_edit_and_keeps_the_last_good_pdf_on_a_broken_one() {
    let project = copy_project();
    let out = project.path().join("out");
    let pdf = out.join("report-2024-nb.pdf");
    let meta = project.path().join("locales/nb/meta.ftl");
    let shipped = std::fs::read_to_string(&meta).unwrap();
    let subtitle = "report-subtitle = Årsrapport om søknader om klinisk utprøving av legemidler";

    let mut watch = Watcher::start(project.path(), &out);
    // "watching" follows the first build, good or not: a broken one fails
    // here at once rather than at the time limit.
    watch.wait_for("first build", Duration::from_secs(120), |w| {
        w.stderr().contains("watching")
            && (w.stdout().contains("wrote ") || w.stderr().contains("error:"))
    });
    assert!(
        watch.stdout().contains("wrote "),
        "the first build wrote nothing\nstdout:\n{}\nstderr:\n{}",
        watch.stdout(),
        watch.stderr()
    );
    assert!(
        watch.stdout().contains("report-2024-nb.pdf (9 pages"),
        "{}",
        watch.stdout()
    );
    let first = std::fs::read(&pdf).unwrap();
    assert!(pdftotext(&pdf).contains("Årsrapport om søknader"));

    // A translator edits a message: the PDF follows.
    let edited = replace_once(&shipped, subtitle, "report-subtitle = Endret undertittel");
    std::fs::write(&meta, &edited).unwrap();
    // The rebuild writes the PDF, then the web page: wait for both.
    let page_of = || std::fs::read_to_string(out.join("report-2024-nb.html")).unwrap_or_default();
    watch.wait_for("rebuild", Duration::from_secs(30), |w| {
        w.stdout().contains("rebuilt ")
            && std::fs::read(&pdf).is_ok_and(|b| b != first)
            && page_of().contains("Endret undertittel")
    });
    assert!(
        watch.stdout().contains("rebuilt ")
            && watch.stdout().contains("report-2024-nb.pdf (9 pages"),
        "{}",
        watch.stdout()
    );
    // The web page follows too.
    assert!(
        page_of().contains("Endret undertittel"),
        "the page was not rebuilt"
    );
    assert!(
        watch.stderr().contains("changed: locales/nb/meta.ftl"),
        "{}",
        watch.stderr()
    );
    let good = std::fs::read(&pdf).unwrap();
    let text = pdftotext(&pdf);
    assert!(text.contains("Endret undertittel"), "{text}");
    assert!(!text.contains("Årsrapport om søknader"));

    // A broken edit: the error with its line, and the last good PDF stays.
    let broken = replace_once(
        &edited,
        "report-subtitle = Endret undertittel",
        "report-subtitle = Endret { $x ]",
    );
    std::fs::write(&meta, &broken).unwrap();
    watch.wait_for("error", Duration::from_secs(30), |w| {
        w.stderr().contains("the last good files are kept")
    });
    let line = broken[..broken.find("{ $x ]").unwrap()]
        .matches('\n')
        .count()
        + 1;
    let stderr = watch.stderr();
    assert!(
        stderr.contains("expected `}` here, to close `{ $x`; found `]`"),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("meta.ftl:{line}:")), "{stderr}");
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        good,
        "the last good PDF was replaced"
    );

    // Fixed again: rebuilt again.
    std::fs::write(&meta, &shipped).unwrap();
    watch.wait_for("second rebuild", Duration::from_secs(30), |w| {
        w.stdout().matches("report-2024-nb.pdf (9 pages").count() >= 3
    });
    // Identical inputs, identical PDF.
    assert_eq!(std::fs::read(&pdf).unwrap(), first);
}
