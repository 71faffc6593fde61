//! Where a key path (`applications.total`, `therapy_areas.top.3.count`)
//! is in a TOML text, for pointing diagnostics at its line.

/// Finds the text range of a key path such as `applications.total` or
/// `therapy_areas.top.3.count`, for pointing diagnostics at the line.
pub(super) struct Locator {
    doc: Option<toml_edit::ImDocument<String>>,
}

impl Locator {
    pub(super) fn new(text: &str) -> Self {
        Self {
            doc: toml_edit::ImDocument::parse(text.to_string()).ok(),
        }
    }

    pub(super) fn span(&self, path: &str) -> Option<std::ops::Range<usize>> {
        let doc = self.doc.as_ref()?;
        let mut item = doc.as_item();
        let mut last = None;
        for seg in path.split('.') {
            let next = match seg.parse::<usize>() {
                Ok(i) => item.get(i),
                Err(_) => item.get(seg),
            };
            match next {
                Some(next) => {
                    item = next;
                    last = item.span().or(last);
                }
                None => break,
            }
        }
        last.or(Some(0..0))
    }

    /// The range of the value at `path`, only when there is one.
    pub(super) fn exact(&self, path: &str) -> Option<std::ops::Range<usize>> {
        let mut item = self.doc.as_ref()?.as_item();
        for seg in path.split('.') {
            item = match seg.parse::<usize>() {
                Ok(i) => item.get(i),
                Err(_) => item.get(seg),
            }?;
        }
        item.span()
    }
}

/// The byte range of the value at a key path (`rules.ctr.from`) in a TOML
/// text, or of the nearest key on the way there.
pub(crate) fn span_of(text: &str, path: &str) -> Option<std::ops::Range<usize>> {
    Locator::new(text).span(path)
}

/// The byte range of the value at a key path, only when there is one.
pub(crate) fn exact_span_of(text: &str, path: &str) -> Option<std::ops::Range<usize>> {
    Locator::new(text).exact(path)
}
