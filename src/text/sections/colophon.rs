//! The colophon: who publishes the report and how to reach them, when it was
//! published (only when the data say), its licence and ISSN (`report.toml`
//! `[publication]`), how to cite it, and the standard symbols its tables
//! print, explained once for the whole report.

use super::super::*;

impl Builder<'_> {
    /// The colophon of a report whose sections are `sections`.
    pub(in crate::text) fn colophon(&self, sections: &[Section]) -> Colophon {
        let f = self.f;
        let y = self.year();
        let publisher = |attr: &str| self.t(&format!("agency-{}.{attr}", f.publisher), &[]);
        let entry = |label: &str, value: String| ColophonEntry::plain(self.t(label, &[]), value);
        let linked = |label: &str, value: String, links: &[(String, String)]| {
            ColophonEntry::linked(self.t(label, &[]), value, links)
        };
        let mut entries = vec![entry("colophon-publisher", publisher("cover"))];
        if let Some(d) = f.published {
            entries.push(entry("colophon-published", self.date(d)));
        }
        let contact = self
            .o
            .agencies
            .iter()
            .find(|a| a.id == f.publisher)
            .and_then(|a| a.contact.clone())
            .unwrap_or_default();
        // The addresses link: the e-mail address to write to, the web
        // address to its site (over https unless it says http(s)://: no
        // other scheme reaches a page from the config).
        let links: Vec<(String, String)> = contact
            .email
            .iter()
            .map(|e| (e.clone(), format!("mailto:{e}")))
            .chain(contact.web.iter().map(|w| {
                let href = if w.starts_with("https://") || w.starts_with("http://") {
                    w.clone()
                } else {
                    format!("https://{w}")
                };
                (w.clone(), href)
            }))
            .collect();
        if !links.is_empty() {
            let reach: Vec<&str> = links.iter().map(|(t, _)| t.as_str()).collect();
            entries.push(linked("colophon-contact", reach.join(" · "), &links));
        }
        let publication = self.o.publication;
        // The licence's name and where its terms are, in this language (the
        // English text of NLOD for the English report); the address links
        // only when it is a web address.
        if let Some(id) = &publication.licence {
            let name = self.t(&format!("licence-{id}"), &[]);
            let url = self.t(&format!("licence-{id}.url"), &[]);
            let web = url.starts_with("https://") || url.starts_with("http://");
            let links = if web {
                vec![(url.clone(), url.clone())]
            } else {
                vec![]
            };
            entries.push(linked(
                "colophon-licence",
                self.t(
                    "colophon-licence-value",
                    args![("name", name), ("url", url)],
                ),
                &links,
            ));
        }
        if let Some(issn) = &publication.issn {
            entries.push(entry("colophon-issn", issn.clone()));
        }
        // How to cite: from values only; a year of publication only when
        // the data give the date.
        entries.push(entry(
            "colophon-cite",
            self.t(
                "colophon-citation",
                args![
                    ("author", publisher("name")),
                    ("dated", f.published.is_some()),
                    ("published", f.published.map_or(0, |d| d.year)),
                    ("title", self.t("report-title", args![("year", y)])),
                    ("subtitle", self.t("report-subtitle", &[]))
                ],
            ),
        ));
        // Statistics Norway's standard symbols that this report's tables
        // print (in a cell, or beside a value), each with its meaning, in
        // SSB's order (`.` before `..`, the break last).
        let cells = || {
            sections
                .iter()
                .flat_map(|s| &s.blocks)
                .filter_map(|b| match b {
                    Block::Table(t) => Some(t),
                    _ => None,
                })
                .flat_map(|t| t.header.iter().chain(&t.rows).chain(&t.footer).flatten())
        };
        let used = |s: Symbol| cells().any(|c| c.symbol == Some(s) || c.mark == Some(s));
        let symbols = [Symbol::NotApplicable, Symbol::NotAvailable, Symbol::Break]
            .into_iter()
            .filter(|s| used(*s))
            .map(|s| {
                let id = Self::symbol_id(s);
                ColophonEntry::plain(self.t(id, &[]), self.t(&format!("{id}.meaning"), &[]))
            })
            .collect();
        Colophon {
            title: self.t("colophon-title", &[]),
            entries,
            symbols_title: self.t("colophon-symbols", &[]),
            symbols,
        }
    }
}
