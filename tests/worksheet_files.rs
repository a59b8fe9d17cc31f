//! Worksheets hold people's stories, so a file must never be lost or
//! half-written: whatever is typed comes back unchanged, no file makes the
//! reader panic, a file the app cannot read is never overwritten, and a
//! writer killed at any moment leaves the old worksheet or the new one,
//! never a mix.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use one_on_one::storage::{TEMP_PREFIX, files_ending_in};
use one_on_one::worksheet::recovery::{self, Recovery};
use one_on_one::worksheet::{
    self, ActReached, Answer, FORMAT_VERSION, NextMeeting, Worksheet, WorksheetError, names,
};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;

/// A folder of its own for each test, kept when the test fails so the files
/// can be looked at.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let folder = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("worksheet_files-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&folder);
        fs::create_dir_all(&folder).unwrap();
        Self(folder)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = fs::remove_dir_all(&self.0);
        }
    }
}

/// No regression files: this test may only add itself to the repository.
/// Failures print the minimal case instead.
fn cases(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------
// Strategies

/// Pieces chosen because they are what breaks string quoting: RON's own
/// delimiters, raw-string openers and closers, escapes that must stay
/// literal, line and paragraph separators, and scripts that are written
/// right to left or built from combining marks.
const NASTY: &[&str] = &[
    "\"",
    "#",
    "\"#",
    "\"##",
    "##\"",
    "r#\"",
    "r##\"",
    "r\"",
    "b\"",
    "br#\"",
    "\\",
    "\\\\",
    "\\\"",
    "\\n",
    "\\t",
    "\\u{2028}",
    "\\x00",
    "\\\n   ",
    "\r",
    "\r\n",
    "\n",
    "\t",
    "\0",
    "\u{7f}",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "\u{feff}",
    "\u{200b}",
    "\u{200d}",
    "\u{200f}",
    "\u{202e}",
    "//",
    "/*",
    "*/",
    "(",
    ")",
    ",",
    ":",
    "'",
    "Some(",
    "None",
    "Worksheet(",
    "format: 2",
    "👩🏽\u{200d}🤝\u{200d}👩🏿",
    "🏳\u{fe0f}\u{200d}🌈",
    "😀",
    "مرحبا، كيف حالك؟",
    "שָׁלוֹם עוֹלָם",
    "e\u{301}",
    "\u{301}\u{302}\u{303}",
    "Z\u{335}\u{31b}\u{358}\u{34f}",
    "𝕳𝖊𝖑𝖑𝖔",
    "\u{10ffff}",
    "\u{fffd}",
    " ",
    "   ",
    "Maria López",
    "Nguyễn",
];

fn chars_from(range: (char, char), len: std::ops::Range<usize>) -> BoxedStrategy<String> {
    prop::collection::vec(prop::char::range(range.0, range.1), len)
        .prop_map(|chars| chars.into_iter().collect())
        .boxed()
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(NASTY).prop_map(str::to_string),
        3 => prop::collection::vec(any::<char>(), 0..8)
            .prop_map(|chars| chars.into_iter().collect::<String>()),
        1 => chars_from(('\0', '\u{1f}'), 1..6),
        1 => chars_from(('\u{7f}', '\u{9f}'), 1..4),
        1 => chars_from(('\u{590}', '\u{5ff}'), 1..8),
        1 => chars_from(('\u{600}', '\u{6ff}'), 1..8),
        1 => chars_from(('\u{300}', '\u{36f}'), 1..6),
        1 => chars_from(('\u{1f300}', '\u{1faff}'), 1..4),
        2 => "[a-zA-Z ]{0,12}",
    ]
}

/// Any text a person might type or paste, weighted towards trouble.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..10).prop_map(|pieces| pieces.concat())
}

/// Any day a worksheet may hold: the range a calendar can show, its ends
/// included, mostly this century.
fn date() -> impl Strategy<Value = NaiveDate> {
    let first = one_on_one::worksheet::FIRST_DAY.num_days_from_ce();
    let last = one_on_one::worksheet::LAST_DAY.num_days_from_ce();
    let this_century = NaiveDate::from_ymd_opt(2000, 1, 1)
        .unwrap()
        .num_days_from_ce();
    prop_oneof![
        3 => this_century..this_century + 36_525,
        1 => first..=last,
    ]
    .prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).unwrap())
}

/// Includes leap seconds (nanoseconds past a billion in the 59th second).
fn date_time() -> impl Strategy<Value = NaiveDateTime> {
    (
        date(),
        0u32..86_400,
        prop_oneof![Just(0u32), 0u32..2_000_000_000],
    )
        .prop_map(|(day, seconds, nanos)| {
            let time = NaiveTime::from_num_seconds_from_midnight_opt(seconds, nanos)
                .or_else(|| {
                    NaiveTime::from_num_seconds_from_midnight_opt(seconds, nanos % 1_000_000_000)
                })
                .unwrap();
            day.and_time(time)
        })
}

fn worksheet() -> impl Strategy<Value = Worksheet> {
    (
        (text(), text(), text(), prop::option::of(date())),
        (text(), text(), text(), text()),
        prop::collection::vec((text(), any::<bool>()), 0..5),
        (prop::option::of(date_time()), any::<u32>(), text(), text()),
        (text(), text(), text()),
        prop::collection::vec((text(), text()), 0..5),
    )
        .prop_map(
            |(
                (workshop, name, partner, date),
                (shared_values, shared_interests, my_resources, partner_resources),
                acts,
                (when, minutes, place, plan),
                (feedback_received, feedback_given, notes),
                reflection,
            )| Worksheet {
                format: FORMAT_VERSION,
                workshop,
                name,
                partner,
                date,
                shared_values,
                shared_interests,
                my_resources,
                partner_resources,
                acts_reached: acts
                    .into_iter()
                    .map(|(act, reached)| ActReached { act, reached })
                    .collect(),
                next_meeting: NextMeeting {
                    when,
                    minutes,
                    place,
                    plan,
                },
                feedback_received,
                feedback_given,
                notes,
                reflection: reflection
                    .into_iter()
                    .map(|(question, answer)| Answer { question, answer })
                    .collect(),
            },
        )
}

/// Every string a worksheet holds, by number, so one test can put a huge
/// value into any of them.
const STRING_FIELDS: usize = 15;

fn set_string_field(sheet: &mut Worksheet, field: usize, value: String) {
    if sheet.acts_reached.is_empty() {
        sheet.acts_reached.push(ActReached {
            act: String::new(),
            reached: true,
        });
    }
    if sheet.reflection.is_empty() {
        sheet.reflection.push(Answer {
            question: String::new(),
            answer: String::new(),
        });
    }
    let slot = match field {
        0 => &mut sheet.workshop,
        1 => &mut sheet.name,
        2 => &mut sheet.partner,
        3 => &mut sheet.shared_values,
        4 => &mut sheet.shared_interests,
        5 => &mut sheet.my_resources,
        6 => &mut sheet.partner_resources,
        7 => &mut sheet.acts_reached[0].act,
        8 => &mut sheet.next_meeting.place,
        9 => &mut sheet.next_meeting.plan,
        10 => &mut sheet.feedback_received,
        11 => &mut sheet.feedback_given,
        12 => &mut sheet.notes,
        13 => &mut sheet.reflection[0].question,
        _ => &mut sheet.reflection[0].answer,
    };
    *slot = value;
}

const MEGABYTE: usize = 1024 * 1024;

fn about_a_megabyte(seed: &str) -> String {
    seed.repeat(MEGABYTE / seed.len() + 1)
}

// ---------------------------------------------------------------------------
// Checks

/// Where two values first differ, shown with some context: a bare "not
/// equal" on two megabytes helps nobody.
fn first_difference(left: &impl std::fmt::Debug, right: &impl std::fmt::Debug) -> String {
    let (left, right) = (format!("{left:?}"), format!("{right:?}"));
    let at = left
        .char_indices()
        .zip(right.chars())
        .find(|((_, a), b)| a != b)
        .map_or(left.len().min(right.len()), |((i, _), _)| i);
    let around = |text: &str| -> String {
        let start = text.floor_char_boundary(at.saturating_sub(80));
        let end = text.ceil_char_boundary((at + 80).min(text.len()));
        text[start..end].to_string()
    };
    format!(
        "first difference at byte {at} of the debug text\n  left:  …{}…\n  right: …{}…",
        around(&left),
        around(&right)
    )
}

fn saves_and_loads_unchanged(folder: &Path, sheet: &Worksheet) -> Result<(), TestCaseError> {
    let path = folder.join("sheet.ron");
    let _ = fs::remove_file(&path);
    worksheet::save(&path, sheet).map_err(|e| TestCaseError::fail(format!("save: {e}")))?;
    let back = worksheet::load(&path).map_err(|e| {
        let text = fs::read_to_string(&path).unwrap_or_default();
        let line = e.position.map_or(0, |(line, _)| line);
        let shown = text.split('\n').nth(line.saturating_sub(1)).unwrap_or("");
        TestCaseError::fail(format!(
            "load: {e}\n  line {line}: {:?}",
            shown.chars().take(200).collect::<String>()
        ))
    })?;
    prop_assert!(&back == sheet, "{}", first_difference(&back, sheet));
    Ok(())
}

/// Every error says what went wrong; every syntax error says where, at a
/// line and column that exist in the text.
fn error_is_located(error: &WorksheetError, text: &str) -> Result<(), TestCaseError> {
    prop_assert!(!error.message.is_empty(), "{error:?}");
    match error.position {
        Some((line, column)) => {
            let lines: Vec<&str> = text.split('\n').collect();
            prop_assert!(
                (1..=lines.len()).contains(&line),
                "line {line} of {}: {error}",
                lines.len()
            );
            let length = lines[line - 1].chars().count();
            prop_assert!(
                (1..=length + 1).contains(&column),
                "column {column} on a line of {length} characters: {error}"
            );
        }
        // Only the version check speaks of the whole file.
        None => prop_assert!(
            error.message.contains("format"),
            "a syntax error without a position: {error}"
        ),
    }
    Ok(())
}

/// Feeds `bytes` to every reader: the text parser when it is UTF-8, and the
/// file loaders. None may panic; errors must be located.
fn read_every_way(folder: &Path, bytes: &[u8]) -> Result<(), TestCaseError> {
    let lossy = String::from_utf8_lossy(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        match worksheet::parse(text, "x.ron") {
            Ok(sheet) => {
                // Whatever the app accepts it can save and read back.
                let again = worksheet::parse(&worksheet::to_text(&sheet), "again.ron");
                prop_assert!(again.as_ref() == Ok(&sheet), "{again:?}");
            }
            Err(error) => error_is_located(&error, text)?,
        }
    }
    let path = folder.join("input.ron");
    fs::write(&path, bytes).unwrap();
    if let Err(error) = worksheet::load(&path) {
        error_is_located(&error, &lossy)?;
    }
    if let Err(error) = recovery::read(&path) {
        prop_assert!(error.position.is_some(), "{error}");
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(Index),
    Flip(Index, u8),
    Insert(Index, Vec<u8>),
    Delete(Index, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let inserted = prop_oneof![
        prop::sample::select(NASTY).prop_map(|s| s.as_bytes().to_vec()),
        prop::collection::vec(any::<u8>(), 1..8),
    ];
    prop_oneof![
        any::<Index>().prop_map(Mutation::Truncate),
        (any::<Index>(), 1u8..=255).prop_map(|(at, mask)| Mutation::Flip(at, mask)),
        (any::<Index>(), inserted).prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
        (any::<Index>(), 1usize..64).prop_map(|(at, len)| Mutation::Delete(at, len)),
    ]
}

fn mutate(bytes: &mut Vec<u8>, mutation: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    match mutation {
        Mutation::Truncate(at) => bytes.truncate(at.index(bytes.len())),
        Mutation::Flip(at, mask) => {
            let at = at.index(bytes.len());
            bytes[at] ^= mask;
        }
        Mutation::Insert(at, inserted) => {
            let at = at.index(bytes.len() + 1);
            bytes.splice(at..at, inserted.iter().copied());
        }
        Mutation::Delete(at, len) => {
            let at = at.index(bytes.len());
            let end = (at + len).min(bytes.len());
            bytes.drain(at..end);
        }
    }
}

// ---------------------------------------------------------------------------
// Round trips

proptest! {
    #![proptest_config(cases(128))]

    #[test]
    fn any_worksheet_saves_and_loads_unchanged(sheet in worksheet()) {
        let folder = Scratch::new("round-trip");
        saves_and_loads_unchanged(folder.path(), &sheet)?;
    }

    #[test]
    fn any_recovery_copy_writes_and_reads_unchanged(
        sheet in worksheet(),
        saved_as in prop::option::of(text()),
    ) {
        let folder = Scratch::new("recovery-round-trip");
        let file = folder.path().join("copy.ron");
        let saved_as = saved_as.map(PathBuf::from);
        recovery::write(&file, saved_as.as_deref(), &sheet)
            .map_err(|e| TestCaseError::fail(format!("write: {e}")))?;
        let back = recovery::read(&file).map_err(|e| TestCaseError::fail(format!("read: {e}")))?;
        let expected = Recovery {
            saved_as,
            saved_holds: None,
            worksheet: sheet,
        };
        prop_assert!(back == expected, "{}", first_difference(&back, &expected));
    }
}

proptest! {
    #![proptest_config(cases(8))]

    #[test]
    fn a_megabyte_in_any_field_saves_and_loads_unchanged(
        mut sheet in worksheet(),
        field in 0..STRING_FIELDS,
        seed in text().prop_filter("something to repeat", |s| !s.is_empty()),
    ) {
        set_string_field(&mut sheet, field, about_a_megabyte(&seed));
        let folder = Scratch::new("megabyte");
        saves_and_loads_unchanged(folder.path(), &sheet)?;
    }
}

/// The writer picks one more `#` than the longest run inside the string to
/// close a raw string; a megabyte-long run is where a counting bug would
/// show.
#[test]
fn a_megabyte_of_hashes_around_quotes_saves_and_loads_unchanged() {
    let folder = Scratch::new("hashes");
    let mut sheet = one_sheet();
    sheet.notes = format!("\"{}\"", "#".repeat(MEGABYTE));
    sheet.feedback_given = "\"#".repeat(MEGABYTE / 2);
    saves_and_loads_unchanged(folder.path(), &sheet).unwrap();
}

fn one_sheet() -> Worksheet {
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let scenario = one_on_one::scenario::built_in_breakout();
    let mut sheet = Worksheet::blank(&scenario, "Maria López", "Sam", day);
    sheet.shared_values = "Family first.\r\nNobody \"left\" behind. r#\"\\".into();
    sheet.notes = "مرحبا — שלום — 👩🏽‍🤝‍👩🏿".into();
    sheet.next_meeting.when = day.and_hms_opt(18, 30, 0);
    sheet.next_meeting.place = "Café \"Luna\", 2nd floor".into();
    sheet.reflection[0].answer = "It felt like a real conversation.\n\tNot networking.".into();
    sheet
}

// ---------------------------------------------------------------------------
// Reading damaged or foreign files

/// Worksheet-shaped pieces, so random text gets past the first token.
const TOKENS: &[&str] = &[
    "Worksheet(",
    "format: 1,",
    "name: ",
    "date: ",
    "acts_reached: [",
    "ActReached(act: \"a\", reached: true)",
    "]",
    "next_meeting: ",
    "NextMeeting(",
    "when: ",
    "\"2026-11-23T18:30:00\"",
    "minutes: ",
    "4294967296",
    "-1",
    "1e9",
    "where: ",
    "reflection: [",
    "Answer(",
    "question: ",
    "answer: ",
    "r#\"x\"#",
    "Some(",
    ")",
    ",",
    "unknown: 1",
];

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic_the_readers(
        bytes in prop::collection::vec(any::<u8>(), 0..2048),
    ) {
        let folder = Scratch::new("bytes");
        read_every_way(folder.path(), &bytes)?;
    }

    #[test]
    fn arbitrary_text_never_panics_the_readers(
        text in prop_oneof![
            prop::collection::vec(any::<char>(), 0..512)
                .prop_map(|chars| chars.into_iter().collect::<String>()),
            text(),
            prop::collection::vec(
                prop_oneof![
                    prop::sample::select(NASTY).prop_map(str::to_string),
                    prop::sample::select(TOKENS).prop_map(str::to_string),
                ],
                0..40,
            ).prop_map(|pieces| pieces.concat()),
        ],
    ) {
        let folder = Scratch::new("text");
        read_every_way(folder.path(), text.as_bytes())?;
    }

    #[test]
    fn damaged_worksheets_never_panic_the_readers(
        sheet in worksheet(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let mut bytes = worksheet::to_text(&sheet).into_bytes();
        for mutation in &mutations {
            mutate(&mut bytes, mutation);
        }
        let folder = Scratch::new("mutated");
        read_every_way(folder.path(), &bytes)?;
    }

    /// What a write cut short would leave, were it not atomic: the reader
    /// must refuse it rather than show a worksheet with half a story.
    #[test]
    fn a_cut_short_worksheet_is_never_taken_for_one(sheet in worksheet(), cut in any::<Index>()) {
        let text = worksheet::to_text(&sheet);
        let last_paren = text.rfind(')').unwrap();
        let cut = cut.index(last_paren + 1);
        let folder = Scratch::new("cut");
        let path = folder.path().join("cut.ron");
        fs::write(&path, &text.as_bytes()[..cut]).unwrap();
        let loaded = worksheet::load(&path);
        prop_assert!(loaded.is_err(), "a file cut at byte {cut} of {} loaded", text.len());
        let error = loaded.unwrap_err();
        error_is_located(&error, &String::from_utf8_lossy(&text.as_bytes()[..cut]))?;
    }
}

#[test]
fn a_syntax_error_in_a_file_names_the_file_line_and_column() {
    let folder = Scratch::new("syntax");
    let path = folder.path().join("broken.ron");
    fs::write(&path, "Worksheet(\n  format: 1\n  name: \"x\",\n)").unwrap();
    let error = worksheet::load(&path).unwrap_err();
    assert_eq!(error.position, Some((3, 3)), "{error}");
    assert!(error.to_string().contains("broken.ron:3:3:"), "{error}");

    fs::write(&path, b"Worksheet(\n  name: \"Jos\xe9\",\n)").unwrap();
    let error = worksheet::load(&path).unwrap_err();
    assert_eq!(error.position, Some((2, 13)), "{error}");
}

// ---------------------------------------------------------------------------
// Saving over files

proptest! {
    #![proptest_config(cases(64))]

    #[test]
    fn a_file_that_is_not_a_worksheet_is_never_overwritten(
        existing in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..1024),
            text().prop_map(String::into_bytes),
            (worksheet(), prop::collection::vec(mutation(), 1..3)).prop_map(|(sheet, mutations)| {
                let mut bytes = worksheet::to_text(&sheet).into_bytes();
                for mutation in &mutations {
                    mutate(&mut bytes, mutation);
                }
                bytes
            }),
        ],
        sheet in worksheet(),
    ) {
        let folder = Scratch::new("not-overwritten");
        let path = folder.path().join("existing.ron");
        fs::write(&path, &existing).unwrap();
        prop_assume!(worksheet::load(&path).is_err());
        let saved = worksheet::save(&path, &sheet);
        prop_assert!(saved.is_err(), "saved over a file it could not read");
        prop_assert!(
            saved.unwrap_err().message.contains("not overwritten"),
            "the error should say the file was kept"
        );
        prop_assert_eq!(fs::read(&path).unwrap(), existing);
        let others: Vec<_> = fs::read_dir(folder.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        prop_assert_eq!(others.len(), 1, "{:?}", others);
    }
}

#[test]
fn a_worksheet_is_saved_over_an_older_one() {
    let folder = Scratch::new("over");
    let path = folder.path().join("sheet.ron");
    let mut sheet = one_sheet();
    worksheet::save(&path, &sheet).unwrap();
    sheet.notes.push_str("\nMore later.");
    worksheet::save(&path, &sheet).unwrap();
    assert_eq!(worksheet::load(&path).unwrap(), sheet);
}

#[cfg(unix)]
#[test]
fn saved_files_are_readable_by_the_user_only() {
    use std::os::unix::fs::PermissionsExt;
    let folder = Scratch::new("mode");
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;

    let path = folder.path().join("new.ron");
    worksheet::save(&path, &one_sheet()).unwrap();
    assert_eq!(mode(&path), 0o600);

    // An older worksheet someone made world-readable is replaced by a
    // private file, not written into.
    let open = folder.path().join("open.ron");
    fs::write(&open, worksheet::to_text(&one_sheet())).unwrap();
    fs::set_permissions(&open, fs::Permissions::from_mode(0o644)).unwrap();
    worksheet::save(&open, &one_sheet()).unwrap();
    assert_eq!(mode(&open), 0o600);

    let copy = folder.path().join("copy.ron");
    recovery::write(&copy, None, &one_sheet()).unwrap();
    assert_eq!(mode(&copy), 0o600);
}

// ---------------------------------------------------------------------------
// File names

fn is_windows_device(stem: &str) -> bool {
    let lower = stem.to_lowercase();
    let base = lower.split('.').next().unwrap_or("").trim_end();
    if ["con", "prn", "aux", "nul", "conin$", "conout$"].contains(&base) {
        return true;
    }
    // Windows counts superscript digits as digits here too.
    ["com", "lpt"].iter().any(|device| {
        base.strip_prefix(device).is_some_and(|rest| {
            let mut chars = rest.chars();
            matches!(
                (chars.next(), chars.next()),
                (Some('0'..='9' | '¹' | '²' | '³'), None)
            )
        })
    })
}

const DEVICES: &[&str] = &[
    "CON",
    "con",
    "Prn",
    "AUX",
    "nul",
    "NUL.txt",
    " con ",
    "-con-",
    "COM1",
    "com0",
    "LPT9",
    "COM¹",
    "com²",
    "LPT³",
    "lpt¹",
    "conin$",
    "CONOUT$",
    "..",
    ".",
    "-",
    "",
    "   ",
    "İstanbul",
    "ǅemal",
    "ﬃ",
    "ß",
];

fn person() -> impl Strategy<Value = String> {
    let device = prop::sample::select(DEVICES).prop_map(str::to_string);
    prop_oneof![3 => text(), 1 => device, 1 => "[a-zA-Z0-9 ]{50,200}"]
}

proptest! {
    #![proptest_config(cases(512))]

    #[test]
    fn file_names_are_safe_on_every_file_system(
        name in person(),
        partner in person(),
        date in prop::option::of(date()),
    ) {
        let stem = names::stem(&name, &partner, date);
        prop_assert!(!stem.is_empty());
        prop_assert!(stem.chars().count() <= 60, "{} characters: {stem:?}", stem.chars().count());
        prop_assert!(
            !stem.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|']),
            "{stem:?}"
        );
        prop_assert!(!stem.chars().any(char::is_control), "{stem:?}");
        prop_assert!(!stem.starts_with(['-', '.', ' ']), "{stem:?}");
        prop_assert!(!stem.ends_with(['-', '.', ' ']), "{stem:?}");
        prop_assert!(!is_windows_device(&stem), "{stem:?} is a Windows device name");
    }
}

#[test]
fn superscript_device_names_are_not_used_as_file_names() {
    for device in ["COM¹", "com²", "LPT³", "lpt¹"] {
        let stem = names::stem(device, "", None);
        assert!(!is_windows_device(&stem), "{device} gave {stem:?}");
    }
}

// ---------------------------------------------------------------------------
// Recovery copies

fn set_modified(path: &Path, time: std::time::SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(time)
        .unwrap();
}

fn with_an_answer(mut sheet: Worksheet, answer: &str) -> Worksheet {
    sheet.reflection[0].answer = answer.to_string();
    sheet
}

#[test]
fn a_recovery_folder_with_garbage_reports_it_and_keeps_it() {
    let folder = Scratch::new("garbage");
    let garbage: [(&str, &[u8]); 5] = [
        ("binary.ron", b"\x00\xff\xfe\x89PNG\r\n\x1a\n"),
        ("empty.ron", b""),
        (
            "half.ron",
            b"Recovery(\n  saved_as: None,\n  worksheet: Worksheet(format: 1, notes: \"A story cut",
        ),
        (
            "a-worksheet-not-a-copy.ron",
            worksheet::to_text(&one_sheet()).leak().as_bytes(),
        ),
        (
            "newer.ron",
            b"Recovery(worksheet: Worksheet(format: 1), mood: \"new field\")",
        ),
    ];
    for (name, bytes) in garbage {
        fs::write(folder.path().join(name), bytes).unwrap();
    }
    // Not recovery copies at all: a leftover of a killed write and a note.
    let leftover = format!("{TEMP_PREFIX}999-0-1.ron");
    fs::write(folder.path().join(&leftover), b"Recovery(").unwrap();
    fs::write(folder.path().join("README.txt"), b"hello").unwrap();
    let good = folder.path().join("good.ron");
    let sheet = with_an_answer(one_sheet(), "Kept.");
    recovery::write(&good, None, &sheet).unwrap();

    let (found, unreadable) = recovery::scan(files_ending_in(folder.path(), "ron"));

    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].file, good);
    assert_eq!(found[0].recovery.worksheet, sheet);
    let mut reported: Vec<String> = unreadable.iter().map(|e| e.file.clone()).collect();
    reported.sort();
    let mut expected: Vec<String> = garbage
        .iter()
        .map(|(name, _)| folder.path().join(name).display().to_string())
        .collect();
    expected.sort();
    assert_eq!(reported, expected);
    for (name, bytes) in garbage {
        assert_eq!(fs::read(folder.path().join(name)).unwrap(), bytes, "{name}");
    }
    assert_eq!(
        fs::read(folder.path().join(&leftover)).unwrap(),
        b"Recovery("
    );
    assert!(folder.path().join("README.txt").exists());
}

#[test]
fn a_recovery_copy_is_removed_only_when_its_saved_file_holds_the_same_text() {
    let folder = Scratch::new("held");
    let copies = folder.path().join("recovery");
    fs::create_dir(&copies).unwrap();
    let saved = folder.path().join("sheet.ron");
    let sheet = with_an_answer(one_sheet(), "Saved.");
    worksheet::save(&saved, &sheet).unwrap();
    let now = std::time::SystemTime::now();
    let hour = std::time::Duration::from_secs(3600);

    // The same text, whatever the times.
    let same_newer = copies.join("same-newer.ron");
    recovery::write(&same_newer, Some(&saved), &sheet).unwrap();
    set_modified(&same_newer, now + hour);
    let same_older = copies.join("same-older.ron");
    recovery::write(&same_older, Some(&saved), &sheet).unwrap();
    set_modified(&same_older, now - hour);
    // Other text, with the saved file newer than the copy: a sync tool, a
    // second window or `touch` did that, and the typing is not in the file.
    let touched_later = copies.join("touched-later.ron");
    let draft = with_an_answer(one_sheet(), "Typed, never saved.");
    recovery::write(&touched_later, Some(&saved), &draft).unwrap();
    set_modified(&touched_later, now - hour);
    // Other text, with the two files' times equal.
    let same_time = copies.join("same-time.ron");
    recovery::write(&same_time, Some(&saved), &draft).unwrap();
    set_modified(&same_time, now);
    set_modified(&saved, now);

    let (found, unreadable) = recovery::scan(files_ending_in(&copies, "ron"));

    assert!(unreadable.is_empty(), "{unreadable:?}");
    assert!(!same_newer.exists());
    assert!(!same_older.exists());
    let mut offered: Vec<&Path> = found.iter().map(|f| f.file.as_path()).collect();
    offered.sort();
    assert_eq!(offered, [same_time.as_path(), touched_later.as_path()]);
    assert!(touched_later.exists() && same_time.exists());
    assert!(found.iter().all(|f| f.recovery.worksheet == draft));
    assert_eq!(worksheet::load(&saved).unwrap(), sheet);
}

#[test]
fn a_recovery_copy_newer_than_its_saved_file_is_offered() {
    let folder = Scratch::new("offered");
    let copies = folder.path().join("recovery");
    fs::create_dir(&copies).unwrap();
    let now = std::time::SystemTime::now();
    let hour = std::time::Duration::from_secs(3600);

    let saved = folder.path().join("sheet.ron");
    worksheet::save(&saved, &with_an_answer(one_sheet(), "Saved.")).unwrap();
    set_modified(&saved, now - hour);
    let newer = copies.join("newer.ron");
    let edited = with_an_answer(one_sheet(), "Saved, then more typed.");
    recovery::write(&newer, Some(&saved), &edited).unwrap();
    set_modified(&newer, now);

    // Copies whose saved file is gone or unreadable: the copy may be all
    // that is left.
    let gone = copies.join("gone.ron");
    let missing = folder.path().join("deleted.ron");
    recovery::write(&gone, Some(&missing), &edited).unwrap();
    set_modified(&gone, now - 2 * hour);
    let broken_saved = folder.path().join("broken.ron");
    fs::write(&broken_saved, "Worksheet(").unwrap();
    let broken = copies.join("broken.ron");
    recovery::write(&broken, Some(&broken_saved), &edited).unwrap();
    set_modified(&broken, now - 3 * hour);
    // Never saved at all.
    let unsaved = copies.join("unsaved.ron");
    recovery::write(&unsaved, None, &edited).unwrap();
    set_modified(&unsaved, now - 4 * hour);

    let (found, unreadable) = recovery::scan(files_ending_in(&copies, "ron"));

    assert!(unreadable.is_empty(), "{unreadable:?}");
    let files: Vec<&Path> = found.iter().map(|f| f.file.as_path()).collect();
    assert_eq!(
        files,
        [&newer, &gone, &broken, &unsaved].map(PathBuf::as_path),
        "newest first"
    );
    assert!(found.iter().all(|f| f.recovery.worksheet == edited));
    assert_eq!(found[0].recovery.saved_as.as_deref(), Some(saved.as_path()));
    assert!(files.iter().all(|f| f.exists()));
}

// ---------------------------------------------------------------------------
// Killed writers

/// Not a test of its own: the writer the kill tests run in a child process
/// of this same binary, and kill. Ignored, so a plain run neither counts it
/// as a passing test nor runs it; the kill tests ask for it by name.
#[cfg(unix)]
#[test]
#[ignore = "the child process of the kill tests, run by them"]
fn kill_child_writer() {
    killed::child_writer();
}

#[cfg(unix)]
mod killed {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    use super::*;

    const TARGET: &str = "ONE_ON_ONE_KILL_TARGET";
    const KIND: &str = "ONE_ON_ONE_KILL_KIND";
    const START: &str = "ONE_ON_ONE_KILL_START";
    const SEED: &str = "ONE_ON_ONE_KILL_SEED";

    /// Version `n` of a worksheet of about 340 KB, so that a write takes
    /// long enough to be killed in the middle. Every field carries `n`, and
    /// the number of `#` in the raw-string delimiters changes with it, so
    /// any mix of two versions fails to match either.
    pub fn version(n: u64) -> Worksheet {
        let paragraph = |field: &str, bytes: usize| {
            let unit = format!(
                "{field} of version {n}: «a story» \"quoted\" {}\\ and on\n",
                "#".repeat((n % 4) as usize)
            );
            unit.repeat(bytes / unit.len() + 1)
        };
        let day = NaiveDate::from_num_days_from_ce_opt(738_000 + (n % 10_000) as i32).unwrap();
        Worksheet {
            format: FORMAT_VERSION,
            workshop: format!("kill test {n}"),
            name: format!("writer {n}"),
            partner: format!("partner {n}"),
            date: Some(day),
            shared_values: paragraph("values", 40_000),
            shared_interests: paragraph("interests", 40_000),
            my_resources: paragraph("mine", 40_000),
            partner_resources: paragraph("theirs", 40_000),
            acts_reached: (0..4)
                .map(|act| ActReached {
                    act: format!("act {act} of {n}"),
                    reached: (n >> act) & 1 == 1,
                })
                .collect(),
            next_meeting: NextMeeting {
                when: day.and_hms_opt((n % 24) as u32, (n % 60) as u32, 0),
                minutes: n as u32,
                place: paragraph("place", 100),
                plan: paragraph("plan", 2_000),
            },
            feedback_received: paragraph("received", 40_000),
            feedback_given: paragraph("given", 40_000),
            notes: paragraph("notes", 40_000),
            reflection: (0..3)
                .map(|q| Answer {
                    question: format!("question {q} of {n}"),
                    answer: paragraph("answer", 20_000),
                })
                .collect(),
        }
    }

    /// Which version a worksheet is, if it is exactly one of them.
    fn which_version(sheet: &Worksheet) -> Option<u64> {
        let n = sheet.name.strip_prefix("writer ")?.parse().ok()?;
        (*sheet == version(n)).then_some(n)
    }

    #[derive(Clone, Copy)]
    enum Kind {
        Worksheet,
        Recovery,
    }

    impl Kind {
        fn name(self) -> &'static str {
            match self {
                Kind::Worksheet => "worksheet",
                Kind::Recovery => "recovery",
            }
        }

        fn write(self, path: &Path, sheet: &Worksheet) -> Result<(), WorksheetError> {
            match self {
                Kind::Worksheet => worksheet::save(path, sheet),
                Kind::Recovery => recovery::write(path, None, sheet),
            }
        }

        fn read(self, path: &Path) -> Result<Worksheet, WorksheetError> {
            match self {
                Kind::Worksheet => worksheet::load(path),
                Kind::Recovery => recovery::read(path).map(|r| r.worksheet),
            }
        }
    }

    pub fn child_writer() {
        // Run by hand (`--include-ignored`), it has nothing to write to.
        let Some(target) = std::env::var_os(TARGET) else {
            return;
        };
        let kind = match std::env::var(KIND).as_deref() {
            Ok("recovery") => Kind::Recovery,
            _ => Kind::Worksheet,
        };
        let start: u64 = std::env::var(START).unwrap().parse().unwrap();
        let path = PathBuf::from(target);
        for n in start.. {
            // A failed write ends the child by itself, which the parent
            // reports: save must never refuse its own earlier file.
            kind.write(&path, &version(n))
                .unwrap_or_else(|e| panic!("writing version {n}: {e}"));
        }
    }

    /// xorshift64*: reproducible kill times without another crate.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, bound: u64) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % bound
        }
    }

    fn seed() -> u64 {
        std::env::var(SEED)
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0x5eed_0f0e_0e0e)
    }

    fn temps_in(folder: &Path) -> Vec<PathBuf> {
        fs::read_dir(folder)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(TEMP_PREFIX))
            .map(|e| e.path())
            .collect()
    }

    fn kill_repeatedly(kind: Kind, kills: u32, longest_ms: u64) {
        use std::os::unix::fs::PermissionsExt;
        use std::os::unix::process::ExitStatusExt;

        let folder = Scratch::new(&format!("kill-{}", kind.name()));
        let path = folder.path().join(format!("{}.ron", kind.name()));
        kind.write(&path, &version(0)).unwrap();
        let seed = seed();
        let mut rng = Rng(seed);
        let started = Instant::now();
        let (mut seen, mut changed, mut damaged) = (0u64, 0u32, Vec::new());
        for kill in 0..kills {
            let mut child = Command::new(std::env::current_exe().unwrap())
                .args([
                    "kill_child_writer",
                    "--exact",
                    "--ignored",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env(TARGET, &path)
                .env(KIND, kind.name())
                .env(START, (seen + 1).to_string())
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            std::thread::sleep(Duration::from_millis(rng.below(longest_ms + 1)));
            child.kill().unwrap();
            let output = child.wait_with_output().unwrap();
            assert_eq!(
                output.status.signal(),
                Some(9),
                "the writer stopped by itself ({}): {}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            );
            match kind.read(&path) {
                Ok(sheet) => match which_version(&sheet) {
                    Some(n) if n >= seen => {
                        if n > seen {
                            changed += 1;
                        }
                        seen = n;
                    }
                    Some(n) => damaged.push(format!("kill {kill}: version {n} after {seen}")),
                    None => damaged.push(format!("kill {kill}: a mix of versions")),
                },
                Err(error) => damaged.push(format!("kill {kill}: {error}")),
            }
            if let Kind::Recovery = kind {
                // The next start must offer the copy and nothing else.
                let (found, unreadable) = recovery::scan(files_ending_in(folder.path(), "ron"));
                assert!(unreadable.is_empty(), "kill {kill}: {unreadable:?}");
                assert_eq!(found.len(), 1, "kill {kill}");
                assert_eq!(found[0].file, path, "kill {kill}");
            }
        }
        // Leftovers of writes cut short stay behind: each must be marked as
        // temporary so listings skip it, and private like the file itself.
        let others: Vec<_> = fs::read_dir(folder.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| *p != path)
            .collect();
        let temps = temps_in(folder.path());
        assert_eq!(others.len(), temps.len(), "not temporary: {others:?}");
        for temp in &temps {
            let mode = fs::metadata(temp).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", temp.display());
        }
        eprintln!(
            "{} kill test (seed {seed}): {kills} kills in {:.1} s, {changed} mid-run with the file changed, reached version {seen}, {} damaged, {} leftover temporary files",
            kind.name(),
            started.elapsed().as_secs_f64(),
            damaged.len(),
            temps.len(),
        );
        assert!(damaged.is_empty(), "{damaged:#?}");
        assert!(
            changed > kills / 10,
            "too few kills landed after a write: {changed} of {kills}"
        );
        // Leftovers are the proof that some kills landed mid-write, in
        // the window a non-atomic writer would have left a torn file.
        assert!(!temps.is_empty(), "no kill landed in the middle of a write");
    }

    #[test]
    fn a_killed_worksheet_writer_leaves_the_old_file_or_the_new_one() {
        kill_repeatedly(Kind::Worksheet, 300, 80);
    }

    #[test]
    fn a_killed_recovery_writer_leaves_the_old_copy_or_the_new_one() {
        kill_repeatedly(Kind::Recovery, 80, 80);
    }

    #[test]
    fn versions_differ_in_every_field() {
        let (a, b) = (version(7), version(8));
        assert_eq!(which_version(&a), Some(7));
        let text = worksheet::to_text(&a);
        assert!(text.len() > 200_000, "{} bytes", text.len());
        assert!(a.shared_values != b.shared_values && a.notes != b.notes);
        assert!(a.reflection[2].answer != b.reflection[2].answer);
    }
}
