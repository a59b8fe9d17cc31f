//! The command line: open the presenter window, print an agenda without
//! one, export a worksheet, or print how a session ran. Everything printed goes through
//! [`terminal`], so text from a file cannot drive the terminal.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveTime;
use fluent::FluentValue;

use crate::follow::JoinAddress;
use crate::i18n::{Language, tr, tr_args};
use crate::library::{self, Library, Places};
use crate::replace::{self, Verdict};
use crate::report;
pub use crate::report::Format as ReportFormat;
use crate::scenario::{self, Minutes, Plan, Scenario, Setup};
use crate::share::Listen;
use crate::storage::{same_file, write_private_atomic, write_target};
use crate::terminal;
use crate::worksheet;
pub use crate::worksheet::export::Format as ExportFormat;

/// What the user asked for on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Open the presenter window on the built-in breakout or a scenario file.
    Present {
        /// A scenario to run instead of the built-in breakout.
        scenario: Option<PathBuf>,
        /// Start the room's window fullscreen.
        fullscreen: bool,
        /// Both windows on one screen, whatever is attached (rehearsing).
        room_window: bool,
        /// Share the room with phones from the start, listening here.
        share: Option<Listen>,
    },
    /// Follow a trainer's shared room from this laptop, with one's own
    /// worksheet beside it.
    Join {
        /// The room's address, as the trainer's app prints it.
        address: JoinAddress,
        /// The trainer's PIN, for the clock's controls.
        pin: Option<String>,
    },
    /// Print a scenario's agenda: a plain list, a facilitator's script or a
    /// participant card.
    Agenda {
        /// The scenario file, or the name of a built-in format; the built-in
        /// breakout when absent.
        file: Option<PathBuf>,
        format: AgendaFormat,
        /// The time of day the workshop starts, for the script.
        start: NaiveTime,
        /// How many people take part, for formats that let the trainer choose.
        people: Option<usize>,
        /// The length to fit the agenda to, for formats that let the trainer choose.
        length: Option<Minutes>,
    },
    /// List the formats the app can find, with their lengths.
    List,
    /// Check scenario files and report every problem.
    Check {
        /// The files to check.
        files: Vec<PathBuf>,
    },
    /// Write a worksheet as Markdown or as a calendar event.
    Export {
        /// The worksheet file.
        file: PathBuf,
        format: ExportFormat,
        /// Where to write; standard output when absent.
        out: Option<PathBuf>,
        /// Replace an existing file at `out` that is not a worksheet or a
        /// format (an earlier export); without it such a file is kept.
        force: bool,
    },
    /// Print the report of how a session ran.
    Report {
        /// The report file; the newest in the data folder's `reports/`
        /// when absent.
        file: Option<PathBuf>,
        format: ReportFormat,
    },
    /// Print the usage.
    Help,
    /// Print the version.
    Version,
}

/// What `agenda` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaFormat {
    /// One line per step and the total.
    Text,
    /// A facilitator's script in Markdown, with times of day.
    Script,
    /// A one-page participant card in Markdown.
    Card,
}

/// When a script starts if `--start` is not given.
pub const DEFAULT_START: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};

/// The usage text `--help` prints, in the language spoken now.
pub fn usage() -> String {
    tr("usage")
}

/// Takes `--lang en|es` (or `--lang=es`) out of the arguments, wherever it
/// stands: the language every command speaks, the system's unless given.
pub fn take_language(
    args: impl IntoIterator<Item = OsString>,
) -> Result<(Option<Language>, Vec<OsString>), String> {
    let mut args = args.into_iter();
    let mut language = None;
    let mut rest = Vec::new();
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        let value = match text.strip_prefix("--lang") {
            Some("") => Some(
                args.next()
                    .map(|value| value.to_string_lossy().into_owned())
                    .ok_or_else(|| tr("lang-needs-value"))?,
            ),
            Some(inline) if inline.starts_with('=') => Some(inline[1..].to_string()),
            _ => None,
        };
        match value {
            Some(value) => {
                language = Some(Language::parse(&value).ok_or_else(|| {
                    tr_args(
                        "unknown-language",
                        &[("language", format!("{value:?}").into())],
                    )
                })?);
            }
            None => rest.push(arg),
        }
    }
    Ok((language, rest))
}

/// Reads the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut args = args.into_iter().peekable();
    let mut scenario = None;
    let mut fullscreen = false;
    let mut room_window = false;
    let mut share = None;
    let mut first = true;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy();
        match text.as_ref() {
            "agenda" if first => return parse_agenda(args),
            "list" if first => {
                return match args.next() {
                    Some(extra) => Err(tr_args(
                        "cli-list-no-arguments",
                        &[("argument", format!("{extra:?}").into())],
                    )),
                    None => Ok(Command::List),
                };
            }
            "check" if first => {
                let files: Vec<PathBuf> = args.map(PathBuf::from).collect();
                if files.is_empty() {
                    return Err(tr("cli-check-needs-files"));
                }
                return Ok(Command::Check { files });
            }
            "export" if first => return parse_export(args),
            "report" if first => return parse_report(args),
            "join" if first => return parse_join(args),
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--fullscreen" => fullscreen = true,
            "--room-window" => room_window = true,
            "--share" => {
                // The address is optional: take the next argument only if
                // it reads as one, so `--share --fullscreen` works.
                let next = args.peek().map(|next| next.to_string_lossy().into_owned());
                share = Some(match next.as_deref().map(Listen::parse) {
                    Some(Ok(listen)) if !next.as_deref().unwrap_or("").starts_with("--") => {
                        args.next();
                        listen
                    }
                    _ => Listen::Anywhere,
                });
            }
            "--scenario" => {
                let file = args.next().ok_or_else(|| tr("cli-scenario-needs-file"))?;
                scenario = Some(PathBuf::from(file));
            }
            _ => {
                if let Some(file) = text.strip_prefix("--scenario=") {
                    scenario = Some(PathBuf::from(file));
                } else if let Some(address) = text.strip_prefix("--share=") {
                    share = Some(Listen::parse(address)?);
                } else {
                    return Err(tr_args(
                        "unknown-argument",
                        &[("argument", format!("{text:?}").into())],
                    ));
                }
            }
        }
        first = false;
    }
    Ok(Command::Present {
        scenario,
        fullscreen,
        room_window,
        share,
    })
}

/// `text` as the user typed it, quoted and escaped, for a message that
/// names it.
fn quoted(text: &str) -> FluentValue<'static> {
    FluentValue::from(format!("{text:?}"))
}

/// The mistake of an option `command` does not know.
fn unknown_option(command: &str, option: &str) -> String {
    tr_args(
        "cli-unknown-option",
        &[("command", command.into()), ("option", quoted(option))],
    )
}

/// The mistake of a second FILE for `command`, which takes one.
fn one_file_only(command: &str, argument: &str) -> String {
    tr_args(
        "cli-takes-one-file",
        &[("command", command.into()), ("argument", quoted(argument))],
    )
}

/// A built-in format's file name as messages show it: `circle.ron (built in)`.
fn built_in(file_name: &str) -> String {
    tr_args("cli-built-in", &[("name", file_name.into())])
}

/// Splits `--flag=value` into the flag and its value.
fn split_flag(text: &str) -> (String, Option<OsString>) {
    match text.split_once('=') {
        Some((flag, value)) if flag.starts_with("--") => (flag.to_string(), Some(value.into())),
        _ => (text.to_string(), None),
    }
}

fn parse_agenda(args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut args = args;
    let mut file = None;
    let mut format = AgendaFormat::Text;
    let mut start = DEFAULT_START;
    let mut people = None;
    let mut length = None;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        let (flag, inline_value) = split_flag(&text);
        let mut value = |example: &str| {
            inline_value
                .clone()
                .or_else(|| args.next())
                .map(|v| v.to_string_lossy().into_owned())
                .ok_or_else(|| {
                    tr_args(
                        "cli-flag-needs-value",
                        &[("flag", flag.as_str().into()), ("example", example.into())],
                    )
                })
        };
        match flag.as_str() {
            "--format" => {
                format = match value("md")?.as_str() {
                    "text" | "txt" => AgendaFormat::Text,
                    "md" | "markdown" | "script" => AgendaFormat::Script,
                    "card" => AgendaFormat::Card,
                    other => {
                        return Err(tr_args(
                            "cli-unknown-agenda-format",
                            &[("format", quoted(other))],
                        ));
                    }
                }
            }
            "--start" => {
                let given = value("18:30")?;
                start = NaiveTime::parse_from_str(&given, "%H:%M")
                    .map_err(|_| tr_args("cli-start-needs-time", &[("given", quoted(&given))]))?;
            }
            "--people" => {
                let given = value("6")?;
                people = Some(given.parse::<usize>().map_err(|_| {
                    tr_args("cli-people-needs-number", &[("given", quoted(&given))])
                })?);
            }
            "--length" => {
                let given = value("40m")?;
                length = Some(Minutes::parse(&given).ok_or_else(|| {
                    tr_args("cli-length-needs-length", &[("given", quoted(&given))])
                })?);
            }
            "-h" | "--help" => return Ok(Command::Help),
            _ if text.starts_with('-') && text.len() > 1 => {
                return Err(unknown_option("agenda", &text));
            }
            _ if file.is_none() => file = Some(PathBuf::from(arg)),
            _ => return Err(one_file_only("agenda", &text)),
        }
    }
    Ok(Command::Agenda {
        file,
        format,
        start,
        people,
        length,
    })
}

fn parse_export(args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut args = args;
    let mut file = None;
    let mut format = None;
    let mut out = None;
    let mut force = false;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        let (flag, inline_value) = split_flag(&text);
        match flag.as_str() {
            "--format" => {
                let value = inline_value
                    .or_else(|| args.next())
                    .ok_or_else(|| tr("cli-export-format-needs-value"))?;
                format = Some(match value.to_string_lossy().as_ref() {
                    "md" | "markdown" => ExportFormat::Markdown,
                    "ics" => ExportFormat::Ics,
                    other => {
                        return Err(tr_args(
                            "cli-unknown-export-format",
                            &[("format", quoted(other))],
                        ));
                    }
                });
            }
            "-h" | "--help" => return Ok(Command::Help),
            "--out" => {
                let value = inline_value
                    .or_else(|| args.next())
                    .ok_or_else(|| tr("cli-out-needs-path"))?;
                out = Some(PathBuf::from(value));
            }
            "--force" if inline_value.is_none() => force = true,
            _ if text.starts_with('-') && text.len() > 1 => {
                return Err(unknown_option("export", &text));
            }
            _ if file.is_none() => file = Some(PathBuf::from(arg)),
            _ => {
                return Err(tr_args(
                    "cli-export-one-worksheet",
                    &[("argument", quoted(&text))],
                ));
            }
        }
    }
    let file = file.ok_or_else(|| tr("cli-export-needs-worksheet"))?;
    let format = format.ok_or_else(|| tr("cli-export-needs-format"))?;
    Ok(Command::Export {
        file,
        format,
        out,
        force,
    })
}

fn parse_join(args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut args = args;
    let mut address = None;
    let mut pin = None;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        let (flag, inline_value) = split_flag(&text);
        match flag.as_str() {
            "--pin" => {
                let value = inline_value
                    .or_else(|| args.next())
                    .ok_or_else(|| tr("cli-pin-needs-digits"))?;
                let value = value.to_string_lossy().into_owned();
                if value.len() != 6 || !value.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(tr_args("cli-pin-six-digits", &[("given", quoted(&value))]));
                }
                pin = Some(value);
            }
            "-h" | "--help" => return Ok(Command::Help),
            _ if text.starts_with('-') && text.len() > 1 => {
                return Err(unknown_option("join", &text));
            }
            _ if address.is_none() => address = Some(JoinAddress::parse(&text)?),
            _ => return Err(tr_args("cli-join-one-url", &[("argument", quoted(&text))])),
        }
    }
    let address = address.ok_or_else(|| tr("cli-join-needs-address"))?;
    Ok(Command::Join { address, pin })
}

fn parse_report(args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut args = args;
    let mut file = None;
    let mut format = ReportFormat::Text;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        let (flag, inline_value) = split_flag(&text);
        match flag.as_str() {
            "--format" => {
                let value = inline_value
                    .or_else(|| args.next())
                    .ok_or_else(|| tr("cli-report-format-needs-value"))?;
                format = match value.to_string_lossy().as_ref() {
                    "text" | "txt" => ReportFormat::Text,
                    "md" | "markdown" => ReportFormat::Markdown,
                    "csv" => ReportFormat::Csv,
                    other => {
                        return Err(tr_args(
                            "cli-unknown-report-format",
                            &[("format", quoted(other))],
                        ));
                    }
                };
            }
            "-h" | "--help" => return Ok(Command::Help),
            _ if text.starts_with('-') && text.len() > 1 => {
                return Err(unknown_option("report", &text));
            }
            _ if file.is_none() => file = Some(PathBuf::from(arg)),
            _ => return Err(one_file_only("report", &text)),
        }
    }
    Ok(Command::Report { file, format })
}

/// Runs `one-on-one report`: prints `file`, or the report in `folder` of
/// the session that started last. A broken file is reported as
/// `file:line:col: message` and exits 1; in the folder, unreadable files
/// are skipped with a note on standard error.
pub fn run_report(file: Option<&Path>, format: ReportFormat, folder: &Path) -> ExitCode {
    let loaded = match file {
        Some(file) => report::load(file).map_err(|error| error.to_string()),
        None => {
            let found = report::newest_in(folder);
            for error in &found.unreadable {
                terminal::eprint_line(&format!(
                    "one-on-one: {}",
                    tr_args("cli-note-skipped", &[("problem", error.to_string().into())])
                ));
            }
            match found.newest {
                Some((path, report)) => {
                    terminal::eprint_line(&format!("one-on-one: {}", path.display()));
                    Ok(report)
                }
                None => Err(tr_args(
                    "cli-no-report-yet",
                    &[("folder", folder.display().to_string().into())],
                )),
            }
        }
    };
    match loaded {
        Ok(report) => print_out(&format.render(&report)),
        Err(message) => {
            terminal::eprint_line(&message);
            ExitCode::FAILURE
        }
    }
}

/// Runs `one-on-one export`, reporting problems on standard error as
/// `file:line:col: message` like `agenda` does. Exits 1 on any failure.
/// `force` lets `--out` replace an earlier export, never a worksheet or a
/// format.
pub fn run_export(file: &Path, format: ExportFormat, out: Option<&Path>, force: bool) -> ExitCode {
    match export_to(file, format, out, force) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            terminal::eprint_line(&message);
            ExitCode::FAILURE
        }
    }
}

fn export_to(
    file: &Path,
    format: ExportFormat,
    out: Option<&Path>,
    force: bool,
) -> Result<(), String> {
    if let Some(out) = out {
        may_export_to(file, out, force).map_err(|why| format!("{}: {why}", out.display()))?;
    }
    let sheet = worksheet::load(file).map_err(|error| error.to_string())?;
    let text = format
        .render(&sheet, chrono::Utc::now())
        .map_err(|error| format!("{}: {error}", file.display()))?;
    match out {
        Some(out) => write_private_atomic(out, text.as_bytes()).map_err(|error| {
            let why = tr_args(
                "cli-could-not-write",
                &[("error", error.to_string().into())],
            );
            format!("{}: {why}", out.display())
        }),
        None => terminal::print(&text).map_err(|error| {
            let why = tr_args(
                "cli-could-not-print-export",
                &[("error", error.to_string().into())],
            );
            format!("one-on-one: {why}")
        }),
    }
}

/// Whether the export of `file` may be written to `out`, by the rule every
/// writer follows ([`replace::may_replace`]); the error says why not, to
/// follow `out` and a colon. Checked before the worksheet is read, so a
/// refusal costs nothing, and the same whatever the worksheet holds.
fn may_export_to(file: &Path, out: &Path, force: bool) -> Result<(), String> {
    if same_file(file, out) {
        return Err(tr("cli-export-onto-worksheet"));
    }
    let verdict = replace::may_replace(out, None);
    if let Verdict::Refuse(why) = verdict {
        return Err(tr_args(
            "cli-force-never-replaces",
            &[("reason", why.to_string().into())],
        ));
    }
    // A new .ron file is harmless today, but it would puzzle every reader
    // of worksheets and formats after; the window refuses the name too. A
    // link's own name is not enough: the write lands where it points.
    let is_ron = |path: &Path| {
        path.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case(worksheet::names::EXTENSION))
    };
    if is_ron(out) || write_target(out).is_ok_and(|target| is_ron(&target)) {
        return Err(tr("cli-export-not-ron"));
    }
    match verdict {
        Verdict::Ask if !force => Err(tr("cli-export-exists")),
        _ => Ok(()),
    }
}

/// The scenario `agenda` means: a file, a built-in format's name, or the
/// built-in breakout.
fn agenda_scenario(file: Option<&Path>) -> Result<Scenario, String> {
    let Some(file) = file else {
        return Ok(scenario::built_in_breakout());
    };
    if !file.exists() {
        let wanted = file.to_string_lossy();
        let wanted = wanted.strip_suffix(".ron").unwrap_or(&wanted);
        if let Some((name, text)) = library::BUILT_INS
            .iter()
            .find(|(name, _)| name.strip_suffix(".ron") == Some(wanted))
        {
            return scenario::parse(text, &built_in(name)).map_err(|error| error.to_string());
        }
    }
    scenario::load_file(file).map_err(|error| error.to_string())
}

/// Runs `one-on-one agenda`: exit 1 with `file:line:col` for a broken file.
pub fn run_agenda(
    file: Option<&Path>,
    format: AgendaFormat,
    start: NaiveTime,
    people: Option<usize>,
    length: Option<Minutes>,
) -> ExitCode {
    let scenario = match agenda_scenario(file) {
        Ok(scenario) => scenario,
        Err(message) => {
            terminal::eprint_line(&message);
            return ExitCode::FAILURE;
        }
    };
    let defaults = Setup::default_for(&scenario);
    let setup = Setup {
        people: people.unwrap_or(defaults.people),
        length: length.or(defaults.length),
    };
    let plan = Plan::new(scenario, setup);
    if people.is_some_and(|p| p != plan.setup.people) {
        let note = tr_args(
            "cli-note-people",
            &[("people", FluentValue::from(plan.setup.people))],
        );
        terminal::eprint_line(&format!("one-on-one: {note}"));
    }
    if length.is_some() && length != plan.setup.length {
        let note = tr_args(
            "cli-note-length",
            &[("length", library::length_text(&plan.scenario).into())],
        );
        terminal::eprint_line(&format!("one-on-one: {note}"));
    }
    let text = match format {
        AgendaFormat::Text => crate::agenda::plain(&plan),
        AgendaFormat::Script => crate::agenda::facilitator_script(&plan, start),
        AgendaFormat::Card => crate::agenda::participant_card(&plan.scenario),
    };
    print_out(&text)
}

/// Runs `one-on-one list`: every format found, its length and where it is.
pub fn run_list() -> ExitCode {
    let library = Library::discover(&Places::for_user(Vec::new()));
    let mut text = String::new();
    for entry in &library.entries {
        let place = match entry.source.path() {
            Some(path) => path.display().to_string(),
            None => built_in(&entry.file_name),
        };
        match &entry.loaded {
            Ok(scenario) => {
                text.push_str(&format!(
                    "{}\n    {} · {}\n    {}\n",
                    scenario.name,
                    entry.length_text(),
                    place,
                    scenario.description
                ));
            }
            Err(error) => {
                let first = error.to_string();
                let first = first.lines().next().unwrap_or_default().to_string();
                let why = tr_args("cli-list-unreadable", &[("problem", first.into())]);
                text.push_str(&format!("{place}\n    {why}\n"));
            }
        }
    }
    if let Some(own) = library::own_folder() {
        let folder = own.display().to_string();
        let where_kept = tr_args("cli-list-own-folder", &[("folder", folder.into())]);
        text.push_str(&format!("\n{where_kept}\n"));
    }
    print_out(&text)
}

/// Runs `one-on-one check`: each good file gets a line on standard output,
/// each problem `file:line:column: message` on standard error; exit 1 if
/// any file fails.
pub fn run_check(files: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    let mut report = String::new();
    for file in files {
        match scenario::load_file(file) {
            Ok(scenario) => {
                let ok = tr_args(
                    "cli-check-ok",
                    &[
                        ("file", file.display().to_string().into()),
                        ("name", scenario.name.as_str().into()),
                        ("length", library::length_text(&scenario).into()),
                    ],
                );
                report.push_str(&format!("{ok}\n"));
            }
            Err(error) => {
                failed = true;
                terminal::eprint_line(&error.to_string());
            }
        }
    }
    let printed = print_out(&report);
    if failed { ExitCode::FAILURE } else { printed }
}

/// Prints `text`, or says why it could not.
fn print_out(text: &str) -> ExitCode {
    match terminal::print(text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let why = tr_args(
                "cli-could-not-print",
                &[("error", error.to_string().into())],
            );
            terminal::eprint_line(&format!("one-on-one: {why}"));
            ExitCode::FAILURE
        }
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
                fullscreen: false,
                room_window: false,
                share: None,
            })
        );
    }

    #[test]
    fn a_scenario_and_fullscreen_can_be_given() {
        assert_eq!(
            parse_str(&["--fullscreen", "--scenario", "x.ron"]),
            Ok(Command::Present {
                scenario: Some("x.ron".into()),
                fullscreen: true,
                room_window: false,
                share: None,
            })
        );
        assert_eq!(
            parse_str(&["--scenario=y.ron"]),
            Ok(Command::Present {
                scenario: Some("y.ron".into()),
                fullscreen: false,
                room_window: false,
                share: None,
            })
        );
    }

    #[test]
    fn the_language_is_taken_out_wherever_it_stands() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            take_language(args(&["--lang", "es", "agenda"])),
            Ok((Some(Language::Spanish), args(&["agenda"])))
        );
        assert_eq!(
            take_language(args(&["agenda", "--lang=en", "--format", "md"])),
            Ok((Some(Language::English), args(&["agenda", "--format", "md"])))
        );
        assert_eq!(take_language(args(&["list"])), Ok((None, args(&["list"]))));
        assert!(take_language(args(&["--lang"])).is_err());
        assert!(
            take_language(args(&["--lang", "fr"]))
                .unwrap_err()
                .contains("\"fr\"")
        );
    }

    #[test]
    fn join_takes_the_rooms_address_and_perhaps_the_pin() {
        let url = JoinAddress::parse("http://10.0.0.2:8111/").unwrap();
        assert_eq!(
            parse_str(&["join", "http://10.0.0.2:8111/"]),
            Ok(Command::Join {
                address: url.clone(),
                pin: None
            })
        );
        assert_eq!(
            parse_str(&["join", "10.0.0.2:8111", "--pin", "123456"]),
            Ok(Command::Join {
                address: url,
                pin: Some("123456".into())
            })
        );
        assert!(parse_str(&["join"]).unwrap_err().contains("address"));
        assert!(
            parse_str(&["join", "https://x/"])
                .unwrap_err()
                .contains("http://")
        );
        assert!(
            parse_str(&["join", "x:1", "--pin", "12"])
                .unwrap_err()
                .contains("six digits")
        );
        assert!(parse_str(&["join", "x:1", "y:2"]).is_err());
    }

    #[test]
    fn share_takes_an_address_only_when_one_follows() {
        let share = |args: &[&str]| match parse_str(args) {
            Ok(Command::Present { share, .. }) => Ok(share),
            Ok(other) => panic!("{other:?}"),
            Err(error) => Err(error),
        };
        assert_eq!(share(&[]), Ok(None));
        assert_eq!(share(&["--share"]), Ok(Some(Listen::Anywhere)));
        assert_eq!(
            share(&["--share", "--fullscreen"]),
            Ok(Some(Listen::Anywhere))
        );
        assert_eq!(
            share(&["--share", "127.0.0.1:9000"]),
            Ok(Some(Listen::At("127.0.0.1:9000".parse().unwrap())))
        );
        assert_eq!(
            share(&["--share=:9001"]),
            Ok(Some(Listen::At("0.0.0.0:9001".parse().unwrap())))
        );
        assert!(share(&["--share=nowhere"]).unwrap_err().contains("nowhere"));
        // Not an address: left for the next flag to read, and refused there.
        assert!(parse_str(&["--share", "x.ron"]).is_err());
    }

    #[test]
    fn room_window_keeps_both_windows_on_one_screen() {
        assert_eq!(
            parse_str(&["--room-window", "--fullscreen"]),
            Ok(Command::Present {
                scenario: None,
                fullscreen: true,
                room_window: true,
                share: None,
            })
        );
    }

    #[test]
    fn agenda_takes_an_optional_file_and_options() {
        assert_eq!(
            parse_str(&["agenda"]),
            Ok(Command::Agenda {
                file: None,
                format: AgendaFormat::Text,
                start: DEFAULT_START,
                people: None,
                length: None
            })
        );
        assert_eq!(
            parse_str(&[
                "agenda",
                "a.ron",
                "--format=md",
                "--start",
                "18:30",
                "--people",
                "5",
                "--length",
                "40m"
            ]),
            Ok(Command::Agenda {
                file: Some("a.ron".into()),
                format: AgendaFormat::Script,
                start: NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
                people: Some(5),
                length: Some(Minutes::from_mins(40))
            })
        );
        let error = |args: &[&str]| parse_str(args).unwrap_err();
        assert!(error(&["agenda", "a.ron", "b.ron"]).contains("one FILE"));
        assert!(error(&["agenda", "--format", "pdf"]).contains("text, md or card"));
        assert!(error(&["agenda", "--start", "6pm"]).contains("such as 18:30"));
        assert!(error(&["agenda", "--length", "forty"]).contains("such as 40m"));
        assert!(error(&["agenda", "--people"]).contains("needs a value"));
    }

    #[test]
    fn list_and_check_are_commands() {
        assert_eq!(parse_str(&["list"]), Ok(Command::List));
        assert_eq!(
            parse_str(&["check", "a.ron", "b.ron"]),
            Ok(Command::Check {
                files: vec!["a.ron".into(), "b.ron".into()]
            })
        );
        assert!(
            parse_str(&["check"])
                .unwrap_err()
                .contains("needs one or more")
        );
        assert!(parse_str(&["list", "x"]).is_err());
    }

    #[test]
    fn export_takes_a_file_a_format_and_maybe_a_destination() {
        assert_eq!(
            parse_str(&["export", "w.ron", "--format", "md"]),
            Ok(Command::Export {
                file: "w.ron".into(),
                format: ExportFormat::Markdown,
                out: None,
                force: false
            })
        );
        assert_eq!(
            parse_str(&["export", "--format=ics", "--out", "m.ics", "w.ron"]),
            Ok(Command::Export {
                file: "w.ron".into(),
                format: ExportFormat::Ics,
                out: Some("m.ics".into()),
                force: false
            })
        );
        assert_eq!(
            parse_str(&["export", "w.ron", "--format", "ics", "--out=m.ics"]),
            Ok(Command::Export {
                file: "w.ron".into(),
                format: ExportFormat::Ics,
                out: Some("m.ics".into()),
                force: false
            })
        );
        assert_eq!(
            parse_str(&[
                "export", "--force", "w.ron", "--format", "md", "--out", "w.md"
            ]),
            Ok(Command::Export {
                file: "w.ron".into(),
                format: ExportFormat::Markdown,
                out: Some("w.md".into()),
                force: true
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
        assert!(error(&["export", "a.ron", "--overwrite"]).contains("--help"));
        assert!(error(&["export", "a.ron", "--force=no", "--format", "md"]).contains("--help"));
    }

    #[test]
    fn report_takes_an_optional_file_and_a_format() {
        assert_eq!(
            parse_str(&["report"]),
            Ok(Command::Report {
                file: None,
                format: ReportFormat::Text
            })
        );
        assert_eq!(
            parse_str(&["report", "--format=csv", "r.ron"]),
            Ok(Command::Report {
                file: Some("r.ron".into()),
                format: ReportFormat::Csv
            })
        );
        assert_eq!(
            parse_str(&["report", "--format", "md"]),
            Ok(Command::Report {
                file: None,
                format: ReportFormat::Markdown
            })
        );
        let error = |args: &[&str]| parse_str(args).unwrap_err();
        assert!(error(&["report", "--format", "pdf"]).contains("text, md or csv"));
        assert!(error(&["report", "--format"]).contains("needs text, md or csv"));
        assert!(error(&["report", "a.ron", "b.ron"]).contains("one FILE"));
        assert!(error(&["report", "--newest"]).contains("--help"));
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
