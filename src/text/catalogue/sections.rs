//! The messages of the built-in sections 1 to 8.

use super::*;

/// Section 1, applications, and the tables and figures it shares.
pub(super) fn applications(c: &mut Catalogue) {
    use BuiltIn as S;
    let a = &[S::Applications];
    for id in [
        "col-commercial",
        "col-non-commercial",
        "col-non-commercial-share",
        "col-total",
        "col-commercial-narrow",
        "col-non-commercial-narrow",
        "col-non-commercial-share-narrow",
        "col-total-narrow",
        "series-transition",
        "title-applications",
        "title-transition",
    ] {
        c.add(id, a, vec![]);
    }
    for id in ["col-year", "sponsor-commercial", "sponsor-non-commercial"] {
        c.add(id, &[], vec![]);
    }
    c.add("axis-applications", &[], vec![]);
    c.add("sponsor-split", &[], vars!["commercial", "non-commercial"]);
    c.add("applications-received", a, vars!["year", "total", "agency"]);
    c.add("applications-trend", a, trend_vars());
    c.add(
        "applications-record",
        a,
        vars![
            of::<Record>("record"),
            "since",
            Var {
                name: "groups",
                keys: Some(["both", "commercial", "non-commercial", "none"].into()),
            }
        ],
    );
    c.add(
        "applications-group-record",
        a,
        vars![
            or_none::<Record>("commercial"),
            or_none::<Record>("non-commercial"),
            "since"
        ],
    );
    c.add(
        "applications-group-share-record",
        a,
        vars![of::<Record>("record"), "since", "percent"],
    );
    c.add(
        "applications-split",
        a,
        vars![
            of::<SplitPattern>("pattern"),
            of::<Direction>("direction"),
            of::<Sponsor>("driver"),
            "driver-current",
            "driver-previous",
            "other",
            "other-current",
            "other-previous",
            yes_no("other-identical")
        ],
    );
    c.add(
        "applications-split-other",
        a,
        vars![
            of::<SplitPattern>("pattern"),
            of::<Sponsor>("sponsor"),
            of::<ChangeKey>("change"),
            "percent",
            of::<Direction>("direction"),
            "streak",
            Var {
                name: "form",
                keys: Some(["streak", "again", "plain"].into()),
            }
        ],
    );
    c.add(
        "applications-share",
        a,
        vars![
            or_none::<Sponsor>("last"),
            "year",
            "percent",
            yes_no("approximate"),
            or_none::<Record>("record"),
            "since"
        ],
    );
    c.add("applications-paediatric", a, vars!["count"]);
    c.add("applications-rejected", a, vars!["count", "date", "year"]);
    c.add("applications-transition", a, vars!["count", "year"]);
}

/// Section 2, CTIS.
pub(super) fn ctis(c: &mut Catalogue) {
    use BuiltIn as S;
    let s = &[S::Ctis];
    for id in [
        "col-case-type",
        "ctis-rms-role",
        "row-ctis-rms",
        "row-ctis-msc",
        "row-ctis-mononational",
        "title-ctis",
    ] {
        c.add(id, s, vec![]);
    }
    c.add("note-ctis-terms", &[S::Ctis, S::Glossary], vec![]);
    c.add("ctis-ctr", s, vars!["date"]);
    c.add(
        "ctis-split",
        s,
        vars![
            "year",
            "total",
            "multinational",
            "mononational",
            yes_no("all")
        ],
    );
    c.add(
        "ctis-coverage",
        s,
        vars!["year", "ctis", "total", "outside", yes_no("all")],
    );
    c.add("ctis-rms", s, vars!["year", "rms", "multinational"]);
    c.add("ctis-mononational", s, vars!["count", "mononational"]);
    c.add("table-ctis-partial", s, vars!["years", "count"]);
}

/// Sections 3 to 8: phases, therapy areas, cancer trials, modifications,
/// safety, guidance.
pub(super) fn others(c: &mut Catalogue) {
    use BuiltIn as S;
    let p = &[S::Phases];
    c.add("phase", p, vars!["phase"]);
    c.add("phases-note", p, vec![]);
    c.add("title-phases", p, vec![]);
    c.add(
        "phases-change",
        p,
        vars![
            of::<ChangeClass>("phase-3"),
            "phase-3-current",
            "phase-3-previous",
            of::<ChangeClass>("phase-2"),
            "phase-2-current",
            "phase-2-previous",
            "previous-year",
            yes_no("agree")
        ],
    );

    therapy_and_cancer(c);
    modifications(c);
    safety_and_guidance(c);
}

/// Sections 4 and 5, therapy areas and cancer trials.
fn therapy_and_cancer(c: &mut Catalogue) {
    use BuiltIn as S;
    let t = &[S::Therapy];
    for id in ["col-rank", "col-soc", "col-applications", "note-meddra"] {
        c.add(id, t, vec![]);
    }
    c.add("rank", t, vars!["rank"]);
    c.add("title-therapy", t, vars!["count"]);
    c.add(
        "therapy-leader",
        t,
        vars![
            "count",
            "area",
            yes_no("still"),
            yes_no("by-far"),
            yes_no("cancer-shown"),
            "cancer-section"
        ],
    );

    let k = &[S::Cancer];
    for id in [
        "axis-trials",
        "cancer-definition",
        "col-commercial-short",
        "col-non-commercial-short",
        "title-cancer",
    ] {
        c.add(id, k, vec![]);
    }
    c.add("col-total-short", &[], vec![]);
    let mut total = trend_vars();
    total.extend(vars!["total", "year"]);
    c.add("cancer-total", k, total);
    c.add("cancer-total-only", k, vars!["total", "year"]);
}

/// Section 6, modifications.
fn modifications(c: &mut Catalogue) {
    use BuiltIn as S;
    let m = &[S::Modifications];
    for id in [
        "axis-modifications",
        "col-ctd",
        "col-in-ctis",
        "col-role",
        "row-mod-rms",
        "row-mod-msc",
        "row-mod-mononational",
        "row-sum",
        "series-ctd",
        "series-ctis",
        "series-modifications",
        "title-modifications-roles",
    ] {
        c.add(id, m, vec![]);
    }
    c.add("title-modifications", m, vars![yes_no("split")]);
    c.add("note-mod-ctd", m, vars!["ctd"]);
    c.add("modifications-total", m, vars!["agency", "total", "year"]);
    let mut trend = trend_vars();
    trend.extend(vars!["agency", "total", "year"]);
    c.add("modifications-trend", m, trend);
    c.add("modifications-split", m, vars!["ctis", "ctd"]);
    c.add(
        "modifications-parts",
        m,
        vars![
            "ctis",
            "ctis-previous",
            of::<ChangeClass>("ctis-change"),
            "ctd",
            "ctd-previous",
            of::<ChangeClass>("ctd-change"),
            yes_no("ctd-none"),
            yes_no("apart")
        ],
    );
}

/// Sections 7 and 8, safety reporting and guidance.
fn safety_and_guidance(c: &mut Catalogue) {
    use BuiltIn as S;
    let s = &[S::Safety];
    for id in [
        "safety-regulation",
        "safety-scope",
        "axis-count",
        "axis-substances",
        "series-annual-reports",
        "series-notifications",
        "series-substances-national",
        "series-substances-multinational",
        "title-safety-reports",
        "title-safety-substances",
    ] {
        c.add(id, s, vec![]);
    }
    c.add(
        "safety-change",
        s,
        vars![
            "year",
            "previous-year",
            "reports",
            "reports-previous",
            of::<ChangeClass>("reports-change"),
            "notifications",
            "notifications-previous",
            of::<ChangeClass>("notifications-change"),
            yes_no("agree")
        ],
    );
    c.add(
        "safety-substances-change",
        s,
        vars![of::<ChangeClass>("change"), "current", "previous"],
    );

    let g = &[S::Guidance];
    for id in [
        "axis-guidance",
        "area-human",
        "area-veterinary",
        "area-devices",
        "initiator-industry",
        "initiator-academia",
        "title-guidance-areas",
        "title-guidance-initiators",
    ] {
        c.add(id, g, vec![]);
    }
    c.add(
        "guidance-total",
        g,
        vars!["agency", "total", "meetings", "written", "year"],
    );
    c.add("guidance-total-only", g, vars!["agency", "total", "year"]);
    let mut trend = trend_vars();
    trend.extend(vars![yes_no("gradual"), "base", "base-year"]);
    c.add("guidance-trend", g, trend);
    c.add(
        "guidance-since",
        g,
        vars![of::<Shape>("shape"), "base-year", "base", "missing"],
    );
    c.add("guidance-areas", g, vars!["human", "veterinary", "devices"]);
    c.add(
        "guidance-initiators",
        g,
        vars!["industry", "academia", "percent", yes_no("approximate")],
    );
}
