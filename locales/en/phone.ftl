# The phone page and joining a shared room.
# Every message here has its twin in ../es/phone.ftl
# (tests/i18n.rs checks both lists are the same).
#
# Every phone-page-* message is served to the page, in both languages, by
# GET /api/words (src/share/words.rs), each argument left as { $name } for
# the page to fill in: so none selects on an argument, and a plural has a
# message per form. The page also reads the room's words (room.ftl) from
# there, to count on as the projector does.

## The page's frame

phone-page-title = One-on-one · the room
phone-page-connecting = Connecting…
phone-page-now = Now
phone-page-waiting = Waiting for the room…
phone-page-roles = Roles
phone-page-clock = Time left in this step
phone-page-panel = What to do now
phone-page-step = Step { $number } of { $count }

## How the page hears the room

phone-page-live = Live
phone-page-live-polling = Live · every 5 s
phone-page-reconnecting = Reconnecting…

## What follows from the countdown's state, without the trainer's keys

phone-page-hint-ready = Starts when the trainer is ready
phone-page-hint-paused = Waiting for the trainer
phone-page-hint-overtime = Moves on when the trainer is ready
phone-page-time-up-detail = The trainer moves on when the room is ready

## What to do now

phone-page-acts = The acts of the conversation
phone-page-reading-ahead = You are reading another act. Tap “now” to follow the room.
phone-page-do = Do
phone-page-dont = Don't

## The tally: which acts the pair reached

phone-page-ballot = Which acts did your pair reach?
phone-page-ballot-in = Which acts did your pair reach in { $conversation }?
phone-page-ballot-note = One phone per pair answers, for the pair. Only yes or no per act is sent, never a name or a word you typed.
phone-page-tally = How far the pairs got
phone-page-vote-sending = Sending…
phone-page-vote-sent = Sent. Tap again to change your answer.
phone-page-vote-closed = This round is closed.
phone-page-vote-too-many = Too many changes; wait a moment and tap again.
phone-page-vote-refused = Not counted ({ $status }).
phone-page-vote-offline = Not sent: the room is out of reach. Tap again when it is back.

## The bar at the bottom

phone-page-sound = Tap to allow sound
phone-page-sound-on = Sound on · tap to mute
phone-page-sound-off = Sound off · tap for sound
phone-page-no-sound = No sound on this browser
phone-page-light = Light
phone-page-dark = Dark
phone-page-to-light = Switch to the light theme
phone-page-to-dark = Switch to the dark theme
# The language's short name, on the toggle that switches to it.
phone-page-language = EN
# What the toggle says to a reader of this language, in it.
phone-page-read-in = Read in English
phone-page-worksheet = My worksheet
phone-page-trainer = Trainer

## The trainer's remote control

phone-page-lock = Lock
phone-page-hide = Hide
phone-page-pin-label = The 6-digit PIN shown on the trainer's laptop
phone-page-unlock = Unlock
phone-page-back = ◀ Back
phone-page-start = Start
phone-page-pause = Pause
phone-page-resume = Resume
phone-page-finished = Finished
phone-page-next = Next ▶
phone-page-minus-minute = −1 min
phone-page-restart = Restart step
phone-page-plus-minute = +1 min
phone-page-pin-short = The PIN has 6 digits; it is on the trainer's laptop.
phone-page-pin-checking = Checking…
phone-page-pin-wrong = That PIN is not right. Check it on the trainer's laptop.
phone-page-pin-wait-minute = Too many wrong PINs from this phone: wait a minute and try again.
phone-page-pin-wait-minutes = Too many wrong PINs from this phone: wait a few minutes and try again.
phone-page-pin-offline = No connection to the room; try again in a moment.
phone-page-pin-changed = The PIN changed: enter the one on the trainer's laptop.
phone-page-control-offline = Not sent: no connection to the room.

## The participant's own worksheet, around the fields the room sends

phone-page-ws-close = Close
phone-page-ws-private = Your worksheet stays in this browser, on this device: it is never sent to the trainer or anyone else.
phone-page-ws-waiting = The worksheet opens once this page has reached the room.
phone-page-ws-not-kept = This browser is not keeping your worksheet (its storage is full or turned off): download it before you close the page.
phone-page-ws-name = Your name
phone-page-ws-name-hint = Who keeps this sheet
phone-page-ws-partner = Partner's name
phone-page-ws-partner-hint = Who you practised with
phone-page-ws-date = Date
phone-page-ws-acts = Which acts did the conversation reach?
phone-page-ws-acts-note = The constituent ticks these during feedback.
phone-page-ws-meeting = When we meet again
phone-page-ws-meeting-note = When will we meet again to act and keep building this relationship?
phone-page-ws-day = Day
phone-page-ws-time = Time
phone-page-ws-minutes = Minutes
phone-page-ws-where = Where
phone-page-ws-where-hint = A place, an address or a video link
phone-page-ws-plan = What we will do
phone-page-ws-plan-hint = The specific next step each of us commits to
phone-page-ws-reflection = Reflection
phone-page-ws-reflection-note = For after the practice; the room reflects together at the end.
phone-page-ws-answer = Your answer
phone-page-ws-take = Take it with you
phone-page-ws-take-note = Download it to keep it beyond this browser: the .ron file opens in the one-on-one app, the Markdown prints or pastes anywhere, and the calendar file holds your next meeting.
phone-page-ws-file = Worksheet file (.ron)
phone-page-ws-markdown = Markdown (.md)
phone-page-ws-calendar = Add to calendar (.ics)
phone-page-ws-no-meeting = There is no next meeting to add yet: fill in its day and time under “When we meet again”.

## Sharing the room: why it could not start

phone-share-listen = could not listen on { $address }: { $error }
phone-share-runtime = could not start the room's server: { $error }

## Following a room from another laptop

phone-join-scheme = join takes the room's http:// address as the trainer's app shows it, not { $scheme }://
phone-join-address = join takes the room's address as the trainer's app shows it, e.g. http://192.168.1.20:8111/; not { $text }
phone-link-connecting = joining…
phone-link-live = live
phone-link-reconnecting = reconnecting, counting on

## Sharing's own errors
# `--share` given something that is not an address.
phone-share-address-expected = --share takes an address and port such as 0.0.0.0:{ $port }, 192.168.1.20, or :{ $port }; not { $given }
phone-share-no-address = no address to listen on
