//! The top of the screen: the step's title and who holds which role right
//! now, on one row when they fit and on two when they do not.

use eframe::egui::{self, Align, Layout, RichText, text::LayoutJob};

use crate::ui::Screen;
use crate::ui::theme;

/// Draws the title and the roles.
pub fn show(ui: &mut egui::Ui, screen: &Screen) {
    let room = screen.room;
    let (sizes, palette) = (screen.sizes, screen.palette);
    let title = RichText::new(&room.title)
        .font(theme::bold(sizes.heading))
        .color(palette.text);
    let roles: Vec<LayoutJob> = room
        .cast
        .iter()
        .map(|casting| {
            let mut job = LayoutJob::default();
            let size = sizes.heading * 0.8;
            job.append(
                &format!("{}: ", casting.role),
                0.0,
                egui::TextFormat::simple(egui::FontId::proportional(size), palette.muted),
            );
            job.append(
                &casting.person,
                0.0,
                egui::TextFormat::simple(theme::bold(size), palette.text),
            );
            job
        })
        .collect();

    let gap = sizes.heading;
    let title_width = ui
        .painter()
        .layout_no_wrap(room.title.clone(), theme::bold(sizes.heading), palette.text)
        .size()
        .x;
    let roles_width: f32 = roles
        .iter()
        .map(|job| ui.painter().layout_job(job.clone()).size().x + gap)
        .sum();
    let one_row = title_width + roles_width + gap <= ui.available_width();

    ui.horizontal(|ui| {
        ui.label(title);
        if one_row {
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                ui.spacing_mut().item_spacing.x = gap;
                for job in roles.iter().rev() {
                    ui.label(job.clone());
                }
            });
        }
    });
    if let Some(second) = room.second.as_ref().filter(|s| !s.title.is_empty()) {
        // The title in the format's other language, under the first.
        ui.label(
            RichText::new(&second.title)
                .size(sizes.heading * 0.7)
                .italics()
                .color(palette.muted),
        );
    }
    if !one_row && !roles.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for job in roles {
                ui.label(job);
            }
        });
    }
}
