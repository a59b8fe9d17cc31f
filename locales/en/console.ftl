# The trainer's console, its windows and dialogs, and the keyboard help.
# Every message here has its twin in ../es/console.ftl
# (tests/i18n.rs checks both lists are the same).

## Window titles

console-title-room = one-on-one · room
console-title-console = one-on-one · console
console-title-joined = one-on-one · following { $url }

## The session's buttons, on the console, the room's strip and the joined window

console-back = Back
console-start = Start
console-pause = Pause
console-resume = Resume
console-finished = Finished
console-next = Next
console-minus-minute = -1 min
console-plus-minute = +1 min
console-restart-step = Restart step
console-mute = Mute
console-unmute = Unmute
console-names = Names
console-do-dont = Do / Don't
console-both-languages = Both languages
console-worksheet = Worksheet
console-light = Light
console-dark = Dark
console-shortcuts = Shortcuts
console-chime-muted = chime muted

## The room's control strip, on one screen

console-strip-console = Console
console-strip-next-screen = Next screen
console-strip-fullscreen = Fullscreen

## The room's window, from the console

console-open-room-window = Open the room window
console-close-room-window = Close the room window
console-room-to-next-screen = Room to next screen

## Words many dialogs share

console-cancel = Cancel
console-close = Close
console-dismiss = Dismiss
console-go-back = Go back
console-discard-them = Discard them
console-discard-it = Discard it
console-keep-them = Keep them
console-keep-it = Keep it
console-replace-it = Replace it

## The keyboard help: key names and what the keys do

console-key-space = Space
console-key-ctrl-shift-s = Ctrl Shift S
console-help-heading = Keyboard shortcuts
console-help-typing = Shortcuts pause while you type in a name field; press Enter or click elsewhere to leave it.
console-help-start-pause = Start, pause or resume
console-help-next = Next step
console-help-previous = Previous step
console-help-add-minute = Add a minute to this step
console-help-remove-minute = Take a minute from this step
console-help-restart = Run this step again from the start
console-help-mute = Chime on or off
console-help-do-dont = Show or hide the do / don't table
console-help-both-languages = Show the prompts in both of the format's languages, or in one
console-help-names = Show or hide the name fields
console-help-theme = Light or dark theme
console-help-worksheet = Show or hide the worksheet
console-help-formats = Workshop formats and the agenda editor
console-help-open-console = Open the console (from the room's window)
console-help-move-room = Move the room to the next screen
console-help-sharing = Share the room on phones, or stop
console-help-share-code = Show or hide the room's QR code
console-help-language = Switch language (English / Español)
console-help-save = Save the worksheet
console-help-save-as = Save the worksheet as…
console-help-open = Open a worksheet
console-help-fullscreen = Fullscreen
console-help-zoom = Zoom in or out (Ctrl 0 resets)
console-help-shortcuts = Show or hide these shortcuts
console-help-close = Close this help

## Banners on the console

console-share-failed = The room could not be shared: { $error }. Another program may be using the port; start the app with --share :PORT to choose another.
console-join-opened = The room at { $url } opens in a window of its own, with your worksheet beside it. This one can be closed.
console-join-failed = The room's window could not be opened: { $error }
console-one-screen-only = Only one screen was found when the app started. The room was sent to screen { $screen }; if nothing moved, no such screen is attached.
console-report-trouble = The report of this session cannot be written ({ $trouble }). The session runs on.
console-draft-trouble = The agenda draft cannot be copied to the recovery folder ({ $trouble }). It is kept in this window; save it before closing.

## The main pane's tabs

console-tab-agenda = Agenda
console-tab-report = Report
console-tab-worksheets = Worksheets

## Before the start: the format, its choices, the names, joining a room

console-formats = Formats…
console-join-a-room = Join a room…
console-join-a-room-hint = A participant's laptop: follow the trainer's shared room
console-join-address = The room's address, as the trainer's console shows it
console-join = Join
console-who-is-practising = Who is practising?
console-name-for = Name for { $participant }
console-people = People
console-fewer-people = Fewer people
console-more-people = More people
console-length = Length
console-minutes = { $minutes } min
console-shorter = Shorter
console-longer = Longer

## Sharing the room with phones

console-share-on-phones = Share on phones
console-share-off = off: nothing listens on the network
console-stop-sharing = Stop sharing
console-show-qr = Show the QR code
console-hide-qr = Hide the QR code
console-share-also-at = Also reachable at:
    { $addresses }
console-share-pin = PIN { $pin }
console-share-pin-hint = Type it in the page's Trainer mode to run the clock from a phone
console-share-following = { $count ->
    [one] 1 device following
   *[other] { $count } devices following
}
console-tally-on = Tally on
console-tally-off = Tally off
console-tally-no-votes = phones do not vote
console-tally-waiting = votes open after each conversation
console-tally-votes = { $votes ->
    [one] 1 vote on { $conversation }
   *[other] { $votes } votes on { $conversation }
}
console-tally-hint = After each conversation, each phone may say which acts its pair reached; the room shows the counts at the last step.

## What comes next, and the trainer's notes

console-no-steps = This format has no steps.
console-session-finished = The session is finished
console-nothing-next = Nothing comes next. The report shows how it ran.
console-starts-with = Starts with: step { $step } of { $count } · { $title }
console-now-step = Now: step { $step } of { $count } · { $title }
console-next-nothing = Next: nothing, this is the last step
console-ends-with-this-step = The session ends when this step does.
console-next-step = Next: step { $step } of { $count } · { $title } · { $length }
console-roles-swap = Roles swap at this hand-over
console-no-instructions = No instructions for the room.
console-room-will-read = The room will read
console-planned-changed = Planned { $length }, changed by you
console-notes-now = Your notes for this step — not shown to the room
console-notes-next = Your notes for the next step — not shown to the room
console-no-notes = No notes for this step.

## The agenda pane

console-agenda-heading = Agenda
console-agenda-step = Step
console-agenda-length = Length
console-agenda-planned-start = Planned start
console-agenda-began = Began
console-agenda-over-under = Over / under
console-agenda-now = Now
console-agenda-skipped = skipped

## The report pane

console-report-heading = Report
console-report-so-far = Report so far
console-report-nothing-yet = Nothing to report yet: the report begins when you press Start.
console-report-status-running = Started { $started } · { $elapsed } so far
console-report-status-finished = Started { $started } · finished after { $elapsed }
console-report-step = Step
console-report-planned = Planned
console-report-actual = Actual
console-report-began = Began
console-report-paused = Paused
console-report-added = Added
console-report-overtime = Overtime
console-report-total = Total
console-report-pauses = { $pauses ->
    [one] { $time } in 1 pause
   *[other] { $time } in { $pauses } pauses
}
console-report-bars = Bars: the outline is the planned length, the filled bar the time run, and its end in the warning colour the time past the step's length.
console-report-bar = Bar: { $title } ran { $actual } of { $planned } planned
console-report-bar-over = Bar: { $title } ran { $actual } of { $planned } planned, { $over } past its length
console-report-tally = How far the pairs got · { $conversation }
console-report-file = Report file: { $path }
console-report-file-not-yet = Report file: not written yet

## Quitting with changes not saved

console-closing-sheets = Some worksheets have changes that are not saved.
console-closing-draft = The agenda draft "{ $name }" has changes that are not saved.
console-closing-sheets-and-draft = Some worksheets and the agenda draft "{ $name }" have changes that are not saved.
console-closing-detail = Quit and keep them: the next start offers them back. Or quit and discard them for good, or go back and save them.
console-closing-keep = Quit and keep them
console-closing-discard = Quit and discard them
console-closing-lost-detail = They cannot be kept for the next start: the recovery folder cannot be written (see the banner). Go back and save them somewhere that works, or quit and lose them.
console-closing-lose = Quit and lose them

## The formats page

console-formats-heading = Workshop formats
console-formats-back = Back to the timer
console-formats-back-hint = Close this page (Esc or F)
console-formats-fix-file = Fix the file and open this page again, or check it with `one-on-one check FILE`.
console-formats-in-all = { $length } in all
console-formats-run = Run this format
console-formats-stop-and-run = Stop this workshop and run this format
console-formats-edit = Edit
console-formats-edit-copy = Edit a copy
console-formats-edit-hint = Change steps, times and roles in the agenda editor
console-formats-cannot-look = { $folder }: could not look for drafts from an earlier run: { $error }
console-formats-draft-found = An agenda draft was not saved: "{ $name }", last changed { $when }
console-formats-restore-draft = Restore the draft
console-formats-restore-named = Restore the draft "{ $name }"
console-formats-discard-draft = Discard the draft
console-formats-discard-named = Discard the draft "{ $name }"
console-formats-draft-unread = Draft copy left unread: { $error }
console-formats-discard-question = Discard the agenda draft "{ $name }" for good?
console-formats-discard-detail = It was never saved; the recovery copy is all there is.
console-formats-saved = Saved "{ $name }" ({ $length }) to { $path }
console-formats-saved-unreadable = Saved to { $path }, but it could not be read back

## The agenda editor

console-editor-heading = Agenda editor
console-editor-close = Close without saving
console-editor-copy-name = My { $name }
console-editor-no-recovery-folder = { $folder }: could not make the recovery folder: { $error }
console-editor-close-detail = Discard them for good, or keep editing and save them.
console-editor-leave-detail = Go back to the timer and keep the draft for later (F opens it again), discard it, or keep editing.
console-editor-keep-editing = Keep editing
console-editor-keep-for-later = Back to the timer, keep the draft
console-editor-name = Name
console-editor-format-name = Format name
console-editor-description = Description
console-editor-format-description = Format description
console-editor-warning = Warning
console-editor-default-warning = Default warning
console-editor-warning-hint = before each step ends: colour and soft chime ("0s" for none)
console-editor-at-zero = At zero
console-editor-all-auto = Every step moves on by itself
console-editor-all-auto-hint = The next step starts with a chime
console-editor-all-hold = Every step waits for the trainer
console-editor-hold-hint = The clock runs into overtime until you press →
console-editor-or-each-step = or set each step below
console-editor-total = Total { $length } · { $steps } steps as run · { $people ->
    [one] 1 person
   *[other] { $people } people
}
console-editor-rounds-times = Rounds: these steps repeat { $times } times
console-editor-rounds-each-person = Rounds: these steps repeat once for each person, the roles moving on one person each round
console-editor-add-at-end = Add a step at the end
console-editor-step-title = Title of step { $number }
console-editor-step-duration = Duration of step { $number }
console-editor-move-up = Move this step up
console-editor-move-up-named = Move this step up (step { $number })
console-editor-move-down = Move this step down
console-editor-move-down-named = Move this step down (step { $number })
console-editor-remove = Remove
console-editor-remove-hint = Remove this step
console-editor-remove-named = Remove this step (step { $number })
console-editor-add-below = Add below
console-editor-add-below-hint = Add a new step after this one
console-editor-add-below-named = Add a new step after this one (step { $number })
console-editor-step-auto = Moves on by itself at zero
console-editor-step-auto-hint = Otherwise the clock runs into overtime until you press →
console-editor-step-auto-named = Step { $number } moves on by itself at zero
console-editor-step-warning = Warning of step { $number }
console-editor-step-warning-hint = before the end (empty: the default)
console-editor-nobody = nobody
console-editor-role-in-step = { $role } in step { $number }
console-editor-instructions-hint = What the room should do now, in a sentence or two
console-editor-step-instructions = Instructions of step { $number }
console-editor-notes-heading = Trainer's notes: for you only, never shown to the room
console-editor-notes-hint = What to watch for, say or do during this step
console-editor-step-notes = Trainer's notes for step { $number }
console-editor-save = Save
console-editor-save-new = Save as a new format
console-editor-save-run = Save and run
console-editor-not-saved-problems = { $count ->
    [one] Not saved: fix the problem shown above
   *[other] Not saved: fix the { $count } problems shown above
}
console-editor-no-own-folder = Not saved: this computer has no folder for your formats
console-editor-changed-elsewhere = { $path }: not saved: another program changed it since it was opened here; Save as a new format to keep both
console-editor-problem = Problem: { $message }

## The worksheet panel

console-sheet-tab-numbered = Worksheet { $number }
console-sheet-tab-named = { $name }'s worksheet
console-sheet-new = New
console-sheet-new-hint = A blank worksheet in this tab
console-sheet-open = Open…
console-sheet-save = Save
console-sheet-save-as = Save as…
console-sheet-export-md = Export Markdown…
console-sheet-export-md-hint = Write the worksheet as a Markdown file to print or share
console-sheet-export-ics = Export .ics…
console-sheet-export-ics-hint = Write the next meeting as an .ics file for a calendar app
console-sheet-saved-as = Saved as { $path }
console-sheet-not-saved-yet = Not saved to a file yet
console-sheet-only-here = changes only in this window: the recovery copy cannot be written
console-sheet-in-recovery = changes kept in a recovery copy until you save
console-sheet-offer = Unsaved changes found: { $who }, last typed { $when }
console-sheet-restore = Restore
console-sheet-discard = Discard
console-sheet-copy-unread = Recovery copy left unread: { $error }
console-sheet-your-name = Your name
console-sheet-your-name-hint = Who keeps this sheet
console-sheet-partner-name = Partner's name
console-sheet-partner-name-hint = Who you practised with
console-sheet-date = Date
console-sheet-acts-heading = Which acts did the conversation reach?
console-sheet-acts-hint = The constituent ticks these during feedback.
console-sheet-reflection = Reflection
console-sheet-reflection-later = For after the practice; the room reflects together at the end.
console-sheet-your-answer = Your answer
console-sheet-meet-again = When we meet again
console-sheet-meet-again-hint = When will we meet again to act and keep building this relationship?
console-sheet-pick-date = Pick a date and time
console-sheet-at = at
console-sheet-hour = Hour
console-sheet-minute = Minute
console-sheet-for = for
console-sheet-minutes-suffix = {" "}min
console-sheet-meeting-length = How long the meeting lasts
console-sheet-no-date = No date
console-sheet-no-date-hint = Clear the date and time
console-sheet-where = Where
console-sheet-where-hint = A place, an address or a video link
console-sheet-plan = What we will do
console-sheet-plan-hint = The specific next step each of us commits to

## Worksheet files and their dialogs

console-sheets-discard-offer = Discard the unsaved changes to { $who } for good?
console-sheets-discard-offer-detail = They were never saved to a worksheet file; the recovery copy is all there is.
console-sheets-ics-needs-date = Pick a date and time for the next meeting first, under "When we meet again".
console-sheets-restored = Restored. Save it to keep it in a worksheet file.
console-sheets-recovery-trouble = Unsaved worksheet changes cannot be copied to the recovery folder ({ $error }). They are kept in this window, and copying is tried again; save the worksheet somewhere that works (Ctrl+Shift+S) before closing.
console-sheets-open-title = Open a worksheet
console-sheets-save-title = Save the worksheet
console-sheets-export-md-title = Export the worksheet as Markdown
console-sheets-export-ics-title = Export the next meeting for a calendar
console-sheets-opened = Opened { $path }
console-sheets-export-not-ron = { $path }: not written; .ron is for worksheets and formats, so an export there could replace one
console-sheets-saved = Saved at { $time } to { $path }
console-sheets-export-closed = { $path }: not written: the worksheet it was for is no longer open
console-sheets-exported = Exported to { $path }
console-sheets-cannot-write = { $path }: could not write: { $error }
console-sheets-exists = { $name } already exists.
console-sheets-exists-detail = In { $folder }. Replace it with this export, or cancel and choose another name.
console-sheets-keep-both = Keep both
console-sheets-keep-both-as = Keep both: save mine as { $name }
console-sheets-changed-on-disk = { $name } was changed by another program since you opened it here.
console-sheets-changed-on-disk-detail = Saving now would throw those changes away. Keep both files, or replace it with yours.
console-sheets-replace-with-mine = Replace it with mine
console-sheets-no-free-name = { $path }: no free name beside it
console-sheets-waiting = Waiting for the file dialog…
console-sheets-own-list = Use the app's own list instead
console-sheets-unsaved = { $title } has changes that are not saved.
console-sheets-unsaved-detail = Keep them and save first (Ctrl+S), or discard them for good.

## The app's own file chooser, and the system's dialog

console-chooser-in = In { $folder }
console-chooser-empty = No worksheets saved here yet.
console-chooser-type-path = Or type a path
console-chooser-file-name = File name
console-chooser-open = Open
console-chooser-save-here = Save here
console-filter-worksheet = Worksheet
console-filter-calendar = Calendar event
console-filter-file = File

## The window joined to a trainer's room

console-joined-joining = Joining the room at { $url }…
console-joined-following = Following { $url }
console-joined-connecting = joining…
console-joined-live = live
console-joined-reconnecting = reconnecting, counting on
console-joined-hide-sheet = Hide my worksheet
console-joined-show-sheet = My worksheet
console-joined-sheets-stay = Your sheets stay on this laptop.
console-joined-pin = Trainer PIN
console-joined-unlock = Unlock
console-joined-start-pause = Start / Pause
console-joined-wrong-pin = Wrong PIN
console-joined-too-many-pins = Too many wrong PINs: wait a minute
console-joined-refused = The room refused that
console-joined-out-of-reach = The room is out of reach

## The recovery folder and the chime

console-recovery-folder-held = another window holds this recovery folder
console-sound-no-cache = no cache folder for the sound files
console-sound-not-a-folder = { $folder } is not a folder of its own (a link or a file); sounds are not written there
console-sound-shared-folder = { $folder } can be used by other users; sounds are not written there
