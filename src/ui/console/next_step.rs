//! What comes next, shown to the trainer ahead of the room: the next
//! step's title, length, who holds which role and what the room will be
//! told to do, and the trainer's own notes for this step and the next,
//! marked as private. The room's view never carries notes; this pane is
//! only ever drawn on the console.

use eframe::egui::{self, RichText};

use crate::scenario::{Step, clock_text};
use crate::session::{Phase, Session};
use crate::ui::{Screen, theme};

/// The heading over the notes for the step under way.
pub const NOTES_NOW: &str = "Your notes for this step — not shown to the room";
/// The heading over the notes for the step after it.
pub const NOTES_NEXT: &str = "Your notes for the next step — not shown to the room";

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
        ui.label(RichText::new("This format has no steps.").color(palette.muted));
        return;
    }
    if session.phase() == Phase::Finished {
        heading(ui, screen, "The session is finished");
        ui.label(
            RichText::new("Nothing comes next. The report shows how it ran.").color(palette.muted),
        );
        return;
    }
    let index = session.step_index();
    let now_label = if session.phase() == Phase::NotStarted {
        "Starts with"
    } else {
        "Now"
    };
    heading(
        ui,
        screen,
        &format!(
            "{now_label}: step {} of {count} · {}",
            index + 1,
            session.step().title
        ),
    );
    notes(ui, screen, NOTES_NOW, &session.step().notes);
    ui.add_space(screen.sizes.laptop() * 0.6);

    let Some((next, step)) = session.next_step() else {
        heading(ui, screen, "Next: nothing, this is the last step");
        ui.label(RichText::new("The session ends when this step does.").color(palette.muted));
        return;
    };
    heading(
        ui,
        screen,
        &format!(
            "Next: step {} of {count} · {} · {}",
            next + 1,
            step.title,
            clock_text(session.step_length(next))
        ),
    );
    next_step(ui, screen, session, (index, next), step);
    notes(ui, screen, NOTES_NEXT, &step.notes);
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
        ui.label(RichText::new("Roles swap at this hand-over").strong());
    }
    if step.instructions.trim().is_empty() {
        ui.label(RichText::new("No instructions for the room.").color(palette.muted));
    } else {
        ui.label(RichText::new("The room will read").color(palette.muted));
        ui.add(egui::Label::new(step.instructions.trim()).wrap());
    }
    if step.duration.to_std() != session.step_length(next) {
        ui.label(
            RichText::new(format!(
                "Planned {}, changed by you",
                clock_text(step.duration.to_std())
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
                ui.label(RichText::new("No notes for this step.").color(palette.muted));
            } else {
                ui.add(egui::Label::new(notes.trim()).wrap());
            }
        });
}

fn heading(ui: &mut egui::Ui, screen: &Screen, text: &str) {
    let size = screen.sizes.laptop();
    ui.add(egui::Label::new(RichText::new(text).font(theme::bold(size * 1.15))).wrap());
}
