//! What the room should do now, under the clock: the five acts with the one
//! the pair should be in highlighted, the feedback questions, or the agenda
//! and the jobs to hand out, as the step's panel says.

use eframe::egui::{self, Color32, RichText, Stroke};

use super::{Action, Screen, theme};
use crate::scenario::{Panel, clock_text};

/// Draws the current step's instructions and panel.
pub fn show(
    ui: &mut egui::Ui,
    screen: &Screen,
    viewed_act: Option<usize>,
    actions: &mut Vec<Action>,
) {
    let step = screen.session.step();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| match &step.panel {
            Panel::Instructions => {
                instructions(ui, screen, &step.instructions, screen.sizes.body);
            }
            Panel::Agenda { choose } => {
                instructions(ui, screen, &step.instructions, screen.sizes.body);
                agenda(ui, screen, choose);
            }
            Panel::Questions { heading, questions } => {
                instructions(ui, screen, &step.instructions, screen.sizes.small);
                ui.label(RichText::new(heading).font(theme::bold(screen.sizes.body)));
                bullets(ui, screen, questions, screen.palette.text);
            }
            Panel::Acts { .. } => {
                instructions(ui, screen, &step.instructions, screen.sizes.small);
                acts(ui, screen, viewed_act, actions);
            }
            Panel::Reflection => {
                instructions(ui, screen, &step.instructions, screen.sizes.small);
                ui.label(
                    RichText::new("Reflect together, then on your worksheet")
                        .font(theme::bold(screen.sizes.body)),
                );
                bullets(
                    ui,
                    screen,
                    &screen.session.scenario().reflection,
                    screen.palette.text,
                );
            }
        });
}

fn instructions(ui: &mut egui::Ui, screen: &Screen, text: &str, size: f32) {
    if !text.is_empty() {
        ui.label(RichText::new(text).size(size).color(screen.palette.muted));
        ui.add_space(screen.sizes.small * 0.5);
    }
}

fn bullets(ui: &mut egui::Ui, screen: &Screen, items: &[String], colour: Color32) {
    for item in items {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new("•")
                    .size(screen.sizes.body)
                    .color(screen.palette.accent),
            );
            ui.label(RichText::new(item).size(screen.sizes.body).color(colour));
        });
    }
}

/// The whole agenda beside the jobs a team hands out before starting.
fn agenda(ui: &mut egui::Ui, screen: &Screen, choose: &[String]) {
    let session = screen.session;
    ui.columns(2, |columns| {
        columns[0].label(RichText::new("Agenda").font(theme::bold(screen.sizes.body)));
        // Tight rows: the whole agenda must fit under the clock at 720p.
        columns[0].spacing_mut().item_spacing.y = screen.sizes.small * 0.1;
        for (i, step) in session.steps().iter().enumerate() {
            let current = i == session.step_index();
            let marker = if current { "▶" } else { " " };
            let text = RichText::new(format!(
                "{marker} {}  {}",
                clock_text(session.step_length(i)),
                step.title
            ))
            .size(screen.sizes.small);
            columns[0].label(if current {
                text.color(screen.palette.accent).strong()
            } else {
                text.color(screen.palette.muted)
            });
        }
        columns[1].label(RichText::new("Choose").font(theme::bold(screen.sizes.body)));
        bullets(&mut columns[1], screen, choose, screen.palette.text);
    });
}

/// Marks the paced act's button "▶ now" (or just "▶" when narrow) in the
/// room left beside its name: not colour alone, and no extra line of height.
fn now_mark(ui: &egui::Ui, screen: &Screen, button: egui::Rect, name: &str) {
    let sizes = screen.sizes;
    let name_width = ui
        .painter()
        .layout_no_wrap(name.to_string(), theme::bold(sizes.body), Color32::WHITE)
        .size()
        .x;
    let room = (button.width() - name_width) / 2.0 - sizes.small * 0.8;
    let font = egui::FontId::proportional(sizes.small * 0.8);
    let mark = ["▶ now", "▶"].into_iter().find(|mark| {
        ui.painter()
            .layout_no_wrap(mark.to_string(), font.clone(), Color32::WHITE)
            .size()
            .x
            <= room
    });
    if let Some(mark) = mark {
        ui.painter().text(
            button.left_center() + egui::vec2(sizes.small * 0.4, 0.0),
            egui::Align2::LEFT_CENTER,
            mark,
            font,
            screen.palette.on_accent,
        );
    }
}

/// The row of acts and the purpose and questions of the act shown.
fn acts(ui: &mut egui::Ui, screen: &Screen, viewed_act: Option<usize>, actions: &mut Vec<Action>) {
    let session = screen.session;
    let acts = &session.scenario().acts;
    let paced = session.paced_act(screen.now);
    let shown = viewed_act.or(paced);
    let (palette, sizes) = (screen.palette, screen.sizes);

    let gap = sizes.small * 0.5;
    let width = (ui.available_width() - gap * (acts.len().saturating_sub(1)) as f32)
        / acts.len().max(1) as f32;
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for (i, act) in acts.iter().enumerate() {
            let is_paced = paced == Some(i);
            let is_shown = shown == Some(i);
            let (fill, text_colour) = if is_paced {
                (palette.accent, palette.on_accent)
            } else {
                (Color32::TRANSPARENT, palette.text)
            };
            // One stroke width and one font for all, so the buttons share a
            // height and a baseline; the act shown differs by its outline's colour.
            let outline = if is_shown {
                palette.text
            } else {
                palette.track
            };
            let stroke = Stroke::new(sizes.small * 0.15, outline);
            let font = theme::bold(sizes.body);
            let button = egui::Button::new(RichText::new(&act.name).font(font).color(text_colour))
                .fill(fill)
                .stroke(stroke)
                .min_size(egui::vec2(width, sizes.body * 1.6));
            let response = ui.add(button);
            if is_paced {
                now_mark(ui, screen, response.rect, &act.name);
            }
            if response.clicked() {
                let follow_pacing = is_paced || (is_shown && viewed_act.is_some());
                actions.push(Action::ViewAct(if follow_pacing { None } else { Some(i) }));
            }
        }
    });
    ui.add_space(sizes.small * 0.4);

    let Some(act) = shown.and_then(|i| acts.get(i)) else {
        return;
    };
    if let (Some(viewed), Some(paced)) = (viewed_act, paced)
        && viewed != paced
    {
        ui.label(
                RichText::new(format!(
                    "Looking ahead or back: by now the pair is in {}. Click it to follow the pace again.",
                    acts[paced].name
                ))
                .size(sizes.small)
                .color(palette.muted),
            );
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!("{}:", act.name))
                .font(theme::bold(sizes.body))
                .color(palette.accent),
        );
        ui.label(RichText::new(&act.purpose).size(sizes.body));
    });
    bullets(ui, screen, &act.questions, palette.text);
}
