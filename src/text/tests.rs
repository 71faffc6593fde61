use super::*;

#[test]
fn a_term_is_used_where_a_word_begins_whole_or_inflected() {
    assert!(uses_term("søkt i CTIS (CTR)", "CTR"));
    assert!(uses_term("CTIS", "CTIS"));
    assert!(uses_term("SUSAR-er i", "SUSAR"));
    // English plural, Norwegian inflection, a headword's capital.
    assert!(uses_term("reactions (SUSARs) in", "SUSAR"));
    assert!(uses_term(
        "behandlet 254 overgangssøknader",
        "Overgangssøknad"
    ));
    assert!(uses_term("Overgangssøknader: tall", "Overgangssøknad"));
    assert!(uses_term(
        "254 transition applications",
        "Transition application"
    ));
    assert!(!uses_term("CTISX", "CTIS"));
    assert!(!uses_term("CTIS2", "CTIS"));
    assert!(!uses_term("XCTIS", "CTIS"));
    assert!(!uses_term("anything", ""));
    assert!(!uses_term("MSCA", "MSC"));
    // An abbreviation is not found in small letters.
    assert!(!uses_term("ctis", "CTIS"));
    assert!(!uses_term("medDRA", "MedDRA"));
    assert!(!uses_term("overgang", "Overgangssøknad"));
}

/// A builder over 2014 of the test data, in a shipped language.
fn with_builder(lang: &str, f: impl FnOnce(&Builder)) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let loc = Locale::load(lang, &dir).unwrap();
    let facts = crate::facts::test_facts(&crate::facts::test_data(&[(2014, "")]), 2014);
    let config = crate::config::Config::shipped();
    let outline = config.outline();
    let b = Builder::new(&facts, &outline, &loc);
    f(&b);
}

#[test]
fn years_are_listed_with_runs_of_three_or_more_as_ranges() {
    with_builder("en", |b| {
        assert_eq!(b.years(&[2014]), "2014");
        assert_eq!(b.years(&[2014, 2015]), "2014 and 2015");
        assert_eq!(b.years(&[2014, 2016, 2017]), "2014, 2016 and 2017");
        assert_eq!(b.years(&[2014, 2015, 2016]), "2014–2016");
        assert_eq!(
            b.years(&[2013, 2015, 2016, 2017, 2019]),
            "2013, 2015–2017 and 2019"
        );
        assert_eq!(
            b.years(&[2014, 2015, 2016, 2017, 2019, 2020]),
            "2014–2017, 2019 and 2020"
        );
    });
    with_builder("nb", |b| {
        assert_eq!(b.years(&[2019, 2020, 2021, 2023]), "2019–2021 og 2023");
    });
}

#[test]
fn the_outline_says_which_sections_are_numbered() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut config = crate::config::Config::load(&root.join("report.toml")).unwrap();
    let data = crate::data::load_dir(&root.join("data")).unwrap();
    let facts = crate::facts::compute(&data, &config, data.get(2024).unwrap());
    let loc = Locale::load("en", &root.join("locales/en")).unwrap();
    let numbered = |config: &crate::config::Config| {
        let (doc, _) = document(&facts, &config.outline(), &loc);
        doc.sections
            .iter()
            .map(|s| (s.id.clone(), s.numbered))
            .collect::<Vec<_>>()
    };
    let has = |sections: &[(String, bool)], expected: &[(&str, bool)]| {
        for &(id, n) in expected {
            assert!(
                sections.contains(&(id.to_string(), n)),
                "{id}: {sections:?}"
            );
        }
    };
    has(
        &numbered(&config),
        &[("sec-applications", true), ("sec-glossary", false)],
    );
    // The other way round, as report.toml says.
    for s in &mut config.section {
        match s.id.as_str() {
            "applications" => s.numbered = Some(false),
            "glossary" => s.numbered = Some(true),
            _ => {}
        }
    }
    has(
        &numbered(&config),
        &[
            ("sec-applications", false),
            ("sec-glossary", true),
            ("sec-cancer", true),
        ],
    );
}

#[test]
fn the_contents_and_the_box_follow_report_toml_and_the_data() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut config = crate::config::Config::load(&root.join("report.toml")).unwrap();
    let data = crate::data::load_dir(&root.join("data")).unwrap();
    let loc = Locale::load("en", &root.join("locales/en")).unwrap();
    let doc = |config: &crate::config::Config, year| {
        let facts = crate::facts::compute(&data, config, data.get(year).unwrap());
        document(&facts, &config.outline(), &loc).0
    };
    // 2018 has two numbered sections (applications, cancer trials).
    assert_eq!(config.contents.min_sections, 4);
    assert!(!doc(&config, 2018).contents);
    assert!(doc(&config, 2024).contents);
    config.contents.min_sections = 2;
    assert!(doc(&config, 2018).contents);
    config.contents.min_sections = 3;
    assert!(!doc(&config, 2018).contents);
    // Without "about" in the outline the sections are left out all the
    // same, and nothing else says what is missing.
    config.section.retain(|s| s.id != "about");
    let d = doc(&config, 2018);
    let ids: Vec<&str> = d.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["sec-applications", "sec-cancer", "sec-glossary"]);
    assert!(
        !d.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .any(|b| matches!(b, Block::Unavailable { .. }))
    );
}

#[test]
fn shows_knows_which_sections_a_report_has_before_it_is_built() {
    // What a reference asks (`Builder::shows`) and what the builders
    // make agree, for every section in every shipped year, and with
    // every part of the data supplied.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = crate::config::Config::load(&root.join("report.toml")).unwrap();
    let shipped = crate::data::load_dir(&root.join("data")).unwrap();
    let loc = Locale::load("en", &root.join("locales/en")).unwrap();
    let outline = config.outline();
    for data in [
        shipped.clone(),
        crate::text::catalogue::tests::complete(&shipped),
    ] {
        for year in data.years.keys() {
            let facts = crate::facts::compute(&data, &config, data.get(*year).unwrap());
            let b = Builder::new(&facts, &outline, &loc);
            let doc = b.document();
            for id in <BuiltIn as strum::IntoEnumIterator>::iter() {
                if matches!(id, BuiltIn::Context | BuiltIn::About | BuiltIn::Glossary) {
                    continue;
                }
                let key: &str = id.into();
                let built = doc.sections.iter().any(|s| s.id == format!("sec-{key}"));
                assert_eq!(b.shows(id), built, "{year}: {id:?}");
            }
        }
    }
}

#[test]
fn the_colophon_explains_exactly_the_symbols_the_tables_hold() {
    with_builder("en", |b| {
        let table = |rows: Vec<Vec<Cell>>, footer: Vec<Vec<Cell>>| Table {
            id: "tab".into(),
            caption: String::new(),
            columns: vec![Column::Number; 2],
            header: vec![vec![Cell::new("Year"), Cell::new("Count")]],
            rows,
            footer,
            notes: Vec::new(),
        };
        // The colophon's key of a report whose one section holds `tables`.
        let key = |tables: Vec<Table>| -> Vec<String> {
            let section = Section {
                id: "sec-x".into(),
                title: String::new(),
                numbered: true,
                blocks: tables.into_iter().map(Block::Table).collect(),
            };
            b.colophon(&[section])
                .symbols
                .iter()
                .map(|e| format!("{} = {}", e.label, e.value))
                .collect()
        };
        let value = |y: &str, n: &str| vec![Cell::new(y), Cell::new(n)];
        let na = b.symbol(Symbol::NotAvailable);
        let nap = b.symbol(Symbol::NotApplicable);
        assert!(key(vec![table(vec![value("2014", "5")], vec![])]).is_empty());
        assert_eq!(
            key(vec![table(
                vec![value("2014", "5"), vec![Cell::new("2015"), na.clone()]],
                vec![]
            )]),
            [".. = Data not available"]
        );
        // A symbol in the sum row counts too.
        assert_eq!(
            key(vec![table(
                vec![value("2014", "5")],
                vec![vec![Cell::new("Total"), nap.clone()]]
            )]),
            [". = Category not applicable"]
        );
        // A break marks a value (here a year in the header): it is in
        // the key too, after the others (SSB's order: `.` before `..`); symbols of several tables are
        // explained once.
        let marked = Cell {
            mark: Some(Symbol::Break),
            ..Cell::new(b.t("table-break-mark", args![("value", "2023")]))
        };
        assert_eq!(marked.text, "|\u{a0}2023");
        let mut t = table(vec![value("2014", "5")], vec![]);
        t.header[0][0] = marked;
        assert_eq!(
            key(vec![
                t,
                table(vec![vec![na.clone(), nap.clone()]], vec![]),
                table(vec![vec![na, Cell::new("1")]], vec![]),
            ]),
            [
                ". = Category not applicable",
                ".. = Data not available",
                "| = Break in series"
            ]
        );
    });
}

#[test]
fn alt_texts_name_the_highest_and_lowest_bar_or_stack() {
    with_builder("en", |b| {
        let chart = |kind, series: Vec<(&str, Vec<f64>)>| ChartData {
            kind,
            categories: vec!["Phase I".into(), "Phase II".into()],
            series: series
                .into_iter()
                .map(|(n, v)| (n.to_string(), v))
                .collect(),
            y_label: String::new(),
        };
        // One series: the bars are the categories.
        assert_eq!(
            b.alt_text(
                "Trials by phase.",
                &chart(ChartKind::GroupedBars, vec![("2024", vec![3.0, 9.0])])
            ),
            "Bar chart: Trials by phase. Legend: 2024. Highest: Phase II (9). Lowest: Phase I (3)."
        );
        // Several: each bar is a category in one series.
        assert_eq!(
            b.alt_text(
                "Trials by phase.",
                &chart(
                    ChartKind::GroupedBars,
                    vec![("2023", vec![3.0, 9.0]), ("2024", vec![4.0, 2.0])]
                )
            ),
            "Bar chart: Trials by phase. Legend: 2023 and 2024. Highest: Phase II, 2023 (9). Lowest: Phase II, 2024 (2)."
        );
        // Stacked: the totals, the first of equal ones.
        assert_eq!(
            b.alt_text(
                "Applications.",
                &chart(
                    ChartKind::StackedBars,
                    vec![("A", vec![3.0, 1.0]), ("B", vec![1.0, 3.0])]
                )
            ),
            "Stacked bar chart: Applications. Legend: A and B. Highest total: Phase I (4). Lowest total: Phase I (4)."
        );
    });
}

/// The shipped `lang` with `edit` made to its text: a translator's own
/// choice of words.
fn edited_locale(lang: &str, edit: impl Fn(&str) -> String) -> Locale {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let files = locale::read_sources(&dir)
        .unwrap()
        .into_iter()
        .map(|f| crate::diag::SourceFile::new(f.name.clone(), edit(&f.text)))
        .collect();
    Locale::from_sources(lang, files).unwrap()
}

#[test]
fn the_share_sentence_knows_which_group_was_named_last() {
    // A translator who says "the former group" after a sentence about
    // the commercial sponsors alone.
    let loc = edited_locale("en", |t| {
        t.replace(
            "   *[other] Non-commercial sponsors accounted",
            "    [commercial] Next to them, non-commercial sponsors accounted\n   *[other] Non-commercial sponsors accounted",
        )
    });
    // (commercial, non-commercial): 1994's commercial count is the lowest
    // of the series, the total and the other group's not.
    let rows = [
        (1988, 63, 40),
        (1989, 66, 45),
        (1990, 60, 30),
        (1991, 62, 52),
        (1992, 64, 54),
        (1993, 70, 44),
        (1994, 58, 50),
        (1995, 61, 47),
    ];
    let files: Vec<_> = rows
        .iter()
        .map(|(y, c, n)| {
            crate::diag::SourceFile::new(
                format!("data/{y}.toml"),
                format!("year = {y}\n[applications]\ncommercial = {c}\nnon_commercial = {n}\ntotal = {}\n", c + n),
            )
        })
        .collect();
    let data = crate::data::load_sources(&files).unwrap();
    let config = crate::config::Config::shipped();
    let text = |year| {
        let facts = crate::facts::compute(&data, &config, data.get(year).unwrap());
        let outline = config.outline();
        let b = Builder::new(&facts, &outline, &loc);
        b.applications_text().join(" ")
    };
    let y1994 = text(1994);
    assert!(
        y1994.contains("the lowest since the series began in 1988")
            && y1994.contains("Next to them, non-commercial sponsors accounted for 46%"),
        "{y1994}"
    );
    // The groups moved apart: the one named last is "these sponsors"
    // (not "the latter group", which would need two groups named).
    let y1995 = text(1995);
    assert!(
        y1995.contains("These sponsors accounted for 44%"),
        "{y1995}"
    );
}

#[test]
fn a_reference_mark_becomes_a_link_between_the_text_runs() {
    with_builder("en", |b| {
        let kinds = |text: &str| match b.para_with_refs(text, "sec-cancer") {
            Block::Para { runs } => runs
                .iter()
                .map(|r| match r {
                    Run::Text { text } => format!("text:{text}"),
                    Run::Ref { target, supplement } => format!("ref:{target}:{supplement}"),
                })
                .collect::<Vec<_>>(),
            _ => panic!("not a paragraph"),
        };
        assert_eq!(kinds("No reference."), ["text:No reference."]);
        assert_eq!(
            kinds(&format!("See {REF_MARK}.")),
            ["text:See ", "ref:sec-cancer:section", "text:."]
        );
        assert_eq!(
            kinds(&format!("{REF_MARK} first")),
            ["ref:sec-cancer:section", "text: first"]
        );
    });
}

#[test]
fn editorial_paragraphs() {
    assert_eq!(
        paragraphs("One\n  line.\n\n\nTwo."),
        vec!["One line.".to_string(), "Two.".to_string()]
    );
}
