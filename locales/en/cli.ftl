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
