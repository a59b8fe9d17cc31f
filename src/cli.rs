//! The command line: open the presenter window, or print an agenda without one.

use std::ffi::OsString;
use std::path::PathBuf;

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
    one-on-one --help | --version

With no FILE, the built-in 25-minute team breakout is used.
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
    fn mistakes_say_what_to_do() {
        assert!(
            parse_str(&["--scenario"])
                .unwrap_err()
                .contains("needs a FILE")
        );
        assert!(parse_str(&["--bogus"]).unwrap_err().contains("--help"));
    }
}
