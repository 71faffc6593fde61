//! Front matter: the key figures (those `report.toml` lists, each with its
//! change from last year when every one has last year's value) and the context passage
//! (the year's editorial text with the `[context]` facts).

use super::super::*;
use crate::config::KeyFigure as Figure;

impl Builder<'_> {
    /// The key figures, each with its change from last year when every one
    /// of them has last year's value (and none otherwise).
    pub(in crate::text) fn key_figures(&self) -> KeyFigures {
        let f = self.f;
        let mut items = Vec::new();
        let note = |c: Option<&Change>| {
            c.map(|c| {
                self.t(
                    "key-change",
                    args![
                        ("change", c.class.key()),
                        ("direction", selector(c.direction)),
                        ("percent", c.percent),
                        ("previous-year", c.previous_year)
                    ],
                )
            })
        };
        // A key figure's label gets its number, and whether it counts all
        // applications of the year (the multinational applications in CTIS
        // of 2022 and 2023 do not: "20 of 31 applications in CTIS").
        let mut item = |value: u32, label: &str, part_of: Option<u32>, note: Option<String>| {
            items.push(KeyFigure {
                value: self.num(value),
                label: self.t(
                    label,
                    args![
                        ("count", value),
                        ("all", part_of.is_none()),
                        ("of", part_of.unwrap_or(0))
                    ],
                ),
                note,
            })
        };
        let a = &f.applications;
        let trend_change = |t: &Option<crate::facts::Trend>| t.as_ref().map(|t| t.change.clone());
        for key in self.o.key_figures {
            // An id `report.toml` refused has no figure.
            let Ok(id) = key.parse::<Figure>() else {
                continue;
            };
            // (value, change from last year) of each key figure the year has.
            let figure: Option<(u32, Option<Change>, Option<u32>)> = match id {
                Figure::Applications => Some((a.total, trend_change(&a.total_trend), None)),
                Figure::Multinational => f.ctis.as_ref().map(|c| {
                    let part_of = (!c.all_applications).then_some(c.total);
                    (c.multinational, c.multinational_change.clone(), part_of)
                }),
                Figure::Paediatric => a.paediatric.map(|p| (p, a.paediatric_change.clone(), None)),
                Figure::Cancer => f
                    .cancer
                    .as_ref()
                    .map(|c| (c.total, trend_change(&c.trend), None)),
                Figure::Modifications => f
                    .modifications
                    .as_ref()
                    .map(|m| (m.total, trend_change(&m.trend), None)),
                Figure::Guidance => f
                    .guidance
                    .as_ref()
                    .map(|g| (g.total, trend_change(&g.trend), None)),
            };
            if let Some((value, change, part_of)) = figure {
                item(value, &format!("key-{key}"), part_of, note(change.as_ref()));
            }
        }
        // A change line on every figure or on none: a box where some
        // figures have one and some not reads as if the others had not
        // changed (2024: the total and the cancer trials have last year's
        // value; the multinational applications, a break, and four series
        // new or with a gap have none).
        if items.iter().any(|k| k.note.is_none()) {
            for k in &mut items {
                k.note = None;
            }
        }
        KeyFigures {
            title: self.t("key-figures-title", args![("year", self.year())]),
            items,
        }
    }

    /// The context passage: the year's editorial text, which needs the
    /// `[context]` facts. Without them (or without text) there is no passage.
    pub(in crate::text) fn context(&self) -> Option<Section> {
        let c = self.f.context.as_ref()?;
        let extra: Vec<(&str, Arg)> = vec![
            ("focus-areas", c.action_plan_focus_areas.into()),
            ("centres", c.nortrials_centres.into()),
            ("measures", c.export_strategy_measures.into()),
            ("measure", c.nortrials_measure.into()),
            ("revenue", c.export_revenue.nok_billion.into()),
            ("revenue-year", c.export_revenue.year.into()),
            ("target", c.export_target.nok_billion.into()),
            ("target-year", c.export_target.year.into()),
        ];
        let blocks: Vec<Block> = self
            .editorial("context", &extra)
            .into_iter()
            .map(Block::para)
            .collect();
        (!blocks.is_empty()).then(|| self.section("context", false, blocks))
    }
}
