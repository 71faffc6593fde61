//! Everything a run reads, loaded once: report.toml and the data (checked),
//! the facts of each year, the locales, the templates, the charts' style and
//! the fonts.

use rayon::prelude::*;

use super::edition::{Assets, Edition};
use super::project::resolve_langs;
use super::{BuildOptions, Project, resolve_years};
use crate::config::Config;
use crate::data::Dataset;
use crate::diag::{Diagnostic, Diagnostics};
use crate::facts::{self, Facts};
use crate::fonts::Fonts;
use crate::html::HtmlTemplates;
use crate::text::{self, Locale};
use crate::typeset::Templates;
use crate::{charts, check, gaps};

/// The inputs of a run.
pub struct Inputs {
    pub config: Config,
    pub data: Dataset,
    /// One per year built, in order.
    pub facts: Vec<Facts>,
    /// The languages built.
    pub langs: Vec<String>,
    /// The locales of the languages built and of the source language they
    /// are checked against.
    pub locales: Vec<Locale>,
    pub assets: Assets,
    pub gaps: gaps::Gaps,
    /// The warnings met while loading (rules.toml, data not supplied).
    pub warnings: Vec<Diagnostic>,
}

impl Inputs {
    /// Reads the project for `opts`: the locales load while the fonts, the
    /// templates and the charts' style are read.
    pub fn load(project: &Project, opts: &BuildOptions) -> Result<Inputs, Diagnostics> {
        let (config, data) = project.load()?;
        // A project without rules.toml is warned (its counts are not checked
        // against each other); broken rules stopped `load` already.
        let rule_warnings = check::series_rules(&data, &config, &project.rules_path());
        let resolved = resolve_years(&data, opts.years, &project.data_dir())?;
        let years: Vec<i32> = resolved.iter().map(|y| y.year).collect();
        let langs = resolve_langs(project, &opts.langs)?;
        let facts: Vec<Facts> = (resolved.iter())
            .map(|y| facts::compute(&data, &config, y))
            .collect();
        let gaps = gaps::gaps(&facts, &config, &data, &project.data_dir());
        let mut warnings: Vec<Diagnostic> = gaps.warnings.clone();
        warnings.extend(rule_warnings);

        // The languages built, and the source language they are checked against.
        let mut read = langs.clone();
        if !read.iter().any(|l| l == check::SOURCE_LANG)
            && project.locales_dir().join(check::SOURCE_LANG).is_dir()
        {
            read.push(check::SOURCE_LANG.to_string());
        }
        let (locales, assets) = rayon::join(
            || {
                (read.par_iter())
                    .map(|lang| Locale::load(lang, &project.locales_dir().join(lang)))
                    .collect::<Vec<_>>()
            },
            || load_assets(project, opts),
        );
        let mut errors = Vec::new();
        let mut locales: Vec<Locale> = (locales.into_iter())
            .filter_map(|l| l.map_err(|e| errors.extend(e)).ok())
            .collect();
        let assets = assets.map_err(|e| {
            errors.push(e);
            Diagnostics(errors.clone())
        })?;
        if !errors.is_empty() {
            return Err(Diagnostics(errors));
        }
        let area_errors = check::area_keys(&data, &years, &locales.iter().collect::<Vec<_>>());
        if !area_errors.is_empty() {
            return Err(Diagnostics(area_errors));
        }
        // Only the languages asked for are built.
        if opts.pseudo {
            for locale in locales.iter_mut().filter(|l| langs.contains(&l.lang)) {
                locale.set_transform(Some(text::locale::pseudo));
            }
        }
        Ok(Inputs {
            config,
            data,
            facts,
            langs,
            locales,
            assets,
            gaps,
            warnings,
        })
    }

    /// The years built, in order.
    pub fn years(&self) -> Vec<i32> {
        self.facts.iter().map(|f| f.year).collect()
    }

    /// The locales of the languages built (not the source language read
    /// only to check them against).
    pub fn built_locales(&self) -> impl Iterator<Item = &Locale> {
        (self.locales.iter()).filter(|l| self.langs.contains(&l.lang))
    }
}

/// The fonts (once per run), the templates and the charts' style; the HTML
/// templates only when the web page is written.
fn load_assets(project: &Project, opts: &BuildOptions) -> Result<Assets, Diagnostic> {
    let dir = project.templates_dir();
    let fonts = Fonts::load(&dir, opts.font_path.as_deref())?;
    let templates = Templates::new(&dir)?;
    let html = if opts.writes(Edition::Html) {
        Some(HtmlTemplates::new(&dir)?)
    } else {
        None
    };
    let style = charts::Style::load(&dir, &fonts)?;
    Ok(Assets {
        templates,
        html,
        style,
        fonts,
    })
}
