//! Numbers: ICU4X decimal formatting, through Fluent's formatter hook.

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumberOptions;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale_core::Locale as IcuLocale;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// ICU4X decimal formatting memoized in the bundle, for Fluent's formatter hook.
pub(super) struct NumberFormat {
    grouped: DecimalFormatter,
    plain: DecimalFormatter,
}

impl Memoizable for NumberFormat {
    type Args = ();
    type Error = String;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, String> {
        let locale: IcuLocale = lang.to_string().parse().map_err(|e| format!("{e:?}"))?;
        let make = |g| {
            DecimalFormatter::try_new((&locale).into(), DecimalFormatterOptions::from(g))
                .map_err(|e| e.to_string())
        };
        Ok(Self {
            grouped: make(GroupingStrategy::Auto)?,
            plain: make(GroupingStrategy::Never)?,
        })
    }
}

/// A Fluent number as an ICU decimal, with the fraction digits asked for.
pub(super) fn decimal(value: f64, options: &FluentNumberOptions) -> Decimal {
    let digits = options
        .maximum_fraction_digits
        .or(options.minimum_fraction_digits)
        .unwrap_or(if value.fract() == 0.0 { 0 } else { 1 });
    let mut d: Decimal = format!("{value:.digits$}").parse().unwrap_or_default();
    if let Some(min) = options.minimum_fraction_digits {
        d.absolute.pad_end(-(min as i16));
    }
    d
}

pub(super) fn format_number(
    value: &FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    memoizer
        .with_try_get::<NumberFormat, _, _>((), |f| {
            let fmt = if n.options.use_grouping {
                &f.grouped
            } else {
                &f.plain
            };
            fmt.format(&decimal(n.value, &n.options)).to_string()
        })
        .ok()
}
