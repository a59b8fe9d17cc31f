# Scenario files: what the loader and the validator say of a file.
# Every message here has its twin in ../es/scenario.ftl
# (tests/i18n.rs checks both lists are the same).

## Durations, as a step's length or warning is written

scenario-expected-duration = expected a duration such as "8m", "90s" or "1m30s"
scenario-expected-duration-found = { scenario-expected-duration }, found "{ $text }"
scenario-expected-warning = { scenario-expected-duration }, or "0s" for no warning
scenario-expected-step-warning = { scenario-expected-duration }, or empty for the default

## Reading a scenario file

scenario-file-too-big = the file is { $size } bytes; a scenario is expected to be under { $most }
scenario-more-problems = and { $count ->
        [one] 1 more problem
       *[other] { $count } more problems
    } not shown; fix these and check again

## The file as a whole

scenario-format-version = this file is format { $found }; this version of the app reads format { $version }
scenario-empty-name = expected a name for the workshop, found an empty string
scenario-no-participants = expected at least one participant
scenario-no-steps = expected at least one step in the agenda, found none
scenario-empty-id = expected an id for this { $what ->
        [participant] participant
        [role] role
       *[act] act
    }, found an empty string
scenario-id-twice = the { $what ->
        [participant] participant
        [role] role
       *[act] act
    } id { $id } is used twice; ids must be unique
scenario-people-range = expected a range of people such as Choose(from: 3, to: 12), at least 1 and at most { $most }
scenario-listed-outside-people = { $listed } participants are listed, but people must be from { $from } to { $to }; the list is the default
scenario-length-range = expected a range of lengths such as Choose(from: "30m", to: "60m"), longer than zero and at most { $most }
scenario-total-outside-length = the steps add up to { $total }, outside the lengths from { $from } to { $to }; the steps' total is the default
scenario-too-many-people = { $listed } participants are listed; a workshop may have at most { $most }
scenario-too-many-values = the file holds { $total } values (texts, numbers and entries), { $here } of them here; a scenario may hold at most { $most }
# What a value anywhere in the file may be, as ron's own messages frame it.
scenario-expected-any-value = any value

## Rounds, and how big the agenda grows

scenario-rounds-without-steps = expected at least one step in these rounds, found none
scenario-rounds-count = expected from 1 to { $most } rounds, found { $found }
scenario-plan-too-big = with { $people } people, repeating these steps brings the agenda's texts to about { $size } MB; a plan may hold at most { $most } MB: shorten the texts or repeat fewer steps
scenario-too-many-steps = the agenda reaches { $steps } steps here; a plan may have at most { $most }
scenario-too-many-steps-each-person = these rounds run once for each of up to { $people } people ({ $count } steps each), so { scenario-too-many-steps }
scenario-too-many-steps-times = these rounds run { $runs } times ({ $count } steps each), so { scenario-too-many-steps }

## One step

# $step is scenario-step or scenario-step-in-rounds.
scenario-step = step { $step }
scenario-step-in-rounds = step { $step } of the rounds at { $rounds }
scenario-empty-title = { $step } has an empty title
scenario-round-outside-rounds = {"{round}"} and {"{rounds}"} are only filled in for steps inside Rounds(...); here they would show as typed
scenario-notes-too-long = { $step } has { $count } characters of notes; notes may hold at most { $most }, about half a page: keep what you need to glance at during the step
scenario-zero-duration = expected a duration longer than zero, such as "2m"
scenario-step-too-long = a step can last at most { $most }, found { $found }
scenario-warning-too-early = a warning can come at most { $most } before the end, found { $found }
scenario-unknown-role = unknown role { $role }; the roles are { $known }
scenario-unknown-participant = unknown participant { $who }; the participants are { $known }
scenario-cast-beyond-present = { $who } is participant { $number } but a workshop may have only { $present }; cast one of the first { $present }
scenario-no-pacing = expected at least one act in the pacing
scenario-unknown-act = unknown act { $act }; the acts are { $known }
scenario-zero-act = expected a duration longer than zero for this act
scenario-pacing-sum = the acts' times add up to { $paced }, but the step lasts { $duration }; make them equal

# How a message lists the ids a file declares.
scenario-ids-none = none (declare them first)
scenario-ids-and-more = { $ids } and { $more } more

## What the agenda editor and a plan fill in

scenario-new-step = New step
