//! Files in Spanish: `check` reports a broken scenario's problems in
//! Spanish at the same `file:line:column`, `export` writes a worksheet's
//! Markdown and calendar event with Spanish words and dates, and a sheet
//! saved while the app speaks Spanish opens in an English one, because a
//! worksheet file is the same in every language.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::Scratch;

use chrono::NaiveDate;
use one_on_one::i18n::{Language, set_language};
use one_on_one::scenario::built_in_breakout;
use one_on_one::worksheet::{self, Worksheet};

const SAMPLE: &str = "tests/fixtures/sample-worksheet.ron";

/// Runs the binary in `language`, whatever the machine's locale, with its
/// folders in `home`.
fn one_on_one(language: &str, args: &[&str], home: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_one-on-one"))
        .arg("--lang")
        .arg(language)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .output()
        .expect("the binary runs")
}

/// What an export printed, failing unless it succeeded.
fn exported(language: &str, sheet: &str, format: &str, home: &Path) -> String {
    let output = one_on_one(language, &["export", sheet, "--format", format], home);
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn check_reports_a_broken_scenario_in_spanish_at_the_same_places() {
    let home = Scratch::new("check");
    let output = one_on_one(
        "es",
        &[
            "check",
            "tests/fixtures/broken/unknown-role.ron",
            "tests/fixtures/broken/negative-duration.ron",
            "tests/fixtures/broken/zero-duration.ron",
        ],
        home.path(),
    );
    assert!(!output.status.success());
    let errors = String::from_utf8(output.stderr).expect("UTF-8");
    let lines: Vec<&str> = errors.lines().collect();
    assert_eq!(
        lines[..2],
        [
            "tests/fixtures/broken/unknown-role.ron:16:20: rol desconocido \"organiser\"; los roles son \"organizer\", \"constituent\"",
            "tests/fixtures/broken/unknown-role.ron:16:53: participante desconocido \"C\"; en la lista están \"A\", \"B\"",
        ],
        "{errors}"
    );
    assert!(
        lines[2].starts_with("tests/fixtures/broken/negative-duration.ron:7:")
            && lines[2].ends_with(
                ": se esperaba una duración como \"8m\", \"90s\" o \"1m30s\", pero se encontró \"-2m\""
            ),
        "{errors}"
    );
    assert_eq!(
        lines[3],
        "tests/fixtures/broken/zero-duration.ron:6:39: se esperaba una duración mayor que cero, como \"2m\""
    );
}

#[test]
fn a_markdown_export_in_spanish_has_spanish_headings_and_dates() {
    let home = Scratch::new("markdown");
    let text = exported("es", SAMPLE, "md", home.path());
    assert!(
        text.starts_with(
            "# Hoja de trabajo del uno a uno: Maria López con Sam Okafor\n\n**Fecha:** lunes 23 de noviembre de 2026  \n**Taller:** One-on-one practice: team breakout\n"
        ),
        "{text}"
    );
    for part in [
        "\n## Valores que compartimos\n\nFamily comes first",
        "\n## Intereses para actuar en conjunto\n",
        "\n## Habilidades y recursos que aporto\n",
        "\n## Habilidades y recursos que aporta la otra persona\n",
        "\n## Actos alcanzados\n\n- [x] Attention\n",
        "\n## Próxima reunión\n\n**Cuándo:** martes 1 de diciembre de 2026, 18:30, durante 45 minutos  \n**Dónde:** Café Luna",
        "\n**Plan:**\n\nBring the 2025 and 2026 timetables",
        "\n## Retroalimentación que recibí\n",
        "\n## Retroalimentación que di\n",
        "\n## Notas\n",
        "\n## Reflexión\n",
    ] {
        assert!(text.contains(part), "{part:?} in:\n{text}");
    }
    for english in [
        "Values we share",
        "Next meeting",
        "Monday",
        "December",
        "minutes",
    ] {
        assert!(!text.contains(english), "{english:?} left in:\n{text}");
    }
}

#[test]
fn a_calendar_event_in_spanish_keeps_its_keys_in_the_standard() {
    let home = Scratch::new("ics");
    let text = exported("es", SAMPLE, "ics", home.path());
    assert!(
        text.contains("\r\nSUMMARY:Uno a uno: Maria López con Sam Okafor\r\n"),
        "{text}"
    );
    for key in [
        "BEGIN:VCALENDAR\r\n",
        "\r\nVERSION:2.0\r\n",
        "\r\nBEGIN:VEVENT\r\n",
        "\r\nDTSTART:",
        "\r\nDTEND:",
        "\r\nLOCATION:Café Luna\\, 12 Market Street\\, back room\r\n",
        "\r\nDESCRIPTION:Bring the 2025",
        "\r\nEND:VCALENDAR\r\n",
    ] {
        assert!(text.contains(key), "{key:?} in:\n{text}");
    }

    let blank = home.path().join("blank.ron");
    std::fs::write(&blank, "Worksheet(format: 1, name: \"Sam\")").expect("a blank sheet");
    let output = one_on_one(
        "es",
        &["export", &blank.display().to_string(), "--format", "ics"],
        home.path(),
    );
    let error = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(!output.status.success());
    assert!(
        error.contains(": la hoja de trabajo no tiene fecha ni hora para la próxima reunión"),
        "{error}"
    );
}

#[test]
fn a_sheet_written_in_spanish_opens_in_an_english_app() {
    let home = Scratch::new("neutral");
    let day = NaiveDate::from_ymd_opt(2026, 11, 25).expect("a date");
    set_language(Language::Spanish);
    let mut sheet = Worksheet::blank(&built_in_breakout(), "María", "Sam", day);
    sheet.shared_values = "La familia primero.".into();
    sheet.next_meeting.when = day.and_hms_opt(18, 30, 0);
    let path = home.path().join("maria.ron");
    worksheet::save(&path, &sheet).expect("saved in Spanish");
    let spanish_text = worksheet::to_text(&sheet);
    set_language(Language::English);

    // The file holds RON keys and what was typed, no word of the app's.
    let saved = std::fs::read_to_string(&path).expect("the file");
    assert_eq!(saved, spanish_text);
    assert_eq!(saved, worksheet::to_text(&sheet), "the same in English");
    assert!(
        saved.contains("shared_values: \"La familia primero.\""),
        "{saved}"
    );
    assert!(!saved.contains("Valores"), "{saved}");
    assert_eq!(worksheet::load(&path).expect("read in English"), sheet);

    let text = exported("en", &path.display().to_string(), "md", home.path());
    assert!(
        text.starts_with(
            "# One-on-one worksheet: María with Sam\n\n**Date:** Wednesday 25 November 2026  \n"
        ),
        "{text}"
    );
    assert!(
        text.contains("\n## Values we share\n\nLa familia primero.\n"),
        "{text}"
    );
    assert!(
        text.contains("**When:** Wednesday 25 November 2026, 18:30, for 60 minutes"),
        "{text}"
    );
}
