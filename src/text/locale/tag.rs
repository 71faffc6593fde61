//! The message `language-tag`: which BCP 47 locale formats a folder's
//! numbers and dates, checked against the folder's name and ICU4X's data.

use std::sync::Arc;

use fluent_bundle::types::FluentNumberOptions;
use unic_langid::LanguageIdentifier;

use super::LANGUAGE_TAG;
use super::number::decimal;
use crate::diag::{Diagnostic, SourceFile};
use crate::text::ftl;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale as IcuLocale;

/// English names of the languages a translator is likely to add, for
/// messages ("`en-GB` is English").
const LANGUAGE_NAMES: &[(&str, &str)] = &[
    ("ar", "Arabic"),
    ("cs", "Czech"),
    ("da", "Danish"),
    ("de", "German"),
    ("en", "English"),
    ("es", "Spanish"),
    ("et", "Estonian"),
    ("fi", "Finnish"),
    ("fr", "French"),
    ("is", "Icelandic"),
    ("it", "Italian"),
    ("lt", "Lithuanian"),
    ("lv", "Latvian"),
    ("nb", "Norwegian Bokmål"),
    ("nl", "Dutch"),
    ("nn", "Norwegian Nynorsk"),
    ("no", "Norwegian"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ru", "Russian"),
    ("se", "Northern Sami"),
    ("so", "Somali"),
    ("sv", "Swedish"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
];

/// "English", or "the language `xx`".
fn language_name(language: &str) -> String {
    LANGUAGE_NAMES
        .iter()
        .find(|(code, _)| *code == language)
        .map_or_else(
            || format!("the language `{language}`"),
            |(_, name)| name.to_string(),
        )
}

/// How `tag` writes a date and a number: `"31 January 2025" and "1,234.5"`,
/// with ICU4X's formats (or its root formats, when it has none for `tag`).
fn samples(tag: &LanguageIdentifier) -> Option<String> {
    let icu: IcuLocale = tag.to_string().parse().ok()?;
    let dates = icu_datetime::DateTimeFormatter::try_new(
        (&icu).into(),
        icu_datetime::fieldsets::YMD::long(),
    )
    .ok()?;
    let numbers = DecimalFormatter::try_new((&icu).into(), Default::default()).ok()?;
    let date = icu_datetime::input::Date::try_new_iso(2025, 1, 31).ok()?;
    let number = decimal(1234.5, &FluentNumberOptions::default());
    Some(format!(
        "\"{}\" and \"{}\"",
        dates.format(&date),
        numbers.format(&number)
    ))
}

/// The formatting locale that `language-tag` names, checked where it is
/// written: a BCP 47 tag, of the folder's language, for which ICU4X has
/// number and date formats and which Typst can typeset.
pub(super) fn language_tag(
    lang: &str,
    file: &Arc<SourceFile>,
    entry: &ftl::Entry,
) -> Result<LanguageIdentifier, Diagnostic> {
    let Some(value) = &entry.text else {
        return Err(Diagnostic::error(format!(
            "`{LANGUAGE_TAG}` must be a BCP 47 language tag written as plain text, such as `{LANGUAGE_TAG} = de` or `{LANGUAGE_TAG} = de-AT`"
        ))
        .at(file, Some(entry.span.clone())));
    };
    let at = |message: String| Diagnostic::error(message).at(file, Some(value.span.clone()));
    let written = value.name.as_str();
    // unic-langid also takes `_`; BCP 47 (and Typst, and CI's tools) do not.
    let parsed = (!written.contains('_'))
        .then(|| written.parse::<LanguageIdentifier>().ok())
        .flatten()
        .filter(|t| t.to_string().parse::<IcuLocale>().is_ok());
    let Some(tag) = parsed else {
        let hint = match written.replace('_', "-").parse::<LanguageIdentifier>() {
            Ok(t) if written.contains('_') => {
                format!(": BCP 47 joins the parts with `-`, so write `{t}`")
            }
            _ => String::new(),
        };
        return Err(at(format!(
            "`{written}` is not a BCP 47 language tag, such as `de` or `de-AT`{hint}"
        )));
    };

    // ICU4X falls back to its root formats ("2025 M01 31") for a language
    // it has no data for: that is no language's way of writing.
    let root = samples(&LanguageIdentifier::default());
    let own = samples(&tag);
    if own.is_none() || own == root {
        return Err(at(format!(
            "ICU4X has no number or date formats for `{tag}`: dates and numbers would be written as {}; use the tag of a language in Unicode CLDR, such as `de` or `de-AT`",
            root.unwrap_or_default()
        )));
    }

    // Typst takes a region of two letters only (`AT`, not `419`).
    if let Some(region) = tag.region
        && !region.as_str().bytes().all(|b| b.is_ascii_alphabetic())
    {
        return Err(at(format!(
            "the region `{region}` of `{tag}` cannot be typeset: Typst takes a country code of two letters, such as `{}-AT`; write `{}` or a country's tag",
            tag.language, tag.language
        )));
    }

    // The folder's language (`de` of `locales/de`, `pt` of `locales/pt-BR`).
    let folder = lang
        .parse::<LanguageIdentifier>()
        .ok()
        .map(|f| f.language.as_str().to_string())
        .filter(|f| (2..=3).contains(&f.len()))
        // Only a folder named after a language that CLDR knows (not `xx`).
        .filter(|f| {
            let folder: Option<LanguageIdentifier> = f.parse().ok();
            folder.is_some_and(|f| samples(&f) != root)
        });
    if let Some(folder) = folder
        && folder != tag.language.as_str()
    {
        let writes = own.map(|s| format!(" ({s})")).unwrap_or_default();
        return Err(at(format!(
            "`{tag}` is {}, but this is the folder of `{lang}`: dates and numbers would be written as in {}{writes} in the {} text; write `{LANGUAGE_TAG} = {folder}`{}",
            language_name(tag.language.as_str()),
            language_name(tag.language.as_str()),
            language_name(&folder).trim_start_matches("the language "),
            example_region(&folder)
                .map(|r| format!(" (or a regional form, such as `{folder}-{r}`)"))
                .unwrap_or_default(),
        )));
    }

    Ok(tag)
}

/// A region to show in "a regional form, such as `de-AT`".
fn example_region(language: &str) -> Option<&'static str> {
    Some(match language {
        "de" => "AT",
        "en" => "GB",
        "fr" => "CA",
        "pt" => "BR",
        "es" => "MX",
        "sv" => "FI",
        "nl" => "BE",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{LANGUAGE_TAG, Locale};
    use crate::diag::SourceFile;

    /// The first error of a locale folder `folder` whose tag is `tag`.
    fn tag_error(folder: &str, tag: &str) -> Option<String> {
        let text = format!("# The tag.\n{LANGUAGE_TAG} = {tag}\n");
        let file = SourceFile::new(format!("locales/{folder}/meta.ftl"), text);
        Locale::from_sources(folder, vec![file])
            .err()
            .map(|e| e[0].to_string())
    }

    #[test]
    fn a_bad_language_tag_is_an_error_at_its_line() {
        assert_eq!(
            tag_error("de", "xx_YY!").unwrap(),
            "locales/de/meta.ftl:2:16: `xx_YY!` is not a BCP 47 language tag, such as `de` or `de-AT`"
        );
        assert!(
            tag_error("de", "en_GB")
                .unwrap()
                .ends_with("BCP 47 joins the parts with `-`, so write `en-GB`")
        );
        let wrong = tag_error("de", "en-GB").unwrap();
        assert_eq!(
            wrong,
            "locales/de/meta.ftl:2:16: `en-GB` is English, but this is the folder of `de`: dates and numbers would be written as in English (\"31 January 2025\" and \"1,234.5\") in the German text; write `language-tag = de` (or a regional form, such as `de-AT`)"
        );
        let none = tag_error("qq", "qq-ZZ").unwrap();
        assert!(
            none.starts_with(
                "locales/qq/meta.ftl:2:16: ICU4X has no number or date formats for `qq-ZZ`"
            ),
            "{none}"
        );
        let region = tag_error("es", "es-419").unwrap();
        assert!(
            region.contains("the region `419` of `es-419` cannot be typeset"),
            "{region}"
        );
        // Regional forms, and a folder that names no language CLDR knows.
        assert_eq!(tag_error("de", "de-AT"), None);
        assert_eq!(tag_error("en", "en-GB"), None);
        assert_eq!(tag_error("xx", "nb"), None);
    }
}
