//! The trainer's console: banners and questions, the names before the
//! start, every control with its key, a live miniature of the room, the
//! worksheets, and the formats page in place of it all while open.

use eframe::egui;
use fluent::FluentValue;

use crate::i18n::{Language, tr, tr_args};
use crate::room::RoomView;
use crate::room::tally::Tally;
use crate::scenario::Panel;
use crate::session::{Phase, Session};
use crate::ui::console::closing;
use crate::ui::console::formats;
use crate::ui::console::{
    Pane, agenda, controls, miniature, next_step, report_view, setup, sharing,
};
use crate::ui::theme::{Palette, Sizes};
use crate::ui::workshop::{WindowKind, Workshop};
use crate::ui::{Action, Screen, keymap, overlays, panel_frame};

/// Type for the console: read at arm's length, so smaller than the room's
/// for the same window, and within what a laptop shows comfortably.
pub fn sizes(ctx: &egui::Context) -> Sizes {
    let height = ctx.content_rect().height() * ctx.zoom_factor();
    Sizes::for_height((height * 0.6).clamp(480.0, 900.0))
}

/// Draws the console and carries out its keys and clicks.
pub fn draw(workshop: &mut Workshop, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    workshop.speak();
    if workshop.close_if_asked(&ctx, WindowKind::Console) {
        return;
    }
    workshop.title_window(&ctx, WindowKind::Console);
    let language = workshop.language();
    let sizes = sizes(&ctx);
    workshop.style_console(&ctx, sizes);
    let now = workshop.drawn_at();
    let mut actions = if workshop.console.is_asking() {
        Vec::new()
    } else {
        keymap::take(&ctx)
    };
    let room_size = room_size(&ctx, workshop);
    let windows = (
        workshop.windows.root,
        workshop.windows.is_open(WindowKind::Room),
    );
    let view = RoomView::of(&workshop.session, &workshop.stage, now);
    let screen = Screen {
        session: &workshop.session,
        room: &view,
        now,
        palette: Palette::for_theme(workshop.prefs.light_theme),
        sizes,
        share: workshop
            .share_card
            .as_ref()
            .filter(|_| !workshop.share_code_hidden),
    };
    let tally_line = tally_line(&workshop.session, workshop.stage.tally());
    let console = &mut workshop.console;

    let dismissed =
        (console.notice.as_deref()).is_some_and(|text| overlays::notice(ui, text, &screen));
    if dismissed {
        console.notice = None;
    }
    if let Some(trouble) = console.worksheets.recovery_trouble() {
        overlays::alarm(ui, &trouble, &screen);
    }
    if let Some(trouble) = &workshop.report_trouble {
        overlays::alarm(
            ui,
            &tr_args(
                "console-report-trouble",
                &[("trouble", FluentValue::from(trouble.as_str()))],
            ),
            &screen,
        );
    }
    if let Some(trouble) = console.formats.recovery_trouble() {
        overlays::alarm(
            ui,
            &tr_args(
                "console-draft-trouble",
                &[("trouble", FluentValue::from(trouble))],
            ),
            &screen,
        );
    }
    closing::ask(
        &ctx,
        &screen,
        &mut console.worksheets,
        &mut console.formats,
        &mut console.closing,
    );
    let mut outcome = None;
    if console.formats_open {
        // The page is a laptop task: no timer keys behind it, and Esc
        // goes back to the timer.
        actions.retain(|action| {
            matches!(
                action,
                Action::ToggleFormats
                    | Action::CloseHelp
                    | Action::ToggleFullscreen
                    | Action::ToggleTheme
                    | Action::NextLanguage
            )
        });
        for action in &mut actions {
            if *action == Action::CloseHelp {
                *action = Action::ToggleFormats;
            }
        }
        outcome = egui::CentralPanel::default()
            .frame(panel_frame(&screen))
            .show(ui, |ui| console.formats.show(ui, &screen))
            .inner;
    } else {
        if workshop.session.phase() == Phase::NotStarted || console.show_names {
            egui::Panel::top("names")
                .frame(panel_frame(&screen))
                .show_separator_line(false)
                .show(ui, |ui| {
                    setup::show(
                        ui,
                        &screen,
                        (&mut console.name_drafts, &mut console.join_draft),
                        &mut actions,
                    )
                });
        }
        egui::Panel::bottom("controls")
            .frame(panel_frame(&screen))
            .show_separator_line(false)
            .show(ui, |ui| {
                controls::show(ui, &screen, workshop.prefs, &mut actions);
                // The room's window and sharing on one row: a laptop's
                // screen has no height to spare.
                ui.horizontal_wrapped(|ui| {
                    window_controls(ui, &screen, windows, &mut actions);
                    ui.add_space(screen.sizes.small);
                    sharing::show(
                        ui,
                        &screen,
                        workshop.sharing.as_ref(),
                        (workshop.share_code_hidden, tally_line),
                        &mut actions,
                    );
                });
            });
        let width = ctx.content_rect().width();
        egui::Panel::left("room side")
            .frame(panel_frame(&screen))
            .resizable(true)
            .default_size(width * 0.42)
            .size_range((width * 0.25).min(240.0)..=width * 0.6)
            .show(ui, |ui| {
                let height = ui.available_height() * 0.5;
                miniature::show(ui, &screen, room_size, height, &mut actions);
                ui.add_space(screen.sizes.small * 0.5);
                egui::ScrollArea::vertical()
                    .id_salt("next step")
                    .auto_shrink([false, false])
                    .show(ui, |ui| next_step::show(ui, &screen));
            });
        egui::CentralPanel::default()
            .frame(panel_frame(&screen))
            .show(ui, |ui| {
                let worksheet_open = workshop.prefs.worksheet_open;
                pane_tabs(
                    ui,
                    &screen,
                    (&mut console.pane, worksheet_open, language),
                    &mut actions,
                );
                if worksheet_open {
                    let reflection_due = reflection_due(&workshop.session);
                    console
                        .worksheets
                        .show_panel(ui, &screen, reflection_due, now, &mut actions);
                } else {
                    match console.pane {
                        Pane::Agenda => agenda::show(ui, &screen, &workshop.timetable),
                        Pane::Report => report_view::show(
                            ui,
                            &screen,
                            workshop.live_report.as_ref(),
                            workshop.report.path(),
                        ),
                    }
                }
            });
        if console.show_help && overlays::help(&ctx, &screen) {
            actions.push(Action::CloseHelp);
        }
        console.worksheets.show_dialogs(&ctx, &screen);
    }
    match outcome {
        Some(formats::Outcome::Run(plan)) => {
            workshop.console.formats_open = false;
            workshop.run_plan(*plan);
        }
        Some(formats::Outcome::Close) => workshop.console.formats_open = false,
        None => {}
    }
    workshop.perform_all(&ctx, actions, WindowKind::Console);
}

/// The choice of what the main pane shows: the agenda, the report, or the
/// worksheets (W), which take the most room; and at the row's end, the
/// language the app speaks.
fn pane_tabs(
    ui: &mut egui::Ui,
    screen: &Screen,
    (pane, worksheet_open, language): (&mut Pane, bool, Language),
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        let size = screen.sizes.laptop();
        let tabs = [
            (tr("console-tab-agenda"), Pane::Agenda),
            (tr("console-tab-report"), Pane::Report),
        ];
        for (label, choice) in tabs {
            let shown = !worksheet_open && *pane == choice;
            let tab = ui.selectable_label(shown, egui::RichText::new(label).size(size));
            if tab.clicked() {
                *pane = choice;
                if worksheet_open {
                    actions.push(Action::ToggleWorksheet);
                }
            }
        }
        let sheets = ui.selectable_label(
            worksheet_open,
            egui::RichText::new(tr("console-tab-worksheets")).size(size),
        );
        if sheets.clicked() && !worksheet_open {
            actions.push(Action::ToggleWorksheet);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            language_choice(ui, screen, language, actions);
        });
    });
    ui.separator();
}

/// "English | Español": each language by its own name, so a trainer who
/// reads only one of them finds it whichever is spoken now. Laid out right
/// to left, so the list is walked backwards to read left to right.
fn language_choice(
    ui: &mut egui::Ui,
    screen: &Screen,
    spoken: Language,
    actions: &mut Vec<Action>,
) {
    let size = screen.sizes.small;
    let hint = keymap::hint(&Action::NextLanguage).unwrap_or_default();
    for (i, language) in Language::ALL.into_iter().rev().enumerate() {
        if i > 0 {
            ui.label(
                egui::RichText::new("|")
                    .size(size)
                    .color(screen.palette.muted),
            );
        }
        let choice = ui
            .selectable_label(
                language == spoken,
                egui::RichText::new(own_name(language)).size(size),
            )
            .on_hover_text(&hint);
        if choice.clicked() && language != spoken {
            actions.push(Action::SetLanguage(language));
        }
    }
}

/// A language's name in that language, whatever language is spoken.
fn own_name(language: Language) -> &'static str {
    match language {
        Language::English => "English",
        Language::Spanish => "Español",
    }
}

/// The room window's own controls, in the row `ui` lays out: open or close
/// it beside the console, and send it to the next screen.
fn window_controls(
    ui: &mut egui::Ui,
    screen: &Screen,
    (root, room_open): (WindowKind, bool),
    actions: &mut Vec<Action>,
) {
    if root == WindowKind::Console {
        let label = if room_open {
            tr("console-close-room-window")
        } else {
            tr("console-open-room-window")
        };
        controls::button(
            ui,
            screen,
            (&label, Action::ToggleRoomWindow, true),
            false,
            actions,
        );
    }
    controls::button(
        ui,
        screen,
        (&tr("console-room-to-next-screen"), Action::MoveRoom, true),
        false,
        actions,
    );
}

/// What the console says of the phones' tally.
fn tally_line(session: &Session, tally: &Tally) -> sharing::TallyLine {
    let open = tally.ballot(session).map(|ballot| {
        let voters = tally
            .rounds(session)
            .into_iter()
            .find(|round| round.round == ballot.round)
            .map_or(0, |round| round.voters);
        (ballot.conversation, voters)
    });
    sharing::TallyLine {
        on: tally.is_enabled(),
        open,
    }
}

/// The room window's size, as the window system last reported it.
fn room_size(ctx: &egui::Context, workshop: &Workshop) -> Option<egui::Vec2> {
    let room = workshop.windows.viewport(WindowKind::Room);
    if !workshop.windows.is_open(WindowKind::Room) {
        return None;
    }
    ctx.input(|i| {
        i.raw
            .viewports
            .get(&room)
            .and_then(|info| info.inner_rect)
            .map(|rect| rect.size())
    })
}

/// Whether the session has reached its reflection: the questions open on
/// the worksheet there and stay open after.
fn reflection_due(session: &Session) -> bool {
    let steps = session.steps();
    session.phase() == Phase::Finished
        || steps
            .iter()
            .take(session.step_index() + 1)
            .any(|step| step.panel == Panel::Reflection)
}
