//! A format or a worksheet from someone else, full of terminal escapes, run
//! through every command that prints: nothing in it may reach the terminal
//! as a control character, and all of it must still be there to read.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Colours, a bell, a window title, a screen clear, a carriage return that
/// would let the rest overwrite the line, a C1 CSI, and a bidi override and
/// isolate that would reorder what follows.
const HOSTILE: &str =
    "\u{1b}[31m\u{7}\u{1b}]0;owned\u{7}\u{1b}[2J\r\u{9b}1A\u{202e}\u{2066}\u{7f}\u{0}";

/// The escapes as a reader sees them after the fix.
const SHOWN: &[&str] = &[
    "\\u{1b}[31m",
    "\\u{7}",
    "\\u{1b}]0;owned",
    "\\u{d}",
    "\\u{9b}1A",
    "\\u{202e}",
    "\\u{2066}",
    "\\u{7f}",
    "\\u{0}",
];

/// Every field a command prints, with `@@` where the escapes go.
const SCENARIO: &str = r#"Scenario(
    format: 1,
    name: "Name @@",
    description: "Description @@",
    warning: "1m",
    participants: [
        Participant(id: "A@@", name: "Partner A @@"),
        Participant(id: "B@@", name: "Partner B @@"),
    ],
    roles: [
        Role(id: "organizer@@", name: "Organizer @@"),
        Role(id: "constituent@@", name: "Constituent @@"),
    ],
    acts: [
        Act(
            id: "attention@@",
            name: "Attention @@",
            purpose: "Purpose @@",
            questions: ["Question @@"],
        ),
    ],
    do_dont: [DoDont(do: "Do @@", dont: "Dont @@")],
    reflection: ["Reflection @@"],
    steps: [
        Step(
            title: "Talk @@",
            duration: "8m",
            instructions: "Instructions @@",
            cast: {"organizer@@": "A@@", "constituent@@": "B@@"},
            panel: Acts(pacing: [("attention@@", "8m")]),
        ),
        Step(
            title: "Feedback @@",
            duration: "2m",
            instructions: "Feedback instructions @@",
            panel: Questions(heading: "Heading @@", questions: ["Feedback question @@"]),
        ),
        Step(title: "Rejoin @@", duration: "2m", panel: Reflection),
    ],
)
"#;

fn hostile(template: &str) -> String {
    template.replace("@@", HOSTILE)
}

/// A format whose error message quotes its hostile ids.
fn broken_scenario() -> String {
    hostile(&SCENARIO.replace(
        r#"cast: {"organizer@@": "A@@", "constituent@@": "B@@"}"#,
        r#"cast: {"organiser@@": "C@@"}"#,
    ))
}

/// A fresh folder of this test's own.
fn scratch(name: &str) -> PathBuf {
    let folder =
        std::env::temp_dir().join(format!("one-on-one-terminal-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

/// `name` with escapes in it, as a file could be called.
fn hostile_file_name(name: &str) -> String {
    // A file name cannot hold NUL or `/`; everything else goes.
    format!("{name}{}.ron", HOSTILE.replace('\0', ""))
}

/// Runs the binary in `dir` with a home of its own, so it never reads the
/// user's own folders.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    let home = dir.join("home");
    Command::new(env!("CARGO_BIN_EXE_one-on-one"))
        .args(args)
        .current_dir(dir)
        .env("LC_ALL", "C.UTF-8")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .output()
        .expect("the binary runs")
}

/// Fails if `bytes` would make a terminal do anything but show characters.
fn assert_terminal_safe(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let chars: Vec<char> = text.chars().collect();
    for (at, c) in chars.iter().enumerate() {
        let harmless = match c {
            '\n' | '\t' => true,
            '\r' => chars.get(at + 1) == Some(&'\n'),
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => false,
            c => !c.is_control(),
        };
        assert!(harmless, "{what}: {c:?} at character {at} of\n{text:?}");
    }
}

/// The bidi controls as a reader sees them. Markdown already turns the
/// other controls into spaces, so only these are left to show there.
const SHOWN_BIDI: &[&str] = &["\\u{202e}", "\\u{2066}"];

/// Fails unless every escape is shown, so nothing was silently lost.
fn assert_shown(what: &str, bytes: &[u8]) {
    assert_shown_of(SHOWN, what, bytes);
}

fn assert_shown_of(expected: &[&str], what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for shown in expected {
        // Error messages quote ids the way Rust writes strings, which
        // shows NUL and CR as `\0` and `\r`: visible all the same.
        let short = match *shown {
            "\\u{0}" => "\\0",
            "\\u{d}" => "\\r",
            other => other,
        };
        assert!(
            text.contains(shown) || text.contains(short),
            "{what}: {shown} missing from\n{text}"
        );
    }
}

fn assert_safe_output(what: &str, output: &Output) {
    assert_terminal_safe(&format!("{what}, standard output"), &output.stdout);
    assert_terminal_safe(&format!("{what}, standard error"), &output.stderr);
}

/// A folder with a hostile format (under a hostile name) and a broken one.
fn hostile_folder(name: &str) -> (PathBuf, PathBuf, PathBuf) {
    let dir = scratch(name);
    let scenarios = dir.join("scenarios");
    std::fs::create_dir_all(&scenarios).unwrap();
    let good = scenarios.join(hostile_file_name("hostile"));
    std::fs::write(&good, hostile(SCENARIO)).unwrap();
    let broken = scenarios.join(hostile_file_name("broken"));
    std::fs::write(&broken, broken_scenario()).unwrap();
    (dir, good, broken)
}

#[test]
fn check_shows_the_escapes_in_names_and_in_errors() {
    let (dir, good, broken) = hostile_folder("check");
    let output = run_in(
        &dir,
        &["check", good.to_str().unwrap(), broken.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_safe_output("check", &output);
    assert_shown("check, the good file", &output.stdout);
    assert_shown("check, the broken file", &output.stderr);
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(
        errors.contains("unknown role \"organiser\\u{1b}[31m"),
        "{errors}"
    );
}

#[test]
fn every_agenda_format_shows_the_escapes() {
    let (dir, good, _) = hostile_folder("agenda");
    for (format, shown) in [("text", SHOWN), ("md", SHOWN_BIDI), ("card", SHOWN_BIDI)] {
        let output = run_in(
            &dir,
            &["agenda", good.to_str().unwrap(), "--format", format],
        );
        assert!(output.status.success(), "{format}: {output:?}");
        assert_safe_output(format, &output);
        assert_shown_of(shown, format, &output.stdout);
    }
}

#[test]
fn an_agenda_of_a_broken_file_shows_the_escapes_in_its_error() {
    let (dir, _, broken) = hostile_folder("agenda-broken");
    let output = run_in(&dir, &["agenda", broken.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_safe_output("agenda of a broken file", &output);
    assert_shown("agenda of a broken file", &output.stderr);
}

#[test]
fn list_shows_the_escapes_in_formats_found_in_the_current_folder() {
    let (dir, _, _) = hostile_folder("list");
    let output = run_in(&dir, &["list"]);
    assert!(output.status.success(), "{output:?}");
    assert_safe_output("list", &output);
    assert_shown("list", &output.stdout);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Name \\u{1b}[31m"), "{text}");
    assert!(text.contains("cannot be read"), "{text}");
}

/// The sample worksheet with escapes in its names, place, plan and notes.
fn hostile_worksheet(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string("tests/fixtures/sample-worksheet.ron")
        .unwrap()
        .replace("Maria López", "Maria @@")
        .replace("Sam Okafor", "Sam @@")
        .replace("Café Luna", "Café @@")
        .replace("Bring the 2025", "@@ Bring the 2025")
        .replace("Sam's neighbour Ana", "@@ Ana");
    let sheet = dir.join(hostile_file_name("sheet"));
    std::fs::write(&sheet, hostile(&text)).unwrap();
    sheet
}

#[test]
fn a_markdown_export_to_the_terminal_shows_the_escapes() {
    let dir = scratch("export-md");
    let sheet = hostile_worksheet(&dir);
    let output = run_in(&dir, &["export", sheet.to_str().unwrap(), "--format", "md"]);
    assert!(output.status.success(), "{output:?}");
    assert_safe_output("export md", &output);
    assert_shown_of(SHOWN_BIDI, "export md", &output.stdout);
}

#[test]
fn a_calendar_export_to_the_terminal_is_safe_and_still_a_calendar() {
    let dir = scratch("export-ics");
    let sheet = hostile_worksheet(&dir);
    let output = run_in(
        &dir,
        &["export", sheet.to_str().unwrap(), "--format", "ics"],
    );
    assert!(output.status.success(), "{output:?}");
    assert_safe_output("export ics", &output);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text:?}");
    assert!(text.ends_with("END:VCALENDAR\r\n"), "{text:?}");
    let unfolded = icalendar::parser::unfold(&text);
    let raw = icalendar::parser::read_calendar(&unfolded).expect("the parser accepts the file");
    assert_eq!(raw.components.len(), 1, "{text}");
    let calendar: icalendar::Calendar = text.parse().expect("it parses as a calendar");
    assert_eq!(calendar.events().count(), 1, "{text}");
}

#[test]
fn errors_quoting_a_file_name_show_its_escapes() {
    let dir = scratch("export-missing");
    let missing = dir.join(hostile_file_name("missing"));
    for args in [
        vec!["export", missing.to_str().unwrap(), "--format", "md"],
        vec!["agenda", missing.to_str().unwrap()],
        vec!["check", missing.to_str().unwrap()],
    ] {
        let output = run_in(&dir, &args);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {output:?}");
        assert_safe_output(args[0], &output);
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("missing\\u{1b}[31m"),
            "{output:?}"
        );
    }
}

#[test]
fn a_wrong_argument_is_quoted_safely() {
    let dir = scratch("arguments");
    let bad = hostile("--@@").replace('\0', "");
    for args in [vec![bad.as_str()], vec!["agenda", "--format", bad.as_str()]] {
        let output = run_in(&dir, &args);
        assert_eq!(output.status.code(), Some(2), "{output:?}");
        assert_safe_output("a wrong argument", &output);
    }
}
