//! The console's row for sharing the room with phones: the switch, and
//! while shared, the address, the remote control's PIN (shown here and
//! never in the room) and how many devices follow.

use eframe::egui::{self, RichText};

use crate::share::Sharing;
use crate::ui::console::controls;
use crate::ui::{Action, Screen};

/// The phones' tally as the console reports it.
pub struct TallyLine {
    /// Whether votes are taken.
    pub on: bool,
    /// The conversation voted on now and how many devices voted, while a
    /// ballot is open.
    pub open: Option<(String, usize)>,
}

/// Draws the controls into the row `ui` lays out, and collects what was
/// clicked.
pub fn show(
    ui: &mut egui::Ui,
    screen: &Screen,
    sharing: Option<&Sharing>,
    (code_hidden, tally): (bool, TallyLine),
    actions: &mut Vec<Action>,
) {
    let (sizes, palette) = (screen.sizes, screen.palette);
    let Some(sharing) = sharing else {
        controls::button(
            ui,
            screen,
            ("Share on phones", Action::ToggleSharing, true),
            false,
            actions,
        );
        ui.label(
            RichText::new("off: nothing listens on the network")
                .size(sizes.small * 0.9)
                .color(palette.muted),
        );
        return;
    };
    controls::button(
        ui,
        screen,
        ("Stop sharing", Action::ToggleSharing, true),
        false,
        actions,
    );
    let code = if code_hidden {
        "Show the QR code"
    } else {
        "Hide the QR code"
    };
    controls::button(
        ui,
        screen,
        (code, Action::ToggleShareCode, true),
        false,
        actions,
    );
    let urls = sharing.urls();
    let first = urls.first().cloned().unwrap_or_default();
    let address = ui.label(
        RichText::new(&first)
            .size(sizes.small)
            .strong()
            .color(palette.text),
    );
    if urls.len() > 1 {
        address.on_hover_text(format!("Also reachable at:\n{}", urls[1..].join("\n")));
    }
    ui.label(
        RichText::new(format!("PIN {}", spaced(sharing.pin().as_str())))
            .size(sizes.small)
            .strong()
            .color(palette.accent),
    )
    .on_hover_text("Type it in the page's Trainer mode to run the clock from a phone");
    ui.label(
        RichText::new(following(sharing.viewers()))
            .size(sizes.small)
            .color(palette.muted),
    );
    let switch = if tally.on { "Tally off" } else { "Tally on" };
    controls::button(
        ui,
        screen,
        (switch, Action::ToggleTally, true),
        false,
        actions,
    );
    let said = match (tally.on, tally.open) {
        (false, _) => "phones do not vote".to_string(),
        (true, None) => "votes open after each conversation".to_string(),
        (true, Some((conversation, 1))) => format!("1 vote on {conversation}"),
        (true, Some((conversation, n))) => format!("{n} votes on {conversation}"),
    };
    ui.label(RichText::new(said).size(sizes.small).color(palette.muted))
        .on_hover_text(
            "After each conversation, each phone may say which acts its pair reached; \
             the room shows the counts at the last step.",
        );
}

/// "123 456": two groups of three are easier to read out and type.
fn spaced(pin: &str) -> String {
    if pin.len() == 6 {
        format!("{} {}", &pin[..3], &pin[3..])
    } else {
        pin.to_string()
    }
}

fn following(viewers: usize) -> String {
    match viewers {
        1 => "1 device following".to_string(),
        n => format!("{n} devices following"),
    }
}
