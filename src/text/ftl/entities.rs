//! Text printed as written: HTML entities (`&nbsp;`) that a translator
//! may type, which Fluent does not decode.

use std::sync::Arc;

use crate::diag::{Diagnostic, SourceFile};

/// The HTML entities in `text` (`&nbsp;`, `&#160;`, `&#xA0;`), with their
/// byte offsets. `R&D` and a lone `&` are not entities.
pub(super) fn entities_in(text: &str) -> Vec<(usize, &str)> {
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
pub fn lint(files: &[(Arc<SourceFile>, Vec<super::Entry>)]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (file, entries) in files {
        for entry in entries {
            for e in &entry.entities {
                out.push(Diagnostic::error(entity_message(&e.name)).at(file, Some(e.span.clone())));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::analyse;
    use super::*;

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
        let errors = lint(&[(file.clone(), analyse(&file.text).0)]);
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
        let file = SourceFile::new("b.ftl", "# &nbsp;\na = b\n");
        assert!(lint(&[(file.clone(), analyse(&file.text).0)]).is_empty());
    }
}
