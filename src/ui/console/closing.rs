//! Quitting with unsaved changes asks first, on the console, whichever
//! window was closed.

use eframe::egui::{self, ViewportCommand, ViewportId};
use fluent::FluentValue;

use super::formats::Formats;
use super::worksheets::Worksheets;
use crate::i18n::{tr, tr_args};
use crate::ui::{Screen, overlays};

/// What closing the window is waiting for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closing {
    /// The person is being asked what to do with unsaved changes.
    Asking,
    /// They answered; the next close request goes through.
    Confirmed,
}

/// In the pass of the window whose closing quits: a close request with
/// unsaved changes is held back, and the console asks what to do with them.
pub fn hold_close(
    ctx: &egui::Context,
    worksheets: &Worksheets,
    formats: &Formats,
    closing: &mut Option<Closing>,
) {
    let requested = ctx.input(|i| i.viewport().close_requested());
    if requested
        && *closing != Some(Closing::Confirmed)
        && (worksheets.any_unsaved() || formats.unsaved_draft().is_some())
    {
        ctx.send_viewport_cmd(ViewportCommand::CancelClose);
        *closing = Some(Closing::Asking);
    }
}

/// In the console's pass, while a close is held: keep the unsaved changes
/// for the next start (in their recovery copies), discard them, or go back.
pub fn ask(
    ctx: &egui::Context,
    screen: &Screen,
    worksheets: &mut Worksheets,
    formats: &mut Formats,
    closing: &mut Option<Closing>,
) {
    if *closing != Some(Closing::Asking) {
        return;
    }
    let unsaved_sheets = worksheets.any_unsaved();
    let unsaved_draft = formats.unsaved_draft().map(str::to_string);
    let headline = match (unsaved_sheets, unsaved_draft) {
        (true, Some(name)) => tr_args(
            "console-closing-sheets-and-draft",
            &[("name", FluentValue::from(name))],
        ),
        (false, Some(name)) => tr_args(
            "console-closing-draft",
            &[("name", FluentValue::from(name))],
        ),
        _ => tr("console-closing-sheets"),
    };
    // Keeping them for the next start is only offered while their recovery
    // copies can be written.
    let can_keep = worksheets.recovery_trouble().is_none() && formats.recovery_trouble().is_none();
    let answer = if can_keep {
        overlays::ask(
            ctx,
            screen,
            "close-window",
            &headline,
            &tr("console-closing-detail"),
            &[
                tr("console-closing-keep"),
                tr("console-closing-discard"),
                tr("console-go-back"),
            ],
        )
    } else {
        overlays::ask(
            ctx,
            screen,
            "close-window-lost",
            &headline,
            &tr("console-closing-lost-detail"),
            &[tr("console-closing-lose"), tr("console-go-back")],
        )
        .map(|choice| if choice == 0 { 1 } else { 2 })
    };
    match answer {
        Some(choice @ (0 | 1)) => {
            if choice == 1 {
                worksheets.discard_all_unsaved();
                formats.discard_draft();
            }
            let mut failed = worksheets.flush();
            failed.extend(formats.flush().err());
            if failed.is_empty() || choice == 1 {
                *closing = Some(Closing::Confirmed);
                ctx.send_viewport_cmd_to(ViewportId::ROOT, ViewportCommand::Close);
            } else {
                // The copies could not be written just now: stay, and the
                // question comes back saying so.
                for error in failed {
                    crate::terminal::eprint_line(&format!("one-on-one: {error}"));
                }
            }
        }
        Some(_) => *closing = None,
        None => {}
    }
}
