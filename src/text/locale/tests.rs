use super::*;

fn locale(tag: &str, ftl: &str) -> Locale {
    let text = format!("{LANGUAGE_TAG} = {tag}\n{ftl}");
    Locale::from_sources("xx", vec![SourceFile::new("locales/xx/a.ftl", text)])
        .unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn numbers_are_grouped_per_locale() {
    let nb = locale("nb", "n = { $n } søknader\n");
    assert_eq!(
        nb.msg("n", &[("n", 1234u32.into())]).unwrap(),
        "1\u{a0}234 søknader"
    );
    assert_eq!(nb.number(1_234_567.0), "1\u{a0}234\u{a0}567");
    let en = locale("en-GB", "n = { $n } applications\n");
    assert_eq!(
        en.msg("n", &[("n", 1234u32.into())]).unwrap(),
        "1,234 applications"
    );
}

#[test]
fn dates_in_long_form() {
    let d = Date {
        year: 2025,
        month: 1,
        day: 31,
    };
    assert_eq!(
        locale("nb", "").date_into(d, &mut Record::default()),
        "31. januar 2025"
    );
    assert_eq!(
        locale("en-GB", "").date_into(d, &mut Record::default()),
        "31 January 2025"
    );
    assert_eq!(
        locale("nn", "").date_into(d, &mut Record::default()),
        "31. januar 2025"
    );
}

#[test]
fn lists_are_joined_per_locale() {
    let items = || ["2022".to_string(), "2023".to_string()].into_iter();
    assert_eq!(locale("nb", "").list(items()), "2022 og 2023");
    assert_eq!(locale("en-GB", "").list(items()), "2022 and 2023");
}

#[test]
fn plurals_select_on_numbers() {
    let en = locale(
        "en-GB",
        "n = { $n ->\n    [one] one trial\n   *[other] { $n } trials\n}\n",
    );
    assert_eq!(en.msg("n", &[("n", 1u32.into())]).unwrap(), "one trial");
    assert_eq!(
        en.msg("n", &[("n", 1200u32.into())]).unwrap(),
        "1,200 trials"
    );
}

#[test]
fn missing_message_and_variable_are_errors() {
    let en = locale("en-GB", "n = { $count } trials\n");
    let errors = en.msg("nope", &[]).unwrap_err();
    assert!(
        errors[0].message.contains("`nope` is missing"),
        "{errors:?}"
    );
    let errors = en.msg("n", &[("cuont", 1u32.into())]).unwrap_err();
    assert!(errors[0].message.contains("count"), "{errors:?}");
}

#[test]
fn each_report_keeps_its_own_record() {
    let en = locale("en-GB", "n = { $count } trials\nopt = x\n");
    let (mut a, mut b) = (Record::default(), Record::default());
    en.msg_into("nope", &[], &mut a);
    en.msg_into("n", &[("count", 2u32.into())], &mut b);
    assert!(en.has("opt", &mut b) && !en.has("none", &mut b));
    assert_eq!(a.errors.len(), 1);
    assert!(a.errors[0].message.contains("`nope` is missing"), "{a:?}");
    assert!(b.errors.is_empty(), "{b:?}");
    assert_eq!(a.asked.iter().collect::<Vec<_>>(), ["nope"]);
    assert_eq!(b.asked.iter().collect::<Vec<_>>(), ["n"]);
    assert_eq!(b.probed.iter().collect::<Vec<_>>(), ["none", "opt"]);
    a.merge(b);
    assert_eq!(a.asked.len(), 2);
}

#[test]
fn syntax_errors_point_at_the_line() {
    let text = "language-tag = nb\nok = fine\nbroken = { $x ]\nnext = ok\n";
    let err = Locale::from_sources("nb", vec![SourceFile::new("locales/nb/a.ftl", text)])
        .err()
        .unwrap();
    assert!(
        err[0].to_string().starts_with("locales/nb/a.ftl:3:"),
        "{}",
        err[0]
    );
}

#[test]
fn pseudo_transforms_messages_dates_and_lists_but_not_numbers() {
    let mut nb = locale("nb", "n = I { $year } mottok vi { $n } søknader\n");
    nb.set_transform(Some(pseudo));
    let text = nb
        .msg("n", &[("year", 2024i32.into()), ("n", 1234u32.into())])
        .unwrap();
    assert_eq!(text, "I 2024 ḿooŧŧooķ ṽi 1\u{a0}234 şøķƞaaḓeeř");
    let d = Date {
        year: 2025,
        month: 1,
        day: 31,
    };
    assert_eq!(
        nb.date_into(d, &mut Record::default()),
        "31. ĵaaƞuuaař 2025"
    );
    let items = ["Ƀ".to_string(), "2023".to_string()];
    assert_eq!(nb.list(items.into_iter()), "Ƀ ooɠ 2023");
}

#[test]
fn a_message_too_long_for_any_page_is_an_error_at_its_id() {
    let long = "x".repeat(MAX_MESSAGE_BYTES + 1);
    let text = format!("{LANGUAGE_TAG} = nb\nshort = ok\nlong = {long}\nafter = ok\n");
    let err = Locale::from_sources("nb", vec![SourceFile::new("locales/nb/a.ftl", text)])
        .err()
        .unwrap();
    assert_eq!(err.len(), 1, "{err:?}");
    assert!(
        err[0]
            .message
            .contains("message `long` is 20009 bytes long"),
        "{}",
        err[0].message
    );
    assert_eq!(
        err[0]
            .file
            .as_ref()
            .unwrap()
            .line_col(err[0].span.clone().unwrap().start),
        (3, 1)
    );
}

#[test]
fn words_spells_the_numbers_its_language_spells() {
    let text = "number-words = { $n ->\n    [2] to\n    [4] fire\n    [12] tolv\n   *[other] { $n }\n  }\n\
                m = for { WORDS($a) } av { WORDS($b) }, { WORDS($c) } og { $a }\n";
    let mut nb = locale("nb", text);
    let m = |nb: &Locale, a: u32, b: u32, c: u32| {
        nb.msg("m", &[("a", a.into()), ("b", b.into()), ("c", c.into())])
            .unwrap()
    };
    // Spelt where the message spells it; a number beyond it (13, 1 234)
    // or one it does not spell (3) is formatted as any number.
    assert_eq!(m(&nb, 4, 12, 3), "for fire av tolv, 3 og 4");
    assert_eq!(m(&nb, 2, 13, 1234), "for to av 13, 1\u{a0}234 og 2");
    // The words go through the pseudo-localisation like every word.
    nb.set_transform(Some(pseudo));
    assert_eq!(m(&nb, 4, 13, 3), "ƒooř ƒiřee aaṽ 13, 3 ooɠ 4");
    nb.set_transform(None);
    assert_eq!(m(&nb, 4, 13, 3), "for fire av 13, 3 og 4");
    // Without the message every number stays a number.
    let bare = locale(
        "nb",
        "m = for { WORDS($a) } av { WORDS($b) }, { WORDS($c) } og { $a }\n",
    );
    assert_eq!(m(&bare, 4, 12, 3), "for 4 av 12, 3 og 4");
}

#[test]
fn a_message_defined_twice_points_at_both() {
    let a = SourceFile::new("locales/nb/a.ftl", "language-tag = nb\nx = 1\n");
    let b = SourceFile::new("locales/nb/b.ftl", "y = 2\nx = 3\n");
    let err = Locale::from_sources("nb", vec![a, b]).err().unwrap();
    assert_eq!(
        err[0].to_string(),
        "locales/nb/b.ftl:2:1: `x` is defined twice: here and at locales/nb/a.ftl:2:1"
    );
}

#[test]
fn no_isolation_marks() {
    let nb = locale("nb", "n = I { $year } mottok vi\n");
    assert_eq!(
        nb.msg("n", &[("year", 2024i32.into())]).unwrap(),
        "I 2024 mottok vi"
    );
}

#[test]
fn an_html_entity_fails_the_locale() {
    let text = "language-tag = nb\npercent = { $percent }&nbsp;%\n";
    let err = Locale::from_sources("nb", vec![SourceFile::new("locales/nb/meta.ftl", text)])
        .err()
        .unwrap();
    assert_eq!(err.len(), 1);
    assert!(
        err[0].to_string().starts_with(
            "locales/nb/meta.ftl:2:23: `&nbsp;` would be printed as these six characters"
        ),
        "{}",
        err[0]
    );
}
