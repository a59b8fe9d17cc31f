//! Exporting worksheets, checked against what other programs make of the
//! result: the `.ics` is read back by the `icalendar` crate's parser rather
//! than by string matching, so a file a calendar app would reject fails here.

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, Event, EventLike};
use one_on_one::worksheet::export::{ExportError, ics, ics_in, markdown};
use one_on_one::worksheet::{TextField, Worksheet, load, parse, to_text};
use proptest::prelude::*;

const FIXTURE: &str = "tests/fixtures/sample-worksheet.ron";

fn fixture() -> Worksheet {
    load(Path::new(FIXTURE)).expect("the sample worksheet loads")
}

fn stamp() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 20, 15, 0).unwrap()
}

/// Central European winter time, where the fixture's meeting happens: a
/// fixed zone keeps the expected UTC times the same on every machine.
fn cet(when: NaiveDateTime) -> Option<DateTime<Utc>> {
    FixedOffset::east_opt(3600)?
        .from_local_datetime(&when)
        .single()
        .map(|t| t.with_timezone(&Utc))
}

/// The one event in `text`, after a full parse as a calendar app would do.
fn parsed_event(text: &str) -> Event {
    let unfolded = icalendar::parser::unfold(text);
    let raw = icalendar::parser::read_calendar(&unfolded).expect("the parser accepts the file");
    assert_eq!(raw.components.len(), 1, "one VEVENT expected:\n{text}");
    let calendar: Calendar = text.parse().expect("the file parses as a calendar");
    let events: Vec<&Event> = calendar.events().collect();
    assert_eq!(events.len(), 1, "{text}");
    events[0].clone()
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> Option<DatePerhapsTime> {
    Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap(),
    )))
}

/// What a TEXT value should read as after the round trip: any platform's
/// line breaks become `\n`, and control characters other than tab are gone.
fn as_calendar_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| matches!(c, '\n' | '\t') || !c.is_control())
        .collect()
}

fn assert_lines_fit(text: &str) {
    assert!(text.ends_with("\r\n"), "{text:?}");
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "only CRLF line endings: {text:?}"
    );
    assert_eq!(text.matches('\r').count(), text.matches("\r\n").count());
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
}

#[test]
fn the_sample_worksheet_loads_and_round_trips_through_its_text() {
    let sheet = fixture();
    assert_eq!(sheet.name, "Maria López");
    assert_eq!(sheet.partner, "Sam Okafor");
    assert_eq!(sheet.date, NaiveDate::from_ymd_opt(2026, 11, 23));
    assert_eq!(sheet.reflection.len(), 4);
    assert!(sheet.reflection.iter().any(|a| a.answer.contains('\n')));
    let text = to_text(&sheet);
    assert_eq!(parse(&text, "round-trip").unwrap(), sheet);
    // The fixture is also an example of the file the app writes; if this
    // fails after a change to `to_text`, regenerate it from `to_text`.
    assert_eq!(
        std::fs::read_to_string(FIXTURE).unwrap(),
        text,
        "{FIXTURE} is not in the exact format to_text writes"
    );
}

#[test]
fn markdown_holds_every_filled_in_field_and_the_checklist() {
    let sheet = fixture();
    let text = markdown(&sheet);
    assert!(
        text.starts_with("# One-on-one worksheet: Maria López with Sam Okafor\n"),
        "{text}"
    );
    assert!(text.contains("Monday 23 November 2026"), "{text}");
    assert!(
        text.contains("One-on-one practice: team breakout"),
        "{text}"
    );
    for field in TextField::ALL {
        assert!(
            text.contains(&format!("\n## {}\n", field.label())),
            "{text}"
        );
        for line in sheet.text(field).lines() {
            assert!(text.contains(line), "{:?} lost {line:?}:\n{text}", field);
        }
    }
    for (act, reached) in [
        ("Attention", true),
        ("Interest", true),
        ("Exploration", true),
        ("Exchange", false),
        ("Commitment", true),
    ] {
        let mark = if reached { 'x' } else { ' ' };
        assert!(text.contains(&format!("\n- [{mark}] {act}\n")), "{text}");
    }
    assert!(text.contains("\n## Next meeting\n"), "{text}");
    assert!(
        text.contains("Tuesday 1 December 2026, 18:30, for 45 minutes"),
        "{text}"
    );
    assert!(text.contains(&sheet.next_meeting.place), "{text}");
    assert!(text.contains(&sheet.next_meeting.plan), "{text}");
    assert!(text.contains("\n## Reflection\n"), "{text}");
    for answer in &sheet.reflection {
        assert!(
            text.contains(&format!("\n### {}\n", answer.question)),
            "{text}"
        );
        for line in answer.answer.lines() {
            assert!(text.contains(line), "lost {line:?}:\n{text}");
        }
    }
    assert!(!text.contains("_(not filled in)_"), "{text}");
}

#[test]
fn multi_line_answers_keep_their_line_breaks_in_markdown() {
    let text = markdown(&fixture());
    assert!(
        text.contains(
            "An interview only goes one way. A sales pitch already has the answer.  \nHere we both shared"
        ),
        "{text}"
    );
}

#[test]
fn the_ics_of_the_sample_is_a_calendar_event_for_the_next_meeting() {
    let text = ics_in(&fixture(), stamp(), cet).unwrap();
    assert_lines_fit(&text);
    assert!(
        text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{text}"
    );
    for line in [
        "PRODID:-//one-on-one//worksheet//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        assert!(text.contains(&format!("\r\n{line}\r\n")), "{text}");
    }
    let event = parsed_event(&text);
    assert_eq!(
        event.get_summary(),
        Some("One-on-one: Maria López and Sam Okafor")
    );
    assert_eq!(
        event.get_location(),
        Some("Café Luna, 12 Market Street, back room")
    );
    assert_eq!(
        event.get_description(),
        Some(fixture().next_meeting.plan.as_str())
    );
    assert_eq!(event.get_start(), utc(2026, 12, 1, 17, 30));
    assert_eq!(event.get_end(), utc(2026, 12, 1, 18, 15));
    assert_eq!(event.get_timestamp(), Some(stamp()));
    // Pinned (and checked against an independent FNV-1a): the same worksheet
    // must keep its UID in every version of the app, or re-importing an
    // export would duplicate the meeting.
    assert_eq!(event.get_uid(), Some("0785dcc72d50deb4@one-on-one.local"));
}

#[test]
fn the_uid_does_not_depend_on_when_or_where_the_file_is_made() {
    let sheet = fixture();
    let here = parsed_event(&ics_in(&sheet, stamp(), cet).unwrap());
    let later = stamp() + chrono::TimeDelta::days(30);
    let elsewhere = parsed_event(&ics_in(&sheet, later, |_| None).unwrap());
    assert_eq!(here.get_uid(), elsewhere.get_uid());
}

#[test]
fn ics_reads_the_meeting_time_in_the_local_time_zone() {
    let sheet = fixture();
    let when = sheet.next_meeting.when.unwrap();
    let event = parsed_event(&ics(&sheet, stamp()).unwrap());
    let expected = match chrono::Local.from_local_datetime(&when).earliest() {
        Some(local) => CalendarDateTime::Utc(local.with_timezone(&Utc)),
        None => CalendarDateTime::Floating(when),
    };
    assert_eq!(event.get_start(), Some(DatePerhapsTime::DateTime(expected)));
}

#[test]
fn a_time_without_a_utc_equivalent_is_exported_floating() {
    let event = parsed_event(&ics_in(&fixture(), stamp(), |_| None).unwrap());
    let start = NaiveDate::from_ymd_opt(2026, 12, 1)
        .unwrap()
        .and_hms_opt(18, 30, 0)
        .unwrap();
    let end = start + chrono::TimeDelta::minutes(45);
    assert_eq!(
        event.get_start(),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Floating(start)))
    );
    assert_eq!(
        event.get_end(),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Floating(end)))
    );
}

#[test]
fn reserved_characters_line_breaks_and_long_emoji_text_survive_the_round_trip() {
    let mut sheet = fixture();
    sheet.next_meeting.place = "Room 3; Building B, 2nd floor\nRing twice \\ then wait".into();
    let emoji = ['🙂', '🎉', '👩', '\u{200d}', '👧', '🏽', '✊', 'é'];
    sheet.next_meeting.plan = emoji.iter().cycle().take(300).collect();
    assert_eq!(sheet.next_meeting.plan.chars().count(), 300);
    let text = ics_in(&sheet, stamp(), cet).unwrap();
    assert_lines_fit(&text);
    assert!(
        text.contains("LOCATION:Room 3\\; Building B\\, 2nd floor\\nRing twice \\\\ then wait")
    );
    let event = parsed_event(&text);
    assert_eq!(
        event.get_location(),
        Some(sheet.next_meeting.place.as_str())
    );
    assert_eq!(
        event.get_description(),
        Some(sheet.next_meeting.plan.as_str())
    );
}

#[test]
fn empty_place_and_plan_leave_their_lines_out() {
    let mut sheet = fixture();
    sheet.next_meeting.place = "  ".into();
    sheet.next_meeting.plan = String::new();
    sheet.name = String::new();
    let text = ics_in(&sheet, stamp(), cet).unwrap();
    assert!(!text.contains("LOCATION"), "{text}");
    assert!(!text.contains("DESCRIPTION"), "{text}");
    assert_eq!(
        parsed_event(&text).get_summary(),
        Some("One-on-one with Sam Okafor")
    );
}

#[test]
fn a_worksheet_without_a_next_meeting_time_has_no_event() {
    let mut sheet = fixture();
    sheet.next_meeting.when = None;
    assert_eq!(
        ics_in(&sheet, stamp(), cet),
        Err(ExportError::NoMeetingTime)
    );
}

/// Any text at all: control characters, every kind of line break, the
/// characters TEXT escapes, multibyte characters, lines far past 75 octets.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(any::<char>(), 0..400).prop_map(String::from_iter),
        "[a-z ,;:\\\\\r\n\t\u{1}\u{7f}é漢🙂]{0,200}",
    ]
}

proptest! {
    #[test]
    fn any_names_place_and_plan_give_a_valid_calendar(
        name in any_text(),
        partner in any_text(),
        place in any_text(),
        plan in any_text(),
        // Up to ten weeks: longer meetings may run past year 9999, which
        // is an error of its own, tested in the module.
        minutes in 0u32..100_000,
    ) {
        let mut sheet = fixture();
        sheet.name = name;
        sheet.partner = partner;
        sheet.next_meeting.place = place.clone();
        sheet.next_meeting.plan = plan.clone();
        sheet.next_meeting.minutes = minutes;
        let text = ics_in(&sheet, stamp(), cet).unwrap();
        assert_lines_fit(&text);
        let event = parsed_event(&text);
        prop_assert!(event.get_summary().is_some_and(|s| s.starts_with("One-on-one")));
        let expect = |original: &str| {
            (!original.trim().is_empty()).then(|| as_calendar_text(original))
        };
        prop_assert_eq!(event.get_location().map(str::to_string), expect(&place));
        prop_assert_eq!(event.get_description().map(str::to_string), expect(&plan));
        prop_assert!(event.get_end().is_some());
    }

    #[test]
    fn any_worksheet_text_gives_markdown_with_only_its_own_headings(
        notes in any_text(),
        answer in any_text(),
    ) {
        let mut sheet = fixture();
        sheet.notes = notes;
        sheet.reflection[0].answer = answer;
        let text = markdown(&sheet);
        let headings = text.lines().filter(|l| l.starts_with('#')).count();
        // The title, seven fields, acts, next meeting, reflection, and a
        // heading per question: user text adds none.
        prop_assert_eq!(headings, 1 + 7 + 3 + sheet.reflection.len());
        prop_assert!(!text.lines().any(|l| l.trim_start().starts_with("```")));
    }
}
