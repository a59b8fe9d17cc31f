//! The room's view drawn alone, as the projector shows it: at every step of
//! every shipped format, at the projectors' common sizes, with and without
//! the do / don't table, in English, in Spanish and in both languages at
//! once, nothing is pressable or typeable and nothing runs off the window.

use std::time::Duration;

use eframe::egui::{self, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use one_on_one::i18n::{Language, set_language, tr_in};
use one_on_one::library::BUILT_INS;
use one_on_one::room::{RoomView, Stage};
use one_on_one::scenario::{Scenario, parse};
use one_on_one::session::clock::{Clock, ManualClock};
use one_on_one::session::{Intent, Session};
use one_on_one::ui::room::share_code::ShareCard;
use one_on_one::ui::theme::{self, Palette, Sizes};
use one_on_one::ui::{Screen, room};

/// What the projector is given: a session, the stage, and the time.
struct Projected {
    session: Session,
    stage: Stage,
    clock: ManualClock,
    /// The QR corner, while the room is shared.
    share: Option<ShareCard>,
}

fn draw(ui: &mut egui::Ui, projected: &mut Projected) {
    let now = projected.clock.now();
    let view = RoomView::of(&projected.session, &projected.stage, now);
    let screen = Screen {
        session: &projected.session,
        room: &view,
        now,
        palette: Palette::DARK,
        sizes: Sizes::for_height(ui.ctx().content_rect().height()),
        share: projected.share.as_ref(),
    };
    room::show(ui, &screen, None);
}

fn harness(session: Session, size: [f32; 2]) -> Harness<'static, Projected> {
    let projected = Projected {
        session,
        stage: Stage::default(),
        clock: ManualClock::new(),
        share: None,
    };
    Harness::builder()
        .with_size(size)
        .with_context_setup(theme::install)
        .build_ui_state(draw, projected)
}

/// Everything the room reads lies inside the window.
fn assert_nothing_clipped(harness: &Harness<'_, Projected>, size: [f32; 2], at: &str) {
    for node in harness.query_all_by_role(Role::Label) {
        let rect = node.rect();
        let label = node
            .accesskit_node()
            .label()
            .or(node.accesskit_node().value())
            .unwrap_or_default();
        assert!(
            rect.right() <= size[0] + 0.5 && rect.bottom() <= size[1] + 0.5,
            "{at}: «{label}» at {rect:?} runs off a {size:?} window"
        );
    }
}

fn assert_nothing_to_press(harness: &Harness<'_, Projected>, at: &str) {
    for role in [
        Role::Button,
        Role::TextInput,
        Role::MultilineTextInput,
        Role::CheckBox,
    ] {
        let found: Vec<String> = harness
            .query_all_by_role(role)
            .map(|node| node.accesskit_node().label().unwrap_or_default())
            .collect();
        assert!(found.is_empty(), "{at}: {role:?} in the room: {found:?}");
    }
}

/// Starts the session at the first step, then goes to the next a second on.
fn move_on(projected: &mut Projected, step: usize) {
    let now = projected.clock.now();
    if step == 0 {
        projected.session.apply(Intent::StartOrPause, now);
    }
    projected.clock.advance(Duration::from_secs(1));
    let now = projected.clock.now();
    projected.session.apply(Intent::Next, now);
}

/// How the room may read: in English, in Spanish (about a fifth longer),
/// and with the prompts in both languages at once (B), the longest of all.
const READINGS: [(Language, bool); 3] = [
    (Language::English, false),
    (Language::Spanish, false),
    (Language::Spanish, true),
];

/// A harness on `scenario` speaking `language`, with both languages shown
/// when `both`.
fn reading(
    scenario: &Scenario,
    size: [f32; 2],
    (language, both): (Language, bool),
) -> Harness<'static, Projected> {
    set_language(language);
    let mut harness = harness(Session::new(scenario.clone()), size);
    if both {
        harness.state_mut().stage.toggle_both_languages();
    }
    harness
}

#[test]
fn every_step_fits_the_projector_with_nothing_to_press() {
    for (name, text) in BUILT_INS {
        let scenario = parse(text, name).expect("shipped formats parse");
        for size in [[1920.0, 1080.0], [1366.0, 768.0], [1024.0, 768.0]] {
            for read in READINGS {
                let mut harness = reading(&scenario, size, read);
                let steps = harness.state().session.steps().len();
                for step in 0..steps {
                    for do_dont in [false, true] {
                        if harness.state().stage.do_dont_shown() != do_dont {
                            harness.state_mut().stage.toggle_do_dont();
                        }
                        harness.run();
                        let at = format!(
                            "{name} at {size:?} in {read:?}, step {}, do/don't {do_dont}",
                            step + 1
                        );
                        assert_nothing_to_press(&harness, &at);
                        assert_nothing_clipped(&harness, size, &at);
                    }
                    move_on(harness.state_mut(), step);
                }
            }
        }
    }
}

#[test]
fn every_step_fits_beside_the_qr_code_and_the_do_dont_table() {
    for (name, text) in BUILT_INS {
        let scenario = parse(text, name).expect("shipped formats parse");
        for size in [[1366.0, 768.0], [1024.0, 768.0]] {
            for read in READINGS {
                let mut harness = reading(&scenario, size, read);
                harness.state_mut().share =
                    Some(ShareCard::for_url("http://192.168.100.200:8111/", 27));
                harness.state_mut().stage.toggle_do_dont();
                let count = [("count", fluent::FluentValue::from(27))];
                let following = tr_in(read.0, "room-share-devices", &count);
                let steps = harness.state().session.steps().len();
                for step in 0..steps {
                    harness.run();
                    let at = format!("{name} at {size:?} in {read:?}, step {}, shared", step + 1);
                    assert_nothing_to_press(&harness, &at);
                    assert_nothing_clipped(&harness, size, &at);
                    let address = harness.get_by_label("192.168.100.200:8111").rect();
                    assert!(
                        address.left() > size[0] * 0.75,
                        "{at}: the address stays in its corner, at {address:?}"
                    );
                    assert!(
                        harness.query_by_label(&following).is_some(),
                        "{at}: {following}"
                    );
                    move_on(harness.state_mut(), step);
                }
            }
        }
    }
}
