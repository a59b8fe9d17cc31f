//! The whole agenda as one bar, each step as wide as its time, with how far
//! the room has come, what is next, the time left, and the drift from plan.

use eframe::egui::{self, Align, Align2, Layout, RichText, Sense, Stroke, StrokeKind};

use super::Screen;
use crate::scenario::clock_text;
use crate::session::{Drift, Phase, Remaining};

/// Draws the captions row and the bar under it.
pub fn show(ui: &mut egui::Ui, screen: &Screen) {
    let session = screen.session;
    let (palette, sizes) = (screen.palette, screen.sizes);
    let now = screen.now;

    ui.horizontal(|ui| {
        let count = session.steps().len();
        let position = format!("step {} of {count}", session.step_index() + 1);
        let next = match session.next_step() {
            Some((i, step)) => format!(
                "{position} · next: {} ({})",
                step.title,
                clock_text(session.step_length(i))
            ),
            None if session.phase() == Phase::Finished => "the agenda is done".to_string(),
            None => "next: the end".to_string(),
        };
        ui.label(RichText::new(next).size(sizes.body).color(palette.muted));
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let drift = match session.drift(now) {
                None => String::new(),
                Some(Drift::OnTime) => " · on time".to_string(),
                Some(Drift::Behind(d)) => format!(" · {} behind plan", clock_text(d)),
                Some(Drift::Ahead(d)) => format!(" · {} ahead of plan", clock_text(d)),
            };
            let left = session.time_left(now);
            // Round up like the countdown, so both agree on the seconds.
            let left = std::time::Duration::from_secs(Remaining::Left(left).shown_secs());
            ui.label(
                RichText::new(format!("{} left{drift}", clock_text(left)))
                    .size(sizes.body)
                    .strong()
                    .color(palette.text),
            );
        });
    });

    let height = sizes.body * 1.2;
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), height), Sense::hover());
    let painter = ui.painter_at(rect);
    let steps = &session.steps();
    let lengths: Vec<f32> = (0..steps.len())
        .map(|i| session.step_length(i).as_secs_f32())
        .collect();
    let total: f32 = lengths.iter().sum::<f32>().max(1.0);
    let current = session.step_index();
    let finished = session.phase() == Phase::Finished;
    let mut x = rect.left();
    for (i, step) in steps.iter().enumerate() {
        let width = rect.width() * lengths[i] / total;
        let segment =
            egui::Rect::from_min_size(egui::pos2(x, rect.top()), egui::vec2(width, height))
                .shrink2(egui::vec2(1.5, 0.0));
        painter.rect_filled(segment, 3.0, palette.track);
        let done_fraction = if finished || i < current {
            1.0
        } else if i == current {
            let elapsed = session.elapsed(now).as_secs_f32();
            (elapsed / lengths[i].max(1.0)).clamp(0.0, 1.0)
        } else {
            0.0
        };
        if done_fraction > 0.0 {
            let mut filled = segment;
            filled.set_width(segment.width() * done_fraction);
            let fill = if i == current && !finished {
                palette.accent
            } else {
                palette.muted
            };
            painter.rect_filled(filled, 3.0, fill);
        }
        if i == current && !finished {
            painter.rect_stroke(
                segment,
                3.0,
                Stroke::new(sizes.small * 0.15, palette.text),
                StrokeKind::Inside,
            );
        }
        // The title if it fits, else the step's length, else nothing.
        let font = egui::FontId::proportional(sizes.small * 0.8);
        let text_colour = if done_fraction > 0.5 {
            palette.background
        } else {
            palette.text
        };
        let length = clock_text(session.step_length(i));
        let fitting = [step.title.clone(), length].into_iter().find(|text| {
            painter
                .layout_no_wrap(text.clone(), font.clone(), text_colour)
                .size()
                .x
                + 12.0
                < segment.width()
        });
        if let Some(text) = fitting {
            painter.text(
                segment.left_center() + egui::vec2(6.0, 0.0),
                Align2::LEFT_CENTER,
                text,
                font,
                text_colour,
            );
        }
        x += width;
    }
}
