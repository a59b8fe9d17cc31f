//! The binary's command line, run as a trainer would run it in a terminal.

use std::process::Command;

fn one_on_one(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_one-on-one"))
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn agenda_prints_the_built_in_breakout_and_its_total() {
    let output = one_on_one(&["agenda"]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 7, "{text}");
    assert!(
        lines[1]
            .trim_start()
            .starts_with("8:00  Round 1 · conversation"),
        "{text}"
    );
    assert!(
        lines[1].ends_with("organizer: Partner A, constituent: Partner B"),
        "{text}"
    );
    assert_eq!(lines.last(), Some(&"total 25:00"));
}

#[test]
fn agenda_of_a_file_matches_the_built_in_one() {
    let built_in = one_on_one(&["agenda"]).stdout;
    let from_file = one_on_one(&["agenda", "scenarios/breakout-25.ron"]).stdout;
    assert_eq!(built_in, from_file);
}

#[test]
fn agenda_of_a_broken_file_names_the_place_and_fails() {
    let output = one_on_one(&["agenda", "tests/fixtures/broken/unknown-role.ron"]);
    assert_eq!(output.status.code(), Some(1));
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(
        error.starts_with(
            "tests/fixtures/broken/unknown-role.ron:16:20: unknown role \"organiser\""
        ),
        "{error}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_wrong_argument_gets_usage_advice() {
    let output = one_on_one(&["--bogus"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("try --help")
    );
    let help = one_on_one(&["--help"]);
    assert!(
        String::from_utf8(help.stdout)
            .unwrap()
            .contains("one-on-one agenda [FILE]")
    );
}

const SAMPLE: &str = "tests/fixtures/sample-worksheet.ron";

/// A fresh folder of this test's own, so parallel tests never share files.
fn scratch(name: &str) -> std::path::PathBuf {
    let folder = std::env::temp_dir().join(format!("one-on-one-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

#[test]
fn export_prints_markdown_to_standard_output() {
    let output = one_on_one(&["export", SAMPLE, "--format", "md"]);
    assert!(output.status.success(), "{output:?}");
    assert!(output.stderr.is_empty());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("# One-on-one worksheet: Maria López with Sam Okafor\n"),
        "{text}"
    );
    assert!(text.contains("- [ ] Exchange"), "{text}");
}

#[test]
fn export_out_writes_a_file_only_the_user_can_read() {
    let folder = scratch("out");
    let out = folder.join("meeting.ics");
    let output = one_on_one(&[
        "export",
        SAMPLE,
        "--format",
        "ics",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{output:?}");
    assert!(output.stdout.is_empty());
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(text.contains("\r\nSUMMARY:One-on-one: Maria López and Sam Okafor\r\n"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn export_ics_without_a_next_meeting_fails_and_says_why() {
    let folder = scratch("no-meeting");
    let sheet = folder.join("sam.ron");
    std::fs::write(&sheet, "Worksheet(format: 1, name: \"Sam\")").unwrap();
    let output = one_on_one(&["export", sheet.to_str().unwrap(), "--format", "ics"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(
        error.starts_with(&format!("{}: ", sheet.display())),
        "{error}"
    );
    assert!(
        error.contains("no date and time for the next meeting"),
        "{error}"
    );
}

#[test]
fn export_of_a_broken_worksheet_names_the_place_and_fails() {
    let folder = scratch("broken");
    let sheet = folder.join("broken.ron");
    std::fs::write(&sheet, "Worksheet(\n  format: 1\n  name: \"x\",\n)").unwrap();
    let out = folder.join("broken.md");
    let output = one_on_one(&[
        "export",
        sheet.to_str().unwrap(),
        "--format",
        "md",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let error = String::from_utf8(output.stderr).unwrap();
    assert_eq!(error, format!("{}:3:3: expected comma\n", sheet.display()));
    assert!(!out.exists());
}

#[test]
fn export_will_not_write_over_the_worksheet_itself() {
    let folder = scratch("same");
    let sheet = folder.join("maria.ron");
    std::fs::copy(SAMPLE, &sheet).unwrap();
    let before = std::fs::read(&sheet).unwrap();
    let spelled_otherwise = folder.join(".").join("maria.ron");
    let output = one_on_one(&[
        "export",
        sheet.to_str().unwrap(),
        "--format",
        "md",
        "--out",
        spelled_otherwise.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("not overwritten")
    );
    assert_eq!(std::fs::read(&sheet).unwrap(), before);
}

#[test]
fn export_with_an_unknown_format_gets_usage_advice() {
    let output = one_on_one(&["export", SAMPLE, "--format", "pdf"]);
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(error.contains("--format md or --format ics"), "{error}");
    let help = String::from_utf8(one_on_one(&["--help"]).stdout).unwrap();
    assert!(help.contains("one-on-one export WORKSHEET --format md|ics"));
}
