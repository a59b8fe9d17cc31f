//! The window keeps the report as the session runs: a trainer's pauses,
//! added minute, skip and step back end up in the file, to the second, and
//! the file is there before the window closes.

mod common;

use common::{SEC, Trainer};
use eframe::egui::Key;
use one_on_one::report::file::{files_in, load};

#[test]
fn a_run_with_a_pause_a_minute_a_skip_and_a_back_is_reported_to_the_second() {
    let mut trainer = Trainer::new();
    let reports = trainer.data.join("reports");
    trainer.press(Key::Space);
    trainer.wait(30 * SEC);
    assert_eq!(files_in(&reports).len(), 1, "written as soon as it started");

    trainer.press(Key::Space); // pause
    trainer.wait(20 * SEC);
    trainer.press(Key::Space); // resume
    trainer.press(Key::Plus);
    trainer.wait(10 * SEC);
    trainer.press(Key::ArrowRight); // skip the rest of step 1
    trainer.wait(5 * SEC);
    trainer.press(Key::ArrowLeft); // back to step 1, from its start
    trainer.wait(7 * SEC);

    // A crash here would leave the report of the last event: the back.
    let partial = load(&files_in(&reports)[0]).expect("a readable partial report");
    assert!(!partial.finished);
    assert_eq!(partial.steps[1].actual_seconds, 5);

    trainer.harness.state_mut().flush();
    let report = load(&files_in(&reports)[0]).expect("readable");
    let first = &report.steps[0];
    assert_eq!(
        first.actual_seconds,
        30 + 10 + 7,
        "run time in step 1, both visits"
    );
    assert_eq!(first.paused_seconds, 20);
    assert_eq!(first.added_seconds, 60);
    assert_eq!(report.steps[1].actual_seconds, 5);
    assert_eq!(report.totals.elapsed_seconds, 30 + 20 + 10 + 5 + 7);
}
