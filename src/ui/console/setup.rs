//! Before the start: the format and its choices (how many people, how
//! long), and the names, so the screen can say who holds which role.

use eframe::egui::{self, RichText};
use fluent::FluentValue;

use crate::i18n::{tr, tr_args};
use crate::library;
use crate::scenario::{Minutes, Scenario, Setup};
use crate::session::{Intent, Phase};
use crate::ui::{Action, Screen, keymap};

/// The longest name a field takes.
pub const MAX_NAME_CHARS: usize = 40;

/// The row for joining a trainer's shared room: its address, as their app
/// shows it, then Join.
fn join_row(ui: &mut egui::Ui, screen: &Screen, draft: &mut String, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(
            RichText::new(tr("console-join-address"))
                .size(screen.sizes.small)
                .color(screen.palette.muted),
        );
        let field = ui
            .add(
                egui::TextEdit::singleline(draft)
                    .hint_text("http://192.168.1.20:8111/")
                    .desired_width(screen.sizes.small * 14.0),
            )
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(tr("console-join")).clicked() || entered {
            actions.push(Action::Join(draft.clone()));
        }
        if ui.button(tr("console-cancel")).clicked() {
            actions.push(Action::Join(String::new()));
        }
    });
}

/// How much one press of − or + changes a chosen length.
const LENGTH_STEP: Minutes = Minutes::from_mins(5);

/// Draws the format line, its choices, a way to join another trainer's
/// room instead, and one name field per participant.
pub fn show(
    ui: &mut egui::Ui,
    screen: &Screen,
    (drafts, join_draft): (&mut [String], &mut Option<String>),
    actions: &mut Vec<Action>,
) {
    let sizes = screen.sizes;
    let plan = screen.session.plan();
    if screen.session.phase() == Phase::NotStarted {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!(
                    "{} · {}",
                    plan.scenario.name,
                    crate::scenario::clock_text(plan.total().to_std())
                ))
                .size(sizes.small)
                .color(screen.palette.muted),
            );
            if ui
                .button(RichText::new(tr("console-formats")).size(sizes.small))
                .on_hover_text(keymap::hint(&Action::ToggleFormats).unwrap_or_default())
                .clicked()
            {
                actions.push(Action::ToggleFormats);
            }
            ui.style_mut().text_styles.insert(
                egui::TextStyle::Button,
                egui::FontId::proportional(sizes.small),
            );
            ui.style_mut().text_styles.insert(
                egui::TextStyle::Body,
                egui::FontId::proportional(sizes.small),
            );
            let mut setup = plan.setup;
            if choices(ui, &plan.scenario, &mut setup) {
                actions.push(Action::Setup(setup));
            }
            if join_draft.is_none()
                && ui
                    .button(tr("console-join-a-room"))
                    .on_hover_text(tr("console-join-a-room-hint"))
                    .clicked()
            {
                *join_draft = Some(String::new());
            }
        });
        if let Some(draft) = join_draft {
            join_row(ui, screen, draft, actions);
        }
    }
    // Narrow enough that two names and their labels share one row on a
    // 1024-wide projector, leaving the height to the room.
    let field_width = (sizes.body * 8.0).min(ui.available_width() * 0.17);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(tr("console-who-is-practising"))
                .size(sizes.body)
                .color(screen.palette.muted),
        );
        for (i, (participant, draft)) in plan.participants.iter().zip(drafts.iter_mut()).enumerate()
        {
            let label = ui.label(
                RichText::new(tr_args(
                    "console-name-for",
                    &[("participant", FluentValue::from(participant.name.as_str()))],
                ))
                .size(sizes.small),
            );
            let field = ui.add(
                egui::TextEdit::singleline(draft)
                    .hint_text(&*participant.name)
                    // A name, not a paragraph: the roles line must still fit the screen.
                    .char_limit(MAX_NAME_CHARS)
                    .font(egui::FontId::proportional(sizes.body))
                    .desired_width(field_width),
            );
            let field = field.labelled_by(label.id);
            if field.changed() {
                actions.push(Action::Session(Intent::Rename {
                    participant: i,
                    name: draft.clone(),
                }));
            }
        }
    });
}

/// − and + for the choices `scenario` offers: how many people, how long.
/// Returns whether `setup` changed.
pub fn choices(ui: &mut egui::Ui, scenario: &Scenario, setup: &mut Setup) -> bool {
    let before = *setup;
    if let Some(range) = scenario.people {
        ui.horizontal(|ui| {
            ui.label(tr("console-people"));
            stepper(
                ui,
                [tr("console-fewer-people"), tr("console-more-people")],
                setup.people.to_string(),
                |up| {
                    setup.people = if up {
                        (setup.people + 1).min(range.to)
                    } else {
                        setup.people.saturating_sub(1).max(range.from)
                    };
                },
            );
            ui.label(format!("({}–{})", range.from, range.to));
        });
    }
    if let Some(range) = scenario.length {
        let length = setup.length.unwrap_or_else(|| scenario.total());
        ui.horizontal(|ui| {
            ui.label(tr("console-length"));
            let shown = tr_args(
                "console-minutes",
                &[("minutes", FluentValue::from(length.as_secs() / 60))],
            );
            stepper(
                ui,
                [tr("console-shorter"), tr("console-longer")],
                shown,
                |up| {
                    let seconds = if up {
                        (length.as_secs() + LENGTH_STEP.as_secs()).min(range.to.as_secs())
                    } else {
                        length
                            .as_secs()
                            .saturating_sub(LENGTH_STEP.as_secs())
                            .max(range.from.as_secs())
                    };
                    setup.length = Some(Minutes::from_secs(seconds));
                },
            );
            ui.label(format!("({})", library::length_text(scenario)));
        });
    }
    *setup != before
}

/// `−  value  +`, calling `change(up)` when a button is pressed.
fn stepper(ui: &mut egui::Ui, names: [String; 2], value: String, mut change: impl FnMut(bool)) {
    let [fewer, more] = names;
    if ui.button("−").accessible_name(fewer).clicked() {
        change(false);
    }
    ui.label(RichText::new(value).strong());
    if ui.button("+").accessible_name(more).clicked() {
        change(true);
    }
}
