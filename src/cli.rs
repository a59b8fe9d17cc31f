//! The command line: open the presenter window, print an agenda without
//! one, or export a worksheet.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::storage::write_private_atomic;
use crate::worksheet;
pub use crate::worksheet::export::Format as ExportFormat;

/// What the user asked for on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Open the presenter window on the built-in breakout or a scenario file.
    Present {
        /// A scenario to run instead of the built-in breakout.
        scenario: Option<PathBuf>,
        /// Start fullscreen, for the projector.
        fullscreen: bool,
    },
    /// Print a scenario's agenda, one line per step, and its total.
    Agenda {
        /// The scenario; the built-in breakout when absent.
        file: Option<PathBuf>,
    },
    /// Write a worksheet as Markdown or as a calendar event.
    Export {
        /// The worksheet file.
        file: PathBuf,
        format: ExportFormat,
        /// Where to write; standard output when absent.
        out: Option<PathBuf>,
    },
    /// Print the usage.
    Help,
    /// Print the version.
    Version,
}

/// The usage text `--help` prints.
pub const USAGE: &str = "\
one-on-one: a projected timer for the one-on-one practice of relationship-based organizing

USAGE:
    one-on-one [--scenario FILE] [--fullscreen]   open the presenter window
    one-on-one agenda [FILE]                      print an agenda without a window
    one-on-one export WORKSHEET --format md|ics [--out PATH]
                                                  write a worksheet as Markdown, or
                                                  its next meeting as a calendar event
    one-on-one --help | --version

With no FILE, the built-in 25-minute team breakout is used.
export prints to the terminal unless --out names a file.
In the window, press ? for the keyboard shortcuts.";

/// Reads the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut args = args.into_iter();
    let mut scenario = None;
    let mut fullscreen = false;
    let mut first = true;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy();
        match text.as_ref() {
            "agenda" if first => {
                let file = args.next().map(PathBuf::from);
                if let Some(extra) = args.next() {
                    return Err(format!("agenda takes one FILE, but also got {:?}", extra));
                }
                return Ok(Command::Agenda { file });
            }
            "export" if first => return parse_export(args),
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--fullscreen" => fullscreen = true,
            "--scenario" => {
                let file = args
                    .next()
                    .ok_or("--scenario needs a FILE, e.g. --scenario scenarios/breakout-25.ron")?;
                scenario = Some(PathBuf::from(file));
            }
            _ => {
                if let Some(file) = text.strip_prefix("--scenario=") {
                    scenario = Some(PathBuf::from(file));
                } else {
                    return Err(format!("unknown argument {text:?}; try --help"));
                }
            }
        }
        first = false;
    }
    Ok(Command::Present {
        scenario,
        fullscreen,
    })
}

fn parse_export(args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut args = args;
    let mut file = None;
    let mut format = None;
    let mut out = None;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        let (flag, inline_value) = match text.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag.to_string(), Some(value.into())),
            _ => (text.clone(), None),
        };
        match flag.as_str() {
            "--format" => {
                let value = inline_value
                    .or_else(|| args.next())
                    .ok_or("--format needs md or ics, e.g. --format md")?;
                format = Some(match value.to_string_lossy().as_ref() {
                    "md" | "markdown" => ExportFormat::Markdown,
                    "ics" => ExportFormat::Ics,
                    other => {
                        return Err(format!(
                            "unknown export format {other:?}; use --format md or --format ics"
                        ));
                    }
                });
            }
            "-h" | "--help" => return Ok(Command::Help),
            "--out" => {
                let value = inline_value
                    .or_else(|| args.next())
                    .ok_or("--out needs a PATH, e.g. --out meeting.ics")?;
                out = Some(PathBuf::from(value));
            }
            _ if text.starts_with('-') && text.len() > 1 => {
                return Err(format!("unknown export option {text:?}; try --help"));
            }
            _ if file.is_none() => file = Some(PathBuf::from(arg)),
            _ => return Err(format!("export takes one WORKSHEET, but also got {text:?}")),
        }
    }
    let file = file.ok_or("export needs a WORKSHEET file, e.g. export maria.ron --format md")?;
    let format = format.ok_or("export needs --format md or --format ics")?;
    Ok(Command::Export { file, format, out })
}

/// Runs `one-on-one export`, reporting problems on standard error as
/// `file:line:col: message` like `agenda` does. Exits 1 on any failure.
pub fn run_export(file: &Path, format: ExportFormat, out: Option<&Path>) -> ExitCode {
    match export_to(file, format, out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn export_to(file: &Path, format: ExportFormat, out: Option<&Path>) -> Result<(), String> {
    if let Some(out) = out
        && is_same_file(file, out)
    {
        return Err(format!(
            "{}: not overwritten: --out names the worksheet being exported",
            out.display()
        ));
    }
    let sheet = worksheet::load(file).map_err(|error| error.to_string())?;
    let text = format
        .render(&sheet, chrono::Utc::now())
        .map_err(|error| format!("{}: {error}", file.display()))?;
    match out {
        Some(out) => write_private_atomic(out, text.as_bytes())
            .map_err(|error| format!("{}: could not write: {error}", out.display())),
        // Not print!, which panics when the reader of a pipe has gone away.
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
                .map_err(|error| format!("one-on-one: could not print the export: {error}"))
        }
    }
}

/// Whether `a` and `b` are one file, however they are spelled
/// (`./x.ron`, `x.ron`, a symlink). A path that does not exist yet cannot
/// be the worksheet, which has just been found.
fn is_same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn no_arguments_open_the_built_in_breakout() {
        assert_eq!(
            parse_str(&[]),
            Ok(Command::Present {
                scenario: None,
                fullscreen: false
            })
        );
    }

    #[test]
    fn a_scenario_and_fullscreen_can_be_given() {
        assert_eq!(
            parse_str(&["--fullscreen", "--scenario", "x.ron"]),
            Ok(Command::Present {
                scenario: Some("x.ron".into()),
                fullscreen: true
            })
        );
        assert_eq!(
            parse_str(&["--scenario=y.ron"]),
            Ok(Command::Present {
                scenario: Some("y.ron".into()),
                fullscreen: false
            })
        );
    }

    #[test]
    fn agenda_takes_an_optional_file() {
        assert_eq!(parse_str(&["agenda"]), Ok(Command::Agenda { file: None }));
        assert_eq!(
            parse_str(&["agenda", "a.ron"]),
            Ok(Command::Agenda {
                file: Some("a.ron".into())
            })
        );
        assert!(parse_str(&["agenda", "a.ron", "b.ron"]).is_err());
    }

    #[test]
    fn export_takes_a_file_a_format_and_maybe_a_destination() {
        assert_eq!(
            parse_str(&["export", "w.ron", "--format", "md"]),
            Ok(Command::Export {
                file: "w.ron".into(),
                format: ExportFormat::Markdown,
                out: None
            })
        );
        assert_eq!(
            parse_str(&["export", "--format=ics", "--out", "m.ics", "w.ron"]),
            Ok(Command::Export {
                file: "w.ron".into(),
                format: ExportFormat::Ics,
                out: Some("m.ics".into())
            })
        );
        assert_eq!(
            parse_str(&["export", "w.ron", "--format", "ics", "--out=m.ics"]),
            Ok(Command::Export {
                file: "w.ron".into(),
                format: ExportFormat::Ics,
                out: Some("m.ics".into())
            })
        );
    }

    #[test]
    fn export_mistakes_say_what_to_do() {
        let error = |args: &[&str]| parse_str(args).unwrap_err();
        assert!(error(&["export", "w.ron", "--format", "pdf"]).contains("md or --format ics"));
        assert!(error(&["export", "w.ron"]).contains("needs --format"));
        assert!(error(&["export", "--format", "md"]).contains("needs a WORKSHEET"));
        assert!(error(&["export", "w.ron", "--format"]).contains("needs md or ics"));
        assert!(error(&["export", "w.ron", "--format", "md", "--out"]).contains("needs a PATH"));
        assert!(error(&["export", "a.ron", "b.ron", "--format", "md"]).contains("one WORKSHEET"));
        assert!(error(&["export", "a.ron", "--force"]).contains("--help"));
    }

    #[test]
    fn mistakes_say_what_to_do() {
        assert!(
            parse_str(&["--scenario"])
                .unwrap_err()
                .contains("needs a FILE")
        );
        assert!(parse_str(&["--bogus"]).unwrap_err().contains("--help"));
    }
}
