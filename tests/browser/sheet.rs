//! The phone's worksheet as a person fills it in: a control found by the
//! words beside it, a day and a time typed in the browser's own order, a
//! download link tapped and its file read once Chromium has written it; and
//! the folders and the Paris clock those tests share.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike, Utc};
use serde_json::{Value, json};

use super::Browser;

/// A folder of the test's own, removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(what: &str) -> Self {
        static MADE: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "one-on-one-{what}-{}-{}",
            std::process::id(),
            MADE.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("a scratch folder");
        Self(path)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Every file under `folder`, in its subfolders too.
pub fn files_under(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .flatten()
        .flat_map(|entry| {
            let path = entry.path();
            if path.is_dir() {
                files_under(&path)
            } else {
                vec![path]
            }
        })
        .collect()
}

/// The selector of the sheet's control labelled `label`, found as a person
/// finds it, by the words beside it, and scrolled to the middle of the
/// screen as a person scrolls to it before tapping. (chromedriver scrolls
/// a control to the very top, under the page's sticky bar.)
pub fn control(browser: &Browser, label: &str) -> String {
    let id = browser.run_with(
        "const label = [...document.querySelectorAll('#worksheet label')]
             .find((l) => l.textContent.trim() === arguments[0]);
         if (!label) return null;
         label.scrollIntoView({ block: 'center' });
         return label.htmlFor;",
        json!([label]),
    );
    let id = id
        .as_str()
        .unwrap_or_else(|| panic!("no field labelled {label:?} on the sheet"));
    format!("#{id}")
}

/// Types `day` into a date field key by key, in the order the browser's
/// language shows day, month and year.
pub fn pick_day(browser: &Browser, label: &str, day: NaiveDate) {
    let order = browser.run(
        "return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2027, 5, 15))
             .filter((p) => p.type !== 'literal').map((p) => p.type);",
    );
    let keys: String = order
        .as_array()
        .expect("the parts of a date")
        .iter()
        .map(|part| match part.as_str() {
            Some("year") => day.format("%Y").to_string(),
            Some("month") => day.format("%m").to_string(),
            _ => day.format("%d").to_string(),
        })
        .collect();
    browser.type_into(&control(browser, label), &keys);
}

/// Types a time into a time field, on a 12- or a 24-hour clock as the
/// browser's language has it.
pub fn pick_time(browser: &Browser, label: &str, hour: u32, minute: u32) {
    let parts = browser.run(
        "return new Intl.DateTimeFormat(navigator.language, { hour: 'numeric', minute: '2-digit' })
             .formatToParts(new Date(2027, 5, 15, 18, 30))
             .filter((p) => p.type !== 'literal').map((p) => p.type);",
    );
    let parts: Vec<&str> = parts
        .as_array()
        .expect("the parts of a time")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let twelve = parts.contains(&"dayPeriod");
    let keys: String = parts
        .iter()
        .map(|part| match *part {
            "hour" if twelve => format!("{:02}", (hour + 11) % 12 + 1),
            "hour" => format!("{hour:02}"),
            "minute" => format!("{minute:02}"),
            _ => (if hour < 12 { "A" } else { "P" }).to_string(),
        })
        .collect();
    browser.type_into(&control(browser, label), &keys);
}

/// Taps the download link `link` (a selector), scrolled to the middle of
/// the screen first, and returns the file's name and text once Chromium
/// has written it whole.
pub fn download(browser: &Browser, link: &str) -> (String, String) {
    let folder = Scratch::new("download");
    browser.download_to(&folder.0);
    browser.run_with(
        "document.querySelector(arguments[0]).scrollIntoView({ block: 'center' });",
        json!([link]),
    );
    browser.click(link);
    browser.wait_for(
        &format!("the download from {link}"),
        Duration::from_secs(5),
        |_| match files_under(&folder.0).as_slice() {
            [file] if !file.to_string_lossy().ends_with(".crdownload") => {
                let name = file.file_name()?.to_string_lossy().into_owned();
                let body = std::fs::read_to_string(file).ok()?;
                Some((name, body))
            }
            _ => None,
        },
    )
}

/// Central European time with its summer time, as Europe/Paris keeps it
/// now: the zone the browser runs in for these tests. Like the app's `ics`,
/// it takes the earliest reading of a repeated hour and none in a gap.
pub fn paris(when: NaiveDateTime) -> Option<DateTime<Utc>> {
    use jiff::tz::{AmbiguousOffset, TimeZone};
    let zone = TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").ok()?;
    let civil = jiff::civil::date(
        i16::try_from(when.year()).ok()?,
        i8::try_from(when.month()).ok()?,
        i8::try_from(when.day()).ok()?,
    )
    .at(
        i8::try_from(when.hour()).ok()?,
        i8::try_from(when.minute()).ok()?,
        0,
        0,
    );
    let offset = match zone.to_ambiguous_timestamp(civil).offset() {
        AmbiguousOffset::Unambiguous { offset } => offset,
        AmbiguousOffset::Fold { before, .. } => before,
        AmbiguousOffset::Gap { .. } => return None,
    };
    let utc = when - chrono::TimeDelta::seconds(i64::from(offset.seconds()));
    Some(utc.and_utc())
}

/// The DTSTAMP line of a calendar file: when it was made.
pub fn stamp_line(text: &str) -> &str {
    text.split("\r\n")
        .find(|line| line.starts_with("DTSTAMP:"))
        .expect("a DTSTAMP")
}

/// The DTSTAMP line's time.
pub fn stamp_of(text: &str) -> DateTime<Utc> {
    let stamp = stamp_line(text).trim_start_matches("DTSTAMP:");
    NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%SZ")
        .expect("a UTC DTSTAMP")
        .and_utc()
}
