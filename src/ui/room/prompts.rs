//! What the room should do now, under the clock: the five acts with the one
//! the pair should be in highlighted, the feedback questions, or the agenda
//! and the jobs to hand out, as the step's panel says.

use eframe::egui::{self, Color32, RichText, Stroke};
use fluent::FluentValue;

use crate::i18n::{tr, tr_args};
use crate::room::{AgendaLine, PanelView, SecondLanguage};
use crate::ui::{Action, Screen, theme};

/// Draws the current step's instructions and panel. With `actions`, the
/// acts are buttons that look ahead or back; without, they are only drawn.
pub fn show(ui: &mut egui::Ui, screen: &Screen, actions: Option<&mut Vec<Action>>) {
    let sizes = screen.sizes;
    let second = screen.room.second.as_ref();
    // No scrolling: the room cannot scroll, so the caller fits the type
    // to the window instead.
    ui.vertical(|ui| match &screen.room.panel {
        PanelView::Instructions { instructions } => {
            self::instructions(ui, screen, instructions, sizes.body);
            also(
                ui,
                screen,
                second.map(|s| s.instructions.as_str()),
                sizes.body,
            );
        }
        PanelView::Agenda {
            instructions,
            steps,
            choose,
        } => {
            self::instructions(ui, screen, instructions, sizes.body);
            also(
                ui,
                screen,
                second.map(|s| s.instructions.as_str()),
                sizes.body,
            );
            agenda(ui, screen, steps, choose);
        }
        PanelView::Questions {
            instructions,
            heading,
            questions,
        }
        | PanelView::Reflection {
            instructions,
            heading,
            questions,
        } => {
            self::instructions(ui, screen, instructions, sizes.small);
            also(
                ui,
                screen,
                second.map(|s| s.instructions.as_str()),
                sizes.small,
            );
            ui.label(RichText::new(heading).font(theme::bold(sizes.body)));
            also(ui, screen, second.map(|s| s.heading.as_str()), sizes.body);
            let seconds = second.map(|s| s.questions.as_slice());
            bullets_in_both(ui, screen, questions, seconds, screen.palette.text);
        }
        PanelView::Acts {
            instructions,
            acts,
            paced,
            shown,
            purpose,
            questions,
        } => {
            self::instructions(ui, screen, instructions, sizes.small);
            also(
                ui,
                screen,
                second.map(|s| s.instructions.as_str()),
                sizes.small,
            );
            let row = ActRow {
                names: acts,
                paced: *paced,
                shown: *shown,
            };
            act_buttons(ui, screen, &row, actions);
            shown_act(ui, screen, &row, (purpose, questions), second);
        }
    });
}

/// The acts and which of them are paced and shown.
struct ActRow<'a> {
    names: &'a [String],
    paced: Option<usize>,
    shown: Option<usize>,
}

impl ActRow<'_> {
    /// Whether the trainer is looking at another act than the paced one.
    fn looking_away(&self) -> bool {
        self.shown.is_some() && self.shown != self.paced
    }
}

fn instructions(ui: &mut egui::Ui, screen: &Screen, text: &str, size: f32) {
    if !text.is_empty() {
        ui.label(RichText::new(text).size(size).color(screen.palette.muted));
        ui.add_space(screen.sizes.small * 0.5);
    }
}

/// The same words in the format's second language, under the first in a
/// quieter italic, so a bilingual room reads each prompt in its own
/// language and sees which line belongs to which.
fn also(ui: &mut egui::Ui, screen: &Screen, text: Option<&str>, size: f32) {
    if let Some(text) = text.filter(|text| !text.is_empty()) {
        ui.label(
            RichText::new(text)
                .size(size * SECOND_SIZE)
                .italics()
                .color(screen.palette.muted),
        );
        ui.add_space(screen.sizes.small * 0.3);
    }
}

/// How big the second language's words are beside the first's.
const SECOND_SIZE: f32 = 0.85;

fn bullets(ui: &mut egui::Ui, screen: &Screen, items: &[String], colour: Color32) {
    bullets_in_both(ui, screen, items, None, colour);
}

/// Bullets, each with its twin in the second language under it.
fn bullets_in_both(
    ui: &mut egui::Ui,
    screen: &Screen,
    items: &[String],
    seconds: Option<&[String]>,
    colour: Color32,
) {
    for (i, item) in items.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new("•")
                    .size(screen.sizes.body)
                    .color(screen.palette.accent),
            );
            ui.vertical(|ui| {
                ui.label(RichText::new(item).size(screen.sizes.body).color(colour));
                if let Some(second) = seconds.and_then(|seconds| seconds.get(i))
                    && !second.is_empty()
                {
                    ui.label(
                        RichText::new(second)
                            .size(screen.sizes.body * SECOND_SIZE)
                            .italics()
                            .color(screen.palette.muted),
                    );
                }
            });
        });
    }
}

/// The whole agenda beside the jobs a team hands out before starting.
fn agenda(ui: &mut egui::Ui, screen: &Screen, steps: &[AgendaLine], choose: &[String]) {
    ui.columns(2, |columns| {
        columns[0].label(RichText::new(tr("room-agenda")).font(theme::bold(screen.sizes.body)));
        // Tight rows: the whole agenda must fit under the clock at 720p.
        columns[0].spacing_mut().item_spacing.y = screen.sizes.small * 0.1;
        for line in steps {
            let marker = if line.current { "▶" } else { " " };
            let text = RichText::new(format!("{marker} {}  {}", line.length, line.title))
                .size(screen.sizes.small);
            columns[0].label(if line.current {
                text.color(screen.palette.accent).strong()
            } else {
                text.color(screen.palette.muted)
            });
        }
        columns[1].label(RichText::new(tr("room-choose")).font(theme::bold(screen.sizes.body)));
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
    let mark = [tr("room-now"), "▶".to_string()].into_iter().find(|mark| {
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

/// The row of acts, the paced one filled and marked. As buttons they look
/// ahead or back; the room only sees them drawn.
fn act_buttons(
    ui: &mut egui::Ui,
    screen: &Screen,
    row: &ActRow,
    mut actions: Option<&mut Vec<Action>>,
) {
    let (palette, sizes) = (screen.palette, screen.sizes);
    let count = row.names.len();
    let gap = sizes.small * 0.5;
    // A point short of the exact share, so rounding never pushes the last
    // box's outline past the edge.
    let width =
        (ui.available_width() - gap * count.saturating_sub(1) as f32 - 1.0) / count.max(1) as f32;
    // Every act in a box of the same width: the longest name sets one type
    // size for all, so a long name never pushes the row past the window.
    // What a box adds around its name: the button style's padding (which
    // the fit does not scale) and the outline on both sides.
    let outline = sizes.small * 0.15;
    let padding = (ui.spacing().button_padding.x + outline) * 2.0 + 2.0;
    let widest = row
        .names
        .iter()
        .map(|name| {
            let galley =
                ui.painter()
                    .layout_no_wrap(name.clone(), theme::bold(sizes.body), Color32::WHITE);
            galley.size().x
        })
        .fold(0.0, f32::max);
    let act_size = if widest + padding > width {
        (sizes.body * (width - padding).max(1.0) / widest).floor()
    } else {
        sizes.body
    };
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for (i, name) in row.names.iter().enumerate() {
            let is_paced = row.paced == Some(i);
            let is_shown = row.shown == Some(i);
            let (fill, text_colour) = if is_paced {
                (palette.accent, palette.on_accent)
            } else {
                (Color32::TRANSPARENT, palette.text)
            };
            // One stroke width and one font for all, so the acts share a
            // height and a baseline; the act shown differs by its outline's colour.
            let outline_colour = if is_shown {
                palette.text
            } else {
                palette.track
            };
            let stroke = Stroke::new(outline, outline_colour);
            let text = RichText::new(name)
                .font(theme::bold(act_size))
                .color(text_colour);
            let size = egui::vec2(width, sizes.body * 1.6);
            let rect = match actions.as_deref_mut() {
                Some(actions) => {
                    let button = egui::Button::new(text)
                        .fill(fill)
                        .stroke(stroke)
                        .min_size(size);
                    let response = ui.add(button);
                    if response.clicked() {
                        let follow_pacing = is_paced || (is_shown && row.looking_away());
                        actions.push(Action::ViewAct(if follow_pacing { None } else { Some(i) }));
                    }
                    response.rect
                }
                None => drawn_act(ui, screen, size, text, fill, stroke),
            };
            if is_paced {
                now_mark(ui, screen, rect, name);
            }
        }
    });
    ui.add_space(sizes.small * 0.4);
}

/// An act as the room sees it: the shape of a button, nothing to press.
fn drawn_act(
    ui: &mut egui::Ui,
    screen: &Screen,
    size: egui::Vec2,
    text: RichText,
    fill: Color32,
    stroke: Stroke,
) -> egui::Rect {
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let radius = screen.sizes.small * 0.2;
    let painter = ui.painter();
    painter.rect(rect, radius, fill, stroke, egui::StrokeKind::Inside);
    let galley = egui::WidgetText::from(text.clone()).into_galley(
        ui,
        Some(egui::TextWrapMode::Truncate),
        rect.width(),
        egui::TextStyle::Body,
    );
    let text_pos = rect.center() - galley.size() / 2.0;
    painter.galley(text_pos, galley, Color32::PLACEHOLDER);
    let name = text.text().to_string();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
    rect
}

/// The purpose and questions of the act shown.
fn shown_act(
    ui: &mut egui::Ui,
    screen: &Screen,
    row: &ActRow,
    (purpose, questions): (&str, &[String]),
    second: Option<&SecondLanguage>,
) {
    let (palette, sizes) = (screen.palette, screen.sizes);
    let Some(name) = row.shown.and_then(|i| row.names.get(i)) else {
        return;
    };
    if let Some(paced) = row.paced.and_then(|i| row.names.get(i))
        && row.looking_away()
    {
        ui.label(
            RichText::new(tr_args(
                "room-looking-away",
                &[("act", FluentValue::from(paced.as_str()))],
            ))
            .size(sizes.small)
            .color(palette.muted),
        );
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!("{name}:"))
                .font(theme::bold(sizes.body))
                .color(palette.accent),
        );
        ui.label(RichText::new(purpose).size(sizes.body));
    });
    also(ui, screen, second.map(|s| s.purpose.as_str()), sizes.body);
    let seconds = second.map(|s| s.questions.as_slice());
    bullets_in_both(ui, screen, questions, seconds, palette.text);
}
