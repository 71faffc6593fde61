//! Syntax errors in plain words, at the line that has the fault.

use std::ops::Range;
use std::sync::Arc;

use fluent_syntax::parser::{ErrorKind, ParserError};

use crate::diag::{Diagnostic, SourceFile};

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
    use super::super::analyse;
    use super::*;

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
}
