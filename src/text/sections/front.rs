//! Front matter: the key figures (those `report.toml` lists, each with its
//! change from last year where last year is known) and the context passage
//! (the year's editorial text with the `[context]` facts).

use super::super::*;

impl Builder<'_> {
    /// The key figures, each with its change from last year where last
    /// year's value is known (and none where it is not).
    pub(in crate::text) fn key_figures(&self) -> KeyFigures {
        let f = self.f;
        let mut items = Vec::new();
        let note = |c: Option<&Change>| {
            c.map(|c| {
                self.t(
                    "key-change",
                    args![
                        ("change", c.class.key()),
                        ("direction", serde_key(&c.direction)),
                        ("percent", c.percent),
                        ("previous-year", c.previous_year)
                    ],
                )
            })
        };
        let mut item = |value: u32, label: &str, note: Option<String>| {
            items.push(KeyFigure {
                value: self.num(value),
                label: self.t(label, args![("count", value)]),
                note,
            })
        };
        let a = &f.applications;
        let trend_change = |t: &Option<crate::facts::Trend>| t.as_ref().map(|t| t.change.clone());
        for id in self.o.key_figures {
            // (value, change from last year) of each key figure the year has.
            let figure: Option<(u32, Option<Change>)> = match id.as_str() {
                "applications" => Some((a.total, trend_change(&a.total_trend))),
                "multinational" => f
                    .ctis
                    .as_ref()
                    .map(|c| (c.multinational, c.multinational_change.clone())),
                "paediatric" => a.paediatric.map(|p| (p, a.paediatric_change.clone())),
                "cancer" => f.cancer.as_ref().map(|c| (c.total, trend_change(&c.trend))),
                "modifications" => f
                    .modifications
                    .as_ref()
                    .map(|m| (m.total, trend_change(&m.trend))),
                "guidance" => f
                    .guidance
                    .as_ref()
                    .map(|g| (g.total, trend_change(&g.trend))),
                _ => None,
            };
            if let Some((value, change)) = figure {
                item(value, &format!("key-{id}"), note(change.as_ref()));
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
