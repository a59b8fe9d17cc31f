//! Hostile scenario files near the 4 MB cap (thousands of people, a round
//! run once for each of them, hundreds of thousands of steps, a problem in
//! every value, brackets nested four million deep), and the largest files the
//! limits let through. Each is written to a folder of its own under the
//! system's temporary folder and given to the real binary, `check` and
//! `agenda`, in a child process whose peak memory the kernel reports when
//! it ends. A hostile file must be refused with a `file:line:column:`
//! message, a valid one must load, and neither may take 100 MB.
//!
//! `benches/limits.rs` includes this file and prints the same figures for a
//! release build.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The most memory any command may take on any file up to the size cap:
/// 100 MB, in the KiB the kernel counts in.
pub const MEMORY_LIMIT_KIB: u64 = 100 * 1000 * 1000 / 1024;

/// The largest scenario file the app reads (`MAX_FILE_BYTES` in load.rs).
const FILE_CAP: usize = 4 * 1024 * 1024;

/// A run taking longer is stopped and fails: reading one file, even in a
/// debug build, takes seconds; a minute means something grew out of bounds.
const RUN_TIME_LIMIT: Duration = Duration::from_secs(60);

/// Set in the environment of the small process that runs the binary and
/// measures it: the binary's arguments, separated by [`SEPARATOR`].
const HELPER_ARGS: &str = "ONE_ON_ONE_LIMITS_ARGS";

/// Where the measured run's standard output and error go.
const HELPER_OUT: &str = "ONE_ON_ONE_LIMITS_OUT";
const HELPER_ERR: &str = "ONE_ON_ONE_LIMITS_ERR";

const SEPARATOR: char = '\u{1f}';

/// The line the helper prints its figures on.
const MEASURED: &str = "MEASURED";

// ---------------------------------------------------------------------------
// The files

/// A scenario file to try, and a few words one of its problems must contain
/// (empty for a file that must load).
pub struct Sample {
    /// A file name, without `.ron`.
    pub name: &'static str,
    /// The file's text.
    pub text: String,
    /// Words one of the problems reported must contain.
    pub says: &'static str,
}

/// The start of a small valid scenario, up to where its steps begin.
const HEAD: &str = r#"Scenario(
    format: 1,
    name: "Hostile",
    participants: [Participant(id: "A", name: "Ann"), Participant(id: "B", name: "Bo")],
    roles: [Role(id: "organizer", name: "Organizer"), Role(id: "constituent", name: "Constituent")],
    acts: [Act(id: "attention", name: "Attention", purpose: "Why we meet")],
"#;

/// `head`, then as many `unit(0)`, `unit(1)`... as fit under the file cap
/// with `tail` after them.
fn fill(head: &str, unit: impl Fn(usize) -> String, tail: &str) -> String {
    let mut text = head.to_string();
    for i in 0.. {
        let next = unit(i);
        if text.len() + next.len() + tail.len() > FILE_CAP {
            break;
        }
        text.push_str(&next);
    }
    text.push_str(tail);
    text
}

/// The file from the issue: 4,000 people, and a round for each of them of
/// 4,000 steps; unrolled, sixteen million steps.
fn four_thousand_people_each_holding_a_round() -> Sample {
    let people: String = (0..4000)
        .map(|i| format!("Participant(id: \"P{i}\", name: \"Person {i}\"),\n"))
        .collect();
    let steps: String = (0..4000)
        .map(|i| {
            format!(
                "Step(title: \"Turn {i}\", duration: \"1m\", cast: {{\"organizer\": \"P1\"}}),\n"
            )
        })
        .collect();
    Sample {
        name: "four-thousand-people",
        text: format!(
            "Scenario(format: 1, name: \"Everyone\",\nparticipants: [\n{people}],\nroles: [Role(id: \"organizer\", name: \"Organizer\")],\nsteps: [Rounds(repeat: EachPerson, steps: [\n{steps}])])\n"
        ),
        says: "4000 participants are listed; a workshop may have at most 30",
    }
}

/// Thirty people, the most allowed, and a round for each of them holding
/// as many steps as 4 MB can.
fn a_round_for_each_person_as_big_as_the_file() -> Sample {
    let people: String = (1..=30)
        .map(|i| format!("Participant(id: \"P{i}\", name: \"\"),"))
        .collect();
    Sample {
        name: "each-person-round",
        text: fill(
            &format!(
                "Scenario(format: 1, name: \"Circle\", participants: [{people}], steps: [Rounds(steps: [\n"
            ),
            |_| "Step(title: \"t\", duration: \"1s\"),\n".into(),
            "])])\n",
        ),
        says: "once for each of up to 30 people",
    }
}

/// Two hundred thousand participants.
fn participants_filling_the_file() -> Sample {
    Sample {
        name: "many-participants",
        text: fill(
            "Scenario(format: 1, name: \"Crowd\", steps: [Step(title: \"t\", duration: \"1m\")], participants: [\n",
            |i| format!("(id: \"{i}\", name: \"\"),\n"),
            "])\n",
        ),
        says: "participants are listed; a workshop may have at most 30",
    }
}

/// The shortest steps there are, as many as fit: well over a hundred
/// thousand, each a few hundred bytes once built.
fn tiny_steps_filling_the_file() -> Sample {
    Sample {
        name: "tiny-steps",
        text: fill(
            &format!("{HEAD}steps: [\n"),
            |_| "Step(title:\"t\",duration:\"1s\"),\n".into(),
            "])\n",
        ),
        says: "a plan may have at most 1000",
    }
}

/// Steps that each cast a role: the cast map costs half a kilobyte per
/// step, a 13-fold blow-up of the text if they were all built.
fn cast_steps_filling_the_file() -> Sample {
    Sample {
        name: "cast-steps",
        text: fill(
            &format!("{HEAD}steps: [\n"),
            |_| "Step(title:\"t\",duration:\"1s\",cast:{\"organizer\":\"A\"}),\n".into(),
            "])\n",
        ),
        says: "a plan may have at most 1000",
    }
}

/// A problem in every step: empty title, no time, an unknown role and
/// person, an act that is not there.
fn a_problem_in_every_step() -> Sample {
    Sample {
        name: "problem-steps",
        text: fill(
            &format!("{HEAD}steps: [\n"),
            |_| {
                "Step(title:\"\",duration:\"0s\",cast:{\"ghost\":\"Z\"},panel:Acts(pacing:[(\"nope\",\"0s\")])),\n".into()
            },
            "])\n",
        ),
        says: "a plan may have at most 1000",
    }
}

/// `units` pieces made by `unit(i, padding)`, the padding chosen so that
/// together they take about `room` bytes.
fn padded(units: usize, room: usize, unit: impl Fn(usize, &str) -> String) -> String {
    let bare = unit(units, "").len();
    let padding = "x".repeat((room / units).saturating_sub(bare));
    (0..units).map(|i| unit(i, &padding)).collect()
}

/// A problem in nearly every value the value limit lets through: 44
/// steps casting a thousand roles each, none of them declared, to people
/// who are not there either; 88,000 problems in 4 MB.
fn a_problem_in_every_value() -> Sample {
    let head = format!("{HEAD}steps: [\n");
    let room = FILE_CAP - head.len() - 44 * 64;
    let steps: String = (0..44)
        .map(|step| {
            let cast = padded(1000, room / 44, |i, pad| {
                format!("\"ghost-{pad}-{step}-{i}\":\"Z\",\n")
            });
            format!("Step(title:\"\",duration:\"0s\",cast:{{\n{cast}}}),\n")
        })
        .collect();
    Sample {
        name: "problem-casts",
        text: format!("{head}{steps}])\n"),
        says: "unknown role \"ghost-",
    }
}

/// One act pacing of 32,000 acts that do not exist, each of no time.
fn a_pacing_of_unknown_acts() -> Sample {
    let head =
        format!("{HEAD}steps: [Step(title: \"t\", duration: \"1m\", panel: Acts(pacing: [\n");
    let tail = "]))])\n";
    let pacing = padded(32_000, FILE_CAP - head.len() - tail.len() - 64, |i, pad| {
        format!("(\"act-{pad}-{i}\",\"0s\"),\n")
    });
    Sample {
        name: "problem-pacing",
        text: format!("{head}{pacing}{tail}"),
        says: "unknown act \"act-",
    }
}

/// Ids a megabyte long, named in the message of every step that casts a
/// role or a person who is not there.
fn ids_a_megabyte_long_in_every_message() -> Sample {
    let long = "x".repeat(1024 * 1024);
    let steps = "Step(title:\"t\",duration:\"1s\",cast:{\"ghost\":\"Z\"}),\n".repeat(900);
    Sample {
        name: "long-ids",
        text: format!(
            "Scenario(format: 1, name: \"Long\", participants: [(id: \"{long}\", name: \"\")], roles: [(id: \"{long}y\", name: \"\"), (id: \"{long}z\", name: \"\")], steps: [\n{steps}])\n"
        ),
        says: "unknown role \"ghost\"; the roles are \"xxxxxxxx",
    }
}

/// A hundred rounds of a block of steps as big as the file.
fn a_hundred_rounds_of_a_huge_block() -> Sample {
    Sample {
        name: "times-100",
        text: fill(
            &format!("{HEAD}steps: [Rounds(repeat: Times(100), steps: [\n"),
            |_| "Step(title:\"t\",duration:\"1s\"),\n".into(),
            "])])\n",
        ),
        says: "these rounds run 100 times",
    }
}

/// A `people` range up to a billion, and a round for each.
fn a_people_range_up_to_a_billion() -> Sample {
    let steps: String = (0..900)
        .map(|i| format!("Step(title: \"Turn {i}\", duration: \"1m\"),\n"))
        .collect();
    Sample {
        name: "billion-people",
        text: format!(
            "{HEAD}people: Choose(from: 2, to: 1000000000),\nsteps: [Rounds(steps: [\n{steps}])])\n"
        ),
        says: "once for each of up to 30 people",
    }
}

/// Brackets nested four million deep inside a step's questions.
fn brackets_nested_as_deep_as_the_file() -> Sample {
    let head = format!(
        "{HEAD}steps: [Step(title: \"t\", duration: \"1m\", panel: Questions(heading: \"h\", questions: "
    );
    Sample {
        name: "deep-brackets",
        text: fill(&head, |_| "[".into(), ""),
        says: "recursion limit",
    }
}

/// Block comments nested four million deep, which RON allows.
fn comments_nested_as_deep_as_the_file() -> Sample {
    Sample {
        name: "deep-comments",
        text: fill(&format!("{HEAD}steps: ["), |_| "/*".into(), ""),
        says: "",
    }
}

/// Every hostile file, made one at a time so only one is in memory.
pub const HOSTILE: &[fn() -> Sample] = &[
    four_thousand_people_each_holding_a_round,
    a_round_for_each_person_as_big_as_the_file,
    participants_filling_the_file,
    tiny_steps_filling_the_file,
    cast_steps_filling_the_file,
    a_problem_in_every_step,
    a_problem_in_every_value,
    a_pacing_of_unknown_acts,
    ids_a_megabyte_long_in_every_message,
    a_hundred_rounds_of_a_huge_block,
    a_people_range_up_to_a_billion,
    brackets_nested_as_deep_as_the_file,
    comments_nested_as_deep_as_the_file,
];

/// The most a plan may hold: thirty people, a round for each of them, and
/// in each round a block of steps long enough that the plan comes to just
/// under the step limit, each step's texts as long as the plan's memory
/// limit allows. `people: 30` gives the most rounds; `agenda --people 30`
/// unrolls them.
pub fn the_largest_plan_the_limits_allow() -> Sample {
    // 33 steps run 30 times is 990 steps, the most under 1,000.
    let block = 33;
    // Found by trying: the longest instructions the checks still accept.
    let (mut fits, mut too_long) = (0, 16 * 1024);
    while too_long - fits > 1 {
        let middle = (fits + too_long) / 2;
        if one_on_one::scenario::parse(&largest_plan_text(block, middle), "largest.ron").is_ok() {
            fits = middle;
        } else {
            too_long = middle;
        }
    }
    Sample {
        name: "largest-plan",
        text: largest_plan_text(block, fits),
        says: "",
    }
}

fn largest_plan_text(block: usize, instructions: usize) -> String {
    let words = "Ask why, and listen. ".repeat(instructions / 21 + 1);
    let instructions = &words[..instructions];
    let steps: String = (0..block)
        .map(|i| {
            format!(
                "        Step(title: \"Round {{round}} of {{rounds}} · part {i}\", duration: \"5m\", instructions: \"{instructions}\", cast: {{\"organizer\": \"A\", \"constituent\": \"B\"}}, panel: Acts(pacing: [(\"attention\", \"5m\")])),\n"
            )
        })
        .collect();
    format!(
        "{HEAD}    people: Choose(from: 2, to: 30),\n    steps: [Rounds(repeat: EachPerson, steps: [\n{steps}    ])],\n)\n"
    )
}

/// The most a file may hold: as many reflection questions as the value
/// limit allows, each as long as fills 4 MB.
pub fn the_largest_file_the_limits_allow() -> Sample {
    let head = format!(
        "{HEAD}steps: [Step(title: \"Reflect\", duration: \"5m\", panel: Reflection)],\nreflection: [\n"
    );
    let tail = "])\n";
    // The value limit, less the values of the rest of the file.
    let questions = 100_000 - 40;
    let reflection = padded(
        questions,
        FILE_CAP - head.len() - tail.len() - 16,
        |i, pad| format!("\"{i} {pad}\",\n"),
    );
    Sample {
        name: "largest-file",
        text: format!("{head}{reflection}{tail}"),
        says: "",
    }
}

// ---------------------------------------------------------------------------
// Running and measuring

/// How a measured run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// It exited with this code.
    Code(i32),
    /// A signal ended it: killed for taking too long, or aborted.
    Signal(i32),
}

/// One run of the binary, and what it cost.
#[derive(Debug)]
pub struct Run {
    /// How it ended.
    pub exit: Exit,
    /// What it printed on standard error.
    pub stderr: String,
    /// Its peak resident memory, in KiB.
    pub peak_kib: u64,
    /// How long it took, start to end.
    pub wall: Duration,
}

/// The process that starts measured runs. A child's peak memory as the
/// kernel reports it includes the peak of the process it was started from
/// (it was a copy of it until it ran the binary), and a test process holds
/// the files it generated; so a run is started from a fresh, small copy of
/// the test or bench binary, which does nothing else.
pub struct Measurer {
    /// The test or bench binary.
    pub exe: PathBuf,
    /// What makes it run only the helper: for a test binary, the name of
    /// the helper test; for the bench, nothing.
    pub args: Vec<String>,
}

impl Measurer {
    /// Runs `one-on-one ARGS` in `folder` (its working folder and home,
    /// so nothing of the user's is read) and measures it.
    pub fn run(&self, folder: &Path, args: &[&str]) -> Run {
        let out = folder.join("stdout.txt");
        let err = folder.join("stderr.txt");
        let config = folder.join("config");
        let output = Command::new(&self.exe)
            .args(&self.args)
            .env(HELPER_ARGS, args.join(&SEPARATOR.to_string()))
            .env(HELPER_OUT, &out)
            .env(HELPER_ERR, &err)
            .env("HOME", folder)
            .env("XDG_CONFIG_HOME", &config)
            .env("XDG_DATA_HOME", &config)
            .current_dir(folder)
            .stdin(Stdio::null())
            .output()
            .expect("the measuring helper starts");
        let said = String::from_utf8_lossy(&output.stdout);
        // The test harness may have begun a line of its own before it.
        let Some(line) = said.lines().find_map(|l| Some(&l[l.find(MEASURED)?..])) else {
            panic!(
                "the measuring helper said no figures:\n{said}\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
        };
        let figure = |name: &str| -> i64 {
            line.split_whitespace()
                .find_map(|word| word.strip_prefix(name)?.strip_prefix('='))
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("no {name} in {line:?}"))
        };
        let exit = match figure("signal") {
            0 => Exit::Code(figure("code") as i32),
            signal => Exit::Signal(signal as i32),
        };
        Run {
            exit,
            stderr: fs::read_to_string(&err).unwrap_or_default(),
            peak_kib: figure("peak_kib") as u64,
            wall: Duration::from_micros(figure("micros") as u64),
        }
    }
}

/// When this process was started as the measuring helper, runs the binary
/// as asked, prints its figures on one line and returns `true`; otherwise
/// returns `false` at once.
pub fn act_as_helper() -> bool {
    let Ok(args) = std::env::var(HELPER_ARGS) else {
        return false;
    };
    let args: Vec<&str> = args.split(SEPARATOR).filter(|a| !a.is_empty()).collect();
    let file = |name: &str| {
        let path = std::env::var(name).expect("the measurer names the output files");
        fs::File::create(path).expect("the output file can be created")
    };
    let start = Instant::now();
    // Reaped by wait4 below rather than Child::wait, which gives no rusage.
    #[allow(clippy::zombie_processes)]
    let child = Command::new(env!("CARGO_BIN_EXE_one-on-one"))
        .args(&args)
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::null())
        .stdout(file(HELPER_OUT))
        .stderr(file(HELPER_ERR))
        .spawn()
        .expect("the binary starts");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data, for which all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: pid is our own child, not yet reaped; status and usage
        // are valid for writing.
        let reaped = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if reaped == pid {
            break;
        }
        assert_eq!(reaped, 0, "wait4 failed");
        if start.elapsed() > RUN_TIME_LIMIT {
            // SAFETY: the child has not been reaped, so pid is still ours.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let wall = start.elapsed();
    let (code, signal) = if libc::WIFEXITED(status) {
        (libc::WEXITSTATUS(status), 0)
    } else {
        (-1, libc::WTERMSIG(status))
    };
    // Linux counts the peak in KiB, macOS in bytes.
    let peak_kib = if cfg!(target_os = "macos") {
        usage.ru_maxrss / 1024
    } else {
        usage.ru_maxrss
    };
    println!(
        "{MEASURED} code={code} signal={signal} peak_kib={peak_kib} micros={}",
        wall.as_micros()
    );
    true
}

/// A folder of its own under the system's temporary folder, removed when
/// dropped (kept when a test fails, so the files can be looked at).
pub struct Scratch(PathBuf);

impl Scratch {
    /// A new, empty folder named after `name`.
    pub fn new(name: &str) -> Self {
        static SERIAL: AtomicUsize = AtomicUsize::new(0);
        let folder = std::env::temp_dir().join(format!(
            "one-on-one-limits-{}-{name}-{}",
            std::process::id(),
            SERIAL.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&folder);
        fs::create_dir_all(&folder).expect("a temporary folder can be made");
        Self(folder)
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `sample` into the folder and returns its path.
    pub fn write(&self, sample: &Sample) -> PathBuf {
        let path = self.0.join(format!("{}.ron", sample.name));
        fs::write(&path, &sample.text).expect("the sample can be written");
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = fs::remove_dir_all(&self.0);
        }
    }
}

/// What is wrong with `run` on `file`, if a hostile file was not refused as
/// it must be: exit status 1, a first line of `file:line:column: `, the
/// expected words, under the memory limit.
pub fn refusal_problems(run: &Run, file: &Path, says: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if run.exit != Exit::Code(1) {
        problems.push(format!("ended with {:?}, not exit status 1", run.exit));
    }
    if run.peak_kib >= MEMORY_LIMIT_KIB {
        problems.push(format!("took {} KiB at its peak", run.peak_kib));
    }
    let first = run.stderr.lines().next().unwrap_or_default();
    if !is_placed(first, file) {
        problems.push(format!(
            "its first message has no line and column: {first:.300}"
        ));
    }
    if !run.stderr.contains(says) {
        problems.push(format!("no message says {says:?}: {:.600}", run.stderr));
    }
    problems
}

/// Whether `line` starts `file:line:column: `.
fn is_placed(line: &str, file: &Path) -> bool {
    let Some(rest) = line.strip_prefix(&format!("{}:", file.display())) else {
        return false;
    };
    let mut parts = rest.splitn(3, ':');
    let number = |part: Option<&str>| {
        part.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    };
    number(parts.next()) && number(parts.next()) && parts.next().is_some_and(|p| p.starts_with(' '))
}

/// One line of figures for a run.
pub fn figures(command: &str, sample: &Sample, run: &Run) -> String {
    format!(
        "{command:<7} {:<22} {:>9} bytes {:>8.3} s {:>8} KiB peak  {:?}",
        sample.name,
        sample.text.len(),
        run.wall.as_secs_f64(),
        run.peak_kib,
        run.exit
    )
}

// ---------------------------------------------------------------------------
// The tests

/// The measurer for this test binary: itself, running only the helper test.
#[cfg(test)]
fn measurer() -> Measurer {
    Measurer {
        exe: std::env::current_exe().expect("the test binary knows its path"),
        args: [
            "--exact",
            "the_small_process_that_measures_a_run",
            "--nocapture",
            "--test-threads=1",
        ]
        .map(String::from)
        .to_vec(),
    }
}

/// Not a check of its own: when a test asks for a measured run, the test
/// binary is started again with only this test, which runs the binary and
/// reports its figures (see [`Measurer`]). Otherwise it does nothing.
#[test]
fn the_small_process_that_measures_a_run() {
    if act_as_helper() {
        std::process::exit(0);
    }
}

/// `check` and `agenda` on `sample` must refuse it in place and in bounds.
#[cfg(test)]
fn assert_refused(make: fn() -> Sample) {
    let sample = make();
    let scratch = Scratch::new(sample.name);
    let file = scratch.write(&sample);
    let path = file.to_string_lossy().into_owned();
    let measurer = measurer();
    let mut failures = Vec::new();
    for (command, args) in [("check", ["check", &path]), ("agenda", ["agenda", &path])] {
        let run = measurer.run(scratch.path(), &args);
        println!("{}", figures(command, &sample, &run));
        for problem in refusal_problems(&run, &file, sample.says) {
            failures.push(format!("{command} {}: {problem}", sample.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn four_thousand_people_each_holding_a_round_are_refused_at_the_participants() {
    assert_refused(four_thousand_people_each_holding_a_round);
}

#[test]
fn a_round_for_each_person_as_big_as_the_file_is_refused_at_the_round() {
    assert_refused(a_round_for_each_person_as_big_as_the_file);
}

#[test]
fn two_hundred_thousand_participants_are_refused_at_the_list() {
    assert_refused(participants_filling_the_file);
}

#[test]
fn a_hundred_thousand_tiny_steps_are_refused_at_the_first_too_many() {
    assert_refused(tiny_steps_filling_the_file);
}

#[test]
fn a_hundred_thousand_cast_steps_are_refused_before_they_are_built() {
    assert_refused(cast_steps_filling_the_file);
}

#[test]
fn a_problem_in_every_one_of_a_hundred_thousand_steps_is_refused_quickly() {
    assert_refused(a_problem_in_every_step);
}

#[test]
fn a_problem_in_every_value_is_reported_fifty_at_a_time() {
    assert_refused(a_problem_in_every_value);
}

#[test]
fn a_pacing_of_unknown_acts_is_reported_fifty_at_a_time() {
    assert_refused(a_pacing_of_unknown_acts);
}

#[test]
fn ids_a_megabyte_long_are_cut_short_in_messages() {
    assert_refused(ids_a_megabyte_long_in_every_message);
}

#[test]
fn a_hundred_rounds_of_a_huge_block_are_refused_at_the_round() {
    assert_refused(a_hundred_rounds_of_a_huge_block);
}

#[test]
fn a_people_range_up_to_a_billion_is_measured_for_thirty() {
    assert_refused(a_people_range_up_to_a_billion);
}

#[test]
fn brackets_nested_four_million_deep_are_refused_without_overflow() {
    assert_refused(brackets_nested_as_deep_as_the_file);
}

#[test]
fn comments_nested_four_million_deep_are_refused_without_overflow() {
    assert_refused(comments_nested_as_deep_as_the_file);
}

/// Messages past the fiftieth are counted on one line, not printed.
#[test]
fn a_file_full_of_problems_shows_fifty_and_counts_the_rest() {
    let sample = a_problem_in_every_value();
    let error = one_on_one::scenario::parse(&sample.text, "many.ron").unwrap_err();
    let text = error.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), one_on_one::scenario::load::MAX_PROBLEMS + 1);
    let last = lines.last().unwrap();
    assert!(
        last.starts_with("many.ron: and ")
            && last.ends_with(" more problems not shown; fix these and check again"),
        "{last}"
    );
    assert!(
        lines[..lines.len() - 1]
            .iter()
            .all(|l| is_placed(l, Path::new("many.ron")))
    );
}

/// The largest plan the limits allow loads, plans for thirty and prints,
/// within the memory limit.
#[test]
fn the_largest_plan_the_limits_allow_loads_and_prints_in_bounds() {
    let sample = the_largest_plan_the_limits_allow();
    assert_loads(&sample, &["--people", "30", "--format", "md"]);
}

/// A file holding as many values as allowed, in all 4 MB, loads within the
/// memory limit.
#[test]
fn the_largest_file_the_limits_allow_loads_and_prints_in_bounds() {
    let sample = the_largest_file_the_limits_allow();
    assert_loads(&sample, &["--format", "md"]);
}

#[cfg(test)]
fn assert_loads(sample: &Sample, agenda_options: &[&str]) {
    let scratch = Scratch::new(sample.name);
    let file = scratch.write(sample);
    let path = file.to_string_lossy().into_owned();
    let mut agenda = vec!["agenda", path.as_str()];
    agenda.extend_from_slice(agenda_options);
    let measurer = measurer();
    for (command, args) in [("check", vec!["check", path.as_str()]), ("agenda", agenda)] {
        let run = measurer.run(scratch.path(), &args);
        println!("{}", figures(command, sample, &run));
        assert_eq!(run.exit, Exit::Code(0), "{command}: {}", run.stderr);
        assert!(
            run.peak_kib < MEMORY_LIMIT_KIB,
            "{command} took {} KiB",
            run.peak_kib
        );
    }
}

/// `list` reads every file in the `scenarios/` folder it is started in and
/// keeps each; a folder of all the hostile files costs no more than one.
#[test]
fn listing_a_folder_of_hostile_files_stays_in_bounds() {
    let scratch = Scratch::new("list");
    let shipped = Scratch(scratch.path().join("scenarios"));
    fs::create_dir_all(shipped.path()).expect("a scenarios folder can be made");
    for make in HOSTILE {
        shipped.write(&make());
    }
    shipped.write(&the_largest_plan_the_limits_allow());
    let run = measurer().run(scratch.path(), &["list"]);
    println!(
        "list of {} files: {:?} {} KiB",
        HOSTILE.len() + 1,
        run.wall,
        run.peak_kib
    );
    assert_eq!(run.exit, Exit::Code(0), "{}", run.stderr);
    assert!(
        run.peak_kib < MEMORY_LIMIT_KIB,
        "list took {} KiB",
        run.peak_kib
    );
    let listing = fs::read_to_string(scratch.path().join("stdout.txt")).unwrap_or_default();
    assert_eq!(
        listing.matches("cannot be read: ").count(),
        HOSTILE.len(),
        "{listing:.2000}"
    );
}
