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
use std::sync::Arc;

use fluent_syntax::ast;
use fluent_syntax::parser::{self, ErrorKind, ParserError};

use crate::diag::{Diagnostic, SourceFile};

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
    let mut entries = Vec::new();
    for entry in &resource.body {
        let (term, id, value, attributes) = match entry {
            ast::Entry::Message(m) => (false, &m.id, m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (true, &t.id, Some(&t.value), &t.attributes),
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
    (entries, errors)
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
                let keys = variants
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
                self.entry.selects.push(Select {
                    variable: selector_variable(selector),
                    keys,
                });
                for v in variants {
                    self.pattern(&v.value);
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
fn selector_variable(selector: &ast::InlineExpression<&str>) -> Option<String> {
    match selector {
        ast::InlineExpression::VariableReference { id } => Some(id.name.to_string()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.first().and_then(selector_variable)
        }
        _ => None,
    }
}

// ---- Text printed as written ------------------------------------------------

/// The HTML entities in `text` (`&nbsp;`, `&#160;`, `&#xA0;`), with their
/// byte offsets. `R&D` and a lone `&` are not entities.
fn entities_in(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(at) = text[i..].find('&').map(|a| a + i) {
        let rest = &bytes[at + 1..];
        let len = if rest.first() == Some(&b'#') {
            let hex = matches!(rest.get(1), Some(b'x' | b'X'));
            let digits = &rest[1 + usize::from(hex)..];
            let n = digits
                .iter()
                .take_while(|b| {
                    if hex {
                        b.is_ascii_hexdigit()
                    } else {
                        b.is_ascii_digit()
                    }
                })
                .count();
            (n > 0).then_some(1 + usize::from(hex) + n)
        } else {
            let n = rest
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            (n > 0 && rest[0].is_ascii_alphabetic()).then_some(n)
        };
        match len {
            Some(n) if rest.get(n) == Some(&b';') => {
                out.push((at, &text[at..at + n + 2]));
                i = at + n + 2;
            }
            _ => i = at + 1,
        }
    }
    out
}

/// The character an HTML entity stands for, and what it is called when it
/// cannot be seen.
fn entity_char(entity: &str) -> Option<(char, Option<&'static str>)> {
    let name = entity.strip_prefix('&')?.strip_suffix(';')?;
    if let Some(code) = name.strip_prefix('#') {
        let code = match code.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => code.parse().ok()?,
        };
        let c = char::from_u32(code)?;
        let invisible = NAMED
            .iter()
            .find(|(_, x, _)| *x == c)
            .and_then(|(_, _, what)| *what);
        return Some((c, invisible.or(c.is_whitespace().then_some("a space"))));
    }
    NAMED
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, c, what)| (*c, *what))
}

/// HTML's named entities a translator is likely to type, with the name of
/// each one that cannot be seen.
const NAMED: &[(&str, char, Option<&str>)] = &[
    ("nbsp", '\u{a0}', Some("a no-break space")),
    ("shy", '\u{ad}', Some("a soft hyphen")),
    ("thinsp", '\u{2009}', Some("a thin space")),
    ("ensp", '\u{2002}', Some("an en space")),
    ("emsp", '\u{2003}', Some("an em space")),
    ("zwj", '\u{200d}', Some("a zero-width joiner")),
    ("zwnj", '\u{200c}', Some("a zero-width non-joiner")),
    ("lrm", '\u{200e}', Some("a left-to-right mark")),
    ("rlm", '\u{200f}', Some("a right-to-left mark")),
    ("amp", '&', None),
    ("lt", '<', None),
    ("gt", '>', None),
    ("quot", '"', None),
    ("apos", '\'', None),
    ("ndash", '–', None),
    ("mdash", '—', None),
    ("minus", '−', None),
    ("hellip", '…', None),
    ("laquo", '«', None),
    ("raquo", '»', None),
    ("lsquo", '‘', None),
    ("rsquo", '’', None),
    ("sbquo", '‚', None),
    ("ldquo", '“', None),
    ("rdquo", '”', None),
    ("bdquo", '„', None),
    ("euro", '€', None),
    ("copy", '©', None),
    ("reg", '®', None),
    ("trade", '™', None),
    ("deg", '°', None),
    ("times", '×', None),
    ("middot", '·', None),
    ("bull", '•', None),
    ("sect", '§', None),
    ("para", '¶', None),
    ("plusmn", '±', None),
    ("aelig", 'æ', None),
    ("AElig", 'Æ', None),
    ("oslash", 'ø', None),
    ("Oslash", 'Ø', None),
    ("aring", 'å', None),
    ("Aring", 'Å', None),
    ("auml", 'ä', None),
    ("Auml", 'Ä', None),
    ("ouml", 'ö', None),
    ("Ouml", 'Ö', None),
    ("uuml", 'ü', None),
    ("Uuml", 'Ü', None),
    ("szlig", 'ß', None),
    ("eacute", 'é', None),
    ("egrave", 'è', None),
    ("agrave", 'à', None),
];

/// "six", for "these six characters".
fn count_word(n: usize) -> String {
    const WORDS: [&str; 13] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| w.to_string())
}

/// What to say about an HTML entity in printed text.
fn entity_message(entity: &str) -> String {
    let n = count_word(entity.chars().count());
    match entity_char(entity) {
        Some((c, what)) => {
            let escape = format!("{{ \"\\u{:04X}\" }}", u32::from(c));
            let itself = match what {
                Some(what) => format!("the character itself ({what}, U+{:04X})", u32::from(c)),
                None => format!("the character itself, `{c}`"),
            };
            format!(
                "`{entity}` would be printed as these {n} characters; write {itself}, or `{escape}`"
            )
        }
        None => format!(
            "`{entity}` would be printed as these {n} characters: Fluent has no HTML entities; write the character itself, or its code point as `{{ \"\\u00A0\" }}`"
        ),
    }
}

/// Problems in a language's `.ftl` files that the parser accepts but that
/// would print the wrong text: HTML entities (`&nbsp;`, `&amp;`, `&shy;`,
/// `&#160;`), which Fluent prints as they are written. One error at each.
pub fn lint(files: &[Arc<SourceFile>]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for file in files {
        for entry in analyse(&file.text).0 {
            for e in &entry.entities {
                out.push(Diagnostic::error(entity_message(&e.name)).at(file, Some(e.span.clone())));
            }
        }
    }
    out
}

// ---- Syntax errors in plain words ------------------------------------------

/// A syntax error as a translator can act on it: a plain sentence, at the
/// line that has the fault (where a `{` is left open, the selector that
/// lacks a default), with the parser's own words as a note.
pub fn syntax_error(file: &Arc<SourceFile>, e: &ParserError) -> Diagnostic {
    let text = file.text.as_str();
    let (span, message) = explain(text, e);
    let span = char_span(text, span);
    let mut d = Diagnostic::error(message).at(file, Some(span.clone()));
    // The parser may notice the error lines after the entry that holds it:
    // name where that entry begins.
    if let Some(slice) = &e.slice {
        let (line, _) = file.line_col(slice.start);
        let (err_line, _) = file.line_col(span.start);
        if line != err_line {
            let first = text[slice.start..].lines().next().unwrap_or("").trim_end();
            d = d.with_note(format!("in the entry that begins on line {line}: {first}"));
        }
    }
    let kind = e.kind.to_string().replace('\n', "\\n").replace('\r', "\\r");
    d.with_note(format!("Fluent's parser says: {kind}"))
}

/// `span` widened to whole characters and kept inside `text`.
fn char_span(text: &str, span: Range<usize>) -> Range<usize> {
    let mut start = span.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// The start of the line that holds `pos`.
fn line_start(text: &str, pos: usize) -> usize {
    text[..pos.min(text.len())].rfind('\n').map_or(0, |i| i + 1)
}

/// The end of the line that holds `pos` (before its `\n`, and before a `\r`).
fn line_end(text: &str, pos: usize) -> usize {
    let pos = pos.min(text.len());
    let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
    if end > pos && text.as_bytes()[end - 1] == b'\r' {
        end - 1
    } else {
        end
    }
}

/// The 1-based line of `pos`.
fn line_of(text: &str, pos: usize) -> usize {
    text[..pos.min(text.len())].matches('\n').count() + 1
}

/// The `{` that is still open at `pos`, looking back no further than `floor`.
fn open_brace(text: &str, pos: usize, floor: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = pos.min(text.len());
    while i > floor {
        i -= 1;
        match bytes[i] {
            b'}' => depth += 1,
            b'{' if depth == 0 => return Some(i),
            b'{' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The variant keys (`one`, `other`) of the select expression whose
/// variants run from `from` to `to`, at its own level (not those of a
/// select nested in a variant).
fn variant_keys(text: &str, from: usize, to: usize) -> Vec<&str> {
    let mut keys = Vec::new();
    let mut depth = 0usize;
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        match bytes[i] {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b'[' if depth == 0 => {
                if let Some(close) = text[i..to].find(']') {
                    keys.push(text[i + 1..i + close].trim());
                    i += close;
                }
            }
            _ => {}
        }
        i += 1;
    }
    keys
}

/// The plain sentence for a parser error, and the range it is about.
fn explain(text: &str, e: &ParserError) -> (Range<usize>, String) {
    let pos = e.pos.start.min(text.len());
    let floor = e.slice.as_ref().map_or(0, |s| s.start);
    let here = pos..e.pos.end.max(pos + 1);
    let line_from_margin = |p: usize| line_start(text, p)..line_end(text, p);
    // The text of the line from `from` to its end, trimmed.
    let rest_of_line = |from: usize| text[from..line_end(text, from)].trim_end();
    let found = text[pos..]
        .chars()
        .next()
        .filter(|c| !c.is_whitespace())
        .map(|c| format!("; found `{c}`"))
        .unwrap_or_default();
    match &e.kind {
        ErrorKind::ExpectedToken('}') => {
            let Some(open) = open_brace(text, pos, floor) else {
                return (here, format!("expected `}}` here{found}"));
            };
            let opened = rest_of_line(open);
            let at_margin = pos >= text.len() || pos == line_start(text, pos);
            let select = opened.ends_with("->");
            let eof = text[pos..].trim().is_empty();
            if eof || (line_of(text, open) < line_of(text, pos) && (at_margin || !select)) {
                // The next entry (or the end of the file) came before the `}`:
                // the fault is where the placeable was opened.
                let span = open..open + opened.len();
                if select {
                    (
                        span,
                        format!(
                            "`{opened}` is never closed: put `}}` on a line of its own after its last variant"
                        ),
                    )
                } else {
                    (
                        span,
                        format!(
                            "`{opened}` is never closed: end it with `}}`, as in `{opened} }}`"
                        ),
                    )
                }
            } else if select {
                (
                    here,
                    format!(
                        "expected a variant (`[key] text`, the default `*[key] text`) or the `}}` that closes `{opened}` (line {}){found}",
                        line_of(text, open)
                    ),
                )
            } else {
                let inside = text[open..pos].trim_end();
                (
                    here,
                    format!(
                        "expected `}}` here, to close `{inside}`{found}: a placeable holds one thing (`{{ $year }}`), and text goes outside the braces"
                    ),
                )
            }
        }
        ErrorKind::MissingDefaultVariant => {
            let Some(open) = open_brace(text, pos, floor) else {
                return (
                    here,
                    "every selector needs one default variant, marked `*`, as in `*[other]`"
                        .into(),
                );
            };
            let arrow = text[open..pos].find("->").map_or(open + 1, |a| open + a + 2);
            let keys = variant_keys(text, arrow, pos);
            let mark = match keys.as_slice() {
                [] => "add one, as in `*[other] …`".to_string(),
                [one] => format!("mark `[{one}]` with `*`"),
                keys => format!(
                    "mark one of {} with `*`",
                    keys.iter()
                        .map(|k| format!("`[{k}]`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            (
                open..arrow,
                format!("every selector needs one default variant, marked `*`: {mark}"),
            )
        }
        ErrorKind::MultipleDefaultVariants => {
            let star = pos.saturating_sub(1);
            let first = open_brace(text, star, floor)
                .and_then(|open| text[open..star].rfind("*[").map(|i| open + i))
                .map(|i| format!(" (the other is on line {})", line_of(text, i)))
                .unwrap_or_default();
            (
                star..star + 1,
                format!(
                    "a selector has one default variant only: remove this `*` or the other{first}"
                ),
            )
        }
        ErrorKind::MissingValue => {
            // After `[key]` (or `.attr =`) came no text.
            let before = text[floor..pos].trim_end();
            let end = floor + before.len();
            let start = if before.ends_with(']') {
                before.rfind('[').map_or(end - 1, |i| floor + i)
            } else {
                end.saturating_sub(1)
            };
            (
                start..end,
                format!(
                    "`{}` has no text: write it after the key, as in `[one] one application`",
                    &text[start..end]
                ),
            )
        }
        ErrorKind::ExpectedToken('=') => {
            let line = line_from_margin(pos);
            (
                line,
                "a line that starts at the margin begins a new message, `id = text`: indent this line if it continues the message above".into(),
            )
        }
        ErrorKind::ExpectedToken(']') => (
            here,
            format!(
                "a variant key is one word or a number, closed with `]`, as in `[slight-increase]` or `[0]`{found}"
            ),
        ),
        ErrorKind::ExpectedToken(c) => (here, format!("expected `{c}` here{found}")),
        ErrorKind::ExpectedCharRange { range } if range.contains('\n') => (
            here,
            "after `->` the line must end: each variant goes on a line of its own".into(),
        ),
        ErrorKind::ExpectedCharRange { range } if range == "0-9" => {
            (here, format!("expected a digit (0–9) here{found}"))
        }
        ErrorKind::ExpectedCharRange { .. } => {
            let before = text[floor..pos].trim_end_matches(' ');
            if before.ends_with('$') {
                (
                    pos.saturating_sub(1)..pos + 1,
                    format!(
                        "`$` must be followed by a variable's name, as in `{{ $year }}`{found}"
                    ),
                )
            } else if before.ends_with('[') {
                (
                    here,
                    format!(
                        "a variant key is a name (letters a–z, digits, `-`) or a number, as in `[one]` or `[0]`{found}"
                    ),
                )
            } else if text[line_start(text, pos)..pos].trim().is_empty() {
                let line = line_from_margin(pos);
                let content = text[line.clone()].trim_start();
                if content.starts_with('.') {
                    (
                        line,
                        "an attribute is written `.name = text` on a line under its message, as in `    .short = cancer`".into(),
                    )
                } else if pos == line.start {
                    (
                        line,
                        "a line that starts at the margin begins a new message, and a message id starts with a letter a–z (then letters, digits, `-`, `_`): indent this line if it continues the message above".into(),
                    )
                } else {
                    (
                        line,
                        "this indented line belongs to no message: remove the indent to start a new message (`id = text`), or remove the blank line above it".into(),
                    )
                }
            } else {
                (
                    here,
                    format!(
                        "expected a name here: letters a–z, digits, `-` and `_`, starting with a letter{found}"
                    ),
                )
            }
        }
        ErrorKind::ExpectedMessageField { entry_id } => (
            floor..floor + entry_id.len(),
            format!(
                "`{entry_id}` has no text: write it after `=`, or indented on the lines below"
            ),
        ),
        ErrorKind::ExpectedTermField { entry_id } => (
            floor..floor + entry_id.len() + 1,
            format!("the term `-{entry_id}` has no text: write it after `=`"),
        ),
        ErrorKind::MessageReferenceAsSelector
        | ErrorKind::MessageAttributeAsSelector
        | ErrorKind::ExpectedSimpleExpressionAsSelector => {
            let open = open_brace(text, pos, floor).unwrap_or(pos);
            (
                open..pos + 2,
                "only a variable chooses a variant, as in `{ $count -> …`: a message cannot"
                    .into(),
            )
        }
        ErrorKind::TermReferenceAsSelector => {
            let open = open_brace(text, pos, floor).unwrap_or(pos);
            (
                open..pos + 2,
                "a term cannot choose a variant, only a term's attribute can, as in `{ -brand.gender -> …`".into(),
            )
        }
        ErrorKind::TermAttributeAsPlaceable => {
            let open = open_brace(text, pos, floor).unwrap_or(pos);
            (
                open..pos.max(open + 1),
                "a term's attribute can only choose a variant (`{ -brand.gender -> … }`), not be printed: print the term itself, `{ -brand }`".into(),
            )
        }
        ErrorKind::UnterminatedStringLiteral => {
            let quote = text[line_start(text, pos)..pos]
                .rfind('"')
                .map_or(pos, |q| line_start(text, pos) + q);
            (
                quote..pos,
                "this string has no closing `\"`: end it on the same line, as in `{ \"\\u00A0\" }`"
                    .into(),
            )
        }
        ErrorKind::UnknownEscapeSequence(_) => {
            let end = char_span(text, pos + 1..(pos + 2).min(text.len())).end;
            (
                pos..end,
                format!(
                    "`{}` is not an escape Fluent knows: in a string write `\\\"`, `\\\\`, `\\u00A0` (four hex digits) or `\\U01F600` (six)",
                    &text[pos..end]
                ),
            )
        }
        ErrorKind::InvalidUnicodeEscapeSequence(_) => {
            let start = text[floor..pos].rfind('\\').map_or(pos, |i| floor + i);
            (
                start..pos.max(start + 1),
                format!(
                    "`{}` is not a character code: `\\u` takes four hex digits (`\\u00A0`), `\\U` six (`\\U01F600`)",
                    &text[start..pos]
                ),
            )
        }
        ErrorKind::UnbalancedClosingBrace => (
            here,
            "this `}` closes no `{`: add the `{` that is missing, or, to print a brace, write `{ \"}\" }`".into(),
        ),
        ErrorKind::ExpectedInlineExpression => (
            here,
            format!(
                "a placeable must hold a variable (`{{ $year }}`), a message (`{{ other-id }}`), a term (`{{ -term }}`) or a string (`{{ \"\\u00A0\" }}`){found}; to print a `{{`, write `{{ \"{{\" }}`"
            ),
        ),
        ErrorKind::ExpectedLiteral => (
            here,
            format!("a named argument takes a number or a string, as in `minimumFractionDigits: 1`{found}"),
        ),
        ErrorKind::ForbiddenCallee => {
            let open = open_brace(text, pos, floor).unwrap_or(pos);
            (
                open..pos.max(open + 1),
                "only Fluent's functions, written in capitals, can be called, as in `{ NUMBER($n) }`".into(),
            )
        }
        ErrorKind::PositionalArgumentFollowsNamed => (
            here,
            "in a function call the plain arguments come first, then the named ones, as in `NUMBER($n, minimumFractionDigits: 1)`".into(),
        ),
        ErrorKind::DuplicatedNamedArgument(name) => (
            here,
            format!("the argument `{name}` is given twice: keep one"),
        ),
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

    /// The first syntax error of `text` as `line:col: message`.
    fn syntax(text: &str) -> String {
        let file = SourceFile::new("a.ftl", text);
        let (_, errors) = analyse(text);
        let e = errors.first().expect("a syntax error");
        let d = syntax_error(&file, e);
        let shown = d.to_string();
        shown.strip_prefix("a.ftl:").unwrap_or(&shown).to_string()
    }

    #[test]
    fn a_missing_default_is_reported_at_its_selector_with_the_keys() {
        let text = "ok = fine\nn = { $n ->\n    [one] one trial\n    [other] { $n } trials\n  }\nnext = x\n";
        assert_eq!(
            syntax(text),
            "2:5: every selector needs one default variant, marked `*`: mark one of `[one]`, `[other]` with `*`"
        );
        // A nested selector's keys are not the outer one's.
        let text =
            "n = { $a ->\n    [x] { $b ->\n        [y] y\n       *[z] z\n    }\n    [w] w\n}\n";
        assert!(
            syntax(text).ends_with("mark one of `[x]`, `[w]` with `*`"),
            "{}",
            syntax(text)
        );
    }

    #[test]
    fn an_unclosed_placeable_is_reported_where_it_is_opened() {
        assert_eq!(
            syntax("ok = fine\nlabel = { Figur\nnext = ok\n"),
            "2:9: `{ Figur` is never closed: end it with `}`, as in `{ Figur }`"
        );
        assert_eq!(
            syntax("n = { $n ->\n    [one] one\n   *[other] many\nnext = ok\n"),
            "1:5: `{ $n ->` is never closed: put `}` on a line of its own after its last variant"
        );
        assert_eq!(
            syntax("n = Hello { $name\n    world\n"),
            "1:11: `{ $name` is never closed: end it with `}`, as in `{ $name }`"
        );
        // At the end of the file too.
        assert!(syntax("label = { Figur").starts_with("1:9: `{ Figur` is never closed"));
        // On the same line: the character that should have been `}`.
        assert!(
            syntax("a = { $year ]\n")
                .starts_with("1:13: expected `}` here, to close `{ $year`; found `]`"),
            "{}",
            syntax("a = { $year ]\n")
        );
    }

    #[test]
    fn common_faults_in_plain_words() {
        for (text, says) in [
            (
                "a = A\nnot indented\n",
                "2:1: a line that starts at the margin begins a new message",
            ),
            (
                "a = A\n(not indented)\n",
                "2:1: a line that starts at the margin begins a new message, and a message id starts with a letter",
            ),
            ("a =\n", "1:1: `a` has no text"),
            (
                "a = { $ }\n",
                "1:7: `$` must be followed by a variable's name",
            ),
            (
                "a = { $n ->\n    [slight increase] x\n   *[other] y\n}\n",
                "2:13: a variant key is one word or a number",
            ),
            (
                "a = { $n ->\n    [one]\n   *[other] y\n}\n",
                "2:5: `[one]` has no text",
            ),
            (
                "a = { $n ->\n   *[one] x\n   *[other] y\n}\n",
                "3:4: a selector has one default variant only: remove this `*` or the other (the other is on line 2)",
            ),
            (
                "a = { $n -> [one] x\n   *[other] y\n}\n",
                "1:13: after `->` the line must end",
            ),
            ("a = { \"x }\n", "1:7: this string has no closing `\"`"),
            (
                "a = { \"\\q\" }\n",
                "1:8: `\\q` is not an escape Fluent knows",
            ),
            (
                "a = { \"\\u00\" }\n",
                "1:8: `\\u00` is not a character code",
            ),
            ("a = x }\n", "1:7: this `}` closes no `{`"),
            ("a = {}\n", "1:6: a placeable must hold a variable"),
            (
                "a = { number($x) }\n",
                "1:5: only Fluent's functions, written in capitals, can be called",
            ),
            (
                "a = { b ->\n   *[x] y\n}\n",
                "1:5: only a variable chooses a variant",
            ),
            (
                "a = { -t ->\n   *[x] y\n}\n",
                "1:5: a term cannot choose a variant",
            ),
            (
                "a = { -t.x }\n",
                "1:5: a term's attribute can only choose a variant",
            ),
            ("-t =\n", "1:1: the term `-t` has no text"),
        ] {
            let got = syntax(text);
            assert!(
                got.starts_with(says),
                "{text:?}:\n  got  {got}\n  want {says}"
            );
        }
    }

    #[test]
    fn the_parser_s_own_words_are_a_note() {
        let text = "a = { $x -> [a] b\n   *[c] d\n}\n";
        let file = SourceFile::new("a.ftl", text);
        let (_, errors) = analyse(text);
        let d = syntax_error(&file, &errors[0]);
        assert_eq!(
            d.notes.last().unwrap(),
            "Fluent's parser says: Expected one of \"\\n | \\r\\n\""
        );
    }

    #[test]
    fn html_entities_are_found_at_their_position() {
        let text = "a = 30&nbsp;% R&D &amp; { \"&shy;\" }\n    .x = &#160;&#xAD;&unknown; & ;\n";
        let (entries, _) = analyse(text);
        let found: Vec<(&str, &str)> = entries[0]
            .entities
            .iter()
            .map(|e| (e.name.as_str(), &text[e.span.clone()]))
            .collect();
        assert_eq!(
            found.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            ["&nbsp;", "&amp;", "&shy;", "&#160;", "&#xAD;", "&unknown;"]
        );
        assert!(found.iter().all(|(n, at)| n == at));
        let file = SourceFile::new("a.ftl", text);
        let errors = lint(&[file]);
        assert_eq!(
            errors[0].to_string(),
            "a.ftl:1:7: `&nbsp;` would be printed as these six characters; write the character itself (a no-break space, U+00A0), or `{ \"\\u00A0\" }`"
        );
        assert!(
            errors[1]
                .message
                .contains("write the character itself, `&`")
        );
        assert!(
            errors[4].message.contains("a soft hyphen, U+00AD"),
            "{}",
            errors[4]
        );
        assert!(errors[5].message.contains("Fluent has no HTML entities"));
        // Comments are not printed.
        assert!(lint(&[SourceFile::new("b.ftl", "# &nbsp;\na = b\n")]).is_empty());
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
