//! `rules.toml` and `check --rules`: the rules the data are checked
//! against, listed for staff, and a rule of the directorate's own added
//! without Rust.

use crate::util::{copy_project, stderr, trialreport};

#[test]
fn check_lists_every_rule_with_its_sizes_and_rules_toml_line() {
    let project = copy_project();
    let root = project.path();
    let rules = std::fs::read_to_string(root.join("rules.toml")).unwrap();
    std::fs::write(
        root.join("rules.toml"),
        format!(
            "{}\n[[rule]]\nname = \"paediatric-within-applications-of-2024\"\n\
             rule = \"applications.paediatric + 0 <= applications.total\"\n\
             reason = \"Trials with children are some of the applications.\"\n\
             years = \"2024..\"\n",
            rules.replace("change_beyond = 50", "change_beyond = 40")
        ),
    )
    .unwrap();
    let o = trialreport(root, &["check", "--rules"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    let line = rules.lines().count() + 3;
    for want in [
        "  applications-sum: applications.commercial + applications.non_commercial = applications.total (every year; rules.toml:",
        "  ctis-all-applications: ctis.rms + ctis.msc_ams + ctis.mononational = applications.total (2024..; rules.toml:",
        "  published-after-the-year: published after the year, and at most 20 years after it (every year)",
        "  longest-gap: at most 3 years in a row without a file between two years with files",
        "  change: a count that moved more than ±40 % and by at least 10, not across a [[break]]",
        "  zero: a count of 0 where last year had at least 10",
        "  paediatric-within-applications-of-2024: applications.paediatric + 0 <= applications.total (2024..; ",
        &format!("rules.toml:{line})\n    Trials with children are some of the applications."),
    ] {
        assert!(out.contains(want), "«{want}» not in:\n{out}");
    }
    // The rule holds for the shipped data: check is clean.
    let o = trialreport(root, &["check"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_rule_dropped_from_rules_toml_is_no_longer_checked_and_without_the_file_check_warns() {
    let project = copy_project();
    let root = project.path();
    // 2024's total one too many: the sum rule stops check at the total.
    let data = std::fs::read_to_string(root.join("data/2024.toml")).unwrap();
    std::fs::write(
        root.join("data/2024.toml"),
        data.replacen("total = 109", "total = 110", 1),
    )
    .unwrap();
    let o = trialreport(root, &["check", "--year", "2024"]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("total says 110, but commercial (76) + non_commercial (33) = 109"),
        "{}",
        stderr(&o)
    );
    // The directorate drops the rules that tie the total to its parts and
    // to CTIS: the same data pass (its rules are data, not Rust).
    let rules = std::fs::read_to_string(root.join("rules.toml")).unwrap();
    let kept: Vec<&str> = rules
        .split("\n[[rule]]\n")
        .filter(|r| !r.contains("applications.total"))
        .collect();
    std::fs::write(root.join("rules.toml"), kept.join("\n[[rule]]\n")).unwrap();
    let o = trialreport(root, &["check", "--year", "2024"]);
    assert!(
        !stderr(&o).contains("rule `applications-sum`"),
        "{}",
        stderr(&o)
    );
    // Without rules.toml, check says that nothing ties the counts.
    std::fs::remove_file(root.join("rules.toml")).unwrap();
    let o = trialreport(root, &["check", "--year", "2024"]);
    assert!(
        stderr(&o).contains("rules.toml: there is no rules.toml: the counts of a year are not checked against each other"),
        "{}",
        stderr(&o)
    );
}
