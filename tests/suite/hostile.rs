//! Inputs that try to lead the tool out of the project: links to files
//! outside it, a FIFO, a device. Refused before a byte is read, named by
//! the file the user controls, and never echoed.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::util::{copy_project, stderr, trialreport};

#[cfg(unix)]
#[test]
fn a_data_file_linked_outside_the_project_is_refused_and_not_shown() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("passwd");
    std::fs::write(&secret, "root:x:0:0:SECRET-LINE:/root:/bin/bash\n").unwrap();
    let project = copy_project();
    let p = project.path();
    std::os::unix::fs::symlink(&secret, p.join("data/2025.toml")).unwrap();
    std::os::unix::fs::symlink(&secret, p.join("locales/nb/zz.ftl")).unwrap();
    let out = p.join("out");
    for args in [
        vec!["build", "--year", "2024", "--out", out.to_str().unwrap()],
        vec!["check"],
        vec!["check", "--diagnostic-format", "json"],
    ] {
        let o = trialreport(p, &args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let all = format!("{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
        assert!(!all.contains("SECRET-LINE"), "{args:?}: {all}");
        assert!(all.contains("outside the project"), "{args:?}: {all}");
        assert!(all.contains("2025.toml"), "{args:?}: {all}");
    }
    assert!(!out.exists());
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_in_data_is_refused_without_waiting() {
    let project = copy_project();
    let p = project.path();
    let fifo = p.join("data/2025.toml");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let start = Instant::now();
    let o = trialreport(p, &["check"]);
    assert!(start.elapsed() < Duration::from_secs(60));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not a regular file"), "{}", stderr(&o));
    std::fs::remove_file(&fifo).unwrap();
    // /dev/zero through a link leads out of the project: refused at once,
    // not read until memory runs out.
    std::os::unix::fs::symlink("/dev/zero", &fifo).unwrap();
    let start = Instant::now();
    let o = trialreport(p, &["check"]);
    assert!(start.elapsed() < Duration::from_secs(60));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("outside the project"), "{}", stderr(&o));
}

/// `build --year 2024 --lang nb --out OUT` in project `p`, with `env` set.
fn build_2024_nb(
    p: &std::path::Path,
    out: &std::path::Path,
    env: &[(&str, &str)],
) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_trialreport"))
        .arg("--root")
        .arg(p)
        .args(["build", "--year", "2024", "--lang", "nb", "--out"])
        .arg(out)
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

#[test]
fn a_template_that_loops_for_ever_ends_at_the_time_limit_and_keeps_the_last_pdf() {
    let project = copy_project();
    let p = project.path();
    let out = p.join("out");
    let o = build_2024_nb(p, &out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let before = std::fs::read(out.join("report-2024-nb.pdf")).unwrap();
    // 10^10 turns of a loop that holds no memory: hours, not a report.
    crate::util::edit(p, "templates/report.typ", |t| {
        format!("#for i in range(100000) {{ for j in range(100000) {{ }} }}\n{t}")
    });
    let start = Instant::now();
    let o = build_2024_nb(p, &out, &[("TRIALREPORT_TYPESET_SECONDS", "3")]);
    assert!(start.elapsed() < Duration::from_secs(60));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "error: laying out the 2024 report in `nb` took more than 3 s, far more than a report \
             needs: a loop in the template? nothing was written"
        ),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read(out.join("report-2024-nb.pdf")).unwrap(),
        before
    );
    let names = crate::util::file_names(&out);
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

#[test]
fn a_template_that_asks_for_gigabytes_ends_in_one_clear_error() {
    for line in [
        "#let boom = \"x\" * 3500000000",
        "#let boom = range(1000000000)",
    ] {
        let project = copy_project();
        let p = project.path();
        crate::util::edit(p, "templates/report.typ", |t| format!("{line}\n{t}"));
        let out = p.join("out");
        let start = Instant::now();
        let o = build_2024_nb(p, &out, &[]);
        assert!(start.elapsed() < Duration::from_secs(60), "{line}");
        // Not the out-of-memory kill, not Rust's abort (134): exit 1.
        assert_eq!(o.status.code(), Some(1), "{line}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("more than 3 GiB of memory")
                && stderr(&o).contains("nothing was written"),
            "{line}: {}",
            stderr(&o)
        );
        assert!(!out.join("report-2024-nb.pdf").exists());
    }
}
