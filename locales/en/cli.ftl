# The app's words in English. Every message here has its twin in
# ../es/cli.ftl (tests/i18n.rs checks both lists are the same).

## The command line

usage =
    one-on-one: a projected timer for the one-on-one practice of relationship-based organizing

    USAGE:
        one-on-one [--scenario FILE] [--fullscreen] [--room-window] [--share [ADDR:PORT]]
                                                      open the room's window and the
                                                      trainer's console
        one-on-one join URL [--pin PIN]               follow a trainer's shared room, with your
                                                      own worksheet beside it
        one-on-one list                               list the formats it can find
        one-on-one check FILE...                      check scenario files, print each problem
        one-on-one agenda [FILE|NAME] [--format text|md|card] [--start HH:MM]
    {"                      ["}--people N] [--length 40m] print an agenda without a window:
                                                      a list, a facilitator's script
                                                      (md) or a participant card (card)
        one-on-one export WORKSHEET --format md|ics [--out PATH] [--force]
                                                      write a worksheet as Markdown, or
                                                      its next meeting as a calendar event
        one-on-one report [FILE] [--format text|md|csv]
                                                      print how a session ran, step by step:
                                                      the newest report, or FILE
        one-on-one --help | --version

    Every command takes --lang en|es; otherwise the language follows the
    system's (LC_ALL, LC_MESSAGES, LANG).
    With no FILE, the built-in 25-minute team breakout is used. NAME is a
    built-in format's file name without .ron, e.g. circle. Scripts start at
    09:00 unless --start says otherwise.
    export prints to the terminal unless --out names a file. It never replaces
    a worksheet or a format, and replaces another existing file only with --force.
    A report of each session is saved as it runs, in the data folder's reports/.
    With a second screen (a projector) attached, the room opens fullscreen on
    it and the console on this one; with one screen, the room fills the window
    and C opens the console. --room-window opens both side by side on one
    screen, to rehearse. In either window, press ? for the keyboard shortcuts.
    --share lets phones on the local network follow the room (S in the app does
    the same): on every interface at port 8111 (or the next free one) unless
    ADDR:PORT says where, printing one line per address, room: http://ADDR:PORT/

unknown-argument = unknown argument { $argument }; try --help
lang-needs-value = --lang needs a language: en or es
unknown-language = unknown language { $language }; use --lang en or --lang es

## Mistakes on the command line, each saying what to do instead

cli-list-no-arguments = list takes no arguments, but got { $argument }
cli-check-needs-files = check needs one or more FILEs, e.g. check scenarios/*.ron
cli-scenario-needs-file = --scenario needs a FILE, e.g. --scenario scenarios/breakout-25.ron
cli-flag-needs-value = { $flag } needs a value, e.g. { $flag } { $example }
cli-unknown-option = unknown { $command } option { $option }; try --help
cli-takes-one-file = { $command } takes one FILE, but also got { $argument }
cli-unknown-agenda-format = unknown agenda format { $format }; use --format text, md or card
cli-start-needs-time = --start takes a time of day such as 18:30, not { $given }
cli-people-needs-number = --people takes a number of people such as 6, not { $given }
cli-length-needs-length = --length takes a length such as 40m or 1h, not { $given }
cli-export-format-needs-value = --format needs md or ics, e.g. --format md
cli-unknown-export-format = unknown export format { $format }; use --format md or --format ics
cli-out-needs-path = --out needs a PATH, e.g. --out meeting.ics
cli-export-one-worksheet = export takes one WORKSHEET, but also got { $argument }
cli-export-needs-worksheet = export needs a WORKSHEET file, e.g. export maria.ron --format md
cli-export-needs-format = export needs --format md or --format ics
cli-pin-needs-digits = --pin needs the six digits the trainer's console shows
cli-pin-six-digits = --pin takes six digits, not { $given }
cli-join-one-url = join takes one URL, but also got { $argument }
cli-join-needs-address = join needs the room's address, as the trainer's app shows it, e.g. join http://192.168.1.20:8111/
cli-report-format-needs-value = --format needs text, md or csv, e.g. --format csv
cli-unknown-report-format = unknown report format { $format }; use --format text, md or csv

## What the commands say as they run
# The program's name and a colon ("one-on-one: ") come before the notes
# and failures; a file's name and a colon before the export's problems.

cli-built-in = { $name } (built in)
cli-note-people = note: this format takes { $people ->
    [one] 1 person
   *[other] { $people } people
}
cli-note-length = note: this format's length is { $length }
cli-list-unreadable = cannot be read: { $problem }
cli-list-own-folder = Your own formats are kept in { $folder }
cli-check-ok = { $file }: ok, "{ $name }", { $length }
cli-note-skipped = note: skipped { $problem }
cli-no-report-yet = { $folder }: no session report here yet; one is saved as each session runs
cli-could-not-print = could not print: { $error }
cli-could-not-print-export = could not print the export: { $error }
cli-could-not-write = could not write: { $error }
cli-export-onto-worksheet = not overwritten: --out names the worksheet being exported
cli-force-never-replaces = { $reason } (--force never replaces a worksheet, a format or a folder)
cli-export-not-ron = not written: .ron is for worksheets and formats; name the export .md or .ics
cli-export-exists = already exists; not replaced (add --force to replace it)

## Opening the windows

cli-no-window = could not open a window: { $error }
cli-scenario-fallback = Could not use that scenario, running the built-in breakout instead. { $problem }
cli-window-room = one-on-one · room
cli-window-console = one-on-one · console
cli-window-following = one-on-one · following { $address }
