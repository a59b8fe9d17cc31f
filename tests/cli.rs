//! The binary's command line, run as a trainer would run it in a terminal.

use std::process::Command;

fn one_on_one(args: &[&str]) -> std::process::Output {
    // In English whatever the machine's locale: these tests read the words.
    Command::new(env!("CARGO_BIN_EXE_one-on-one"))
        .args(args)
        .env("LC_ALL", "C.UTF-8")
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

/// Runs the binary and returns what it printed, failing unless it
/// succeeded and printed something: two failures print the same nothing.
fn printed(args: &[&str]) -> String {
    let output = one_on_one(args);
    assert!(output.status.success(), "{args:?}: {output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(!text.trim().is_empty(), "{args:?} printed nothing");
    text
}

#[test]
fn agenda_of_a_file_matches_the_built_in_one() {
    let built_in = printed(&["agenda"]);
    let from_file = printed(&["agenda", "scenarios/breakout-25.ron"]);
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
    assert!(printed(&["--help"]).contains("one-on-one agenda [FILE|NAME]"));
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
    let help = printed(&["--help"]);
    assert!(help.contains("one-on-one export WORKSHEET --format md|ics [--out PATH] [--force]"));
}

#[test]
fn list_shows_every_built_in_format_with_its_length() {
    let home = scratch("list-home");
    let output = Command::new(env!("CARGO_BIN_EXE_one-on-one"))
        .arg("list")
        .env("LC_ALL", "C.UTF-8")
        .env("XDG_CONFIG_HOME", home.join("config"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    for expected in [
        "One-on-one practice: team breakout\n    25 min · breakout-25.ron (built in)",
        "30–60 min (default 45) · real-one-on-one.ron (built in)",
        "25 min for 6 people (3–12) · circle.ron (built in)",
        "60 min · training-60.ron (built in)",
        "40 min · breakout-trio.ron (built in)",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from\n{text}");
    }
    assert!(text.contains(&format!(
        "Your own formats are kept in {}",
        home.join("config/one-on-one/scenarios").display()
    )));
}

#[test]
fn check_passes_good_files_and_names_each_problem_in_broken_ones() {
    let good = one_on_one(&["check", "scenarios/breakout-25.ron", "scenarios/circle.ron"]);
    assert!(good.status.success());
    let text = String::from_utf8(good.stdout).unwrap();
    assert!(
        text.contains("scenarios/circle.ron: ok, \"Story circle"),
        "{text}"
    );

    let broken = |name: &str| format!("tests/fixtures/broken/{name}");
    let files = [
        "bad-syntax.ron",
        "unknown-field.ron",
        "negative-duration.ron",
        "unknown-role.ron",
        "empty-steps.ron",
    ]
    .map(broken);
    let mut args = vec!["check", "scenarios/breakout-25.ron"];
    args.extend(files.iter().map(String::as_str));
    let output = one_on_one(&args);
    assert_eq!(output.status.code(), Some(1));
    let errors = String::from_utf8(output.stderr).unwrap();
    for expected in [
        "tests/fixtures/broken/bad-syntax.ron:4:5: expected comma",
        "tests/fixtures/broken/unknown-field.ron:6:14: unexpected field named `titel` in `Step`",
        "tests/fixtures/broken/negative-duration.ron:7:44: expected a duration such as \"8m\", \"90s\" or \"1m30s\", found \"-2m\"",
        "tests/fixtures/broken/unknown-role.ron:16:20: unknown role \"organiser\"",
        "tests/fixtures/broken/empty-steps.ron:5:12: expected at least one step in the agenda, found none",
    ] {
        assert!(
            errors.contains(expected),
            "{expected:?} missing from\n{errors}"
        );
    }
    // The good file is still reported as good among the broken ones.
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .contains("breakout-25.ron: ok")
    );
    assert_eq!(one_on_one(&["check"]).status.code(), Some(2));
}

#[test]
fn agenda_prints_a_script_with_times_of_day_and_a_card() {
    let script = one_on_one(&[
        "agenda", "circle", "--format", "md", "--start", "18:30", "--people", "4",
    ]);
    assert!(script.status.success(), "{:?}", script);
    let text = String::from_utf8(script.stdout).unwrap();
    assert!(text.starts_with("# Story circle"), "{text}");
    assert!(text.contains("18:30"), "{text}");
    let card = one_on_one(&["agenda", "scenarios/breakout-25.ron", "--format", "card"]);
    assert!(card.status.success());
    let card = String::from_utf8(card.stdout).unwrap();
    for act in [
        "Attention",
        "Interest",
        "Exploration",
        "Exchange",
        "Commitment",
    ] {
        assert!(card.contains(act), "{act} missing from the card\n{card}");
    }
}

/// The script is the trainer's, and quotes every step's notes; the card is
/// handed to the room, and holds none of them.
#[test]
fn the_script_has_the_trainers_notes_and_the_card_has_none() {
    let file = "scenarios/breakout-25.ron";
    let scenario = one_on_one::scenario::load_file(std::path::Path::new(file)).unwrap();
    let script = printed(&["agenda", file, "--format", "script"]);
    let card = printed(&["agenda", file, "--format", "card"]);
    assert_eq!(
        script.matches("> **Trainer's notes:**").count(),
        6,
        "{script}"
    );
    for (_, step) in scenario.written_steps() {
        let opening: String = step.notes.chars().take(40).collect();
        assert!(!opening.is_empty(), "{}", step.title);
        assert!(
            script.contains(&opening),
            "{opening:?} missing from\n{script}"
        );
        assert!(!card.contains(&opening), "{opening:?} on the card\n{card}");
    }
    assert!(!card.contains("Trainer's notes"), "{card}");
}

#[test]
fn agenda_fits_a_chosen_length() {
    let output = one_on_one(&["agenda", "real-one-on-one", "--length", "30m"]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(text.lines().last(), Some("total 30:00"), "{text}");
}

/// Runs `export SAMPLE --format md --out out` with `extra` arguments after it.
fn export_md_to(out: &std::path::Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["export", SAMPLE, "--format", "md", "--out"];
    args.push(out.to_str().unwrap());
    args.extend_from_slice(extra);
    one_on_one(&args)
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// Another participant's worksheet: readable, and not the one exported.
fn another_worksheet(folder: &std::path::Path) -> std::path::PathBuf {
    let other = folder.join("b.ron");
    let text = std::fs::read_to_string(SAMPLE)
        .unwrap()
        .replace("Maria López", "Amina Yusuf");
    std::fs::write(&other, text).unwrap();
    other
}

#[test]
fn export_never_replaces_another_worksheet_even_with_force() {
    let folder = scratch("onto-worksheet");
    let other = another_worksheet(&folder);
    let before = std::fs::read(&other).unwrap();
    for extra in [&[][..], &["--force"][..]] {
        let output = export_md_to(&other, extra);
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        assert_eq!(std::fs::read(&other).unwrap(), before, "with {extra:?}");
        let error = stderr_of(&output);
        assert!(
            error.starts_with(&format!("{}: not replaced: ", other.display())),
            "{error}"
        );
        assert!(error.contains("another worksheet"), "{error}");
        assert!(error.contains("--force"), "{error}");
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn export_never_replaces_a_workshop_format_whatever_its_name() {
    let folder = scratch("onto-format");
    for name in ["mine.ron", "mine.md"] {
        let format = folder.join(name);
        std::fs::copy("scenarios/breakout-25.ron", &format).unwrap();
        let before = std::fs::read(&format).unwrap();
        let output = export_md_to(&format, &["--force"]);
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        assert_eq!(std::fs::read(&format).unwrap(), before, "{name}");
        let error = stderr_of(&output);
        assert!(error.contains("workshop format"), "{error}");
    }
}

#[test]
fn export_asks_for_force_before_replacing_an_earlier_export() {
    let folder = scratch("onto-export");
    let earlier = folder.join("maria.md");
    std::fs::write(&earlier, "# Last week's notes\n").unwrap();
    let output = export_md_to(&earlier, &[]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_eq!(
        stderr_of(&output),
        format!(
            "{}: already exists; not replaced (add --force to replace it)\n",
            earlier.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&earlier).unwrap(),
        "# Last week's notes\n"
    );

    let output = export_md_to(&earlier, &["--force"]);
    assert!(output.status.success(), "{output:?}");
    let text = std::fs::read_to_string(&earlier).unwrap();
    assert!(
        text.starts_with("# One-on-one worksheet: Maria López"),
        "{text}"
    );
}

#[test]
fn export_never_writes_over_a_folder() {
    let folder = scratch("onto-folder");
    let inside = folder.join("exports.md");
    std::fs::create_dir(&inside).unwrap();
    std::fs::write(inside.join("kept.txt"), "kept").unwrap();
    let output = export_md_to(&inside, &["--force"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(stderr_of(&output).contains("it is a folder"), "{output:?}");
    assert_eq!(
        std::fs::read_to_string(inside.join("kept.txt")).unwrap(),
        "kept"
    );
}

#[cfg(unix)]
#[test]
fn export_through_a_symbolic_link_never_replaces_the_worksheet_it_names() {
    let folder = scratch("onto-link");
    let other = another_worksheet(&folder);
    let before = std::fs::read(&other).unwrap();
    let link = folder.join("amina.md");
    std::os::unix::fs::symlink(&other, &link).unwrap();
    let output = export_md_to(&link, &["--force"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(
        stderr_of(&output).contains("another worksheet"),
        "{output:?}"
    );
    assert_eq!(std::fs::read(&other).unwrap(), before);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn export_refuses_a_ron_name_even_for_a_new_file() {
    let folder = scratch("ron-name");
    for name in ["maria-notes.ron", "MARIA.RON"] {
        let out = folder.join(name);
        let output = export_md_to(&out, &["--force"]);
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        let error = stderr_of(&output);
        assert!(
            error.contains(".ron is for worksheets and formats; name the export .md or .ics"),
            "{error}"
        );
        assert!(!out.exists(), "{name} was written");
    }
    #[cfg(unix)]
    {
        let link = folder.join("notes.md");
        std::os::unix::fs::symlink("later.ron", &link).unwrap();
        let output = export_md_to(&link, &[]);
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        assert!(stderr_of(&output).contains(".ron is for worksheets"));
        assert!(!folder.join("later.ron").exists());
    }
}

#[test]
fn export_to_a_new_markdown_file_writes_it_for_the_user_only() {
    let folder = scratch("new-md");
    let out = folder.join("maria.md");
    let output = export_md_to(&out, &[]);
    assert!(output.status.success(), "{output:?}");
    assert!(output.stderr.is_empty(), "{output:?}");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.starts_with("# One-on-one worksheet: Maria López"),
        "{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
