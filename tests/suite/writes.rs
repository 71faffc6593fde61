//! Writing the outputs: all or nothing, even when a target cannot be
//! replaced or the build is interrupted.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{copy_project, stderr, trialreport};

/// Every file of `dir` with its bytes, sorted by name.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

/// The temporary files the build left in `dir`.
fn leftovers(dir: &Path) -> Vec<String> {
    crate::util::file_names(dir)
        .into_iter()
        .filter(|n| n.starts_with(".trialreport-"))
        .collect()
}

#[test]
fn a_folder_in_the_way_of_one_output_replaces_none() {
    let project = copy_project();
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &["build", "--year", "2024", "--out", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let before = snapshot(&out);
    assert_eq!(
        before.len(),
        6,
        "{:?}",
        before.iter().map(|f| &f.0).collect::<Vec<_>>()
    );

    // A new year's text, and report-2024-nn.html a folder: the build must
    // replace none of the five other files.
    crate::util::edit(project.path(), "locales/nb/meta.ftl", |t| {
        crate::util::replace_once(
            &t,
            "report-subtitle = Årsrapport",
            "report-subtitle = Ny årsrapport",
        )
    });
    let blocked = out.join("report-2024-nn.html");
    std::fs::remove_file(&blocked).unwrap();
    std::fs::create_dir(&blocked).unwrap();
    let o = trialreport(
        project.path(),
        &["build", "--year", "2024", "--out", out.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("a folder of that name is in the way"), "{err}");
    assert!(err.contains("report-2024-nn.html"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    let after = snapshot(&out);
    let unchanged: Vec<_> = before
        .iter()
        .filter(|f| f.0 != "report-2024-nn.html")
        .cloned()
        .collect();
    assert_eq!(after, unchanged, "an earlier output changed");
    assert!(leftovers(&out).is_empty(), "{:?}", leftovers(&out));
}

#[test]
fn an_emitted_typst_folder_with_a_file_in_the_way_is_refused() {
    let project = copy_project();
    let emit = project.path().join("typst");
    std::fs::create_dir(&emit).unwrap();
    std::fs::write(emit.join("2024-nb"), "old").unwrap();
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &[
            "build",
            "--year",
            "2024",
            "--lang",
            "nb",
            "--out",
            out.to_str().unwrap(),
            "--emit-typst",
            emit.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("a file of that name is in the way"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read_to_string(emit.join("2024-nb")).unwrap(),
        "old"
    );
    assert!(leftovers(&emit).is_empty(), "{:?}", leftovers(&emit));
}

#[test]
fn an_interrupted_build_leaves_no_temporary_file() {
    let project = copy_project();
    let out = project.path().join("out");
    std::fs::create_dir(&out).unwrap();
    // Interrupt `--year all` at several moments of its run: before, while
    // and after it writes; each time the folder holds no temporary file.
    for delay_ms in [150u64, 400, 700, 1000, 1400, 2000] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_trialreport"))
            .arg("--root")
            .arg(project.path())
            .args(["build", "--year", "all", "--out"])
            .arg(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status();
        let start = Instant::now();
        let status = child.wait().unwrap();
        assert!(start.elapsed() < Duration::from_secs(30));
        assert!(
            status.success() || status.code() == Some(130),
            "{delay_ms} ms: {status:?}"
        );
        assert!(
            leftovers(&out).is_empty(),
            "{delay_ms} ms: {:?}",
            leftovers(&out)
        );
    }
}
