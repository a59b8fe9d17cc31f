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
