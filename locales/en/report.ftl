# Session reports: `one-on-one report`, the console's report view, and the report files' headings.
# Every message here has its twin in ../es/report.ftl
# (tests/i18n.rs checks both lists are the same).

## Every form of the report

report-outcome-completed = completed
report-outcome-skipped = skipped
report-outcome-in-progress = in progress
report-outcome-not-reached = not reached
# When the session started: report-started-at is the date written out in
# full and the time of day, 24-hour.
report-started-at = { $date } at { $time }
report-finished = Started { $started }; finished after { $elapsed }.
report-unfinished = Started { $started }; not finished: this covers the first { $elapsed } (the app was closed, stopped, or is still running).
# $finished is yes for a session that has ended, no for one that has not.
report-drift-on-time = drift 0:00: the session { $finished ->
    [yes] ended
   *[no] is set to end
} on time
report-drift-late = drift +{ $by }: the session { $finished ->
    [yes] ended
   *[no] is set to end
} { $by } later than planned
report-drift-early = drift -{ $by }: the session { $finished ->
    [yes] ended
   *[no] is set to end
} { $by } earlier than planned

## The report as text, for the terminal: the table's columns, lower case

report-column-step = step
report-column-planned = planned
report-column-actual = actual
report-column-began = began
report-column-paused = paused
report-column-added = added
report-column-overtime = overtime
report-column-total = total
report-bars = bars: █ ran within the plan, ▓ ran past it, ░ planned but not run
report-tally-text = how far the pairs got, { $conversation }:

## The report as Markdown: its title and the table's headings

report-title = Session report: { $scenario }
report-heading-step = Step
report-heading-planned = Planned
report-heading-actual = Actual
report-heading-began = Began
report-heading-paused = Paused
report-heading-added = Added
report-heading-overtime = Overtime
report-heading-total = Total
report-tally-heading = How far the pairs got: { $conversation }

## The report as CSV: the header row, one name a column, for a spreadsheet

report-csv-header = title,planned_seconds,actual_seconds,start_time,paused_seconds,minutes_added,overtime_seconds

## The timetable against the wall clock, in the console's agenda

report-standing-not-started = Not started: planned as if you start now
report-standing-on-time = On time
report-standing-running = Running { $against }
report-standing-ended-on-time = Ended on time
report-standing-ended = Ended { $against }
report-behind-plan = { $span } behind plan
report-ahead-of-plan = { $span } ahead of plan
# A span as it is said: "40 s", "2 min", "2 min 30 s".
report-span = { $minutes ->
    [0] { $seconds } s
   *[other] { $seconds ->
        [0] { $minutes } min
       *[other] { $minutes } min { $seconds } s
    }
}
report-would-finish = Would finish at { $time }
report-set-to-finish = Set to finish at { $time }
report-finished-at = Finished at { $time }

## Report files

# The comment at the top of each report file.
report-file-header = How a one-on-one session ran. `one-on-one report FILE` prints it; see README.md.
report-file-newer = written by a newer version of one-on-one (report format { $found }); this version reads format { $supported }
report-file-expected-format = expected `format: { $supported }`, found format { $found }
report-file-cannot-read = cannot read the file: { $error }
report-cannot-create-folder = cannot create the reports folder: { $error }
report-no-free-name = no free file name for the report
report-could-not-save = could not save the report: { $error }

# A report's file name when the format's name has no letters to use.
report-file-stem-session = session
