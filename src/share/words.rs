//! The phone page's words in every language the app speaks, served whole
//! as `GET /api/words`: `{"en": {"phone-page-live": "Live", …}, "es": …}`.
//! The page speaks the room's language (the feed names it) unless its
//! reader chose the other, and switches without asking the server again.
//!
//! It gets its own messages (`phone-page-*`, phone.ftl) and the room's
//! (`room-*`, room.ftl): between two feeds it words the warning, the
//! overtime and the time left with the very messages the projector uses.
//! The worksheet's downloads get the words the app's own exports are
//! written with (export.rs, names.rs, dates.rs), so a sheet taken away in
//! Spanish is the file `one-on-one --lang es export` writes.
//!
//! Each is written out without its arguments, which Fluent then shows as
//! `{$name}`; the page puts the value in their place. So a message served
//! that way never selects on an argument: a plural has a message per form.
//! The few the downloads need that do select (a weekday's name, a month's,
//! "for N minutes") are served once per choice instead, as `id[number]`,
//! see [`CHOICES`].

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent::FluentValue;

// Named apart: the id is the catalogue's, not a literal, so tests/i18n.rs
// has nothing to look up here.
use crate::i18n::tr_in as message;
use crate::i18n::{Language, catalogue};

/// The beginnings of the ids the worksheet's downloads are written with,
/// beside the page's and the room's own: the fields' labels (and the hints
/// the sheet shows under them), the Markdown's headings, the event's
/// summary, the file names' words and the pattern of a long date.
const DOWNLOADS: [&str; 7] = [
    "worksheet-label-",
    "worksheet-hint-",
    "worksheet-md-",
    "worksheet-not-filled-in",
    "worksheet-event",
    "worksheet-file-stem",
    "date-long",
];

/// Whether the page is sent the message `id` as it is written.
fn served(id: &str) -> bool {
    id.starts_with("phone-page-")
        || id.starts_with("room-")
        || DOWNLOADS.iter().any(|start| id.starts_with(start))
}

/// The messages that select on a number, with the argument they select on
/// and the numbers served. Each number's words are served as `id[number]`
/// with the other arguments left as `{$name}`. When `others` is true the
/// message is also served as `id`, its default words with the number left
/// as `{$name}` too, for every number not listed: the page looks for
/// `id[number]` first. Which numbers must be listed is what Fluent selects
/// by (the exact `[0]`, the plural `[one]`); a test below checks, number by
/// number, that the page's choice gives what the app writes.
const CHOICES: [(&str, &str, &[u32], bool); 3] = [
    (
        "date-weekday-long",
        "weekday",
        &[1, 2, 3, 4, 5, 6, 7],
        false,
    ),
    (
        "date-month-long",
        "month",
        &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        false,
    ),
    ("worksheet-meeting-time", "minutes", &[0, 1], true),
];

/// The page's words in `language`, by message id, each argument left as
/// `{$name}`.
pub fn table(language: Language) -> BTreeMap<String, String> {
    let (ids, _) = catalogue(language);
    let mut table: BTreeMap<String, String> = ids
        .into_iter()
        .filter(|id| served(id))
        .map(|id| {
            let text = message(language, &id, &[]);
            (id, text)
        })
        .collect();
    for (id, argument, numbers, others) in CHOICES {
        for number in numbers {
            let text = message(language, id, &[(argument, FluentValue::from(*number))]);
            table.insert(format!("{id}[{number}]"), text);
        }
        if others {
            table.insert(id.to_string(), message(language, id, &[]));
        }
    }
    table
}

/// Every language's table as the JSON `GET /api/words` answers, made once.
pub fn json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| {
        let tables: BTreeMap<&str, BTreeMap<String, String>> = Language::ALL
            .into_iter()
            .map(|language| (language.code(), table(language)))
            .collect();
        // Strings in maps of strings always serialize.
        serde_json::to_string(&tables).unwrap_or_else(|_| "{}".to_string())
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use chrono::{Datelike, NaiveDate};
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    use super::*;
    use crate::i18n::dates::long_date_in;
    use crate::share::page;

    #[test]
    fn both_languages_have_the_same_words_and_every_one_is_worded() {
        let english = table(Language::English);
        let spanish = table(Language::Spanish);
        assert_eq!(
            english.keys().collect::<Vec<_>>(),
            spanish.keys().collect::<Vec<_>>()
        );
        assert!(english.len() > 100, "{}", english.len());
        for (id, text) in english.iter().chain(&spanish) {
            assert!(!text.is_empty() && text != id, "{id} has no words");
        }
        assert_eq!(english["phone-page-live"], "Live");
        assert_eq!(spanish["phone-page-live"], "En vivo");
        assert_eq!(spanish["room-left-drift"], "quedan {$left} · {$drift}");
        assert_eq!(english["phone-page-step"], "Step {$number} of {$count}");
        assert_eq!(
            spanish["worksheet-md-title-both"],
            "Hoja de trabajo del uno a uno: {$name} con {$partner}"
        );
        assert_eq!(
            spanish["worksheet-file-stem-both"],
            "{$name}-con-{$partner}"
        );
        assert_eq!(
            spanish["date-long"],
            "{$weekday} {$day} de {$month} de {$year}"
        );
        assert_eq!(spanish["date-weekday-long[3]"], "miércoles");
        assert_eq!(english["date-month-long[12]"], "December");
        assert_eq!(
            spanish["worksheet-meeting-time"],
            "{$day}, {$time}, durante {$minutes} minutos"
        );
        assert_eq!(
            english["worksheet-meeting-time[1]"],
            "{$day}, {$time}, for 1 minute"
        );
        assert_eq!(english["worksheet-meeting-time[0]"], "{$day}, {$time}");
        assert!(
            !english.contains_key("date-weekday-long"),
            "a weekday's name is served by number only"
        );
        assert!(
            !english.contains_key("worksheet-no-meeting-time"),
            "only what the page writes"
        );
        let served: serde_json::Value = serde_json::from_str(json()).unwrap();
        assert_eq!(served["es"]["room-overtime"], "● Tiempo extra");
        assert_eq!(served["en"]["room-overtime"], "● Overtime");
        assert_eq!(served["es"]["worksheet-not-filled-in"], "sin completar");
        assert!(json().len() < 64 * 1024, "a page's words stay small");
    }

    /// `template` with each `{$name}` given its value, as the page's
    /// `wordIn` fills it (phone.js): once, left to right, and a name not
    /// given left as it is.
    fn fill(template: &str, args: &[(&str, String)]) -> String {
        let mut out = String::new();
        let mut rest = template;
        while let Some(at) = rest.find("{$") {
            out.push_str(&rest[..at]);
            let after = &rest[at + 2..];
            let name_end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            let name = &after[..name_end];
            let value = args.iter().find(|(n, _)| *n == name);
            match (after[name_end..].starts_with('}'), value) {
                (true, Some((_, value))) if !name.is_empty() => {
                    out.push_str(value);
                    rest = &after[name_end + 1..];
                }
                _ => {
                    out.push_str("{$");
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The message `id` for `number` as the page picks it (worksheet.js's
    /// `choose`): `id[number]` when served, else `id`.
    fn choose(
        table: &BTreeMap<String, String>,
        id: &str,
        number: u32,
        args: &[(&str, String)],
    ) -> String {
        let template = table
            .get(&format!("{id}[{number}]"))
            .or_else(|| table.get(id))
            .unwrap_or_else(|| panic!("{id} is not served for {number}"));
        fill(template, args)
    }

    #[test]
    fn the_page_fills_a_message_as_fluent_does() {
        for language in Language::ALL {
            let table = table(language);
            let args = [
                ("name", "Ana {$partner}".to_string()),
                ("partner", "Sam $1".to_string()),
            ];
            let fluent: Vec<(&str, FluentValue)> = args
                .iter()
                .map(|(n, v)| (*n, FluentValue::from(v.as_str())))
                .collect();
            for id in ["worksheet-md-title-both", "worksheet-event-both"] {
                assert_eq!(
                    fill(&table[id], &args),
                    message(language, id, &fluent),
                    "{id}"
                );
            }
        }
    }

    #[test]
    fn a_meeting_time_chosen_on_the_page_is_the_apps_for_every_length() {
        for language in Language::ALL {
            let table = table(language);
            let day = long_date_in(language, &NaiveDate::from_ymd_opt(2027, 6, 15).unwrap());
            let lengths = (0..=1_000).chain([1_000_000, 2_000_000, u32::MAX]);
            for minutes in lengths {
                let app = message(
                    language,
                    "worksheet-meeting-time",
                    &[
                        ("day", FluentValue::from(day.as_str())),
                        ("time", FluentValue::from("18:30")),
                        ("minutes", FluentValue::from(minutes)),
                    ],
                );
                let page = choose(
                    &table,
                    "worksheet-meeting-time",
                    minutes,
                    &[
                        ("day", day.clone()),
                        ("time", "18:30".to_string()),
                        ("minutes", minutes.to_string()),
                    ],
                );
                assert_eq!(page, app, "{minutes} minutes in {language:?}");
            }
        }
    }

    #[test]
    fn a_long_date_written_on_the_page_is_the_apps_every_day() {
        for language in Language::ALL {
            let table = table(language);
            let days = [(1900, 2199), (2026, 2028)];
            let mut written = 0;
            for (first, last) in days {
                let first = NaiveDate::from_ymd_opt(first, 1, 1).unwrap();
                let last = NaiveDate::from_ymd_opt(last, 12, 31).unwrap();
                // Every day of the near years; a day a month across the rest.
                let step = if last.year() - first.year() > 10 {
                    29
                } else {
                    1
                };
                for day in first.iter_days().step_by(step).take_while(|d| *d <= last) {
                    let weekday = day.weekday().number_from_monday();
                    let page = fill(
                        &table["date-long"],
                        &[
                            ("weekday", choose(&table, "date-weekday-long", weekday, &[])),
                            ("day", day.day().to_string()),
                            ("month", choose(&table, "date-month-long", day.month(), &[])),
                            ("year", day.year().to_string()),
                        ],
                    );
                    assert_eq!(page, long_date_in(language, &day), "{day} in {language:?}");
                    written += 1;
                }
            }
            assert!(written > 3000, "{written}");
        }
    }

    /// The catalogues of the page's words, to read their structure.
    const CATALOGUES: [&str; 8] = [
        include_str!("../../locales/en/phone.ftl"),
        include_str!("../../locales/en/room.ftl"),
        include_str!("../../locales/en/worksheet.ftl"),
        include_str!("../../locales/en/dates.ftl"),
        include_str!("../../locales/es/phone.ftl"),
        include_str!("../../locales/es/room.ftl"),
        include_str!("../../locales/es/worksheet.ftl"),
        include_str!("../../locales/es/dates.ftl"),
    ];

    fn selects(pattern: &Pattern<&str>) -> bool {
        fn expression(e: &Expression<&str>) -> bool {
            match e {
                Expression::Select { .. } => true,
                Expression::Inline(InlineExpression::Placeable { expression: inner }) => {
                    expression(inner)
                }
                Expression::Inline(_) => false,
            }
        }
        pattern.elements.iter().any(|element| match element {
            PatternElement::Placeable { expression: e } => expression(e),
            PatternElement::TextElement { .. } => false,
        })
    }

    #[test]
    fn a_message_served_as_written_never_selects() {
        let choices: Vec<&str> = CHOICES.iter().map(|(id, ..)| *id).collect();
        let mut looked_at = 0;
        for text in CATALOGUES {
            let resource = fluent_syntax::parser::parse(text).expect("the catalogue parses");
            for entry in &resource.body {
                let Entry::Message(message) = entry else {
                    continue;
                };
                let id = message.id.name;
                let Some(pattern) = &message.value else {
                    continue;
                };
                let selecting = selects(pattern);
                if choices.contains(&id) {
                    assert!(selecting, "{id} no longer selects: serve it as written");
                } else if served(id) {
                    assert!(!selecting, "{id} selects: add it to CHOICES");
                    looked_at += 1;
                }
            }
        }
        assert!(looked_at > 200, "{looked_at}");
    }

    /// The ids the page's files ask for: `word("id"`, `data-word="id"` and
    /// the like. Those of the downloads are known by the beginnings served,
    /// as the page's elements have ids such as `worksheet-open` too.
    fn asked_for() -> BTreeSet<String> {
        let starts: Vec<&str> = ["phone-page-", "room-"]
            .into_iter()
            .chain(DOWNLOADS)
            .chain(CHOICES.iter().map(|(id, ..)| *id))
            .collect();
        let mut found = BTreeSet::new();
        for text in [page::PAGE.body, page::SCRIPT.body, page::WORKSHEET.body] {
            for quote in ['"', '\''] {
                for start in &starts {
                    let opening = format!("{quote}{start}");
                    for (at, _) in text.match_indices(opening.as_str()) {
                        let rest = &text[at + 1..];
                        let end = rest.find(quote).unwrap_or(rest.len());
                        found.insert(rest[..end].to_string());
                    }
                }
            }
        }
        found
    }

    #[test]
    fn every_word_the_page_asks_for_is_served_in_both_languages() {
        let asked = asked_for();
        for id in [
            "phone-page-reconnecting",
            "room-overtime",
            "worksheet-md-title-both",
            "worksheet-label-notes",
            "worksheet-event-partner",
            "worksheet-file-stem",
            "worksheet-meeting-time",
            "date-weekday-long",
            "date-long",
        ] {
            assert!(asked.contains(id), "{id} is not asked for: {asked:?}");
        }
        for language in Language::ALL {
            let table = table(language);
            // A message served by choice is asked for by its id alone.
            let is_served = |id: &str| {
                table.contains_key(id) || table.keys().any(|key| key.starts_with(&format!("{id}[")))
            };
            let missing: Vec<&String> = asked.iter().filter(|id| !is_served(id)).collect();
            assert!(
                missing.is_empty(),
                "asked for but not served in {language:?}: {missing:?}"
            );
        }
    }
}
