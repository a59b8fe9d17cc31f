//! The worksheet beside the timer: tabs for each participant's sheet, the
//! file buttons, and the fields, each with the workshop's guiding question as
//! its hint. Edits go straight into the open sheet; the panel reports that
//! something changed so the app can mark it unsaved and schedule the
//! recovery copy.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use eframe::egui::{self, RichText};
use fluent::FluentValue;

use crate::i18n::{dates, tr, tr_args};
use crate::ui::{Action, Screen, SheetAction, keymap, theme};
use crate::worksheet::export::Format;
use crate::worksheet::{Desk, OpenWorksheet, TextField, Worksheet};

/// A one-line message under the file buttons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub is_error: bool,
}

/// What the panel needs beyond the desk.
pub struct Context<'a> {
    pub status: Option<&'a Status>,
    /// The session has reached its reflection, so those questions open.
    pub reflection_due: bool,
    /// Today, where a date picker has nothing else to start from.
    pub today: NaiveDate,
}

/// Draws the panel; returns whether the current sheet was edited.
pub fn show(
    ui: &mut egui::Ui,
    screen: &Screen,
    desk: &mut Desk,
    context: &Context,
    actions: &mut Vec<Action>,
) -> bool {
    // The sheet is read at arm's length on a laptop, not from the back row:
    // smaller type than the projected parts, so the fields have room.
    theme::laptop_style(ui, text_size(screen));
    tabs(ui, screen, desk, actions);
    file_buttons(ui, actions);
    status_line(ui, screen, desk.current(), context.status);
    offers(ui, screen, desk, actions);
    ui.separator();
    let mut edited = false;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            edited = fields(ui, screen, &mut desk.current_mut().sheet, context);
        });
    edited
}

fn text_size(screen: &Screen) -> f32 {
    screen.sizes.laptop()
}

fn tabs(ui: &mut egui::Ui, screen: &Screen, desk: &Desk, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        for (slot, open) in desk.sheets().iter().enumerate() {
            let mut title = tab_title(&open.sheet, slot);
            if open.is_unsaved() {
                title.push_str(" ●");
            }
            let selected = slot == desk.current_index();
            let text = RichText::new(title).font(theme::bold(text_size(screen) * 1.1));
            if ui.selectable_label(selected, text).clicked() && !selected {
                actions.push(Action::Sheet(SheetAction::Select(slot)));
            }
        }
    });
}

/// "Maria's worksheet", or "Worksheet 1" before a name is typed.
pub fn tab_title(sheet: &Worksheet, slot: usize) -> String {
    let name = sheet.name.trim();
    if name.is_empty() {
        tr_args(
            "console-sheet-tab-numbered",
            &[("number", FluentValue::from(slot + 1))],
        )
    } else {
        tr_args(
            "console-sheet-tab-named",
            &[("name", FluentValue::from(name))],
        )
    }
}

fn file_buttons(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        // The keyed commands take their hints from the keymap.
        let buttons = [
            (
                tr("console-sheet-new"),
                Some(tr("console-sheet-new-hint")),
                SheetAction::New,
            ),
            (tr("console-sheet-open"), None, SheetAction::Open),
            (tr("console-sheet-save"), None, SheetAction::Save),
            (tr("console-sheet-save-as"), None, SheetAction::SaveAs),
            (
                tr("console-sheet-export-md"),
                Some(tr("console-sheet-export-md-hint")),
                SheetAction::Export(Format::Markdown),
            ),
            (
                tr("console-sheet-export-ics"),
                Some(tr("console-sheet-export-ics-hint")),
                SheetAction::Export(Format::Ics),
            ),
        ];
        for (label, tip, action) in buttons {
            let action = Action::Sheet(action);
            let tip = tip.or_else(|| keymap::hint(&action)).unwrap_or_default();
            if ui.button(label).on_hover_text(tip).clicked() {
                actions.push(action);
            }
        }
    });
}

fn status_line(ui: &mut egui::Ui, screen: &Screen, open: &OpenWorksheet, status: Option<&Status>) {
    let size = text_size(screen) * 0.9;
    let (text, colour) = match status {
        Some(status) if status.is_error => (status.text.clone(), screen.palette.overtime),
        Some(status) => (status.text.clone(), screen.palette.muted),
        None => {
            let place = match open.saved_as() {
                Some(path) => tr_args(
                    "console-sheet-saved-as",
                    &[("path", FluentValue::from(path.display().to_string()))],
                ),
                None => tr("console-sheet-not-saved-yet"),
            };
            let state = if open.recovery_error().is_some() {
                tr("console-sheet-only-here")
            } else if open.is_unsaved() {
                tr("console-sheet-in-recovery")
            } else {
                String::new()
            };
            let line = if state.is_empty() {
                place
            } else {
                format!("{place} · {state}")
            };
            (line, screen.palette.muted)
        }
    };
    ui.add(egui::Label::new(RichText::new(text).size(size).color(colour)).wrap());
}

fn offers(ui: &mut egui::Ui, screen: &Screen, desk: &Desk, actions: &mut Vec<Action>) {
    for (index, found) in desk.offers.iter().enumerate() {
        let sheet = &found.recovery.worksheet;
        let written: chrono::DateTime<chrono::Local> = found.written.into();
        let who = tab_title(sheet, index);
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(2.0, screen.palette.warning))
            .show(ui, |ui| {
                ui.label(
                    RichText::new(tr_args(
                        "console-sheet-offer",
                        &[
                            ("who", FluentValue::from(who.as_str())),
                            ("when", FluentValue::from(super::day_and_time(&written))),
                        ],
                    ))
                    .size(text_size(screen)),
                );
                if let Some(preview) = preview(sheet) {
                    ui.label(
                        RichText::new(format!("“{preview}”"))
                            .size(text_size(screen) * 0.9)
                            .color(screen.palette.muted),
                    );
                }
                ui.horizontal(|ui| {
                    if ui.button(tr("console-sheet-restore")).clicked() {
                        actions.push(Action::Sheet(SheetAction::Restore(index)));
                    }
                    if ui.button(tr("console-sheet-discard")).clicked() {
                        actions.push(Action::Sheet(SheetAction::DiscardOffer(index)));
                    }
                });
            });
    }
    for error in &desk.unreadable {
        ui.add(
            egui::Label::new(
                RichText::new(tr_args(
                    "console-sheet-copy-unread",
                    &[("error", FluentValue::from(error.to_string()))],
                ))
                .size(text_size(screen) * 0.9)
                .color(screen.palette.overtime),
            )
            .wrap(),
        );
    }
}

/// The start of the first thing written, so people can tell which sheet an
/// offer is before restoring it.
fn preview(sheet: &Worksheet) -> Option<String> {
    const LENGTH: usize = 60;
    let text = TextField::ALL
        .iter()
        .map(|field| sheet.text(*field))
        .chain(sheet.reflection.iter().map(|a| a.answer.as_str()))
        .map(str::trim)
        .find(|text| !text.is_empty())?;
    let line = text.lines().next().unwrap_or_default();
    let mut preview: String = line.chars().take(LENGTH).collect();
    if line.chars().count() > LENGTH || text.lines().nth(1).is_some() {
        preview.push('…');
    }
    Some(preview)
}

fn fields(ui: &mut egui::Ui, screen: &Screen, sheet: &mut Worksheet, context: &Context) -> bool {
    let size = text_size(screen);
    let mut edited = false;
    egui::Grid::new("who-and-when")
        .num_columns(2)
        .spacing([size * 0.6, size * 0.3])
        .show(ui, |ui| {
            edited |= line(
                ui,
                size,
                &tr("console-sheet-your-name"),
                &mut sheet.name,
                &tr("console-sheet-your-name-hint"),
            );
            ui.end_row();
            edited |= line(
                ui,
                size,
                &tr("console-sheet-partner-name"),
                &mut sheet.partner,
                &tr("console-sheet-partner-name-hint"),
            );
            ui.end_row();
            ui.label(RichText::new(tr("console-sheet-date")).size(size));
            let mut date = sheet.date.unwrap_or(context.today);
            if date_picker(ui, "practice-date", &mut date) {
                sheet.date = Some(date);
                edited = true;
            }
            ui.end_row();
        });

    for field in [
        TextField::SharedValues,
        TextField::SharedInterests,
        TextField::MyResources,
        TextField::PartnerResources,
    ] {
        edited |= paragraph(ui, size, field.label(), field.hint(), sheet.text_mut(field));
    }

    heading(ui, size, &tr("console-sheet-acts-heading"));
    ui.label(
        RichText::new(tr("console-sheet-acts-hint"))
            .size(size * 0.85)
            .color(screen.palette.muted),
    );
    ui.horizontal_wrapped(|ui| {
        for act in &mut sheet.acts_reached {
            edited |= ui
                .checkbox(&mut act.reached, RichText::new(&act.act).size(size))
                .changed();
        }
    });

    edited |= next_meeting(ui, screen, sheet, context.today);

    for field in [
        TextField::FeedbackReceived,
        TextField::FeedbackGiven,
        TextField::Notes,
    ] {
        edited |= paragraph(ui, size, field.label(), field.hint(), sheet.text_mut(field));
    }

    if !sheet.reflection.is_empty() {
        let mut header = egui::CollapsingHeader::new(
            RichText::new(tr("console-sheet-reflection")).font(theme::bold(size)),
        )
        .id_salt("reflection")
        .default_open(false);
        if context.reflection_due {
            header = header.open(Some(true));
        }
        header.show(ui, |ui| {
            if !context.reflection_due {
                ui.label(
                    RichText::new(tr("console-sheet-reflection-later"))
                        .size(size * 0.85)
                        .color(screen.palette.muted),
                );
            }
            for answer in &mut sheet.reflection {
                edited |= paragraph(
                    ui,
                    size,
                    &answer.question,
                    &tr("console-sheet-your-answer"),
                    &mut answer.answer,
                );
            }
        });
    }
    edited
}

fn heading(ui: &mut egui::Ui, size: f32, text: &str) -> egui::Response {
    ui.add_space(size * 0.3);
    ui.label(RichText::new(text).font(theme::bold(size)))
}

/// A labelled one-line field; returns whether it changed.
fn line(ui: &mut egui::Ui, size: f32, label: &str, text: &mut String, hint: &str) -> bool {
    let label = ui.label(RichText::new(label).size(size));
    ui.add(
        egui::TextEdit::singleline(text)
            .hint_text(hint)
            .font(egui::FontId::proportional(size))
            .desired_width(size * 14.0),
    )
    .labelled_by(label.id)
    .changed()
}

/// A labelled multi-line field with the guiding question as its hint.
fn paragraph(ui: &mut egui::Ui, size: f32, label: &str, hint: &str, text: &mut String) -> bool {
    let label = heading(ui, size, label);
    ui.add(
        egui::TextEdit::multiline(text)
            .hint_text(hint)
            .font(egui::FontId::proportional(size))
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
    .changed()
}

/// When, where and what the pair will do next.
fn next_meeting(
    ui: &mut egui::Ui,
    screen: &Screen,
    sheet: &mut Worksheet,
    today: NaiveDate,
) -> bool {
    let size = text_size(screen);
    let meeting = &mut sheet.next_meeting;
    let mut edited = false;
    heading(ui, size, &tr("console-sheet-meet-again"));
    match meeting.when {
        None => {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(tr("console-sheet-meet-again-hint"))
                        .size(size * 0.85)
                        .color(screen.palette.muted),
                );
                if ui.button(tr("console-sheet-pick-date")).clicked() {
                    let next_week = today + chrono::Days::new(7);
                    meeting.when = Some(
                        next_week.and_time(NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default()),
                    );
                    edited = true;
                }
            });
        }
        Some(when) => {
            ui.horizontal_wrapped(|ui| {
                let mut date = when.date();
                let mut hour = when.hour();
                let mut minute = when.minute();
                let mut changed = date_picker(ui, "meeting-date", &mut date);
                ui.label(RichText::new(tr("console-sheet-at")).size(size));
                changed |= two_digits(ui, &mut hour, 23, &tr("console-sheet-hour"));
                ui.label(RichText::new(":").size(size));
                changed |= two_digits(ui, &mut minute, 59, &tr("console-sheet-minute"));
                ui.label(RichText::new(tr("console-sheet-for")).size(size));
                edited |= ui
                    .add(
                        egui::DragValue::new(&mut meeting.minutes)
                            .range(5..=600)
                            .suffix(tr("console-sheet-minutes-suffix")),
                    )
                    .on_hover_text(tr("console-sheet-meeting-length"))
                    .changed();
                if changed && let Some(time) = NaiveTime::from_hms_opt(hour, minute, 0) {
                    meeting.when = Some(NaiveDateTime::new(date, time));
                    edited = true;
                }
                if ui
                    .button(tr("console-sheet-no-date"))
                    .on_hover_text(tr("console-sheet-no-date-hint"))
                    .clicked()
                {
                    meeting.when = None;
                    edited = true;
                }
            });
        }
    }
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(tr("console-sheet-where")).size(size));
        edited |= ui
            .add(
                egui::TextEdit::singleline(&mut meeting.place)
                    .hint_text(tr("console-sheet-where-hint"))
                    .font(egui::FontId::proportional(size))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .changed();
    });
    edited |= paragraph(
        ui,
        size,
        &tr("console-sheet-plan"),
        &tr("console-sheet-plan-hint"),
        &mut meeting.plan,
    );
    edited
}

/// An hour or a minute, shown as two digits like a clock.
fn two_digits(ui: &mut egui::Ui, value: &mut u32, max: u32, what: &str) -> bool {
    ui.add(
        egui::DragValue::new(value)
            .range(0..=max)
            .custom_formatter(|v, _| format!("{v:02}")),
    )
    .on_hover_text(what)
    .changed()
}

/// egui_extras's date picker edits a jiff date; the worksheet keeps chrono's.
/// The picker only ever sees a day from [`FIRST_DAY`] to [`LAST_DAY`], as
/// it panics near the ends of its own range, and a day it returns outside
/// them (its arrows step past any range) is brought back inside. A `date`
/// outside them (a clock far off) is replaced by the day the picker shows,
/// so what is saved is what was seen, and a saved sheet always loads.
fn date_picker(ui: &mut egui::Ui, salt: &str, date: &mut NaiveDate) -> bool {
    use crate::worksheet::{FIRST_DAY, LAST_DAY};
    let shown = (*date).clamp(FIRST_DAY, LAST_DAY);
    let mut edited = shown != *date;
    *date = shown;
    let Some(mut civil) = to_civil(shown) else {
        return edited;
    };
    let before = civil;
    // The picker writes its button with jiff's English names; the day
    // written in the language spoken is given whole, as a format with no
    // conversions, so it is shown as it is.
    let shown_text = dates::short_date(&shown).replace('%', "%%");
    ui.add(
        egui_extras::DatePickerButton::new(&mut civil)
            .id_salt(salt)
            .calendar_week(false)
            .show_icon(false)
            .start_end_years(year_of(FIRST_DAY)..=year_of(LAST_DAY))
            .format(shown_text),
    );
    if civil != before
        && let Some(picked) = from_civil(civil)
    {
        let picked = picked.clamp(FIRST_DAY, LAST_DAY);
        edited |= picked != *date;
        *date = picked;
    }
    edited
}

/// The year the picker's year list starts or ends at.
fn year_of(day: NaiveDate) -> i16 {
    use chrono::Datelike;
    i16::try_from(day.year()).unwrap_or(i16::MAX)
}

fn to_civil(day: NaiveDate) -> Option<jiff::civil::Date> {
    use chrono::Datelike;
    jiff::civil::Date::new(
        i16::try_from(day.year()).ok()?,
        i8::try_from(day.month()).ok()?,
        i8::try_from(day.day()).ok()?,
    )
    .ok()
}

fn from_civil(day: jiff::civil::Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::from(day.year()),
        u32::try_from(day.month()).ok()?,
        u32::try_from(day.day()).ok()?,
    )
}
