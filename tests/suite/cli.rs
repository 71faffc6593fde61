//! The command line end to end, on copies of the shipped project.

use crate::util::{copy_project, pdftotext, replace_once, stderr, trialreport};

#[test]
fn builds_both_reports_from_the_shipped_data() {
    let project = copy_project();
    let out = project.path().join("out");
    let o = trialreport(project.path(), &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let stdout = String::from_utf8_lossy(&o.stdout);
    for lang in ["en", "nb"] {
        let pdf = out.join(format!("report-2024-{lang}.pdf"));
        assert!(
            stdout.contains(&format!("report-2024-{lang}.pdf (")),
            "{stdout}"
        );
        let bytes = std::fs::read(&pdf).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
    }
    // Missing data are known gaps, declared in report.toml: one line.
    let err = stderr(&o);
    assert!(
        err.contains("note: known gaps, declared in report.toml: ") && err.contains("phases 2024"),
        "{err}"
    );
    assert!(!err.contains("warning"), "{err}");

    let nb = pdftotext(&out.join("report-2024-nb.pdf"));
    let normalise = |s: &str| s.replace('\u{a0}', " ");
    let nb = normalise(&nb);
    for expected in [
        "Kliniske studier 2024",
        "Nøkkeltall 2024",
        "Innhold",
        "I 2024 mottok Direktoratet for medisinske produkter (DMP) 109 søknader om klinisk utprøving av legemidler til mennesker.",
        "Dette er en svak oppgang fra fjorårets lave nivå (98).",
        "gikk ned for tredje år på rad, denne gangen med 15 prosent (fra 39 til 33)",
        "For de ikke-kommersielle sponsorene er både antallet og andelen (30 % av alle søknadene) de laveste siden tallserien startet i 2014.",
        "Hovedfunn",
        "Det kom inn 109 søknader om kliniske studier i 2024, 11 prosent flere enn i 2023 (98).",
        "ungdom deltar i 17 av studiene det er søkt om.",
        "Per 31. januar 2025 var ingen av søknadene",
        "254 overgangssøknader",
        "16 av 19",
        "desidert største",
        // Phases have no section in 2024: cancer trials are section 4.
        "se avsnitt 4",
        "svak nedgang fra 2023",
        "I 2024 behandlet DMP 432 søknader om vesentlige endringer.",
        "Dette er flere enn i 2022, da det ble gjennomført",
        "ca. 76 %",
        "De resterende 14 var initiert av akademia.",
        // Tables: rows of Table 1, 2, 3, 4, 5.
        "2022 108 50 32 % 158",
        "Multinasjonale søknader der Norge er RMS 4 10 11",
        "Neoplasms benign, malignant and unspecified (incl cysts and polyps) 44",
        "2021 38 23 61",
        "I alt 316 116 432",
        "Tabell 5",
        "Figur 4",
        // Data not supplied are said once, not invented.
        "Om tallene",
        "Følgende tall er ikke tilgjengelige og er derfor ikke med i rapporten:",
        "Søknader fordelt på faser: 2024",
        "Ordliste",
    ] {
        assert!(nb.contains(expected), "nb PDF lacks «{expected}»\n{nb}");
    }
    let en = normalise(&pdftotext(&out.join("report-2024-en.pdf")));
    for expected in [
        "Clinical trials 2024",
        "This was an increase of 11% from the previous year’s low level (98).",
        "fell for the third year in a row, this time by 15% (from 39 to 33)",
        "Main findings",
        "by far",
        "see section 4",
        "about 76%",
        "As of 31 January 2025, none of the applications",
        "Glossary",
    ] {
        assert!(en.contains(expected), "en PDF lacks «{expected}»\n{en}");
    }
}

#[test]
fn builds_an_early_year_and_one_language() {
    let project = copy_project();
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &[
            "build",
            "--year",
            "2016",
            "--lang",
            "en",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.join("report-2016-en.pdf").exists());
    assert!(!out.join("report-2016-nb.pdf").exists());
    let text = pdftotext(&out.join("report-2016-en.pdf"));
    assert!(text.contains("142"), "{text}");
}

#[test]
fn strict_turns_missing_data_into_an_error_and_writes_nothing() {
    let project = copy_project();
    // With the gaps declared, the shipped data pass; without, they do not.
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &["build", "--strict", "--out", out.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    std::fs::remove_dir_all(&out).unwrap();
    crate::util::without_known_gaps(project.path());
    let o = trialreport(
        project.path(),
        &["build", "--strict", "--out", out.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("applications by phase"),
        "{}",
        stderr(&o)
    );
    assert!(!out.join("report-2024-nb.pdf").exists());
}

#[test]
fn bad_data_fails_and_keeps_the_last_good_pdfs() {
    let project = copy_project();
    let out = project.path().join("out");
    let o = trialreport(project.path(), &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let before = std::fs::read(out.join("report-2024-nb.pdf")).unwrap();
    let page_before = std::fs::read(out.join("report-2024-nb.html")).unwrap();

    let path = project.path().join("data/2024.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        replace_once(&text, "non_commercial = 33", "non_commercial = 34"),
    )
    .unwrap();
    let o = trialreport(project.path(), &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("commercial (76) + non_commercial (34) = 110, but total says 109, as ctis.rms + ctis.msc_ams + ctis.mononational make: a part is the count to fix"),
        "{err}"
    );
    // No part's move stands out (+29 % and -13 %): the first part.
    assert!(err.contains("2024.toml:8:14"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        std::fs::read(out.join("report-2024-nb.pdf")).unwrap(),
        before
    );
    assert_eq!(
        std::fs::read(out.join("report-2024-nb.html")).unwrap(),
        page_before
    );
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(|e| e.ok())
        .collect();
    assert_eq!(
        leftovers.len(),
        6,
        "only the three PDFs and their pages: {leftovers:?}"
    );
}

#[test]
fn unknown_language_and_year_are_clear_errors() {
    let project = copy_project();
    let o = trialreport(project.path(), &["build", "--lang", "de", "--out", "x"]);
    // Bad usage, as the README says: exit 2.
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(
            "unknown language `de`: there is no folder locales/de (languages: en, nb, nn)"
        ),
        "{}",
        stderr(&o)
    );
    let o = trialreport(project.path(), &["build", "--year", "2030"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("there is no data for 2030"),
        "{}",
        stderr(&o)
    );
    let o = trialreport(project.path(), &["build", "--year", "twenty"]);
    assert_eq!(o.status.code(), Some(2), "bad usage is exit code 2");
}

#[test]
fn a_missing_message_fails_the_build_and_names_it() {
    let project = copy_project();
    let path = project.path().join("locales/en/sections.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let broken: String = text
        .lines()
        .filter(|l| !l.starts_with("col-rank"))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&path, broken).unwrap();
    let o = trialreport(project.path(), &["build", "--lang", "en", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    // At the source's definition, naming the file where it belongs.
    assert!(
        stderr(&o).contains("`en` has no message `col-rank`: add it to ")
            && stderr(&o).contains("locales/en/sections.ftl"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn facts_prints_json() {
    let project = copy_project();
    let o = trialreport(project.path(), &["facts", "--year", "2024"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["year"], 2024);
    assert_eq!(
        v["applications"]["total_trend"]["change"]["class"],
        "slight-increase"
    );
    assert_eq!(v["applications"]["total_trend"]["from_level"], "low");
    assert_eq!(v["therapy"]["by_far"], true);
    assert_eq!(v["guidance"]["industry_share"]["percent"], 76);
    assert!(
        v["missing"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["part"] == "phases")
    );
}

#[test]
fn identical_inputs_give_identical_pdfs() {
    let project = copy_project();
    let a = project.path().join("a");
    let b = project.path().join("b");
    for out in [&a, &b] {
        let o = trialreport(
            project.path(),
            &["build", "--lang", "nb", "--out", out.to_str().unwrap()],
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    assert_eq!(
        std::fs::read(a.join("report-2024-nb.pdf")).unwrap(),
        std::fs::read(b.join("report-2024-nb.pdf")).unwrap()
    );
}

#[test]
fn outside_a_project_every_command_says_so_and_facts_ends_its_own_way() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&["build"][..], &["facts"], &["watch"]] {
        let o = trialreport(dir.path(), args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains("error: this is not a trialreport project: ")
                && err.contains("has no data/ folder (and no locales/); run trialreport in the project folder, or give --root DIR"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("os error"), "{args:?}: {err}");
        assert_eq!(err.matches("error:").count(), 2, "{args:?}: {err}");
        let ending = if args[0] == "facts" {
            "error: 1 problem found; no facts were printed"
        } else {
            "error: 1 problem found; nothing was written"
        };
        assert!(err.trim_end().ends_with(ending), "{args:?}: {err}");
    }
    // `facts` never writes, so it never says it wrote nothing.
    let project = copy_project();
    let o = trialreport(project.path(), &["facts", "--year", "2030"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(!err.contains("nothing was written"), "{err}");
    assert!(err.contains("no facts were printed"), "{err}");
}

/// The release gate on the year nobody has shown us: a complete 2025 (its
/// own numbers, every part the rules in force ask for, editorial text in
/// every language, on the shipped history with its declared known gaps)
/// passes `build --strict`, and its report says what its numbers say.
#[test]
fn a_complete_2025_passes_the_release_gate() {
    let project = copy_project();
    let root = project.path();
    std::fs::write(
        root.join("data/2025.toml"),
        "year = 2025\npublished = 2026-03-02\n\n\
         [applications]\ncommercial = 81\nnon_commercial = 40\ntotal = 121\npaediatric = 20\n\
         rejected = 1\nrejected_as_of = 2026-01-31\ntransition = 12\n\n\
         [cancer]\ncommercial = 31\nnon_commercial = 17\ntotal = 48\n\n\
         [ctis]\nrms = 14\nmsc_ams = 85\nmultinational = 99\nmononational = 22\n\
         mononational_non_commercial = 18\ntotal = 121\n\n\
         [therapy_areas]\ntop = [\n  { soc = \"neoplasms\", count = 48 },\n  { soc = \"cardiac\", count = 11 },\n  { soc = \"endocrine\", count = 8 },\n]\n\n\
         [phases]\nphase_1 = 20\nphase_2 = 41\nphase_3 = 50\nphase_4 = 10\n\n\
         [modifications]\nctis_rms = 40\nctis_mononational = 30\nctis_msc = 300\nctis_total = 370\n\
         ctd = 10\ntotal = 380\n\n\
         [safety]\nannual_reports = 210\nnotifications = 95\nsubstances_national = 12\n\
         substances_multinational = 18\n\n\
         [guidance]\ntotal = 64\nmeetings = 55\nwritten = 9\nhuman = 35\nveterinary = 20\n\
         devices = 9\nindustry = 48\nacademia = 16\n\n\
         [context]\naction_plan_focus_areas = 9\nnortrials_centres = 6\nexport_strategy_measures = 15\n\
         nortrials_measure = 9\nexport_revenue = { year = 2021, nok_billion = 22 }\n\
         export_target = { year = 2030, nok_billion = 50 }\n\n\
         [[confirmed]]\nrule = \"change\"\nfield = \"applications.transition\"\n\
         reason = \"The transition ended on 30 January 2025.\"\n\n\
         [[confirmed]]\nrule = \"change\"\nfield = \"modifications.ctd\"\n\
         reason = \"From 31 January 2025 every trial is under the CTR.\"\n",
    )
    .unwrap();
    // This year's editorial text, for every topic last year had.
    for lang in ["nb", "nn", "en"] {
        let path = root.join(format!("locales/{lang}/editorial.ftl"));
        let mut text = std::fs::read_to_string(&path).unwrap();
        for topic in ["context", "transition", "modifications", "safety"] {
            text.push_str(&format!(
                "editorial-{topic}-2025 = {}\n",
                match lang {
                    "en" => "The year in brief, as the agency writes it.",
                    "nn" => "Året i korte trekk, slik direktoratet skriv det.",
                    _ => "Året i korte trekk, slik direktoratet skriver det.",
                }
            ));
        }
        std::fs::write(&path, text).unwrap();
    }
    let out = root.join("out");
    let o = trialreport(
        root,
        &[
            "build",
            "--year",
            "2025",
            "--strict",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(!err.contains("warning"), "{err}");
    let nb = pdftotext(&out.join("report-2025-nb.pdf")).replace('\u{a0}', " ");
    for expected in [
        "I 2025 mottok Direktoratet for medisinske produkter (DMP) 121 søknader",
        "Dette er en ",
        "Året i korte trekk, slik direktoratet skriver det.",
        "2. mars 2026",
    ] {
        assert!(nb.contains(expected), "missing «{expected}»:\n{nb}");
    }
    // Every section that applies in 2025 has its data: no "About the
    // figures" (the declared gaps of earlier years are named under their
    // figures), and eight numbered sections, listed in the contents.
    assert!(!nb.contains("Om tallene"), "{nb}");
    assert!(
        nb.contains("Innhold") && nb.contains("8 Veiledning og rådgivning"),
        "{nb}"
    );
    assert!(
        nb.contains("Tall for 2019–2023 er ikke tilgjengelige"),
        "{nb}"
    );
    let en = pdftotext(&out.join("report-2025-en.pdf"));
    assert!(
        en.contains("In 2025, the Norwegian Medical Products Agency (DMP) received 121"),
        "{en}"
    );
}
