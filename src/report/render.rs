//! A report printed three ways: text for the terminal (aligned columns and
//! a bar per step), Markdown to print or share, and CSV for a spreadsheet,
//! each with its headings in the language spoken (a spreadsheet opened in
//! Spanish gets Spanish column names); the figures and times stay as they
//! are. The caller prints through [`crate::terminal`].

use std::fmt::Write as _;

use fluent::FluentValue;

use super::{Outcome, Report, StepReport};
use crate::i18n::{dates, tr, tr_args};
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

/// The CSV header, one column per figure of a step, in the language
/// spoken: `title,planned_seconds,...` in English.
pub fn csv_header() -> String {
    tr("report-csv-header")
}

/// The narrowest each figure's column is in the text, whatever its
/// heading: planned, actual, began, paused, added, overtime.
const FIGURE_WIDTHS: [usize; 6] = [7, 7, 8, 7, 6, 8];

/// Widest a title column gets in the text; longer titles are cut with `…`.
const TITLE_CHARS: usize = 32;
/// Characters a bar takes for the longest step.
const BAR_CHARS: usize = 24;

/// The report for the terminal: a line on the session, then one line per
/// step with its figures and a bar (`█` run within the plan, `▓` run past
/// it, `░` planned but not run), the totals, and the drift.
pub fn text(report: &Report) -> String {
    let total = tr("report-column-total");
    let headings = [
        tr("report-column-planned"),
        tr("report-column-actual"),
        tr("report-column-began"),
        tr("report-column-paused"),
        tr("report-column-added"),
        tr("report-column-overtime"),
    ];
    // A heading longer than its figures widens its column.
    let widths: [usize; 6] =
        std::array::from_fn(|i| FIGURE_WIDTHS[i].max(headings[i].chars().count()));
    let title_width = report
        .steps
        .iter()
        .map(|s| s.title.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(
            total.chars().count(),
            TITLE_CHARS.max(total.chars().count()),
        );
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
        let mut line = format!("{title:<title_width$}");
        for (figure, width) in figures.iter().zip(widths) {
            let _ = write!(line, "  {figure:>width$}");
        }
        line
    };
    let _ = writeln!(
        out,
        "{}",
        row(
            &tr("report-column-step"),
            headings.each_ref().map(String::as_str)
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
            &total,
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
    let _ = writeln!(out, "{}", tr("report-bars"));
    for round in &report.tally {
        let conversation = inline(&round.conversation);
        let _ = writeln!(
            out,
            "\n{}",
            tr_args(
                "report-tally-text",
                &[("conversation", conversation.into())]
            )
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
    let title = tr_args(
        "report-title",
        &[("scenario", inline(&report.scenario).into())],
    );
    let _ = writeln!(out, "# {title}\n");
    let _ = writeln!(out, "{}\n", status_line(report));
    let headings = [
        tr("report-heading-step"),
        tr("report-heading-planned"),
        tr("report-heading-actual"),
        tr("report-heading-began"),
        tr("report-heading-paused"),
        tr("report-heading-added"),
        tr("report-heading-overtime"),
    ];
    let _ = writeln!(out, "| {} | |", headings.join(" | "));
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
        "| **{}** | **{}** | **{}** | | {} | {} | {} | |",
        tr("report-heading-total"),
        clock(totals.planned_seconds),
        clock(totals.actual_seconds),
        blank_if_zero(totals.paused_seconds, clock),
        signed_clock_or_blank(totals.added_seconds),
        blank_if_zero(totals.overtime_seconds, clock),
    );
    let _ = writeln!(out, "\n{}", drift_line(report));
    for round in &report.tally {
        let conversation = inline(&round.conversation);
        let _ = writeln!(
            out,
            "\n## {}\n",
            tr_args(
                "report-tally-heading",
                &[("conversation", conversation.into())]
            )
        );
        for line in round.lines() {
            let _ = writeln!(out, "- {}", inline(&line));
        }
    }
    out
}

/// One row per step under [`csv_header`]: seconds as whole numbers, the
/// start as `HH:MM:SS` (empty for a step that never ran), minutes added as
/// a number that may have decimals (a cut stopped at what had run is less
/// than a minute).
pub fn csv(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", csv_header());
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
    let started = tr_args(
        "report-started-at",
        &[
            ("date", dates::long_date(&report.started).into()),
            ("time", report.started.format("%H:%M:%S").to_string().into()),
        ],
    );
    let args = [
        ("started", FluentValue::from(started)),
        (
            "elapsed",
            FluentValue::from(clock(report.totals.elapsed_seconds)),
        ),
    ];
    if report.finished {
        tr_args("report-finished", &args)
    } else {
        tr_args("report-unfinished", &args)
    }
}

/// How far off the plan the session ended, or is set to end.
pub(crate) fn drift_line(report: &Report) -> String {
    let drift = report.totals.drift_seconds;
    let args = [
        ("by", FluentValue::from(clock(drift.unsigned_abs()))),
        (
            "finished",
            FluentValue::from(if report.finished { "yes" } else { "no" }),
        ),
    ];
    match drift {
        0 => tr_args("report-drift-on-time", &args),
        d if d > 0 => tr_args("report-drift-late", &args),
        _ => tr_args("report-drift-early", &args),
    }
}

/// The word after a step that did not simply run its time.
pub(crate) fn outcome_word(outcome: Outcome) -> Option<String> {
    match outcome {
        Outcome::Completed => None,
        _ => Some(outcome_label(outcome)),
    }
}

/// What became of a step, in a word or two: "completed", "skipped".
pub(crate) fn outcome_label(outcome: Outcome) -> String {
    match outcome {
        Outcome::Completed => tr("report-outcome-completed"),
        Outcome::Skipped => tr("report-outcome-skipped"),
        Outcome::InProgress => tr("report-outcome-in-progress"),
        Outcome::NotReached => tr("report-outcome-not-reached"),
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
    use crate::i18n::{Language, set_language};
    use crate::report::{FORMAT_VERSION, Totals};
    use crate::room::tally::{ActCount, RoundTally};

    /// Two steps begun on a Monday evening, the second still running
    /// and already in overtime.
    fn small_report() -> Report {
        let step = |title: &str, start: u32, outcome| StepReport {
            title: title.into(),
            planned_seconds: 180,
            actual_seconds: 240,
            start: chrono::NaiveTime::from_hms_opt(18, start, 0),
            paused_seconds: 0,
            pauses: 0,
            added_seconds: 60,
            overtime_seconds: 60,
            outcome,
        };
        Report {
            format: FORMAT_VERSION,
            scenario: "Breakout".into(),
            started: chrono::DateTime::parse_from_rfc3339("2026-11-23T18:30:00+01:00").unwrap(),
            finished: false,
            steps: vec![
                step("Gather", 30, Outcome::Completed),
                step("Round 1", 34, Outcome::InProgress),
            ],
            totals: Totals {
                planned_seconds: 360,
                actual_seconds: 480,
                paused_seconds: 0,
                added_seconds: 120,
                overtime_seconds: 120,
                elapsed_seconds: 480,
                drift_seconds: 125,
            },
            tally: vec![RoundTally {
                round: 1,
                conversation: "Round 1".into(),
                voters: 2,
                reached: vec![ActCount {
                    act: "Attention".into(),
                    pairs: 2,
                }],
            }],
        }
    }

    /// `report` in `format`, in Spanish.
    fn in_spanish(format: Format, report: &Report) -> String {
        set_language(Language::Spanish);
        let text = format.render(report);
        set_language(Language::English);
        text
    }

    #[test]
    fn in_spanish_the_text_report_has_spanish_columns_still_aligned() {
        let text = in_spanish(Format::Text, &small_report());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[1],
            "Empezó el lunes 23 de noviembre de 2026 a las 18:30:00; sin terminar: esto cubre \
             los primeros 8:00 (la aplicación se cerró, se detuvo o sigue en marcha)."
        );
        // A heading longer than its figures widens its column, and each
        // figure still ends under the end of its heading.
        assert_eq!(
            lines[3],
            "paso     previsto     real    inicio    pausa  añadido  tiempo extra"
        );
        assert_eq!(
            lines[5],
            "Round 1      3:00     4:00  18:34:00             +1:00          1:00  \
             ██████████████████▓▓▓▓▓▓  en curso"
        );
        assert!(lines[6].starts_with("total        6:00     8:00"), "{text}");
        assert!(
            text.contains(
                "\ndesfase +2:05: la sesión va a terminar 2:05 más tarde de lo previsto\nbarras: █"
            ),
            "{text}"
        );
        assert!(text.contains("\nhasta dónde llegaron las parejas, Round 1:\n"));
    }

    #[test]
    fn in_spanish_the_markdown_and_csv_headings_are_spanish() {
        let mut report = small_report();
        report.finished = true;
        let markdown = in_spanish(Format::Markdown, &report);
        assert!(
            markdown.starts_with(
                "# Informe de la sesión: Breakout\n\nEmpezó el lunes 23 de noviembre de 2026 a las 18:30:00; terminó tras 8:00.\n\n\
                 | Paso | Previsto | Real | Inicio | Pausa | Añadido | Tiempo extra | |\n"
            ),
            "{markdown}"
        );
        assert!(
            markdown.contains("\n| **Total** | **6:00** |"),
            "{markdown}"
        );
        assert!(markdown.contains("la sesión terminó 2:05 más tarde de lo previsto"));
        assert!(markdown.contains("\n## Hasta dónde llegaron las parejas: Round 1\n"));

        let csv = in_spanish(Format::Csv, &report);
        assert_eq!(
            csv.lines().next(),
            Some(
                "título,segundos_previstos,segundos_reales,hora_de_inicio,segundos_en_pausa,\
                 minutos_añadidos,segundos_de_tiempo_extra"
            )
        );
        assert_eq!(csv.lines().nth(2), Some("Round 1,180,240,18:34:00,0,1,60"));
        assert_eq!(
            Format::Csv.render(&report).lines().next(),
            Some(
                "title,planned_seconds,actual_seconds,start_time,paused_seconds,minutes_added,overtime_seconds"
            ),
            "English again once the language is back"
        );
    }

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
