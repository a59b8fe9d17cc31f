//! A worksheet leaves the app in two shapes: Markdown, to print or paste
//! into a shared document, and an iCalendar event for the next meeting, so
//! the commitment lands in the participant's calendar instead of being
//! forgotten in a file.

use std::fmt;

use crate::i18n::dates::long_date;
use crate::i18n::{tr, tr_args};
use crate::markdown::{inline, paragraphs};
use chrono::{DateTime, Datelike, Local, NaiveDateTime, TimeDelta, TimeZone, Utc};
use fluent::FluentValue;

use super::{TextField, Worksheet};

/// Shown where the participant wrote nothing, so a printed sheet tells
/// "left blank" apart from "lost in the export".
fn not_filled_in() -> String {
    format!("_({})_", tr("worksheet-not-filled-in"))
}

/// Why a worksheet could not become a calendar event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// No next meeting's date and time, so no event.
    NoMeetingTime,
    /// Calendar files write years with exactly four digits.
    OutOfRange(String),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoMeetingTime => f.write_str(&tr("worksheet-no-meeting-time")),
            Self::OutOfRange(meeting) => f.write_str(&tr_args(
                "worksheet-meeting-beyond-calendar",
                &[("meeting", FluentValue::from(meeting.as_str()))],
            )),
        }
    }
}

impl std::error::Error for ExportError {}

/// The two shapes, as the app's buttons and the `export` command name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The whole sheet, to print or share.
    Markdown,
    /// The next meeting as an iCalendar event.
    Ics,
}

impl Format {
    /// The file extension an export in this format gets.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Ics => "ics",
        }
    }

    /// The export's text; `stamp` is the calendar event's DTSTAMP.
    pub fn render(self, sheet: &Worksheet, stamp: DateTime<Utc>) -> Result<String, ExportError> {
        match self {
            Self::Markdown => Ok(markdown(sheet)),
            Self::Ics => ics(sheet, stamp),
        }
    }
}

/// The worksheet as a Markdown document, headed by who practised with whom.
pub fn markdown(sheet: &Worksheet) -> String {
    let mut out = String::new();
    let name = inline(&sheet.name);
    let partner = inline(&sheet.partner);
    let title = match (name.is_empty(), partner.is_empty()) {
        (false, false) => tr_args(
            "worksheet-md-title-both",
            &[
                ("name", FluentValue::from(name)),
                ("partner", FluentValue::from(partner)),
            ],
        ),
        (false, true) => tr_args(
            "worksheet-md-title-name",
            &[("name", FluentValue::from(name))],
        ),
        (true, false) => tr_args(
            "worksheet-md-title-partner",
            &[("partner", FluentValue::from(partner))],
        ),
        (true, true) => tr("worksheet-md-title"),
    };
    out.push_str(&format!("# {title}\n\n"));

    let mut context = Vec::new();
    if let Some(date) = sheet.date {
        context.push(format!(
            "**{}:** {}",
            tr("worksheet-md-date"),
            long_date(&date)
        ));
    }
    let workshop = inline(&sheet.workshop);
    if !workshop.is_empty() {
        context.push(format!("**{}:** {workshop}", tr("worksheet-md-workshop")));
    }
    if !context.is_empty() {
        out.push_str(&context.join("  \n"));
        out.push_str("\n\n");
    }

    // The fields before the acts are what the pair learned; feedback and
    // notes come after the commitment, as on the sheet in the app.
    let (learned, afterwards) = TextField::ALL.split_at(4);
    for field in learned {
        section(&mut out, field.label(), sheet.text(*field));
    }

    out.push_str(&format!("## {}\n\n", tr("worksheet-md-acts-reached")));
    if sheet.acts_reached.is_empty() {
        out.push_str(&not_filled_in());
        out.push('\n');
    }
    for act in &sheet.acts_reached {
        let mark = if act.reached { 'x' } else { ' ' };
        out.push_str(&format!("- [{mark}] {}\n", inline(&act.act)));
    }
    out.push('\n');

    let meeting = &sheet.next_meeting;
    out.push_str(&format!("## {}\n\n", tr("worksheet-md-next-meeting")));
    let when = match meeting.when {
        Some(when) => meeting_time(when, meeting.minutes),
        None => not_filled_in(),
    };
    out.push_str(&format!("**{}:** {when}  \n", tr("worksheet-md-when")));
    let place = inline(&meeting.place);
    let place = if place.is_empty() {
        not_filled_in()
    } else {
        place
    };
    out.push_str(&format!("**{}:** {place}\n\n", tr("worksheet-md-where")));
    out.push_str(&format!("**{}:**\n\n", tr("worksheet-md-plan")));
    out.push_str(&block(&meeting.plan));
    out.push_str("\n\n");

    for field in afterwards {
        section(&mut out, field.label(), sheet.text(*field));
    }

    out.push_str(&format!("## {}\n", tr("worksheet-md-reflection")));
    if sheet.reflection.is_empty() {
        out.push('\n');
        out.push_str(&not_filled_in());
        out.push('\n');
    }
    for answer in &sheet.reflection {
        out.push_str(&format!("\n### {}\n\n", inline(&answer.question)));
        out.push_str(&block(&answer.answer));
        out.push('\n');
    }
    out
}

fn section(out: &mut String, heading: &str, text: &str) {
    out.push_str(&format!("## {heading}\n\n{}\n\n", block(text)));
}

/// "Tuesday 1 December 2026, 18:30, for 45 minutes".
fn meeting_time(when: NaiveDateTime, minutes: u32) -> String {
    tr_args(
        "worksheet-meeting-time",
        &[
            ("day", FluentValue::from(long_date(&when))),
            ("time", FluentValue::from(when.format("%H:%M").to_string())),
            ("minutes", FluentValue::from(minutes)),
        ],
    )
}

/// Free text as Markdown paragraphs, or "not filled in" when blank.
fn block(text: &str) -> String {
    if text.trim().is_empty() {
        return not_filled_in();
    }
    paragraphs(text)
}

/// The next meeting as an iCalendar file, its wall-clock time read in this
/// computer's time zone. `stamp` is when the file is made (DTSTAMP).
pub fn ics(sheet: &Worksheet, stamp: DateTime<Utc>) -> Result<String, ExportError> {
    ics_in(sheet, stamp, |when| {
        Local
            .from_local_datetime(&when)
            .earliest()
            .map(|local| local.with_timezone(&Utc))
    })
}

/// [`ics`] with the time zone given as `to_utc`, which turns the meeting's
/// wall-clock time into UTC. Where it gives `None`, as for a time skipped by
/// a daylight-saving change, the event keeps the wall-clock time "floating",
/// which calendars show at that time in whatever zone they are in.
pub fn ics_in(
    sheet: &Worksheet,
    stamp: DateTime<Utc>,
    to_utc: impl Fn(NaiveDateTime) -> Option<DateTime<Utc>>,
) -> Result<String, ExportError> {
    let meeting = &sheet.next_meeting;
    let when = meeting.when.ok_or(ExportError::NoMeetingTime)?;
    let out_of_range = || ExportError::OutOfRange(meeting_time(when, meeting.minutes));
    // A zero-length event is legal but most calendars hide or mangle it.
    let length = TimeDelta::minutes(i64::from(meeting.minutes.max(1)));
    let (start, end) = match to_utc(when) {
        Some(start) => {
            let end = start.checked_add_signed(length).ok_or_else(out_of_range)?;
            (
                utc_time(start).ok_or_else(out_of_range)?,
                utc_time(end).ok_or_else(out_of_range)?,
            )
        }
        None => {
            let end = when.checked_add_signed(length).ok_or_else(out_of_range)?;
            (
                floating_time(when).ok_or_else(out_of_range)?,
                floating_time(end).ok_or_else(out_of_range)?,
            )
        }
    };
    let stamp = utc_time(stamp).ok_or_else(|| {
        ExportError::OutOfRange(tr_args(
            "worksheet-file-date",
            &[("stamp", FluentValue::from(stamp.to_string()))],
        ))
    })?;

    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//one-on-one//worksheet//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", uid(sheet, when)),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART:{start}"),
        format!("DTEND:{end}"),
        format!("SUMMARY:{}", escape_text(&summary(sheet))),
    ];
    if !meeting.place.trim().is_empty() {
        lines.push(format!("LOCATION:{}", escape_text(&meeting.place)));
    }
    if !meeting.plan.trim().is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape_text(&meeting.plan)));
    }
    lines.push("END:VEVENT".to_string());
    lines.push("END:VCALENDAR".to_string());

    let mut out = String::new();
    for line in &lines {
        out.push_str(&fold(line));
        out.push_str("\r\n");
    }
    Ok(out)
}

fn summary(sheet: &Worksheet) -> String {
    let name = inline(&sheet.name);
    let partner = inline(&sheet.partner);
    match (name.is_empty(), partner.is_empty()) {
        (false, false) => tr_args(
            "worksheet-event-both",
            &[
                ("name", FluentValue::from(name)),
                ("partner", FluentValue::from(partner)),
            ],
        ),
        (false, true) => tr_args("worksheet-event-name", &[("name", FluentValue::from(name))]),
        (true, false) => tr_args(
            "worksheet-event-partner",
            &[("partner", FluentValue::from(partner))],
        ),
        (true, true) => tr("worksheet-event"),
    }
}

/// The same worksheet and meeting always get the same UID, so importing an
/// updated export replaces the event instead of adding a second one, while
/// a rescheduled meeting is a new event.
fn uid(sheet: &Worksheet, when: NaiveDateTime) -> String {
    let date = sheet.date.map(|d| d.to_string()).unwrap_or_default();
    let when = when.format("%Y-%m-%dT%H:%M:%S").to_string();
    let mut hash = Fnv1a::new();
    // Each part ends with a separator that names cannot contain a line of,
    // so ("ab", "c") and ("a", "bc") hash differently.
    for part in [&sheet.name, &sheet.partner, &date, &when] {
        hash.write(part.as_bytes());
        hash.write(&[0x1f]);
    }
    format!("{:016x}@one-on-one.local", hash.0)
}

/// 64-bit FNV-1a. The UID must be the same in every build of the app, and
/// std's `DefaultHasher` is explicitly allowed to change between releases.
struct Fnv1a(u64);

impl Fnv1a {
    fn new() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

fn utc_time(time: DateTime<Utc>) -> Option<String> {
    floating_time(time.naive_utc()).map(|t| format!("{t}Z"))
}

fn floating_time(time: NaiveDateTime) -> Option<String> {
    (0..=9999)
        .contains(&time.year())
        .then(|| time.format("%Y%m%dT%H%M%S").to_string())
}

/// A TEXT value per RFC 5545 §3.3.11. Line breaks of any platform become
/// the escaped `\n`; other control characters are not allowed in TEXT and
/// would be invisible in a calendar anyway, so they are dropped. Tab is
/// allowed there and kept.
fn escape_text(text: &str) -> String {
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(normalized.len());
    for c in normalized.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Content lines are at most 75 octets (RFC 5545 §3.1); longer ones continue
/// on lines that start with a space. Splitting only between characters keeps
/// every physical line valid UTF-8 for readers that do not unfold first.
fn fold(line: &str) -> String {
    const LIMIT: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > LIMIT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::worksheet::{ActReached, Answer, FORMAT_VERSION, NextMeeting};
    use chrono::NaiveDate;

    fn sheet() -> Worksheet {
        let date = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        Worksheet {
            format: FORMAT_VERSION,
            workshop: "Team breakout".into(),
            name: "Maria".into(),
            partner: "Sam".into(),
            date: Some(date),
            shared_values: "Family first.\nNobody left behind.".into(),
            shared_interests: String::new(),
            my_resources: String::new(),
            partner_resources: String::new(),
            acts_reached: vec![
                ActReached {
                    act: "Attention".into(),
                    reached: true,
                },
                ActReached {
                    act: "Interest".into(),
                    reached: false,
                },
            ],
            next_meeting: NextMeeting {
                when: NaiveDate::from_ymd_opt(2026, 12, 1)
                    .unwrap()
                    .and_hms_opt(18, 30, 0),
                minutes: 45,
                place: "Library".into(),
                plan: "Plan the meeting".into(),
            },
            feedback_received: String::new(),
            feedback_given: String::new(),
            notes: String::new(),
            reflection: vec![Answer {
                question: "What was hardest?".into(),
                answer: "Listening.".into(),
            }],
        }
    }

    fn stamp() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    fn utc_plus_one(when: NaiveDateTime) -> Option<DateTime<Utc>> {
        chrono::FixedOffset::east_opt(3600)?
            .from_local_datetime(&when)
            .single()
            .map(|t| t.with_timezone(&Utc))
    }

    #[test]
    fn text_values_escape_the_characters_rfc_5545_reserves() {
        assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(
            escape_text("one\r\ntwo\rthree\nfour"),
            r"one\ntwo\nthree\nfour"
        );
        assert_eq!(
            escape_text("bell\u{7}\u{0}\u{1b}gone\tkept"),
            "bellgone\tkept"
        );
        assert_eq!(escape_text("colon: stays"), "colon: stays");
    }

    #[test]
    fn folding_keeps_every_line_within_75_octets_and_between_characters() {
        let long = format!("DESCRIPTION:{}", "🙂é漢a".repeat(60));
        let folded = fold(&long);
        for line in folded.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert!(folded.split("\r\n").skip(1).all(|l| l.starts_with(' ')));
        assert_eq!(folded.replace("\r\n ", ""), long);
    }

    #[test]
    fn a_line_of_exactly_75_octets_is_not_folded() {
        let line = "x".repeat(75);
        assert_eq!(fold(&line), line);
        assert_eq!(fold(&"x".repeat(76)), format!("{}\r\n x", "x".repeat(75)));
    }

    #[test]
    fn every_line_ends_in_crlf() {
        let mut sheet = sheet();
        sheet.next_meeting.plan = "🙂".repeat(300);
        let text = ics_in(&sheet, stamp(), utc_plus_one).unwrap();
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        assert!(text.split("\r\n").all(|l| l.len() <= 75));
    }

    #[test]
    fn the_meeting_is_converted_to_utc_and_lasts_its_minutes() {
        let text = ics_in(&sheet(), stamp(), utc_plus_one).unwrap();
        assert!(text.contains("\r\nDTSTART:20261201T173000Z\r\n"), "{text}");
        assert!(text.contains("\r\nDTEND:20261201T181500Z\r\n"), "{text}");
        assert!(text.contains("\r\nDTSTAMP:20261123T090000Z\r\n"), "{text}");
        assert!(text.contains("\r\nSUMMARY:One-on-one: Maria and Sam\r\n"));
    }

    #[test]
    fn a_time_the_zone_skips_stays_floating() {
        let mut sheet = sheet();
        sheet.next_meeting.minutes = 0;
        let text = ics_in(&sheet, stamp(), |_| None).unwrap();
        assert!(text.contains("\r\nDTSTART:20261201T183000\r\n"), "{text}");
        assert!(text.contains("\r\nDTEND:20261201T183100\r\n"), "{text}");
    }

    #[test]
    fn no_meeting_time_is_an_error_that_says_so() {
        let mut sheet = sheet();
        sheet.next_meeting.when = None;
        let error = ics_in(&sheet, stamp(), utc_plus_one).unwrap_err();
        assert_eq!(error, ExportError::NoMeetingTime);
        assert!(
            error
                .to_string()
                .contains("no date and time for the next meeting")
        );
    }

    #[test]
    fn a_meeting_beyond_year_9999_is_an_error_not_a_broken_file() {
        let mut sheet = sheet();
        sheet.next_meeting.when = NaiveDate::from_ymd_opt(10000, 1, 1)
            .unwrap()
            .and_hms_opt(12, 0, 0);
        assert!(matches!(
            ics_in(&sheet, stamp(), utc_plus_one),
            Err(ExportError::OutOfRange(_))
        ));
        sheet.next_meeting.when = Some(NaiveDateTime::MAX);
        assert!(ics_in(&sheet, stamp(), |_| None).is_err());
        sheet.next_meeting.when = NaiveDate::from_ymd_opt(2026, 12, 1)
            .unwrap()
            .and_hms_opt(18, 30, 0);
        sheet.next_meeting.minutes = u32::MAX;
        let error = ics_in(&sheet, stamp(), utc_plus_one).unwrap_err();
        assert!(
            error.to_string().contains("for 4294967295 minutes"),
            "{error}"
        );
    }

    #[test]
    fn the_local_time_zone_never_panics_at_the_ends_of_time() {
        let mut sheet = sheet();
        for when in [NaiveDateTime::MIN, NaiveDateTime::MAX] {
            sheet.next_meeting.when = Some(when);
            assert!(ics(&sheet, stamp()).is_err());
        }
    }

    #[test]
    fn the_uid_is_stable_and_follows_the_meeting() {
        let a = ics_in(&sheet(), stamp(), utc_plus_one).unwrap();
        let later = stamp() + TimeDelta::days(3);
        let b = ics_in(&sheet(), later, |_| None).unwrap();
        let uid_of = |t: &str| {
            t.lines()
                .find(|l| l.starts_with("UID:"))
                .map(str::to_string)
        };
        assert_eq!(uid_of(&a), uid_of(&b));
        // Pinned: a UID that changed between app versions would duplicate
        // events people already imported.
        assert_eq!(
            uid_of(&a).as_deref(),
            Some(&*format!(
                "UID:{}",
                uid(&sheet(), sheet().next_meeting.when.unwrap())
            ))
        );
        let mut moved = sheet();
        moved.next_meeting.when = moved.next_meeting.when.map(|w| w + TimeDelta::hours(1));
        let c = ics_in(&moved, stamp(), utc_plus_one).unwrap();
        assert_ne!(uid_of(&a), uid_of(&c));
    }

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        let hash = |bytes: &[u8]| {
            let mut h = Fnv1a::new();
            h.write(bytes);
            h.0
        };
        assert_eq!(hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(hash(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn markdown_shows_every_part_of_the_sheet() {
        let text = markdown(&sheet());
        assert!(
            text.starts_with("# One-on-one worksheet: Maria with Sam\n"),
            "{text}"
        );
        assert!(text.contains("**Date:** Monday 23 November 2026"), "{text}");
        assert!(text.contains("## Values we share\n\nFamily first.  \nNobody left behind.\n"));
        assert!(text.contains("## Interests we can act on together\n\n_(not filled in)_"));
        assert!(text.contains("- [x] Attention\n- [ ] Interest\n"), "{text}");
        assert!(
            text.contains("**When:** Tuesday 1 December 2026, 18:30, for 45 minutes"),
            "{text}"
        );
        assert!(
            text.contains("### What was hardest?\n\nListening.\n"),
            "{text}"
        );
    }

    #[test]
    fn a_spanish_export_has_spanish_headings_dates_and_summary() {
        use crate::i18n::{Language, set_language};
        set_language(Language::Spanish);
        let text = markdown(&sheet());
        let event = ics_in(&sheet(), stamp(), utc_plus_one).unwrap();
        let mut no_time = sheet();
        no_time.next_meeting.when = None;
        let error = ics_in(&no_time, stamp(), utc_plus_one)
            .unwrap_err()
            .to_string();
        let one_minute = meeting_time(sheet().next_meeting.when.unwrap(), 1);
        set_language(Language::English);
        assert!(
            text.starts_with("# Hoja de trabajo del uno a uno: Maria con Sam\n\n**Fecha:** lunes 23 de noviembre de 2026  \n**Taller:** Team breakout\n"),
            "{text}"
        );
        for heading in [
            "## Valores que compartimos\n",
            "## Intereses para actuar en conjunto\n\n_(sin completar)_",
            "## Actos alcanzados\n\n- [x] Attention\n",
            "## Próxima reunión\n\n**Cuándo:** martes 1 de diciembre de 2026, 18:30, durante 45 minutos  \n**Dónde:** Library\n\n**Plan:**\n",
            "## Retroalimentación que recibí\n",
            "## Reflexión\n\n### What was hardest?\n",
        ] {
            assert!(text.contains(heading), "{heading:?} in {text}");
        }
        assert!(
            event.contains("\r\nSUMMARY:Uno a uno: Maria con Sam\r\n"),
            "{event}"
        );
        assert!(
            event.contains("\r\nDTSTART:20261201T173000Z\r\n"),
            "{event}"
        );
        assert!(
            error.starts_with("la hoja de trabajo no tiene fecha ni hora"),
            "{error}"
        );
        assert_eq!(
            one_minute,
            "martes 1 de diciembre de 2026, 18:30, durante 1 minuto"
        );
    }

    #[test]
    fn user_text_cannot_start_markdown_blocks() {
        let mut sheet = sheet();
        sheet.notes = "# not a heading\n  ```\n> no quote\n===\n1. one\n- dash\nplain".into();
        let text = markdown(&sheet);
        assert!(
            text.contains(
                "\\# not a heading  \n\\```  \n\\> no quote  \n\\===  \n1\\. one  \n\\- dash  \nplain\n"
            ),
            "{text}"
        );
        assert_eq!(text.lines().filter(|l| l.starts_with("# ")).count(), 1);
        assert!(!text.lines().any(|l| l.starts_with("```")), "{text}");
    }

    #[test]
    fn line_breaks_in_names_do_not_break_the_title() {
        let mut sheet = sheet();
        sheet.name = "Maria\n# López".into();
        sheet.partner = String::new();
        assert!(markdown(&sheet).starts_with("# One-on-one worksheet: Maria # López\n\n"));
        sheet.name = String::new();
        assert!(markdown(&sheet).starts_with("# One-on-one worksheet\n\n"));
    }

    #[test]
    fn blank_lines_separate_paragraphs_once() {
        assert_eq!(block("a\n\n\n\nb\n\n"), "a\n\nb");
        assert_eq!(block("  \n\t\n"), "_(not filled in)_");
    }
}
