# Worksheets: field labels and hints, exports' headings, and what is said of worksheet files.
# Every message here has its twin in ../es/worksheet.ftl
# (tests/i18n.rs checks both lists are the same).

## The free-text fields: their headings, and the workshop handout's
## guiding questions shown while they are empty

worksheet-label-shared-values = Values we share
worksheet-label-shared-interests = Interests we can act on together
worksheet-label-my-resources = Skills and resources I bring
worksheet-label-partner-resources = Skills and resources my partner brings
worksheet-label-feedback-received = Feedback I received
worksheet-label-feedback-given = Feedback I gave
worksheet-label-notes = Notes
worksheet-hint-shared-values = What values do we share? What values were you taught that make you care, and from whom?
worksheet-hint-shared-interests = What interests can we act on together? Get to the lived experience, not the abstract issue.
worksheet-hint-my-resources = What skills and resources do I bring to this work? Leadership, a following, action skills…
worksheet-hint-partner-resources = What does my partner bring? Listen for the motivations and resources behind their story.
worksheet-hint-feedback-received = How did it feel to them? Networked, or a relationship being built? What went well, what could improve?
worksheet-hint-feedback-given = What did I tell my partner about their conversation?
worksheet-hint-notes = Anything else worth keeping: names, stories, ideas.

# The one participant of a worksheet kept beside a joined room.
worksheet-guide-you = You

## The Markdown export

worksheet-md-title = One-on-one worksheet
worksheet-md-title-both = One-on-one worksheet: { $name } with { $partner }
worksheet-md-title-name = One-on-one worksheet: { $name }
worksheet-md-title-partner = One-on-one worksheet with { $partner }
worksheet-md-date = Date
worksheet-md-workshop = Workshop
worksheet-md-acts-reached = Acts reached
worksheet-md-next-meeting = Next meeting
worksheet-md-when = When
worksheet-md-where = Where
worksheet-md-plan = Plan
worksheet-md-reflection = Reflection
worksheet-not-filled-in = not filled in
# $day is a long date, $time a 24-hour time.
worksheet-meeting-time = { $minutes ->
        [0] { $day }, { $time }
        [one] { $day }, { $time }, for 1 minute
       *[other] { $day }, { $time }, for { $minutes } minutes
    }

## The calendar event of the next meeting

worksheet-event = One-on-one
worksheet-event-both = One-on-one: { $name } and { $partner }
worksheet-event-name = One-on-one: { $name }
worksheet-event-partner = One-on-one with { $partner }
worksheet-no-meeting-time = the worksheet has no date and time for the next meeting, so there is no event to export; fill in "Next meeting" first
worksheet-meeting-beyond-calendar = the next meeting ({ $meeting }) does not fit in the years 0000 to 9999 that a calendar file can hold
worksheet-file-date = file date { $stamp }

## Worksheet files

worksheet-date-out-of-range = expected a date from { $first } to { $last }, found { $found }
worksheet-meeting-out-of-range = expected a meeting from { $first } to { $last }, found { $found }
worksheet-newer-format = written by a newer version of one-on-one (format { $found }); this version reads format { $version }
worksheet-other-format = expected `format: { $version }`, found format { $found }
worksheet-not-overwritten-unreadable = not overwritten, because it could not be read as a worksheet: { $why }
worksheet-could-not-save = could not save: { $error }
worksheet-not-replaced-other-file = not replaced: it is a file other than a worksheet; choose another name
worksheet-changed-unreadable = not overwritten: it was changed and can no longer be read as a worksheet ({ $why })
worksheet-closed-meanwhile = not written: the worksheet it was for is no longer open
worksheet-changed-on-disk = not saved: another program changed this file since it was opened here
# A worksheet's file name: lower case, words joined by hyphens, nothing else.
worksheet-file-stem = worksheet
worksheet-file-stem-both = { $name }-and-{ $partner }
worksheet-file-stem-partner = with-{ $partner }

## Unsaved changes kept safe

worksheet-could-not-look-for-recovery = could not look for unsaved changes from an earlier run: { $error }
worksheet-could-not-make-recovery-folder = could not make the recovery folder: { $error }
worksheet-could-not-write-recovery = could not write the recovery copy: { $error }
worksheet-cannot-read-recovery = cannot read the recovery copy: { $error }
