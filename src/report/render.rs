//! A report printed three ways: text for the terminal (aligned columns and
//! a bar per step), Markdown to print or share, and CSV for a spreadsheet.
//! The caller prints through [`crate::terminal`].

use std::fmt::Write as _;

use super::{Outcome, Report, StepReport};
use crate::markdown::{cell, inline};

/// How `one-on-one report` prints a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns and bars, for the terminal.
    Text,
    /// A Markdown table.
    Markdown,
    /// One row per step, for a spreadsheet.
    Csv,
}

impl Format {
    /// `report` in this format.
    pub fn render(self, report: &Report) -> String {
        match self {
            Format::Text => text(report),
            Format::Markdown => markdown(report),
            Format::Csv => csv(report),
        }
    }
}

/// The CSV header, one column per figure of a step.
pub const CSV_HEADER: &str =
    "title,planned_seconds,actual_seconds,start_time,paused_seconds,minutes_added,overtime_seconds";

/// Widest a title column gets in the text; longer titles are cut with `…`.
const TITLE_CHARS: usize = 32;
/// Characters a bar takes for the longest step.
const BAR_CHARS: usize = 24;

/// The report for the terminal: a line on the session, then one line per
/// step with its figures and a bar (`█` run within the plan, `▓` run past
/// it, `░` planned but not run), the totals, and the drift.
pub fn text(report: &Report) -> String {
    let title_width = report
        .steps
        .iter()
        .map(|s| s.title.chars().count())
        .max()
        .unwrap_or(0)
        .clamp("total".len(), TITLE_CHARS);
    let longest = report
        .steps
        .iter()
        .map(|s| s.planned_seconds.max(s.actual_seconds))
        .max()
        .unwrap_or(0);

    let mut out = String::new();
    let _ = writeln!(out, "{}", inline(&report.scenario));
    let _ = writeln!(out, "{}", status_line(report));
    out.push('\n');
    let row = |title: &str, figures: [&str; 6]| {
        let [planned, actual, start, paused, added, over] = figures;
        format!(
            "{title:<title_width$}  {planned:>7}  {actual:>7}  {start:>8}  {paused:>7}  {added:>6}  {over:>8}"
        )
    };
    let _ = writeln!(
        out,
        "{}",
        row(
            "step",
            ["planned", "actual", "began", "paused", "added", "overtime"]
        )
        .trim_end()
    );
    for step in &report.steps {
        let start = began(step);
        let figures = [
            &clock(step.planned_seconds),
            &clock(step.actual_seconds),
            start.as_str(),
            &blank_if_zero(step.paused_seconds, clock),
            &signed_clock_or_blank(step.added_seconds),
            &blank_if_zero(step.overtime_seconds, clock),
        ];
        let bar = bar(step, longest);
        let mut line = format!(
            "{}  {bar:<BAR_CHARS$}",
            row(&fit(&step.title, title_width), figures)
        );
        if let Some(word) = outcome_word(step.outcome) {
            let _ = write!(line, "  {word}");
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let totals = &report.totals;
    let _ = writeln!(
        out,
        "{}",
        row(
            "total",
            [
                &clock(totals.planned_seconds),
                &clock(totals.actual_seconds),
                "",
                &blank_if_zero(totals.paused_seconds, clock),
                &signed_clock_or_blank(totals.added_seconds),
                &blank_if_zero(totals.overtime_seconds, clock),
            ]
        )
        .trim_end()
    );
    out.push('\n');
    let _ = writeln!(out, "{}", drift_line(report));
    let _ = writeln!(
        out,
        "bars: █ ran within the plan, ▓ ran past it, ░ planned but not run"
    );
    for round in &report.tally {
        let _ = writeln!(
            out,
            "\nhow far the pairs got, {}:",
            inline(&round.conversation)
        );
        for line in round.lines() {
            let _ = writeln!(out, "  {}", inline(&line));
        }
    }
    out
}

/// The report as Markdown: a heading, when it ran, a table, and the drift.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Session report: {}\n", inline(&report.scenario));
    let _ = writeln!(out, "{}\n", status_line(report));
    let _ = writeln!(
        out,
        "| Step | Planned | Actual | Began | Paused | Added | Overtime | |"
    );
    let _ = writeln!(
        out,
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    );
    for step in &report.steps {
        let start = began(step);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {start} | {} | {} | {} | {} |",
            cell(&step.title),
            clock(step.planned_seconds),
            clock(step.actual_seconds),
            blank_if_zero(step.paused_seconds, clock),
            signed_clock_or_blank(step.added_seconds),
            blank_if_zero(step.overtime_seconds, clock),
            outcome_word(step.outcome).unwrap_or_default(),
        );
    }
    let totals = &report.totals;
    let _ = writeln!(
        out,
        "| **Total** | **{}** | **{}** | | {} | {} | {} | |",
        clock(totals.planned_seconds),
        clock(totals.actual_seconds),
        blank_if_zero(totals.paused_seconds, clock),
        signed_clock_or_blank(totals.added_seconds),
        blank_if_zero(totals.overtime_seconds, clock),
    );
    let _ = writeln!(out, "\n{}", drift_line(report));
    for round in &report.tally {
        let _ = writeln!(
            out,
            "\n## How far the pairs got: {}\n",
            inline(&round.conversation)
        );
        for line in round.lines() {
            let _ = writeln!(out, "- {}", inline(&line));
        }
    }
    out
}

/// One row per step under [`CSV_HEADER`]: seconds as whole numbers, the
/// start as `HH:MM:SS` (empty for a step that never ran), minutes added as
/// a number that may have decimals (a cut stopped at what had run is less
/// than a minute).
pub fn csv(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{CSV_HEADER}");
    for step in &report.steps {
        let start = began(step);
        let _ = writeln!(
            out,
            "{},{},{},{start},{},{},{}",
            csv_field(&step.title),
            step.planned_seconds,
            step.actual_seconds,
            step.paused_seconds,
            minutes(step.added_seconds),
            step.overtime_seconds,
        );
    }
    out
}

/// A CSV field as RFC 4180 has it: quoted, with quotes doubled, when it
/// holds a comma, a quote or a line break (or spaces at its ends, which
/// some readers trim).
fn csv_field(text: &str) -> String {
    let needs_quotes =
        text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Seconds as minutes: `1`, `-1`, `0.5`, `-0.62`.
fn minutes(seconds: i64) -> String {
    if seconds % 60 == 0 {
        return (seconds / 60).to_string();
    }
    let text = format!("{:.2}", seconds as f64 / 60.0);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// When the session started, and how it ended or how far the report goes.
fn status_line(report: &Report) -> String {
    let started = report.started.format("%A %-d %B %Y at %H:%M:%S");
    let elapsed = clock(report.totals.elapsed_seconds);
    if report.finished {
        format!("Started {started}; finished after {elapsed}.")
    } else {
        format!(
            "Started {started}; not finished: this covers the first {elapsed} (the app was closed, stopped, or is still running)."
        )
    }
}

/// How far off the plan the session ended, or is set to end.
pub(crate) fn drift_line(report: &Report) -> String {
    let drift = report.totals.drift_seconds;
    let by = clock(drift.unsigned_abs());
    let ended = if report.finished {
        "ended"
    } else {
        "is set to end"
    };
    match drift {
        0 => format!("drift 0:00: the session {ended} on time"),
        d if d > 0 => format!("drift +{by}: the session {ended} {by} later than planned"),
        _ => format!("drift -{by}: the session {ended} {by} earlier than planned"),
    }
}

/// The word after a step that did not simply run its time.
pub(crate) fn outcome_word(outcome: Outcome) -> Option<&'static str> {
    match outcome {
        Outcome::Completed => None,
        Outcome::Skipped => Some("skipped"),
        Outcome::InProgress => Some("in progress"),
        Outcome::NotReached => Some("not reached"),
    }
}

/// Seconds as a countdown shows them: `8:00`, `1:02:03`.
fn clock(seconds: u64) -> String {
    crate::scenario::clock_text(std::time::Duration::from_secs(seconds))
}

fn blank_if_zero(seconds: u64, show: fn(u64) -> String) -> String {
    if seconds == 0 {
        String::new()
    } else {
        show(seconds)
    }
}

/// `+1:00`, `-0:37`, or nothing for no change.
pub(crate) fn signed_clock_or_blank(seconds: i64) -> String {
    match seconds {
        0 => String::new(),
        s if s > 0 => format!("+{}", clock(s.unsigned_abs())),
        s => format!("-{}", clock(s.unsigned_abs())),
    }
}

/// `title` in at most `width` characters, cut with `…`.
fn fit(title: &str, width: usize) -> String {
    let title = inline(title);
    if title.chars().count() <= width {
        return title;
    }
    let mut cut: String = title.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// A step drawn to scale: its run time within the plan, past it, and the
/// planned time it did not run.
fn bar(step: &StepReport, longest: u64) -> String {
    let cells = |seconds: u64| -> usize {
        if longest == 0 {
            return 0;
        }
        let scaled = (u128::from(seconds) * BAR_CHARS as u128 + u128::from(longest) / 2)
            / u128::from(longest);
        usize::try_from(scaled).unwrap_or(BAR_CHARS)
    };
    let within = cells(step.actual_seconds.min(step.planned_seconds));
    let past = cells(step.actual_seconds).saturating_sub(within);
    let short = cells(step.planned_seconds).saturating_sub(within);
    format!(
        "{}{}{}",
        "█".repeat(within),
        "▓".repeat(past),
        "░".repeat(short)
    )
}

/// When a step first began, as `HH:MM:SS`; empty for one that never ran.
fn began(step: &StepReport) -> String {
    step.start
        .map(|t| t.format("%H:%M:%S").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_they_must_be() {
        assert_eq!(csv_field("Gather your team"), "Gather your team");
        assert_eq!(csv_field("Round 1, talk"), "\"Round 1, talk\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn minutes_are_whole_unless_a_cut_was_stopped_short() {
        assert_eq!(minutes(60), "1");
        assert_eq!(minutes(-120), "-2");
        assert_eq!(minutes(0), "0");
        assert_eq!(minutes(30), "0.5");
        assert_eq!(minutes(-37), "-0.62");
    }

    #[test]
    fn titles_are_cut_to_fit_with_an_ellipsis() {
        assert_eq!(fit("Round 1 · conversation", 10), "Round 1 ·…");
        assert_eq!(fit("Short", 10), "Short");
        assert_eq!(fit("two\nlines", 20), "two lines");
    }
}
