//! The console's row for sharing the room with phones: the switch, and
//! while shared, the address, the remote control's PIN (shown here and
//! never in the room) and how many devices follow.

use eframe::egui::{self, RichText};
use fluent::FluentValue;

use crate::i18n::{tr, tr_args};
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
            (&tr("console-share-on-phones"), Action::ToggleSharing, true),
            false,
            actions,
        );
        ui.label(
            RichText::new(tr("console-share-off"))
                .size(sizes.small * 0.9)
                .color(palette.muted),
        );
        return;
    };
    controls::button(
        ui,
        screen,
        (&tr("console-stop-sharing"), Action::ToggleSharing, true),
        false,
        actions,
    );
    let code = if code_hidden {
        tr("console-show-qr")
    } else {
        tr("console-hide-qr")
    };
    controls::button(
        ui,
        screen,
        (&code, Action::ToggleShareCode, true),
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
        address.on_hover_text(tr_args(
            "console-share-also-at",
            &[("addresses", FluentValue::from(urls[1..].join("\n")))],
        ));
    }
    ui.label(
        RichText::new(tr_args(
            "console-share-pin",
            &[("pin", FluentValue::from(spaced(sharing.pin().as_str())))],
        ))
        .size(sizes.small)
        .strong()
        .color(palette.accent),
    )
    .on_hover_text(tr("console-share-pin-hint"));
    ui.label(
        RichText::new(following(sharing.viewers()))
            .size(sizes.small)
            .color(palette.muted),
    );
    let switch = if tally.on {
        tr("console-tally-off")
    } else {
        tr("console-tally-on")
    };
    controls::button(
        ui,
        screen,
        (&switch, Action::ToggleTally, true),
        false,
        actions,
    );
    let said = match (tally.on, tally.open) {
        (false, _) => tr("console-tally-no-votes"),
        (true, None) => tr("console-tally-waiting"),
        (true, Some((conversation, votes))) => tr_args(
            "console-tally-votes",
            &[
                ("votes", FluentValue::from(votes)),
                ("conversation", FluentValue::from(conversation)),
            ],
        ),
    };
    ui.label(RichText::new(said).size(sizes.small).color(palette.muted))
        .on_hover_text(tr("console-tally-hint"));
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
    tr_args(
        "console-share-following",
        &[("count", FluentValue::from(viewers))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, tr_in};

    #[test]
    fn devices_are_counted_in_each_language() {
        let count = |n: usize| [("count", FluentValue::from(n))];
        let following = |language, n| tr_in(language, "console-share-following", &count(n));
        assert_eq!(following(Language::English, 1), "1 device following");
        assert_eq!(following(Language::English, 0), "0 devices following");
        assert_eq!(following(Language::Spanish, 1), "1 dispositivo conectado");
        assert_eq!(
            following(Language::Spanish, 12),
            "12 dispositivos conectados"
        );
        let also = [("addresses", FluentValue::from("http://a/\nhttp://b/"))];
        assert_eq!(
            tr_in(Language::English, "console-share-also-at", &also),
            "Also reachable at:\nhttp://a/\nhttp://b/"
        );
    }
}
