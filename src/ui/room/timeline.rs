//! The whole agenda as one bar, each step as wide as its time, with how far
//! the room has come, what is next, the time left, and the drift from plan.

use eframe::egui::{self, Align, Align2, Layout, RichText, Sense, Stroke, StrokeKind};

use crate::ui::Screen;

/// Draws the captions row and the bar under it.
pub fn show(ui: &mut egui::Ui, screen: &Screen) {
    let room = screen.room;
    let (palette, sizes) = (screen.palette, screen.sizes);

    let next = RichText::new(&room.next_caption)
        .size(sizes.body)
        .color(palette.muted);
    let left = RichText::new(&room.left_caption)
        .size(sizes.body)
        .strong()
        .color(palette.text);
    let width = |text: &str| {
        ui.painter()
            .layout_no_wrap(
                text.to_string(),
                egui::FontId::proportional(sizes.body),
                palette.text,
            )
            .size()
            .x
    };
    let one_row =
        width(&room.next_caption) + width(&room.left_caption) + sizes.body <= ui.available_width();
    if one_row {
        ui.horizontal(|ui| {
            ui.label(next);
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                ui.label(left);
            });
        });
    } else {
        // A narrow window (a joined laptop's, beside the worksheet): one
        // caption a row rather than one over the other.
        ui.label(next);
        ui.label(left);
    }

    let height = sizes.body * 1.2;
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), height), Sense::hover());
    let painter = ui.painter_at(rect);
    let mut x = rect.left();
    for segment in &room.timeline {
        let width = rect.width() * segment.share;
        let bar = egui::Rect::from_min_size(egui::pos2(x, rect.top()), egui::vec2(width, height))
            .shrink2(egui::vec2(1.5, 0.0));
        painter.rect_filled(bar, 3.0, palette.track);
        if segment.done > 0.0 {
            let mut filled = bar;
            filled.set_width(bar.width() * segment.done);
            let fill = if segment.current {
                palette.accent
            } else {
                palette.muted
            };
            painter.rect_filled(filled, 3.0, fill);
        }
        if segment.current {
            painter.rect_stroke(
                bar,
                3.0,
                Stroke::new(sizes.small * 0.15, palette.text),
                StrokeKind::Inside,
            );
        }
        // The title if it fits, else the step's length, else nothing.
        let font = egui::FontId::proportional(sizes.small * 0.8);
        let text_colour = if segment.done > 0.5 {
            palette.background
        } else {
            palette.text
        };
        let fitting = [&segment.title, &segment.length].into_iter().find(|text| {
            painter
                .layout_no_wrap(text.to_string(), font.clone(), text_colour)
                .size()
                .x
                + 12.0
                < bar.width()
        });
        if let Some(text) = fitting {
            painter.text(
                bar.left_center() + egui::vec2(6.0, 0.0),
                Align2::LEFT_CENTER,
                text,
                font,
                text_colour,
            );
        }
        x += width;
    }
}
