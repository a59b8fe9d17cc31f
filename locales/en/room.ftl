# The room view: what the projector shows.
# Every message here has its twin in ../es/room.ftl
# (tests/i18n.rs checks both lists are the same).
#
# The phone page counts on between two feeds and words what it works out
# with these same messages (src/share/words.rs serves every room-* message
# to it, each argument left as { $name } for the page to fill in); so a
# message here selects on no argument, and a plural has a message per form.

## The countdown's state: a word for each, and what follows from it

room-ready = Ready
room-ready-hint = Space starts
room-paused = ‖ Paused
room-paused-hint = Space resumes
room-finished = ■ Finished
room-finished-hint = { $took } in all
room-overtime = ● Overtime
room-overtime-hint = → moves on
room-warning-last-minute = ▲ Last minute
room-warning-minutes = ▲ Last { $minutes } minutes
room-warning-seconds = ▲ Last { $seconds } seconds

## Where the room is in the agenda, and the time left, over the bar

room-position = step { $number } of { $count } · { $next }
room-next = next: { $title } ({ $length })
room-next-end = next: the end
room-agenda-done = the agenda is done
room-left = { $left } left
room-left-drift = { $left } left · { $drift }
room-on-time = on time
room-behind = { $time } behind plan
room-ahead = { $time } ahead of plan

## The headline at a hand-over, and under it

room-flash-swap = Swap roles
room-flash-next = Next: { $title }
room-flash-time-up = Time is up
room-flash-time-up-detail = Press → to move on when the room is ready
room-flash-finished = Finished
room-flash-finished-detail = Thank you. Rejoin the larger group.

## What to do now, under the clock

room-reflection-heading = Reflect together, then on your worksheet
room-agenda = Agenda
room-choose = Choose
room-now = ▶ now
room-looking-away = Looking ahead or back: by now the pair is in { $act }. Click it to follow the pace again.
room-do-dont = Do / Don't
room-do = ✓ Do: { $text }
room-dont = ✗ Don't: { $text }

## The tally at the last step

room-tally-heading = How far the pairs got · { $conversation }
room-tally-pairs = { $act }: { $pairs } of { $voters } pairs
room-tally-one-pair = { $act }: { $pairs } of 1 pair

## The corner that tells phones where to go

room-share-scan = Scan to follow on your phone
room-share-one-device = 1 device following
room-share-devices = { $count } devices following
