//! The phone page in a real browser, against the room's server running in
//! this process: what a participant sees, that it keeps time with the
//! projector through a hand-over and a dropped server, and the trainer's
//! remote control. Each test skips (loudly) where Chromium is not
//! installed, and fails on CI.

mod browser;

use std::time::{Duration, Instant};

use browser::Browser;
use browser::http;
use browser::room::{LiveRoom, PIN};
use one_on_one::room::RoomView;
use one_on_one::scenario::{Advance, Minutes, Scenario, built_in_breakout};
use one_on_one::session::{Intent, Phase, Remaining};
use one_on_one::share::{Limits, page_bytes};
use serde_json::Value;

const SEC: Duration = Duration::from_secs(1);

/// What a person sees of the room, read in one call.
const SEEN: &str = "const text = (id) => document.getElementById(id).innerText.trim();
    return { title: text('title'), step: text('step'), cast: text('cast'),
             digits: text('digits'), word: text('state-word'), hint: text('hint'),
             tone: document.body.dataset.tone,
             left: text('left'), next: text('next'), status: text('status') };";

/// The page open on `room`, once it hears the room and knows the time.
fn open(browser: &Browser, room: &LiveRoom) {
    browser.open(&room.url());
    until_following(browser);
}

/// Waits until the page hears the room and knows the time.
fn until_following(browser: &Browser) {
    browser.wait_for("the page to follow the room", 5 * SEC, |browser| {
        let state = state(browser);
        (state["connected"] == Value::Bool(true) && state["synced"] == Value::Bool(true))
            .then_some(())
    });
}

/// Waits until a hand-over's flash is down, as a person would before
/// tapping what it covers.
fn until_flash_is_down(browser: &Browser) {
    browser.wait_for("the flash to come down", 4 * SEC, |browser| {
        (!browser.is_shown("#flash")).then_some(())
    });
}

/// How many times the page has chimed.
fn chimes(browser: &Browser) -> u64 {
    state(browser)["chimes"].as_u64().unwrap_or_default()
}

/// The page's own account of itself; null before its script ran.
fn state(browser: &Browser) -> Value {
    browser.run("return window.oneOnOne ? window.oneOnOne.state() : null")
}

fn seen(browser: &Browser) -> Value {
    browser.run(SEEN)
}

fn text(value: &Value) -> &str {
    value.as_str().unwrap_or_default()
}

/// Waits until the current step's digits are half a second from changing,
/// so that a reading of the page and one of the session fall on the same
/// second.
fn wait_mid_second(room: &LiveRoom) {
    loop {
        let millis = room.with_session(|session, now| match session.remaining(now) {
            Remaining::Left(left) => left.subsec_millis(),
            Remaining::Over(over) => over.subsec_millis(),
        });
        if (350..=650).contains(&millis) || room.with_session(|s, _| s.phase() != Phase::Running) {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// What the page and the projector show at one moment: the page read
/// between two views of the session.
fn side_by_side(browser: &Browser, room: &LiveRoom) -> (RoomView, Value, RoomView) {
    wait_mid_second(room);
    let before = room.view();
    let page = seen(browser);
    let after = room.view();
    (before, page, after)
}

/// The tone's name as the page marks it.
fn tone_name(view: &RoomView) -> String {
    match serde_json::to_value(view.clock.tone).expect("a tone serializes") {
        Value::String(name) => name,
        Value::Object(map) => map.keys().next().cloned().unwrap_or_default(),
        other => other.to_string(),
    }
}

/// Asserts the page's countdown reads as the projector's at the same moment.
fn assert_same_clock(browser: &Browser, room: &LiveRoom) -> Value {
    let (before, page, after) = side_by_side(browser, room);
    let digits = text(&page["digits"]);
    assert!(
        digits == before.clock.digits || digits == after.clock.digits,
        "the page shows {digits}, the projector {} then {}",
        before.clock.digits,
        after.clock.digits
    );
    assert_eq!(text(&page["word"]), after.clock.word, "{page}");
    assert_eq!(text(&page["tone"]), tone_name(&after), "{page}");
    page
}

/// The breakout with its first step `length` long, moving on by itself.
fn breakout_starting_with(length: Minutes) -> Scenario {
    let mut scenario = built_in_breakout();
    scenario.steps[0].steps_mut()[0].duration = length;
    scenario
}

fn percentile(sorted: &[f64], share: f64) -> f64 {
    let rank = ((sorted.len() - 1) as f64 * share).round() as usize;
    sorted[rank]
}

#[test]
fn the_page_shows_the_projectors_step_roles_and_second() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::start(built_in_breakout());
    for (participant, name) in ["Maria", "Sam"].into_iter().enumerate() {
        room.apply(Intent::Rename {
            participant,
            name: name.to_string(),
        });
    }
    room.apply(Intent::StartOrPause);
    room.apply(Intent::Next);
    open(&browser, &room);

    for _ in 0..4 {
        let (before, page, after) = side_by_side(&browser, &room);
        assert_eq!(text(&page["title"]), before.title);
        assert_eq!(
            text(&page["step"]),
            format!("Step {} of {}", before.step_number, before.step_count)
        );
        for casting in &before.cast {
            let line = format!("{}: {}", casting.role, casting.person);
            assert!(text(&page["cast"]).contains(&line), "{line} in {page}");
        }
        let digits = text(&page["digits"]);
        assert!(
            digits == before.clock.digits || digits == after.clock.digits,
            "the page shows {digits}, the projector {} then {}",
            before.clock.digits,
            after.clock.digits
        );
        let left = text(&page["left"]);
        assert!(
            left == before.left_caption || left == after.left_caption,
            "the page says {left:?}, the projector {:?}",
            before.left_caption
        );
        std::thread::sleep(Duration::from_millis(400));
    }
    assert_eq!(
        text(&seen(&browser)["cast"]),
        "Organizer: Maria\nConstituent: Sam"
    );
    let complaints: Vec<String> = browser
        .console()
        .into_iter()
        .filter(|line| line.contains("SEVERE") || line.contains("WARNING"))
        .collect();
    assert!(
        complaints.is_empty(),
        "the page broke its policy or failed: {complaints:#?}"
    );
}

#[test]
fn a_hand_over_shows_on_the_page_within_a_second() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::start(breakout_starting_with(Minutes::from_secs(3)));
    open(&browser, &room);
    browser.click("#sound");
    assert_eq!(chimes(&browser), 1, "allowing sound rings once to say so");
    let started = room.apply(Intent::StartOrPause);

    // The first step moves on by itself when its three seconds are up.
    let ended = started + 3 * SEC;
    browser.wait_for("the first step to hand over", 5 * SEC, |browser| {
        (text(&seen(browser)["title"]) == "Round 1 · conversation").then_some(())
    });
    let by_itself = Instant::now().saturating_duration_since(ended);
    assert!(browser.is_shown("#flash"), "the hand-over flashes");
    assert_eq!(
        browser.text("#flash-headline"),
        "Next: Round 1 · conversation"
    );
    assert_eq!(chimes(&browser), 2, "the hand-over chimes");

    let moved = room.apply(Intent::Next);
    browser.wait_for("the trainer's next step", 2 * SEC, |browser| {
        (text(&seen(browser)["title"]) == "Round 1 · feedback").then_some(())
    });
    let by_the_trainer = moved.elapsed();
    assert_eq!(browser.text("#flash-headline"), "Next: Round 1 · feedback");
    assert!(
        browser
            .text("#flash-detail")
            .contains("Organizer: Partner A"),
        "the flash says who does what"
    );
    browser.wait_for("the flash to come down", 4 * SEC, |browser| {
        (!browser.is_shown("#flash")).then_some(())
    });
    let flash_stayed = moved.elapsed();

    println!(
        "hand-over on the page: {by_itself:?} after the step ran out, \
         {by_the_trainer:?} after the trainer's Next; the flash stayed {flash_stayed:?}"
    );
    assert!(by_itself < SEC, "{by_itself:?}");
    assert!(by_the_trainer < SEC, "{by_the_trainer:?}");
    assert!(
        (2 * SEC..3500 * Duration::from_millis(1)).contains(&flash_stayed),
        "the flash stays up as long as the projector's: {flash_stayed:?}"
    );
}

#[test]
fn the_page_reconnects_to_a_restarted_server_and_shows_what_changed() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::start(built_in_breakout());
    room.apply(Intent::StartOrPause);
    open(&browser, &room);

    let stopped = Instant::now();
    room.stop_server();
    browser.wait_for_text("#status", "Reconnecting…", 3 * SEC);
    let noticed = stopped.elapsed();
    assert_eq!(state(&browser)["reconnecting"], Value::Bool(true));

    // The trainer moves on while the phones cannot hear, long enough for
    // the page to be waiting its longest between two tries.
    room.apply(Intent::Next);
    std::thread::sleep(4 * SEC);
    assert_eq!(browser.text("#title"), "Gather your team");

    let restarted = Instant::now();
    room.restart_server();
    browser.wait_for_text("#title", "Round 1 · conversation", 3 * SEC);
    let back = restarted.elapsed();
    browser.wait_for_text("#status", "Live", SEC);
    println!("server gone: the page said so after {noticed:?}; back {back:?} after the restart");
    assert!(back <= 3 * SEC, "{back:?}");
    assert_same_clock(&browser, &room);
}

#[test]
fn with_the_server_gone_the_page_keeps_counting() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::start(built_in_breakout());
    room.apply(Intent::StartOrPause);
    room.apply(Intent::Next);
    open(&browser, &room);
    room.stop_server();
    browser.wait_for_text("#status", "Reconnecting…", 3 * SEC);

    let first = assert_same_clock(&browser, &room);
    std::thread::sleep(3 * SEC);
    let later = assert_same_clock(&browser, &room);
    let secs = |page: &Value| {
        let (minutes, seconds) = text(&page["digits"]).split_once(':').expect("M:SS");
        minutes.parse::<u64>().expect("minutes") * 60 + seconds.parse::<u64>().expect("seconds")
    };
    println!(
        "offline, the page counted from {} to {}",
        text(&first["digits"]),
        text(&later["digits"])
    );
    // Each reading is the projector's second (checked above); between
    // them, three seconds and the wait for the middle of one.
    let fell = secs(&first) - secs(&later);
    assert!((3..=4).contains(&fell), "{first} then {later}");
    assert_eq!(text(&later["status"]), "Reconnecting…");
}

#[test]
fn the_page_knows_the_servers_time_within_100_ms() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::start(built_in_breakout());
    open(&browser, &room);
    // Let the round trips of the first sync finish.
    std::thread::sleep(Duration::from_millis(500));

    let mut errors = Vec::new();
    for _ in 0..150 {
        // The server's milliseconds are truncated: its instant is half a
        // millisecond later on average.
        let before = room.server_ms() as f64 + 0.5;
        let page = browser
            .run("return window.oneOnOne.serverNow()")
            .as_f64()
            .expect("serverNow() is a number");
        let after = room.server_ms() as f64 + 0.5;
        errors.push(page - (before + after) / 2.0);
    }
    let bias = errors.iter().sum::<f64>() / errors.len() as f64;
    let mut sizes: Vec<f64> = errors.iter().map(|error| error.abs()).collect();
    sizes.sort_by(f64::total_cmp);
    let (p50, p99) = (percentile(&sizes, 0.5), percentile(&sizes, 0.99));
    let clock = state(&browser);
    println!(
        "sync error over {} samples: p50 {p50:.1} ms, p99 {p99:.1} ms, max {:.1} ms, \
         mean {bias:+.1} ms (the page's best round trip {:.1} ms)",
        sizes.len(),
        sizes[sizes.len() - 1],
        clock["rttMs"].as_f64().unwrap_or(f64::NAN)
    );
    assert!(p99 <= 100.0, "p99 {p99} ms");
}

#[test]
fn a_trainer_with_the_pin_moves_the_room_on() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::start(built_in_breakout());
    open(&browser, &room);
    assert!(
        !browser.is_shown("#trainer"),
        "the controls wait to be asked for"
    );

    browser.click("#trainer-open");
    assert!(browser.is_shown("#pin"));
    assert!(!browser.is_shown("#controls"));
    browser.type_into("#pin", "111111");
    browser.click("#pin-submit");
    browser.wait_for("the wrong PIN to be refused", 2 * SEC, |browser| {
        browser
            .text("#pin-error")
            .contains("not right")
            .then_some(())
    });
    assert!(!browser.is_shown("#controls"));

    browser.type_into("#pin", PIN);
    browser.click("#pin-submit");
    browser.wait_for("the controls", 2 * SEC, |browser| {
        browser.is_shown("#controls").then_some(())
    });
    assert_eq!(browser.text("#start-pause"), "Start");
    browser.click("[data-intent=start_or_pause]");
    browser.wait_for("the room to start", 2 * SEC, |_| {
        room.with_session(|session, _| session.phase() == Phase::Running)
            .then_some(())
    });
    browser.wait_for_text("#start-pause", "Pause", 2 * SEC);
    browser.click("[data-intent=next]");
    browser.wait_for("the room to move on", 2 * SEC, |_| {
        room.with_session(|session, _| session.step_index() == 1)
            .then_some(())
    });
    browser.wait_for_text("#title", "Round 1 · conversation", 2 * SEC);

    // The PIN is kept for this tab, until the trainer's laptop has another.
    browser.reload();
    until_following(&browser);
    until_flash_is_down(&browser);
    browser.click("#trainer-open");
    assert!(browser.is_shown("#controls"), "no PIN asked again");
    room.restart_server_with_pin("135790");
    browser.click("[data-intent=next]");
    browser.wait_for("the PIN to be asked again", 3 * SEC, |browser| {
        browser
            .text("#pin-error")
            .contains("PIN changed")
            .then_some(())
    });
    assert!(browser.is_shown("#pin") && !browser.is_shown("#controls"));
    assert_eq!(room.with_session(|session, _| session.step_index()), 1);
}

#[test]
fn a_phone_that_guesses_the_pin_is_told_to_wait() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::start(built_in_breakout());
    open(&browser, &room);
    browser.click("#trainer-open");
    let mut answers = Vec::new();
    for guess in ["000000", "111111", "222222", "333333", "444444", PIN] {
        browser.type_into("#pin", guess);
        browser.click("#pin-submit");
        let answer = browser.wait_for("an answer", 2 * SEC, |browser| {
            let said = browser.text("#pin-error");
            (!said.is_empty() && said != "Checking…").then_some(said)
        });
        answers.push(answer);
    }
    assert!(
        answers[..4].iter().all(|said| said.contains("not right")),
        "{answers:#?}"
    );
    // Locked out, even with the right PIN, for a minute.
    for said in &answers[4..] {
        assert!(said.contains("wait a minute"), "{answers:#?}");
    }
    assert!(!browser.is_shown("#controls"));
    assert_eq!(
        room.with_session(|session, _| session.phase()),
        Phase::NotStarted
    );
}

#[test]
fn the_countdown_has_the_apps_states_and_words() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let mut scenario = built_in_breakout();
    scenario.steps[0].steps_mut()[0].advance = Advance::Hold;
    let room = LiveRoom::start(scenario);
    open(&browser, &room);
    let no_keys = |page: &Value| {
        let hint = text(&page["hint"]);
        assert!(
            !hint.contains("Space") && !hint.contains('→'),
            "a key hint on a phone: {hint:?}"
        );
    };

    let ready = assert_same_clock(&browser, &room);
    assert_eq!(text(&ready["word"]), "Ready");
    assert_eq!(text(&ready["hint"]), "Starts when the trainer is ready");
    browser.click("#sound");

    room.apply(Intent::StartOrPause);
    browser.wait_for_text("#state-word", "", 2 * SEC);
    let calm = assert_same_clock(&browser, &room);
    assert_eq!(text(&calm["tone"]), "calm");

    // Two minutes taken off a three-minute step: its last minute.
    room.apply(Intent::RemoveMinute);
    room.apply(Intent::RemoveMinute);
    browser.wait_for_text("#state-word", "▲ Last minute", 2 * SEC);
    let warning = assert_same_clock(&browser, &room);
    assert_eq!(text(&warning["tone"]), "warning");
    assert_eq!(chimes(&browser), 2, "the warning chimes");
    assert!(!browser.is_shown("#flash"), "and only chimes");

    room.apply(Intent::StartOrPause);
    browser.wait_for_text("#state-word", "‖ Paused", 2 * SEC);
    let paused = assert_same_clock(&browser, &room);
    assert_eq!(text(&paused["hint"]), "Waiting for the trainer");
    std::thread::sleep(1200 * Duration::from_millis(1));
    assert_eq!(
        browser.text("#digits"),
        text(&paused["digits"]),
        "stands still"
    );
    no_keys(&paused);

    // The last minute taken too: the step is over and waits, counting on.
    room.apply(Intent::StartOrPause);
    room.apply(Intent::RemoveMinute);
    browser.wait_for_text("#digits", "+0:01", 3 * SEC);
    let overtime = assert_same_clock(&browser, &room);
    assert_eq!(text(&overtime["word"]), "● Overtime");
    assert_eq!(text(&overtime["tone"]), "overtime");
    no_keys(&overtime);
    assert_eq!(
        browser.run("return document.getElementById('flash-detail').textContent"),
        "The trainer moves on when the room is ready",
        "the time-up flash, in plain words"
    );

    while room.with_session(|session, _| session.phase() != Phase::Finished) {
        room.apply(Intent::Next);
    }
    browser.wait_for_text("#state-word", "■ Finished", 2 * SEC);
    let finished = assert_same_clock(&browser, &room);
    assert_eq!(text(&finished["hint"]), room.view().clock.hint);
    assert_eq!(text(&finished["left"]), room.view().left_caption);
}

#[test]
fn the_page_follows_the_rooms_theme_unless_the_person_chose() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::start(built_in_breakout());
    open(&browser, &room);
    let looks = |browser: &Browser| {
        browser.run(
            "return [document.documentElement.dataset.theme,
                     getComputedStyle(document.documentElement).backgroundColor,
                     getComputedStyle(document.getElementById('digits')).color]",
        )
    };
    let dark = serde_json::json!(["dark", "rgb(16, 18, 20)", "rgb(244, 244, 242)"]);
    let light = serde_json::json!(["light", "rgb(252, 252, 250)", "rgb(16, 18, 20)"]);
    assert_eq!(looks(&browser), dark);

    room.set_light(true);
    browser.wait_for("the room's light theme", 2 * SEC, |browser| {
        (looks(browser) == light).then_some(())
    });
    browser.click("#theme");
    assert_eq!(looks(&browser), dark, "the person's choice");
    browser.reload();
    until_following(&browser);
    assert_eq!(looks(&browser), dark, "remembered over the room's");

    // Choosing the room's own theme follows the room again.
    browser.click("#theme");
    assert_eq!(looks(&browser), light);
    room.set_light(false);
    browser.wait_for("the room's dark theme", 2 * SEC, |browser| {
        (looks(browser) == dark).then_some(())
    });
}

#[test]
fn a_person_can_read_another_act_and_come_back_to_the_pace() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let scenario = built_in_breakout();
    let (acts, do_dont) = (scenario.acts.clone(), scenario.do_dont.clone());
    let room = LiveRoom::start(scenario);
    room.apply(Intent::StartOrPause);
    room.apply(Intent::Next);
    open(&browser, &room);
    until_flash_is_down(&browser);
    let act = |n: usize| format!("#panel .act:nth-child({n})");
    let purpose = |browser: &Browser| browser.text("#panel .purpose");

    assert_eq!(
        browser.run("return document.querySelectorAll('#panel .act').length"),
        5
    );
    assert_eq!(browser.text(&act(1)), "▶ now\nAttention");
    assert_eq!(browser.text(&act(2)), "Interest");
    assert_eq!(purpose(&browser), format!("Attention: {}", acts[0].purpose));

    browser.click(&act(3));
    assert_eq!(
        purpose(&browser),
        format!("Exploration: {}", acts[2].purpose)
    );
    let questions = browser.text("#panel .questions");
    assert!(questions.contains(&*acts[2].questions[0]), "{questions}");
    assert!(browser.text("#panel").contains("reading another act"));

    browser.click(&act(1));
    assert_eq!(purpose(&browser), format!("Attention: {}", acts[0].purpose));

    // The trainer shows the do / don't table beside the acts.
    assert!(!browser.is_shown("#do-dont"));
    room.toggle_do_dont();
    browser.wait_for("the do / don't table", 2 * SEC, |browser| {
        browser.is_shown("#do-dont").then_some(())
    });
    let table = browser.text("#do-dont");
    for row in &do_dont {
        assert!(
            table.contains(&*row.good) && table.contains(&*row.bad),
            "{table}"
        );
    }

    // Scrolled down to read it, the time is still in view, small.
    assert!(!browser.is_shown("#mini"));
    browser.run("document.getElementById('do-dont').scrollIntoView()");
    browser.wait_for("the time in the top bar", 2 * SEC, |browser| {
        browser.is_shown("#mini").then_some(())
    });
    let both =
        browser.run("return ['digits', 'mini'].map((id) => document.getElementById(id).innerText)");
    assert_eq!(both[0], both[1], "the same time, big and small");
    browser.run("window.scrollTo(0, 0)");

    // A look ahead ends when the room moves on.
    browser.click(&act(5));
    room.apply(Intent::Next);
    room.apply(Intent::Next);
    browser.wait_for_text("#title", "Round 2 · conversation", 2 * SEC);
    assert_eq!(purpose(&browser), format!("Attention: {}", acts[0].purpose));
}

#[test]
fn when_streaming_is_refused_the_page_polls_the_room() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let full = Limits {
        max_viewers: 0,
        ..Limits::default()
    };
    let room = LiveRoom::start_with(built_in_breakout(), full);
    browser.open(&room.url());
    browser.wait_for("the page to poll", 8 * SEC, |browser| {
        (state(browser)["polling"] == Value::Bool(true)).then_some(())
    });
    assert_eq!(browser.text("#title"), "Gather your team");
    assert_eq!(browser.text("#status"), "Live · every 5 s");

    let moved = room.apply(Intent::Next);
    browser.wait_for_text("#title", "Round 1 · conversation", 7 * SEC);
    println!("polling: the change showed after {:?}", moved.elapsed());
}

#[test]
fn the_page_is_small_and_asks_no_other_host() {
    let room = LiveRoom::start(built_in_breakout());
    let mut total = 0;
    for path in ["/", "/phone.js", "/phone.css"] {
        let response = http::request(room.address(), "GET", path, None, 5 * SEC)
            .unwrap_or_else(|error| panic!("GET {path}: {error}"));
        assert_eq!(response.status, 200, "GET {path}");
        let body = response.text();
        assert!(!body.trim().is_empty(), "{path} is empty");
        total += response.body.len();
        for other_host in ["http:", "https:", "\"//", "'//", "(//", "`//", "=//"] {
            assert!(
                !body.contains(other_host),
                "{path} names another host: {other_host}"
            );
        }
        if path == "/" {
            for attribute in ["src=\"", "href=\""] {
                for value in body.split(attribute).skip(1) {
                    let value = value.split('"').next().unwrap_or_default();
                    assert!(
                        value.starts_with('/') && !value.starts_with("//")
                            || value.starts_with("data:"),
                        "{attribute}{value}\" is not this server's"
                    );
                }
            }
            assert!(!body.contains("<style"), "no inline style");
            assert!(!body.contains("style="), "no inline style");
            assert!(
                !body.contains("<script>"),
                "no inline script: the policy forbids it"
            );
        }
    }
    println!("the phone page weighs {total} bytes (page, script and style; limit 65,536)");
    assert_eq!(total, page_bytes());
    assert!(total <= 64 * 1024, "{total} bytes");
}

/// Screenshots of the page in a round-1 conversation, dark and light, for
/// the README: `PHONE_SCREENSHOTS=assets/screenshots cargo test --test
/// phone_browser -- --ignored screenshots`.
#[test]
#[ignore = "writes screenshots; run with PHONE_SCREENSHOTS=<folder>"]
fn screenshots() {
    let folder = std::env::var("PHONE_SCREENSHOTS")
        .expect("PHONE_SCREENSHOTS names the folder to write the screenshots to");
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::in_round_one();
    open(&browser, &room);
    until_flash_is_down(&browser);
    for (theme, light) in [("dark", false), ("light", true)] {
        room.set_light(light);
        browser.wait_for("the theme", 2 * SEC, |browser| {
            (browser.run("return document.documentElement.dataset.theme") == theme).then_some(())
        });
        wait_mid_second(&room);
        let path = std::path::Path::new(&folder).join(format!("phone-{theme}.png"));
        std::fs::write(&path, browser.screenshot())
            .unwrap_or_else(|error| panic!("writing {}: {error}", path.display()));
        println!("wrote {}", path.display());
    }
}
