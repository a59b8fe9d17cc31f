//! What comes next, shown to the trainer ahead of the room: the next
//! step's title, length, who holds which role and what the room will be
//! told to do, and the trainer's own notes for this step and the next,
//! marked as private. The room's view never carries notes; this pane is
//! only ever drawn on the console.

use eframe::egui::{self, RichText};
use fluent::FluentValue;

use crate::i18n::{tr, tr_args};
use crate::scenario::{Step, clock_text};
use crate::session::{Phase, Session};
use crate::ui::{Screen, theme};

/// The heading over the notes for the step under way.
pub fn notes_now() -> String {
    tr("console-notes-now")
}

/// The heading over the notes for the step after it.
pub fn notes_next() -> String {
    tr("console-notes-next")
}

/// Draws the step under way and the next one, scrolling when the notes
/// are long.
pub fn show(ui: &mut egui::Ui, screen: &Screen) {
    ui.scope(|ui| {
        theme::laptop_style(ui, screen.sizes.laptop());
        egui::ScrollArea::vertical()
            .id_salt("console next step")
            .auto_shrink([false, true])
            .show(ui, |ui| contents(ui, screen));
    });
}

fn contents(ui: &mut egui::Ui, screen: &Screen) {
    let session = screen.session;
    let palette = screen.palette;
    let count = session.steps().len();
    if count == 0 {
        ui.label(RichText::new(tr("console-no-steps")).color(palette.muted));
        return;
    }
    if session.phase() == Phase::Finished {
        heading(ui, screen, &tr("console-session-finished"));
        ui.label(RichText::new(tr("console-nothing-next")).color(palette.muted));
        return;
    }
    let index = session.step_index();
    let place = [
        ("step", FluentValue::from(index + 1)),
        ("count", FluentValue::from(count)),
        ("title", FluentValue::from(session.step().title.as_str())),
    ];
    let now = if session.phase() == Phase::NotStarted {
        tr_args("console-starts-with", &place)
    } else {
        tr_args("console-now-step", &place)
    };
    heading(ui, screen, &now);
    notes(ui, screen, &notes_now(), &session.step().notes);
    ui.add_space(screen.sizes.laptop() * 0.6);

    let Some((next, step)) = session.next_step() else {
        heading(ui, screen, &tr("console-next-nothing"));
        ui.label(RichText::new(tr("console-ends-with-this-step")).color(palette.muted));
        return;
    };
    heading(
        ui,
        screen,
        &tr_args(
            "console-next-step",
            &[
                ("step", FluentValue::from(next + 1)),
                ("count", FluentValue::from(count)),
                ("title", FluentValue::from(step.title.as_str())),
                (
                    "length",
                    FluentValue::from(clock_text(session.step_length(next))),
                ),
            ],
        ),
    );
    next_step(ui, screen, session, (index, next), step);
    notes(ui, screen, &notes_next(), &step.notes);
}

/// Who holds which role, whether the roles change hands, and what the
/// room will be told.
fn next_step(
    ui: &mut egui::Ui,
    screen: &Screen,
    session: &Session,
    at: (usize, usize),
    step: &Step,
) {
    let palette = screen.palette;
    let (current, next) = at;
    let cast = session.cast(next);
    if !cast.is_empty() {
        let line = cast
            .iter()
            .map(|(role, person)| format!("{role}: {person}"))
            .collect::<Vec<_>>()
            .join(" · ");
        ui.label(line);
    }
    if session.roles_change(current, next) {
        ui.label(RichText::new(tr("console-roles-swap")).strong());
    }
    if step.instructions.trim().is_empty() {
        ui.label(RichText::new(tr("console-no-instructions")).color(palette.muted));
    } else {
        ui.label(RichText::new(tr("console-room-will-read")).color(palette.muted));
        ui.add(egui::Label::new(step.instructions.trim()).wrap());
    }
    if step.duration.to_std() != session.step_length(next) {
        ui.label(
            RichText::new(tr_args(
                "console-planned-changed",
                &[(
                    "length",
                    FluentValue::from(clock_text(step.duration.to_std())),
                )],
            ))
            .color(palette.muted),
        );
    }
}

/// The trainer's notes in a frame of their own, under a heading that says
/// they stay on this screen.
fn notes(ui: &mut egui::Ui, screen: &Screen, heading: &str, notes: &str) {
    let palette = screen.palette;
    let size = screen.sizes.laptop();
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(2.0, palette.accent))
        .inner_margin(egui::Margin::same((size * 0.5) as i8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(heading)
                    .font(theme::bold(size))
                    .color(palette.accent),
            );
            if notes.trim().is_empty() {
                ui.label(RichText::new(tr("console-no-notes")).color(palette.muted));
            } else {
                ui.add(egui::Label::new(notes.trim()).wrap());
            }
        });
}

fn heading(ui: &mut egui::Ui, screen: &Screen, text: &str) {
    let size = screen.sizes.laptop();
    ui.add(egui::Label::new(RichText::new(text).font(theme::bold(size * 1.15))).wrap());
}
