//! The report of the session so far, on the trainer's console: per step
//! the planned and actual time, when it began, the pauses, the minutes
//! added, the overtime and what became of it, with a bar drawn to scale;
//! the totals and the drift; and where the report file is. Every figure
//! is text as well as a bar, so a screen reader (or a test) reads them all.

use std::path::Path;
use std::time::Duration;

use eframe::egui::{self, RichText, Sense, Stroke, StrokeKind, WidgetInfo};
use fluent::FluentValue;

use crate::i18n::{tr, tr_args};
use crate::report::render::{drift_line, outcome_label, signed_clock_or_blank};
use crate::report::{Report, StepReport};
use crate::scenario::clock_text;
use crate::ui::{Screen, theme};

/// The column headings, as a person (or a test) finds them.
fn headings() -> [String; 9] {
    [
        tr("console-report-step"),
        tr("console-report-planned"),
        tr("console-report-actual"),
        tr("console-report-began"),
        tr("console-report-paused"),
        tr("console-report-added"),
        tr("console-report-overtime"),
        String::new(),
        String::new(),
    ]
}

/// What a step's bar shows, each as a share of the longest bar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BarParts {
    /// The planned length, drawn as an outline.
    pub planned: f32,
    /// Time run up to the step's length as it stood, filled.
    pub within: f32,
    /// Time run past that length, waiting for the trainer, filled in the
    /// warning colour after `within`.
    pub past: f32,
}

impl BarParts {
    /// The parts of `step`'s bar when the longest bar stands for `longest`
    /// seconds.
    pub fn of(step: &StepReport, longest: u64) -> Self {
        if longest == 0 {
            return Self {
                planned: 0.0,
                within: 0.0,
                past: 0.0,
            };
        }
        let share = |seconds: u64| (seconds as f64 / longest as f64) as f32;
        let past = step.overtime_seconds.min(step.actual_seconds);
        Self {
            planned: share(step.planned_seconds),
            within: share(step.actual_seconds - past),
            past: share(past),
        }
    }
}

/// Draws the report, or before the start, that there is nothing to report
/// yet. `report` is the live one ([`crate::report::Keeper::report`]) and
/// `file` where it is being kept ([`crate::report::Keeper::path`]).
pub fn show(ui: &mut egui::Ui, screen: &Screen, report: Option<&Report>, file: Option<&Path>) {
    ui.scope(|ui| {
        let size = screen.sizes.laptop();
        theme::laptop_style(ui, size);
        let Some(report) = report else {
            ui.label(RichText::new(tr("console-report-heading")).font(theme::bold(size * 1.2)));
            ui.label(RichText::new(tr("console-report-nothing-yet")).color(screen.palette.muted));
            return;
        };
        let title = if report.finished {
            tr("console-report-heading")
        } else {
            tr("console-report-so-far")
        };
        ui.label(RichText::new(title).font(theme::bold(size * 1.2)));
        ui.label(RichText::new(status(report)).color(screen.palette.muted));
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("console report")
            .auto_shrink([false, true])
            .show(ui, |ui| {
                // Eight columns and a bar: in a narrow console the table
                // scrolls sideways rather than wrap a figure over lines.
                // Its widths are measured here, outside that scroll area,
                // whose content may be any width.
                let width = ui.available_width();
                egui::ScrollArea::horizontal()
                    .id_salt("console report table")
                    .show(ui, |ui| table(ui, screen, report, width));
                ui.add_space(size * 0.5);
                ui.label(RichText::new(drift_line(report)).strong());
                ui.add(
                    egui::Label::new(
                        RichText::new(tr("console-report-bars")).color(screen.palette.muted),
                    )
                    .wrap(),
                );
                for round in &report.tally {
                    ui.add_space(size * 0.5);
                    ui.label(
                        RichText::new(tr_args(
                            "console-report-tally",
                            &[(
                                "conversation",
                                FluentValue::from(round.conversation.as_str()),
                            )],
                        ))
                        .strong(),
                    );
                    for line in round.lines() {
                        ui.label(line);
                    }
                }
                let place = match file {
                    Some(path) => tr_args(
                        "console-report-file",
                        &[("path", FluentValue::from(path.display().to_string()))],
                    ),
                    None => tr("console-report-file-not-yet"),
                };
                ui.add(egui::Label::new(RichText::new(place).color(screen.palette.muted)).wrap());
            });
    });
}

/// "Started 18:30:00 · 7:30 so far", or how long it took.
fn status(report: &Report) -> String {
    let times = [
        (
            "started",
            FluentValue::from(report.started.format("%H:%M:%S").to_string()),
        ),
        (
            "elapsed",
            FluentValue::from(clock(report.totals.elapsed_seconds)),
        ),
    ];
    if report.finished {
        tr_args("console-report-status-finished", &times)
    } else {
        tr_args("console-report-status-running", &times)
    }
}

/// The table, its titles and bars sized for a pane `width` wide.
fn table(ui: &mut egui::Ui, screen: &Screen, report: &Report, width: f32) {
    let palette = screen.palette;
    let longest = report
        .steps
        .iter()
        .map(|step| step.planned_seconds.max(step.actual_seconds))
        .max()
        .unwrap_or(0);
    let bar_width = (width * 0.22).clamp(60.0, screen.sizes.laptop() * 14.0);
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
    let headings = headings();
    egui::Grid::new("console report rows")
        .num_columns(headings.len())
        .max_col_width(width * 0.35)
        .striped(true)
        .show(ui, |ui| {
            for heading in headings {
                ui.label(RichText::new(heading).color(palette.muted));
            }
            ui.end_row();
            for step in &report.steps {
                ui.add(egui::Label::new(&step.title).truncate());
                ui.label(clock(step.planned_seconds));
                ui.label(clock(step.actual_seconds));
                ui.label(
                    step.start
                        .map(|t| t.format("%H:%M:%S").to_string())
                        .unwrap_or_default(),
                );
                ui.label(paused(step));
                ui.label(signed_clock_or_blank(step.added_seconds));
                ui.label(
                    RichText::new(blank_if_zero(step.overtime_seconds)).color(palette.warning),
                );
                ui.label(RichText::new(outcome_label(step.outcome)).color(palette.muted));
                bar(ui, screen, step, longest, bar_width);
                ui.end_row();
            }
            let totals = &report.totals;
            ui.label(RichText::new(tr("console-report-total")).strong());
            ui.label(RichText::new(clock(totals.planned_seconds)).strong());
            ui.label(RichText::new(clock(totals.actual_seconds)).strong());
            ui.label("");
            ui.label(blank_if_zero(totals.paused_seconds));
            ui.label(signed_clock_or_blank(totals.added_seconds));
            ui.label(RichText::new(blank_if_zero(totals.overtime_seconds)).color(palette.warning));
            ui.label("");
            ui.label("");
            ui.end_row();
        });
}

/// "2:00 in 1 pause", "3:10 in 2 pauses", or nothing.
fn paused(step: &StepReport) -> String {
    match step.pauses {
        0 => blank_if_zero(step.paused_seconds),
        pauses => tr_args(
            "console-report-pauses",
            &[
                ("time", FluentValue::from(clock(step.paused_seconds))),
                ("pauses", FluentValue::from(pauses)),
            ],
        ),
    }
}

/// One step's bar, to the scale of the longest, with its figures as its
/// accessible name.
fn bar(ui: &mut egui::Ui, screen: &Screen, step: &StepReport, longest: u64, width: f32) {
    let palette = screen.palette;
    let height = screen.sizes.laptop() * 0.9;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), Sense::hover());
    let parts = BarParts::of(step, longest);
    let part = |from: f32, share: f32| {
        egui::Rect::from_min_size(
            rect.left_top() + egui::vec2(from * width, 0.0),
            egui::vec2(share * width, height),
        )
    };
    let painter = ui.painter();
    painter.rect_filled(part(0.0, parts.within), 2.0, palette.accent);
    painter.rect_filled(part(parts.within, parts.past), 2.0, palette.warning);
    // Over the fill, so the planned end stays visible on a bar run past it.
    painter.rect_stroke(
        part(0.0, parts.planned),
        2.0,
        Stroke::new(1.5, palette.text),
        StrokeKind::Inside,
    );
    let name = bar_name(step);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, &name));
}

/// "Bar: Feedback ran 2:30 of 2:00 planned, 0:30 past its length".
fn bar_name(step: &StepReport) -> String {
    let args = [
        ("title", FluentValue::from(step.title.as_str())),
        ("actual", FluentValue::from(clock(step.actual_seconds))),
        ("planned", FluentValue::from(clock(step.planned_seconds))),
        ("over", FluentValue::from(clock(step.overtime_seconds))),
    ];
    if step.overtime_seconds > 0 {
        tr_args("console-report-bar-over", &args)
    } else {
        tr_args("console-report-bar", &args)
    }
}

fn clock(seconds: u64) -> String {
    clock_text(Duration::from_secs(seconds))
}

fn blank_if_zero(seconds: u64) -> String {
    if seconds == 0 {
        String::new()
    } else {
        clock(seconds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Outcome;

    fn step(planned: u64, actual: u64, overtime: u64) -> StepReport {
        StepReport {
            title: "Feedback".into(),
            planned_seconds: planned,
            actual_seconds: actual,
            start: None,
            paused_seconds: 0,
            pauses: 0,
            added_seconds: 0,
            overtime_seconds: overtime,
            outcome: Outcome::Completed,
        }
    }

    #[test]
    fn a_bar_is_to_the_scale_of_the_longest_step() {
        let parts = BarParts::of(&step(120, 150, 30), 600);
        assert_eq!(
            parts,
            BarParts {
                planned: 0.2,
                within: 0.2,
                past: 0.05
            }
        );
        assert_eq!(BarParts::of(&step(0, 0, 0), 0).planned, 0.0);
        assert_eq!(
            bar_name(&step(120, 150, 30)),
            "Bar: Feedback ran 2:30 of 2:00 planned, 0:30 past its length"
        );
    }

    #[test]
    fn a_bar_reads_in_spanish() {
        crate::i18n::set_language(crate::i18n::Language::Spanish);
        assert_eq!(
            bar_name(&step(120, 150, 30)),
            "Barra: Feedback duró 2:30 de 2:00 previstos, 0:30 más allá de su duración"
        );
        assert_eq!(
            bar_name(&step(120, 90, 0)),
            "Barra: Feedback duró 1:30 de 2:00 previstos"
        );
        crate::i18n::set_language(crate::i18n::Language::English);
    }
}
