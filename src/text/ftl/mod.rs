//! What a `.ftl` file defines and uses, with byte positions.
//!
//! fluent-syntax's AST has no spans, but parsed from a `&str` every
//! identifier in it is a slice of that text, so its position is the
//! distance between the two pointers. [`analyse`] walks the AST once and
//! lists, for each message and term, where its id, attributes, variables,
//! references and variant keys are. The locale uses it to point runtime
//! errors at their line; `check` uses it to compare translations with `nb`.
//!
//! It also says, in words a translator can act on, what a syntax error
//! means and where it is ([`syntax_error`]), and finds text that would be
//! printed wrongly, such as an HTML entity `&nbsp;` ([`lint`]).

use std::ops::Range;

use fluent_syntax::ast;
use fluent_syntax::parser::{self, ParserError};

mod entities;
mod syntax;

use entities::entities_in;
pub use entities::lint;
pub use syntax::syntax_error;

/// A message (`id = …`) or a term (`-id = …`).
#[derive(Debug, Clone)]
pub struct Entry {
    pub term: bool,
    /// The id without the term's `-`.
    pub id: String,
    /// Where the id is.
    pub span: Range<usize>,
    /// Whether it has a value (a message may have attributes only).
    pub has_value: bool,
    /// The value, when it is one piece of plain text (no placeables), and
    /// where it is: `language-tag = de` has `de`.
    pub text: Option<Used>,
    pub attributes: Vec<Attribute>,
    /// Every `$variable` used, in the value or an attribute.
    pub variables: Vec<Used>,
    /// Every `{ message }`, `{ message.attr }` or `{ -term }` used.
    pub references: Vec<Reference>,
    /// Every select expression.
    pub selects: Vec<Select>,
    /// Every HTML entity (`&nbsp;`, `&#160;`) in its text, which Fluent
    /// prints as it is written.
    pub entities: Vec<Used>,
    /// The lines of the `#` comment right above it (without the `# `).
    pub comment: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Attribute {
    pub name: String,
    pub span: Range<usize>,
}

/// A name used at a position.
#[derive(Debug, Clone)]
pub struct Used {
    pub name: String,
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Reference {
    pub term: bool,
    pub id: String,
    pub attribute: Option<String>,
    pub span: Range<usize>,
}

/// `{ $var -> [key] … }`: the variable selected on (when the selector is a
/// variable, possibly inside a function call) and the variant keys.
#[derive(Debug, Clone)]
pub struct Select {
    pub variable: Option<String>,
    pub keys: Vec<Used>,
    /// The key of the default variant (`*[other]`).
    pub default: Option<String>,
    /// Where the selector is (its variable, or the `{` when it is none):
    /// the line to point at for the selector as a whole.
    pub span: Range<usize>,
    /// The variables each variant uses (in the order of `keys`), nested
    /// selectors included.
    pub variant_variables: Vec<Vec<String>>,
}

impl Select {
    /// The variables the variant `key` uses, if the selector has it.
    pub fn variables_of(&self, key: &str) -> Option<&[String]> {
        let i = self.keys.iter().position(|k| k.name == key)?;
        self.variant_variables.get(i).map(Vec::as_slice)
    }
}

impl Entry {
    /// The name as written in the file: `-id` for a term.
    pub fn display_id(&self) -> String {
        if self.term {
            format!("-{}", self.id)
        } else {
            self.id.clone()
        }
    }

    pub fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }

    /// The variant keys used with `$variable` anywhere in the entry.
    pub fn keys_of(&self, variable: &str) -> impl Iterator<Item = &str> {
        self.selects
            .iter()
            .filter(move |s| s.variable.as_deref() == Some(variable))
            .flat_map(|s| s.keys.iter().map(|k| k.name.as_str()))
    }
}

/// The messages and terms of `text`, and its syntax errors.
pub fn analyse(text: &str) -> (Vec<Entry>, Vec<ParserError>) {
    let (resource, errors) = match parser::parse(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, e)) => (r, e),
    };
    (entries_of(text, resource.body.iter()), errors)
}

/// The messages and terms of `body`, parsed from `text` (the slices of
/// `body` are slices of `text`: a Fluent resource's own source).
pub fn entries_of<'a>(
    text: &str,
    body: impl Iterator<Item = &'a ast::Entry<&'a str>>,
) -> Vec<Entry> {
    let mut entries = Vec::new();
    for entry in body {
        let (term, id, value, attributes, comment) = match entry {
            ast::Entry::Message(m) => (
                false,
                &m.id,
                m.value.as_ref(),
                &m.attributes,
                m.comment.as_ref(),
            ),
            ast::Entry::Term(t) => (
                true,
                &t.id,
                Some(&t.value),
                &t.attributes,
                t.comment.as_ref(),
            ),
            _ => continue,
        };
        let mut e = Entry {
            term,
            id: id.name.to_string(),
            span: span_of(text, id.name),
            has_value: value.is_some(),
            text: value.and_then(|p| match p.elements.as_slice() {
                [ast::PatternElement::TextElement { value }] => Some(Used {
                    name: value.trim().to_string(),
                    span: span_of(text, value.trim()),
                }),
                _ => None,
            }),
            attributes: attributes
                .iter()
                .map(|a| Attribute {
                    name: a.id.name.to_string(),
                    span: span_of(text, a.id.name),
                })
                .collect(),
            variables: Vec::new(),
            references: Vec::new(),
            selects: Vec::new(),
            entities: Vec::new(),
            comment: comment.map_or_else(Vec::new, |c| {
                c.content.iter().map(|l| l.to_string()).collect()
            }),
        };
        let mut walker = Walker {
            text,
            entry: &mut e,
        };
        if let Some(p) = value {
            walker.pattern(p);
        }
        for a in attributes {
            walker.pattern(&a.value);
        }
        entries.push(e);
    }
    entries
}

/// Every piece of text `text`'s messages and terms can print: their values,
/// every variant of every selector, their attributes, and string literals
/// (`{ "\u00A0" }`, unescaped), whether or not any report chooses them.
pub fn printed_text(text: &str) -> Vec<String> {
    let resource = match parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    printed_of(resource.body.iter())
}

/// [`printed_text`] of parsed entries.
pub fn printed_of<'a>(body: impl Iterator<Item = &'a ast::Entry<&'a str>>) -> Vec<String> {
    fn pattern(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
        for el in &p.elements {
            match el {
                ast::PatternElement::TextElement { value } => out.push((*value).to_string()),
                ast::PatternElement::Placeable { expression } => expr(expression, out),
            }
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut Vec<String>) {
        match e {
            ast::Expression::Select { variants, .. } => {
                for v in variants {
                    pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                out.push(fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned())
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expr(expression, out)
            }
            ast::Expression::Inline(_) => {}
        }
    }
    let mut out = Vec::new();
    for entry in body {
        let (value, attributes) = match entry {
            ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
            _ => continue,
        };
        if let Some(v) = value {
            pattern(v, &mut out);
        }
        for a in attributes {
            pattern(&a.value, &mut out);
        }
    }
    out
}

/// The byte range of `part`, a slice of `text`. Falls back to the start of
/// the text if `part` is not inside it (it always is for parsed input).
fn span_of(text: &str, part: &str) -> Range<usize> {
    let start = (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    if start <= text.len() && start + part.len() <= text.len() {
        start..start + part.len()
    } else {
        0..0
    }
}

struct Walker<'a, 't> {
    text: &'t str,
    entry: &'a mut Entry,
}

impl Walker<'_, '_> {
    fn pattern(&mut self, p: &ast::Pattern<&str>) {
        for el in &p.elements {
            match el {
                ast::PatternElement::Placeable { expression } => self.expression(expression),
                ast::PatternElement::TextElement { value } => self.printed(value),
            }
        }
    }

    /// Text that is printed as written: look for HTML entities in it.
    fn printed(&mut self, value: &str) {
        let start = span_of(self.text, value).start;
        for (at, entity) in entities_in(value) {
            self.entry.entities.push(Used {
                name: entity.to_string(),
                span: start + at..start + at + entity.len(),
            });
        }
    }

    fn expression(&mut self, e: &ast::Expression<&str>) {
        match e {
            ast::Expression::Inline(i) => self.inline(i),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                let keys: Vec<Used> = variants
                    .iter()
                    .map(|v| {
                        let name = match &v.key {
                            ast::VariantKey::Identifier { name } => *name,
                            ast::VariantKey::NumberLiteral { value } => *value,
                        };
                        Used {
                            name: name.to_string(),
                            span: span_of(self.text, name),
                        }
                    })
                    .collect();
                let default = variants.iter().find(|v| v.default).map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                });
                let span = selector_span(self.text, selector)
                    .unwrap_or_else(|| keys_start(&keys).map_or(0..0, |s| s..s));
                let at = self.entry.selects.len();
                self.entry.selects.push(Select {
                    variable: selector_variable(selector),
                    keys,
                    default,
                    span,
                    variant_variables: Vec::new(),
                });
                for v in variants {
                    let before = self.entry.variables.len();
                    self.pattern(&v.value);
                    let used = self.entry.variables[before..]
                        .iter()
                        .map(|u| u.name.clone())
                        .collect();
                    self.entry.selects[at].variant_variables.push(used);
                }
            }
        }
    }

    fn inline(&mut self, i: &ast::InlineExpression<&str>) {
        match i {
            ast::InlineExpression::VariableReference { id } => self.entry.variables.push(Used {
                name: id.name.to_string(),
                span: span_of(self.text, id.name),
            }),
            ast::InlineExpression::MessageReference { id, attribute } => {
                self.entry.references.push(Reference {
                    term: false,
                    id: id.name.to_string(),
                    attribute: attribute.as_ref().map(|a| a.name.to_string()),
                    span: span_of(self.text, id.name),
                })
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                self.entry.references.push(Reference {
                    term: true,
                    id: id.name.to_string(),
                    attribute: attribute.as_ref().map(|a| a.name.to_string()),
                    span: span_of(self.text, id.name),
                });
                if let Some(args) = arguments {
                    self.arguments(args);
                }
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::StringLiteral { value } => self.printed(value),
            ast::InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, args: &ast::CallArguments<&str>) {
        for a in &args.positional {
            self.inline(a);
        }
        for a in &args.named {
            self.inline(&a.value);
        }
    }
}

/// `$x` for `{ $x -> … }` and `{ NUMBER($x) -> … }`.
/// Where the variable a selector chooses by is written.
fn selector_span(text: &str, selector: &ast::InlineExpression<&str>) -> Option<Range<usize>> {
    match selector {
        ast::InlineExpression::VariableReference { id } => Some(span_of(text, id.name)),
        ast::InlineExpression::FunctionReference { arguments, .. } => arguments
            .positional
            .first()
            .and_then(|a| selector_span(text, a)),
        _ => None,
    }
}

fn keys_start(keys: &[Used]) -> Option<usize> {
    keys.first().map(|k| k.span.start)
}

fn selector_variable(selector: &ast::InlineExpression<&str>) -> Option<String> {
    match selector {
        ast::InlineExpression::VariableReference { id } => Some(id.name.to_string()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.first().and_then(selector_variable)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_of_ids_variables_and_keys() {
        let text = "# c\na = A { $year }\n    .t = T { -term }\n-term = x\nb = { $n ->\n    [one] one\n   *[other] { c.x }\n}\n";
        let (entries, errors) = analyse(text);
        assert!(errors.is_empty());
        assert_eq!(entries.len(), 3);
        let a = &entries[0];
        assert_eq!(&text[a.span.clone()], "a");
        assert_eq!(a.variables[0].name, "year");
        assert_eq!(&text[a.variables[0].span.clone()], "year");
        assert_eq!(a.attributes[0].name, "t");
        assert_eq!(a.references[0].id, "term");
        assert!(a.references[0].term);
        assert!(entries[1].term);
        assert_eq!(entries[1].display_id(), "-term");
        let b = &entries[2];
        assert_eq!(b.keys_of("n").collect::<Vec<_>>(), ["one", "other"]);
        assert_eq!(&text[b.selects[0].keys[1].span.clone()], "other");
        assert_eq!(b.references[0].attribute.as_deref(), Some("x"));
    }

    #[test]
    fn syntax_errors_keep_the_good_entries() {
        let (entries, errors) = analyse("a = A\nb = { $x ]\nc = C\n");
        assert_eq!(errors.len(), 1);
        let ids: Vec<_> = entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
    }

    #[test]
    fn plain_text_values_have_their_span() {
        let text = "language-tag =  de-AT \nb = x { $y }\n";
        let (entries, _) = analyse(text);
        let tag = entries[0].text.as_ref().unwrap();
        assert_eq!(tag.name, "de-AT");
        assert_eq!(&text[tag.span.clone()], "de-AT");
        assert!(entries[1].text.is_none());
    }
}
