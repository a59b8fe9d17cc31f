//! The trainer's console panes drawn alone, as the console window places
//! them: the agenda with its times of day, the next step with the trainer's
//! private notes, and the report so far. A session on a hand-stepped clock
//! runs the built-in breakout the way a trainer would (a pause, a minute
//! added, a skip, a step left in overtime), and each pane is read the way a
//! person reads it: by its words, row by row.

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Local};
use eframe::egui::{self, Color32, Rect, Shape, accesskit::Role, epaint::ClippedShape};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use one_on_one::library::BUILT_INS;
use one_on_one::report::Report;
use one_on_one::report::timetable::Timetable;
use one_on_one::room::{RoomView, Stage};
use one_on_one::scenario::{Advance, Item, Plan, Scenario, Setup, built_in_breakout, parse};
use one_on_one::session::clock::{Clock, ManualClock};
use one_on_one::session::{Intent, Phase, Session};
use one_on_one::ui::Screen;
use one_on_one::ui::console::{agenda, next_step, report_view};
use one_on_one::ui::theme::{self, Palette, Sizes};

const SEC: Duration = Duration::from_secs(1);
const MIN: Duration = Duration::from_secs(60);
const SIZE: [f32; 2] = [1100.0, 720.0];

/// Which pane the harness draws.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pane {
    Agenda,
    NextStep,
    Report,
    /// All three side by side, for the tests that only look for panics.
    All,
}

/// The console's side of a session: the session, its clock, the wall
/// clock read at the start (as the report keeper reads it), and where the
/// report file would be.
struct Console {
    pane: Pane,
    session: Session,
    clock: ManualClock,
    wall_start: Option<DateTime<Local>>,
    file: Option<PathBuf>,
    /// Makes the room's view when the session has no steps to make one
    /// from; the panes never read it, but a [`Screen`] carries one.
    stand_in: Option<Session>,
}

impl Console {
    fn now(&self) -> std::time::Instant {
        self.clock.now()
    }

    fn press(&mut self, intent: Intent) {
        if intent == Intent::StartOrPause && self.session.phase() == Phase::NotStarted {
            self.wall_start = Some(self.clock.wall_now());
        }
        let now = self.now();
        self.session.apply(intent, now);
    }

    /// Lets `span` pass, the session ticking once a second as the window does.
    fn wait(&mut self, span: Duration) {
        let mut left = span;
        while !left.is_zero() {
            let step = left.min(SEC);
            self.clock.advance(step);
            left -= step;
            let now = self.now();
            self.session.tick(now);
        }
    }

    fn report(&self) -> Option<Report> {
        Report::of(&self.session, self.wall_start?, self.now())
    }
}

fn draw(ui: &mut egui::Ui, console: &mut Console) {
    let now = console.now();
    let room_session = console.stand_in.as_ref().unwrap_or(&console.session);
    let room = RoomView::of(room_session, &Stage::default(), now);
    let screen = Screen {
        session: &console.session,
        room: &room,
        now,
        palette: Palette::DARK,
        sizes: Sizes::for_height(ui.ctx().content_rect().height()),
        share: None,
    };
    // What the window's update step would make once, before drawing.
    let report = console.report();
    let timetable = Timetable::of(&console.session, report.as_ref(), console.clock.wall_now());
    let file = console.file.as_deref();
    match console.pane {
        Pane::Agenda => agenda::show(ui, &screen, &timetable),
        Pane::NextStep => next_step::show(ui, &screen),
        Pane::Report => report_view::show(ui, &screen, report.as_ref(), file),
        Pane::All => {
            ui.columns(3, |columns| {
                agenda::show(&mut columns[0], &screen, &timetable);
                next_step::show(&mut columns[1], &screen);
                report_view::show(&mut columns[2], &screen, report.as_ref(), file);
            });
        }
    }
}

fn console(pane: Pane, session: Session) -> Harness<'static, Console> {
    let console = Console {
        pane,
        session,
        clock: ManualClock::new(),
        wall_start: None,
        file: None,
        stand_in: None,
    };
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .with_context_setup(theme::install)
        .build_ui_state(draw, console);
    harness.run();
    harness
}

fn breakout(pane: Pane) -> Harness<'static, Console> {
    console(pane, Session::new(built_in_breakout()))
}

/// The breakout with round 1's feedback waiting for the trainer at zero,
/// so it can run into overtime.
fn breakout_with_a_held_step() -> Session {
    let mut scenario = built_in_breakout();
    for item in &mut scenario.steps {
        for step in item.steps_mut() {
            if step.title == "Round 1 · feedback" {
                step.advance = Advance::Hold;
            }
        }
    }
    Session::new(scenario)
}

/// Start at 18:30:00; pause 47 s in for two minutes; add a minute, so the
/// gathering runs four minutes and hands over at 18:36:00; then 90 s of
/// round 1's conversation.
fn pause_and_add_a_minute(harness: &mut Harness<'static, Console>) {
    let console = harness.state_mut();
    console.press(Intent::StartOrPause);
    console.wait(47 * SEC);
    console.press(Intent::StartOrPause);
    console.wait(2 * MIN);
    console.press(Intent::StartOrPause);
    console.press(Intent::AddMinute);
    console.wait(193 * SEC + 90 * SEC);
    assert_eq!(console.session.step_index(), 1, "in round 1's conversation");
    harness.run();
}

/// The text of every label and picture on the same line as the label
/// `first`, left to right, blanks left out: a table row as a person (or a
/// screen reader) reads it.
fn row(harness: &Harness<'_, Console>, first: &str) -> Vec<String> {
    let anchor = harness.get_by_label(first).rect();
    let mut cells: Vec<(f32, String)> = harness
        .query_all_by_role(Role::Label)
        .chain(harness.query_all_by_role(Role::Image))
        .filter(|node| {
            let rect = node.rect();
            rect.center().y > anchor.top() && rect.center().y < anchor.bottom()
        })
        .map(|node| {
            let text = node
                .accesskit_node()
                .label()
                .or(node.accesskit_node().value())
                .unwrap_or_default();
            (node.rect().left(), text)
        })
        .filter(|(_, text)| !text.is_empty())
        .collect();
    cells.sort_by(|a, b| a.0.total_cmp(&b.0));
    cells.into_iter().map(|(_, text)| text).collect()
}

fn top_of(harness: &Harness<'_, Console>, label: &str) -> f32 {
    harness.get_by_label(label).rect().top()
}

// ---------------------------------------------------------------------------
// The agenda

#[test]
fn the_agenda_shows_when_each_step_began_after_a_pause_and_a_minute_added() {
    let mut harness = breakout(Pane::Agenda);
    pause_and_add_a_minute(&mut harness);
    assert_eq!(
        row(&harness, "Gather your team"),
        ["1", "Gather your team", "3:00", "18:30", "18:30", "+3:00"],
        "planned and began at 18:30; two minutes paused and one added"
    );
    assert_eq!(
        row(&harness, "Round 1 · conversation"),
        [
            "Now",
            "2",
            "Round 1 · conversation",
            "8:00",
            "18:33",
            "18:36",
            "0:00"
        ],
        "planned at 18:30 + 3:00, began at 18:30 + 4:00 run + 2:00 paused"
    );
    assert_eq!(
        row(&harness, "Round 1 · feedback"),
        ["3", "Round 1 · feedback", "2:00", "18:41"],
        "not reached: only its plan"
    );
    assert_eq!(
        row(&harness, "Running 3 min behind plan"),
        ["Running 3 min behind plan", "·", "Set to finish at 18:58"],
        "25 minutes from 18:30, three late"
    );
}

#[test]
fn before_the_start_the_agenda_is_planned_from_the_clock_on_the_wall() {
    let mut harness = breakout(Pane::Agenda);
    harness.state_mut().clock.advance(7 * MIN); // 18:37
    harness.run();
    assert_eq!(
        row(&harness, "Rejoin the larger group"),
        ["6", "Rejoin the larger group", "2:00", "19:00"]
    );
    assert_eq!(
        row(&harness, "Gather your team"),
        ["Now", "1", "Gather your team", "3:00", "18:37"]
    );
    harness.get_by_label("Not started: planned as if you start now");
    harness.get_by_label("Would finish at 19:02");
}

#[test]
fn skipping_most_of_a_step_puts_the_agenda_ahead_and_marks_the_step_under() {
    let mut harness = breakout(Pane::Agenda);
    let console = harness.state_mut();
    console.press(Intent::StartOrPause);
    console.wait(100 * SEC);
    console.press(Intent::Next);
    harness.run();
    assert_eq!(
        row(&harness, "Gather your team"),
        ["1", "Gather your team", "3:00", "18:30", "18:30", "-1:20"]
    );
    harness.get_by_label("Running 1 min 20 s ahead of plan");
    harness.get_by_label("Set to finish at 18:53");
    assert_eq!(row(&harness, "Round 1 · conversation")[0], "Now");
}

#[test]
fn a_long_circle_keeps_the_current_step_in_view() {
    let circle = BUILT_INS
        .iter()
        .find(|(name, _)| *name == "circle.ron")
        .map(|(name, text)| parse(text, name).expect("the circle is valid"))
        .expect("the circle is built in");
    let plan = Plan::new(
        circle,
        Setup {
            people: 12,
            length: None,
        },
    );
    let steps = plan.steps.len();
    assert!(
        steps > 20,
        "{steps} steps: more than the pane shows at once"
    );
    let mut harness = console(Pane::Agenda, Session::new(plan));
    harness.set_size(egui::vec2(900.0, 420.0));
    let console = harness.state_mut();
    console.press(Intent::StartOrPause);
    for _ in 0..steps - 2 {
        console.press(Intent::Next);
    }
    harness.run();
    let number = (steps - 1).to_string();
    let now = harness.get_by_label("Now").rect();
    assert!(
        now.bottom() <= 420.0 && now.top() >= 0.0,
        "the current step, {number} of {steps}, is scrolled into view: {now:?}"
    );
    assert_eq!(row(&harness, "Now")[1], number);
}

#[test]
fn a_long_title_is_cut_so_the_times_stay_in_a_narrow_console() {
    let long = "Gather your team, choose a timekeeper and a note-taker, and read the \
                whole agenda aloud together before anyone starts";
    let mut scenario = built_in_breakout();
    scenario.steps[0].steps_mut()[0].title = long.into();
    let mut harness = console(Pane::Agenda, Session::new(scenario));
    harness.set_size(egui::vec2(560.0, 720.0));
    harness.run();
    let title = harness.get_by_label(long).rect();
    assert!(
        title.width() <= 560.0 * 0.5,
        "the title is cut: {} wide",
        title.width()
    );
    let cells = row(&harness, long);
    assert_eq!(cells[cells.len() - 2..], ["3:00", "18:30"]);
    let planned = harness.get_all_by_label("18:30").next().unwrap().rect();
    assert!(
        planned.right() <= 560.0,
        "its planned start in view: {planned:?}"
    );
}

// ---------------------------------------------------------------------------
// The next step

#[test]
fn the_next_step_and_both_steps_notes_show_ahead_of_time() {
    let mut harness = breakout(Pane::NextStep);
    pause_and_add_a_minute(&mut harness);
    let steps = built_in_breakout_steps();
    let (now, next) = (&steps[1], &steps[2]);

    harness.get_by_label("Now: step 2 of 6 · Round 1 · conversation");
    harness.get_by_label("Next: step 3 of 6 · Round 1 · feedback · 2:00");
    harness.get_by_label("Organizer: Partner A · Constituent: Partner B");
    assert!(
        harness
            .query_by_label("Roles swap at this hand-over")
            .is_none(),
        "the same pair holds the same roles in the feedback"
    );
    let (notes_now, notes_next) = (next_step::notes_now(), next_step::notes_next());
    let order = [
        notes_now.as_str(),
        &*now.notes,
        "Next: step 3 of 6 · Round 1 · feedback · 2:00",
        &*next.instructions,
        notes_next.as_str(),
        &*next.notes,
    ];
    let tops: Vec<f32> = order.iter().map(|label| top_of(&harness, label)).collect();
    assert!(
        tops.windows(2).all(|pair| pair[0] < pair[1]),
        "each under the one before: {tops:?}"
    );
    for other in [&steps[0], &steps[3], &steps[4], &steps[5]] {
        assert!(
            harness.query_by_label(&other.notes).is_none(),
            "only this step's and the next one's notes: «{}»",
            other.title
        );
    }

    // Into the feedback: next comes round 2, with the roles swapped.
    harness.state_mut().press(Intent::Next);
    harness.run();
    harness.get_by_label("Next: step 4 of 6 · Round 2 · conversation · 8:00");
    harness.get_by_label("Organizer: Partner B · Constituent: Partner A");
    harness.get_by_label("Roles swap at this hand-over");
    harness.get_by_label(&steps[3].notes);
}

#[test]
fn on_the_last_step_nothing_is_next_and_after_it_the_session_is_over() {
    let mut harness = breakout(Pane::NextStep);
    let console = harness.state_mut();
    console.press(Intent::StartOrPause);
    for _ in 0..5 {
        console.press(Intent::Next);
    }
    harness.run();
    harness.get_by_label("Now: step 6 of 6 · Rejoin the larger group");
    harness.get_by_label("Next: nothing, this is the last step");
    harness.get_by_label(&next_step::notes_now());
    assert!(harness.query_by_label(&next_step::notes_next()).is_none());

    harness.state_mut().wait(2 * MIN);
    harness.run();
    harness.get_by_label("The session is finished");
    assert!(harness.query_by_label(&next_step::notes_now()).is_none());
}

#[test]
fn before_the_start_the_first_step_and_the_second_are_shown() {
    let harness = breakout(Pane::NextStep);
    harness.get_by_label("Starts with: step 1 of 6 · Gather your team");
    harness.get_by_label("Next: step 2 of 6 · Round 1 · conversation · 8:00");
    harness.get_by_label(&built_in_breakout_steps()[0].notes);
}

fn built_in_breakout_steps() -> Vec<one_on_one::scenario::Step> {
    Plan::from(built_in_breakout()).steps
}

// ---------------------------------------------------------------------------
// The report

#[test]
fn before_the_start_there_is_nothing_to_report() {
    let harness = breakout(Pane::Report);
    harness.get_by_label("Nothing to report yet: the report begins when you press Start.");
    assert!(harness.query_by_label("Total").is_none());
}

#[test]
fn the_report_gives_exact_seconds_and_a_bar_per_step() {
    let mut harness = console(Pane::Report, breakout_with_a_held_step());
    harness.state_mut().file = Some(PathBuf::from("/home/trainer/reports/tonight.ron"));
    pause_and_add_a_minute(&mut harness);
    let console = harness.state_mut();
    console.wait(5 * SEC);
    console.press(Intent::Next); // round 1's conversation cut at 1:35, 18:37:35
    console.wait(150 * SEC); // the feedback's two minutes, and 30 s over
    harness.run();

    harness.get_by_label("Report so far");
    harness.get_by_label("Started 18:30:00 · 10:05 so far");
    assert_eq!(
        row(&harness, "Gather your team"),
        [
            "Gather your team",
            "3:00",
            "4:00",
            "18:30:00",
            "2:00 in 1 pause",
            "+1:00",
            "completed",
            "Bar: Gather your team ran 4:00 of 3:00 planned",
        ]
    );
    assert_eq!(
        row(&harness, "Round 1 · conversation"),
        [
            "Round 1 · conversation",
            "8:00",
            "1:35",
            "18:36:00",
            "skipped",
            "Bar: Round 1 · conversation ran 1:35 of 8:00 planned",
        ]
    );
    assert_eq!(
        row(&harness, "Round 1 · feedback"),
        [
            "Round 1 · feedback",
            "2:00",
            "2:30",
            "18:37:35",
            "0:30",
            "in progress",
            "Bar: Round 1 · feedback ran 2:30 of 2:00 planned, 0:30 past its length",
        ]
    );
    assert_eq!(
        row(&harness, "Total"),
        ["Total", "25:00", "8:05", "2:00", "+1:00", "0:30"]
    );
    harness.get_by_label("drift -2:55: the session is set to end 2:55 earlier than planned");
    harness.get_by_label("Report file: /home/trainer/reports/tonight.ron");

    // The bars to scale: the longest is round 1's eight planned minutes.
    let bar = harness
        .get_by_label("Bar: Round 1 · feedback ran 2:30 of 2:00 planned, 0:30 past its length")
        .rect();
    let drawn = filled_in(&harness, bar);
    let width_of = |colour: Color32| {
        drawn
            .iter()
            .filter(|(fill, _)| *fill == colour)
            .map(|(_, rect)| rect.width())
            .sum::<f32>()
    };
    let (within, past) = (
        width_of(Palette::DARK.accent),
        width_of(Palette::DARK.warning),
    );
    assert!(
        (within - bar.width() * 120.0 / 480.0).abs() < 0.5,
        "two minutes within the step's length: {within} of {}",
        bar.width()
    );
    assert!(
        (past - bar.width() * 30.0 / 480.0).abs() < 0.5,
        "30 s past it, in the warning colour: {past} of {}",
        bar.width()
    );
    let cut = filled_in(
        &harness,
        harness
            .get_by_label("Bar: Round 1 · conversation ran 1:35 of 8:00 planned")
            .rect(),
    );
    assert!(
        cut.iter().all(|(fill, _)| *fill != Palette::DARK.warning),
        "a step cut short has nothing past its length"
    );
}

#[test]
fn a_finished_session_reports_how_long_it_took() {
    let mut harness = breakout(Pane::Report);
    let console = harness.state_mut();
    console.press(Intent::StartOrPause);
    console.wait(25 * MIN);
    harness.run();
    harness.get_by_label("Report");
    harness.get_by_label("Started 18:30:00 · finished after 25:00");
    harness.get_by_label("drift 0:00: the session ended on time");
    harness.get_by_label("Report file: not written yet");
    assert_eq!(
        row(&harness, "Total"),
        ["Total", "25:00", "25:00"],
        "nothing paused, added or over"
    );
}

/// The filled rectangles painted inside `area`, with their colours.
fn filled_in(harness: &Harness<'_, Console>, area: Rect) -> Vec<(Color32, Rect)> {
    fn walk(shape: &Shape, area: Rect, found: &mut Vec<(Color32, Rect)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, area, found)),
            Shape::Rect(rect)
                if rect.fill != Color32::TRANSPARENT
                    && rect.rect.width() > 0.0
                    && area.expand(0.5).contains_rect(rect.rect) =>
            {
                found.push((rect.fill, rect.rect));
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    for ClippedShape { shape, .. } in &harness.output().shapes {
        walk(shape, area, &mut found);
    }
    found
}

// ---------------------------------------------------------------------------
// Agendas at their smallest

#[test]
fn an_agenda_with_one_step_draws_at_every_stage_of_its_life() {
    let mut scenario = built_in_breakout();
    scenario.steps.truncate(1);
    let mut harness = console(Pane::All, Session::new(scenario));
    harness.get_by_label("Next: nothing, this is the last step");
    let console = harness.state_mut();
    console.press(Intent::StartOrPause);
    console.wait(MIN);
    console.press(Intent::AddMinute);
    harness.run();
    harness.get_by_label("Running 1 min behind plan");
    let console = harness.state_mut();
    console.wait(3 * MIN);
    assert_eq!(console.session.phase(), Phase::Finished);
    harness.run();
    harness.get_by_label("The session is finished");
    harness.get_by_label("Ended 1 min behind plan");
    harness.get_by_label("Finished at 18:34");
    harness.get_by_label("drift +1:00: the session ended 1:00 later than planned");
}

#[test]
fn an_agenda_with_no_steps_draws_without_a_panic() {
    let empty = Scenario {
        steps: Vec::<Item>::new(),
        ..built_in_breakout()
    };
    let mut one = built_in_breakout();
    one.steps.truncate(1);
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .with_context_setup(theme::install)
        .build_ui_state(
            draw,
            Console {
                pane: Pane::All,
                session: Session::new(empty),
                clock: ManualClock::new(),
                wall_start: None,
                file: None,
                stand_in: Some(Session::new(one)),
            },
        );
    harness.run();
    assert_eq!(
        harness
            .get_all_by_label("This format has no steps.")
            .count(),
        2
    );
    harness.get_by_label("Would finish at 18:30");
    harness.get_by_label("Nothing to report yet: the report begins when you press Start.");
}
