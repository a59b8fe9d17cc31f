//! Worksheets as RON files: the text the app writes, reading it back with
//! every problem named by file, line and column, and saving without ever
//! destroying a file the app could not read.

use std::fmt;
use std::path::Path;

use fluent::FluentValue;
use ron::extensions::Extensions;
use serde::Deserialize;

use super::{FORMAT_VERSION, Worksheet};
use crate::i18n::{tr, tr_args};
use crate::storage::{read_capped, write_private_atomic};

/// Far above any worksheet people type (the fields are paragraphs), low
/// enough that opening the wrong file by mistake cannot exhaust memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a worksheet could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorksheetError {
    /// The file as the user would find it.
    pub file: String,
    /// Line and column from 1, when the problem has a place in the file.
    pub position: Option<(usize, usize)>,
    /// What went wrong, in words that say what was expected.
    pub message: String,
}

impl fmt::Display for WorksheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => write!(f, "{}:{line}:{column}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for WorksheetError {}

impl WorksheetError {
    /// A syntax or type error at the place ron found it.
    pub(super) fn at(file: &str, error: ron::error::SpannedError) -> Self {
        Self {
            file: file.to_string(),
            position: Some((error.span.start.line, error.span.start.col)),
            message: lower_first(&error.code.to_string()),
        }
    }

    /// A problem with the file as a whole, such as it cannot be read.
    pub(super) fn whole_file(file: &Path, message: impl Into<String>) -> Self {
        Self {
            file: file.display().to_string(),
            position: None,
            message: message.into(),
        }
    }
}

/// The worksheet as the app writes it: readable RON with multi-line answers
/// kept as they were typed. The file is the same in every language, its
/// opening comment too, so a sheet written in one opens in any other.
pub fn to_text(worksheet: &Worksheet) -> String {
    let header = "// A one-on-one worksheet. See README.md, \"Worksheets\", for the format.\n";
    match ron::ser::to_string_pretty(worksheet, pretty()) {
        Ok(body) => format!("{header}{body}\n"),
        // Only a serializer bug could land here: every field is a plain
        // string, number, bool, date or list.
        Err(error) => panic!("a worksheet could not be written as RON: {error}"),
    }
}

/// How worksheets and recovery copies are written: named structs, answers
/// as raw strings so line breaks stay line breaks, and no `Some(...)` noise.
pub(super) fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .struct_names(true)
        .escape_strings(false)
        .extensions(Extensions::IMPLICIT_SOME)
}

/// How they are read back, accepting what [`pretty`] writes.
pub(super) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Only the version, read before anything else so that a file from a newer
/// app gets "update the app" rather than a puzzling unknown field.
#[derive(Deserialize)]
#[serde(rename = "Worksheet")]
struct FormatOnly {
    format: u32,
}

/// Reads worksheet text; `file` names it in errors.
pub fn parse(text: &str, file: &str) -> Result<Worksheet, WorksheetError> {
    let options = ron_options();
    let located = |error| WorksheetError::at(file, error);
    if let Ok(FormatOnly { format }) = options.from_str::<FormatOnly>(text)
        && format != FORMAT_VERSION
    {
        let args = [
            ("found", FluentValue::from(format)),
            ("version", FluentValue::from(FORMAT_VERSION)),
        ];
        let message = if format > FORMAT_VERSION {
            tr_args("worksheet-newer-format", &args)
        } else {
            tr_args("worksheet-other-format", &args)
        };
        return Err(WorksheetError {
            file: file.to_string(),
            position: None,
            message,
        });
    }
    options.from_str::<Worksheet>(text).map_err(located)
}

/// Reads the worksheet in `path`.
pub fn load(path: &Path) -> Result<Worksheet, WorksheetError> {
    let bytes = read_capped(path, MAX_FILE_BYTES).map_err(|e| {
        WorksheetError::whole_file(
            path,
            tr_args(
                "files-cannot-read",
                &[("error", FluentValue::from(e.to_string()))],
            ),
        )
    })?;
    let text = utf8_text(bytes).map_err(|position| WorksheetError {
        file: path.display().to_string(),
        position: Some(position),
        message: tr("files-not-utf8"),
    })?;
    parse(&text, &path.display().to_string())
}

/// `bytes` as text, or the line and column (from 1) of the first byte that
/// is not UTF-8.
pub(crate) fn utf8_text(bytes: Vec<u8>) -> Result<String, (usize, usize)> {
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let before = std::str::from_utf8(valid).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        (line, column)
    })
}

/// Writes `worksheet` to `path` atomically and user-only. A file already at
/// `path` that is not a worksheet this app can read is left exactly as it
/// is: it may be someone's only copy of something.
pub fn save(path: &Path, worksheet: &Worksheet) -> Result<(), WorksheetError> {
    if path.exists()
        && let Err(unreadable) = load(path)
    {
        return Err(WorksheetError {
            message: tr_args(
                "worksheet-not-overwritten-unreadable",
                &[("why", FluentValue::from(unreadable.message.as_str()))],
            ),
            ..unreadable
        });
    }
    write_private_atomic(path, to_text(worksheet).as_bytes()).map_err(|e| {
        WorksheetError::whole_file(
            path,
            tr_args(
                "worksheet-could-not-save",
                &[("error", FluentValue::from(e.to_string()))],
            ),
        )
    })
}

/// ron's messages start with a capital; ours follow a `file:line:col:` prefix.
pub(crate) fn lower_first(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::built_in_breakout;

    fn sample() -> Worksheet {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut sheet = Worksheet::blank(&built_in_breakout(), "Maria", "Sam", date);
        sheet.shared_values = "Family first.\nNobody left behind.".into();
        sheet.next_meeting.when = date.and_hms_opt(18, 30, 0);
        sheet
    }

    #[test]
    fn a_worksheet_round_trips_through_its_text() {
        let sheet = sample();
        let text = to_text(&sheet);
        assert!(text.contains("Worksheet("), "{text}");
        assert!(text.contains("format: 1"), "{text}");
        assert_eq!(parse(&text, "x.ron").unwrap(), sheet);
    }

    #[test]
    fn a_file_from_a_newer_app_says_so() {
        let text = to_text(&sample()).replace("format: 1", "format: 2");
        let error = parse(&text, "x.ron").unwrap_err();
        assert!(error.message.contains("newer version"), "{error}");
    }

    #[test]
    fn what_is_wrong_with_a_file_reads_in_spanish_after_its_place() {
        use crate::i18n::{Language, set_language};
        let newer = to_text(&sample()).replace("format: 1", "format: 2");
        let far = to_text(&sample()).replace("2026-11-23", "2300-01-01");
        set_language(Language::Spanish);
        let errors = [
            parse(&newer, "x.ron").unwrap_err().to_string(),
            parse(&far, "x.ron").unwrap_err().to_string(),
        ];
        set_language(Language::English);
        assert_eq!(
            errors[0],
            "x.ron: escrito con una versión más reciente de one-on-one (versión de formato 2); esta versión lee la versión de formato 1"
        );
        assert!(
            errors[1].starts_with("x.ron:")
                && errors[1].ends_with(
                    ": se esperaba una fecha del 1900-01-01 al 2199-12-31, pero se encontró 2300-01-01"
                ),
            "{}",
            errors[1]
        );
    }

    #[test]
    fn a_syntax_error_names_line_and_column() {
        let error = parse("Worksheet(\n  format: 1\n  name: \"x\",\n)", "x.ron").unwrap_err();
        assert_eq!(error.to_string(), "x.ron:3:3: expected comma");
    }

    #[test]
    fn a_minimal_file_loads_with_defaults() {
        let sheet = parse("Worksheet(format: 1, name: \"Sam\")", "x.ron").unwrap();
        assert_eq!(sheet.name, "Sam");
        assert_eq!(
            sheet.next_meeting.minutes,
            super::super::DEFAULT_MEETING_MINUTES
        );
    }
}
