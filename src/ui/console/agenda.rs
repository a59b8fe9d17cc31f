//! The whole agenda on the trainer's console, one row per step, in times of
//! day as the clock on the wall shows them: when each step was planned to
//! begin, when it did, and how far it put the session off the plan; the
//! current step marked; how far off the plan the session runs and when it
//! is set to finish. Drawn from a [`Timetable`] the window makes once per
//! update.

use eframe::egui::{self, RichText};

use crate::i18n::tr;
use crate::report::Outcome;
use crate::report::timetable::{Row, Standing, Timetable, clock_time, signed_span};
use crate::scenario::clock_text;
use crate::ui::{Screen, theme};

/// The column headings, as a person (or a test) finds them.
fn headings() -> [String; 7] {
    [
        String::new(),
        "#".to_string(),
        tr("console-agenda-step"),
        tr("console-agenda-length"),
        tr("console-agenda-planned-start"),
        tr("console-agenda-began"),
        tr("console-agenda-over-under"),
    ]
}

/// Draws the drift and finish line, then the agenda as a table that
/// scrolls when it is longer than the pane (a circle has a step per voice).
pub fn show(ui: &mut egui::Ui, screen: &Screen, timetable: &Timetable) {
    // A scope, so the laptop type stays in this pane wherever it is placed.
    ui.scope(|ui| {
        let size = screen.sizes.laptop();
        theme::laptop_style(ui, size);
        ui.label(RichText::new(tr("console-agenda-heading")).font(theme::bold(size * 1.2)));
        standing(ui, screen, timetable);
        ui.separator();
        // Sideways too: in a narrow console the times scroll into view
        // rather than wrap a letter to a line.
        // Measured outside the scroll area, whose content may be any width.
        let width = ui.available_width();
        egui::ScrollArea::both()
            .id_salt("console agenda")
            .auto_shrink([false, true])
            .show(ui, |ui| table(ui, screen, timetable, width));
    });
}

fn standing(ui: &mut egui::Ui, screen: &Screen, timetable: &Timetable) {
    let palette = screen.palette;
    // The words carry the meaning; the colour only repeats it.
    let colour = match timetable.standing {
        Standing::Running { drift_seconds } | Standing::Finished { drift_seconds }
            if drift_seconds > 0 =>
        {
            palette.warning
        }
        _ => palette.text,
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(timetable.standing_words())
                .strong()
                .color(colour),
        );
        ui.label(RichText::new("·").color(palette.muted));
        ui.label(RichText::new(timetable.finish_words()).color(palette.muted));
    });
}

/// The table, its titles cut to fit a pane `width` wide.
fn table(ui: &mut egui::Ui, screen: &Screen, timetable: &Timetable, width: f32) {
    let palette = screen.palette;
    let current = timetable.rows.iter().position(|row| row.current);
    // Row 0 of the grid is the headings.
    let highlight = palette.accent.gamma_multiply(0.25);
    let current_grid_row = current.map(|index| index + 1);
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
    let headings = headings();
    egui::Grid::new("console agenda rows")
        .num_columns(headings.len())
        // Long titles are cut (the whole title shows on hover), so the
        // times stay in view in a narrow console.
        .max_col_width(width * 0.45)
        .with_row_color(move |row, _| (Some(row) == current_grid_row).then_some(highlight))
        .show(ui, |ui| {
            for heading in headings {
                ui.label(RichText::new(heading).color(palette.muted));
            }
            ui.end_row();
            for row in &timetable.rows {
                step_row(ui, screen, row);
                ui.end_row();
            }
        });
    if timetable.rows.is_empty() {
        ui.label(RichText::new(tr("console-no-steps")).color(palette.muted));
    }
}

fn step_row(ui: &mut egui::Ui, screen: &Screen, row: &Row) {
    let palette = screen.palette;
    // Marked by a word as well as the row's colour.
    let marker = ui.label(if row.current {
        RichText::new(tr("console-agenda-now"))
            .strong()
            .color(palette.accent)
    } else {
        RichText::new("")
    });
    if row.current {
        scroll_into_view_once(ui, &marker, row.number);
    }
    ui.label(row.number.to_string());
    let title = RichText::new(&row.title);
    let title = if row.current { title.strong() } else { title };
    ui.add(egui::Label::new(title).truncate());
    ui.label(clock_text(std::time::Duration::from_secs(
        row.planned_seconds,
    )));
    ui.label(clock_time(row.planned_start));
    let began = match (row.actual_start, row.outcome) {
        (Some(start), _) => RichText::new(clock_time(start)),
        (None, Some(Outcome::Skipped)) => {
            RichText::new(tr("console-agenda-skipped")).color(palette.muted)
        }
        (None, _) => RichText::new(""),
    };
    ui.label(began);
    let over = match row.over_seconds {
        Some(seconds) if seconds > 0 => RichText::new(signed_span(seconds)).color(palette.warning),
        Some(seconds) => RichText::new(signed_span(seconds)),
        None => RichText::new(""),
    };
    ui.label(over);
}

/// Brings the current step into view when the session moves to it, and
/// then leaves the scrolling to the trainer.
fn scroll_into_view_once(ui: &egui::Ui, marker: &egui::Response, number: usize) {
    let id = ui.make_persistent_id("agenda: last step scrolled to");
    let last: Option<usize> = ui.data(|data| data.get_temp(id));
    if last != Some(number) {
        marker.scroll_to_me(Some(egui::Align::Center));
        ui.data_mut(|data| data.insert_temp(id, number));
    }
}
