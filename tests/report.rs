//! The record of how a session ran: a workshop stepped by hand with a pause,
//! a minute added, a step skipped and one gone back to, and the seconds the
//! report gives each step; the report kept on disk as the session runs,
//! read back after a crash and after a real SIGKILL; and
//! `one-on-one report` run as a trainer would run it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveTime;
use one_on_one::report::{self, Keeper, Outcome, Report};
use one_on_one::scenario::{Scenario, parse};
use one_on_one::session::clock::{Clock, ManualClock};
use one_on_one::session::log::{EventKind, Log, MAX_EVENTS};
use one_on_one::session::{Intent, Phase, Session};
use proptest::prelude::*;

const SEC: Duration = Duration::from_secs(1);

/// Five steps: one that waits for the trainer, and a title a spreadsheet
/// must quote.
const SCENARIO: &str = r#"Scenario(
    format: 1,
    name: "Report test: a short breakout",
    participants: [Participant(id: "A", name: "Partner A")],
    steps: [
        Step(title: "Gather, and \"choose\" roles", duration: "3m"),
        Step(title: "Conversation", duration: "8m"),
        Step(title: "Feedback", duration: "2m", advance: Hold),
        Step(title: "Break", duration: "5m"),
        Step(title: "Rejoin", duration: "2m"),
    ],
)"#;

fn scenario() -> Scenario {
    parse(SCENARIO, "report-test.ron").expect("the test scenario is valid")
}

/// A session, the clock it runs on, and a keeper writing its report.
struct Room {
    clock: ManualClock,
    session: Session,
}

impl Room {
    fn new() -> Self {
        Self {
            clock: ManualClock::new(),
            session: Session::new(scenario()),
        }
    }

    fn now(&self) -> Instant {
        self.clock.now()
    }

    fn press(&mut self, intent: Intent) {
        let now = self.now();
        self.session.apply(intent, now);
    }

    /// Lets `secs` pass, ticking once a second as the app does.
    fn wait(&mut self, secs: u64) {
        for _ in 0..secs {
            self.clock.advance(SEC);
            let now = self.now();
            self.session.tick(now);
        }
    }

    /// Lets `secs` pass with a single late tick at the end, as a window
    /// that was hidden or busy would.
    fn jump(&mut self, secs: u64) {
        self.clock.advance(SEC * u32::try_from(secs).unwrap());
        let now = self.now();
        self.session.tick(now);
    }

    fn at(&self) -> u64 {
        self.clock.elapsed().as_secs()
    }

    fn report(&self) -> Report {
        let wall_start = self.clock.wall_now() - self.clock.elapsed();
        Report::of(&self.session, wall_start, self.now()).expect("started")
    }
}

/// The run the tests below read: a pause in the first step, a late frame
/// across a hand-over, a minute added to the conversation and then a skip,
/// a Back to the conversation, which then runs in full, overtime in the
/// feedback, a break skipped after ten seconds, and the last step.
fn the_run(room: &mut Room, mut after_each: impl FnMut(&mut Room)) {
    room.press(Intent::StartOrPause); // 18:30:00
    after_each(room);
    room.wait(60);
    room.press(Intent::StartOrPause);
    after_each(room);
    room.wait(30); // paused
    room.press(Intent::StartOrPause);
    after_each(room);
    room.jump(125); // the gathering ran out at 210, seen at 215
    after_each(room);
    assert_eq!((room.at(), room.session.step_index()), (215, 1));
    room.wait(95);
    room.press(Intent::AddMinute); // the conversation is now 9 minutes
    after_each(room);
    room.wait(200);
    room.press(Intent::Next); // skipped at 300 of 540 seconds
    after_each(room);
    room.wait(30);
    room.press(Intent::Previous); // back to the conversation's start
    after_each(room);
    assert_eq!((room.at(), room.session.step_index()), (540, 1));
    room.wait(540); // runs in full, hands over at 1080
    after_each(room);
    room.jump(150); // feedback's time was up at 1200
    after_each(room);
    room.press(Intent::Next); // 30 s of overtime
    after_each(room);
    room.wait(10);
    room.press(Intent::Next); // the break, skipped
    after_each(room);
    assert_eq!((room.at(), room.session.step_index()), (1240, 4));
    room.wait(120);
    after_each(room);
    assert_eq!(room.session.phase(), Phase::Finished);
    assert_eq!(room.at(), 1360);
}

fn time(text: &str) -> Option<NaiveTime> {
    Some(NaiveTime::parse_from_str(text, "%H:%M:%S").unwrap())
}

/// (title, planned, actual, start, paused, added, overtime, outcome)
type Row = (
    &'static str,
    u64,
    u64,
    Option<NaiveTime>,
    u64,
    i64,
    u64,
    Outcome,
);

fn expected_rows() -> Vec<Row> {
    vec![
        (
            "Gather, and \"choose\" roles",
            180,
            180,
            time("18:30:00"),
            30,
            0,
            0,
            Outcome::Completed,
        ),
        (
            "Conversation",
            480,
            300 + 540,
            time("18:33:30"),
            0,
            60,
            0,
            Outcome::Completed,
        ),
        (
            "Feedback",
            120,
            30 + 150,
            time("18:38:30"),
            0,
            0,
            30,
            Outcome::Completed,
        ),
        (
            "Break",
            300,
            10,
            time("18:50:30"),
            0,
            0,
            0,
            Outcome::Skipped,
        ),
        (
            "Rejoin",
            120,
            120,
            time("18:50:40"),
            0,
            0,
            0,
            Outcome::Completed,
        ),
    ]
}

fn rows_of(report: &Report) -> Vec<Row> {
    let expected = expected_rows();
    report
        .steps
        .iter()
        .zip(&expected)
        .map(|(s, e)| {
            assert_eq!(s.title, e.0);
            (
                e.0,
                s.planned_seconds,
                s.actual_seconds,
                s.start,
                s.paused_seconds,
                s.added_seconds,
                s.overtime_seconds,
                s.outcome,
            )
        })
        .collect()
}

#[test]
fn a_run_with_a_pause_a_minute_a_skip_and_a_back_gives_exact_seconds_per_step() {
    let mut room = Room::new();
    the_run(&mut room, |_| {});
    let report = room.report();
    assert_eq!(rows_of(&report), expected_rows());
    assert!(report.finished);
    assert_eq!(report.scenario, "Report test: a short breakout");
    assert_eq!(report.started.format("%H:%M:%S").to_string(), "18:30:00");
    let totals = report.totals;
    assert_eq!(totals.planned_seconds, 180 + 480 + 120 + 300 + 120);
    assert_eq!(totals.actual_seconds, 180 + 840 + 180 + 10 + 120);
    assert_eq!(totals.paused_seconds, 30);
    assert_eq!(totals.added_seconds, 60);
    assert_eq!(totals.overtime_seconds, 30);
    assert_eq!(totals.elapsed_seconds, 1360);
    assert_eq!(totals.drift_seconds, 1360 - 1200);
    assert_eq!(
        totals.elapsed_seconds,
        totals.actual_seconds + totals.paused_seconds
    );
}

#[test]
fn hand_overs_are_logged_at_the_instant_a_step_ran_out_not_when_a_frame_saw_it() {
    let mut room = Room::new();
    the_run(&mut room, |_| {});
    let log = room.session.log();
    let at = |kind: EventKind| {
        log.iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.at.as_secs())
            .collect::<Vec<_>>()
    };
    assert_eq!(at(EventKind::StepEnded { step: 0 }), [210]);
    assert_eq!(at(EventKind::StepStarted { step: 1 }), [210, 540]);
    assert_eq!(at(EventKind::TimeUp { step: 2 }), [1200]);
    assert_eq!(at(EventKind::Next { from: 1, to: 2 }), [510]);
    assert_eq!(at(EventKind::Back { from: 2, to: 1 }), [540]);
    assert_eq!(at(EventKind::Paused), [60]);
    assert_eq!(at(EventKind::Resumed), [90]);
    assert_eq!(at(EventKind::Finished), [1360]);
    assert_eq!(
        log.first().map(|e| e.kind),
        Some(EventKind::Started),
        "nothing before the start"
    );
    assert_eq!(
        log.iter()
            .filter(|e| matches!(e.kind, EventKind::MinuteAdded { step: 1, by } if by == 60 * SEC))
            .count(),
        1
    );
    assert!(log.windows(2).all(|pair| pair[0].at <= pair[1].at));
}

#[test]
fn a_minute_taken_from_a_step_logs_what_it_actually_lost() {
    let mut room = Room::new();
    room.press(Intent::Rename {
        participant: 0,
        name: "Maria".into(),
    });
    room.press(Intent::AddMinute); // before the start: not an event
    assert!(room.session.log().is_empty());
    room.press(Intent::StartOrPause);
    room.wait(200); // of a gathering now 4 minutes long
    room.press(Intent::RemoveMinute); // only 40 seconds were left
    let removed: Vec<_> = room
        .session
        .log()
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::MinuteRemoved { step, by } => Some((step, by.as_secs())),
            _ => None,
        })
        .collect();
    assert_eq!(removed, [(0, 40)]);
    let report = room.report();
    // Four minutes, less the 40 seconds: the step ran 200 of a planned 180.
    assert_eq!(report.steps[0].added_seconds, 20);
    assert_eq!(report.steps[0].actual_seconds, 200);
    assert_eq!(report.steps[0].outcome, Outcome::Completed);
}

#[test]
fn a_trainer_mashing_keys_for_hours_cannot_grow_the_log_without_limit() {
    let mut room = Room::new();
    room.press(Intent::StartOrPause);
    let presses = MAX_EVENTS + 5_000;
    for _ in 0..presses {
        room.press(Intent::StartOrPause);
    }
    assert_eq!(room.session.log().len(), MAX_EVENTS);
    assert_eq!(
        room.session.events_recorded(),
        2 + presses as u64,
        "started, step started, then a pause or resume a press"
    );
    assert_eq!(
        room.session.dropped_events(),
        room.session.events_recorded() - MAX_EVENTS as u64
    );
    assert_eq!(room.report().steps[0].pauses as usize, presses.div_ceil(2));
}

#[test]
fn the_csv_parses_with_the_same_numbers() {
    let mut room = Room::new();
    the_run(&mut room, |_| {});
    let report = room.report();
    let text = report::Format::Csv.render(&report);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        header,
        [
            "title",
            "planned_seconds",
            "actual_seconds",
            "start_time",
            "paused_seconds",
            "minutes_added",
            "overtime_seconds"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), report.steps.len());
    for (row, (title, planned, actual, start, paused, added, overtime, _)) in
        rows.iter().zip(expected_rows())
    {
        let number = |i: usize| row[i].parse::<u64>().unwrap();
        assert_eq!(&row[0], title);
        assert_eq!(number(1), planned);
        assert_eq!(number(2), actual);
        assert_eq!(
            row[3].to_string(),
            start.unwrap().format("%H:%M:%S").to_string()
        );
        assert_eq!(number(4), paused);
        assert_eq!(row[5].parse::<f64>().unwrap() * 60.0, added as f64);
        assert_eq!(number(6), overtime);
    }
}

#[test]
fn text_and_markdown_show_every_step_the_totals_and_the_drift() {
    let mut room = Room::new();
    the_run(&mut room, |_| {});
    let report = room.report();
    let text = report::Format::Text.render(&report);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Report test: a short breakout");
    assert!(
        lines[1].ends_with("at 18:30:00; finished after 22:40."),
        "{text}"
    );
    let conversation = lines
        .iter()
        .find(|l| l.starts_with("Conversation"))
        .unwrap();
    assert!(
        conversation.contains("   8:00    14:00  18:33:30") && conversation.contains("+1:00"),
        "{text}"
    );
    assert!(conversation.contains('▓'), "ran past its plan: {text}");
    let skipped = lines.iter().find(|l| l.starts_with("Break")).unwrap();
    assert!(
        skipped.ends_with("skipped") && skipped.contains('░'),
        "{text}"
    );
    // The figures line up under their headings.
    let header = lines.iter().find(|l| l.starts_with("step")).unwrap();
    let column = header.find("overtime").unwrap() + "overtime".len();
    let feedback = lines.iter().find(|l| l.starts_with("Feedback")).unwrap();
    assert_eq!(&feedback[column - 4..column], "0:30", "{text}");
    assert!(text.contains("drift +2:40: the session ended 2:40 later than planned"));

    let md = report::Format::Markdown.render(&report);
    assert!(md.starts_with("# Session report: Report test: a short breakout\n"));
    assert!(
        md.contains("| Conversation | 8:00 | 14:00 | 18:33:30 |  | +1:00 |  |  |"),
        "{md}"
    );
    assert!(md.contains("| **Total** | **20:00** | **22:10** | | 0:30 | +1:00 | 0:30 | |"));
}

// ---------------------------------------------------------------------------
// Keeping the report as the session runs

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        static SERIAL: AtomicUsize = AtomicUsize::new(0);
        let folder = std::env::temp_dir().join(format!(
            "one-on-one-report-{}-{name}-{}",
            std::process::id(),
            SERIAL.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&folder);
        Self(folder)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn reports(&self) -> PathBuf {
        self.0.join("reports")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = fs::remove_dir_all(&self.0);
        }
    }
}

fn keep(keeper: &mut Keeper, room: &Room) -> bool {
    keeper
        .update(&room.session, room.now(), room.clock.wall_now())
        .expect("the report is written")
}

#[test]
fn the_file_written_after_each_event_reads_back_as_a_partial_report() {
    let scratch = Scratch::new("each-event");
    let mut keeper = Keeper::new(scratch.reports());
    let mut room = Room::new();
    assert!(
        !keep(&mut keeper, &room),
        "nothing to write before the start"
    );
    assert!(!scratch.reports().exists());
    let mut writes = 0;
    the_run(&mut room, |room| {
        assert!(keep(&mut keeper, room), "the log grew at {}", room.at());
        writes += 1;
        assert!(!keep(&mut keeper, room), "nothing new, nothing written");
        let path = keeper.path().unwrap().to_path_buf();
        let read = report::load(&path).unwrap();
        assert_eq!(read, room.report(), "at {}", room.at());
        assert_eq!(read.finished, room.session.phase() == Phase::Finished);
        assert_eq!(read.totals.elapsed_seconds, room.at());
    });
    assert_eq!(writes, 12);
    let files = report::file::files_in(&scratch.reports());
    assert_eq!(files.len(), 1, "one session, one file: {files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(name, "2026-11-23-183000-report-test-a-short-breakout.ron");
    assert_eq!(rows_of(&report::load(&files[0]).unwrap()), expected_rows());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&files[0]), 0o600);
        assert_eq!(mode(&scratch.reports()), 0o700);
    }
}

#[test]
fn a_keeper_dropped_without_flush_leaves_the_steps_so_far() {
    // What a crash leaves, short of killing a process (see the SIGKILL
    // test below): the keeper goes away with no last write.
    let scratch = Scratch::new("dropped");
    let mut room = Room::new();
    {
        let mut keeper = Keeper::new(scratch.reports());
        room.press(Intent::StartOrPause);
        keep(&mut keeper, &room);
        room.wait(200); // handed over to the conversation at 180
        keep(&mut keeper, &room);
        room.wait(100); // nothing happened: nothing written
        assert!(!keep(&mut keeper, &room));
    }
    let found = report::newest_in(&scratch.reports());
    assert!(found.unreadable.is_empty());
    let (_, read) = found.newest.expect("a report was left");
    assert!(!read.finished);
    assert_eq!(read.steps[0].actual_seconds, 180);
    assert_eq!(read.steps[0].outcome, Outcome::Completed);
    assert_eq!(read.steps[1].actual_seconds, 20, "as of the last write");
    assert_eq!(read.steps[1].outcome, Outcome::InProgress);
    assert_eq!(read.steps[2].outcome, Outcome::NotReached);
    assert_eq!(read.totals.elapsed_seconds, 200);
}

#[test]
fn flush_writes_up_to_the_moment_the_app_quits() {
    let scratch = Scratch::new("flush");
    let mut keeper = Keeper::new(scratch.reports());
    let mut room = Room::new();
    assert!(
        !keeper
            .flush(&room.session, room.now(), room.clock.wall_now())
            .unwrap()
    );
    room.press(Intent::StartOrPause);
    keep(&mut keeper, &room);
    room.wait(100);
    room.press(Intent::StartOrPause);
    keep(&mut keeper, &room);
    room.wait(40);
    assert!(
        keeper
            .flush(&room.session, room.now(), room.clock.wall_now())
            .unwrap()
    );
    let read = report::load(keeper.path().unwrap()).unwrap();
    assert_eq!(read.steps[0].actual_seconds, 100);
    assert_eq!(read.steps[0].paused_seconds, 40);
    assert_eq!(read.totals.elapsed_seconds, 140);
}

#[test]
fn a_new_session_gets_a_file_of_its_own() {
    let scratch = Scratch::new("two-sessions");
    let mut keeper = Keeper::new(scratch.reports());
    let mut room = Room::new();
    room.press(Intent::StartOrPause);
    keep(&mut keeper, &room);
    let first = keeper.path().unwrap().to_path_buf();
    room.wait(30);
    // The trainer picks another format: a new session, not yet started.
    room.session = Session::new(one_on_one::scenario::built_in_breakout());
    assert!(!keep(&mut keeper, &room));
    room.wait(15);
    room.press(Intent::StartOrPause);
    keep(&mut keeper, &room);
    let second = keeper.path().unwrap().to_path_buf();
    assert_ne!(first, second);
    assert!(
        second
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("2026-11-23-183045-one-on-one-practice-team-breakout")
    );
    let found = report::newest_in(&scratch.reports());
    let (newest, read) = found.newest.unwrap();
    assert_eq!(newest, second);
    assert_eq!(read.scenario, "One-on-one practice: team breakout");
    assert_eq!(
        report::load(&first).unwrap().scenario,
        "Report test: a short breakout"
    );
}

#[test]
fn a_file_the_keeper_did_not_write_is_never_replaced() {
    let scratch = Scratch::new("not-ours");
    let mut keeper = Keeper::new(scratch.reports());
    let mut room = Room::new();
    room.press(Intent::StartOrPause);
    keep(&mut keeper, &room);
    let first = keeper.path().unwrap().to_path_buf();
    // Someone writes over it meanwhile (or another window chose the name).
    fs::write(&first, "Report(format: 1, broken").unwrap();
    room.press(Intent::StartOrPause);
    keep(&mut keeper, &room);
    let moved = keeper.path().unwrap().to_path_buf();
    assert_ne!(moved, first);
    assert!(
        moved.to_string_lossy().ends_with("-2.ron"),
        "{}",
        moved.display()
    );
    assert_eq!(
        fs::read_to_string(&first).unwrap(),
        "Report(format: 1, broken"
    );
    assert_eq!(report::load(&moved).unwrap().steps[0].pauses, 1);
    // A name already taken at the start is not used either.
    let scratch = Scratch::new("taken");
    fs::create_dir_all(scratch.reports()).unwrap();
    let taken = scratch
        .reports()
        .join("2026-11-23-183000-report-test-a-short-breakout.ron");
    fs::write(&taken, "notes").unwrap();
    let mut keeper = Keeper::new(scratch.reports());
    let mut room = Room::new();
    room.press(Intent::StartOrPause);
    keep(&mut keeper, &room);
    assert_eq!(fs::read_to_string(&taken).unwrap(), "notes");
    assert!(keeper.path().unwrap().to_string_lossy().ends_with("-2.ron"));
}

#[test]
fn a_failed_write_is_reported_and_tried_again_later_not_every_frame() {
    let scratch = Scratch::new("failing");
    fs::create_dir_all(scratch.path()).unwrap();
    // The reports folder is a file: nothing can be written into it.
    fs::write(scratch.reports(), "in the way").unwrap();
    let mut keeper = Keeper::new(scratch.reports());
    let mut room = Room::new();
    room.press(Intent::StartOrPause);
    let error = keeper
        .update(&room.session, room.now(), room.clock.wall_now())
        .unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(&scratch.reports().display().to_string()),
        "{error}"
    );
    room.wait(1);
    room.press(Intent::StartOrPause);
    assert!(!keep(&mut keeper, &room), "too soon after a failure");
    fs::remove_file(scratch.reports()).unwrap();
    room.wait(1);
    assert!(keep(&mut keeper, &room), "two seconds later");
    assert_eq!(
        report::load(keeper.path().unwrap()).unwrap().steps[0].pauses,
        1
    );
}

#[test]
fn the_keeper_gives_the_console_the_report_it_writes_with_the_same_start() {
    let scratch = Scratch::new("live");
    let mut keeper = Keeper::new(scratch.reports());
    let mut room = Room::new();
    assert_eq!(keeper.report(&room.session, room.now()), None);
    room.press(Intent::StartOrPause);
    room.wait(45);
    // First seen 45 seconds in, as a window busy at the start would.
    keep(&mut keeper, &room);
    assert_eq!(
        keeper.wall_start().unwrap().format("%H:%M:%S").to_string(),
        "18:30:00"
    );
    room.wait(20);
    let live = keeper.report(&room.session, room.now()).unwrap();
    assert_eq!(live, room.report());
    assert_eq!(
        live.steps[0].actual_seconds, 65,
        "up to now, not the last write"
    );
    keeper
        .flush(&room.session, room.now(), room.clock.wall_now())
        .unwrap();
    assert_eq!(report::load(keeper.path().unwrap()).unwrap(), live);

    // Another format picked and started, not yet seen by the keeper: its
    // start is not the kept one, so there is no report to show yet.
    room.session = Session::new(one_on_one::scenario::built_in_breakout());
    room.press(Intent::StartOrPause);
    assert_eq!(keeper.report(&room.session, room.now()), None);
    keep(&mut keeper, &room);
    assert!(keeper.report(&room.session, room.now()).is_some());
    assert_eq!(
        keeper.wall_start().unwrap().format("%H:%M:%S").to_string(),
        "18:31:05"
    );
}

// ---------------------------------------------------------------------------
// A real process killed mid-run

/// Not a test of its own: the app stand-in the kill test runs in a child
/// process of this same binary, and kills. Ignored, so a plain run does not
/// run it; the kill test asks for it by name.
#[cfg(unix)]
#[test]
#[ignore = "the child process of the kill test, run by it"]
fn kill_child_session() {
    let Some(folder) = std::env::var_os(KILL_FOLDER) else {
        return;
    };
    let mut keeper = Keeper::new(PathBuf::from(folder));
    let mut room = Room::new();
    room.press(Intent::StartOrPause);
    let intents = [
        Intent::StartOrPause,
        Intent::AddMinute,
        Intent::Next,
        Intent::Previous,
        Intent::RemoveMinute,
        Intent::Restart,
    ];
    for frame in 0usize.. {
        room.wait(7);
        // Never into the last step for long, so the session never finishes.
        let last = room.session.step_index() + 1 == room.session.steps().len();
        let intent = if last {
            Intent::Previous
        } else {
            intents[frame % intents.len()].clone()
        };
        room.press(intent);
        keep(&mut keeper, &room);
    }
}

#[cfg(unix)]
const KILL_FOLDER: &str = "ONE_ON_ONE_REPORT_KILL_FOLDER";

#[cfg(unix)]
#[test]
fn a_run_killed_with_sigkill_leaves_a_readable_partial_report() {
    use std::os::unix::process::ExitStatusExt;
    use std::process::Stdio;

    let scratch = Scratch::new("killed");
    let kills = 40;
    let (mut left, mut temps) = (0, 0);
    for kill in 0..kills {
        let folder = scratch.path().join(format!("run-{kill}"));
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "kill_child_session",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(KILL_FOLDER, &folder)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Spread over the child's start and its first few dozen writes.
        std::thread::sleep(Duration::from_millis((kill * 37 % 90) as u64));
        child.kill().unwrap();
        let output = child.wait_with_output().unwrap();
        assert_eq!(
            output.status.signal(),
            Some(9),
            "the child stopped by itself ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        let found = report::newest_in(&folder);
        assert!(
            found.unreadable.is_empty(),
            "kill {kill}: {:?}",
            found.unreadable
        );
        let files = report::file::files_in(&folder);
        temps += fs::read_dir(&folder)
            .map(|entries| entries.count())
            .unwrap_or(0)
            - files.len();
        let Some((_, read)) = found.newest else {
            assert!(files.is_empty(), "kill {kill}");
            continue; // killed before its first write
        };
        left += 1;
        assert_eq!(files.len(), 1, "kill {kill}: {files:?}");
        assert!(!read.finished, "kill {kill}");
        assert_eq!(read.steps.len(), 5);
        let totals = read.totals;
        assert!(totals.elapsed_seconds > 0);
        assert_eq!(
            totals.elapsed_seconds,
            totals.actual_seconds + totals.paused_seconds,
            "kill {kill}: {totals:?}"
        );
        let in_progress = read
            .steps
            .iter()
            .filter(|s| s.outcome == Outcome::InProgress)
            .count();
        assert_eq!(in_progress, 1, "kill {kill}");
    }
    eprintln!("{left} of {kills} killed runs had written a report; {temps} writes were cut short");
    assert!(
        left >= kills / 2,
        "too few kills landed after a write: {left}"
    );
}

// ---------------------------------------------------------------------------
// Broken files and the command line

/// Runs the binary with a data folder of its own under `home`.
fn one_on_one(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_one-on-one"))
        .args(args)
        .env("LC_ALL", "C.UTF-8")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .output()
        .expect("the binary runs")
}

/// The report of the test run, written where the app would write it.
fn saved_run(home: &Path) -> PathBuf {
    let mut keeper = Keeper::new(home.join("data/one-on-one/reports"));
    let mut room = Room::new();
    the_run(&mut room, |room| {
        keep(&mut keeper, room);
    });
    keeper.path().unwrap().to_path_buf()
}

#[test]
fn a_broken_report_file_gives_file_line_and_column() {
    let scratch = Scratch::new("broken");
    let path = saved_run(scratch.path());
    let text = fs::read_to_string(&path).unwrap();
    let broken = text.replacen(
        "paused_seconds: 30,",
        "paused_seconds: \"half a minute\",",
        1,
    );
    assert_ne!(broken, text);
    fs::write(&path, &broken).unwrap();
    let line = broken
        .lines()
        .position(|l| l.contains("half a minute"))
        .unwrap()
        + 1;
    let column = broken.lines().nth(line - 1).unwrap().find('"').unwrap() + 1;
    let error = report::load(&path).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!("{}:{line}:{column}: expected integer", path.display())
    );

    // The command line says the same, on standard error, and fails.
    let output = one_on_one(scratch.path(), &["report", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!("{error}\n")
    );

    // Not text at all, and too big.
    fs::write(&path, b"Report(\n  format: 1,\n  sce\xffnario").unwrap();
    let error = report::load(&path).unwrap_err();
    assert_eq!(error.position, Some((3, 6)), "{error}");
    let big = vec![b' '; report::MAX_FILE_BYTES as usize + 1];
    fs::write(&path, big).unwrap();
    assert!(
        report::load(&path)
            .unwrap_err()
            .message
            .contains("larger than")
    );
}

#[test]
fn report_prints_the_newest_by_start_time_and_skips_broken_files() {
    let scratch = Scratch::new("cli-newest");
    let newest = saved_run(scratch.path());
    let folder = newest.parent().unwrap().to_path_buf();
    // An older session whose file name sorts last and whose file is newer:
    // the start time recorded inside decides.
    let mut older = report::load(&newest).unwrap();
    older.started -= chrono::Duration::days(1);
    older.scenario = "An older session".into();
    fs::write(folder.join("zzz-copied-later.ron"), report::to_text(&older)).unwrap();
    fs::write(folder.join("notes.ron"), "not a report").unwrap();

    let output = one_on_one(scratch.path(), &["report"]);
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("Report test: a short breakout\n"),
        "{text}"
    );
    let errors = String::from_utf8(output.stderr).unwrap();
    assert!(
        errors.contains(&format!(
            "one-on-one: note: skipped {}:1:1: ",
            folder.join("notes.ron").display()
        )),
        "{errors}"
    );

    let output = one_on_one(scratch.path(), &["report", "--format", "csv"]);
    let csv_text = String::from_utf8(output.stdout).unwrap();
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let titles: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    assert_eq!(titles[0], "Gather, and \"choose\" roles");
    assert_eq!(titles.len(), 5);

    let older_file = folder.join("zzz-copied-later.ron");
    let output = one_on_one(
        scratch.path(),
        &["report", older_file.to_str().unwrap(), "--format=md"],
    );
    assert!(output.status.success());
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .starts_with("# Session report: An older session\n")
    );
}

#[test]
fn report_with_no_reports_says_where_it_looked() {
    let scratch = Scratch::new("cli-none");
    let output = one_on_one(scratch.path(), &["report"]);
    assert_eq!(output.status.code(), Some(1));
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(
        error.starts_with(&format!(
            "{}: no session report here yet",
            scratch.path().join("data/one-on-one/reports").display()
        )),
        "{error}"
    );
    let help = one_on_one(scratch.path(), &["--help"]);
    assert!(
        String::from_utf8(help.stdout)
            .unwrap()
            .contains("one-on-one report [FILE] [--format text|md|csv]")
    );
}

#[test]
fn a_title_with_escape_sequences_cannot_drive_the_terminal() {
    let scratch = Scratch::new("cli-escapes");
    let path = saved_run(scratch.path());
    let mut read = report::load(&path).unwrap();
    read.steps[1].title = "Conversation\u{1b}]0;owned\u{7}\u{202e}".into();
    fs::write(&path, report::to_text(&read)).unwrap();
    for format in ["text", "md", "csv"] {
        let output = one_on_one(
            scratch.path(),
            &["report", path.to_str().unwrap(), "--format", format],
        );
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(text.contains("Conversation"), "{format}: {text}");
        assert!(
            !text.contains(['\u{1b}', '\u{7}', '\u{202e}']),
            "{format}: {text:?}"
        );
    }
    let output = one_on_one(
        scratch.path(),
        &["report", path.to_str().unwrap(), "--format", "csv"],
    );
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("Conversation\\u{1b}]0;owned\\u{7}\\u{202e}"),
        "shown, not sent: {text}"
    );
}

// ---------------------------------------------------------------------------
// Properties

/// The report of the test run, as written.
static RUN_TEXT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let mut room = Room::new();
    the_run(&mut room, |_| {});
    report::to_text(&room.report())
});

fn intent() -> impl Strategy<Value = Intent> {
    prop_oneof![
        Just(Intent::StartOrPause),
        Just(Intent::Next),
        Just(Intent::Previous),
        Just(Intent::Restart),
        Just(Intent::AddMinute),
        Just(Intent::RemoveMinute),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn parsing_any_text_never_panics(text in "\\PC*") {
        let _ = report::parse(&text, "any.ron");
    }

    #[test]
    fn parsing_a_damaged_report_never_panics(cut in 0usize..2000, junk in "\\PC{0,8}") {
        let text = &*RUN_TEXT;
        let at = text.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(text.len());
        let damaged = format!("{}{junk}{}", &text[..at], &text[at..]);
        if let Err(error) = report::parse(&damaged, "r.ron") {
            prop_assert!(error.to_string().starts_with("r.ron"));
        }
    }

    /// Whatever the trainer presses, whenever: time is all accounted for,
    /// the log's totals are what replaying its events gives, and the
    /// report reads back as written.
    #[test]
    fn any_run_accounts_for_every_second(
        moves in prop::collection::vec((intent(), 0u64..400), 1..60)
    ) {
        let mut room = Room::new();
        let mut starting_lengths = None;
        for (intent, wait) in moves {
            if room.session.phase() == Phase::NotStarted && intent == Intent::StartOrPause {
                starting_lengths = Some(
                    (0..room.session.steps().len())
                        .map(|i| room.session.step_length(i))
                        .collect::<Vec<_>>(),
                );
            }
            room.press(intent);
            room.jump(wait);
        }
        let Some(lengths) = starting_lengths else {
            prop_assert!(room.session.log().is_empty());
            return Ok(());
        };
        let log = room.session.log();
        prop_assert!(log.windows(2).all(|pair| pair[0].at <= pair[1].at));
        let at = room.session.finished_at().unwrap_or(room.now())
            - room.session.started_at().unwrap();
        prop_assert_eq!(Log::replay(&lengths, log).steps_at(at), room.session.step_records(room.now()));

        let report = room.report();
        let totals = report.totals;
        prop_assert_eq!(totals.elapsed_seconds, totals.actual_seconds + totals.paused_seconds);
        prop_assert_eq!(
            totals.actual_seconds,
            report.steps.iter().map(|s| s.actual_seconds).sum::<u64>()
        );
        prop_assert!(report.steps.iter().all(|s| s.overtime_seconds <= s.actual_seconds));
        if report.finished {
            prop_assert_eq!(
                totals.drift_seconds,
                totals.elapsed_seconds as i64 - totals.planned_seconds as i64
            );
        } else {
            prop_assert_eq!(
                report.steps.iter().filter(|s| s.outcome == Outcome::InProgress).count(),
                1
            );
        }
        prop_assert_eq!(report::parse(&report::to_text(&report), "r.ron").unwrap(), report);
    }
}
