//! Dates a worksheet may hold: a day from 1900 to 2199. A date outside is
//! refused where it stands in the file, and the date picker, which panics
//! near the ends of its own range, never sees or gives back one.

mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use common::scratch_folder;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use one_on_one::scenario::built_in_breakout;
use one_on_one::session::Session;
use one_on_one::session::clock::ManualClock;
use one_on_one::sound::Silence;
use one_on_one::ui::file_picker::NoDialogs;
use one_on_one::ui::{AppFolders, PresenterApp};
use one_on_one::worksheet::{self, FIRST_DAY, LAST_DAY, folders::Folders};

fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

/// A worksheet with `date` as its practice date and `when` as its next
/// meeting, written as the app writes them.
fn sheet_text(date: &str, when: &str) -> String {
    format!(
        "#![enable(implicit_some)]\nWorksheet(\n    format: 1,\n    name: \"Sam\",\n    date: \"{date}\",\n    next_meeting: NextMeeting(\n        when: \"{when}\",\n        minutes: 45,\n    ),\n)\n"
    )
}

fn write(folder: &Path, name: &str, text: &str) -> PathBuf {
    let path = folder.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// `line:column:` of the first `needle` in `text`, counted from 1.
fn place_of(text: &str, needle: &str) -> String {
    let at = text.find(needle).unwrap();
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
    format!("{line}:{column}:")
}

#[test]
fn the_range_is_years_1900_to_2199() {
    assert_eq!(FIRST_DAY, day(1900, 1, 1));
    assert_eq!(LAST_DAY, day(2199, 12, 31));
}

#[test]
fn a_practice_date_in_year_9999_is_refused_where_it_stands() {
    let folder = scratch_folder();
    let text = sheet_text("9999-12-31", "2026-12-01T18:30:00");
    let path = write(&folder, "far.ron", &text);
    let error = worksheet::load(&path).unwrap_err().to_string();
    let expected = format!(
        "{}:{} expected a date from 1900-01-01 to 2199-12-31, found 9999-12-31",
        path.display(),
        place_of(&text, "9999-12-31")
    );
    assert_eq!(error, expected);
}

#[test]
fn a_meeting_in_year_9999_is_refused_where_it_stands() {
    let folder = scratch_folder();
    let text = sheet_text("2026-11-23", "9999-12-31T18:30:00");
    let path = write(&folder, "far.ron", &text);
    let error = worksheet::load(&path).unwrap_err().to_string();
    let expected = format!(
        "{}:{} expected a meeting from 1900-01-01 to 2199-12-31, found 9999-12-31T18:30:00",
        path.display(),
        place_of(&text, "9999-12-31")
    );
    assert_eq!(error, expected);
}

#[test]
fn a_day_just_outside_either_end_is_refused() {
    let folder = scratch_folder();
    for (date, when) in [
        ("1899-12-31", "2026-12-01T18:30:00"),
        ("2200-01-01", "2026-12-01T18:30:00"),
        ("2026-11-23", "1899-12-31T23:59:59"),
        ("2026-11-23", "2200-01-01T00:00:00"),
    ] {
        let path = write(&folder, "edge.ron", &sheet_text(date, when));
        let error = worksheet::load(&path).unwrap_err().to_string();
        assert!(error.contains("from 1900-01-01 to 2199-12-31"), "{error}");
    }
}

#[test]
fn a_day_at_either_end_loads() {
    let folder = scratch_folder();
    for (date, when) in [
        ("1900-01-01", "1900-01-01T00:00:00"),
        ("2199-12-31", "2199-12-31T23:59:59"),
        ("1900-01-01", "2199-12-31T18:00:00"),
    ] {
        let path = write(&folder, "edge.ron", &sheet_text(date, when));
        let sheet = worksheet::load(&path).unwrap();
        assert_eq!(sheet.date.unwrap().to_string(), date);
        assert_eq!(
            sheet
                .next_meeting
                .when
                .unwrap()
                .format("%Y-%m-%dT%H:%M:%S")
                .to_string(),
            when
        );
    }
}

/// The presenter with worksheets, where today is `today`, so a new sheet is
/// dated then. The accessibility check is off: egui_extras' date picker
/// has year, month and day lists without names, which is its own matter.
fn presenter_on(today: NaiveDate, data: &Path) -> Harness<'static, PresenterApp> {
    let app = PresenterApp::new(
        Session::new(built_in_breakout()),
        Box::new(ManualClock::new()),
        Box::new(Silence),
        AppFolders::under(data),
    )
    .with_worksheets(Folders::under(data), Box::new(NoDialogs::default()), today);
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_accessibility_check(false)
        .build_ui_state(|ui, app: &mut PresenterApp| app.show(ui), app);
    harness.run();
    harness
}

fn click(harness: &mut Harness<'static, PresenterApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Clicks the picker's own Save, not the sheet's: the picker's popup is
/// drawn over the panel, after it.
fn save_the_picked_date(harness: &mut Harness<'static, PresenterApp>) {
    let buttons: Vec<_> = harness.query_all_by_label("Save").collect();
    assert_eq!(buttons.len(), 2, "the sheet's Save and the picker's");
    buttons[1].click();
    harness.run();
}

/// Saves the sheet under the name the app proposes and reads it back.
fn saved(harness: &mut Harness<'static, PresenterApp>, data: &Path) -> worksheet::Worksheet {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let folder = data.join("worksheets");
    let file = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .map(|entry| entry.path())
        .find(|path| path.extension().is_some_and(|e| e == "ron"))
        .expect("the sheet was saved");
    worksheet::load(&file).expect("a saved sheet loads again")
}

#[test]
fn the_date_picker_opens_at_the_last_day_and_cannot_step_past_it() {
    let data = scratch_folder();
    let mut harness = presenter_on(LAST_DAY, &data);
    click(&mut harness, "Worksheet");
    click(&mut harness, "Tue 31 Dec 2199");
    // One year on, then Save: the picker gives back 2200, which is brought
    // back to the last day.
    click(&mut harness, ">>>");
    save_the_picked_date(&mut harness);
    assert!(
        harness.query_by_label("Tue 31 Dec 2199").is_some(),
        "the date stays the last day"
    );
    assert!(harness.query_by_label("Fri 31 Dec 2200").is_none());

    // A meeting a week after the last day would be out of range: the
    // picker shows, and the sheet keeps, the last day.
    click(&mut harness, "Pick a date and time");
    let shown = harness.query_all_by_label("Tue 31 Dec 2199").count();
    assert_eq!(shown, 2, "both dates show the last day");
    assert!(harness.query_by_label("Fri 7 Jan 2200").is_none());

    let sheet = saved(&mut harness, &data);
    assert_eq!(sheet.date, Some(LAST_DAY));
    assert_eq!(sheet.next_meeting.when.map(|w| w.date()), Some(LAST_DAY));
}

#[test]
fn the_date_picker_opens_at_the_first_day_and_cannot_step_before_it() {
    let data = scratch_folder();
    let mut harness = presenter_on(FIRST_DAY, &data);
    click(&mut harness, "Worksheet");
    click(&mut harness, "Mon 1 Jan 1900");
    click(&mut harness, "<<");
    save_the_picked_date(&mut harness);
    assert!(harness.query_by_label("Mon 1 Jan 1900").is_some());
    assert!(harness.query_by_label("Fri 1 Dec 1899").is_none());
    let sheet = saved(&mut harness, &data);
    assert_eq!(sheet.date, Some(FIRST_DAY));
}

#[test]
fn a_day_picked_in_the_calendar_is_kept() {
    let data = scratch_folder();
    let mut harness = presenter_on(day(2026, 11, 23), &data);
    click(&mut harness, "Worksheet");
    click(&mut harness, "Mon 23 Nov 2026");
    click(&mut harness, ">");
    save_the_picked_date(&mut harness);
    assert!(harness.query_by_label("Tue 24 Nov 2026").is_some());
    let sheet = saved(&mut harness, &data);
    assert_eq!(sheet.date, Some(day(2026, 11, 24)));
}

#[test]
fn a_clock_far_in_the_future_cannot_crash_the_date_picker() {
    // The day egui_extras' picker panicked on, reaching it the one way left
    // now that files are checked: a sheet started on a clock set far off.
    let data = scratch_folder();
    let mut harness = presenter_on(day(9999, 12, 31), &data);
    click(&mut harness, "Worksheet");
    assert!(harness.query_by_label("Fri 31 Dec 9999").is_none());
    click(&mut harness, "Tue 31 Dec 2199");
    harness.run();
    save_the_picked_date(&mut harness);
    let sheet = saved(&mut harness, &data);
    assert_eq!(
        sheet.date,
        Some(LAST_DAY),
        "what was shown is what is saved"
    );
}
