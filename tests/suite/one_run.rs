//! Every problem in one run: `check` does not stop at the data's errors and
//! hide the rest of the year being published.

use crate::util::{copy_project, stderr, trialreport};

/// A 2025 copied from 2024 with only its year changed: the stale date is
/// an error, and in the same run every section left as 2024's and every
/// editorial text 2025 lacks are named.
#[test]
fn check_reports_the_data_errors_and_the_rest_of_the_year_together() {
    let project = copy_project();
    let root = project.path();
    let text = std::fs::read_to_string(root.join("data/2024.toml")).unwrap();
    std::fs::write(
        root.join("data/2025.toml"),
        text.replacen("year = 2024", "year = 2025", 1),
    )
    .unwrap();
    let o = trialreport(root, &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    for want in [
        "error: rejected_as_of 2025-01-31 is not after 2025",
        "warning: [guidance] of 2025 is identical to 2024's (",
        "data/2024.toml:59): all 8 counts are as last year (was it updated?)",
        "data/2024.toml:7): all 6 counts are as last year",
        "warning: `editorial-safety-2025` is missing: 2024 had `editorial-safety-2024`",
        "warning: `editorial-context-2025` is missing",
    ] {
        assert!(err.contains(want), "«{want}» not in:\n{err}");
    }
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.contains("check: 1 error, 10 warnings in 2 files"),
        "{out}"
    );
}
