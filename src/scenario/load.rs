//! Reading a scenario from RON text or a file, with every problem reported as
//! `file:line:column: message` so a trainer can go straight to the mistake.

use std::fmt;
use std::path::Path;

use fluent::FluentValue;

use super::Scenario;
use super::locate::{PathPart, Position, locate_all, position_of};
use super::validate::{Findings, measure, validate_at_most};
use crate::i18n::{tr, tr_args};

/// The built-in 25-minute breakout, compiled in so the app starts with no
/// files around it.
pub const BUILT_IN_BREAKOUT: &str = include_str!("../../scenarios/breakout-25.ron");

/// The name the built-in breakout is reported under in errors and listings.
const BUILT_IN_NAME: &str = "scenarios/breakout-25.ron (built in)";

/// Files larger than this are refused before parsing: no agenda comes near it,
/// and reading a huge file by mistake should not stall the app.
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// The most problems reported for one file; past it, one line says how many
/// more there were. A screenful is as many as anyone fixes before checking
/// again, and a file with a mistake in each of its many values should not
/// take long, or much memory, to report.
pub const MAX_PROBLEMS: usize = 50;

/// One thing wrong with a scenario, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Line, from 1; `None` when the problem is with the file as a whole.
    pub line: Option<usize>,
    /// Column, from 1.
    pub column: Option<usize>,
    /// What is wrong, in words that say what was expected.
    pub message: String,
}

/// Why a scenario could not be used: the file and each problem in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioError {
    /// The file as the user named it.
    pub file: String,
    /// Everything found wrong, in file order where positions are known.
    pub problems: Vec<Problem>,
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            match (problem.line, problem.column) {
                (Some(line), Some(column)) => {
                    write!(f, "{}:{line}:{column}: {}", self.file, problem.message)?
                }
                _ => write!(f, "{}: {}", self.file, problem.message)?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for ScenarioError {}

impl Problem {
    fn at(position: Option<Position>, message: impl Into<String>) -> Self {
        Self {
            line: position.map(|p| p.line),
            column: position.map(|p| p.column),
            message: message.into(),
        }
    }
}

/// The built-in breakout. It is checked by the test suite, so failing here
/// would be a build mistake rather than a user's.
pub fn built_in_breakout() -> Scenario {
    match parse(BUILT_IN_BREAKOUT, BUILT_IN_NAME) {
        Ok(scenario) => scenario,
        Err(error) => panic!("the built-in scenario is broken:\n{error}"),
    }
}

/// Reads and validates the scenario in `path`.
pub fn load_file(path: &Path) -> Result<Scenario, ScenarioError> {
    let name = path.display().to_string();
    let whole_file = |message: String| ScenarioError {
        file: name.clone(),
        problems: vec![Problem::at(None, message)],
    };
    let cannot_read = |e: std::io::Error| {
        whole_file(tr_args(
            "files-cannot-read",
            &[("error", FluentValue::from(e.to_string()))],
        ))
    };
    let size = std::fs::metadata(path).map_err(cannot_read)?.len();
    if size > MAX_FILE_BYTES {
        return Err(whole_file(tr_args(
            "scenario-file-too-big",
            &[
                ("size", FluentValue::from(size)),
                ("most", FluentValue::from(MAX_FILE_BYTES)),
            ],
        )));
    }
    let bytes = std::fs::read(path).map_err(cannot_read)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let position = position_of_bytes(e.as_bytes(), e.utf8_error().valid_up_to());
        ScenarioError {
            file: name.clone(),
            problems: vec![Problem::at(Some(position), tr("files-not-utf8"))],
        }
    })?;
    parse(&text, &name)
}

fn position_of_bytes(bytes: &[u8], valid_up_to: usize) -> Position {
    let valid = std::str::from_utf8(&bytes[..valid_up_to]).unwrap_or_default();
    position_of(valid, valid.len())
}

/// Parses and validates scenario text; `file` names it in errors. How big
/// its plan could grow is measured first, and a file over the limits is
/// refused before its steps are built, so no file under the size cap costs
/// much memory however it is written.
pub fn parse(text: &str, file: &str) -> Result<Scenario, ScenarioError> {
    let syntax = |e: ron::error::SpannedError| ScenarioError {
        file: file.to_string(),
        problems: vec![Problem {
            line: Some(e.span.start.line),
            column: Some(e.span.start.col),
            message: sentence_case(&e.code.to_string()),
        }],
    };
    let mut findings = measure(text, MAX_PROBLEMS).map_err(syntax)?;
    if findings.is_empty() {
        let scenario: Scenario = super::text::options().from_str(text).map_err(syntax)?;
        findings = validate_at_most(&scenario, MAX_PROBLEMS);
        if findings.is_empty() {
            return Ok(scenario);
        }
    }
    Err(ScenarioError {
        file: file.to_string(),
        problems: problems(text, findings),
    })
}

/// The findings as problems with their places, in file order, and a last
/// line counting the ones not kept.
fn problems(text: &str, findings: Findings) -> Vec<Problem> {
    let paths: Vec<&[PathPart]> = findings.kept.iter().map(|f| f.path.as_slice()).collect();
    let positions = locate_all(text, &paths);
    let mut problems: Vec<Problem> = findings
        .kept
        .into_iter()
        .zip(positions)
        .map(|(finding, position)| Problem::at(position, finding.message))
        .collect();
    problems.sort_by_key(|p| (p.line.unwrap_or(usize::MAX), p.column.unwrap_or(0)));
    if findings.more > 0 {
        problems.push(Problem::at(
            None,
            tr_args(
                "scenario-more-problems",
                &[("count", FluentValue::from(findings.more))],
            ),
        ));
    }
    problems
}

/// ron's messages start with a capital ("Expected colon"); ours continue a
/// `file:line:col:` prefix, so they read better in lower case.
fn sentence_case(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Where a validation finding points in the file.
pub(super) struct Finding {
    pub path: Vec<PathPart>,
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_breakout_loads() {
        let scenario = built_in_breakout();
        assert_eq!(scenario.total().as_secs(), 25 * 60);
    }

    /// A small file: two people listed, up to `to` by choice, one step,
    /// then `rounds` steps in a round for each person.
    fn with_a_round(to: usize, listed: usize, rounds: usize) -> String {
        let people: String = (1..=listed)
            .map(|i| format!("Participant(id: \"P{i}\", name: \"\"), "))
            .collect();
        let steps = "Step(title: \"Talk\", duration: \"1m\"), ".repeat(rounds);
        format!(
            "Scenario(\n  format: 1,\n  name: \"x\",\n  participants: [{people}],\n  people: Choose(from: 1, to: {to}),\n  steps: [\n    Step(title: \"Open\", duration: \"1m\"),\n    Rounds(steps: [{steps}]),\n  ],\n)"
        )
    }

    #[test]
    fn the_largest_round_thirty_people_can_run_loads() {
        // One step, then 33 steps for each of 30 people: 991 steps.
        assert!(parse(&with_a_round(30, 2, 33), "my.ron").is_ok());
    }

    #[test]
    fn a_round_too_long_for_thirty_people_is_refused_at_the_round() {
        let error = parse(&with_a_round(30, 2, 34), "my.ron").unwrap_err();
        assert_eq!(
            error.to_string(),
            "my.ron:8:5: these rounds run once for each of up to 30 people (34 steps each), so the agenda reaches 1021 steps here; a plan may have at most 1000"
        );
    }

    #[test]
    fn thirty_one_people_listed_are_refused_at_the_list() {
        let error = parse(&with_a_round(31, 31, 1), "my.ron").unwrap_err();
        let lines: Vec<String> = error.to_string().lines().map(String::from).collect();
        assert_eq!(
            lines[0],
            "my.ron:4:17: 31 participants are listed; a workshop may have at most 30"
        );
    }

    /// A file whose `untitled` steps each have an empty title.
    fn untitled(untitled: usize) -> String {
        let steps = "Step(title: \"\", duration: \"1m\"),\n".repeat(untitled);
        format!(
            "Scenario(format: 1, name: \"x\", participants: [Participant(id: \"A\", name: \"A\")],\nsteps: [\n{steps}])"
        )
    }

    #[test]
    fn problems_past_the_limit_are_counted_in_the_language_spoken() {
        use crate::i18n::{Language, set_language};
        let last_line = |text: &str| {
            let error = parse(text, "my.ron").unwrap_err().to_string();
            error.lines().last().map(String::from).unwrap_or_default()
        };
        set_language(Language::Spanish);
        let one = last_line(&untitled(MAX_PROBLEMS + 1));
        let two = last_line(&untitled(MAX_PROBLEMS + 2));
        let duration = parse(
            "Scenario(format: 1, name: \"x\", participants: [Participant(id: \"A\", name: \"A\")],\nsteps: [Step(title: \"t\", duration: \"-2m\")])",
            "my.ron",
        )
        .unwrap_err()
        .to_string();
        set_language(Language::English);
        assert_eq!(
            one,
            "my.ron: y 1 problema más sin mostrar; corrige estos y vuelve a comprobarlo"
        );
        assert_eq!(
            two,
            "my.ron: y 2 problemas más sin mostrar; corrige estos y vuelve a comprobarlo"
        );
        assert_eq!(
            last_line(&untitled(MAX_PROBLEMS + 1)),
            "my.ron: and 1 more problem not shown; fix these and check again"
        );
        assert!(duration.starts_with("my.ron:2:"), "{duration}");
        assert!(
            duration.ends_with(
                ": se esperaba una duración como \"8m\", \"90s\" o \"1m30s\", pero se encontró \"-2m\""
            ),
            "{duration}"
        );
    }

    #[test]
    fn a_syntax_error_names_line_and_column() {
        let error = parse("Scenario(\n  format: 1\n  name: \"x\",\n)", "my.ron").unwrap_err();
        assert_eq!(error.to_string(), "my.ron:3:3: expected comma");
    }
}
