//! The tally on a phone, in a real browser: after a conversation the page
//! asks which acts the pair reached, a tap sends yes or no per act and
//! nothing else, a changed answer replaces the first, a reload keeps the
//! answers, and at the last step the page shows the room's counts.

mod browser;

use std::time::Duration;

use browser::Browser;
use browser::room::LiveRoom;
use one_on_one::scenario::built_in_breakout;
use one_on_one::session::Intent;

const SEC: Duration = Duration::from_secs(1);

/// The room moved on to step `index` (from 0) of the breakout.
fn room_at_step(index: usize) -> LiveRoom {
    let room = LiveRoom::start(built_in_breakout());
    room.apply(Intent::StartOrPause);
    for _ in 0..index {
        room.apply(Intent::Next);
    }
    room
}

/// Waits for the hand-over's flash to come down, as a person would before
/// tapping what it covers.
fn until_flash_is_down(browser: &Browser) {
    browser.wait_for("the flash to come down", 4 * SEC, |browser| {
        (!browser.is_shown("#flash")).then_some(())
    });
}

/// The act buttons' words, in order.
fn act_buttons(browser: &Browser) -> Vec<String> {
    let found = browser.run(
        "return [...document.querySelectorAll('#ballot-acts button')]
            .map((b) => b.getAttribute('aria-pressed') + ' ' + b.innerText.trim());",
    );
    found
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|item| item.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn after_a_conversation_a_tap_votes_a_change_replaces_it_and_a_reload_keeps_it() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = room_at_step(1);
    browser.open(&room.url());
    browser.wait_for_text("#title", "Round 1 · conversation", 5 * SEC);
    assert!(
        !browser.is_shown("#ballot"),
        "no ballot while the pair talks"
    );

    room.apply(Intent::Next);
    browser.wait_for("the ballot", 5 * SEC, |browser| {
        browser.is_shown("#ballot").then_some(())
    });
    until_flash_is_down(&browser);
    assert_eq!(
        browser.text("#ballot-title"),
        "Which acts did your pair reach in Round 1 · conversation?"
    );
    assert_eq!(act_buttons(&browser).len(), 5);

    // Attention, Interest and Commitment.
    for n in [1, 2, 5] {
        browser.click(&format!("#ballot-acts button:nth-child({n})"));
    }
    browser.wait_for_text(
        "#ballot-status",
        "Sent. Tap again to change your answer.",
        5 * SEC,
    );
    let tally = room.tally();
    assert_eq!(tally.len(), 1);
    assert_eq!(tally[0].voters, 1);
    let yes: Vec<usize> = tally[0].reached.iter().map(|count| count.pairs).collect();
    assert_eq!(yes, [1, 1, 0, 0, 1]);

    // The pair talks it over: no commitment after all.
    browser.click("#ballot-acts button:nth-child(5)");
    browser.wait_for("the changed vote to count", 5 * SEC, |_| {
        let tally = room.tally();
        (tally[0].reached[4].pairs == 0).then_some(())
    });
    assert_eq!(room.tally()[0].voters, 1, "a change replaces the vote");

    browser.reload();
    browser.wait_for("the ballot after a reload", 5 * SEC, |browser| {
        browser.is_shown("#ballot").then_some(())
    });
    assert_eq!(
        act_buttons(&browser),
        [
            "true ✓ Attention",
            "true ✓ Interest",
            "false Exploration",
            "false Exchange",
            "false Commitment"
        ]
    );
}

#[test]
fn at_the_last_step_the_page_shows_the_rooms_counts() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = room_at_step(5);
    browser.open(&room.url());
    browser.wait_for("the ballot", 5 * SEC, |browser| {
        browser.is_shown("#ballot").then_some(())
    });
    assert!(!browser.is_shown("#tally"), "nothing to show before a vote");
    until_flash_is_down(&browser);
    for n in 1..=5 {
        browser.click(&format!("#ballot-acts button:nth-child({n})"));
    }
    browser.wait_for("the room's counts", 5 * SEC, |browser| {
        browser.is_shown("#tally").then_some(())
    });
    let rows = browser.text("#tally-rows");
    assert!(rows.contains("Commitment: 1 of 1 pair"), "{rows}");
    assert_eq!(
        browser.text("#tally-title"),
        "How far the pairs got · Round 2 · conversation"
    );
}
