//! The countdown drawn as outlines: however large the projector makes the
//! clock, its digits never go into egui's font atlas, and the room still
//! finds the clock by the digits it reads.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use one_on_one::room::{RoomView, Stage};
use one_on_one::scenario::built_in_breakout;
use one_on_one::session::Session;
use one_on_one::session::clock::{Clock, ManualClock};
use one_on_one::ui::theme::{self, Palette, Sizes};
use one_on_one::ui::{Screen, room};

const PROJECTOR: [f32; 2] = [1920.0, 1080.0];

/// The room before the start, with the clock at a size of the test's choosing.
struct Projected {
    session: Session,
    stage: Stage,
    clock: ManualClock,
    /// The clock's font size; `None` for what the window's height gives.
    clock_size: Option<f32>,
    /// Draws the whole room rather than the countdown alone.
    whole_room: bool,
}

fn draw(ui: &mut eframe::egui::Ui, projected: &mut Projected) {
    let now = projected.clock.now();
    let view = RoomView::of(&projected.session, &projected.stage, now);
    let mut sizes = Sizes::for_height(ui.ctx().content_rect().height());
    if let Some(size) = projected.clock_size {
        sizes.clock = size;
    }
    let screen = Screen {
        session: &projected.session,
        room: &view,
        now,
        palette: Palette::DARK,
        sizes,
        share: None,
    };
    if projected.whole_room {
        room::show(ui, &screen, None);
    } else {
        room::countdown::show(ui, &screen);
    }
}

fn projector(clock_size: Option<f32>, whole_room: bool) -> Harness<'static, Projected> {
    let projected = Projected {
        session: Session::new(built_in_breakout()),
        stage: Stage::default(),
        clock: ManualClock::new(),
        clock_size,
        whole_room,
    };
    let mut harness = Harness::builder()
        .with_size(PROJECTOR)
        .with_context_setup(theme::install)
        .build_ui_state(draw, projected);
    harness.run();
    harness
}

/// The font atlas's size and how many of its pixels hold a glyph.
fn atlas(harness: &Harness<'_, Projected>) -> ([usize; 2], usize) {
    harness.ctx.fonts(|fonts| {
        let image = fonts.image();
        let inked = image.pixels.iter().filter(|p| p.a() > 0).count();
        (image.size, inked)
    })
}

/// As text, a 600 point clock would need glyph bitmaps four times the size
/// of a 300 point one's; as outlines it needs none, so the atlas holds the
/// same (the state word beside the clock) at both sizes.
#[test]
fn a_larger_clock_does_not_grow_the_font_atlas() {
    let small = projector(Some(300.0), false);
    let large = projector(Some(600.0), false);
    assert!(small.query_by_label("3:00").is_some());
    assert!(large.query_by_label("3:00").is_some());
    assert_eq!(atlas(&small), atlas(&large));
}

/// The tallest run of ink down any column of the font atlas: about the
/// height of the tallest glyph egui has rasterised.
fn tallest_glyph(harness: &Harness<'_, Projected>) -> usize {
    harness.ctx.fonts(|fonts| {
        let image = fonts.image();
        let [width, height] = image.size;
        (0..width)
            .map(|x| {
                let (mut run, mut tallest) = (0, 0);
                for y in 0..height {
                    run = if image.pixels[y * width + x].a() > 0 {
                        run + 1
                    } else {
                        0
                    };
                    tallest = tallest.max(run);
                }
                tallest
            })
            .max()
            .unwrap_or(0)
    })
}

/// The room at full size on a 1080p projector: the back row reads the
/// clock, and nothing near the size of its digits is in the atlas.
#[test]
fn the_projected_room_reads_its_clock_without_its_glyphs_in_the_atlas() {
    let harness = projector(None, true);
    let clock = harness.get_by_label("3:00");
    let digit_height = 0.73 * Sizes::for_height(PROJECTOR[1]).clock;
    assert!(clock.rect().height() > digit_height, "{:?}", clock.rect());
    let tallest = tallest_glyph(&harness) as f32;
    assert!(
        tallest < digit_height / 2.0,
        "a glyph {tallest} pixels tall is in the atlas; the digits are {digit_height}"
    );
}
