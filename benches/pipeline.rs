//! Each stage of the pipeline on the shipped 2024 data, in both languages:
//! load, facts, locale, text, charts, library (the Typst world with the
//! document as input), typeset (layout), PDF export, the HTML page, and the
//! whole report (both editions).
//!
//! `cargo bench --bench pipeline` (release profile). Typst memoizes layout
//! across compilations in a process (comemo); the typeset benchmark clears
//! that cache before each run, so it measures a first layout, as a fresh
//! process would do it.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

use trialreport::build::{self, Project};
use trialreport::text::{self, Locale};
use trialreport::typeset::{ReportWorld, Templates};
use trialreport::{charts, data, facts, html};

const YEAR: i32 = 2024;

fn project() -> Project {
    Project::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

fn stages(c: &mut Criterion) {
    let project = project();
    c.bench_function("load (report.toml + data/)", |b| {
        b.iter(|| project.load().unwrap())
    });
    c.bench_function("load data/ only", |b| {
        b.iter(|| data::load_dir(&project.data_dir()).unwrap())
    });
    let (config, data) = project.load().unwrap();
    let cur = data.get(YEAR).unwrap();
    c.bench_function("facts 2024", |b| {
        b.iter(|| facts::compute(black_box(&data), &config, cur))
    });
    let facts = facts::compute(&data, &config, cur);
    let fonts = trialreport::fonts::Fonts::load(&project.templates_dir(), None).unwrap();
    let assets = build::Assets {
        templates: Templates::new(&project.templates_dir()).unwrap(),
        html: Some(html::HtmlTemplates::new(&project.templates_dir()).unwrap()),
        style: charts::Style::load(&project.templates_dir(), &fonts).unwrap(),
        fonts,
    };
    let (templates, chart_style, fonts) = (&assets.templates, &assets.style, &assets.fonts);
    let html_templates = assets.html.as_ref().unwrap();
    c.bench_function("html templates (read, compile, fonts)", |b| {
        b.iter(|| html::HtmlTemplates::new(&project.templates_dir()).unwrap())
    });

    for lang in ["nb", "en"] {
        let dir = project.locales_dir().join(lang);
        c.bench_function(&format!("locale load/{lang}"), |b| {
            b.iter(|| Locale::load(lang, &dir).unwrap())
        });
        let locale = Locale::load(lang, &dir).unwrap();
        c.bench_function(&format!("text/{lang}"), |b| {
            b.iter(|| text::document(black_box(&facts), &config.outline(), &locale))
        });
        let (doc, errors) = text::document(&facts, &config.outline(), &locale);
        assert!(errors.is_empty(), "{errors:?}");
        let number = |v: f64| locale.number(v);
        c.bench_function(&format!("charts/{lang}"), |b| {
            b.iter(|| charts::draw(black_box(&doc), chart_style, &number).unwrap())
        });
        let drawn = charts::draw(&doc, chart_style, &number).unwrap();
        let phone = charts::draw_phone(&doc, chart_style, &number);
        let rendered =
            trialreport::rendered::Rendered::new(doc.clone(), drawn.clone(), phone).unwrap();
        c.bench_function(&format!("html page/{lang}"), |b| {
            b.iter(|| {
                html::render(
                    html_templates,
                    black_box(&rendered),
                    &Default::default(),
                    &number,
                )
                .unwrap()
            })
        });
        c.bench_function(&format!("world (library with inputs)/{lang}"), |b| {
            b.iter(|| {
                ReportWorld::new(templates, Some((black_box(&doc), &drawn)), fonts.store()).unwrap()
            })
        });
        c.bench_function(&format!("typeset (layout, cold cache)/{lang}"), |b| {
            b.iter_batched(
                || {
                    typst::comemo::evict(0);
                    ReportWorld::new(templates, Some((&doc, &drawn)), fonts.store()).unwrap()
                },
                |world| world.compile().unwrap(),
                BatchSize::PerIteration,
            )
        });
        c.bench_function(&format!("typeset (layout, warm cache)/{lang}"), |b| {
            b.iter_batched(
                || ReportWorld::new(templates, Some((&doc, &drawn)), fonts.store()).unwrap(),
                |world| world.compile().unwrap(),
                BatchSize::PerIteration,
            )
        });
        let world = ReportWorld::new(templates, Some((&doc, &drawn)), fonts.store()).unwrap();
        let compiled = world.compile().unwrap();
        c.bench_function(&format!("pdf export/{lang}"), |b| {
            b.iter(|| world.pdf(&compiled.document, "bench", None).unwrap())
        });
        c.bench_function(&format!("whole report, cold cache/{lang}"), |b| {
            b.iter_batched(
                || typst::comemo::evict(0),
                |()| {
                    build::make_report_with(
                        &assets,
                        &build::EDITIONS,
                        &config.outline(),
                        &facts,
                        &locale,
                        &Default::default(),
                    )
                    .unwrap()
                },
                BatchSize::PerIteration,
            )
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = stages
}
criterion_main!(benches);
