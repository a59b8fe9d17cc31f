//! Reports as RON files in the data folder's `reports/`: the text the app
//! writes, the file names (they sort by start time and name the format),
//! reading one back with every problem named by file, line and column, and
//! finding the newest.

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};
use fluent::FluentValue;
use ron::extensions::Extensions;
use serde::Deserialize;

use super::{FORMAT_VERSION, Report};
use crate::i18n::{tr, tr_args};
use crate::storage::{files_ending_in, read_capped};
use crate::worksheet::file::{lower_first, utf8_text};
use crate::worksheet::names::{EXTENSION, slug};

/// A workshop of a thousand steps makes a report of about 300 KB; this is
/// far above that, and low enough that reading the wrong file cannot
/// exhaust memory.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Characters of the format's name kept in a file name.
const MAX_NAME_CHARS: usize = 40;

/// Why a report could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportError {
    /// The file as the user would find it.
    pub file: String,
    /// Line and column from 1, when the problem has a place in the file.
    pub position: Option<(usize, usize)>,
    /// What went wrong, in words that say what was expected.
    pub message: String,
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => write!(f, "{}:{line}:{column}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for ReportError {}

impl ReportError {
    /// A problem with the file as a whole, such as it cannot be written.
    pub(crate) fn whole_file(file: &Path, message: impl Into<String>) -> Self {
        Self {
            file: file.display().to_string(),
            position: None,
            message: message.into(),
        }
    }
}

/// The report as the app writes it: readable RON, one field a line, under
/// a comment in the language spoken saying what the file is.
pub fn to_text(report: &Report) -> String {
    // One line whatever the catalogue holds: a line break would end the
    // comment and put the rest of it where RON reads values.
    let header = format!(
        "// {}\n",
        tr("report-file-header").replace(['\n', '\r'], " ")
    );
    let pretty = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .extensions(Extensions::IMPLICIT_SOME);
    match ron::ser::to_string_pretty(report, pretty) {
        Ok(body) => format!("{header}{body}\n"),
        // Only a serializer bug could land here: every field is a plain
        // string, number, time or list.
        Err(error) => panic!("a report could not be written as RON: {error}"),
    }
}

/// Only the version, read before anything else so that a file from a newer
/// app gets "update the app" rather than a puzzling unknown field.
#[derive(Deserialize)]
#[serde(rename = "Report")]
struct FormatOnly {
    format: u32,
}

/// Reads report text; `file` names it in errors.
pub fn parse(text: &str, file: &str) -> Result<Report, ReportError> {
    let options = ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME);
    if let Ok(FormatOnly { format }) = options.from_str::<FormatOnly>(text)
        && format != FORMAT_VERSION
    {
        let versions = [
            ("found", FluentValue::from(format)),
            ("supported", FluentValue::from(FORMAT_VERSION)),
        ];
        let message = if format > FORMAT_VERSION {
            tr_args("report-file-newer", &versions)
        } else {
            tr_args("report-file-expected-format", &versions)
        };
        return Err(ReportError {
            file: file.to_string(),
            position: None,
            message,
        });
    }
    options
        .from_str::<Report>(text)
        .map_err(|error| ReportError {
            file: file.to_string(),
            position: Some(past_blanks(
                text,
                (error.span.start.line, error.span.start.col),
            )),
            message: lower_first(&error.code.to_string()),
        })
}

/// ron places some errors on the blank before the value it could not
/// read (`planned_seconds: soon` at the space); the value is what to fix.
fn past_blanks(text: &str, (line, column): (usize, usize)) -> (usize, usize) {
    let Some(row) = text.lines().nth(line.saturating_sub(1)) else {
        return (line, column);
    };
    let blanks = row
        .chars()
        .skip(column.saturating_sub(1))
        .take_while(|c| *c == ' ' || *c == '\t')
        .count();
    let lands_on_text = row.chars().nth(column.saturating_sub(1) + blanks).is_some();
    if lands_on_text {
        (line, column + blanks)
    } else {
        (line, column)
    }
}

/// Reads the report in `path`.
pub fn load(path: &Path) -> Result<Report, ReportError> {
    let bytes = read_capped(path, MAX_FILE_BYTES).map_err(|e| {
        let why = tr_args(
            "report-file-cannot-read",
            &[("error", e.to_string().into())],
        );
        ReportError::whole_file(path, why)
    })?;
    let text = utf8_text(bytes).map_err(|position| ReportError {
        file: path.display().to_string(),
        position: Some(position),
        message: crate::i18n::tr("files-not-utf8"),
    })?;
    parse(&text, &path.display().to_string())
}

/// The file stem of the report of a session started at `started` running
/// `scenario`: `2026-11-23-183000-one-on-one-practice-team-breakout`.
/// Local time first, so a folder listing sorts by start time.
pub fn stem(started: DateTime<Local>, scenario: &str) -> String {
    let name: String = slug(scenario).chars().take(MAX_NAME_CHARS).collect();
    let name = name.trim_end_matches('-');
    let fallback;
    let name = if name.is_empty() {
        fallback = tr("report-file-stem-session");
        fallback.as_str()
    } else {
        name
    };
    format!("{}-{name}", started.format("%Y-%m-%d-%H%M%S"))
}

/// The report files in `folder`, newest last by name.
pub fn files_in(folder: &Path) -> Vec<PathBuf> {
    files_ending_in(folder, EXTENSION)
}

/// What [`newest_in`] found.
#[derive(Debug, Default)]
pub struct Found {
    /// The report that started last, and its file.
    pub newest: Option<(PathBuf, Report)>,
    /// The files that could not be read as reports, each with why.
    pub unreadable: Vec<ReportError>,
}

/// The report in `folder` of the session that started last, by the start
/// time each report records (a copied file's date means nothing), and the
/// files that could not be read. Two sessions started in the same second
/// are told apart by file name.
pub fn newest_in(folder: &Path) -> Found {
    let mut found = Found::default();
    for path in files_in(folder) {
        match load(&path) {
            Ok(report) => {
                let later = found.newest.as_ref().is_none_or(|(newest_path, newest)| {
                    (report.started, &path) >= (newest.started, newest_path)
                });
                if later {
                    found.newest = Some((path, report));
                }
            }
            Err(error) => found.unreadable.push(error),
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Outcome, StepReport, Totals};

    fn sample() -> Report {
        let started = DateTime::parse_from_rfc3339("2026-11-23T18:30:00+01:00").unwrap();
        Report {
            format: FORMAT_VERSION,
            scenario: "Breakout, \"quoted\"".into(),
            started,
            finished: false,
            steps: vec![StepReport {
                title: "Gather your team".into(),
                planned_seconds: 180,
                actual_seconds: 200,
                start: chrono::NaiveTime::from_hms_opt(18, 30, 0),
                paused_seconds: 5,
                pauses: 1,
                added_seconds: 60,
                overtime_seconds: 0,
                outcome: Outcome::InProgress,
            }],
            tally: Vec::new(),
            totals: Totals {
                planned_seconds: 180,
                actual_seconds: 200,
                paused_seconds: 5,
                added_seconds: 60,
                overtime_seconds: 0,
                elapsed_seconds: 205,
                drift_seconds: 65,
            },
        }
    }

    #[test]
    fn a_report_round_trips_through_its_text() {
        let report = sample();
        let text = to_text(&report);
        assert!(text.contains("format: 1"), "{text}");
        assert!(text.contains("start: \"18:30:00\""), "{text}");
        assert!(
            text.contains("started: \"2026-11-23T18:30:00+01:00\""),
            "{text}"
        );
        assert_eq!(parse(&text, "r.ron").unwrap(), report);
    }

    #[test]
    fn a_report_from_a_newer_app_is_refused_clearly() {
        let text = to_text(&sample()).replace("format: 1", "format: 2");
        let error = parse(&text, "r.ron").unwrap_err();
        assert_eq!(
            error.to_string(),
            "r.ron: written by a newer version of one-on-one (report format 2); this version reads format 1"
        );
    }

    #[test]
    fn in_spanish_the_files_comment_and_its_problems_read_in_spanish() {
        use crate::i18n::{Language, set_language};
        set_language(Language::Spanish);
        let text = to_text(&sample());
        let newer = parse(&text.replace("format: 1", "format: 2"), "r.ron");
        set_language(Language::English);
        assert!(
            text.starts_with("// Cómo fue una sesión de uno a uno. `one-on-one report ARCHIVO`"),
            "{text}"
        );
        assert_eq!(parse(&text, "r.ron").unwrap(), sample(), "still read back");
        assert_eq!(
            newer.unwrap_err().to_string(),
            "r.ron: escrito por una versión más reciente de one-on-one (formato de informe 2); \
             esta versión lee el formato 1"
        );
    }

    #[test]
    fn a_broken_report_names_line_and_column() {
        let text = to_text(&sample()).replace("planned_seconds: 180,", "planned_seconds: soon,");
        let line = text.lines().position(|l| l.contains("soon")).unwrap() + 1;
        let column = text.lines().nth(line - 1).unwrap().find("soon").unwrap() + 1;
        let error = parse(&text, "r.ron").unwrap_err();
        assert_eq!(error.position, Some((line, column)), "{error}");
        assert!(error.message.starts_with("expected"), "{error}");
    }

    #[test]
    fn file_names_sort_by_start_and_name_the_format() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(9, 5, 7)
            .unwrap()
            .and_local_timezone(Local)
            .earliest()
            .unwrap();
        assert_eq!(
            stem(at, "One-on-one practice: team breakout"),
            "2026-11-23-090507-one-on-one-practice-team-breakout"
        );
        assert_eq!(stem(at, "../../"), "2026-11-23-090507-session");
        let long = stem(at, &"x".repeat(300));
        assert_eq!(
            long.chars().count(),
            "2026-11-23-090507-".len() + MAX_NAME_CHARS
        );
    }
}
