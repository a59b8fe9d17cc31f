//! A participant's own worksheet on the phone page, in a real browser
//! against the room's server running in this process: typed in many
//! scripts and kept through reloads, the server going away and the browser
//! being killed; taken away as the app's own files, read back by the app's
//! reader and compared with the app's own Markdown and calendar event; and
//! never sent: the server sees every request whole and none carries a word
//! of it. Each test skips (loudly) where Chromium is not installed, and
//! fails on CI.

mod browser;

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use browser::Browser;
use browser::room::LiveRoom;
use browser::sheet::{self, Scratch, control, files_under, paris, pick_day, pick_time, stamp_of};
use chrono::{NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike};
use one_on_one::scenario::built_in_breakout;
use one_on_one::session::Intent;
use one_on_one::share::{Observer, SeenRequest};
use one_on_one::worksheet::export::{ics_in, markdown};
use one_on_one::worksheet::{Worksheet, names, parse, to_text};
use serde_json::{Value, json};

const SEC: Duration = Duration::from_secs(1);

/// Where the sheet of the built-in breakout is kept in the browser.
fn storage_key() -> String {
    format!("oneOnOne.worksheet.{}", built_in_breakout().name)
}

// ---- What the server saw.

/// Every request the server took, as it arrived.
#[derive(Clone, Default)]
struct Requests(Arc<Mutex<Vec<SeenRequest>>>);

impl Requests {
    fn observer(&self) -> Observer {
        let seen = Arc::clone(&self.0);
        Arc::new(move |request: &SeenRequest| {
            seen.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(request.clone());
        })
    }

    fn all(&self) -> Vec<SeenRequest> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// The paths a phone that only reads the room and fills in its sheet asks
/// for, with no query string.
const READS: [&str; 9] = [
    "/",
    "/phone.js",
    "/phone.css",
    "/worksheet.js",
    "/api/words",
    "/api/guide",
    "/api/room",
    "/api/time",
    "/api/events",
];

/// `%XX` sequences decoded, so text hidden in a URL is found too.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Pieces of `text` that would give it away: each word of four characters
/// or more, and runs of twelve characters, overlapping, all along it.
fn fragments(text: &str) -> Vec<String> {
    const RUN: usize = 12;
    let mut pieces: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        .filter(|word| word.chars().count() >= 4)
        .map(str::to_string)
        .collect();
    let chars: Vec<char> = text.chars().collect();
    pieces.extend(
        chars
            .windows(RUN)
            .step_by(RUN / 2)
            .map(|run| run.iter().collect::<String>()),
    );
    pieces.sort();
    pieces.dedup();
    pieces
}

/// Asserts that the server only served the page, the room and the guide,
/// and that no request carried any piece of `typed`, in its address, a
/// header or its body. Returns how many requests were looked at.
fn assert_nothing_sent(requests: &Requests, typed: &[&str]) -> usize {
    let seen = requests.all();
    let paths: Vec<&str> = seen.iter().map(|r| r.uri.as_str()).collect();
    for must in ["/worksheet.js", "/api/guide"] {
        assert!(paths.contains(&must), "the server saw {must}: {paths:?}");
    }
    let pieces: Vec<String> = typed.iter().flat_map(|text| fragments(text)).collect();
    for request in &seen {
        assert_eq!(request.method, "GET", "{} {}", request.method, request.uri);
        assert!(
            READS.contains(&request.uri.as_str()),
            "the phone asked for {}",
            request.uri
        );
        let mut places = vec![
            request.uri.clone(),
            percent_decoded(&request.uri),
            String::from_utf8_lossy(&request.body).into_owned(),
        ];
        for (_, value) in &request.headers {
            places.push(value.clone());
            places.push(percent_decoded(value));
        }
        for place in &places {
            for piece in &pieces {
                assert!(
                    !place.contains(piece.as_str()),
                    "{} {} carried {piece:?} from the worksheet",
                    request.method,
                    request.uri
                );
            }
        }
    }
    seen.len()
}

// ---- The sheet as a person sees it.

/// The page open on `room`, the sheet drawn from the room's guide.
fn open(browser: &Browser, room: &LiveRoom) {
    browser.open(&room.url());
    until_sheet_is_drawn(browser);
}

fn until_sheet_is_drawn(browser: &Browser) {
    browser.wait_for("the worksheet to be laid out", 5 * SEC, |browser| {
        let labels = browser.run("return document.querySelectorAll('#worksheet label').length");
        (labels.as_u64().unwrap_or_default() > 10).then_some(())
    });
}

/// Every labelled control of the sheet: its label, and its text or
/// whether it is ticked.
fn sheet_seen(browser: &Browser) -> Vec<(String, Value)> {
    let seen = browser.run(
        "return [...document.querySelectorAll('#worksheet label')].map((label) => {
             const c = document.getElementById(label.htmlFor);
             return [label.textContent.trim(), c.type === 'checkbox' ? c.checked : c.value];
         });",
    );
    serde_json::from_value(seen).expect("pairs of a label and a value")
}

fn value_of(seen: &[(String, Value)], label: &str) -> Value {
    seen.iter()
        .find(|(l, _)| l == label)
        .map(|(_, value)| value.clone())
        .unwrap_or_else(|| panic!("no {label:?} on the sheet"))
}

/// The sheet as the browser keeps it, read straight from its storage.
fn stored(browser: &Browser) -> Value {
    let text = browser.run_with(
        "return localStorage.getItem(arguments[0]);",
        json!([storage_key()]),
    );
    serde_json::from_str(text.as_str().expect("the sheet is in localStorage"))
        .expect("the stored sheet is JSON")
}

// ---- What a participant types.

/// Ten thousand characters in several scripts, as a long answer.
fn long_answer() -> String {
    let sentence = "Nobody should choose between rent and medicine. \
                    لا أحد يجب أن يختار. 没有人应该选择。 Никто не должен выбирать. \
                    אף אחד לא צריך לבחור. किसी को नहीं चुनना चाहिए। 👩‍👩‍👧‍👦🇵🇸\n";
    let mut answer: String = sentence.chars().cycle().take(10_000 - 4).collect();
    answer.push_str("END.");
    assert_eq!(answer.chars().count(), 10_000);
    answer
}

/// What one participant writes, field by field, in the sheet's words.
struct Typed {
    lines: Vec<(&'static str, String)>,
    acts: Vec<&'static str>,
}

fn many_scripts() -> Typed {
    Typed {
        lines: vec![
            ("Your name", "Layla حسن".into()),
            ("Partner's name", "李明 Li Ming".into()),
            (
                "Values we share",
                "हम सब एक परिवार हैं।\nदूसरी पंक्ति: पड़ोसी भी।".into(),
            ),
            (
                "Interests we can act on together",
                "Автобус 14 нужен всем.\nБезопасный переход у школы.".into(),
            ),
            (
                "Skills and resources I bring",
                "אני מתרגמת עברית וערבית".into(),
            ),
            (
                "Skills and resources my partner brings",
                "👩‍👩‍👧‍👦 family of four, 🏳️‍🌈 pride, flags 🇵🇸🇮🇳🇺🇦🇧🇷, wave 👋🏽, 🧑🏿‍🦱".into(),
            ),
            ("Where", "Café Luna — مقهى القمر".into()),
            (
                "What we will do",
                "Bring both timetables 🚌 and five names each.".into(),
            ),
            ("Feedback I received", long_answer()),
            ("Notes", "Ελληνικά και ქართული, 日本語のメモ".into()),
            (
                "How does this way of doing a one-on-one compare with the other conversations you have?",
                "Slower, and more honest. أبطأ وأصدق".into(),
            ),
            (
                "What was most challenging about the exercise?",
                "Не заполнять тишину 🤐".into(),
            ),
        ],
        acts: vec!["Attention", "Exploration"],
    }
}

/// Fills the sheet with `typed`, each text as a phone's keyboard commits it.
fn fill(browser: &Browser, typed: &Typed) {
    for (label, text) in &typed.lines {
        browser.insert_into(&control(browser, label), text);
    }
    for act in &typed.acts {
        browser.click(&control(browser, act));
    }
}

fn assert_sheet_shows(browser: &Browser, typed: &Typed, moment: &str) {
    let seen = sheet_seen(browser);
    for (label, text) in &typed.lines {
        assert_eq!(
            value_of(&seen, label).as_str(),
            Some(text.as_str()),
            "{label} {moment}"
        );
    }
    for act in [
        "Attention",
        "Interest",
        "Exploration",
        "Exchange",
        "Commitment",
    ] {
        assert_eq!(
            value_of(&seen, act),
            Value::Bool(typed.acts.contains(&act)),
            "{act} {moment}"
        );
    }
}

#[test]
fn a_sheet_in_many_scripts_outlives_reloads_and_the_server_going_away() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let started = Instant::now();
    let requests = Requests::default();
    let room = LiveRoom::start_observed(built_in_breakout(), requests.observer());
    room.apply(Intent::StartOrPause);
    open(&browser, &room);

    // One tap beside the timer; on a phone the sheet takes the screen and
    // the time stays in the bar at the top.
    assert!(!browser.is_shown("#worksheet"));
    browser.click("#worksheet-open");
    assert!(browser.is_shown("#worksheet"));
    assert!(!browser.is_shown("#clock"), "the big clock gives way");
    assert!(browser.is_shown("#mini"), "the time stays in the bar");
    browser.wait_for("the bar's clock", 2 * SEC, |browser| {
        let mini = browser.text("#mini");
        (mini.contains(':') && mini.chars().any(|c| c.is_ascii_digit())).then_some(mini)
    });
    assert!(
        browser
            .text("#worksheet")
            .contains("Your worksheet stays in this browser, on this device: it is never sent to the trainer or anyone else."),
        "the sheet says where it is kept"
    );
    let seen = sheet_seen(&browser);
    let today = browser.run(
        "const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()]
             .map((n) => String(n).padStart(2, '0')).join('-');",
    );
    assert_eq!(value_of(&seen, "Date"), today, "a new sheet is dated today");

    let mut typed = many_scripts();
    let filling = Instant::now();
    fill(&browser, &typed);
    pick_day(
        &browser,
        "Day",
        NaiveDate::from_ymd_opt(2027, 6, 15).unwrap(),
    );
    pick_time(&browser, "Time", 18, 30);
    browser.type_over(&control(&browser, "Minutes"), "45");
    // Key by key: each keystroke is kept the moment it is typed.
    let by_keys = "Asked why twice; listened more than I talked.";
    browser.type_into(&control(&browser, "Feedback I gave"), by_keys);
    assert_eq!(stored(&browser)["sheet"]["feedback_given"], by_keys);
    typed.lines.push(("Feedback I gave", by_keys.to_string()));
    let filled_in = filling.elapsed();
    assert_eq!(
        stored(&browser)["sheet"]["next_meeting"],
        json!({ "when": "2027-06-15T18:30:00", "minutes": 45, "where": "Café Luna — مقهى القمر",
                "plan": "Bring both timetables 🚌 and five names each." })
    );

    browser.reload();
    until_sheet_is_drawn(&browser);
    assert!(
        browser.is_shown("#worksheet"),
        "a reload comes back to the sheet"
    );
    assert_sheet_shows(&browser, &typed, "after a reload");
    let seen = sheet_seen(&browser);
    assert_eq!(value_of(&seen, "Day"), "2027-06-15");
    assert_eq!(value_of(&seen, "Time"), "18:30");
    assert_eq!(value_of(&seen, "Minutes"), "45");

    // The room's server goes away; the participant writes on.
    room.stop_server();
    let offline = "Written while the room was away: مكتوب بلا خادم 🛰️";
    browser.insert_into(&control(&browser, "Notes"), offline);
    assert_eq!(stored(&browser)["sheet"]["notes"], offline);
    let away = "Typed with no server at all";
    browser.type_into(
        &control(&browser, "What was most challenging about the exercise?"),
        away,
    );
    let kept = stored(&browser);
    assert_eq!(kept["sheet"]["reflection"][2]["answer"], away);
    assert_eq!(kept["sheet"]["feedback_received"], long_answer().as_str());
    for (label, text) in typed.lines.iter_mut() {
        match *label {
            "Notes" => *text = offline.to_string(),
            "What was most challenging about the exercise?" => *text = away.to_string(),
            _ => {}
        }
    }

    room.restart_server();
    browser.reload();
    until_sheet_is_drawn(&browser);
    assert_sheet_shows(&browser, &typed, "after the server came back");

    let texts: Vec<&str> = typed.lines.iter().map(|(_, text)| text.as_str()).collect();
    let looked_at = assert_nothing_sent(&requests, &texts);
    println!(
        "filled in {} fields ({} characters) in {filled_in:?}; none of it in any of the \
         {looked_at} requests the server took; the test took {:?}",
        typed.lines.len(),
        texts.iter().map(|t| t.chars().count()).sum::<usize>(),
        started.elapsed()
    );
}

#[test]
fn two_tabs_on_one_sheet_do_not_write_over_each_other() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::start(built_in_breakout());
    open(&browser, &room);
    browser.click("#worksheet-open");
    let first = browser.new_tab();
    open(&browser, &room);
    browser.click("#worksheet-open");
    browser.insert_into(&control(&browser, "Notes"), "Written in the second tab");

    browser.switch_to(&first);
    browser.wait_for(
        "the first tab to show the second's notes",
        2 * SEC,
        |browser| {
            let seen = sheet_seen(browser);
            (value_of(&seen, "Notes") == "Written in the second tab").then_some(())
        },
    );
    browser.insert_into(&control(&browser, "Your name"), "Typed in the first tab");
    let kept = stored(&browser);
    assert_eq!(kept["sheet"]["notes"], "Written in the second tab");
    assert_eq!(kept["sheet"]["name"], "Typed in the first tab");
}

/// Whether `file`'s bytes hold `marker` as Chromium stores localStorage
/// text with characters beyond Latin-1: UTF-16, little-endian.
fn holds_utf16(file: &Path, marker: &str) -> bool {
    let needle: Vec<u8> = marker.encode_utf16().flat_map(u16::to_le_bytes).collect();
    std::fs::read(file).is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle))
}

#[test]
fn a_sheet_outlives_the_browser_being_killed() {
    let profile =
        std::env::temp_dir().join(format!("one-on-one-killed-browser-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    let room = LiveRoom::start(built_in_breakout());
    let Some(browser) = Browser::launch_on_profile(&profile) else {
        return;
    };
    open(&browser, &room);
    browser.click("#worksheet-open");
    let answer = "Kept through a kill: محفوظ 🔒";
    browser.insert_into(&control(&browser, "Values we share"), answer);

    // Chromium writes localStorage to disk a few seconds after a change;
    // a kill before then loses it in any page, so wait for it as a phone
    // left alone for a moment would.
    let typed = Instant::now();
    let storage = profile.join("Default").join("Local Storage");
    while !files_under(&storage)
        .iter()
        .any(|f| holds_utf16(f, "Kept through a kill"))
    {
        assert!(
            typed.elapsed() < 15 * SEC,
            "Chromium never wrote localStorage to disk"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let on_disk = typed.elapsed();
    browser.kill();

    let browser = Browser::launch_on_profile(&profile).expect("Chromium starts again");
    open(&browser, &room);
    browser.click("#worksheet-open");
    let seen = sheet_seen(&browser);
    assert_eq!(value_of(&seen, "Values we share"), answer);
    drop(browser);
    let _ = std::fs::remove_dir_all(&profile);
    println!("the sheet reached Chromium's disk {on_disk:?} after typing and outlived SIGKILL");
}

// ---- The files a participant takes away.

/// Taps the download link that says `text`, as a person finds it, and
/// returns the file's name and text.
fn download(browser: &Browser, text: &str) -> (String, String) {
    let id = browser.run_with(
        "const link = [...document.querySelectorAll('#worksheet a')]
             .find((a) => a.textContent.trim() === arguments[0]);
         return link ? link.id : null;",
        json!([text]),
    );
    let id = id.as_str().expect("a download link");
    sheet::download(browser, &format!("#{id}"))
}

/// The one event in `text`, parsed as a calendar app parses it.
fn parsed_event(text: &str) -> Event {
    let calendar: Calendar = text.parse().expect("the file parses as a calendar");
    let events: Vec<&Event> = calendar.events().collect();
    assert_eq!(events.len(), 1, "{text}");
    events[0].clone()
}

/// The event's fields a calendar shows, to compare two files by.
fn event_fields(event: &Event) -> Vec<(&'static str, String)> {
    vec![
        ("UID", event.get_uid().unwrap_or_default().to_string()),
        (
            "SUMMARY",
            event.get_summary().unwrap_or_default().to_string(),
        ),
        (
            "LOCATION",
            event.get_location().unwrap_or_default().to_string(),
        ),
        (
            "DESCRIPTION",
            event.get_description().unwrap_or_default().to_string(),
        ),
        ("DTSTART", format!("{:?}", event.get_start())),
        ("DTEND", format!("{:?}", event.get_end())),
    ]
}

/// Asserts that the phone's `.ics` is the app's export of `sheet`, made at
/// the same moment in the same zone; returns its DTSTART line.
fn assert_same_event(phone: &str, sheet: &Worksheet) -> String {
    let stamp = stamp_of(phone);
    assert!(
        (Utc::now() - stamp).num_seconds().abs() < 60,
        "DTSTAMP {stamp} is when the file was made"
    );
    let app = ics_in(sheet, stamp, paris).expect("the app exports the meeting");
    assert_eq!(
        event_fields(&parsed_event(phone)),
        event_fields(&parsed_event(&app)),
        "the phone's event and the app's"
    );
    assert_eq!(phone, app, "the phone's .ics, byte for byte");
    phone
        .lines()
        .find(|line| line.starts_with("DTSTART"))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_downloads_are_the_apps_own_files() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let started = Instant::now();
    let requests = Requests::default();
    let scenario = built_in_breakout();
    let room = LiveRoom::start_observed(scenario.clone(), requests.observer());
    browser.set_time_zone("Europe/Paris");
    open(&browser, &room);
    browser.click("#worksheet-open");

    // A sheet nobody wrote on is the app's blank sheet.
    let (name, text) = download(&browser, "Worksheet file (.ron)");
    let blank = parse(&text, &name).unwrap_or_else(|error| panic!("{error}\n{text}"));
    let today = blank.date.expect("a new sheet is dated");
    assert_eq!(blank, Worksheet::blank(&scenario, "", "", today));
    assert_eq!(text, to_text(&blank), "the blank .ron, byte for byte");
    assert_eq!(name, format!("worksheet-{today}.ron"));

    // Text that tests every rule of the three formats: quotes and hashes
    // (raw strings), backslashes, Markdown's block markers, the calendar's
    // commas and semicolons, unusual spaces and controls, a tab, lines past
    // 75 octets.
    let typed = Typed {
        lines: vec![
            ("Your name", "Maria \"Mia\"\u{3000}López".into()),
            ("Partner's name", "Sam #1 O'Neil \\ Okafor".into()),
            (
                "Values we share",
                "Family first.\n\n\nNobody left behind.  \n    indented, a tab:\there".into(),
            ),
            (
                "Interests we can act on together",
                "# not a heading\n1. one\n2) two\n- dash\n> quote\n===\n```".into(),
            ),
            (
                "Skills and resources I bring",
                "\"##\"### ends in hashes ##".into(),
            ),
            // Blank to Rust's trim, which takes U+0085 for a space.
            ("Skills and resources my partner brings", "\u{85}".into()),
            (
                "Where",
                "Café Luna, 12 Market St; back room \\ upstairs".into(),
            ),
            (
                "What we will do",
                "Bring the 2025 and 2026 timetables; list five riders each, who lost a route.\n\
                 Decide who we invite — 集会 🚌 at the house meeting, and when."
                    .into(),
            ),
            ("Feedback I received", "He said \"why?\" twice.".into()),
            ("Feedback I gave", "r#\"raw\"# and a literal \\n".into()),
            // U+FEFF is no space to Rust, though it is to JavaScript's trim.
            (
                "Notes",
                "no-break\u{a0}space, line\u{2028}separator, a byte order mark\u{feff}".into(),
            ),
            (
                "How is it different from an interview? From a sales pitch?",
                "Λιγότερο ερωτηματολόγιο, περισσότερη κουβέντα.".into(),
            ),
            (
                "What was most challenging about the exercise?",
                "👩‍👩‍👧‍👦🇵🇸 silence".into(),
            ),
        ],
        acts: vec!["Attention", "Interest", "Commitment"],
    };
    fill(&browser, &typed);
    let practice = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    pick_day(&browser, "Date", practice);
    let meeting = NaiveDate::from_ymd_opt(2027, 6, 15).unwrap();
    pick_day(&browser, "Day", meeting);
    pick_time(&browser, "Time", 18, 30);
    browser.type_over(&control(&browser, "Minutes"), "45");

    let mut expected = Worksheet::blank(&scenario, "", "", practice);
    let text_of = |label: &str| {
        typed
            .lines
            .iter()
            .find(|(l, _)| *l == label)
            .map(|(_, text)| text.clone())
            .unwrap_or_default()
    };
    expected.name = text_of("Your name");
    expected.partner = text_of("Partner's name");
    expected.shared_values = text_of("Values we share");
    expected.shared_interests = text_of("Interests we can act on together");
    expected.my_resources = text_of("Skills and resources I bring");
    expected.partner_resources = text_of("Skills and resources my partner brings");
    expected.feedback_received = text_of("Feedback I received");
    expected.feedback_given = text_of("Feedback I gave");
    expected.notes = text_of("Notes");
    for act in &mut expected.acts_reached {
        act.reached = typed.acts.contains(&act.act.as_str());
    }
    expected.next_meeting.when = meeting.and_hms_opt(18, 30, 0);
    expected.next_meeting.minutes = 45;
    expected.next_meeting.place = text_of("Where");
    expected.next_meeting.plan = text_of("What we will do");
    for answer in &mut expected.reflection {
        answer.answer = text_of(&answer.question);
    }

    let (ron_name, ron) = download(&browser, "Worksheet file (.ron)");
    let read = parse(&ron, &ron_name).unwrap_or_else(|error| panic!("{error}\n{ron}"));
    assert_eq!(read, expected, "the app reads back every field as typed");
    assert_eq!(ron, to_text(&read), "the .ron, byte for byte");
    let stem = names::stem(&read.name, &read.partner, read.date);
    assert_eq!(ron_name, format!("{stem}.ron"));

    let (md_name, md) = download(&browser, "Markdown (.md)");
    assert_eq!(md_name, format!("{stem}.md"));
    assert_eq!(md, markdown(&read), "the Markdown, byte for byte");

    let (ics_name, ics) = download(&browser, "Add to calendar (.ics)");
    assert_eq!(ics_name, format!("{stem}.ics"));
    let summer = assert_same_event(&ics, &read);
    assert_eq!(summer, "DTSTART:20270615T163000Z", "18:30 in Paris in June");

    // An hour the clocks skip in Paris: no such moment, so the event
    // keeps the wall-clock time, as the app's does.
    let skipped = NaiveDate::from_ymd_opt(2027, 3, 28).unwrap();
    pick_day(&browser, "Day", skipped);
    pick_time(&browser, "Time", 2, 30);
    let (_, ron) = download(&browser, "Worksheet file (.ron)");
    let moved = parse(&ron, "moved.ron").expect("the sheet reads");
    assert_eq!(moved.next_meeting.when, skipped.and_hms_opt(2, 30, 0));
    let (_, ics) = download(&browser, "Add to calendar (.ics)");
    assert_eq!(
        assert_same_event(&ics, &moved),
        "DTSTART:20270328T023000",
        "a floating time"
    );

    // No day for the meeting, no event: the sheet says what to do.
    browser.type_into(&control(&browser, "Day"), "");
    let folder = Scratch::new("no-event");
    browser.download_to(&folder.0);
    browser.click("#ws-download-ics");
    browser.wait_for_text(
        "#ws-take-message",
        "There is no next meeting to add yet: fill in its day and time under “When we meet again”.",
        2 * SEC,
    );
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        files_under(&folder.0).is_empty(),
        "no file without a meeting"
    );

    let texts: Vec<&str> = typed.lines.iter().map(|(_, text)| text.as_str()).collect();
    let looked_at = assert_nothing_sent(&requests, &texts);
    println!(
        "the phone's .ron, .md and two .ics equal the app's byte for byte; {looked_at} \
         requests carried none of it; the test took {:?}",
        started.elapsed()
    );
}

/// The worksheet's script, as the server sends it.
const WORKSHEET_SCRIPT: &str = include_str!("../assets/phone/worksheet.js");

#[test]
fn the_worksheet_script_asks_for_nothing_but_the_guide() {
    // What the browser tests cannot reach (a branch they never take) is
    // read here: the script's only request is for the guide.
    assert_eq!(
        WORKSHEET_SCRIPT.matches("fetch(").count(),
        1,
        "one fetch, the guide's"
    );
    assert!(WORKSHEET_SCRIPT.contains("fetch(\"/api/guide\", { cache: \"no-store\" })"));
    for sender in [
        "XMLHttpRequest",
        "sendBeacon",
        "WebSocket",
        "EventSource",
        "RTCPeerConnection",
        ".submit(",
        "new Image",
        "location",
        "<form",
        "http:",
        "https:",
    ] {
        assert!(
            !WORKSHEET_SCRIPT.contains(sender),
            "worksheet.js uses {sender}"
        );
    }
    let bytes = one_on_one::share::worksheet_bytes();
    assert_eq!(bytes, WORKSHEET_SCRIPT.len());
    println!("worksheet.js weighs {bytes} bytes (limit 32,768)");
    assert!(bytes <= 32 * 1024, "{bytes} bytes");
}

#[test]
fn on_a_wide_screen_the_sheet_stands_beside_the_room() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::start(built_in_breakout());
    room.apply(Intent::StartOrPause);
    open(&browser, &room);
    browser.set_screen((1280, 800), false);
    browser.click("#worksheet-open");
    let boxes = browser.run(
        "const box = (id) => document.getElementById(id).getBoundingClientRect();
         const [clock, sheet] = [box('clock'), box('worksheet')];
         return { clockRight: clock.right, sheetLeft: sheet.left, sheetRight: sheet.right,
                  clockTop: clock.top, sheetTop: sheet.top, width: innerWidth,
                  clockShown: clock.height > 0 && clock.bottom <= innerHeight };",
    );
    assert!(
        browser.is_shown("#clock") && browser.is_shown("#worksheet"),
        "{boxes}"
    );
    assert_eq!(boxes["clockShown"], true, "{boxes}");
    let number = |key: &str| boxes[key].as_f64().unwrap_or(f64::NAN);
    assert!(
        number("clockRight") <= number("sheetLeft"),
        "side by side: {boxes}"
    );
    assert!(
        number("sheetRight") <= number("width"),
        "nothing past the edge: {boxes}"
    );
}

/// The phone worksheet for the README: `PHONE_SCREENSHOTS=assets/screenshots
/// cargo test --test phone_worksheet -- --ignored screenshot`.
#[test]
#[ignore = "writes a screenshot; run with PHONE_SCREENSHOTS=<folder>"]
fn screenshot() {
    let folder = std::env::var("PHONE_SCREENSHOTS")
        .expect("PHONE_SCREENSHOTS names the folder to write the screenshot to");
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::in_round_one();
    open(&browser, &room);
    browser.wait_for("the hand-over's flash to come down", 4 * SEC, |browser| {
        (!browser.is_shown("#flash")).then_some(())
    });
    browser.click("#worksheet-open");
    browser.insert_into(&control(&browser, "Your name"), "Maria López");
    browser.insert_into(&control(&browser, "Partner's name"), "Sam Okafor");
    browser.insert_into(
        &control(&browser, "Values we share"),
        "Family comes first, and that includes the neighbours.",
    );
    browser.run("document.activeElement.blur(); window.scrollTo(0, 0)");
    std::thread::sleep(Duration::from_millis(300));
    let path = Path::new(&folder).join("phone-worksheet.png");
    std::fs::write(&path, browser.screenshot())
        .unwrap_or_else(|error| panic!("writing {}: {error}", path.display()));
    println!("wrote {}", path.display());
}
