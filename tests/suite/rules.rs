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
        "  applications-sum: applications.commercial + applications.non_commercial = applications.total (every year)",
        "  ctis-all-applications: ctis.rms + ctis.msc_ams + ctis.mononational = applications.total (from the last year of the `ctis` [[break]] in report.toml)",
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
fn the_shipped_rules_toml_has_no_rule_of_its_own_and_the_default_sizes() {
    let o = trialreport(&crate::util::root(), &["check", "--rules"]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.contains("The directorate's own (rules.toml; errors):\n  none\n"),
        "{out}"
    );
    assert!(out.contains("±50 % and by at least 10"), "{out}");
}
